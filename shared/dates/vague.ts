/**
 * Dates known only roughly: seasons ("Spring 2023", "Winter 2022/23"), parts
 * of a month or year ("Late June", "Mid-December 2023", "mid 2023"),
 * "the first week of March", and weeks ("w/c 12 June", "w/e 18/06/2023").
 */
import type { PartName, SeasonName } from './conventions.ts';
import { isoDate, numericDate } from './numeric.ts';
import { WEEK_ORDINALS } from './numbers.ts';
import { WEEK_MARKERS } from './markers.ts';
import type { DaySpec, Env, Match } from './spec.ts';
import { indexPhrases, isPunct, isWord, joined, longestPhrase, wordTable, type Token } from './tokens.ts';
import { afterTimeWord, atBoundary, monthWordAt, writtenDayMonth, writtenMonthDay } from './written.ts';
import { fourDigitYearAt, trailingYearAt } from './years.ts';

/** Season words. "fall" is US and also a common noun ("Cat 3 - Fall"), so only with a year. */
const SEASON_WORDS = wordTable<{ readonly season: SeasonName; readonly needsYear: boolean }>([
  { names: ['spring'], value: { season: 'spring', needsYear: false } },
  { names: ['summer'], value: { season: 'summer', needsYear: false } },
  { names: ['autumn'], value: { season: 'autumn', needsYear: false } },
  { names: ['winter'], value: { season: 'winter', needsYear: false } },
  { names: ['fall'], value: { season: 'autumn', needsYear: true } },
]);

/** "early", "beginning of", "mid-", "late", "end of", "first half of" … ("of" is optional everywhere). */
const PART_WORDS = indexPhrases<PartName>([
  { phrase: ['early'], value: 'early' },
  { phrase: ['beginning'], value: 'early' },
  { phrase: ['start'], value: 'early' },
  { phrase: ['mid'], value: 'mid' },
  { phrase: ['middle'], value: 'mid' },
  { phrase: ['late'], value: 'late' },
  { phrase: ['end'], value: 'late' },
  { phrase: ['first', 'half'], value: 'first-half' },
  { phrase: ['second', 'half'], value: 'second-half' },
  { phrase: ['latter', 'half'], value: 'second-half' },
]);

const WEEK_ORDINAL = wordTable(WEEK_ORDINALS);

/** "Spring 2023", "Winter 2022/23", "the summer of 2023"; a bare "Spring" only where a year can be inferred safely. */
export function season(ts: readonly Token[], i: number, env: Env): Match | null {
  let j = i;
  if (isWord(ts, j, 'the')) j++;
  const t = ts[j];
  const word = t?.kind === 'word' ? SEASON_WORDS.get(t.norm) : undefined;
  if (word === undefined) return null;
  j++;
  const afterWord = j;
  if (isWord(ts, j, 'of')) j++;
  const year = trailingYearAt(ts, j, env, { twoDigit: env.mode !== 'prose', pair: true });
  if (year !== null) {
    return { spec: { kind: 'season', season: word.season, year: year.year, pair: year.pair }, end: year.end, flags: year.flags, notes: [] };
  }
  const prose = env.mode === 'prose';
  if ((prose && !afterTimeWord(ts, i)) || word.needsYear || (!prose && !atBoundary(ts, afterWord))) return null;
  return { spec: { kind: 'season', season: word.season, year: null, pair: false }, end: afterWord, flags: [], notes: [] };
}

/** A season word with no year, for the first half of a range ("Spring–Summer 2023"). */
export function looseSeason(ts: readonly Token[], i: number): Match | null {
  const t = ts[i];
  const word = t?.kind === 'word' ? SEASON_WORDS.get(t.norm) : undefined;
  if (word === undefined || word.needsYear) return null;
  return { spec: { kind: 'season', season: word.season, year: null, pair: false }, end: i + 1, flags: [], notes: [] };
}

/** "Late June", "Mid-December 2023", "the end of March", "early 2023", "mid-2023". */
export function partOf(ts: readonly Token[], i: number, env: Env): Match | null {
  let j = i;
  if (isWord(ts, j, 'the')) j++;
  const part = longestPhrase(ts, j, PART_WORDS);
  if (part === null) return null;
  j = part.end;
  if (isPunct(ts, j, '-') && joined(ts, j) && joined(ts, j + 1)) j++;
  if (isWord(ts, j, 'of')) j++;
  if (isWord(ts, j, 'the')) j++;
  const month = monthWordAt(ts, j, env);
  if (month !== null) {
    const year = trailingYearAt(ts, month.end, env, { twoDigit: env.mode !== 'prose', pair: false });
    const spec = { kind: 'part-of-month', part: part.value, month: month.value, year: year?.year ?? null } as const;
    return { spec, end: year?.end ?? month.end, flags: year?.flags ?? [], notes: [] };
  }
  const year = fourDigitYearAt(ts, j, env);
  if (year === null) return null;
  return { spec: { kind: 'part-of-year', part: part.value, year }, end: j + 1, flags: [], notes: [] };
}

/** "the first week of March 2023", "the last week in June". */
export function weekOfMonth(ts: readonly Token[], i: number, env: Env): Match | null {
  let j = i;
  if (isWord(ts, j, 'the')) j++;
  const t = ts[j];
  const index = t?.kind === 'word' ? WEEK_ORDINAL.get(t.norm) : undefined;
  if (index === undefined || !isWord(ts, j + 1, 'week')) return null;
  j += 2;
  if (!isWord(ts, j, 'of') && !isWord(ts, j, 'in')) return null;
  j++;
  const month = monthWordAt(ts, j, env);
  if (month === null) return null;
  const year = trailingYearAt(ts, month.end, env, { twoDigit: env.mode !== 'prose', pair: false });
  const spec = { kind: 'week-of-month', index, month: month.value, year: year?.year ?? null } as const;
  return { spec, end: year?.end ?? month.end, flags: year?.flags ?? [], notes: [] };
}

/** A single day, in any written form, for a week marker to anchor on. */
function dayAt(ts: readonly Token[], i: number, env: Env): Match<DaySpec> | null {
  let best: Match<DaySpec> | null = null;
  for (const m of [numericDate(ts, i, env), isoDate(ts, i, env), writtenDayMonth(ts, i, env), writtenMonthDay(ts, i, env)]) {
    if (m === null || m.spec.kind !== 'day') continue;
    if (best === null || m.end > best.end) best = { ...m, spec: m.spec };
  }
  return best;
}

/** "w/c 06/03/2023", "w/c 12 June", "week commencing Monday 12 June 2023", "w/e 18/06/23". */
export function week(ts: readonly Token[], i: number, env: Env): Match | null {
  const marker = longestPhrase(ts, i, WEEK_MARKERS);
  if (marker === null) return null;
  let j = marker.end;
  if (isPunct(ts, j, ':')) j++;
  const day = dayAt(ts, j, env);
  if (day === null) return null;
  return { ...day, spec: { kind: 'week', anchor: day.spec, ending: marker.value.ending } };
}
