/**
 * The date grammar: optional markers ("?", "approx.", "Undated –"), then the
 * longest reading any rule gives, then optional trailing markers
 * ("(date uncertain)"). Every rule looks a bounded number of tokens ahead, so
 * trying them all at every token of a long text stays linear.
 */
import type { DateFlag } from '../model.ts';
import { PREFIX_INDEX, SEPARATORS, SUFFIX_INDEX, type Marker } from './markers.ts';
import { compactDate, isoDate, numericDate, numericMonthYear } from './numeric.ts';
import { dateRange } from './ranges.ts';
import { relativeDate } from './relative.ts';
import type { Env, Match, Pattern, Spec } from './spec.ts';
import { fixedDay, halfTerm, holiday, schoolTerm, specialYear } from './terms.ts';
import { joined, longestPhrase, type Token } from './tokens.ts';
import { partOf, season, week, weekOfMonth } from './vague.ts';
import { bareMonth, monthYear, writtenDayMonth, writtenMonthDay, writtenMonthDayRange } from './written.ts';
import { yearForms } from './years.ts';

/**
 * Rules for one date (not a range), in priority order: when two read the
 * same number of tokens the earlier wins, so ISO "2011-12" is December 2011
 * in a date column rather than the years 2011–2012.
 */
const SINGLE_PATTERNS: readonly Pattern[] = [
  isoDate,
  compactDate,
  numericDate,
  numericMonthYear,
  writtenDayMonth,
  writtenMonthDay,
  writtenMonthDayRange,
  monthYear,
  specialYear,
  yearForms,
  week,
  weekOfMonth,
  partOf,
  schoolTerm,
  halfTerm,
  holiday,
  fixedDay,
  season,
  bareMonth,
];

function longest(ts: readonly Token[], i: number, env: Env, patterns: readonly Pattern[]): Match | null {
  let best: Match | null = null;
  for (const pattern of patterns) {
    const m = pattern(ts, i, env);
    if (m !== null && (best === null || m.end > best.end)) best = m;
  }
  return best;
}

/** The longest single date at i. */
export function singleDate(ts: readonly Token[], i: number, env: Env): Match | null {
  return longest(ts, i, env, SINGLE_PATTERNS);
}

/** The longest date of any kind at i: a range, a relative date or a single date. */
export function coreDate(ts: readonly Token[], i: number, env: Env): Match | null {
  const candidates = [dateRange(ts, i, env, singleDate), relativeDate(ts, i, env), singleDate(ts, i, env)];
  let best: Match | null = null;
  for (const m of candidates) if (m !== null && (best === null || m.end > best.end)) best = m;
  return best;
}

/** A date phrase as read, markers included. */
export interface Parsed {
  /** Null only for an explicitly undated entry ("Undated"). */
  readonly spec: Spec | null;
  /** Token span of the whole phrase, markers included. */
  readonly start: number;
  readonly end: number;
  /** Where the date itself starts, after any prefix markers. */
  readonly coreStart: number;
  readonly flags: readonly DateFlag[];
  readonly notes: readonly string[];
  /** A marker said the date is uncertain ("?", "approx.", "undated – approx. …"). */
  readonly uncertain: boolean;
  readonly undated: boolean;
}

function markerAt(ts: readonly Token[], j: number, env: Env, index: typeof PREFIX_INDEX): { value: Marker; end: number } | null {
  const m = longestPhrase(ts, j, index);
  return m !== null && m.value.modes.includes(env.mode) ? m : null;
}

/** At most this many markers before a date; more is not a date phrase. */
const MAX_MARKERS = 4;

/** Read a date phrase starting exactly at token i, or null. */
export function parseAt(ts: readonly Token[], i: number, env: Env): Parsed | null {
  let j = i;
  let uncertain = false;
  let undated = false;
  let undatedEnd = i;
  for (let count = 0; count < MAX_MARKERS; count++) {
    const marker = markerAt(ts, j, env, PREFIX_INDEX);
    if (marker === null) break;
    j = marker.end;
    if (marker.value.effect === 'uncertain') uncertain = true;
    if (marker.value.effect === 'undated') {
      undated = true;
      uncertain = true;
      undatedEnd = j;
      // "Undated – approx. autumn 2023": a separator between the marker and the estimate.
      const sep = ts[j];
      if (sep !== undefined && sep.kind === 'punct' && SEPARATORS.has(sep.norm)) j++;
    }
  }
  const core = coreDate(ts, j, env);
  if (core === null) {
    if (!undated) return null;
    return { spec: null, start: i, end: undatedEnd, coreStart: undatedEnd, flags: ['unparsed'], notes: [], uncertain: true, undated: true };
  }
  let end = core.end;
  const suffix = markerAt(ts, end, env, SUFFIX_INDEX);
  if (suffix !== null && suffix.value.effect === 'uncertain') {
    // On a narrative line a bare "?" only counts touching the date ("14/03/2023?"), not as a question mark.
    const bareQuestion = ts[end]?.norm === '?' && suffix.end === end + 1;
    if (!bareQuestion || joined(ts, end) || env.mode === 'cell') {
      end = suffix.end;
      uncertain = true;
    }
  }
  return { spec: core.spec, start: i, end, coreStart: j, flags: core.flags, notes: core.notes, uncertain, undated };
}

/** Characters that, glued before a number, make it part of something else: "+2", "£50", "#3". */
const GLUE_BEFORE: ReadonlySet<string> = new Set(['+', '£', '$', '€', '#', '^', '*', '@', '&']);
/** Separators that join a number to a neighbouring word or number: "PHQ-9", "5.3", "23:40". */
const JOINING: ReadonlySet<string> = new Set(['-', '/', '.', ':']);
const GLUE_AFTER: ReadonlySet<string> = new Set(['+', '%', '°']);

/**
 * True when the phrase at [start, end) is not glued to its neighbours, so it
 * is not a piece of a score ("PHQ-9 17"), a measurement ("3cm"), a time, a
 * paragraph number ("5.3.1") or money ("£50").
 */
export function isolated(ts: readonly Token[], start: number, end: number): boolean {
  const before = ts[start - 1];
  if (before !== undefined && joined(ts, start)) {
    if (before.kind !== 'punct' || GLUE_BEFORE.has(before.norm)) return false;
    const beyond = ts[start - 2];
    if (JOINING.has(before.norm) && beyond !== undefined && beyond.kind !== 'punct' && joined(ts, start - 1)) return false;
  }
  const after = ts[end];
  if (after !== undefined && joined(ts, end)) {
    if (after.kind !== 'punct' || GLUE_AFTER.has(after.norm)) return false;
    const beyond = ts[end + 1];
    if (JOINING.has(after.norm) && beyond !== undefined && beyond.kind === 'num' && joined(ts, end + 1)) return false;
  }
  return true;
}
