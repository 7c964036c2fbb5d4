/**
 * Who knew what, when: for each agency and each concern, the first date the
 * agency knew of it. A simple model for now (the gap engine will provide a
 * richer one): an agency knows what is in its own records — what it saw and
 * what it was told, a contact "in" — and what was said at a meeting it
 * attended (a contact "both" recorded by another agency). A referral an
 * agency says it sent ("out") is not counted as known at the other end:
 * whether it arrived is exactly what a review asks (gap G2).
 */
import type { AnalysisEntry } from '../analysis.ts';
import type { AgencyId, Concern } from '../model.ts';
import { compareAgencies, NOT_AN_AGENCY, sortAgencies } from './agencies.ts';

/** Concerns in the order the matrix shows them: the "toxic trio" first. */
export const CONCERN_ORDER: readonly Concern[] = [
  'domestic-abuse',
  'parental-mental-health',
  'substance-misuse',
  'injury',
  'neglect',
  'non-engagement',
  'child-development',
  'missing',
  'exploitation',
  'young-carer',
  'housing',
  'criminality',
  'other',
];

export const CONCERN_LABELS: Readonly<Record<Concern, string>> = {
  'domestic-abuse': 'Domestic abuse',
  'parental-mental-health': 'Parental mental health',
  'substance-misuse': 'Drugs or alcohol',
  injury: 'Injury',
  neglect: 'Neglect',
  'non-engagement': 'Missed appointments',
  'child-development': 'Child development',
  missing: 'Missing',
  exploitation: 'Exploitation',
  'young-carer': 'Young carer',
  housing: 'Housing',
  criminality: 'Offending',
  other: 'Other',
};

export function concernLabel(c: string): string {
  return (CONCERN_LABELS as Record<string, string>)[c] ?? c;
}

export type KnowledgeVia = 'own-record' | 'told' | 'meeting';

export interface KnowledgeCell {
  /** Earliest day the agency could have known (ISO). */
  first: string;
  /** The entry that shows it (index into the entries). */
  entry: number;
  ref: string;
  via: KnowledgeVia;
  /** The other agency: who told them, or whose meeting it was. */
  source: AgencyId | null;
}

export interface KnowledgeMatrix {
  agencies: AgencyId[];
  concerns: Concern[];
  /** cells.get(agency)?.get(concern); absent = never knew (in the records). */
  cells: ReadonlyMap<AgencyId, ReadonlyMap<Concern, KnowledgeCell>>;
}

/**
 * The matrix from the entries. `until` (an ISO day) limits it to what was known
 * by then. Entries without a date cannot say when, so they do not count.
 */
export function knowledgeMatrix(entries: readonly AnalysisEntry[], until: string | null = null): KnowledgeMatrix {
  const cells = new Map<AgencyId, Map<Concern, KnowledgeCell>>();
  const agencies = new Set<AgencyId>(entries.map((e) => e.agency));
  const concerns = new Set<Concern>();
  const learn = (agency: AgencyId, concern: Concern, cell: KnowledgeCell) => {
    agencies.add(agency);
    let row = cells.get(agency);
    if (!row) cells.set(agency, (row = new Map()));
    const had = row.get(concern);
    // Earliest wins; on the same day, the agency's own record is the clearer evidence.
    if (!had || cell.first < had.first || (cell.first === had.first && had.via !== 'own-record' && cell.via === 'own-record')) row.set(concern, cell);
  };
  entries.forEach((e, i) => {
    const day = e.date.earliest;
    if (!day || (until !== null && day > until) || e.concerns.length === 0) return;
    const told = e.contacts.find((c) => c.direction === 'in');
    for (const concern of e.concerns) {
      concerns.add(concern);
      learn(e.agency, concern, { first: day, entry: i, ref: e.ref, via: told ? 'told' : 'own-record', source: told?.with ?? null });
      for (const c of e.contacts) {
        // The family at a meeting is not an agency that "knew" (see NOT_AN_AGENCY).
        if (c.direction === 'both' && c.with !== e.agency && !NOT_AN_AGENCY.has(c.with)) learn(c.with, concern, { first: day, entry: i, ref: e.ref, via: 'meeting', source: e.agency });
      }
    }
  });
  return {
    agencies: sortAgencies(agencies).sort(compareAgencies),
    concerns: CONCERN_ORDER.filter((c) => concerns.has(c)),
    cells,
  };
}
