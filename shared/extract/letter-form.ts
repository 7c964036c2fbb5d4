/**
 * A letter the recording agency wrote, whole in its entry (a hospital's
 * discharge summary to the GP, a notification "for information"): the
 * letter is itself a contact with whoever it greets ("Dear Dr Whitcombe,")
 * and whoever it copies ("cc: Registered Manager, Larchmere House"). A
 * greeting on a line of its own or a sign-off shows the letter is written out
 * whole; a letter received is recorded as "letter from …" and read by the
 * usual frames.
 */
import type { AgencyId } from '../model.ts';
import type { Party } from './parties.ts';
import type { Clause } from './tokens.ts';

const SIGN_OFF = /^\s*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+wishes|with\s+(?:kind\s+)?regards)\b/im;
const RECEIVED = /\b(?:letter|copy|correspondence)\s+(?:received\s+)?from\b|\breceived\b[^.\n]{0,40}\bletter\b/i;
/** The greeting line and the copy lines: who the letter is to. */
const GREETING = /^[ \t]*dear\s+([^,\n]{2,80}),?[ \t]*$/gim;
/** "cc: …" on a line of its own or after the signature ("J. Morley, ENP cc: Larchmere House"). */
const COPIES = /(?:^[ \t]*|\s)(?:cc|c\.c\.|copy to|copies to)\s*:\s*([^\n]{2,200})$/gim;

export interface Addressee {
  agency: AgencyId;
  start: number;
  end: number;
  clauseIndex: number;
  sentence: number;
}

/** The parties a letter in the entry is addressed or copied to, or none when the entry holds no letter of its own. */
export function letterAddressees(text: string, clauses: readonly Clause[], partiesByClause: readonly Party[][]): Addressee[] {
  const greeting = text.search(GREETING);
  if (greeting < 0 && !SIGN_OFF.test(text)) return [];
  if (RECEIVED.test(text.slice(0, greeting < 0 ? text.length : greeting))) return [];
  const out: Addressee[] = [];
  for (const m of [...text.matchAll(GREETING), ...text.matchAll(COPIES)]) {
    const from = m.index;
    const to = from + m[0].length;
    clauses.forEach((c, ci) => {
      for (const p of partiesByClause[ci] ?? []) {
        if (p.start < from || p.end > to || (p.kind !== 'agency' && p.kind !== 'family')) continue;
        if (out.some((a) => a.agency === p.agency)) continue;
        out.push({ agency: p.agency, start: p.start, end: p.end, clauseIndex: ci, sentence: c.sentence });
      }
    });
  }
  return out;
}
