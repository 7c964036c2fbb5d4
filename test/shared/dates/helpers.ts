/** Shared helpers for the date tests: compare the fields a reader of a FuzzyDate relies on. */
import type { DateFlag, FuzzyDate, Precision } from '../../../shared/model.ts';
import { DEFAULT_DATE_CONVENTIONS, type DateConventions } from '../../../shared/dates/index.ts';

/** Conventions with a fixed two-digit-year cut-off, so tests do not depend on the clock. */
export const TEST_CONVENTIONS: DateConventions = { ...DEFAULT_DATE_CONVENTIONS, twoDigitYearCutoff: 30 };

/** One expected reading: [raw, earliest, latest, precision, uncertain, flags]. */
export type Row = [string, string | null, string | null, Precision, boolean, DateFlag[]];

export interface Summary {
  earliest: string | null;
  latest: string | null;
  precision: Precision;
  uncertain: boolean;
  flags: DateFlag[];
}

export function summarise(d: FuzzyDate | null): Summary | null {
  if (d === null) return null;
  return { earliest: d.earliest, latest: d.latest, precision: d.precision, uncertain: d.uncertain, flags: d.flags ?? [] };
}

export function expected(row: Row): Summary {
  const [, earliest, latest, precision, uncertain, flags] = row;
  return { earliest, latest, precision, uncertain, flags };
}
