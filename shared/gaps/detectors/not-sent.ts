/**
 * G1, not sent: an agency knew of a concern and did not pass it on. Read
 * from what records say ("no referral made", "CSC not informed", "Safeguarding
 * referral: N", "PPN not submitted") and from what practice expects: police
 * at a domestic abuse incident with children tell the MASH; an adult service
 * treating a parent in crisis thinks of the children; an injury to a baby goes
 * to children's social care and a paediatrician.
 *
 * A denial that belongs to another pattern is left to that rule: after missed
 * appointments it is non-engagement not escalated (G8); on a move or discharge
 * it is lost on transfer (G9); followed within days by the same agency
 * telling the same receiver, it is late sharing (G5).
 */
import type { AnalysisContact } from '../../analysis.ts';
import { findDateMentions } from '../../dates/index.ts';
import type { AgencyId } from '../../model.ts';
import { uniqueAgencies, type Draft } from '../draft.ts';
import { childHubFor, childrenIn, factsBetween, hubFor, inTouchBetween, TELLING_MESSAGES, namedAgencies, safeguardingConcern, type CaseFacts, type CueHit, type Fact } from '../facts.ts';
import { flow } from '../rules.ts';

/** Denied contacts that would have passed information on (a check not made is G7's). */
const SENDING = new Set(['referral', 'notification', 'information-share', 'email', 'letter', 'phone-call', 'other']);
const TELLING = new Set(['referral', 'notification', 'information-share', 'email', 'letter', 'phone-call']);

function professional(cf: CaseFacts, a: AgencyId): boolean {
  return !cf.notProfessional.has(a);
}

/** Contacts the entry denies that would have told another agency. */
export function sendingDenials(cf: CaseFacts, f: Fact): AnalysisContact[] {
  const assessing = f.has('assessing');
  return f.denied.filter(
    (c) =>
      (c.direction === 'out' || c.direction === 'both') &&
      SENDING.has(c.type) &&
      professional(cf, c.with) &&
      cf.actor(c.with) !== f.actor &&
      // "GP, nursery and probation not contacted" in an assessment is a check not made (G7).
      !(assessing && c.type === 'other') &&
      // "Outcome not shared with the ED": feedback owed to whoever referred (G4's), not a concern kept back.
      !FEEDBACK_DENIED.test(f.quoteOf(c) ?? ''),
  );
}

/** What a record says it did not send when it owed feedback: the outcome or decision, not the concern. */
const FEEDBACK_DENIED = /\b(?:outcome|decision|result|feedback)s?\b[^.;|]{0,40}?\bnot\s+(?:been\s+)?(?:shared|sent|passed|given|fed back|communicated)\b/i;

/** Whether the entry's own non-engagement, or a closure after it, explains the silence (G8's). */
export function inNonEngagement(cf: CaseFacts, f: Fact): boolean {
  if (f.missed) return true;
  if (!f.has('closure') || f.day === null) return false;
  return factsBetween(cf, f.actor, f.day - 30, f.day - 1).some((p) => p.missed);
}

/** A move, transfer or discharge (not a worker handing over a caseload). */
export function isTransfer(f: Fact): boolean {
  return f.has('transfer') && !(f.has('staffHandover') && !f.cue('transfer').some((h) => /\b(?:moved|discharg|area|records?|school)/i.test(h.text)));
}

/** The same agency told them after all, within the days allowed, and its record says it was late: late, not never. */
function toldLater(cf: CaseFacts, f: Fact, targets: readonly AgencyId[], days: number): Fact | null {
  if (f.day === null || targets.length === 0) return null;
  const later = factsBetween(cf, f.actor, f.day + 1, f.day + days).filter((l) => l.own('late').length > 0);
  const want = new Set(targets.map(cf.actor));
  for (const l of later) {
    const told = new Set(l.out.filter((c) => c.direction === 'out' && TELLING.has(c.type)).map((c) => cf.actor(c.with)));
    if ([...want].every((t) => told.has(t))) return l;
  }
  // The receiver's own record of being told, days later, about this very event: it names the day
  // ("Call from the GP practice about the bruise seen on 14/02"); a record of some other incident does not count.
  const eventDay = f.entry.date.earliest;
  if (want.size === 1 && eventDay) {
    const [target] = [...want];
    const heard = factsBetween(cf, target!, f.day + 1, f.day + days).find(
      (l) => l.incoming.some((c) => c.direction === 'in' && TELLING.has(c.type) && cf.actor(c.with) === f.actor) && namesDay(l.entry.text, eventDay),
    );
    if (heard) return heard;
  }
  return null;
}

/** Whether a text mentions this day (by day and month: a year-less "14/02" is read against the text's own context). */
function namesDay(text: string, iso: string): boolean {
  const dayMonth = iso.slice(5);
  return findDateMentions(text, { year: Number(iso.slice(0, 4)) }).some((m) => m.date?.earliest === m.date?.latest && m.date?.earliest?.slice(5) === dayMonth);
}

/** Did the agency send a referral or notification to any of these agencies within the days given? */
function sentTo(cf: CaseFacts, f: Fact, agencies: ReadonlySet<AgencyId>, days: number): boolean {
  const told = (l: Fact) => [...l.out, ...l.joint].some((c) => c.direction !== 'attempted' && agencies.has(cf.actor(c.with)));
  if (f.day === null) return told(f);
  return factsBetween(cf, f.actor, f.day, f.day + days).some(told);
}

function explicitDenials(cf: CaseFacts, out: Draft[]): void {
  const rule = flow(cf.rules, 'concern-passed-on');
  if (!rule) return;
  const late = flow(cf.rules, 'timely-sharing');
  const g8 = flow(cf.rules, 'missed-appointments');
  const g9 = flow(cf.rules, 'records-follow');
  for (const f of cf.facts) {
    if (!professional(cf, f.agency) || !safeguardingConcern(cf, f)) continue;
    if (g8 && inNonEngagement(cf, f)) continue;
    if (g9 && isTransfer(f)) continue;
    const denials = sendingDenials(cf, f);
    const named: AgencyId[] = [];
    const untargeted = f.own('notSent').filter((h) => {
      if (f.refusedIn(h)) return false;
      // "did not refer him to the CMHT": the sentence names whom; inside the agency itself is not a gap.
      const whom = namedIn(cf, f, h);
      // "was not aware" says nothing about sharing unless an agency is the one not made aware ("Ms K was not aware of the appointment").
      if (whom.length === 0) return !/aware/i.test(h.text);
      const others = whom.filter((a) => cf.actor(a) !== f.actor && professional(cf, a));
      named.push(...others);
      return others.length > 0;
    });
    if (denials.length === 0 && untargeted.length === 0) continue;
    let to = uniqueAgencies([...denials.map((c) => c.with), ...named]);
    if (to.length === 0) {
      // "No referral made", with no one named: where a concern should have gone. Not if it went there anyway.
      const hub = hubFor(cf, f.agency, f.concerns);
      if (f.out.some((c) => c.direction === 'out' && hub.includes(cf.actor(c.with)))) continue;
      to = hub;
    }
    if (to.length === 0) continue;
    const quoteHit = untargeted[0];
    const said = f.quoteOf(denials[0]) ?? (quoteHit ? f.quote(quoteHit) : undefined);
    const quote = said ? { fact: f, text: said } : undefined;
    const later = late ? toldLater(cf, f, to, late.withinDays ?? 30) : null;
    if (later) {
      out.push({ code: 'G5', flow: 'timely-sharing', from: f.actor, to, triggers: [f, later], context: [], explicit: true, ...(quote ? { quote } : {}), detail: 'told-later' });
      continue;
    }
    out.push({ code: 'G1', flow: 'concern-passed-on', from: f.actor, to, triggers: [f], context: [], explicit: true, ...(quote ? { quote } : {}) });
  }
}

/** Agencies named in a cue's sentence ("did not refer him to the district nursing team", "the school was not made aware"). */
function namedIn(cf: CaseFacts, f: Fact, hit: CueHit): AgencyId[] {
  return namedAgencies(cf, f, f.sentence(hit))
    .map((m) => m.agency)
    .filter((a) => a !== 'family');
}

/** Police at a domestic abuse incident where children live: the MASH or CSC should hear within a working day. */
function daIncidents(cf: CaseFacts, out: Draft[]): void {
  const rule = flow(cf.rules, 'da-incident-children');
  if (!rule || !cf.children) return;
  const from = new Set(rule.from ?? []);
  const concerns = new Set(rule.concerns ?? []);
  for (const f of cf.facts) {
    if (!from.has(f.agency) || !f.concerns.some((c) => concerns.has(c)) || !childrenIn(cf, f)) continue;
    // An incident they attended or were called to, not a meeting about one.
    if (f.meetings().length > 0 || !f.family.some((c) => c.direction === 'out' || c.direction === 'in')) continue;
    // A record that already says what it did not do is read by the explicit rule.
    if (sendingDenials(cf, f).length || f.own('notSent').length) continue;
    const hub = childHubFor(cf, f.agency);
    if (hub.length === 0 || sentTo(cf, f, new Set(hub.map(cf.actor)), rule.withinDays ?? 1)) continue;
    out.push({ code: 'G1', flow: rule.id, from: f.actor, to: hub, triggers: [f], context: [], explicit: false, detail: 'da-children' });
  }
}

/** An adult service sees a parent in crisis with children at home and tells no children's service. */
function thinkFamily(cf: CaseFacts, out: Draft[]): void {
  const rule = flow(cf.rules, 'think-family');
  if (!rule || !cf.children) return;
  const from = new Set(rule.from ?? []);
  const concerns = new Set(rule.concerns ?? []);
  const childServices = new Set(cf.rules.file.childServices.map(cf.actor));
  for (const f of cf.facts) {
    const trio = f.concerns.filter((c) => concerns.has(c)).length;
    if (!from.has(f.agency) || trio === 0 || !childrenIn(cf, f)) continue;
    if (trio < (rule.minConcerns ?? 2) && f.own('noConcernsRecorded').length === 0) continue;
    if (sendingDenials(cf, f).length || f.own('notSent').length) continue;
    if (sentTo(cf, f, childServices, rule.withinDays ?? 7)) continue;
    // Risk present: enough of the toxic trio, or the record saying it did not consider the children at all.
    const hub = childHubFor(cf, f.agency);
    if (hub.length === 0) continue;
    const noConcern = f.own('noConcernsRecorded')[0];
    out.push({
      code: 'G1',
      flow: rule.id,
      from: f.actor,
      to: hub,
      triggers: [f],
      context: [],
      explicit: noConcern !== undefined,
      ...(noConcern ? { quote: { fact: f, text: f.quote(noConcern) } } : {}),
      detail: 'think-family',
    });
  }
}

/** An injury to a baby who cannot move about, or one nobody can explain: CSC and a paediatrician. */
function injuries(cf: CaseFacts, out: Draft[]): void {
  const rule = flow(cf.rules, 'injury-non-mobile');
  if (!rule || !cf.children) return;
  const targets = rule.targets ?? ['csc', 'paediatrics'];
  for (const f of cf.facts) {
    if (!professional(cf, f.agency) || !f.concerns.includes('injury')) continue;
    // The injury and the baby (or the missing explanation) in one sentence: the baby is the one hurt.
    if (!injuryTo(f)) continue;
    const missing = targets.filter((t) => cf.actor(t) !== f.actor && !sentTo(cf, f, new Set([cf.actor(t)]), rule.withinDays ?? 1) && !f.joint.some((c) => cf.actor(c.with) === cf.actor(t)));
    if (missing.length === 0) continue;
    out.push({ code: 'G1', flow: rule.id, from: f.actor, to: missing, triggers: [f], context: [], explicit: false, detail: 'injury' });
  }
}

const INJURY_WORDS = /\b(?:bruis\w*|marks?|fractur\w*|burns?|injur\w*|swelling|swollen|bleed\w*|lacerations?|cuts?|scratch\w*|bite marks?)\b/i;

function injuryTo(f: Fact): boolean {
  const hits = [...f.cue('nonMobileBaby'), ...f.cue('unexplained')];
  return hits.some((h) => INJURY_WORDS.test(f.sentence(h).text));
}

/** The sender knew of a safeguarding concern before the day (its own records in the half year before say so). */
export function knewOfConcern(cf: CaseFacts, agency: AgencyId, day: number): boolean {
  return factsBetween(cf, agency, day - 183, day).some((f) => safeguardingConcern(cf, f));
}

/**
 * The other side of G1: the record says this agency was not told ("Police had not told us of the arrest",
 * "No information came to us from children's services", "Nobody had told the nursery"). From whoever it
 * names (else the hub), to itself, where that agency did know of a concern. Waiting for a reply is G4's.
 */
function notToldUs(cf: CaseFacts, out: Draft[]): void {
  const rule = flow(cf.rules, 'concern-passed-on');
  if (!rule) return;
  for (const f of cf.facts) {
    if (!professional(cf, f.agency) || f.day === null || f.own('noFeedback').length > 0) continue;
    const named = f.denied.filter((c) => c.direction === 'in' && TELLING_MESSAGES.has(c.type) && professional(cf, c.with) && cf.actor(c.with) !== f.actor).map((c) => c.with);
    const hits = f.own('notToldUs');
    // Who knew and did not say: named in the sentence, else anywhere in the entry, but not whoever is telling it now.
    const tellingNow = new Set([...f.incoming, ...f.joint, ...f.out].map((c) => cf.actor(c.with)));
    const candidates = (as: AgencyId[]) => as.filter((a) => professional(cf, a) && a !== 'other' && cf.actor(a) !== f.actor && !tellingNow.has(cf.actor(a)));
    const inSentence = candidates(hits.flatMap((h) => namedIn(cf, f, h)));
    const inEntry = hits.length && inSentence.length === 0 ? candidates(namedAgencies(cf, f).map((m) => m.agency)) : [];
    const from = uniqueAgencies([...named, ...inSentence, ...inEntry]);
    for (const a of from) {
      if (!knewOfConcern(cf, a, f.day)) continue;
      const hit = hits[0];
      const quote = hit ? f.quote(hit) : (f.quoteOf(f.denied.find((c) => c.with === a)) ?? '');
      out.push({ code: 'G1', flow: rule.id, from: cf.actor(a), to: [f.agency], triggers: [f], context: [], explicit: true, ...(quote ? { quote: { fact: f, text: quote } } : {}), detail: 'not-told-us' });
    }
  }
}

/** Concerns serious enough that an agency recording one should tell someone (for a child; for an adult at risk; in a domestic homicide review). */
const SERIOUS: Readonly<Record<CaseFacts['subject'] | 'homicide', ReadonlySet<string>>> = {
  child: new Set(['domestic-abuse', 'injury', 'exploitation', 'missing', 'neglect', 'young-carer']),
  adult: new Set(['neglect', 'exploitation', 'domestic-abuse']),
  homicide: new Set(['domestic-abuse', 'parental-mental-health', 'substance-misuse', 'neglect', 'exploitation', 'injury']),
};

/** How long a silence runs on: a concern kept within this many days of the last is part of the same finding. */
const EPISODE_DAYS = 183;

/**
 * An agency records a serious concern and nothing it records in the next
 * week tells the hub or the agencies then in contact with the family ("an
 * agency involved with the child") about it: G1 from it to those it did not
 * tell. Inferred, so it says so (possible, not likely); a concern it heard
 * from another agency is not its to pass back, and one another rule explains
 * (non-engagement, a transfer, an explicit denial) is left to that rule.
 */
function keptToItself(cf: CaseFacts, out: Draft[], explained: ReadonlySet<Fact>): void {
  const rule = flow(cf.rules, 'concern-passed-on');
  if (!rule) return;
  const serious = SERIOUS[cf.homicide ? 'homicide' : cf.subject];
  const frontDoor = cf.frontDoor;
  const episodes = new Map<AgencyId, { draft: Draft; lastDay: number }>();
  for (const f of cf.facts) {
    if (!professional(cf, f.agency) || f.day === null || frontDoor.has(f.actor) || explained.has(f)) continue;
    if (!f.concerns.some((c) => serious.has(c))) continue;
    if (inNonEngagement(cf, f) || isTransfer(f) || sendingDenials(cf, f).length || f.own('notSent').length) continue;
    // Heard from another agency, or said at a meeting with others: they know.
    if (f.incoming.some((c) => professional(cf, c.with) && cf.actor(c.with) !== f.actor) || f.joint.some((c) => professional(cf, c.with))) continue;
    const told = new Set<AgencyId>();
    for (const l of factsBetween(cf, f.actor, f.day, f.day + 7)) for (const c of [...l.out, ...l.joint]) if (c.direction !== 'attempted' && professional(cf, c.with)) told.add(cf.actor(c.with));
    told.delete(f.actor);
    // Told the front door (MASH, children's or adult social care), or for abuse of an adult the police or the
    // domestic abuse service: passed on, for them to share on.
    if ([...told].some((a) => frontDoor.has(a) || cf.abuseHub.some((h) => f.concerns.includes('domestic-abuse') && cf.actor(h) === a))) continue;
    const involved = inTouchBetween(cf, f.day - 60, f.day + 30).filter((a) => a !== f.actor);
    const to = uniqueAgencies([...hubFor(cf, f.agency, f.concerns), ...involved]).filter((a) => !told.has(cf.actor(a)));
    if (to.length === 0) continue;
    // One finding per agency per spell of silence: each concern it kept within half a year of the last joins
    // that finding ("recorded a concern on 2 Oct, 20 Dec and 14 Feb"), as a review author would write it.
    const open = episodes.get(f.actor);
    if (open && f.day - open.lastDay <= EPISODE_DAYS) {
      open.lastDay = f.day;
      if (!open.draft.triggers.includes(f)) open.draft.triggers.push(f);
      for (const a of to) if (!open.draft.to.includes(a)) open.draft.to.push(a);
      continue;
    }
    const draft: Draft = { code: 'G1', flow: rule.id, from: f.actor, to: [...to], triggers: [f], context: [], explicit: false, detail: 'kept' };
    episodes.set(f.actor, { draft, lastDay: f.day });
    out.push(draft);
  }
}

export function detectNotSent(cf: CaseFacts): Draft[] {
  const out: Draft[] = [];
  explicitDenials(cf, out);
  notToldUs(cf, out);
  daIncidents(cf, out);
  thinkFamily(cf, out);
  injuries(cf, out);
  // Last, and only where no rule above already speaks of the entry: the more specific finding says it better.
  keptToItself(cf, out, new Set(out.flatMap((d) => d.triggers)));
  return out;
}
