/**
 * How an Excel number shows to the user, decided from its number format: a
 * date, a date and time, a time of day, or a number. Excel stores all of them
 * as a serial day count (from 1899-12-30, or 1904-01-01 in "1904 date system"
 * workbooks made on old Macs); the format is the only thing that says which.
 */
import type { CellDate, RawCell } from '../../../shared/import/raw.ts';

/**
 * 'month' and 'year': a date format that shows no day ("mmm-yy", "mmmm yyyy",
 * "yyyy"), which is what Excel gives a cell someone typed "March 2023" into.
 * The author meant the month, not its first day, so the cell is read as the
 * text it shows.
 */
export type FormatKind = 'date' | 'datetime' | 'time' | 'month' | 'year' | 'number' | 'text';

const kindCache = new Map<string, FormatKind>();

export function formatKind(fmt: string | undefined): FormatKind {
  if (!fmt) return 'number';
  const hit = kindCache.get(fmt);
  if (hit) return hit;
  const k = computeKind(fmt);
  kindCache.set(fmt, k);
  return k;
}

function computeKind(fmt: string): FormatKind {
  if (/^general$/i.test(fmt.trim())) return 'number';
  if (fmt.trim() === '@') return 'text';
  // The first section is the one used for positive numbers (dates are positive).
  let s = '';
  let inQuote = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (inQuote) {
      if (ch === '"') inQuote = false;
      continue;
    }
    if (ch === '"') inQuote = true;
    else if (ch === '\\' || ch === '_' || ch === '*') i++; // escaped literal, padding, fill
    else if (ch === ';') break;
    else s += ch;
  }
  const elapsed = /\[(h+|m+|s+)\]/i.test(s);
  s = s.replace(/\[[^\]]*\]/g, '').toLowerCase();
  const ampm = /am\/pm|a\/p/.test(s);
  s = s.replace(/am\/pm|a\/p/g, '');
  const hasD = s.includes('d');
  const hasY = s.includes('y') || s.includes('e');
  const hasH = s.includes('h') || s.includes('s') || ampm || elapsed;
  // Months: "mmm…" always; a single/double "m" is minutes when it sits next to h or s.
  let hasMonth = /m{3,}/.test(s);
  if (!hasMonth && /m/.test(s)) hasMonth = !/h[^a-z]*m|m[^a-z]*s/.test(s);
  const date = hasD || hasY || hasMonth;
  if (date && hasH) return 'datetime';
  if (date && !hasD) return hasMonth ? 'month' : 'year';
  if (date) return 'date';
  if (hasH) return 'time';
  if (fmt.includes('@') && !/[0#?]/.test(fmt)) return 'text';
  return 'number';
}

export function formatHasElapsedHours(fmt: string | undefined): boolean {
  return !!fmt && /\[h+\]/i.test(fmt);
}

const DAY_MS = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system counts 1462 days fewer. */
export function serialToUtcMs(serial: number, date1904: boolean): number {
  return Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
}

/** Round to the minute: Excel times are binary fractions and 20:05 is stored as 20:04:59.99… */
function roundMinute(ms: number): number {
  return Math.round(ms / 60_000) * 60_000;
}

export function dateParts(utcMs: number, withTime: boolean): CellDate {
  const d = new Date(roundMinute(utcMs));
  const out: CellDate = { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  if (withTime) {
    const hh = d.getUTCHours();
    const mm = d.getUTCMinutes();
    if (hh !== 0 || mm !== 0) {
      out.hh = hh;
      out.mm = mm;
    }
  }
  return out;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

export function dateText(d: CellDate): string {
  const base = `${p2(d.d)}/${p2(d.m)}/${String(d.y).padStart(4, '0')}`;
  return d.hh !== undefined ? `${base} ${p2(d.hh)}:${p2(d.mm ?? 0)}` : base;
}

/** A time of day (or an elapsed time for [h]:mm) as HH:MM. */
export function timeText(utcMs: number, serialForElapsed: number | null): string {
  if (serialForElapsed !== null) {
    const mins = Math.round(serialForElapsed * 24 * 60);
    return `${p2(Math.floor(mins / 60))}:${p2(mins % 60)}`;
  }
  const d = new Date(roundMinute(utcMs));
  return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}

/** A plain number as the format would show it (decimals, percent, thousands), without locale tricks. */
export function numberText(n: number, fmt: string | undefined): string {
  if (!Number.isFinite(n)) return String(n);
  const f = (fmt ?? '').split(';')[0]!.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  const decimals = /\.([0#?]+)/.exec(f)?.[1]?.length;
  const percent = f.includes('%');
  const value = percent ? n * 100 : n;
  let s: string;
  if (decimals !== undefined) {
    s = /#,##|0,0/.test(f)
      ? value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
      : value.toFixed(decimals);
  } else if (/#,##|0,0/.test(f)) {
    s = Math.round(value).toLocaleString('en-GB');
  } else if (/^[^.]*0[^.]*$/.test(f) && !/general/i.test(f)) {
    s = Math.round(value).toString();
  } else {
    s = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  }
  if (percent) s += '%';
  if ((fmt ?? '').includes('£')) s = `£${s}`;
  return s;
}

/** Excel escapes control characters in strings as _xHHHH_ (most often _x000D_ for CR). */
export function cleanExcelString(s: string): string {
  let t = s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  return t;
}

// ------------------------------------------------------- shared by both xlsx paths

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function mergeDir(r: MergeRange): 'h' | 'v' | 'both' {
  const h = r.right > r.left;
  const v = r.bottom > r.top;
  return h && v ? 'both' : v ? 'v' : 'h';
}

/** "AB" → 28. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B12" → {row: 12, col: 2}; null when it is not a cell reference. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  return m ? { row: Number(m[2]), col: colNumber(m[1]!) } : null;
}

/** A date/time already split into UTC milliseconds, shown the way its format asks. */
export function fromUtcMs(ms: number, kind: 'date' | 'datetime' | 'time', numFmt: string | undefined, serial: number): RawCell {
  if (kind === 'time') return { text: timeText(ms, formatHasElapsedHours(numFmt) ? serial : null) };
  const date = dateParts(ms, kind === 'datetime');
  return { text: dateText(date), date };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date shown without its day, as words the date parser reads with the same precision ("March 2023", "2023"). */
function withoutDay(d: CellDate, kind: 'month' | 'year'): RawCell {
  const year = String(d.y).padStart(4, '0');
  return { text: kind === 'month' ? `${MONTHS[d.m - 1]} ${year}` : year };
}

/** An Excel number as the user sees it: a date, a time, or a formatted number. */
export function numberCell(n: number, numFmt: string | undefined, date1904: boolean): RawCell {
  const kind = formatKind(numFmt);
  if (kind === 'month' || kind === 'year') {
    if (n < 1 || n > 2958465) return { text: numberText(n, undefined) };
    return withoutDay(dateParts(serialToUtcMs(n, date1904), false), kind);
  }
  if (kind === 'date' || kind === 'datetime' || kind === 'time') {
    if (kind !== 'time' && (n < 1 || n > 2958465)) return { text: numberText(n, undefined) };
    return fromUtcMs(serialToUtcMs(n, date1904), kind, numFmt, n);
  }
  if (kind === 'text') return { text: Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))) };
  return { text: numberText(n, numFmt) };
}

/** An ISO 8601 date cell (t="d", written by some libraries) without any time-zone shift. */
export function isoDateCell(v: string, numFmt: string | undefined): RawCell {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(v.trim());
  if (!m) return { text: v };
  const kind = formatKind(numFmt);
  const hh = Number(m[4] ?? 0);
  const mm = Number(m[5] ?? 0);
  if (kind === 'time') return { text: `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}` };
  const date: CellDate = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (kind === 'month' || kind === 'year') return withoutDay(date, kind);
  if (kind !== 'date' && (hh !== 0 || mm !== 0)) {
    date.hh = hh;
    date.mm = mm;
  }
  return { text: dateText(date), date };
}
