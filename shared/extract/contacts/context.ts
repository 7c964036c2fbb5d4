/**
 * What the contact rules are handed: a clause being read (or the whole entry) with everything a reading
 * needs, instead of a list of positional arguments. Apart from types.ts so that the recorder, which the
 * context holds, and the types it records do not import each other.
 */
import type { AgencyId, ContactDirection, ContactType } from '../../model.ts';
import type { afterPreposition } from '../frames.ts';
import type { CompiledContactLexicon } from '../lexicon.ts';
import type { Party } from '../parties.ts';
import type { Clause } from '../tokens.ts';
import type { Recorder } from './recorder.ts';
import type { ClauseView, ContactInput, EntryState, NegationOf } from './types.ts';

/** One clause being read: the entry it is in, the lexicon, what earlier clauses left, and where drafts go. */
export interface ClauseContext {
  v: ClauseView;
  input: ContactInput;
  lex: CompiledContactLexicon;
  state: EntryState;
  rec: Recorder;
}

/** The whole entry, for readings over all its clauses (meetings, the contact-type column, a scene). */
export interface EntryContext {
  input: ContactInput;
  clauses: Clause[];
  partiesByClause: Party[][];
  lex: CompiledContactLexicon;
  rec: Recorder;
}

/** What the clause dispatcher has read of a cue before a construction reads it. */
export interface CueReading {
  /** Whether a draft with this party would be denied, unrealised, or neither. */
  neg: NegationOf;
  /** The cue is a plan, an instruction, speech, or the clause is denied whole. */
  unrealised: boolean;
  /** The party just before the cue (its subject, if it is a verb). */
  before: Party | null;
}

/** A noun or verb cue once its subject is resolved ("she" is whoever we were last dealing with). */
export interface SubjectReading extends CueReading {
  subject: Party | null;
  /** The parties that may be the other side of this cue (a forum only for a referral). */
  counter: Party[];
}

/** Records the noun's or verb's contact with each party; true, so that a construction can `return emit(…)`. */
export type Emit = (
  party: Party | { agency: AgencyId; start?: number; end?: number },
  direction: ContactDirection,
  rule: string,
  list?: Party[],
) => true;

/** A noun or verb cue past the checks that decide it is read as a contact. */
export interface NounVerbReading extends SubjectReading {
  /** The cue's first word, lower-cased. */
  word: string;
  type: ContactType;
  /** A word of sending, or of receiving, near a noun ("referral sent", "letter received"). */
  sentWord: boolean;
  receivedWord: boolean;
  /** "Police report:": what follows is what the noun said. */
  colonAfter: boolean;
  emit: Emit;
}

/** The parties the words after a cue name, by the frame they stand in. */
export interface CueFrames {
  /** "via X": the route named. */
  via: ReturnType<typeof afterPreposition>;
  /** The nearest "to", "into", "from", "with" or "by" and its party, within reach. */
  prep: ReturnType<typeof afterPreposition>;
  /** How far after the cue its preposition may stand. */
  reach: number;
  /** A verb's own object ("phoned CMHT", "told her"), a pronoun resolved. */
  object: Party | null;
}
