/**
 * A date column that mixes day-first and month-first dates: what a
 * spreadsheet becomes when it is saved as CSV on a computer set to US dates
 * (its real date cells come out as 04/18/2023, while the dates someone typed
 * as text stay 17/04/2023 and w/c 06/03/2023). A date that only makes sense
 * one way is read that way; one that could be either (10/11/2023) is read the
 * way that fits between the entries around it, because a chronology runs in
 * date order; where both readings fit, or neither, the file's majority order
 * decides.
 */
import type { FuzzyDate } from '../model.ts';
import { formatIsoUk } from './format.ts';
import { resolveDateSequence, type DateItem, type SequenceOptions } from './sequence.ts';

function sameBounds(a: FuzzyDate | null | undefined, b: FuzzyDate | null | undefined): boolean {
  return (a?.earliest ?? null) === (b?.earliest ?? null) && (a?.latest ?? null) === (b?.latest ?? null);
}

/** Whether a reading sits in date order between the settled entries before and after it. */
function fits(r: FuzzyDate | null | undefined, before: FuzzyDate | null, after: FuzzyDate | null): boolean {
  if (!r?.earliest) return false;
  return (!before?.earliest || before.earliest <= r.earliest) && (!after?.earliest || r.earliest <= after.earliest);
}

/** At least this share of the settled dates follow the one before in date order. */
const IN_ORDER_SHARE = 0.8;

function mostlyInOrder(settled: ReadonlyArray<FuzzyDate | null>): boolean {
  const days = settled.flatMap((d) => (d?.earliest ? [d.earliest] : []));
  if (days.length < 3) return false;
  let ordered = 0;
  for (let k = 1; k < days.length; k++) if (days[k - 1]! <= days[k]!) ordered++;
  return ordered >= IN_ORDER_SHARE * (days.length - 1);
}

/** Read a date column with both orders in it; `majority` is the file's usual one (detectDateOrder). */
export function resolveMixedOrderSequence(raws: readonly DateItem[], majority: 'dmy' | 'mdy', opts: Omit<SequenceOptions, 'order'> = {}): Array<FuzzyDate | null> {
  const dmy = resolveDateSequence(raws, { ...opts, order: 'dmy' });
  const mdy = resolveDateSequence(raws, { ...opts, order: 'mdy' });
  const main = majority === 'dmy' ? dmy : mdy;
  const other = majority === 'dmy' ? mdy : dmy;
  // Entries both orders read alike: the fixed points the others are fitted between.
  const settled = main.map((d, i) => (d?.earliest && sameBounds(d, other[i]) ? d : null));
  // Fitting only means something in a chronology kept in date order (some are grouped by service or by theme).
  if (!mostlyInOrder(settled)) return main;
  const after: Array<FuzzyDate | null> = new Array(settled.length).fill(null);
  let next: FuzzyDate | null = null;
  for (let i = settled.length - 1; i >= 0; i--) {
    after[i] = next;
    if (settled[i]) next = settled[i]!;
  }
  // Left to right, each date fitted after the one read before it (settled or not) and before the next settled one.
  let before: FuzzyDate | null = null;
  return main.map((d, i) => {
    const chosen = choose(d, other[i], before, after[i]!);
    if (chosen?.earliest) before = chosen;
    return chosen;
  });

  function choose(d: FuzzyDate | null, alt: FuzzyDate | null | undefined, prev: FuzzyDate | null, nextSettled: FuzzyDate | null): FuzzyDate | null {
    if (sameBounds(d, alt) || !alt) return d;
    if (!fits(alt, prev, nextSettled) || fits(d, prev, nextSettled)) return d;
    // The other order fits the chronology and the usual one does not: read it that way, and say so.
    const first = majority === 'dmy' ? 'month-first' : 'day-first';
    return {
      ...alt,
      flags: [...(alt.flags ?? []).filter((f) => f !== 'us-order'), 'us-order'],
      suggestion: `${alt.raw} could be read either way; read ${first} as ${formatIsoUk(alt.earliest!)}, to fit between the entries around it.`,
    };
  }
}
