/**
 * Entries: writing a source's entries in bulk and reading the integrated
 * chronology back in order.
 */
import { createHash } from 'node:crypto';

import type { DateFlag, Location, Precision } from '../../../shared/model.ts';

import { sql, sqlJoin } from './sql.ts';
import type { Connection } from './db.ts';
import type { Query } from './sql.ts';
import type { EntryFilter, EntryPage, NewEntry, StoredEntry } from './types.ts';

/** sha256 of an entry's text, hex: what its entry key is made of. Exact
 *  text, no normalising: a contact's span is character offsets into it, so
 *  what attaches to the text holds only for the identical string. (The
 *  extraction cache is keyed by more than the text: inputKey in
 *  pipeline/extract.ts.) */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The correction keys for a file's entries, in order: file name + text hash,
 * with ~2, ~3 … on repeats of the same text in the same file ("DNA
 * appointment" on several dates), so each repeat keeps its own corrections
 * as long as the repeats keep their relative order.
 */
export function entryKeys(fileName: string, hashes: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return hashes.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? `${fileName}#${h}` : `${fileName}#${h}~${n}`;
  });
}

/** Write a source's entries and index their text; returns their ids in the
 *  same order. Call inside a transaction: one statement, prepared once, run
 *  per entry, then one statement that adds the source's rows to the full-text
 *  index (case format 3: bulk, not a trigger per row). */
export function insertEntries(db: Connection, sourceId: number, fileName: string, entries: readonly NewEntry[]): number[] {
  const hashes = entries.map((e) => textHash(e.text));
  const keys = entryKeys(fileName, hashes);
  const ids = db.runEach(entries, (e, i) => {
    const d = e.date;
    return sql`
      INSERT INTO entries (
        source_id, ordinal, ref, entry_key, agency, employer,
        date_raw, date_earliest, date_latest, date_precision, date_uncertain, date_flags_json, date_suggestion,
        time, text, author, team, subject, contact_type, source_ref, location_json, cells_json, text_hash
      ) VALUES (
        ${sourceId}, ${e.ordinal}, ${e.ref}, ${keys[i] ?? ''}, ${e.agency}, ${e.employer},
        ${d.raw}, ${d.earliest}, ${d.latest}, ${d.precision}, ${d.uncertain ? 1 : 0},
        ${d.flags === undefined ? null : JSON.stringify(d.flags)}, ${d.suggestion ?? null},
        ${e.time}, ${e.text}, ${e.author}, ${e.team}, ${e.subject}, ${e.contactType}, ${e.sourceRef},
        ${JSON.stringify(e.location)}, ${JSON.stringify(e.cells)}, ${hashes[i] ?? ''}
      )`;
  });
  db.run(sql`INSERT INTO entries_fts (rowid, text) SELECT id, text FROM entries WHERE source_id = ${sourceId}`);
  return ids;
}

interface EntryRow {
  id: number;
  source_id: number;
  source_file: string;
  ordinal: number;
  ref: string;
  entry_key: string;
  agency: string;
  employer: string | null;
  date_raw: string;
  date_earliest: string | null;
  date_latest: string | null;
  date_precision: Precision;
  date_uncertain: number;
  date_flags_json: string | null;
  date_suggestion: string | null;
  time: string | null;
  text: string;
  author: string | null;
  team: string | null;
  subject: string | null;
  contact_type: string | null;
  source_ref: string | null;
  location_json: string;
  cells_json: string;
  text_hash: string;
}

const ENTRY_COLUMNS = sql`
  e.id, e.source_id, s.file_name AS source_file, e.ordinal, e.ref, e.entry_key, e.agency, e.employer,
  e.date_raw, e.date_earliest, e.date_latest, e.date_precision, e.date_uncertain, e.date_flags_json, e.date_suggestion,
  e.time, e.text, e.author, e.team, e.subject, e.contact_type, e.source_ref, e.location_json, e.cells_json, e.text_hash`;

/** The integrated order. Must match the entries_in_order index column for
 *  column, or SQLite sorts in a temporary b-tree instead of walking it. */
const INTEGRATED_ORDER = sql`e.undated, e.date_earliest, e.date_rank, e.source_id, e.ordinal`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function whereClause(f: EntryFilter): Query {
  const clauses: Query[] = [];
  if (f.agency !== undefined) clauses.push(sql`e.agency = ${f.agency}`);
  if (f.agencies !== undefined) {
    // An empty selection matches nothing, as an unticked filter list shows nothing.
    clauses.push(f.agencies.length === 0 ? sql`0` : sql`e.agency IN (${sqlJoin(f.agencies.map((a) => sql`${a}`))})`);
  }
  if (f.sourceId !== undefined) clauses.push(sql`e.source_id = ${f.sourceId}`);
  if (f.from !== undefined || f.to !== undefined) clauses.push(sql`e.undated = 0`);
  // Overlap, not containment: "March 2023" belongs in a view of 14 March.
  if (f.from !== undefined) clauses.push(sql`e.date_latest >= ${isoDate(f.from, 'from')}`);
  if (f.to !== undefined) clauses.push(sql`e.date_earliest <= ${isoDate(f.to, 'to')}`);
  return clauses.length === 0 ? sql`` : sql`WHERE ${sqlJoin(clauses, ' AND ')}`;
}

function isoDate(value: string, name: string): string {
  if (!ISO_DATE.test(value)) throw new RangeError(`${name} must be an ISO date (yyyy-mm-dd), not ${JSON.stringify(value)}`);
  return value;
}

function count(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, not ${value}`);
  return value;
}

/** The query behind getEntries; exported so tests can check its plan. */
export function entriesQuery(page: EntryPage = {}): Query {
  const limit = count(page.limit, 'limit', -1); // -1: SQLite's "no limit"
  const offset = count(page.offset, 'offset', 0);
  return sql`
    SELECT ${ENTRY_COLUMNS}
    FROM entries e JOIN sources s ON s.id = e.source_id
    ${whereClause(page)}
    ORDER BY ${INTEGRATED_ORDER}
    LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * Entries in integrated order: earliest date first (undated last); on the
 * same earliest date, precise before vague (day < week < month < range <
 * season < year); then by the order sources were imported; then each
 * source's own order.
 */
export function getEntries(db: Connection, page: EntryPage = {}): StoredEntry[] {
  return db.all<EntryRow>(entriesQuery(page)).map(toEntry);
}

/** How many entries match, for paging. */
export function countEntries(db: Connection, filter: EntryFilter = {}): number {
  return db.value<number>(sql`SELECT count(*) FROM entries e ${whereClause(filter)}`) ?? 0;
}

/** One entry by its ref (file#N), as findings cite it. */
export function getEntryByRef(db: Connection, ref: string): StoredEntry | undefined {
  const row = db.get<EntryRow>(sql`
    SELECT ${ENTRY_COLUMNS} FROM entries e JOIN sources s ON s.id = e.source_id WHERE e.ref = ${ref}`);
  return row && toEntry(row);
}

// JSON columns were written by insertEntries from typed values, and the
// CHECKs guarantee they parse; the casts restate what was written.
function toEntry(r: EntryRow): StoredEntry {
  const date: StoredEntry['date'] = {
    raw: r.date_raw,
    earliest: r.date_earliest,
    latest: r.date_latest,
    precision: r.date_precision,
    uncertain: r.date_uncertain === 1,
  };
  if (r.date_flags_json !== null) date.flags = JSON.parse(r.date_flags_json) as DateFlag[];
  if (r.date_suggestion !== null) date.suggestion = r.date_suggestion;
  return {
    id: r.id,
    sourceId: r.source_id,
    ref: r.ref,
    sourceFile: r.source_file,
    ordinal: r.ordinal,
    entryKey: r.entry_key,
    textHash: r.text_hash,
    agency: r.agency,
    employer: r.employer,
    date,
    time: r.time,
    text: r.text,
    author: r.author,
    team: r.team,
    subject: r.subject,
    contactType: r.contact_type,
    sourceRef: r.source_ref,
    location: JSON.parse(r.location_json) as Location,
    cells: JSON.parse(r.cells_json) as Record<string, string>,
  };
}
