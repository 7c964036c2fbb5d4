import { afterEach, describe, expect, it } from 'vitest';

import { ftsQuery } from '../../../electron/core/store/index.ts';
import type { CaseStore } from '../../../electron/core/store/index.ts';

import { entry, inFile, memoryCase, source } from './fixtures.ts';

let store: CaseStore | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

function withEntries(): CaseStore {
  const s = memoryCase();
  store = s;
  s.addSource(source('police.csv'), inFile('police.csv', [
    entry(1, 'Officers attended after a domestic abuse call; Zoë was present.'),
    entry(2, 'Safeguarding referral sent to the MASH.'),
    entry(3, 'Child protection conference held. Police AND health attended.'),
    entry(4, 'School were not informed of the domestic abuse incident.'),
  ]));
  return s;
}

const refs = (s: CaseStore, q: string) => s.searchEntries(q).map((h) => h.ref).sort();

describe('ftsQuery', () => {
  it('quotes every term, so FTS5 syntax in the input is just text', () => {
    expect(ftsQuery('domestic abuse')).toBe('"domestic" "abuse"');
    expect(ftsQuery('police AND (health')).toBe('"police" "AND" "(health"');
    expect(ftsQuery('NEAR(a b)')).toBe('"NEAR(a" "b)"');
    expect(ftsQuery('say "hi')).toBe('"say" """hi"');
  });

  it('keeps quoted phrases and trailing-* prefixes', () => {
    expect(ftsQuery('"child protection" conf*')).toBe('"child protection" "conf"*');
    expect(ftsQuery('safe-guard*')).toBe('"safe-guard"');
  });

  it('returns null when nothing searchable is left', () => {
    for (const q of ['', '   ', '"', '*', '(', '""', '- * ( ) ^ :']) expect(ftsQuery(q), q).toBeNull();
  });
});

describe('searchEntries', () => {
  it('finds words in any order, diacritics folded both ways', () => {
    const s = withEntries();
    expect(refs(s, 'abuse domestic')).toEqual(['police.csv#1', 'police.csv#4']);
    expect(refs(s, 'zoe')).toEqual(['police.csv#1']);
    expect(refs(s, 'Zoë')).toEqual(['police.csv#1']);
  });

  it('matches phrases and prefixes', () => {
    const s = withEntries();
    expect(refs(s, '"child protection"')).toEqual(['police.csv#3']);
    expect(refs(s, '"protection child"')).toEqual([]);
    expect(refs(s, 'safeguard*')).toEqual(['police.csv#2']);
  });

  it.each(['"', 'AND (', 'abuse AND (', 'NEAR(', 'NEAR/2', '*', 'abuse*)', '-abuse', 'text:abuse', '^abuse', "o'brien", '{text}: x', 'OR', 'NOT abuse', '\u0002'])(
    'never throws on %j',
    (q) => {
      const s = withEntries();
      expect(() => s.searchEntries(q)).not.toThrow();
    },
  );

  it('treats operator words as words', () => {
    const s = withEntries();
    expect(refs(s, 'police AND health')).toEqual(['police.csv#3']);
    expect(refs(s, 'NOT informed')).toEqual(['police.csv#4']); // "not" is in the text
  });

  it('returns the ref and a snippet with the hits marked', () => {
    const s = withEntries();
    const [hit] = s.searchEntries('MASH');
    expect(hit?.ref).toBe('police.csv#2');
    expect(hit?.snippet).toEqual([
      { text: 'Safeguarding referral sent to the ', hit: false },
      { text: 'MASH', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('honours the limit', () => {
    const s = withEntries();
    expect(s.searchEntries('attended', { limit: 1 })).toHaveLength(1);
    expect(() => s.searchEntries('x', { limit: 0 })).toThrow(RangeError);
  });
});
