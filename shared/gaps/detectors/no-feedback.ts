/**
 * G4, no feedback to the referrer: someone who raised a concern waits to hear
 * back and does not ("nobody from MASH had rung back", "no call back
 * recorded", "not told of the outcome"), or a case closes and the agency that
 * referred it is told nothing. From the agency that owed the feedback, to
 * the one that was owed it.
 */
import type { AgencyId } from '../../model.ts';
import type { Draft } from '../draft.ts';
import { uniqueAgencies } from '../draft.ts';
import { factsBetween, namedAgencies, type CaseFacts, type Fact } from '../facts.ts';
import { flow } from '../rules.ts';

/** Agencies (or the family) named in a stretch of the entry, other than the entry's own. */
function namedIn(cf: CaseFacts, f: Fact, within: { start: number; end: number }): AgencyId[] {
  return namedAgencies(cf, f, within)
    .map((m) => m.agency)
    .filter((a) => cf.actor(a) !== f.actor);
}

const OWED = /call ?back|rang back|rung back|got back|returned|not (?:told|informed|updated|advised)|outcome|feedback|acknowledg/i;

/** The cue's sentence and the two before it. */
function nearby(f: Fact, hit: { start: number; end: number; text: string }): { start: number; end: number } {
  const s = f.sentence(hit);
  let start = s.start;
  for (let k = 0; k < 2 && start > 0; k++) start = f.sentence({ start: Math.max(0, start - 2), end: Math.max(0, start - 2), text: '' }).start;
  return { start, end: s.end };
}

/** The referral this feedback was owed for: the referrer's message to the agency in the weeks before. */
function referralFor(cf: CaseFacts, referrer: AgencyId, owing: AgencyId, day: number): Fact[] {
  const sent = factsBetween(cf, referrer, day - 60, day - 1).filter((s) => s.out.some((c) => c.direction === 'out' && cf.actor(c.with) === cf.actor(owing)));
  const got = factsBetween(cf, owing, day - 60, day - 1).filter((r) => r.incoming.some((c) => cf.actor(c.with) === cf.actor(referrer)) || r.family.some((c) => c.direction === 'in' && referrer === 'family'));
  return [...sent.slice(-1), ...got.slice(-1)];
}

export function detectNoFeedback(cf: CaseFacts): Draft[] {
  const rule = flow(cf.rules, 'referral-feedback');
  if (!rule) return [];
  const out: Draft[] = [];
  const push = (from: AgencyId, to: AgencyId[], f: Fact, text: string, day: number | null) => {
    const owed = to.filter((t) => cf.actor(t) !== cf.actor(from));
    if (owed.length === 0) return;
    const context = day === null ? [] : owed.flatMap((t) => referralFor(cf, t, from, day)).filter((x) => x !== f);
    out.push({ code: 'G4', flow: rule.id, from: cf.actor(from), to: owed, triggers: [f], context, explicit: true, quote: { fact: f, text } });
  };
  for (const f of cf.facts) {
    const hits = f.own('noFeedback');
    if (hits.length > 0) {
      const hit = hits[0]!;
      const text = f.quote(hit);
      // Waiting on an agency it had contacted: that agency owes the entry's agency. Named near the words,
      // unless the entry wrote only to that agency ("No response to opt-in letter" is the family not replying).
      const candidates = uniqueAgencies(
        [...f.out.filter((c) => c.direction === 'out' || c.direction === 'attempted'), ...f.denied.filter((c) => c.direction === 'in')]
          .map((c) => c.with)
          .filter((a) => !cf.notProfessional.has(a) && cf.actor(a) !== f.actor),
      );
      const near = namedIn(cf, f, nearby(f, hit)).map(cf.actor);
      const wroteToFamily = f.family.some((c) => c.direction === 'out' || c.direction === 'attempted');
      // Or the one agency it contacted, earlier in the entry than the words ("rang adult social care … Nobody did").
      const before = (a: string) => [...f.out, ...f.denied].some((c) => c.with === a && (f.spanHit(c)?.start ?? Infinity) < hit.start);
      const waitingOn = candidates.filter((a) => near.includes(cf.actor(a)) || (!wroteToFamily && candidates.length === 1 && before(a)));
      if (waitingOn.length > 0) {
        for (const a of waitingOn) push(a, [f.agency], f, text, f.day);
        continue;
      }
      // In its own record, only words about itself not getting back ("no call back recorded", "not told of the outcome");
      // "no response to the opt-in letter" is someone not answering it.
      if (cf.notProfessional.has(f.agency) || !OWED.test(hit.text)) continue;
      // Its own record: it owes whoever contacted it, or whoever the sentence names.
      const callers = uniqueAgencies([...f.incoming.map((c) => c.with), ...f.family.filter((c) => c.direction === 'in').map(() => 'family')]);
      const named = namedIn(cf, f, f.sentence(hit));
      const owed = named.length ? named : callers;
      if (owed.length) push(f.agency, owed, f, text, f.day);
      continue;
    }
    // Closing a case without telling the agency that referred it.
    if (f.day === null || !f.has('closure') || cf.notProfessional.has(f.agency)) continue;
    const untold = f.denied.filter((c) => (c.type === 'information-share' || c.type === 'notification' || c.type === 'letter' || c.type === 'phone-call') && cf.actor(c.with) !== f.actor);
    for (const c of untold) {
      const referred = factsBetween(cf, f.actor, f.day - 90, f.day).some((r) => r.incoming.some((x) => cf.actor(x.with) === cf.actor(c.with)));
      if (referred) push(f.agency, [c.with], f, c.span ?? '', f.day);
    }
  }
  return out;
}
