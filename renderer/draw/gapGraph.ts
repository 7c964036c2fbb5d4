/**
 * The gap graph's layout and drawing. layoutGapGraph() runs d3-force to a
 * standstill up front (seeded, so the same case always looks the same, and
 * nothing moves while the user reads it); buildGraphScene() in
 * shared/views/graph-layout.ts turns the graph and positions into shapes;
 * drawGapGraph() draws the scene into an <svg> React owns, with d3's data join
 * (a pure function of the scene: calling it twice with the same scene changes
 * nothing). The geometry (the ring, the box, the curves, the pills) is all in
 * shared/views, where it is tested without a DOM; this file only drives d3.
 *
 * Edges and nodes are focusable buttons (tabindex, role, aria-label), so the
 * graph is usable from the keyboard; the host handles clicks and keys by
 * event delegation on the <svg>.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, select, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';

import type { AgencyId } from '../../shared/model.ts';
import type { GapGraph } from '../../shared/views/graph.ts';
import {
  keepInside,
  nodeRadius,
  ringSlots,
  type GraphScene,
  type Point,
  type SceneBadge,
  type SceneContact,
  type SceneGap,
  type SceneNode,
  type SceneSecondment,
} from '../../shared/views/graph-layout.ts';
import { GAP_COLOUR, MARK_OUTLINE, shapePath } from '../../shared/views/palette.ts';

// TODO: GapGraphView imports the scene from shared/views/graph-layout.ts; this re-export ends when it does.
export { buildGraphScene, type GraphScene } from '../../shared/views/graph-layout.ts';

// Colours of gap pills and node fills live in styles.css: CSS wins over SVG presentation attributes.

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
  // The agencies start on their slots round a ring (ringSlots), with the hub
  // in the middle, and are pulled back towards them; contacts then pull busy
  // pairs a little closer, and collisions keep labels apart.
  const onRing = nodes.filter((d) => d.fx === undefined);
  const slot = ringSlots(onRing.map((d) => d.id), width, height);
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
    for (const d of nodes) Object.assign(d, keepInside(d.x ?? cx, d.y ?? cy, width, height, 20));
  }
  const out = new Map<AgencyId, Point>();
  for (const node of nodes) out.set(node.id, keepInside(node.x ?? cx, node.y ?? cy, width, height));
  return out;
}

/** The layout and how long it took (the benchmark reads it from the svg). */
export function timedLayout(graph: GapGraph, width: number, height: number): { positions: Map<AgencyId, Point>; ms: number } {
  const started = performance.now();
  const positions = layoutGapGraph(graph, width, height);
  return { positions, ms: performance.now() - started };
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
  contacts
    .select('rect.edge__pill')
    .attr('x', (d) => d.pill.x)
    .attr('y', (d) => d.pill.y)
    .attr('width', (d) => d.pill.w)
    .attr('height', (d) => d.pill.h);
  contacts
    .select('text.edge__count')
    .attr('x', (d) => d.countAt.x)
    .attr('y', (d) => d.countAt.y)
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
  labels
    .select('rect.edge__pill')
    .attr('x', (d) => d.pill.x)
    .attr('y', (d) => d.pill.y)
    .attr('width', (d) => d.pill.w)
    .attr('height', (d) => d.pill.h);
  labels
    .select('text.edge__code')
    .attr('x', (d) => d.textAt.x)
    .attr('y', (d) => d.textAt.y)
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
    .attr('r', (d) => d.hubRing)
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
    .attr('y', (d) => d.labelY)
    .text((d) => (d.hub ? `${d.short} (hub)` : d.short));
  nodes
    .select('text.node__count')
    .attr('y', (d) => d.countY)
    .text((d) => (d.entries ? `${d.entries} ${d.entries === 1 ? 'entry' : 'entries'}` : 'no records sent'));
  nodes
    .select<SVGGElement>('g.node__badges')
    .selectAll<SVGGElement, SceneBadge>('g.badge')
    .data((d) => d.badges)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'badge');
      g.append('rect').attr('rx', 3);
      g.append('text');
      return g;
    })
    .attr('transform', (b) => `translate(${b.x},${b.y})`)
    .each(function (b) {
      const g = select(this);
      g.select('rect').attr('x', b.box.x).attr('y', b.box.y).attr('width', b.box.w).attr('height', b.box.h);
      g.select('text').attr('x', 0).attr('y', 0).text(b.label);
    });
}
