/**
 * G2, sent and not received: an agency records sending a referral or
 * notification, and the receiving agency, whose own records cover that time,
 * has no record of it arriving (or says so: "no referral found", "not on our
 * system").
 */
import type { Draft } from '../draft.ts';
import { factsBetween, keepsRecords, namedAgencies, type CaseFacts, type Fact } from '../facts.ts';
import { flow } from '../rules.ts';

/** Records the receiver must hold around the day it was sent, for its silence to say anything. */
const COVER_BEFORE = 14;
const COVER_MIN = 2;

/** A message about risk (a routine birth notification or a discharge letter is not one the review would chase). */
const SAFEGUARDING_WORDS = /\b(?:safeguarding|concerns?|adult at risk|at risk|ppn|self-neglect|neglect|abuse|injur\w*|harm|child protection)\b/i;

/**
 * The receiver's record of this message: a contact in from the sender, a record of the same event, or
 * (weaker) a record that speaks of the sender ("GP1 read the CMHT's letter"), unless it says nothing came.
 */
function receivedBy(cf: CaseFacts, sender: Fact, receiver: string, fromDay: number, toDay: number): Fact | null {
  const records = cf.byActor.get(cf.actor(receiver)) ?? [];
  const window = factsBetween(cf, receiver, fromDay, toDay);
  for (const r of window) {
    if (sender.group.includes(r.ref)) return r;
    if ([...r.incoming, ...r.joint].some((c) => cf.actor(c.with) === sender.actor)) return r;
    if (r.own('notReceived').length === 0 && namesAsSource(cf, r, sender.actor)) return r;
  }
  // The receiver's records begin just after it: the referral is what started its work.
  const firstDated = records.find((r) => r.day !== null);
  if (firstDated && window[0] === firstDated && firstDated.own('notReceived').length === 0) return firstDated;
  return null;
}

/** The record names the sender as the source of something: "the CMHT's letter", "letter from the GP", "GP referral". */
function namesAsSource(cf: CaseFacts, r: Fact, sender: string): boolean {
  const text = r.entry.text;
  return namedAgencies(cf, r).some((m) => {
    if (cf.actor(m.agency) !== sender) return false;
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    const after = text.slice(m.end, m.end + 14);
    return /\b(?:from|by|via)\s+(?:the\s+)?$/i.test(before) || /^(?:'s|’s|\s+(?:referral|letter|report|email|notification|request))\b/i.test(after);
  });
}

export function detectNotReceived(cf: CaseFacts): Draft[] {
  const rule = flow(cf.rules, 'referral-received');
  if (!rule) return [];
  const days = rule.withinDays ?? 28;
  const out: Draft[] = [];
  for (const f of cf.facts) {
    if (f.day === null || cf.notProfessional.has(f.agency)) continue;
    for (const c of f.out) {
      if (c.direction !== 'out') continue;
      const message = c.type === 'notification' || c.type === 'email' || c.type === 'letter' || c.type === 'information-share';
      if (c.type !== 'referral' && !(message && SAFEGUARDING_WORDS.test(f.entry.text))) continue;
      const receiver = cf.actor(c.with);
      if (receiver === f.actor || !keepsRecords(cf, receiver)) continue;
      // Explicit: the receiver (or the sender, chasing) finds nothing.
      // (The sender's own record may say so too, written later into the same row: "ASC hold no record of receipt".)
      const missing = [...factsBetween(cf, receiver, f.day, f.day + 120), f, ...factsBetween(cf, f.actor, f.day + 1, f.day + 120)].filter((r) => r.own('notReceived').length > 0 && (r.actor === receiver || r.out.some((x) => cf.actor(x.with) === receiver)));
      const got = receivedBy(cf, f, receiver, f.day - 3, f.day + days);
      if (got) continue;
      // Silence only counts where the receiver's own records cover the time; and "another service" is many
      // organisations, so the silence of the ones that sent records says nothing of the one this went to.
      // A receiver's chronology is a selection: only one that records that very fortnight or so, more than once,
      // is silent about this message rather than about everything then.
      // And only from a front door (social care, the MASH), whose job is to log every contact it receives: other
      // services' chronologies leave out what they had no reason to act on, so their silence proves little.
      if (missing.length === 0 && (receiver === 'other' || !cf.frontDoor.has(receiver) || factsBetween(cf, receiver, f.day - COVER_BEFORE, f.day + days).length < COVER_MIN)) continue;
      const hit = missing[0]?.own('notReceived')[0];
      out.push({
        code: 'G2',
        flow: rule.id,
        from: f.actor,
        to: [c.with],
        triggers: [f],
        context: missing.slice(0, 4),
        explicit: missing.length > 0,
        ...(hit ? { quote: { fact: missing[0]!, text: missing[0]!.quote(hit) } } : {}),
        detail: c.type,
      });
    }
  }
  return out;
}
