/**
 * Importing agency returns into a case: read each file, interpret it, store
 * it. One file's failure never loses another's entries: each file is stored
 * in its own transaction and its error reported with its name (and row).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { ImportError } from '../../../shared/errors.ts';
import { importDocument, type ImportOptions, type ImportResult } from '../../../shared/import/index.ts';
import type { RawDocument } from '../../../shared/import/raw.ts';
import type { AgencyId, ColumnMapping, ImportIssue } from '../../../shared/model.ts';
import { readChronologyBytes, type ReadOptions } from '../readers/index.ts';
import type { Connection } from '../store/db.ts';
import { DuplicateSourceError } from '../store/errors.ts';
import { recallMapping, rememberMapping } from '../store/mappings.ts';
import { addSource, findSourceByFileName, replaceSource } from '../store/sources.ts';

export interface ImportRequest {
  path: string;
  /** The name entries are referenced by (file#N); defaults to the file's own name. */
  fileName?: string;
  agency?: AgencyId | 'mixed' | null;
  dateOrder?: 'dmy' | 'mdy' | 'auto';
  mappings?: Array<{ table: number; mapping: ColumnMapping }>;
  /** Replace a source already in the case with the same name (a changed return). */
  replace?: boolean;
}

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
}

/** Import files one by one; returns one outcome per request, in order. */
export async function importFiles(db: Connection, requests: readonly ImportRequest[], opts: ImportRunOptions = {}): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, req] of requests.entries()) {
    const file = req.fileName ?? basename(req.path);
    if (opts.signal?.aborted) {
      outcomes.push({ ok: false, file, error: { code: 'cancelled', message: `${file}: not imported (import cancelled)` } });
      continue;
    }
    opts.onProgress?.({ file, index, total: requests.length, phase: 'reading' });
    const outcome = await importOne(db, req, file, opts, () => opts.onProgress?.({ file, index, total: requests.length, phase: 'storing' }));
    opts.onProgress?.({ file, index, total: requests.length, phase: outcome.ok ? 'done' : 'failed' });
    outcomes.push(outcome);
  }
  return outcomes;
}

/** A file read and interpreted, not yet stored: what the import view previews. */
export interface InterpretedFile {
  file: string;
  doc: RawDocument;
  result: ImportResult;
  bytes: Uint8Array;
  size: number;
}

/** Read a file and interpret it as a chronology, without storing anything. */
export async function interpretFile(
  req: ImportRequest,
  file: string,
  opts: ImportRunOptions & { recall?: ImportOptions['recallMapping'] } = {},
): Promise<InterpretedFile> {
  const size = (await stat(req.path)).size;
  const readOpts: ReadOptions = { fileName: file, ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}), ...(opts.signal ? { signal: opts.signal } : {}) };
  // The size is checked before reading, so an oversized file is refused without loading it.
  const bytes = await readWithinLimit(req.path, size, readOpts);
  const doc = await readChronologyBytes(bytes, file, readOpts);
  const result = importDocument(doc, {
    ...(req.agency !== undefined ? { agency: req.agency } : {}),
    ...(req.mappings ? { mappings: req.mappings } : {}),
    dateOrder: req.dateOrder ?? 'auto',
    ...(opts.recall ? { recallMapping: opts.recall } : {}),
  });
  return { file, doc, result, bytes, size };
}

async function importOne(db: Connection, req: ImportRequest, file: string, opts: ImportRunOptions, storing: () => void): Promise<ImportOutcome> {
  try {
    const { doc, result, bytes, size } = await interpretFile(req, file, {
      ...opts,
      recall: (agency, signature) => recallMapping(db, agency ?? 'mixed', signature) ?? null,
    });
    storing();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const source = {
      fileName: file,
      path: req.path,
      format: doc.format,
      agency: result.agency,
      sha256,
      size,
      title: result.title,
      layout: result.layout,
      mapping: result.tables[0]?.mapping ?? null,
      warnings: result.issues,
    };
    const entries = result.entries.map(({ ref: _ref, sourceFile: _sourceFile, ...rest }) => rest);
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

/** Read a file whose size is already known to be within the limit; checks the limit first. */
async function readWithinLimit(path: string, size: number, opts: ReadOptions): Promise<Uint8Array> {
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > limit) {
    throw new ImportError(
      'too-large',
      opts.fileName ?? basename(path),
      `the file is ${(size / 1e6).toFixed(0)} MB, over the ${(limit / 1e6).toFixed(0)} MB limit for one chronology. Split it into smaller files (for example one per year) and import those.`,
    );
  }
  return new Uint8Array(await readFile(path, opts.signal ? { signal: opts.signal } : {}));
}

/** Readers enforce the same limit; it is checked here too so nothing large is read into memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Any error as something a user can act on, naming the file. */
export function describeError(err: unknown, file: string): { code: string; message: string; row?: number } {
  if (err instanceof ImportError) return { code: err.code, message: err.message, ...(err.row !== undefined ? { row: err.row } : {}) };
  if (err instanceof DuplicateSourceError) return { code: 'duplicate', message: err.message };
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return { code: 'not-found', message: `${file}: the file could not be found` };
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return { code: 'no-access', message: `${file}: Threadline is not allowed to read this file (check its permissions, or whether another program has it open)` };
  if (e?.code === 'EISDIR') return { code: 'is-folder', message: `${file}: this is a folder, not a file` };
  if (e?.name === 'AbortError') return { code: 'cancelled', message: `${file}: not imported (import cancelled)` };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'failed', message: message.startsWith(file) ? message : `${file}: ${message}` };
}
