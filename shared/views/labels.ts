/**
 * Words for the interface: contact types, directions and gap codes in plain
 * UK English, no jargon. One place, so every view says the same thing.
 */
import { agencyInfo } from '../agencies/taxonomy.ts';
import type { AnalysisContact } from '../analysis.ts';
import type { ContactDirection, ContactType, GapCode } from '../model.ts';

export { GAP_CODES } from '../vocabulary.ts';

export const CONTACT_TYPE_LABELS: Readonly<Record<ContactType, string>> = {
  referral: 'referral',
  notification: 'notification',
  'information-request': 'request for information',
  'information-share': 'information shared',
  'phone-call': 'phone call',
  letter: 'letter',
  email: 'email',
  'home-visit': 'home visit',
  appointment: 'appointment',
  dna: 'missed appointment',
  'strategy-discussion': 'strategy discussion',
  conference: 'meeting or conference',
  assessment: 'assessment',
  attendance: 'attendance',
  other: 'contact',
};

export function contactTypeLabel(t: string): string {
  return (CONTACT_TYPE_LABELS as Record<string, string>)[t] ?? t;
}

/** Arrows for chips and the legend; the words are always there too. */
export const DIRECTION_ARROWS: Readonly<Record<ContactDirection, string>> = { out: '→', in: '←', both: '↔', attempted: '⇢' };

export const DIRECTION_LABELS: Readonly<Record<ContactDirection, string>> = {
  out: 'sent or made',
  in: 'received',
  both: 'together (meeting or joint visit)',
  attempted: 'tried, no answer',
};

/** A sentence for a contact, seen from the agency that recorded it: "Referral sent to CSC". */
export function describeContact(c: Pick<AnalysisContact, 'with' | 'direction' | 'type'>, negated = false): string {
  const type = contactTypeLabel(c.type);
  const other = agencyInfo(c.with).label;
  const cap = type.charAt(0).toUpperCase() + type.slice(1);
  let s: string;
  switch (c.direction) {
    case 'out':
      s = `${cap} to ${other}`;
      break;
    case 'in':
      s = `${cap} from ${other}`;
      break;
    case 'both':
      s = `${cap} with ${other}`;
      break;
    case 'attempted':
      s = `${cap} to ${other} tried, not made`;
      break;
  }
  return negated ? `Not done: ${s.charAt(0).toLowerCase()}${s.slice(1)} (the record says it did not happen)` : s;
}

/** Each gap code in plain words (from ../shared/acceptance/README.md). */
export const GAP_TITLES: Readonly<Record<GapCode, string>> = {
  G1: 'Known but not passed on',
  G2: 'Sent but not received or not recorded',
  G3: 'Received but nothing done',
  G4: 'No feedback to the agency that referred',
  G5: 'Shared late or only in part',
  G6: 'Meeting held without a key agency',
  G7: 'Checks that should have been made were not',
  G8: 'Missed appointments not escalated',
  G9: 'Lost on transfer',
  G10: 'Read as a lower level of concern',
};

export function gapTitle(code: string): string {
  return (GAP_TITLES as Record<string, string>)[code] ?? code;
}
