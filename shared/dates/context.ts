/**
 * What a caller tells the parser about where a date text sits: the year of
 * the entries around it, the entry before, the file's day/month order, and
 * the conventions in force.
 */
import type { FuzzyDate } from '../model.ts';
import { fromIso } from './calendar.ts';
import { DEFAULT_DATE_CONVENTIONS, type DateConventions } from './conventions.ts';
import type { Hints } from './interpret.ts';
import type { YearAnchor } from './resolve.ts';
import type { Env, Mode } from './spec.ts';

export interface DateContext {
  /** Year to assume when the text has none (from neighbouring entries). Wins over `previous` for the year. */
  year?: number;
  /** The previous entry's date, for relative dates ("the next day") and year roll-over. */
  previous?: FuzzyDate | null;
  /** Day-month order for ambiguous numeric dates. Default 'dmy' (UK). */
  order?: 'dmy' | 'mdy';
  /**
   * Conventions for vague dates (seasons, early/mid/late, school terms, the
   * two-digit-year cut-off). Season convention for winter: by default
   * "winter YYYY" = 1 Dec YYYY – end Feb YYYY+1 (`winterYear: 'starts'`).
   * Default DEFAULT_DATE_CONVENTIONS.
   */
  conventions?: DateConventions;
  /**
   * How a year-less date relates to `previous`: 'forward' (default; a
   * chronology runs forwards, so an earlier month means the next year) or
   * 'nearest' (the closest year either way, for prose back-references).
   */
  rollover?: 'forward' | 'nearest';
}

export function envFor(mode: Mode, ctx: DateContext | undefined): Env {
  return { mode, order: ctx?.order ?? 'dmy', conventions: ctx?.conventions ?? DEFAULT_DATE_CONVENTIONS };
}

/** The anchor a year-less date is placed against: the earliest bound of the entry before. */
export function anchorOf(previous: FuzzyDate | null | undefined, rollover: 'forward' | 'nearest'): YearAnchor | null {
  const day = previous?.earliest == null ? null : fromIso(previous.earliest);
  return day === null ? null : { day, rollover };
}

export function hintsFor(ctx: DateContext | undefined, defaultRollover: 'forward' | 'nearest' = 'forward'): Hints {
  return {
    year: ctx?.year,
    yearAnchor: anchorOf(ctx?.previous, ctx?.rollover ?? defaultRollover),
    previous: ctx?.previous,
    conventions: ctx?.conventions ?? DEFAULT_DATE_CONVENTIONS,
  };
}
