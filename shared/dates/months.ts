/**
 * Month and weekday vocabularies. Data, so a new spelling seen in a return
 * ("Sept", "Weds", a common misspelling) is one line here, not a regex edit.
 */
import { wordTable } from './tokens.ts';

/** Month names as written in UK chronologies, including "Sept" and common misspellings. */
export const MONTH_NAMES: ReadonlyArray<{ readonly names: readonly string[]; readonly value: number }> = [
  { value: 1, names: ['january', 'jan', 'janurary', 'janaury'] },
  { value: 2, names: ['february', 'feb', 'febuary', 'feburary', 'febr'] },
  { value: 3, names: ['march', 'mar'] },
  { value: 4, names: ['april', 'apr', 'aprl'] },
  { value: 5, names: ['may'] },
  { value: 6, names: ['june', 'jun'] },
  { value: 7, names: ['july', 'jul'] },
  { value: 8, names: ['august', 'aug'] },
  { value: 9, names: ['september', 'sept', 'sep', 'septmber'] },
  { value: 10, names: ['october', 'oct'] },
  { value: 11, names: ['november', 'nov'] },
  { value: 12, names: ['december', 'dec'] },
];

/** Weekday names and abbreviations; Monday = 0, matching calendar.weekday(). */
export const WEEKDAY_NAMES: ReadonlyArray<{ readonly names: readonly string[]; readonly value: number }> = [
  { value: 0, names: ['monday', 'mon'] },
  { value: 1, names: ['tuesday', 'tue', 'tues'] },
  { value: 2, names: ['wednesday', 'wed', 'weds'] },
  { value: 3, names: ['thursday', 'thu', 'thur', 'thurs'] },
  { value: 4, names: ['friday', 'fri'] },
  { value: 5, names: ['saturday', 'sat'] },
  { value: 6, names: ['sunday', 'sun'] },
];

/** Short month names for display ("14 Mar 2023"). */
export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const MONTH_BY_NAME = wordTable(MONTH_NAMES);
export const WEEKDAY_BY_NAME = wordTable(WEEKDAY_NAMES);

/** Ordinal suffixes that may follow a day number: 1st, 2nd, 3rd, 14th. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
