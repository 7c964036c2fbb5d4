/**
 * Extraction over a whole case: every entry's contacts, concerns and people,
 * cached in the case file by a hash of the entry's input and the lexicon
 * version, so re-opening a case or re-importing one return only extracts the
 * entries whose text (or agency, or the lexicon) changed. Large batches run
 * on the worker pool; a pathological entry is cut off by the time limit and
 * flagged, never hanging the import.
 */
import { createHash } from 'node:crypto';

import { castIn, castOf, homePlacesOf, isAdultCase, type CaseCast } from '../../../shared/extract/case-context.ts';
import { extractEntry, extractionVersion, type EntryExtraction, type ExtractInput } from '../../../shared/extract/index.ts';
import type { Source } from '../../../shared/model.ts';
import type { CaseStore, StoredEntry } from '../store/index.ts';
import { loadCaseView, type CaseView } from './case-view.ts';
import type { WorkerPool } from '../workers/pool.ts';

export interface ExtractProgress {
  done: number;
  total: number;
}

export interface ExtractOptions {
  pool?: WorkerPool;
  signal?: AbortSignal;
  onProgress?: (p: ExtractProgress) => void;
  /** Entries per worker task. */
  batchSize?: number;
  /** Time limit for one entry (a batch gets this times its size, capped). */
  entryTimeoutMs?: number;
  /** The cache version to read and write under; defaults to the shipped lexicon's (extractionVersion()). */
  version?: string;
  /**
   * Keep the results in the case (the cache, and the contacts table): the
   * default. A case that lives only for one command-line run has no later
   * run to serve, so it skips both.
   */
  persist?: boolean;
}

export interface ExtractedCase {
  /** By entry id. */
  results: Map<number, EntryExtraction>;
  extracted: number;
  fromCache: number;
  /** Entries the time limit stopped: their ref and the file they are in. */
  timedOut: Array<Pick<StoredEntry, 'ref' | 'sourceFile'>>;
}

/** The input extraction reads for an entry, given what the case says about itself. */
export function extractInputs(sources: readonly Source[], entries: readonly StoredEntry[]): ExtractInput[] {
  const adult = isAdultCase(entries.map((e) => e.text));
  const places = new Map(sources.map((s) => [s.fileName, homePlacesOf(s.title)]));
  const cast = castOfCached(entries);
  return entries.map((e) => ({
    text: e.text,
    agency: e.agency,
    employer: e.employer,
    contactType: e.contactType,
    adult,
    homePlaces: places.get(e.sourceFile) ?? [],
    ...withCast(castIn(cast, e.text)),
  }));
}

function withCast(cast: CaseCast | undefined): { cast?: CaseCast } {
  return cast ? { cast } : {};
}

/** The last few casts, by a hash of the case's words: the app analyses the same case again and again. */
const castMemo = new Map<string, CaseCast>();

function castOfCached(entries: readonly StoredEntry[]): CaseCast {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(e.sourceFile).update('\u0000').update(e.text).update('\u0001');
  const key = hash.digest('hex');
  let cast = castMemo.get(key);
  if (!cast) {
    cast = castOf(entries);
    if (castMemo.size >= 4) castMemo.delete(castMemo.keys().next().value!);
    castMemo.set(key, cast);
  }
  return cast;
}

/** The cache key of an input: everything extraction reads, hashed. */
export function inputKey(input: ExtractInput): string {
  return createHash('sha256').update(JSON.stringify([input.text, input.agency, input.employer ?? null, input.contactType ?? null, input.adult === true, input.homePlaces ?? [], input.cast ?? null])).digest('hex');
}

const TIMED_OUT: EntryExtraction = { contacts: [], concerns: [], concernEvidence: [], people: [], newAdult: false, flags: ['timeout'] };

/** Extract (or recall) every entry of the case. */
export async function extractCase(store: CaseStore, opts: ExtractOptions = {}, view: CaseView = loadCaseView(store)): Promise<ExtractedCase> {
  const entries = view.entries;
  const inputs = extractInputs(view.sources, entries);
  const persist = opts.persist ?? true;
  const keys = persist ? inputs.map(inputKey) : [];
  const version = opts.version ?? extractionVersion();
  const cached = persist ? store.getCachedExtractions<EntryExtraction>(keys, version) : new Map<string, EntryExtraction>();
  const results = new Map<number, EntryExtraction>();
  const todo: number[] = [];
  entries.forEach((e, i) => {
    const hit = cached.get(keys[i]!);
    if (hit) results.set(e.id, hit);
    else todo.push(i);
  });
  const total = entries.length;
  let done = total - todo.length;
  opts.onProgress?.({ done, total });
  const timedOut: ExtractedCase['timedOut'] = [];
  const fresh: Array<{ i: number; result: EntryExtraction }> = [];
  const record = (i: number, result: EntryExtraction) => {
    fresh.push({ i, result });
    results.set(entries[i]!.id, result);
    if (result.flags.includes('timeout')) timedOut.push({ ref: entries[i]!.ref, sourceFile: entries[i]!.sourceFile });
  };
  const perEntryMs = opts.entryTimeoutMs ?? 5_000;
  // Results not yet written to the case. With a pool they are written batch
  // by batch as they come, while the workers go on with the next ones, instead
  // of all at the end on this thread.
  let saved = 0;
  const save = () => {
    const part = fresh.slice(saved);
    saved = fresh.length;
    if (!persist || part.length === 0) return;
    // Timed-out results are not cached: a later run (or a better machine) gets another try.
    const toCache = part.filter((f) => !f.result.flags.includes('timeout'));
    if (toCache.length) store.putCachedExtractions(toCache.map((f) => ({ inputKey: keys[f.i]!, lexiconVersion: version, result: f.result })));
    store.replaceContacts(part.map((f) => ({ entryId: entries[f.i]!.id, contacts: f.result.contacts })));
  };

  if (opts.pool && todo.length > 200) {
    const size = opts.batchSize ?? 250;
    const batches: number[][] = [];
    for (let k = 0; k < todo.length; k += size) batches.push(todo.slice(k, k + size));
    await Promise.all(
      batches.map(async (batch) => {
        try {
          const out = await opts.pool!.run<EntryExtraction[]>({ kind: 'extract', items: batch.map((i) => inputs[i]!) }, { timeoutMs: Math.min(120_000, perEntryMs * batch.length), ...(opts.signal ? { signal: opts.signal } : {}) });
          out.forEach((r, k) => record(batch[k]!, r));
        } catch (err) {
          if ((err as Error).name !== 'TaskTimeoutError') throw err;
          // One entry stopped the batch: redo it entry by entry, each with its own limit.
          for (const i of batch) {
            try {
              const [r] = await opts.pool!.run<EntryExtraction[]>({ kind: 'extract', items: [inputs[i]!] }, { timeoutMs: perEntryMs, ...(opts.signal ? { signal: opts.signal } : {}) });
              record(i, r!);
            } catch (e) {
              if ((e as Error).name !== 'TaskTimeoutError') throw e;
              record(i, TIMED_OUT);
            }
          }
        }
        save();
        done += batch.length;
        opts.onProgress?.({ done, total });
      }),
    );
  } else {
    for (const i of todo) {
      if (opts.signal?.aborted) throw Object.assign(new Error('Extraction cancelled'), { name: 'TaskCancelledError' });
      record(i, extractEntry({ ...inputs[i]!, deadline: Date.now() + perEntryMs }));
      if (++done % 200 === 0) opts.onProgress?.({ done, total });
    }
    opts.onProgress?.({ done, total });
  }
  save();
  return { results, extracted: fresh.length, fromCache: total - fresh.length, timedOut };
}
