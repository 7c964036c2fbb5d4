/**
 * Migrations: the list is well formed, pending ones run as one transaction,
 * each carries real data across (migrate to N−1, insert, migrate to N,
 * check), and the final schema matches the committed snapshot.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { openDatabase } from '../../../electron/core/store/db.ts';
import { checkMigrations, migrate, schemaVersion } from '../../../electron/core/store/migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/store/migrations/index.ts';
import { sql } from '../../../electron/core/store/sql.ts';
import type { Connection } from '../../../electron/core/store/db.ts';
import type { Migration } from '../../../electron/core/store/migrate.ts';

const open: Connection[] = [];
function fresh(): Connection {
  const { db } = openDatabase(':memory:', LATEST_VERSION, { logger: () => {} });
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const noop = (version: number, name = `step-${version}`): Migration => ({ version, name, up: () => {} });

describe('the migration list', () => {
  it('is 1, 2, 3 … with no gaps', () => {
    expect(() => checkMigrations(MIGRATIONS)).not.toThrow();
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it.each([
    ['a gap', [noop(1), noop(3)]],
    ['a repeat', [noop(1), noop(1)]],
    ['a wrong start', [noop(2)]],
    ['a wrong order', [noop(2), noop(1)]],
    ['a bad name', [noop(1, 'Initial Schema')]],
  ])('is refused with %s, before anything runs', (_label, list) => {
    const db = fresh();
    expect(() => migrate(db, list)).toThrow(/Migration/);
    expect(schemaVersion(db)).toBe(0);
  });
});

describe('running migrations', () => {
  it('applies every pending migration and sets user_version', () => {
    const db = fresh();
    expect(migrate(db, MIGRATIONS)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(migrate(db, MIGRATIONS)).toEqual([]);
  });

  it('runs them in one transaction: a failure leaves the old version and no new tables', () => {
    const db = fresh();
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up(d) {
        d.exec(sql`CREATE TABLE half_done (x INTEGER) STRICT`);
        throw new Error('disk full');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('disk full');
    expect(schemaVersion(db)).toBe(0);
    expect(db.value(sql`SELECT count(*) FROM sqlite_schema`)).toBe(0);
    expect(db.value(sql`PRAGMA foreign_keys`)).toBe(1); // restored after the attempt
  });

  it('refuses to commit a migration that leaves dangling foreign keys', () => {
    const db = fresh();
    migrate(db, MIGRATIONS);
    const dangling: Migration = {
      version: LATEST_VERSION + 1,
      name: 'dangling',
      up(d) {
        d.run(sql`INSERT INTO contacts (entry_id, with_agency, direction, type, negated, span_start, span_end, span_text, confidence, rule, origin)
                  VALUES (999, 'csc', 'out', 'referral', 0, 0, 1, 'x', 1, 'r', 'extracted')`);
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, dangling])).toThrow(/foreign key/);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.value(sql`SELECT count(*) FROM contacts`)).toBe(0);
  });

  it('makes every table STRICT', () => {
    const db = fresh();
    migrate(db, MIGRATIONS);
    const loose = db.all<{ name: string }>(sql`
      SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'`);
    expect(loose).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// One case per migration. `seed` writes data as the previous version's schema
// had it (plain SQL, not the store API, which always speaks the latest
// schema); `check` proves it survived and the new structure works.

const T = '2024-05-01T10:00:00.000Z';
const HASH = 'b'.repeat(64);

function seedSourceV1(db: Connection): void {
  db.run(sql`INSERT INTO sources (file_name, path, format, agency, sha256, size, imported_at, title, layout, mapping_json, warnings_json, entry_count)
             VALUES ('police.csv', '/r/police.csv', 'csv', 'police', ${'a'.repeat(64)}, 10, ${T}, NULL, 'table', '{"headerRow":1,"columns":[]}', '[]', 2)`);
  for (const [ordinal, text, earliest] of [
    [1, 'Officers attended; DASH shared with the MASH.', '2023-03-14'],
    [2, 'Health visitor not informed.', null],
  ] as const) {
    db.run(sql`INSERT INTO entries (source_id, ordinal, ref, entry_key, agency, employer, date_raw, date_earliest, date_latest, date_precision,
                                    date_uncertain, date_flags_json, date_suggestion, time, text, author, team, subject, contact_type, source_ref,
                                    location_json, cells_json, text_hash)
               VALUES (1, ${ordinal}, ${`police.csv#${ordinal}`}, ${`police.csv#${HASH}${ordinal}`}, 'police', NULL, 'x', ${earliest}, ${earliest},
                       'day', 0, NULL, NULL, NULL, ${text}, NULL, NULL, NULL, NULL, NULL, '{}', '{}', ${HASH})`);
  }
  db.run(sql`INSERT INTO corrections (entry_key, kind, op, payload_json, author, created_at)
             VALUES (${`police.csv#${HASH}1`}, 'contact', 'add', '{"with":"health-visiting"}', 'author', ${T})`);
  db.run(sql`INSERT INTO mappings (agency, header_signature, mapping_json, updated_at) VALUES ('police', 'sig', '{"headerRow":1,"columns":[]}', ${T})`);
}

const perMigration: Record<number, { seed(db: Connection): void; check(db: Connection): void }> = {
  1: {
    seed() {
      // Version 0 is an empty file: nothing to carry.
    },
    check(db) {
      seedSourceV1(db);
      expect(db.value(sql`SELECT count(*) FROM entries`)).toBe(2);
      // The FTS triggers index inserted text, diacritics folded.
      expect(db.value(sql`SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'dash'`)).toBe(1);
      // STRICT: a wrong type is an error, not a silently stored string.
      expect(() => db.run(sql`UPDATE entries SET ordinal = 'first' WHERE id = 1`)).toThrow(/cannot store TEXT value in INTEGER column/);
      // Deleting a source takes its entries (and their index rows) with it.
      db.run(sql`DELETE FROM sources WHERE id = 1`);
      expect(db.value(sql`SELECT count(*) FROM entries`)).toBe(0);
      expect(db.value(sql`SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'dash'`)).toBe(0);
    },
  },
  2: {
    seed: seedSourceV1,
    check(db) {
      // Version 1 data is all still there and searchable.
      expect(db.value(sql`SELECT count(*) FROM entries`)).toBe(2);
      expect(db.value(sql`SELECT text FROM entries WHERE ref = 'police.csv#2'`)).toBe('Health visitor not informed.');
      expect(db.value(sql`SELECT count(*) FROM corrections`)).toBe(1);
      expect(db.value(sql`SELECT count(*) FROM mappings`)).toBe(1);
      expect(db.value(sql`SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'informed'`)).toBe(2);
      // New: contacts hang off entries and go with them.
      db.run(sql`INSERT INTO contacts (entry_id, with_agency, direction, type, negated, span_start, span_end, span_text, confidence, rule, origin)
                 VALUES (1, 'mash', 'out', 'information-share', 0, 20, 44, 'DASH shared with the MASH', 0.9, 'share-with', 'extracted')`);
      expect(() =>
        db.run(sql`INSERT INTO contacts (entry_id, with_agency, direction, type, negated, span_start, span_end, span_text, confidence, rule, origin)
                   VALUES (42, 'mash', 'out', 'referral', 0, 0, 1, 'x', 0.5, 'r', 'extracted')`),
      ).toThrow(/FOREIGN KEY/);
      // New: the cache holds one result per text and lexicon version.
      db.run(sql`INSERT INTO extraction_cache (text_hash, lexicon_version, result_json) VALUES (${HASH}, 'lex-1', '[]')`);
      db.run(sql`INSERT INTO extraction_cache (text_hash, lexicon_version, result_json) VALUES (${HASH}, 'lex-2', '[]')`);
      expect(() => db.run(sql`INSERT INTO extraction_cache (text_hash, lexicon_version, result_json) VALUES (${HASH}, 'lex-1', '[]')`)).toThrow(/UNIQUE/);
      db.run(sql`DELETE FROM entries WHERE id = 1`);
      expect(db.value(sql`SELECT count(*) FROM contacts`)).toBe(0);
    },
  },
  3: {
    seed: seedSourceV1,
    check(db) {
      // Rows indexed by the old per-row trigger are still found…
      expect(db.value(sql`SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'dash'`)).toBe(1);
      // …the insert trigger is gone (insertEntries now indexes a source's rows in bulk)…
      expect(db.value(sql`SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'entries_fts_insert'`)).toBe(0);
      // …and deletes still keep the index in step.
      db.run(sql`DELETE FROM entries WHERE id = 1`);
      expect(db.value(sql`SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'dash'`)).toBe(0);
      expect(db.value(sql`SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'informed'`)).toBe(2);
    },
  },
  4: {
    seed: seedSourceV1,
    check(db) {
      // Everything from before is still there…
      expect(db.value(sql`SELECT count(*) FROM entries`)).toBe(2);
      expect(db.value(sql`SELECT count(*) FROM corrections`)).toBe(1);
      // …and decisions on findings are kept, newest last, by what the finding rests on.
      const keys = JSON.stringify([`police.csv#${HASH}2`]);
      db.run(sql`INSERT INTO gap_decisions (finding_key, code, from_agency, entry_keys_json, decision, reason, edit_json, author, decided_at)
                 VALUES ('G1|police|k', 'G1', 'police', ${keys}, 'accepted', 'Agreed', NULL, 'author', ${T})`);
      db.run(sql`INSERT INTO gap_decisions (finding_key, code, from_agency, entry_keys_json, decision, reason, edit_json, author, decided_at)
                 VALUES ('G1|police|k', 'G1', 'police', ${keys}, 'edited', 'To the MASH', '{"to":["mash"]}', 'author', ${T})`);
      expect(db.value(sql`SELECT decision FROM gap_decisions WHERE finding_key = 'G1|police|k' ORDER BY id DESC LIMIT 1`)).toBe('edited');
      expect(() => db.run(sql`INSERT INTO gap_decisions (finding_key, code, from_agency, entry_keys_json, decision, reason, edit_json, author, decided_at)
                              VALUES ('x', 'G11', 'police', '[]', 'accepted', '', NULL, NULL, ${T})`)).toThrow(/CHECK/);
      expect(() => db.run(sql`INSERT INTO gap_decisions (finding_key, code, from_agency, entry_keys_json, decision, reason, edit_json, author, decided_at)
                              VALUES ('x', 'G1', 'police', '{}', 'maybe', '', NULL, NULL, ${T})`)).toThrow(/CHECK/);
    },
  },
};

describe('each migration carries data across', () => {
  it('has a test case for every migration', () => {
    expect(Object.keys(perMigration).map(Number)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  for (const m of MIGRATIONS) {
    it(`${String(m.version).padStart(4, '0')}-${m.name}`, () => {
      const db = fresh();
      migrate(db, MIGRATIONS, m.version - 1);
      expect(schemaVersion(db)).toBe(m.version - 1);
      const step = perMigration[m.version];
      if (!step) throw new Error(`No test case for migration ${m.version}`);
      step.seed(db);
      expect(migrate(db, MIGRATIONS, m.version)).toEqual([m.version]);
      step.check(db);
    });
  }
});

// ---------------------------------------------------------------------------

const SNAPSHOT = fileURLToPath(new URL('./schema.snapshot.sql', import.meta.url));

function dumpSchema(db: Connection): string {
  const rows = db.all<{ type: string; name: string; tbl_name: string; sql: string | null }>(sql`
    SELECT type, name, tbl_name, sql FROM sqlite_schema
    ORDER BY tbl_name, CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name`);
  const lines = [
    '-- The case schema after every migration. Checked by migrations.test.ts;',
    '-- regenerate with UPDATE_SCHEMA_SNAPSHOT=1 after adding a migration.',
    `-- user_version: ${schemaVersion(db)}`,
    '',
  ];
  for (const r of rows) lines.push(r.sql === null ? `-- ${r.type} ${r.name} (automatic, on ${r.tbl_name})` : `${r.sql};`, '');
  return lines.join('\n');
}

describe('schema snapshot', () => {
  it('matches schema.snapshot.sql, so an unplanned schema change fails', () => {
    const db = fresh();
    migrate(db, MIGRATIONS);
    const actual = dumpSchema(db);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') {
      writeFileSync(SNAPSHOT, actual);
      return;
    }
    if (!existsSync(SNAPSHOT)) throw new Error(`${SNAPSHOT} is missing: run the tests once with UPDATE_SCHEMA_SNAPSHOT=1 and commit it`);
    expect(actual).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });
});
