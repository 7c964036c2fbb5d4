/**
 * Times of day as written in chronologies: "23:40", "2040hrs", "2040 hrs",
 * "20.05pm" (a 24-hour value with a stray pm stays 20:05), "8.05pm",
 * "10:15am", "12:30am", "12pm", "9am", "1435", "14.35", "noon". Kept apart
 * from dates: a time never changes a date's bounds.
 */
import { indexPhrases, joined, longestPhrase, normAt, wordTable, type Token, tokenize } from './tokens.ts';

const MERIDIEM = indexPhrases<'am' | 'pm'>([
  { phrase: ['am'], value: 'am' },
  { phrase: ['a', '.', 'm', '.?'], value: 'am' },
  { phrase: ['pm'], value: 'pm' },
  { phrase: ['p', '.', 'm', '.?'], value: 'pm' },
]);

/** "hrs" and friends after a 24-hour time, plus time-zone tags that do not change the clock reading here. */
const CLOCK_SUFFIXES = indexPhrases<true>([
  { phrase: ['hrs', '.?'], value: true },
  { phrase: ['hr', '.?'], value: true },
  { phrase: ['hours'], value: true },
  { phrase: ['h'], value: true },
  { phrase: ['z'], value: true },
  { phrase: ['utc'], value: true },
  { phrase: ['gmt'], value: true },
  { phrase: ['bst'], value: true },
]);

const NAMED_TIMES = wordTable<number>([
  { names: ['noon', 'midday'], value: 12 },
  { names: ['midnight'], value: 0 },
]);

/** Words that may come before a time in a time cell: "approx 10:15", "at 9am", "c. 14:00". */
const TIME_PREFIXES = indexPhrases<true>([
  { phrase: ['approx', '.?'], value: true },
  { phrase: ['approximately'], value: true },
  { phrase: ['about'], value: true },
  { phrase: ['around'], value: true },
  { phrase: ['at'], value: true },
  { phrase: ['c', '.?'], value: true },
  { phrase: ['circa'], value: true },
  { phrase: ['~'], value: true },
  { phrase: ['@'], value: true },
]);

/** What may follow a time in a time cell: a range ("10:15 - 10:45"), a note ("(approx)"). */
const AFTER_TIME_PUNCT: ReadonlySet<string> = new Set(['-', '(', ',', ';', '[']);
const AFTER_TIME_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'approx', 'approximately', 'and']);

export interface TimeRead {
  readonly hours: number;
  readonly minutes: number;
  readonly end: number;
}

function toClock(hours: number, minutes: number, meridiem: 'am' | 'pm' | null): { hours: number; minutes: number } | null {
  if (minutes < 0 || minutes > 59) return null;
  if (meridiem === null) return hours >= 0 && hours <= 23 ? { hours, minutes } : null;
  if (hours === 0 || hours > 23) return null;
  if (meridiem === 'pm') return { hours: hours < 12 ? hours + 12 : hours, minutes };
  if (hours > 12) return null; // "20.05am" contradicts itself
  return { hours: hours === 12 ? 0 : hours, minutes };
}

/** A glued minutes part: ":40", ".05", and optional ":ss". */
function minutesAfter(ts: readonly Token[], i: number): { minutes: number; end: number } | null {
  const sep = normAt(ts, i + 1, 'punct');
  const mm = ts[i + 2];
  if ((sep !== ':' && sep !== '.') || mm === undefined || mm.kind !== 'num' || mm.text.length !== 2) return null;
  if (!joined(ts, i + 1) || !joined(ts, i + 2)) return null;
  let end = i + 3;
  const ss = ts[i + 4];
  if (sep === ':' && normAt(ts, i + 3, 'punct') === ':' && ss?.kind === 'num' && ss.text.length === 2 && joined(ts, i + 3) && joined(ts, i + 4)) end = i + 5;
  return { minutes: Number(mm.text), end };
}

/** A clock time starting at token i, or null. */
export function parseTimeAt(ts: readonly Token[], i: number): TimeRead | null {
  const t = ts[i];
  if (t === undefined) return null;
  if (t.kind === 'word') {
    const named = NAMED_TIMES.get(t.norm);
    return named === undefined ? null : { hours: named, minutes: 0, end: i + 1 };
  }
  if (t.kind !== 'num') return null;
  let hours: number;
  let minutes: number;
  let end: number;
  const len = t.text.length;
  const withMinutes = len <= 2 ? minutesAfter(ts, i) : null;
  if (withMinutes !== null) {
    hours = Number(t.text);
    minutes = withMinutes.minutes;
    end = withMinutes.end;
  } else if (len === 3 || len === 4) {
    hours = Math.floor(Number(t.text) / 100);
    minutes = Number(t.text) % 100;
    end = i + 1;
  } else if (len <= 2) {
    hours = Number(t.text);
    minutes = 0;
    end = i + 1;
  } else return null;
  const meridiem = longestPhrase(ts, end, MERIDIEM);
  const suffix = meridiem === null ? longestPhrase(ts, end, CLOCK_SUFFIXES) : null;
  // A bare hour needs am/pm ("9am"); "930" needs a suffix ("930hrs"); "1435" stands alone.
  if (meridiem === null && (withMinutes === null && len <= 3) && suffix === null) return null;
  if (suffix !== null && len <= 2 && withMinutes === null) return null;
  end = meridiem?.end ?? suffix?.end ?? end;
  const clock = toClock(hours, minutes, meridiem?.value ?? null);
  if (clock === null || !standsAfter(ts, end)) return null;
  return { ...clock, end };
}

/** Nothing glued after a time except punctuation that is not part of a number ("23:40." is fine, "23:40.5" is not). */
function standsAfter(ts: readonly Token[], k: number): boolean {
  const next = ts[k];
  if (next === undefined || !joined(ts, k)) return true;
  if (next.kind !== 'punct') return false;
  return !((next.norm === '.' || next.norm === ':' || next.norm === '/') && ts[k + 1]?.kind === 'num' && joined(ts, k + 1));
}

function hhmm(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Parse a time cell to "HH:MM", or null when it is not a time. */
export function parseTime(raw: string): string | null {
  const ts = tokenize(raw);
  let i = 0;
  const prefix = longestPhrase(ts, i, TIME_PREFIXES);
  if (prefix !== null) i = prefix.end;
  const time = parseTimeAt(ts, i);
  if (time === null) return null;
  const next = ts[time.end];
  if (next !== undefined) {
    const ok = next.kind === 'punct' ? AFTER_TIME_PUNCT.has(next.norm) : next.kind === 'word' && AFTER_TIME_WORDS.has(next.norm);
    if (!ok) return null;
  }
  return hhmm(time.hours, time.minutes);
}
