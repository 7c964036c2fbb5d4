/**
 * The timeline's model: every entry as a mark in its agency's lane, every
 * contact as an arrow between lanes, every gap as a marker. Built once per
 * analysis (and filter), then drawn each frame for the visible span, so a
 * frame never walks React components or the DOM.
 */
import type { AnalysisEntry, AnalysisGap } from '../analysis.ts';
import type { ContactDirection, ContactType, GapCode } from '../model.ts';
import { NOT_AN_AGENCY, type InvolvedAgency } from './agencies.ts';
import { DEFAULT_LANE_GEOMETRY, layoutLanes, type LaneGeometry, type LaneLayout } from './lanes.ts';
import { entryInterval, extentOf, isoToMs, MS_DAY } from './time.ts';

export interface Mark {
  /** Index of the entry in the analysis' entries. */
  entry: number;
  ref: string;
  lane: number;
  start: number;
  end: number;
  at: number;
  vague: boolean;
  uncertain: boolean;
  duplicate: boolean;
}

export interface ContactArrow {
  entry: number;
  ref: string;
  /** Arrows point from the lane that sent to the lane that received; for "both" (a meeting), from the recorder. */
  fromLane: number;
  toLane: number;
  at: number;
  direction: ContactDirection;
  type: ContactType;
}

export interface GapMarker {
  gap: number;
  code: GapCode;
  at: number;
  fromLane: number;
  toLanes: number[];
  refs: readonly string[];
}

export interface TimelineModel {
  layout: LaneLayout;
  /** All marks, sorted by `at`. */
  marks: readonly Mark[];
  /** Per lane: indices into `marks`, sorted by `at`. */
  laneMarks: readonly (readonly number[])[];
  /** Per lane: the longest mark (ms), to find ranges that reach into view from outside. */
  laneMaxSpan: readonly number[];
  arrows: readonly ContactArrow[];
  gaps: readonly GapMarker[];
  /** The span of every dated entry, or null if none is dated. */
  extent: { start: number; end: number } | null;
  /** Entries with no date: they have no place on a timeline, so the view says how many. */
  undated: number;
  /** ref → index into `marks`. */
  markByRef: ReadonlyMap<string, number>;
}

/**
 * Build the model. `include` limits it to some entries (the filters), by
 * index into `entries`; gaps are kept when any of their evidence is included.
 */
export function buildTimelineModel(
  entries: readonly AnalysisEntry[],
  gaps: readonly AnalysisGap[],
  agencies: readonly InvolvedAgency[],
  include: readonly number[] | null = null,
  geometry: LaneGeometry = DEFAULT_LANE_GEOMETRY,
): TimelineModel {
  const layout = layoutLanes(agencies, geometry);
  const laneOf = (a: string) => layout.byAgency.get(a)?.index ?? -1;
  const indices = include ?? entries.map((_, i) => i);
  const marks: Mark[] = [];
  const arrows: ContactArrow[] = [];
  const atByRef = new Map<string, number>();
  let undated = 0;
  for (const i of indices) {
    const e = entries[i];
    if (!e) continue;
    const iv = entryInterval(e);
    if (!iv) {
      undated += 1;
      continue;
    }
    const lane = laneOf(e.agency);
    if (lane < 0) continue;
    atByRef.set(e.ref, iv.at);
    marks.push({ entry: i, ref: e.ref, lane, start: iv.start, end: iv.end, at: iv.at, vague: iv.vague, uncertain: e.date.uncertain, duplicate: Boolean(e.duplicateOf) });
    for (const c of e.contacts) {
      const other = laneOf(c.with);
      // Contacts with the family are not information passing between agencies (see NOT_AN_AGENCY).
      if (other < 0 || other === lane || NOT_AN_AGENCY.has(c.with)) continue;
      const inbound = c.direction === 'in';
      arrows.push({ entry: i, ref: e.ref, fromLane: inbound ? other : lane, toLane: inbound ? lane : other, at: iv.at, direction: c.direction, type: c.type });
    }
  }
  spreadSameDay(marks);
  marks.sort((a, b) => a.at - b.at || a.lane - b.lane);
  arrows.sort((a, b) => a.at - b.at);
  const laneMarks: number[][] = layout.lanes.map(() => []);
  const laneMaxSpan: number[] = layout.lanes.map(() => 0);
  marks.forEach((m, k) => {
    laneMarks[m.lane]!.push(k);
    laneMaxSpan[m.lane] = Math.max(laneMaxSpan[m.lane]!, m.end - m.start);
  });

  const gapMarkers: GapMarker[] = [];
  gaps.forEach((g, gi) => {
    const times = g.evidence.map((r) => atByRef.get(r)).filter((t): t is number => t !== undefined);
    // A gap is placed at its window's start if it has one, else at its earliest evidence.
    const windowStart = isoToMs(g.window?.from ?? null);
    const at = windowStart ?? (times.length ? Math.min(...times) : null);
    if (at === null || (include && times.length === 0)) return;
    gapMarkers.push({
      gap: gi,
      code: g.code,
      at: windowStart === null ? at : windowStart + MS_DAY / 2,
      fromLane: laneOf(g.from),
      toLanes: g.to.map(laneOf).filter((l) => l >= 0),
      refs: g.evidence,
    });
  });
  gapMarkers.sort((a, b) => a.at - b.at);

  return {
    layout,
    marks,
    laneMarks,
    laneMaxSpan,
    arrows,
    gaps: gapMarkers,
    extent: extentOf(marks),
    undated,
    markByRef: new Map(marks.map((m, k) => [m.ref, k])),
  };
}

/**
 * Entries on the same day with no time all sit at midday; zoomed in to a day
 * they would be drawn on top of each other. Spread them evenly across the
 * day, in chronology order, within their lane: still inside the day they
 * can mean, and each one can be seen and clicked.
 */
function spreadSameDay(marks: Mark[]): void {
  const groups = new Map<string, Mark[]>();
  for (const m of marks) {
    if (m.vague || m.at % MS_DAY !== MS_DAY / 2) continue;
    const key = `${m.lane}:${m.at}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const day = list[0]!.at - MS_DAY / 2;
    list.forEach((m, k) => {
      m.at = day + ((k + 1) / (list.length + 1)) * MS_DAY;
      m.start = m.at;
      m.end = m.at;
    });
  }
}

/** First index in a sorted array whose value is >= t (binary search). */
export function lowerBound(n: number, valueAt: (i: number) => number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (valueAt(mid) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
