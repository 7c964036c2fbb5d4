/**
 * Who knew what, when, as a matrix for the knowledge view: for each agency
 * and each concern, the first date the agency knew of it, read from the gap
 * engine's knowledge model (shared/gaps/knowledge.ts): its own records, what
 * it was told (a contact "in"), and meetings it attended. A referral an
 * agency says it sent ("out") is not counted as known at the other end:
 * whether it arrived is exactly what a review asks (gap G2).
 */
import type { AnalysisEntry } from '../analysis.ts';
import { CONCERN_ORDER } from '../concerns.ts';
import type { AgencyId, Concern } from '../model.ts';
import { knowledgeModel, knownAt, type KnowledgeModel, type KnowledgeVia } from '../gaps/knowledge.ts';
import { compareAgencies, NOT_AN_AGENCY, sortAgencies } from './agencies.ts';


export type { KnowledgeVia } from '../gaps/knowledge.ts';

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

/** The model is built once per set of entries; moving the date only queries it. */
const models = new WeakMap<readonly AnalysisEntry[], KnowledgeModel>();

function modelOf(entries: readonly AnalysisEntry[]): KnowledgeModel {
  let m = models.get(entries);
  if (!m) models.set(entries, (m = knowledgeModel(entries)));
  return m;
}

/**
 * The matrix from the entries. `until` (an ISO day) limits it to what was known
 * by then. Entries without a date cannot say when, so they do not count.
 */
export function knowledgeMatrix(entries: readonly AnalysisEntry[], until: string | null = null): KnowledgeMatrix {
  const model = modelOf(entries);
  const index = new Map(entries.map((e, i) => [e.ref, i]));
  const known = until === null ? model.byAgency : knownAt(model, until);
  const cells = new Map<AgencyId, Map<Concern, KnowledgeCell>>();
  const agencies = new Set<AgencyId>(entries.filter((e) => !NOT_AN_AGENCY.has(e.agency)).map((e) => e.agency));
  const concerns = new Set<Concern>();
  for (const [agency, items] of known) {
    for (const k of items) {
      if (k.kind !== 'concern') continue;
      const concern = k.key as Concern;
      concerns.add(concern);
      agencies.add(agency);
      let row = cells.get(agency);
      if (!row) cells.set(agency, (row = new Map()));
      row.set(concern, { first: k.since, entry: index.get(k.ref) ?? -1, ref: k.ref, via: k.via, source: k.source });
    }
  }
  return {
    agencies: sortAgencies(agencies).sort(compareAgencies),
    concerns: CONCERN_ORDER.filter((c) => concerns.has(c)),
    cells,
  };
}
