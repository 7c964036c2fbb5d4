/**
 * What the main thread and the workers say to each other. Plain data only
 * (structured clone): no functions, no class instances.
 */
import type { ExtractInput } from '../../../shared/extract/index.ts';
import type { InterpretTask } from '../pipeline/interpret.ts';

export type WorkerTask =
  | ({ kind: 'interpret' } & InterpretTask)
  | { kind: 'extract'; items: ExtractInput[]; entryTimeoutMs?: number }
  /**
   * Health check. busyMs keeps the worker busy that long; a gate (two Int32 slots) lets a test wait for
   * the task to start (slot 0 becomes 1) and hold it busy until it says so (slot 1 set to 1), so tests of
   * time limits and cancelling wait for events, not for a clock.
   */
  | { kind: 'probe'; busyMs?: number; gate?: SharedArrayBuffer };

export interface SerialisedError {
  name: string;
  message: string;
  code?: string;
  row?: number;
  file?: string;
}

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerialisedError };
