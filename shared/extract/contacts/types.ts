/** The data contact extraction passes between its steps: the entry read, its cues, its drafts. */
import type { AgencyId, Contact, ContactDirection, ContactType } from '../../model.ts';
import type { Span } from '../frames.ts';
import type { CueType } from '../lexicon.ts';
import type { Party } from '../parties.ts';
import type { Clause, Token } from '../tokens.ts';

export interface ContactInput {
  text: string;
  agency: AgencyId;
  employer: AgencyId | null;
  /** The contact-type column ("Home visit", "Telephone", "Face to face"), a hint for the whole entry. */
  contactType: string | null;
  /** An adults' review: assessments of the adult are contacts with the family. */
  adult: boolean;
  /** Date.now() after which reading stops (a pathological entry must not hang an import). */
  deadline: number;
}

export interface Cue extends Span {
  kind: 'verb' | 'noun' | 'dna' | 'attempt' | 'attendance' | 'scene' | 'convey';
  type: CueType;
  object?: 'party' | 'thing' | 'with';
  lemma?: string;
  /** A noun's default sender when no party is named ("PPN" is the police's). */
  from?: AgencyId;
  /**
   * A noun's default receiver when none is named ("Duty to Refer" goes to the housing authority, an
   * "Encompass notification" to the school).
   */
  to?: AgencyId;
  /** For verbs: the token is the bare lemma ("alert", "liaise"), not a past form. */
  base?: boolean;
}

/**
 * Why a draft is not a contact: the text denies it ("school not informed", "no referral made") or it is
 * not yet done (a plan, an instruction, an offer: "MASH referral to be made"). Only a denial is evidence
 * that something was not passed on; a plan says nothing either way.
 */
export type Negation = false | 'denied' | 'unrealised';
export type NegationOf = (p: Party | null) => Negation;

export type Draft = Omit<Contact, 'span' | 'confidence' | 'origin'> & {
  start: number;
  end: number;
  clauseIndex: number;
  sentence: number;
  strength: number;
  channel: boolean;
};

export interface ClauseView {
  clause: Clause;
  index: number;
  tokens: readonly Token[];
  parties: Party[];
  /** Other agencies and the family: the possible other side of a contact. */
  others: Party[];
  cues: Cue[];
  channel: CueType | null;
  /** The sentence's text, for cues that read a little beyond their clause. */
  sentenceText: string;
}

export interface EntryState {
  /** The last agency contacted, for "reply sent", "she replied". */
  lastCounterpart: { agency: AgencyId; type: ContactType; direction: ContactDirection } | null;
  /** The subject of the last verb in this sentence, for "emailed first thing and then phoned". */
  lastSubject: { sentence: number; party: Party } | null;
  /** The last party named in this sentence, for "phoned her". */
  lastParty: { sentence: number; party: Party } | null;
  /** Sentence index from which on the text is a contact's content (after "Tel call to CPN:"). */
  contentFrom: { sentence: number; offset: number } | null;
  /** The party a referral or letter was meant for, by type, for "Referral sent." later on. */
  intended: Map<ContactType, AgencyId>;
}
