/**
 * Colours and shapes for agencies. Colour is never the only signal: every
 * mark also has a shape (by agency group) and sits in a labelled lane, and
 * every chip carries the agency's short name. Colours are Okabe–Ito, which
 * stay distinct under the common colour-vision deficiencies; marks are drawn
 * with a dark outline so the lighter ones (orange, sky blue, yellow) keep a
 * 3:1 contrast against the white background. Vermillion is kept out of the
 * agency colours: it is the colour of gaps.
 */
import { agencyInfo } from '../agencies/taxonomy.ts';
import type { AgencyId } from '../model.ts';

export const OKABE_ITO_AGENCY_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;

/** Gaps: vermillion, darkened for text contrast (5.2:1 on white). */
export const GAP_COLOUR = '#B8450A';
/** Outline for marks and swatches (the 3:1 edge for light colours). */
export const MARK_OUTLINE = '#1F2933';

export type MarkShape = 'square' | 'circle' | 'triangle' | 'diamond' | 'triangle-down' | 'hexagon';

const SHAPE_BY_GROUP: Readonly<Record<string, MarkShape>> = {
  police: 'square',
  childrens: 'circle',
  health: 'triangle',
  education: 'diamond',
  adults: 'triangle-down',
  others: 'hexagon',
};

export function shapeForAgency(id: AgencyId): MarkShape {
  return SHAPE_BY_GROUP[agencyInfo(id).group] ?? 'hexagon';
}

export interface AgencyStyle {
  colour: string;
  shape: MarkShape;
}

/**
 * Styles for the agencies of one case, in view order. Colours go round the
 * palette in that order, so neighbouring lanes always differ; within a case
 * an agency keeps its colour in every view.
 */
export function agencyPalette(ordered: readonly AgencyId[]): Map<AgencyId, AgencyStyle> {
  const out = new Map<AgencyId, AgencyStyle>();
  ordered.forEach((id, i) => {
    out.set(id, { colour: OKABE_ITO_AGENCY_COLOURS[i % OKABE_ITO_AGENCY_COLOURS.length]!, shape: shapeForAgency(id) });
  });
  return out;
}

/** A style for an agency outside the palette (not involved in the case): grey, by its group's shape. */
export function fallbackStyle(id: AgencyId): AgencyStyle {
  return { colour: '#767676', shape: shapeForAgency(id) };
}

/**
 * The outline of a shape centred on 0,0 with "radius" 1, as polygon points
 * (null for a circle). Canvas and SVG draw the same outline from these.
 */
export function shapePolygon(shape: MarkShape): ReadonlyArray<readonly [number, number]> | null {
  switch (shape) {
    case 'circle':
      return null;
    case 'square':
      return [
        [-0.85, -0.85],
        [0.85, -0.85],
        [0.85, 0.85],
        [-0.85, 0.85],
      ];
    case 'triangle':
      return [
        [0, -1.05],
        [1, 0.8],
        [-1, 0.8],
      ];
    case 'triangle-down':
      return [
        [-1, -0.8],
        [1, -0.8],
        [0, 1.05],
      ];
    case 'diamond':
      return [
        [0, -1.1],
        [1.1, 0],
        [0, 1.1],
        [-1.1, 0],
      ];
    case 'hexagon':
      return Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i;
        return [Math.cos(a), Math.sin(a)] as const;
      });
  }
}

/** An SVG path "d" for a shape of radius r at cx, cy. */
export function shapePath(shape: MarkShape, cx: number, cy: number, r: number): string {
  const pts = shapePolygon(shape);
  if (!pts) return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  return `${pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${(cx + x * r).toFixed(2)},${(cy + y * r).toFixed(2)}`).join('')}Z`;
}
