/**
 * The author's decisions on gap findings, kept apart from the findings
 * (which are recomputed on every analysis) and never overwritten: the latest
 * decision for a finding wins, earlier ones are its history.
 */
import { sql } from './sql.ts';
import type { Connection } from './db.ts';
import type { GapDecision, NewGapDecision } from './types.ts';

interface DecisionRow {
  id: number;
  finding_key: string;
  code: string;
  from_agency: string;
  entry_keys_json: string;
  decision: GapDecision['decision'];
  reason: string;
  edit_json: string | null;
  author: string | null;
  decided_at: string;
}

function toDecision(r: DecisionRow): GapDecision {
  return {
    id: r.id,
    findingKey: r.finding_key,
    code: r.code,
    from: r.from_agency,
    entryKeys: JSON.parse(r.entry_keys_json) as string[],
    decision: r.decision,
    reason: r.reason,
    edit: r.edit_json === null ? null : (JSON.parse(r.edit_json) as GapDecision['edit']),
    author: r.author,
    decidedAt: r.decided_at,
  };
}

export function addGapDecision(db: Connection, d: NewGapDecision): GapDecision {
  const decidedAt = db.now();
  const { lastInsertRowid } = db.run(sql`
    INSERT INTO gap_decisions (finding_key, code, from_agency, entry_keys_json, decision, reason, edit_json, author, decided_at)
    VALUES (${d.findingKey}, ${d.code}, ${d.from}, ${JSON.stringify(d.entryKeys)}, ${d.decision}, ${d.reason},
            ${d.edit ? JSON.stringify(d.edit) : null}, ${d.author}, ${decidedAt})`);
  return { ...d, edit: d.edit ?? null, id: lastInsertRowid, decidedAt };
}

/** Every decision, oldest first (the latest per finding wins). */
export function listGapDecisions(db: Connection): GapDecision[] {
  return db
    .all<DecisionRow>(sql`
      SELECT id, finding_key, code, from_agency, entry_keys_json, decision, reason, edit_json, author, decided_at
      FROM gap_decisions ORDER BY id`)
    .map(toDecision);
}
