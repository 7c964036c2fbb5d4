/**
 * Words around a date that change how it is read but are not the date:
 * uncertainty ("?", "approx.", "c."), explicit undated entries, week
 * markers ("w/c"), range words ("between … and …"). Data tables; the grammar
 * only knows their effect.
 */
import type { Mode } from './spec.ts';
import { indexPhrases, type PhraseEntry, type PhraseIndex } from './tokens.ts';

export type MarkerEffect = 'uncertain' | 'undated' | 'noise';

export interface Marker {
  readonly effect: MarkerEffect;
  /** Modes the marker is trusted in. "about 14 May" in prose is usually a topic, not an estimate. */
  readonly modes: readonly Mode[];
}

const ALL: readonly Mode[] = ['cell', 'leading', 'prose'];
const NOT_PROSE: readonly Mode[] = ['cell', 'leading'];
const CELL: readonly Mode[] = ['cell'];

const uncertain = (modes: readonly Mode[]): Marker => ({ effect: 'uncertain', modes });
const undated: Marker = { effect: 'undated', modes: NOT_PROSE };
const noise: Marker = { effect: 'noise', modes: CELL };

/** Before a date. */
export const PREFIX_MARKERS: ReadonlyArray<PhraseEntry<Marker>> = [
  { phrase: ['?'], value: uncertain(NOT_PROSE) },
  { phrase: ['~'], value: uncertain(NOT_PROSE) },
  { phrase: ['approx', '.?'], value: uncertain(ALL) },
  { phrase: ['approximately'], value: uncertain(ALL) },
  { phrase: ['appx', '.?'], value: uncertain(NOT_PROSE) },
  { phrase: ['around'], value: uncertain(ALL) },
  { phrase: ['about'], value: uncertain(NOT_PROSE) },
  { phrase: ['roughly'], value: uncertain(ALL) },
  { phrase: ['circa'], value: uncertain(ALL) },
  { phrase: ['c', '.'], value: uncertain(ALL) },
  { phrase: ['c'], value: uncertain(NOT_PROSE) },
  { phrase: ['ca', '.'], value: uncertain(ALL) },
  { phrase: ['est', '.?'], value: uncertain(NOT_PROSE) },
  { phrase: ['estimated'], value: uncertain(ALL) },
  { phrase: ['possibly'], value: uncertain(NOT_PROSE) },
  { phrase: ['probably'], value: uncertain(NOT_PROSE) },
  { phrase: ['on', 'or', 'about'], value: uncertain(ALL) },
  { phrase: ['on', 'or', 'around'], value: uncertain(ALL) },
  { phrase: ['sometime', 'in'], value: uncertain(ALL) },
  { phrase: ['some', 'time', 'in'], value: uncertain(ALL) },
  { phrase: ['(', 'date', 'uncertain', ')'], value: uncertain(NOT_PROSE) },
  { phrase: ['(', 'approx', '.?', ')'], value: uncertain(NOT_PROSE) },
  { phrase: ['date', 'uncertain', ':?'], value: uncertain(NOT_PROSE) },
  { phrase: ['undated'], value: undated },
  { phrase: ['(', 'undated', ')'], value: undated },
  { phrase: ['not', 'dated'], value: undated },
  { phrase: ['no', 'date'], value: undated },
  { phrase: ['date', 'unknown'], value: undated },
  { phrase: ['date', 'not', 'known'], value: undated },
  { phrase: ['unknown', 'date'], value: undated },
  { phrase: ['on'], value: noise },
  { phrase: ['in'], value: noise },
  { phrase: ['during'], value: noise },
  { phrase: ['throughout'], value: noise },
  { phrase: ['dated'], value: noise },
  { phrase: ['date', ':'], value: noise },
];

/** After a date. */
export const SUFFIX_MARKERS: ReadonlyArray<PhraseEntry<Marker>> = [
  { phrase: ['?'], value: uncertain(NOT_PROSE) },
  { phrase: ['(', '?', ')'], value: uncertain(NOT_PROSE) },
  { phrase: ['(', 'approx', '.?', ')'], value: uncertain(ALL) },
  { phrase: ['(', 'approximately', ')'], value: uncertain(ALL) },
  { phrase: ['(', 'date', 'uncertain', ')'], value: uncertain(ALL) },
  { phrase: ['(', 'uncertain', ')'], value: uncertain(ALL) },
  { phrase: ['(', 'estimated', ')'], value: uncertain(ALL) },
  { phrase: ['(', 'est', '.?', ')'], value: uncertain(ALL) },
  { phrase: ['(', 'tbc', ')'], value: uncertain(NOT_PROSE) },
  { phrase: ['(', 'unconfirmed', ')'], value: uncertain(NOT_PROSE) },
  { phrase: ['(', 'exact', 'date', 'unknown', ')'], value: uncertain(ALL) },
  { phrase: ['(', 'exact', 'date', 'not', 'known', ')'], value: uncertain(ALL) },
  { phrase: ['approx', '.?'], value: uncertain(NOT_PROSE) },
  { phrase: ['approximately'], value: uncertain(NOT_PROSE) },
  { phrase: ['or', 'thereabouts'], value: uncertain(ALL) },
  { phrase: ['date', 'uncertain'], value: uncertain(NOT_PROSE) },
];

export const PREFIX_INDEX: PhraseIndex<Marker> = indexPhrases(PREFIX_MARKERS);
export const SUFFIX_INDEX: PhraseIndex<Marker> = indexPhrases(SUFFIX_MARKERS);

/** "w/c 12 June" = the week starting that day; "w/e" = the week ending it. */
export const WEEK_MARKERS: PhraseIndex<{ readonly ending: boolean }> = indexPhrases([
  { phrase: ['w', '/', 'c', '.?'], value: { ending: false } },
  { phrase: ['w', '.', 'c', '.?'], value: { ending: false } },
  { phrase: ['wc'], value: { ending: false } },
  { phrase: ['w', '/', 'b'], value: { ending: false } },
  { phrase: ['wb'], value: { ending: false } },
  { phrase: ['wk', 'comm', '.?'], value: { ending: false } },
  { phrase: ['week', 'commencing'], value: { ending: false } },
  { phrase: ['week', 'beginning'], value: { ending: false } },
  { phrase: ['week', 'starting'], value: { ending: false } },
  { phrase: ['week', 'of'], value: { ending: false } },
  { phrase: ['the', 'week', 'of'], value: { ending: false } },
  { phrase: ['the', 'week', 'commencing'], value: { ending: false } },
  { phrase: ['the', 'week', 'beginning'], value: { ending: false } },
  { phrase: ['w', '/', 'e'], value: { ending: true } },
  { phrase: ['week', 'ending'], value: { ending: true } },
  { phrase: ['the', 'week', 'ending'], value: { ending: true } },
]);

/** A word that opens a range and the joiners it accepts. */
export interface RangeOpener {
  readonly joiners: ReadonlySet<string>;
}

/** Joiners when no opener is written: "05/01/2023 - 09/01/2023", "May to July 2012". */
export const BARE_RANGE_JOINERS: ReadonlySet<string> = new Set(['-', 'to', 'until', 'till', 'til', 'through', 'thru']);

export const RANGE_OPENERS: PhraseIndex<RangeOpener> = indexPhrases([
  { phrase: ['between'], value: { joiners: new Set(['and', '-', 'to', '&']) } },
  { phrase: ['from'], value: { joiners: new Set(['to', '-', 'until', 'till', 'til', 'through', 'thru']) } },
]);

/** Punctuation that may separate a date from what follows it ("14th March 2023 – Ms K …"). */
export const SEPARATORS: ReadonlySet<string> = new Set(['-', ':', ',', ';', '.', '(', ')', '[', ']', '|']);

/** Words before a bare year that make it a date in prose: "in 2023", "during 2019". */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'since', 'until', 'throughout', 'before', 'after', 'by', 'from']);

/**
 * Words that, just before a month or season with no year, make it a time in prose ("in June", "that
 * summer", "during the winter", "by March"): without one, "May", "March" and "spring" are as likely a
 * name, a verb or a thing. The year is then taken from the entries around it. ("Through the winter",
 * "over the summer" tell how long something lasted, not when an event was.)
 */
export const PROSE_TIME_WORDS: ReadonlySet<string> = new Set(['in', 'during', 'by', 'that', 'this', 'last', 'until', 'till', 'since', 'from']);
