/**
 * The conventions that turn vague dates into bounds. These are the defaults
 * in ../../shared/acceptance/README.md ("Reading vague dates"); a review author
 * can change them, so they are one data object passed in, never constants
 * scattered through the parser.
 */

/** A month and day; 'end' is the month's last day (28/29 February handled). */
export interface MonthDay {
  readonly month: number;
  readonly day: number | 'end';
}

/** A span within a year. When `to` falls before `from` the span runs into the next year (winter, Christmas). */
export interface Span {
  readonly from: MonthDay;
  readonly to: MonthDay;
}

export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';
export type TermName = 'autumn' | 'spring' | 'summer';
export type HolidayName = 'summer' | 'christmas' | 'easter';
export type PartName = 'early' | 'mid' | 'late' | 'first-half' | 'second-half';

/** How a half term's Monday–Friday week is found in a given year. */
export type HalfTermRule =
  /** The last Monday whose Friday still falls in the month (last full school week). */
  | { readonly kind: 'last-full-week'; readonly month: number }
  /** The Monday–Friday of the week containing month/day. */
  | { readonly kind: 'week-containing'; readonly month: number; readonly day: number };

export interface DateConventions {
  /** Meteorological seasons by default. */
  readonly seasons: Readonly<Record<SeasonName, Span>>;
  /** Which year "Winter 2022" names: 'starts' = Dec 2022 – Feb 2023 (default); 'ends' = Dec 2021 – Feb 2022. */
  readonly winterYear: 'starts' | 'ends';
  /** early/mid/late (and halves) of a month, by day of month. */
  readonly partsOfMonth: Readonly<Record<PartName, { readonly from: number; readonly to: number | 'end' }>>;
  /** early/mid/late (and halves) of a year, by month: "mid 2023" = May–Aug. */
  readonly partsOfYear: Readonly<Record<PartName, { readonly from: number; readonly to: number }>>;
  /** School terms (England default calendar). */
  readonly terms: Readonly<Record<TermName, Span>>;
  /** Half-term weeks, one per term, found in the term's own year. */
  readonly halfTerms: Readonly<Record<TermName, HalfTermRule>>;
  /** School holidays: by default the gaps between the default terms. */
  readonly holidays: Readonly<Record<HolidayName, Span>>;
  /** "FY 2023/24" starts here in its first year (UK public sector: 1 April). */
  readonly financialYearStart: MonthDay;
  /** "Academic year 2023/24" starts here; also decides which half of "Spring term 2023/24" is meant. */
  readonly academicYearStart: MonthDay;
  /** Two-digit years up to this value are 20yy, above it 19yy. */
  readonly twoDigitYearCutoff: number;
  /** Four-digit numbers outside this range are not read as years. */
  readonly years: { readonly min: number; readonly max: number };
}

/**
 * The default cut-off for two-digit years: the current two-digit year + 5, so
 * "27" is 2027 in 2025 but "89" is 1989. Read from the clock once at load;
 * tests pass their own conventions.
 */
export function defaultTwoDigitYearCutoff(now: Date = new Date()): number {
  return (now.getUTCFullYear() % 100) + 5;
}

export const DEFAULT_DATE_CONVENTIONS: DateConventions = {
  seasons: {
    spring: { from: { month: 3, day: 1 }, to: { month: 5, day: 31 } },
    summer: { from: { month: 6, day: 1 }, to: { month: 8, day: 31 } },
    autumn: { from: { month: 9, day: 1 }, to: { month: 11, day: 30 } },
    winter: { from: { month: 12, day: 1 }, to: { month: 2, day: 'end' } },
  },
  winterYear: 'starts',
  partsOfMonth: {
    early: { from: 1, to: 10 },
    mid: { from: 11, to: 20 },
    late: { from: 21, to: 'end' },
    'first-half': { from: 1, to: 15 },
    'second-half': { from: 16, to: 'end' },
  },
  partsOfYear: {
    early: { from: 1, to: 4 },
    mid: { from: 5, to: 8 },
    late: { from: 9, to: 12 },
    'first-half': { from: 1, to: 6 },
    'second-half': { from: 7, to: 12 },
  },
  terms: {
    autumn: { from: { month: 9, day: 1 }, to: { month: 12, day: 20 } },
    spring: { from: { month: 1, day: 4 }, to: { month: 3, day: 31 } },
    summer: { from: { month: 4, day: 15 }, to: { month: 7, day: 22 } },
  },
  halfTerms: {
    autumn: { kind: 'last-full-week', month: 10 },
    spring: { kind: 'week-containing', month: 2, day: 14 },
    summer: { kind: 'last-full-week', month: 5 },
  },
  holidays: {
    christmas: { from: { month: 12, day: 21 }, to: { month: 1, day: 3 } },
    easter: { from: { month: 4, day: 1 }, to: { month: 4, day: 14 } },
    summer: { from: { month: 7, day: 23 }, to: { month: 8, day: 31 } },
  },
  financialYearStart: { month: 4, day: 1 },
  academicYearStart: { month: 9, day: 1 },
  twoDigitYearCutoff: defaultTwoDigitYearCutoff(),
  years: { min: 1850, max: 2150 },
};
