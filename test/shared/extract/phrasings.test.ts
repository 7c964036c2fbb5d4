/**
 * More ways practitioners write contacts, each with the contacts a careful
 * reader would take from it (written for these tests, not taken from any
 * case). Exact: nothing missing, nothing extra.
 */
import { describe, expect, it } from 'vitest';

import { extractEntry } from '../../../shared/extract/index.ts';

const cases: Array<[agency: string, text: string, want: string]> = [
  ['csc', 'Information shared with the school nurse by phone.', 'school-nursing out phone-call'],
  ['health-visiting', 'Advised mum to contact GP.', 'family out information-share'],
  ['gp', 'Letter to mother offering an appointment.', 'family out letter'],
  ['gp', 'Received a call from the child\'s father.', 'family in phone-call'],
  ['csc', 'Visited by the housing officer last week.', ''],
  ['csc', 'Spoke with the DSL at school.', 'school out other'],
  ['school', 'Consultation with the LADO.', 'csc out other'],
  ['health-visiting', 'Message left for the social worker to call back.', 'csc attempted phone-call'],
  ['csc', 'Unable to contact the GP surgery.', 'gp attempted phone-call'],
  ['school', 'Faxed referral to social care.', 'csc out referral'],
  ['school', 'E-mailed the health visitor.', 'health-visiting out email'],
  ['csc', 'Case discussed with the team manager.', ''],
  ['csc', 'PC Smith attended the home.', ''],
  ['police', '999 call received from a neighbour.', 'family in phone-call'],
  ['gp', 'Discharge summary received from the hospital.', 'ed in letter'],
  ['csc', 'Strategy discussion: DS Jones (CAIT), SW and health visitor.', 'police both strategy-discussion;health-visiting both strategy-discussion'],
  ['adult-mh', 'CPN visited; Ms P not at home.', 'family attempted dna'],
  ['asc', 'Safeguarding alert received from the district nurse.', 'other in referral'],
  ['police', 'Officers unable to gain entry; no reply.', 'family attempted dna'],
  ['housing', 'Letter hand delivered to the tenant.', 'family out letter'],
  ['school', 'Mum came into school to discuss attendance.', 'family in attendance'],
  ['probation', 'Offender manager contacted CSC to request checks.', 'csc out other'],
  ['csc', 'Home visit completed with the family support worker.', 'family out home-visit;early-help both home-visit'],
  ['gp', 'Practice nurse phoned the HV to raise concerns.', 'health-visiting out phone-call'],
  ['midwifery', 'Safeguarding midwife informed CSC by email.', 'csc out email'],
  ['police', 'DASH risk assessment completed, forwarded to the MASH.', 'mash out information-share'],
  ['csc', 'Section 47 enquiries initiated; paediatric assessment requested.', ''],
  ['health-visiting', 'New birth visit: mother and baby seen.', 'family out home-visit'],
  ['csc', 'Mother did not attend the CIN meeting.', 'family attempted dna'],
  ['gp', 'Prescription collected by partner.', ''],
  ['csc', 'Contact from school: pupil says her stepdad hits her.', 'school in other'],
  ['health-visiting', 'Planned visit: no access. Card left.', 'family attempted dna'],
];

describe('phrasings', () => {
  it.each(cases)('%s: %s', (agency, text, want) => {
    const got = extractEntry({ text, agency })
      .contacts.filter((c) => !c.negated)
      .map((c) => `${c.with} ${c.direction} ${c.type}`)
      .sort();
    expect(got).toEqual(want.split(';').filter(Boolean).sort());
  });
});
