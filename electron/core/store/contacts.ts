/**
 * Each entry's contacts, as the pipeline last worked them out (extraction
 * with the author's corrections applied). A derived table: it can always be
 * rebuilt from entries, the cache and corrections, and it goes with its
 * entry when a source is re-imported (ON DELETE CASCADE).
 */
import type { Contact, ContactDirection, ContactType } from '../../../shared/model.ts';

import { sql } from './sql.ts';
import type { Connection } from './db.ts';
import type { StoredContact } from './types.ts';

interface ContactRow {
  id: number;
  entry_id: number;
  with_agency: string;
  direction: ContactDirection;
  type: ContactType;
  negated: number;
  span_start: number;
  span_end: number;
  span_text: string;
  confidence: number;
  rule: string;
  origin: Contact['origin'];
}

/** Replace the contacts of each listed entry, in one transaction. */
export function replaceContacts(db: Connection, rows: ReadonlyArray<{ entryId: number; contacts: readonly Contact[] }>): void {
  db.transaction(() => {
    for (const { entryId, contacts } of rows) {
      db.run(sql`DELETE FROM contacts WHERE entry_id = ${entryId}`);
      for (const c of contacts) {
        db.run(sql`
          INSERT INTO contacts (entry_id, with_agency, direction, type, negated, span_start, span_end, span_text, confidence, rule, origin)
          VALUES (${entryId}, ${c.with}, ${c.direction}, ${c.type}, ${c.negated ? 1 : 0}, ${c.span.start}, ${c.span.end},
                  ${c.span.text}, ${c.confidence}, ${c.rule}, ${c.origin})`);
      }
    }
  });
}

/** Contacts of one entry, or of the whole case, in entry then span order. */
export function listContacts(db: Connection, entryId?: number): StoredContact[] {
  const where = entryId === undefined ? sql`` : sql`WHERE entry_id = ${entryId}`;
  return db
    .all<ContactRow>(sql`
      SELECT id, entry_id, with_agency, direction, type, negated, span_start, span_end, span_text, confidence, rule, origin
      FROM contacts ${where} ORDER BY entry_id, span_start, id`)
    .map((r) => ({
      id: r.id,
      entryId: r.entry_id,
      with: r.with_agency,
      direction: r.direction,
      type: r.type,
      negated: r.negated === 1,
      span: { start: r.span_start, end: r.span_end, text: r.span_text },
      confidence: r.confidence,
      rule: r.rule,
      origin: r.origin,
    }));
}
