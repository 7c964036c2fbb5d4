/**
 * The worker thread's side of the pool: run one task at a time and answer
 * with its value or a serialised error. Loaded once per worker; the modules
 * it imports stay warm for every later task.
 */
import { parentPort } from 'node:worker_threads';

import { ImportError } from '../../../shared/errors.ts';
import { extractEntry } from '../../../shared/extract/index.ts';
import { interpretForStore } from '../pipeline/interpret.ts';
import { preloadPdfReader } from '../readers/pdf.ts';
import { warmUpExtraction, warmUpImport } from './warm-up.ts';
import type { SerialisedError, WorkerReply, WorkerTask } from './protocol.ts';

async function run(task: WorkerTask): Promise<unknown> {
  switch (task.kind) {
    case 'probe': {
      const gate = task.gate ? new Int32Array(task.gate) : null;
      if (gate) {
        Atomics.store(gate, 0, 1);
        Atomics.notify(gate, 0);
      }
      const until = Date.now() + (task.busyMs ?? 0);
      // A synchronous loop, like a pathological input: only terminating the worker stops it.
      while (Date.now() < until || (gate && Atomics.load(gate, 1) === 0)) {
        if (gate) Atomics.wait(gate, 1, 0, 50);
      }
      return 'ok';
    }
    case 'extract': {
      const limit = task.entryTimeoutMs ?? 5_000;
      return task.items.map((item) => extractEntry({ ...item, deadline: Date.now() + limit }));
    }
    case 'interpret':
      return interpretForStore(task);
  }
}

function serialise(err: unknown): SerialisedError {
  if (err instanceof ImportError) return { name: err.name, message: err.message, code: err.code, file: err.file, ...(err.row !== undefined ? { row: err.row } : {}) };
  if (err instanceof Error) return { name: err.name, message: err.message, ...((err as NodeJS.ErrnoException).code ? { code: (err as NodeJS.ErrnoException).code } : {}) };
  return { name: 'Error', message: String(err) };
}

// One task at a time, in the order sent: the pool sends the next task ahead
// of time, and it must wait its turn (its time limit starts when it does).
let turn: Promise<void> = Promise.resolve();
// Tasks sent ahead and then cancelled before their turn: skipped.
const cancelled = new Set<number>();
// Real work received (a probe, which only checks the worker answers, is not): the warm-up gives way to it.
let tasksReceived = 0;
parentPort?.on('message', (msg: { id: number; task: WorkerTask } | { cancel: number }) => {
  if ('cancel' in msg) {
    cancelled.add(msg.cancel);
    return;
  }
  if (msg.task.kind !== 'probe') tasksReceived++;
  turn = turn.then(() => {
    if (cancelled.delete(msg.id)) return;
    return run(msg.task).then(
      (value) => parentPort!.postMessage({ id: msg.id, ok: true, value } satisfies WorkerReply),
      (err: unknown) => parentPort!.postMessage({ id: msg.id, ok: false, error: serialise(err) } satisfies WorkerReply),
    );
  });
});

// Compile the lexicons and run the extractor once before saying so, so the first real task does not pay for it.
extractEntry({ text: 'Tel call to the GP; home visit - no access.', agency: 'csc' });
// Modules are loaded: tell the pool, so a task's time limit does not include this worker's start-up.
parentPort?.postMessage({ ready: true });
// Then, while idle (both give way to real work): the readers and importer run
// to full speed on an invented return, and the PDF library is loaded (a
// failure there is the first PDF's to report).
const busy = () => tasksReceived > 0;
warmUpImport(4, busy)
  .then(() => warmUpExtraction(300, busy))
  .catch(() => undefined)
  .then(() => (busy() ? undefined : preloadPdfReader()))
  .catch(() => undefined);
