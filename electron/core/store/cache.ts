/**
 * The extraction cache: one result per (input key, lexicon version). The
 * input key hashes everything extraction reads for an entry (its text,
 * agency, employer, contact type, the case's adult/child reading, the
 * source's home places and the case's cast: inputKey in pipeline/extract.ts),
 * so an entry whose input has not changed since the last run is not extracted
 * again; a new lexicon version misses everything, so stale results are never
 * used. The column holding the key is called text_hash, its name since case
 * format 2; it has always held the input key.
 */
import { sql } from './sql.ts';
import type { Connection } from './db.ts';
import type { CachedExtraction } from './types.ts';

/** Keys per lookup. Each batch is one statement with one JSON parameter;
 *  batching bounds the size of that parameter for a case of 50,000 entries. */
const BATCH = 500;

/**
 * Cached results for these input keys under this lexicon version, by key.
 * Keys with no result are absent from the map. T is the caller's result
 * shape: the store returns what it was given and does not check it, which is
 * why a change of shape must come with a new lexicon version.
 */
export function getCachedExtractions<T = unknown>(db: Connection, inputKeys: readonly string[], lexiconVersion: string): Map<string, T> {
  const found = new Map<string, T>();
  const unique = [...new Set(inputKeys)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const rows = db.all<{ text_hash: string; result_json: string }>(sql`
      SELECT text_hash, result_json FROM extraction_cache
      WHERE lexicon_version = ${lexiconVersion}
        AND text_hash IN (SELECT value FROM json_each(${JSON.stringify(unique.slice(i, i + BATCH))}))`);
    for (const r of rows) found.set(r.text_hash, JSON.parse(r.result_json) as T);
  }
  return found;
}

/** Store results, replacing any for the same input key and lexicon version. One
 *  transaction and one reused statement, however many rows. */
export function putCachedExtractions(db: Connection, rows: readonly CachedExtraction[]): void {
  if (rows.length === 0) return;
  db.transaction(() => {
    db.runEach(rows, (r) => {
      const json = JSON.stringify(r.result);
      if (json === undefined) throw new TypeError(`Extraction result for ${r.inputKey} is not JSON`);
      return sql`
        INSERT INTO extraction_cache (text_hash, lexicon_version, result_json)
        VALUES (${r.inputKey}, ${r.lexiconVersion}, ${json})
        ON CONFLICT (text_hash, lexicon_version) DO UPDATE SET result_json = excluded.result_json`;
    });
  });
}

/** Drop results for lexicon versions other than the current one: they can
 *  never be read again. */
export function pruneCachedExtractions(db: Connection, keepLexiconVersion: string): number {
  return db.run(sql`DELETE FROM extraction_cache WHERE lexicon_version <> ${keepLexiconVersion}`).changes;
}
