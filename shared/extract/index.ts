/**
 * Extraction: one entry's text → its contacts (negated ones marked), its
 * concerns, the people it names, and whether a new adult has joined the
 * household. Pure and deterministic, so results are cached by a hash of the
 * input and the lexicon version (electron/core/pipeline/extract.ts).
 */
import type { AgencyId, Concern, Contact } from '../model.ts';
import { findConcerns, type ConcernHit } from './concerns.ts';
import { extractContacts } from './contacts/index.ts';
import { contactLexicon } from './lexicon.ts';
import { findPeople, mentionsNewAdult, type PersonMention } from './people.ts';
import { splitClauses, type Clause } from './tokens.ts';
import type { CaseCast } from './case-context.ts';

/** Bump when the extraction rules change, so cached results are redone. */
export const EXTRACTOR_VERSION = 15;

/** The longest text read: a chronology entry is a paragraph; anything longer is cut and flagged. */
export const MAX_TEXT = 20_000;

export interface ExtractInput {
  text: string;
  agency: AgencyId;
  employer?: AgencyId | null;
  contactType?: string | null;
  /** An adults' review (no child at the centre). */
  adult?: boolean;
  /** Place names the recording agency's own file uses ("Northtown"), to tell another area's service from its own. */
  homePlaces?: readonly string[];
  /** The people of the case this entry names, by name (case-context.ts castIn): "Dean rang" is the family. */
  cast?: CaseCast;
  /** Date.now() after which extraction stops and flags the entry 'timeout' (not part of the cache key). */
  deadline?: number;
}

export interface EntryExtraction {
  contacts: Contact[];
  concerns: Concern[];
  concernEvidence: ConcernHit[];
  people: PersonMention[];
  newAdult: boolean;
  /** 'truncated': only the first MAX_TEXT characters were read; 'timeout': the time limit stopped it. */
  flags: Array<'truncated' | 'timeout'>;
}

/** The version string extraction results are cached under. */
export function extractionVersion(): string {
  return `x${EXTRACTOR_VERSION}.${contactLexicon().version}`;
}

/** Services that work with the child: the mental health they record is the child's unless a parent is named. */
const CHILD_FACING: ReadonlySet<string> = new Set(['school', 'camhs', 'school-nursing']);
const PARENT_WORDS = /\b(?:mum|mums|mummy|mam|mother|mother's|dad|dad's|daddy|father|father's|parents?|carers?|step-?(?:mum|dad|father|mother)|Ms|Mrs|Mr|Miss)\b/i;

/** The sentence a span sits in, within its " | " cell, from the clauses the entry was split into. */
function sentenceAround(clauses: readonly Clause[], start: number): string {
  const at = clauses.find((c) => start >= c.start && start < c.end);
  if (!at) return '';
  return clauses.filter((c) => c.sentence === at.sentence && c.cell === at.cell).map((c) => c.text).join(' ');
}

/** Extract one entry. */
export function extractEntry(input: ExtractInput): EntryExtraction {
  const lex = contactLexicon();
  const flags: EntryExtraction['flags'] = [];
  let text = input.text;
  if (text.length > MAX_TEXT) {
    text = text.slice(0, MAX_TEXT);
    flags.push('truncated');
  }
  const clauses = splitClauses(text);
  const adult = input.adult === true;
  const deadline = input.deadline ?? Infinity;
  const contacts = extractContacts(
    { text, agency: input.agency, employer: input.employer ?? null, contactType: input.contactType ?? null, adult, deadline },
    clauses,
    { recording: input.agency, employer: input.employer ?? null, contextText: adult ? `${text} adult social care` : text, homePlaces: new Set(input.homePlaces ?? []), ...(input.cast ? { cast: input.cast } : {}) },
    lex,
  );
  if (Date.now() > deadline) flags.push('timeout');
  const found = flags.includes('timeout') ? [] : findConcerns(clauses, lex, { adult });
  // In a child's review a school, CAMHS or school nurse writing of low mood or self-harm writes of the child,
  // not a parent: "parental mental health" only where the sentence speaks of a parent.
  const concernEvidence = !adult && CHILD_FACING.has(input.agency) ? found.filter((c) => c.concern !== 'parental-mental-health' || PARENT_WORDS.test(sentenceAround(clauses, c.start))) : found;
  // A visit that found no one, a missed appointment, a call the family did not answer: non-engagement, in
  // whatever words the record used ("NA visit", "mum DNA", "phone switched off"), read once as a contact.
  const missed = contacts.find((c) => c.with === 'family' && c.direction === 'attempted' && !c.negated);
  if (missed && !concernEvidence.some((c) => c.concern === 'non-engagement')) concernEvidence.push({ concern: 'non-engagement', start: missed.span.start, end: missed.span.end, text: missed.span.text });
  const concerns = [...new Set(concernEvidence.map((c) => c.concern))];
  return { contacts, concerns, concernEvidence, people: findPeople(text), newAdult: mentionsNewAdult(clauses, lex), flags };
}
