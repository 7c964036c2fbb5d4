/**
 * The extraction cache: one result per (text hash, lexicon version). Entries
 * whose text has not changed since the last run are not extracted again; a
 * new lexicon version misses everything, so stale results are never used.
 */
import { sql } from './sql.ts';
import type { Connection } from './db.ts';
import type { CachedExtraction } from './types.ts';

/** Hashes per lookup. Each batch is one statement with one JSON parameter;
 *  batching bounds the size of that parameter for a case of 50,000 entries. */
const BATCH = 500;

/**
 * Cached results for these text hashes under this lexicon version, by hash.
 * Hashes with no result are absent from the map. T is the caller's result
 * shape: the store returns what it was given and does not check it, which is
 * why a change of shape must come with a new lexicon version.
 */
export function getCachedExtractions<T = unknown>(db: Connection, hashes: readonly string[], lexiconVersion: string): Map<string, T> {
  const found = new Map<string, T>();
  const unique = [...new Set(hashes)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const rows = db.all<{ text_hash: string; result_json: string }>(sql`
      SELECT text_hash, result_json FROM extraction_cache
      WHERE lexicon_version = ${lexiconVersion}
        AND text_hash IN (SELECT value FROM json_each(${JSON.stringify(unique.slice(i, i + BATCH))}))`);
    for (const r of rows) found.set(r.text_hash, JSON.parse(r.result_json) as T);
  }
  return found;
}

/** Store results, replacing any for the same hash and lexicon version. One
 *  transaction and one reused statement, however many rows. */
export function putCachedExtractions(db: Connection, rows: readonly CachedExtraction[]): void {
  if (rows.length === 0) return;
  db.transaction(() => {
    db.runEach(rows, (r) => {
      const json = JSON.stringify(r.result);
      if (json === undefined) throw new TypeError(`Extraction result for ${r.textHash} is not JSON`);
      return sql`
        INSERT INTO extraction_cache (text_hash, lexicon_version, result_json)
        VALUES (${r.textHash}, ${r.lexiconVersion}, ${json})
        ON CONFLICT (text_hash, lexicon_version) DO UPDATE SET result_json = excluded.result_json`;
    });
  });
}

/** Drop results for lexicon versions other than the current one: they can
 *  never be read again. */
export function pruneCachedExtractions(db: Connection, keepLexiconVersion: string): number {
  return db.run(sql`DELETE FROM extraction_cache WHERE lexicon_version <> ${keepLexiconVersion}`).changes;
}
