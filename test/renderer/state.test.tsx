// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import type { AnalysisGap } from '../../shared/analysis.ts';
import { initialState, placeDecidedGap, reducer } from '../../renderer/state/reducer.ts';
import { highlightParts, queryTerms } from '../../renderer/text.ts';
import { fixture } from '../shared/views/fixtures.ts';
import { findingsCase } from './findings-core.ts';
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

describe('decisions on findings in the store', () => {
  const decided = (g: AnalysisGap, decision: 'accepted' | 'rejected' | 'edited', extra: Partial<AnalysisGap> = {}): AnalysisGap => ({ ...g, ...extra, decision: { decision, reason: 'r', by: 'A', at: '2024-05-02T10:15:00Z' } });
  const [g1, g2, g6] = findingsCase.gaps as [AnalysisGap, AnalysisGap, AnalysisGap];

  it('keeps an accepted or edited finding in its place, and moves a rejected one aside', () => {
    expect(placeDecidedGap(findingsCase, decided(g2, 'edited', { code: 'G3' })).gaps.map((g) => `${g.id}:${g.code}`)).toEqual(['g1-cccc:G1', 'g2-aaaa:G3', 'g6-bbbb:G6']);
    const rejected = placeDecidedGap(findingsCase, decided(g2, 'rejected'));
    expect([rejected.gaps.map((g) => g.id), rejected.rejectedGaps.map((g) => g.id)]).toEqual([['g1-cccc', 'g6-bbbb'], ['g2-aaaa']]);
    // Back from rejected: in window order, where the core would list it.
    const back = placeDecidedGap({ gaps: rejected.gaps, rejectedGaps: rejected.rejectedGaps }, decided(g2, 'accepted'));
    expect([back.gaps.map((g) => g.id), back.rejectedGaps]).toEqual([['g1-cccc', 'g2-aaaa', 'g6-bbbb'], []]);
  });

  it('follows the selected finding by its id when findings move, and drops it when it is rejected', () => {
    let s = reducer(initialState, { type: 'case/loaded', summary: summaryOf(findingsCase), analysis: findingsCase });
    s = reducer(s, { type: 'select/gap', gap: 2 }); // g6
    s = reducer(s, { type: 'gap/decided', gap: decided(g1, 'rejected') });
    expect([s.selection.gap, s.analysis!.gaps[s.selection.gap!]?.id]).toEqual([1, 'g6-bbbb']);
    // The rules changed and the findings were read again: still the same finding.
    s = reducer(s, { type: 'case/loaded', summary: summaryOf(findingsCase), analysis: { ...findingsCase, gaps: [g6], rejectedGaps: [decided(g1, 'rejected')] } });
    expect(s.selection.gap).toBe(0);
    s = reducer(s, { type: 'gap/decided', gap: decided(g6, 'rejected') });
    expect(s.selection.gap).toBeNull();
    expect(s.analysis!.rejectedGaps!.map((g) => g.id)).toEqual(['g1-cccc', 'g6-bbbb']);
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
