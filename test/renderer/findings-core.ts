/**
 * A small stand-in for the core's findings channels, for the renderer tests:
 * it keeps decisions and flow settings the way electron/core does (rejected
 * findings move to rejectedGaps, edits are laid over the finding, "{}"
 * restores the default rules) so a test can follow a whole decide or rules
 * flow through the real views. Invented data.
 */
import type { AnalysisGap, AnalysisJson, CasePatterns } from '../../shared/analysis.ts';
import type { RequestOf, RulesView } from '../../shared/api.ts';
import type { Flow, FlowOverrides } from '../../shared/gaps/rules.ts';
import { fixture } from '../shared/views/fixtures.ts';
import type { FakeHandlers } from './support.tsx';

export const findingsGaps: AnalysisGap[] = [
  {
    id: 'g1-cccc',
    code: 'G1',
    from: 'police',
    to: ['health-visiting'],
    evidence: ['police.csv#1'],
    explanation: 'Police knew of the domestic abuse on 14 Mar 2023 and did not tell the health visitor.',
    window: { from: '2023-03-14', to: '2023-03-14' },
    severity: 'high',
    confidence: 0.85,
    rule: 'da-incident-children',
    explicit: true,
  },
  {
    id: 'g2-aaaa',
    code: 'G2',
    from: 'gp',
    to: ['adult-mh'],
    evidence: ['gp.csv#2', 'cmht.xlsx#1'],
    triggers: ['gp.csv#2'],
    explanation: 'The GP sent a referral the mental health team has no record of.',
    window: { from: '2023-04-03', to: '2023-04-09' },
    severity: 'high',
    confidence: 0.88,
    rule: 'referral-received',
    explicit: true,
  },
  {
    id: 'g6-bbbb',
    code: 'G6',
    from: 'csc',
    to: ['gp', 'school'],
    evidence: ['csc.xlsx#1'],
    triggers: ['csc.xlsx#1'],
    explanation: 'The strategy discussion was held without the GP or the school.',
    window: { from: '2023-04-20', to: '2023-04-20' },
    severity: 'medium',
    confidence: 0.6,
    rule: 'meeting-invites',
    explicit: false,
  },
];

export const findingsPatterns: CasePatterns = {
  belowThreshold: [{ receiver: 'mash', count: 3, referrers: ['school', 'police'], dates: ['2023-03-15', '2023-05-02', '2023-06-21'], refs: ['mash.csv#1', 'school.txt#1'] }],
  involvement: [
    { month: '2023-03', agencies: ['police', 'mash', 'gp'], practitioners: 4, entries: 3 },
    { month: '2023-04', agencies: ['gp', 'csc', 'police', 'adult-mh', 'school'], practitioners: 6, entries: 2 },
  ],
  quietPeriods: [{ from: '2023-06-30', to: '2023-09-01', days: 63, before: 'school.txt#1', after: 'school.txt#2' }],
  secondments: [{ agency: 'adult-mh', employer: 'asc', refs: ['cmht.xlsx#1'], employerTold: false }],
};

export const findingsCase: AnalysisJson = { ...fixture, gaps: findingsGaps, rejectedGaps: [], patterns: findingsPatterns };

const DEFAULT_FLOWS: Flow[] = [
  { id: 'da-incident-children', code: 'G1', when: 'Police attend a domestic abuse incident where children live.', shouldReach: "children's social care or the MASH", enabled: true, withinDays: 1 },
  { id: 'missed-appointments', code: 'G8', when: 'Repeated missed appointments with one agency.', shouldReach: 'escalation by that agency', enabled: true, minEvents: 2, windowDays: 60, escalateWithinDays: 21 },
  { id: 'injury-non-mobile', code: 'G1', when: 'An injury to a non-mobile baby.', shouldReach: "children's social care and a paediatric assessment", targets: ['csc', 'paediatrics'], enabled: true, withinDays: 1 },
  { id: 'referral-received', code: 'G2', when: 'An agency sends a referral or notification.', shouldReach: 'a record of it at the receiving agency', enabled: true, withinDays: 28 },
];

export interface FakeFindingsCore {
  handlers: FakeHandlers;
  analysis: () => AnalysisJson;
  overrides: () => FlowOverrides;
}

/** Decisions and rules kept as the core keeps them. `at` is fixed so the tests read one time. */
export function fakeFindingsCore(start: AnalysisJson = findingsCase, opts: { at?: string; by?: string } = {}): FakeFindingsCore {
  const original = new Map(start.gaps.concat(start.rejectedGaps ?? []).map((g) => [g.id!, g]));
  let analysis = structuredClone(start);
  let overrides: FlowOverrides = {};
  const at = opts.at ?? '2024-05-02T10:15:00Z';

  const rulesView = (): RulesView => ({
    flows: DEFAULT_FLOWS.map((d) => ({ flow: { ...d, ...(overrides[d.id] ?? {}) }, defaults: d, changed: overrides[d.id] !== undefined })),
    overrides,
  });
  /** Switched-off flows raise nothing: their findings leave the analysis, as re-analysis would. */
  const analysed = (): AnalysisJson => ({ ...analysis, gaps: analysis.gaps.filter((g) => overrides[g.rule ?? '']?.enabled !== false) });

  return {
    analysis: analysed,
    overrides: () => overrides,
    handlers: {
      'analysis.get': () => analysed(),
      'gaps.decide': (raw) => {
        const req = raw as RequestOf<'gaps.decide'>;
        const base = original.get(req.id);
        if (!base) throw { kind: 'failed', message: 'That finding is no longer in the analysis (the entries it rested on have changed). Refresh the findings and decide again.' };
        if (req.decision !== 'accepted' && !(req.reason ?? '').trim()) throw { kind: 'invalid-request', message: 'Invalid request to gaps.decide: reason: Give a reason for rejecting or editing a finding.' };
        const shown: AnalysisGap = { ...base, ...(req.decision === 'edited' ? req.edit : {}), decision: { decision: req.decision, reason: (req.reason ?? '').trim(), by: req.author ?? 'root', at } };
        const gaps = analysis.gaps.filter((g) => g.id !== req.id);
        const rejected = (analysis.rejectedGaps ?? []).filter((g) => g.id !== req.id);
        if (req.decision === 'rejected') analysis = { ...analysis, gaps, rejectedGaps: [...rejected, shown] };
        else {
          const order = [...original.keys()];
          analysis = { ...analysis, gaps: [...gaps, shown].sort((a, b) => order.indexOf(a.id!) - order.indexOf(b.id!)), rejectedGaps: rejected };
        }
        return shown;
      },
      'rules.get': () => rulesView(),
      'rules.set': (raw) => {
        overrides = structuredClone((raw as RequestOf<'rules.set'>).overrides);
        return rulesView();
      },
    },
  };
}
