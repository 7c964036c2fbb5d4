/**
 * A date column read in file order: year carry-over ("14/9" takes the year
 * of the rows above, rolling into the next year when the month goes
 * backwards) and relative dates counted from the row before.
 */
import type { FuzzyDate } from '../model.ts';
import { dayNumber, toIso, toUkNumeric, type Ymd } from './calendar.ts';
import { DEFAULT_DATE_CONVENTIONS, type DateConventions } from './conventions.ts';
import { anchorOf, envFor } from './context.ts';
import { parseAt, type Parsed } from './grammar.ts';
import { interpret } from './interpret.ts';
import { tokenize } from './tokens.ts';

export interface SequenceOptions {
  order?: 'dmy' | 'mdy';
  /** Year for year-less dates before any row has given one. */
  defaultYear?: number;
  conventions?: DateConventions;
}

/**
 * One item of a date column: the text a cell holds, a day the file holds as a
 * value (an Excel date cell), or null for no date.
 */
export type DateItem = string | Ymd | null;

/**
 * A day held as a value is that day: read as itself, never parsed again, and
 * written dd/mm/yyyy. A year outside the ones the conventions take for years
 * (a typo: 2203) is no date, as it would not be in text.
 */
function typedDay(day: Ymd, conventions: DateConventions): FuzzyDate | null {
  if (day.y < conventions.years.min || day.y > conventions.years.max) return null;
  const n = dayNumber(day.y, day.m, day.d);
  const iso = toIso(n);
  return { raw: toUkNumeric(n), earliest: iso, latest: iso, precision: 'day', uncertain: false };
}

/**
 * Parse a whole column of date texts in file order. Items may be null (no
 * date); they come back null. A typed day is taken as it is, and dates the
 * rows around it like any other. A year-less date takes its year from the last
 * row with bounds (forward roll-over), or `defaultYear` before there is one;
 * a relative date counts from the last non-null row before it (null bounds if
 * that row is undated).
 */
export function resolveDateSequence(items: readonly DateItem[], opts?: SequenceOptions): Array<FuzzyDate | null> {
  const conventions = opts?.conventions ?? DEFAULT_DATE_CONVENTIONS;
  const env = envFor('cell', { order: opts?.order ?? 'dmy', conventions });
  const out: Array<FuzzyDate | null> = [];
  let previous: FuzzyDate | null = null;
  let lastDated: FuzzyDate | null = null;
  // Parsing depends only on the text (its reading in context comes after): a date repeated on several rows is parsed once.
  const parsedOf = new Map<string, Parsed | null>();
  for (const item of items) {
    if (item !== null && typeof item !== 'string') {
      const date = typedDay(item, conventions);
      out.push(date);
      if (date) previous = lastDated = date;
      continue;
    }
    const text = item?.trim() ?? '';
    let parsed = parsedOf.get(text);
    if (parsed === undefined) {
      parsed = text === '' ? null : parseAt(tokenize(text), 0, env);
      parsedOf.set(text, parsed);
    }
    if (parsed === null) {
      out.push(null);
      continue;
    }
    const anchor = anchorOf(lastDated, 'forward');
    const date = interpret(text, parsed, {
      year: anchor === null ? opts?.defaultYear : undefined,
      yearAnchor: anchor,
      previous,
      conventions,
    });
    out.push(date);
    previous = date;
    if (date.earliest !== null) lastDated = date;
  }
  return out;
}
