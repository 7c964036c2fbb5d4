import { afterEach, describe, expect, it } from 'vitest';

import { sql } from '../../../electron/core/store/sql.ts';
import { DuplicateSourceError, SourceNameTakenError, SourceNotFoundError } from '../../../electron/core/store/index.ts';
import type { CaseStore } from '../../../electron/core/store/index.ts';
import type { Contact } from '../../../shared/model.ts';

import { FIXED_NOW, entry, inFile, memoryCase, source } from './fixtures.ts';

let store: CaseStore;
afterEach(() => store.close());

const contact: Contact = {
  with: 'health-visiting',
  direction: 'out',
  type: 'notification',
  negated: false,
  span: { start: 0, end: 8, text: 'Notified' },
  confidence: 0.8,
  rule: 'notify',
  origin: 'extracted',
};

describe('addSource', () => {
  it('writes the source and its entries and returns their ids', () => {
    store = memoryCase();
    const { sourceId, entryIds } = store.addSource(source('police.csv', { title: 'Police return' }), inFile('police.csv', [entry(1, 'one'), entry(2, 'two')]));
    expect(entryIds).toHaveLength(2);
    expect(store.listSources()).toEqual([
      expect.objectContaining({ id: sourceId, fileName: 'police.csv', title: 'Police return', entryCount: 2, importedAt: FIXED_NOW.toISOString() }),
    ]);
    expect(store.getEntries().map((e) => [e.id, e.ref])).toEqual([
      [entryIds[0], 'police.csv#1'],
      [entryIds[1], 'police.csv#2'],
    ]);
  });

  it('round-trips every source field', () => {
    store = memoryCase();
    const src = source('hv.xlsx', {
      format: 'xlsx',
      agency: 'mixed',
      mapping: { headerRow: 2, columns: [{ index: 0, heading: 'Date', field: 'date' }] },
      warnings: [{ file: 'hv.xlsx', row: 7, severity: 'warning', code: 'us-dates', message: 'Row 7 reads month-first' }],
    });
    store.addSource(src, []);
    const { id: _id, entryCount, importedAt: _at, ...rest } = store.findSourceByFileName('hv.xlsx') ?? { id: 0, entryCount: -1, importedAt: '' };
    expect(rest).toEqual(src);
    expect(entryCount).toBe(0);
  });

  it('refuses the same file twice, naming both, and writes nothing', () => {
    store = memoryCase();
    store.addSource(source('police.csv'), inFile('police.csv', [entry(1, 'one')]));
    const again = { ...source('police-copy.csv'), sha256: source('police.csv').sha256 };
    let err: unknown;
    try {
      store.addSource(again, inFile('police-copy.csv', [entry(1, 'copy')]));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DuplicateSourceError);
    expect((err as Error).message).toBe('police-copy.csv was already imported on 1 May 2024 (as police.csv)');
    expect(store.listSources()).toHaveLength(1);
    expect(store.countEntries()).toBe(1);
  });

  it('refuses a different file with a name already in the case', () => {
    store = memoryCase();
    store.addSource(source('chronology.docx'), []);
    expect(() => store.addSource(source('chronology.docx', { salt: 'other agency' }), [])).toThrow(SourceNameTakenError);
  });

  it('writes nothing when one entry is bad', () => {
    store = memoryCase();
    expect(() => store.addSource(source('police.csv'), inFile('police.csv', [entry(1, 'one'), entry(1, 'same ordinal')]))).toThrow(/UNIQUE/);
    expect(store.listSources()).toEqual([]);
    expect(store.countEntries()).toBe(0);
    expect(store.searchEntries('one')).toEqual([]);
  });
});

describe('replaceSource', () => {
  function twoSources(): { police: number; health: number } {
    const police = store.addSource(source('police.csv'), inFile('police.csv', [
      entry(1, 'Officers attended the address.'),
      entry(2, 'DASH risk assessment completed.'),
      entry(3, 'Referral sent to the MASH.'),
    ])).sourceId;
    const health = store.addSource(source('health.csv', { agency: 'health-visiting' }), inFile('health.csv', [entry(1, 'Health visitor home visit.', { agency: 'health-visiting' })])).sourceId;
    return { police, health };
  }

  it('replaces the entries, keeps the source id and leaves other sources alone', () => {
    store = memoryCase();
    const { police, health } = twoSources();
    const healthBefore = store.getEntries({ sourceId: health });
    const r = store.replaceSource('police.csv', source('police.csv', { salt: 'v2', size: 999 }), inFile('police.csv', [
      entry(1, 'Officers attended the address.'),
      entry(2, 'Referral sent to the MASH.'),
    ]));
    expect(r.sourceId).toBe(police);
    expect(store.findSourceByFileName('police.csv')).toMatchObject({ id: police, size: 999, entryCount: 2 });
    expect(store.getEntries({ sourceId: police }).map((e) => e.text)).toEqual(['Officers attended the address.', 'Referral sent to the MASH.']);
    expect(store.getEntries({ sourceId: health })).toEqual(healthBefore);
    expect(store.searchEntries('DASH')).toEqual([]);
    expect(store.searchEntries('MASH').map((h) => h.ref)).toEqual(['police.csv#2']);
    // The external-content index agrees with entries, row for row.
    expect(() => store.db.run(sql`INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
  });

  it('keeps corrections: those on surviving text re-attach, the rest come back as orphans', () => {
    store = memoryCase();
    twoSources();
    const [attended, dash] = store.getEntries({ agency: 'police' });
    if (!attended || !dash) throw new Error('fixture');
    const kept = store.addCorrection({ entryKey: attended.entryKey, kind: 'entry-field', op: 'change', payload: { field: 'time', value: '14:05' }, author: 'A' });
    const lost = store.addCorrection({ entryKey: dash.entryKey, kind: 'concern', op: 'add', payload: 'domestic-abuse', author: 'A' });
    const healthEntry = store.getEntries({ agency: 'health-visiting' })[0];
    if (!healthEntry) throw new Error('fixture');
    store.addCorrection({ entryKey: healthEntry.entryKey, kind: 'contact', op: 'remove', payload: { index: 0 }, author: 'A' });

    // The new return drops the DASH line and moves the attendance to row 3.
    const r = store.replaceSource('police.csv', source('police.csv', { salt: 'v2' }), inFile('police.csv', [
      entry(1, 'Referral sent to the MASH.'),
      entry(2, 'Call from neighbour.'),
      entry(3, 'Officers attended the address.'),
    ]));
    expect(r.orphanedCorrections).toEqual([lost]);
    expect(store.listCorrections()).toHaveLength(3);
    const moved = store.getEntryByRef('police.csv#3');
    expect(moved?.entryKey).toBe(attended.entryKey);
    expect(store.listCorrections(moved?.entryKey)).toEqual([kept]);
    expect(store.listOrphanCorrections()).toEqual([lost]);
  });

  it('deletes the old entries’ contacts', () => {
    store = memoryCase();
    const { health } = twoSources();
    const all = store.getEntries();
    store.replaceContacts(all.map((e) => ({ entryId: e.id, contacts: [contact] })));
    store.replaceSource('police.csv', source('police.csv', { salt: 'v2' }), inFile('police.csv', [entry(1, 'Only line.')]));
    expect(store.listContacts().map((c) => c.entryId)).toEqual(store.getEntries({ sourceId: health }).map((e) => e.id));
  });

  it('accepts the source id, and refuses an unknown source or a duplicate of another', () => {
    store = memoryCase();
    const { police } = twoSources();
    expect(store.replaceSource(police, source('police.csv', { salt: 'v3' }), []).entryIds).toEqual([]);
    expect(() => store.replaceSource('nope.csv', source('nope.csv'), [])).toThrow(SourceNotFoundError);
    expect(() => store.replaceSource('police.csv', { ...source('police.csv'), sha256: source('health.csv').sha256 }, [])).toThrow(DuplicateSourceError);
    expect(() => store.replaceSource('police.csv', source('health.csv', { salt: 'new' }), [])).toThrow(SourceNameTakenError);
  });

  it('rolls back completely when the new entries are bad', () => {
    store = memoryCase();
    twoSources();
    const before = store.getEntries();
    expect(() => store.replaceSource('police.csv', source('police.csv', { salt: 'v2' }), inFile('police.csv', [entry(1, 'a'), entry(1, 'b')]))).toThrow();
    expect(store.getEntries()).toEqual(before);
    expect(store.findSourceByFileName('police.csv')?.sha256).toBe(source('police.csv').sha256);
  });
});
