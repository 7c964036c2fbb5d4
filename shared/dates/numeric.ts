/**
 * Dates written in figures: dd/mm/yyyy, d/m/yy, dd.mm.yy, dd-mm-yyyy, mixed
 * separators ("22.05/16"), ISO yyyy-mm-dd, yyyymmdd, and d/m with no year.
 * Day-first unless the file is month-first; a date that only makes sense the
 * other way round is read swapped and flagged, never dropped.
 */
import type { DateFlag } from '../model.ts';
import type { DaySpec, Env, Match } from './spec.ts';
import { digitsAt, joined, normAt, type Token } from './tokens.ts';
import { atBoundary, skipWeekday } from './written.ts';
import { expandTwoDigitYear, standsAlone } from './years.ts';

/** Words after "23.08" that make it a clock time, not the 23rd of August. */
const TIME_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'hrs', 'hr', 'hours', 'h']);

const NUMERIC_SEPARATORS: ReadonlySet<string> = new Set(['/', '.', '-']);

/** A separator between two parts of a numeric date: one of / . - touching both neighbours. */
function separatorAt(ts: readonly Token[], j: number): string | null {
  const sep = normAt(ts, j, 'punct');
  if (sep === undefined || !NUMERIC_SEPARATORS.has(sep)) return null;
  return joined(ts, j) && joined(ts, j + 1) ? sep : null;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function isDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** ISO 8601: 2023-03-14, 2023/03/14, and (cell only) the month 2023-03; a weekday may come first. */
export function isoDate(ts: readonly Token[], at: number, env: Env): Match | null {
  const i = skipWeekday(ts, at, env);
  const y = digitsAt(ts, i, 4, 4);
  if (y === null || y < env.conventions.years.min || y > env.conventions.years.max) return null;
  const s1 = separatorAt(ts, i + 1);
  const m = digitsAt(ts, i + 2, 1, 2);
  if (s1 === null || m === null || m < 1 || m > 12) return null;
  const s2 = separatorAt(ts, i + 3);
  const d = s2 === null ? null : digitsAt(ts, i + 4, 1, 2);
  if (d !== null) {
    if (d < 1 || d > 31 || !standsAloneOrTime(ts, i + 4)) return null;
    const spec: DaySpec = { kind: 'day', day: d, month: m, year: y };
    return { spec, end: i + 5, flags: [], notes: [] };
  }
  if (env.mode !== 'cell' || s1 !== '-' || s2 !== null || !standsAlone(ts, i + 2)) return null;
  return { spec: { kind: 'month', month: m, year: y }, end: i + 3, flags: [], notes: [] };
}

/** ISO's "2022-11-14T03:12" glues a T to the day; let that through. */
function standsAloneOrTime(ts: readonly Token[], k: number): boolean {
  const next = ts[k + 1];
  if (next !== undefined && joined(ts, k + 1) && next.norm === 't' && ts[k + 2]?.kind === 'num') return true;
  return standsAlone(ts, k);
}

/** yyyymmdd, as some case-management exports write it (cell only). */
export function compactDate(ts: readonly Token[], i: number, env: Env): Match | null {
  if (env.mode !== 'cell') return null;
  const t = ts[i];
  if (t === undefined || t.kind !== 'num' || t.text.length !== 8 || !standsAlone(ts, i)) return null;
  const y = Number(t.text.slice(0, 4));
  const m = Number(t.text.slice(4, 6));
  const d = Number(t.text.slice(6, 8));
  if (y < 1900 || y > 2099 || !isDayMonth(d, m)) return null;
  return { spec: { kind: 'day', day: d, month: m, year: y }, end: i + 1, flags: [], notes: [] };
}

interface NumericParts {
  readonly a: number;
  readonly b: number;
  /** The year as read (already expanded), or null when the text has none. */
  readonly year: number | null;
  readonly twoDigitYear: boolean;
  readonly end: number;
  readonly text: string;
}

/** Read a/b[/y] at i, applying the mode's rules about what counts as a date. */
function readParts(ts: readonly Token[], i: number, env: Env): NumericParts | null {
  const first = ts[i];
  const a = digitsAt(ts, i, 1, 2);
  const s1 = separatorAt(ts, i + 1);
  const b = digitsAt(ts, i + 2, 1, 2);
  if (first === undefined || a === null || s1 === null || b === null) return null;
  const s2 = separatorAt(ts, i + 3);
  if (s2 !== null) {
    const yearToken = ts[i + 4];
    if (yearToken === undefined || yearToken.kind !== 'num') return null;
    const digits = yearToken.text.length;
    // "1.2.3" or "14/03/202" are not dates; nor is a paragraph "5.3.12" in prose.
    if (digits !== 2 && digits !== 4) return null;
    if (!standsAloneOrTime(ts, i + 4)) return null;
    const usesDot = s1 === '.' || s2 === '.';
    if (env.mode === 'prose' && usesDot && digits === 2 && (first.text.length !== 2 || ts[i + 2]?.text.length !== 2)) return null;
    const raw = Number(yearToken.text);
    const year = digits === 4 ? raw : expandTwoDigitYear(raw, env);
    if (year < env.conventions.years.min || year > env.conventions.years.max) return null;
    const text = joinText(ts, i, i + 5);
    return { a, b, year, twoDigitYear: digits === 2, end: i + 5, text };
  }
  if (!standsAlone(ts, i + 2) || !yearlessAllowed(ts, i, s1, env)) return null;
  return { a, b, year: null, twoDigitYear: false, end: i + 3, text: joinText(ts, i, i + 3) };
}

/**
 * "14/9" with no year: a date in a date column, and in prose when written
 * with a slash and at least one two-digit part ("09/01", "14/9"), so that
 * "1/2" and "3/4" stay fractions. Never with dashes ("10-12" is a range of
 * days or a score) and never with dots outside a date column ("5.3" is a
 * paragraph number, "3.1 kg" a weight).
 */
function yearlessAllowed(ts: readonly Token[], i: number, sep: string, env: Env): boolean {
  if (sep === '-') return false;
  const hasTwoDigitPart = (ts[i]?.text.length ?? 0) === 2 || (ts[i + 2]?.text.length ?? 0) === 2;
  // "14.9" is a date in a date column only on its own and not decimal-looking: "3.1 kg" is a weight, "2.5" a score.
  if (env.mode === 'cell') return sep === '/' || (hasTwoDigitPart && atBoundary(ts, i + 3));
  // A line that opens "23.08 HV1 1yr review" in a diary of "17.02.22 …" lines: day and month, both in two figures,
  // and not a clock time ("23.08 hrs", "10.15am").
  if (env.mode === 'leading' && sep === '.') return (ts[i]?.text.length ?? 0) === 2 && (ts[i + 2]?.text.length ?? 0) === 2 && !TIME_WORDS.has(normAt(ts, i + 3, 'word') ?? '');
  if (sep !== '/') return false;
  return env.mode === 'leading' || hasTwoDigitPart;
}

function joinText(ts: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += ts[k]?.text ?? '';
  return text;
}

/** dd/mm/yyyy and friends ("Wed 14/06/2023" too), read in the file's order; see the module comment for the fallbacks. */
export function numericDate(ts: readonly Token[], i: number, env: Env): Match | null {
  const parts = readParts(ts, skipWeekday(ts, i, env), env);
  if (parts === null) return null;
  const flags: DateFlag[] = parts.twoDigitYear ? ['two-digit-year'] : [];
  const [day, month] = env.order === 'dmy' ? [parts.a, parts.b] : [parts.b, parts.a];
  if (isDayMonth(day, month)) {
    return { spec: { kind: 'day', day, month, year: parts.year }, end: parts.end, flags, notes: [] };
  }
  // In prose a year-less "12/21" that only works swapped is a score, not a date.
  if (isDayMonth(month, day) && !(env.mode === 'prose' && parts.year === null)) {
    // Only makes sense the other way round (12/13/2023 in a UK file): read it swapped.
    const reading = `${pad2(month)}/${pad2(day)}${parts.year === null ? '' : `/${parts.year}`}`;
    const firstName = env.order === 'dmy' ? 'month-first' : 'day-first';
    return {
      spec: { kind: 'day', day: month, month: day, year: parts.year },
      end: parts.end,
      flags: [...flags, 'us-order'],
      notes: [`${parts.text} only makes sense ${firstName}; read as ${reading}`],
    };
  }
  // Neither order names a day. In a date column keep what is readable (the year) and flag it.
  if (env.mode !== 'cell' || parts.year === null) return null;
  return {
    spec: { kind: 'year', year: parts.year },
    end: parts.end,
    flags: [...flags, 'impossible'],
    notes: [`${parts.text} is not a date; read as the year ${parts.year}`],
  };
}

/** "03/2023", "3.2023", "03-2023": a month and year in figures. */
export function numericMonthYear(ts: readonly Token[], i: number, env: Env): Match | null {
  const m = digitsAt(ts, i, 1, 2);
  const sep = separatorAt(ts, i + 1);
  const y = digitsAt(ts, i + 2, 4, 4);
  if (m === null || sep === null || y === null || m < 1 || m > 12) return null;
  if (y < env.conventions.years.min || y > env.conventions.years.max || !standsAlone(ts, i + 2)) return null;
  // In prose only with a slash: "5.2023" is more likely a number than May 2023.
  if (env.mode === 'prose' && sep !== '/') return null;
  return { spec: { kind: 'month', month: m, year: y }, end: i + 3, flags: [], notes: [] };
}
