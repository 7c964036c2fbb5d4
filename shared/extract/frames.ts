/**
 * Where the other party of a contact stands relative to its cue: after a
 * preposition ("to the adult access team"), as the direct object ("phoned
 * CMHT"), as the subject ("HV phoned"), or as a list ("to HV and GP").
 * Words between are allowed only when they cannot change who the party is:
 * articles and the like, role tags in brackets ("SW (JB)"), and proper nouns
 * naming a place or service ("to Northtown MASH").
 */
import type { Party } from './parties.ts';
import type { Token } from './tokens.ts';

export const FILLER = new Set([
  'the', 'a', 'an', 'her', 'his', 'their', 'our', 'my', 'its', 'this', 'that', 'allocated', 'duty', 'named', 'safeguarding', 'local', 'new', 'same', 'urgent',
  'routine', 'both', 'also', 'then', 'back', 'again', 'first', 'second', 'third', 'written', 'electronic', 'formal', 'full', 'brief', 'previous', 'former', 'relevant',
]);

/** Words that may stand between a subject and its verb ("HV had phoned", "the police had been called"). */
// "The neighbour at number 16 phoned", "the tenant of Flat 3 rang": an address says which one, not who else.
const SUBJECT_GAP = new Set([...FILLER, 'not', "n't", 'never', 'at', 'from', 'in', 'of', 'next', 'door', 'number', 'no', 'flat', 'house', 'opposite', 'upstairs', 'downstairs', 'sw', 'worker', 'officer', 'officers', 'staff', 'team', 'consultant', 'nurse', 'volunteer', 'service', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'being', 'later', 'yesterday', 'today', 'thing', 'also', 'then', 'immediately', 'promptly']);

/** A proper noun that is not the first word of its clause: a place or a service's name. */
function isProperNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return /^[A-Z][a-z]{2,}$/.test(t.text) && i > 0;
}

/** Whether every token in [from, to] is one that cannot change who a party is. */
export function onlyFillers(tokens: readonly Token[], from: number, to: number, allowed: ReadonlySet<string> = FILLER): boolean {
  let depth = 0;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.text === '(') {
      depth++;
      continue;
    }
    if (t.text === ')') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    // Inside brackets anything goes: "Anonymous caller (says she lives next door) reports".
    if (depth > 0) continue;
    if (t.punct) return false;
    if (allowed.has(t.lower) || /^[A-Z]{1,4}\d?$/.test(t.text) || isProperNoun(tokens, i)) continue;
    if (allowed === SUBJECT_GAP && /^\d{1,4}[a-z]?$/.test(t.text) && /^(?:number|no|flat|house)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    return false;
  }
  return true;
}

/** Whether the party sits inside brackets (a description, not an actor: "Carlton House (temporary accommodation)"). */
export function inBrackets(tokens: readonly Token[], p: Party): boolean {
  let depth = 0;
  for (let i = 0; i < p.first; i++) {
    if (tokens[i]!.text === '(') depth++;
    else if (tokens[i]!.text === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

export interface Span {
  first: number;
  last: number;
}

/** The party right after the nearest of these prepositions following the cue, and the preposition. */
export function afterPreposition(tokens: readonly Token[], parties: readonly Party[], cue: Span, preps: ReadonlySet<string>, reach = 12): { party: Party; prep: string; at: number } | null {
  for (let i = cue.last + 1; i < tokens.length && i <= cue.last + reach; i++) {
    const t = tokens[i]!;
    if (t.punct && t.text !== '(' && t.text !== ')' && t.text !== ',' && t.text !== '/') break;
    if (!preps.has(t.lower)) continue;
    const party = parties.find((p) => p.first > i && onlyFillers(tokens, i + 1, p.first - 1)) ?? roleAt(tokens, parties, i);
    if (party) return { party, prep: t.lower, at: i };
  }
  return null;
}

const ATTACHED = new Set(['at', 'from', 'of']);

/**
 * "with the DV coordinator at the police", "to the duty worker from the MASH":
 * a person the lexicon does not know, placed at an agency it does. The
 * agency after at/from/of, within a few plain words of the preposition.
 */
function roleAt(tokens: readonly Token[], parties: readonly Party[], prepAt: number): Party | null {
  for (const p of parties) {
    if (p.first <= prepAt + 1) continue;
    if (p.first > prepAt + 7) break;
    let k = p.first - 1;
    if (tokens[k]?.lower === 'the') k--;
    if (k <= prepAt + 1 || !ATTACHED.has(tokens[k]!.lower)) continue;
    // Only plain words between: a role, not a clause ("with her, then went to the GP").
    if (tokens.slice(prepAt + 1, k).some((x) => x.punct || ATTACHED.has(x.lower))) continue;
    return p;
  }
  return null;
}

/** Every party of a list that starts with `start`: "to HV and GP", "Police, IDVA, probation and housing". */
export function listFrom(tokens: readonly Token[], parties: readonly Party[], start: Party): Party[] {
  const out = [start];
  let prev = start;
  for (const p of parties) {
    if (p.first <= prev.last) continue;
    const between = tokens.slice(prev.last + 1, p.first);
    const separated = between.some((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.text === '&' || t.text === '/');
    const clean = between.every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.text === '&' || t.text === '/' || t.text === '(' || t.text === ')' || FILLER.has(t.lower) || /^[A-Z]{1,4}\d?$/.test(t.text));
    if (!separated || !clean) break;
    out.push(p);
    prev = p;
  }
  return out;
}

/** The parties listed before (and ending with) `end`: "Nursery, GP and Probation not contacted". */
export function listUpTo(tokens: readonly Token[], parties: readonly Party[], end: Party): Party[] {
  const out = [end];
  let next = end;
  for (let i = parties.length - 1; i >= 0; i--) {
    const p = parties[i]!;
    if (p.last >= next.first) continue;
    const between = tokens.slice(p.last + 1, next.first);
    const separated = between.some((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.text === '&' || t.text === '/');
    const clean = between.every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.text === '&' || t.text === '/' || FILLER.has(t.lower));
    if (!separated || !clean) break;
    out.unshift(p);
    next = p;
  }
  return out;
}

/** The party just before the cue (its subject, or a noun's modifier), allowing a few words between. */
export function partyBefore(tokens: readonly Token[], parties: readonly Party[], cue: Span, maxGap = 4): Party | null {
  let best: Party | null = null;
  for (const p of parties) {
    if (p.last >= cue.first) break;
    if (inBrackets(tokens, p)) continue;
    const gap = countWords(tokens, p.last + 1, cue.first - 1);
    if (gap <= maxGap && onlyFillers(tokens, p.last + 1, cue.first - 1, SUBJECT_GAP)) best = p;
  }
  return best;
}

/** Words outside brackets between two positions. */
function countWords(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  let depth = 0;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !t.punct) n++;
  }
  return n;
}

/** The party right after the cue (its direct object): "Phoned CMHT", "emailed DSL", "rang Ms K's mobile". */
export function partyRightAfter(tokens: readonly Token[], parties: readonly Party[], cue: Span): Party | null {
  // Or a person placed at an agency: "emailed the duty worker at the MASH".
  return parties.find((p) => p.first > cue.last && p.first - cue.last <= 4 && onlyFillers(tokens, cue.last + 1, p.first - 1)) ?? (tokens[cue.last + 1]?.lower === 'the' ? roleAt(tokens, parties, cue.last) : null);
}
