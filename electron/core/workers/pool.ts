/**
 * A small pool of worker threads for the CPU-heavy steps (reading and
 * interpreting files; contact extraction), so a large import uses every core
 * and never blocks the thread that talks to the UI. Long-lived: the app keeps
 * one pool, so workers load their modules once.
 *
 * Each task has a time limit: a worker that does not answer in time is
 * terminated (the only way to stop a synchronous loop in JavaScript) and
 * replaced, and the task fails with a TimeoutError. Cancelling a task's
 * AbortSignal terminates the worker running it the same way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import type { WorkerReply, WorkerTask } from './protocol.ts';

export class TaskTimeoutError extends Error {
  override readonly name = 'TaskTimeoutError';
}

export class TaskCancelledError extends Error {
  override readonly name = 'TaskCancelledError';
}

interface Pending {
  task: WorkerTask;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  signal: AbortSignal | undefined;
  timeoutMs: number;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its modules: a task's time limit only counts from then. */
  ready: boolean;
  busy: { id: number; pending: Pending; timer: ReturnType<typeof setTimeout>; onAbort: () => void } | null;
}

export interface PoolOptions {
  /** Worker threads to run; default: one per core. */
  size?: number;
  /** The worker's entry module. Default: worker.ts beside this file (the Electron build passes its bundle). */
  workerUrl?: URL;
  /** Default time limit per task. */
  taskTimeoutMs?: number;
}

const DEFAULT_WORKER = new URL('./worker.ts', import.meta.url);

/** Run tasks on worker threads, one task per worker at a time, queued in order. */
export class WorkerPool {
  readonly size: number;
  readonly #url: URL;
  readonly #timeoutMs: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? availableParallelism());
    this.#url = opts.workerUrl ?? DEFAULT_WORKER;
    this.#timeoutMs = opts.taskTimeoutMs ?? 120_000;
  }

  /** Queue a task; resolves with the worker's value. */
  run<T>(task: WorkerTask, opts: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('The worker pool is closed.'));
    if (opts.signal?.aborted) return Promise.reject(new TaskCancelledError('Cancelled'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ task, resolve: resolve as (v: unknown) => void, reject, signal: opts.signal, timeoutMs: opts.timeoutMs ?? this.#timeoutMs });
      this.#pump();
    });
  }

  /** Terminate every worker; queued tasks fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const p of this.#queue.splice(0)) p.reject(new Error('The worker pool was closed.'));
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
    this.#slots.length = 0;
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const slot = this.#slots.find((s) => s.ready && s.busy === null);
      if (!slot) {
        // Start workers for the waiting tasks while there is room; the queue moves on as each says it is ready.
        let starting = this.#slots.filter((s) => !s.ready).length;
        while (this.#slots.length < this.size && starting < this.#queue.length) {
          this.#spawn();
          starting++;
        }
        return;
      }
      const pending = this.#queue.shift()!;
      if (pending.signal?.aborted) {
        pending.reject(new TaskCancelledError('Cancelled'));
        continue;
      }
      this.#start(slot, pending);
    }
  }

  #spawn(): Slot {
    const worker = new Worker(this.#url);
    const slot: Slot = { worker, ready: false, busy: null };
    worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.#pump();
        // Idle workers must not keep the CLI alive.
        if (!slot.busy) worker.unref();
      } else {
        this.#settle(slot, reply);
      }
    });
    worker.on('error', (err) => this.#fail(slot, err instanceof Error ? err : new Error(String(err))));
    worker.on('exit', (code) => {
      if (slot.busy) this.#fail(slot, new Error(`A worker stopped unexpectedly (exit code ${code}).`));
      this.#remove(slot);
    });
    // A starting worker has a task waiting for it: it keeps the process alive until it is idle (see #release).
    this.#slots.push(slot);
    return slot;
  }

  #start(slot: Slot, pending: Pending): void {
    const id = this.#nextId++;
    const timer = setTimeout(() => this.#kill(slot, new TaskTimeoutError(`The task took longer than ${Math.round(pending.timeoutMs / 1000)} s and was stopped.`)), pending.timeoutMs);
    const onAbort = () => this.#kill(slot, new TaskCancelledError('Cancelled'));
    pending.signal?.addEventListener('abort', onAbort, { once: true });
    slot.busy = { id, pending, timer, onAbort };
    slot.worker.ref();
    slot.worker.postMessage({ id, task: pending.task });
  }

  #release(slot: Slot): Pending | null {
    const busy = slot.busy;
    if (!busy) return null;
    clearTimeout(busy.timer);
    busy.pending.signal?.removeEventListener('abort', busy.onAbort);
    slot.busy = null;
    slot.worker.unref();
    return busy.pending;
  }

  #settle(slot: Slot, reply: WorkerReply): void {
    if (!slot.busy || slot.busy.id !== reply.id) return;
    const pending = this.#release(slot)!;
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code, row: reply.error.row, file: reply.error.file }));
    this.#pump();
  }

  #fail(slot: Slot, err: Error): void {
    const pending = this.#release(slot);
    pending?.reject(err);
    this.#remove(slot);
    void slot.worker.terminate();
    this.#pump();
  }

  #kill(slot: Slot, err: Error): void {
    const pending = this.#release(slot);
    this.#remove(slot);
    void slot.worker.terminate();
    pending?.reject(err);
    this.#pump();
  }

  #remove(slot: Slot): void {
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
  }
}
