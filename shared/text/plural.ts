/**
 * The one pluraliser: a count and its noun, as every message that counts
 * things says it ("1 entry", "2 entries", "0 findings"). One rule, so that no
 * message says "1 entries" again.
 */

/** A count and its noun: `one` for exactly 1, `many` for anything else (0, 2, 1.5), the count in UK
 *  digits ("1,250 entries"). Both forms are given, since English plurals are not all "+s". */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
