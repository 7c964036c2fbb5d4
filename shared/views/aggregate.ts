/**
 * What to draw for the span in view. Where there is room every entry is a
 * mark; where entries would pile on top of each other (more than a few in one
 * bucket of a lane) that stretch shows a count per bucket instead (a
 * zoomed-out view of 20,000 entries is bars, not a smear). Vague
 * dates are always drawn as their ranges: aggregating them at their middle
 * would invent a precision they do not have.
 *
 * Buckets are aligned to multiples of their width from the epoch, not to
 * the left edge of the view, so panning does not make the counts jump.
 */
import { lowerBound, type TimelineModel } from './timeline-model.ts';
import { pxPerMs, type TimeScale } from './time.ts';

export interface Bucket {
  lane: number;
  t0: number;
  t1: number;
  count: number;
  /** Indices into model.marks of the first and last entry counted (for zooming into the bucket). */
  first: number;
  last: number;
}

export interface VisibleLayout {
  /** Point marks drawn one by one (indices into model.marks). */
  points: number[];
  /** Vague marks drawn as ranges (indices into model.marks). */
  ranges: number[];
  buckets: Bucket[];
  /** Lanes with at least one crowded stretch drawn as counts. */
  aggregatedLanes: ReadonlySet<number>;
  /** Indices into model.arrows in view. */
  arrows: number[];
  /** Indices into model.gaps in view. */
  gaps: number[];
  bucketMs: number;
}

export interface AggregateOptions {
  /** Width of a bucket in pixels. */
  bucketPx: number;
  /** A bucket of a lane becomes a count once it would hold more than this many point marks. */
  maxPerBucket: number;
}

export const DEFAULT_AGGREGATE: AggregateOptions = { bucketPx: 10, maxPerBucket: 3 };

/** Indices (into model.marks) of a lane's marks that overlap [t0, t1]. */
export function laneMarksInView(model: TimelineModel, lane: number, t0: number, t1: number): number[] {
  const list = model.laneMarks[lane] ?? [];
  const reach = (model.laneMaxSpan[lane] ?? 0) / 2;
  const from = lowerBound(list.length, (i) => model.marks[list[i]!]!.at, t0 - reach);
  const out: number[] = [];
  for (let i = from; i < list.length; i += 1) {
    const k = list[i]!;
    const m = model.marks[k]!;
    if (m.at - reach > t1) break;
    if (m.end >= t0 && m.start <= t1) out.push(k);
  }
  return out;
}

/** The marks, buckets, arrows and gap markers to draw for the scale's span. */
export function visibleLayout(model: TimelineModel, scale: TimeScale, opts: AggregateOptions = DEFAULT_AGGREGATE): VisibleLayout {
  const t0 = Math.min(scale.t0, scale.t1);
  const t1 = Math.max(scale.t0, scale.t1);
  const bucketMs = opts.bucketPx / pxPerMs(scale);
  const points: number[] = [];
  const ranges: number[] = [];
  const buckets: Bucket[] = [];
  const aggregatedLanes = new Set<number>();

  model.layout.lanes.forEach((_, lane) => {
    const inView = laneMarksInView(model, lane, t0, t1);
    const lanePoints: number[] = [];
    for (const k of inView) (model.marks[k]!.vague ? ranges : lanePoints).push(k);
    // Group the points into buckets; the marks are sorted by time, so buckets come out in order.
    const laneBuckets: Array<Bucket & { members: number[] }> = [];
    for (const k of lanePoints) {
      const b = Math.floor(model.marks[k]!.at / bucketMs);
      const last = laneBuckets[laneBuckets.length - 1];
      if (last && last.t0 === b * bucketMs) {
        last.count += 1;
        last.last = k;
        last.members.push(k);
      } else {
        laneBuckets.push({ lane, t0: b * bucketMs, t1: (b + 1) * bucketMs, count: 1, first: k, last: k, members: [k] });
      }
    }
    // Only the crowded buckets become counts; a quiet week next to a busy one still shows its entries as marks.
    for (const b of laneBuckets) {
      if (b.count > opts.maxPerBucket) {
        const { members: _members, ...bucket } = b;
        buckets.push(bucket);
        aggregatedLanes.add(lane);
      } else points.push(...b.members);
    }
  });

  const arrows: number[] = [];
  const a0 = lowerBound(model.arrows.length, (i) => model.arrows[i]!.at, t0);
  for (let i = a0; i < model.arrows.length && model.arrows[i]!.at <= t1; i += 1) arrows.push(i);
  const gaps: number[] = [];
  model.gaps.forEach((g, i) => {
    if (g.at >= t0 && g.at <= t1) gaps.push(i);
  });
  return { points, ranges, buckets, aggregatedLanes, arrows, gaps, bucketMs };
}

/** Counts of entries per bin across a span, for the overview strip under the timeline (ranges counted at their middle). */
export function overviewDensity(model: TimelineModel, start: number, end: number, bins: number): number[] {
  const counts = new Array<number>(Math.max(1, bins)).fill(0);
  const span = end - start;
  if (!(span > 0)) return counts;
  for (const m of model.marks) {
    const b = Math.floor(((m.at - start) / span) * counts.length);
    if (b >= 0 && b < counts.length) counts[b]! += 1;
  }
  return counts;
}
