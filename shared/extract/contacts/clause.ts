/**
 * The clauses of an entry, one after another: each cue is read by the construction for its kind, with what
 * earlier clauses left (the last party named, the content after a call's colon, whom a referral was for).
 */
import type { ContactType } from '../../model.ts';
import { afterPreposition, partyBefore, partyRightAfter } from '../frames.ts';
import { agencyRightBefore, attendance } from './attendance.ts';
import type { ClauseContext, CueReading, EntryContext } from './context.ts';
import { channelIn, findCues } from './cues.ts';
import { didNotHappen, isNegated, isUnrealised, outcomeAfterColon, wholeClauseDenied } from './negation.ts';
import { nounOrVerb } from './noun-or-verb.ts';
import type { Token } from '../tokens.ts';
import type { Recorder } from './recorder.ts';
import type { ClauseView, Cue, EntryState, NegationOf } from './types.ts';
import type { CompiledContactLexicon } from '../lexicon.ts';
import { ATTEMPTABLE, COMMUNICATIONS, EMAIL_WORDS, MESSAGE_OUT, RESPONDERS } from './vocabulary.ts';

/** Reads every clause of the entry into ctx.rec, in order. */
export function readClauses({ input, clauses, partiesByClause, lex, rec }: EntryContext): void {
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
    clauseContacts({ v, input, lex, state, rec });
    markContent(v, state);
    const lastParty = [...parties].reverse().find((p) => p.kind === 'agency' || p.kind === 'family');
    if (lastParty) state.lastParty = { sentence: clause.sentence, party: lastParty };
  }
}

function clauseContacts(ctx: ClauseContext): void {
  const { v, lex, state } = ctx;
  const t = v.tokens;
  // A contact's content ("Tel call to CPN (CMHT): Ms K open to CMHT since August …") holds no contacts of its own.
  const content = state.contentFrom !== null && state.contentFrom.sentence === v.clause.sentence;
  if (lex.sameEvent.test(v.clause.text)) return;
  // Within this clause too: cues after "Email from HV (sent 09/01):" are what the email said.
  const ownColon = contentColon(v);
  for (const cue of v.cues) {
    if (content && t[cue.first]!.start >= state.contentFrom!.offset) continue;
    if (ownColon !== null && cue.first > ownColon) continue;
    // "No one from the GP was invited" denies the clause; a cancelled or counterfactual contact ("should have rung") did not happen.
    const clauseDenied = wholeClauseDenied(v);
    const unrealised = clauseDenied || isUnrealised(v, cue, lex);
    const denied = clauseDenied || (unrealised && didNotHappen(t, cue, lex));
    // A plan not to do it ("no referral to be made") is a decision, so a denial wins over the plan.
    const neg: NegationOf = (party) => (denied || isNegated(v, cue, lex, party) ? 'denied' : unrealised ? 'unrealised' : false);
    const reading: CueReading = { neg, unrealised, before: partyBefore(t, v.parties, cue) };
    READ_CUE[cue.kind](ctx, cue, reading);
  }
}

/** How each kind of cue is read into contacts: one reader per construction, every kind named once. */
const READ_CUE: Record<Cue['kind'], (ctx: ClauseContext, cue: Cue, reading: CueReading) => void> = {
  dna,
  attempt,
  scene,
  convey,
  attendance,
  noun: nounOrVerb,
  verb: nounOrVerb,
};

/** A no-access or did-not-attend phrase: the family missed a visit or an appointment. */
function dna({ v, lex, rec }: ClauseContext, cue: Cue, { unrealised, before }: CueReading): void {
  const t = v.tokens;
  // "police did not attend", "(police did not attend)", "DSL unable to attend": an agency's absence, not the family's.
  // The recording agency's own absence ("GP did not attend" the conference, in the GP's record) is not the family's either.
  if ((before && (before.kind === 'agency' || (before.kind === 'self' && before.agency !== 'family'))) || agencyRightBefore(v, cue)) return;
  if (unrealised && !outcomeAfterColon(t, cue)) return;
  // "MAR charts not brought", "letter not brought": things, not the person brought to the appointment.
  const notBrought = /^not brought/.test(t[cue.first]!.lower + ' ' + (t[cue.first + 1]?.lower ?? ''));
  if (notBrought && lex.thingsNotBrought.has(t[cue.first - 1]?.lower ?? '')) return;
  const negation = /\bno\s+(?:further\s+)?DNA/i.test(v.clause.text);
  rec.add(v, cue, { party: null, direction: 'attempted', type: 'dna', rule: 'dna', negation, strength: 3 });
}

/** A call unanswered, a message left, an email bounced: a contact attempted, with the family or with an agency. */
function attempt({ v, lex, rec }: ClauseContext, cue: Cue, { unrealised, before }: CueReading): void {
  const t = v.tokens;
  if (unrealised || (before && before.kind === 'agency') || agencyRightBefore(v, cue)) return;
  // "Emailed the social worker to ask … No reply received.": the reply that did not come is the agency's, not a failed contact with the family.
  if (awaitingAgencyReply(rec, t, cue, v.sentenceText, lex)) return;
  const phone = lex.phoneWords.test(v.sentenceText);
  // "Unable to contact the GP surgery", "Message left for the social worker": the attempt was at an agency.
  const target = partyRightAfter(t, v.others, cue) ?? afterPreposition(t, v.others, cue, new Set(['for', 'with', 'to']), 4)?.party ?? null;
  const atAgency = target && target.kind === 'agency' ? target : null;
  // "Rang the ward x2, no answer", "Chased ASC. On hold 25 min, left msg", "Emailed SW2 – bounced": the call or
  // email this sentence (or, with no one named here, the one before) made to an agency is what failed,
  // unless the sentence speaks of the family.
  const sentences = v.parties.length === 0 ? [v.clause.sentence, v.clause.sentence - 1] : [v.clause.sentence];
  const failed = lex.familyWords.test(v.sentenceText)
    ? undefined
    : rec.drafts.find(
        (d) =>
          sentences.includes(d.sentence) && d.direction === 'out' && d.with !== 'family' && !d.negated &&
          ATTEMPTABLE.has(d.type) && (!atAgency || d.with === atAgency.agency),
      );
  const medium: ContactType = EMAIL_WORDS.test(v.sentenceText) && !phone ? 'email' : 'phone-call';
  // A second word for the same failure ("on hold 25 min, left msg") is already read.
  if (!atAgency && rec.drafts.some((d) => sentences.includes(d.sentence) && d.direction === 'attempted' && d.with !== 'family')) return;
  if (failed) {
    failed.direction = 'attempted';
    if (failed.type === 'other') failed.type = medium;
    return;
  }
  if (atAgency) {
    rec.add(v, cue, { party: atAgency, direction: 'attempted', type: medium, rule: 'attempt-agency', negation: false, strength: 3 });
    return;
  }
  const type = phone ? 'phone-call' : 'dna';
  rec.add(v, cue, { party: null, direction: 'attempted', type, rule: 'attempt', negation: false, strength: 3 });
}

/** Police or a crew at the scene: a contact with the family, or with the police who asked them there. */
function scene({ v, input, rec }: ClauseContext, cue: Cue, { neg }: CueReading): void {
  if (!RESPONDERS.has(input.agency)) return;
  const t = v.tokens;
  const words = t.slice(cue.first, cue.last + 1).map((x) => x.lower).join(' ');
  if (/police request/.test(words)) {
    const police = { agency: 'police' };
    rec.add(v, cue, { party: police, direction: 'in', type: 'other', rule: 'attended-at-request', negation: false, strength: 2 });
    rec.add(v, cue, { party: police, direction: 'both', type: 'other', rule: 'attended-with', negation: false, strength: 2 });
    return;
  }
  // "officers on scene had forced entry" in a crew's record is the police being there, not the crew.
  const lead = v.clause.text.slice(0, t[cue.last]!.end - v.clause.start).toLowerCase();
  if (input.agency === 'ambulance' && /\b(?:officers?|police)\b/.test(lead)) return;
  if (input.agency === 'police' && /\b(?:crews?|paramedics?|ambulance)\b/.test(lead)) return;
  rec.add(v, cue, { party: null, direction: 'out', type: 'other', rule: 'attended-scene', negation: neg(null), strength: 2 });
}

/** A crew took the person somewhere: to the agency named, or the emergency department. */
function convey({ v, input, rec }: ClauseContext, cue: Cue, { neg }: CueReading): void {
  if (input.agency !== 'ambulance') return;
  const target = partyRightAfter(v.tokens, v.others, cue);
  const party = target && target.kind === 'agency' ? target : { agency: 'ed' };
  rec.add(v, cue, { party, direction: 'out', type: 'other', rule: 'conveyed', negation: neg(null), strength: 2 });
}

/**
 * "No reply" / "no response" after this entry has written to an agency, in a
 * sentence that names nobody in the family: the silence is the agency's.
 */
function awaitingAgencyReply(rec: Recorder, t: readonly Token[], cue: Cue, sentence: string, lex: CompiledContactLexicon): boolean {
  const words = t.slice(cue.first, cue.last + 1).map((x) => x.lower).join(' ');
  if (words !== 'no reply' && words !== 'no response') return false;
  if (lex.familyWords.test(sentence)) return false;
  return rec.drafts.some((d) => d.with !== 'family' && d.direction === 'out' && !d.negated && MESSAGE_OUT.has(d.type));
}

/** The colon after which a clause's words are a contact's content ("Tel call to CPN (CMHT): …"), or null. */
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
