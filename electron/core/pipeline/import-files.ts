/**
 * Importing agency returns into a case: read each file, interpret it, store
 * it. One file's failure never loses another's entries: each file is stored
 * in its own transaction and its error reported with its name (and row).
 *
 * Reading and interpreting are pure CPU work and run on the worker pool when
 * one is given (several files at once, off the thread that serves the UI);
 * storing stays on this thread, in request order, so source order (and with
 * it the integrated chronology's tie-breaks) does not depend on which file a
 * worker finished first.
 */
import { basename } from 'node:path';

import type { ImportRequest } from '../../../shared/api.ts';
import { ImportError, type ImportErrorCode } from '../../../shared/errors.ts';
import type { ImportResult } from '../../../shared/import/index.ts';
import type { ImportIssue } from '../../../shared/model.ts';
import type { ReadOptions } from '../readers/index.ts';
import type { Connection } from '../store/db.ts';
import { DuplicateSourceError, SourceNameTakenError } from '../store/errors.ts';
import { listMappings, rememberMapping } from '../store/mappings.ts';
import { addSource, findSourceByFileName, replaceSource } from '../store/sources.ts';
import type { WorkerPool } from '../workers/pool.ts';
import { interpretForStore, type InterpretedValue } from './interpret.ts';

export type ImportOutcome =
  | {
      ok: true;
      file: string;
      sourceId: number;
      entries: number;
      replaced: boolean;
      result: Pick<ImportResult, 'layout' | 'agency' | 'suggestion' | 'tables' | 'dateOrder' | 'title'>;
      issues: ImportIssue[];
    }
  | { ok: false; file: string; error: { code: string; message: string; row?: number } };

export interface ImportProgress {
  file: string;
  index: number;
  total: number;
  phase: 'reading' | 'storing' | 'done' | 'failed';
}

export interface ImportRunOptions extends Pick<ReadOptions, 'maxBytes'> {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Read and interpret on these workers; without one, everything runs on this thread. */
  pool?: WorkerPool;
}

/** Import files; returns one outcome per request, in request order. */
export async function importFiles(db: Connection, requests: readonly ImportRequest[], opts: ImportRunOptions = {}): Promise<ImportOutcome[]> {
  const mappings = listMappings(db);
  const files = requests.map((req) => req.fileName ?? basename(req.path));
  const report = (index: number, phase: ImportProgress['phase']) => opts.onProgress?.({ file: files[index]!, index, total: requests.length, phase });

  // With a pool, its workers read the files in request order and this
  // thread only stores: each result is written as soon as the one due before
  // it is, so storing overlaps reading (measured on two cores: a third
  // reader on this thread only slowed the other two and held back the
  // first file's store). Without one, this thread reads and stores in turn.
  const queue = requests.map((_, i) => i);
  const done: Array<Settled<InterpretedValue> | undefined> = new Array(requests.length);
  const outcomes: ImportOutcome[] = [];
  let wake: (() => void) | null = null;
  const finish = (i: number, r: Settled<InterpretedValue>) => {
    done[i] = r;
    // Store on the next turn, after the reader that finished has handed its
    // worker the next file: a worker should never wait while this thread stores.
    if (wake) setImmediate(wake);
  };
  const storeReady = () => {
    while (outcomes.length < requests.length && done[outcomes.length]) {
      const index = outcomes.length;
      const r = done[index]!;
      const file = files[index]!;
      let outcome: ImportOutcome;
      if (!r.ok) outcome = { ok: false, file, error: describeError(r.error, file) };
      else {
        report(index, 'storing');
        outcome = storeOne(db, requests[index]!, file, r.value);
      }
      done[index] = { ok: false, error: null }; // the result is stored; free its entries
      report(index, outcome.ok ? 'done' : 'failed');
      outcomes.push(outcome);
      // Progress follows request order: files read ahead are not announced until they are next.
      if (outcomes.length < requests.length && !done[outcomes.length]) report(outcomes.length, 'reading');
    }
  };
  const interpretOn = async (index: number): Promise<void> => {
    const req = requests[index]!;
    const file = files[index]!;
    if (opts.signal?.aborted) return finish(index, { ok: false, error: cancelled(file) });
    const job = { req, file, mappings, ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}) };
    const task = opts.pool
      ? opts.pool.run<InterpretedValue>({ kind: 'interpret', ...job }, opts.signal ? { signal: opts.signal } : {})
      : interpretForStore(job, opts.signal);
    finish(index, await settle(task));
  };
  if (requests.length > 0) report(0, 'reading');
  const readers = Array.from({ length: opts.pool ? Math.min(opts.pool.capacity, requests.length) : 1 }, async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      await interpretOn(i);
      if (!opts.pool) storeReady();
    }
  });
  // Store the results as they come (with a pool, all of them; without, the
  // reader above has stored each in turn and this finds nothing left).
  for (storeReady(); outcomes.length < requests.length; storeReady()) {
    await new Promise<void>((resolve) => {
      wake = resolve;
      // A result may have arrived between storeReady() and here.
      if (done[outcomes.length]) resolve();
    });
    wake = null;
  }
  await Promise.all(readers);
  return outcomes;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function cancelled(file: string): ImportError {
  return new ImportError('cancelled', file, 'not imported (import cancelled)');
}

/** Write one interpreted file to the case, in one transaction. */
function storeOne(db: Connection, req: ImportRequest, file: string, v: InterpretedValue): ImportOutcome {
  const { result } = v;
  try {
    const source = {
      fileName: file,
      path: req.path,
      format: v.format,
      agency: result.agency,
      sha256: v.sha256,
      size: v.size,
      title: result.title,
      layout: result.layout,
      mapping: result.tables[0]?.mapping ?? null,
      warnings: result.issues,
    };
    // Each entry keeps the ref the importer gave it; its file is the source's.
    const entries = result.entries;
    const existing = findSourceByFileName(db, file);
    const replaced = existing !== undefined && req.replace === true;
    const stored = db.transaction(() => {
      const added = replaced ? replaceSource(db, existing.id, source, entries) : addSource(db, source, entries);
      // A mapping the author chose is remembered for this agency's next return in the same layout.
      for (const chosen of req.mappings ?? []) {
        const table = result.tables.find((t) => t.number === chosen.table);
        if (table) rememberMapping(db, result.agency, table.signature, chosen.mapping);
      }
      return added;
    });
    return {
      ok: true,
      file,
      sourceId: stored.sourceId,
      entries: entries.length,
      replaced,
      result: { layout: result.layout, agency: result.agency, suggestion: result.suggestion, tables: result.tables, dateOrder: result.dateOrder, title: result.title },
      issues: result.issues,
    };
  } catch (err) {
    return { ok: false, file, error: describeError(err, file) };
  }
}

/** Errors that came back from a worker are plain objects: recognise them by name. */
function asImportError(err: unknown): ImportError | null {
  if (err instanceof ImportError) return err;
  const e = err as { name?: string; code?: string; message?: string; row?: number; file?: string } | null;
  if (e?.name === 'ImportError' && e.code && e.file) {
    const prefix = e.row !== undefined ? `${e.file}, row ${e.row}: ` : `${e.file}: `;
    const message = e.message?.startsWith(prefix) ? e.message.slice(prefix.length) : (e.message ?? '');
    return new ImportError(e.code as ImportErrorCode, e.file, message, e.row);
  }
  return null;
}

/** Any error as something a user can act on, naming the file. */
export function describeError(err: unknown, file: string): { code: string; message: string; row?: number } {
  const ie = asImportError(err);
  if (ie) return { code: ie.code, message: ie.message, ...(ie.row !== undefined ? { row: ie.row } : {}) };
  if (err instanceof DuplicateSourceError) return { code: 'duplicate', message: err.message };
  if (err instanceof SourceNameTakenError) return { code: 'name-taken', message: err.message };
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return { code: 'not-found', message: `${file}: the file could not be found` };
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return { code: 'no-access', message: `${file}: Threadline is not allowed to read this file (check its permissions, or whether another program has it open)` };
  if (e?.code === 'EISDIR') return { code: 'is-folder', message: `${file}: this is a folder, not a file` };
  if (e?.name === 'AbortError' || e?.name === 'TaskCancelledError') return { code: 'cancelled', message: `${file}: not imported (import cancelled)` };
  if (e?.name === 'TaskTimeoutError') return { code: 'timeout', message: `${file}: reading this file took too long and was stopped. It may be damaged or far larger than a chronology; try saving it again or splitting it.` };
  const message = err instanceof Error ? err.message : String((err as { message?: string })?.message ?? err);
  return { code: 'failed', message: message.startsWith(file) ? message : `${file}: ${message}` };
}
