/**
 * The gap graph's data: agencies as nodes, contacts between them as edges
 * weighted by how many there were, gaps as their own edges (one per
 * receiving agency), and secondments (staff employed by one agency acting
 * for another) as links. Positions are the renderer's job (d3-force); this is
 * what to lay out, limited to what had happened by a date.
 */
import type { AnalysisEntry, AnalysisGap, AnalysisJson } from '../analysis.ts';
import type { AgencyId, ContactDirection, GapCode } from '../model.ts';
import { compareAgencies, involvedAgencies, NOT_AN_AGENCY, type InvolvedAgency } from './agencies.ts';

export interface GraphNode extends InvolvedAgency {
  /** The MASH, when present, is drawn at the centre: referrals pass through it. */
  hub: boolean;
}

export interface ContactEdge {
  id: string;
  /** The pair, in view order (so A–B and B–A are one edge). */
  a: AgencyId;
  b: AgencyId;
  count: number;
  /** Contacts by direction, seen from `a` (out = a told b, in = b told a). */
  byDirection: Record<ContactDirection, number>;
  /** Entries the contacts were recorded in, in chronology order. */
  refs: string[];
}

export interface GapEdge {
  id: string;
  code: GapCode;
  from: AgencyId;
  to: AgencyId;
  /** Index into analysis.gaps. */
  gap: number;
  refs: readonly string[];
  explanation: string;
}

export interface SecondmentLink {
  id: string;
  employer: AgencyId;
  agency: AgencyId;
  refs: string[];
}

export interface GapGraph {
  nodes: GraphNode[];
  contacts: ContactEdge[];
  gaps: GapEdge[];
  secondments: SecondmentLink[];
}

/** The day an entry counts from for the time slider: its earliest possible day. */
function entryDay(e: AnalysisEntry): string | null {
  return e.date.earliest;
}

/** The day a gap counts from: its window's start, else its earliest evidence. */
export function gapDay(g: AnalysisGap, byRef: ReadonlyMap<string, AnalysisEntry>): string | null {
  if (g.window?.from) return g.window.from;
  let best: string | null = null;
  for (const r of g.evidence) {
    const d = byRef.get(r)?.date.earliest ?? null;
    if (d && (best === null || d < best)) best = d;
  }
  return best;
}

const flip: Record<ContactDirection, ContactDirection> = { out: 'in', in: 'out', both: 'both', attempted: 'attempted' };

/**
 * Build the graph. With `until` (an ISO day), only contacts recorded and gaps
 * that began on or before it count; nodes are every agency in the case, so
 * they do not jump about as the slider moves. Contacts with the family and
 * public are left out unless `includePublic` (see NOT_AN_AGENCY).
 */
export function buildGapGraph(analysis: Pick<AnalysisJson, 'entries' | 'gaps'>, until: string | null = null, opts: { includePublic?: boolean } = {}): GapGraph {
  const includePublic = opts.includePublic ?? false;
  const nodes: GraphNode[] = involvedAgencies(analysis, { includePublic }).map((a) => ({ ...a, hub: a.id === 'mash' }));
  const byRef = new Map(analysis.entries.map((e) => [e.ref, e]));
  const inTime = (day: string | null) => until === null || (day !== null && day <= until);

  const contacts = new Map<string, ContactEdge>();
  const secondments = new Map<string, SecondmentLink>();
  for (const e of analysis.entries) {
    if (!inTime(entryDay(e))) continue;
    if (e.employer && e.employer !== e.agency) {
      const id = `${e.employer}>${e.agency}`;
      const s = secondments.get(id) ?? { id, employer: e.employer, agency: e.agency, refs: [] };
      s.refs.push(e.ref);
      secondments.set(id, s);
    }
    for (const c of e.contacts) {
      if (c.with === e.agency) continue; // within one agency (a transfer between its teams): not an edge between nodes
      if (!includePublic && NOT_AN_AGENCY.has(c.with)) continue;
      const forward = compareAgencies(e.agency, c.with) <= 0;
      const a = forward ? e.agency : c.with;
      const b = forward ? c.with : e.agency;
      const id = `${a}~${b}`;
      const edge = contacts.get(id) ?? { id, a, b, count: 0, byDirection: { out: 0, in: 0, both: 0, attempted: 0 }, refs: [] };
      edge.count += 1;
      edge.byDirection[forward ? c.direction : flip[c.direction]] += 1;
      if (edge.refs[edge.refs.length - 1] !== e.ref) edge.refs.push(e.ref);
      contacts.set(id, edge);
    }
  }

  const gaps: GapEdge[] = [];
  analysis.gaps.forEach((g, gi) => {
    if (!inTime(gapDay(g, byRef))) return;
    for (const to of g.to) gaps.push({ id: `gap${gi}:${to}`, code: g.code, from: g.from, to, gap: gi, refs: g.evidence, explanation: g.explanation });
  });

  return {
    nodes,
    contacts: [...contacts.values()].sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1)),
    gaps,
    secondments: [...secondments.values()],
  };
}

/** Dates the time slider can stop at: every distinct earliest day of an entry or gap, in order. */
export function graphTimeStops(analysis: Pick<AnalysisJson, 'entries' | 'gaps'>): string[] {
  const byRef = new Map(analysis.entries.map((e) => [e.ref, e]));
  const days = new Set<string>();
  for (const e of analysis.entries) if (e.date.earliest) days.add(e.date.earliest);
  for (const g of analysis.gaps) {
    const d = gapDay(g, byRef);
    if (d) days.add(d);
  }
  return [...days].sort();
}
