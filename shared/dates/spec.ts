/**
 * What the grammar reads a date phrase as, before any year is inferred or any
 * bounds are worked out. Keeping the reading (syntax) apart from the bounds
 * (conventions, context) lets one phrase be re-resolved against a different
 * year or convention without re-parsing.
 */
import type { DateFlag } from '../model.ts';
import type { DateConventions, HolidayName, PartName, SeasonName, TermName } from './conventions.ts';
import type { Token } from './tokens.ts';

/**
 * How strict the grammar is.
 * - 'cell': a date column. Anything date-like is read ("14.9", "Sept 22", "May").
 * - 'leading': the start of a narrative line. As cell, but a paragraph number
 *   ("5.3") is not a date and a bare month or year needs a separator after it.
 * - 'prose': running text. Months must be capitalised, "d.m" and bare numbers
 *   are never dates, a bare year needs a preposition ("in 2023").
 */
export type Mode = 'cell' | 'leading' | 'prose';

export interface Env {
  readonly mode: Mode;
  readonly order: 'dmy' | 'mdy';
  readonly conventions: DateConventions;
}

/** A year as written, or null when the text has none. */
type WrittenYear = number | null;

export interface DaySpec {
  readonly kind: 'day';
  readonly day: number;
  readonly month: number;
  readonly year: WrittenYear;
}
export interface MonthSpec {
  readonly kind: 'month';
  readonly month: number;
  readonly year: WrittenYear;
}
export interface YearSpec {
  readonly kind: 'year';
  readonly year: number;
}
/** `pair` marks "2022/23"-style years; `year` then holds the first of the two. */
export interface SeasonSpec {
  readonly kind: 'season';
  readonly season: SeasonName;
  readonly year: WrittenYear;
  readonly pair: boolean;
}
export interface TermSpec {
  readonly kind: 'term';
  readonly term: TermName;
  /** The whole term, its first or second half ("Autumn 1"/"Autumn 2"), or its half-term week. */
  readonly part: 'whole' | 'first' | 'second' | 'half-term';
  readonly year: WrittenYear;
  readonly pair: boolean;
}
export interface HolidaySpec {
  readonly kind: 'holiday';
  readonly holiday: HolidayName;
  readonly year: WrittenYear;
  readonly pair: boolean;
}
export interface PartOfMonthSpec {
  readonly kind: 'part-of-month';
  readonly part: PartName;
  readonly month: number;
  readonly year: WrittenYear;
}
export interface PartOfYearSpec {
  readonly kind: 'part-of-year';
  readonly part: PartName;
  readonly year: number;
}
/** "the first week of March": index 1–4, or -1 for the last seven days. */
export interface WeekOfMonthSpec {
  readonly kind: 'week-of-month';
  readonly index: number;
  readonly month: number;
  readonly year: WrittenYear;
}
/** "w/c 12 June" (the seven days from the anchor) or "w/e 18 June" (the seven days to it). */
export interface WeekSpec {
  readonly kind: 'week';
  readonly anchor: DaySpec;
  readonly ending: boolean;
}
export interface RangeSpec {
  readonly kind: 'range';
  readonly from: AbsoluteSpec;
  readonly to: AbsoluteSpec;
}

export type AbsoluteSpec =
  | DaySpec
  | MonthSpec
  | YearSpec
  | SeasonSpec
  | TermSpec
  | HolidaySpec
  | PartOfMonthSpec
  | PartOfYearSpec
  | WeekOfMonthSpec
  | WeekSpec
  | RangeSpec;

/** A date counted from the entry before. */
export type RelativeSpec =
  /** "two days later" (+2 days), "a few days later" (+2..+4), "a month later", "the day before" (-1). */
  | { readonly kind: 'relative'; readonly rel: 'shift'; readonly unit: 'day' | 'month' | 'year'; readonly min: number; readonly max: number }
  /** "the following week", "the next month": the whole next (or previous) calendar period. */
  | { readonly kind: 'relative'; readonly rel: 'period'; readonly period: 'week' | 'month' | 'year'; readonly offset: 1 | -1 }
  /** "the following Monday". */
  | { readonly kind: 'relative'; readonly rel: 'weekday'; readonly weekday: number; readonly offset: 1 | -1 }
  /** "Sat 18th", "Tues 21st": a day of the month (on that weekday) with no month, the first such day from the entry before. */
  | { readonly kind: 'relative'; readonly rel: 'day-of-month'; readonly day: number; readonly weekday: number };

export type Spec = AbsoluteSpec | RelativeSpec;

/** A pattern's result: what it read, the token index after it, and what it noticed on the way. */
export interface Match<S extends Spec = Spec> {
  readonly spec: S;
  readonly end: number;
  readonly flags: readonly DateFlag[];
  readonly notes: readonly string[];
}

/** A grammar rule: try to read a date starting at token i. */
export type Pattern = (ts: readonly Token[], i: number, env: Env) => Match | null;

/** A match with nothing noticed. */
export function plain<S extends Spec>(spec: S, end: number): Match<S> {
  return { spec, end, flags: [], notes: [] };
}
