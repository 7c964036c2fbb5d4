/** The party a cue's object or preposition names: "via X", "told SW", "referral to X", "call from X", "by X". */
import { afterPreposition, listFrom, partyRightAfter } from '../frames.ts';
import type { ContactDirection } from '../../model.ts';
import type { ClauseContext, CueFrames, NounVerbReading } from './context.ts';
import type { Cue } from './types.ts';

/** True when the object or a preposition decided the cue (a contact recorded, or none to record). */
export function objectOrPreposition(ctx: ClauseContext, cue: Cue, r: NounVerbReading, frames: CueFrames): boolean {
  const { v } = ctx;
  const t = v.tokens;
  const { subject, counter, emit } = r;
  const { via, prep, object } = frames;
  const subjectIsOther = subject !== null && (subject.kind === 'agency' || subject.kind === 'family');
  if (via) return emit(via.party, 'out', 'via');
  // "advised him to go back to the Recovery Service", "told SW about …": a verb's own object comes before any "to".
  if (object && object.first < (prep?.party.first ?? Infinity) && cue.object === 'party' && !(subjectIsOther && object.kind !== 'self')) {
    // "a neighbour rang Avonmere Police": the other side called us.
    if (object.kind === 'self' && subjectIsOther) return emit(subject, 'in', 'to-us');
    return emit(object, 'out', 'object', listFrom(t, counter, object));
  }
  if (prep && preposition(ctx, cue, r, frames)) return true;
  if (object) {
    if (subjectIsOther && object.kind !== 'self') return true; // "X told Y": not us
    return emit(object, 'out', 'object', listFrom(t, counter, object));
  }
  // "Ms K phoned SW" in the social worker's own record: the other side called us.
  const selfObject = cue.kind === 'verb' && cue.object === 'party' ? partyRightAfter(t, v.parties.filter((p) => p.kind === 'self'), cue) : null;
  if (selfObject && subjectIsOther) return emit(subject, 'in', 'to-us');
  return false;
}

/** The nearest preposition after the cue and its party: from X in, to X out, with X both or out, by X in. */
function preposition({ v }: ClauseContext, cue: Cue, r: NounVerbReading, { prep, reach }: CueFrames): boolean {
  if (!prep) return false;
  const t = v.tokens;
  const { subject, counter, emit, type } = r;
  const p = prep.party;
  switch (prep.prep) {
    case 'from':
      return emit(p, 'in', 'from');
    case 'to':
    case 'into': {
      // "referred S to X by Y" (someone else's referral); "police have made a referral to MARAC".
      const by = type === 'referral' ? afterPreposition(t, counter, cue, new Set(['by']), reach) : null;
      if (by && by.party.kind !== 'self') return true;
      if (subject && subject.kind === 'agency' && !subject.otherArea) return true;
      if (p.forum && type !== 'referral') return true;
      return emit(p, 'out', 'to', listFrom(t, counter, p));
    }
    case 'with': {
      const direction: ContactDirection = cue.lemma === 'discuss' || cue.lemma === 'liaise' ? 'both' : 'out';
      return emit(p, direction, cue.lemma === 'discuss' ? 'discussed-with' : 'with', listFrom(t, counter, p));
    }
    case 'by':
      if (cue.kind === 'verb' || r.receivedWord) return emit(p, 'in', 'by');
  }
  return false;
}
