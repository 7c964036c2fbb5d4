/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic
 * Gregorian). Integers rather than `Date` objects, so nothing here depends on
 * the machine's time zone or on daylight saving.
 */

/** A calendar date by its parts; month 1–12. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Whole-day offset of y-m-d from 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (civil_from_days). */
export function civil(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in month m (1–12) of year y. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2 && isLeapYear(y)) return 29;
  return MONTH_LENGTHS[m - 1] ?? 31;
}

/** Day of the week, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** The Monday on or before day n. */
export function mondayOf(n: number): number {
  return n - weekday(n);
}

/** Day n moved by k calendar months, clamping the day to the target month's length. */
export function addMonths(n: number, k: number): number {
  const { y, m, d } = civil(n);
  const index = y * 12 + (m - 1) + k;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return dayNumber(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO yyyy-mm-dd of a day number. */
export function toIso(n: number): string {
  const { y, m, d } = civil(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** UK numeric dd/mm/yyyy of a day number, the form suggestions are written in. */
export function toUkNumeric(n: number): string {
  const { y, m, d } = civil(n);
  return `${pad(d, 2)}/${pad(m, 2)}/${pad(y, 4)}`;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Day number of a strict ISO yyyy-mm-dd that names a real day, else null. */
export function fromIso(iso: string): number | null {
  if (!ISO_DAY.test(iso)) return null;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayNumber(y, m, d);
}
