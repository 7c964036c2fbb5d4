/**
 * Which character separates the fields of a delimited text file. For each
 * candidate (comma, semicolon, tab, pipe) we split the first records the way a
 * CSV parser would with that delimiter (quotes open only at a field start), count
 * fields per record, and score how consistent the count is and how many fields
 * it gives. Prose has commas too, but never the same number on every line.
 */

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface DelimiterGuess {
  delimiter: Delimiter;
  /** Most common number of delimiters per non-blank record. */
  perRecord: number;
  /** Share of non-blank records (0–1) with exactly that many. */
  consistency: number;
  /** Non-blank records looked at. */
  records: number;
  score: number;
}

/** Count the delimiters in each record of the sample, respecting quotes opened at a field start. */
function countsFor(sample: string, d: string, maxRecords: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let inQuotes = false;
  let fieldStart = true;
  let blank = true;
  for (let i = 0; i < sample.length && counts.length < maxRecords; i++) {
    const ch = sample[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (sample[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '\n') {
      if (!blank) counts.push(count);
      count = 0;
      fieldStart = true;
      blank = true;
      continue;
    }
    if (ch === d) {
      count++;
      fieldStart = true;
      blank = false;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      blank = false;
      fieldStart = false;
      continue;
    }
    if (ch !== ' ' && ch !== '\r') fieldStart = false;
    if (ch.trim() !== '') blank = false;
  }
  // The last record only counts if the sample reached its end (it may have been cut).
  if (!blank && !inQuotes && counts.length < maxRecords) counts.push(count);
  return counts;
}

export function sniffDelimiter(text: string, maxRecords = 200): DelimiterGuess | null {
  const sample = text.length > 262144 ? text.slice(0, text.lastIndexOf('\n', 262144) + 1 || 262144) : text;
  let best: DelimiterGuess | null = null;
  for (const d of DELIMITERS) {
    const counts = countsFor(sample, d, maxRecords);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 0;
    let modeN = 0;
    for (const [c, k] of freq) {
      if (k > modeN || (k === modeN && c > mode)) {
        mode = c;
        modeN = k;
      }
    }
    if (mode === 0) continue;
    const withAny = counts.filter((c) => c > 0).length;
    // Exact matches count fully, ragged rows that still have the delimiter count half.
    const consistency = (modeN + 0.5 * (withAny - modeN)) / counts.length;
    const score = consistency * Math.log2(1 + Math.min(mode, 12)) * (d === '\t' ? 1.05 : 1);
    if (!best || score > best.score) best = { delimiter: d, perRecord: mode, consistency, records: counts.length, score };
  }
  return best;
}

/** Strong enough to call a file with a prose-like extension (.txt) a table. */
export function isConfidentTable(g: DelimiterGuess | null): boolean {
  if (!g) return false;
  if (g.records < 3) return false;
  // At least three columns: one tab or semicolon per line is too easily indentation or prose.
  if (g.perRecord < 2) return false;
  return g.consistency >= (g.delimiter === ',' ? 0.95 : 0.8);
}

/** Excel's "sep=;" first line, which names the delimiter explicitly. */
export function excelSepLine(text: string): Delimiter | null {
  const m = /^sep=(.)[ \t]*(\n|$)/.exec(text);
  if (!m) return null;
  const d = m[1]!;
  return (DELIMITERS as readonly string[]).includes(d) ? (d as Delimiter) : null;
}
