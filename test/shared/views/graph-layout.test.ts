import { describe, expect, it } from 'vitest';

import type { AgencyId, GapCode } from '../../../shared/model.ts';
import { buildGapGraph, type GapEdge, type GapGraph } from '../../../shared/views/graph.ts';
import {
  buildGraphScene,
  gapLabelText,
  GRAPH_MARGIN,
  keepInside,
  labelWidth,
  nodeRadius,
  ringSlots,
  type Point,
} from '../../../shared/views/graph-layout.ts';
import { fallbackStyle } from '../../../shared/views/palette.ts';
import { fixture } from './fixtures.ts';

const W = 800;
const H = 560;
const whole = buildGapGraph(fixture);

function gap(from: AgencyId, to: AgencyId, code: GapCode = 'G1', n = 0): GapEdge {
  return { id: `${code}-${from}-${to}-${n}`, code, from, to, gap: n, refs: [], explanation: '' };
}

/** The fixture's agencies, with only the findings given, at hand-placed positions. */
function scene(gaps: GapEdge[], positions: Record<string, Point>, graph: GapGraph = whole) {
  return buildGraphScene({ ...graph, gaps }, new Map(Object.entries(positions)), fallbackStyle, W, H);
}

const spread: Record<string, Point> = {
  police: { x: 100, y: 100 },
  csc: { x: 700, y: 100 },
  mash: { x: 400, y: 280 },
  gp: { x: 100, y: 460 },
  school: { x: 700, y: 460 },
  'adult-mh': { x: 400, y: 480 },
  'health-visiting': { x: 250, y: 300 },
  asc: { x: 550, y: 300 },
};

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
/** The point a path's d starts at, and the last point it names. */
function ends(d: string): [Point, Point] {
  const nums = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  return [
    { x: nums[0]!, y: nums[1]! },
    { x: nums.at(-2)!, y: nums.at(-1)! },
  ];
}

describe('node geometry', () => {
  it('sizes a node by the square root of its entries, from 16 to 30', () => {
    expect(nodeRadius(0, 10)).toBe(16);
    expect(nodeRadius(10, 10)).toBe(30);
    expect(nodeRadius(0, 0)).toBe(16);
    expect(nodeRadius(2.5, 10)).toBeCloseTo(23);
  });

  it('spaces the ring slots evenly round an ellipse, the first at the top', () => {
    const slots = ringSlots(['police', 'csc', 'gp', 'school'], W, H);
    const rx = W / 2 - GRAPH_MARGIN - 30;
    const ry = H / 2 - GRAPH_MARGIN - 10;
    expect(slots.get('police')!.x).toBeCloseTo(W / 2);
    expect(slots.get('police')!.y).toBeCloseTo(H / 2 - ry);
    expect(slots.get('csc')!.x).toBeCloseTo(W / 2 + rx);
    expect(slots.get('gp')!.y).toBeCloseTo(H / 2 + ry);
    expect(slots.get('school')!.x).toBeCloseTo(W / 2 - rx);
    for (const p of slots.values()) expect(((p.x - W / 2) / rx) ** 2 + ((p.y - H / 2) / ry) ** 2).toBeCloseTo(1);
    expect(ringSlots([], W, H).size).toBe(0);
  });

  it('keeps a node inside the margin, with room below for its label while it settles', () => {
    expect(keepInside(300, 200, W, H)).toEqual({ x: 300, y: 200 });
    expect(keepInside(-50, -50, W, H)).toEqual({ x: GRAPH_MARGIN, y: GRAPH_MARGIN - 10 });
    expect(keepInside(W + 50, H + 50, W, H)).toEqual({ x: W - GRAPH_MARGIN, y: H - GRAPH_MARGIN });
    expect(keepInside(W + 50, H + 50, W, H, 20)).toEqual({ x: W - GRAPH_MARGIN, y: H - GRAPH_MARGIN - 20 });
  });
});

describe('gap labels', () => {
  it('names the kinds of finding on a curve in code order, counting repeats of one kind', () => {
    expect(gapLabelText(['G1'])).toBe('G1');
    expect(gapLabelText(['G1', 'G1', 'G1'])).toBe('G1 ×3');
    expect(gapLabelText(['G5', 'G1', 'G5'])).toBe('G1 G5');
    expect(gapLabelText(['G9', 'G2', 'G7', 'G4', 'G10'])).toBe('G2 G4 G7 +2');
  });

  it('widens the pill with the text', () => {
    expect(labelWidth('G1')).toBeCloseTo(24.4);
    expect(labelWidth('G1 ×3')).toBeGreaterThan(labelWidth('G1'));
  });
});

describe('buildGraphScene', () => {
  it('puts each node where the layout put it, and one with no position in the middle', () => {
    const { mash: _, ...noHub } = spread;
    const s = scene([], noHub);
    expect(s.nodes.find((n) => n.id === 'police')).toMatchObject({ x: 100, y: 100 });
    expect(s.nodes.find((n) => n.id === 'mash')).toMatchObject({ x: W / 2, y: H / 2 });
    expect(s).toMatchObject({ width: W, height: H });
  });

  it('rings only the hub, and writes the name and the count under the disc', () => {
    const s = scene([], spread);
    for (const n of s.nodes) {
      expect(n.hubRing).toBe(n.hub ? n.r + 6 : 0);
      expect(n.labelY).toBeGreaterThan(n.r);
      expect(n.countY).toBeGreaterThan(n.labelY);
    }
    expect(s.nodes.filter((n) => n.hubRing > 0).map((n) => n.id)).toEqual(['mash']);
  });

  it('badges a node that has seconded staff, above its top right, one badge per employer', () => {
    const amh = scene([], spread).nodes.find((n) => n.id === 'adult-mh')!;
    expect(amh.employedBy).toEqual(['ASC']);
    expect(amh.badges).toHaveLength(1);
    const [b] = amh.badges;
    expect(b!.label).toBe('staff from ASC');
    expect(b!.x).toBeGreaterThan(0);
    expect(b!.y).toBeLessThan(-amh.r);
    expect(b!.box.w).toBeGreaterThan(6 * b!.label.length);
    const two = buildGapGraph(fixture);
    two.secondments.push({ ...two.secondments[0]!, id: 'csc>adult-mh', employer: 'csc' });
    const stacked = scene([], spread, two).nodes.find((n) => n.id === 'adult-mh')!.badges;
    expect(stacked.map((x) => x.label)).toEqual(['staff from ASC', 'staff from CSC']);
    expect(stacked[1]!.y).toBeLessThan(stacked[0]!.y - stacked[0]!.box.h);
  });

  it('draws a contact between the two agencies, thicker for more, its count in a pill at the middle', () => {
    const s = scene([], spread);
    const pm = s.contacts.find((e) => e.id === 'police~mash')!;
    expect(pm.a).toEqual(spread.police);
    expect(pm.b).toEqual(spread.mash);
    const mid = { x: 250, y: 190 };
    expect(pm.pill.x + pm.pill.w / 2).toBeCloseTo(mid.x);
    expect(pm.pill.y + pm.pill.h / 2).toBeCloseTo(mid.y);
    expect(pm.countAt.x).toBe(mid.x);
    expect(pm.countAt.y).toBeGreaterThan(mid.y);
    for (const e of s.contacts) {
      expect(e.width).toBeGreaterThanOrEqual(1.5);
      expect(e.width).toBeLessThanOrEqual(8);
      if (e.count < pm.count) expect(e.width).toBeLessThan(pm.width);
    }
    expect(pm.label).toBe('Police and Multi-agency safeguarding hub: 2 contacts. Press Enter to list the entries.');
  });

  it('draws one curve per direction, from the sender to the receiver, with an arrowhead outside its disc', () => {
    const s = scene([gap('police', 'csc'), gap('police', 'csc', 'G5', 1), gap('csc', 'police', 'G6', 2)], spread);
    expect(s.gaps.map((g) => [g.id, g.text, g.edges.length])).toEqual([
      ['gaps:police>csc', 'G1 G5', 2],
      ['gaps:csc>police', 'G6', 1],
    ]);
    const [there, back] = s.gaps;
    expect(ends(there!.d)).toEqual([spread.police, spread.csc]);
    expect(ends(back!.d)).toEqual([spread.csc, spread.police]);
    // Both bend away from the straight contact edge (y = 100 here), and their labels do not overlap.
    expect(there!.labelAt.y).not.toBeCloseTo(100);
    expect(back!.labelAt.y).not.toBeCloseTo(100);
    expect(Math.abs(there!.labelAt.x - back!.labelAt.x)).toBeGreaterThanOrEqual(there!.pill.w);
    const csc = s.nodes.find((n) => n.id === 'csc')!;
    const [tip] = ends(there!.arrow!);
    expect(dist(tip, csc)).toBeGreaterThanOrEqual(csc.r + 4.9);
    expect(dist(tip, csc)).toBeLessThan(csc.r + 12);
    expect(there!.label).toBe(
      "2 findings from Police to Children's social care: G1 Known but not passed on; " +
        'G5 Shared late or only in part. Press Enter to see them.',
    );
  });

  it('centres the pill of a curve’s codes on its label, with the text inside it', () => {
    for (const g of scene([gap('police', 'csc'), gap('gp', 'school', 'G10')], spread).gaps) {
      expect(g.pill.w).toBeCloseTo(labelWidth(g.text));
      expect(g.pill.x + g.pill.w / 2).toBeCloseTo(g.labelAt.x);
      expect(g.pill.y + g.pill.h / 2).toBeCloseTo(g.labelAt.y);
      expect(g.textAt.x).toBe(g.labelAt.x);
      expect(g.textAt.y).toBeGreaterThan(g.pill.y);
      expect(g.textAt.y).toBeLessThan(g.pill.y + g.pill.h);
    }
  });

  it('moves a curve’s label off a node that sits on the middle of the curve', () => {
    // The hub (400, 280) is the middle of the straight line from the police to the school.
    const s = scene([gap('police', 'school')], spread);
    const [g] = s.gaps;
    const hub = s.nodes.find((n) => n.id === 'mash')!;
    expect(dist(g!.labelAt, hub)).toBeGreaterThan(hub.r + labelWidth(g!.text) / 2);
  });

  it('loops a finding within one agency above its node, or beside it when the node is at the top', () => {
    const low = scene([gap('gp', 'gp')], spread).gaps[0]!;
    const gp = spread.gp!;
    expect(low.arrow).toBeNull();
    expect(low.labelAt.x).toBe(gp.x);
    expect(low.labelAt.y).toBeLessThan(gp.y);
    const high = scene([gap('police', 'police'), gap('csc', 'csc', 'G2')], { ...spread, police: { x: 100, y: 30 }, csc: { x: 700, y: 30 } }).gaps;
    const [left, right] = high;
    expect(left!.labelAt.y).toBe(30);
    expect(left!.labelAt.x).toBeLessThan(100); // the outer side of a node on the left
    expect(right!.labelAt.x).toBeGreaterThan(700);
  });

  it('places loops first, so the curves placed after them keep clear of their labels', () => {
    const s = scene([gap('police', 'csc'), gap('mash', 'mash', 'G3')], spread);
    expect(s.gaps.map((g) => g.id)).toEqual(['gaps:mash>mash', 'gaps:police>csc']);
  });

  it('links seconded staff from the employer to the agency, only where the employer is drawn', () => {
    expect(scene([], spread).secondments).toEqual([
      {
        id: 'asc>adult-mh',
        from: spread.asc,
        to: spread['adult-mh'],
        label: 'Seconded staff: employed by Adult social care, working for Adult mental health (1 entry)',
      },
    ]);
    const { asc: _, ...noAsc } = spread;
    expect(scene([], noAsc).secondments).toEqual([]);
  });
});
