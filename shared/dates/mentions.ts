/**
 * findDateMentions: date expressions inside running text, with offsets, so
 * the importer can split a narrative where a sentence introduces a new date.
 * Strict by design (see Mode 'prose'): a number is only a date when its shape
 * says so, so scores, weights, gestations, times, paragraph numbers, ages and
 * money are left alone.
 */
import type { FuzzyDate } from '../model.ts';
import { anchorOf, envFor, type DateContext } from './context.ts';
import { isolated, parseAt, type Parsed } from './grammar.ts';
import { interpret } from './interpret.ts';
import { RANGE_OPENERS, YEAR_PREPOSITIONS } from './markers.ts';
import type { Spec } from './spec.ts';
import { normAt, type Token, tokenize } from './tokens.ts';

export interface DateMention {
  /** The phrase as written ("14 November 2022", "Four days later"); a leading "On"/"In" is not part of it. */
  raw: string;
  /** Offsets into the text; end is exclusive. */
  start: number;
  end: number;
  kind: 'absolute' | 'relative';
  /** Resolved against the mentions before it (and ctx), or null bounds when it cannot be. */
  date: FuzzyDate | null;
}

function isYearOnly(spec: Spec): boolean {
  if (spec.kind === 'year') return true;
  return spec.kind === 'range' && spec.from.kind === 'year' && spec.to.kind === 'year';
}

/**
 * A bare year in prose is a date only after a preposition ("in 2023",
 * "during 2019", "between 2019 and 2021") or an estimate marker ("c. 2019");
 * otherwise "2000 calls" would be.
 */
function yearIsDated(ts: readonly Token[], parsed: Parsed): boolean {
  // "c. 2019", "approximately 2019": the marker says it is a date.
  if (parsed.spec === null || !isYearOnly(parsed.spec) || parsed.coreStart > parsed.start) return true;
  const first = normAt(ts, parsed.start, 'word');
  if (first !== undefined && RANGE_OPENERS.has(first)) return true;
  const before = normAt(ts, parsed.start - 1, 'word');
  return before !== undefined && YEAR_PREPOSITIONS.has(before);
}

/** Quick test before trying the grammar: dates start with a number or a word. */
function mayStart(t: Token): boolean {
  return t.kind !== 'punct';
}

/** True when a mention found at parsed is one findDateMentions reports. */
function isMention(ts: readonly Token[], parsed: Parsed | null): parsed is Parsed & { spec: Spec } {
  return parsed !== null && parsed.spec !== null && ts[parsed.start] !== undefined && ts[parsed.end - 1] !== undefined && isolated(ts, parsed.start, parsed.end) && yearIsDated(ts, parsed);
}

/**
 * Whether the text mentions a date that is not relative, i.e.
 * findDateMentions(text).some((m) => m.kind === 'absolute'), without
 * resolving any: it stops at the first (layout detection asks this of every
 * paragraph of a long report).
 */
export function hasAbsoluteDateMention(text: string): boolean {
  const ts = tokenize(text);
  const env = envFor('prose', undefined);
  let i = 0;
  while (i < ts.length) {
    const t = ts[i]!;
    const parsed = mayStart(t) ? parseAt(ts, i, env) : null;
    if (!isMention(ts, parsed)) {
      i++;
      continue;
    }
    if (parsed.spec.kind !== 'relative') return true;
    i = parsed.end;
  }
  return false;
}

/**
 * Find date expressions in prose, in order. Year-less and relative mentions
 * resolve against the mention before (or ctx.previous for the first); a
 * year-less date takes the nearest year by default (ctx.rollover), because
 * prose looks back as often as forward ("my referral of 20th September").
 * ctx.year is used only until the text itself has given a date.
 */
export function findDateMentions(text: string, ctx?: DateContext): DateMention[] {
  const ts = tokenize(text);
  const env = envFor('prose', ctx);
  const rollover = ctx?.rollover ?? 'nearest';
  const mentions: DateMention[] = [];
  let previous: FuzzyDate | null = ctx?.previous ?? null;
  let lastDated: FuzzyDate | null = previous?.earliest == null ? null : previous;
  let i = 0;
  while (i < ts.length) {
    const t = ts[i];
    const parsed = t !== undefined && mayStart(t) ? parseAt(ts, i, env) : null;
    if (!isMention(ts, parsed)) {
      i++;
      continue;
    }
    const first = ts[parsed.start]!;
    const last = ts[parsed.end - 1]!;
    const raw = text.slice(first.start, last.end);
    const anchor = anchorOf(lastDated, rollover);
    const date = interpret(raw, parsed, { year: anchor === null ? ctx?.year : undefined, yearAnchor: anchor, previous, conventions: env.conventions });
    mentions.push({ raw, start: first.start, end: last.end, kind: parsed.spec.kind === 'relative' ? 'relative' : 'absolute', date });
    previous = date;
    if (date.earliest !== null) lastDated = date;
    i = parsed.end;
  }
  return mentions;
}
