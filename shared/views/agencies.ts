/**
 * Which agencies a case involves and in what order the views list them:
 * grouped (police; children's social care; health; education; adult
 * services; others) and in taxonomy order within a group, so lanes, graph
 * nodes and matrix rows read the same way everywhere.
 */
import { agencyGroups, agencyIds, agencyInfo, type AgencyInfo } from '../agencies/taxonomy.ts';
import type { AnalysisJson } from '../analysis.ts';
import type { AgencyId } from '../model.ts';

const groupRank = new Map(agencyGroups.map((g, i) => [g.id, i]));
const agencyRank = new Map(agencyIds.map((a, i) => [a, i]));

/** Sort key: group first, then the taxonomy's order; unknown ids go last, by name. */
export function compareAgencies(a: AgencyId, b: AgencyId): number {
  const ga = groupRank.get(agencyInfo(a).group) ?? agencyGroups.length;
  const gb = groupRank.get(agencyInfo(b).group) ?? agencyGroups.length;
  if (ga !== gb) return ga - gb;
  const ra = agencyRank.get(a) ?? agencyIds.length;
  const rb = agencyRank.get(b) ?? agencyIds.length;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortAgencies(ids: Iterable<AgencyId>): AgencyId[] {
  return [...new Set(ids)].sort(compareAgencies);
}

/**
 * The family and the public are not an agency: contacts with them (a home
 * visit, a phone call to the mother) are the work itself, not information
 * passing between agencies. The views list them with each entry but leave
 * them out of lanes, arrows and graph edges unless asked.
 */
export const NOT_AN_AGENCY: ReadonlySet<AgencyId> = new Set(['family']);

export interface InvolvedAgency extends AgencyInfo {
  groupLabel: string;
  /** Entries this agency recorded. 0 for an agency only named in contacts or gaps. */
  entries: number;
}

/**
 * Every agency the case involves: those that sent entries, and those only
 * named as the other side of a contact, as an employer or in a gap (they
 * still need a lane or a node for the arrow to land on).
 */
export function involvedAgencies(analysis: Pick<AnalysisJson, 'entries' | 'gaps'>, opts: { includePublic?: boolean } = {}): InvolvedAgency[] {
  const counts = new Map<AgencyId, number>();
  const named = new Set<AgencyId>();
  for (const e of analysis.entries) {
    counts.set(e.agency, (counts.get(e.agency) ?? 0) + 1);
    if (e.employer) named.add(e.employer);
    for (const c of e.contacts) if (opts.includePublic || !NOT_AN_AGENCY.has(c.with)) named.add(c.with);
  }
  for (const g of analysis.gaps) {
    named.add(g.from);
    for (const t of g.to) named.add(t);
  }
  const groupLabel = new Map(agencyGroups.map((g) => [g.id, g.label]));
  return sortAgencies([...counts.keys(), ...named]).map((id) => {
    const info = agencyInfo(id);
    return { ...info, groupLabel: groupLabel.get(info.group) ?? 'Others', entries: counts.get(id) ?? 0 };
  });
}
