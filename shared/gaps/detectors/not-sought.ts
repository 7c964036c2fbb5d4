/**
 * G7, not sought: checks that should have been made were not. Read from
 * records that say so ("No checks with Probation", "Nursery, GP and
 * Probation not contacted" in an assessment, "safeguarding information not
 * requested", "enquiries still outstanding"), and from an agency learning
 * that another holds information (a probation order, an open mental health
 * case, "CSC involved") and never asking it.
 */
import type { AgencyId } from '../../model.ts';
import type { Draft } from '../draft.ts';
import { uniqueAgencies } from '../draft.ts';
import { factsBetween, namedAgencies, type CaseFacts, type Fact, type NamedAgency } from '../facts.ts';
import { flow } from '../rules.ts';

/** Agencies named in the entry (or a stretch of it), other than its own, the family and unnamed others. */
function mentioned(cf: CaseFacts, f: Fact, within?: { start: number; end: number }): NamedAgency[] {
  return namedAgencies(cf, f, within).filter((m) => !cf.notProfessional.has(m.agency) && cf.actor(m.agency) !== f.actor && m.agency !== 'other');
}

/** Did the agency contact (or meet) this one within the days given? */
function contacted(cf: CaseFacts, f: Fact, agency: AgencyId, days: number): boolean {
  if (f.day === null) return false;
  const a = cf.actor(agency);
  return factsBetween(cf, f.actor, f.day, f.day + days).some((x) => [...x.out, ...x.joint].some((c) => cf.actor(c.with) === a) || (x !== f && x.incoming.some((c) => cf.actor(c.with) === a)));
}

export function detectNotSought(cf: CaseFacts): Draft[] {
  const rule = flow(cf.rules, 'checks-made');
  if (!rule) return [];
  const days = rule.withinDays ?? 60;
  const notProfessional = cf.notProfessional;
  const assessors = new Set((rule.assessors ?? []).map(cf.actor));
  const hub = new Set(cf.hub.map(cf.actor));
  // Where each person is first named in the chronology: a new adult is one nobody has named before.
  const firstNamed = new Map<string, number>();
  for (const f of cf.facts) for (const p of f.entry.people ?? []) if (!firstNamed.has(p.name)) firstNamed.set(p.name, f.index);
  const out: Draft[] = [];
  for (const f of cf.facts) {
    if (notProfessional.has(f.agency)) continue;
    const assessing = f.has('assessing');
    // Named: a check denied, or "not contacted" in an assessment.
    const denied = f.denied.filter((c) => !notProfessional.has(c.with) && cf.actor(c.with) !== f.actor && (c.type === 'information-request' || (assessing && c.type === 'other' && c.direction === 'out')));
    let to = uniqueAgencies(denied.map((c) => c.with));
    let hitText = f.quoteOf(denied[0]);
    let explicit = to.length > 0;
    if (to.length === 0) {
      const hit = f.own('notSought')[0];
      if (hit) {
        // Whom it should have asked: named in that sentence, else the agencies the entry knows are involved.
        const s = f.sentence(hit);
        const inSentence = mentioned(cf, f, s).map((m) => m.agency);
        const involved = holders(cf, f).map((m) => m.agency);
        const everywhere = mentioned(cf, f).map((m) => m.agency);
        to = uniqueAgencies(inSentence.length ? inSentence : involved.length ? involved : everywhere);
        hitText = f.quote(hit);
        explicit = to.length > 0;
      }
    }
    if (to.length === 0 && assessors.has(f.actor)) {
      // An assessing agency knowing another holds information, and never asking it.
      const held = holders(cf, f).filter((m) => !contacted(cf, f, m.agency, days));
      if (held.length && (assessing || f.concerns.length > 0)) {
        to = uniqueAgencies(held.map((m) => m.agency));
        hitText = f.quote({ start: held[0]!.start, end: held[0]!.end, text: '' });
      }
    }
    if (to.length === 0 && hub.has(f.actor) && f.entry.newAdult && f.day !== null && (f.entry.people ?? []).some((p) => p.role === 'adult' && firstNamed.get(p.name) === f.index)) {
      // A new adult in the household, named for the first time: the agency assessing should know who he is (police, probation, GP).
      const unchecked = (rule.newAdultChecks ?? []).filter((a) => cf.actor(a) !== f.actor && !heardFrom(cf, f, a, days));
      if (unchecked.length) {
        to = unchecked;
        hitText = f.quote({ start: 0, end: Math.min(f.entry.text.length, 1), text: '' });
      }
    }
    if (to.length === 0) continue;
    out.push({ code: 'G7', flow: rule.id, from: f.actor, to, triggers: [f], context: [], explicit, ...(hitText ? { quote: { fact: f, text: hitText } } : {}), ...(explicit ? {} : { detail: f.entry.newAdult ? 'new-adult' : 'holds' }) });
  }
  return out;
}

/** Any contact with the agency, either way, in the weeks around the entry: its information was to hand. */
function heardFrom(cf: CaseFacts, f: Fact, agency: AgencyId, days: number): boolean {
  const a = cf.actor(agency);
  return factsBetween(cf, f.actor, f.day! - 30, f.day! + days).some((x) => [...x.out, ...x.incoming, ...x.joint].some((c) => cf.actor(c.with) === a));
}

/** Agencies the entry says are involved with the family ("on probation", "supervised by Probation", "CSC involved", "open to CMHT"). */
function holders(cf: CaseFacts, f: Fact): NamedAgency[] {
  const cues = f.cue('holdsInformation');
  if (cues.length === 0) return [];
  const contactWords = new Set([...f.out, ...f.incoming, ...f.joint, ...f.denied].map((c) => c.span ?? ''));
  return mentioned(cf, f).filter((m) => {
    // The cue must sit next to the name, and the name must not be a contact the entry records.
    const near = cues.some((h) => (h.start <= m.end + 16 && h.start >= m.start - 32) || (h.start <= m.start && h.end >= m.end));
    const asContact = [...contactWords].some((w) => w.includes(f.entry.text.slice(m.start, m.end)));
    // "did not know about any police involvement", "no current CSC involvement": knowing there is none.
    const s = f.sentence({ start: m.start, end: m.end, text: '' });
    const denied = f.cue('negatedKnowledge').some((h) => h.start >= s.start && h.end <= s.end);
    return near && !asContact && !denied;
  });
}
