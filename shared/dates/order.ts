/**
 * detectDateOrder: across a file's date texts, is it day-first (UK),
 * month-first (US) or impossible to tell? Evidence is a numeric date whose
 * first part cannot be a month (14/03/2023: day-first) or whose second part
 * cannot be (03/14/2023: month-first).
 */
import { digitsAt, joined, normAt, type Token, tokenize } from './tokens.ts';

const SEPARATORS: ReadonlySet<string> = new Set(['/', '.', '-']);

/** How many times one side's evidence must outnumber the other's to win despite a few typos. */
const MAJORITY = 3;
const MAX_EXAMPLES = 3;

function isSep(ts: readonly Token[], j: number): boolean {
  const p = normAt(ts, j, 'punct');
  return p !== undefined && SEPARATORS.has(p) && joined(ts, j) && joined(ts, j + 1);
}

/** 'dmy' or 'mdy' when the first numeric date in the text settles the order, else null. */
function evidenceIn(text: string): 'dmy' | 'mdy' | null {
  const ts = tokenize(text);
  for (let i = 0; i + 2 < ts.length; i++) {
    const a = digitsAt(ts, i, 1, 2);
    const b = digitsAt(ts, i + 2, 1, 2);
    if (a === null || b === null || !isSep(ts, i + 1)) continue;
    // Part of an ISO date (2023-03-14) or a longer run of numbers: not evidence.
    if (i > 0 && isSep(ts, i - 1)) continue;
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) return 'dmy';
    if (b > 12 && b <= 31 && a >= 1 && a <= 12) return 'mdy';
    return null;
  }
  return null;
}

/**
 * Does the file only make sense month-first? Returns the counts of texts that
 * only make sense day-first (dmyOnly) and month-first (mdyOnly), and examples
 * (the winning side's first, then the other's) for the importer to report.
 * One side wins outright when the other has none, or by a clear majority
 * (a UK file with one "12/13/2023" typo is still UK).
 */
export function detectDateOrder(raws: string[]): { order: 'dmy' | 'mdy' | 'ambiguous'; dmyOnly: number; mdyOnly: number; examples: string[] } {
  const dmy: string[] = [];
  const mdy: string[] = [];
  for (const raw of raws) {
    const evidence = evidenceIn(raw);
    if (evidence === 'dmy') dmy.push(raw.trim());
    else if (evidence === 'mdy') mdy.push(raw.trim());
  }
  let order: 'dmy' | 'mdy' | 'ambiguous' = 'ambiguous';
  if (dmy.length > 0 && dmy.length >= MAJORITY * mdy.length) order = 'dmy';
  else if (mdy.length > 0 && mdy.length >= MAJORITY * dmy.length) order = 'mdy';
  const [first, second] = order === 'mdy' ? [mdy, dmy] : [dmy, mdy];
  const examples = [...first.slice(0, MAX_EXAMPLES), ...second.slice(0, MAX_EXAMPLES)];
  return { order, dmyOnly: dmy.length, mdyOnly: mdy.length, examples };
}
