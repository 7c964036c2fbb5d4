/**
 * Explicit ranges: "05/01/2023 - 09/01/2023", "between 10 and 12 April 2023",
 * "10th–12th April", "May to July 2012", "Jan-Mar 2023", "2019 - 2021",
 * "between March and May 2023", "Spring–Summer 2023". The first side may
 * leave out what the second gives (day only, month only, no year).
 */
import { BARE_RANGE_JOINERS, RANGE_OPENERS } from './markers.ts';
import type { AbsoluteSpec, Env, Match, RangeSpec, Spec } from './spec.ts';
import { isWord, longestPhrase, type Token } from './tokens.ts';
import { looseSeason } from './vague.ts';
import { dayNumberAt, monthWordAt } from './written.ts';

/** Reads the longest single (non-range) date at an index; supplied by the grammar. */
export type SingleReader = (ts: readonly Token[], i: number, env: Env) => Match | null;

/** The first side of a range, which may be incomplete. */
type Side = { readonly kind: 'spec'; readonly match: Match } | { readonly kind: 'bare-day'; readonly day: number; readonly end: number } | { readonly kind: 'bare-month'; readonly month: number; readonly end: number };

/** A reading that can be one end of a range: absolute, and not itself a range. */
function isRangeEnd(spec: Spec): spec is Exclude<AbsoluteSpec, RangeSpec> {
  return spec.kind !== 'relative' && spec.kind !== 'range';
}

/** Candidate readings of the first side, most complete first. */
function firstSides(ts: readonly Token[], i: number, env: Env, single: SingleReader): Side[] {
  const sides: Side[] = [];
  const whole = single(ts, i, env);
  if (whole !== null && isRangeEnd(whole.spec)) sides.push({ kind: 'spec', match: whole });
  const j = isWord(ts, i, 'the') ? i + 1 : i;
  const day = dayNumberAt(ts, j);
  if (day !== null) sides.push({ kind: 'bare-day', day: day.value.day, end: day.end });
  const month = monthWordAt(ts, i, env);
  if (month !== null) sides.push({ kind: 'bare-month', month: month.value, end: month.end });
  const season = env.mode === 'prose' ? null : looseSeason(ts, i);
  if (season !== null) sides.push({ kind: 'spec', match: season });
  return sides;
}

function sideEnd(side: Side): number {
  return side.kind === 'spec' ? side.match.end : side.end;
}

/** Complete the first side from the second: "10" + "12 April 2023" → 10 April 2023. */
function completeFrom(side: Side, to: AbsoluteSpec): AbsoluteSpec | null {
  if (side.kind === 'spec') return isRangeEnd(side.match.spec) ? side.match.spec : null;
  if (side.kind === 'bare-day') {
    if (to.kind !== 'day') return null;
    return { kind: 'day', day: side.day, month: to.month, year: null };
  }
  // A bare month pairs with anything that has months; its year comes from the other side at resolve time.
  return to.kind === 'year' ? null : { kind: 'month', month: side.month, year: null };
}

/** A range at i, or null. */
export function dateRange(ts: readonly Token[], i: number, env: Env, single: SingleReader): Match | null {
  const opener = longestPhrase(ts, i, RANGE_OPENERS);
  const start = opener?.end ?? i;
  const joiners = opener?.value.joiners ?? BARE_RANGE_JOINERS;
  let best: Match | null = null;
  for (const side of firstSides(ts, start, env, single)) {
    const joinerAt = sideEnd(side);
    const joiner = ts[joinerAt];
    if (joiner === undefined || !joiners.has(joiner.norm)) continue;
    const second = single(ts, joinerAt + 1, env);
    if (second === null || !isRangeEnd(second.spec)) continue;
    const from = completeFrom(side, second.spec);
    if (from === null) continue;
    const firstFlags = side.kind === 'spec' ? side.match.flags : [];
    const firstNotes = side.kind === 'spec' ? side.match.notes : [];
    const match: Match = {
      spec: { kind: 'range', from, to: second.spec },
      end: second.end,
      flags: [...firstFlags, ...second.flags],
      notes: [...firstNotes, ...second.notes],
    };
    if (best === null || match.end > best.end) best = match;
  }
  return best;
}
