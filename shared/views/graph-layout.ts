/**
 * The gap graph's geometry, pure (no DOM, no d3), beside the timeline's: the
 * ring the agencies start on and the box they are kept in while the
 * renderer's d3-force settles them, and the scene drawn from the graph and
 * those positions (edge end points, the curves of the findings and where
 * their codes go, arrowheads, pills and badges). renderer/draw/gapGraph.ts
 * runs the simulation and draws the scene; it computes no geometry itself.
 */
import { agencyInfo } from '../agencies/taxonomy.ts';
import type { AgencyId } from '../model.ts';
import type { GapEdge, GapGraph } from './graph.ts';
import { GAP_CODES, gapTitle } from './labels.ts';
import type { AgencyStyle } from './palette.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Kept clear inside the graph's box, so the nodes' labels are not cut off at its edge. */
export const GRAPH_MARGIN = 56;

/** A node's disc: the busiest agency's is biggest, by area, so a quiet one stays visible. */
export function nodeRadius(entries: number, maxEntries: number): number {
  return 16 + 14 * Math.sqrt(entries / Math.max(1, maxEntries));
}

/**
 * Where each agency on the ring sits: evenly round an ellipse (to use a wide
 * box) in the order given, from the top, clockwise. The layout starts the
 * nodes there and pulls them back towards it, so groups sit together as they
 * do in the timeline's lanes.
 */
export function ringSlots(ids: readonly AgencyId[], width: number, height: number): Map<AgencyId, Point> {
  const cx = width / 2;
  const cy = height / 2;
  const ring = { rx: width / 2 - GRAPH_MARGIN - 30, ry: height / 2 - GRAPH_MARGIN - 10 };
  return new Map(
    ids.map((id, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ids.length);
      return [id, { x: cx + Math.cos(a) * ring.rx, y: cy + Math.sin(a) * ring.ry }] as const;
    }),
  );
}

/**
 * A node's position kept inside the box, with `below` more room under it: the
 * layout keeps room for the two lines of label under a node while it settles,
 * so nothing ends up squashed against the bottom edge.
 */
export function keepInside(x: number, y: number, width: number, height: number, below = 0): Point {
  return {
    x: Math.min(width - GRAPH_MARGIN, Math.max(GRAPH_MARGIN, x)),
    y: Math.min(height - GRAPH_MARGIN - below, Math.max(GRAPH_MARGIN - 10, y)),
  };
}

/** A seconded-staff badge above a node, relative to the node's centre. */
export interface SceneBadge {
  label: string;
  x: number;
  y: number;
  /** The badge's background, relative to (x, y), where its text starts. */
  box: Box;
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
  /** The radius of the ring round the hub; 0 for every other node. */
  hubRing: number;
  /** Where the name and the count of entries sit, below the centre. */
  labelY: number;
  countY: number;
  badges: SceneBadge[];
}

export interface SceneContact {
  id: string;
  a: Point;
  b: Point;
  width: number;
  count: number;
  label: string;
  /** The pill at the middle of the edge, and where its count is written. */
  pill: Box;
  countAt: Point;
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
  /** The label's pill, round labelAt, and where its text is written. */
  pill: Box;
  textAt: Point;
  /** A small arrowhead by the receiving agency (none on a loop). */
  arrow: string | null;
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

function overlap(a: Box, b: Box): number {
  const x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return x > 0 && y > 0 ? x * y : 0;
}

/** The width of a gap label's pill for its text (11px bold digits and capitals). */
export function labelWidth(text: string): number {
  return 10 + 7.2 * text.length;
}

/** The width of a contact's pill for its count. */
function countWidth(count: number): number {
  return 10 + 7 * String(count).length;
}

/** "G1", "G1 ×3", "G1 G5", "G1 G5 G6 +2": the kinds of gap on one curve, in code order. */
export function gapLabelText(codes: readonly string[]): string {
  const distinct = GAP_CODES.filter((c) => codes.includes(c));
  if (distinct.length === 1) return codes.length > 1 ? `${distinct[0]} ×${codes.length}` : distinct[0]!;
  return distinct.length > 3 ? `${distinct.slice(0, 3).join(' ')} +${distinct.length - 3}` : distinct.join(' ');
}

/** Badges stack upwards from the node's top right, one per employer. */
function badge(employer: string, r: number, i: number): SceneBadge {
  const label = `staff from ${employer}`;
  return { label, x: r * 0.55, y: -r - 6 - i * 18, box: { x: -4, y: -12, w: 8 + 6.2 * label.length, h: 16 } };
}

type At = (id: AgencyId) => Point;

function sceneNodes(graph: GapGraph, at: At, styleOf: (a: AgencyId) => AgencyStyle): SceneNode[] {
  const maxEntries = Math.max(1, ...graph.nodes.map((x) => x.entries));
  const employers = new Map<AgencyId, string[]>();
  for (const s of graph.secondments) {
    employers.set(s.agency, [...(employers.get(s.agency) ?? []), agencyInfo(s.employer).short]);
  }
  return graph.nodes.map((x) => {
    const r = nodeRadius(x.entries, maxEntries);
    const employedBy = employers.get(x.id) ?? [];
    return {
      id: x.id,
      label: x.label,
      short: x.short,
      ...at(x.id),
      r,
      style: styleOf(x.id),
      entries: x.entries,
      hub: x.hub,
      employedBy,
      hubRing: x.hub ? r + 6 : 0,
      labelY: r + 16,
      countY: r + 30,
      badges: employedBy.map((e, i) => badge(e, r, i)),
    };
  });
}

function sceneContacts(graph: GapGraph, at: At): SceneContact[] {
  const maxCount = Math.max(1, ...graph.contacts.map((e) => e.count));
  return graph.contacts.map((e) => {
    const a = at(e.a);
    const b = at(e.b);
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const w = countWidth(e.count);
    const count = `${e.count} ${e.count === 1 ? 'contact' : 'contacts'}`;
    return {
      id: e.id,
      a,
      b,
      width: 1.5 + 6.5 * Math.sqrt(e.count / maxCount),
      count: e.count,
      label: `${agencyInfo(e.a).label} and ${agencyInfo(e.b).label}: ${count}. Press Enter to list the entries.`,
      pill: { x: mid.x - w / 2, y: mid.y - 9, w, h: 18 },
      countAt: { x: mid.x, y: mid.y + 4 },
    };
  });
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
  const left = `${f(bx - dy * size * 0.5)},${f(by + dx * size * 0.5)}`;
  const right = `${f(bx + dy * size * 0.5)},${f(by - dx * size * 0.5)}`;
  return `M${f(tip.x)},${f(tip.y)}L${left}L${right}Z`;
}

/** What a gap curve's shape is made of, before its pill is added. */
type GapShape = Pick<SceneGap, 'd' | 'labelAt' | 'arrow'>;

/** What the gap curves are placed among: the graph's box and nodes, and the boxes already taken. */
interface GapRoom {
  width: number;
  radius: ReadonlyMap<AgencyId, number>;
  nodeAt: ReadonlyArray<Point & { r: number }>;
  /** Grows as each curve's label is placed. */
  taken: Box[];
}

/**
 * Findings within one agency (lost between two of its teams or areas): a loop
 * above the node where there is room; beside it, on the outer side, where the
 * node is at the top.
 */
function loopShape(p: Point, r: number, nth: number, text: string, room: GapRoom): GapShape {
  const lift = 46 + nth * 18;
  const w = labelWidth(text);
  const take = (at: Point) => room.taken.push({ x: at.x - w / 2, y: at.y - 11, w, h: 22 });
  const top = p.y - r;
  if (top - lift * 0.75 - 12 >= 0) {
    const labelAt = { x: p.x, y: top - lift * 0.75 };
    take(labelAt);
    const d = `M${p.x - 8},${top} C${p.x - 44},${top - lift} ${p.x + 44},${top - lift} ${p.x + 8},${top}`;
    return { d, labelAt, arrow: null };
  }
  const dir = p.x <= room.width / 2 ? -1 : 1;
  const sx = p.x + dir * r;
  const labelAt = { x: sx + dir * lift * 0.75, y: p.y };
  take(labelAt);
  const d = `M${sx},${p.y - 8} C${sx + dir * lift},${p.y - 44} ${sx + dir * lift},${p.y + 44} ${sx},${p.y + 8}`;
  return { d, labelAt, arrow: null };
}

/**
 * Findings from one agency to another: a curve away from the straight contact
 * edge, its label at the middle, or nearby where the middle sits on a node
 * (often the hub).
 *
 * WARNING: the two directions of a pair were meant to bend to opposite sides,
 * but `side` flips with nth while the normal (−dy, dx) flips with the
 * direction, so A→B and B→A draw the same curve; only their labels are
 * apart. Kept as drawn when the maths moved here (issue 12 changed nothing
 * that is drawn); it wants a change of its own.
 */
function curveShape(p: Point, q: Point, clearance: number, nth: number, text: string, room: GapRoom): GapShape {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len = Math.max(1, Math.hypot(dx, dy));
  const side = nth % 2 === 0 ? 1 : -1;
  const bend = (28 + 22 * Math.floor(nth / 2)) * side;
  const c = { x: (p.x + q.x) / 2 + (-dy / len) * bend, y: (p.y + q.y) / 2 + (dx / len) * bend };
  const along = (t: number): Point => ({
    x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * c.x + t ** 2 * q.x,
    y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * c.y + t ** 2 * q.y,
  });
  const w = labelWidth(text);
  const boxAt = (pt: Point): Box => ({ x: pt.x - w / 2 - 2, y: pt.y - 11, w: w + 4, h: 22 });
  const cost = (pt: Point) => {
    const nodeHit = room.nodeAt.some((nd) => Math.hypot(nd.x - pt.x, nd.y - pt.y) < nd.r + w / 2 + 4) ? 1000 : 0;
    const b = boxAt(pt);
    return nodeHit + room.taken.reduce((sum, t) => sum + overlap(b, t), 0);
  };
  // The middle of the curve if it is free; else the freest place along it.
  const candidates = [0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72, 0.22, 0.78].map(along);
  const labelAt = candidates.reduce((best, pt) => (cost(pt) < cost(best) ? pt : best), candidates[0]!);
  room.taken.push(boxAt(labelAt));
  return { d: `M${p.x},${p.y} Q${c.x},${c.y} ${q.x},${q.y}`, labelAt, arrow: arrowHead(along, q, clearance) };
}

function gapLabel(edges: readonly GapEdge[], from: AgencyId, to: AgencyId): string {
  const kinds = [...new Set(edges.map((e) => `${e.code} ${gapTitle(e.code)}`))].join('; ');
  const what = edges.length === 1 ? 'Finding' : `${edges.length} findings`;
  const see = edges.length === 1 ? 'it' : 'them';
  return `${what} from ${agencyInfo(from).label} to ${agencyInfo(to).label}: ${kinds}. Press Enter to see ${see}.`;
}

function sceneGaps(graph: GapGraph, at: At, room: GapRoom): SceneGap[] {
  // One curve per direction between a pair: every finding from A to B shares it.
  const byPair = new Map<string, GapEdge[]>();
  for (const g of graph.gaps) {
    const key = `${g.from}>${g.to}`;
    byPair.set(key, [...(byPair.get(key) ?? []), g]);
  }
  const perPair = new Map<string, number>();
  // Loops first: they have one place to go, so the labels of the curves placed after them keep clear of theirs.
  const isCurve = (edges: readonly GapEdge[]) => Number(edges[0]!.from !== edges[0]!.to);
  const pairs = [...byPair.entries()].sort(([, a], [, b]) => isCurve(a) - isCurve(b));
  return pairs.map(([key, edges]) => {
    const { from, to } = edges[0]!;
    const pair = [from, to].sort().join('~');
    const nth = perPair.get(pair) ?? 0;
    perPair.set(pair, nth + 1);
    const text = gapLabelText(edges.map((e) => e.code));
    const shape =
      from === to
        ? loopShape(at(from), room.radius.get(from) ?? 20, nth, text, room)
        : curveShape(at(from), at(to), (room.radius.get(to) ?? 20) + 5, nth, text, room);
    const w = labelWidth(text);
    const { labelAt } = shape;
    return {
      id: `gaps:${key}`,
      from,
      to,
      edges,
      text,
      label: gapLabel(edges, from, to),
      ...shape,
      pill: { x: labelAt.x - w / 2, y: labelAt.y - 9, w, h: 18 },
      textAt: { x: labelAt.x, y: labelAt.y + 4 },
    };
  });
}

/**
 * Shapes for the graph: edge widths by count, gap edges curved apart so
 * several between one pair stay readable, and each curve's label placed where
 * it does not sit on a node's name, a contact's count or another label. An
 * agency with no position is drawn in the middle.
 */
export function buildGraphScene(
  graph: GapGraph,
  positions: ReadonlyMap<AgencyId, Point>,
  styleOf: (a: AgencyId) => AgencyStyle,
  width: number,
  height: number,
): GraphScene {
  const at = (id: AgencyId): Point => positions.get(id) ?? { x: width / 2, y: height / 2 };
  const nodes = sceneNodes(graph, at, styleOf);
  const contacts = sceneContacts(graph, at);
  // Boxes already taken, so a gap's label does not sit on a node's name, a contact's count or another label.
  const nameBox = (nd: SceneNode): Box => {
    const w = Math.max(72, nd.short.length * 8);
    return { x: nd.x - Math.max(36, nd.short.length * 4), y: nd.y + nd.r + 2, w, h: 32 };
  };
  const room: GapRoom = {
    width,
    radius: new Map(nodes.map((x) => [x.id, x.r])),
    nodeAt: nodes.map((nd) => ({ x: nd.x, y: nd.y, r: nd.r })),
    taken: [...nodes.map(nameBox), ...contacts.map((e) => e.pill)],
  };
  const gaps = sceneGaps(graph, at, room);
  const secondments: SceneSecondment[] = graph.secondments
    .filter((s) => positions.has(s.employer))
    .map((s) => {
      const entries = `${s.refs.length} ${s.refs.length === 1 ? 'entry' : 'entries'}`;
      const who = `employed by ${agencyInfo(s.employer).label}, working for ${agencyInfo(s.agency).label}`;
      return { id: s.id, from: at(s.employer), to: at(s.agency), label: `Seconded staff: ${who} (${entries})` };
    });
  return { width, height, nodes, contacts, gaps, secondments };
}
