/** The words and groups of contact types the contact rules read. */
import type { ContactType } from '../../model.ts';
import type { CueType } from '../lexicon.ts';

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
/** Verbs by which the family or the public contact an agency of their own accord. */
export const FAMILY_VERBS = new Set([
  'phone', 'telephone', 'ring', 'call', 'email', 'e-mail', 'text', 'write', 'report', 'complain', 'contact', 'tell', 'ask',
  'request', 'chase', 'reply', 'respond', 'refer',
]);
/** The public and relatives, who report and tell of their own accord (the client "reports" is speech). */
export const PUBLIC =
  /\b(?:neighbou?rs?|caller|public|relatives?|friends?|niece|nephew|aunt|uncle|grand(?:mother|father|parent)|mother|father|sister|brother|cousin|MGM|MGF|PGM|PGF|landlord|passer-by|witness)\b/i;
/** How often something is done: a plan or a pattern, not one contact ("HV visits every 2 weeks"). */
export const FREQUENCY = /^(?:every|weekly|fortnightly|daily|monthly|each)$/;
/** A call from the public to an emergency or non-emergency line, or a log's caller field. */
export const CALLED_IN =
  /(?:^|[\s|(])(?:999|101|111)(?:[\s|):,.]|$)|\b(?:caller|callers|anonymous(?:ly)? (?:call|caller)|member of (?:the )?public|rang in|phoned in|called in)\b/i;
/** Places a service meets people in, named like organisations: "Family Hub", "the Civic Centre". */
export const VENUE = /\b(?:hub|centre|center|office|offices|station|library|building|base|clinic)\b/i;
/** Came, then left before being seen: an attendance, whatever the DNA list says. */
export const DID_NOT_WAIT = /\b(?:DNW|did not wait|didn't wait|left before|self[- ]discharged)\b/i;
/** What may be "not brought" that is not a person: documents, medicines, equipment. */
export const THING_BEFORE =
  /^(?:charts?|records?|letters?|forms?|documents?|paperwork|medications?|medicines?|meds|inhalers?|book|red book|diary|id|passport|sample|samples|equipment|glasses)$/;
/** Words for a text message: with no addressee it went to the family. */
export const MESSAGE_WORDS = new Set(['text', 'texted', 'txt', 'txted', 'sms', 'message', 'msg']);
export const SAME_EVENT =
  /\b(?:same call|same visit|same conversation|same meeting|during the call|during that call|in the same call)\b/i;

/** Verbs that only carry a noun's contact ("letter sent to GP", "referral received", "PPN submitted"). */
export const CARRIERS = new Set(['send', 'submit', 'raise', 'receive', 'post', 'make']);

/** Cues that carry words from someone else: what follows their colon is content. */
export const COMMUNICATIONS = new Set<CueType>([
  'referral', 'notification', 'information-share', 'phone-call', 'letter', 'email', 'other', 'received', 'reply',
]);

/** A word just before a plural contact noun that counts contacts rather than records one ("6 visits", "several calls"). */
export const TALLY = /^(?:\d{1,2}|several|many|multiple|numerous|two|three|four|five|six|seven|eight|nine|ten)$/;

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
/** The family is in the sentence: then "no reply" may well be theirs. */
export const FAMILY_WORDS =
  /\b(?:mum|mother|dad|father|parents?|carers?|family|home|door|visit|appointment|her|his|him|she|he|patient|client)\b/i;

/** A contact-type value naming a call: "Telephone", "Tel consult", "Phone call (in)", "T/C", "Tel – outgoing". */
export const PHONE_TYPE = /^(?:tel(?:ephone)?|phone|t\/c|call)\b(?!.*\b(?:mdt|meeting|conference|strategy)\b)/;
