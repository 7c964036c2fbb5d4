/**
 * Time for the views: milliseconds since 1970-01-01 00:00 UTC, computed from
 * ISO day numbers so nothing depends on the machine's time zone or daylight
 * saving (a chronology has no time zone; "23:40" is wall-clock time).
 */
import { civil, dayNumber, fromIso, toIso } from '../dates/calendar.ts';
import { MONTH_SHORT } from '../dates/months.ts';
import type { AnalysisEntry } from '../analysis.ts';

export const MS_HOUR = 3_600_000;
export const MS_DAY = 24 * MS_HOUR;

/** "2023-03-14" → ms at 00:00 that day, or null for anything that is not a real day. */
export function isoToMs(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const n = fromIso(iso);
  return n === null ? null : n * MS_DAY;
}

/** ms → "2023-03-14" (the day it falls in). */
export function msToIso(ms: number): string {
  return toIso(Math.floor(ms / MS_DAY));
}

/** "23:40" → ms after midnight, or null. */
export function timeOfDayMs(time: string | null | undefined): number | null {
  if (!time) return null;
  const m = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return h * MS_HOUR + min * 60_000;
}

/** Where an entry sits in time. */
export interface EntryInterval {
  /** First instant it can mean. */
  start: number;
  /** Last instant it can mean (exclusive): start for a point. */
  end: number;
  /** The date is a span (w/c, month, season, range): draw it as a range, never as a point. */
  vague: boolean;
  /** Where to draw a point, or the middle of the range (sorting, arrows, hit-testing). */
  at: number;
}

/**
 * The interval an entry's date can mean. A known day with a time is a point
 * at that time; a known day without one is a point at midday (the middle of
 * the day it could be); anything vaguer is the whole span, earliest 00:00 to
 * the end of the latest day. Undated entries have no interval (null).
 */
export function entryInterval(e: Pick<AnalysisEntry, 'date' | 'time'>): EntryInterval | null {
  const a = isoToMs(e.date.earliest);
  const b = isoToMs(e.date.latest);
  if (a === null || b === null) return null;
  const vague = e.date.precision !== 'day' || b > a;
  if (vague) {
    const end = Math.max(a, b) + MS_DAY;
    return { start: a, end, vague: true, at: (a + end) / 2 };
  }
  const at = a + (timeOfDayMs(e.time) ?? MS_DAY / 2);
  return { start: at, end: at, vague: false, at };
}

/** The span covering every interval, or null when there are none. */
export function extentOf(intervals: Iterable<EntryInterval | null>): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const iv of intervals) {
    if (!iv) continue;
    if (iv.start < start) start = iv.start;
    if (iv.end > end) end = iv.end;
  }
  return start <= end ? { start, end } : null;
}

/** Pads an extent so the first and last marks are not drawn on the edge; a single day becomes a week around it. */
export function padExtent(ext: { start: number; end: number }, fraction = 0.03): { start: number; end: number } {
  const span = Math.max(ext.end - ext.start, 7 * MS_DAY);
  const mid = (ext.start + ext.end) / 2;
  const half = span / 2 + span * fraction;
  return { start: mid - half, end: mid + half };
}

/** A linear map between a time domain and a pixel range (the part of d3-scale we need, without d3 in shared/). */
export interface TimeScale {
  readonly t0: number;
  readonly t1: number;
  readonly x0: number;
  readonly x1: number;
}

export function timeScale(t0: number, t1: number, x0: number, x1: number): TimeScale {
  return { t0, t1, x0, x1 };
}

export function toX(s: TimeScale, t: number): number {
  return s.x0 + ((t - s.t0) / (s.t1 - s.t0)) * (s.x1 - s.x0);
}

export function toTime(s: TimeScale, x: number): number {
  return s.t0 + ((x - s.x0) / (s.x1 - s.x0)) * (s.t1 - s.t0);
}

/** Pixels per millisecond. */
export function pxPerMs(s: TimeScale): number {
  return (s.x1 - s.x0) / (s.t1 - s.t0);
}

export interface Tick {
  t: number;
  label: string;
  /** A tick that starts a larger unit (a new day, month or year): drawn stronger. */
  major: boolean;
}

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';
interface Step {
  unit: Unit;
  n: number;
  approxMs: number;
}

const STEPS: readonly Step[] = [
  { unit: 'hour', n: 1, approxMs: MS_HOUR },
  { unit: 'hour', n: 3, approxMs: 3 * MS_HOUR },
  { unit: 'hour', n: 6, approxMs: 6 * MS_HOUR },
  { unit: 'hour', n: 12, approxMs: 12 * MS_HOUR },
  { unit: 'day', n: 1, approxMs: MS_DAY },
  { unit: 'day', n: 2, approxMs: 2 * MS_DAY },
  { unit: 'week', n: 1, approxMs: 7 * MS_DAY },
  { unit: 'week', n: 2, approxMs: 14 * MS_DAY },
  { unit: 'month', n: 1, approxMs: 30.4 * MS_DAY },
  { unit: 'month', n: 3, approxMs: 91 * MS_DAY },
  { unit: 'month', n: 6, approxMs: 182 * MS_DAY },
  { unit: 'year', n: 1, approxMs: 365 * MS_DAY },
  { unit: 'year', n: 2, approxMs: 730 * MS_DAY },
  { unit: 'year', n: 5, approxMs: 1826 * MS_DAY },
  { unit: 'year', n: 10, approxMs: 3652 * MS_DAY },
];

const monthShort = (m: number) => MONTH_SHORT[m - 1] ?? '';
const pad2 = (n: number) => String(n).padStart(2, '0');

/** The first tick at or after t for a step, and the one after a tick. */
function firstTick(t: number, step: Step): number {
  const day = Math.floor(t / MS_DAY);
  const { y, m } = civil(day);
  switch (step.unit) {
    case 'hour': {
      const h = step.n * MS_HOUR;
      return Math.ceil(t / h) * h;
    }
    case 'day':
      return Math.ceil(t / MS_DAY) * MS_DAY;
    case 'week': {
      // Weeks start on Monday (UK); 1970-01-05 was a Monday.
      const monday0 = 4 * MS_DAY;
      const w = 7 * MS_DAY;
      return monday0 + Math.ceil((t - monday0) / w) * w;
    }
    case 'month': {
      let mm = m;
      let yy = y;
      // Round up to the next month that is a multiple of n (Jan, Apr, Jul, Oct for quarters).
      while (dayNumber(yy, mm, 1) * MS_DAY < t || (mm - 1) % step.n !== 0) {
        mm += 1;
        if (mm > 12) {
          mm = 1;
          yy += 1;
        }
      }
      return dayNumber(yy, mm, 1) * MS_DAY;
    }
    case 'year': {
      let yy = y;
      while (dayNumber(yy, 1, 1) * MS_DAY < t || yy % step.n !== 0) yy += 1;
      return dayNumber(yy, 1, 1) * MS_DAY;
    }
  }
}

function nextTick(t: number, step: Step): number {
  const { y, m } = civil(Math.floor(t / MS_DAY));
  switch (step.unit) {
    case 'hour':
      return t + step.n * MS_HOUR;
    case 'day':
      return t + step.n * MS_DAY;
    case 'week':
      return t + step.n * 7 * MS_DAY;
    case 'month': {
      const mm = m - 1 + step.n;
      return dayNumber(y + Math.floor(mm / 12), (mm % 12) + 1, 1) * MS_DAY;
    }
    case 'year':
      return dayNumber(y + step.n, 1, 1) * MS_DAY;
  }
}

function tickLabel(t: number, step: Step, first: boolean): { label: string; major: boolean } {
  const day = Math.floor(t / MS_DAY);
  const { y, m, d } = civil(day);
  const msInDay = t - day * MS_DAY;
  switch (step.unit) {
    case 'hour':
      if (msInDay === 0 || first) return { label: `${d} ${monthShort(m)} ${msInDay === 0 ? '' : `${pad2(Math.floor(msInDay / MS_HOUR))}:00`}`.trim(), major: msInDay === 0 };
      return { label: `${pad2(Math.floor(msInDay / MS_HOUR))}:00`, major: false };
    case 'day':
    case 'week': {
      const newMonth = d <= (step.unit === 'week' ? 7 * step.n : step.n);
      const label = first || (m === 1 && newMonth) ? `${d} ${monthShort(m)} ${y}` : `${d} ${monthShort(m)}`;
      return { label, major: newMonth };
    }
    case 'month':
      return { label: first || m === 1 ? `${monthShort(m)} ${y}` : monthShort(m), major: m === 1 };
    case 'year':
      return { label: String(y), major: true };
  }
}

/**
 * Axis ticks for a visible span, about one label per `minLabelPx` pixels,
 * on calendar boundaries (hours, days, Mondays, months, years), labelled the
 * UK way ("14 Mar", "Mar 2023", "2023", "14:00").
 */
export function timeTicks(s: TimeScale, minLabelPx = 90): Tick[] {
  const width = Math.abs(s.x1 - s.x0);
  const span = s.t1 - s.t0;
  if (!(width > 0) || !(span > 0)) return [];
  const want = (span / width) * minLabelPx;
  const step = STEPS.find((st) => st.approxMs >= want) ?? STEPS[STEPS.length - 1]!;
  const ticks: Tick[] = [];
  let t = firstTick(s.t0, step);
  for (let i = 0; t <= s.t1 && i < 500; i += 1) {
    ticks.push({ t, ...tickLabel(t, step, i === 0) });
    t = nextTick(t, step);
  }
  return ticks;
}
