/**
 * The gap engine: from the merged, analysed chronology to findings, each
 * with its code (G1–G10), the agency it runs from and the agencies it runs
 * to, the entries it rests on, its time window, an explanation in plain
 * words, a severity and a confidence. Pure: the same entries and rules give
 * the same findings, with the same ids, so an author's decisions can be
 * matched to them again after re-analysis.
 */
import type { AnalysisEntry, AnalysisGap, CasePatterns } from '../analysis.ts';
import { toIso } from '../dates/calendar.ts';
import { detectLate } from './detectors/late.ts';
import { detectMeetings } from './detectors/meetings.ts';
import { detectNoFeedback } from './detectors/no-feedback.ts';
import { detectNonEngagement } from './detectors/non-engagement.ts';
import { detectNotReceived } from './detectors/not-received.ts';
import { detectNotSent } from './detectors/not-sent.ts';
import { detectNotSought } from './detectors/not-sought.ts';
import { detectReceived } from './detectors/received.ts';
import { detectTransfers } from './detectors/transfer.ts';
import type { Draft } from './draft.ts';
import { explain } from './explain.ts';
import { caseFacts, type CaseFacts, type Fact } from './facts.ts';
import { casePatterns } from './patterns.ts';
import { gapRules, type FlowOverrides, type GapRules } from './rules.ts';
import type { ReviewType } from '../review-type.ts';

export { describeFlows, flowOverridesSchema, gapRules, type Flow, type FlowOverrides, type GapRules } from './rules.ts';
export { knowledgeModel, knownAt, knewOf, type Knowing, type KnowledgeModel } from './knowledge.ts';

/** Findings about the same thing this many days apart or less are one finding ("again on …"). */
const JOIN_DAYS = 35;

const SERIOUS = new Set(['injury', 'domestic-abuse', 'neglect', 'exploitation', 'missing']);

export interface GapOptions {
  rules?: GapRules;
  overrides?: FlowOverrides;
  /** The kind of review, where the case says (shared/review-type.ts): it decides who the subject is. */
  reviewType?: ReviewType | null;
}

/** A short stable id: FNV-1a over the finding's code, agencies and the entries it rests on. */
export function findingId(code: string, from: string, triggers: readonly string[]): string {
  const s = `${code}|${from}|${[...triggers].sort().join(',')}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${code.toLowerCase()}-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0').slice(0, 4)}`;
}

function firstDay(d: Draft): number | null {
  const days = d.triggers.map((f) => f.day).filter((x): x is number => x !== null);
  return days.length ? Math.min(...days) : null;
}

function lastDay(d: Draft): number | null {
  const days = d.triggers.map((f) => f.endDay ?? f.day).filter((x): x is number => x !== null);
  return days.length ? Math.max(...days) : null;
}

/** One draft taken into another it joins: its records, its explicitness and, if the other has none, its quote. */
function absorb(into: Draft, d: Draft): void {
  for (const f of d.triggers) if (!into.triggers.includes(f)) into.triggers.push(f);
  for (const f of d.context) if (!into.context.includes(f)) into.context.push(f);
  into.explicit ||= d.explicit;
  if (!into.quote && d.quote) into.quote = d.quote;
}

/** Join drafts with the same code and agencies that are close in time, or rest on the same records. */
function join(drafts: Draft[]): Draft[] {
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = `${d.code}|${d.from}|${[...d.to].sort().join(',')}`;
    const list = byKey.get(key) ?? [];
    list.push(d);
    byKey.set(key, list);
  }
  const out: Draft[] = [];
  for (const list of byKey.values()) {
    list.sort((a, b) => (firstDay(a) ?? Infinity) - (firstDay(b) ?? Infinity));
    let current: Draft | null = null;
    for (const d of list) {
      const start = firstDay(d);
      const end = current ? lastDay(current) : null;
      const overlaps = current !== null && d.triggers.some((f) => current!.triggers.some((g) => g === f || g.group.includes(f.ref)));
      if (current && (overlaps || (start !== null && end !== null && start - end <= JOIN_DAYS))) {
        absorb(current, d);
        continue;
      }
      current = { ...d, triggers: [...d.triggers], context: [...d.context] };
      out.push(current);
    }
  }
  return out;
}

/**
 * One event, one finding: a finding that rests only on entries another,
 * weightier finding already rests on, between the same agencies, is part of
 * it ("Recovery Service not contacted" in the record of a declined referral
 * belongs to the decline; "CP medical not requested" at a strategy
 * discussion belongs to who the discussion left out).
 */
const FOLDABLE = new Set(['G1', 'G2', 'G7']);
const WEIGHT: Record<string, number> = { G6: 9, G10: 8, G3: 7, G9: 6, G4: 5, G5: 4, G8: 3, G2: 2, G1: 1, G7: 0 };

function fold(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  // Kept findings by every ref their triggers cover (their records of the same event too), to find a host without a scan.
  const byRef = new Map<string, Draft[]>();
  const covers = (k: Draft, f: Fact) => k.triggers.some((g) => g === f || g.group.includes(f.ref));
  const ordered = [...drafts].sort((a, b) => (WEIGHT[b.code] ?? 0) - (WEIGHT[a.code] ?? 0));
  for (const d of ordered) {
    // Only a denial, an unreceived message or a check not made is a detail of something larger; other gaps stand alone.
    const candidates = FOLDABLE.has(d.code) && d.triggers[0] ? (byRef.get(d.triggers[0].ref) ?? []) : [];
    const host = candidates.find((k) => {
      if ((WEIGHT[k.code] ?? 0) <= (WEIGHT[d.code] ?? 0)) return false;
      if (!d.triggers.every((f) => covers(k, f))) return false;
      // Part of it when it is about the host's receiver (or a meeting's attendee) acting, or about reaching the host's sender.
      const receivers = new Set([...k.to, ...(k.attendees ?? [])]);
      return receivers.has(d.from) || d.to.some((t) => t === k.from);
    });
    if (!host) {
      kept.push(d);
      for (const r of d.triggers.flatMap((f) => f.group)) {
        const list = byRef.get(r) ?? [];
        if (!list.includes(d)) list.push(d);
        byRef.set(r, list);
      }
      continue;
    }
    // Who else a meeting should have had, or what else the record says it did not do.
    if (host.code === 'G6') for (const t of d.to) if (!host.to.includes(t) && t !== host.from) host.to.push(t);
    if (!host.also) host.also = [];
    if (d.quote) host.also.push(d.quote);
  }
  return kept;
}

/** Each trigger and context entry with the other records of the same event, in chronology order. */
function evidenceOf(d: Draft, cf: CaseFacts): string[] {
  const refs = new Set<string>();
  for (const f of [...d.triggers, ...d.context]) for (const r of f.group) refs.add(r);
  return [...refs].sort((a, b) => (cf.byRef.get(a)?.index ?? 0) - (cf.byRef.get(b)?.index ?? 0));
}

function severityOf(d: Draft): NonNullable<AnalysisGap['severity']> {
  const concerns = new Set(d.triggers.flatMap((f) => f.concerns));
  const serious = [...concerns].some((c) => SERIOUS.has(c));
  if (serious && ['G1', 'G2', 'G3', 'G6', 'G9', 'G10'].includes(d.code)) return 'high';
  if ((d.code === 'G4' || d.code === 'G5') && !serious) return 'low';
  return 'medium';
}

function confidenceOf(d: Draft): number {
  const base = d.explicit ? 0.85 : 0.6;
  return Math.min(0.95, Number((base + 0.03 * (d.triggers.length - 1)).toFixed(2)));
}

function windowOf(d: Draft): AnalysisGap['window'] {
  const a = firstDay(d);
  const b = lastDay(d);
  return { from: a === null ? null : toIso(a), to: b === null ? null : toIso(b) };
}

export interface GapAnalysis {
  gaps: AnalysisGap[];
  patterns: CasePatterns;
  rulesVersion: string;
  subject: CaseFacts['subject'];
}

/** Find the gaps in a case: its analysed entries in chronology order. */
export function analyseGaps(entries: readonly AnalysisEntry[], opts: GapOptions = {}): GapAnalysis {
  const rules = opts.rules ?? gapRules(opts.overrides);
  const cf = caseFacts(entries, rules, opts.reviewType ?? null);
  const drafts = [
    ...detectNotSent(cf),
    ...detectNonEngagement(cf),
    ...detectTransfers(cf),
    ...detectNotReceived(cf),
    ...detectReceived(cf),
    ...detectNoFeedback(cf),
    ...detectLate(cf),
    ...detectMeetings(cf),
    ...detectNotSought(cf),
  ];
  const joined = fold(join(drafts));
  const gaps = joined.map((d): AnalysisGap & { id: string } => {
    const triggers = [...d.triggers].sort((a, b) => a.index - b.index);
    const ordered: Draft = { ...d, triggers, context: [...d.context].filter((f) => !triggers.includes(f)).sort((a, b) => a.index - b.index) };
    return {
      id: findingId(d.code, d.from, triggers.map((f: Fact) => f.ref)),
      code: d.code,
      from: d.from,
      to: d.to,
      evidence: evidenceOf(ordered, cf),
      triggers: triggers.map((f) => f.ref),
      explanation: explain(ordered),
      window: windowOf(d),
      severity: severityOf(d),
      confidence: confidenceOf(d),
      rule: d.flow,
      explicit: d.explicit,
    };
  });
  gaps.sort((a, b) => (a.window?.from ?? '9999').localeCompare(b.window?.from ?? '9999') || a.code.localeCompare(b.code, 'en', { numeric: true }));
  return { gaps, patterns: casePatterns(cf), rulesVersion: rules.version, subject: cf.subject };
}
