/**
 * Dates counted from the entry before: "the next day", "two days later",
 * "a week later", "the following morning", "later that day", "the following
 * week", "the next month", "the following Monday". The vocabularies are data;
 * resolution shifts the whole interval of the entry before, so "the next day"
 * after "Early May 2023" is 2–11 May, not a guess.
 */
import { addMonths, civil, dayNumber, daysInMonth, mondayOf, weekday } from './calendar.ts';
import type { Precision } from '../model.ts';
import { WEEKDAY_BY_NAME } from './months.ts';
import { NUMBER_WORDS, QUANTITY_PHRASES, type Quantity } from './numbers.ts';
import type { Env, Match, RelativeSpec } from './spec.ts';
import { digitsAt, indexPhrases, isWord, joined, longestPhrase, normAt, wordTable, type Token } from './tokens.ts';
import { dayNumberAt, monthWordAt } from './written.ts';

/** "next"/"following" count forward, "previous"/"preceding" back. */
const STEP_WORDS = wordTable<1 | -1>([
  { names: ['next', 'following', 'subsequent'], value: 1 },
  { names: ['previous', 'preceding'], value: -1 },
]);

type PeriodValue = { readonly unit: 'day'; readonly days: number } | { readonly unit: 'week' | 'month' | 'year' };

/** What "the next …" names: a day part is the next day; a week or month is the whole next period. */
const PERIOD_WORDS = wordTable<PeriodValue>([
  { names: ['day', 'morning', 'afternoon', 'evening', 'night', 'daytime'], value: { unit: 'day', days: 1 } },
  { names: ['fortnight'], value: { unit: 'day', days: 14 } },
  { names: ['week'], value: { unit: 'week' } },
  { names: ['month'], value: { unit: 'month' } },
  { names: ['year'], value: { unit: 'year' } },
]);

/** Parts of the same day: "that evening", "later that day". */
const DAY_PARTS: ReadonlySet<string> = new Set(['day', 'morning', 'afternoon', 'evening', 'night', 'lunchtime', 'date']);

/** Units for "two weeks later". */
const UNITS = wordTable<{ readonly unit: 'day' | 'month' | 'year'; readonly size: number }>([
  { names: ['day', 'days'], value: { unit: 'day', size: 1 } },
  { names: ['week', 'weeks', 'wk', 'wks'], value: { unit: 'day', size: 7 } },
  { names: ['fortnight', 'fortnights'], value: { unit: 'day', size: 14 } },
  { names: ['month', 'months'], value: { unit: 'month', size: 1 } },
  { names: ['year', 'years'], value: { unit: 'year', size: 1 } },
]);

/** The word after the count: "later" counts forward, "earlier" back. */
const DIRECTION_WORDS = wordTable<1 | -1>([
  { names: ['later', 'after', 'afterwards', 'afterward', 'on', 'subsequently'], value: 1 },
  { names: ['earlier', 'before', 'beforehand', 'previously'], value: -1 },
]);

/** "that evening", "the same day", "that same day". */
const SAME_DAY_OPENERS = indexPhrases<true>([
  { phrase: ['that', 'same'], value: true },
  { phrase: ['the', 'same'], value: true },
  { phrase: ['that'], value: true },
  { phrase: ['same'], value: true },
]);

const NUMBER_WORD = wordTable(NUMBER_WORDS);
const QUANTITY_INDEX = indexPhrases(QUANTITY_PHRASES);

const shift = (unit: 'day' | 'month' | 'year', min: number, max: number): RelativeSpec => ({ kind: 'relative', rel: 'shift', unit, min, max });

function found(spec: RelativeSpec, end: number): Match<RelativeSpec> {
  return { spec, end, flags: [], notes: [] };
}

/** "the next day", "the following week", "the previous evening", "the following Monday", "next morning". */
function nextPeriod(ts: readonly Token[], i: number): Match<RelativeSpec> | null {
  let j = isWord(ts, i, 'the') ? i + 1 : i;
  const stepWord = normAt(ts, j, 'word');
  const step = stepWord === undefined ? undefined : STEP_WORDS.get(stepWord);
  if (step === undefined) return null;
  j++;
  const word = normAt(ts, j, 'word');
  if (word === undefined) return null;
  const dayOfWeek = WEEKDAY_BY_NAME.get(word);
  if (dayOfWeek !== undefined) return found({ kind: 'relative', rel: 'weekday', weekday: dayOfWeek, offset: step }, j + 1);
  const period = PERIOD_WORDS.get(word);
  if (period === undefined) return null;
  if (period.unit === 'day') return found(shift('day', step * period.days, step * period.days), j + 1);
  return found({ kind: 'relative', rel: 'period', period: period.unit, offset: step }, j + 1);
}

/** "the day after", "the day before", "the morning after". */
function dayAfter(ts: readonly Token[], i: number): Match<RelativeSpec> | null {
  const j = isWord(ts, i, 'the') ? i + 1 : i;
  const word = normAt(ts, j, 'word');
  if (word !== 'day' && word !== 'morning' && word !== 'night' && word !== 'evening') return null;
  if (isWord(ts, j + 1, 'after')) return found(shift('day', 1, 1), j + 2);
  if (isWord(ts, j + 1, 'before')) return found(shift('day', -1, -1), j + 2);
  return null;
}

/** "that evening", "the same day", "later that day", "earlier the same morning", "later on that day". */
function sameDay(ts: readonly Token[], i: number): Match<RelativeSpec> | null {
  let j = i;
  if (isWord(ts, j, 'later') || isWord(ts, j, 'earlier')) {
    j++;
    if (isWord(ts, j, 'on')) j++;
  }
  const opener = longestPhrase(ts, j, SAME_DAY_OPENERS);
  if (opener === null) return null;
  const part = normAt(ts, opener.end, 'word');
  if (part === undefined || !DAY_PARTS.has(part)) return null;
  // A bare "that day"/"that date" is a back-reference as often as a new event; keep it, counted as the same day.
  return found(shift('day', 0, 0), opener.end + 1);
}

/** The count in "two weeks later", "3 days later", "a few days later". */
function quantityAt(ts: readonly Token[], i: number): { readonly value: Quantity; readonly end: number } | null {
  const n = digitsAt(ts, i, 1, 2);
  if (n !== null) {
    const next = ts[i + 1];
    if (n === 0 || (next !== undefined && joined(ts, i + 1) && next.kind !== 'word')) return null;
    return { value: { min: n, max: n }, end: i + 1 };
  }
  const phrase = longestPhrase(ts, i, QUANTITY_INDEX);
  if (phrase !== null) return phrase;
  const word = normAt(ts, i, 'word');
  const value = word === undefined ? undefined : NUMBER_WORD.get(word);
  return value === undefined ? null : { value, end: i + 1 };
}

const CLAUSE_PUNCT: ReadonlySet<string> = new Set([',', '.', ';', ':', '-', ')', '!', '?']);

/** The end of the text or a comma, full stop, dash or similar. */
function clauseEndsAt(ts: readonly Token[], k: number): boolean {
  const t = ts[k];
  return t === undefined || (t.kind === 'punct' && CLAUSE_PUNCT.has(t.norm));
}

/** "two days later", "a week later", "3 weeks on", "a few days earlier", "two days after". */
function countedShift(ts: readonly Token[], i: number): Match<RelativeSpec> | null {
  const quantity = quantityAt(ts, i);
  if (quantity === null) return null;
  const unitWord = normAt(ts, quantity.end, 'word');
  const unit = unitWord === undefined ? undefined : UNITS.get(unitWord);
  if (unit === undefined) return null;
  const directionWord = normAt(ts, quantity.end + 1, 'word');
  const direction = directionWord === undefined ? undefined : DIRECTION_WORDS.get(directionWord);
  if (direction === undefined) return null;
  // "Two weeks on, …" is a date; "three months on a waiting list" is not.
  if (directionWord === 'on' && !clauseEndsAt(ts, quantity.end + 2)) return null;
  const a = direction * quantity.value.min * unit.size;
  const b = direction * quantity.value.max * unit.size;
  return found(shift(unit.unit, Math.min(a, b), Math.max(a, b)), quantity.end + 2);
}

/**
 * "Sat 18th", "Tues 21st –": a weekday and an ordinal day with no month, as a
 * diary runs on from the line before ("Fri 17/03/23 … Sat 18th …"). Both are
 * needed: "18th" alone is too weak, and the weekday pins the month.
 */
function weekdayAndDay(ts: readonly Token[], i: number, env: Env): Match<RelativeSpec> | null {
  const t = ts[i];
  const dow = t !== undefined && t.kind === 'word' ? WEEKDAY_BY_NAME.get(t.norm) : undefined;
  if (dow === undefined || (env.mode === 'prose' && !/^\p{Lu}/u.test(t!.text))) return null;
  let j = i + 1;
  if (ts[j]?.kind === 'punct' && (ts[j]!.norm === '.' || ts[j]!.norm === ',')) j++;
  const day = dayNumberAt(ts, j);
  if (day === null || !day.value.ordinal) return null;
  // "Tues 21st March" is a written date, read elsewhere.
  if (monthWordAt(ts, day.end, env) !== null || (isWord(ts, day.end, 'of') && monthWordAt(ts, day.end + 1, env) !== null)) return null;
  return found({ kind: 'relative', rel: 'day-of-month', day: day.value.day, weekday: dow }, day.end);
}

/** Any relative date phrase at i (the longest reading). */
export function relativeDate(ts: readonly Token[], i: number, env: Env): Match<RelativeSpec> | null {
  let best: Match<RelativeSpec> | null = null;
  for (const m of [nextPeriod(ts, i), dayAfter(ts, i), sameDay(ts, i), countedShift(ts, i), weekdayAndDay(ts, i, env)]) {
    if (m !== null && (best === null || m.end > best.end)) best = m;
  }
  return best;
}

/** Inclusive day-number interval. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

export interface RelativeBounds extends Interval {
  readonly precision: Precision;
}

/** Bounds of a relative date counted from the interval of the entry before. */
export function resolveRelative(spec: RelativeSpec, anchor: Interval): RelativeBounds {
  switch (spec.rel) {
    case 'shift': {
      const move = (n: number, k: number): number => (spec.unit === 'day' ? n + k : addMonths(n, spec.unit === 'month' ? k : 12 * k));
      const start = move(anchor.start, spec.min);
      const end = move(anchor.end, spec.max);
      return { start, end, precision: start === end ? 'day' : 'range' };
    }
    case 'period':
      return nextCalendarPeriod(spec.period, spec.offset, anchor.start);
    case 'weekday': {
      // The first such weekday strictly after (or before) the anchor day.
      let delta = (spec.weekday - weekday(anchor.start) + 7) % 7;
      if (spec.offset === 1 && delta === 0) delta = 7;
      if (spec.offset === -1) delta = delta === 0 ? -7 : delta - 7;
      const day = anchor.start + delta;
      return { start: day, end: day, precision: 'day' };
    }
    case 'day-of-month': {
      // The first day from the anchor on with that day of the month and that weekday (a diary does not go back).
      const from = civil(anchor.start);
      for (let k = 0; k < 28; k++) {
        const first = addMonths(dayNumber(from.y, from.m, 1), k);
        const c = civil(first);
        if (spec.day > daysInMonth(c.y, c.m)) continue;
        const day = dayNumber(c.y, c.m, spec.day);
        if (day >= anchor.start && weekday(day) === spec.weekday) return { start: day, end: day, precision: 'day' };
      }
      // No such weekday within two years: the day of the month after the anchor.
      const day = from.d <= spec.day ? dayNumber(from.y, from.m, Math.min(spec.day, daysInMonth(from.y, from.m))) : addMonths(dayNumber(from.y, from.m, Math.min(spec.day, 28)), 1);
      return { start: day, end: day, precision: 'day' };
    }
  }
}

function nextCalendarPeriod(period: 'week' | 'month' | 'year', offset: 1 | -1, from: number): RelativeBounds {
  if (period === 'week') {
    const monday = mondayOf(from) + 7 * offset;
    return { start: monday, end: monday + 6, precision: 'week' };
  }
  const { y, m } = civil(from);
  if (period === 'month') {
    const first = addMonths(dayNumber(y, m, 1), offset);
    const c = civil(first);
    return { start: first, end: dayNumber(c.y, c.m, daysInMonth(c.y, c.m)), precision: 'month' };
  }
  const year = y + offset;
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' };
}
