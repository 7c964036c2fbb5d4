/**
 * The same event recorded in more than one place: linked, never deleted.
 *
 * Two ways an event is written twice (acceptance README, "Duplicates"):
 * - by both sides: one agency's record of a call, email, visit or meeting with
 *   another, and the other's record of the same contact, the other way round
 *   ("Tel call to HV" / "Tel call from MASH SW"), on the same day or the next;
 *   a referral or notification only on the same day (the receiver's screening
 *   of it a day later is a new event, not the same one);
 * - by one agency in two documents: its own return and the combined
 *   chronology or the overview report's narrative, on the same day, saying
 *   much the same thing.
 * Every later member of a group points at the earliest (duplicateOf).
 */
import type { AgencyId, Contact, ContactDirection, ContactType } from '../model.ts';

export interface DuplicateCandidate {
  ref: string;
  sourceFile: string;
  /** Import order of the source, for ties. */
  sourceOrder: number;
  ordinal: number;
  agency: AgencyId;
  earliest: string | null;
  latest: string | null;
  time: string | null;
  text: string;
  /** Positive contacts only. */
  contacts: readonly Contact[];
}

export interface DuplicateLink {
  ref: string;
  duplicateOf: string;
  /** Why they were linked, for the author. */
  why: string;
}

const MEETINGS = new Set<ContactType>(['conference', 'strategy-discussion']);
const SENT_ONCE = new Set<ContactType>(['referral', 'notification']);

/** Agencies that stand for each other: the MASH is run by children's social care. */
function sameAgency(a: AgencyId, b: AgencyId): boolean {
  return a === b || (a === 'mash' && b === 'csc') || (a === 'csc' && b === 'mash');
}

const OPPOSITE: Record<ContactDirection, ContactDirection[]> = { out: ['in'], in: ['out'], both: ['both'], attempted: ['in'] };

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The contacts that are the entry's main event: its first one, or all its meetings when it opens with one. */
function primary(c: DuplicateCandidate): Contact[] {
  const sorted = [...c.contacts].sort((a, b) => a.span.start - b.span.start);
  const first = sorted[0];
  if (!first) return [];
  if (MEETINGS.has(first.type)) return sorted.filter((x) => MEETINGS.has(x.type));
  // A call or email and its reply are one exchange: both count as the main event.
  return sorted.filter((x, i) => i === 0 || (x.with === first.with && x.type === first.type));
}

function typesCompatible(a: ContactType, b: ContactType): boolean {
  if (a === b) return true;
  if (MEETINGS.has(a) && MEETINGS.has(b)) return true;
  // A referral made by phone is a phone call at the other end ("made a referral" / "call from the nursery for advice").
  const phoned = new Set<ContactType>(['referral', 'phone-call', 'information-share', 'notification', 'information-request']);
  return phoned.has(a) && phoned.has(b);
}

/** Whether two entries of different agencies record the same contact from either side. */
function reciprocal(a: DuplicateCandidate, b: DuplicateCandidate, days: number): string | null {
  // Being there together (a meeting, a joint visit, the same scene) is the same event however each record opens.
  for (const x of a.contacts) {
    if (days !== 0 || x.direction !== 'both' || !sameAgency(x.with, b.agency)) continue;
    if (b.contacts.some((y) => y.direction === 'both' && sameAgency(y.with, a.agency) && (y.type === x.type || (MEETINGS.has(x.type) && MEETINGS.has(y.type))))) {
      return `${a.agency} and ${b.agency} were there together`;
    }
  }
  for (const x of primary(a)) {
    if (!sameAgency(x.with, b.agency)) continue;
    for (const y of primary(b)) {
      if (!sameAgency(y.with, a.agency)) continue;
      if (!OPPOSITE[x.direction].includes(y.direction)) continue;
      if (!typesCompatible(x.type, y.type)) continue;
      if (days !== 0 && (SENT_ONCE.has(x.type) || SENT_ONCE.has(y.type))) continue;
      return `${a.agency}'s and ${b.agency}'s records of the same ${MEETINGS.has(x.type) ? 'meeting' : x.type.replace('-', ' ')}`;
    }
  }
  return null;
}

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'he', 'she', 'his', 'her', 'him', 'they', 'their', 'it', 'its', 'that', 'this', 'who', 'which', 'not', 'no', 'as', 'after', 'before', 'when', 'than', 'then', 'also', 'said', 'says']);

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.add(w.replace(/(?:ing|ed|es|s)$/, ''));
  }
  return out;
}

/** Share of the smaller text's content words the other text also has. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

function minutes(t: string | null): number | null {
  if (!t) return null;
  const [h, m] = t.split(':').map(Number);
  return h! * 60 + m!;
}

/** Whether two entries of one agency in different documents record the same event. */
function sameEvent(a: DuplicateCandidate, b: DuplicateCandidate, words: Map<string, Set<string>>): string | null {
  const ta = minutes(a.time);
  const tb = minutes(b.time);
  if (ta !== null && tb !== null && Math.abs(ta - tb) > 30) return null;
  const score = overlap(words.get(a.ref)!, words.get(b.ref)!);
  const sameTime = ta !== null && tb !== null;
  const sharedContacts = a.contacts.some((x) => b.contacts.some((y) => x.with === y.with && x.direction === y.direction && x.type === y.type));
  if (score >= 0.3 || (score >= 0.2 && (sameTime || sharedContacts)) || (score >= 0.12 && sameTime && sharedContacts)) return `${a.agency}'s record of the same event in ${a.sourceFile} and ${b.sourceFile}`;
  return null;
}

/**
 * Two agencies' records of one event told in much the same words, where one
 * names the other (an incident both attended, a meeting each minuted, a call
 * each wrote up differently): the same event even when their contacts do not
 * mirror each other.
 */
function toldAlike(a: DuplicateCandidate, b: DuplicateCandidate, words: Map<string, Set<string>>): string | null {
  const names = (x: DuplicateCandidate, y: DuplicateCandidate) => x.contacts.some((c) => sameAgency(c.with, y.agency));
  const wa = words.get(a.ref)!;
  const wb = words.get(b.ref)!;
  const score = overlap(wa, wb);
  const why = `${a.agency}'s and ${b.agency}'s records of the same event, told alike`;
  if (names(a, b) || names(b, a)) return score >= 0.4 ? why : null;
  // Neither names the other as a contact (a provider's log of the social worker's visit, the social worker's note of
  // it; a crew's and the police's account of one scene): told in most of the same words, on the same day, it is still
  // the same event. Short texts share words by chance, so both must say enough.
  return Math.min(wa.size, wb.size) >= TOLD_ALIKE_MIN_WORDS && score >= TOLD_ALIKE_UNNAMED ? why : null;
}

/** Content words each text needs, and the share they must have in common, for two unconnected records to be one event. */
const TOLD_ALIKE_MIN_WORDS = 6;
const TOLD_ALIKE_UNNAMED = 0.5;

class UnionFind {
  readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    while (p !== (this.parent.get(p) ?? p)) p = this.parent.get(p) ?? p;
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Find duplicate groups; returns one link per later member, pointing at the group's earliest. */
export function findDuplicates(entries: readonly DuplicateCandidate[]): DuplicateLink[] {
  const byDay = new Map<number, DuplicateCandidate[]>();
  for (const e of entries) {
    // Only entries dated to a day: "Spring 2023" cannot be told to be the same event as anything.
    if (!e.earliest || e.earliest !== e.latest) continue;
    const d = dayNumber(e.earliest);
    const list = byDay.get(d) ?? [];
    list.push(e);
    byDay.set(d, list);
  }
  const words = new Map(entries.map((e) => [e.ref, contentWords(e.text)]));
  const uf = new UnionFind();
  const linked = new Set<string>();
  const why = new Map<string, string>();
  for (const [day, list] of byDay) {
    const next = byDay.get(day + 1) ?? [];
    for (const [i, a] of list.entries()) {
      const candidates = [...list.slice(i + 1).map((b) => ({ b, days: 0 })), ...next.map((b) => ({ b, days: 1 }))];
      for (const { b, days } of candidates) {
        if (a.sourceFile === b.sourceFile && sameAgency(a.agency, b.agency)) continue; // one record's own rows
        const reason = !sameAgency(a.agency, b.agency)
          ? (reciprocal(a, b, days) ?? reciprocal(b, a, days) ?? (days === 0 ? toldAlike(a, b, words) : null))
          : days === 0 && a.sourceFile !== b.sourceFile
            ? sameEvent(a, b, words)
            : null;
        if (!reason) continue;
        uf.union(a.ref, b.ref);
        linked.add(a.ref).add(b.ref);
        why.set(`${a.ref}|${b.ref}`, reason);
        why.set(`${b.ref}|${a.ref}`, reason);
      }
    }
  }
  // A retelling dated only to a week or a month ("In October 2022 …") and the one dated record of that
  // agency inside it, told in much the same words: the same event.
  const dated = entries.filter((e) => e.earliest && e.earliest === e.latest);
  for (const v of entries) {
    if (!v.earliest || !v.latest || v.earliest === v.latest || dayNumber(v.latest) - dayNumber(v.earliest) > 31) continue;
    const inside = dated.filter((d) => d.sourceFile !== v.sourceFile && sameAgency(d.agency, v.agency) && d.earliest! >= v.earliest! && d.earliest! <= v.latest!);
    const alike = inside.filter((d) => overlap(words.get(v.ref)!, words.get(d.ref)!) >= 0.5);
    if (alike.length !== 1) continue;
    const d = alike[0]!;
    uf.union(d.ref, v.ref);
    linked.add(d.ref).add(v.ref);
    why.set(`${d.ref}|${v.ref}`, `${v.agency}'s record of the same event, told with a vaguer date`);
    why.set(`${v.ref}|${d.ref}`, `${v.agency}'s record of the same event, told with a vaguer date`);
  }
  // Group, then point every later member at the earliest (date, then time, then source order, then row).
  const groups = new Map<string, DuplicateCandidate[]>();
  for (const e of entries) {
    if (!linked.has(e.ref)) continue;
    const root = uf.find(e.ref);
    const list = groups.get(root) ?? [];
    list.push(e);
    groups.set(root, list);
  }
  const links: DuplicateLink[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort((x, y) => (x.earliest! < y.earliest! ? -1 : x.earliest! > y.earliest! ? 1 : (minutes(x.time) ?? 1e9) - (minutes(y.time) ?? 1e9) || x.sourceOrder - y.sourceOrder || x.ordinal - y.ordinal));
    const head = members[0]!;
    for (const m of members.slice(1)) links.push({ ref: m.ref, duplicateOf: head.ref, why: why.get(`${head.ref}|${m.ref}`) ?? 'the same event recorded in more than one place' });
  }
  return links;
}
