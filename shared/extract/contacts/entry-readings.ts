/**
 * Contacts only the whole entry shows: the contact-type column when the words name none, the family at the
 * service's own premises, an emergency department's presentation, police and crews at the same scene, and
 * a 999 log's caller or crew.
 */
import type { AgencyId, ContactDirection, ContactType } from '../../model.ts';
import type { PhraseIndex } from '../lexicon.ts';
import { phraseAt } from '../tokens.ts';
import type { EntryContext } from './context.ts';
import { phraseIn } from './cues.ts';
import { calledInText, CLINIC_AGENCIES, PHONE_TYPE, RESPONDERS, SESSION_AGENCIES } from './vocabulary.ts';

/** Contacts implied by the contact-type column when the text names none ("Home visit" | "No access. Card left."). */
export function fromContactType({ input, lex, rec }: EntryContext): void {
  const ct = input.contactType?.toLowerCase() ?? '';
  if (!ct) return;
  const drafts = rec.drafts;
  const has = (dir: ContactDirection, type?: ContactType) => drafts.some((d) => d.with === 'family' && d.direction === dir && (!type || d.type === type));
  const add = (direction: ContactDirection, type: ContactType, rule: string) => rec.addForEntry(direction, type, rule);
  if (PHONE_TYPE.test(ct)) {
    // A call with the family, unless the text says whom else it was with ("Telephone | Call to the school").
    if (has('out', 'phone-call') || has('in', 'phone-call') || has('attempted') || drafts.some((d) => d.with !== 'family' && !d.negated)) return;
    add(/\b(?:in|incoming|inbound|received)\b/.test(ct) ? 'in' : 'out', 'phone-call', 'type-column-phone');
  } else if (/\bvisit\b/.test(ct) && !/\bjoint\b/.test(ct)) {
    if (!has('attempted') && !has('out', 'home-visit')) add('out', 'home-visit', 'type-column-visit');
  } else if (lex.attendanceColumn.test(ct)) {
    // Where the family come to the agency (a GP surgery, a probation office) the row is their attendance; elsewhere
    // only when the text records no contact ("consultation" with a professional is not the family attending).
    if (!CLINIC_AGENCIES.has(input.agency) && drafts.some((d) => !d.negated)) return;
    if (has('in', 'attendance') || has('attempted')) return;
    if (!/\b(?:did not attend|dna|wnb|failed to attend)\b/i.test(input.text)) add('in', 'attendance', 'type-column-attendance');
  }
}

/** A birth on the maternity unit, a review at the surgery: the family came to the agency. */
export function premisesAttendance({ input, clauses, lex, rec }: EntryContext): void {
  const premises = input.agency === 'midwifery' ? lex.birth : CLINIC_AGENCIES.has(input.agency) ? lex.clinicAttendance : null;
  const indexes = [premises, SESSION_AGENCIES.has(input.agency) ? lex.sessionAttendance : null].filter((x) => x !== null);
  if (indexes.length === 0 || rec.drafts.some((d) => d.with === 'family' && d.direction === 'in' && d.type === 'attendance')) return;
  // Someone came to the service: not where the entry's contact is with another agency only ("Session with the CMHT").
  if (rec.drafts.some((d) => d.with !== 'family' && !d.negated && (d.type === 'conference' || d.type === 'strategy-discussion'))) return;
  for (const [ci, c] of clauses.entries()) {
    for (let i = 0; i < c.tokens.length; i++) {
      if (!indexes.some((index) => phraseAt(c.tokens, i, index))) continue;
      if (phraseIn(c.tokens, i - 3, i - 1, lex.negators) || phraseIn(c.tokens, i - 2, i - 1, lex.staffSessions)) continue;
      const tok = c.tokens[i]!;
      rec.addSpan({ with: 'family', direction: 'in', type: 'attendance', rule: 'on-premises', start: tok.start, end: tok.end, clauseIndex: ci, sentence: c.sentence });
      return;
    }
  }
}

/** Where in the entry a phrase of the index first stands, not negated. */
interface Hit {
  ci: number;
  i: number;
}

/**
 * An emergency department's record of a presentation: the person came in (an arrival column's value, "Self |
 * Chest pain", or the department's own words, "triaged", "self-discharged"), and a crew that brought them
 * handed over ("BIBA", "Ambulance | Fall"). Calls, letters and referrals the entry also records are read as usual.
 */
export function emergencyArrival({ input, clauses, lex, rec }: EntryContext): void {
  if (input.agency !== 'ed' || clauses.length === 0) return;
  const first = /^\s*([^|]+?)\s*(?:\([^)|]*\))?\s*\|/.exec(input.text)?.[1]?.toLowerCase() ?? '';
  const arrivedBy = lex.arrivalModes.has(first) ? first : null;
  const at = (index: PhraseIndex<true>): Hit | null => {
    for (const [ci, c] of clauses.entries()) {
      for (let i = 0; i < c.tokens.length; i++) if (phraseAt(c.tokens, i, index) && !phraseIn(c.tokens, i - 3, i - 1, lex.negators)) return { ci, i };
    }
    return null;
  };
  const push = (withAgency: AgencyId, type: ContactType, rule: string, hit: Hit) => {
    const c = clauses[hit.ci]!;
    const tok = c.tokens[hit.i]!;
    rec.addSpan({ with: withAgency, direction: 'in', type, rule, start: tok.start, end: tok.end, clauseIndex: hit.ci, sentence: c.sentence });
  };
  const crew = arrivedBy === 'ambulance' ? { ci: 0, i: 0 } : at(lex.ambulanceArrival);
  // (Brought in by a crew, the person came to the department too.)
  const came = arrivedBy ? { ci: 0, i: 0 } : (at(lex.emergencyAttendance) ?? crew);
  if (came && !rec.drafts.some((d) => d.with === 'family' && d.direction === 'in' && d.type === 'attendance')) push('family', 'attendance', 'ed-presentation', came);
  if (crew && !rec.drafts.some((d) => d.with === 'ambulance')) push('ambulance', 'other', 'ambulance-handover', crew);
}

/** Police and ambulance at the same scene: "Paramedics checked L at the scene", "Paramedics confirmed death". */
export function responderScene({ input, clauses, partiesByClause, rec }: EntryContext): void {
  if (!RESPONDERS.has(input.agency)) return;
  const attended = rec.drafts.some((d) => d.rule === 'attended-scene' && !d.negated);
  if (!attended && !/\b(?:999|scene|attended|forced entry|officers|crew)\b/i.test(input.text)) return;
  clauses.forEach((c, i) => {
    for (const p of partiesByClause[i] ?? []) {
      const other = p.kind === 'agency' && (p.agency === 'ambulance' || p.agency === 'police') && p.agency !== input.agency;
      if (!other) continue;
      const tail = c.text.slice(p.end - c.start).toLowerCase();
      if (/^\s*(?:declined|not|were not|was not|refused|cancelled|stood down)/.test(tail)) continue;
      if (!/^\s*(?:\w+\s+){0,2}(?:checked|confirmed|attended|examined|treated|assessed|were|was|on scene|at the scene|arrived)\b/.test(tail)) continue;
      rec.addSpan({ with: p.agency, direction: 'both', type: 'other', rule: 'joint-scene', start: p.start, end: p.end, clauseIndex: i, sentence: c.sentence, strength: 2 });
    }
  });
}

/** A row of a 999 log whose caller is the public ("Member of public", "Caller: son"): the call came in. */
export function calledIn({ input, lex, rec }: EntryContext): void {
  if (!RESPONDERS.has(input.agency) || !calledInText(input.text, lex)) return;
  if (!rec.drafts.some((d) => d.with === 'family' && d.direction === 'in')) rec.addForEntry('in', 'phone-call', 'called-in');
}

/** Every row of an ambulance service's return is a crew attending someone, unless it says it was for the police. */
export function crewAttended({ input, rec }: EntryContext): void {
  if (input.agency !== 'ambulance' || /police request/i.test(input.text)) return;
  if (!rec.drafts.some((d) => d.with === 'family' && d.direction === 'out' && !d.negated)) rec.addForEntry('out', 'other', 'crew-attended');
}
