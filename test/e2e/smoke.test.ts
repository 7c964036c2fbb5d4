/**
 * Smoke: the built app loads under the production CSP, window.threadline
 * reaches the real core, events arrive, a queued dialog answer drives an
 * import, and screenshots are saved. Runs on Electron where a binary exists,
 * otherwise on Debian Chromium through the harness (test/e2e/harness/app.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { launchApp, type AppUnderTest } from './harness/app.ts';
import type { PageGlobals } from './harness/page-globals.ts';

let app: AppUnderTest;

beforeEach(async () => {
  app = await launchApp();
  await app.page.waitForFunction(() => ((globalThis as unknown as PageGlobals).document.getElementById('root')?.childElementCount ?? 0) > 0);
});
afterEach(async () => {
  await app?.close();
});

describe('smoke', () => {
  it('loads the app page with the bridge in place and nothing else of Node or Electron', async () => {
    const { page } = app;
    expect(await page.title()).toBe('Threadline');
    const surface = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals & { require?: unknown; process?: unknown; module?: unknown };
      return { bridge: Object.keys(w.threadline ?? {}).sort(), require: typeof w.require, process: typeof w.process, module: typeof w.module };
    });
    expect(surface).toEqual({ bridge: ['invoke', 'on', 'pathForFile', 'ready'], require: 'undefined', process: 'undefined', module: 'undefined' });
    expect(app.console.filter((m) => m.type() === 'error').map((m) => m.text())).toEqual([]);
    expect(existsSync(await app.screenshot(`smoke-welcome-${app.kind}`))).toBe(true);
  });

  it('creates an in-memory case through window.threadline and hears case.changed', async () => {
    const result = await app.page.evaluate(async () => {
      const bridge = (globalThis as unknown as PageGlobals).threadline!;
      const heard = new Promise<string | null>((resolve) => {
        const off = bridge.on('case.changed', (summary) => {
          off();
          resolve(summary?.path ?? null);
        });
      });
      const created = await bridge.invoke('case.create', { path: ':memory:' });
      return { created, heard: await heard };
    });
    expect(result.created).toMatchObject({ ok: true, value: { path: ':memory:', entryCount: 0 } });
    expect(result.heard).toBe(':memory:');
  });

  it('imports a chronology chosen through the (queued) open dialog, and the UI shows the case', async () => {
    const { page } = app;
    const csv = join(app.dataDir, 'police.csv');
    writeFileSync(
      csv,
      [
        'Date,Agency,Event',
        '14/03/2023,West Yorkshire Police,Officers attended a domestic incident at the family home; the children were present.',
        '21/03/2023,West Yorkshire Police,A DASH risk assessment was completed and graded medium.',
      ].join('\n'),
    );
    await app.queueOpenPaths([csv]);
    const outcome = await page.evaluate(async () => {
      const bridge = (globalThis as unknown as PageGlobals).threadline!;
      await bridge.invoke('case.create', { path: ':memory:' });
      const chosen = await bridge.invoke('dialog.openFiles', { purpose: 'chronologies' });
      if (!chosen.ok) return { chosen };
      const preview = await bridge.invoke('import.preview', { paths: chosen.value });
      const run = await bridge.invoke('import.run', { files: chosen.value.map((path) => ({ path })) });
      const summary = await bridge.invoke('case.summary', {});
      return { chosen, preview, run, summary };
    });
    expect(outcome.chosen).toEqual({ ok: true, value: [csv] });
    expect(outcome.preview).toMatchObject({ ok: true, value: [{ ok: true, fileName: 'police.csv', format: 'csv' }] });
    expect(outcome.run).toMatchObject({ ok: true, value: [{ ok: true, file: 'police.csv', entries: 2 }] });
    expect(outcome.summary).toMatchObject({ ok: true, value: { entryCount: 2 } });
    // The UI reloads the case on case.changed.
    await page.getByText('2 entries from 1 file').waitFor({ timeout: 15_000 });
    await app.screenshot(`smoke-imported-${app.kind}`);
  });

  it('answers an unknown channel and a malformed request with errors, not crashes', async () => {
    const results = await app.page.evaluate(async () => {
      const bridge = (globalThis as unknown as PageGlobals).threadline!;
      const invoke = bridge.invoke as unknown as (channel: string, request: unknown) => Promise<unknown>;
      return [await invoke('fs.readFile', { path: '/etc/passwd' }), await invoke('case.create', { path: 42 })];
    });
    expect(results).toMatchObject([{ ok: false, error: { kind: 'unknown-channel' } }, { ok: false, error: { kind: 'invalid-request' } }]);
  });
});
