/**
 * Display of fuzzy dates in UK form: "14 Mar 2023", "w/c 6 Mar 2023",
 * "Mar 2023", "Spring 2023", "2023", "10–12 Apr 2023", "c. 14 Mar 2023".
 */
import type { FuzzyDate } from '../model.ts';
import { civil, daysInMonth, fromIso } from './calendar.ts';
import { DEFAULT_DATE_CONVENTIONS, type DateConventions, type SeasonName } from './conventions.ts';
import { MONTH_SHORT } from './months.ts';

function monthName(m: number): string {
  return MONTH_SHORT[m - 1] ?? '';
}

function dayText(n: number): string {
  const { y, m, d } = civil(n);
  return `${d} ${monthName(m)} ${y}`;
}

/** "2023-03-14" → "14 Mar 2023"; anything that is not a real ISO day comes back unchanged. */
export function formatIsoUk(iso: string): string {
  const n = fromIso(iso);
  return n === null ? iso : dayText(n);
}

const SEASON_LABELS: Readonly<Record<SeasonName, string>> = { spring: 'Spring', summer: 'Summer', autumn: 'Autumn', winter: 'Winter' };

/** "Spring 2023" when the bounds are exactly a season, "Winter 2022/23" for one that spans the new year. */
function seasonText(start: number, end: number, conv: DateConventions): string | null {
  const a = civil(start);
  const b = civil(end);
  for (const [name, span] of Object.entries(conv.seasons) as Array<[SeasonName, DateConventions['seasons'][SeasonName]]>) {
    const fromDay = span.from.day === 'end' ? daysInMonth(a.y, span.from.month) : span.from.day;
    const toDay = span.to.day === 'end' ? daysInMonth(b.y, span.to.month) : span.to.day;
    if (a.m !== span.from.month || a.d !== fromDay || b.m !== span.to.month || b.d !== toDay) continue;
    if (a.y === b.y) return `${SEASON_LABELS[name]} ${a.y}`;
    if (b.y === a.y + 1) return `${SEASON_LABELS[name]} ${a.y}/${String(b.y % 100).padStart(2, '0')}`;
  }
  return null;
}

/** A span of days in the shortest clear form. */
function rangeText(start: number, end: number): string {
  if (start === end) return dayText(start);
  const a = civil(start);
  const b = civil(end);
  const wholeMonths = a.d === 1 && b.d === daysInMonth(b.y, b.m);
  if (wholeMonths && a.m === 1 && b.m === 12) return a.y === b.y ? `${a.y}` : `${a.y}–${b.y}`;
  if (wholeMonths) {
    if (a.y === b.y && a.m === b.m) return `${monthName(a.m)} ${a.y}`;
    if (a.y === b.y) return `${monthName(a.m)}–${monthName(b.m)} ${a.y}`;
    return `${monthName(a.m)} ${a.y} – ${monthName(b.m)} ${b.y}`;
  }
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${monthName(a.m)} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${monthName(a.m)} – ${b.d} ${monthName(b.m)} ${b.y}`;
  return `${dayText(start)} – ${dayText(end)}`;
}

/** Display a fuzzy date. Undated (null bounds) shows its raw text, or "Undated". */
export function formatFuzzyDate(d: FuzzyDate, conventions: DateConventions = DEFAULT_DATE_CONVENTIONS): string {
  const start = d.earliest === null ? null : fromIso(d.earliest);
  const end = d.latest === null ? null : fromIso(d.latest);
  if (start === null || end === null) return d.raw.trim() === '' ? 'Undated' : d.raw.trim();
  let text: string;
  switch (d.precision) {
    case 'day':
      text = dayText(start);
      break;
    case 'week':
      text = `w/c ${dayText(start)}`;
      break;
    case 'month': {
      const { y, m } = civil(start);
      text = `${monthName(m)} ${y}`;
      break;
    }
    case 'season':
      text = seasonText(start, end, conventions) ?? rangeText(start, end);
      break;
    case 'year':
      text = `${civil(start).y}`;
      break;
    case 'range':
      text = rangeText(start, end);
      break;
  }
  return d.uncertain ? `c. ${text}` : text;
}
