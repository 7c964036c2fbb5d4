/**
 * A draft entry: what a table row or a narrative paragraph said, before its
 * date is resolved against its neighbours and its agency decided. Turning
 * drafts into entries is done once per file, because a date with no year, a
 * relative date or a US-style file can only be read in the light of the rest.
 */
import { detectDateOrder, parseTime, resolveDateSequence, resolveMixedOrderSequence, splitDateTime, type DateItem } from '../dates/index.ts';
import { agencyFromLabel, agencyInfo, employerFromRole, findAgencyMentions, resolveMention } from '../agencies/index.ts';
import type { AgencyId, Entry, FuzzyDate, ImportIssue, Location } from '../model.ts';
import type { CellDate } from './raw.ts';
import { timeInText } from './time-in-text.ts';

export interface DraftEntry {
  /** 'context' drafts (section rows, "2023") only help date their neighbours. */
  kind: 'entry' | 'context';
  dateText: string;
  cellDate?: CellDate;
  timeText: string;
  agencyLabel: string;
  author: string;
  team: string;
  subject: string;
  contactType: string;
  sourceRef: string;
  event: string[];
  action: string[];
  flags: string[];
  location: Location;
  cells: Record<string, string>;
  /** For narratives without a file agency: the agency the entry's own words name as actor. */
  narratedAgency?: AgencyId | null;
  /** A time found in the narrative sentence that dates the entry. */
  narrativeTime?: string | null;
  /** The agency the heading of the entry's section names ("Part 2 – Housing Services"). */
  sectionAgency?: AgencyId | null;
  /** A joint section's agencies ("CAMHS / Community Paediatrics"): each row says which is its own. */
  sectionAgencies?: AgencyId[];
}

/** A draft with nothing read into it yet: the table and narrative readers fill in what their source has. */
export function blankDraft(kind: DraftEntry['kind'], dateText: string, location: Location): DraftEntry {
  return { kind, dateText, timeText: '', agencyLabel: '', author: '', team: '', subject: '', contactType: '', sourceRef: '', event: [], action: [], flags: [], location, cells: {} };
}

export interface FinaliseOptions {
  fileName: string;
  /** The file's agency: the user's choice or the suggestion. Null/'mixed' = per row. */
  fileAgency: AgencyId | 'mixed' | null;
  dateOrder: 'dmy' | 'mdy' | 'auto';
  /** Text that sets the context for role words ("social worker" in an adults' review). */
  contextText: string;
  /** Whether the source has a time column: then an empty time cell means no time. */
  hasTimeColumn: boolean;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

type Split = ReturnType<typeof splitDateTime>;

/** What dates a draft: a real date cell's day as it is (no day/month order can misread it), else the date part of its text. */
function dateInput(d: DraftEntry, split: Split | null): DateItem {
  if (d.cellDate) return d.cellDate;
  return split ? split.date : null;
}

const UNDATED: FuzzyDate = { raw: '', earliest: null, latest: null, precision: 'day', uncertain: true, flags: ['unparsed'] };

export interface FinaliseResult {
  entries: Entry[];
  issues: ImportIssue[];
  dateOrder: 'dmy' | 'mdy';
  /** The file has dates that only make sense day-first and others that only make sense month-first (read as they fit). */
  mixedDates: boolean;
}

/** Resolve dates, times and agencies for a whole file's drafts, and number the entries. */
export function finaliseDrafts(drafts: DraftEntry[], opts: FinaliseOptions): FinaliseResult {
  const issues: ImportIssue[] = [];
  // A date cell's text split into date and time once, used for both; files repeat the same date on several rows, so each distinct cell is read once.
  // A real date cell is not text: its day and time are carried as they are.
  const splitOf = memo((text: string): Split | null => (text.trim() ? splitDateTime(text) : null));
  const splits = drafts.map((d) => (d.cellDate ? null : splitOf(d.dateText)));
  const inputs = drafts.map((d, i) => dateInput(d, splits[i] ?? null));
  let order: 'dmy' | 'mdy' = 'dmy';
  let mixed = false;
  if (opts.dateOrder === 'auto') {
    const textual = drafts.filter((d) => !d.cellDate && d.dateText).map((d) => d.dateText);
    const detected = detectDateOrder(textual);
    if (detected.order === 'mdy') order = 'mdy';
    // Some dates only make sense day-first and others only month-first: not a typo or two, a mix.
    mixed = detected.dmyOnly > 0 && detected.mdyOnly > 0;
    // A UK file with a typo or two ("12/13/2023") is not worth a warning of its own: those rows are flagged.
    if (mixed && (order === 'mdy' || Math.min(detected.dmyOnly, detected.mdyOnly) >= 2)) {
      issues.push({
        file: opts.fileName,
        severity: 'warning',
        code: 'us-dates',
        message: `This file mixes day-first and month-first dates (e.g. ${detected.examples.slice(0, 4).join(', ')}), as a spreadsheet does when it is saved as CSV on a computer set to US dates. Each date has been read the only way it makes sense, or, where it could be either, the way that fits the entries around it; the rows read against the file's usual order are flagged. Check them, or ask the agency for the original spreadsheet.`,
      });
    } else if (detected.order === 'mdy') {
      order = 'mdy';
      issues.push({
        file: opts.fileName,
        severity: 'warning',
        code: 'us-dates',
        message: `The dates in this file only make sense month-first (US style), e.g. ${detected.examples.slice(0, 3).join(', ')}. They have been read as month/day/year; check them, or choose day/month/year in the import view.`,
      });
    }
  } else {
    order = opts.dateOrder;
  }
  const dates = mixed ? resolveMixedOrderSequence(inputs, order) : resolveDateSequence(inputs, { order });

  const entries: Entry[] = [];
  const unknownLabels = new Map<string, number>();
  // Files repeat the same agency names and roles on every row: read each once.
  const employerOf = memo((role: string) => (role ? employerFromRole(role) : null));
  const services = servicesOfFile(drafts, opts);
  drafts.forEach((d, i) => {
    if (d.kind !== 'entry') return;
    let date = dates[i] ?? null;
    if (!date) date = { ...UNDATED, raw: d.dateText };
    else if (!d.cellDate) date = { ...date, raw: d.dateText.trim() || date.raw };
    const ordinal = entries.length + 1;
    if (date.earliest === null) {
      issues.push({
        file: opts.fileName,
        row: d.location.row,
        severity: 'warning',
        code: 'undated',
        message: d.dateText ? `"${d.dateText}" is not a date we can read; the entry is kept as undated.` : 'This entry has no date; it is kept as undated.',
      });
    } else if (date.flags?.includes('impossible') || date.flags?.includes('us-order')) {
      issues.push({
        file: opts.fileName,
        row: d.location.row,
        severity: 'warning',
        code: 'date-check',
        message: date.suggestion ?? `"${date.raw}" needs checking.`,
      });
    }
    const text = [...d.event, ...d.action, ...d.flags].join(' | ');
    const agency = services.get(d) ?? decideAgency(d, opts, text, unknownLabels);
    const employer = employerOf(d.author) ?? employerOf(d.team);
    entries.push({
      ref: `${opts.fileName}#${ordinal}`,
      sourceFile: opts.fileName,
      ordinal,
      agency,
      employer: employer && employer !== agency ? employer : null,
      date,
      time: decideTime(d, opts, splits[i] ?? null),
      text,
      author: d.author || null,
      team: d.team || null,
      subject: d.subject || null,
      contactType: d.contactType || null,
      sourceRef: d.sourceRef || null,
      location: d.location,
      cells: d.cells,
    });
  });
  for (const [label, row] of unknownLabels) {
    issues.push({
      file: opts.fileName,
      row,
      severity: 'warning',
      code: 'unknown-agency',
      message: `The agency "${label}" is not in the lexicon; its rows are filed under "Other". Choose its agency in the import view.`,
    });
  }
  return { entries, issues, dateOrder: order, mixedDates: mixed };
}

function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = fn(key);
      cache.set(key, v);
    }
    return v as T;
  };
}

/**
 * One return holding the records of several services of one family of
 * agencies: a 0-19 service's health visitors and school nurses ("HV1",
 * "SN1"), a children's services export with its early help workers (team
 * "Early Help Hub", "FSW2"). Each entry whose team or author names one of
 * them is that service's. Two services, each on two entries or more, say
 * the file is mixed; one stray role ("HV1 rang" in a GP record) does not.
 */
function servicesOfFile(drafts: DraftEntry[], opts: FinaliseOptions): Map<DraftEntry, AgencyId> {
  const out = new Map<DraftEntry, AgencyId>();
  const fileAgency = opts.fileAgency && opts.fileAgency !== 'mixed' ? opts.fileAgency : null;
  if (!fileAgency) return out;
  const group = agencyInfo(fileAgency).group;
  const serviceOf = memo((label: string): AgencyId | null => {
    if (!label || label.length > 60) return null;
    const id = agencyFromLabel(label, opts.contextText);
    // A MASH worker in children's services' own record is children's services (the MASH is usually run by it).
    return id && id !== 'family' && id !== 'other' && id !== 'mash' && agencyInfo(id).group === group ? id : null;
  });
  const counts = new Map<AgencyId, number>();
  const found = new Map<DraftEntry, AgencyId>();
  for (const d of drafts) {
    if (d.kind !== 'entry' || d.agencyLabel) continue;
    const id = serviceOf(d.team) ?? serviceOf(d.author);
    if (!id) continue;
    found.set(d, id);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const services = [...counts].filter(([, n]) => n >= 2).map(([id]) => id);
  if (services.length < 2) return out;
  for (const [d, id] of found) if (services.includes(id)) out.set(d, id);
  return out;
}

/** Which of a joint section's agencies a row is: its team or author ("Dr 4 (Community Paediatrician)"), else the first its text names, else the first the heading names. */
function ofSeveral(d: DraftEntry, several: readonly AgencyId[], text: string, context: string): AgencyId {
  for (const label of [d.team, d.author]) {
    const id = label ? agencyFromLabel(label, context) : null;
    if (id && several.includes(id)) return id;
  }
  const named = findAgencyMentions(text).map((m) => resolveMention(m, context)).find((a) => several.includes(a));
  return named ?? several[0]!;
}

function decideAgency(d: DraftEntry, opts: FinaliseOptions, text: string, unknown: Map<string, number>): AgencyId {
  const fileAgency = opts.fileAgency && opts.fileAgency !== 'mixed' ? opts.fileAgency : null;
  const context = `${opts.contextText} ${text}`;
  if (d.agencyLabel) {
    const id = agencyFromLabel(d.agencyLabel, context);
    if (id) return id;
    if (fileAgency) return fileAgency;
    if (!unknown.has(d.agencyLabel)) unknown.set(d.agencyLabel, d.location.row ?? 0);
    return 'other';
  }
  if (d.sectionAgency) return d.sectionAgency;
  if (d.sectionAgencies?.length) return ofSeveral(d, d.sectionAgencies, text, context);
  if (fileAgency) return fileAgency;
  if (d.narratedAgency) return d.narratedAgency;
  for (const label of [d.team, d.author]) {
    if (!label) continue;
    const id = agencyFromLabel(label, context);
    if (id && id !== 'family') return id;
  }
  // The first agency the text names as doing something, not one it was sent to or heard from ("referral made to adult social care").
  const first = findAgencyMentions(text).find((m) => m.agency !== 'family' && !TARGET_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)));
  return first ? resolveMention(first, context) : 'other';
}

const TARGET_BEFORE = /\b(?:to|with|from|via|for|by|informed|told|notified|contacted|called|rang|phoned|emailed|asked|and)\s+(?:the\s+|a\s+|an\s+)?$/i;

function decideTime(d: DraftEntry, opts: FinaliseOptions, split: Split | null): string | null {
  if (d.timeText) return parseTime(d.timeText);
  if (d.cellDate?.hh !== undefined) return `${pad2(d.cellDate.hh)}:${pad2(d.cellDate.mm ?? 0)}`;
  const fromDateCell = split ? split.time : null;
  if (fromDateCell) return fromDateCell;
  if (opts.hasTimeColumn) return null;
  if (d.narrativeTime !== undefined) return d.narrativeTime;
  return timeInText(d.event.join(' '));
}
