/**
 * Case format 1: sources, entries (with full-text search), remembered column
 * mappings and the author's corrections.
 *
 * Schema policy, for this and later migrations:
 * - Every table is STRICT, so a wrong type is an error, not a silent string.
 * - CHECK constraints only where a bad value would break the store itself
 *   (the precision that drives the sort order, 0/1 flags, JSON columns).
 *   Open vocabularies (agency ids, formats, correction kinds) are checked at
 *   the edge in TypeScript, so adding a value needs no table rebuild.
 * - Derived values the store needs to index are generated columns, so they
 *   cannot drift from what they are derived from.
 */
import { sql } from '../sql.ts';
import type { Migration } from '../migrate.ts';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(sql`
      -- Case title, created_at, created_with (the app version that created it).
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;

      -- One file an agency sent. AUTOINCREMENT because id is the import
      -- order used by the integrated chronology: ids are never reused.
      CREATE TABLE sources (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        file_name     TEXT NOT NULL UNIQUE,
        path          TEXT NOT NULL,
        format        TEXT NOT NULL,
        agency        TEXT NOT NULL,
        sha256        TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        size          INTEGER NOT NULL CHECK (size >= 0),
        imported_at   TEXT NOT NULL,
        title         TEXT,
        layout        TEXT NOT NULL CHECK (layout IN ('table', 'narrative', 'prose')),
        mapping_json  TEXT CHECK (mapping_json IS NULL OR json_valid(mapping_json)),
        warnings_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings_json)),
        entry_count   INTEGER NOT NULL DEFAULT 0 CHECK (entry_count >= 0)
      ) STRICT;

      CREATE TABLE entries (
        id              INTEGER PRIMARY KEY,
        source_id       INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        ordinal         INTEGER NOT NULL CHECK (ordinal >= 1),
        ref             TEXT NOT NULL UNIQUE,
        -- file name + text hash (+ ~n for the n-th identical text in the file):
        -- what corrections attach to, stable when a changed return is re-imported.
        entry_key       TEXT NOT NULL UNIQUE,
        agency          TEXT NOT NULL,
        employer        TEXT,
        date_raw        TEXT NOT NULL,
        date_earliest   TEXT CHECK (date_earliest IS NULL OR date_earliest GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        date_latest     TEXT CHECK (date_latest IS NULL OR date_latest GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        date_precision  TEXT NOT NULL CHECK (date_precision IN ('day', 'week', 'month', 'range', 'season', 'year')),
        date_uncertain  INTEGER NOT NULL CHECK (date_uncertain IN (0, 1)),
        date_flags_json TEXT CHECK (date_flags_json IS NULL OR json_valid(date_flags_json)),
        date_suggestion TEXT,
        time            TEXT,
        text            TEXT NOT NULL,
        author          TEXT,
        team            TEXT,
        subject         TEXT,
        contact_type    TEXT,
        source_ref      TEXT,
        location_json   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(location_json)),
        cells_json      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(cells_json)),
        -- sha256 of text: the extraction cache key.
        text_hash       TEXT NOT NULL,
        -- The integrated order puts undated entries last and, on the same
        -- earliest day, precise dates before vague ones. Generated so the
        -- sort index below can serve ORDER BY directly.
        undated         INTEGER GENERATED ALWAYS AS (date_earliest IS NULL) VIRTUAL,
        date_rank       INTEGER GENERATED ALWAYS AS (
          CASE date_precision
            WHEN 'day' THEN 1 WHEN 'week' THEN 2 WHEN 'month' THEN 3
            WHEN 'range' THEN 4 WHEN 'season' THEN 5 WHEN 'year' THEN 6
          END) VIRTUAL,
        UNIQUE (source_id, ordinal)
      ) STRICT;

      -- The integrated chronology, whole or by date range (sources.id is the
      -- import order, so source_id sorts sources as they were imported).
      CREATE INDEX entries_in_order ON entries (undated, date_earliest, date_rank, source_id, ordinal);
      -- The same, for one agency's view.
      CREATE INDEX entries_by_agency ON entries (agency, undated, date_earliest, date_rank, source_id, ordinal);

      -- Search over entry text. External content: the text is stored once, in
      -- entries; the triggers keep the index in step.
      CREATE VIRTUAL TABLE entries_fts USING fts5 (
        text,
        content = 'entries',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER entries_fts_update AFTER UPDATE OF text ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO entries_fts (rowid, text) VALUES (new.id, new.text);
      END;

      -- The column mapping an author chose for an agency's layout, so the next
      -- return with the same headings maps itself.
      CREATE TABLE mappings (
        agency           TEXT NOT NULL,
        header_signature TEXT NOT NULL,
        mapping_json     TEXT NOT NULL CHECK (json_valid(mapping_json)),
        updated_at       TEXT NOT NULL,
        PRIMARY KEY (agency, header_signature)
      ) STRICT, WITHOUT ROWID;

      -- The author's edits, kept apart from extraction and keyed by entry_key
      -- rather than a foreign key: re-importing a source deletes its entries,
      -- and the corrections must survive to re-attach to the same text.
      CREATE TABLE corrections (
        id           INTEGER PRIMARY KEY,
        entry_key    TEXT NOT NULL,
        kind         TEXT NOT NULL,
        op           TEXT NOT NULL CHECK (op IN ('add', 'remove', 'change')),
        payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),
        author       TEXT,
        created_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX corrections_by_entry ON corrections (entry_key, id);
    `);
  },
};
