/**
 * The author's corrections, stored apart from what extraction found and
 * keyed by entry_key (not entry id), so re-importing a source or re-running
 * extraction never loses them. They are applied over extraction by the
 * domain code; the store only keeps them, in the order they were made.
 */
import { sql } from './sql.ts';
import type { Connection } from './db.ts';
import type { Query } from './sql.ts';
import type { Correction, CorrectionKind, CorrectionOp, NewCorrection } from './types.ts';

interface CorrectionRow {
  id: number;
  entry_key: string;
  kind: CorrectionKind;
  op: CorrectionOp;
  payload_json: string;
  author: string | null;
  created_at: string;
}

const COLUMNS = sql`c.id, c.entry_key, c.kind, c.op, c.payload_json, c.author, c.created_at`;

/** Record a correction; returns it with its id and timestamp. */
export function addCorrection(db: Connection, c: NewCorrection): Correction {
  const payload = JSON.stringify(c.payload);
  // JSON.stringify(undefined) is undefined: a correction must say something.
  if (payload === undefined) throw new TypeError('A correction needs a JSON payload');
  const createdAt = db.now();
  const { lastInsertRowid } = db.run(sql`
    INSERT INTO corrections (entry_key, kind, op, payload_json, author, created_at)
    VALUES (${c.entryKey}, ${c.kind}, ${c.op}, ${payload}, ${c.author}, ${createdAt})`);
  return { ...c, payload: JSON.parse(payload) as unknown, id: lastInsertRowid, createdAt };
}

/** Corrections in the order they were made, for one entry or all. */
export function listCorrections(db: Connection, entryKey?: string): Correction[] {
  const where = entryKey === undefined ? sql`` : sql`WHERE c.entry_key = ${entryKey}`;
  return select(db, sql`SELECT ${COLUMNS} FROM corrections c ${where} ORDER BY c.id`);
}

/** Corrections whose entry is no longer in the case (its text changed or its
 *  source was replaced), for the author to re-apply or discard. */
export function listOrphanCorrections(db: Connection): Correction[] {
  return select(db, sql`
    SELECT ${COLUMNS} FROM corrections c
    WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.entry_key = c.entry_key)
    ORDER BY c.id`);
}

/** Ids of the corrections that attach to a source's current entries. */
export function correctionIdsForSource(db: Connection, sourceId: number): number[] {
  return db
    .all<{ id: number }>(sql`
      SELECT c.id FROM corrections c JOIN entries e ON e.entry_key = c.entry_key
      WHERE e.source_id = ${sourceId} ORDER BY c.id`)
    .map((r) => r.id);
}

/** Of the given corrections, those that attach to no entry now. */
export function orphansAmong(db: Connection, ids: readonly number[]): Correction[] {
  if (ids.length === 0) return [];
  // One parameter holding a JSON array, so any number of ids is one statement.
  return select(db, sql`
    SELECT ${COLUMNS} FROM corrections c
    WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
      AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.entry_key = c.entry_key)
    ORDER BY c.id`);
}

function select(db: Connection, q: Query): Correction[] {
  return db.all<CorrectionRow>(q).map((r) => ({
    id: r.id,
    entryKey: r.entry_key,
    kind: r.kind,
    op: r.op,
    payload: JSON.parse(r.payload_json) as unknown,
    author: r.author,
    createdAt: r.created_at,
  }));
}
