/**
 * `npm run eval`: the analysis of every acceptance case compared with its
 * gold.json, printed per case (measured, not asserted by eye):
 *   contacts precision / recall / F1 matched on (entry ref, agency, direction),
 *   contact type accuracy among matched contacts, negations counted as contacts
 *   (must be 0), concerns P/R/F1, duplicates P/R/F1 (pairs), date bounds exact,
 *   and gaps (recall, precision, decoys flagged).
 * `npm run eval -- --details` also lists every miss and false alarm.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { AnalysisJson } from '../../shared/analysis.ts';
import { collectFiles } from '../../electron/core/pipeline/collect-files.ts';
import { analyseCase } from '../../electron/core/pipeline/analysis-json.ts';
import { importFiles } from '../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../electron/core/store/index.ts';
import { acceptanceCases, caseDir, readGold, type Gold } from '../support/acceptance.ts';
import { scoreCase, type CaseScore } from './score.ts';

const details = process.argv.includes('--details');
const only = process.argv.find((a) => a.startsWith('--case='))?.slice(7);

/** Import a case folder into a fresh in-memory case and analyse it, as the CLI does. */
export async function analyseFolder(dir: string): Promise<AnalysisJson> {
  const store = openCase(':memory:');
  try {
    const { files } = collectFiles([dir]);
    await importFiles(store.db, files.map((f) => ({ path: f.path, fileName: f.fileName })));
    return await analyseCase(store);
  } finally {
    store.close();
  }
}

/** The negation examples the case's README and gold conventions give, to check none is counted as a contact. */
export function negationExamples(name: string, gold: Gold): string[] {
  const readme = readFileSync(join(caseDir(name), 'README.md'), 'utf8');
  const quoted = [...readme.matchAll(/"([^"]{6,80})"/g), ...JSON.stringify((gold as unknown as { conventions?: { negation?: string } }).conventions?.negation ?? '').matchAll(/\\"([^"\\]{6,80})\\"/g)].map((m) => m[1]!);
  return [...new Set(quoted.filter((q) => /\b(?:not|no|nobody|no one|did not|should have|to be|without|never|N)\b/.test(q)))];
}

const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);

function print(name: string, s: CaseScore): void {
  console.log(`\n${name}`);
  console.log(`  contacts   P ${pct(s.contacts.precision)}  R ${pct(s.contacts.recall)}  F1 ${pct(s.contacts.f1)}   (${s.contacts.tp} matched, ${s.contacts.fp} false, ${s.contacts.fn} missed; gold ${s.contacts.gold})   target F1 >= 90%`);
  console.log(`  contact type accuracy ${pct(s.typeAccuracy)} of matched`);
  console.log(`  negations counted as contacts: ${s.negationsCounted}   (must be 0)`);
  console.log(`  concerns   P ${pct(s.concerns.precision)}  R ${pct(s.concerns.recall)}  F1 ${pct(s.concerns.f1)}   target F1 >= 85%`);
  console.log(`  duplicates P ${pct(s.duplicates.precision)}  R ${pct(s.duplicates.recall)}  F1 ${pct(s.duplicates.f1)}   (pairs)   target F1 >= 85%`);
  console.log(`  date bounds exact ${pct(s.datesExact)} of ${s.entries} entries`);
  console.log(`  gaps       R ${pct(s.gaps.recall)}  P ${pct(s.gaps.precision)}   (${s.gaps.found}/${s.gaps.gold} found, ${s.gaps.predicted} raised)   decoys flagged: ${s.gaps.decoysFlagged}   targets R >= 90%, P >= 75%, decoys 0`);
  if (details) for (const line of s.details) console.log(`    ${line}`);
}

async function main(): Promise<void> {
  const cases = acceptanceCases().filter((c) => !only || c === only);
  if (cases.length === 0) throw new Error('No acceptance cases found beside the project (../shared/acceptance).');
  for (const name of cases) {
    const gold = readGold(name);
    const started = performance.now();
    const analysis = await analyseFolder(caseDir(name));
    const seconds = (performance.now() - started) / 1000;
    const score = scoreCase(gold, analysis, negationExamples(name, gold));
    print(`${name}  (${analysis.entries.length} entries analysed in ${seconds.toFixed(2)} s)`, score);
  }
}

await main();
