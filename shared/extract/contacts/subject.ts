/**
 * A cue whose other side is its subject: "Ms K called 999" (the family got in touch), "Police informed"
 * (passive: we told them), "GP referral" (the modifier sent it), "CAMHS phoned" (they called us).
 */
import type { AgencyId, ContactType } from '../../model.ts';
import { listUpTo } from '../frames.ts';
import type { Party } from '../parties.ts';
import type { Token } from '../tokens.ts';
import type { ClauseContext, NounVerbReading } from './context.ts';
import { has } from './cues.ts';
import type { ClauseView, Cue } from './types.ts';
import { RESPONDERS } from './vocabulary.ts';

/** The cue's subject is another agency or the family (not us, not an unresolved pronoun). */
export function subjectConstruction(ctx: ClauseContext, cue: Cue, r: NounVerbReading, subject: Party): void {
  const { input } = ctx;
  if (cue.kind === 'noun') return nounWithModifier(ctx, cue, r, subject);
  if (familyContacted(ctx, cue, r, subject) || passive(ctx, cue, r, subject)) return;
  if (cue.lemma === 'see' || cue.lemma === 'assess') return;
  if (subject.kind === 'family') return;
  // Another emergency service acting at the same scene is read by responderScene.
  if (RESPONDERS.has(input.agency) && RESPONDERS.has(subject.agency)) return;
  r.emit(subject, 'in', 'subject');
}

/** The family ring, write and report of their own accord ("Ms K called 999", "Neighbour rang"): in. */
function familyContacted({ v, input, lex, rec }: ClauseContext, cue: Cue, r: NounVerbReading, subject: Party): boolean {
  const t = v.tokens;
  // "she reports no current mental health problems" is speech; a neighbour or relative reporting is someone getting in touch.
  const speech =
    (cue.lemma === 'report' || cue.lemma === 'tell') &&
    (r.before?.kind === 'pronoun' || !lex.publicWords.test(subject.text)) &&
    !/\b(?:rang|phoned|called|999|101|emailed|wrote)\b/i.test(v.sentenceText);
  if (!(subject.kind === 'family' && lex.familyVerbs.has(cue.lemma ?? '') && t[cue.last + 1]?.lower !== 'by' && !speech)) return false;
  const told = cue.lemma === 'report' || cue.lemma === 'complain';
  const byPhone = RESPONDERS.has(input.agency) || input.agency === 'csc' || input.agency === 'mash';
  const type: ContactType = told ? (byPhone ? 'phone-call' : 'other') : r.type;
  rec.add(v, cue, { party: subject, direction: 'in', type, rule: 'family-contacted', negation: r.neg(subject) });
  return true;
}

/**
 * Passive: "PPU notified", "Police informed", "CSC not informed", "SW informed by phone", "Ms K told the outcome",
 * and "HV informed by task", "SW informed by the DSL": by something, or someone of this agency, that is not another agency.
 */
function passive({ v, input }: ClauseContext, cue: Cue, r: NounVerbReading, subject: Party): boolean {
  const t = v.tokens;
  const { word, counter, emit } = r;
  const participle = /(?:ed|d|t|n)$/.test(word) && word !== cue.lemma && !has(t, subject.last + 1, cue.first - 1, new Set(['has', 'had', 'have']));
  if (!participle) return false;
  const byAt = t[cue.last + 1]?.lower === 'by' ? cue.last + 2 + (t[cue.last + 2]?.lower === 'the' ? 1 : 0) : -1;
  const byParty = byAt >= 0 ? v.parties.find((p) => p.first === byAt) : undefined;
  const byThisAgency = byAt >= 0 && (!byParty || byParty.kind === 'self' || (byParty.kind === 'agency' && byParty.agency === input.agency));
  const told =
    !subject.person || subject.kind === 'family' || t[cue.first - 1]?.lower === 'not' || v.channel !== null || isSentenceEnd(t, cue) || byThisAgency;
  if (cue.object === 'party' && told) return emit(subject, 'out', 'passive', listUpTo(t, counter, subject));
  if (cue.lemma === 'refer' && !subject.person) return emit(subject, 'out', 'passive');
  return false;
}

function isSentenceEnd(t: readonly Token[], cue: Cue): boolean {
  const next = t[cue.last + 1];
  return !next || (next.punct && next.text !== '(');
}

/** A noun with an agency or the family before it: "GP referral" (they sent it), "MARAC referral" (to the forum). */
function nounWithModifier(ctx: ClauseContext, cue: Cue, r: NounVerbReading, subject: Party): void {
  const { v, rec } = ctx;
  const { emit, sentWord, receivedWord, colonAfter, type } = r;
  // "MARAC referral": a referral to the forum.
  if (subject.forum) {
    // "police have made a MARAC referral": someone else's.
    const lead = v.clause.text.slice(0, subject.start - v.clause.start);
    const maker = v.parties.some((p) => p.kind === 'agency' && !p.forum && p.last < subject.first);
    if (maker && /\b(?:made|submitted|sent|raised|completed)\s+(?:a\s+|an\s+|the\s+)?$/i.test(lead)) return;
    emit({ agency: 'other', start: subject.start, end: subject.end }, 'out', 'forum-referral');
    return;
  }
  // "Police checks: no incidents": we checked with the police.
  if (type === 'information-request') {
    emit(subject, 'out', 'checks-with');
    return;
  }
  // "nursery report L's attendance has dropped" (said at a meeting) is not a report received; "Police report: nothing new" is.
  if (type === 'information-share' && !receivedWord && !sentWord && !colonAfter) return;
  if (sentWord && !receivedWord && subject.kind === 'agency') {
    // "MASH referral made by ED": another agency's referral, not ours.
    if (!byAnotherAgency(v, cue, rec.input.agency)) emit(subject, 'out', 'noun-sent');
    return;
  }
  // "IDVA referral to CDAS": a referral to that kind of service, named after it by its own name.
  if (subject.kind === 'agency' && v.tokens[cue.last + 1]?.lower === 'to' && (type === 'referral' || type === 'notification')) {
    emit(subject, 'out', 'modifier-to');
    return;
  }
  // "GP referral", "Police adult at risk notification", "AMHP report": the party sent it.
  if (subject.kind === 'family' && type !== 'referral') return;
  rec.add(v, cue, { party: subject, direction: 'in', type, rule: 'sender', negation: r.neg(subject) });
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
