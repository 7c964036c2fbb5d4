/**
 * Who knew what, when: own records, being told, meetings; and the query for
 * a day that the knowledge view and the trainer's replay use. Plus the case
 * patterns: repeated referrals below threshold, involvement per month,
 * silent periods, secondments.
 */
import { describe, expect, it } from 'vitest';

import { analyseGaps, knewOf, knowledgeModel, knownAt } from '../../../shared/gaps/index.ts';
import { entries, type Row } from './support.ts';

const rows: Row[] = [
  ['police.csv#1', 'police', '2024-03-14', 'Officers attended a domestic incident: Mr T punched Ms P. Her son Child Q (4) was present. PPN sent to the MASH.'],
  ['mash.csv#1', 'mash', '2024-03-15', 'PPN received from police: domestic abuse, Child Q present. Information shared with the health visitor.'],
  ['hv.docx#1', 'health-visiting', '2024-03-20', 'Email from the MASH with the police notification about the incident.'],
  ['gp.csv#1', 'gp', '2024-04-02', 'Ms P seen: low mood since the incident, poor sleep.'],
  ['csc.xlsx#1', 'csc', '2024-04-10', 'Strategy discussion with police and the GP about Child Q.'],
];

describe('the knowledge model', () => {
  const model = knowledgeModel(entries(rows));

  it('knows what an agency saw from the day of its own record', () => {
    expect(knewOf(model, 'police', 'concern', 'domestic-abuse', '2024-03-14')).toMatchObject({ since: '2024-03-14', via: 'own-record', ref: 'police.csv#1' });
    expect(knewOf(model, 'police', 'incident', 'police.csv#1', '2024-03-14')).not.toBeNull();
    expect(knewOf(model, 'police', 'person', 'Child Q', '2024-03-14')).not.toBeNull();
  });

  it('knows what it was told from the day its own record shows it, not the day the sender sent it', () => {
    expect(knewOf(model, 'mash', 'concern', 'domestic-abuse', '2024-03-14')).toBeNull();
    expect(knewOf(model, 'mash', 'concern', 'domestic-abuse', '2024-03-15')).toMatchObject({ via: 'told', source: 'police' });
    // The MASH says it shared with the health visitor; the HV knows from its own record of the email.
    expect(knewOf(model, 'health-visiting', 'concern', 'domestic-abuse', '2024-03-20')).toMatchObject({ since: '2024-03-20', via: 'told' });
  });

  it('shares what each agency at a meeting knew with the others there', () => {
    // The GP heard of the domestic abuse only at the strategy discussion; police learnt of the low mood there.
    expect(knewOf(model, 'gp', 'concern', 'domestic-abuse', '2024-04-09')).toBeNull();
    expect(knewOf(model, 'gp', 'concern', 'domestic-abuse', '2024-04-10')).toMatchObject({ via: 'meeting', source: 'csc' });
    expect(knewOf(model, 'police', 'concern', 'parental-mental-health', '2024-04-10')).toMatchObject({ via: 'meeting' });
  });

  it('answers "what did each agency know on this day"', () => {
    const on = knownAt(model, '2024-03-16');
    expect([...on.keys()].sort()).toEqual(['mash', 'police']);
    expect(on.get('mash')!.map((k) => k.key)).toContain('domestic-abuse');
    expect(knownAt(model, '2024-01-01').size).toBe(0);
  });
});

describe('case patterns', () => {
  it('counts referrals turned away below threshold, by receiver', () => {
    const p = analyseGaps(
      entries([
        ['hv.docx#1', 'health-visiting', '2024-01-02', 'Home visit.'],
        ['csc.xlsx#1', 'csc', '2024-01-10', 'Referral from school about neglect. Does not meet threshold; NFA.'],
        ['csc.xlsx#2', 'csc', '2024-02-11', 'Referral from the health visitor: home conditions poor. Below threshold for assessment.'],
        ['csc.xlsx#3', 'csc', '2024-03-12', 'Referral from school again: child hungry. Does not meet threshold.'],
      ]),
    ).patterns;
    expect(p.belowThreshold).toEqual([{ receiver: 'csc', count: 3, referrers: ['school', 'health-visiting'], dates: ['2024-01-10', '2024-02-11', '2024-03-12'], refs: ['csc.xlsx#1', 'csc.xlsx#2', 'csc.xlsx#3'] }]);
  });

  it('counts agencies and practitioners per month, and finds the silent stretches', () => {
    const p = analyseGaps(
      entries([
        ['hv.docx#1', 'health-visiting', '2024-01-02', 'Home visit by HV1.'],
        ['gp.csv#1', 'gp', '2024-01-20', 'Seen by GP2. Letter to the health visitor.'],
        ['hv.docx#2', 'health-visiting', '2024-05-01', 'Home visit by HV3.'],
      ]),
    ).patterns;
    expect(p.involvement[0]).toMatchObject({ month: '2024-01', agencies: ['gp', 'health-visiting'], practitioners: 2, entries: 2 });
    expect(p.quietPeriods).toEqual([{ from: '2024-01-21', to: '2024-04-30', days: 101, before: 'gp.csv#1', after: 'hv.docx#2' }]);
  });

  it('lists seconded staff and whether their employer heard of their work', () => {
    const es = entries([
      ['hv.docx#1', 'health-visiting', '2024-01-02', 'Home visit.'],
      ['cmht.csv#1', 'adult-mh', '2024-02-01', 'Mental Health Act assessment at home by the AMHP; children present.'],
    ]);
    es[1] = { ...es[1]!, employer: 'asc' };
    expect(analyseGaps(es).patterns.secondments).toEqual([{ agency: 'adult-mh', employer: 'asc', refs: ['cmht.csv#1'], employerTold: false }]);
  });
});
