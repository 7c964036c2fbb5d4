/**
 * Full-text search over entry text (FTS5, diacritics folded, so "Zoe"
 * finds "Zoë").
 *
 * What the user types is never handed to FTS5 as query syntax: ftsQuery turns
 * it into quoted terms, so `"`, `AND (`, `NEAR(`, `-` or `col:` are just
 * text and cannot make MATCH throw. Two bits of syntax are kept on purpose
 * because people expect them from search boxes: "a quoted phrase", and a
 * trailing * for a prefix (safeguard* finds safeguarding).
 */
import { sql } from './sql.ts';
import type { Connection } from './db.ts';
import type { SearchHit } from './types.ts';

// Highlight markers: ASCII STX/ETX, which readers never leave in entry text
// (they keep it printable), so they cannot be confused with the text itself.
const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Words worth searching for: anything with a letter or digit. A term of
 *  pure punctuation would tokenise to nothing. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * Build a safe FTS5 MATCH expression from what a user typed: every word or
 * "quoted phrase" becomes a quoted string, all of them required (AND).
 * Returns null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  // A balanced "…" is a phrase; anything else splits on whitespace. An
  // unbalanced quote is just a character (and stripped by the tokenizer).
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(pattern)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      if (SEARCHABLE.test(phrase)) terms.push(quote(phrase));
      continue;
    }
    const word = m[2] ?? '';
    const prefix = /^(.*?[\p{L}\p{N}].*?)\*+$/u.exec(word);
    const stem = prefix?.[1];
    if (stem !== undefined) {
      // A prefix query only makes sense on a single token: "safe-guard*"
      // would be a phrase of two, so fall back to plain terms for those.
      terms.push(/^[\p{L}\p{N}]+$/u.test(stem) ? `${quote(stem)}*` : quote(stem));
    } else if (SEARCHABLE.test(word)) {
      terms.push(quote(word));
    }
  }
  return terms.length === 0 ? null : terms.join(' ');
}

/** Split a snippet with markers into plain and highlighted parts. */
function parts(snippet: string): SearchHit['snippet'] {
  const out: SearchHit['snippet'] = [];
  for (const m of snippet.matchAll(new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}|([^${OPEN}]+)`, 'gu'))) {
    if (m[1] !== undefined) out.push({ text: m[1], hit: true });
    else if (m[2] !== undefined) out.push({ text: m[2], hit: false });
  }
  return out;
}

/** Entries whose text matches, best match first, each with a short snippet. */
export function searchEntries(db: Connection, input: string, opts: { limit?: number } = {}): SearchHit[] {
  const match = ftsQuery(input);
  if (match === null) return [];
  const limit = opts.limit ?? 50;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number ≥ 1, not ${limit}`);
  return db
    .all<{ id: number; ref: string; snippet: string }>(sql`
      SELECT e.id, e.ref, snippet(entries_fts, 0, char(2), char(3), '…', 16) AS snippet
      FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid
      WHERE entries_fts MATCH ${match}
      ORDER BY rank, e.id
      LIMIT ${limit}`)
    .map((r) => ({ entryId: r.id, ref: r.ref, snippet: parts(r.snippet) }));
}
