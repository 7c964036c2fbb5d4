/**
 * An entry's contacts: its clauses read one after another (clause.ts), then what only the whole entry shows
 * (its meetings, a letter's addressee block, the contact-type column, the service's own premises, a 999 log),
 * then the drafts merged into contacts (finalise.ts).
 */
import type { Contact } from '../../model.ts';
import type { CompiledContactLexicon } from '../lexicon.ts';
import { letterAddressees } from '../letter-form.ts';
import { entryMeetings, isWrittenMinutes } from '../meetings.ts';
import { partiesIn, type Party, type PartyContext } from '../parties.ts';
import type { Clause } from '../tokens.ts';
import { readClauses } from './clause.ts';
import type { EntryContext } from './context.ts';
import { phraseIn } from './cues.ts';
import { calledIn, crewAttended, emergencyArrival, fromContactType, premisesAttendance, responderScene } from './entry-readings.ts';
import { finalise } from './finalise.ts';
import { Recorder } from './recorder.ts';
import type { ContactInput, Draft } from './types.ts';

/** Extract an entry's contacts (negated ones included, marked). */
export function extractContacts(input: ContactInput, clauses: Clause[], partyCtx: Omit<PartyContext, 'lexicon'>, lex: CompiledContactLexicon): Contact[] {
  const partiesByClause = partiesOf(clauses, { ...partyCtx, lexicon: lex }, input.deadline);
  if (!partiesByClause) return [];
  const ctx: EntryContext = { input, clauses, partiesByClause, lex, rec: new Recorder(input) };
  readClauses(ctx);
  meetings(ctx);
  fromContactType(ctx);
  letterForm(ctx);
  responderScene(ctx);
  premisesAttendance(ctx);
  emergencyArrival(ctx);
  calledIn(ctx);
  crewAttended(ctx);
  return finalise(ctx.rec.drafts, input.text, lex);
}

/** The parties each clause names, or null once the deadline has passed. */
function partiesOf(clauses: Clause[], ctx: PartyContext, deadline: number): Party[][] | null {
  const partiesByClause: Party[][] = [];
  for (let i = 0; i < clauses.length; i++) {
    if ((i & 63) === 0 && Date.now() > deadline) return null;
    partiesByClause.push(partiesIn(clauses[i]!, ctx));
  }
  return partiesByClause;
}

/** Everyone at a meeting the entry records is a contact both ways (meetings.ts reads who was there). */
function meetings({ input, clauses, partiesByClause, lex, rec }: EntryContext): void {
  const found = entryMeetings(clauses, partiesByClause, input.agency, lex, input.text);
  if (found.some((m) => !m.negated)) {
    // The minutes of a meeting, whole ("STRATEGY MEETING – CHILD R / Date: … / Present: … / Information shared: police
    // reported …"): its contacts are who was there; what each reported is the meeting's content, not contacts of its own.
    const minutes = isWrittenMinutes(input.text) && clauses[0] !== undefined && phraseIn(clauses[0].tokens, 0, 2, lex.meetings);
    // "CIN mtg @ home – attended", "Attended with SW2 and MGM" in a meeting's row: the recording agency attended the meeting,
    // the family did not come to it (unless the words say the family did: "Mum attended").
    const familyBefore = (d: Draft) => (partiesByClause[d.clauseIndex] ?? []).some((p) => p.kind === 'family' && p.end <= d.start);
    const ourAttendance = (d: Draft) => d.rule === 'attendance' && /^attend/i.test(input.text.slice(d.start, d.end)) && !familyBefore(d);
    rec.drafts.splice(0, rec.drafts.length, ...(minutes ? [] : rec.drafts.filter((d) => !ourAttendance(d))));
  }
  for (const m of found) {
    const sentence = clauses[m.clauseIndex]?.sentence ?? 0;
    rec.addSpan({ with: m.with, direction: 'both', type: m.type, negated: m.negated, rule: m.rule, start: m.start, end: m.end, clauseIndex: m.clauseIndex, sentence, strength: 3, channel: true });
  }
}

/** A letter's addressee block ("Dear Dr …", "cc: Health Visitor"): a letter to each agency it names. */
function letterForm({ input, clauses, partiesByClause, rec }: EntryContext): void {
  for (const a of letterAddressees(input.text, clauses, partiesByClause)) {
    rec.addSpan({ with: a.agency, direction: 'out', type: 'letter', rule: 'letter-addressee', start: a.start, end: a.end, clauseIndex: a.clauseIndex, sentence: a.sentence, strength: 2, channel: true });
  }
}
