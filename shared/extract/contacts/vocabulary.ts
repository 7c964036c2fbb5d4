/**
 * The groups of agencies and contact types the contact rules read, and the few patterns that are grammar
 * rather than words. The word lists themselves are data: resources/lexicon/contacts.json (lexicon.ts).
 */
import type { ContactType } from '../../model.ts';
import type { CompiledContactLexicon, CueType } from '../lexicon.ts';

/** Services that see people in sessions: a session they record is the person coming. */
export const SESSION_AGENCIES = new Set([
  'substance-misuse', 'probation', 'da-service', 'early-help', 'camhs', 'adult-mh', 'voluntary', 'other', 'midwifery',
]);
/** Agencies whose own premises the family come to (so "seen" means attended). */
export const CLINIC_AGENCIES = new Set([
  'gp', 'midwifery', 'ed', 'paediatrics', 'camhs', 'substance-misuse', 'probation', 'dwp', 'school-nursing', 'housing',
]);
/** Agencies that attend incidents (so attending the address is a contact with the family). */
export const RESPONDERS = new Set(['police', 'ambulance']);

/** Cues that carry words from someone else: what follows their colon is content. */
export const COMMUNICATIONS = new Set<CueType>([
  'referral', 'notification', 'information-share', 'phone-call', 'letter', 'email', 'other', 'received', 'reply',
]);

/** Words that open a noun phrase: after "to" they make it a destination, not an infinitive. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'this', 'that', 'our', 'its', 'my', 'your', 'both', 'all', 'each',
]);

/** Contacts out that can fail to connect: a call unanswered, an email bounced, a chase that found no one. */
export const ATTEMPTABLE: ReadonlySet<ContactType> = new Set(['phone-call', 'email', 'other']);
export const EMAIL_WORDS = /\b(?:e-?mail(?:ed|s)?|bounced|undeliver\w*)\b/i;

export const MESSAGE_OUT: ReadonlySet<ContactType> = new Set([
  'email', 'letter', 'referral', 'information-request', 'information-share', 'notification',
]);

/** A contact-type value naming a call: "Telephone", "Tel consult", "Phone call (in)", "T/C", "Tel – outgoing". */
export const PHONE_TYPE = /^(?:tel(?:ephone)?|phone|t\/c|call)\b(?!.*\b(?:mdt|meeting|conference|strategy)\b)/;

/** An emergency or non-emergency line's number standing on its own ("999 |", "(101)"). */
const LINE_NUMBER = /(?:^|[\s|(])(?:999|101|111)(?:[\s|):,.]|$)/;

/** A call from the public to an emergency or non-emergency line, or a log's caller field. */
export function calledInText(text: string, lex: CompiledContactLexicon): boolean {
  return LINE_NUMBER.test(text) || lex.calledInWords.test(text);
}

/** A word just before a plural contact noun that counts contacts rather than records one ("6 visits", "several calls"). */
export function isTally(word: string, lex: CompiledContactLexicon): boolean {
  return /^\d{1,2}$/.test(word) || lex.tally.has(word);
}
