/**
 * Reading and interpreting one file: the CPU-bound step of an import. One
 * module for every thread that runs it: a pool worker (workers/worker.ts),
 * the thread that stores when there is no pool (import-files.ts), and the
 * import view's preview (preview.ts). Nothing here stores anything.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import type { ImportRequest } from '../../../shared/api.ts';
import { ImportError } from '../../../shared/errors.ts';
import { importDocument, type ImportOptions, type ImportResult } from '../../../shared/import/index.ts';
import type { RawDocument } from '../../../shared/import/raw.ts';
import type { ColumnMapping, SourceFormat } from '../../../shared/model.ts';
import { readChronologyBytes, type ReadOptions } from '../readers/index.ts';
import { DEFAULT_MAX_BYTES } from '../readers/limits.ts';

/** A file read and interpreted, not yet stored: what the import view previews. */
export interface InterpretedFile {
  file: string;
  doc: RawDocument;
  result: ImportResult;
  bytes: Uint8Array;
  size: number;
}

export interface InterpretOptions extends Pick<ReadOptions, 'maxBytes' | 'signal'> {
  recall?: ImportOptions['recallMapping'];
}

/** Read a file and interpret it as a chronology, without storing anything. */
export async function interpretFile(req: ImportRequest, file: string, opts: InterpretOptions = {}): Promise<InterpretedFile> {
  const size = (await stat(req.path)).size;
  const readOpts: ReadOptions = {
    fileName: file,
    ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
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

/** A mapping the author chose before, re-applied to the same agency's next return in that layout. */
export interface RememberedMapping {
  agency: string;
  signature: string;
  mapping: ColumnMapping;
}

/** One file to read and interpret for storing. Plain data, so a worker can be handed it as it is. */
export interface InterpretTask {
  req: ImportRequest;
  file: string;
  maxBytes?: number;
  /** The case's remembered mappings (a worker has no database to ask). */
  mappings: RememberedMapping[];
}

/** What interpreting a file for storing gives back: everything the store needs, nothing it does not. */
export interface InterpretedValue {
  result: ImportResult;
  format: SourceFormat;
  sha256: string;
  size: number;
}

/** Read and interpret a file for storing, on whichever thread calls it. */
export async function interpretForStore(task: InterpretTask, signal?: AbortSignal): Promise<InterpretedValue> {
  const byKey = new Map(task.mappings.map((m) => [`${m.agency}\u001f${m.signature}`, m.mapping]));
  const interpreted = await interpretFile(task.req, task.file, {
    ...(task.maxBytes ? { maxBytes: task.maxBytes } : {}),
    ...(signal ? { signal } : {}),
    recall: (agency, signature) => byKey.get(`${agency ?? 'mixed'}\u001f${signature}`) ?? null,
  });
  return {
    result: interpreted.result,
    format: interpreted.doc.format,
    sha256: sha256Of(interpreted.bytes),
    size: interpreted.size,
  };
}

/** A file's content hash, hex: how the case recognises a return it already holds. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Read a file whose size is known, refusing it before reading if it is over the limit. */
async function readWithinLimit(path: string, size: number, opts: ReadOptions): Promise<Uint8Array> {
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > limit) {
    throw new ImportError(
      'too-large',
      opts.fileName ?? basename(path),
      `the file is ${(size / 1e6).toFixed(0)} MB, over the ${(limit / 1e6).toFixed(0)} MB limit for one chronology. ` +
        'Split it into smaller files (for example one per year) and import those.',
    );
  }
  return new Uint8Array(await readFile(path, opts.signal ? { signal: opts.signal } : {}));
}
