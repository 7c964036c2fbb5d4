/**
 * Case format 2: where contact extraction keeps its results.
 *
 * - extraction_cache: one extraction result per distinct text and lexicon
 *   version, so re-importing a return (or re-opening a case) only extracts
 *   the entries whose text changed, and a new lexicon re-extracts everything.
 * - contacts: the contacts of each entry (extracted, or the author's, applied
 *   from corrections), deleted with their entry when a source is re-imported.
 */
import { sql } from '../sql.ts';
import type { Migration } from '../migrate.ts';

export const migration0002: Migration = {
  version: 2,
  name: 'extraction',
  up(db) {
    db.exec(sql`
      CREATE TABLE extraction_cache (
        text_hash       TEXT NOT NULL,
        lexicon_version TEXT NOT NULL,
        result_json     TEXT NOT NULL CHECK (json_valid(result_json)),
        PRIMARY KEY (text_hash, lexicon_version)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE contacts (
        id          INTEGER PRIMARY KEY,
        entry_id    INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        with_agency TEXT NOT NULL,
        direction   TEXT NOT NULL CHECK (direction IN ('out', 'in', 'both', 'attempted')),
        type        TEXT NOT NULL,
        negated     INTEGER NOT NULL CHECK (negated IN (0, 1)),
        span_start  INTEGER NOT NULL CHECK (span_start >= 0),
        span_end    INTEGER NOT NULL CHECK (span_end >= span_start),
        span_text   TEXT NOT NULL,
        confidence  REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        rule        TEXT NOT NULL,
        origin      TEXT NOT NULL CHECK (origin IN ('extracted', 'author'))
      ) STRICT;
      -- An entry's contacts (and the cascade when it is deleted).
      CREATE INDEX contacts_by_entry ON contacts (entry_id);
      -- Gap analysis asks "who was told": contacts by the other agency.
      CREATE INDEX contacts_by_agency ON contacts (with_agency, entry_id);
    `);
  },
};
