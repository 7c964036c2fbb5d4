/**
 * Meetings: strategy discussions, conferences, core groups, MARAC. A meeting
 * is the entry's event when it opens a clause (or is "held", or the author
 * "attended" it); everyone listed as present is a contact both ways (DOMAIN:
 * "Attendees are contacts both ways between the agencies present"). Those
 * "not present", who "did not attend" or were "not invited" are recorded as
 * negated: the gap rules look for exactly them.
 */
import type { AgencyId, ContactType } from '../model.ts';
import type { CompiledContactLexicon } from './lexicon.ts';
import type { Party } from './parties.ts';
import { phraseAt, type Clause, type Token } from './tokens.ts';

export interface MeetingContact {
  with: AgencyId;
  type: Extract<ContactType, 'conference' | 'strategy-discussion'>;
  negated: boolean;
  start: number;
  end: number;
  clauseIndex: number;
  rule: string;
}

/** Words that may come before a meeting's name when the meeting is what the clause is about. */
const OPENERS = /^(?:attended|attend|attending|i|we|at|the|a|an|first|second|third|initial|review|held|joint|virtual|telephone|phone|by|next|subsequent|emergency|urgent|repeat|present|chaired|hosted|took|part|in)$/;
/** Words right after a meeting's name that show it is only mentioned ("ICPC report", "Conference was on 28/11"). */
const MENTION_ONLY = /^(?:referral|referrals|report|reports|minutes|invitation|invite|paperwork|chair|member|members|list|plan|booked|arranged|requested|was|is|will|would|date|dates|due|to|marker|flag|action|actions|decision|outcome|agenda|notes|team)$/;
/** A sentence that lists who was there. */
const ATTENDANCE_LIST = /\b(?:present|attendees|attended by|in attendance|were there|was there|also there|apologies|did not attend|didn't attend|unable to attend|not invited|took part|joined|represented|attended|attending)\b/i;
/** How minutes head the list of who was there, and of who was not: one vocabulary for every reading of the lists below. */
const PRESENT_HEADS = ['present', 'attendees', 'in attendance', 'also in attendance', 'also present', 'agencies present', 'agencies represented', 'attended by'];
const ABSENT_HEADS = ['apologies', 'apologies received', 'not represented', 'not present', 'absent', 'not invited', 'did not attend', 'unable to attend', 'invited,? (?:but )?did not attend'];
const ANY_HEAD = [...PRESENT_HEADS, ...ABSENT_HEADS].join('|');
/** A list of who was there, as minutes head it ("Present:", "Agencies present:", "Attendees:"). */
const MINUTED = new RegExp(`\\b(?:${PRESENT_HEADS.join('|')})\\s*:`, 'i');
/** The heading of a list of who was or was not there, inside a line. */
const LIST_HEADING = new RegExp(`\\b(${ANY_HEAD})\\s*:`, 'gi');
/** The same heading on a line of its own ("Present:", "Apologies:", "Also in attendance:"), with what follows it. */
const LIST_LINE = new RegExp(`^\\s*(${ANY_HEAD})\\s*:\\s*(.*)$`, 'i');
const PRESENT_HEADING = new RegExp(`^(?:${PRESENT_HEADS.join('|')})$`, 'i');

/** A practitioner's role code with its number, lower-cased as tokens compare: "hv1", "sw3", "cpn2". */
const ROLE_CODE = /^[a-z]{2,5}\d{1,2}$/;
/** A sentence that ends by saying the meeting was attended: the next sentence lists who came ("… – attended. SW3, HoY, mum"). */
const ENDS_ATTENDED = /\b(?:attended|present|attendees|in attendance)\s*[.:–—-]?\s*$/i;
/** Where a meeting was, in brackets after its name ("Discharge planning meeting (Larch Ward)"). */
const PLACE = /\b(?:ward|unit|centre|center|hub|house|office|offices|base|room|clinic|suite|station)\b/i;

const ABSENCE = /\b(?:not present|not invited|did not attend|didn't attend|unable to attend|could not attend|not attend|absent|sent apologies|gave apologies|not there|not represented)\b/;


function isAbsent(c: Clause, p: Party): boolean {
  // "GP, district nurses and befriending service not invited": the phrase after a list covers all of it.
  const rest = c.text.slice(p.end - c.start).toLowerCase();
  const at = rest.search(ABSENCE);
  if (at >= 0 && /^[\w\s,&'’()/-]*$/.test(rest.slice(0, at)) && !/\b(?:said|says|is|has|had|report|reports|received|letter)\b/.test(rest.slice(0, at))) return true;
  const tail = c.text.slice(p.end - c.start, p.end - c.start + 40).toLowerCase();
  if (/^\W*(?:\([^)]*\)\W*)?(?:was |were |is |are )?(?:not present|not invited|did not attend|didn't attend|unable to attend|could not attend|not attend|absent|sent apologies|gave apologies|apologies|not there|not represented)/.test(tail)) return true;
  // Under a list's heading ("Present: …", "Apologies: …", "Not represented: …"): the last heading before the party says which.
  const lead = c.text.slice(0, p.start - c.start);
  const headings = [...lead.matchAll(LIST_HEADING)];
  const last = headings.at(-1);
  if (last) return !PRESENT_HEADING.test(last[1]!.trim());
  const head = c.text.slice(Math.max(0, p.start - c.start - 40), p.start - c.start).toLowerCase();
  return /\b(?:without|no one from|nobody from|not invited:?|absent:?|apologies:?)\s*(?:the\s+|a\s+)?(?:\w+\s+)?$/.test(head) || /\bno(?:body| one)\b[^.]*\b(?:from|at)\s+(?:the\s+)?$/.test(head);
}

/** Whether a meeting phrase at this position is the event the clause records. */
function isMeetingEvent(t: readonly Token[], first: number, last: number, lex: CompiledContactLexicon, minuted = false): boolean {
  const before = t.slice(0, first).filter((x) => !x.punct).map((x) => x.lower);
  const after = t.slice(last + 1).filter((x) => !x.punct).map((x) => x.lower);
  // "MARAC minutes – … Present: …": the minutes of a meeting that met, with who was there.
  // A bracket straight after the name is a note on it ("MARM (chair SAM1) with police"), not what the name qualifies.
  const bracketed = t[last + 1]?.text === '(';
  if (!bracketed && MENTION_ONLY.test(after[0] ?? '') && !(minuted && /^(?:minutes|notes|chair)$/.test(after[0] ?? ''))) return false;
  // "YJS rep at MACE panel", "JP at the professionals meeting": someone at the meeting, named in a few words before it.
  const at = before.filter((w) => w !== 'the' && w !== 'a' && w !== 'an');
  const someoneAt = at.at(-1) === 'at' && at.length >= 2 && at.length <= 4;
  // "HV1 CIN mtg @ home – attended": the author's role code opening the note.
  const byRole = ROLE_CODE.test(before[0] ?? '') && before.slice(1).every((w) => OPENERS.test(w));
  const opens = before.length === 0 || someoneAt || byRole || before.every((w) => OPENERS.test(w) || /^\d/.test(w));
  const held =
    minuted ||
    after.slice(0, 3).some((w) => w === 'held' || w === 'took' || w === 'convened' || w === 'met') ||
    before.slice(-3).some((w) => w === 'held' || w === 'chaired' || w === 'convened' || w === 'hosted' || w === 'had' || w === 'heard' || w === 'discussed' || w === 'attended');
  // "S47 initiated following a strategy discussion with …": what came after it says it took place.
  const lastWord = before.filter((w) => w !== 'a' && w !== 'an' && w !== 'the').at(-1) ?? '';
  const followed = lastWord === 'following' || lastWord === 'after';
  if (!opens && !held && !followed && !before.includes('attended')) return false;
  for (let i = Math.max(0, first - 3); i < first; i++) if (phraseAt(t, i, lex.negators) || phraseAt(t, i, lex.unrealised)) return false;
  // "Strategy discussion with CSC and the paediatrician set for 11:00": arranged, not held.
  for (let i = last + 1; i < t.length; i++) if (phraseAt(t, i, lex.unrealisedAfter)) return false;
  return true;
}

/** "(Larch Ward)" right after a meeting's name: the bracket's closing token, when it says where. */
function placeInBrackets(t: readonly Token[], last: number): { close: number } | null {
  if (t[last + 1]?.text !== '(') return null;
  const close = t.findIndex((x, i) => i > last + 1 && x.text === ')');
  if (close < 0 || close - last > 6) return null;
  return t.slice(last + 2, close).some((x) => PLACE.test(x.text)) ? { close } : null;
}

/**
 * A clause that is nothing but a list of parties ("CSC, police, school DSL, EH, paeds by phone",
 * "SW3, HoY (HA), YC worker, RW1 (Recovery Partnership), mum, MGM"): after a meeting, who came.
 */
function bareList(c: Clause, parties: readonly Party[]): boolean {
  const named = parties.filter((p) => p.kind === 'agency' || p.kind === 'family');
  if (named.length < 2) return false;
  const covered = (i: number) => parties.some((p) => i >= p.first && i <= p.last);
  const words = c.tokens.filter((x, i) => !x.punct && !covered(i) && !/^(?:and|&|the|a|by|phone|telephone|teams|video|via|part|also|rep|reps|worker|from|for)$/i.test(x.text));
  return words.length <= Math.max(2, named.length / 2);
}

/** A party at (or missing from) a meeting, and the clause that says so. */
type Attendee = { party: Party; negated: boolean; ci: number };

/** Minutes written out whole: a list's heading on a line of its own. */
export function isWrittenMinutes(text: string): boolean {
  return text.split('\n').some((l) => LIST_LINE.test(l));
}

/**
 * Minutes written out whole, a list under each heading, one attendee to a line ("DS2 - Detective Sergeant,
 * CAIT, Stanmarsh Constabulary"): each line is one person, named by the role after the dash (not the
 * organisation after it, nor the "Dr" before it); a list on the heading's own line names several. The
 * list ends at the next line that names no one and is no attendee ("Purpose of meeting").
 */
function minutedAttendees(text: string, clauses: readonly Clause[], partiesByClause: readonly Party[][], recording: AgencyId): Attendee[] {
  const all = clauses.flatMap((c, ci) => (partiesByClause[ci] ?? []).map((p) => ({ p, ci })));
  const out: Attendee[] = [];
  let mode: 'present' | 'absent' | null = null;
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const heading = LIST_LINE.exec(line);
    const inLine = (from: number) => all.filter(({ p }) => p.start >= from && p.end <= start + line.length && (p.kind === 'agency' || p.kind === 'family' || p.kind === 'self'));
    if (heading) {
      mode = PRESENT_HEADING.test(heading[1]!.trim()) ? 'present' : 'absent';
      // "Present: police, IDVA, CSC": a list on the heading's own line.
      for (const { p, ci } of inLine(start + line.length - heading[2]!.length)) if (p.kind !== 'self' && p.agency !== recording) out.push({ party: p, negated: mode === 'absent', ci });
      continue;
    }
    if (!mode) continue;
    const named = inLine(start);
    if (named.length === 0) {
      if (!line.trim() || /^\s*(?:none|nil|n\/a)\s*\.?$/i.test(line)) continue;
      // A line of someone with no agency we know ("Minute taker - Business Support") stays in the list; a heading ends it.
      if (!/\s[-–—]\s|\(/.test(line)) mode = null;
      continue;
    }
    const dash = line.search(/\s[-–—]\s/);
    const role = dash >= 0 ? named.find(({ p }) => p.start >= start + dash) : undefined;
    const { p, ci } = role ?? named[0]!;
    if (p.kind === 'self' || (p.agency === recording && !p.otherArea)) continue;
    out.push({ party: p, negated: mode === 'absent', ci });
  }
  return out;
}

/** A meeting's name in an entry: its clause and the tokens the name spans. */
interface MeetingAt {
  clause: Clause;
  ci: number;
  first: number;
  last: number;
}

/** What every reading of one entry's meetings shares. */
interface EntryContext {
  clauses: readonly Clause[];
  partiesByClause: readonly Party[][];
  recording: AgencyId;
  lex: CompiledContactLexicon;
}

/** What the lexicon says of a meeting's name: the kind of contact, and who convenes it. */
type Meeting = { type: MeetingContact['type']; convener: AgencyId | null };

/** Who came, by agency: a word that an agency was there outweighs one that it was not. */
function addAttendee(present: Map<AgencyId, Attendee>, a: Attendee): void {
  const seen = present.get(a.party.agency);
  if (!seen || (seen.negated && !a.negated)) present.set(a.party.agency, a);
}

/** "the police chaired a … panel": whoever chaired or convened it was there. */
function chairOf({ clause, ci, first }: MeetingAt, cx: EntryContext): Party | undefined {
  const chair = (cx.partiesByClause[ci] ?? []).filter((p) => p.last < first && p.kind === 'agency' && !p.forum).at(-1);
  if (!chair || (chair.agency === cx.recording && !chair.otherArea)) return undefined;
  const between = clause.tokens.slice(chair.last + 1, first).filter((x) => !x.punct).map((x) => x.lower);
  const chaired = between.length <= 8 && between.some((w) => /^(?:chaired|convened|hosted|led|held|organised|organized|called)$/.test(w)) && !between.some((w) => /^(?:not|never|no)$/.test(w));
  return chaired ? chair : undefined;
}

/** Whether clause k, at or after the meeting's own, is one that lists who was there. */
function listsAttendees({ clause, ci }: MeetingAt, c: Clause, k: number, cx: EntryContext, meetingSentence: string): boolean {
  return (
    k === ci ||
    ATTENDANCE_LIST.test(c.text) ||
    (c.sentence === clause.sentence && /^\s*\(/.test(c.text)) ||
    (c.sentence === clause.sentence + 1 && c.cell === clause.cell && ENDS_ATTENDED.test(meetingSentence)) ||
    (c.sentence === clause.sentence && bareList(c, cx.partiesByClause[k] ?? []))
  );
}

/** A party named in a clause that lists who was there, as an attendee (or one missing); null when it is no attendee. */
function attendeeIn(m: MeetingAt, c: Clause, k: number, p: Party, where: { close: number } | null, cx: EntryContext): Attendee | null {
  const { ci, last } = m;
  if (k === ci && p.first <= last) return null;
  if (p.kind === 'self' || p.kind === 'pronoun' || p.forum) return null;
  // Minutes: in a later clause with a list's heading ("CHILD R / Date: … / Present: …"), what comes before
  // the heading is the meeting's title or details, not who came.
  if (k > ci) {
    const heading = c.text.search(MINUTED);
    if (heading >= 0 && p.start - c.start < heading) return null;
  }
  // "(Larch Ward)", "(Civic Centre)" after the meeting: where it was, not who came.
  if (k === ci && where && p.first > last && p.last < where.close) return null;
  if (p.agency === cx.recording && !p.otherArea) return null;
  let j = p.first - 1;
  while (j >= 0 && /^(?:the|a|an|her|his|their)$/.test(c.tokens[j]!.lower)) j--;
  const prev = c.tokens[j]?.lower;
  // "for Ms K", "re K", "at the children's centre": whom or where the meeting was, not who came.
  if (prev === 'for' || prev === 're' || prev === 'about' || prev === 'regarding' || prev === 'of' || prev === 'at' || prev === 'in') return null;
  // "Police report received", "Nursery report": they sent a report, they were not there.
  if (/^\s*(?:report|reports|letter|email|information)\b/i.test(c.text.slice(p.end - c.start))) return null;
  const absent = isAbsent(c, p);
  const parties = cx.partiesByClause[k] ?? [];
  const familyListed = ATTENDANCE_LIST.test(c.text) || /\bwith\b/i.test(c.text) || (k > ci && bareList(c, parties) && parties.some((o) => o.kind === 'agency'));
  if (p.kind === 'family' && !absent && !familyListed) return null;
  return { party: p, negated: absent, ci: k };
}

/**
 * Attendees: in the meeting's own clause after its name, and in the sentences of the same cell that list who was there.
 * A meeting that is its row's whole type cell ("s42 planning meeting | Present: …") is the row's event: its other cells list who came.
 */
function listedAttendees(m: MeetingAt, cx: EntryContext, add: (a: Attendee) => void): void {
  const { clause, ci, first, last } = m;
  const { clauses, partiesByClause, lex } = cx;
  const t = clause.tokens;
  const wholeCell = clauses.filter((c) => c.cell === clause.cell).length === 1 && t.slice(0, first).every((x) => x.punct) && t.slice(last + 1).every((x) => x.punct || x.text === '(' || x.text === ')' || PLACE.test(x.text) || /^\p{Lu}/u.test(x.text));
  const meetingSentence = clauses.filter((c) => c.sentence === clause.sentence).map((c) => c.text).join(' ');
  const where = placeInBrackets(t, last);
  const chair = chairOf(m, cx);
  if (chair) add({ party: chair, negated: false, ci });
  for (let k = ci; k < clauses.length && (clauses[k]!.cell === clause.cell || wholeCell); k++) {
    const c = clauses[k]!;
    // The next meeting in the cell starts its own list.
    if (k > ci && c.tokens.some((_, j) => phraseAt(c.tokens, j, lex.meetings) && isMeetingEvent(c.tokens, j, j, lex))) break;
    if (!listsAttendees(m, c, k, cx, meetingSentence)) continue;
    for (const p of partiesByClause[k] ?? []) {
      const attendee = attendeeIn(m, c, k, p, where, cx);
      if (attendee) add(attendee);
    }
  }
}

/** The contacts of one meeting: one with each agency present or missing, else with its convener. */
function meetingContacts({ clause, ci, first, last }: MeetingAt, meeting: Meeting, present: ReadonlyMap<AgencyId, Attendee>, recording: AgencyId): MeetingContact[] {
  const t = clause.tokens;
  const { type, convener } = meeting;
  const out: MeetingContact[] = [];
  let anyone = false;
  for (const { party, negated, ci: k } of present.values()) {
    out.push({ with: party.agency, type, negated, start: Math.min(t[first]!.start, party.start), end: Math.max(t[last]!.end, party.end), clauseIndex: k, rule: 'meeting' });
    if (!negated) anyone = true;
  }
  // "Attended ICPC" with no one named: at least its convener was there.
  if (!anyone && convener && convener !== recording) out.push({ with: convener, type, negated: false, start: t[first]!.start, end: t[last]!.end, clauseIndex: ci, rule: 'meeting-convener' });
  return out;
}

/** Read every meeting in an entry. Parties of the recording agency (and self) are never attendees. */
export function entryMeetings(clauses: readonly Clause[], partiesByClause: readonly Party[][], recording: AgencyId, lex: CompiledContactLexicon, text = ''): MeetingContact[] {
  const minuted = isWrittenMinutes(text) ? minutedAttendees(text, clauses, partiesByClause, recording) : [];
  const cx: EntryContext = { clauses, partiesByClause, recording, lex };
  const out: MeetingContact[] = [];
  clauses.forEach((clause, ci) => {
    const t = clause.tokens;
    for (let i = 0; i < t.length; i++) {
      const hit = phraseAt(t, i, lex.meetings);
      if (!hit) continue;
      const m: MeetingAt = { clause, ci, first: i, last: i + hit.length - 1 };
      i = m.last;
      const cellText = clauses.filter((c) => c.cell === clause.cell).map((c) => c.text).join(' ');
      if (!isMeetingEvent(t, m.first, m.last, lex, MINUTED.test(cellText))) continue;
      const present = new Map<AgencyId, Attendee>();
      const add = (a: Attendee) => addAttendee(present, a);
      // Minutes written out whole: their lists say who was there, line by line.
      if (minuted.length && ci <= 1) minuted.forEach(add);
      else listedAttendees(m, cx, add);
      out.push(...meetingContacts(m, hit.value, present, recording));
    }
  });
  return out;
}
