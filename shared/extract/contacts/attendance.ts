/** The family seen: coming to the agency (attendance), seen by it, assessed by it. */
import { afterPreposition, inBrackets, partyRightAfter } from '../frames.ts';
import type { CompiledContactLexicon } from '../lexicon.ts';
import { phraseAt } from '../tokens.ts';
import type { ClauseContext, CueReading, SubjectReading } from './context.ts';
import type { ClauseView, Cue } from './types.ts';
import { CLINIC_AGENCIES, RESPONDERS } from './vocabulary.ts';

/** An attendance phrase ("attended", "brought in", "seen by"): the family came to us, unless the words say otherwise. */
export function attendance(ctx: ClauseContext, cue: Cue, { neg, before }: CueReading): void {
  const { v, input, rec } = ctx;
  const t = v.tokens;
  const words = t.slice(cue.first, cue.last + 1).map((x) => x.lower).join(' ');
  if (v.cues.some((c) => c.kind === 'dna')) return; // "DNA antenatal appointment"
  if (before && before.kind === 'agency') return; // someone else's attendance
  if (RESPONDERS.has(input.agency)) {
    // Police and crews go to people; "came to the station" is not a service visit. A police log line opening
    // "Attended, area search" / "Attended – no trace" is the officers attending the call (a crew's rows are read below).
    const scene = v.cues.some((c) => c.kind === 'scene' && c.first <= cue.last && c.last >= cue.first);
    const opens = t.findIndex((x) => !x.punct) === cue.first;
    if (words === 'attended' && input.agency === 'police' && !scene && opens && !followedByMeeting(v, cue, ctx.lex)) {
      rec.add(v, cue, { party: null, direction: 'out', type: 'other', rule: 'attended-scene', negation: neg(null), strength: 2 });
    }
    return;
  }
  // "I attended", "attended ICPC": our own attendance at a meeting (read by meetings.ts), not the family coming
  if (words === 'attended' && (before?.kind === 'self' || followedByMeeting(v, cue, ctx.lex))) return;
  if (words === 'brought in' || words === 'brought') {
    const by = afterPreposition(t, v.others, cue, new Set(['by']));
    if (by && by.party.kind === 'agency') {
      rec.add(v, cue, { party: by.party, direction: 'in', type: 'other', rule: 'brought-in-by', negation: false, strength: 2 });
      if (input.agency === 'ed' || input.agency === 'paediatrics') {
        rec.add(v, cue, { party: null, direction: 'in', type: 'attendance', rule: 'attendance', negation: false, strength: 2 });
      }
      return;
    }
    if (words === 'brought' && before?.kind !== 'family') return;
  }
  if (words.startsWith('seen by') && !CLINIC_AGENCIES.has(input.agency)) return;
  if (attendedElsewhere(v, cue, words, ctx.lex)) return;
  rec.add(v, cue, { party: null, direction: 'in', type: 'attendance', rule: 'attendance', negation: neg(null), strength: 1 });
}

/** Someone else's service, or someone's home: no one came to ours. */
function attendedElsewhere(v: ClauseView, cue: Cue, words: string, lex: CompiledContactLexicon): boolean {
  const t = v.tokens;
  // "seen by CAMHS on the ward", "attended 1st appt at Recovery Partnership": someone else's service, not ours.
  const elsewhere = v.parties.find((p) => p.kind === 'agency' && p.first > cue.last && p.first <= cue.last + 6);
  // (A venue is where we met them: "attended appt at Family Hub".)
  const lead = elsewhere ? t.slice(cue.last + 1, elsewhere.first).filter((x) => !/^(?:the|a|an)$/.test(x.lower)).at(-1)?.lower ?? '' : '';
  if (elsewhere && /^(?:by|at|to)$/.test(lead) && !lex.venues.test(elsewhere.text)) return true;
  // "attended the address": going to someone's home, which is no one attending a service.
  const after = v.clause.text.slice(t[cue.last]!.end - v.clause.start).trim();
  return /^(?:attended|attends|attending)$/.test(words) && /^(?:the\s+)?(?:address|home address|property|flat|house|scene)\b/i.test(after);
}

/** "Seen", "attended" as verbs: the family came to us, or we saw them at home. */
export function seen(ctx: ClauseContext, cue: Cue, { neg, subject }: SubjectReading): void {
  const { v, input, rec } = ctx;
  const t = v.tokens;
  if (subject?.kind === 'agency') return;
  // "reported seeing Mr R": a witness's account; police and crews see people as part of attending.
  if (t[cue.first]!.lower.endsWith('ing') || (RESPONDERS.has(input.agency) && cue.lemma === 'see')) return;
  if (cue.lemma === 'attend') {
    if (subject?.kind === 'self' || RESPONDERS.has(input.agency)) return; // a meeting (read elsewhere), or the scene
    if (followedByMeeting(v, cue, ctx.lex)) return;
    if (v.cues.some((c) => c.kind === 'dna')) return;
    rec.add(v, cue, { party: null, direction: 'in', type: 'attendance', rule: 'attended', negation: neg(null) });
    return;
  }
  // "Ms K seen", "L seen and spoken to", "Seen by GP1", "Seen at home": someone of the family is seen. "The boots seen at the visit" is not.
  const opens = t.findIndex((x) => !x.punct) === cue.first;
  const family = v.parties.some((p) => p.kind === 'family' && p.last < cue.first && cue.first - p.last <= 6 && !inBrackets(t, p));
  if (!opens && !family) return;
  const atHome = /\bat home\b/i.test(v.clause.text);
  if (CLINIC_AGENCIES.has(input.agency) && !atHome) {
    rec.add(v, cue, { party: null, direction: 'in', type: 'attendance', rule: 'seen', negation: neg(null) });
    return;
  }
  // A visiting service that "saw" the family saw them at home, unless it says where else ("Seen on CDU", "seen in clinic").
  const elsewhere =
    /^\s*(?:\w+\s+){0,1}(?:on|in|at)\s+(?:the\s+)?(?!home\b)(?:[A-Z]{2,}|ward|clinic|office|hospital|department|ED|A&E|school|nursery|court|custody|station|surgery)\b/i.test(
      v.clause.text.slice(t[cue.last]!.end - v.clause.start),
    );
  if (!elsewhere) rec.add(v, cue, { party: null, direction: 'out', type: 'home-visit', rule: 'seen-at-home', negation: neg(null) });
}

/** An assessment of the family: a contact with them, at home a home visit (unless it is an adult's review). */
export function assessment(ctx: ClauseContext, cue: Cue, { neg, counter }: SubjectReading): void {
  const { v, input, rec } = ctx;
  const t = v.tokens;
  const obj = cue.kind === 'verb' ? partyRightAfter(t, [...counter, ...v.parties.filter((p) => p.kind === 'pronoun')], cue) : null;
  const atHome = /\bat home\b/i.test(v.clause.text);
  if (cue.kind === 'verb' && obj && (obj.kind === 'family' || obj.kind === 'pronoun')) {
    const type = input.adult || !atHome ? 'assessment' : 'home-visit';
    rec.add(v, cue, { party: null, direction: 'out', type, rule: 'assessed', negation: neg(null) });
    return;
  }
  if (cue.kind === 'noun' && (v.channel === 'phone-call' || atHome)) {
    const first = t.findIndex((x) => !x.punct);
    if (first < 0 || cue.first - first > 3) return; // "assessment at home" must be what the clause is about
    const type = atHome && !input.adult ? 'home-visit' : 'assessment';
    rec.add(v, cue, { party: null, direction: 'out', type, rule: 'assessment-of', negation: neg(null) });
  }
}

/** "Attended ICPC", "attended the review CP conference": a meeting is what was attended. */
export function followedByMeeting(v: ClauseView, cue: Cue, lex: CompiledContactLexicon): boolean {
  const after = v.clause.text.slice(v.tokens[cue.last]!.end - v.clause.start);
  const named =
    /^\s*(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}(?:ICPC|RCPC|MARAC|MAPPA|MATAC|conference|core group|strategy|meeting|CIN|TAF|review CP|planning|panel)/i;
  if (named.test(after)) return true;
  // Any meeting the lexicon knows, a few words on ("Attended MARM re Mr D").
  for (let i = cue.last + 1; i <= Math.min(v.tokens.length - 1, cue.last + 4); i++) if (phraseAt(v.tokens, i, lex.meetings)) return true;
  return false;
}

/** An agency named just before the cue, in brackets or not: "(police did not attend)". */
export function agencyRightBefore(v: ClauseView, cue: Cue): boolean {
  return v.parties.some((p) => p.kind === 'agency' && p.last < cue.first && cue.first - p.last <= 2);
}
