/** A reply: to or from the party named, or whoever this entry was last in touch with. */
import type { ContactType } from '../../model.ts';
import { afterPreposition } from '../frames.ts';
import type { ClauseContext, NounVerbReading } from './context.ts';
import { contactTypeOf } from './cues.ts';
import type { Cue, Negation } from './types.ts';

export function reply({ v, state, rec }: ClauseContext, cue: Cue, { neg, subject, counter }: NounVerbReading): void {
  const last = state.lastCounterpart;
  const explicit = afterPreposition(v.tokens, counter, cue, new Set(['to', 'from']));
  const target = explicit?.party.agency ?? (subject && (subject.kind === 'agency' || subject.kind === 'family') ? subject.agency : last?.agency);
  if (!target) return;
  const incoming = (subject && subject.kind !== 'self') || explicit?.prep === 'from';
  const type: ContactType = v.channel ? contactTypeOf('reply', v.channel) : (last?.type ?? 'other');
  const negation: Negation | boolean =
    neg(null) ||
    /\b(?:awaiting|no)\s+(?:a\s+)?(?:reply|response)\b/i.test(v.clause.text) ||
    /\bdid not (?:get|receive) a (?:reply|response)\b/i.test(v.clause.text);
  const party = explicit?.party ?? (subject && subject.kind === 'agency' ? subject : { agency: target });
  rec.add(v, cue, {
    party,
    direction: incoming ? 'in' : 'out',
    type: type === 'referral' || type === 'conference' ? 'other' : type,
    rule: 'reply',
    negation,
  });
}
