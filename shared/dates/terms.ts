/**
 * The school and financial calendar: "Summer term 2023", "Autumn 1",
 * "October half term", "Summer holidays 2023", "Christmas 2023",
 * "Christmas Day", "FY 2023/24", "academic year 2022/23". Bounds come from
 * the conventions (England's default calendar), not from here.
 */
import type { HolidayName, TermName } from './conventions.ts';
import type { Env, Match, Spec } from './spec.ts';
import { indexPhrases, isPunct, isWord, joined, longestPhrase, normAt, wordTable, type Token } from './tokens.ts';
import { atBoundary } from './written.ts';
import { trailingYearAt, yearPairAt, type TrailingYear } from './years.ts';

/** Term names, including the old Oxford/Cambridge ones some independent schools still use. */
const TERM_WORDS = wordTable<TermName>([
  { names: ['autumn', 'michaelmas', 'fall'], value: 'autumn' },
  { names: ['spring', 'lent'], value: 'spring' },
  { names: ['summer', 'trinity'], value: 'summer' },
]);

/** The month people name a half term by: "October half term" is the autumn one. */
const HALF_TERM_ALIASES = wordTable<TermName>([
  { names: ['october', 'oct'], value: 'autumn' },
  { names: ['february', 'feb'], value: 'spring' },
  { names: ['may', 'whitsun'], value: 'summer' },
]);

const HALF_TERM_WORDS = indexPhrases<true>([
  { phrase: ['half', '-?', 'term'], value: true },
  { phrase: ['halfterm'], value: true },
]);

const HOLIDAY_PHRASES = indexPhrases<HolidayName>([
  { phrase: ['summer', 'holidays'], value: 'summer' },
  { phrase: ['summer', 'holiday'], value: 'summer' },
  { phrase: ['summer', 'hols'], value: 'summer' },
  { phrase: ['summer', 'break'], value: 'summer' },
  { phrase: ['summer', 'vacation'], value: 'summer' },
  { phrase: ['christmas', 'holidays'], value: 'christmas' },
  { phrase: ['christmas', 'holiday'], value: 'christmas' },
  { phrase: ['christmas', 'hols'], value: 'christmas' },
  { phrase: ['christmas', 'break'], value: 'christmas' },
  { phrase: ['christmas', 'period'], value: 'christmas' },
  { phrase: ['christmas'], value: 'christmas' },
  { phrase: ['xmas'], value: 'christmas' },
  { phrase: ['easter', 'holidays'], value: 'easter' },
  { phrase: ['easter', 'holiday'], value: 'easter' },
  { phrase: ['easter', 'hols'], value: 'easter' },
  { phrase: ['easter', 'break'], value: 'easter' },
  { phrase: ['easter'], value: 'easter' },
]);

/** Named days with a fixed date. */
const FIXED_DAYS = indexPhrases<{ readonly month: number; readonly day: number }>([
  { phrase: ['christmas', 'day'], value: { month: 12, day: 25 } },
  { phrase: ['christmas', 'eve'], value: { month: 12, day: 24 } },
  { phrase: ['xmas', 'day'], value: { month: 12, day: 25 } },
  { phrase: ['xmas', 'eve'], value: { month: 12, day: 24 } },
  { phrase: ['boxing', 'day'], value: { month: 12, day: 26 } },
  { phrase: ['new', 'year', "'", 's', 'day'], value: { month: 1, day: 1 } },
  { phrase: ['new', 'years', 'day'], value: { month: 1, day: 1 } },
  { phrase: ['new', 'year', "'", 's', 'eve'], value: { month: 12, day: 31 } },
  { phrase: ['new', 'years', 'eve'], value: { month: 12, day: 31 } },
  { phrase: ['bonfire', 'night'], value: { month: 11, day: 5 } },
  { phrase: ['halloween'], value: { month: 10, day: 31 } },
]);

/** Years that start part-way through the calendar year. */
const SPECIAL_YEARS = indexPhrases<'financial' | 'academic'>([
  { phrase: ['fy'], value: 'financial' },
  { phrase: ['financial', 'year'], value: 'financial' },
  { phrase: ['fin', '.?', 'year'], value: 'financial' },
  { phrase: ['academic', 'year'], value: 'academic' },
  { phrase: ['school', 'year'], value: 'academic' },
]);

/** A year (or "2022/23" pair) after a term or holiday word; outside prose the year may be left to inference. */
function yearOrInferred(ts: readonly Token[], j: number, env: Env): TrailingYear | 'none' | null {
  const year = trailingYearAt(ts, j, env, { twoDigit: env.mode !== 'prose', pair: true });
  if (year !== null) return year;
  // In prose "the summer term" is usually a back-reference, so it needs a year there.
  return env.mode === 'prose' ? null : 'none';
}

function withYear(make: (year: number | null, pair: boolean) => Spec, year: TrailingYear | 'none', end: number): Match {
  if (year === 'none') return { spec: make(null, false), end, flags: [], notes: [] };
  return { spec: make(year.year, year.pair), end: year.end, flags: year.flags, notes: [] };
}

/** A lone "1" or "2" after a term word: "Autumn 1", "Spring 2". */
function halfNumberAt(ts: readonly Token[], j: number): 'first' | 'second' | null {
  const t = ts[j];
  if (t === undefined || t.kind !== 'num' || (t.text !== '1' && t.text !== '2')) return null;
  const next = ts[j + 1];
  if (next !== undefined && joined(ts, j + 1) && next.kind !== 'punct') return null;
  return t.text === '1' ? 'first' : 'second';
}

/** "autumn half term 2023", "October half-term", "the May half term". */
export function halfTerm(ts: readonly Token[], i: number, env: Env): Match | null {
  const j = isWord(ts, i, 'the') ? i + 1 : i;
  const word = normAt(ts, j, 'word');
  const term = word === undefined ? undefined : (TERM_WORDS.get(word) ?? HALF_TERM_ALIASES.get(word));
  if (term === undefined) return null;
  const words = longestPhrase(ts, j + 1, HALF_TERM_WORDS);
  if (words === null) return null;
  const year = yearOrInferred(ts, words.end, env);
  if (year === null) return null;
  return withYear((y, pair) => ({ kind: 'term', term, part: 'half-term', year: y, pair }), year, words.end);
}

/** "Summer term 2023", "Autumn 1", "Autumn term 2 2023", "Spring term 2023/24". */
export function schoolTerm(ts: readonly Token[], i: number, env: Env): Match | null {
  let j = isWord(ts, i, 'the') ? i + 1 : i;
  const word = normAt(ts, j, 'word');
  const term = word === undefined ? undefined : TERM_WORDS.get(word);
  if (term === undefined) return null;
  j++;
  // The half may come before or after "term": "Autumn 1", "Autumn 1 term", "Autumn term 1".
  let part = halfNumberAt(ts, j);
  if (part !== null) j++;
  const hasTermWord = isWord(ts, j, 'term');
  if (hasTermWord) j++;
  if (part === null && hasTermWord) {
    part = halfNumberAt(ts, j);
    if (part !== null) j++;
  }
  if (part === null && !hasTermWord) return null;
  const year = yearOrInferred(ts, j, env);
  if (year === null) return null;
  // "Autumn 1" with no year and no "term" must end the phrase; "Spring 2 weeks" is not a term.
  if (year === 'none' && !hasTermWord && !atBoundary(ts, j)) return null;
  const which = part ?? 'whole';
  return withYear((y, pair) => ({ kind: 'term', term, part: which, year: y, pair }), year, j);
}

/** "Summer holidays 2023", "the Christmas holidays", "Easter 2024". */
export function holiday(ts: readonly Token[], i: number, env: Env): Match | null {
  let j = i;
  if (isWord(ts, j, 'the')) j++;
  const found = longestPhrase(ts, j, HOLIDAY_PHRASES);
  if (found === null) return null;
  const year = yearOrInferred(ts, found.end, env);
  if (year === null) return null;
  if (year === 'none' && !atBoundary(ts, found.end)) return null;
  return withYear((y, pair) => ({ kind: 'holiday', holiday: found.value, year: y, pair }), year, found.end);
}

/** "Christmas Day 2023", "Boxing Day", "New Year's Eve". */
export function fixedDay(ts: readonly Token[], i: number, env: Env): Match | null {
  const found = longestPhrase(ts, i, FIXED_DAYS);
  if (found === null) return null;
  const year = trailingYearAt(ts, found.end, env, { twoDigit: env.mode !== 'prose', pair: false });
  const spec = { kind: 'day', day: found.value.day, month: found.value.month, year: year?.year ?? null } as const;
  return { spec, end: year?.end ?? found.end, flags: year?.flags ?? [], notes: [] };
}

/** "FY 2023/24", "FY23/24", "financial year 2023-24", "2022/23 academic year". */
export function specialYear(ts: readonly Token[], i: number, env: Env): Match | null {
  const before = longestPhrase(ts, i, SPECIAL_YEARS);
  if (before !== null) {
    const j = isPunct(ts, before.end, ':') ? before.end + 1 : before.end;
    const pair = yearPairAt(ts, j, env, true);
    if (pair === null) return null;
    return { spec: specialYearSpec(before.value, pair.first, env), end: pair.end, flags: pair.flags, notes: [] };
  }
  const pair = yearPairAt(ts, i, env);
  if (pair === null) return null;
  const after = longestPhrase(ts, pair.end, SPECIAL_YEARS);
  if (after === null) return null;
  return { spec: specialYearSpec(after.value, pair.first, env), end: after.end, flags: pair.flags, notes: [] };
}

function specialYearSpec(kind: 'financial' | 'academic', first: number, env: Env): Spec {
  const start = kind === 'financial' ? env.conventions.financialYearStart : env.conventions.academicYearStart;
  const startDay = start.day === 'end' ? 1 : start.day;
  // The day before the start, a year on: 1 April 2023 → 31 March 2024.
  const endMonth = start.month === 1 ? 12 : start.month - 1;
  const endYear = start.month === 1 ? first : first + 1;
  const to = startDay === 1 ? ({ kind: 'month', month: endMonth, year: endYear } as const) : ({ kind: 'day', day: startDay - 1, month: start.month, year: first + 1 } as const);
  return { kind: 'range', from: { kind: 'day', day: startDay, month: start.month, year: first }, to };
}
