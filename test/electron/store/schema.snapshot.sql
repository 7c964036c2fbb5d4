-- The case schema after every migration. Checked by migrations.test.ts;
-- regenerate with UPDATE_SCHEMA_SNAPSHOT=1 after adding a migration.
-- user_version: 4

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

CREATE INDEX contacts_by_agency ON contacts (with_agency, entry_id);

CREATE INDEX contacts_by_entry ON contacts (entry_id);

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

CREATE INDEX entries_by_agency ON entries (agency, undated, date_earliest, date_rank, source_id, ordinal);

CREATE INDEX entries_in_order ON entries (undated, date_earliest, date_rank, source_id, ordinal);

-- index sqlite_autoindex_entries_1 (automatic, on entries)

-- index sqlite_autoindex_entries_2 (automatic, on entries)

-- index sqlite_autoindex_entries_3 (automatic, on entries)

CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;

CREATE TRIGGER entries_fts_update AFTER UPDATE OF text ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO entries_fts (rowid, text) VALUES (new.id, new.text);
      END;

CREATE VIRTUAL TABLE entries_fts USING fts5 (
        text,
        content = 'entries',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );

CREATE TABLE 'entries_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'entries_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'entries_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'entries_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE extraction_cache (
        text_hash       TEXT NOT NULL,
        lexicon_version TEXT NOT NULL,
        result_json     TEXT NOT NULL CHECK (json_valid(result_json)),
        PRIMARY KEY (text_hash, lexicon_version)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE gap_decisions (
        id              INTEGER PRIMARY KEY,
        finding_key     TEXT NOT NULL,
        code            TEXT NOT NULL CHECK (code IN ('G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10')),
        from_agency     TEXT NOT NULL,
        entry_keys_json TEXT NOT NULL CHECK (json_valid(entry_keys_json) AND json_type(entry_keys_json) = 'array'),
        decision        TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected', 'edited')),
        reason          TEXT NOT NULL,
        edit_json       TEXT CHECK (edit_json IS NULL OR json_valid(edit_json)),
        author          TEXT,
        decided_at      TEXT NOT NULL
      ) STRICT;

CREATE INDEX gap_decisions_by_code ON gap_decisions (code, from_agency, id);

CREATE INDEX gap_decisions_by_key ON gap_decisions (finding_key, id);

CREATE TABLE mappings (
        agency           TEXT NOT NULL,
        header_signature TEXT NOT NULL,
        mapping_json     TEXT NOT NULL CHECK (json_valid(mapping_json)),
        updated_at       TEXT NOT NULL,
        PRIMARY KEY (agency, header_signature)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;

-- index sqlite_autoindex_meta_1 (automatic, on meta)

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

-- index sqlite_autoindex_sources_1 (automatic, on sources)

-- index sqlite_autoindex_sources_2 (automatic, on sources)

CREATE TABLE sqlite_sequence(name,seq);
