/**
 * `npm run bench`: end-to-end figures on generated cases, printed, never
 * asserted (the targets are in the issues; the figures go in closing notes).
 *
 *   import: read + interpret + store a 10,000-entry case spread over every
 *           format, into a real case file (WAL, synchronous=FULL). Printed
 *           twice: the first import in a fresh process (it pays for loading
 *           the PDF library and for the JavaScript engine's warm-up), and the
 *           steady state of a running app (the third fresh case imported by
 *           the same process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { importFiles } from '../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../electron/core/store/index.ts';
import { generateCase } from '../support/generate-case.ts';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

interface ImportRun {
  seconds: number;
  total: number;
  perFile: string[];
}

async function importCase(dir: string, seed: number): Promise<ImportRun> {
  const generated = await generateCase(join(dir, `returns-${seed}`), ENTRIES, seed);
  const store = openCase(join(dir, `bench-${seed}.threadline`));
  const perFile: string[] = [];
  const started = performance.now();
  for (const f of generated.files) {
    const t0 = performance.now();
    const [outcome] = await importFiles(store.db, [{ path: f.path }]);
    const ms = performance.now() - t0;
    if (!outcome?.ok) throw new Error(`bench import failed: ${outcome && !outcome.ok ? outcome.error.message : 'no outcome'}`);
    perFile.push(`    ${f.format.padEnd(5)} ${String(outcome.entries).padStart(6)} entries ${ms.toFixed(0).padStart(6)} ms ${fmt(outcome.entries / (ms / 1000)).padStart(8)} entries/s`);
  }
  const seconds = (performance.now() - started) / 1000;
  const total = store.countEntries();
  store.close();
  return { seconds, total, perFile };
}

async function benchImport(dir: string): Promise<void> {
  console.log(`import + store (no NLP), ${fmt(ENTRIES)} entries in 7 files, one per format; target >= 20,000 entries/s`);
  const cold = await importCase(dir, 1);
  await importCase(dir, 2);
  const warm = await importCase(dir, 3);
  for (const [label, run] of [['first import in a fresh process', cold], ['steady state (third case in the same process)', warm]] as const) {
    console.log(`  ${label}: ${fmt(run.total)} entries in ${run.seconds.toFixed(2)} s = ${fmt(run.total / run.seconds)} entries/s`);
    for (const line of run.perFile) console.log(line);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-bench-'));
  try {
    console.log(`Threadline bench on Node ${process.version}\n`);
    await benchImport(dir);
    console.log(`\npeak memory (max RSS of the whole run): ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
