// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { initialState, reducer } from '../../renderer/state/reducer.ts';
import { highlightParts, queryTerms } from '../../renderer/text.ts';
import { fixture } from '../shared/views/fixtures.ts';
import { summaryOf } from './support.tsx';

describe('the store reducer', () => {
  it('opens a new case on the chronology, or on import when it is empty', () => {
    const a = reducer(initialState, { type: 'case/loaded', summary: summaryOf(fixture), analysis: fixture });
    expect(a.view).toBe('chronology');
    const empty = reducer(initialState, { type: 'case/loaded', summary: summaryOf(fixture, '/b'), analysis: { ...fixture, entries: [] } });
    expect(empty.view).toBe('import');
  });

  it('keeps the selection, filters and view when the same case reloads, and drops them for another case', () => {
    let s = reducer(initialState, { type: 'case/loaded', summary: summaryOf(fixture), analysis: fixture });
    s = reducer(s, { type: 'select/entry', ref: 'gp.csv#1' });
    s = reducer(s, { type: 'filters/set', filters: { agencies: ['gp'] } });
    s = reducer(s, { type: 'view', view: 'timeline' });
    const again = reducer(s, { type: 'case/loaded', summary: summaryOf(fixture), analysis: fixture });
    expect([again.selection.ref, again.filters.agencies, again.view]).toEqual(['gp.csv#1', ['gp'], 'timeline']);
    const other = reducer(s, { type: 'case/loaded', summary: summaryOf(fixture, '/other'), analysis: fixture });
    expect([other.selection.ref, other.filters.agencies, other.view]).toEqual([null, [], 'chronology']);
  });

  it('drops a late search answer for an older query', () => {
    let s = reducer(initialState, { type: 'search/query', q: 'police' });
    s = reducer(s, { type: 'search/query', q: 'police station' });
    s = reducer(s, { type: 'search/results', q: 'police', hits: [], limited: false });
    expect(s.search.hits).toBeNull();
  });
});

describe('highlighting', () => {
  it('splits text into hit and non-hit parts for the query words, case-insensitively', () => {
    expect(queryTerms('"strategy discussion" AND health')).toEqual(['strategy', 'discussion', 'health']);
    expect(highlightParts('Strategy meeting; health visitor absent', 'strategy health')).toEqual([
      { text: 'Strategy', hit: true },
      { text: ' meeting; ', hit: false },
      { text: 'health', hit: true },
      { text: ' visitor absent', hit: false },
    ]);
  });
});
