/**
 * A finding as a rule first raises it, before findings about the same thing
 * are joined into one and explained in words.
 */
import type { AgencyId, GapCode } from '../model.ts';
import type { Fact } from './facts.ts';

export interface Draft {
  code: GapCode;
  /** The expected flow it breaks (resources/rules/flows.json). */
  flow: string;
  from: AgencyId;
  to: AgencyId[];
  /** The entries the finding rests on. */
  triggers: Fact[];
  /** Entries that show the other side: the receiver's record, the meeting, the earlier referral. */
  context: Fact[];
  /** The record says so in words ("no referral made"), rather than the rule inferring it. */
  explicit: boolean;
  /** The words it rests on, quoted in the explanation. */
  quote?: { fact: Fact; text: string };
  /** Other words from the same records that belong to this finding (from findings folded into it). */
  also?: Array<{ fact: Fact; text: string }>;
  /** Which wording the explanation takes ("think-family", "told-later", the contact type received, …). */
  detail?: string;
  /** For a meeting (G6): the agencies that were there. */
  attendees?: AgencyId[];
}

export function uniqueAgencies(list: Iterable<AgencyId>): AgencyId[] {
  return [...new Set(list)];
}
