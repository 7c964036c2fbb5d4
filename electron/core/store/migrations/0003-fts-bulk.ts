/**
 * Case format 3: the full-text index is filled in bulk, once per imported
 * source, instead of by a trigger per inserted row.
 *
 * Why: measured on 20,000 entries, the per-row trigger cost 15 µs an entry,
 * three quarters of the whole insert, while one INSERT … SELECT for the
 * source's rows after they are written costs under 1 µs an entry (FTS5 merges
 * one large batch instead of many small ones). Import throughput is a target
 * of issue 3 (>= 20,000 entries/s). Deletes and text edits keep their
 * triggers: they are rare and row by row anyway.
 *
 * The entries' index rows already written by format 1–2 triggers stay as
 * they are; from now on insertEntries() indexes each new source's rows in the
 * same transaction, so the index never misses an entry.
 */
import { sql } from '../sql.ts';
import type { Migration } from '../migrate.ts';

export const migration0003: Migration = {
  version: 3,
  name: 'fts-bulk',
  up(db) {
    db.exec(sql`DROP TRIGGER entries_fts_insert;`);
  },
};
