/**
 * G9, lost on transfer: a family moves area or school, a case or its
 * records are transferred, a patient is discharged, and the record says what
 * did not go with them ("not included in the summary", "no handover call",
 * "Northtown CSC not notified", "did not refer him to the district nurses"),
 * or the summary it sent plays the risk down ("no current risks", "no other
 * agencies involved") when its own records of the months before hold a
 * concern.
 */
import type { AgencyId } from '../../model.ts';
import type { Draft } from '../draft.ts';
import { uniqueAgencies } from '../draft.ts';
import { factsBetween, TELLING_MESSAGES, type CaseFacts, type Fact } from '../facts.ts';
import { flow } from '../rules.ts';
import { isTransfer, knewOfConcern } from './not-sent.ts';

/** The receiving record of the transfer, where the case has it: in the two months after, at the agencies it went to. */
function receivingRecords(cf: CaseFacts, f: Fact, to: readonly AgencyId[]): Fact[] {
  const context: Fact[] = [];
  if (f.day === null) return context;
  for (const t of to) {
    for (const r of factsBetween(cf, t, f.day, f.day + 60)) {
      if (r === f) continue;
      if (r.incoming.some((c) => cf.actor(c.with) === f.actor) || (r.has('transfer') && r.agency === f.agency && r.entry.source.file !== f.entry.source.file)) context.push(r);
    }
  }
  return context;
}

export function detectTransfers(cf: CaseFacts): Draft[] {
  const rule = flow(cf.rules, 'records-follow');
  if (!rule) return [];
  const notProfessional = cf.notProfessional;
  const out: Draft[] = [];
  for (const f of cf.facts) {
    if (notProfessional.has(f.agency) || !isTransfer(f)) continue;
    const denied = f.denied.filter((c) => !notProfessional.has(c.with) && (c.direction === 'out' || c.direction === 'both'));
    // Only in a summary it sent as a message: "Transfer record shows no concerns" on a call is what it was given.
    const wroteSummary = f.out.some((c) => c.direction === 'out' && TELLING_MESSAGES.has(c.type) && !notProfessional.has(c.with));
    const playedDown = wroteSummary && f.day !== null && knewOfConcern(cf, f.actor, f.day - 1) ? f.own('playedDown') : [];
    const loss = [...f.own('transferLoss'), ...playedDown];
    if (denied.length === 0 && loss.length === 0) continue;
    // The receiving side: whoever was not told, else whoever the transfer went to, else the same service in the new area.
    const sentTo = f.out.filter((c) => c.direction === 'out' && !notProfessional.has(c.with)).map((c) => c.with);
    const to = uniqueAgencies(denied.length ? denied.map((c) => c.with) : sentTo.length ? sentTo : [f.agency]);
    const context = receivingRecords(cf, f, to);
    const hit = loss[0];
    out.push({
      code: 'G9',
      flow: rule.id,
      from: f.actor,
      to,
      triggers: [f],
      context: context.slice(0, 3),
      explicit: true,
      ...(hit ? { quote: { fact: f, text: f.quote(hit) } } : denied[0]?.span ? { quote: { fact: f, text: f.quoteOf(denied[0])! } } : {}),
    });
  }
  return out;
}
