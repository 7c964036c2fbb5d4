import { describe, expect, it } from 'vitest';

import { involvedAgencies } from '../../../shared/views/agencies.ts';
import { laneAt, layoutLanes } from '../../../shared/views/lanes.ts';
import { agencyPalette } from '../../../shared/views/palette.ts';
import { fixture } from './fixtures.ts';

describe('involvedAgencies', () => {
  it('lists agencies with entries and those only named, grouped in taxonomy order', () => {
    const ids = involvedAgencies(fixture).map((a) => a.id);
    // police; children's (csc, mash); health (gp, hv); education (school); adults (adult-mh, asc)
    expect(ids).toEqual(['police', 'csc', 'mash', 'gp', 'health-visiting', 'school', 'adult-mh', 'asc']);
  });

  it('leaves out the family and public unless asked (they are not an agency)', () => {
    expect(involvedAgencies(fixture, { includePublic: true }).map((a) => a.id)).toContain('family');
  });

  it('counts entries, 0 for an agency only named in a contact or gap', () => {
    const byId = new Map(involvedAgencies(fixture).map((a) => [a.id, a.entries]));
    expect(byId.get('gp')).toBe(2);
    expect(byId.get('health-visiting')).toBe(0);
  });
});

describe('layoutLanes', () => {
  const layout = layoutLanes(involvedAgencies(fixture), { laneHeight: 30, groupHeader: 20, groupGap: 6 });

  it('puts a heading above each group and stacks lanes without overlap', () => {
    expect(layout.groups.map((g) => g.label)).toEqual(['Police', "Children's social care", 'Health', 'Education', 'Adult services']);
    expect(layout.lanes[0]!.y).toBe(20);
    for (let i = 1; i < layout.lanes.length; i += 1) expect(layout.lanes[i]!.y).toBeGreaterThanOrEqual(layout.lanes[i - 1]!.y + 30);
    const last = layout.lanes[layout.lanes.length - 1]!;
    expect(layout.height).toBe(last.y + last.height);
  });

  it('finds the lane under a y position, and none on a heading', () => {
    expect(laneAt(layout, 25)?.agency).toBe('police');
    expect(laneAt(layout, 5)).toBeNull();
    const csc = layout.byAgency.get('csc')!;
    expect(laneAt(layout, csc.y + 1)?.agency).toBe('csc');
  });

  it('gives neighbouring lanes different colours and shapes by group', () => {
    const ids = layout.lanes.map((l) => l.agency);
    const pal = agencyPalette(ids);
    for (let i = 1; i < ids.length; i += 1) expect(pal.get(ids[i]!)!.colour).not.toBe(pal.get(ids[i - 1]!)!.colour);
    expect(pal.get('police')!.shape).toBe('square');
    expect(pal.get('csc')!.shape).toBe(pal.get('mash')!.shape);
    expect(pal.get('gp')!.shape).not.toBe(pal.get('csc')!.shape);
  });
});
