/**
 * The build's bundles, checked without Electron: the preload is one file
 * that requires only 'electron' (a sandboxed preload can require nothing
 * else) and carries no zod; the main bundle's options produce a CommonJS
 * bundle in which the core really runs, PDFs included.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';

import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY } from '../../../electron/app/csp.ts';
import { DIST, MAIN_EXTERNALS, ROOT, checkPreloadBundle, checkRendererHtml, mainBundleOptions, preloadBundleOptions, requiredModules, workerBundleOptions } from '../../../scripts/build.ts';
import { WorkerPool } from '../../../electron/core/workers/pool.ts';
import { channelNames } from '../../../shared/api.ts';
import { buildPdf } from '../readers/fixtures.ts';

// Inside dist/ so the bundle resolves better-sqlite3 from the project's node_modules.
const out = join(DIST, `.test-bundles-${process.pid}`);
mkdirSync(out, { recursive: true });
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('preload bundle', () => {
  it('is one file that requires only electron, with the channel list and no zod', async () => {
    const outfile = join(out, 'preload.cjs');
    await build({ ...preloadBundleOptions({ development: false, outfile }), logLevel: 'silent' });
    const code = readFileSync(outfile, 'utf8');
    expect(requiredModules(code)).toEqual(['electron']);
    expect(() => checkPreloadBundle(code)).not.toThrow();
    expect(code).not.toMatch(/zod|ZodObject|safeParse/);
    expect(code.length).toBeLessThan(20_000);

    // Run it the way a sandboxed preload runs: a require that knows only 'electron'.
    const exposed: Record<string, unknown> = {};
    const sentChannels: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
      ipcRenderer: { invoke: async (channel: string) => ({ ok: true, value: channel }), send: (channel: string) => void sentChannels.push(channel), on: () => {} },
      webUtils: { getPathForFile: () => '/dropped.csv' },
    };
    const require = (name: string) => {
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return electron;
    };
    runInNewContext(code, { require, module: { exports: {} }, exports: {}, console });
    const bridge = exposed.threadline as { invoke: (c: string, r: unknown) => Promise<unknown>; ready: () => void };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'pathForFile', 'ready']);
    for (const channel of channelNames) expect(await bridge.invoke(channel, {})).toEqual({ ok: true, value: `tl:${channel}` });
    expect(await bridge.invoke('fs.readFile', {})).toMatchObject({ ok: false, error: { kind: 'unknown-channel' } });
    bridge.ready();
    expect(sentChannels).toEqual(['tl:ready']);
  });

  it('the build refuses a preload that requires anything else', () => {
    expect(() => checkPreloadBundle('require("electron"); require("node:fs");')).toThrow(/node:fs/);
  });
});

describe('renderer html check', () => {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  it('accepts the CSP with external scripts only', () => {
    expect(() => checkRendererHtml(`<head>${meta}<script type="module" crossorigin src="./assets/index.js"></script></head>`)).not.toThrow();
  });
  it.each([
    `<head><script type="module" src="./a.js"></script></head>`,
    `<head>${meta.replace("'none'", "*")}</head>`,
    `<head>${meta}<script>window.x = 1</script></head>`,
    `<head>${meta}<style>body{}</style></head>`,
    `<body>${meta}<div style="color:red"></div></body>`,
  ])('refuses %s', (html) => {
    expect(() => checkRendererHtml(html)).toThrow();
  });
});

describe('main bundle', () => {
  it('keeps Electron and native modules external', () => {
    const options = mainBundleOptions({ development: false });
    expect(options.external).toEqual(expect.arrayContaining(['electron', 'better-sqlite3']));
    expect(options.format).toBe('cjs');
    expect(options.sourcemap).toBe(false);
  });

  it('ships every installed external module in the packaged app (electron-builder.yml files)', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    const installed = MAIN_EXTERNALS.filter((m) => m !== 'electron' && existsSync(join(ROOT, 'node_modules', m)));
    expect(installed).toEqual(expect.arrayContaining(['better-sqlite3', '@napi-rs/canvas']));
    for (const m of installed) expect(yml).toContain(`- node_modules/${m}/`);
  });

  it('runs the core from a CommonJS bundle: SQLite, CSV and PDF readers, lexicon', async () => {
    const outfile = join(out, 'probe.cjs');
    await build({ ...mainBundleOptions({ development: false, entry: join(import.meta.dirname, 'fixtures', 'bundle-probe.ts'), outfile }), logLevel: 'silent' });
    const code = readFileSync(outfile, 'utf8');
    expect(requiredModules(code)).toContain('better-sqlite3');
    expect(code).not.toMatch(/\bimport\.meta\b/);

    const files = mkdtempSync(join(tmpdir(), 'threadline-bundle-'));
    const csv = join(files, 'police.csv');
    writeFileSync(csv, 'Date,Agency,Event\n14/03/2023,West Yorkshire Police,Officers attended a domestic incident at the family home.\n');
    const pdf = join(files, 'health.pdf');
    writeFileSync(pdf, buildPdf([{ lines: [{ x: 72, y: 700, text: '14 March 2023: the health visitor saw the child at home.' }] }]));

    const stdout = execFileSync(process.execPath, [outfile, csv, pdf], { encoding: 'utf8', timeout: 60_000 });
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as {
      created: boolean;
      preview: { ok: boolean; value: Array<{ ok: boolean; format?: string; fileName: string }> };
      imported: { ok: boolean; value: Array<{ ok: boolean; file: string }> };
      summary: { ok: boolean; value: { entryCount: number } };
    };
    expect(result.created).toBe(true);
    expect(result.preview.value.map((p) => [p.fileName, p.ok, p.format]).sort()).toEqual([
      ['health.pdf', true, 'pdf'],
      ['police.csv', true, 'csv'],
    ]);
    expect(result.imported.value.every((o) => o.ok)).toBe(true);
    expect(result.summary.value.entryCount).toBeGreaterThanOrEqual(2);
  });

  it('bundles the worker thread so the pool can run it from dist/electron/worker.cjs', async () => {
    const outfile = join(out, 'worker.cjs');
    await build({ ...workerBundleOptions({ development: false, outfile }), logLevel: 'silent' });
    const pool = new WorkerPool({ size: 1, workerUrl: pathToFileURL(outfile), taskTimeoutMs: 30_000 });
    try {
      expect(await pool.run({ kind: 'probe' })).toBe('ok');
    } finally {
      await pool.close();
    }
  });
});
