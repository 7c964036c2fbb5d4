/**
 * The gap graph's layout and drawing. layoutGapGraph() runs d3-force to a
 * standstill up front (seeded, so the same case always looks the same, and
 * nothing moves while the user reads it); buildGraphScene() turns the graph
 * and positions into shapes; drawGapGraph() draws the scene into an <svg>
 * React owns, with d3's data join (a pure function of the scene: calling it
 * twice with the same scene changes nothing).
 *
 * Edges and nodes are focusable buttons (tabindex, role, aria-label), so the
 * graph is usable from the keyboard; the host handles clicks and keys by
 * event delegation on the <svg>.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, select, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';

import { agencyInfo } from '../../shared/agencies/taxonomy.ts';
import type { AgencyId } from '../../shared/model.ts';
import type { GapGraph } from '../../shared/views/graph.ts';
import { gapTitle } from '../../shared/views/labels.ts';
import { GAP_COLOUR, MARK_OUTLINE, shapePath, type AgencyStyle } from '../../shared/views/palette.ts';

// Colours of gap pills and node fills live in styles.css: CSS wins over SVG presentation attributes.

export interface Point {
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: AgencyId;
}

/** A small seeded random source, so d3-force's tie-breaking jiggle is the same every time. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function nodeRadius(entries: number, maxEntries: number): number {
  return 16 + 14 * Math.sqrt(entries / Math.max(1, maxEntries));
}

const MARGIN = 56;

/**
 * Positions for the graph's nodes in a width × height box. Uses every
 * contact of the case (not just those up to the slider's date), so the
 * nodes stay put as the slider moves. The MASH, if present, is pinned in the
 * middle: referrals pass through it.
 */
export function layoutGapGraph(graph: GapGraph, width: number, height: number): Map<AgencyId, Point> {
  const cx = width / 2;
  const cy = height / 2;
  const maxEntries = Math.max(1, ...graph.nodes.map((x) => x.entries));
  const nodes: SimNode[] = graph.nodes.map((node) => (node.hub ? { id: node.id, x: cx, y: cy, fx: cx, fy: cy } : { id: node.id, x: cx, y: cy }));
  const maxCount = Math.max(1, ...graph.contacts.map((e) => e.count));
  const links: Array<SimulationLinkDatum<SimNode> & { count: number }> = graph.contacts.map((e) => ({ source: e.a, target: e.b, count: e.count }));
  const radius = new Map(graph.nodes.map((x) => [x.id, nodeRadius(x.entries, maxEntries)]));
  // The agencies sit evenly round a ring (an ellipse, to use a wide box) in
  // view order, so groups sit together as they do in the timeline's lanes,
  // with the hub in the middle; contacts then pull busy pairs a little
  // closer, and collisions keep labels apart.
  const ring = { rx: width / 2 - MARGIN - 30, ry: height / 2 - MARGIN - 10 };
  const onRing = nodes.filter((d) => d.fx === undefined);
  const slot = new Map(
    onRing.map((d, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, onRing.length);
      return [d.id, { x: cx + Math.cos(a) * ring.rx, y: cy + Math.sin(a) * ring.ry }] as const;
    }),
  );
  for (const d of onRing) Object.assign(d, slot.get(d.id));
  const slotForce = () => {
    let ns: SimNode[] = [];
    const force = (alpha: number) => {
      for (const d of ns) {
        const t = slot.get(d.id);
        if (!t) continue;
        d.vx = (d.vx ?? 0) + (t.x - (d.x ?? cx)) * 0.3 * alpha;
        d.vy = (d.vy ?? 0) + (t.y - (d.y ?? cy)) * 0.3 * alpha;
      }
    };
    force.initialize = (all: SimNode[]) => {
      ns = all;
    };
    return force;
  };
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(lcg(7))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { count: number }>(links)
        .id((d) => d.id)
        .distance(Math.min(width, height) * 0.3)
        .strength((l) => 0.01 + 0.03 * (l.count / maxCount)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-200))
    // Room for the two lines of label under each node, so labels do not sit on other nodes.
    .force('collide', forceCollide<SimNode>((d) => (radius.get(d.id) ?? 20) + 42).iterations(2))
    .force('slot', slotForce())
    .stop();
  for (let i = 0; i < 300; i += 1) {
    sim.tick();
    // Keep every node inside the box as it settles, so nothing is squashed against an edge afterwards.
    for (const d of nodes) {
      d.x = Math.min(width - MARGIN, Math.max(MARGIN, d.x ?? cx));
      d.y = Math.min(height - MARGIN - 20, Math.max(MARGIN - 10, d.y ?? cy));
    }
  }
  const out = new Map<AgencyId, Point>();
  for (const node of nodes) {
    out.set(node.id, {
      x: Math.min(width - MARGIN, Math.max(MARGIN, node.x ?? cx)),
      y: Math.min(height - MARGIN, Math.max(MARGIN - 10, node.y ?? cy)),
    });
  }
  return out;
}

/** The layout and how long it took (the benchmark reads it from the svg). */
export function timedLayout(graph: GapGraph, width: number, height: number): { positions: Map<AgencyId, Point>; ms: number } {
  const started = performance.now();
  const positions = layoutGapGraph(graph, width, height);
  return { positions, ms: performance.now() - started };
}

export interface SceneNode extends Point {
  id: AgencyId;
  label: string;
  short: string;
  r: number;
  style: AgencyStyle;
  entries: number;
  hub: boolean;
  /** Seconded staff working here: the employers' short names. */
  employedBy: string[];
}

export interface SceneContact {
  id: string;
  a: Point;
  b: Point;
  width: number;
  count: number;
  label: string;
}

export interface SceneGap {
  id: string;
  code: string;
  d: string;
  labelAt: Point;
  label: string;
}

export interface SceneSecondment {
  id: string;
  from: Point;
  to: Point;
  label: string;
}

export interface GraphScene {
  width: number;
  height: number;
  nodes: SceneNode[];
  contacts: SceneContact[];
  gaps: SceneGap[];
  secondments: SceneSecondment[];
}

/** Shapes for the graph: edge widths by count, gap edges curved apart so several between one pair stay readable. */
export function buildGraphScene(graph: GapGraph, positions: ReadonlyMap<AgencyId, Point>, styleOf: (a: AgencyId) => AgencyStyle, width: number, height: number): GraphScene {
  const maxEntries = Math.max(1, ...graph.nodes.map((x) => x.entries));
  const at = (id: AgencyId): Point => positions.get(id) ?? { x: width / 2, y: height / 2 };
  const employers = new Map<AgencyId, string[]>();
  for (const s of graph.secondments) employers.set(s.agency, [...(employers.get(s.agency) ?? []), agencyInfo(s.employer).short]);
  const nodes: SceneNode[] = graph.nodes.map((x) => ({
    id: x.id,
    label: x.label,
    short: x.short,
    ...at(x.id),
    r: nodeRadius(x.entries, maxEntries),
    style: styleOf(x.id),
    entries: x.entries,
    hub: x.hub,
    employedBy: employers.get(x.id) ?? [],
  }));
  const radius = new Map(nodes.map((x) => [x.id, x.r]));
  const maxCount = Math.max(1, ...graph.contacts.map((e) => e.count));
  const contacts: SceneContact[] = graph.contacts.map((e) => ({
    id: e.id,
    a: at(e.a),
    b: at(e.b),
    width: 1.5 + 6.5 * Math.sqrt(e.count / maxCount),
    count: e.count,
    label: `${agencyInfo(e.a).label} and ${agencyInfo(e.b).label}: ${e.count} ${e.count === 1 ? 'contact' : 'contacts'}. Press Enter to list the entries.`,
  }));

  const nodeAt = nodes.map((nd) => ({ x: nd.x, y: nd.y, r: nd.r }));
  const perPair = new Map<string, number>();
  const gaps: SceneGap[] = graph.gaps.map((g) => {
    const key = [g.from, g.to].sort().join('~');
    const nth = perPair.get(key) ?? 0;
    perPair.set(key, nth + 1);
    const p = at(g.from);
    const q = at(g.to);
    const label = `${g.code}, ${gapTitle(g.code)}: from ${agencyInfo(g.from).label} to ${agencyInfo(g.to).label}. Press Enter to see the evidence.`;
    if (g.from === g.to) {
      // A gap within one agency (lost between two of its teams or areas): a loop above the node.
      const r = radius.get(g.from) ?? 20;
      const lift = 46 + nth * 18;
      return { id: g.id, code: g.code, d: `M${p.x - 8},${p.y - r} C${p.x - 44},${p.y - r - lift} ${p.x + 44},${p.y - r - lift} ${p.x + 8},${p.y - r}`, labelAt: { x: p.x, y: p.y - r - lift * 0.75 }, label };
    }
    // Curve away from the straight contact edge; alternate sides for the second, third… gap of a pair.
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.max(1, Math.hypot(dx, dy));
    const side = nth % 2 === 0 ? 1 : -1;
    const bend = (28 + 22 * Math.floor(nth / 2)) * side;
    const c = { x: (p.x + q.x) / 2 + (-dy / len) * bend, y: (p.y + q.y) / 2 + (dx / len) * bend };
    const along = (t: number): Point => ({ x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * c.x + t ** 2 * q.x, y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * c.y + t ** 2 * q.y });
    // The label goes at the middle of the curve, or nearby where the middle sits on a node (often the hub).
    const clear = (pt: Point) => nodeAt.every((nd) => Math.hypot(nd.x - pt.x, nd.y - pt.y) > nd.r + 14);
    const labelAt = [0.5, 0.4, 0.6, 0.3, 0.7].map(along).find(clear) ?? along(0.5);
    return { id: g.id, code: g.code, d: `M${p.x},${p.y} Q${c.x},${c.y} ${q.x},${q.y}`, labelAt, label };
  });

  const secondments: SceneSecondment[] = graph.secondments
    .filter((s) => positions.has(s.employer))
    .map((s) => ({ id: s.id, from: at(s.employer), to: at(s.agency), label: `Seconded staff: employed by ${agencyInfo(s.employer).label}, working for ${agencyInfo(s.agency).label} (${s.refs.length} ${s.refs.length === 1 ? 'entry' : 'entries'})` }));

  return { width, height, nodes, contacts, gaps, secondments };
}

export interface GraphDrawState {
  activeEdge: string | null;
  selectedAgency: AgencyId | null;
}

/** Draw (or update) the scene in the svg. */
export function drawGapGraph(svgEl: SVGSVGElement, scene: GraphScene, state: GraphDrawState): void {
  const svg = select(svgEl).attr('viewBox', `0 0 ${scene.width} ${scene.height}`).attr('width', scene.width).attr('height', scene.height);
  const layer = (name: string) =>
    svg
      .selectAll<SVGGElement, string>(`g.layer-${name}`)
      .data([name])
      .join('g')
      .attr('class', `layer-${name}`);

  // Secondments: dotted lines employer → agency, under everything.
  layer('secondments')
    .selectAll<SVGLineElement, SceneSecondment>('line')
    .data(scene.secondments, (d) => d.id)
    .join('line')
    .attr('x1', (d) => d.from.x)
    .attr('y1', (d) => d.from.y)
    .attr('x2', (d) => d.to.x)
    .attr('y2', (d) => d.to.y)
    .attr('class', 'graph-secondment')
    .attr('stroke-dasharray', '2 4');

  const contacts = layer('contacts')
    .selectAll<SVGGElement, SceneContact>('g.edge')
    .data(scene.contacts, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge edge--contact');
      g.append('line').attr('class', 'edge__hit');
      g.append('line').attr('class', 'edge__line');
      g.append('rect').attr('class', 'edge__pill').attr('rx', 8);
      g.append('text').attr('class', 'edge__count');
      return g;
    })
    .attr('data-edge', (d) => d.id)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (d) => d.label)
    .classed('edge--active', (d) => d.id === state.activeEdge);
  contacts
    .selectAll<SVGLineElement, SceneContact>('line')
    .attr('x1', (d) => d.a.x)
    .attr('y1', (d) => d.a.y)
    .attr('x2', (d) => d.b.x)
    .attr('y2', (d) => d.b.y);
  contacts.select('line.edge__line').attr('stroke-width', (d) => d.width);
  const mid = (d: SceneContact) => ({ x: (d.a.x + d.b.x) / 2, y: (d.a.y + d.b.y) / 2 });
  const pillW = (d: SceneContact) => 10 + 7 * String(d.count).length;
  contacts
    .select('rect.edge__pill')
    .attr('x', (d) => mid(d).x - pillW(d) / 2)
    .attr('y', (d) => mid(d).y - 9)
    .attr('width', pillW)
    .attr('height', 18);
  contacts
    .select('text.edge__count')
    .attr('x', (d) => mid(d).x)
    .attr('y', (d) => mid(d).y + 4)
    .text((d) => String(d.count));

  const gaps = layer('gaps')
    .selectAll<SVGGElement, SceneGap>('g.edge')
    .data(scene.gaps, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge edge--gap');
      g.append('path').attr('class', 'edge__hit');
      g.append('path').attr('class', 'edge__line');
      g.append('rect').attr('class', 'edge__pill edge__pill--gap').attr('rx', 3);
      g.append('text').attr('class', 'edge__code');
      return g;
    })
    .attr('data-edge', (d) => d.id)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (d) => d.label)
    .classed('edge--active', (d) => d.id === state.activeEdge);
  gaps.selectAll<SVGPathElement, SceneGap>('path').attr('d', (d) => d.d);
  gaps
    .select('path.edge__line')
    .attr('stroke', GAP_COLOUR)
    .attr('stroke-dasharray', '7 5');
  const codeW = (d: SceneGap) => 12 + 8 * d.code.length;
  gaps
    .select('rect.edge__pill')
    .attr('x', (d) => d.labelAt.x - codeW(d) / 2)
    .attr('y', (d) => d.labelAt.y - 9)
    .attr('width', codeW)
    .attr('height', 18);
  gaps
    .select('text.edge__code')
    .attr('x', (d) => d.labelAt.x)
    .attr('y', (d) => d.labelAt.y + 4)
    .text((d) => d.code);

  const nodes = layer('nodes')
    .selectAll<SVGGElement, SceneNode>('g.node')
    .data(scene.nodes, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'node');
      g.append('circle').attr('class', 'node__hub');
      g.append('circle').attr('class', 'node__disc');
      g.append('path').attr('class', 'node__glyph');
      g.append('text').attr('class', 'node__label');
      g.append('text').attr('class', 'node__count');
      g.append('g').attr('class', 'node__badges');
      return g;
    })
    .attr('data-agency', (d) => d.id)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (d) => `${d.label}${d.hub ? ', the hub' : ''}: ${d.entries ? `${d.entries} entries` : 'named in other records only'}${d.employedBy.length ? `; seconded staff employed by ${d.employedBy.join(', ')}` : ''}`)
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .classed('node--selected', (d) => d.id === state.selectedAgency)
    .classed('node--named-only', (d) => d.entries === 0);
  nodes
    .select('circle.node__hub')
    .attr('r', (d) => (d.hub ? d.r + 6 : 0))
    .attr('stroke', (d) => d.style.colour);
  nodes
    .select('circle.node__disc')
    .attr('r', (d) => d.r)
    .attr('stroke', (d) => d.style.colour);
  nodes
    .select('path.node__glyph')
    .attr('d', (d) => shapePath(d.style.shape, 0, 0, 7))
    .attr('fill', (d) => d.style.colour)
    .attr('stroke', MARK_OUTLINE);
  nodes
    .select('text.node__label')
    .attr('y', (d) => d.r + 16)
    .text((d) => (d.hub ? `${d.short} (hub)` : d.short));
  nodes
    .select('text.node__count')
    .attr('y', (d) => d.r + 30)
    .text((d) => (d.entries ? `${d.entries} entries` : 'no records sent'));
  nodes
    .select<SVGGElement>('g.node__badges')
    .selectAll<SVGGElement, string>('g.badge')
    .data((d) => d.employedBy.map((e) => `${e}|${d.r}`))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'badge');
      g.append('rect').attr('rx', 3);
      g.append('text');
      return g;
    })
    .attr('transform', (key, i) => {
      const r = Number(key.split('|')[1]);
      return `translate(${r * 0.55},${-r - 6 - i * 18})`;
    })
    .each(function (key) {
      const label = `staff from ${key.split('|')[0]}`;
      const g = select(this);
      g.select('rect')
        .attr('x', -4)
        .attr('y', -12)
        .attr('width', 8 + 6.2 * label.length)
        .attr('height', 16);
      g.select('text').attr('x', 0).attr('y', 0).text(label);
    });
}
