/**
 * A noun cue ("referral", "tel call") or a verb cue ("phoned", "informed"): who the other side is, read from
 * the words around it, step by step (its subject, what it received, a home visit, its object and
 * prepositions, its subject's construction, and last a party it names none of).
 */
import { listFrom, listUpTo, afterPreposition, partyRightAfter } from '../frames.ts';
import type { Party } from '../parties.ts';
import { assessment, seen } from './attendance.ts';
import type { ClauseContext, CueFrames, CueReading, Emit, NounVerbReading, SubjectReading } from './context.ts';
import { contactTypeOf, has } from './cues.ts';
import { CHANNELS } from './finalise.ts';
import { homeVisit } from './home-visit.ts';
import { unnamedParty } from './no-addressee.ts';
import { objectOrPreposition } from './objects.ts';
import { reply } from './reply.ts';
import { subjectConstruction } from './subject.ts';
import type { ClauseView, Cue } from './types.ts';
import { COMMUNICATIONS } from './vocabulary.ts';

/** Read a noun or verb cue (dispatched here by clause.ts). */
export function nounOrVerb(ctx: ClauseContext, cue: Cue, reading: CueReading): void {
  const { v, lex, state } = ctx;
  // Verbs that only carry a noun ("sent a letter", "made a referral", "referral received") are read through the noun.
  const nearNoun = v.cues.some((c) => c.kind === 'noun' && c !== cue && Math.abs(c.first - cue.first) <= 6);
  if (cue.kind === 'verb' && lex.carriers.has(cue.lemma ?? '') && nearNoun) return;
  let before = reading.before;
  if (!before && cue.kind === 'verb') {
    const who = whoAntecedent(v, cue);
    if (who === 'background') return;
    before = who;
  }
  const counter = v.others.filter((p) => !(p.forum && cue.type !== 'referral'));
  const r: SubjectReading = { ...reading, before, subject: resolveSubject(ctx, cue, before), counter };
  if (cue.type === 'received') return receivedFrom(ctx, cue, r);
  if (cue.type === 'seen' || cue.type === 'attend') return seen(ctx, cue, r);
  if (cue.type === 'convey') return;
  if (cue.type === 'assessment') return assessment(ctx, cue, r);
  if (cue.type === 'appointment') return appointmentSent(ctx, cue, r);
  // A verb that names the channel is stronger than a noun of purpose in the same clause ("Emailed HV for information").
  const purpose = cue.type === 'information-share' || cue.type === 'information-request';
  const channelVerb = v.cues.some((c) => c.kind === 'verb' && (c.type === 'email' || c.type === 'phone-call' || c.type === 'letter'));
  if (purpose && cue.kind === 'noun' && channelVerb) return;
  const nv = nounVerbReading(ctx, cue, r);
  if (sentAsIntended(ctx, cue, nv)) return;
  if (cue.type === 'reply') return reply(ctx, cue, nv);
  if (partOfAnotherCue(v, cue, nv) || checks(ctx, cue, nv)) return;
  const frames = framesAfter(ctx, cue, nv);
  if (cue.kind === 'verb' && before && before.kind !== 'pronoun') state.lastSubject = { sentence: v.clause.sentence, party: before };
  if (nv.type === 'home-visit') return homeVisit(ctx, cue, nv, frames);
  if (objectOrPreposition(ctx, cue, nv, frames)) return;
  const subject = nv.subject;
  if (subject && subject.kind !== 'self' && subject.kind !== 'pronoun') return subjectConstruction(ctx, cue, nv, subject);
  unnamedParty(ctx, cue, nv, frames);
}

/**
 * "an ambulance crew attended S, who had rung 999": "who" is the party just before it; 'background' when
 * that is another agency and what follows is what it had done.
 */
function whoAntecedent(v: ClauseView, cue: Cue): Party | 'background' | null {
  const t = v.tokens;
  let j = cue.first - 1;
  while (j >= 0 && /^(?:had|has|have|was|were|then|also|first)$/.test(t[j]!.lower)) j--;
  if (t[j]?.lower !== 'who') return null;
  const antecedent = [...v.parties].reverse().find((p) => p.last < j && p.kind !== 'pronoun');
  // "The district nurses, who had raised the concern, …": background about another agency, not a new contact.
  if (antecedent?.kind === 'agency' && t.slice(j, cue.first).some((x) => x.lower === 'had')) return 'background';
  return antecedent ?? null;
}

/** The cue's subject, a pronoun or an unstated one resolved from the clauses before. */
function resolveSubject({ v, state }: ClauseContext, cue: Cue, before: Party | null): Party | null {
  const t = v.tokens;
  const sentence = v.clause.sentence;
  // "she replied" is whoever we were last dealing with; "… emailed first thing and then phoned" keeps its subject.
  if (before && before.kind === 'pronoun') {
    return state.lastParty?.sentence === sentence || state.lastParty?.sentence === sentence - 1 ? state.lastParty.party : before;
  }
  const coordinated = !before && cue.kind === 'verb' && t.slice(Math.max(0, cue.first - 2), cue.first).some((x) => x.lower === 'and' || x.lower === 'then');
  return coordinated && state.lastSubject?.sentence === sentence ? state.lastSubject.party : before;
}

/** "Received from X": a contact in, of the clause's channel. */
function receivedFrom({ v, rec }: ClauseContext, cue: Cue, { neg, counter }: SubjectReading): void {
  const from = afterPreposition(v.tokens, counter, cue, new Set(['from']));
  if (!from) return;
  const type = contactTypeOf('received', v.channel);
  rec.add(v, cue, { party: from.party, direction: 'in', type, rule: 'received-from', negation: neg(from.party) });
}

/** "New appointment sent", "Letter sent with a new appointment": a letter to the family. */
function appointmentSent({ v, lex, rec }: ClauseContext, cue: Cue, { neg }: SubjectReading): void {
  if (!has(v.tokens, cue.first - 3, cue.last + 3, lex.sent)) return;
  rec.add(v, cue, { party: null, direction: 'out', type: 'letter', rule: 'appointment-sent', negation: neg(null) });
}

/** The words near a noun or verb cue that every later step reads, and its emitter. */
function nounVerbReading(ctx: ClauseContext, cue: Cue, r: SubjectReading): NounVerbReading {
  const { v, lex } = ctx;
  const t = v.tokens;
  const type = contactTypeOf(cue.type, v.channel);
  return {
    ...r,
    word: t[cue.first]!.lower,
    type,
    sentWord: cue.kind === 'noun' && has(t, cue.first - 3, cue.last + 4, lex.sent),
    receivedWord: cue.kind === 'noun' && has(t, cue.first - 3, cue.last + 4, lex.received),
    colonAfter: t[cue.last + 1]?.text === ':',
    emit: emitter(ctx, cue, type, r),
  };
}

/** Records the cue's contact with a party (or each of a list), and remembers it for a later reply or "Referral sent.". */
function emitter({ v, state, rec }: ClauseContext, cue: Cue, type: NounVerbReading['type'], { neg }: CueReading): Emit {
  return (party, direction, rule, list) => {
    for (const p of list ?? [party]) {
      const n = neg('first' in p ? (p as Party) : null);
      rec.add(v, cue, { party: p, direction, type, rule, negation: n });
      // What a later "reply" answers: the last call, email, letter or meeting with someone.
      const answerable = CHANNELS.has(type) || type === 'conference' || type === 'strategy-discussion';
      if (!n && p.agency !== 'family' && answerable) state.lastCounterpart = { agency: p.agency, type, direction };
      // "… agreed to be referred to the Recovery Service. Referral sent.": remember whom a referral or letter was meant for.
      if (p.agency !== 'family' && direction === 'out') state.intended.set(type, p.agency);
    }
    return true;
  };
}

/** "Referral sent." with no party: the one this entry just said it was for. */
function sentAsIntended({ v, input, state, rec }: ClauseContext, cue: Cue, r: NounVerbReading): boolean {
  if (!(cue.kind === 'noun' && r.sentWord && !r.receivedWord && !v.others.length && state.intended.has(r.type))) return false;
  const target = state.intended.get(r.type)!;
  if (target !== input.agency) {
    rec.add(v, cue, { party: { agency: target }, direction: 'out', type: r.type, rule: 'sent-as-intended', negation: r.neg(null) });
  }
  return true;
}

/** A verb that describes another cue's contact rather than making one of its own. */
function partOfAnotherCue(v: ClauseView, cue: Cue, { word, type }: NounVerbReading): boolean {
  if (cue.kind !== 'verb') return false;
  // "Email to HV asking for information", "Letter … advising": the -ing verb describes the noun's contact.
  if (word.endsWith('ing') && v.cues.some((c) => c.kind === 'noun' && c.last < cue.first && COMMUNICATIONS.has(c.type))) return true;
  // "Card left asking S to ring the team": part of the no-access visit.
  return (type === 'information-request' || type === 'other') && v.cues.some((c) => c.kind === 'dna' || c.kind === 'attempt');
}

/** Checks are a contact once done ("GP check: nothing of concern", "checks made"); "Checks with HV and GP" is a plan. */
function checks({ v, rec }: ClauseContext, cue: Cue, { type, word, colonAfter, neg, counter }: NounVerbReading): boolean {
  const t = v.tokens;
  const done = has(t, cue.last + 1, cue.last + 3, new Set(['made', 'completed', 'done', 'carried', 'undertaken', 'received', 'returned']));
  if (!(cue.kind === 'noun' && type === 'information-request' && /^checks?$|^enquiry$|^request$/.test(word) && !colonAfter && !done)) return false;
  // Denied or still to do, they are evidence of a check not made (gap G7): "No checks with Probation", "children's services checks to be requested".
  if (!neg(null)) return true;
  const withParty = afterPreposition(t, counter, cue, new Set(['with', 'from']), 6);
  const modifiers = v.parties.filter((p) => p.kind === 'agency' && !p.forum && p.last < cue.first && p.first >= cue.first - 6);
  const last = modifiers[modifiers.length - 1];
  const targets = withParty ? listFrom(t, counter, withParty.party) : last ? listUpTo(t, v.parties, last) : [];
  for (const p of targets) {
    if (p.kind === 'agency') rec.add(v, cue, { party: p, direction: 'out', type: 'information-request', rule: 'check-not-made', negation: true });
  }
  return true;
}

/** The parties after the cue, by frame: the nearest preposition decides ("Joint visit with PC from the PPU" is with the PC); "via" names the route. */
function framesAfter({ v, lex, state }: ClauseContext, cue: Cue, { counter }: NounVerbReading): CueFrames {
  const t = v.tokens;
  const via = afterPreposition(t, counter, cue, new Set(['via']));
  // A verb's preposition is close to it and before any other verb ("report written and emailed to X": "to" is the email's).
  const nextVerb = v.cues.find((c) => c.kind === 'verb' && c.first > cue.last && !lex.carriers.has(c.lemma ?? ''));
  const reach = Math.min(cue.kind === 'verb' ? 5 : 12, (nextVerb?.first ?? Infinity) - cue.last - 1);
  const prep = reach > 0 ? afterPreposition(t, counter, cue, new Set(['to', 'into', 'from', 'with', 'by']), reach) : null;
  if (cue.kind !== 'verb' || cue.object !== 'party') return { via, prep, reach, object: null };
  const p = partyRightAfter(t, [...counter, ...v.parties.filter((x) => x.kind === 'pronoun')], cue);
  // "phoned her": the party last named in this sentence.
  const object = p && p.kind === 'pronoun' && state.lastParty?.sentence === v.clause.sentence ? state.lastParty.party : p;
  return { via, prep, reach, object };
}
