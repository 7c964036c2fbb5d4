/**
 * The timeline's host: React owns the canvas, the lane labels and the
 * overview strip; d3-zoom and d3-brush own the gestures; drawTimeline()
 * paints. Zooming and panning never re-render React: each gesture event
 * updates the transform in a ref and asks the frame loop for one draw. React
 * renders only when what is drawn changes (the model, the selection, the
 * keyboard focus, the hover), and each of those asks for one draw too.
 *
 * Keyboard (the plot is one tab stop): arrows move between entries (left and
 * right along a lane, up and down across lanes), + and − zoom, 0 shows the
 * whole case, Enter selects. The focused entry is announced in a live region,
 * since a canvas has no elements to focus.
 */
import { brushX, pointer, select, zoom as d3zoom, zoomIdentity, type D3BrushEvent, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';

import { formatIsoUk } from '../../../shared/dates/index.ts';
import type { AgencyId } from '../../../shared/model.ts';
import { overviewDensity, visibleLayout, type VisibleLayout } from '../../../shared/views/aggregate.ts';
import { hitTest, type Hit } from '../../../shared/views/hit-test.ts';
import { stepMark, type Step } from '../../../shared/views/navigation.ts';
import { GAP_COLOUR, MARK_OUTLINE, shapePath, type AgencyStyle } from '../../../shared/views/palette.ts';
import { MS_HOUR, msToIso, padExtent, timeScale, timeTicks, toTime, toX, type TimeScale } from '../../../shared/views/time.ts';
import type { TimelineModel } from '../../../shared/views/timeline-model.ts';
import { drawTimeline, MAX_ARROWS, PLOT_BOTTOM_PAD, PLOT_TOP, type TimelineFrame } from '../../draw/timeline.ts';
import { createFrameLoop, type FrameLoop } from '../../draw/frameLoop.ts';
import { useElementWidth } from '../../hooks/useElementWidth.ts';

export const OVERVIEW_HEIGHT = 44;
const ZOOM_STEP = 1.6;
/** Closest zoom: about two hours across the plot. */
const MIN_VISIBLE_MS = 2 * MS_HOUR;

export interface TimeRange {
  start: number;
  end: number;
}

export interface TimelineCanvasProps {
  model: TimelineModel;
  styleOf: (agency: AgencyId) => AgencyStyle;
  selectedRef: string | null;
  selectedGap: number | null;
  /** Where to start (the span last viewed), or null for the whole case. */
  initialRange: TimeRange | null;
  onSelectEntry: (ref: string) => void;
  onSelectGap: (gap: number) => void;
  /** Called when a gesture ends (not every frame). */
  onRangeChange: (range: TimeRange) => void;
  /** One line about a mark, for the tooltip and the screen-reader announcement. */
  describeMark: (mark: number) => string;
  describeGap: (gap: number) => string;
  /** The painter; tests pass a spy. */
  draw?: (ctx: CanvasRenderingContext2D, frame: TimelineFrame) => void;
}

interface Live {
  transform: ZoomTransform;
  gapLabelX: Record<number, number>;
  visible: VisibleLayout | null;
  scale: TimeScale | null;
  frames: number;
  syncing: boolean;
}

interface Hover {
  hit: Hit;
  x: number;
  y: number;
  /** What the tooltip says, worked out when the pointer moved (it needs the last frame's layout). */
  text: string;
}

const sameHit = (a: Hit | null, b: Hit | null) => a === b || (a !== null && b !== null && a.kind === b.kind && JSON.stringify(a) === JSON.stringify(b));

function rangeText(r: TimeRange): string {
  const a = formatIsoUk(msToIso(r.start));
  const b = formatIsoUk(msToIso(Math.max(r.start, r.end - 1)));
  return a === b ? a : `${a} – ${b}`;
}

export const TimelineCanvas = memo(function TimelineCanvas(props: TimelineCanvasProps) {
  const { model, styleOf, selectedRef, selectedGap, initialRange, onSelectEntry, onSelectGap, onRangeChange, describeMark, describeGap, draw = drawTimeline } = props;
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<{ zoom: ZoomBehavior<HTMLCanvasElement, unknown>; base: TimeScale } | null>(null);
  const live = useRef<Live>({ transform: zoomIdentity, gapLabelX: {}, visible: null, scale: null, frames: 0, syncing: false });
  const width = useElementWidth(plotRef);
  const height = PLOT_TOP + model.layout.height + PLOT_BOTTOM_PAD;
  const extent = useMemo(() => padExtent(model.extent ?? { start: Date.UTC(2023, 0, 1), end: Date.UTC(2023, 11, 31) }), [model.extent]);
  const liveId = useId();

  const [focusedRef, setFocusedRef] = useState<string | null>(selectedRef);
  const [hasFocus, setHasFocus] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);
  const [range, setRange] = useState<TimeRange | null>(initialRange);
  const [arrowsHidden, setArrowsHidden] = useState(false);
  const focusedMark = focusedRef === null ? null : (model.markByRef.get(focusedRef) ?? null);
  const hoveredMark = hover?.hit.kind === 'mark' ? hover.hit.mark : null;

  // What the painter needs from React, refreshed after every render.
  const latest = useRef({ model, styleOf, selectedRef, selectedGap, focusedMark, hoveredMark, hasFocus, width, height, draw });

  const paint = useCallback(() => {
    const canvas = canvasRef.current;
    const z = zoomRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !z || !ctx) return;
    const p = latest.current;
    const t = live.current.transform;
    const scale = timeScale(toTime(z.base, t.invertX(0)), toTime(z.base, t.invertX(p.width)), 0, p.width);
    const visible = visibleLayout(p.model, scale);
    live.current.scale = scale;
    live.current.visible = visible;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const started = performance.now();
    const gapLabelX: Record<number, number> = {};
    p.draw(ctx, { ...p, visible, scale, ticks: timeTicks(scale), gapLabelX });
    live.current.gapLabelX = gapLabelX;
    const done = performance.now();
    live.current.frames += 1;
    // For the benchmark and the end-to-end tests: proof of paint, and its cost.
    canvas.dataset.frames = String(live.current.frames);
    canvas.dataset.drawMs = (done - started).toFixed(2);
    if (live.current.frames === 1) canvas.dataset.firstPaintAt = done.toFixed(1);
  }, []);
  const loopRef = useRef<FrameLoop | null>(null);
  const requestDraw = useCallback(() => loopRef.current?.request(), []);
  useEffect(() => {
    const loop = createFrameLoop(paint);
    loopRef.current = loop;
    return () => {
      loop.cancel();
      loopRef.current = null;
    };
  }, [paint]);

  useEffect(() => {
    latest.current = { model, styleOf, selectedRef, selectedGap, focusedMark, hoveredMark, hasFocus, width, height, draw };
    requestDraw();
  });

  // Size the canvas's backing store for sharp lines on high-density screens.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    requestDraw();
  }, [width, height, requestDraw]);

  const currentRange = useCallback((): TimeRange | null => {
    const s = live.current.scale;
    return s ? { start: s.t0, end: s.t1 } : null;
  }, []);

  // d3-zoom on the plot and d3-brush on the overview, each moving the other.
  useEffect(() => {
    const canvas = canvasRef.current;
    const brushG = brushRef.current;
    if (!canvas || !brushG) return undefined;
    const base = timeScale(extent.start, extent.end, 0, width);
    const span = extent.end - extent.start;
    const zoom = d3zoom<HTMLCanvasElement, unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([1, Math.max(1, span / MIN_VISIBLE_MS)])
      .translateExtent([
        [0, 0],
        [width, height],
      ]);
    const brush = brushX<unknown>().extent([
      [0, 1],
      [width, OVERVIEW_HEIGHT - 1],
    ]);
    const canvasSel = select(canvas);
    const brushSel = select(brushG);
    const transformFor = (x0: number, x1: number) => {
      const k = Math.min(Math.max(width / Math.max(1, x1 - x0), 1), span / MIN_VISIBLE_MS);
      return zoomIdentity.scale(k).translate(-x0, 0);
    };
    const moveBrush = (t: ZoomTransform) => {
      live.current.syncing = true;
      brushSel.call(brush.move, [t.invertX(0), t.invertX(width)]);
      live.current.syncing = false;
    };

    zoom.on('zoom', (ev: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      live.current.transform = ev.transform;
      if (!live.current.syncing) moveBrush(ev.transform);
      requestDraw();
    });
    zoom.on('end', () => {
      paint();
      const r = currentRange();
      if (r) {
        setRange(r);
        setArrowsHidden((live.current.visible?.arrows.length ?? 0) > MAX_ARROWS);
        onRangeChange(r);
      }
    });
    brush.on('brush end', (ev: D3BrushEvent<unknown>) => {
      if (live.current.syncing || !ev.sourceEvent) return;
      const sel = ev.selection as [number, number] | null;
      live.current.syncing = true;
      if (sel) canvasSel.call(zoom.transform, transformFor(sel[0], sel[1]));
      else {
        // A click on the strip without a drag: centre the current span there.
        const [x] = pointer(ev.sourceEvent, brushG);
        canvasSel.call(zoom.translateTo, x, 0);
        moveBrush(live.current.transform);
      }
      live.current.syncing = false;
    });

    canvasSel.call(zoom);
    brushSel.call(brush);
    zoomRef.current = { zoom, base };
    const start = range ?? initialRange;
    const t = start ? transformFor(toX(base, start.start), toX(base, start.end)) : zoomIdentity;
    canvasSel.call(zoom.transform, t);
    paint();
    return () => {
      canvasSel.on('.zoom', null);
      brushSel.on('.brush', null);
      brushSel.selectAll('*').remove();
      zoomRef.current = null;
    };
    // The range is read once, when the zoom is (re)built; following it would undo every gesture.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [extent, width, height, requestDraw, paint, currentRange, onRangeChange]);

  const zoomBy = useCallback((k: number, atX?: number) => {
    const canvas = canvasRef.current;
    const z = zoomRef.current;
    if (!canvas || !z) return;
    select(canvas).call(z.zoom.scaleBy, k, [atX ?? canvas.clientWidth / 2, 0]);
  }, []);
  const showWhole = useCallback(() => {
    const canvas = canvasRef.current;
    const z = zoomRef.current;
    if (canvas && z) select(canvas).call(z.zoom.transform, zoomIdentity);
  }, []);

  /** Keep a mark in view: pan so it sits in the middle if it is off screen. */
  const reveal = useCallback((k: number) => {
    const canvas = canvasRef.current;
    const z = zoomRef.current;
    const s = live.current.scale;
    const m = latest.current.model.marks[k];
    if (!canvas || !z || !s || !m) return;
    const x = toX(s, m.at);
    if (x < 20 || x > latest.current.width - 20) select(canvas).call(z.zoom.translateTo, toX(z.base, m.at), 0);
  }, []);

  // A selection made in another view is brought into view here.
  useEffect(() => {
    if (selectedRef === null) return;
    const k = model.markByRef.get(selectedRef);
    if (k !== undefined) reveal(k);
  }, [selectedRef, model, reveal]);

  const [seenSelection, setSeenSelection] = useState(selectedRef);
  if (seenSelection !== selectedRef) {
    setSeenSelection(selectedRef);
    if (selectedRef !== null) setFocusedRef(selectedRef);
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, Step> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', Home: 'first', End: 'last' };
    const step = steps[e.key];
    if (step) {
      e.preventDefault();
      const next = stepMark(model, focusedMark, step);
      if (next === null) return;
      const ref = model.marks[next]!.ref;
      setFocusedRef(ref);
      reveal(next);
      return;
    }
    const s = live.current.scale;
    const focusX = focusedMark !== null && s ? toX(s, model.marks[focusedMark]!.at) : undefined;
    if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoomBy(ZOOM_STEP, focusX);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      zoomBy(1 / ZOOM_STEP, focusX);
    } else if (e.key === '0') {
      e.preventDefault();
      showWhole();
    } else if ((e.key === 'Enter' || e.key === ' ') && focusedMark !== null) {
      e.preventDefault();
      onSelectEntry(model.marks[focusedMark]!.ref);
    }
  };

  const hitAt = (clientX: number, clientY: number): Hover | null => {
    const canvas = canvasRef.current;
    const { visible, scale } = live.current;
    if (!canvas || !visible || !scale) return null;
    const box = canvas.getBoundingClientRect();
    const x = clientX - box.left;
    const y = clientY - box.top;
    const hit = hitTest(model, visible, scale, x, y - PLOT_TOP, undefined, live.current.gapLabelX);
    if (!hit) return null;
    const bucket = hit.kind === 'bucket' ? visible.buckets[hit.bucket] : undefined;
    const text =
      hit.kind === 'mark'
        ? describeMark(hit.mark)
        : hit.kind === 'gap'
          ? describeGap(model.gaps[hit.gap]!.gap)
          : bucket
            ? `${bucket.count} entries, ${rangeText({ start: bucket.t0, end: bucket.t1 })}. Click to zoom in.`
            : '';
    return { hit, x, y, text };
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.buttons !== 0) return; // dragging: d3-zoom is panning
    const h = hitAt(e.clientX, e.clientY);
    if (!sameHit(h?.hit ?? null, hover?.hit ?? null)) setHover(h);
  };

  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const h = hitAt(e.clientX, e.clientY);
    if (!h) return;
    if (h.hit.kind === 'mark') {
      const ref = model.marks[h.hit.mark]!.ref;
      setFocusedRef(ref);
      onSelectEntry(ref);
    } else if (h.hit.kind === 'gap') {
      onSelectGap(model.gaps[h.hit.gap]!.gap);
    } else {
      const b = live.current.visible?.buckets[h.hit.bucket];
      const z = zoomRef.current;
      const canvas = canvasRef.current;
      if (!b || !z || !canvas) return;
      // Zoom into the bucket, with a little either side.
      const pad = (b.t1 - b.t0) * 2;
      const x0 = toX(z.base, b.t0 - pad);
      const x1 = toX(z.base, b.t1 + pad);
      const k = Math.min(width / Math.max(1, x1 - x0), (extent.end - extent.start) / MIN_VISIBLE_MS);
      select(canvas).call(z.zoom.transform, zoomIdentity.scale(k).translate(-x0, 0));
    }
  };

  const density = useMemo(() => overviewDensity(model, extent.start, extent.end, Math.max(20, Math.floor(width / 3))), [model, extent, width]);
  const densityMax = Math.max(1, ...density);
  const overviewScale = timeScale(extent.start, extent.end, 0, width);
  const binW = width / density.length;

  return (
    <div className="timeline-host">
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline zoom">
        <button type="button" className="button" onClick={() => zoomBy(ZOOM_STEP)} aria-keyshortcuts="+">
          Zoom in
        </button>
        <button type="button" className="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-keyshortcuts="-">
          Zoom out
        </button>
        <button type="button" className="button" onClick={showWhole} aria-keyshortcuts="0">
          Whole case
        </button>
        <span className="timeline-toolbar__range" aria-live="polite" data-testid="timeline-range">
          {range ? `Showing ${rangeText(range)}` : 'Showing the whole case'}
          {arrowsHidden ? ' · Zoom in to see the contacts between agencies' : ''}
        </span>
      </div>
      <div className="overview-row">
        <div className="overview-row__label" aria-hidden="true">
          Whole case: drag to choose the period
        </div>
        <div className="overview-row__strip">
          {/* Pointer only: the keyboard zooms with + and − on the plot, so the strip is hidden from assistive technology. */}
          <svg className="overview" width={width} height={OVERVIEW_HEIGHT} aria-hidden="true">
            <rect x={0} y={0} width={width} height={OVERVIEW_HEIGHT} className="overview__bg" />
            <path
              className="overview__density"
              d={density
                .map((c, i) => (c === 0 ? '' : `M${(i * binW).toFixed(1)},${OVERVIEW_HEIGHT - 2}v${-((c / densityMax) * (OVERVIEW_HEIGHT - 8)).toFixed(1)}h${Math.max(1, binW - 0.5).toFixed(1)}V${OVERVIEW_HEIGHT - 2}Z`))
                .join('')}
            />
            {model.gaps.map((g) => (
              <line key={`${g.gap}-${g.at}`} className="overview__gap" data-code={g.code} x1={toX(overviewScale, g.at)} x2={toX(overviewScale, g.at)} y1={2} y2={10} stroke={GAP_COLOUR} strokeWidth={2} />
            ))}
            <g ref={brushRef} className="overview__brush" />
          </svg>
          <OverviewYears start={extent.start} end={extent.end} width={width} />
        </div>
      </div>
      <div className="timeline-body">
        <div className="lane-labels" style={{ height }} aria-hidden="true">
          {model.layout.groups.map((g) => (
            <div key={g.id} className="lane-labels__group" style={{ top: PLOT_TOP + g.y }}>
              {g.label}
            </div>
          ))}
          {model.layout.lanes.map((l) => (
            <div key={l.agency} className="lane-labels__lane" style={{ top: PLOT_TOP + l.y, height: l.height }} data-agency={l.agency}>
              <svg width={12} height={12} viewBox="0 0 12 12" focusable="false">
                <path d={shapePath(styleOf(l.agency).shape, 6, 6, 5)} fill={styleOf(l.agency).colour} stroke={MARK_OUTLINE} strokeWidth={1} />
              </svg>
              <span className="lane-labels__name" title={l.label}>
                {l.short === l.label ? l.label : l.short}
              </span>
              <span className="lane-labels__count">{l.entries || '—'}</span>
            </div>
          ))}
        </div>
        <div className="timeline-plot" ref={plotRef}>
          <div
            className="timeline-focus"
            tabIndex={0}
            role="group"
            aria-roledescription="timeline"
            aria-label={`Timeline of ${model.marks.length} entries in ${model.layout.lanes.length} lanes${model.gaps.length ? `, with ${model.gaps.length} ${model.gaps.length === 1 ? 'finding' : 'findings'} marked` : ''}. Arrow keys move between entries, plus and minus zoom, Enter selects.`}
            aria-describedby={liveId}
            onKeyDown={onKeyDown}
            onFocus={() => setHasFocus(true)}
            onBlur={() => setHasFocus(false)}
          >
            <canvas
              ref={canvasRef}
              className="timeline-canvas"
              style={{ width, height }}
              onPointerMove={onPointerMove}
              onPointerLeave={() => setHover(null)}
              onClick={onClick}
              data-testid="timeline-canvas"
            />
          </div>
          {hover?.text ? (
            <div className="tooltip" role="presentation" style={{ left: Math.max(0, Math.min(hover.x + 12, width - 290)), top: hover.y + 14 }}>
              {hover.text}
            </div>
          ) : null}
        </div>
      </div>
      <div id={liveId} className="visually-hidden" aria-live="polite">
        {focusedMark !== null ? describeMark(focusedMark) : 'No entry focused. Press an arrow key to move to the first entry.'}
      </div>
      {model.marks.length === 0 ? <p className="muted">No dated entries to draw.</p> : null}
    </div>
  );
});

/** Year labels under the overview strip, so the strip reads as the whole case. */
function OverviewYears({ start, end, width }: { start: number; end: number; width: number }) {
  const s = timeScale(start, end, 0, width);
  const ticks = timeTicks(s, 70);
  return (
    <div className="overview-years" aria-hidden="true">
      {ticks.map((t) => (
        <span key={t.t} style={{ left: toX(s, t.t) }}>
          {t.label}
        </span>
      ))}
    </div>
  );
}
