/**
 * Dates with the month in words: "14th March 2023", "Mon 12th Sept 22",
 * "12-Sep-2022", "March 14, 2023" (US prose order is unambiguous with a month
 * name), "March 2023", "Sept 22" (a date column's month and year).
 */
import { PROSE_TIME_WORDS } from './markers.ts';
import { MONTH_BY_NAME, ORDINAL_SUFFIXES, WEEKDAY_BY_NAME } from './months.ts';
import type { DaySpec, Env, Match, MonthSpec } from './spec.ts';
import { digitsAt, isCapitalised, isPunct, isWord, joined, normAt, type Token } from './tokens.ts';
import { standsAlone, trailingYearAt, type TrailingYear } from './years.ts';

export interface Read<T> {
  readonly value: T;
  readonly end: number;
}

/** A month word at j ("March", "Mar", "Sept."). Prose only trusts capitalised ones ("may" is a verb). */
export function monthWordAt(ts: readonly Token[], j: number, env: Env): Read<number> | null {
  const t = ts[j];
  if (t === undefined || t.kind !== 'word') return null;
  const month = MONTH_BY_NAME.get(t.norm);
  if (month === undefined) return null;
  if (env.mode === 'prose' && !isCapitalised(t)) return null;
  // "Sept. 2022": take the abbreviation's dot only when a number follows, so a full stop ending a sentence stays out.
  if (isPunct(ts, j + 1, '.') && joined(ts, j + 1) && ts[j + 2]?.kind === 'num') return { value: month, end: j + 2 };
  return { value: month, end: j + 1 };
}

/** An optional weekday before a date ("Mon", "Monday,"). Returns the index after it, or j. */
export function skipWeekday(ts: readonly Token[], j: number, env: Env): number {
  const t = ts[j];
  if (t === undefined || t.kind !== 'word' || !WEEKDAY_BY_NAME.has(t.norm)) return j;
  if (env.mode === 'prose' && !isCapitalised(t)) return j;
  let k = j + 1;
  if (isPunct(ts, k, '.') && joined(ts, k)) k++;
  if (isPunct(ts, k, ',')) k++;
  return k;
}

export interface DayNumber {
  readonly day: number;
  readonly ordinal: boolean;
  readonly digits: number;
}

/** A day of the month, 1–31, with an optional ordinal suffix ("14th"). */
export function dayNumberAt(ts: readonly Token[], j: number): Read<DayNumber> | null {
  const day = digitsAt(ts, j, 1, 2);
  if (day === null || day < 1 || day > 31) return null;
  const digits = ts[j]?.text.length ?? 0;
  const suffix = normAt(ts, j + 1, 'word');
  if (suffix !== undefined && joined(ts, j + 1)) {
    if (!ORDINAL_SUFFIXES.has(suffix) || !standsAlone(ts, j + 1)) return null;
    return { value: { day, ordinal: true, digits }, end: j + 2 };
  }
  if (!standsAlone(ts, j)) return null;
  return { value: { day, ordinal: false, digits }, end: j + 1 };
}

function yearAfter(ts: readonly Token[], j: number, env: Env): TrailingYear | null {
  // Two-digit years after a month ("Sept 22") are a date column's habit; in prose "12 May 15 people" is not 2015.
  return trailingYearAt(ts, j, env, { twoDigit: env.mode !== 'prose', pair: false });
}

/** "14th March 2023", "Mon 12th Sept 22", "12-Sep-2022", "the 14th of March". */
export function writtenDayMonth(ts: readonly Token[], i: number, env: Env): Match<DaySpec> | null {
  let j = skipWeekday(ts, i, env);
  if (isWord(ts, j, 'the')) j++;
  const day = dayNumberAt(ts, j);
  if (day === null) return null;
  j = day.end;
  if (isWord(ts, j, 'of')) j++;
  else if (isDateGlue(ts, j)) j++;
  const month = monthWordAt(ts, j, env);
  if (month === null) return null;
  const year = yearAfter(ts, month.end, env);
  const spec: DaySpec = { kind: 'day', day: day.value.day, month: month.value, year: year?.year ?? null };
  return { spec, end: year?.end ?? month.end, flags: year?.flags ?? [], notes: [] };
}

/** "12-Sep", "12.Sep", "12/Sep": a separator glued to both sides. */
function isDateGlue(ts: readonly Token[], j: number): boolean {
  const p = normAt(ts, j, 'punct');
  return (p === '-' || p === '.' || p === '/') && joined(ts, j) && joined(ts, j + 1);
}

/**
 * "March 14, 2023", "January 27, 2020", "Sept 12th 2022", "March 14".
 * Outside prose, "Sept 22" / "Mar-14" with no ordinal and no year is the
 * month and year (Excel's mmm-yy), so that reading is left to monthYear.
 */
export function writtenMonthDay(ts: readonly Token[], i: number, env: Env): Match<DaySpec> | null {
  const month = monthWordAt(ts, skipWeekday(ts, i, env), env);
  if (month === null) return null;
  let j = month.end;
  if (isWord(ts, j, 'the')) j++;
  else if (isDateGlue(ts, j)) return null;
  const day = dayNumberAt(ts, j);
  if (day === null) return null;
  j = day.end;
  // "March 14, 2023" and "March 14 2023", but "March 14-16" is a range, not a year.
  const year = isPunct(ts, j, '-') ? null : trailingYearAt(ts, j, env, { twoDigit: false, pair: false });
  if (year === null && env.mode !== 'prose' && !day.value.ordinal && day.value.digits === 2) return null;
  const spec: DaySpec = { kind: 'day', day: day.value.day, month: month.value, year: year?.year ?? null };
  return { spec, end: year?.end ?? j, flags: year?.flags ?? [], notes: [] };
}

/** "June 12-14, 2023", "June 12th to 14th 2023": US prose order for a span of days in one month. */
export function writtenMonthDayRange(ts: readonly Token[], i: number, env: Env): Match | null {
  const month = monthWordAt(ts, skipWeekday(ts, i, env), env);
  if (month === null) return null;
  const first = dayNumberAt(ts, month.end);
  if (first === null || !RANGE_WORDS.has(ts[first.end]?.norm ?? '')) return null;
  const last = dayNumberAt(ts, first.end + 1);
  if (last === null || last.value.day < first.value.day) return null;
  const year = trailingYearAt(ts, last.end, env, { twoDigit: false, pair: false });
  const from: DaySpec = { kind: 'day', day: first.value.day, month: month.value, year: year?.year ?? null };
  const to: DaySpec = { ...from, day: last.value.day };
  return { spec: { kind: 'range', from, to }, end: year?.end ?? last.end, flags: [], notes: [] };
}

const RANGE_WORDS: ReadonlySet<string> = new Set(['-', 'to', 'until', 'till']);

/** "March 2023", "Sept 2022", "Mar-23", "March of 2023". */
export function monthYear(ts: readonly Token[], i: number, env: Env): Match<MonthSpec> | null {
  const month = monthWordAt(ts, i, env);
  if (month === null) return null;
  const j = isWord(ts, month.end, 'of') ? month.end + 1 : month.end;
  const year = yearAfter(ts, j, env);
  if (year === null) return null;
  return { spec: { kind: 'month', month: month.value, year: year.year }, end: year.end, flags: year.flags, notes: [] };
}

/**
 * A month with no year: in a date column, before a separator on a narrative line ("June – …"), or in prose
 * after a word that makes it a time ("in June", "that January", "during March"), not a name or a verb.
 */
export function bareMonth(ts: readonly Token[], i: number, env: Env): Match<MonthSpec> | null {
  const prose = env.mode === 'prose';
  if (prose && !afterTimeWord(ts, i)) return null;
  const month = monthWordAt(ts, i, env);
  // (In prose the time word has said it is a date: "in June she rang" needs no separator after it.)
  if (month === null || (!prose && !atBoundary(ts, month.end))) return null;
  return { spec: { kind: 'month', month: month.value, year: null }, end: month.end, flags: [], notes: [] };
}

/** A time word just before (in prose, with a "the" between for seasons: "in the spring"). */
export function afterTimeWord(ts: readonly Token[], i: number): boolean {
  const at = isWord(ts, i, 'the') ? i : i - 1;
  const before = isWord(ts, at, 'the') ? normAt(ts, at - 1, 'word') : normAt(ts, at, 'word');
  return before !== undefined && PROSE_TIME_WORDS.has(before);
}

const BOUNDARY_PUNCT: ReadonlySet<string> = new Set(['-', ':', ',', ';', '.', '(', ')', '[', ']', '|', '?']);

/** The end of the text, or punctuation that ends a date phrase. */
export function atBoundary(ts: readonly Token[], k: number): boolean {
  const t = ts[k];
  return t === undefined || (t.kind === 'punct' && BOUNDARY_PUNCT.has(t.norm));
}
