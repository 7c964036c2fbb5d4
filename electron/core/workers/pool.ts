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

interface InFlight {
  id: number;
  pending: Pending;
  /** Started when the task is the worker's current one (tasks sent ahead wait in its inbox). */
  timer: ReturnType<typeof setTimeout> | null;
  onAbort: () => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its modules: a task's time limit only counts from then. */
  ready: boolean;
  /** Tasks sent to this worker, in the order it runs them: the first is running. */
  inFlight: InFlight[];
}

export interface PoolOptions {
  /** Worker threads to run; default: one per core. */
  size?: number;
  /** The worker's entry module. Default: worker.ts beside this file (the Electron build passes its bundle). */
  workerUrl?: URL;
  /** Default time limit per task. */
  taskTimeoutMs?: number;
  /**
   * Tasks sent to a worker ahead of the one it is running (default 1: one
   * more). A worker then starts its next task the moment it finishes one,
   * instead of waiting for this thread to receive the result and send the
   * next: this thread may be busy for a while (storing a large file).
   */
  sendAhead?: number;
}

const DEFAULT_WORKER = new URL('./worker.ts', import.meta.url);

/** Run tasks on worker threads, each worker running one at a time, queued in order. */
export class WorkerPool {
  readonly size: number;
  readonly #url: URL;
  readonly #timeoutMs: number;
  readonly #depth: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? availableParallelism());
    this.#url = opts.workerUrl ?? DEFAULT_WORKER;
    this.#timeoutMs = opts.taskTimeoutMs ?? 120_000;
    this.#depth = 1 + Math.max(0, opts.sendAhead ?? 1);
  }

  /** Tasks the workers can hold at once (running and sent ahead): how many a caller should keep queued to keep them all busy. */
  get capacity(): number {
    return this.size * this.#depth;
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
      let slot = this.#slots.find((s) => s.ready && s.inFlight.length === 0);
      if (!slot) {
        // Start workers for the waiting tasks while there is room; the queue moves on as each says it is ready.
        let starting = this.#slots.filter((s) => !s.ready).length;
        while (this.#slots.length < this.size && starting < this.#queue.length) {
          this.#spawn();
          starting++;
        }
        // Send ahead only once every worker is up, so the first one ready does not take another's share.
        if (this.#slots.length >= this.size && this.#slots.every((s) => s.ready)) {
          for (const s of this.#slots) if (s.inFlight.length < this.#depth && (!slot || s.inFlight.length < slot.inFlight.length)) slot = s;
        }
        if (!slot) return;
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
    const slot: Slot = { worker, ready: false, inFlight: [] };
    worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.#pump();
        // Idle workers must not keep the CLI alive.
        if (slot.inFlight.length === 0) worker.unref();
      } else {
        this.#settle(slot, reply);
      }
    });
    worker.on('error', (err) => this.#fail(slot, err instanceof Error ? err : new Error(String(err))));
    worker.on('exit', (code) => {
      if (slot.inFlight.length > 0) this.#fail(slot, new Error(`A worker stopped unexpectedly (exit code ${code}).`));
      this.#remove(slot);
    });
    // A starting worker has a task waiting for it: it keeps the process alive until it is idle (see #settle).
    this.#slots.push(slot);
    return slot;
  }

  #start(slot: Slot, pending: Pending): void {
    const id = this.#nextId++;
    const onAbort = () => this.#cancel(slot, id);
    pending.signal?.addEventListener('abort', onAbort, { once: true });
    const flight: InFlight = { id, pending, timer: null, onAbort };
    slot.inFlight.push(flight);
    if (slot.inFlight.length === 1) this.#startClock(slot);
    slot.worker.ref();
    slot.worker.postMessage({ id, task: pending.task });
  }

  /** The worker's current task starts counting towards its time limit. */
  #startClock(slot: Slot): void {
    const head = slot.inFlight[0];
    if (!head || head.timer) return;
    head.timer = setTimeout(() => this.#kill(slot, head.id, new TaskTimeoutError(`The task took longer than ${Math.round(head.pending.timeoutMs / 1000)} s and was stopped.`)), head.pending.timeoutMs);
  }

  /** Take a task off its worker's list, stopping its clock and its abort listener. */
  #detach(slot: Slot, flight: InFlight): void {
    const i = slot.inFlight.indexOf(flight);
    if (i >= 0) slot.inFlight.splice(i, 1);
    if (flight.timer) clearTimeout(flight.timer);
    flight.pending.signal?.removeEventListener('abort', flight.onAbort);
    if (slot.inFlight.length === 0) slot.worker.unref();
  }

  #settle(slot: Slot, reply: WorkerReply): void {
    const flight = slot.inFlight.find((f) => f.id === reply.id);
    if (!flight) return;
    this.#detach(slot, flight);
    this.#startClock(slot);
    if (reply.ok) flight.pending.resolve(reply.value);
    else flight.pending.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code, row: reply.error.row, file: reply.error.file }));
    this.#pump();
  }

  /** The worker is gone: its current task fails with err; the ones sent ahead go back to the front of the queue. */
  #fail(slot: Slot, err: Error): void {
    const [head, ...ahead] = slot.inFlight;
    this.#abandon(slot, ahead);
    if (head) {
      this.#detach(slot, head);
      head.pending.reject(err);
    }
    this.#remove(slot);
    void slot.worker.terminate();
    this.#pump();
  }

  /** Stop one task (time limit, cancel) by terminating its worker; the others it held are run elsewhere. */
  #kill(slot: Slot, id: number, err: Error): void {
    const flight = slot.inFlight.find((f) => f.id === id);
    if (!flight) return;
    this.#abandon(slot, slot.inFlight.filter((f) => f !== flight));
    this.#detach(slot, flight);
    this.#remove(slot);
    void slot.worker.terminate();
    flight.pending.reject(err);
    this.#pump();
  }

  /** A cancelled task: stopped by terminating its worker if it is running; if only sent ahead, the worker is told to skip it. */
  #cancel(slot: Slot, id: number): void {
    const i = slot.inFlight.findIndex((f) => f.id === id);
    if (i < 0) return;
    if (i === 0) return this.#kill(slot, id, new TaskCancelledError('Cancelled'));
    const flight = slot.inFlight[i]!;
    this.#detach(slot, flight);
    slot.worker.postMessage({ cancel: id });
    flight.pending.reject(new TaskCancelledError('Cancelled'));
    this.#pump();
  }

  /** Put tasks a worker held but will not finish back at the front of the queue, in order. */
  #abandon(slot: Slot, flights: InFlight[]): void {
    for (const f of flights) this.#detach(slot, f);
    this.#queue.unshift(...flights.map((f) => f.pending));
  }

  #remove(slot: Slot): void {
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
  }
}
