/**
 * G8, non-engagement not escalated: missed appointments and no-access visits
 * pile up with one agency (or one is followed by the agency closing,
 * discharging or ending its service), and the agency tells no one: no call,
 * letter or referral to another professional while it happened.
 */
import type { AnalysisContact } from '../../analysis.ts';
import type { Draft } from '../draft.ts';
import { uniqueAgencies } from '../draft.ts';
import { childHubFor, factsBetween, hubFor, inTouchBetween, type CaseFacts, type Fact } from '../facts.ts';
import { flow } from '../rules.ts';

/** Services that go to people when called, or see whoever comes in: no answer, or a walk-out, is not a missed appointment. */
const NO_APPOINTMENTS = new Set(['police', 'ambulance', 'ed']);

/** Referrals each agency was sent, by the records of those who sent them (built once per case). */
const referralsIndex = new WeakMap<CaseFacts, Map<string, Array<{ day: number; from: string }>>>();

function referralsTo(cf: CaseFacts): Map<string, Array<{ day: number; from: string }>> {
  let index = referralsIndex.get(cf);
  if (!index) {
    index = new Map();
    for (const f of cf.facts) {
      if (f.day === null) continue;
      for (const c of f.out) {
        if (c.type !== 'referral' || c.direction !== 'out') continue;
        const to = cf.actor(c.with);
        if (to === f.actor) continue;
        const list = index.get(to) ?? [];
        list.push({ day: f.day, from: f.agency });
        index.set(to, list);
      }
    }
    referralsIndex.set(cf, index);
  }
  return index;
}

/** Who referred the person to this agency, in the half year before: the one that should hear they are not engaging. */
function referrerOf(cf: CaseFacts, agency: string, day: number): string[] {
  const referrers = factsBetween(cf, agency, day - 183, day).flatMap((f) =>
    f.incoming.filter((c) => c.type === 'referral' && !cf.notProfessional.has(c.with) && cf.actor(c.with) !== agency).map((c) => c.with),
  );
  // And the other side's record of making the referral, where this agency's own record does not say who sent it.
  const sent = (referralsTo(cf).get(agency) ?? []).filter((r) => r.day >= day - 183 && r.day <= day).map((r) => r.from);
  return [...new Set([...referrers, ...sent])].slice(-2);
}

/**
 * Passed on: the agency itself contacted another professional agency about it, in a missed-contact record or
 * one that speaks of the missed contacts. A routine notification about something else, or an answer to
 * another agency's request, is not escalation.
 */
function escalated(cf: CaseFacts, agency: string, episode: readonly Fact[], fromDay: number, toDay: number): boolean {
  const notProfessional = cf.notProfessional;
  return factsBetween(cf, agency, fromDay, toDay).some((f) => {
    if (!episode.includes(f) && !f.has('mentionsMissed')) return false;
    return f.out.some(
      (c) => c.direction === 'out' && !notProfessional.has(c.with) && cf.actor(c.with) !== f.actor && !f.incoming.some((i) => cf.actor(i.with) === cf.actor(c.with)) && !aboutRebooking(f, c),
    );
  });
}

/** Asking whoever brings the person to book again ("Letter to the home asking them to rebook") is arranging, not escalating. */
const REBOOKING = /\b(?:re-?book\w*|rearrang\w*|new appointment|another appointment|remind\w*)\b/i;

function aboutRebooking(f: Fact, c: AnalysisContact): boolean {
  const text = f.entry.text;
  const hit = f.spanHit(c);
  if (!hit) return false;
  const at = hit.start;
  const from = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at), text.lastIndexOf('|', at)) + 1;
  const ends = [text.indexOf('.', hit.end), text.indexOf('\n', at), text.indexOf('|', at)].filter((i) => i >= 0);
  return REBOOKING.test(text.slice(from, ends.length ? Math.min(...ends) : text.length));
}

export function detectNonEngagement(cf: CaseFacts): Draft[] {
  const rule = flow(cf.rules, 'missed-appointments');
  if (!rule) return [];
  const windowDays = rule.windowDays ?? 60;
  const escalateDays = rule.escalateWithinDays ?? 21;
  const minEvents = rule.minEvents ?? 2;
  const notProfessional = cf.notProfessional;
  const out: Draft[] = [];
  for (const [agency, facts] of cf.byActor) {
    // Police and ambulance crews go to people when called; no answer at a call-out is not a missed appointment.
    if (notProfessional.has(agency) || NO_APPOINTMENTS.has(agency)) continue;
    // Episodes: missed contacts in a row (no visit or attendance between them), no more than the window apart.
    const episodes: Fact[][] = [];
    let open: Fact[] | null = null;
    for (const f of facts) {
      if (f.day === null) continue;
      if (f.engaged) {
        open = null;
        continue;
      }
      if (!f.missed) continue;
      if (open && f.day - open[open.length - 1]!.day! <= windowDays) open.push(f);
      else episodes.push((open = [f]));
    }
    for (const ep of episodes) {
      const first = ep[0]!.day!;
      const last = ep[ep.length - 1]!.day!;
      // What the agency did next, before it next saw the family: closed, discharged, ended, or wrote that it was not escalated.
      const next = facts.find((f) => f.day !== null && f.day >= last && f.engaged);
      const after = factsBetween(cf, agency, last, last + 30).filter(
        (f) => !ep.includes(f) && !f.engaged && (next === undefined || f.index < next.index) && (f.has('closure') || f.has('notEscalated')),
      );
      const ending = ep.some((f) => f.has('closure') || f.has('notEscalated')) || after.length > 0;
      if (ep.length < minEvents && !ending) continue;
      if (escalated(cf, agency, ep, first, last + escalateDays)) continue;
      const named = ep.flatMap((f) => f.denied.filter((c) => !notProfessional.has(c.with) && cf.actor(c.with) !== agency).map((c) => c.with));
      // (The front door itself leads the case: its own no-access visits are for it to act on, not to pass back.)
      const hub = hubFor(cf, agency);
      // A children's service in an adult's case with children at home (a school's missed attendance meetings in a
      // domestic homicide review) owes it to the children's front door; and whoever else was working with the
      // family then (a health visitor for a baby's missed immunisations) should hear it too.
      const forChildren = cf.children && cf.subject === 'adult' && cf.rules.file.childServices.includes(agency) ? childHubFor(cf, agency) : [];
      // ("Another service" is many organisations: its being in touch names no one to tell.)
      const alongside = hub.length ? inTouchBetween(cf, first - 30, last + 30).filter((a) => a !== agency && a !== 'other') : [];
      const to = uniqueAgencies([...named, ...hub, ...forChildren, ...(hub.length ? referrerOf(cf, agency, first) : []), ...alongside]);
      if (to.length === 0) continue;
      const said = [...ep, ...after].map((f) => ({ f, hit: f.own('notEscalated')[0] ?? f.own('notSent')[0] })).find((x) => x.hit);
      out.push({
        code: 'G8',
        flow: rule.id,
        from: agency,
        to,
        triggers: [...ep, ...after],
        context: [],
        explicit: named.length > 0 || said !== undefined,
        ...(said ? { quote: { fact: said.f, text: said.f.quote(said.hit!) } } : {}),
      });
    }
  }
  return out;
}
