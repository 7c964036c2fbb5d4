/**
 * `npm run eval`: the analysis of every case with a gold.json compared with
 * it, printed per case (measured, not asserted by eye):
 *   entries found under their ref, agency right, date bounds exact,
 *   contacts precision / recall / F1 matched on (entry ref, agency, direction),
 *   contact type accuracy among matched contacts, negations counted as contacts
 *   (must be 0), concerns P/R/F1, duplicates P/R/F1 (pairs), and gaps (recall,
 *   precision, decoys flagged).
 *
 * Two sets of cases:
 *   - the corpus in test/corpus/: invented cases written blind (by writers who
 *     saw neither the code nor the acceptance cases), each with the score it
 *     had the first time the analysis saw it (test/corpus/first-sight.json).
 *     That first-sight score is the measure of generality; the current score
 *     is printed beside it.
 *   - the acceptance cases in ../shared/acceptance, when they are beside the
 *     project (a fresh clone has none: the corpus is scored all the same).
 *
 *   npm run eval                         every case
 *   npm run eval -- --details            also every miss and false alarm
 *   npm run eval -- --case=<name>        one case
 *   npm run eval -- --corpus | --acceptance   one set
 *   npm run eval -- --record-first-sight  record the first-sight score of corpus
 *                                        cases that have none yet (never overwrites)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { execFileSync } from 'node:child_process';

import { acceptanceAvailable, ACCEPTANCE_DIR, MISSING_ACCEPTANCE } from '../support/acceptance.ts';
import { caseFolders, readGold } from '../support/gold.ts';
import { CORPUS_DIR } from '../support/paths.ts';
import { analyseFolder, negationExamples } from './analyse.ts';
import { scoreCase, type CaseScore } from './score.ts';

const args = process.argv.slice(2);
const details = args.includes('--details');
const only = args.find((a) => a.startsWith('--case='))?.slice(7);
const recordFirstSight = args.includes('--record-first-sight');
const wantCorpus = !args.includes('--acceptance');
const wantAcceptance = !args.includes('--corpus');
const FIRST_SIGHT = join(CORPUS_DIR, 'first-sight.json');

/** The figures kept for a case: the issue's measures, in one flat record. */
export interface Figures {
  entriesFound: number;
  agencyRight: number;
  datesExact: number;
  contactsF1: number;
  concernsF1: number;
  duplicatesF1: number;
  gapRecall: number;
  gapPrecision: number;
}

export function figures(s: CaseScore): Figures {
  return {
    entriesFound: s.entriesFound,
    agencyRight: s.agencyRight,
    datesExact: s.datesExact,
    contactsF1: s.contacts.f1,
    concernsF1: s.concerns.f1,
    duplicatesF1: s.duplicates.f1,
    gapRecall: s.gaps.recall,
    gapPrecision: s.gaps.precision,
  };
}

interface FirstSight {
  recorded: string;
  commit: string;
  figures: Figures;
}

const TARGETS: Figures = { entriesFound: 0.98, agencyRight: 0.95, datesExact: 0.98, contactsF1: 0.9, concernsF1: 0.9, duplicatesF1: 0.85, gapRecall: 0.9, gapPrecision: 0.75 };
const COLUMNS: Array<[keyof Figures, string]> = [
  ['entriesFound', 'entries'],
  ['agencyRight', 'agency'],
  ['datesExact', 'dates'],
  ['contactsF1', 'contacts'],
  ['concernsF1', 'concerns'],
  ['duplicatesF1', 'dups'],
  ['gapRecall', 'gap R'],
  ['gapPrecision', 'gap P'],
];

const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
const cell = (x: number | null | undefined) => (x === undefined || x === null || Number.isNaN(x) ? '   n/a' : `${(100 * x).toFixed(0).padStart(5)}%`);

function print(name: string, s: CaseScore): void {
  console.log(`\n${name}`);
  console.log(`  entries found ${pct(s.entriesFound)}   agency right ${pct(s.agencyRight)}   date bounds exact ${pct(s.datesExact)}   of ${s.entries} gold entries   targets 98%, 95%, 98%`);
  console.log(`  contacts   P ${pct(s.contacts.precision)}  R ${pct(s.contacts.recall)}  F1 ${pct(s.contacts.f1)}   (${s.contacts.tp} matched, ${s.contacts.fp} false, ${s.contacts.fn} missed; gold ${s.contacts.gold})   target F1 >= 90%`);
  console.log(`  contact type accuracy ${pct(s.typeAccuracy)} of matched`);
  console.log(`  negations counted as contacts: ${s.negationsCounted}   (must be 0)`);
  console.log(`  concerns   P ${pct(s.concerns.precision)}  R ${pct(s.concerns.recall)}  F1 ${pct(s.concerns.f1)}   target F1 >= 90%`);
  console.log(`  duplicates P ${pct(s.duplicates.precision)}  R ${pct(s.duplicates.recall)}  F1 ${pct(s.duplicates.f1)}   (pairs)   target F1 >= 85%`);
  console.log(`  gaps       R ${pct(s.gaps.recall)}  P ${pct(s.gaps.precision)}   (${s.gaps.found}/${s.gaps.gold} found, ${s.gaps.predicted} raised)   decoys flagged: ${s.gaps.decoysFlagged}   targets R >= 90%, P >= 75%, decoys 0`);
  if (details) for (const line of s.details) console.log(`    ${line}`);
}

function table(rows: Array<{ name: string; first?: Figures; now: Figures }>): void {
  // The name column as wide as the longest case name.
  const width = Math.max(30, ...rows.map((r) => r.name.length + 1));
  const head = `${'case'.padEnd(width)} ${COLUMNS.map(([, h]) => h.padStart(14)).join('')}`;
  console.log(`\n${head}\n${' '.repeat(width + 1)}${COLUMNS.map(() => '  first    now').join('')}`);
  for (const r of rows) console.log(`${r.name.padEnd(width)} ${COLUMNS.map(([k]) => `${cell(r.first?.[k])}${cell(r.now[k])}`.padStart(14)).join('')}`);
  const mean = (k: keyof Figures, pick: (r: (typeof rows)[number]) => Figures | undefined) => {
    const xs = rows.map(pick).filter((f): f is Figures => !!f).map((f) => f[k]).filter((x): x is number => x !== null && !Number.isNaN(x));
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
  };
  console.log(`${'mean'.padEnd(width)} ${COLUMNS.map(([k]) => `${cell(mean(k, (r) => r.first))}${cell(mean(k, (r) => r.now))}`.padStart(14)).join('')}`);
  console.log(`${'target'.padEnd(width)} ${COLUMNS.map(([k]) => `${''.padStart(6)}${cell(TARGETS[k])}`.padStart(14)).join('')}`);
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const corpus = wantCorpus ? caseFolders(CORPUS_DIR) : [];
  if (wantAcceptance && !acceptanceAvailable()) console.log(`(${MISSING_ACCEPTANCE.replace('then run this again', 'to score them too')})`);
  const acceptance = wantAcceptance ? caseFolders(ACCEPTANCE_DIR) : [];
  const cases = [...corpus.map((d) => ({ dir: d, set: 'corpus' as const })), ...acceptance.map((d) => ({ dir: d, set: 'acceptance' as const }))].filter((c) => !only || basename(c.dir) === only);
  if (cases.length === 0) throw new Error(only ? `No case called ${only} in ${CORPUS_DIR} or ${ACCEPTANCE_DIR}.` : `No cases to score: none in ${CORPUS_DIR}, and ${MISSING_ACCEPTANCE}`);

  const firstSight: Record<string, FirstSight> = existsSync(FIRST_SIGHT) ? (JSON.parse(readFileSync(FIRST_SIGHT, 'utf8')) as Record<string, FirstSight>) : {};
  const rows: Record<'corpus' | 'acceptance', Array<{ name: string; first?: Figures; now: Figures }>> = { corpus: [], acceptance: [] };
  let recorded = 0;
  for (const { dir, set } of cases) {
    const name = basename(dir);
    const gold = readGold(dir);
    const started = performance.now();
    const analysis = await analyseFolder(dir);
    const seconds = (performance.now() - started) / 1000;
    const score = scoreCase(gold, analysis, negationExamples(dir, gold));
    print(`${set} ${name}  (${analysis.entries.length} entries analysed in ${seconds.toFixed(2)} s)`, score);
    const now = figures(score);
    if (set === 'corpus' && recordFirstSight && !firstSight[name]) {
      firstSight[name] = { recorded: new Date().toISOString().slice(0, 10), commit: gitCommit(), figures: now };
      recorded++;
    }
    rows[set].push({ name, ...(set === 'corpus' && firstSight[name] ? { first: firstSight[name].figures } : {}), now });
  }
  if (recorded) writeFileSync(FIRST_SIGHT, `${JSON.stringify(firstSight, null, 2)}\n`);
  if (rows.corpus.length) {
    console.log('\nThe corpus, written blind: the score at first sight (the measure of generality) and now');
    table(rows.corpus);
  }
  if (rows.acceptance.length) {
    console.log('\nThe acceptance cases (the rules were written on these: they say little about generality)');
    table(rows.acceptance);
  }
}

await main();
