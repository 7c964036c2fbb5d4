/**
 * What the main thread and the workers say to each other. Plain data only
 * (structured clone): no functions, no class instances.
 */
import type { ExtractInput } from '../../../shared/extract/index.ts';
import type { ImportResult } from '../../../shared/import/index.ts';
import type { ColumnMapping, SourceFormat } from '../../../shared/model.ts';
import type { ImportRequest } from '../pipeline/import-files.ts';

/** A mapping the author chose before, for the worker to re-apply (it has no database). */
export interface RememberedMapping {
  agency: string;
  signature: string;
  mapping: ColumnMapping;
}

export type WorkerTask =
  | { kind: 'interpret'; req: ImportRequest; file: string; maxBytes?: number; mappings: RememberedMapping[] }
  | { kind: 'extract'; items: ExtractInput[]; entryTimeoutMs?: number }
  /**
   * Health check. busyMs keeps the worker busy that long; a gate (two Int32 slots) lets a test wait for
   * the task to start (slot 0 becomes 1) and hold it busy until it says so (slot 1 set to 1), so tests of
   * time limits and cancelling wait for events, not for a clock.
   */
  | { kind: 'probe'; busyMs?: number; gate?: SharedArrayBuffer };

/** What an 'interpret' task gives back: everything the store needs, nothing it does not. */
export interface InterpretedValue {
  result: ImportResult;
  format: SourceFormat;
  sha256: string;
  size: number;
}

export interface SerialisedError {
  name: string;
  message: string;
  code?: string;
  row?: number;
  file?: string;
}

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerialisedError };
