/** Where a clause's and an entry's readings go, as drafts that finalise.ts turns into contacts. */
import type { AgencyId, ContactDirection, ContactType } from '../../model.ts';
import type { Span } from '../frames.ts';
import type { Party } from '../parties.ts';
import type { ClauseView, ContactInput, Draft, Negation } from './types.ts';

/** A reading of a cue in a clause. */
export interface AddOptions {
  /** The other side; null is the family. */
  party: { agency: AgencyId; start?: number; end?: number } | null;
  direction: ContactDirection;
  type: ContactType;
  rule: string;
  negation: Negation | boolean;
  strength?: number;
}

/** A reading found over the entry rather than in one cue's frames, at the span it rests on. */
export type SpanDraft = Omit<Draft, 'negated' | 'strength' | 'channel' | 'unrealised'> &
  Partial<Pick<Draft, 'negated' | 'strength' | 'channel'>>;

/** Collects a clause's drafts with the shared bookkeeping. */
export class Recorder {
  readonly drafts: Draft[] = [];
  readonly input: ContactInput;
  constructor(input: ContactInput) {
    this.input = input;
  }

  add(v: ClauseView, cue: Span, { party, direction, type, rule, negation, strength = 1 }: AddOptions): void {
    const t = v.tokens;
    const start = Math.min(t[cue.first]!.start, party?.start ?? Infinity);
    const end = Math.max(t[cue.last]!.end, party?.end ?? -Infinity);
    const agency = party?.agency ?? 'family';
    if (agency === this.input.agency && !(party && 'otherArea' in party && (party as Party).otherArea)) return;
    const negated = negation !== false;
    const channel = v.channel !== null || type === 'email' || type === 'letter' || type === 'phone-call';
    this.drafts.push({
      with: agency,
      direction,
      type,
      negated,
      ...(negation === 'unrealised' ? { unrealised: true as const } : {}),
      rule,
      start,
      end,
      clauseIndex: v.index,
      sentence: v.clause.sentence,
      strength,
      channel,
    });
  }

  /** A reading with the family that rests on no words of the text (the contact-type column, a log's caller): the entry's opening stands for it. */
  addForEntry(direction: ContactDirection, type: ContactType, rule: string): void {
    const end = Math.min(this.input.text.length, 40);
    this.addSpan({ with: 'family', direction, type, rule, start: 0, end, clauseIndex: 0, sentence: 0 });
  }

  /** A reading at a span found outside the clause frames (a meeting, an addressee block, a scene). */
  addSpan({ negated = false, strength = 1, channel = false, ...d }: SpanDraft): void {
    this.drafts.push({ ...d, negated, strength, channel });
  }
}
