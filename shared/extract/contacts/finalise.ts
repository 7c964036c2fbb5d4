/** Drafts to contacts: one per party, direction and event, the most specific type, negated ones kept apart. */
import type { Contact, ContactType } from '../../model.ts';
import type { CompiledContactLexicon } from '../lexicon.ts';
import type { Draft } from './types.ts';

/** Contact types that are a channel: two different ones to the same party are two contacts. */
export const CHANNELS = new Set<ContactType>(['email', 'letter', 'phone-call', 'home-visit', 'dna']);
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

const isGeneric = (type: ContactType) =>
  type === 'information-share' || type === 'notification' || type === 'other' || type === 'information-request';

/**
 * One contact per (agency, direction) per sentence, the most specific type;
 * the same conversation said twice ("Tel call from SW … Told SW …") is one
 * contact; negated ones are kept apart and never shadow a positive one.
 */
export function finalise(drafts: Draft[], text: string, lex: CompiledContactLexicon): Contact[] {
  const kept = merge(drafts.sort((a, b) => a.start - b.start));
  // An attempted visit or call in a sentence makes a plain "out" of the same kind in that sentence redundant ("Tel call to Ms K - no answer").
  // A visit that found no one is the no-access visit itself, wherever in the entry it says so; a call only in its own sentence.
  const attempted = (k: Draft) =>
    SAME_AS_ATTEMPT.has(k.rule) &&
    kept.some(
      (a) =>
        a !== k && a.direction === 'attempted' && a.with === k.with &&
        ((a.type === 'dna' && k.type === 'home-visit') || (a.type === k.type && a.sentence === k.sentence)),
    );
  // "Office visit | PO1 | DNA.", "Drop-in @ HA – JD invited, DNA": the appointment named before or with a DNA is the one missed,
  // not attended ("DNA Monday. Attended Thursday" is two).
  // ("DNW – left before being seen" came, and did not wait.)
  const missedIt = (k: Draft) =>
    k.with === 'family' && k.direction === 'in' && k.type === 'attendance' &&
    kept.some(
      (a) =>
        a.with === 'family' && a.direction === 'attempted' && a.type === 'dna' && !a.negated && k.sentence <= a.sentence &&
        !lex.didNotWait.test(text.slice(a.start, a.end + 20)),
    );
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

/** The drafts in order of their spans, each the same contact as one kept merged into it, or dropped as part of one. */
function merge(ordered: Draft[]): Draft[] {
  const kept: Draft[] = [];
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
      const generic = isGeneric(d.type);
      if (TYPE_RANK[d.type] > TYPE_RANK[same.type] && same.rule !== 'meeting' && !(same.channel && !d.channel && generic)) Object.assign(same, { type: d.type, rule: d.rule });
      continue;
    }
    if (!partOfKept(kept, d)) kept.push(d);
  }
  return kept;
}

/** A draft that says again what a kept contact already says. */
function partOfKept(kept: readonly Draft[], d: Draft): boolean {
  if (d.negated && kept.some((k) => !k.negated && k.with === d.with && k.direction === d.direction)) return true;
  // "… the GP was not invited": one fact, however many ways the sentence denies it.
  if (d.negated && kept.some((k) => k.negated && k.with === d.with && k.sentence === d.sentence)) return true;
  // Part of a conversation already counted: telling or asking the party we were on the phone or emailing with.
  const inConversation = !d.negated && !d.channel && d.with !== 'family' && d.rule !== 'joint-scene' && isGeneric(d.type);
  if (inConversation && kept.some((k) => !k.negated && k.with === d.with && k.channel && k.sentence <= d.sentence)) return true;
  // "MASH reply discussed with Mr R" at his supervision, "advised him to …" at an assessment: part of a contact already counted.
  const chat = d.rule === 'discussed-with' || ((d.type === 'information-share' || d.type === 'notification') && d.rule === 'object');
  return !d.negated && d.with === 'family' && chat && kept.some((k) => !k.negated && k.with === 'family' && k.direction !== 'attempted');
}
