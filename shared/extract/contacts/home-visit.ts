/** Home visits: the family is visited; "joint visit with X" is with X too; "EHA home visit" says what kind, not who. */
import { listFrom } from '../frames.ts';
import type { ClauseContext, CueFrames, NounVerbReading } from './context.ts';
import type { Cue } from './types.ts';

export function homeVisit(ctx: ClauseContext, cue: Cue, r: NounVerbReading, { prep, object }: CueFrames): void {
  const { v, rec } = ctx;
  const t = v.tokens;
  const { subject, counter, emit, neg } = r;
  // "Mum visited pm", "her brother visited the ward": the family came to us (a resident's or patient's visitors), not our visit to them.
  const visitsKin =
    /^\s+(?:(?:the|his|her|their)\s+(?:children|child|kids|baby|son|daughter|siblings?|brothers?|sisters?|mother|father|mum|dad|grandparents?)|her|him|them)\b/i.test(
      v.clause.text.slice(t[cue.last]!.end - v.clause.start),
    );
  if (cue.kind === 'verb' && subject?.kind === 'family' && !visitsKin && !(object && object.kind === 'family') && !(prep && prep.party.kind === 'family')) {
    rec.add(v, cue, { party: subject, direction: 'in', type: 'attendance', rule: 'family-visited', negation: neg(subject) });
    return;
  }
  if (cue.kind === 'verb' && subject && subject.kind !== 'self') return; // their visit, not ours
  if (cue.kind === 'verb' && prep?.prep === 'by' && prep.party.kind === 'agency') return; // "visited by the housing officer"
  if (cue.kind === 'verb' && object && object.kind === 'agency') return;
  // "at her visit", "seen at today's visit", "after the visit": a visit referred to, not this entry's event.
  let j = cue.first - 1;
  const modifier = (w: string) =>
    /^(?:the|a|an|her|his|their|my|our|this|that|today|today's|last|previous|next|first|second|home|cp|statutory|unannounced|new|birth)$/.test(w) ||
    w.endsWith("'s");
  while (j >= 0 && modifier(t[j]!.lower)) j--;
  if (cue.kind === 'noun' && /^(?:at|during|after|since|following|before|from|of|about|re|on)$/.test(t[j]?.lower ?? '')) return;
  const joint = /\bjoint\b/i.test(t.slice(Math.max(0, cue.first - 2), cue.last + 1).map((x) => x.text).join(' '));
  // "Joint visit with the police", "Home visit completed with the family support worker": both went.
  if (prep?.prep === 'with' && (joint || prep.party.kind === 'agency')) {
    emit(prep.party, 'both', 'joint-visit', listFrom(t, counter, prep.party).filter((p) => p.kind === 'agency'));
  }
  rec.add(v, cue, { party: null, direction: 'out', type: 'home-visit', rule: 'visit', negation: neg(null) });
}
