/**
 * What the gap rules read about each entry, worked out once per case: its
 * day, who acted, the contacts it made, received, shared or denied, the
 * phrases it contains (resources/lexicon/gap-cues.json), whether children are
 * in the picture, and the other records of the same event. Plus what the
 * case as a whole is about: a child or an adult at risk, and which agency
 * the safeguarding "hub" is.
 */
import { findAgencyMentions, resolveMention, type AgencyMention } from '../agencies/lexicon.ts';
import type { AnalysisContact, AnalysisEntry } from '../analysis.ts';
import { fromIso } from '../dates/calendar.ts';
import { contactLexicon } from '../extract/lexicon.ts';
import type { AgencyId } from '../model.ts';
import type { CueGroup, GapRules } from './rules.ts';
import type { ReviewType } from '../review-type.ts';

export interface CueHit {
  start: number;
  end: number;
  text: string;
}

/** Contact types that carry information (a referral, a call, a letter), as opposed to seeing the family. */
const MESSAGE_TYPES = new Set(['referral', 'notification', 'information-request', 'information-share', 'phone-call', 'letter', 'email', 'other']);
const MEETING_TYPES = new Set(['strategy-discussion', 'conference']);
/** Contacts that pass information on as a message (a referral, a notification, a letter, an email, shared information), not a call. */
export const TELLING_MESSAGES: ReadonlySet<string> = new Set(['referral', 'notification', 'information-share', 'letter', 'email']);

/**
 * Cue hits by text, kept across analyses: the app re-analyses after every
 * correction and most texts have not changed. Bounded; cleared when full.
 */
const hitCache = new Map<string, Map<CueGroup, CueHit[]>>();
const HIT_CACHE_TEXTS = 50_000;
let hitCacheCues: GapRules['cues'] | null = null;

function cueHits(cues: GapRules['cues'], group: CueGroup, text: string): CueHit[] {
  if (hitCacheCues !== cues || hitCache.size > HIT_CACHE_TEXTS) {
    hitCache.clear();
    hitCacheCues = cues;
  }
  let byGroup = hitCache.get(text);
  if (!byGroup) hitCache.set(text, (byGroup = new Map()));
  let hits = byGroup.get(group);
  if (!hits) {
    const re = cues[group];
    re.lastIndex = 0;
    hits = [];
    for (const m of text.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    byGroup.set(group, hits);
  }
  return hits;
}

export class Fact {
  readonly index: number;
  readonly entry: AnalysisEntry;
  readonly ref: string;
  readonly agency: AgencyId;
  /** Who acted: the MASH's own records are those of the agency that runs it. */
  readonly actor: AgencyId;
  readonly day: number | null;
  readonly endDay: number | null;
  /** Contacts this agency made with another agency (not the family). */
  readonly out: AnalysisContact[] = [];
  /** Contacts it received from another agency. */
  readonly incoming: AnalysisContact[] = [];
  /** Meetings and joint work with other agencies. */
  readonly joint: AnalysisContact[] = [];
  /** Contacts the text says did not happen, as extraction found them (reported speech and refusals included). */
  private readonly allDenied: AnalysisContact[];
  private realDenied: AnalysisContact[] | null = null;
  /** Contacts with the family: visits, attendances, missed appointments. */
  readonly family: AnalysisContact[] = [];
  /** Refs of every record of the same event (itself included). */
  group: readonly string[];
  private readonly cueCache = new Map<CueGroup, CueHit[]>();
  private mentionCache: AgencyMention[] | null = null;
  private readonly cues: GapRules['cues'];

  constructor(index: number, entry: AnalysisEntry, actor: (a: AgencyId) => AgencyId, cues: GapRules['cues']) {
    this.index = index;
    this.entry = entry;
    this.ref = entry.ref;
    this.agency = entry.agency;
    this.actor = actor(entry.agency);
    this.day = entry.date.earliest ? fromIso(entry.date.earliest) : null;
    this.endDay = entry.date.latest ? fromIso(entry.date.latest) : this.day;
    this.cues = cues;
    for (const c of entry.contacts) {
      if (c.with === 'family') this.family.push(c);
      else if (c.direction === 'out' || c.direction === 'attempted') this.out.push(c);
      else if (c.direction === 'in') this.incoming.push(c);
      else this.joint.push(c);
    }
    this.allDenied = entry.negatedContacts ?? [];
    this.group = [entry.ref];
  }

  /**
   * Contacts the record itself says did not happen: not what someone said
   * ("she says the GP referred her"), not the person's own refusal ("offered
   * a referral - declined"), not an instruction ("advised to chase it").
   */
  get denied(): AnalysisContact[] {
    if (!this.realDenied) this.realDenied = this.allDenied.filter((c) => this.realDenial(c));
    return this.realDenied;
  }

  private realDenial(c: AnalysisContact): boolean {
    // "MASH referral to be made", "Share with 0-19 for awareness": a plan is not a denial.
    if (c.unrealised) return false;
    const hit = this.spanHit(c);
    if (!hit) return true;
    if (this.hearsay(hit) || this.refusedIn(hit)) return false;
    const s = this.sentence(hit);
    const lead = this.entry.text.slice(s.start, hit.start);
    return !/\b(?:advised|asked|reminded|encouraged|suggested|to chase|will|would)\b/i.test(lead);
  }

  /** The person declined or refused, in the sentence of this hit. */
  refusedIn(hit: CueHit): boolean {
    const s = this.sentence(hit);
    return this.cue('refused').some((h) => h.start >= s.start && h.end <= s.end);
  }

  /** The sentence that holds a contact's words, for quoting (the words alone if they cannot be found). */
  quoteOf(c: AnalysisContact | undefined): string | undefined {
    if (!c?.span) return undefined;
    const hit = this.spanHit(c);
    return hit ? this.quote(hit) : c.span;
  }

  /**
   * Where a contact's words are in the text: where extraction found them. An analysis built without their
   * offsets (rows a test writes, an export from before they were kept) has only the words; then their
   * first occurrence.
   */
  spanHit(c: AnalysisContact): CueHit | null {
    const span = c.span;
    if (!span) return null;
    if (c.at) return { start: c.at.start, end: c.at.end, text: span };
    const at = this.entry.text.indexOf(span);
    return at < 0 ? null : { start: at, end: at + span.length, text: span };
  }

  /** Every match of a cue group in the text (memoised here, and across analyses of the same text). */
  cue(group: CueGroup): CueHit[] {
    let hits = this.cueCache.get(group);
    if (!hits) {
      hits = cueHits(this.cues, group, this.entry.text);
      this.cueCache.set(group, hits);
    }
    return hits;
  }

  /** Agencies the text names (memoised): who a sentence is about. */
  mentions(): AgencyMention[] {
    this.mentionCache ??= findAgencyMentions(this.entry.text);
    return this.mentionCache;
  }

  has(group: CueGroup): boolean {
    return this.cue(group).length > 0;
  }

  /** The sentence (or " | " part) around a cue, for quoting in an explanation. */
  quote(hit: CueHit, max = 140): string {
    let s = this.sentence(hit).text.trim();
    if (s.length > max) s = `${s.slice(0, max - 1).trimEnd()}…`;
    return s;
  }

  /** The sentence a cue is in (bounded by full stops, semicolons, " | " and line breaks). */
  sentence(hit: CueHit): { start: number; end: number; text: string } {
    const text = this.entry.text;
    let a = hit.start;
    while (a > 0 && !/[.;|\n]/.test(text[a - 1]!)) a--;
    let b = hit.end;
    while (b < text.length && !/[.;|\n]/.test(text[b]!)) b++;
    return { start: a, end: b, text: text.slice(a, b) };
  }

  /** Reported speech: "she says the GP referred her and she has heard nothing" is the family's account, not the record's. */
  hearsay(hit: CueHit): boolean {
    const s = this.sentence(hit);
    const lead = this.entry.text.slice(s.start, hit.start);
    return contactLexicon().reportedSpeech.test(lead);
  }

  /** Cue hits that are the record's own words, not what someone said. */
  own(group: CueGroup): CueHit[] {
    return this.cue(group).filter((h) => !this.hearsay(h));
  }

  get concerns(): readonly string[] {
    return this.entry.concerns;
  }

  /** Non-family contacts of message kinds this agency made (sent, rang, wrote). */
  messagesOut(): AnalysisContact[] {
    return this.out.filter((c) => MESSAGE_TYPES.has(c.type) && c.direction === 'out');
  }

  meetings(): AnalysisContact[] {
    return this.joint.filter((c) => MEETING_TYPES.has(c.type));
  }

  /** The agency saw or heard from the family: a visit, an assessment, an attendance (not a letter or a failed try). */
  get engaged(): boolean {
    if (this.missed) return false;
    return this.family.some((c) => (c.direction === 'in' && c.type !== 'letter') || (c.direction === 'out' && (c.type === 'home-visit' || c.type === 'assessment' || c.type === 'appointment')) || c.direction === 'both');
  }

  /** The family did not attend, or could not be reached. */
  get missed(): boolean {
    return this.family.some((c) => c.type === 'dna' || c.direction === 'attempted') || this.has('nonEngagementWords');
  }
}

export interface NamedAgency {
  agency: AgencyId;
  start: number;
  end: number;
}

/**
 * The agencies an entry names (the family included), within a stretch of its text if given, each read the way
 * this case reads it: "social services" in an adults' review is adult social care.
 */
export function namedAgencies(cf: CaseFacts, f: Fact, within?: { start: number; end: number }): NamedAgency[] {
  const context = cf.subject === 'adult' ? `${f.entry.text} adult social care` : f.entry.text;
  return f
    .mentions()
    .filter((m) => !within || (m.start >= within.start && m.end <= within.end))
    .map((m) => ({ agency: resolveMention(m, context), start: m.start, end: m.end }));
}

/** A concern that makes silence matter: for a child, anything bearing on safety (or children named at all); for an adult, abuse or neglect. */
export function safeguardingConcern(cf: CaseFacts, f: Fact): boolean {
  const list = cf.rules.file.safeguardingConcerns[cf.homicide ? 'homicide' : cf.subject];
  return f.concerns.some((c) => list.includes(c)) || (cf.children && childrenIn(cf, f));
}

/** The entry speaks of children: any child word in a child's case; in an adult's, a child proper (not a grown-up son). */
export function childrenIn(cf: CaseFacts, f: Fact): boolean {
  return cf.subject === 'child' ? f.has('children') : namesChild(f);
}

/** Names a child proper: an age, "baby", "children" (not a "son" or "daughter", who may be grown up). */
function namesChild(f: Fact): boolean {
  return f.cue('children').some((h) => !GROWN_UP_MAYBE.test(h.text));
}

export interface CaseFacts {
  facts: Fact[];
  byRef: ReadonlyMap<string, Fact>;
  /** Each acting agency's entries, in chronology order. */
  byActor: ReadonlyMap<AgencyId, Fact[]>;
  /** A child (or unborn child) at the centre of the review, or an adult at risk (or killed, in a domestic homicide review). */
  subject: 'child' | 'adult';
  /**
   * Children live in the household or are at the centre of the review: the rules for children (a domestic
   * abuse incident with children present, a parent in crisis, a baby's injury) apply whoever the review is about.
   */
  children: boolean;
  /** A domestic homicide review: the abuse's risk factors are safeguarding concerns too. */
  homicide: boolean;
  /** Where safeguarding concerns should go in this case. */
  hub: readonly AgencyId[];
  hubLabel: string;
  /** The hub's front door (social care, the MASH): told, it passes a concern on; its own silence is another rule's. */
  frontDoor: ReadonlySet<AgencyId>;
  /** Where a concern about children goes (children's social care, or the MASH where the case has one). */
  childHub: readonly AgencyId[];
  /** Where domestic abuse goes besides the hub when the subject is an adult (the police, the domestic abuse service). */
  abuseHub: readonly AgencyId[];
  /** Not agencies a gap can run to or from (the family and the public). */
  notProfessional: ReadonlySet<AgencyId>;
  actor: (a: AgencyId) => AgencyId;
  rules: GapRules;
}

/** The facts of a case, from its analysed entries in chronology order. */
export function caseFacts(entries: readonly AnalysisEntry[], rules: GapRules, reviewType: ReviewType | null = null): CaseFacts {
  const file = rules.file;
  const recorders = new Set(entries.map((e) => e.agency));
  // Where nothing is recorded as the MASH's own, the MASH is run by (and its decisions are those of) children's social care.
  const mashActor = recorders.has('mash') ? 'mash' : file.mash.runBy;
  const actor = (a: AgencyId): AgencyId => (a === 'mash' ? mashActor : a);
  const facts = entries.map((e, i) => new Fact(i, e, actor, rules.cues));
  const byRef = new Map(facts.map((f) => [f.ref, f]));

  // Duplicate groups: every member points at the earliest record.
  const groups = new Map<string, string[]>();
  for (const f of facts) {
    const root = f.entry.duplicateOf ?? f.ref;
    const g = groups.get(root) ?? [];
    g.push(f.ref);
    groups.set(root, g);
  }
  for (const f of facts) {
    const g = groups.get(f.entry.duplicateOf ?? f.ref);
    if (g && g.length > 1) f.group = g;
  }

  const byActor = new Map<AgencyId, Fact[]>();
  for (const f of facts) {
    const list = byActor.get(f.actor) ?? [];
    list.push(f);
    byActor.set(f.actor, list);
  }

  const childServices = new Set(file.childServices);
  const childRecords = facts.filter((f) => childServices.has(f.agency)).length;
  const childContacts = facts.reduce((n, f) => n + [...f.out, ...f.incoming, ...f.joint].filter((c) => childServices.has(c.with)).length, 0);
  // A grown-up "son" or "daughter" is no child: in an adults' case only a child word proper counts (an age, "baby", "children").
  const childWords = facts.filter(namesChild).length;
  const children = childRecords > 0 || childContacts >= 2 || childWords >= Math.max(3, facts.length * 0.1);
  // A review that names its kind says who its subject is (a domestic homicide review's is the adult killed); otherwise the records do.
  const subject: CaseFacts['subject'] = reviewType === 'sar' || reviewType === 'dhr' ? 'adult' : reviewType === 'cspr' ? 'child' : children ? 'child' : 'adult';

  const mentioned = new Set<AgencyId>(recorders);
  for (const f of facts) for (const c of [...f.out, ...f.incoming, ...f.joint]) mentioned.add(c.with);
  const hubSpec = file.hubs[subject];
  // The MASH is only a destination where the case has one.
  const present = (agencies: readonly AgencyId[]) => agencies.filter((a) => a !== 'mash' || mentioned.has('mash'));
  return {
    facts,
    byRef,
    byActor,
    subject,
    children: subject === 'child' || children,
    homicide: reviewType === 'dhr',
    hub: present(hubSpec.agencies),
    hubLabel: hubSpec.label,
    frontDoor: new Set(present((reviewType === 'dhr' ? file.hubs.domesticAbuse.frontDoor : hubSpec.frontDoor) ?? hubSpec.agencies).map(actor)),
    childHub: present(file.hubs.child.agencies),
    abuseHub: subject === 'adult' ? file.hubs.domesticAbuse.agencies : [],
    notProfessional: new Set(file.notProfessional),
    actor,
    rules,
  };
}

/** "son", "daughter": a child in a children's case, often a grown-up in an adults' one. */
const GROWN_UP_MAYBE = /^(?:sons?|daughters?)$/i;

/** Where a concern from this agency should go (not itself): the hub, and for domestic abuse against an adult the police or the domestic abuse service. */
export function hubFor(cf: CaseFacts, from: AgencyId, concerns: readonly string[] = []): AgencyId[] {
  const abuse = concerns.includes('domestic-abuse');
  // An adult's case with children in the household: abuse at home is theirs to know too.
  const forChildren = abuse && cf.subject === 'adult' && cf.children ? cf.childHub : [];
  const to = abuse ? [...new Set([...cf.hub, ...cf.abuseHub, ...forChildren])] : cf.hub;
  return to.filter((a) => cf.actor(a) !== cf.actor(from));
}

/** Where a concern about the children should go, from this agency. */
export function childHubFor(cf: CaseFacts, from: AgencyId): AgencyId[] {
  return cf.childHub.filter((a) => cf.actor(a) !== cf.actor(from));
}

/** Each agency's dated facts sorted by day, with the days alongside for binary search (built once per case). */
const datedIndex = new WeakMap<CaseFacts, Map<AgencyId, { days: number[]; facts: Fact[] }>>();

function dated(cf: CaseFacts, actor: AgencyId): { days: number[]; facts: Fact[] } {
  let index = datedIndex.get(cf);
  if (!index) datedIndex.set(cf, (index = new Map()));
  let d = index.get(actor);
  if (!d) {
    // Stable by day: within a day, the chronology's own order.
    const facts = (cf.byActor.get(actor) ?? []).filter((f) => f.day !== null).sort((a, b) => a.day! - b.day! || a.index - b.index);
    d = { days: facts.map((f) => f.day!), facts };
    index.set(actor, d);
  }
  return d;
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Facts of an agency between two days (inclusive), in day order. */
export function factsBetween(cf: CaseFacts, agency: AgencyId, fromDay: number, toDay: number): Fact[] {
  const { days, facts } = dated(cf, cf.actor(agency));
  return facts.slice(lowerBound(days, fromDay), lowerBound(days, toDay + 1));
}

/** Each professional agency's days of contact with the family (attempts aside), sorted (built once per case). */
const familyDaysIndex = new WeakMap<CaseFacts, Map<AgencyId, number[]>>();

/**
 * The professional agencies in touch with the family (seen, called, visited; not only tried) between two days
 * inclusive: "the agencies then involved", who should hear of a concern or of missed appointments.
 */
export function inTouchBetween(cf: CaseFacts, fromDay: number, toDay: number): AgencyId[] {
  let index = familyDaysIndex.get(cf);
  if (!index) {
    index = new Map();
    for (const [a, facts] of cf.byActor) {
      if (cf.notProfessional.has(a)) continue;
      const days = facts.filter((x) => x.day !== null && x.family.some((c) => c.direction !== 'attempted')).map((x) => x.day!).sort((x, y) => x - y);
      if (days.length) index.set(a, days);
    }
    familyDaysIndex.set(cf, index);
  }
  const out: AgencyId[] = [];
  for (const [a, days] of index) {
    const at = lowerBound(days, fromDay);
    if (at < days.length && days[at]! <= toDay) out.push(a);
  }
  return out;
}

/** Whether the agency keeps records in this case (so a missing record at its end means something). */
export function keepsRecords(cf: CaseFacts, agency: AgencyId): boolean {
  return cf.byActor.has(cf.actor(agency));
}
