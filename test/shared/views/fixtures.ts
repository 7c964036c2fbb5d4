/**
 * A small analysis JSON for the view tests: five agencies, contacts in every
 * direction, vague dates, a duplicate, a secondment and two gaps. Invented.
 */
import type { AnalysisContact, AnalysisEntry, AnalysisGap, AnalysisJson } from '../../../shared/analysis.ts';
import type { Concern, Precision } from '../../../shared/model.ts';

interface EntrySpec {
  ref: string;
  agency: string;
  earliest: string | null;
  latest?: string | null;
  precision?: Precision;
  uncertain?: boolean;
  raw?: string;
  time?: string | null;
  text?: string;
  contacts?: AnalysisContact[];
  negated?: AnalysisContact[];
  concerns?: Concern[];
  duplicateOf?: string;
  employer?: string;
}

export function entry(s: EntrySpec): AnalysisEntry {
  const file = s.ref.split('#')[0] ?? s.ref;
  const row = Number(s.ref.split('#')[1] ?? '1') + 1;
  return {
    ref: s.ref,
    agency: s.agency,
    ...(s.employer ? { employer: s.employer } : {}),
    date: { raw: s.raw ?? s.earliest ?? '', earliest: s.earliest, latest: s.latest === undefined ? s.earliest : s.latest, precision: s.precision ?? 'day', uncertain: s.uncertain ?? false },
    time: s.time ?? null,
    text: s.text ?? `Entry ${s.ref}`,
    contacts: s.contacts ?? [],
    ...(s.negated ? { negatedContacts: s.negated } : {}),
    concerns: s.concerns ?? [],
    ...(s.duplicateOf ? { duplicateOf: s.duplicateOf } : {}),
    source: { file, location: { row } },
  };
}

export function analysis(entries: AnalysisEntry[], gaps: AnalysisGap[] = []): AnalysisJson {
  return { generator: { name: 'threadline', version: 'test' }, sources: [], issues: [], entries, gaps };
}

export const fixtureEntries: AnalysisEntry[] = [
  entry({ ref: 'police.csv#1', agency: 'police', earliest: '2023-03-14', time: '23:40', text: 'Officers attended a domestic incident. Child present.', concerns: ['domestic-abuse'], contacts: [{ with: 'mash', direction: 'out', type: 'notification' }] }),
  entry({ ref: 'mash.csv#1', agency: 'mash', earliest: '2023-03-15', text: 'Notification received from police about the incident.', concerns: ['domestic-abuse'], contacts: [{ with: 'police', direction: 'in', type: 'notification' }], duplicateOf: 'police.csv#1' }),
  entry({ ref: 'gp.csv#1', agency: 'gp', earliest: '2023-03-01', latest: '2023-05-31', precision: 'season', raw: 'Spring 2023', text: 'Mother seen for low mood.', concerns: ['parental-mental-health'] }),
  entry({ ref: 'gp.csv#2', agency: 'gp', earliest: '2023-04-03', latest: '2023-04-09', precision: 'week', raw: 'w/c 03/04/2023', text: 'Referral letter sent to the mental health team.', contacts: [{ with: 'adult-mh', direction: 'out', type: 'referral' }] }),
  entry({ ref: 'csc.xlsx#1', agency: 'csc', earliest: '2023-04-20', text: 'Strategy discussion with police. Health not invited.', concerns: ['domestic-abuse', 'injury'], contacts: [{ with: 'police', direction: 'both', type: 'strategy-discussion' }], negated: [{ with: 'gp', direction: 'out', type: 'information-share' }] }),
  entry({ ref: 'school.txt#1', agency: 'school', earliest: '2023-06-21', latest: '2023-06-30', precision: 'range', raw: 'Late June', text: 'Child seemed withdrawn. Rang mother; tried the health visitor, no answer.', contacts: [{ with: 'health-visiting', direction: 'attempted', type: 'phone-call' }, { with: 'family', direction: 'out', type: 'phone-call' }], concerns: ['neglect'] }),
  entry({ ref: 'cmht.xlsx#1', agency: 'adult-mh', employer: 'asc', earliest: '2023-05-22', uncertain: true, raw: '?22/05/2023', text: 'AMHP assessment. Children in the room.', concerns: ['parental-mental-health'] }),
  entry({ ref: 'school.txt#2', agency: 'school', earliest: null, latest: null, raw: 'Undated', text: 'Undated note about attendance.' }),
];

export const fixtureGaps: AnalysisGap[] = [
  { code: 'G2', from: 'gp', to: ['adult-mh'], evidence: ['gp.csv#2'], explanation: 'The GP sent a referral the mental health team has no record of.', severity: 'high', confidence: 0.8 },
  { code: 'G6', from: 'csc', to: ['gp', 'school'], evidence: ['csc.xlsx#1'], explanation: 'The strategy discussion was held without the GP or the school.', window: { from: '2023-04-20', to: '2023-04-20' } },
];

export const fixture: AnalysisJson = analysis(fixtureEntries, fixtureGaps);
