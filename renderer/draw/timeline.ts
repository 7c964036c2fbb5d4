/**
 * Draws one frame of the timeline into a canvas: a pure function of the
 * frame (Excalidraw's way: React owns the element, this paints it). It draws
 * only what visibleLayout() says is in view, so its cost follows what is on
 * screen, not the size of the case.
 *
 * Coordinates: x in CSS pixels across the plot; y from the top of the
 * canvas. The axis and the gap-label row sit above the lanes (PLOT_TOP).
 */
import type { AgencyId } from '../../shared/model.ts';
import type { VisibleLayout } from '../../shared/views/aggregate.ts';
import { GAP_LABEL_HEIGHT, MARK_RADIUS, RANGE_BAR_HEIGHT } from '../../shared/views/hit-test.ts';
import { laneCentre } from '../../shared/views/lanes.ts';
import { GAP_COLOUR, MARK_OUTLINE, shapePolygon, type AgencyStyle, type MarkShape } from '../../shared/views/palette.ts';
import { toX, type Tick, type TimeScale } from '../../shared/views/time.ts';
import type { TimelineModel } from '../../shared/views/timeline-model.ts';

export const AXIS_HEIGHT = 24;
export const GAP_ROW_HEIGHT = 22;
/** Where lane y = 0 is drawn. */
export const PLOT_TOP = AXIS_HEIGHT + GAP_ROW_HEIGHT;
export const PLOT_BOTTOM_PAD = 8;
/** Above this many arrows in view, they are left out (a zoomed-out smear helps no one); the view says so. */
export const MAX_ARROWS = 1500;

const INK = '#1F2933';
const INK_MUTED = '#52606D';
const GRID = '#E4E7EB';
const GRID_MAJOR = '#CBD2D9';
const LANE_STRIPE = '#F7F8FA';
const ARROW = '#3E4C59';
const FOCUS = '#0B63CE';
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const FONT_BOLD = 'bold 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface TimelineFrame {
  model: TimelineModel;
  visible: VisibleLayout;
  scale: TimeScale;
  ticks: readonly Tick[];
  width: number;
  height: number;
  styleOf: (agency: AgencyId) => AgencyStyle;
  selectedRef: string | null;
  /** Index into model.marks of the keyboard focus, or null. */
  focusedMark: number | null;
  hoveredMark: number | null;
  /** Index into model.gaps' source gaps (analysis.gaps) of the selected finding. */
  selectedGap: number | null;
  /** The view has keyboard focus: draw the focus ring. */
  hasFocus: boolean;
  /** Filled by the painter: the x of each gap label drawn (index into model.gaps), since a crowded label moves off its line. */
  gapLabelX: Record<number, number>;
}

function shape(ctx: CanvasRenderingContext2D, s: MarkShape, x: number, y: number, r: number): void {
  ctx.beginPath();
  const pts = shapePolygon(s);
  if (!pts) {
    ctx.arc(x, y, r, 0, Math.PI * 2);
    return;
  }
  pts.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(x + px * r, y + py * r) : ctx.lineTo(x + px * r, y + py * r)));
  ctx.closePath();
}

function arrowHead(ctx: CanvasRenderingContext2D, x: number, y: number, down: boolean, open: boolean): void {
  const d = down ? 1 : -1;
  ctx.beginPath();
  ctx.moveTo(x - 4, y - 6 * d);
  ctx.lineTo(x, y);
  ctx.lineTo(x + 4, y - 6 * d);
  if (open) ctx.stroke();
  else {
    ctx.closePath();
    ctx.fill();
  }
}

function drawAxis(ctx: CanvasRenderingContext2D, f: TimelineFrame, lanesBottom: number): void {
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  let lastLabelEnd = -Infinity;
  for (const t of f.ticks) {
    const x = Math.round(toX(f.scale, t.t)) + 0.5;
    ctx.strokeStyle = t.major ? GRID_MAJOR : GRID;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x, AXIS_HEIGHT - 6);
    ctx.lineTo(x, lanesBottom);
    ctx.stroke();
    const w = ctx.measureText(t.label).width;
    // Never let labels overlap: skip one that would run into the last.
    if (x + 4 > lastLabelEnd + 8 && x + 4 + w < f.width) {
      ctx.fillStyle = t.major ? INK : INK_MUTED;
      ctx.fillText(t.label, x + 4, AXIS_HEIGHT / 2);
      lastLabelEnd = x + 4 + w;
    }
  }
  ctx.strokeStyle = GRID_MAJOR;
  ctx.beginPath();
  ctx.moveTo(0, AXIS_HEIGHT - 0.5);
  ctx.lineTo(f.width, AXIS_HEIGHT - 0.5);
  ctx.stroke();
}

function drawLanes(ctx: CanvasRenderingContext2D, f: TimelineFrame): void {
  const { layout } = f.model;
  for (const g of layout.groups) {
    ctx.strokeStyle = GRID_MAJOR;
    ctx.beginPath();
    ctx.moveTo(0, PLOT_TOP + g.y + 0.5);
    ctx.lineTo(f.width, PLOT_TOP + g.y + 0.5);
    ctx.stroke();
  }
  for (const lane of layout.lanes) {
    if (lane.index % 2 === 0) {
      ctx.fillStyle = LANE_STRIPE;
      ctx.fillRect(0, PLOT_TOP + lane.y, f.width, lane.height);
    }
    const cy = PLOT_TOP + laneCentre(lane) + 0.5;
    ctx.strokeStyle = GRID;
    ctx.beginPath();
    ctx.moveTo(0, cy);
    ctx.lineTo(f.width, cy);
    ctx.stroke();
  }
}

function drawRanges(ctx: CanvasRenderingContext2D, f: TimelineFrame): void {
  for (const k of f.visible.ranges) {
    const m = f.model.marks[k]!;
    const lane = f.model.layout.lanes[m.lane]!;
    const style = f.styleOf(lane.agency);
    const x0 = toX(f.scale, m.start);
    const x1 = Math.max(toX(f.scale, m.end), x0 + 3);
    const y = PLOT_TOP + laneCentre(lane) - RANGE_BAR_HEIGHT / 2;
    // Lighter than a point: a span it could be anywhere in, not a known day.
    ctx.globalAlpha = 0.3;
    ctx.fillStyle = style.colour;
    ctx.fillRect(x0, y, x1 - x0, RANGE_BAR_HEIGHT);
    ctx.globalAlpha = 0.9;
    ctx.strokeStyle = MARK_OUTLINE;
    ctx.lineWidth = 1;
    ctx.setLineDash(m.uncertain ? [3, 2] : []);
    ctx.strokeRect(x0 + 0.5, y + 0.5, x1 - x0 - 1, RANGE_BAR_HEIGHT - 1);
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }
}

function drawBuckets(ctx: CanvasRenderingContext2D, f: TimelineFrame): void {
  let max = 1;
  for (const b of f.visible.buckets) max = Math.max(max, b.count);
  for (const b of f.visible.buckets) {
    const lane = f.model.layout.lanes[b.lane]!;
    const style = f.styleOf(lane.agency);
    const x0 = toX(f.scale, b.t0);
    const x1 = toX(f.scale, b.t1);
    // Height by the square root of the count: busy weeks stand out, and one very busy week does not flatten the rest.
    const h = Math.max(4, (lane.height - 4) * Math.sqrt(b.count / max));
    const y = PLOT_TOP + lane.y + (lane.height - h) / 2;
    ctx.fillStyle = style.colour;
    ctx.globalAlpha = 0.75;
    ctx.fillRect(x0 + 0.5, y, Math.max(1, x1 - x0 - 1), h);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = MARK_OUTLINE;
    ctx.lineWidth = 0.5;
    ctx.strokeRect(x0 + 0.5, y, Math.max(1, x1 - x0 - 1), h);
  }
}

function drawArrows(ctx: CanvasRenderingContext2D, f: TimelineFrame): void {
  if (f.visible.arrows.length > MAX_ARROWS) return;
  const lanes = f.model.layout.lanes;
  ctx.strokeStyle = ARROW;
  ctx.fillStyle = ARROW;
  for (const i of f.visible.arrows) {
    const a = f.model.arrows[i]!;
    const from = lanes[a.fromLane];
    const to = lanes[a.toLane];
    if (!from || !to) continue;
    const x = Math.round(toX(f.scale, a.at)) + 0.5;
    const down = to.y > from.y;
    const gapEnd = MARK_RADIUS + 2;
    const y0 = PLOT_TOP + laneCentre(from) + (down ? gapEnd : -gapEnd);
    const y1 = PLOT_TOP + laneCentre(to) + (down ? -gapEnd : gapEnd);
    // Quiet unless they belong to the selected entry: many contacts must not drown the marks.
    const strong = a.ref === f.selectedRef;
    ctx.globalAlpha = strong ? 1 : 0.4;
    ctx.lineWidth = strong ? 2 : 1;
    ctx.setLineDash(a.direction === 'attempted' ? [4, 3] : []);
    ctx.beginPath();
    ctx.moveTo(x, y0);
    ctx.lineTo(x, y1);
    ctx.stroke();
    ctx.setLineDash([]);
    arrowHead(ctx, x, y1, down, a.direction === 'attempted');
    if (a.direction === 'both') arrowHead(ctx, x, y0, !down, false);
  }
  ctx.globalAlpha = 1;
}

function drawPoints(ctx: CanvasRenderingContext2D, f: TimelineFrame): void {
  const lanes = f.model.layout.lanes;
  for (const k of f.visible.points) {
    const m = f.model.marks[k]!;
    const lane = lanes[m.lane]!;
    const style = f.styleOf(lane.agency);
    const x = toX(f.scale, m.at);
    const y = PLOT_TOP + laneCentre(lane);
    shape(ctx, style.shape, x, y, MARK_RADIUS);
    if (m.uncertain) {
      // Uncertain: hollow, so it reads as "about here" without relying on colour.
      ctx.fillStyle = '#FFFFFF';
      ctx.fill();
      ctx.strokeStyle = style.colour;
      ctx.lineWidth = 2.5;
      ctx.stroke();
      ctx.strokeStyle = MARK_OUTLINE;
      ctx.lineWidth = 0.75;
      ctx.stroke();
    } else {
      ctx.fillStyle = style.colour;
      ctx.fill();
      ctx.strokeStyle = MARK_OUTLINE;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  }
}

/** Where each gap's label was drawn (by index into visible.gaps order), for hit-testing moved labels. */
function drawGaps(ctx: CanvasRenderingContext2D, f: TimelineFrame, lanesBottom: number, labelX: Record<number, number>): void {
  const lanes = f.model.layout.lanes;
  ctx.font = FONT_BOLD;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  // Label boxes first: labels that would overlap are moved along to the right, with a short
  // leader back to their line, so every gap keeps its code; those that would then run off
  // the right edge are packed back leftwards from it.
  const y = AXIS_HEIGHT + (GAP_ROW_HEIGHT - GAP_LABEL_HEIGHT) / 2;
  const placed = f.visible.gaps.map((gi) => {
    const g = f.model.gaps[gi]!;
    return { gi, g, x: Math.round(toX(f.scale, g.at)) + 0.5, w: ctx.measureText(g.code).width + 10, lx: 0 };
  });
  let lastRight = -Infinity;
  for (const p of placed) {
    p.lx = Math.max(p.x, lastRight + 2 + p.w / 2);
    lastRight = p.lx + p.w / 2;
  }
  let nextLeft = f.width;
  for (let i = placed.length - 1; i >= 0; i -= 1) {
    const p = placed[i]!;
    if (p.lx + p.w / 2 > nextLeft - 2) p.lx = nextLeft - 2 - p.w / 2;
    nextLeft = p.lx - p.w / 2;
  }
  for (const { gi, g, x, w, lx } of placed) {
    const involved = [g.fromLane, ...g.toLanes].filter((l) => l >= 0).map((l) => lanes[l]!);
    const top = PLOT_TOP - 2;
    const bottom = involved.length ? PLOT_TOP + Math.max(...involved.map((l) => laneCentre(l))) : lanesBottom;
    const selected = g.gap === f.selectedGap;
    ctx.strokeStyle = GAP_COLOUR;
    ctx.lineWidth = selected ? 2.5 : 1.5;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    // The agencies not told: dashed rings on their lanes.
    for (const l of g.toLanes) {
      const lane = lanes[l];
      if (!lane) continue;
      ctx.beginPath();
      ctx.arc(x, PLOT_TOP + laneCentre(lane), MARK_RADIUS + 3, 0, Math.PI * 2);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    if (Math.abs(lx - x) > 0.5) {
      ctx.strokeStyle = GAP_COLOUR;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(lx, y + GAP_LABEL_HEIGHT);
      ctx.lineTo(x, PLOT_TOP - 2);
      ctx.stroke();
    }
    ctx.fillStyle = GAP_COLOUR;
    ctx.beginPath();
    ctx.roundRect(lx - w / 2, y, w, GAP_LABEL_HEIGHT, 3);
    ctx.fill();
    if (selected) {
      ctx.strokeStyle = INK;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    ctx.fillStyle = '#FFFFFF';
    ctx.fillText(g.code, lx, y + GAP_LABEL_HEIGHT / 2 + 0.5);
    labelX[gi] = lx;
  }
  ctx.textAlign = 'start';
}

function ring(ctx: CanvasRenderingContext2D, f: TimelineFrame, k: number, colour: string, width: number, pad: number): void {
  const m = f.model.marks[k];
  if (!m) return;
  const lane = f.model.layout.lanes[m.lane]!;
  const y = PLOT_TOP + laneCentre(lane);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  if (m.vague) {
    const x0 = toX(f.scale, m.start);
    const x1 = Math.max(toX(f.scale, m.end), x0 + 3);
    ctx.strokeRect(x0 - pad, y - RANGE_BAR_HEIGHT / 2 - pad, x1 - x0 + 2 * pad, RANGE_BAR_HEIGHT + 2 * pad);
  } else {
    ctx.beginPath();
    ctx.arc(toX(f.scale, m.at), y, MARK_RADIUS + pad, 0, Math.PI * 2);
    ctx.stroke();
  }
}

/** Paint the frame. Clears and redraws everything: at a few thousand shapes a frame, that is cheaper than tracking damage. */
export function drawTimeline(ctx: CanvasRenderingContext2D, f: TimelineFrame): void {
  ctx.clearRect(0, 0, f.width, f.height);
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, f.width, f.height);
  const lanesBottom = PLOT_TOP + f.model.layout.height;
  drawLanes(ctx, f);
  drawAxis(ctx, f, lanesBottom);
  drawRanges(ctx, f);
  drawBuckets(ctx, f);
  drawArrows(ctx, f);
  drawPoints(ctx, f);
  drawGaps(ctx, f, lanesBottom, f.gapLabelX);

  const selected = f.selectedRef === null ? undefined : f.model.markByRef.get(f.selectedRef);
  if (selected !== undefined) {
    const m = f.model.marks[selected]!;
    // A hairline through every lane at the selected entry: what else happened then.
    const x = Math.round(toX(f.scale, m.at)) + 0.5;
    ctx.strokeStyle = INK;
    ctx.globalAlpha = 0.35;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x, PLOT_TOP);
    ctx.lineTo(x, lanesBottom);
    ctx.stroke();
    ctx.globalAlpha = 1;
    ring(ctx, f, selected, '#FFFFFF', 4, 3);
    ring(ctx, f, selected, INK, 2, 3);
  }
  if (f.hoveredMark !== null && f.hoveredMark !== selected) ring(ctx, f, f.hoveredMark, INK_MUTED, 1, 3);
  if (f.hasFocus && f.focusedMark !== null) {
    ctx.setLineDash([3, 2]);
    ring(ctx, f, f.focusedMark, FOCUS, 2, 6);
    ctx.setLineDash([]);
  }
}
