/** Mappings, corrections, the extraction cache, contacts and case info. */
import { afterEach, describe, expect, it } from 'vitest';

import { LATEST_VERSION, textHash } from '../../../electron/core/store/index.ts';
import { headerSignature as signatureOf } from '../../../shared/import/header-row.ts';

const headerSignature = (headings: string[]): string =>
  signatureOf({ headerRow: 1, columns: headings.map((heading, index) => ({ index, heading, field: 'ignore' as const })) });
import type { CaseStore } from '../../../electron/core/store/index.ts';
import type { Contact } from '../../../shared/model.ts';
import type { ColumnMapping } from '../../../shared/model.ts';

import { FIXED_NOW, entry, inFile, memoryCase, source } from './fixtures.ts';

let store: CaseStore;
afterEach(() => store.close());

describe('remembered mappings', () => {
  const mapping: ColumnMapping = { headerRow: 1, columns: [{ index: 0, heading: 'Date', field: 'date' }, { index: 1, heading: 'Details', field: 'event' }] };

  it('recalls the mapping for the same agency and headings, and only then', () => {
    store = memoryCase();
    const sig = headerSignature(['Date', 'Details']);
    store.rememberMapping('police', sig, mapping);
    expect(store.recallMapping('police', sig)).toEqual(mapping);
    expect(store.recallMapping('health-visiting', sig)).toBeUndefined();
    expect(store.recallMapping('police', headerSignature(['Details', 'Date']))).toBeUndefined();
  });

  it('replaces an older mapping for the same key', () => {
    store = memoryCase();
    const sig = headerSignature(['Date', 'Details']);
    store.rememberMapping('police', sig, mapping);
    const changed: ColumnMapping = { ...mapping, headerRow: 3 };
    store.rememberMapping('police', sig, changed);
    expect(store.recallMapping('police', sig)).toEqual(changed);
  });

  it('signs headings after trimming, folding case and spaces', () => {
    expect(headerSignature([' Date ', 'Event  details'])).toBe(headerSignature(['date', 'EVENT details']));
    expect(headerSignature(['a b'])).not.toBe(headerSignature(['a', 'b']));
  });
});

describe('corrections', () => {
  it('keeps corrections in the order made, per entry key, with who and when', () => {
    store = memoryCase();
    const a = store.addCorrection({ entryKey: 'gp.csv#x', kind: 'duplicate', op: 'add', payload: { of: 'police.csv#y' }, author: 'Reviewer' });
    const b = store.addCorrection({ entryKey: 'gp.csv#z', kind: 'contact', op: 'remove', payload: { index: 1 }, author: null });
    const c = store.addCorrection({ entryKey: 'gp.csv#x', kind: 'entry-field', op: 'change', payload: { field: 'date', value: '2023-03-15' }, author: 'Reviewer' });
    expect(a).toMatchObject({ id: expect.any(Number), createdAt: FIXED_NOW.toISOString(), payload: { of: 'police.csv#y' } });
    expect(store.listCorrections()).toEqual([a, b, c]);
    expect(store.listCorrections('gp.csv#x')).toEqual([a, c]);
    expect(store.listCorrections('nothing')).toEqual([]);
  });

  it('lists as orphans the corrections that match no entry', () => {
    store = memoryCase();
    store.addSource(source('gp.csv'), inFile('gp.csv', [entry(1, 'Seen by GP')]));
    const [e] = store.getEntries();
    const on = store.addCorrection({ entryKey: e?.entryKey ?? '', kind: 'concern', op: 'add', payload: 'neglect', author: 'R' });
    const off = store.addCorrection({ entryKey: 'gone.csv#1', kind: 'concern', op: 'add', payload: 'neglect', author: 'R' });
    expect(store.listCorrections(e?.entryKey)).toEqual([on]);
    expect(store.listOrphanCorrections()).toEqual([off]);
  });

  it('refuses a payload that is not JSON', () => {
    store = memoryCase();
    expect(() => store.addCorrection({ entryKey: 'k', kind: 'concern', op: 'add', payload: undefined, author: null })).toThrow(TypeError);
  });
});

describe('extraction cache', () => {
  it('returns results by input key for the asked lexicon version only', () => {
    store = memoryCase();
    // Any hex digest will do for a key: the store does not look inside it.
    const [h1, h2, h3] = ['one', 'two', 'three'].map(textHash);
    store.putCachedExtractions([
      { inputKey: h1 ?? '', lexiconVersion: 'lex-1', result: { contacts: [1] } },
      { inputKey: h2 ?? '', lexiconVersion: 'lex-1', result: { contacts: [] } },
      { inputKey: h1 ?? '', lexiconVersion: 'lex-2', result: { contacts: [2] } },
    ]);
    const got = store.getCachedExtractions([h1 ?? '', h2 ?? '', h3 ?? '', h1 ?? ''], 'lex-1');
    expect(Object.fromEntries(got)).toEqual({ [h1 ?? '']: { contacts: [1] }, [h2 ?? '']: { contacts: [] } });
    expect(store.getCachedExtractions([h1 ?? ''], 'lex-2').get(h1 ?? '')).toEqual({ contacts: [2] });
    expect(store.getCachedExtractions([], 'lex-1').size).toBe(0);
  });

  it('replaces a result and handles more keys than one batch', () => {
    store = memoryCase();
    const rows = Array.from({ length: 1_203 }, (_, i) => ({ inputKey: textHash(String(i)), lexiconVersion: 'v', result: i }));
    store.putCachedExtractions(rows);
    store.putCachedExtractions([{ inputKey: textHash('7'), lexiconVersion: 'v', result: 'seven' }]);
    const got = store.getCachedExtractions<number | string>(rows.map((r) => r.inputKey), 'v');
    expect(got.size).toBe(1_203);
    expect(got.get(textHash('7'))).toBe('seven');
    expect(got.get(textHash('1202'))).toBe(1202);
  });
});

describe('contacts', () => {
  const referral: Contact = {
    with: 'csc',
    direction: 'out',
    type: 'referral',
    negated: false,
    span: { start: 0, end: 12, text: 'Referral to' },
    confidence: 0.9,
    rule: 'referral-to',
    origin: 'extracted',
  };

  it('replaces an entry’s contacts and reads them back', () => {
    store = memoryCase();
    const { entryIds } = store.addSource(source('school.csv'), inFile('school.csv', [entry(1, 'Referral to CSC; GP not told'), entry(2, 'x')]));
    const [first = 0, second = 0] = entryIds;
    const notTold: Contact = { ...referral, with: 'gp', type: 'notification', negated: true, span: { start: 17, end: 28, text: 'GP not told' }, origin: 'author' };
    store.replaceContacts([{ entryId: first, contacts: [notTold, referral] }, { entryId: second, contacts: [referral] }]);
    store.replaceContacts([{ entryId: second, contacts: [] }]);
    expect(store.listContacts(first)).toEqual([
      { ...referral, id: expect.any(Number), entryId: first },
      { ...notTold, id: expect.any(Number), entryId: first },
    ]);
    expect(store.listContacts(second)).toEqual([]);
  });

  it('refuses a contact for an entry that does not exist', () => {
    store = memoryCase();
    expect(() => store.replaceContacts([{ entryId: 99, contacts: [referral] }])).toThrow(/FOREIGN KEY/);
  });
});

describe('case info and transactions', () => {
  it('records when and by which version a case was created, and its title', () => {
    store = memoryCase();
    store.setTitle('CSPR: Child Q');
    expect(store.info()).toEqual({ title: 'CSPR: Child Q', createdAt: FIXED_NOW.toISOString(), createdWith: '0.0.0-test', formatVersion: LATEST_VERSION });
  });

  it('rolls back everything in a failed transaction', () => {
    store = memoryCase();
    expect(() =>
      store.transaction(() => {
        store.setTitle('half');
        store.addSource(source('a.csv'), inFile('a.csv', [entry(1, 'a')]));
        throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
    expect(store.info().title).toBeNull();
    expect(store.listSources()).toEqual([]);
  });
});
