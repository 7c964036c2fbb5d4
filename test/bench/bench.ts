/**
 * `npm run bench`: end-to-end figures on a generated case, printed, never
 * asserted (the targets are in the issues; the figures go in closing notes).
 *
 *   import: read + interpret + store a 10,000-entry case spread over every
 *           format, into a real case file (WAL, synchronous=FULL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { importFiles } from '../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../electron/core/store/index.ts';
import { generateCase } from '../support/generate-case.ts';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function benchImport(dir: string): Promise<void> {
  const generated = await generateCase(join(dir, 'returns'), ENTRIES);
  const store = openCase(join(dir, 'bench.threadline'));
  const perFile: string[] = [];
  const started = performance.now();
  for (const f of generated.files) {
    const t0 = performance.now();
    const [outcome] = await importFiles(store.db, [{ path: f.path }]);
    const ms = performance.now() - t0;
    if (!outcome?.ok) throw new Error(`bench import failed: ${outcome && !outcome.ok ? outcome.error.message : 'no outcome'}`);
    perFile.push(`  ${f.format.padEnd(5)} ${String(outcome.entries).padStart(6)} entries  ${ms.toFixed(0).padStart(6)} ms  ${Math.round(outcome.entries / (ms / 1000)).toLocaleString('en-GB').padStart(9)} entries/s`);
  }
  const seconds = (performance.now() - started) / 1000;
  const total = store.countEntries();
  store.close();
  console.log(`import + store, ${total.toLocaleString('en-GB')} entries in ${generated.files.length} files (all formats):`);
  for (const line of perFile) console.log(line);
  console.log(`  total ${seconds.toFixed(2)} s = ${Math.round(total / seconds).toLocaleString('en-GB')} entries/s (target >= 20,000)`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-bench-'));
  try {
    console.log(`Threadline bench on Node ${process.version}, ${ENTRIES.toLocaleString('en-GB')} generated entries\n`);
    await benchImport(dir);
    console.log(`\npeak memory (max RSS): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
