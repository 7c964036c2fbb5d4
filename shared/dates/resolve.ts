/**
 * From a reading (Spec) to bounds: apply the conventions, infer a missing
 * year from the entries around it, and say what was assumed.
 */
import type { DateFlag, Precision } from '../model.ts';
import { civil, dayNumber, daysInMonth, mondayOf, toUkNumeric } from './calendar.ts';
import type { DateConventions, HalfTermRule, MonthDay, Span } from './conventions.ts';
import type { Interval } from './relative.ts';
import type { AbsoluteSpec, DaySpec, TermSpec } from './spec.ts';

/** Bounds plus what working them out revealed (an impossible day, a backwards range). */
export interface Bounds extends Interval {
  readonly flags: readonly DateFlag[];
  readonly notes: readonly string[];
  readonly uncertain: boolean;
}

const exact = (start: number, end: number): Bounds => ({ start, end, flags: [], notes: [], uncertain: false });

function dayOf(y: number, md: MonthDay): number {
  return dayNumber(y, md.month, md.day === 'end' ? daysInMonth(y, md.month) : md.day);
}

/** A span in the year it starts; a span whose end comes first ends in the next year. */
function spanIn(startYear: number, span: Span): Bounds {
  const wraps = span.to.month < span.from.month || (span.to.month === span.from.month && span.to.day !== 'end' && span.from.day !== 'end' && span.to.day < span.from.day);
  return exact(dayOf(startYear, span.from), dayOf(wraps ? startYear + 1 : startYear, span.to));
}

/**
 * "2022/23" names a school year: a span that starts in the autumn (Sep–Dec)
 * belongs to the first year, one that starts in Jan–Aug to the second.
 */
function pairStartYear(first: number, span: Span, conv: DateConventions): number {
  return span.from.month >= conv.academicYearStart.month ? first : first + 1;
}

/** A single day; a day the month does not have is read as the month's last day and flagged. */
function dayBounds(spec: DaySpec, year: number): Bounds {
  const last = daysInMonth(year, spec.month);
  if (spec.day <= last) {
    const n = dayNumber(year, spec.month, spec.day);
    return exact(n, n);
  }
  const n = dayNumber(year, spec.month, last);
  const written = `${String(spec.day).padStart(2, '0')}/${String(spec.month).padStart(2, '0')}/${year}`;
  return { start: n, end: n, flags: ['impossible'], notes: [`${written} does not exist; read as ${toUkNumeric(n)}`], uncertain: true };
}

/** The Monday of a half-term week in a given year. */
export function halfTermMonday(rule: HalfTermRule, year: number): number {
  if (rule.kind === 'week-containing') return mondayOf(dayNumber(year, rule.month, rule.day));
  const lastDay = dayNumber(year, rule.month, daysInMonth(year, rule.month));
  const monday = mondayOf(lastDay);
  return monday + 4 <= lastDay ? monday : monday - 7;
}

function termBounds(spec: TermSpec, written: number, conv: DateConventions): Bounds {
  const span = conv.terms[spec.term];
  const year = spec.pair ? pairStartYear(written, span, conv) : written;
  const whole = spanIn(year, span);
  if (spec.part === 'whole') return whole;
  const monday = halfTermMonday(conv.halfTerms[spec.term], year);
  if (spec.part === 'half-term') return exact(monday, monday + 4);
  // "Autumn 1" runs to the Friday before half term; "Autumn 2" from the Monday after it.
  return spec.part === 'first' ? exact(whole.start, monday - 3) : exact(monday + 7, whole.end);
}

function seasonStartYear(written: number, pair: boolean, span: Span, isWinter: boolean, conv: DateConventions): number {
  if (pair) return pairStartYear(written, span, conv);
  return isWinter && conv.winterYear === 'ends' ? written - 1 : written;
}

/** The year a spec's own text gives, if any. */
function writtenYear(spec: AbsoluteSpec): number | null {
  switch (spec.kind) {
    case 'week':
      return spec.anchor.year;
    case 'range':
      return writtenYear(spec.to) ?? writtenYear(spec.from);
    default:
      return spec.year;
  }
}

/** True when the text gives no year anywhere, so one must be inferred. */
export function needsYear(spec: AbsoluteSpec): boolean {
  if (spec.kind === 'range') return needsYear(spec.from) && needsYear(spec.to);
  return writtenYear(spec) === null;
}

/** The precision a reading has. */
export function precisionOf(spec: AbsoluteSpec): Precision {
  switch (spec.kind) {
    case 'day':
      return 'day';
    case 'week':
      return 'week';
    case 'month':
      return 'month';
    case 'year':
      return 'year';
    case 'season':
      return 'season';
    default:
      return 'range';
  }
}

/**
 * Bounds of a reading, using `year` wherever the text has none. For a range,
 * a side with no year takes the other side's, moving back (or on) a year when
 * that would make the range run backwards ("Nov–Feb 2023" starts Nov 2022).
 */
export function boundsAt(spec: AbsoluteSpec, year: number, conv: DateConventions): Bounds {
  switch (spec.kind) {
    case 'day':
      return dayBounds(spec, spec.year ?? year);
    case 'month': {
      const y = spec.year ?? year;
      return exact(dayNumber(y, spec.month, 1), dayNumber(y, spec.month, daysInMonth(y, spec.month)));
    }
    case 'year':
      return exact(dayNumber(spec.year, 1, 1), dayNumber(spec.year, 12, 31));
    case 'season': {
      const span = conv.seasons[spec.season];
      return spanIn(seasonStartYear(spec.year ?? year, spec.pair, span, spec.season === 'winter', conv), span);
    }
    case 'term':
      return termBounds(spec, spec.year ?? year, conv);
    case 'holiday': {
      const span = conv.holidays[spec.holiday];
      const written = spec.year ?? year;
      return spanIn(spec.pair ? pairStartYear(written, span, conv) : written, span);
    }
    case 'part-of-month': {
      const y = spec.year ?? year;
      const part = conv.partsOfMonth[spec.part];
      const last = daysInMonth(y, spec.month);
      const to = part.to === 'end' ? last : Math.min(part.to, last);
      return exact(dayNumber(y, spec.month, Math.min(part.from, last)), dayNumber(y, spec.month, to));
    }
    case 'part-of-year': {
      const part = conv.partsOfYear[spec.part];
      return exact(dayNumber(spec.year, part.from, 1), dayNumber(spec.year, part.to, daysInMonth(spec.year, part.to)));
    }
    case 'week-of-month': {
      const y = spec.year ?? year;
      const last = daysInMonth(y, spec.month);
      if (spec.index < 0) return exact(dayNumber(y, spec.month, last - 6), dayNumber(y, spec.month, last));
      const first = 1 + 7 * (spec.index - 1);
      return exact(dayNumber(y, spec.month, first), dayNumber(y, spec.month, Math.min(first + 6, last)));
    }
    case 'week': {
      const day = dayBounds(spec.anchor, spec.anchor.year ?? year);
      return spec.ending ? { ...day, start: day.start - 6 } : { ...day, end: day.end + 6 };
    }
    case 'range':
      return rangeBounds(spec.from, spec.to, year, conv);
  }
}

function rangeBounds(from: AbsoluteSpec, to: AbsoluteSpec, year: number, conv: DateConventions): Bounds {
  const fromYear = writtenYear(from);
  const toYear = writtenYear(to);
  let a = boundsAt(from, fromYear ?? toYear ?? year, conv);
  let b = boundsAt(to, toYear ?? fromYear ?? year, conv);
  if (b.end < a.start && fromYear === null) a = boundsAt(from, (toYear ?? year) - 1, conv);
  else if (b.end < a.start && toYear === null) b = boundsAt(to, (fromYear ?? year) + 1, conv);
  const flags = [...a.flags, ...b.flags];
  const notes = [...a.notes, ...b.notes];
  if (b.end < a.start) {
    // Written backwards: keep both ends, in order, and ask the author.
    return { start: b.start, end: a.end, flags, notes: [...notes, 'range written end first; read in order'], uncertain: true };
  }
  return { start: a.start, end: b.end, flags, notes, uncertain: a.uncertain || b.uncertain };
}

/** Where a year-less date sits relative to the entry before. */
export interface YearAnchor {
  /** Day number of the entry before (its earliest bound). */
  readonly day: number;
  /**
   * 'forward': a chronology runs forwards, so a month earlier than the
   * anchor's is next year (Nov 2023, then "14/1" = 2024).
   * 'nearest': the year that puts the date closest to the anchor, for prose,
   * where "my referral of 20th September" looks back.
   */
  readonly rollover: 'forward' | 'nearest';
}

/** Pick the year for a year-less reading from the entry before. */
export function inferYear(spec: AbsoluteSpec, anchor: YearAnchor, conv: DateConventions): number {
  const { y, m } = civil(anchor.day);
  if (anchor.rollover === 'forward') {
    const start = boundsAt(spec, y, conv).start;
    return start < dayNumber(y, m, 1) ? y + 1 : y;
  }
  let best = y;
  let bestDistance = Infinity;
  for (const candidate of [y, y + 1, y - 1]) {
    const distance = Math.abs(boundsAt(spec, candidate, conv).start - anchor.day);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
