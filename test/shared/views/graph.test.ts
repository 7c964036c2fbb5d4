import { describe, expect, it } from 'vitest';

import { buildGapGraph, graphTimeStops } from '../../../shared/views/graph.ts';
import { knowledgeMatrix } from '../../../shared/views/knowledge.ts';
import { filterEntries, gapEvidence, NO_FILTER } from '../../../shared/views/filter.ts';
import { analysis, entry, fixture } from './fixtures.ts';

describe('buildGapGraph', () => {
  const g = buildGapGraph(fixture);

  it('has a node per agency involved, with the MASH as the hub', () => {
    expect(g.nodes.map((n) => n.id)).toContain('health-visiting');
    expect(g.nodes.map((n) => n.id)).not.toContain('family');
    expect(buildGapGraph(fixture, null, { includePublic: true }).contacts.map((e) => e.id)).toContain('school~family');
    expect(g.nodes.filter((n) => n.hub).map((n) => n.id)).toEqual(['mash']);
  });

  it('joins both sides of a contact into one edge weighted by count, directions seen from a', () => {
    const pm = g.contacts.find((e) => e.id === 'police~mash')!;
    expect(pm.count).toBe(2);
    expect(pm.byDirection).toEqual({ out: 2, in: 0, both: 0, attempted: 0 });
    expect(pm.refs).toEqual(['police.csv#1', 'mash.csv#1']);
    expect(g.contacts.find((e) => e.id === 'police~csc')!.byDirection.both).toBe(1);
  });

  it('draws one gap edge per agency not told', () => {
    expect(g.gaps.filter((e) => e.code === 'G6').map((e) => e.to)).toEqual(['gp', 'school']);
    expect(g.gaps.find((e) => e.code === 'G2')!.refs).toEqual(['gp.csv#2']);
  });

  it('links seconded staff to their employer', () => {
    expect(g.secondments).toEqual([{ id: 'asc>adult-mh', employer: 'asc', agency: 'adult-mh', refs: ['cmht.xlsx#1'] }]);
  });

  it('keeps only what had happened by the slider date, and keeps every node', () => {
    const early = buildGapGraph(fixture, '2023-03-14');
    expect(early.contacts.map((e) => e.id)).toEqual(['police~mash']);
    expect(early.contacts[0]!.count).toBe(1);
    expect(early.gaps).toHaveLength(0);
    expect(early.nodes).toHaveLength(g.nodes.length);
  });

  it('offers every distinct day as a slider stop', () => {
    const stops = graphTimeStops(fixture);
    expect(stops[0]).toBe('2023-03-01');
    expect(stops).toEqual([...stops].sort());
  });
});

describe('knowledgeMatrix', () => {
  const m = knowledgeMatrix(fixture.entries);

  it('records the first day each agency knew of each concern', () => {
    expect(m.cells.get('police')?.get('domestic-abuse')?.first).toBe('2023-03-14');
    expect(m.cells.get('gp')?.get('parental-mental-health')?.first).toBe('2023-03-01');
  });

  it('counts being told (a contact in) and attending a meeting, not a referral sent', () => {
    expect(m.cells.get('mash')?.get('domestic-abuse')).toMatchObject({ via: 'told', source: 'police' });
    // police knew of the injury only through the strategy discussion CSC recorded
    expect(m.cells.get('police')?.get('injury')).toMatchObject({ via: 'meeting', source: 'csc', first: '2023-04-20' });
    // the GP's referral out does not make adult mental health know anything
    expect(m.cells.get('adult-mh')?.get('domestic-abuse')).toBeUndefined();
  });

  it('lists concerns in a fixed order, the toxic trio first, and stops at a date', () => {
    expect(m.concerns.slice(0, 2)).toEqual(['domestic-abuse', 'parental-mental-health']);
    expect(knowledgeMatrix(fixture.entries, '2023-03-10').cells.get('police')).toBeUndefined();
  });

  it('does not count the family at a meeting as an agency that knew', () => {
    const m2 = knowledgeMatrix([entry({ ref: 'a#1', agency: 'csc', earliest: '2023-02-01', concerns: ['neglect'], contacts: [{ with: 'family', direction: 'both', type: 'conference' }] })]);
    expect(m2.agencies).toEqual(['csc']);
  });

  it('keeps the earliest date when an agency learns twice', () => {
    const two = knowledgeMatrix(analysis([entry({ ref: 'a#2', agency: 'gp', earliest: '2023-05-01', concerns: ['injury'] }), entry({ ref: 'a#1', agency: 'gp', earliest: '2023-02-01', concerns: ['injury'] })]).entries);
    expect(two.cells.get('gp')?.get('injury')?.ref).toBe('a#1');
  });
});

describe('filterEntries', () => {
  const ev = gapEvidence(fixture.gaps);
  const refs = (f: Partial<typeof NO_FILTER>) => filterEntries(fixture.entries, { ...NO_FILTER, ...f }, ev).map((i) => fixture.entries[i]!.ref);

  it('filters by agency, concern, contact and contact partner', () => {
    expect(refs({ agencies: ['gp'] })).toEqual(['gp.csv#1', 'gp.csv#2']);
    expect(refs({ concerns: ['injury'] })).toEqual(['csc.xlsx#1']);
    expect(refs({ contact: 'any' })).toHaveLength(5);
    expect(refs({ contact: 'police' })).toEqual(['mash.csv#1', 'csc.xlsx#1']);
  });

  it('filters to entries a gap cites, and to a search', () => {
    expect(refs({ inGap: true })).toEqual(['gp.csv#2', 'csc.xlsx#1']);
    expect(refs({ refs: new Set(['school.txt#2']) })).toEqual(['school.txt#2']);
  });

  it('keeps entries whose possible dates overlap the range, and drops undated ones', () => {
    const r = refs({ from: '2023-04-01', to: '2023-04-30' });
    expect(r).toEqual(['gp.csv#1', 'gp.csv#2', 'csc.xlsx#1']);
    expect(r).not.toContain('school.txt#2');
  });
});
