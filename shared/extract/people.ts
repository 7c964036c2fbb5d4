/**
 * People an entry names, as reviews anonymise them ("Ms K", "Mr R", "Child L",
 * "MGM", "HV1", "SW2"), and whether it records a new adult joining the
 * household (a new partner, a man staying over): the gap rules ask whether
 * anyone checked who he is.
 */
import type { CompiledContactLexicon } from './lexicon.ts';
import { phraseAt, type Clause } from './tokens.ts';

export interface PersonMention {
  name: string;
  role: 'child' | 'adult' | 'relative' | 'professional';
  start: number;
  end: number;
}

const PERSON = /\b(?:(Ms|Mr|Mrs|Miss|Mx)\.?\s+([A-Z])(?![\p{L}])|(Child|Baby|Sib|Sibling)\s+([A-Z0-9])(?![\p{L}])|(MGM|MGF|PGM|PGF)|((?:HV|SW|TM|PO|DN|CPN|CMW|GP|TO|RW|B|PC|DS|DC)\d))/gu;

/** Everyone named in the entry, once each, in order. */
export function findPeople(text: string): PersonMention[] {
  const seen = new Set<string>();
  const out: PersonMention[] = [];
  for (const m of text.matchAll(PERSON)) {
    const name = m[0].replace(/\s+/g, ' ');
    if (seen.has(name)) continue;
    seen.add(name);
    const role: PersonMention['role'] = m[1] ? 'adult' : m[3] ? 'child' : m[5] ? 'relative' : 'professional';
    out.push({ name, role, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Whether the entry records a new adult in the household (not negated). */
export function mentionsNewAdult(clauses: Clause[], lex: CompiledContactLexicon): boolean {
  for (const c of clauses) {
    for (let i = 0; i < c.tokens.length; i++) {
      if (!phraseAt(c.tokens, i, lex.newAdult)) continue;
      const before = c.text.slice(0, c.tokens[i]!.start - c.start);
      if (/\b(?:no|not|denies|denied|never)\s+(?:\w+\s+){0,2}$/i.test(before)) continue;
      return true;
    }
  }
  return false;
}
