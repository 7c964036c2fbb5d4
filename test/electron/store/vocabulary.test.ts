/**
 * The case file's CHECK constraints agree with the shared vocabularies
 * (shared/vocabulary.ts, and the agency taxonomy). Shipped migrations are
 * history and are never edited, so when a list gains or loses a value this
 * test names the table whose CHECK a new migration has to rebuild.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { openDatabase } from '../../../electron/core/store/db.ts';
import type { Connection } from '../../../electron/core/store/db.ts';
import type { CaseStore } from '../../../electron/core/store/index.ts';
import { sql, sqlCheckIn } from '../../../electron/core/store/sql.ts';
import { agencyIds } from '../../../shared/agencies/taxonomy.ts';
import {
  CONTACT_DIRECTIONS,
  CONTACT_ORIGINS,
  CONTACT_TYPES,
  CORRECTION_OPS,
  GAP_CODES,
  GAP_DECISIONS,
  PRECISIONS,
  SOURCE_LAYOUTS,
} from '../../../shared/vocabulary.ts';
import { memoryCase } from './fixtures.ts';

/** The list each column's values come from, by table.column. A CHECK on any other column of string
 *  values fails the test: say here which list it checks. */
const VOCABULARY_OF: Readonly<Record<string, readonly string[]>> = {
  'sources.layout': SOURCE_LAYOUTS,
  'sources.agency': [...agencyIds, 'mixed'],
  'entries.agency': agencyIds,
  'entries.employer': agencyIds,
  'entries.date_precision': PRECISIONS,
  'contacts.with_agency': agencyIds,
  'contacts.direction': CONTACT_DIRECTIONS,
  'contacts.type': CONTACT_TYPES,
  'contacts.origin': CONTACT_ORIGINS,
  'corrections.op': CORRECTION_OPS,
  'mappings.agency': agencyIds,
  'gap_decisions.code': GAP_CODES,
  'gap_decisions.from_agency': agencyIds,
  'gap_decisions.decision': GAP_DECISIONS,
};

interface CheckedList {
  /** table.column */
  column: string;
  /** `IN (…)` in a CHECK, or the `CASE column WHEN …` of a generated column. */
  kind: 'in' | 'case';
  values: string[];
}

const IN_LIST = /"?([A-Za-z_]\w*)"?\s+IN\s*\(([^()]*)\)/gi;
const CASE_OF = /CASE\s+"?([A-Za-z_]\w*)"?((?:\s+WHEN\s+'[^']*'\s+THEN\s+[^\s]+)+)\s+END/gi;
const quoted = (s: string): string | null => /^'([^']*)'$/.exec(s.trim())?.[1] ?? null;

/** Every list of string values the schema's CREATE TABLE statements allow a column. Lists of
 *  numbers (the 0/1 flags) are not vocabularies and are left out. */
function checkedLists(tables: ReadonlyArray<{ name: string; sql: string }>): CheckedList[] {
  const out: CheckedList[] = [];
  for (const t of tables) {
    for (const m of t.sql.matchAll(IN_LIST)) {
      const values = m[2]!.split(',').map(quoted);
      if (values.every((v) => v !== null)) out.push({ column: `${t.name}.${m[1]}`, kind: 'in', values });
    }
    for (const m of t.sql.matchAll(CASE_OF)) {
      const values = [...m[2]!.matchAll(/WHEN\s+'([^']*)'/gi)].map((w) => w[1]!);
      out.push({ column: `${t.name}.${m[1]}`, kind: 'case', values });
    }
  }
  return out;
}

function tablesOf(db: Connection): Array<{ name: string; sql: string }> {
  const q = sql`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL`;
  return db.all<{ name: string; sql: string }>(q);
}

const sorted = (values: readonly string[]): string[] => [...values].sort();

const stores: CaseStore[] = [];
const connections: Connection[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const db of connections.splice(0)) db.close();
});

function freshCase(): Connection {
  const store = memoryCase();
  stores.push(store);
  return store.db;
}

describe('the case file checks the shared vocabularies', () => {
  it('finds the CHECKs the migrations wrote (so the comparison below is not vacuous)', () => {
    const found = checkedLists(tablesOf(freshCase())).map((c) => `${c.column} ${c.kind}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'sources.layout in',
        'entries.date_precision in',
        'entries.date_precision case',
        'contacts.direction in',
        'contacts.origin in',
        'corrections.op in',
        'gap_decisions.code in',
        'gap_decisions.decision in',
      ]),
    );
  });

  it('allows exactly the values of the shared list, in every CHECK of string values', () => {
    for (const c of checkedLists(tablesOf(freshCase()))) {
      const list = VOCABULARY_OF[c.column];
      expect(list, `${c.column} has a CHECK: say in VOCABULARY_OF which shared list it checks`).toBeDefined();
      expect(sorted(c.values), `${c.column} (${c.kind}) against its shared list`).toEqual(sorted(list ?? []));
    }
  });

  it('reads a CHECK that sqlCheckIn writes as the list it was given, and SQLite enforces it', () => {
    const { db } = openDatabase(':memory:', 1, { logger: () => {} });
    connections.push(db);
    db.exec(sql`CREATE TABLE probe (code TEXT NOT NULL ${sqlCheckIn('code', GAP_CODES)}) STRICT`);
    const [probe] = checkedLists(tablesOf(db));
    expect(probe).toEqual({ column: 'probe.code', kind: 'in', values: [...GAP_CODES] });
    db.run(sql`INSERT INTO probe (code) VALUES (${'G10'})`);
    expect(() => db.run(sql`INSERT INTO probe (code) VALUES (${'G11'})`)).toThrow(/CHECK/);
  });
});
