import { afterEach, describe, expect, it } from 'vitest';

import { openDatabase } from '../../../electron/core/store/db.ts';
import { entriesQuery, entryKeys, textHash } from '../../../electron/core/store/entries.ts';
import { LATEST_VERSION } from '../../../electron/core/store/index.ts';
import { migrate } from '../../../electron/core/store/migrate.ts';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.ts';
import { sql } from '../../../electron/core/store/sql.ts';
import type { CaseStore } from '../../../electron/core/store/index.ts';

import { date, entry, inFile, memoryCase, source } from './fixtures.ts';

let store: CaseStore;
afterEach(() => store.close());

/** Two returns whose dates interleave, with every tie the order must break. */
function interleaved(): void {
  store.addSource(source('police.csv'), inFile('police.csv', [
    entry(1, 'A1 day', { date: date('2023-03-14') }),
    entry(2, 'A2 same day, later row', { date: date('2023-03-14') }),
    entry(3, 'A3 undated', { date: date(null) }),
    entry(4, 'A4 March 2023', { date: date('2023-03-01', 'month', '2023-03-31') }),
    entry(5, 'A5 2023', { date: date('2023-01-01', 'year', '2023-12-31') }),
  ]));
  store.addSource(source('health.csv', { agency: 'health-visiting' }), inFile('health.csv', [
    entry(1, 'B1 day', { agency: 'health-visiting', date: date('2023-03-14') }),
    entry(2, 'B2 1 March', { agency: 'health-visiting', date: date('2023-03-01') }),
    entry(3, 'B3 w/c 13 March', { agency: 'health-visiting', date: date('2023-03-13', 'week', '2023-03-19') }),
    entry(4, 'B4 undated', { agency: 'health-visiting', date: date(null) }),
  ]));
}

const names = (list: Array<{ text: string }>) => list.map((e) => e.text.split(' ')[0]);

describe('integrated order', () => {
  it('sorts by earliest date, precise before vague, then import order, then row order, undated last', () => {
    store = memoryCase();
    interleaved();
    expect(names(store.getEntries())).toEqual(['A5', 'B2', 'A4', 'B3', 'A1', 'A2', 'B1', 'A3', 'B4']);
  });

  it('puts every precision in rank order on the same earliest day', () => {
    store = memoryCase();
    const precisions = ['year', 'season', 'range', 'month', 'week', 'day'] as const;
    store.addSource(
      source('mixed.csv'),
      inFile('mixed.csv', precisions.map((p, i) => entry(i + 1, p, { date: date('2023-06-01', p, '2023-06-30') }))),
    );
    expect(store.getEntries().map((e) => e.date.precision)).toEqual(['day', 'week', 'month', 'range', 'season', 'year']);
  });

  it('keeps a replaced source in its original place in the import order', () => {
    store = memoryCase();
    interleaved();
    store.replaceSource('police.csv', source('police.csv', { salt: 'v2' }), inFile('police.csv', [entry(1, 'A1 day', { date: date('2023-03-14') })]));
    expect(names(store.getEntries({ from: '2023-03-14', to: '2023-03-14' }))).toEqual(['B3', 'A1', 'B1']);
  });
});

describe('filters and paging', () => {
  it('filters by agency, keeping the order', () => {
    store = memoryCase();
    interleaved();
    expect(names(store.getEntries({ agency: 'police' }))).toEqual(['A5', 'A4', 'A1', 'A2', 'A3']);
    expect(store.countEntries({ agency: 'police' })).toBe(5);
  });

  it('includes every entry whose date interval overlaps the range, and no undated ones', () => {
    store = memoryCase();
    interleaved();
    expect(names(store.getEntries({ from: '2023-03-10', to: '2023-03-14' }))).toEqual(['A5', 'A4', 'B3', 'A1', 'A2', 'B1']);
    expect(names(store.getEntries({ from: '2023-03-15' }))).toEqual(['A5', 'A4', 'B3']);
    expect(names(store.getEntries({ to: '2023-03-01' }))).toEqual(['A5', 'B2', 'A4']);
    expect(store.countEntries({ from: '2023-03-10', to: '2023-03-14', agency: 'health-visiting' })).toBe(2);
  });

  it('filters by source and pages with limit and offset', () => {
    store = memoryCase();
    interleaved();
    const health = store.findSourceByFileName('health.csv');
    expect(names(store.getEntries({ sourceId: health?.id }))).toEqual(['B2', 'B3', 'B1', 'B4']);
    expect(names(store.getEntries({ limit: 3, offset: 3 }))).toEqual(['B3', 'A1', 'A2']);
    expect(names(store.getEntries({ offset: 8 }))).toEqual(['B4']);
    expect(store.countEntries()).toBe(9);
  });

  it('rejects malformed filter values instead of guessing', () => {
    store = memoryCase();
    expect(() => store.getEntries({ from: '14/03/2023' })).toThrow(RangeError);
    expect(() => store.getEntries({ limit: -1 })).toThrow(RangeError);
    expect(() => store.getEntries({ offset: 1.5 })).toThrow(RangeError);
  });
});

describe('entry fields', () => {
  it('round-trips every field of an entry', () => {
    store = memoryCase();
    const e = entry(7, 'Seconded AMHP assessed mother; children not discussed.', {
      agency: 'mental-health',
      employer: 'asc',
      date: { raw: '31/09/2023', earliest: '2023-09-30', latest: '2023-09-30', precision: 'day', uncertain: true, flags: ['impossible'], suggestion: '31/09/2023 does not exist: read as 30/09/2023' },
      time: '14:05',
      author: 'AMHP',
      team: 'CMHT North',
      subject: 'Mother',
      contactType: 'Assessment',
      sourceRef: 'MH-118',
      location: { sheet: 'Chronology', row: 9 },
      cells: { Date: '31/09/2023', Event: 'Seconded AMHP…' },
    });
    store.addSource(source('mh.xlsx'), inFile('mh.xlsx', [e]));
    const [got] = store.getEntries();
    expect(got).toEqual({
      ...e,
      id: expect.any(Number),
      sourceId: expect.any(Number),
      ref: 'mh.xlsx#7',
      sourceFile: 'mh.xlsx',
      textHash: textHash(e.text),
      entryKey: `mh.xlsx#${textHash(e.text)}`,
    });
    expect(store.getEntryByRef('mh.xlsx#7')).toEqual(got);
    expect(store.getEntryByRef('mh.xlsx#8')).toBeUndefined();
  });

  it('keys repeated texts in one file apart, in order', () => {
    const h = textHash('DNA');
    expect(entryKeys('gp.csv', [h, textHash('seen'), h, h])).toEqual([`gp.csv#${h}`, `gp.csv#${textHash('seen')}`, `gp.csv#${h}~2`, `gp.csv#${h}~3`]);
  });
});

describe('query plans', () => {
  it.each([
    ['the whole chronology', {}],
    ['one agency', { agency: 'police' }],
    ['a date range', { from: '2023-01-01', to: '2023-12-31' }],
  ])('walk an index for %s instead of sorting', (_label, filter) => {
    const { db } = openDatabase(':memory:', LATEST_VERSION, { logger: () => {} });
    try {
      migrate(db, MIGRATIONS);
      const plan = db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${entriesQuery(filter)}`).map((r) => r.detail);
      expect(plan.join('\n')).toMatch(/USING INDEX entries_(in_order|by_agency)/);
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    } finally {
      db.close();
    }
  });
});
