import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { importFiles } from '../../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../../electron/core/store/index.ts';
import { TaskCancelledError, TaskTimeoutError, WorkerPool } from '../../../electron/core/workers/pool.ts';
import { FIXTURES_DIR } from '../../support/paths.ts';

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

/** A probe's gate: wait for the task to start on its worker, and release it when the test is ready. */
function gate() {
  const buffer = new SharedArrayBuffer(8);
  const view = new Int32Array(buffer);
  return {
    buffer,
    started: async () => {
      while (Atomics.load(view, 0) === 0) await Atomics.waitAsync(view, 0, 0).value;
    },
    release: () => {
      Atomics.store(view, 1, 1);
      Atomics.notify(view, 1);
    },
  };
}

describe('the worker pool', () => {
  it('runs tasks on worker threads', async () => {
    pool = new WorkerPool({ size: 2 });
    expect(await Promise.all([pool.run({ kind: 'probe' }), pool.run({ kind: 'probe' }), pool.run({ kind: 'probe' })])).toEqual(['ok', 'ok', 'ok']);
  });

  it('stops a task that runs past its time limit, and carries on with a fresh worker', async () => {
    pool = new WorkerPool({ size: 1, taskTimeoutMs: 300 });
    // Held busy until released, which never comes: only the time limit can end it.
    await expect(pool.run({ kind: 'probe', gate: gate().buffer })).rejects.toBeInstanceOf(TaskTimeoutError);
    expect(await pool.run({ kind: 'probe' })).toBe('ok');
  });

  it('cancels a running task by its signal', async () => {
    pool = new WorkerPool({ size: 1 });
    const ac = new AbortController();
    const g = gate();
    const p = pool.run({ kind: 'probe', gate: g.buffer }, { signal: ac.signal });
    await g.started();
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(TaskCancelledError);
    expect(await pool.run({ kind: 'probe' })).toBe('ok');
  });

  it('runs a task sent ahead to a worker that is then stopped on a fresh worker, not failing it', async () => {
    pool = new WorkerPool({ size: 1, taskTimeoutMs: 500 });
    await pool.run({ kind: 'probe' }); // the worker is up: the next two go to it at once, one sent ahead
    const stuck = pool.run({ kind: 'probe', gate: gate().buffer });
    const behind = pool.run({ kind: 'probe' });
    await expect(stuck).rejects.toBeInstanceOf(TaskTimeoutError);
    expect(await behind).toBe('ok');
  });

  it('cancels a task waiting behind a running one without stopping the running one', async () => {
    pool = new WorkerPool({ size: 1 });
    await pool.run({ kind: 'probe' }); // the worker is up: the next two go to it at once, one sent ahead
    const ac = new AbortController();
    const g = gate();
    const running = pool.run({ kind: 'probe', gate: g.buffer });
    const waiting = pool.run({ kind: 'probe' }, { signal: ac.signal });
    await g.started();
    ac.abort();
    await expect(waiting).rejects.toBeInstanceOf(TaskCancelledError);
    g.release();
    expect(await running).toBe('ok');
    expect(await pool.run({ kind: 'probe' })).toBe('ok');
  });

  it('keeps every worker busy: with tasks sent ahead, two workers hold four', async () => {
    pool = new WorkerPool({ size: 2 });
    expect(pool.capacity).toBe(4);
    expect(new WorkerPool({ size: 2, sendAhead: 0 }).capacity).toBe(2);
  });

  it('imports the same entries on workers as on this thread, stored in request order', async () => {
    pool = new WorkerPool({ size: 2 });
    const dir = `${FIXTURES_DIR}/child-t`;
    const requests = ['police.csv', 'csc.xlsx', 'health.docx', 'school.txt', 'gp.csv'].map((f) => ({ path: join(dir, f) }));
    const here = openCase(':memory:');
    const there = openCase(':memory:');
    const a = await importFiles(here.db, requests);
    const b = await importFiles(there.db, requests, { pool });
    expect(b.map((o) => o.ok && o.file)).toEqual(['police.csv', 'csc.xlsx', 'health.docx', 'school.txt', 'gp.csv']);
    expect(b.map((o) => o.ok && o.sourceId)).toEqual(a.map((o) => o.ok && o.sourceId));
    const strip = (s: ReturnType<typeof openCase>) => s.getEntries().map(({ id: _id, ...e }) => e);
    expect(strip(there)).toEqual(strip(here));
    here.close();
    there.close();
  });

  it('reports progress in request order, each file once, although workers read ahead', async () => {
    pool = new WorkerPool({ size: 2 });
    const dir = `${FIXTURES_DIR}/child-t`;
    const files = ['police.csv', 'csc.xlsx', 'health.docx', 'school.txt', 'gp.csv'];
    const store = openCase(':memory:');
    const seen: string[] = [];
    await importFiles(store.db, files.map((f) => ({ path: join(dir, f) })), { pool, onProgress: (p) => seen.push(`${p.index} ${p.phase}`) });
    // The index never goes back, and each file ends stored: a progress bar fed by these only moves forward.
    const indexes = seen.map((e) => Number(e.split(' ')[0]));
    expect(indexes).toEqual([...indexes].sort((x, y) => x - y));
    expect(seen.filter((e) => e.endsWith('done'))).toEqual(files.map((_, i) => `${i} done`));
    expect(seen[0]).toBe('0 reading');
    store.close();
  });

  it('reports a file a worker cannot read with its name, as on this thread', async () => {
    pool = new WorkerPool({ size: 1 });
    const store = openCase(':memory:');
    const [bad, good] = await importFiles(store.db, [{ path: `${FIXTURES_DIR}/child-t/gold.json` }, { path: `${FIXTURES_DIR}/child-t/police.csv` }], { pool });
    expect(bad).toMatchObject({ ok: false, file: 'gold.json' });
    expect(good).toMatchObject({ ok: true, entries: 10 });
    store.close();
  });
});
