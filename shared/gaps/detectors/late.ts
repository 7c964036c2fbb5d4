/**
 * G5, late sharing, from the sender's side: the record of sending says it was
 * late ("report late", "shared with CSC 15 days after the report", "after
 * the conference"). The finding cites the receiver's record of it, the
 * meeting it was meant for and the request, where the case has them.
 */
import type { Draft } from '../draft.ts';
import { uniqueAgencies } from '../draft.ts';
import { factsBetween, type CaseFacts, type Fact } from '../facts.ts';
import { flow } from '../rules.ts';

export function detectLate(cf: CaseFacts): Draft[] {
  const rule = flow(cf.rules, 'timely-sharing');
  if (!rule) return [];
  const notProfessional = cf.notProfessional;
  const out: Draft[] = [];
  for (const f of cf.facts) {
    if (notProfessional.has(f.agency) || f.day === null) continue;
    const late = f.own('late')[0];
    if (!late) continue;
    const sent = f.out.filter((c) => c.direction === 'out' && !notProfessional.has(c.with) && cf.actor(c.with) !== f.actor);
    if (sent.length === 0) continue;
    const to = uniqueAgencies(sent.map((c) => c.with));
    const context: Fact[] = [];
    for (const t of to) {
      // The receiver's record of it, and the meeting it was for.
      context.push(...factsBetween(cf, t, f.day - 1, f.day + 7).filter((r) => r.incoming.some((c) => cf.actor(c.with) === f.actor)).slice(0, 1));
      context.push(...factsBetween(cf, t, f.day - 21, f.day - 1).filter((r) => r.meetings().length > 0).slice(-1));
    }
    // What asked for it, or the earlier record of not sending it.
    context.push(
      ...factsBetween(cf, f.actor, f.day - 30, f.day - 1)
        .filter((p) => p.incoming.some((c) => to.some((t) => cf.actor(t) === cf.actor(c.with))) || p.denied.some((c) => to.some((t) => cf.actor(t) === cf.actor(c.with))))
        .slice(-1),
    );
    out.push({ code: 'G5', flow: rule.id, from: f.actor, to, triggers: [f], context, explicit: true, quote: { fact: f, text: f.quote(late) } });
  }
  return out;
}
