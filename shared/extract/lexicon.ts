/**
 * The contact lexicon (resources/lexicon/contacts.json), compiled for fast
 * matching: every verb's forms (so "rang", "rung" and "ringing" all read as
 * "ring" without a hand-kept list: compromise conjugates them into
 * verb-forms.json, see conjugate.ts), phrases indexed by their first word.
 */
import { z } from 'zod';

import contactData from '../../resources/lexicon/contacts.json' with { type: 'json' };
import concernData from '../../resources/lexicon/concerns.json' with { type: 'json' };
import verbFormData from '../../resources/lexicon/verb-forms.json' with { type: 'json' };
import { agencyData } from '../agencies/taxonomy.ts';
import type { AgencyId, Concern } from '../model.ts';
import { CONTACT_TYPES } from '../vocabulary.ts';
import { words } from './tokens.ts';

/** What a cue word is: a contact type (not the two read from the family's side, dna and attendance), or a role the rules treat specially. */
const cueType = z
  .enum([...CONTACT_TYPES, 'reply', 'received', 'seen', 'attend', 'attend-scene', 'convey'])
  .exclude(['dna', 'attendance']);
export type CueType = z.infer<typeof cueType>;

const contactsSchema = z.object({
  version: z.number().int(),
  verbs: z.array(z.object({ lemma: z.string(), type: cueType, object: z.enum(['party', 'thing', 'with']) })),
  nouns: z.array(z.object({ phrase: z.string(), type: cueType, cs: z.boolean().optional(), from: z.string().optional(), to: z.string().optional() })),
  meetings: z.array(
    z.object({ phrase: z.string(), type: z.enum(['conference', 'strategy-discussion']), convener: z.string().nullable(), cs: z.boolean().optional(), forum: z.boolean().optional() }),
  ),
  channels: z.array(z.object({ phrase: z.string(), type: cueType })),
  attempts: z.array(z.string()),
  dna: z.array(z.string()),
  attendance: z.array(z.string()),
  scene: z.array(z.string()),
  convey: z.array(z.string()),
  received: z.array(z.string()),
  sent: z.array(z.string()),
  negators: z.array(z.string()),
  unrealised: z.array(z.string()),
  unrealisedAfter: z.array(z.string()),
  didNotHappen: z.array(z.string()),
  reportedSpeech: z.array(z.string()),
  nonCues: z.array(z.string()),
  birth: z.array(z.string()),
  clinicAttendance: z.array(z.string()),
  sessionAttendance: z.array(z.string()),
  staffSessions: z.array(z.string()),
  emergencyAttendance: z.array(z.string()),
  arrivalModes: z.array(z.string()),
  ambulanceArrival: z.array(z.string()),
  pronouns: z.object({ self: z.array(z.string()), other: z.array(z.string()) }),
  public: z.array(z.string()),
  calledIn: z.array(z.string()),
  familyWords: z.array(z.string()),
  familyVerbs: z.array(z.string()),
  carriers: z.array(z.string()),
  phoneWords: z.array(z.string()),
  dialVerbs: z.array(z.string()),
  messageWords: z.array(z.string()),
  sameEvent: z.array(z.string()),
  deliberation: z.array(z.string()),
  frequency: z.array(z.string()),
  tally: z.array(z.string()),
  thingsNotBrought: z.array(z.string()),
  venues: z.array(z.string()),
  didNotWait: z.array(z.string()),
  attendanceColumn: z.array(z.string()),
});

const concernsSchema = z.object({
  version: z.number().int(),
  concerns: z.record(z.string(), z.object({ terms: z.array(z.string()), cs: z.array(z.string()).optional(), about: z.enum(['anyone', 'subject']).optional() })),
  newAdult: z.array(z.string()),
  negatedAfter: z.array(z.string()),
  // Patterns read case-insensitively unless they mark themselves case-sensitive (a capital for an initial: "[A-Z] hit me").
  patterns: z.array(z.object({ concern: z.string(), re: z.string(), cs: z.boolean().optional(), yieldsTo: z.array(z.string()).optional() })),
});

export interface VerbSpec {
  lemma: string;
  type: CueType;
  object: 'party' | 'thing' | 'with';
}

export interface PhraseSpec<T> {
  tokens: string[];
  caseSensitive: boolean;
  value: T;
}

/** Phrases indexed by first token (lower case), longest first. */
export type PhraseIndex<T> = Map<string, Array<PhraseSpec<T>>>;

function indexPhrases<T>(items: Array<{ phrase: string; cs?: boolean | undefined; value: T }>): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map();
  for (const item of items) {
    const toks = words(item.phrase);
    if (toks.length === 0) continue;
    const spec: PhraseSpec<T> = { tokens: item.cs ? toks : toks.map((t) => t.toLowerCase()), caseSensitive: item.cs === true, value: item.value };
    const key = toks[0]!.toLowerCase();
    const list = index.get(key) ?? [];
    list.push(spec);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

const phraseList = (xs: string[]) => xs.map((phrase) => ({ phrase, value: true as const }));

export interface CompiledContactLexicon {
  version: string;
  /** Every surface form of a cue verb → its spec ("rang" → ring). */
  verbForms: Map<string, VerbSpec>;
  nouns: PhraseIndex<{ type: CueType; from?: AgencyId; to?: AgencyId }>;
  meetings: PhraseIndex<{ type: 'conference' | 'strategy-discussion'; convener: AgencyId | null; forum: boolean }>;
  channels: PhraseIndex<CueType>;
  attempts: PhraseIndex<true>;
  dna: PhraseIndex<true>;
  attendance: PhraseIndex<true>;
  scene: PhraseIndex<true>;
  convey: PhraseIndex<true>;
  received: Set<string>;
  sent: Set<string>;
  negators: PhraseIndex<true>;
  unrealised: PhraseIndex<true>;
  /** Plans written after the cue ("visit booked", "call to follow"). */
  unrealisedAfter: PhraseIndex<true>;
  /** Of the words that make a contact unrealised, those that say it did not happen (a counterfactual, a cancellation), not a plan. */
  didNotHappen: PhraseIndex<true>;
  /** Words that open reported speech ("says", "told the nurse"): what follows is someone's account. */
  reportedSpeech: RegExp;
  /** Phrases that contain a cue word but are not contacts ("transfer of care", "referral meeting"). */
  nonCues: PhraseIndex<true>;
  /** A birth on a maternity unit: the family attended. */
  birth: PhraseIndex<true>;
  /** Seen at the agency's own premises, said in words only a clinic uses ("review with PN1"). */
  clinicAttendance: PhraseIndex<true>;
  /** A session or meeting the person came to, in a service that works in sessions (a key work session, an intake meeting). */
  sessionAttendance: PhraseIndex<true>;
  /** Words before "session" that make it the staff's own (supervision, training). */
  staffSessions: PhraseIndex<true>;
  /** An emergency department's words for a presentation, an arrival column's values, and a crew's handover. */
  emergencyAttendance: PhraseIndex<true>;
  arrivalModes: ReadonlySet<string>;
  ambulanceArrival: PhraseIndex<true>;
  selfPronouns: Set<string>;
  otherPronouns: Set<string>;
  /** The public and relatives, who get in touch of their own accord (the client "reports" is speech). */
  publicWords: RegExp;
  /** The public ringing in ("member of the public", "Caller:"); the line numbers are read by the rules. */
  calledInWords: RegExp;
  /** The family in a sentence: "no reply" there may be theirs. */
  familyWords: RegExp;
  /** Lemmas by which the family contact an agency of their own accord ("Ms K rang"). */
  familyVerbs: ReadonlySet<string>;
  /** Lemmas that only carry a noun's contact ("referral sent"). */
  carriers: ReadonlySet<string>;
  /** A sentence that speaks of a telephone. */
  phoneWords: RegExp;
  /** Words before a call noun that make it our call out ("rang 999"). */
  dialVerbs: ReadonlySet<string>;
  /** Words for a text message. */
  messageWords: ReadonlySet<string>;
  /** A clause that is part of a contact already recorded ("during the call"). */
  sameEvent: RegExp;
  /** A sentence that only thinks a contact over ("to consider"). */
  deliberation: RegExp;
  /** Words after a contact that make it a pattern ("every", "weekly"). */
  frequency: ReadonlySet<string>;
  /** Words before a plural contact noun that count contacts ("several"). */
  tally: ReadonlySet<string>;
  /** What may be "not brought" that is not a person ("charts", "letter"). */
  thingsNotBrought: ReadonlySet<string>;
  /** Places named like organisations where a service meets people ("Family Hub"). */
  venues: RegExp;
  /** Came, then left before being seen ("DNW"). */
  didNotWait: RegExp;
  /** Contact-type column values that mean the family came to the agency ("Face to face"). */
  attendanceColumn: RegExp;
  /** Every concern phrase in one index, each with the concerns it shows. */
  concernTerms: PhraseIndex<Array<{ concern: Concern; aboutSubject: boolean }>>;
  newAdult: PhraseIndex<true>;
  /** Words after a concern that deny it ("domestic abuse not asked"). */
  concernNegatedAfter: PhraseIndex<true>;
  /**
   * Concerns shown by a word pattern rather than a phrase ("the relationship with Mr R is over"); yieldsTo
   * names concerns that, found in the same entry, are what the words mean instead.
   */
  concernPatterns: Array<{ concern: Concern; re: RegExp; aboutSubject: boolean; yieldsTo: readonly Concern[] }>;
}

/**
 * A phrase and its last word's other number: "bruise" → "bruises", "arrears" → "arrear" is not made (a
 * word ending in "ss", "us" or "is" keeps its form), "injuries" ↔ "injury". Words of three letters or
 * fewer and phrases with figures are left as written.
 */
export function inflections(phrase: string): string[] {
  const m = /^(.*?)([A-Za-z]{4,})$/.exec(phrase);
  if (!m) return [phrase];
  const [, head, last] = m as unknown as [string, string, string];
  const lower = last.toLowerCase();
  const other: string[] = [];
  if (/ies$/.test(lower)) other.push(`${last.slice(0, -3)}y`);
  else if (/(?:ches|shes|xes|sses)$/.test(lower)) other.push(last.slice(0, -2));
  else if (/[^su]s$/.test(lower) && !/(?:ss|us|is|ous)$/.test(lower)) other.push(last.slice(0, -1));
  else if (/[^aeiou]y$/.test(lower)) other.push(`${last.slice(0, -1)}ies`);
  else if (/(?:ch|sh|x|ss)$/.test(lower)) other.push(`${last}es`);
  else if (!/(?:s|ing|ed)$/.test(lower)) other.push(`${last}s`);
  return [phrase, ...other.map((w) => `${head}${w}`)];
}

/** One index over every concern's phrases: a phrase may show more than one concern. */
function indexConcernTerms(concerns: z.infer<typeof concernsSchema>['concerns']): PhraseIndex<Array<{ concern: Concern; aboutSubject: boolean }>> {
  const byPhrase = new Map<string, { phrase: string; cs: boolean; value: Array<{ concern: Concern; aboutSubject: boolean }> }>();
  for (const [concern, spec] of Object.entries(concerns)) {
    const add = (phrase: string, cs: boolean) => {
      const key = `${cs ? 'cs:' : ''}${cs ? phrase : phrase.toLowerCase()}`;
      const item = byPhrase.get(key) ?? { phrase, cs, value: [] };
      item.value.push({ concern: concern as Concern, aboutSubject: spec.about === 'subject' });
      byPhrase.set(key, item);
    };
    // A listed noun in the singular or the plural ("bruise", "bruises"; "missed appointments", "missed appointment").
    spec.terms.forEach((t) => inflections(t).forEach((form) => add(form, false)));
    (spec.cs ?? []).forEach((t) => add(t, true));
  }
  return indexPhrases([...byPhrase.values()]);
}

const verbFormsSchema = z.object({ compromise: z.string(), forms: z.record(z.string(), z.array(z.string())) });
const knownForms = verbFormsSchema.parse(verbFormData).forms;

/**
 * A verb's forms: as compromise conjugated them (verb-forms.json), or, for a
 * verb added to contacts.json since, the regular ones ("-s", "-ed", "-ing")
 * until npm run lexicon:verbs is run (a test fails meanwhile).
 */
function verbForms(lemma: string): string[] {
  const known = knownForms[lemma];
  if (known) return known;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return [lemma, `${lemma}s`, `${stem}ed`, `${stem}ing`];
}

function compile(): CompiledContactLexicon {
  const c = contactsSchema.parse(contactData);
  const k = concernsSchema.parse(concernData);
  const verbs = new Map<string, VerbSpec>();
  for (const v of c.verbs) for (const form of verbForms(v.lemma)) if (!verbs.has(form)) verbs.set(form, v);
  // Practitioners' shorthand for received.
  for (const form of ["rec'd", 'recd', 'rcvd']) verbs.set(form, { lemma: 'receive', type: 'received', object: 'thing' });
  return {
    // The cache key covers every vocabulary extraction reads: a change to any of them re-extracts.
    version: `contacts-${c.version}.concerns-${k.version}.agencies-${agencyData.version}`,
    verbForms: verbs,
    nouns: indexPhrases(c.nouns.map((n) => ({ phrase: n.phrase, cs: n.cs, value: { type: n.type, ...(n.from ? { from: n.from } : {}), ...(n.to ? { to: n.to } : {}) } }))),
    // Notes abbreviate "meeting" ("strategy mtg", "CIN mtg"): each meeting phrase is known in both spellings.
    meetings: indexPhrases(
      c.meetings.flatMap((m) => {
        const value = { type: m.type, convener: m.convener, forum: m.forum === true };
        const short = m.phrase.replace(/\bmeeting\b/g, 'mtg');
        return [{ phrase: m.phrase, cs: m.cs, value }, ...(short !== m.phrase ? [{ phrase: short, cs: m.cs, value }] : [])];
      }),
    ),
    channels: indexPhrases(c.channels.map((ch) => ({ phrase: ch.phrase, value: ch.type }))),
    attempts: indexPhrases(phraseList(c.attempts)),
    dna: indexPhrases(c.dna.map((phrase) => ({ phrase, cs: /^[A-Z.]{3,}$/.test(phrase), value: true as const }))),
    attendance: indexPhrases(phraseList(c.attendance)),
    scene: indexPhrases(phraseList(c.scene)),
    convey: indexPhrases(phraseList(c.convey)),
    received: new Set(c.received.map((s) => s.toLowerCase())),
    sent: new Set(c.sent.map((s) => s.toLowerCase())),
    negators: indexPhrases(phraseList(c.negators)),
    unrealised: indexPhrases(phraseList(c.unrealised)),
    unrealisedAfter: indexPhrases(phraseList(c.unrealisedAfter)),
    didNotHappen: indexPhrases(phraseList(c.didNotHappen)),
    reportedSpeech: wordsPattern(c.reportedSpeech),
    nonCues: indexPhrases(phraseList(c.nonCues)),
    birth: indexPhrases(phraseList(c.birth)),
    clinicAttendance: indexPhrases(phraseList(c.clinicAttendance)),
    sessionAttendance: indexPhrases(phraseList(c.sessionAttendance)),
    staffSessions: indexPhrases(phraseList(c.staffSessions)),
    emergencyAttendance: indexPhrases(phraseList(c.emergencyAttendance)),
    arrivalModes: new Set(c.arrivalModes.map((m) => m.toLowerCase())),
    ambulanceArrival: indexPhrases(phraseList(c.ambulanceArrival)),
    selfPronouns: new Set(c.pronouns.self),
    otherPronouns: new Set(c.pronouns.other),
    publicWords: wordsPattern(c.public),
    calledInWords: wordsPattern(c.calledIn),
    familyWords: wordsPattern(c.familyWords),
    familyVerbs: new Set(c.familyVerbs),
    carriers: new Set(c.carriers),
    phoneWords: wordsPattern(c.phoneWords),
    dialVerbs: new Set(c.dialVerbs),
    messageWords: new Set(c.messageWords),
    sameEvent: wordsPattern(c.sameEvent),
    deliberation: wordsPattern(c.deliberation),
    frequency: new Set(c.frequency),
    tally: new Set(c.tally),
    thingsNotBrought: new Set(c.thingsNotBrought),
    venues: wordsPattern(c.venues),
    didNotWait: wordsPattern(c.didNotWait),
    attendanceColumn: wordsPattern(c.attendanceColumn),
    concernTerms: indexConcernTerms(k.concerns),
    newAdult: indexPhrases(phraseList(k.newAdult)),
    concernNegatedAfter: indexPhrases(phraseList(k.negatedAfter)),
    concernPatterns: k.patterns.map((p) => ({ concern: p.concern as Concern, re: new RegExp(p.re, p.cs ? 'gu' : 'giu'), aboutSubject: k.concerns[p.concern]?.about === 'subject', yieldsTo: (p.yieldsTo ?? []) as Concern[] })),
  };
}

/** Phrases as one case-insensitive pattern on word boundaries; '*' is any one word. */
function wordsPattern(phrases: readonly string[]): RegExp {
  const one = (p: string) => p.split(' ').map((w) => (w === '*' ? String.raw`\w+` : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(String.raw`\s+`);
  return new RegExp(String.raw`\b(?:` + phrases.map(one).join('|') + String.raw`)\b`, 'i');
}

let compiled: CompiledContactLexicon | null = null;

/** The contact lexicon as shipped, compiled on first use. */
export function contactLexicon(): CompiledContactLexicon {
  compiled ??= compile();
  return compiled;
}
