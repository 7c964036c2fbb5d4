/** Whether a cue's contact happened: denied ("not informed"), or not yet done (a plan, an instruction, speech). */
import type { CompiledContactLexicon } from '../lexicon.ts';
import type { Party } from '../parties.ts';
import { phraseAt, type Token } from '../tokens.ts';
import { has, phraseIn } from './cues.ts';
import type { ClauseView, Cue } from './types.ts';
import { DETERMINERS, isTally } from './vocabulary.ts';

/**
 * Negated: a negator shortly before the cue (or between a passive party and it), or "not" right after
 * ("PPN not submitted").
 */
export function isNegated(v: ClauseView, cue: Cue, lex: CompiledContactLexicon, party: Party | null): boolean {
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
export function planAfter(v: ClauseView, cue: Cue, from: number, to: number, lex: CompiledContactLexicon): boolean {
  const t = v.tokens;
  for (let i = Math.max(0, from); i <= Math.min(t.length - 1, to); i++) {
    if (!phraseAt(t, i, lex.unrealisedAfter)) continue;
    const named = v.parties.some((p) => p.first > cue.last && p.last < i - 1 && p.kind !== 'pronoun');
    const purpose = t[i - 1]?.lower === 'to' && (named || has(t, cue.last + 1, i - 2, lex.sent));
    if (!purpose) return true;
  }
  return false;
}

/** "No one from the GP practice … was invited", "Nobody has called back": the whole clause is denied. */
export function wholeClauseDenied(v: ClauseView): boolean {
  return /^\s*(?:no one|nobody|none of|neither|no-one)\b/i.test(v.clause.text);
}

/** Of an unrealised cue: words near it say it did not happen (a cancellation, a counterfactual), not a plan. */
export function didNotHappen(t: readonly Token[], cue: Cue, lex: CompiledContactLexicon): boolean {
  return phraseIn(t, Math.max(0, cue.first - 6), Math.min(t.length - 1, cue.last + 4), lex.didNotHappen);
}

/** The sentence's words before the cue (earlier clauses, then this clause up to it). */
export function sentenceBefore(v: ClauseView, cue: Cue): string {
  const at = v.sentenceText.indexOf(v.clause.text);
  const earlier = at > 0 ? v.sentenceText.slice(0, at) : '';
  return earlier + v.clause.text.slice(0, Math.max(0, v.tokens[cue.first]!.start - v.clause.start));
}

/** Unrealised: a plan, an offer, an instruction, a counterfactual, a pattern, reported speech. */
export function isUnrealised(v: ClauseView, cue: Cue, lex: CompiledContactLexicon): boolean {
  const t = v.tokens;
  if (plannedBefore(t, cue, lex) || plannedAfter(v, cue, lex)) return true;
  // "Agreed joint S47 enquiry and joint visit today": what a meeting agreed to do, not done.
  // (What was agreed during a call, "t/c to Ms T - agreed HV on 05/01", comes after the call and leaves it made.)
  if (cue.kind === 'noun' && /\bagreed\b/i.test(sentenceBefore(v, cue)) && !has(t, 0, t.length - 1, lex.sent)) return true;
  // "3 of 6 visits achieved", "7 visits since referral": a tally of contacts, each recorded in its own entry.
  const plural = /s$/.test(t[cue.last]!.lower);
  if ((cue.kind === 'noun' || cue.kind === 'verb') && plural && isTally(t[cue.first - 1]?.lower ?? '', lex)) return true;
  // "HV visits every 2 weeks" is a plan or a pattern; "Mum rang in each morning" says the calls were made.
  const pastVerb = cue.kind === 'verb' && !cue.base && !/s$/.test(t[cue.first]!.lower);
  if (!pastVerb && [1, 2, 3].some((k) => lex.frequency.has(t[cue.last + k]?.lower ?? ''))) return true;
  if (cue.kind === 'verb' && isInstruction(t, cue)) return true;
  if (lex.deliberation.test(v.sentenceText)) return true;
  // Reported speech before the cue ("Says the GP referred her …"); words in brackets are an aside.
  const lead = v.clause.text.slice(0, Math.max(0, t[cue.first]!.start - v.clause.start)).replace(/\([^)]*\)/g, ' ');
  return lex.reportedSpeech.test(lead);
}

/** A plan word shortly before the cue. */
function plannedBefore(t: readonly Token[], cue: Cue, lex: CompiledContactLexicon): boolean {
  if (!phraseIn(t, Math.max(0, cue.first - 6), cue.first - 1, lex.unrealised)) return false;
  // "Plan: referral letter … emailed today" is done: a past form of sending overrides the plan.
  const planOnly = t.slice(Math.max(0, cue.first - 6), cue.first).some((x) => x.lower === 'plan');
  return !(planOnly && has(t, cue.last, t.length - 1, lex.sent));
}

/** A plan word after the cue, or "to" and a verb after a noun. */
function plannedAfter(v: ClauseView, cue: Cue, lex: CompiledContactLexicon): boolean {
  const t = v.tokens;
  // What follows the cue itself ("visit booked", "call to follow"), up to the next preposition ("No access for a
  // planned visit" is done).
  let end = cue.last;
  const stop = (w: Token) => w.punct || /^(?:for|at|on|in|with|from|by|after|before|about|re|of)$/.test(w.lower);
  while (end + 1 < t.length && end < cue.last + 4 && !stop(t[end + 1]!)) end++;
  if (planAfter(v, cue, cue.last + 1, end, lex)) return true;
  // "Joint visit with police planned for tomorrow": past the party the cue names, the plan word still belongs to the cue.
  const party = v.parties.find((p) => p.first > cue.last && p.first <= cue.last + 3 && p.kind !== 'pronoun');
  if (party && planAfter(v, cue, party.last + 1, Math.min(t.length - 1, party.last + 2), lex)) return true;
  // "Visits to resume after discharge", "visit to be arranged": "to" and a verb, not "to" and a party.
  // ("T/c to MK": a capitalised word after "to" is someone, not a verb.)
  if (cue.kind !== 'noun' || t[cue.last + 1]?.lower !== 'to') return false;
  const verbAfter = /^[a-z]/.test(t[cue.last + 2]?.text ?? '') && !DETERMINERS.has(t[cue.last + 2]!.lower);
  return verbAfter && !v.parties.some((p) => p.first > cue.last + 1 && p.first <= cue.last + 4 && p.kind !== 'pronoun');
}

/** A verb told to someone rather than done. */
function isInstruction(t: readonly Token[], cue: Cue): boolean {
  const prev = t[cue.first - 1]?.lower;
  // "nursery to … speak to mum", "Advised her to tell her social worker": an instruction.
  if (prev === 'to' && !/^(?:tried|attempted|came|went|managed|began|started)$/.test(t[cue.first - 2]?.lower ?? '')) return true;
  // "nursery to monitor and speak to mum": the second verb of an instruction.
  if (prev === 'and' && t[cue.first - 3]?.lower === 'to') return true;
  // A bare verb opening a clause is an instruction or plan: "Liaise with CSC", "Chase referral".
  // ("Contact from school" opens with a noun: an instruction takes an object, not "from".)
  return cue.base === true && t.findIndex((x) => !x.punct) === cue.first && cue.lemma !== 'see' && t[cue.last + 1]?.lower !== 'from';
}

/** "Planned visit: no access": what follows the colon is what happened to the planned visit, not a plan ("Plan: DNA letter" is). */
export function outcomeAfterColon(t: readonly Token[], cue: Cue): boolean {
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - 6); i--) {
    if (t[i]!.text !== ':') continue;
    return i > 0 && !/^(?:plan|plans|action|actions|next|todo)$/.test(t[i - 1]!.lower);
  }
  return false;
}
