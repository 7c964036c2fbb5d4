/**
 * Contacts between the recording agency and others, read clause by clause.
 *
 * A contact rests on a cue (a verb such as "phoned", a noun such as
 * "referral", a meeting such as "ICPC", a no-access or DNA phrase) and a
 * party found around it by the frames practitioners write in (frames.ts):
 *   "<cue> to X" out · "<cue> from X" in · "<cue> with X" both · "X <verb>" in
 *   · "<verb> X" out · "X notified" (passive) out · "X referral" (X sent it) in
 *   · "by X" (agent) in · "via X" the route named (the MASH).
 * What a contact says ("Tel call to CPN: Ms K open to CMHT since August …")
 * is its content, not more contacts. Negation ("not informed", "no referral
 * made") and unrealised plans ("to be requested", "I should have rung
 * MASH") keep the contact as negated evidence; it is never counted.
 */
import type { AgencyId, Contact, ContactDirection, ContactType } from '../model.ts';
import { afterPreposition, inBrackets, listFrom, listUpTo, partyBefore, partyRightAfter, type Span } from './frames.ts';
import { contactLexicon, type CompiledContactLexicon, type CueType } from './lexicon.ts';
import { letterAddressees } from './letter-form.ts';
import { entryMeetings, isWrittenMinutes } from './meetings.ts';
import { partiesIn, type Party, type PartyContext } from './parties.ts';
import { phraseAt, type Clause, type Token } from './tokens.ts';

export interface ContactInput {
  text: string;
  agency: AgencyId;
  employer: AgencyId | null;
  /** The contact-type column ("Home visit", "Telephone", "Face to face"), a hint for the whole entry. */
  contactType: string | null;
  /** An adults' review: assessments of the adult are contacts with the family. */
  adult: boolean;
  /** Date.now() after which reading stops (a pathological entry must not hang an import). */
  deadline: number;
}

interface Cue extends Span {
  kind: 'verb' | 'noun' | 'dna' | 'attempt' | 'attendance' | 'scene' | 'convey';
  type: CueType;
  object?: 'party' | 'thing' | 'with';
  lemma?: string;
  /** A noun's default sender when no party is named ("PPN" is the police's). */
  from?: AgencyId;
  /** A noun's default receiver when none is named ("Duty to Refer" goes to the housing authority, an "Encompass notification" to the school). */
  to?: AgencyId;
  /** For verbs: the token is the bare lemma ("alert", "liaise"), not a past form. */
  base?: boolean;
}

/** Services that see people in sessions: a session they record is the person coming. */
const SESSION_AGENCIES = new Set(['substance-misuse', 'probation', 'da-service', 'early-help', 'camhs', 'adult-mh', 'voluntary', 'other', 'midwifery']);
/** Agencies whose own premises the family come to (so "seen" means attended). */
const CLINIC_AGENCIES = new Set(['gp', 'midwifery', 'ed', 'paediatrics', 'camhs', 'substance-misuse', 'probation', 'dwp', 'school-nursing', 'housing']);
/** Agencies that attend incidents (so attending the address is a contact with the family). */
const RESPONDERS = new Set(['police', 'ambulance']);
/** Verbs by which the family or the public contact an agency of their own accord. */
const FAMILY_VERBS = new Set(['phone', 'telephone', 'ring', 'call', 'email', 'e-mail', 'text', 'write', 'report', 'complain', 'contact', 'tell', 'ask', 'request', 'chase', 'reply', 'respond', 'refer']);
/** The public and relatives, who report and tell of their own accord (the client "reports" is speech). */
const PUBLIC = /\b(?:neighbou?rs?|caller|public|relatives?|friends?|niece|nephew|aunt|uncle|grand(?:mother|father|parent)|mother|father|sister|brother|cousin|MGM|MGF|PGM|PGF|landlord|passer-by|witness)\b/i;
/** How often something is done: a plan or a pattern, not one contact ("HV visits every 2 weeks"). */
const FREQUENCY = /^(?:every|weekly|fortnightly|daily|monthly|each)$/;
/** A call from the public to an emergency or non-emergency line, or a log's caller field. */
const CALLED_IN = /(?:^|[\s|(])(?:999|101|111)(?:[\s|):,.]|$)|\b(?:caller|callers|anonymous(?:ly)? (?:call|caller)|member of (?:the )?public|rang in|phoned in|called in)\b/i;
/** Places a service meets people in, named like organisations: "Family Hub", "the Civic Centre". */
const VENUE = /\b(?:hub|centre|center|office|offices|station|library|building|base|clinic)\b/i;
/** Came, then left before being seen: an attendance, whatever the DNA list says. */
const DID_NOT_WAIT = /\b(?:DNW|did not wait|didn't wait|left before|self[- ]discharged)\b/i;
/** What may be "not brought" that is not a person: documents, medicines, equipment. */
const THING_BEFORE = /^(?:charts?|records?|letters?|forms?|documents?|paperwork|medications?|medicines?|meds|inhalers?|book|red book|diary|id|passport|sample|samples|equipment|glasses)$/;
/** Words for a text message: with no addressee it went to the family. */
const MESSAGE_WORDS = new Set(['text', 'texted', 'txt', 'txted', 'sms', 'message', 'msg']);
const SAME_EVENT = /\b(?:same call|same visit|same conversation|same meeting|during the call|during that call|in the same call)\b/i;

/**
 * Why a draft is not a contact: the text denies it ("school not informed", "no referral made") or it is
 * not yet done (a plan, an instruction, an offer: "MASH referral to be made"). Only a denial is evidence
 * that something was not passed on; a plan says nothing either way.
 */
type Negation = false | 'denied' | 'unrealised';
type NegationOf = (p: Party | null) => Negation;

type Draft = Omit<Contact, 'span' | 'confidence' | 'origin'> & { start: number; end: number; clauseIndex: number; sentence: number; strength: number; channel: boolean };

/** Verbs that only carry a noun's contact ("letter sent to GP", "referral received", "PPN submitted"). */
const CARRIERS = new Set(['send', 'submit', 'raise', 'receive', 'post', 'make']);

/** Cues that carry words from someone else: what follows their colon is content. */
const COMMUNICATIONS = new Set<CueType>(['referral', 'notification', 'information-share', 'phone-call', 'letter', 'email', 'other', 'received', 'reply']);

/** Contact types that are a channel: two different ones to the same party are two contacts. */
const CHANNELS = new Set<ContactType>(['email', 'letter', 'phone-call', 'home-visit', 'dna']);
/** Rules whose "out" contact is the very visit or call a no-access or no-answer in the same sentence reports. */
const SAME_AS_ATTEMPT = new Set(['visit', 'visited', 'type-column-visit', 'object', 'to-family', 'to']);

/** Precedence when one clause says the same contact several ways. */
const TYPE_RANK: Record<ContactType, number> = {
  referral: 9,
  'strategy-discussion': 9,
  conference: 9,
  dna: 8,
  'home-visit': 7,
  email: 6,
  letter: 6,
  'phone-call': 6,
  assessment: 5,
  attendance: 5,
  notification: 4,
  'information-request': 4,
  'information-share': 3,
  appointment: 2,
  other: 1,
};

function has(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i++) if (set.has(tokens[i]!.lower)) return true;
  return false;
}

function phraseIn<T>(tokens: readonly Token[], from: number, to: number, index: Map<string, Array<{ tokens: string[]; caseSensitive: boolean; value: T }>>): boolean {
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i++) if (phraseAt(tokens, i, index)) return true;
  return false;
}

/** The cues in a clause. Tokens of channel phrases ("by phone") are modifiers, never cues of their own. */
function findCues(tokens: readonly Token[], lex: CompiledContactLexicon, parties: readonly Party[] = []): Cue[] {
  const cues: Cue[] = [];
  const used = new Array<boolean>(tokens.length).fill(false);
  const claim = (i: number, n: number) => {
    for (let k = i; k < i + n; k++) used[k] = true;
  };
  // The words of an agency's name are not cues: "health visiting" is not a visit, "Housing Options" not an option.
  // A scene phrase may hold one ("attended at police request"): those are looked up past the names.
  const named = new Array<boolean>(tokens.length).fill(false);
  for (const p of parties) if (p.kind === 'agency') for (let k = p.first; k <= p.last; k++) named[k] = true;
  for (let i = 0; i < tokens.length; i++) {
    const ch = phraseAt(tokens, i, lex.channels) ?? phraseAt(tokens, i, lex.nonCues);
    if (ch) claim(i, ch.length);
    const m = phraseAt(tokens, i, lex.meetings);
    if (m) claim(i, m.length); // read by meetings.ts
  }
  const tables: Array<[Cue['kind'], Map<string, Array<{ tokens: string[]; caseSensitive: boolean; value: unknown }>>]> = [
    ['dna', lex.dna],
    ['attempt', lex.attempts],
    ['scene', lex.scene],
    ['convey', lex.convey],
    ['attendance', lex.attendance],
    ['noun', lex.nouns],
  ];
  for (const [kind, index] of tables) {
    for (let i = 0; i < tokens.length; i++) {
      if (used[i] || named[i]) continue;
      const hit = phraseAt(tokens, i, index);
      if (!hit || used.slice(i, i + hit.length).some(Boolean) || (kind !== 'scene' && named.slice(i, i + hit.length).some(Boolean))) continue;
      const v = hit.value as { type?: CueType; from?: AgencyId; to?: AgencyId };
      const type: CueType = kind === 'noun' ? (v.type ?? 'other') : kind === 'scene' ? 'attend-scene' : kind === 'convey' ? 'convey' : kind === 'attendance' ? 'attend' : 'home-visit';
      cues.push({ kind, type, first: i, last: i + hit.length - 1, ...(v.from ? { from: v.from } : {}), ...(v.to ? { to: v.to } : {}) });
      claim(i, hit.length);
    }
  }
  tokens.forEach((t, i) => {
    if (used[i] || named[i] || t.punct) return;
    const verb = lex.verbForms.get(t.lower);
    if (!verb) return;
    const base = t.lower === verb.lemma;
    // A bare verb form after an article or an acronym is a noun ("CP alert", "a check"): only the noun table counts those.
    const prev = tokens[i - 1];
    if (base && prev && (/^(?:a|an|the|this|that|any|no)$/.test(prev.lower) || /^[A-Z]{2,}$/.test(prev.text))) return;
    // "(see 17/04)", "see above": a cross-reference.
    if (verb.lemma === 'see' && /^(?:\d|above|below|attached|overleaf|para|section|entry)/i.test(tokens[i + 1]?.text ?? '')) return;
    cues.push({ kind: 'verb', type: verb.type, first: i, last: i, object: verb.object, lemma: verb.lemma, base });
  });
  return cues.sort((a, b) => a.first - b.first);
}

interface ClauseView {
  clause: Clause;
  index: number;
  tokens: readonly Token[];
  parties: Party[];
  /** Other agencies and the family: the possible other side of a contact. */
  others: Party[];
  cues: Cue[];
  channel: CueType | null;
  /** The sentence's text, for cues that read a little beyond their clause. */
  sentenceText: string;
}

interface EntryState {
  /** The last agency contacted, for "reply sent", "she replied". */
  lastCounterpart: { agency: AgencyId; type: ContactType; direction: ContactDirection } | null;
  /** The subject of the last verb in this sentence, for "emailed first thing and then phoned". */
  lastSubject: { sentence: number; party: Party } | null;
  /** The last party named in this sentence, for "phoned her". */
  lastParty: { sentence: number; party: Party } | null;
  /** Sentence index from which on the text is a contact's content (after "Tel call to CPN:"). */
  contentFrom: { sentence: number; offset: number } | null;
  /** The party a referral or letter was meant for, by type, for "Referral sent." later on. */
  intended: Map<ContactType, AgencyId>;
}

function channelIn(tokens: readonly Token[], lex: CompiledContactLexicon): CueType | null {
  for (let i = 0; i < tokens.length; i++) {
    const hit = phraseAt(tokens, i, lex.channels);
    if (hit) return hit.value;
  }
  return null;
}

/** The contact type a cue stands for, once the channel words of its clause are known. */
function contactTypeOf(cue: CueType, channel: CueType | null): ContactType {
  const concrete = channel === 'phone-call' || channel === 'email' || channel === 'letter' || channel === 'other' ? channel : null;
  switch (cue) {
    case 'referral':
    case 'home-visit':
    case 'assessment':
    case 'conference':
    case 'strategy-discussion':
    case 'information-request':
    case 'appointment':
    case 'phone-call':
    case 'email':
    case 'letter':
      return cue;
    case 'notification':
      return concrete ?? 'notification';
    case 'information-share':
      return concrete ?? 'information-share';
    default:
      return concrete ?? 'other';
  }
}

/** Negated: a negator shortly before the cue (or between a passive party and it), or "not" right after ("PPN not submitted"). */
function isNegated(v: ClauseView, cue: Cue, lex: CompiledContactLexicon, party: Party | null): boolean {
  const t = v.tokens;
  const from = Math.min(cue.first - 5, party ? party.last + 1 : cue.first);
  if (phraseIn(t, from, cue.first - 1, lex.negators)) return true;
  for (let i = cue.last + 1; i <= Math.min(t.length - 1, cue.last + 4); i++) {
    const w = t[i]!;
    if (w.lower === 'not' || w.lower === "n't" || w.lower === 'never') return true;
    if (w.text === ':') {
      // "Safeguarding referral: no", "Safeguarding referral made: N"; anything else after a colon is what was said.
      const answer = t.slice(i + 1).filter((x) => !x.punct).map((x) => x.lower);
      return answer.length === 1 && (answer[0] === 'no' || answer[0] === 'n' || answer[0] === 'none' || answer[0] === 'nil');
    }
    if (w.punct && w.text !== '(') break;
  }
  return false;
}

/**
 * A plan word after the cue ("visit booked", "call to follow"), unless it is the purpose of a contact
 * already made: "Text to mum to rebook", "Letter sent to rebook" (the text went; rebooking is why).
 */
function planAfter(v: ClauseView, cue: Cue, from: number, to: number, lex: CompiledContactLexicon): boolean {
  const t = v.tokens;
  for (let i = Math.max(0, from); i <= Math.min(t.length - 1, to); i++) {
    if (!phraseAt(t, i, lex.unrealisedAfter)) continue;
    const purpose = t[i - 1]?.lower === 'to' && (v.parties.some((p) => p.first > cue.last && p.last < i - 1 && p.kind !== 'pronoun') || has(t, cue.last + 1, i - 2, lex.sent));
    if (!purpose) return true;
  }
  return false;
}

/** "No one from the GP practice … was invited", "Nobody has called back": the whole clause is denied. */
function wholeClauseDenied(v: ClauseView): boolean {
  return /^\s*(?:no one|nobody|none of|neither|no-one)\b/i.test(v.clause.text);
}

/** A word just before a plural contact noun that counts contacts rather than records one ("6 visits", "several calls"). */
const TALLY = /^(?:\d{1,2}|several|many|multiple|numerous|two|three|four|five|six|seven|eight|nine|ten)$/;

/** Words that open a noun phrase: after "to" they make it a destination, not an infinitive. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'this', 'that', 'our', 'its', 'my', 'your', 'both', 'all', 'each']);

/** The sentence's words before the cue (earlier clauses, then this clause up to it). */
function sentenceBefore(v: ClauseView, cue: Cue): string {
  const at = v.sentenceText.indexOf(v.clause.text);
  const earlier = at > 0 ? v.sentenceText.slice(0, at) : '';
  return earlier + v.clause.text.slice(0, Math.max(0, v.tokens[cue.first]!.start - v.clause.start));
}

/** Unrealised: a plan, an offer, an instruction, a counterfactual, a pattern, reported speech. */
function isUnrealised(v: ClauseView, cue: Cue, lex: CompiledContactLexicon): boolean {
  const t = v.tokens;
  if (phraseIn(t, Math.max(0, cue.first - 6), cue.first - 1, lex.unrealised)) {
    // "Plan: referral letter … emailed today" is done: a past form of sending overrides the plan.
    const planOnly = t.slice(Math.max(0, cue.first - 6), cue.first).some((x) => x.lower === 'plan');
    if (!(planOnly && has(t, cue.last, t.length - 1, lex.sent))) return true;
  }
  // What follows the cue itself ("visit booked", "call to follow"), up to the next preposition ("No access for a planned visit" is done).
  let end = cue.last;
  while (end + 1 < t.length && end < cue.last + 4 && !t[end + 1]!.punct && !/^(?:for|at|on|in|with|from|by|after|before|about|re|of)$/.test(t[end + 1]!.lower)) end++;
  if (planAfter(v, cue, cue.last + 1, end, lex)) return true;
  // "Joint visit with police planned for tomorrow": past the party the cue names, the plan word still belongs to the cue.
  const party = v.parties.find((p) => p.first > cue.last && p.first <= cue.last + 3 && p.kind !== 'pronoun');
  if (party && planAfter(v, cue, party.last + 1, Math.min(t.length - 1, party.last + 2), lex)) return true;
  // "Visits to resume after discharge", "visit to be arranged": "to" and a verb, not "to" and a party.
  // ("T/c to MK": a capitalised word after "to" is someone, not a verb.)
  if (cue.kind === 'noun' && t[cue.last + 1]?.lower === 'to' && /^[a-z]/.test(t[cue.last + 2]?.text ?? '') && !DETERMINERS.has(t[cue.last + 2]!.lower) && !v.parties.some((p) => p.first > cue.last + 1 && p.first <= cue.last + 4 && p.kind !== 'pronoun')) return true;
  // "Agreed joint S47 enquiry and joint visit today": what a meeting agreed to do, not done.
  // (What was agreed during a call, "t/c to Ms T - agreed HV on 05/01", comes after the call and leaves it made.)
  if (cue.kind === 'noun' && /\bagreed\b/i.test(sentenceBefore(v, cue)) && !has(t, 0, t.length - 1, lex.sent)) return true;
  // "3 of 6 visits achieved", "7 visits since referral": a tally of contacts, each recorded in its own entry.
  if ((cue.kind === 'noun' || cue.kind === 'verb') && /s$/.test(t[cue.last]!.lower) && TALLY.test(t[cue.first - 1]?.lower ?? '')) return true;
  // "HV visits every 2 weeks" is a plan or a pattern; "Mum rang in each morning" says the calls were made.
  const pastVerb = cue.kind === 'verb' && !cue.base && !/s$/.test(t[cue.first]!.lower);
  if (!pastVerb && [1, 2, 3].some((k) => FREQUENCY.test(t[cue.last + k]?.lower ?? ''))) return true;
  if (cue.kind === 'verb') {
    const prev = t[cue.first - 1]?.lower;
    // "nursery to … speak to mum", "Advised her to tell her social worker": an instruction.
    if (prev === 'to' && !/^(?:tried|attempted|came|went|managed|began|started)$/.test(t[cue.first - 2]?.lower ?? '')) return true;
    // "nursery to monitor and speak to mum": the second verb of an instruction.
    if (prev === 'and' && t[cue.first - 3]?.lower === 'to') return true;
    // A bare verb opening a clause is an instruction or plan: "Liaise with CSC", "Chase referral".
    // ("Contact from school" opens with a noun: an instruction takes an object, not "from".)
    if (cue.base && t.findIndex((x) => !x.punct) === cue.first && cue.lemma !== 'see' && t[cue.last + 1]?.lower !== 'from') return true;
  }
  if (/\b(?:to think about|to consider|will think)\b/i.test(v.sentenceText)) return true;
  // Reported speech before the cue ("Says the GP referred her …"); words in brackets are an aside.
  const lead = v.clause.text.slice(0, Math.max(0, t[cue.first]!.start - v.clause.start)).replace(/\([^)]*\)/g, ' ');
  return lex.reportedSpeech.test(lead);
}

/** Contacts out that can fail to connect: a call unanswered, an email bounced, a chase that found no one. */
const ATTEMPTABLE: ReadonlySet<ContactType> = new Set(['phone-call', 'email', 'other']);
const EMAIL_WORDS = /\b(?:e-?mail(?:ed|s)?|bounced|undeliver\w*)\b/i;

const MESSAGE_OUT: ReadonlySet<ContactType> = new Set(['email', 'letter', 'referral', 'information-request', 'information-share', 'notification']);
/** The family is in the sentence: then "no reply" may well be theirs. */
const FAMILY_WORDS = /\b(?:mum|mother|dad|father|parents?|carers?|family|home|door|visit|appointment|her|his|him|she|he|patient|client)\b/i;

/**
 * "No reply" / "no response" after this entry has written to an agency, in a
 * sentence that names nobody in the family: the silence is the agency's.
 */
function awaitingAgencyReply(rec: Recorder, t: readonly Token[], cue: Cue, sentence: string): boolean {
  const words = t.slice(cue.first, cue.last + 1).map((x) => x.lower).join(' ');
  if (words !== 'no reply' && words !== 'no response') return false;
  if (FAMILY_WORDS.test(sentence)) return false;
  return rec.drafts.some((d) => d.with !== 'family' && d.direction === 'out' && !d.negated && MESSAGE_OUT.has(d.type));
}

/** Collects a clause's drafts with the shared bookkeeping. */
class Recorder {
  readonly drafts: Draft[] = [];
  readonly input: ContactInput;
  constructor(input: ContactInput) {
    this.input = input;
  }

  add(v: ClauseView, cue: Span, party: { agency: AgencyId; start?: number; end?: number } | null, direction: ContactDirection, type: ContactType, rule: string, negation: Negation | boolean, strength = 1): void {
    const t = v.tokens;
    const start = Math.min(t[cue.first]!.start, party?.start ?? Infinity);
    const end = Math.max(t[cue.last]!.end, party?.end ?? -Infinity);
    const agency = party?.agency ?? 'family';
    if (agency === this.input.agency && !(party && 'otherArea' in party && (party as Party).otherArea)) return;
    const negated = negation !== false;
    this.drafts.push({ with: agency, direction, type, negated, ...(negation === 'unrealised' ? { unrealised: true as const } : {}), rule, start, end, clauseIndex: v.index, sentence: v.clause.sentence, strength, channel: v.channel !== null || type === 'email' || type === 'letter' || type === 'phone-call' });
  }
}

function clauseContacts(v: ClauseView, input: ContactInput, lex: CompiledContactLexicon, state: EntryState, rec: Recorder): void {
  const t = v.tokens;
  // A contact's content ("Tel call to CPN (CMHT): Ms K open to CMHT since August …") holds no contacts of its own.
  const content = state.contentFrom !== null && state.contentFrom.sentence === v.clause.sentence;
  if (SAME_EVENT.test(v.clause.text)) return;
  // Within this clause too: cues after "Email from HV (sent 09/01):" are what the email said.
  const ownColon = contentColon(v);
  const sentenceHas = (re: RegExp) => re.test(v.sentenceText);
  for (const cue of v.cues) {
    if (content && t[cue.first]!.start >= state.contentFrom!.offset) continue;
    if (ownColon !== null && cue.first > ownColon) continue;
    // "No one from the GP was invited" denies the clause; a cancelled or counterfactual contact ("should have rung") did not happen.
    const clauseDenied = wholeClauseDenied(v);
    const unrealised = clauseDenied || isUnrealised(v, cue, lex);
    const denied = clauseDenied || (unrealised && phraseIn(t, Math.max(0, cue.first - 6), Math.min(t.length - 1, cue.last + 4), lex.didNotHappen));
    // A plan not to do it ("no referral to be made") is a decision, so a denial wins over the plan.
    const neg: NegationOf = (party) => (denied || isNegated(v, cue, lex, party) ? 'denied' : unrealised ? 'unrealised' : false);
    const before = partyBefore(t, v.parties, cue);
    switch (cue.kind) {
      case 'dna': {
        // "police did not attend", "(police did not attend)", "DSL unable to attend": an agency's absence, not the family's.
        // The recording agency's own absence ("GP did not attend" the conference, in the GP's record) is not the family's either.
        if ((before && (before.kind === 'agency' || (before.kind === 'self' && before.agency !== 'family'))) || agencyRightBefore(v, cue)) continue;
        if (unrealised && !outcomeAfterColon(t, cue)) continue;
        // "MAR charts not brought", "letter not brought": things, not the person brought to the appointment.
        if (/^not brought/.test(t[cue.first]!.lower + ' ' + (t[cue.first + 1]?.lower ?? '')) && THING_BEFORE.test(t[cue.first - 1]?.lower ?? '')) continue;
        rec.add(v, cue, null, 'attempted', 'dna', 'dna', /\bno\s+(?:further\s+)?DNA/i.test(v.clause.text), 3);
        continue;
      }
      case 'attempt': {
        if (unrealised || (before && before.kind === 'agency') || agencyRightBefore(v, cue)) continue;
        // "Emailed the social worker to ask … No reply received.": the reply that did not come is the agency's, not a failed contact with the family.
        if (awaitingAgencyReply(rec, t, cue, v.sentenceText)) continue;
        const phone = sentenceHas(/\b(?:rang|ring|phoned|phone|called|call|calls|mobile|voicemail|telephone|tel|t\/c|message)\b/i);
        // "Unable to contact the GP surgery", "Message left for the social worker": the attempt was at an agency.
        const target = partyRightAfter(t, v.others, cue) ?? afterPreposition(t, v.others, cue, new Set(['for', 'with', 'to']), 4)?.party ?? null;
        const atAgency = target && target.kind === 'agency' ? target : null;
        // "Rang the ward x2, no answer", "Chased ASC. On hold 25 min, left msg", "Emailed SW2 – bounced": the call or
        // email this sentence (or, with no one named here, the one before) made to an agency is what failed,
        // unless the sentence speaks of the family.
        const sentences = v.parties.length === 0 ? [v.clause.sentence, v.clause.sentence - 1] : [v.clause.sentence];
        const failed = FAMILY_WORDS.test(v.sentenceText)
          ? undefined
          : rec.drafts.find((d) => sentences.includes(d.sentence) && d.direction === 'out' && d.with !== 'family' && !d.negated && ATTEMPTABLE.has(d.type) && (!atAgency || d.with === atAgency.agency));
        const medium: ContactType = EMAIL_WORDS.test(v.sentenceText) && !phone ? 'email' : 'phone-call';
        // A second word for the same failure ("on hold 25 min, left msg") is already read.
        if (!atAgency && rec.drafts.some((d) => sentences.includes(d.sentence) && d.direction === 'attempted' && d.with !== 'family')) continue;
        if (failed) {
          failed.direction = 'attempted';
          if (failed.type === 'other') failed.type = medium;
          continue;
        }
        if (atAgency) {
          rec.add(v, cue, atAgency, 'attempted', medium, 'attempt-agency', false, 3);
          continue;
        }
        rec.add(v, cue, null, 'attempted', phone ? 'phone-call' : 'dna', 'attempt', false, 3);
        continue;
      }
      case 'scene': {
        if (!RESPONDERS.has(input.agency)) continue;
        const words = t.slice(cue.first, cue.last + 1).map((x) => x.lower).join(' ');
        if (/police request/.test(words)) {
          rec.add(v, cue, { agency: 'police' }, 'in', 'other', 'attended-at-request', false, 2);
          rec.add(v, cue, { agency: 'police' }, 'both', 'other', 'attended-with', false, 2);
          continue;
        }
        // "officers on scene had forced entry" in a crew's record is the police being there, not the crew.
        const lead = v.clause.text.slice(0, t[cue.last]!.end - v.clause.start).toLowerCase();
        if (input.agency === 'ambulance' && /\b(?:officers?|police)\b/.test(lead)) continue;
        if (input.agency === 'police' && /\b(?:crews?|paramedics?|ambulance)\b/.test(lead)) continue;
        rec.add(v, cue, null, 'out', 'other', 'attended-scene', neg(null), 2);
        continue;
      }
      case 'convey': {
        const target = partyRightAfter(t, v.others, cue);
        if (input.agency === 'ambulance') rec.add(v, cue, target && target.kind === 'agency' ? target : { agency: 'ed' }, 'out', 'other', 'conveyed', neg(null), 2);
        continue;
      }
      case 'attendance':
        attendance(v, cue, input, rec, neg, before);
        continue;
      case 'noun':
      case 'verb':
        nounOrVerb(v, cue, input, lex, state, rec, neg, before);
    }
  }
}

function attendance(v: ClauseView, cue: Cue, input: ContactInput, rec: Recorder, neg: NegationOf, before: Party | null): void {
  const t = v.tokens;
  const words = t.slice(cue.first, cue.last + 1).map((x) => x.lower).join(' ');
  if (v.cues.some((c) => c.kind === 'dna')) return; // "DNA antenatal appointment"
  if (before && before.kind === 'agency') return; // someone else's attendance
  if (RESPONDERS.has(input.agency)) {
    // Police and crews go to people; "came to the station" is not a service visit. A police log line opening
    // "Attended, area search" / "Attended – no trace" is the officers attending the call (a crew's rows are read below).
    const scene = v.cues.some((c) => c.kind === 'scene' && c.first <= cue.last && c.last >= cue.first);
    if (words === 'attended' && input.agency === 'police' && !scene && t.findIndex((x) => !x.punct) === cue.first && !followedByMeeting(v, cue)) rec.add(v, cue, null, 'out', 'other', 'attended-scene', neg(null), 2);
    return;
  }
  if (words === 'attended' && (RESPONDERS.has(input.agency) || before?.kind === 'self' || followedByMeeting(v, cue))) return; // the scene, or a meeting
  if (words === 'brought in' || words === 'brought') {
    const by = afterPreposition(t, v.others, cue, new Set(['by']));
    if (by && by.party.kind === 'agency') {
      rec.add(v, cue, by.party, 'in', 'other', 'brought-in-by', false, 2);
      if (input.agency === 'ed' || input.agency === 'paediatrics') rec.add(v, cue, null, 'in', 'attendance', 'attendance', false, 2);
      return;
    }
    if (words === 'brought' && before?.kind !== 'family') return;
  }
  if (words.startsWith('seen by') && !CLINIC_AGENCIES.has(input.agency)) return;
  // "seen by CAMHS on the ward", "attended 1st appt at Recovery Partnership": someone else's service, not ours.
  const elsewhere = v.parties.find((p) => p.kind === 'agency' && p.first > cue.last && p.first <= cue.last + 6);
  // (A venue is where we met them: "attended appt at Family Hub".)
  const lead = elsewhere ? t.slice(cue.last + 1, elsewhere.first).filter((x) => !/^(?:the|a|an)$/.test(x.lower)).at(-1)?.lower ?? '' : '';
  if (elsewhere && /^(?:by|at|to)$/.test(lead) && !VENUE.test(elsewhere.text)) return;
  // "attended the address": going to someone's home, which is no one attending a service.
  if (/^(?:attended|attends|attending)$/.test(words) && /^(?:the\s+)?(?:address|home address|property|flat|house|scene)\b/i.test(v.clause.text.slice(t[cue.last]!.end - v.clause.start).trim())) return;
  rec.add(v, cue, null, 'in', 'attendance', 'attendance', neg(null), 1);
}

function nounOrVerb(v: ClauseView, cue: Cue, input: ContactInput, lex: CompiledContactLexicon, state: EntryState, rec: Recorder, neg: NegationOf, subjectBefore: Party | null): void {
  let before = subjectBefore;
  const t = v.tokens;
  const word = t[cue.first]!.lower;
  const counter = v.others.filter((p) => !(p.forum && cue.type !== 'referral'));
  const agencies = v.parties.filter((p) => p.kind === 'agency' && !p.forum);
  const nearNoun = v.cues.some((c) => c.kind === 'noun' && c !== cue && Math.abs(c.first - cue.first) <= 6);
  // Verbs that only carry a noun ("sent a letter", "made a referral", "referral received") are read through the noun.
  if (cue.kind === 'verb' && CARRIERS.has(cue.lemma ?? '') && nearNoun) return;
  // "an ambulance crew attended S, who had rung 999": "who" is the party just before it.
  if (!before && cue.kind === 'verb') {
    let j = cue.first - 1;
    while (j >= 0 && /^(?:had|has|have|was|were|then|also|first)$/.test(t[j]!.lower)) j--;
    if (t[j]?.lower === 'who') {
      const antecedent = [...v.parties].reverse().find((p) => p.last < j && p.kind !== 'pronoun');
      // "The district nurses, who had raised the concern, …": background about another agency, not a new contact.
      if (antecedent?.kind === 'agency' && t.slice(j, cue.first).some((x) => x.lower === 'had')) return;
      if (antecedent) before = antecedent;
    }
  }
  // "she replied" is whoever we were last dealing with; "… emailed first thing and then phoned" keeps its subject.
  const coordinated = !before && cue.kind === 'verb' && t.slice(Math.max(0, cue.first - 2), cue.first).some((x) => x.lower === 'and' || x.lower === 'then');
  const subject = before && before.kind === 'pronoun'
    ? (state.lastParty?.sentence === v.clause.sentence || state.lastParty?.sentence === v.clause.sentence - 1 ? state.lastParty.party : before)
    : coordinated && state.lastSubject?.sentence === v.clause.sentence ? state.lastSubject.party : before;
  const resolveObject = (p: Party | null): Party | null => (p && p.kind === 'pronoun' && state.lastParty?.sentence === v.clause.sentence ? state.lastParty.party : p);

  if (cue.type === 'received') {
    const from = afterPreposition(t, counter, cue, new Set(['from']));
    if (from) rec.add(v, cue, from.party, 'in', contactTypeOf('received', v.channel), 'received-from', neg(from.party));
    return;
  }
  if (cue.type === 'seen' || cue.type === 'attend') return seen(v, cue, input, rec, neg, subject);
  if (cue.type === 'convey') return;
  if (cue.type === 'assessment') return assessment(v, cue, input, rec, neg, counter);
  if (cue.type === 'appointment') {
    // "New appointment sent", "Letter sent with a new appointment": a letter to the family.
    if (has(t, cue.first - 3, cue.last + 3, lex.sent)) rec.add(v, cue, null, 'out', 'letter', 'appointment-sent', neg(null));
    return;
  }
  // A verb that names the channel is stronger than a noun of purpose in the same clause ("Emailed HV for information").
  if ((cue.type === 'information-share' || cue.type === 'information-request') && cue.kind === 'noun' && v.cues.some((c) => c.kind === 'verb' && (c.type === 'email' || c.type === 'phone-call' || c.type === 'letter'))) return;
  const sentWord = cue.kind === 'noun' && has(t, cue.first - 3, cue.last + 4, lex.sent);
  const receivedWord = cue.kind === 'noun' && has(t, cue.first - 3, cue.last + 4, lex.received);
  const colonAfter = t[cue.last + 1]?.text === ':';
  const type = contactTypeOf(cue.type, v.channel);

  const emit = (party: Party | { agency: AgencyId; start?: number; end?: number }, direction: ContactDirection, rule: string, list?: Party[]) => {
    for (const p of list ?? [party]) {
      const n = neg('first' in p ? (p as Party) : null);
      rec.add(v, cue, p, direction, type, rule, n);
      // What a later "reply" answers: the last call, email, letter or meeting with someone.
      if (!n && p.agency !== 'family' && (CHANNELS.has(type) || type === 'conference' || type === 'strategy-discussion')) state.lastCounterpart = { agency: p.agency, type, direction };
      // "… agreed to be referred to the Recovery Service. Referral sent.": remember whom a referral or letter was meant for.
      if (p.agency !== 'family' && direction === 'out') state.intended.set(type, p.agency);
    }
  };
  // "Referral sent." with no party: the one this entry just said it was for.
  if (cue.kind === 'noun' && sentWord && !receivedWord && !v.others.length && state.intended.has(type)) {
    const target = state.intended.get(type)!;
    if (target !== input.agency) rec.add(v, cue, { agency: target }, 'out', type, 'sent-as-intended', neg(null));
    return;
  }

  if (cue.type === 'reply') return reply(v, cue, rec, state, neg, subject, counter);
  // "Email to HV asking for information", "Letter … advising": the -ing verb describes the noun's contact.
  if (cue.kind === 'verb' && word.endsWith('ing') && v.cues.some((c) => c.kind === 'noun' && c.last < cue.first && COMMUNICATIONS.has(c.type))) return;
  // "Card left asking S to ring the team": part of the no-access visit.
  if (cue.kind === 'verb' && (type === 'information-request' || type === 'other') && v.cues.some((c) => c.kind === 'dna' || c.kind === 'attempt')) return;
  // Checks are a contact once done ("GP check: nothing of concern", "checks made"); "Checks with HV and GP" is a plan.
  if (cue.kind === 'noun' && type === 'information-request' && /^checks?$|^enquiry$|^request$/.test(word) && !colonAfter && !has(t, cue.last + 1, cue.last + 3, new Set(['made', 'completed', 'done', 'carried', 'undertaken', 'received', 'returned']))) {
    // Denied or still to do, they are evidence of a check not made (gap G7): "No checks with Probation", "children's services checks to be requested".
    if (neg(null)) {
      const withParty = afterPreposition(t, counter, cue, new Set(['with', 'from']), 6);
      const modifiers = v.parties.filter((p) => p.kind === 'agency' && !p.forum && p.last < cue.first && p.first >= cue.first - 6);
      const targets = withParty ? listFrom(t, counter, withParty.party) : modifiers.length ? listUpTo(t, v.parties, modifiers[modifiers.length - 1]!) : [];
      for (const p of targets) if (p.kind === 'agency') rec.add(v, cue, p, 'out', 'information-request', 'check-not-made', true);
    }
    return;
  }

  // Frames after the cue: the nearest preposition decides ("Joint visit with PC from the PPU" is with the PC); "via" names the route.
  const via = afterPreposition(t, counter, cue, new Set(['via']));
  // A verb's preposition is close to it and before any other verb ("report written and emailed to X": "to" is the email's).
  const nextVerb = v.cues.find((c) => c.kind === 'verb' && c.first > cue.last && !CARRIERS.has(c.lemma ?? ''));
  const reach = cue.kind === 'verb' ? Math.min(5, (nextVerb?.first ?? Infinity) - cue.last - 1) : Math.min(12, (nextVerb?.first ?? Infinity) - cue.last - 1);
  const prep = reach > 0 ? afterPreposition(t, counter, cue, new Set(['to', 'into', 'from', 'with', 'by']), reach) : null;
  const object = cue.kind === 'verb' && cue.object === 'party' ? resolveObject(partyRightAfter(t, [...counter, ...v.parties.filter((p) => p.kind === 'pronoun')], cue)) : null;
  if (cue.kind === 'verb' && before && before.kind !== 'pronoun') state.lastSubject = { sentence: v.clause.sentence, party: before };

  // Home visits: the family is visited; "joint visit with X" is with X too; "EHA home visit" says what kind, not who.
  if (type === 'home-visit') {
    // "Mum visited pm", "her brother visited the ward": the family came to us (a resident's or patient's visitors), not our visit to them.
    const visitsKin = /^\s+(?:(?:the|his|her|their)\s+(?:children|child|kids|baby|son|daughter|siblings?|brothers?|sisters?|mother|father|mum|dad|grandparents?)|her|him|them)\b/i.test(v.clause.text.slice(t[cue.last]!.end - v.clause.start));
    if (cue.kind === 'verb' && subject?.kind === 'family' && !visitsKin && !(object && object.kind === 'family') && !(prep && prep.party.kind === 'family')) {
      rec.add(v, cue, subject, 'in', 'attendance', 'family-visited', neg(subject));
      return;
    }
    if (cue.kind === 'verb' && subject && subject.kind !== 'self') return; // their visit, not ours
    if (cue.kind === 'verb' && prep?.prep === 'by' && prep.party.kind === 'agency') return; // "visited by the housing officer"
    if (cue.kind === 'verb' && object && object.kind === 'agency') return;
    // "at her visit", "seen at today's visit", "after the visit": a visit referred to, not this entry's event.
    let j = cue.first - 1;
    while (j >= 0 && (/^(?:the|a|an|her|his|their|my|our|this|that|today|today's|last|previous|next|first|second|home|cp|statutory|unannounced|new|birth)$/.test(t[j]!.lower) || t[j]!.lower.endsWith("'s"))) j--;
    if (cue.kind === 'noun' && /^(?:at|during|after|since|following|before|from|of|about|re|on)$/.test(t[j]?.lower ?? '')) return;
    const joint = /\bjoint\b/i.test(t.slice(Math.max(0, cue.first - 2), cue.last + 1).map((x) => x.text).join(' '));
    // "Joint visit with the police", "Home visit completed with the family support worker": both went.
    if (prep?.prep === 'with' && (joint || prep.party.kind === 'agency')) emit(prep.party, 'both', 'joint-visit', listFrom(t, counter, prep.party).filter((p) => p.kind === 'agency'));
    rec.add(v, cue, null, 'out', 'home-visit', 'visit', neg(null));
    return;
  }

  if (via) return emit(via.party, 'out', 'via');
  // "advised him to go back to the Recovery Service", "told SW about …": a verb's own object comes before any "to".
  if (object && object.first < (prep?.party.first ?? Infinity) && cue.object === 'party' && !(subject && (subject.kind === 'agency' || subject.kind === 'family') && object.kind !== 'self')) {
    // "a neighbour rang Avonmere Police": the other side called us.
    if (object.kind === 'self' && subject && (subject.kind === 'agency' || subject.kind === 'family')) return emit(subject, 'in', 'to-us');
    return emit(object, 'out', 'object', listFrom(t, counter, object));
  }
  if (prep) {
    const p = prep.party;
    switch (prep.prep) {
      case 'from':
        return emit(p, 'in', 'from');
      case 'to':
      case 'into': {
        // "referred S to X by Y" (someone else's referral); "police have made a referral to MARAC".
        const by = type === 'referral' ? afterPreposition(t, counter, cue, new Set(['by']), reach) : null;
        if (by && by.party.kind !== 'self') return;
        if (subject && subject.kind === 'agency' && !subject.otherArea) return;
        if (p.forum && type !== 'referral') return;
        return emit(p, 'out', 'to', listFrom(t, counter, p));
      }
      case 'with': {
        const direction: ContactDirection = cue.lemma === 'discuss' || cue.lemma === 'liaise' ? 'both' : 'out';
        return emit(p, direction, cue.lemma === 'discuss' ? 'discussed-with' : 'with', listFrom(t, counter, p));
      }
      case 'by':
        if (cue.kind === 'verb' || receivedWord) return emit(p, 'in', 'by');
    }
  }
  if (object) {
    if (subject && (subject.kind === 'agency' || subject.kind === 'family') && object.kind !== 'self') return; // "X told Y": not us
    return emit(object, 'out', 'object', listFrom(t, counter, object));
  }
  // "Ms K phoned SW" in the social worker's own record: the other side called us.
  const selfObject = cue.kind === 'verb' && cue.object === 'party' ? partyRightAfter(t, v.parties.filter((p) => p.kind === 'self'), cue) : null;
  if (selfObject && subject && (subject.kind === 'agency' || subject.kind === 'family')) return emit(subject, 'in', 'to-us');
  if (subject && subject.kind !== 'self' && subject.kind !== 'pronoun') {
    if (cue.kind === 'noun') return nounWithModifier(v, cue, subject, rec, neg, emit, sentWord, receivedWord, colonAfter, type);
    const participle = /(?:ed|d|t|n)$/.test(word) && word !== cue.lemma && !has(t, subject.last + 1, cue.first - 1, new Set(['has', 'had', 'have']));
    // The family ring, write and report of their own accord ("Ms K called 999", "Neighbour rang"): in.
    // "she reports no current mental health problems" is speech; a neighbour or relative reporting is someone getting in touch.
    const speech = (cue.lemma === 'report' || cue.lemma === 'tell') && (before?.kind === 'pronoun' || !PUBLIC.test(subject.text)) && !/\b(?:rang|phoned|called|999|101|emailed|wrote)\b/i.test(v.sentenceText);
    if (subject.kind === 'family' && FAMILY_VERBS.has(cue.lemma ?? '') && t[cue.last + 1]?.lower !== 'by' && !speech) {
      const ft: ContactType = cue.lemma === 'report' || cue.lemma === 'complain' ? (RESPONDERS.has(input.agency) || input.agency === 'csc' || input.agency === 'mash' ? 'phone-call' : 'other') : type;
      rec.add(v, cue, subject, 'in', ft, 'family-contacted', neg(subject));
      return;
    }
    // Passive: "PPU notified", "Police informed", "CSC not informed", "SW informed by phone", "Ms K told the outcome",
    // and "HV informed by task", "SW informed by the DSL": by something, or someone of this agency, that is not another agency.
    const byAt = t[cue.last + 1]?.lower === 'by' ? cue.last + 2 + (t[cue.last + 2]?.lower === 'the' ? 1 : 0) : -1;
    const byParty = byAt >= 0 ? v.parties.find((p) => p.first === byAt) : undefined;
    const byThisAgency = byAt >= 0 && (!byParty || byParty.kind === 'self' || (byParty.kind === 'agency' && byParty.agency === input.agency));
    if (participle && cue.object === 'party' && (!subject.person || subject.kind === 'family' || t[cue.first - 1]?.lower === 'not' || v.channel !== null || isSentenceEnd(t, cue) || byThisAgency)) {
      return emit(subject, 'out', 'passive', listUpTo(t, counter, subject));
    }
    if (participle && cue.lemma === 'refer' && !subject.person) return emit(subject, 'out', 'passive');
    if (cue.lemma === 'see' || cue.lemma === 'assess') return;
    if (subject.kind === 'family') return;
    // Another emergency service acting at the same scene is read by responderScene.
    if (RESPONDERS.has(input.agency) && RESPONDERS.has(subject.agency)) return;
    return emit(subject, 'in', 'subject');
  }
  if (cue.kind === 'noun' && cue.from && !subject && cue.from !== input.agency) return emit({ agency: cue.from }, 'in', 'default-sender');
  // "Duty to Refer submitted", "Encompass notification sent": the one receiver such a form has, when the words name none.
  if (cue.kind === 'noun' && cue.to && cue.to !== input.agency && (!subject || subject.kind === 'self') && !receivedWord && !v.others.some((p) => p.kind === 'agency')) return emit({ agency: cue.to }, 'out', 'default-receiver');
  if (cue.kind === 'verb' && cue.lemma === 'visit' && (!subject || subject.kind === 'self')) return emit({ agency: 'family' }, 'out', 'visited');
  // A letter, call or text with no addressee goes to the family ("Second letter sent", "Letter to parent", "text message sent").
  if (type === 'letter' || type === 'phone-call' || (type === 'other' && MESSAGE_WORDS.has(word))) {
    if (agencies.length > 0) return;
    if (cue.kind === 'verb' && cue.lemma !== 'text') return; // "written agreement", "written up later": no addressee, no contact
    // "999 | Caller Edith W reports …", "anonymous call via 101": the public rang in.
    // ("staff rang 999" is our call out, read by the verb.)
    const dialled = /^(?:rang|ring|rings|ringing|called|call|phoned|phone|dialled|dialed|dial)$/.test(t[cue.first - 1]?.lower ?? '');
    if (type === 'phone-call' && cue.kind === 'noun' && !dialled && CALLED_IN.test(v.sentenceText) && !sentWord) return emit({ agency: 'family' }, 'in', 'called-in');
    // "Police received a 999 call reporting …", "took a call from the caller": someone rang in, and the words name no agency.
    if (receivedWord && !sentWord) return type === 'phone-call' && cue.kind === 'noun' ? emit({ agency: 'family' }, 'in', 'call-received') : undefined;
    if (cue.kind === 'noun' && type === 'phone-call' && !sentWord && !/^(?:tel|telephone|phone|call-back|callback)$/.test(word) && t.findIndex((x) => !x.punct) !== cue.first) return;
    if (cue.kind === 'verb' && subject?.kind === 'self' && !object) return;
    if (subject?.kind === 'family') return emit(subject, 'in', 'family-subject');
    // "999 call from female child", "CALL: 999 from the caller's son": from someone the words do not name as an agency, so the public.
    if (cue.kind === 'noun' && /^\s*(?::\s*)?(?:(?:999|101|111)\s+)?from\b/i.test(v.clause.text.slice(t[cue.last]!.end - v.clause.start))) return emit({ agency: 'family' }, 'in', 'call-from');
    return emit({ agency: 'family' }, 'out', 'to-family');
  }
}

/** The passive's agent after the cue is another agency ("… made by ED", "sent by the school"). */
function byAnotherAgency(v: ClauseView, cue: Cue, own: AgencyId): boolean {
  const t = v.tokens;
  return v.parties.some((p) => {
    if (p.first <= cue.last || p.kind !== 'agency' || p.agency === own) return false;
    const lead = t[p.first - 1]?.lower === 'the' ? p.first - 2 : p.first - 1;
    return t[lead]?.lower === 'by';
  });
}

function nounWithModifier(
  v: ClauseView,
  cue: Cue,
  subject: Party,
  rec: Recorder,
  neg: NegationOf,
  emit: (party: Party | { agency: AgencyId; start?: number; end?: number }, direction: ContactDirection, rule: string) => void,
  sentWord: boolean,
  receivedWord: boolean,
  colonAfter: boolean,
  type: ContactType,
): void {
  // "MARAC referral": a referral to the forum.
  if (subject.forum) {
    // "police have made a MARAC referral": someone else's.
    const lead = v.clause.text.slice(0, subject.start - v.clause.start);
    const maker = v.parties.some((p) => p.kind === 'agency' && !p.forum && p.last < subject.first);
    if (maker && /\b(?:made|submitted|sent|raised|completed)\s+(?:a\s+|an\s+|the\s+)?$/i.test(lead)) return;
    return emit({ agency: 'other', start: subject.start, end: subject.end }, 'out', 'forum-referral');
  }
  // "Police checks: no incidents": we checked with the police.
  if (type === 'information-request') return emit(subject, 'out', 'checks-with');
  // "nursery report L's attendance has dropped" (said at a meeting) is not a report received; "Police report: nothing new" is.
  if (type === 'information-share' && !receivedWord && !sentWord && !colonAfter) return;
  if (sentWord && !receivedWord && subject.kind === 'agency') {
    // "MASH referral made by ED": another agency's referral, not ours.
    if (byAnotherAgency(v, cue, rec.input.agency)) return;
    return emit(subject, 'out', 'noun-sent');
  }
  // "IDVA referral to CDAS": a referral to that kind of service, named after it by its own name.
  if (subject.kind === 'agency' && v.tokens[cue.last + 1]?.lower === 'to' && (type === 'referral' || type === 'notification')) return emit(subject, 'out', 'modifier-to');
  // "GP referral", "Police adult at risk notification", "AMHP report": the party sent it.
  if (subject.kind === 'family' && type !== 'referral') return;
  rec.add(v, cue, subject, 'in', type, 'sender', neg(subject));
}

function reply(v: ClauseView, cue: Cue, rec: Recorder, state: EntryState, neg: NegationOf, subject: Party | null, counter: Party[]): void {
  const t = v.tokens;
  const last = state.lastCounterpart;
  const explicit = afterPreposition(t, counter, cue, new Set(['to', 'from']));
  const target = explicit?.party.agency ?? (subject && (subject.kind === 'agency' || subject.kind === 'family') ? subject.agency : last?.agency);
  if (!target) return;
  const incoming = (subject && subject.kind !== 'self') || explicit?.prep === 'from';
  const type: ContactType = v.channel ? contactTypeOf('reply', v.channel) : (last?.type ?? 'other');
  const negated: Negation | boolean = neg(null) || /\b(?:awaiting|no)\s+(?:a\s+)?(?:reply|response)\b/i.test(v.clause.text) || /\bdid not (?:get|receive) a (?:reply|response)\b/i.test(v.clause.text);
  rec.add(v, cue, explicit?.party ?? (subject && subject.kind === 'agency' ? subject : { agency: target }), incoming ? 'in' : 'out', type === 'referral' || type === 'conference' ? 'other' : type, 'reply', negated);
}

function isSentenceEnd(t: readonly Token[], cue: Cue): boolean {
  const next = t[cue.last + 1];
  return !next || (next.punct && next.text !== '(');
}

function seen(v: ClauseView, cue: Cue, input: ContactInput, rec: Recorder, neg: NegationOf, subject: Party | null): void {
  const t = v.tokens;
  if (subject?.kind === 'agency') return;
  // "reported seeing Mr R": a witness's account; police and crews see people as part of attending.
  if (t[cue.first]!.lower.endsWith('ing') || (RESPONDERS.has(input.agency) && cue.lemma === 'see')) return;
  if (cue.lemma === 'attend') {
    if (subject?.kind === 'self' || RESPONDERS.has(input.agency)) return; // a meeting (read elsewhere), or the scene
    if (followedByMeeting(v, cue)) return;
    if (v.cues.some((c) => c.kind === 'dna')) return;
    rec.add(v, cue, null, 'in', 'attendance', 'attended', neg(null));
    return;
  }
  // "Ms K seen", "L seen and spoken to", "Seen by GP1", "Seen at home": someone of the family is seen. "The boots seen at the visit" is not.
  const opens = t.findIndex((x) => !x.punct) === cue.first;
  const family = v.parties.some((p) => p.kind === 'family' && p.last < cue.first && cue.first - p.last <= 6 && !inBrackets(t, p));
  if (!opens && !family) return;
  const atHome = /\bat home\b/i.test(v.clause.text);
  if (CLINIC_AGENCIES.has(input.agency) && !atHome) {
    rec.add(v, cue, null, 'in', 'attendance', 'seen', neg(null));
    return;
  }
  // A visiting service that "saw" the family saw them at home, unless it says where else ("Seen on CDU", "seen in clinic").
  const elsewhere = /^\s*(?:\w+\s+){0,1}(?:on|in|at)\s+(?:the\s+)?(?!home\b)(?:[A-Z]{2,}|ward|clinic|office|hospital|department|ED|A&E|school|nursery|court|custody|station|surgery)\b/i.test(v.clause.text.slice(t[cue.last]!.end - v.clause.start));
  if (!elsewhere) rec.add(v, cue, null, 'out', 'home-visit', 'seen-at-home', neg(null));
}

function assessment(v: ClauseView, cue: Cue, input: ContactInput, rec: Recorder, neg: NegationOf, counter: Party[]): void {
  const t = v.tokens;
  const obj = cue.kind === 'verb' ? partyRightAfter(t, [...counter, ...v.parties.filter((p) => p.kind === 'pronoun')], cue) : null;
  const atHome = /\bat home\b/i.test(v.clause.text);
  if (cue.kind === 'verb' && obj && (obj.kind === 'family' || obj.kind === 'pronoun')) {
    rec.add(v, cue, null, 'out', input.adult || !atHome ? 'assessment' : 'home-visit', 'assessed', neg(null));
    return;
  }
  if (cue.kind === 'noun' && (v.channel === 'phone-call' || atHome)) {
    const first = t.findIndex((x) => !x.punct);
    if (first < 0 || cue.first - first > 3) return; // "assessment at home" must be what the clause is about
    rec.add(v, cue, null, 'out', atHome && !input.adult ? 'home-visit' : 'assessment', 'assessment-of', neg(null));
  }
}

/** A contact-type value naming a call: "Telephone", "Tel consult", "Phone call (in)", "T/C", "Tel – outgoing". */
const PHONE_TYPE = /^(?:tel(?:ephone)?|phone|t\/c|call)\b(?!.*\b(?:mdt|meeting|conference|strategy)\b)/;

/** Contacts implied by the contact-type column when the text names none ("Home visit" | "No access. Card left."). */
function fromContactType(input: ContactInput, drafts: Draft[], text: string): void {
  const ct = input.contactType?.toLowerCase() ?? '';
  if (!ct) return;
  const has = (dir: ContactDirection, type?: ContactType) => drafts.some((d) => d.with === 'family' && d.direction === dir && (!type || d.type === type));
  const add = (direction: ContactDirection, type: ContactType, rule: string) =>
    drafts.push({ with: 'family', direction, type, negated: false, rule, start: 0, end: Math.min(text.length, 40), clauseIndex: 0, sentence: 0, strength: 1, channel: false });
  if (PHONE_TYPE.test(ct)) {
    // A call with the family, unless the text says whom else it was with ("Telephone | Call to the school").
    if (has('out', 'phone-call') || has('in', 'phone-call') || has('attempted') || drafts.some((d) => d.with !== 'family' && !d.negated)) return;
    add(/\b(?:in|incoming|inbound|received)\b/.test(ct) ? 'in' : 'out', 'phone-call', 'type-column-phone');
  } else if (/\bvisit\b/.test(ct) && !/\bjoint\b/.test(ct)) {
    if (!has('attempted') && !has('out', 'home-visit')) add('out', 'home-visit', 'type-column-visit');
  } else if (/\b(?:face to face|face-to-face|clinic|consultation|surgery|new patient|postnatal|antenatal|booking|office|supervision|appointment|approach|check)\b/.test(ct)) {
    // Where the family come to the agency (a GP surgery, a probation office) the row is their attendance; elsewhere
    // only when the text records no contact ("consultation" with a professional is not the family attending).
    if (!CLINIC_AGENCIES.has(input.agency) && drafts.some((d) => !d.negated)) return;
    if (has('in', 'attendance') || has('attempted')) return;
    if (!/\b(?:did not attend|dna|wnb|failed to attend)\b/i.test(text)) add('in', 'attendance', 'type-column-attendance');
  }
}

/** Extract an entry's contacts (negated ones included, marked). */
export function extractContacts(input: ContactInput, clauses: Clause[], partyCtx: Omit<PartyContext, 'lexicon'>, lex: CompiledContactLexicon): Contact[] {
  const ctx: PartyContext = { ...partyCtx, lexicon: lex };
  const rec = new Recorder(input);
  const partiesByClause: Party[][] = [];
  for (let i = 0; i < clauses.length; i++) {
    if ((i & 63) === 0 && Date.now() > input.deadline) return [];
    partiesByClause.push(partiesIn(clauses[i]!, ctx));
  }
  const sentences = new Map<number, string>();
  for (const c of clauses) sentences.set(c.sentence, `${sentences.get(c.sentence) ?? ''} ${c.text}`);
  const state: EntryState = { lastCounterpart: null, lastSubject: null, lastParty: null, contentFrom: null, intended: new Map() };
  for (let i = 0; i < clauses.length; i++) {
    // Checked between clauses: each clause is short, so this bounds the work by the deadline.
    if ((i & 63) === 0 && Date.now() > input.deadline) break;
    const clause = clauses[i]!;
    const parties = partiesByClause[i]!;
    const cues = findCues(clause.tokens, lex, parties);
    const v: ClauseView = {
      clause,
      index: i,
      tokens: clause.tokens,
      parties,
      others: parties.filter((p) => p.kind === 'agency' || p.kind === 'family'),
      cues,
      channel: channelIn(clause.tokens, lex),
      sentenceText: sentences.get(clause.sentence) ?? clause.text,
    };
    clauseContacts(v, input, lex, state, rec);
    markContent(v, state);
    const lastParty = [...parties].reverse().find((p) => p.kind === 'agency' || p.kind === 'family');
    if (lastParty) state.lastParty = { sentence: clause.sentence, party: lastParty };
  }
  const meetings = entryMeetings(clauses, partiesByClause, input.agency, lex, input.text);
  if (meetings.some((m) => !m.negated)) {
    // The minutes of a meeting, whole ("STRATEGY MEETING – CHILD R / Date: … / Present: … / Information shared: police
    // reported …"): its contacts are who was there; what each reported is the meeting's content, not contacts of its own.
    const minutes = isWrittenMinutes(input.text) && clauses[0] !== undefined && phraseIn(clauses[0].tokens, 0, 2, lex.meetings);
    // "CIN mtg @ home – attended", "Attended with SW2 and MGM" in a meeting's row: the recording agency attended the meeting,
    // the family did not come to it (unless the words say the family did: "Mum attended").
    const ourAttendance = (d: Draft) => d.rule === 'attendance' && /^attend/i.test(input.text.slice(d.start, d.end)) && !(partiesByClause[d.clauseIndex] ?? []).some((p) => p.kind === 'family' && p.end <= d.start);
    rec.drafts.splice(0, rec.drafts.length, ...(minutes ? [] : rec.drafts.filter((d) => !ourAttendance(d))));
  }
  for (const m of meetings) {
    rec.drafts.push({ with: m.with, direction: 'both', type: m.type, negated: m.negated, rule: m.rule, start: m.start, end: m.end, clauseIndex: m.clauseIndex, sentence: clauses[m.clauseIndex]?.sentence ?? 0, strength: 3, channel: true });
  }
  fromContactType(input, rec.drafts, input.text);
  for (const a of letterAddressees(input.text, clauses, partiesByClause)) {
    rec.drafts.push({ with: a.agency, direction: 'out', type: 'letter', negated: false, rule: 'letter-addressee', start: a.start, end: a.end, clauseIndex: a.clauseIndex, sentence: a.sentence, strength: 2, channel: true });
  }
  responderScene(input, clauses, partiesByClause, rec);
  premisesAttendance(input, clauses, lex, rec);
  emergencyArrival(input, input.text, clauses, lex, rec);
  // A row of a 999 log whose caller is the public ("Member of public", "Caller: son"): the call came in.
  if (RESPONDERS.has(input.agency) && CALLED_IN.test(input.text) && !rec.drafts.some((d) => d.with === 'family' && d.direction === 'in')) {
    rec.drafts.push({ with: 'family', direction: 'in', type: 'phone-call', negated: false, rule: 'called-in', start: 0, end: Math.min(input.text.length, 40), clauseIndex: 0, sentence: 0, strength: 1, channel: false });
  }
  // Every row of an ambulance service's return is a crew attending someone, unless it says it was for the police.
  if (input.agency === 'ambulance' && !/police request/i.test(input.text) && !rec.drafts.some((d) => d.with === 'family' && d.direction === 'out' && !d.negated)) {
    rec.drafts.push({ with: 'family', direction: 'out', type: 'other', negated: false, rule: 'crew-attended', start: 0, end: Math.min(input.text.length, 40), clauseIndex: 0, sentence: 0, strength: 1, channel: false });
  }
  return finalise(rec.drafts, input.text);
}

/** The colon after which a clause's words are a contact's content ("Tel call to CPN (CMHT): …"), or null. */
/** "Planned visit: no access": what follows the colon is what happened to the planned visit, not a plan ("Plan: DNA letter" is). */
function outcomeAfterColon(t: readonly Token[], cue: Cue): boolean {
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - 6); i--) {
    if (t[i]!.text !== ':') continue;
    return i > 0 && !/^(?:plan|plans|action|actions|next|todo)$/.test(t[i - 1]!.lower);
  }
  return false;
}

function contentColon(v: ClauseView): number | null {
  const t = v.tokens;
  const colon = t.findIndex((x) => x.text === ':');
  if (colon < 0) return null;
  // A reply's words, or what someone named said in a call, email or letter. A visit's colon ("Third visit: no answer") introduces what happened.
  const reply = v.cues.some((c) => c.first < colon && c.type === 'reply');
  const communication = v.cues.some((c) => c.first < colon && (c.kind === 'noun' || c.kind === 'verb') && COMMUNICATIONS.has(c.type));
  const named = v.parties.some((p) => p.last < colon && (p.kind === 'agency' || p.kind === 'family'));
  return reply || (communication && named) ? colon : null;
}

/** After "Tel call to CPN (CMHT):" or "Email from HV:", the rest of the sentence is what was said. */
function markContent(v: ClauseView, state: EntryState): void {
  const colon = contentColon(v);
  if (colon !== null) state.contentFrom = { sentence: v.clause.sentence, offset: v.tokens[colon]!.end };
}

/** "Attended ICPC", "attended the review CP conference": a meeting is what was attended. */
function followedByMeeting(v: ClauseView, cue: Cue, lex: CompiledContactLexicon = contactLexicon()): boolean {
  if (/^\s*(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}(?:ICPC|RCPC|MARAC|MAPPA|MATAC|conference|core group|strategy|meeting|CIN|TAF|review CP|planning|panel)/i.test(v.clause.text.slice(v.tokens[cue.last]!.end - v.clause.start))) return true;
  // Any meeting the lexicon knows, a few words on ("Attended MARM re Mr D").
  for (let i = cue.last + 1; i <= Math.min(v.tokens.length - 1, cue.last + 4); i++) if (phraseAt(v.tokens, i, lex.meetings)) return true;
  return false;
}

/** An agency named just before the cue, in brackets or not: "(police did not attend)". */
function agencyRightBefore(v: ClauseView, cue: Cue): boolean {
  return v.parties.some((p) => p.kind === 'agency' && p.last < cue.first && cue.first - p.last <= 2);
}

/** A birth on the maternity unit, a review at the surgery: the family came to the agency. */
function premisesAttendance(input: ContactInput, clauses: Clause[], lex: CompiledContactLexicon, rec: Recorder): void {
  const indexes = [input.agency === 'midwifery' ? lex.birth : CLINIC_AGENCIES.has(input.agency) ? lex.clinicAttendance : null, SESSION_AGENCIES.has(input.agency) ? lex.sessionAttendance : null].filter((x) => x !== null);
  if (indexes.length === 0 || rec.drafts.some((d) => d.with === 'family' && d.direction === 'in' && d.type === 'attendance')) return;
  // Someone came to the service: not where the entry's contact is with another agency only ("Session with the CMHT").
  if (rec.drafts.some((d) => d.with !== 'family' && !d.negated && (d.type === 'conference' || d.type === 'strategy-discussion'))) return;
  for (const [ci, c] of clauses.entries()) {
    for (let i = 0; i < c.tokens.length; i++) {
      if (!indexes.some((index) => phraseAt(c.tokens, i, index))) continue;
      if (phraseIn(c.tokens, i - 3, i - 1, lex.negators) || phraseIn(c.tokens, i - 2, i - 1, lex.staffSessions)) continue;
      rec.drafts.push({ with: 'family', direction: 'in', type: 'attendance', negated: false, rule: 'on-premises', start: c.tokens[i]!.start, end: c.tokens[i]!.end, clauseIndex: ci, sentence: c.sentence, strength: 1, channel: false });
      return;
    }
  }
}

/**
 * An emergency department's record of a presentation: the person came in (an arrival column's value, "Self |
 * Chest pain", or the department's own words, "triaged", "self-discharged"), and a crew that brought them
 * handed over ("BIBA", "Ambulance | Fall"). Calls, letters and referrals the entry also records are read as usual.
 */
function emergencyArrival(input: ContactInput, text: string, clauses: Clause[], lex: CompiledContactLexicon, rec: Recorder): void {
  if (input.agency !== 'ed' || clauses.length === 0) return;
  const first = /^\s*([^|]+?)\s*(?:\([^)|]*\))?\s*\|/.exec(text)?.[1]?.toLowerCase() ?? '';
  const arrivedBy = lex.arrivalModes.has(first) ? first : null;
  const at = (index: typeof lex.ambulanceArrival): { ci: number; i: number } | null => {
    for (const [ci, c] of clauses.entries()) {
      for (let i = 0; i < c.tokens.length; i++) if (phraseAt(c.tokens, i, index) && !phraseIn(c.tokens, i - 3, i - 1, lex.negators)) return { ci, i };
    }
    return null;
  };
  const push = (withAgency: AgencyId, type: ContactType, rule: string, hit: { ci: number; i: number }) => {
    const c = clauses[hit.ci]!;
    const tok = c.tokens[hit.i]!;
    rec.drafts.push({ with: withAgency, direction: 'in', type, negated: false, rule, start: tok.start, end: tok.end, clauseIndex: hit.ci, sentence: c.sentence, strength: 1, channel: false });
  };
  const crew = arrivedBy === 'ambulance' ? { ci: 0, i: 0 } : at(lex.ambulanceArrival);
  // (Brought in by a crew, the person came to the department too.)
  const came = arrivedBy ? { ci: 0, i: 0 } : (at(lex.emergencyAttendance) ?? crew);
  if (came && !rec.drafts.some((d) => d.with === 'family' && d.direction === 'in' && d.type === 'attendance')) push('family', 'attendance', 'ed-presentation', came);
  if (crew && !rec.drafts.some((d) => d.with === 'ambulance')) push('ambulance', 'other', 'ambulance-handover', crew);
}

/** Police and ambulance at the same scene: "Paramedics checked L at the scene", "Paramedics confirmed death". */
function responderScene(input: ContactInput, clauses: Clause[], partiesByClause: Party[][], rec: Recorder): void {
  if (!RESPONDERS.has(input.agency)) return;
  const attended = rec.drafts.some((d) => d.rule === 'attended-scene' && !d.negated);
  if (!attended && !/\b(?:999|scene|attended|forced entry|officers|crew)\b/i.test(input.text)) return;
  clauses.forEach((c, i) => {
    for (const p of partiesByClause[i] ?? []) {
      const other = p.kind === 'agency' && (p.agency === 'ambulance' || p.agency === 'police') && p.agency !== input.agency;
      if (!other) continue;
      const tail = c.text.slice(p.end - c.start).toLowerCase();
      if (/^\s*(?:declined|not|were not|was not|refused|cancelled|stood down)/.test(tail)) continue;
      if (!/^\s*(?:\w+\s+){0,2}(?:checked|confirmed|attended|examined|treated|assessed|were|was|on scene|at the scene|arrived)\b/.test(tail)) continue;
      rec.drafts.push({ with: p.agency, direction: 'both', type: 'other', negated: false, rule: 'joint-scene', start: p.start, end: p.end, clauseIndex: i, sentence: c.sentence, strength: 2, channel: false });
    }
  });
}

/**
 * One contact per (agency, direction) per sentence, the most specific type;
 * the same conversation said twice ("Tel call from SW … Told SW …") is one
 * contact; negated ones are kept apart and never shadow a positive one.
 */
function finalise(drafts: Draft[], text: string): Contact[] {
  const kept: Draft[] = [];
  const ordered = drafts.sort((a, b) => a.start - b.start);
  for (const d of ordered) {
    if (!d.with) continue;
    // One contact per (agency, direction) per entry: the same letter, call or referral described twice is one.
    // Two different channels in the same way are two ("Emailed DSL, then phoned her").
    const distinct = (k: Draft) => k.channel && d.channel && CHANNELS.has(k.type) && CHANNELS.has(d.type) && k.type !== d.type;
    // With the family, different kinds of contact in different sentences are different events (a call-back, then officers at the door).
    const sameEvent = (k: Draft) => d.with !== 'family' || k.sentence === d.sentence || k.type === d.type;
    const same = kept.find((k) => k.with === d.with && k.direction === d.direction && k.negated === d.negated && !distinct(k) && sameEvent(k));
    if (same) {
      // The most specific reading wins, but a generic one never replaces the channel ("Tel call … information shared"): a referral by phone is a referral.
      const generic = d.type === 'information-share' || d.type === 'notification' || d.type === 'other' || d.type === 'information-request';
      if (TYPE_RANK[d.type] > TYPE_RANK[same.type] && same.rule !== 'meeting' && !(same.channel && !d.channel && generic)) Object.assign(same, { type: d.type, rule: d.rule });
      continue;
    }
    if (d.negated && kept.some((k) => !k.negated && k.with === d.with && k.direction === d.direction)) continue;
    // "… the GP was not invited": one fact, however many ways the sentence denies it.
    if (d.negated && kept.some((k) => k.negated && k.with === d.with && k.sentence === d.sentence)) continue;
    // Part of a conversation already counted: telling or asking the party we were on the phone or emailing with.
    if (!d.negated && !d.channel && d.with !== 'family' && d.rule !== 'joint-scene' && (d.type === 'information-share' || d.type === 'notification' || d.type === 'other' || d.type === 'information-request') && kept.some((k) => !k.negated && k.with === d.with && k.channel && k.sentence <= d.sentence)) continue;
    // "MASH reply discussed with Mr R" at his supervision, "advised him to …" at an assessment: part of a contact already counted.
    const chat = d.rule === 'discussed-with' || ((d.type === 'information-share' || d.type === 'notification') && d.rule === 'object');
    if (!d.negated && d.with === 'family' && chat && kept.some((k) => !k.negated && k.with === 'family' && k.direction !== 'attempted')) continue;
    kept.push(d);
  }
  // An attempted visit or call in a sentence makes a plain "out" of the same kind in that sentence redundant ("Tel call to Ms K - no answer").
  // A visit that found no one is the no-access visit itself, wherever in the entry it says so; a call only in its own sentence.
  const attempted = (k: Draft) =>
    SAME_AS_ATTEMPT.has(k.rule) &&
    kept.some((a) => a !== k && a.direction === 'attempted' && a.with === k.with && ((a.type === 'dna' && k.type === 'home-visit') || (a.type === k.type && a.sentence === k.sentence)));
  // "Office visit | PO1 | DNA.", "Drop-in @ HA – JD invited, DNA": the appointment named before or with a DNA is the one missed,
  // not attended ("DNA Monday. Attended Thursday" is two).
  // ("DNW – left before being seen" came, and did not wait.)
  const missedIt = (k: Draft) =>
    k.with === 'family' && k.direction === 'in' && k.type === 'attendance' &&
    kept.some((a) => a.with === 'family' && a.direction === 'attempted' && a.type === 'dna' && !a.negated && k.sentence <= a.sentence && !DID_NOT_WAIT.test(text.slice(a.start, a.end + 20)));
  const out = kept.filter((k) => !(k.direction === 'out' && k.with === 'family' && attempted(k)) && !missedIt(k));
  return out.map((d) => ({
    with: d.with,
    direction: d.direction,
    type: d.type,
    negated: d.negated,
    ...(d.unrealised ? { unrealised: true as const } : {}),
    span: { start: d.start, end: d.end, text: text.slice(d.start, d.end) },
    confidence: Math.min(0.95, 0.55 + 0.12 * d.strength + (d.rule === 'to' || d.rule === 'from' || d.rule === 'meeting' ? 0.15 : 0)),
    rule: d.rule,
    origin: 'extracted',
  }));
}
