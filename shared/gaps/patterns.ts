/**
 * Patterns across a case that are not gaps by themselves but that reviews
 * ask about: referrals turned away below threshold again and again, how many
 * agencies and practitioners were around the family each month (the seed
 * reviews count dozens), stretches when no agency had contact, and staff
 * seconded between organisations whose employer has no record of their work.
 */
import type { AnalysisEntry, CasePatterns } from '../analysis.ts';
import { fromIso, toIso } from '../dates/calendar.ts';
import type { AgencyId } from '../model.ts';
import type { CaseFacts } from './facts.ts';

/** A practitioner as chronologies name them: "HV1", "SW2", "PO1", "DN2", or the file's author column. */
const PRACTITIONER = /\b(?:[A-Z]{1,4}\d{1,2}|(?:PC|DC|DS|DI|Dr|Cllr)\.? ?[A-Z][a-z]+)\b/g;
const THRESHOLD = /\b(?:below (?:the )?threshold|(?:does|did) not meet (?:the )?(?:threshold|criteria)|not meet(?:ing)? (?:the )?threshold|information only|advice only|consultation only|not a referral|nfa|no further action)\b/i;
/** Periods at least this long with no record of any agency contact are reported. */
const QUIET_DAYS = 42;

function month(iso: string): string {
  return iso.slice(0, 7);
}

function belowThreshold(cf: CaseFacts): CasePatterns['belowThreshold'] {
  const byReceiver = new Map<AgencyId, Array<{ referrer: AgencyId; day: string; ref: string }>>();
  const hub = new Set([...cf.hub.map(cf.actor), 'asc', 'csc', 'mash'].map(cf.actor));
  for (const f of cf.facts) {
    if (!hub.has(f.actor) || f.day === null || !THRESHOLD.test(f.entry.text)) continue;
    // The referral decided: received in this record, or in the receiver's records in the days before.
    let referrer = f.incoming.find((c) => c.type === 'referral' || c.type === 'notification' || c.type === 'phone-call' || c.type === 'email')?.with ?? null;
    if (!referrer) {
      const before = (cf.byActor.get(f.actor) ?? []).filter((x) => x.day !== null && x.day <= f.day! && x.day >= f.day! - 3 && x !== f);
      referrer = before.flatMap((x) => x.incoming).find((c) => c.type === 'referral' || c.type === 'notification')?.with ?? null;
    }
    if (!referrer || cf.notProfessional.has(referrer)) continue;
    const list = byReceiver.get(f.actor) ?? [];
    list.push({ referrer, day: f.entry.date.earliest!, ref: f.ref });
    byReceiver.set(f.actor, list);
  }
  return [...byReceiver]
    .filter(([, list]) => list.length >= 2)
    .map(([receiver, list]) => ({ receiver, count: list.length, referrers: [...new Set(list.map((x) => x.referrer))], dates: list.map((x) => x.day), refs: list.map((x) => x.ref) }));
}

function involvement(entries: readonly AnalysisEntry[]): CasePatterns['involvement'] {
  const months = new Map<string, { agencies: Set<AgencyId>; people: Set<string>; entries: number }>();
  for (const e of entries) {
    const a = e.date.earliest;
    const b = e.date.latest;
    // Only entries dated to a month or better say which month.
    if (!a || !b || month(a) !== month(b)) continue;
    const m = months.get(month(a)) ?? { agencies: new Set(), people: new Set(), entries: 0 };
    m.entries++;
    if (e.agency !== 'family') m.agencies.add(e.agency);
    for (const c of e.contacts) if (c.with !== 'family' && c.direction !== 'attempted') m.agencies.add(c.with);
    if (e.author) m.people.add(`${e.agency}:${e.author.trim().toLowerCase()}`);
    for (const p of e.text.match(PRACTITIONER) ?? []) m.people.add(`${e.agency}:${p.toLowerCase()}`);
    for (const p of e.people ?? []) if (p.role === 'professional') m.people.add(`${e.agency}:${p.name.toLowerCase()}`);
    months.set(month(a), m);
  }
  return [...months]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([m, v]) => ({ month: m, agencies: [...v.agencies].sort(), practitioners: v.people.size, entries: v.entries }));
}

function quietPeriods(entries: readonly AnalysisEntry[]): CasePatterns['quietPeriods'] {
  const dated = entries
    .filter((e) => e.date.earliest !== null && e.date.latest !== null && e.agency !== 'family')
    .map((e) => ({ start: fromIso(e.date.earliest!)!, end: fromIso(e.date.latest!)!, ref: e.ref }))
    .filter((d) => d.end - d.start <= 31)
    .sort((x, y) => x.start - y.start);
  const out: CasePatterns['quietPeriods'] = [];
  let reach: (typeof dated)[number] | null = null;
  for (const d of dated) {
    if (reach && d.start - reach.end > QUIET_DAYS) out.push({ from: toIso(reach.end + 1), to: toIso(d.start - 1), days: d.start - reach.end - 1, before: reach.ref, after: d.ref });
    if (!reach || d.end > reach.end) reach = d;
  }
  return out;
}

function secondments(cf: CaseFacts): CasePatterns['secondments'] {
  const groups = new Map<string, { agency: AgencyId; employer: AgencyId; refs: string[]; told: boolean }>();
  for (const f of cf.facts) {
    const employer = f.entry.employer;
    if (!employer || employer === f.agency) continue;
    const key = `${f.agency}>${employer}`;
    const g = groups.get(key) ?? { agency: f.agency, employer, refs: [], told: false };
    g.refs.push(f.ref);
    if ([...f.out, ...f.joint].some((c) => cf.actor(c.with) === cf.actor(employer))) g.told = true;
    groups.set(key, g);
  }
  // The employer's own records of the same days count as knowing.
  for (const g of groups.values()) {
    if (g.told) continue;
    const days = new Set(g.refs.map((r) => cf.byRef.get(r)?.day));
    g.told = (cf.byActor.get(cf.actor(g.employer)) ?? []).some((f) => days.has(f.day) || f.incoming.some((c) => c.with === g.agency));
  }
  return [...groups.values()].map((g) => ({ agency: g.agency, employer: g.employer, refs: g.refs, employerTold: g.told }));
}

export function casePatterns(cf: CaseFacts): CasePatterns {
  const entries = cf.facts.map((f) => f.entry);
  return { belowThreshold: belowThreshold(cf), involvement: involvement(entries), quietPeriods: quietPeriods(entries), secondments: secondments(cf) };
}
