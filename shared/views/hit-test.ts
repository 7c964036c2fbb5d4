/**
 * Hit-testing the timeline from its layout, not from the DOM (there is no
 * element per entry): which mark, range, bucket or gap marker is under a
 * pointer position. Uses the same geometry as the drawing code
 * (renderer/draw/timeline.ts), which reads the constants from here.
 */
import type { VisibleLayout } from './aggregate.ts';
import { laneAt, laneCentre } from './lanes.ts';
import type { TimelineModel } from './timeline-model.ts';
import { toX, type TimeScale } from './time.ts';

/** Shared drawing geometry, in CSS pixels. */
export const MARK_RADIUS = 5;
/** Vague ranges are bars this high, centred on the lane line. */
export const RANGE_BAR_HEIGHT = 8;
/** Gap markers carry a label box at the top of the plot this high. */
export const GAP_LABEL_HEIGHT = 16;
const POINT_SLOP = 3;

export type Hit =
  | { kind: 'mark'; mark: number }
  | { kind: 'bucket'; bucket: number }
  | { kind: 'gap'; gap: number };

/**
 * What is under (x, y), y measured from the top of the lanes. Point marks win
 * over ranges (they are smaller and drawn on top); gap labels win over both.
 * `gapLabelY` is where gap labels are drawn (the top of the plot, in lane coordinates).
 */
export function hitTest(
  model: TimelineModel,
  visible: VisibleLayout,
  scale: TimeScale,
  x: number,
  y: number,
  gapLabelY = -GAP_LABEL_HEIGHT,
  /** Where crowded gap labels were moved to, by index into model.gaps (the painter reports it). */
  gapLabelX: Readonly<Record<number, number>> = {},
): Hit | null {
  for (const gi of visible.gaps) {
    const gx = gapLabelX[gi] ?? toX(scale, model.gaps[gi]!.at);
    if (Math.abs(x - gx) <= 12 && y >= gapLabelY && y <= gapLabelY + GAP_LABEL_HEIGHT) return { kind: 'gap', gap: gi };
  }
  const lane = laneAt(model.layout, y);
  if (!lane) return null;
  const cy = laneCentre(lane);
  let best: number | null = null;
  let bestD = Infinity;
  for (const k of visible.points) {
    const m = model.marks[k]!;
    if (m.lane !== lane.index) continue;
    const d = Math.hypot(toX(scale, m.at) - x, cy - y);
    if (d <= MARK_RADIUS + POINT_SLOP && d < bestD) {
      best = k;
      bestD = d;
    }
  }
  if (best !== null) return { kind: 'mark', mark: best };
  for (let i = 0; i < visible.buckets.length; i += 1) {
    const b = visible.buckets[i]!;
    if (b.lane !== lane.index) continue;
    if (x >= toX(scale, b.t0) && x < toX(scale, b.t1)) return { kind: 'bucket', bucket: i };
  }
  // The narrowest range under the pointer: it is the most specific reading.
  let bestSpan = Infinity;
  for (const k of visible.ranges) {
    const m = model.marks[k]!;
    if (m.lane !== lane.index || Math.abs(y - cy) > RANGE_BAR_HEIGHT / 2 + POINT_SLOP) continue;
    const xa = toX(scale, m.start);
    const xb = Math.max(toX(scale, m.end), xa + 2);
    if (x >= xa - POINT_SLOP && x <= xb + POINT_SLOP && m.end - m.start < bestSpan) {
      best = k;
      bestSpan = m.end - m.start;
    }
  }
  return best === null ? null : { kind: 'mark', mark: best };
}
