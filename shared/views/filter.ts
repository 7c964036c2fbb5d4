/**
 * Filtering the chronology on the client: the analysis is fetched once and
 * every view filters it here, so a filter change never waits for the core.
 */
import type { AnalysisEntry, AnalysisGap } from '../analysis.ts';
import type { AgencyId, Concern } from '../model.ts';

export interface EntryFilter {
  /** Empty = every agency. */
  agencies: readonly AgencyId[];
  /** Empty = any; otherwise entries with at least one of these. */
  concerns: readonly Concern[];
  /** 'any' = has at least one contact; an agency id = has a contact with that agency. */
  contact: null | 'any' | AgencyId;
  /** Only entries a finding (gap) cites as evidence. */
  inGap: boolean;
  /** ISO days, inclusive; an entry counts when its possible dates overlap. */
  from: string | null;
  to: string | null;
  /** Refs from a full-text search; null = no search. */
  refs: ReadonlySet<string> | null;
}

export const NO_FILTER: EntryFilter = { agencies: [], concerns: [], contact: null, inGap: false, from: null, to: null, refs: null };

export function isFiltering(f: EntryFilter): boolean {
  return f.agencies.length > 0 || f.concerns.length > 0 || f.contact !== null || f.inGap || f.from !== null || f.to !== null || f.refs !== null;
}

/** Every ref a gap cites. */
export function gapEvidence(gaps: readonly AnalysisGap[]): Set<string> {
  return new Set(gaps.flatMap((g) => g.evidence));
}

/**
 * Indices of the entries that pass, in chronology order. Undated entries pass
 * no date range (we cannot say they fall in it) but pass every other filter.
 */
export function filterEntries(entries: readonly AnalysisEntry[], f: EntryFilter, evidence: ReadonlySet<string>): number[] {
  const agencies = f.agencies.length ? new Set(f.agencies) : null;
  const concerns = f.concerns.length ? new Set(f.concerns) : null;
  const out: number[] = [];
  entries.forEach((e, i) => {
    if (agencies && !agencies.has(e.agency)) return;
    if (concerns && !e.concerns.some((c) => concerns.has(c))) return;
    if (f.contact === 'any' && e.contacts.length === 0) return;
    if (f.contact !== null && f.contact !== 'any' && !e.contacts.some((c) => c.with === f.contact)) return;
    if (f.inGap && !evidence.has(e.ref)) return;
    if (f.from !== null || f.to !== null) {
      if (!e.date.earliest || !e.date.latest) return;
      if (f.from !== null && e.date.latest < f.from) return;
      if (f.to !== null && e.date.earliest > f.to) return;
    }
    if (f.refs && !f.refs.has(e.ref)) return;
    out.push(i);
  });
  return out;
}
