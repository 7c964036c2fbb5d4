/**
 * Concerns an entry records (resources/lexicon/concerns.json): the toxic
 * trio and the rest. A concern word inside a negation ("no injury", "no
 * safeguarding concerns") does not count; injury words count only when they
 * are about the review's subject (a child, or the adult whose review it is).
 */
import type { Concern } from '../model.ts';
import type { CompiledContactLexicon } from './lexicon.ts';
import { phraseAt, type Clause } from './tokens.ts';

export interface ConcernHit {
  concern: Concern;
  start: number;
  end: number;
  text: string;
}

// Words that name a child or the review's adult subject, for "injury".
const CHILD_WORDS = /\b(?:child|children|baby|babies|infant|toddler|son|daughter|boy|girl|sibling|sib|kids|the children|[A-Z]\s*\(\d+\)|Child [A-Z]|Baby [A-Z]|(?<![\p{L}'’.])[B-HJ-Z](?![\p{L}'’.]))\b/u;
const ADULT_VICTIM = /\b(?:Ms|Mrs|Miss|mother|mum|partner|wife|girlfriend|victim|she|her)\b/;

const NEGATORS = /\b(?:no|not|nil|denies|denied|without|never|none|negative for)\s+(?:\w+\s+){0,2}$/i;

/** The concerns of one entry, each with the words it rests on. */
export function findConcerns(clauses: Clause[], lex: CompiledContactLexicon, opts: { adult: boolean }): ConcernHit[] {
  const hits: ConcernHit[] = [];
  for (const clause of clauses) {
    const t = clause.tokens;
    for (const { concern, terms, aboutSubject } of lex.concerns) {
      for (let i = 0; i < t.length; i++) {
        const hit = phraseAt(t, i, terms);
        if (!hit) continue;
        const start = t[i]!.start;
        const end = t[i + hit.length - 1]!.end;
        const before = clause.text.slice(Math.max(0, start - clause.start - 40), start - clause.start);
        if (NEGATORS.test(before) && !/\bnon-fatal\b/i.test(before)) continue;
        if (aboutSubject && !opts.adult) {
          // Injury to a child: a child named in the same clause, and not only an adult.
          if (!CHILD_WORDS.test(clause.text)) continue;
          if (ADULT_VICTIM.test(clause.text.slice(Math.max(0, start - clause.start - 40), start - clause.start)) && !CHILD_WORDS.test(clause.text.slice(Math.max(0, start - clause.start - 40), end - clause.start + 20))) continue;
        }
        hits.push({ concern, start, end, text: clause.text.slice(start - clause.start, end - clause.start) });
        break;
      }
    }
  }
  return hits;
}
