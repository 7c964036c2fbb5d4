/**
 * Concerns an entry records (resources/lexicon/concerns.json): the toxic
 * trio and the rest. A concern word inside a negation ("no injury", "no
 * safeguarding concerns") does not count; injury words count only when they
 * are about the review's subject (a child, or the adult whose review it is).
 */
import { mentionsOf } from './parties.ts';
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
// A lone capital is an anonymised child ("L", "B"), unless it follows a title: "Ms R" is an adult.
const CHILD_WORDS = /\b(?:child|children|baby|babies|infant|toddler|son|daughter|boy|girl|sibling|sib|kids|the children|[A-Z]\s*\(\d+\)|Child [A-Z]|Baby [A-Z]|(?<![\p{L}'’.])(?<!\b(?:Ms|Mr|Mrs|Miss|Mx)\.?\s)[B-HJ-Z](?![\p{L}'’.]))\b/u;
const ADULT_VICTIM = /\b(?:Ms|Mrs|Miss|mother|mum|partner|wife|girlfriend|victim|she|her)\b/;

/** In a child's review, marks on an adult (her neck, the mother's arm) are domestic abuse, not injury. */
function onAnAdult(clause: Clause, start: number, end: number): boolean {
  const near = clause.text.slice(Math.max(0, start - clause.start - 40), Math.min(clause.text.length, end - clause.start + 30));
  return ADULT_VICTIM.test(near) && !CHILD_WORDS.test(near);
}

/** Services whose involvement is itself a sign of a concern (the case's subject is their client). */
const SERVICE_CONCERNS: Readonly<Partial<Record<string, Concern>>> = { 'adult-mh': 'parental-mental-health', 'substance-misuse': 'substance-misuse', 'da-service': 'domestic-abuse' };

const CHILDHOOD: ReadonlySet<Concern> = new Set(['child-development', 'young-carer']);

// "no alcohol or drug use": a denial runs on through "or" ("and" may start a new finding: "not at home and mum drinking").
const NEGATORS = /\b(?:no|not|nil|denies|denied|without|never|none|negative for)\s+(?:\w+\s+){0,2}(?:(?:or|nor)\s+(?:\w+\s+){0,2})*$/i;
/** "not known to the CMHT", "no longer open to the drug service": the service's absence, not its involvement. */
const NOT_INVOLVED = /\b(?:not|never|no longer)\s+(?:known|open|referred|registered|engaged|involved|under|allocated)\s+(?:to|with|by)?\s*(?:the\s+)?$/i;

function phraseAfter(clause: Clause, from: number, lex: CompiledContactLexicon): boolean {
  for (let j = from; j < Math.min(clause.tokens.length, from + 4); j++) if (phraseAt(clause.tokens, j, lex.concernNegatedAfter)) return true;
  return false;
}

/** A clause that lists who took part in a meeting. */
const AMONG_ATTENDEES = /\b(?:present|attendees|in attendance|apologies|reps|represented|representatives?|invited|chaired|chair)\b/i;

/** The concerns of one entry, each with the words it rests on. */
export function findConcerns(clauses: Clause[], lex: CompiledContactLexicon, opts: { adult: boolean }): ConcernHit[] {
  const hits: ConcernHit[] = [];
  const found = new Set<Concern>();
  for (const clause of clauses) {
    const t = clause.tokens;
    // An agency's name is not a concern: "housing" the service, "CMHT", "Talking Therapies".
    const agencies = mentionsOf(clause).map((m) => [clause.start + m.start, clause.start + m.end] as const);
    for (let i = 0; i < t.length; i++) {
      const hit = phraseAt(t, i, lex.concernTerms);
      if (!hit) continue;
      const start = t[i]!.start;
      const end = t[i + hit.length - 1]!.end;
      const before = clause.text.slice(Math.max(0, start - clause.start - 40), start - clause.start);
      if (NEGATORS.test(before) && !/\bnon-fatal\b/i.test(before)) continue;
      // "Routine enquiry about domestic abuse not asked": the subject of a question never put.
      if (phraseAfter(clause, i + hit.length, lex)) continue;
      const named = agencies.some(([a, b]) => start < b && a < end);
      // "police did not attend", "DSL unable to attend": an agency's absence is not the family's non-engagement.
      const agencyBefore = agencies.some(([, b]) => b <= start && start - b <= 12);
      for (const { concern, aboutSubject } of hit.value) {
        if (found.has(concern)) continue;
        // A child's development and caring role are concerns of a child's review, not of an adult's.
        if (opts.adult && CHILDHOOD.has(concern)) continue;
        if (concern === 'non-engagement' && agencyBefore) continue;
        // (Domestic abuse and young carers' services are the exception: a MARAC, an IDVA or a young carers' worker is itself a sign.)
        if (named && concern !== 'domestic-abuse' && concern !== 'young-carer') continue;
        if (aboutSubject && !opts.adult && onAnAdult(clause, start, end)) continue;
        found.add(concern);
        hits.push({ concern, start, end, text: clause.text.slice(start - clause.start, end - clause.start) });
      }
      i += hit.length - 1;
    }
  }
  // A service whose very involvement shows the concern: a MARAC or IDVA (domestic abuse), a mental health
  // team (mental ill-health), a drug and alcohol service; unless the words deny it ("not known to CMHT").
  for (const clause of clauses) {
    for (const m of mentionsOf(clause)) {
      const concern = SERVICE_CONCERNS[m.agency];
      if (!concern || found.has(concern)) continue;
      const start = clause.start + m.start;
      const before = clause.text.slice(Math.max(0, m.start - 40), m.start);
      if (NEGATORS.test(before) || NOT_INVOLVED.test(before)) continue;
      // A service in a meeting's attendance list ("IDVA, ASC, MH and Recovery reps also present") took part; it is
      // not the person's own involvement with it.
      if (concern !== 'domestic-abuse' && AMONG_ATTENDEES.test(clause.text)) continue;
      found.add(concern);
      hits.push({ concern, start, end: clause.start + m.end, text: m.text });
    }
  }
  const yielding: Array<{ hit: ConcernHit; to: readonly Concern[] }> = [];
  for (const { concern, re, aboutSubject, yieldsTo } of lex.concernPatterns) {
    if (hits.some((h) => h.concern === concern)) continue;
    if (opts.adult && CHILDHOOD.has(concern)) continue;
    for (const clause of clauses) {
      re.lastIndex = 0;
      const m = re.exec(clause.text);
      if (!m) continue;
      if (aboutSubject && !opts.adult && onAnAdult(clause, clause.start + m.index, clause.start + m.index + m[0].length)) continue;
      const hit = { concern, start: clause.start + m.index, end: clause.start + m.index + m[0].length, text: m[0] };
      hits.push(hit);
      if (yieldsTo.length) yielding.push({ hit, to: yieldsTo });
      break;
    }
  }
  // Words that mean another concern when that one is there too: a partner keeping her bank card is domestic
  // (economic) abuse, not exploitation; missed doses in a drug service are its own business, not neglect.
  const drop = new Set(yielding.filter((y) => hits.some((h) => h !== y.hit && y.to.includes(h.concern))).map((y) => y.hit));
  return drop.size ? hits.filter((h) => !drop.has(h)) : hits;
}
