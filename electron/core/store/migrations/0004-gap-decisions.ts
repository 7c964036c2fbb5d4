/**
 * Case format 4: the author's decisions on gap findings.
 *
 * Findings are recomputed on every analysis (rules and corrections change
 * them), so a decision is stored apart, keyed by what the finding rests on:
 * its code, the agency it runs from, and the entry keys (not ids or refs,
 * which change on re-import) of the entries it was raised on. A decision is
 * never overwritten: the latest for a finding wins and the history stays.
 *
 * The case's own changes to the expected flows (a flow switched off, other
 * days) need no table: they are one value in meta.
 */
import { sql } from '../sql.ts';
import type { Migration } from '../migrate.ts';

export const migration0004: Migration = {
  version: 4,
  name: 'gap-decisions',
  up(db) {
    db.exec(sql`
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
      -- The latest decision for a finding.
      CREATE INDEX gap_decisions_by_key ON gap_decisions (finding_key, id);
      -- Matching a finding whose entries changed a little: by code and agency first.
      CREATE INDEX gap_decisions_by_code ON gap_decisions (code, from_agency, id);
    `);
  },
};
