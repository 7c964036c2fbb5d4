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
import type { GapEdge, GapGraph } from '../../shared/views/graph.ts';
import { GAP_CODES, gapTitle } from '../../shared/views/labels.ts';
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

/**
 * The findings from one agency to another, drawn as one dashed curve with
 * their codes on it ("G1 ×3", "G6 G7"): one line per finding made a busy
 * case unreadable. The side panel lists each finding the curve stands for.
 */
export interface SceneGap {
  id: string;
  from: AgencyId;
  to: AgencyId;
  /** The graph's gap edges (one per finding and receiver) this curve stands for, in case order. */
  edges: GapEdge[];
  /** The text on the curve's label. */
  text: string;
  d: string;
  labelAt: Point;
  /** A small arrowhead by the receiving agency (none on a loop). */
  arrow: string | null;
  label: string;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlap(a: Box, b: Box): number {
  const x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return x > 0 && y > 0 ? x * y : 0;
}

/** The width of a gap label's pill for its text (11px bold digits and capitals). */
export function labelWidth(text: string): number {
  return 10 + 7.2 * text.length;
}

/** "G1", "G1 ×3", "G1 G5", "G1 G5 G6 +2": the kinds of gap on one curve, in code order. */
export function gapLabelText(codes: readonly string[]): string {
  const distinct = GAP_CODES.filter((c) => codes.includes(c));
  if (distinct.length === 1) return codes.length > 1 ? `${distinct[0]} ×${codes.length}` : distinct[0]!;
  return distinct.length > 3 ? `${distinct.slice(0, 3).join(' ')} +${distinct.length - 3}` : distinct.join(' ');
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
  // Boxes already taken, so a gap's label does not sit on a node's name, a contact's count or another label.
  const taken: Box[] = [
    ...nodes.map((nd) => ({ x: nd.x - Math.max(36, nd.short.length * 4), y: nd.y + nd.r + 2, w: Math.max(72, nd.short.length * 8), h: 32 })),
    ...contacts.map((e) => {
      const w = 10 + 7 * String(e.count).length;
      return { x: (e.a.x + e.b.x) / 2 - w / 2, y: (e.a.y + e.b.y) / 2 - 9, w, h: 18 };
    }),
  ];
  // One curve per direction between a pair: every finding from A to B shares it.
  const byPair = new Map<string, GapEdge[]>();
  for (const g of graph.gaps) {
    const key = `${g.from}>${g.to}`;
    byPair.set(key, [...(byPair.get(key) ?? []), g]);
  }
  const perPair = new Map<string, number>();
  // Loops first: they have one place to go, so the labels of the curves placed after them keep clear of theirs.
  const pairs = [...byPair.entries()].sort(([, a], [, b]) => Number(a[0]!.from !== a[0]!.to) - Number(b[0]!.from !== b[0]!.to));
  const gaps: SceneGap[] = pairs.map(([key, edges]) => {
    const { from, to } = edges[0]!;
    const pair = [from, to].sort().join('~');
    const nth = perPair.get(pair) ?? 0;
    perPair.set(pair, nth + 1);
    const p = at(from);
    const q = at(to);
    const text = gapLabelText(edges.map((e) => e.code));
    const kinds = edges.map((e) => `${e.code} ${gapTitle(e.code)}`);
    const label = `${edges.length === 1 ? 'Finding' : `${edges.length} findings`} from ${agencyInfo(from).label} to ${agencyInfo(to).label}: ${[...new Set(kinds)].join('; ')}. Press Enter to see ${edges.length === 1 ? 'it' : 'them'}.`;
    const base = { id: `gaps:${key}`, from, to, edges, text, label };
    if (from === to) {
      // Findings within one agency (lost between two of its teams or areas): a loop above the node.
      // Above the node where there is room; beside it, on the outer side, where the node is at the top.
      const r = radius.get(from) ?? 20;
      const lift = 46 + nth * 18;
      if (p.y - r - lift * 0.75 - 12 >= 0) {
        const labelAt = { x: p.x, y: p.y - r - lift * 0.75 };
        taken.push({ x: labelAt.x - labelWidth(text) / 2, y: labelAt.y - 11, w: labelWidth(text), h: 22 });
        return { ...base, d: `M${p.x - 8},${p.y - r} C${p.x - 44},${p.y - r - lift} ${p.x + 44},${p.y - r - lift} ${p.x + 8},${p.y - r}`, labelAt, arrow: null };
      }
      const dir = p.x <= width / 2 ? -1 : 1;
      const sx = p.x + dir * r;
      const labelAt = { x: sx + dir * lift * 0.75, y: p.y };
      taken.push({ x: labelAt.x - labelWidth(text) / 2, y: labelAt.y - 11, w: labelWidth(text), h: 22 });
      return { ...base, d: `M${sx},${p.y - 8} C${sx + dir * lift},${p.y - 44} ${sx + dir * lift},${p.y + 44} ${sx},${p.y + 8}`, labelAt, arrow: null };
    }
    // Curve away from the straight contact edge; the other direction of a pair bends the other way.
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.max(1, Math.hypot(dx, dy));
    const side = nth % 2 === 0 ? 1 : -1;
    const bend = (28 + 22 * Math.floor(nth / 2)) * side;
    const c = { x: (p.x + q.x) / 2 + (-dy / len) * bend, y: (p.y + q.y) / 2 + (dx / len) * bend };
    const along = (t: number): Point => ({ x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * c.x + t ** 2 * q.x, y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * c.y + t ** 2 * q.y });
    // The label goes at the middle of the curve, or nearby where the middle sits on a node (often the hub).
    const w = labelWidth(text);
    const boxAt = (pt: Point): Box => ({ x: pt.x - w / 2 - 2, y: pt.y - 11, w: w + 4, h: 22 });
    const cost = (pt: Point) => {
      const nodeHit = nodeAt.some((nd) => Math.hypot(nd.x - pt.x, nd.y - pt.y) < nd.r + w / 2 + 4) ? 1000 : 0;
      const b = boxAt(pt);
      return nodeHit + taken.reduce((sum, t) => sum + overlap(b, t), 0);
    };
    // The middle of the curve if it is free; else the freest place along it.
    const candidates = [0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72, 0.22, 0.78].map(along);
    const labelAt = candidates.reduce((best, pt) => (cost(pt) < cost(best) ? pt : best), candidates[0]!);
    taken.push(boxAt(labelAt));
    return { ...base, d: `M${p.x},${p.y} Q${c.x},${c.y} ${q.x},${q.y}`, labelAt, arrow: arrowHead(along, q, (radius.get(to) ?? 20) + 5) };
  });

  const secondments: SceneSecondment[] = graph.secondments
    .filter((s) => positions.has(s.employer))
    .map((s) => ({ id: s.id, from: at(s.employer), to: at(s.agency), label: `Seconded staff: employed by ${agencyInfo(s.employer).label}, working for ${agencyInfo(s.agency).label} (${s.refs.length} ${s.refs.length === 1 ? 'entry' : 'entries'})` }));

  return { width, height, nodes, contacts, gaps, secondments };
}

/** A small arrowhead on the curve just outside the receiving node's disc, pointing along the curve. */
function arrowHead(along: (t: number) => Point, q: Point, clearance: number): string {
  let t = 1;
  while (t > 0.5 && Math.hypot(along(t).x - q.x, along(t).y - q.y) < clearance) t -= 0.01;
  const tip = along(t);
  const back = along(Math.max(0, t - 0.04));
  const ux = tip.x - back.x;
  const uy = tip.y - back.y;
  const n = Math.max(0.001, Math.hypot(ux, uy));
  const [dx, dy] = [ux / n, uy / n];
  const size = 9;
  const bx = tip.x - dx * size;
  const by = tip.y - dy * size;
  const f = (v: number) => v.toFixed(1);
  return `M${f(tip.x)},${f(tip.y)}L${f(bx - dy * size * 0.5)},${f(by + dx * size * 0.5)}L${f(bx + dy * size * 0.5)},${f(by - dx * size * 0.5)}Z`;
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
      g.append('path').attr('class', 'edge__arrow');
      return g;
    })
    .attr('data-edge', (d) => d.id)
    .attr('data-findings', (d) => d.edges.length)
    .attr('data-codes', (d) => d.text)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (d) => d.label)
    .classed('edge--active', (d) => d.id === state.activeEdge);
  gaps.selectAll<SVGPathElement, SceneGap>('path.edge__hit, path.edge__line').attr('d', (d) => d.d);
  gaps
    .select('path.edge__line')
    .attr('stroke', GAP_COLOUR)
    .attr('stroke-dasharray', '7 5');
  gaps
    .select('path.edge__arrow')
    .attr('d', (d) => d.arrow ?? '')
    .attr('fill', GAP_COLOUR);
  // The codes go in a layer of their own above every line, so no other line crosses them.
  // A click on one reaches its curve through data-edge; the keyboard uses the curve itself.
  const labels = layer('gap-labels')
    .selectAll<SVGGElement, SceneGap>('g.gap-label')
    .data(scene.gaps, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'gap-label').attr('aria-hidden', 'true');
      g.append('rect').attr('class', 'edge__pill edge__pill--gap').attr('rx', 3);
      g.append('text').attr('class', 'edge__code');
      return g;
    })
    .attr('data-edge', (d) => d.id)
    .classed('gap-label--active', (d) => d.id === state.activeEdge);
  const codeW = (d: SceneGap) => labelWidth(d.text);
  labels
    .select('rect.edge__pill')
    .attr('x', (d) => d.labelAt.x - codeW(d) / 2)
    .attr('y', (d) => d.labelAt.y - 9)
    .attr('width', codeW)
    .attr('height', 18);
  labels
    .select('text.edge__code')
    .attr('x', (d) => d.labelAt.x)
    .attr('y', (d) => d.labelAt.y + 4)
    .text((d) => d.text);

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
    .attr('aria-label', (d) => `${d.label}${d.hub ? ', the hub' : ''}: ${d.entries ? `${d.entries} ${d.entries === 1 ? 'entry' : 'entries'}` : 'named in other records only'}${d.employedBy.length ? `; seconded staff employed by ${d.employedBy.join(', ')}` : ''}`)
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
    .text((d) => (d.entries ? `${d.entries} ${d.entries === 1 ? 'entry' : 'entries'}` : 'no records sent'));
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
