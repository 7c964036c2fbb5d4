/**
 * What the receiver did with what it was told.
 * - G3, received and no action: the receiver records no action ("not opened
 *   as a new contact", "declined", "no action"), or closes within days on the
 *   person's own word with no visit, assessment or meeting.
 * - G10, misread: the receiver records less than the sender meant ("advice
 *   call", "consultation only - not a referral", "information only") while
 *   the sender's own record calls it a referral or high risk.
 * - G5, late: it arrived after the decision it was for ("enquiry already
 *   closed", "after the conference").
 */
import type { Draft } from '../draft.ts';
import { factsBetween, type CaseFacts, type CueHit, type Fact } from '../facts.ts';
import { flow } from '../rules.ts';

/** Concerns of harm: information about them is information to act on (a discharge letter about mood is not, by itself). */
const HARM = new Set(['domestic-abuse', 'injury', 'neglect', 'exploitation', 'missing']);
const ACTIONABLE = new Set(['referral', 'notification', 'information-share', 'email', 'letter', 'phone-call']);
const SAFEGUARDING = /\b(?:safeguarding|concerns?|risk|abuse|injur\w*|bruis\w*|harm|neglect|self-neglect|ppn|s47|section 4[27])\b/i;

/** The most telling of several hits: the longest words ("not opened as a new contact" over "NFA"). */
function longest<T extends { text: string }>(hits: readonly T[]): T | undefined {
  return [...hits].sort((a, b) => b.text.length - a.text.length)[0];
}

/** The sender's own record of this message: the same event, or a contact out to the receiver a few days before. */
function senderRecord(cf: CaseFacts, received: Fact, sender: string): Fact | null {
  if (received.day === null) return null;
  for (const s of factsBetween(cf, sender, received.day - 3, received.day)) {
    if (received.group.includes(s.ref)) return s;
    if (s.out.some((c) => c.direction === 'out' && cf.actor(c.with) === received.actor)) return s;
  }
  return null;
}

/**
 * A closure this record makes now, on what it received: not one it looks back on ("previously closed 01/08",
 * "linked to the closed enquiry", "EH closed x2"), the patient's discharge a hospital letter reports, or a death.
 */
function closedOnReceipt(f: Fact, hit: CueHit, received: string): boolean {
  const text = f.entry.text;
  const lead = text.slice(Math.max(0, hit.start - 24), hit.start);
  const tail = text.slice(hit.end, hit.end + 14);
  if (/\b(?:previously|previous|already|linked to|prior|earlier|had been|formerly)\b[^.;|]*$/i.test(lead)) return false;
  if (/^\s*(?:\(?\s*(?:on\s+)?\d{1,2}[/.-]\d{1,2}|x\s?\d|\d+\s+times)/i.test(tail)) return false;
  if (received === 'letter' && /^discharg/i.test(hit.text)) return false;
  return !/\b(?:deceased|died|death)\b/i.test(f.sentence(hit).text);
}

/** Action on it: seeing or assessing the person (or trying to), a meeting, or asking another agency (not only replying to the sender). */
function acted(cf: CaseFacts, f: Fact, sender: string): boolean {
  const seen = f.family.some((c) => (c.direction === 'out' && (c.type === 'home-visit' || c.type === 'assessment')) || (c.direction === 'attempted' && (c.type === 'dna' || c.type === 'home-visit')));
  const others = f.out.some((c) => c.direction === 'out' && cf.actor(c.with) !== cf.actor(sender));
  return seen || others || f.meetings().length > 0;
}

export function detectReceived(cf: CaseFacts): Draft[] {
  const g3 = flow(cf.rules, 'referral-acted');
  const g10 = flow(cf.rules, 'concern-level');
  const g5 = flow(cf.rules, 'timely-sharing');
  if (!g3 && !g10 && !g5) return [];
  const days = g3?.withinDays ?? 14;
  const notProfessional = cf.notProfessional;
  const hubs = new Set(cf.hub.map(cf.actor));
  const out: Draft[] = [];
  for (const f of cf.facts) {
    if (notProfessional.has(f.agency) || f.day === null) continue;
    const seenSenders = new Set<string>();
    for (const c of f.incoming) {
      const sender = cf.actor(c.with);
      // A "contact" to children's or adult social care is itself a safeguarding contact, whatever the channel.
      const actionable = ACTIONABLE.has(c.type) || (c.type === 'other' && hubs.has(f.actor));
      if (!actionable || notProfessional.has(c.with) || sender === f.actor || seenSenders.has(sender)) continue;
      seenSenders.add(sender);
      const strong = c.type === 'referral' || c.type === 'notification';
      const origin = senderRecord(cf, f, sender);
      // Something to act on: a referral or notification, or information about risk.
      const aboutRisk = strong || f.concerns.some((x) => HARM.has(x)) || SAFEGUARDING.test(f.entry.text) || (origin !== null && SAFEGUARDING.test(origin.entry.text)) || f.own('downgraded').length > 0;
      if (!aboutRisk) continue;

      const late = f.own('arrivedLate')[0];
      if (g5 && late) {
        out.push({ code: 'G5', flow: g5.id, from: sender, to: [f.agency], triggers: [f], context: origin ? [origin] : [], explicit: true, quote: { fact: f, text: f.quote(late) }, detail: 'arrived-late' });
        continue;
      }

      const down = f.own('downgraded')[0];
      const meant = origin && (origin.has('senderSerious') || origin.out.some((x) => x.direction === 'out' && (x.type === 'referral' || x.type === 'notification') && cf.actor(x.with) === f.actor));
      if (g10 && down && meant) {
        out.push({ code: 'G10', flow: g10.id, from: sender, to: [f.agency], triggers: [f, origin], context: [], explicit: true, quote: { fact: f, text: f.quote(down) }, detail: c.type });
        continue;
      }
      if (!g3) continue;

      const none = longest(f.own('noAction')) ?? down;
      if (none && !acted(cf, f, sender)) {
        out.push({ code: 'G3', flow: g3.id, from: sender, to: [f.agency], triggers: [f], context: origin ? [origin] : [], explicit: true, quote: { fact: f, text: f.quote(none) }, detail: c.type });
        continue;
      }
      // Closed on receipt, with nothing done ("Triaged: no needs identified. Closed.").
      const closedNow = f.own('closure').find((h) => closedOnReceipt(f, h, c.type));
      if (closedNow && !acted(cf, f, sender)) {
        out.push({ code: 'G3', flow: g3.id, from: sender, to: [f.agency], triggers: [f], context: origin ? [origin] : [], explicit: true, quote: { fact: f, text: f.quote(closedNow) }, detail: c.type });
        continue;
      }
      // Closed within days: with no visit, assessment or meeting in between, or with the closing record saying there was none.
      const closings = factsBetween(cf, f.actor, f.day + 1, f.day + days).filter((x) => x.has('closure'));
      const closing = closings.find((x) => x.own('actionDenied').length > 0) ?? closings.find((x) => x.own('noAction').length > 0) ?? closings[0];
      if (!closing || closing.day === null) continue;
      const between = factsBetween(cf, f.actor, f.day, closing.day).filter((x) => x !== closing);
      const denied = closing.own('actionDenied')[0];
      if (!denied && between.some((x) => acted(cf, x, sender))) continue;
      if (!denied && !closing.own('noAction').length) continue;
      const hit = denied ?? closing.own('noAction')[0]!;
      out.push({ code: 'G3', flow: g3.id, from: sender, to: [f.agency], triggers: [f, closing], context: origin ? [origin] : [], explicit: true, quote: { fact: closing, text: closing.quote(hit) }, detail: 'closed' });
    }
  }
  return out;
}
