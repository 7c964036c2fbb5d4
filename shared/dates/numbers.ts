/**
 * Counting words used in relative dates ("two days later", "a week later",
 * "a few days later"). A quantity is an interval [min, max] so that vague
 * counts stay honest ranges rather than a guessed single day.
 */
import type { PhraseEntry } from './tokens.ts';

export interface Quantity {
  readonly min: number;
  readonly max: number;
}

const exactly = (n: number): Quantity => ({ min: n, max: n });

/** Number words, one token each. "a"/"an" are one: "a week later". */
export const NUMBER_WORDS: ReadonlyArray<{ readonly names: readonly string[]; readonly value: Quantity }> = [
  { value: exactly(1), names: ['a', 'an', 'one'] },
  { value: exactly(2), names: ['two'] },
  { value: exactly(3), names: ['three'] },
  { value: exactly(4), names: ['four'] },
  { value: exactly(5), names: ['five'] },
  { value: exactly(6), names: ['six'] },
  { value: exactly(7), names: ['seven'] },
  { value: exactly(8), names: ['eight'] },
  { value: exactly(9), names: ['nine'] },
  { value: exactly(10), names: ['ten'] },
  { value: exactly(11), names: ['eleven'] },
  { value: exactly(12), names: ['twelve'] },
  { value: exactly(14), names: ['fourteen'] },
  { value: exactly(15), names: ['fifteen'] },
  { value: exactly(18), names: ['eighteen'] },
  { value: exactly(20), names: ['twenty'] },
  { value: exactly(30), names: ['thirty'] },
];

/** Multi-word and vague counts. The bounds of "a few" and "several" are conventions; change them here. */
export const QUANTITY_PHRASES: ReadonlyArray<PhraseEntry<Quantity>> = [
  { phrase: ['a', 'couple', 'of'], value: exactly(2) },
  { phrase: ['couple', 'of'], value: exactly(2) },
  { phrase: ['a', 'few'], value: { min: 2, max: 4 } },
  { phrase: ['a', 'number', 'of'], value: { min: 2, max: 7 } },
  { phrase: ['few'], value: { min: 2, max: 4 } },
  { phrase: ['several'], value: { min: 3, max: 7 } },
  { phrase: ['some'], value: { min: 2, max: 7 } },
];

/** Ordinal words for "the first week of March", "the last week of June"; -1 = last. */
export const WEEK_ORDINALS: ReadonlyArray<{ readonly names: readonly string[]; readonly value: number }> = [
  { value: 1, names: ['first'] },
  { value: 2, names: ['second'] },
  { value: 3, names: ['third'] },
  { value: 4, names: ['fourth'] },
  { value: -1, names: ['last', 'final'] },
];
