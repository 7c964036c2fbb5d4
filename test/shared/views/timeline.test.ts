import { describe, expect, it } from 'vitest';

import { laneMarksInView, visibleLayout } from '../../../shared/views/aggregate.ts';
import { involvedAgencies } from '../../../shared/views/agencies.ts';
import { hitTest } from '../../../shared/views/hit-test.ts';
import { laneCentre } from '../../../shared/views/lanes.ts';
import { stepMark } from '../../../shared/views/navigation.ts';
import { isoToMs, MS_DAY, timeScale, toX } from '../../../shared/views/time.ts';
import { buildTimelineModel } from '../../../shared/views/timeline-model.ts';
import type { AnalysisEntry } from '../../../shared/analysis.ts';
import { analysis, entry, fixture } from './fixtures.ts';

const model = buildTimelineModel(fixture.entries, fixture.gaps, involvedAgencies(fixture));
const laneOf = (a: string) => model.layout.byAgency.get(a)!.index;

describe('buildTimelineModel', () => {
  it('makes a mark per dated entry in its lane, sorted by time, and counts the undated', () => {
    expect(model.marks).toHaveLength(7);
    expect(model.undated).toBe(1);
    for (let i = 1; i < model.marks.length; i += 1) expect(model.marks[i]!.at).toBeGreaterThanOrEqual(model.marks[i - 1]!.at);
    expect(model.marks[model.markByRef.get('police.csv#1')!]!.lane).toBe(laneOf('police'));
  });

  it('keeps vague dates as ranges', () => {
    const spring = model.marks[model.markByRef.get('gp.csv#1')!]!;
    expect(spring.vague).toBe(true);
    expect(spring.start).toBe(isoToMs('2023-03-01'));
    expect(spring.end).toBe(isoToMs('2023-06-01'));
    expect(model.marks[model.markByRef.get('cmht.xlsx#1')!]!.uncertain).toBe(true);
  });

  it('points contact arrows from sender to receiver', () => {
    const out = model.arrows.find((a) => a.ref === 'police.csv#1')!;
    expect([out.fromLane, out.toLane]).toEqual([laneOf('police'), laneOf('mash')]);
    const inbound = model.arrows.find((a) => a.ref === 'mash.csv#1')!;
    expect([inbound.fromLane, inbound.toLane]).toEqual([laneOf('police'), laneOf('mash')]);
    expect(model.arrows.filter((a) => a.ref === 'school.txt#1').map((a) => a.direction)).toEqual(['attempted']);
  });

  it('places gaps at their window or earliest evidence, spanning from and to lanes', () => {
    expect(model.gaps.map((g) => g.code)).toEqual(['G2', 'G6']);
    const g6 = model.gaps.find((g) => g.code === 'G6')!;
    expect(g6.fromLane).toBe(laneOf('csc'));
    expect(g6.toLanes).toEqual([laneOf('gp'), laneOf('school')]);
  });

  it('limits to the included entries', () => {
    const only = buildTimelineModel(fixture.entries, fixture.gaps, involvedAgencies(fixture), [0, 1]);
    expect(only.marks).toHaveLength(2);
    expect(only.gaps).toHaveLength(0);
  });
});

function denseCase(n: number): AnalysisEntry[] {
  const start = isoToMs('2023-01-01')!;
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(start + Math.floor((i * 365) / n) * MS_DAY).toISOString().slice(0, 10);
    return entry({ ref: `p.csv#${i + 1}`, agency: i % 10 === 0 ? 'gp' : 'police', earliest: day });
  });
}

describe('visibleLayout', () => {
  const entries = denseCase(2000);
  const dense = buildTimelineModel(entries, [], involvedAgencies(analysis(entries)));
  const police = dense.layout.byAgency.get('police')!.index;
  const year = timeScale(isoToMs('2023-01-01')!, isoToMs('2024-01-01')!, 0, 1000);

  it('aggregates a crowded lane into counts per bucket when zoomed out', () => {
    const v = visibleLayout(dense, year);
    expect(v.aggregatedLanes.has(police)).toBe(true);
    const counted = v.buckets.filter((b) => b.lane === police).reduce((s, b) => s + b.count, 0);
    const drawn = v.points.filter((k) => dense.marks[k]!.lane === police).length;
    expect(counted).toBeGreaterThan(1500);
    expect(counted + drawn).toBe(1800);
    for (const b of v.buckets) expect(b.count).toBeGreaterThan(3);
  });

  it('draws entries one by one when zoomed in', () => {
    const week = timeScale(isoToMs('2023-03-01')!, isoToMs('2023-03-08')!, 0, 1000);
    const v = visibleLayout(dense, week);
    expect(v.aggregatedLanes.size).toBe(0);
    expect(v.points.length).toBeGreaterThan(0);
    expect(v.buckets).toHaveLength(0);
  });

  it('spreads same-day entries without a time across the day, in order', () => {
    const day = isoToMs('2023-03-01')!;
    const same = dense.laneMarks[police]!.map((k) => dense.marks[k]!).filter((m) => m.at >= day && m.at < day + MS_DAY);
    expect(same.length).toBeGreaterThan(1);
    expect(new Set(same.map((m) => m.at)).size).toBe(same.length);
  });

  it('keeps quiet stretches of a busy lane as marks', () => {
    const entries2 = [...entries, entry({ ref: 'p.csv#9999', agency: 'police', earliest: '2024-06-01' })];
    const m = buildTimelineModel(entries2, [], involvedAgencies(analysis(entries2)));
    const v = visibleLayout(m, timeScale(isoToMs('2023-01-01')!, isoToMs('2024-07-01')!, 0, 1000));
    expect(v.points.map((k) => m.marks[k]!.ref)).toContain('p.csv#9999');
  });

  it('keeps bucket edges fixed in time while panning', () => {
    const shifted = timeScale(year.t0 + 3 * MS_DAY, year.t1 + 3 * MS_DAY, 0, 1000);
    const a = new Set(visibleLayout(dense, year).buckets.map((b) => b.t0));
    const b = visibleLayout(dense, shifted).buckets.map((x) => x.t0);
    const shared = b.filter((t) => a.has(t));
    expect(shared.length).toBeGreaterThan(b.length * 0.9);
  });

  it('finds ranges that start before the view', () => {
    const m = buildTimelineModel(fixture.entries, [], involvedAgencies(fixture));
    const april = laneMarksInView(m, m.layout.byAgency.get('gp')!.index, isoToMs('2023-04-15')!, isoToMs('2023-04-16')!);
    expect(april.map((k) => m.marks[k]!.ref)).toEqual(['gp.csv#1']);
  });
});

describe('hitTest', () => {
  const s = timeScale(isoToMs('2023-03-01')!, isoToMs('2023-07-01')!, 0, 1200);
  const v = visibleLayout(model, s);

  it('finds a point mark under the pointer', () => {
    const k = model.markByRef.get('police.csv#1')!;
    const lane = model.layout.lanes[laneOf('police')]!;
    expect(hitTest(model, v, s, toX(s, model.marks[k]!.at) + 2, laneCentre(lane) + 1)).toEqual({ kind: 'mark', mark: k });
  });

  it('finds a vague range anywhere along its bar, and the narrower range where two overlap', () => {
    const lane = model.layout.lanes[laneOf('gp')]!;
    expect(hitTest(model, v, s, toX(s, isoToMs('2023-05-20')!), laneCentre(lane))).toEqual({ kind: 'mark', mark: model.markByRef.get('gp.csv#1') });
    expect(hitTest(model, v, s, toX(s, isoToMs('2023-04-05')!), laneCentre(lane))).toEqual({ kind: 'mark', mark: model.markByRef.get('gp.csv#2') });
  });

  it('finds gap labels above the lanes and nothing in empty space', () => {
    const g = model.gaps.findIndex((x) => x.code === 'G6');
    expect(hitTest(model, v, s, toX(s, model.gaps[g]!.at), -8)).toEqual({ kind: 'gap', gap: g });
    expect(hitTest(model, v, s, 5, laneCentre(model.layout.lanes[0]!))).toBeNull();
    // A label the painter moved along (it was crowded) is hit where it was drawn.
    expect(hitTest(model, v, s, 700, -8, undefined, { [g]: 700 })).toEqual({ kind: 'gap', gap: g });
  });
});

describe('stepMark', () => {
  it('moves along a lane with left and right, and between lanes with up and down', () => {
    const gp1 = model.markByRef.get('gp.csv#1')!;
    const gp2 = model.markByRef.get('gp.csv#2')!;
    // w/c 3 Apr sits before the middle of spring
    expect(stepMark(model, gp2, 'right')).toBe(gp1);
    expect(stepMark(model, gp1, 'left')).toBe(gp2);
    expect(stepMark(model, gp2, 'left')).toBe(gp2);
    const up = stepMark(model, gp2, 'up')!;
    expect(model.marks[up]!.lane).toBe(laneOf('mash'));
    expect(model.marks[stepMark(model, gp2, 'down')!]!.lane).toBe(laneOf('school'));
    expect(stepMark(model, null, 'right')).toBe(0);
  });
});
