/**
 * Years as written: "2023", "23" (expanded and flagged), "2022/23" pairs,
 * "2019-2021" ranges of years.
 */
import type { DateFlag } from '../model.ts';
import { plain, type Env, type Match } from './spec.ts';
import { digitsAt, isPunct, joined, normAt, type Token } from './tokens.ts';

/**
 * True when the number at k is not glued to something that makes it part of
 * another quantity: "2040hrs", "3cm", "23:40", "3.1", "38+2", "50%".
 */
export function standsAlone(ts: readonly Token[], k: number): boolean {
  const next = ts[k + 1];
  if (next === undefined || !joined(ts, k + 1)) return true;
  if (next.kind !== 'punct') return false;
  if (next.norm === '+' || next.norm === '%' || next.norm === '°') return false;
  if (next.norm === ':' || next.norm === '.') return !(ts[k + 2]?.kind === 'num' && joined(ts, k + 2));
  return true;
}

/** A four-digit year in the conventions' range, standing alone. */
export function fourDigitYearAt(ts: readonly Token[], i: number, env: Env): number | null {
  const y = digitsAt(ts, i, 4, 4);
  if (y === null || y < env.conventions.years.min || y > env.conventions.years.max) return null;
  return standsAlone(ts, i) ? y : null;
}

/** 23 → 2023, 89 → 1989, by the conventions' cut-off. */
export function expandTwoDigitYear(yy: number, env: Env): number {
  return yy <= env.conventions.twoDigitYearCutoff ? 2000 + yy : 1900 + yy;
}

/** The second year of "2019-21" or "1999/00" in the first year's century. */
function secondYear(first: number, second: number, digits: number): number {
  if (digits === 4) return second;
  let y = Math.floor(first / 100) * 100 + second;
  if (y < first) y += 100;
  return y;
}

export interface YearPair {
  readonly first: number;
  readonly end: number;
  readonly flags: readonly DateFlag[];
}

/**
 * "2022/23", "2022-23", "2022/2023": consecutive years, as in a financial or
 * academic year. With allowShortFirst, "22/23" too (after "FY").
 */
export function yearPairAt(ts: readonly Token[], i: number, env: Env, allowShortFirst = false): YearPair | null {
  const firstToken = ts[i];
  if (firstToken === undefined || firstToken.kind !== 'num') return null;
  const short = firstToken.text.length === 2;
  if (!short && firstToken.text.length !== 4) return null;
  if (short && !allowShortFirst) return null;
  const sep = normAt(ts, i + 1, 'punct');
  if ((sep !== '/' && sep !== '-') || !joined(ts, i + 1) || !joined(ts, i + 2)) return null;
  const secondToken = ts[i + 2];
  if (secondToken === undefined || secondToken.kind !== 'num') return null;
  const digits = secondToken.text.length;
  if (digits !== 2 && digits !== 4) return null;
  if (!standsAlone(ts, i + 2)) return null;
  const first = short ? expandTwoDigitYear(Number(firstToken.text), env) : Number(firstToken.text);
  if (first < env.conventions.years.min || first > env.conventions.years.max) return null;
  if (secondYear(first, Number(secondToken.text), digits) !== first + 1) return null;
  return { first, end: i + 3, flags: short ? ['two-digit-year'] : [] };
}

export interface TrailingYear {
  readonly year: number;
  readonly pair: boolean;
  readonly end: number;
  readonly flags: readonly DateFlag[];
}

/**
 * The year after a month, season or term word: "March 2023", "Mar-23",
 * "Mar '23", "14 March, 2023", "Winter 2022/23". Separators other than a
 * comma must touch both sides, so "14 March - 12 April" is not 14 March 2012.
 */
export function trailingYearAt(
  ts: readonly Token[],
  i: number,
  env: Env,
  options: { readonly twoDigit: boolean; readonly pair: boolean },
): TrailingYear | null {
  let j = i;
  let apostrophe = false;
  const sep = normAt(ts, j, 'punct');
  if (sep === ',') j++;
  else if ((sep === '-' || sep === '/' || sep === '.') && joined(ts, j) && joined(ts, j + 1)) j++;
  else if (sep === "'" && joined(ts, j + 1)) {
    apostrophe = true;
    j++;
  }
  if (options.pair) {
    const pair = yearPairAt(ts, j, env);
    if (pair !== null) return { year: pair.first, pair: true, end: pair.end, flags: pair.flags };
  }
  const four = fourDigitYearAt(ts, j, env);
  if (four !== null) return { year: four, pair: false, end: j + 1, flags: [] };
  if (!options.twoDigit && !apostrophe) return null;
  const yy = digitsAt(ts, j, 2, 2);
  if (yy === null || !standsAlone(ts, j) || isPunct(ts, j + 1, ':')) return null;
  return { year: expandTwoDigitYear(yy, env), pair: false, end: j + 1, flags: ['two-digit-year'] };
}

/**
 * A year on its own or a span of years: "2023", "2019-2021", "2019 to 2021"
 * is left to the range rule; this reads the forms written without spaces,
 * including "2022/23".
 */
export function yearForms(ts: readonly Token[], i: number, env: Env): Match | null {
  const pair = yearPairAt(ts, i, env);
  if (pair !== null) {
    const from = { kind: 'year', year: pair.first } as const;
    const to = { kind: 'year', year: pair.first + 1 } as const;
    return { spec: { kind: 'range', from, to }, end: pair.end, flags: pair.flags, notes: [] };
  }
  const year = fourDigitYearAt(ts, i, env);
  if (year === null) return null;
  const span = yearSpanAfter(ts, i, env, year);
  if (span !== null) return span;
  return plain({ kind: 'year', year }, i + 1);
}

/** "2019-2021" / "2019-21" written without spaces (a later year only). */
function yearSpanAfter(ts: readonly Token[], i: number, env: Env, first: number): Match | null {
  if (!isPunct(ts, i + 1, '-') && !isPunct(ts, i + 1, '/')) return null;
  if (!joined(ts, i + 1) || !joined(ts, i + 2)) return null;
  const t = ts[i + 2];
  if (t === undefined || t.kind !== 'num' || (t.text.length !== 2 && t.text.length !== 4) || !standsAlone(ts, i + 2)) return null;
  // "2023-03" is an ISO month, not 2023 to 2003; the ISO rule reads it.
  if (t.text.length === 2 && isPunct(ts, i + 1, '-') && Number(t.text) <= 12) return null;
  const last = secondYear(first, Number(t.text), t.text.length);
  if (last <= first || last > env.conventions.years.max) return null;
  return plain({ kind: 'range', from: { kind: 'year', year: first }, to: { kind: 'year', year: last } }, i + 3);
}
