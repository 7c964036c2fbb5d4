/**
 * Who knew what, and from when. For each agency: the concerns, incidents and
 * people it knew of, and the first day it could have known each, from
 * - its own records (what it saw, what the family told it),
 * - what another agency told it (a contact "in" in its own records; a
 *   referral another agency says it sent does not count until the receiver
 *   records it: whether it arrived is exactly what a review asks), and
 * - meetings it attended: everyone at a meeting learns what the others
 *   there knew by that day.
 * knownAt() answers "what did each agency know on 14 March 2023", for the
 * knowledge view and the trainer's replay.
 */
import type { AnalysisEntry } from '../analysis.ts';
import { fromIso, toIso } from '../dates/calendar.ts';
import type { AgencyId, Concern } from '../model.ts';

export type KnowledgeVia = 'own-record' | 'told' | 'meeting';
export type KnowledgeKind = 'concern' | 'incident' | 'person';

export interface Knowing {
  kind: KnowledgeKind;
  /** The concern id, the incident's entry ref, or the person's name. */
  key: string;
  /** For incidents: what happened, in a few words; for people: their role. */
  label: string;
  /** First day it could have been known (ISO). */
  since: string;
  /** The entry that shows it. */
  ref: string;
  via: KnowledgeVia;
  /** Who told them, or whose meeting it was. */
  source: AgencyId | null;
}

export interface KnowledgeModel {
  /** Per agency, everything it came to know, earliest first; one item per kind and key. */
  byAgency: ReadonlyMap<AgencyId, readonly Knowing[]>;
  agencies: readonly AgencyId[];
}

/** Agencies that record incidents as they happen (a call-out, an attendance). */
const RESPONDERS = new Set(['police', 'ambulance', 'ed']);
const INCIDENT_CONCERNS = new Set<Concern>(['domestic-abuse', 'injury', 'missing', 'exploitation']);
const NOT_AN_AGENCY = new Set(['family']);
/** A receiver may log a message some days after the sender recorded sending it. */
const TOLD_WITHIN_DAYS = 7;

/** The first entry (sorted by earliest day) on or after an ISO day. */
function firstOnOrAfter(list: readonly AnalysisEntry[], iso: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.date.earliest! < iso) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far back a meeting's talk of incidents reaches. */
const MEETING_MEMORY_DAYS = 180;

function isoDaysBefore(iso: string, days: number): string {
  const n = fromIso(iso);
  return n === null ? iso : toIso(n - days);
}

function better(a: Knowing, b: Knowing): boolean {
  // Earlier wins; on the same day an agency's own record is the clearer evidence.
  return a.since < b.since || (a.since === b.since && a.via === 'own-record' && b.via !== 'own-record');
}

/** What an entry lets its reader know: its concerns, the incident it records, the people it names. */
function itemsOf(e: AnalysisEntry): Array<Omit<Knowing, 'since' | 'ref' | 'via' | 'source'>> {
  const items: Array<Omit<Knowing, 'since' | 'ref' | 'via' | 'source'>> = e.concerns.map((c) => ({ kind: 'concern' as const, key: c, label: c }));
  if (RESPONDERS.has(e.agency) && e.concerns.some((c) => INCIDENT_CONCERNS.has(c))) {
    items.push({ kind: 'incident', key: e.ref, label: `${e.concerns.filter((c) => INCIDENT_CONCERNS.has(c)).join(', ')} (${e.agency})` });
  }
  for (const p of e.people ?? []) if (p.role !== 'professional') items.push({ kind: 'person', key: p.name, label: p.role });
  return items;
}

/** Build the model from the analysed entries, in chronology order. */
export function knowledgeModel(entries: readonly AnalysisEntry[]): KnowledgeModel {
  const known = new Map<AgencyId, Map<string, Knowing>>();
  const learn = (agency: AgencyId, k: Knowing) => {
    if (NOT_AN_AGENCY.has(agency)) return;
    let m = known.get(agency);
    if (!m) known.set(agency, (m = new Map()));
    const id = `${k.kind}|${k.key}`;
    const had = m.get(id);
    if (!had || better(k, had)) m.set(id, k);
  };
  const dated = entries.filter((e) => e.date.earliest !== null).sort((a, b) => a.date.earliest!.localeCompare(b.date.earliest!));
  const byAgency = new Map<AgencyId, AnalysisEntry[]>();
  for (const e of dated) {
    const list = byAgency.get(e.agency) ?? [];
    list.push(e);
    byAgency.set(e.agency, list);
  }
  // Told by another agency: also what the sender's own record of telling says ("information shared with the HV" and what it was).
  const learnFromSender = (e: AnalysisEntry, day: string, sender: AgencyId) => {
    const list = byAgency.get(sender) ?? [];
    const from = isoDaysBefore(day, TOLD_WITHIN_DAYS);
    for (let k = firstOnOrAfter(list, from); k < list.length && list[k]!.date.earliest! <= day; k++) {
      const s = list[k]!;
      if (!s.contacts.some((x) => x.direction === 'out' && x.with === e.agency)) continue;
      for (const it of itemsOf(s)) learn(e.agency, { ...it, since: day, ref: e.ref, via: 'told', source: sender });
    }
  };
  // A meeting: every agency present learns what this record says, and what each other one present knew by then.
  const learnAtMeeting = (e: AnalysisEntry, day: string, items: ReturnType<typeof itemsOf>, present: readonly AgencyId[]) => {
    // A meeting talks about the concerns and people, and the incidents of the last months (not every call-out of years past).
    const recent = isoDaysBefore(day, MEETING_MEMORY_DAYS);
    const pooled = new Map<string, Omit<Knowing, 'since' | 'ref' | 'via' | 'source'>>();
    for (const it of items) pooled.set(`${it.kind}|${it.key}`, it);
    for (const a of present) for (const [id, k] of known.get(a) ?? []) if (k.since <= day && (k.kind !== 'incident' || k.since >= recent)) pooled.set(id, { kind: k.kind, key: k.key, label: k.label });
    for (const a of present) {
      const mine = known.get(a);
      for (const [id, it] of pooled) {
        // Learning at a meeting never beats knowing already (the meeting is today or later).
        if (mine?.has(id)) continue;
        learn(a, { ...it, since: day, ref: e.ref, via: 'meeting', source: e.agency === a ? null : e.agency });
      }
    }
  };
  for (const e of dated) {
    const day = e.date.earliest!;
    const items = itemsOf(e);
    const told = e.contacts.find((c) => c.direction === 'in' && !NOT_AN_AGENCY.has(c.with));
    for (const it of items) learn(e.agency, { ...it, since: day, ref: e.ref, via: told ? 'told' : 'own-record', source: told?.with ?? null });
    for (const c of e.contacts) if (c.direction === 'in' && !NOT_AN_AGENCY.has(c.with)) learnFromSender(e, day, c.with);
    const present = [e.agency, ...e.contacts.filter((c) => c.direction === 'both' && (c.type === 'conference' || c.type === 'strategy-discussion')).map((c) => c.with)].filter((a) => !NOT_AN_AGENCY.has(a));
    if (present.length > 1) learnAtMeeting(e, day, items, present);
  }
  const result = new Map<AgencyId, Knowing[]>();
  for (const [a, m] of known) result.set(a, [...m.values()].sort((x, y) => x.since.localeCompare(y.since) || x.kind.localeCompare(y.kind)));
  return { byAgency: result, agencies: [...result.keys()] };
}

/** What each agency knew on a day (ISO, inclusive). */
export function knownAt(model: KnowledgeModel, day: string): Map<AgencyId, Knowing[]> {
  const out = new Map<AgencyId, Knowing[]>();
  for (const [a, items] of model.byAgency) {
    const then = items.filter((k) => k.since <= day);
    if (then.length) out.set(a, then);
  }
  return out;
}

/** Whether an agency knew of something by a day, and from when. */
export function knewOf(model: KnowledgeModel, agency: AgencyId, kind: KnowledgeKind, key: string, day: string): Knowing | null {
  return model.byAgency.get(agency)?.find((k) => k.kind === kind && k.key === key && k.since <= day) ?? null;
}
