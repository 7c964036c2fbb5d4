/**
 * Swimlanes: one per agency, grouped (police; children's social care; health;
 * education; adult services; others), in the order of shared/views/agencies.
 * Pure geometry, so the canvas, the DOM labels and hit-testing agree.
 */
import type { AgencyId } from '../model.ts';
import type { InvolvedAgency } from './agencies.ts';

export interface LaneGeometry {
  /** Height of one lane. */
  laneHeight: number;
  /** Height of a group's heading row. */
  groupHeader: number;
  /** Space after each group. */
  groupGap: number;
}

export const DEFAULT_LANE_GEOMETRY: LaneGeometry = { laneHeight: 26, groupHeader: 18, groupGap: 4 };

export interface Lane {
  index: number;
  agency: AgencyId;
  label: string;
  short: string;
  group: string;
  /** Top of the lane. */
  y: number;
  height: number;
  /** Entries recorded by this agency (0: only named in contacts or gaps). */
  entries: number;
}

export interface LaneGroup {
  id: string;
  label: string;
  /** Top of the heading row. */
  y: number;
  /** Heading plus lanes. */
  height: number;
  lanes: readonly Lane[];
}

export interface LaneLayout {
  lanes: readonly Lane[];
  groups: readonly LaneGroup[];
  height: number;
  byAgency: ReadonlyMap<AgencyId, Lane>;
}

/** Lay the lanes out top to bottom, a heading row above each group. */
export function layoutLanes(agencies: readonly InvolvedAgency[], g: LaneGeometry = DEFAULT_LANE_GEOMETRY): LaneLayout {
  const lanes: Lane[] = [];
  const groups: LaneGroup[] = [];
  let y = 0;
  let current: { id: string; label: string; y: number; lanes: Lane[] } | null = null;
  const close = () => {
    if (!current) return;
    groups.push({ ...current, height: y - current.y });
    y += g.groupGap;
  };
  for (const a of agencies) {
    if (!current || current.id !== a.group) {
      close();
      current = { id: a.group, label: a.groupLabel, y, lanes: [] };
      y += g.groupHeader;
    }
    const lane: Lane = { index: lanes.length, agency: a.id, label: a.label, short: a.short, group: a.group, y, height: g.laneHeight, entries: a.entries };
    lanes.push(lane);
    current.lanes.push(lane);
    y += g.laneHeight;
  }
  close();
  const height = groups.length ? y - g.groupGap : 0;
  return { lanes, groups, height, byAgency: new Map(lanes.map((l) => [l.agency, l])) };
}

/** The lane under a y position, or null between lanes (a heading or a gap between groups). */
export function laneAt(layout: LaneLayout, y: number): Lane | null {
  // Few lanes (at most a few dozen): a linear scan is clearer than a search.
  for (const l of layout.lanes) if (y >= l.y && y < l.y + l.height) return l;
  return null;
}

export function laneCentre(l: Lane): number {
  return l.y + l.height / 2;
}
