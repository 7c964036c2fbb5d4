// Generator for the invented SAR case "sar-marrowfield-homeless" (Marrowfield, Mr D).
// Writes the agency files, gold.json and README.md from one source of truth.
// Run: node /work/blind/generators/sar-marrowfield-homeless.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'sar-marrowfield-homeless';
const OUT = `/work/blind/${CASE}`;
const TMP = `/tmp/${CASE}-build`;
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(TMP, { recursive: true });

// ---------- helpers ----------
const day = (raw, iso, uncertain = false) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain });
const span = (raw, a, b, precision, uncertain = false) => ({ raw, earliest: a, latest: b, precision, uncertain });
const c = (w, direction, type) => ({ with: w, direction, type });

const F = {
  imr: 'mental-health-imr.pdf',
  prob: 'probation-chronology.docx',
  amb: 'ambulance-cad.tsv',
  ed: 'hospital-ed.xlsx',
  out: 'outreach-notes.txt',
  hou: 'housing-options.csv',
};

// ======================================================================
// 1. MENTAL HEALTH IMR (narrative, numbered paragraphs, sections by period)
// ======================================================================
// Paragraph = { num, parts: [ {e: entryMeta+text} | {t: continuation text} ] } or { num, text } (no entry)
const imrSections = [
  {
    heading: '1. Introduction and background',
    paras: [
      { num: '1.1', text: 'This IMR covers the contact that Marrowfield and Weaver Valley Partnership NHS Foundation Trust had with Mr D during the review period set by the Safeguarding Adults Board (February 2023 to January 2024). It draws on the RiO records of the liaison psychiatry team at Marrowfield General Hospital, Marrowfield East Community Mental Health Team (CMHT), the Moorside Health-Based Place of Safety and Larch Ward.' },
      { num: '1.2', parts: [
        { e: { key: 'M1', date: span('2014', '2014-01-01', '2014-12-31', 'year'), time: null, contacts: [], concerns: ['parental-mental-health', 'substance-misuse', 'criminality'],
          text: 'Mr D was first referred to the Trust\u2019s Early Intervention in Psychosis service in 2014 and was later given a diagnosis of paranoid schizophrenia.' } },
        { t: 'He was managed by Marrowfield East CMHT on a paliperidone depot until he was sent to prison, when his case was closed. Alcohol dependence is recorded throughout his contact with the Trust.' },
      ] },
      { num: '1.3', text: 'Mr D was released from HMP Thornmere on licence with no fixed abode. The Trust was not notified of his release by the prison healthcare team.' },
    ],
  },
  {
    heading: '2. Period 1: release from prison to June 2023',
    paras: [
      { num: '2.1', parts: [
        { e: { key: 'M2', date: day('28 March 2023', '2023-03-28'), time: '04:30',
          contacts: [c('ed', 'in', 'referral'), c('family', 'out', 'assessment'), c('other', 'out', 'phone-call')],
          concerns: ['parental-mental-health', 'substance-misuse', 'criminality'],
          text: 'On 28 March 2023 at 04:30 Mr D was seen in the Emergency Department (ED) at Marrowfield General Hospital by a liaison psychiatry nurse (LPN1), following a referral from the ED doctor.' } },
        { t: 'He had been brought in by ambulance after a fall and was intoxicated. He said the voices had come back since his release from prison and that he had not had his injection since. LPN1 telephoned HMP Thornmere healthcare for his medication history but was told it could only be sent to his GP, and he had none. He was assessed as not detainable; the plan was a routine referral to the CMHT and advice to register with a GP. LPN1 recorded that he was \u2018on licence \u2013 PO?\u2019 but no contact was made with the Probation Service.' },
      ] },
      { num: '2.2', parts: [
        { e: { key: 'M3', date: day('30 March', '2023-03-30'), time: null, contacts: [c('family', 'out', 'letter')], concerns: [],
          text: 'The CMHT duty worker screened the referral on 30 March and sent an appointment letter to the last address on the Trust\u2019s own record, which was his mother\u2019s address from before his sentence.' } },
        { e: { key: 'M4', date: day('13 April', '2023-04-13'), time: null, contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: ['non-engagement'],
          text: 'Mr D did not attend on 13 April, and a second letter was sent to the same address.' } },
        { e: { key: 'M5', date: day('27 April', '2023-04-27'), time: null, contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'],
          text: 'He did not attend the second appointment on 27 April either.' } },
      ] },
      { num: '2.3', parts: [
        { e: { key: 'M6', date: day('4 May 2023', '2023-05-04'), time: null, contacts: [], concerns: ['non-engagement', 'criminality'],
          text: 'On 4 May 2023 the CMHT discharged Mr D under the Trust\u2019s DNA policy.' } },
        { t: 'The discharge letter was addressed to \u2018GP \u2013 not registered\u2019 and was not sent. No other agency was informed, although the liaison record showed that he was on licence.' },
      ] },
    ],
  },
  {
    heading: '3. Period 2: July to August 2023 \u2013 detention and discharge',
    paras: [
      { num: '3.1', parts: [
        { e: { key: 'M7', date: day('13 July 2023', '2023-07-13'), time: '17:05',
          contacts: [c('police', 'in', 'other'), c('ambulance', 'in', 'other'), c('family', 'in', 'attendance')],
          concerns: ['parental-mental-health', 'substance-misuse'],
          text: 'On 13 July 2023 at 17:05 Mr D was brought to the Moorside Health-Based Place of Safety by police officers under section 136, conveyed by a Northern Counties Ambulance Service crew.' } },
        { t: 'He was agitated, believed that he was being followed and poisoned, and smelt of alcohol.' },
        { e: { key: 'M8', employer: 'asc', date: day('The next day', '2023-07-14'), time: null,
          contacts: [c('family', 'out', 'assessment')], concerns: ['parental-mental-health', 'criminality', 'housing'],
          text: 'The next day he was assessed under the Mental Health Act by AMHP1 (a Marrowfield Council Adult Social Care social worker seconded to the Trust\u2019s AMHP service) and two section 12 doctors, and was detained under section 2 and admitted to Larch Ward.' } },
        { t: 'On admission the ward recorded that he was \u2018on licence \u2013 PO not known\u2019 and had a room at a CAS3 house in Cobden Street.' },
      ] },
      { num: '3.2', parts: [
        { e: { key: 'M9', date: day('19 July', '2023-07-19'), time: null, contacts: [], concerns: ['parental-mental-health'],
          text: 'Mr D was restarted on his paliperidone depot on 19 July.' } },
        { e: { key: 'M10', date: day('25 July', '2023-07-25'), time: null, contacts: [c('other', 'in', 'phone-call')], concerns: ['housing'],
          text: 'On 25 July the ward took a call from the CAS3 provider to say that his room had been closed because he had not returned to it; this was noted in the ward record but was not passed on to anyone.' } },
      ] },
      { num: '3.3', parts: [
        { e: { key: 'M11', date: day('3 August 2023', '2023-08-03'), time: null, contacts: [c('family', 'both', 'conference')], concerns: ['housing', 'criminality'],
          text: 'A discharge planning meeting was held on Larch Ward on 3 August 2023, attended by the ward consultant, the ward manager, CPN2 from Marrowfield East CMHT and Mr D.' } },
        { t: 'The Probation Service, Marrowfield Council Housing Options and the Lantern Project were not invited, although the ward record noted that he was on licence, had lost his CAS3 room and was \u2018known to Lantern outreach\u2019.' },
      ] },
      { num: '3.4', parts: [
        { e: { key: 'M12', date: day('4 August 2023', '2023-08-04'), time: '11:00', contacts: [], concerns: ['housing'],
          text: 'Mr D was discharged from section 2 and from the ward at 11:00 on 4 August 2023, with \u2018NFA\u2019 recorded as his discharge address.' } },
        { t: 'He was given a list of hostels and the Lantern Project drop-in times. No referral was made to Marrowfield Council under the Duty to Refer, and the Probation Service was not told of his admission or his discharge.' },
        { e: { key: 'M13', date: day('8 August', '2023-08-08'), time: null, contacts: [], concerns: ['housing'],
          text: 'CPN2 recorded on 8 August that the 72-hour follow-up could not be completed because Mr D had \u2018no phone, NFA\u2019; no enquiries were made with probation or the Lantern Project.' } },
      ] },
      { num: '3.5', parts: [
        { e: { key: 'M14', date: day('17 August', '2023-08-17'), time: null, contacts: [c('family', 'in', 'attendance')], concerns: ['parental-mental-health'],
          text: 'Mr D attended the CMHT depot clinic on 17 August and was given his depot.' } },
        { e: { key: 'M15', date: day('14 September', '2023-09-14'), time: null, contacts: [c('family', 'attempted', 'dna'), c('gp', 'out', 'letter')], concerns: ['non-engagement'],
          text: 'He did not attend the next depot appointment on 14 September, and CPN2 wrote to his GP at Marrowfield Inclusion Health the same day asking the practice to encourage him to attend.' } },
      ] },
    ],
  },
  {
    heading: '4. Period 3: September 2023 to January 2024',
    paras: [
      { num: '4.1', parts: [
        { e: { key: 'M16', date: day('14 September 2023', '2023-09-14'), time: '03:30', contacts: [c('ed', 'in', 'referral'), c('family', 'attempted', 'dna')], concerns: ['injury', 'non-engagement'],
          text: 'In the early hours of 14 September 2023 the ED referred Mr D to liaison psychiatry after he had been assaulted; when LPN2 arrived at 03:30 he had already left the department.' } },
      ] },
      { num: '4.2', parts: [
        { e: { key: 'M17', date: day('12 November 2023', '2023-11-12'), time: '22:15', contacts: [c('ed', 'in', 'referral'), c('family', 'out', 'assessment')], concerns: ['parental-mental-health'],
          text: 'On 12 November 2023 LPN1 assessed Mr D in the ED at 22:15.' } },
        { t: 'He described voices telling him to walk into traffic but had no plan, and he was sober. He was assessed as not detainable and was re-referred to the CMHT.' },
        { e: { key: 'M18', date: day('14 November', '2023-11-14'), time: null, contacts: [], concerns: ['housing'],
          text: 'The CMHT received the referral on 14 November and placed Mr D on the waiting list for its homeless inclusion clinic.' } },
      ] },
      { num: '4.3', parts: [
        { e: { key: 'M19', date: day('15 November', '2023-11-15'), time: null, contacts: [c('voluntary', 'in', 'phone-call')], concerns: ['parental-mental-health', 'neglect', 'housing'],
          text: 'On 15 November the CMHT duty worker took a call from the Lantern Project, who reported that Mr D was hearing voices, not eating and not coping with the cold.' } },
        { t: 'The duty worker recorded the call as a housing query and advised the caller to contact the council. It was not linked to the referral received the day before and no mental health action was taken.' },
      ] },
      { num: '4.4', parts: [
        { e: { key: 'M20', date: day('30 November 2023', '2023-11-30'), time: null,
          contacts: ['asc', 'probation', 'housing', 'voluntary', 'ed', 'ambulance', 'gp', 'police'].map(w => c(w, 'both', 'conference')),
          concerns: [],
          text: 'CPN3 attended a multi-agency risk management meeting (MARM) convened by Adult Social Care on 30 November 2023, with probation, Housing Options, the Lantern Project, the Inclusion Health GP, the hospital safeguarding team, the police neighbourhood team and the ambulance service.' } },
        { t: 'It was agreed that CPN3 would see Mr D jointly with the Lantern Project.' },
        { e: { key: 'M21', date: day('7 December', '2023-12-07'), time: null, contacts: [c('voluntary', 'both', 'assessment'), c('family', 'out', 'assessment')], concerns: ['non-engagement'],
          text: 'CPN3 and a Lantern worker saw Mr D on Ropewalk on the evening of 7 December.' } },
        { t: 'He was hostile and would not engage; CPN3 found no evidence that he was detainable.' },
      ] },
      { num: '4.5', parts: [
        { e: { key: 'M22', date: day('19 December 2023', '2023-12-19'), time: '13:00', contacts: [c('ed', 'in', 'referral'), c('family', 'out', 'assessment')], concerns: ['parental-mental-health', 'neglect', 'housing'],
          text: 'On 19 December 2023 LPN2 assessed Mr D in the ED clinical decision unit at 13:00 after he had been brought in with hypothermia.' } },
        { t: 'He was not acutely psychotic, and LPN2 assessed that he had capacity to decide where to sleep.' },
      ] },
      { num: '4.6', parts: [
        { e: { key: 'M23', date: day('4 January 2024', '2024-01-04'), time: null, contacts: [c('family', 'attempted', 'dna'), c('voluntary', 'out', 'email')], concerns: ['non-engagement'],
          text: 'Mr D did not attend the homeless inclusion clinic on 4 January 2024, and CPN3 emailed the Lantern Project the same day to ask them to look out for him.' } },
        { e: { key: 'M24', date: day('10 January 2024', '2024-01-10'), time: null, contacts: [c('other', 'in', 'notification')], concerns: [],
          text: 'The Trust was told of Mr D\u2019s death by the coroner\u2019s officer on 10 January 2024.' } },
      ] },
    ],
  },
  {
    heading: '5. Analysis and learning',
    paras: [
      { num: '5.1', text: 'Liaison psychiatry saw Mr D several times. Each record notes that he was on licence, but the team never contacted the Probation Service, and no one sought his prison healthcare record through a route that did not depend on a GP.' },
      { num: '5.2', text: 'The discharge from Larch Ward was planned within the Trust only. Mr D was discharged to the street without a Duty to Refer, without probation being told and without the outreach service that knew him best. The 72-hour follow-up standard was not met.' },
      { num: '5.3', text: 'The CMHT closed his first referral after two missed appointments that he almost certainly never knew about. The duty call from the Lantern Project was treated as a housing matter rather than as evidence of relapse.' },
      { num: '5.4', text: 'Recommendations are set out in section 6 (not reproduced in this extract).' },
    ],
  },
];

// ======================================================================
// 2. PROBATION CHRONOLOGY (Word table)
// ======================================================================
// rows: {key, dateCell, type, officer, details, cont?} ; {heading: '...'} ; {blank:true}
const probRows = [
  { key: 'P1', dateCell: '01/02/2023', type: 'Allocation', officer: 'SPO1', details: 'Case allocated to PO1 as COM, Marrowfield PDU. D due for release from HMP Thornmere 09/03/23 on licence (SED 08/09/24). Index offence ABH. NFA on release \u2013 mother\u2019s address not available (she does not want him back).',
    date: day('01/02/2023', '2023-02-01'), contacts: [], concerns: ['housing', 'criminality'] },
  { key: 'P2', dateCell: '14/02/23', type: 'Tel call', officer: 'PO1', details: 'T/c to HMP Thornmere healthcare re MH on release. Told D has dx paranoid schizophrenia, on monthly paliperidone depot in custody, \u2018engaging OK\u2019. Healthcare will send discharge summary to community GP on release. Advised them D not registered with any GP \u2013 told summary goes \u2018to GP of registration\u2019.',
    date: day('14/02/23', '2023-02-14'), contacts: [c('other', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'P3', dateCell: '20.02.23', type: 'DTR', officer: 'PO1', details: 'Duty to Refer submitted to Marrowfield BC Housing Options via online DTR form \u2013 D NFA on release. Consent given by D (via POM). Contact details given: PO1 / Marrowfield probation office.',
    date: day('20.02.23', '2023-02-20'), contacts: [c('housing', 'out', 'referral')], concerns: ['housing'] },
  { key: 'P4', dateCell: '3/3/23', type: 'Email', officer: 'PO1', details: 'Email to Housing Options asking for update on DTR and whether anything can be offered on day of release. No response rec\u2019d.',
    date: day('3/3/23', '2023-03-03'), contacts: [c('housing', 'out', 'email')], concerns: ['housing'] },
  { heading: 'LICENCE \u2013 1st period (release to recall)' },
  { key: 'P5', dateCell: 'Thurs 9th March', type: 'Office visit', officer: 'PO1', details: 'Released HMP Thornmere. D reported to office 14:10 as instructed. Licence conditions read and signed. NFA \u2013 still no response from Housing Options re DTR. Given hostel list + advised to present at Civic Centre. No AP bed available. D says he will stop \u2018at a mate\u2019s\u2019.',
    date: day('Thurs 9th March', '2023-03-09'), time: '14:10', contacts: [c('family', 'in', 'attendance')], concerns: ['housing', 'criminality'] },
  { key: 'P6', dateCell: '13/03', type: 'Office visit', officer: 'PO1', details: 'DNA. Mobile no. given by D unobtainable. Warning letter left at reception for collection (NFA).',
    date: day('13/03', '2023-03-13'), contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement', 'housing'] },
  { key: 'P7', dateCell: '16/03', type: 'Office visit', officer: 'PO1', details: 'D attended (late). Smelt strongly of alcohol, says drinking \u2018a few cans\u2019 a day. Sleeping in a tent under Wharf Lane bridge by the canal. Said the voices \u2018are back\u2019 since he came out \u2013 no injection since release. Advised to register with a GP. OM to refer to Lantern Project outreach.',
    date: day('16/03', '2023-03-16'), contacts: [c('family', 'in', 'attendance')], concerns: ['substance-misuse', 'housing', 'parental-mental-health'] },
  { key: 'P8', dateCell: '17/03/23', type: 'Referral', officer: 'PO1', details: 'Referral emailed to Lantern Project street outreach (Mel) \u2013 D rough sleeping Wharf Lane area, recently released, MH hx, alcohol.',
    date: day('17/03/23', '2023-03-17'), contacts: [c('voluntary', 'out', 'referral')], concerns: ['housing', 'parental-mental-health', 'substance-misuse'] },
  { key: 'P9', dateCell: '20/04/23', type: 'Email', officer: 'PO1', details: '2nd chaser email to Housing Options re DTR \u2013 still no acknowledgement. No reply.',
    date: day('20/04/23', '2023-04-20'), contacts: [c('housing', 'out', 'email')], concerns: ['housing'] },
  { key: 'P10', dateCell: '27/04', type: 'Office visit', officer: 'PO1', details: 'D attended. Now sleeping in Ropewalk multi-storey car park. Says Lantern helped him register with Marrowfield Inclusion Health GP. Unkempt, has lost weight. Drinking daily.',
    date: day('27/04', '2023-04-27'), contacts: [c('family', 'in', 'attendance')], concerns: ['housing', 'neglect', 'substance-misuse'] },
  { key: 'P11', dateCell: '17/05/23', type: 'Office visit', officer: 'PO1', details: 'D attended. Presented as paranoid \u2013 believes \u2018lads at the car park\u2019 are putting things in his cans, talking to himself in reception. Has not seen the GP. OM advised him to see GP re voices; D said \u2018they just want to lock me up\u2019. No referral to MH services made. OASys review: RoSH medium (public \u2013 unpredictable when unwell).',
    date: day('17/05/23', '2023-05-17'), contacts: [c('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'substance-misuse'] },
  { key: 'P12', dateCell: '07/06/23', type: 'Tel call', officer: 'PO1', details: 'T/c to Lantern Project (Mel) following DNA today \u2013 Mel says D not seen by them for approx 3 wks. Enforcement letter sent c/o Lantern drop-in.',
    date: day('07/06/23', '2023-06-07'), contacts: [c('voluntary', 'out', 'phone-call'), c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'P13', dateCell: '14/06/23', type: 'Office visit', officer: 'PO1', details: 'DNA (3rd). Whereabouts unknown. Breach \u2013 recall to be considered, discussed with SPO1.',
    date: day('14/06/23', '2023-06-14'), contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement', 'missing', 'criminality'] },
  { key: 'P14', dateCell: '19/06/2023', type: 'Recall', officer: 'SPO1', details: 'Licence recall (fixed term) requested \u2013 failure to keep in touch / reside as directed. Approved by PPCS. Police notified \u2013 D circulated on PNC as unlawfully at large.',
    date: day('19/06/2023', '2023-06-19'), contacts: [c('police', 'out', 'notification')], concerns: ['criminality', 'non-engagement'] },
  { key: 'P15', dateCell: '23/06/23', type: 'Recall', officer: 'PO1', details: 'Police advise D arrested in Market Sq last night and returned to HMP Thornmere on recall (FTR 14 days).',
    date: day('23/06/23', '2023-06-23'), contacts: [c('police', 'in', 'notification')], concerns: ['criminality'] },
  { heading: 'LICENCE \u2013 2nd period (re-release)' },
  { key: 'P16', dateCell: '06/07/23', type: 'Office visit', officer: 'PO1', details: 'D re-released from HMP Thornmere (FTR). Reported to office. NFA again. 2nd DTR submitted to Housing Options (online form). CAS3 referral made \u2013 room allocated at CAS3 shared house, Cobden Street, from today (up to 84 nights).',
    date: day('06/07/23', '2023-07-06'), contacts: [c('family', 'in', 'attendance'), c('housing', 'out', 'referral'), c('other', 'out', 'referral')], concerns: ['housing', 'criminality'] },
  { key: 'P17', dateCell: '07/07/23', type: 'Email', officer: 'PO1', details: 'Email rec\u2019d from HO1 (Housing Options) \u2013 DTR received, appt offered Tues 11/07 10:00 at Civic Centre. D told by phone (CAS3 house landline).',
    date: day('07/07/23', '2023-07-07'), contacts: [c('housing', 'in', 'email'), c('family', 'out', 'phone-call')], concerns: ['housing'] },
  { key: 'P18', dateCell: '20/07/23', type: 'Office visit', officer: 'PO1', details: 'DNA. T/c CAS3 provider \u2013 D not seen at Cobden St since 13/07, room left open for now.',
    date: day('20/07/23', '2023-07-20'), contacts: [c('family', 'attempted', 'dna'), c('other', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'P19', dateCell: '26/07/23', type: 'Office visit', officer: 'Duty PO', details: 'DNA. Police checks \u2013 no trace, no arrests. SPO1 consulted re further recall \u2013 agreed to hold for 1 wk while enquiries made.',
    cont: '(cont.) No contact from any other agency re D\u2019s whereabouts.',
    date: day('26/07/23', '2023-07-26'), contacts: [c('family', 'attempted', 'dna'), c('police', 'out', 'information-request')], concerns: ['non-engagement', 'missing'] },
  { key: 'P20', dateCell: '10/08/23', type: 'Tel call', officer: 'PO1', details: 'T/c from Mel (Lantern) \u2013 D at their drop-in today. Says he was in \u2018Moorside\u2019 (MH hospital) and has been discharged. OM had not been informed of admission or discharge by the MH Trust. T/c CAS3 provider \u2013 room closed 25/07 as D had not returned. D now NFA / rough sleeping.',
    date: day('10/08/23', '2023-08-10'), contacts: [c('voluntary', 'in', 'phone-call'), c('other', 'out', 'phone-call')], concerns: ['parental-mental-health', 'housing'] },
  { blank: true },
  { key: 'P21', dateCell: '14/08/23', type: 'Office visit', officer: 'PO1', details: 'D attended. Sleeping behind the old bingo hall, Ropewalk. Says he is \u2018back on the injection\u2019. Email to HO1 Housing Options to advise D no longer in CAS3 and is rough sleeping \u2013 auto-reply, HO1 on leave until 29/08.',
    date: day('14/08/23', '2023-08-14'), contacts: [c('family', 'in', 'attendance'), c('housing', 'out', 'email')], concerns: ['housing', 'parental-mental-health'] },
  { key: 'P22', dateCell: '30.08/23', type: 'Office visit', officer: 'PO1', details: 'D attended, drunk (ETOH +++). Appt cut short. Licence conditions reiterated.',
    date: day('30.08/23', '2023-08-30'), contacts: [c('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'P23', dateCell: '20/09/23', type: 'Office visit', officer: 'PO1', details: 'D attended. Says he was \u2018jumped\u2019 on Ropewalk last week and went to A&E. Still rough sleeping. Says Lantern are helping him with housing.',
    date: day('20/09/23', '2023-09-20'), contacts: [c('family', 'in', 'attendance')], concerns: ['injury', 'housing'] },
  { key: 'P24', dateCell: '11/10/23', type: 'Office visit', officer: 'PO1', details: 'DNA. Letter c/o Lantern drop-in.',
    date: day('11/10/23', '2023-10-11'), contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'P25', dateCell: '25/10/23', type: 'Office visit', officer: 'PO1', details: 'D attended. Feet sore and wet, poor hygiene, clothes soaked. OM gave clothing bank voucher.',
    date: day('25/10/23', '2023-10-25'), contacts: [c('family', 'in', 'attendance')], concerns: ['neglect'] },
  { key: 'P26', dateCell: '30/11/23', type: 'MARM', officer: 'PO1', details: 'Attended MARM (multi-agency risk management meeting) re D at Civic Centre, chaired by ASC. Present: ASC, Housing Options, CMHT, Lantern Project, Inclusion Health GP, MGH ED safeguarding, NCAS safeguarding, police NPT, Probation. Actions: Housing \u2013 homelessness assessment + SWEP; CMHT/Lantern joint street assessment; ASC s42 enquiry opened. Licence conditions and risk info shared at meeting.',
    date: day('30/11/23', '2023-11-30'), contacts: ['asc', 'housing', 'adult-mh', 'voluntary', 'gp', 'ed', 'ambulance', 'police'].map(w => c(w, 'both', 'conference')), concerns: ['housing', 'neglect'] },
  { key: 'P27', dateCell: '13/12/23', type: 'Office visit', officer: 'PO1', details: 'D attended \u2013 said he \u2018couldn\u2019t stand\u2019 the SWEP place last night, too many people, voices. Sleeping on Ropewalk again.',
    date: day('13/12/23', '2023-12-13'), contacts: [c('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'housing'] },
  { key: 'P28', dateCell: '05/01/2024', type: 'Tel call', officer: 'PO1', details: 'DNA today. T/c to Lantern \u2013 D not seen by them since before New Year. Lantern to look out for him.',
    date: day('05/01/2024', '2024-01-05'), contacts: [c('voluntary', 'out', 'phone-call'), c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'P29', dateCell: '09/01/24', type: 'Notification', officer: 'SPO1', details: 'Notified by police (Marrowfield CID) that D was found deceased in a shop doorway on Ropewalk, where he had been rough sleeping, early hours today. Death under supervision notification completed.',
    date: day('09/01/24', '2024-01-09'), contacts: [c('police', 'in', 'notification')], concerns: ['housing'] },
];

// ======================================================================
// 3. AMBULANCE CAD (TSV)
// ======================================================================
const ambCols = ['CAD no', 'Incident date/time', 'Call category', 'Caller', 'Location', 'Chief complaint', 'Outcome', 'Conveyed to', 'Crew comments', 'Safeguarding referral'];
const ambRows = [
  { key: 'A1', cad: '230328-0091', dt: '28/03/2023 01:32', cat: 'Cat 3', caller: 'Member of public', loc: 'Wharf Lane (canal bridge)', cc: 'Fall - head injury', outcome: 'See and convey', conv: 'MGH ED', crew: 'Male 40s, ETOH, small lac to scalp. States he is living in a tent. ?Responding to unseen stimuli.', sg: 'N',
    date: day('28/03/2023', '2023-03-28'), time: '01:32', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other')], concerns: ['injury', 'substance-misuse', 'housing', 'parental-mental-health'] },
  { key: 'A2', cad: '230422-1377', dt: '22/04/2023 23:05', cat: 'Cat 3', caller: 'Member of public', loc: 'Ropewalk multi-storey car park, level 3', cc: 'Unconscious / collapse', outcome: 'See and treat - refused conveyance', conv: '', crew: 'Pt rousable, heavily intoxicated. Rough sleeper, poor self-care. Capacity assessed - has capacity, declined conveyance. Advice given.', sg: 'N',
    date: day('22/04/2023', '2023-04-22'), time: '23:05', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: ['substance-misuse', 'housing', 'neglect', 'non-engagement'] },
  { key: 'A3', cad: '230511-1102', dt: '11/05/2023 19:47', cat: 'Cat 4', caller: 'Member of public', loc: 'Market Square', cc: 'Intoxicated, vomiting', outcome: 'Hear and treat', conv: '', crew: 'Clinician call back 20:40 - caller had left scene, pt not located.', sg: 'N',
    date: day('11/05/2023', '2023-05-11'), time: '19:47', contacts: [c('family', 'in', 'phone-call')], concerns: ['substance-misuse'] },
  { key: 'A4', cad: '230602-0164', dt: '02/06/2023 03:10', cat: 'Cat 2', caller: 'Police', loc: 'Ropewalk', cc: 'Fitting / seizure', outcome: 'See and convey', conv: 'MGH ED', crew: 'Witnessed seizure (police on scene). Hx alcohol dependence, ?withdrawal seizure. NFA - sleeps in car park.', sg: 'N',
    date: day('02/06/2023', '2023-06-02'), time: '03:10', contacts: [c('police', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other')], concerns: ['substance-misuse', 'housing'] },
  { key: 'A5', cad: '230713-0988', dt: '13/07/2023 16:22', cat: 'Cat 2', caller: 'Police', loc: 'Cobden Street', cc: 'Mental health - s136', outcome: 'Conveyed with police (s136)', conv: 'Moorside HBPoS', crew: 'Pt agitated, believes he is being followed and poisoned. Detained by police s136. Conveyed to place of safety with police escort.', sg: 'N',
    date: day('13/07/2023', '2023-07-13'), time: '16:22', contacts: [c('police', 'in', 'phone-call'), c('family', 'out', 'other'), c('adult-mh', 'out', 'other')], concerns: ['parental-mental-health'] },
  { key: 'A6', cad: '230827-0231', dt: '27/08/2023 02:40', cat: 'Cat 3', caller: 'Member of public', loc: 'Marrowfield bus station', cc: 'Haemorrhage / laceration', outcome: 'See and convey', conv: 'MGH ED', crew: 'Lac R hand - punched a window? ETOH. Rough sleeping.', sg: 'N',
    date: day('27/08/2023', '2023-08-27'), time: '02:40', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other')], concerns: ['injury', 'substance-misuse', 'housing'] },
  { key: 'A7', cad: '230914-0019', dt: '14/09/2023 00:18', cat: 'Cat 3', caller: 'Member of public', loc: 'Ropewalk', cc: 'Assault - head injury', outcome: 'See and convey', conv: 'MGH ED', crew: 'Pt states assaulted by 2 males, kicked to head. GCS 15. Police informed by control.', sg: 'N',
    date: day('14/09/2023', '2023-09-14'), time: '00:18', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other'), c('police', 'out', 'notification')], concerns: ['injury'] },
  { key: 'A8', cad: '231003-1459', dt: '03/10/2023 21:55', cat: 'Cat 4', caller: 'NHS 111 (NCAS)', loc: 'Ropewalk (behind former bingo hall)', cc: 'Unwell adult', outcome: 'Not conveyed - pt not found', conv: '', crew: 'Crew on scene 22:51 - area searched, no trace of pt.', sg: 'N',
    date: day('03/10/2023', '2023-10-03'), time: '21:55', contacts: [c('family', 'attempted', 'other')], concerns: [] },
  { key: 'A9', cad: '231025-0377', dt: '25/10/2023 06:30', cat: 'Cat 3', caller: 'Member of public', loc: "St Oswin's church porch", cc: 'Cold / wet, ?hypothermia', outcome: 'See and treat - refused conveyance', conv: '', crew: 'Temp 35.4. Wet through, both feet macerated. Declined conveyance, has capacity. Foil blanket given, advised to go to Lantern drop-in.', sg: 'N',
    date: day('25/10/2023', '2023-10-25'), time: '06:30', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: ['neglect', 'non-engagement'] },
  { key: 'A10', cad: '231111-0102', dt: '11/11/2023 04:05', cat: 'Cat 2', caller: 'Member of public', loc: 'Ropewalk', cc: 'Chest pain', outcome: 'See and convey', conv: 'MGH ED', crew: 'ETOH. Chest pain ?musculoskeletal. Rough sleeper, poor self-care.', sg: 'N',
    date: day('11/11/2023', '2023-11-11'), time: '04:05', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other')], concerns: ['substance-misuse', 'housing', 'neglect'] },
  { key: 'A11', cad: '231126-1412', dt: '26/11/2023 22:40', cat: 'Cat 3', caller: 'Member of public', loc: 'Marrowfield bus station', cc: 'Found on floor', outcome: 'See and convey', conv: 'MGH ED', crew: 'Found on floor, temp 34.9, ETOH. Known to crews - frequent caller. No fixed abode.', sg: 'N',
    date: day('26/11/2023', '2023-11-26'), time: '22:40', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other')], concerns: ['substance-misuse', 'housing'] },
  { key: 'A12', cad: '231219-0048', dt: '19/12/2023 05:02', cat: 'Cat 2', caller: 'Lantern Project outreach worker', loc: 'Ropewalk (rear of former bingo hall)', cc: 'Hypothermia / confusion', outcome: 'See and convey', conv: 'MGH ED', crew: 'Called by outreach worker. Temp 33.8, confused. Safeguarding referral made to Marrowfield ASC - self-neglect, rough sleeping in sub-zero temps.', sg: 'Y - ASC',
    date: day('19/12/2023', '2023-12-19'), time: '05:02', contacts: [c('voluntary', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other'), c('asc', 'out', 'referral')], concerns: ['neglect', 'housing'] },
  { key: 'A13', cad: '240101-0211', dt: '01/01/2024 02:15', cat: 'Cat 3', caller: 'Member of public', loc: 'Market Square', cc: 'Intoxicated male', outcome: 'See and treat - refused conveyance', conv: '', crew: 'Pt known. Declined conveyance, has capacity. Advised re cold. Existing safeguarding ref 19/12.', sg: 'N (existing)',
    date: day('01/01/2024', '2024-01-01'), time: '02:15', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: ['substance-misuse', 'non-engagement'] },
  { key: 'A14', cad: '240109-0301', dt: '09/01/2024 05:52', cat: 'Cat 1', caller: 'Member of public (street cleaner)', loc: 'Ropewalk - shop doorway', cc: 'Unresponsive / ?cardiac arrest', outcome: 'ROLE - police informed', conv: 'Not conveyed', crew: 'Rough sleeper known to crews. Pt cold, rigor present. ROLE 06:04. Police on scene, coroner to be informed.', sg: 'N/A',
    date: day('09/01/2024', '2024-01-09'), time: '05:52', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('police', 'out', 'notification')], concerns: ['housing'] },
];

// ======================================================================
// 4. ED ATTENDANCES (xlsx)
// ======================================================================
const edCols = ['Arrival date', 'Arrival time', 'Arrival mode', 'Presenting complaint', 'Triage cat', 'Clinical summary', 'Referrals', 'Disposal', 'Discharge time', 'Address recorded'];
const edRows = [
  { key: 'E1', d: [2023, 3, 28], t: '02:14', mode: 'Ambulance (NCAS)', pc: 'Head injury / intoxicated', tri: '3', sum: 'Scalp lac glued. ETOH. Responding to voices, paranoid. Recently released from prison.', ref: 'Liaison psychiatry (RAID) - seen 04:30', disp: 'Discharged - NFA', dt: '07:40', addr: 'NFA',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other'), c('adult-mh', 'out', 'referral')], concerns: ['injury', 'substance-misuse', 'parental-mental-health', 'criminality', 'housing'] },
  { key: 'E2', d: [2023, 4, 18], t: '15:20', mode: 'Self', pc: 'Hearing voices - wants his injection', tri: '4', sum: 'Triaged. States no meds since release.', ref: '', disp: 'DNW - left before being seen', dt: '17:55', addr: 'NFA',
    contacts: [c('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'non-engagement', 'housing'] },
  { key: 'E3', d: [2023, 6, 2], t: '03:48', mode: 'Ambulance (NCAS)', pc: 'Seizure', tri: '2', sum: '?Alcohol withdrawal seizure. Chlordiazepoxide given. Plan admit AMU for detox.', ref: '', disp: 'Self-discharged against advice', dt: '09:15', addr: 'NFA - advised Housing Options',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other')], concerns: ['substance-misuse', 'non-engagement', 'housing'] },
  { key: 'E4', d: [2023, 8, 27], t: '03:15', mode: 'Ambulance (NCAS)', pc: 'Laceration R hand', tri: '3', sum: 'Lac R hand sutured x4. ETOH. Says sleeping rough on Ropewalk.', ref: '', disp: 'Discharged. Advised to contact Housing Options. D/c letter to GP (Inclusion Health) for ROS 10 days', dt: '06:10', addr: 'NFA',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other'), c('gp', 'out', 'letter')], concerns: ['injury', 'substance-misuse', 'housing'] },
  { key: 'E5', d: [2023, 9, 14], t: '00:55', mode: 'Ambulance (NCAS)', pc: 'Assault - head injury', tri: '2', sum: 'Kicked to head. CT head - no acute injury. Tearful, says voices telling him he deserves it. Ref to liaison psych 02:40.', ref: 'Liaison psychiatry', disp: 'Absconded before psych review. Lantern Project outreach informed by phone 08:30.', dt: '03:20', addr: 'NFA',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other'), c('adult-mh', 'out', 'referral'), c('voluntary', 'out', 'phone-call')], concerns: ['injury', 'parental-mental-health', 'non-engagement', 'missing'] },
  { key: 'E6', d: [2023, 9, 30], t: '11:40', mode: 'Self', pc: 'Painful feet', tri: '4', sum: 'Both feet macerated, ?early trench foot. Wet socks and boots. Poor self-care. Dressings and advice.', ref: '', disp: 'Discharged - d/c letter to GP (Inclusion Health)', dt: '13:05', addr: 'NFA',
    contacts: [c('family', 'in', 'attendance'), c('gp', 'out', 'letter')], concerns: ['neglect', 'housing'] },
  { key: 'E7', d: [2023, 11, 11], t: '04:40', mode: 'Ambulance (NCAS)', pc: 'Chest pain', tri: '2', sum: 'ECG NAD, trop neg. ETOH. ?Musculoskeletal. Frequent attender (7th att. this year).', ref: '', disp: 'Discharged. NFA - advised Housing Options / Lantern drop-in', dt: '08:00', addr: 'NFA',
    cont: 'FA flag added to Symphony record.',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other')], concerns: ['substance-misuse', 'housing'] },
  { key: 'E8', d: [2023, 11, 12], t: '21:10', mode: 'Self', pc: 'Suicidal thoughts / hearing voices', tri: '2', sum: 'Voices telling him to walk into traffic. Not intoxicated (BAC 0). Ref liaison psych.', ref: 'Liaison psychiatry - seen 22:15', disp: 'Discharged by liaison - CMHT to f/u', dt: '23:50', addr: 'NFA',
    contacts: [c('family', 'in', 'attendance'), c('adult-mh', 'out', 'referral')], concerns: ['parental-mental-health', 'housing'] },
  { key: 'E9', d: [2023, 11, 26], t: '23:25', mode: 'Ambulance (NCAS)', pc: 'Hypothermia', tri: '2', sum: 'Temp 34.9 on arrival, rewarmed. ETOH. Rough sleeping.', ref: '', disp: 'Self-discharged AMA', dt: '04:00', addr: 'NFA',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other')], concerns: ['substance-misuse', 'housing', 'non-engagement'] },
  { key: 'E10', d: [2023, 12, 19], t: '05:58', mode: 'Ambulance (NCAS)', pc: 'Hypothermia / confusion', tri: '2', sum: 'Temp 33.8. Rewarmed in CDU. Liaison psych review: not acutely psychotic, has capacity re where he sleeps. MGH safeguarding team aware (known via MARM).', ref: 'Liaison psychiatry - seen 13:00', disp: 'Discharged - Lantern Project collected (phoned 15:45)', dt: '16:30', addr: 'NFA',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other'), c('adult-mh', 'out', 'referral'), c('voluntary', 'out', 'phone-call')], concerns: ['neglect', 'housing', 'parental-mental-health'] },
  { key: 'E11', d: [2023, 12, 28], t: '14:05', mode: 'Self', pc: 'Foot pain', tri: '4', sum: '', ref: '', disp: 'DNW', dt: '15:30', addr: 'NFA',
    contacts: [c('family', 'in', 'attendance')], concerns: ['non-engagement', 'housing'] },
];

// ======================================================================
// 5. OUTREACH NOTES (txt)
// ======================================================================
const outEntries = [
  { key: 'O1', line: 'Fri 17/03/23 \u2013 Referral from Karen at probation (email). Dean, 44ish, just out of Thornmere, sleeping out down by the canal on Wharf Lane. MH history (schizophrenia?) + drink. Karen says he\u2019s got no GP.',
    date: day('Fri 17/03/23', '2023-03-17'), contacts: [c('probation', 'in', 'referral')], concerns: ['housing', 'parental-mental-health', 'substance-misuse'] },
  { key: 'O2', line: 'Sat 18th \u2013 Mel + Jay out early doors. Found Dean in a pop-up tent under the Wharf Lane bridge. Did the rough sleeper assessment with him and verified him on CHAIN. He was on the cans (8am!) and a bit jumpy, kept looking over his shoulder.',
    cont: ['Bad chesty cough. Gave him a sleeping bag, flask and hat. Told him about the Tues drop-in, he said he\u2019d come.'],
    date: day('Sat 18th', '2023-03-18'), time: '08:00', contacts: [c('family', 'out', 'assessment')], concerns: ['housing', 'substance-misuse'] },
  { key: 'O3', line: 'Tues 21st \u2013 Dean didn\u2019t show at drop-in.',
    date: day('Tues 21st', '2023-03-21'), contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'O4', line: 'End of March \u2013 tent\u2019s gone, Wharf Lane\u2019s been cleared (council enforcement?). No sign of Dean on the round. Asked the lads at the arches, nobody\u2019s seen him.',
    date: span('End of March', '2023-03-21', '2023-03-31', 'range'), contacts: [c('family', 'attempted', 'other')], concerns: ['housing'] },
  { key: 'O5', line: 'Weds 12th April \u2013 found him!! Ropewalk multi-storey, level 3 stairwell. Thinner. Quite paranoid \u2013 reckons the lads in the car park are putting stuff in his cans. Mel walked him up to Marrowfield Inclusion Health and got him registered, GP appt booked for Thurs.',
    date: day('Weds 12th April', '2023-04-12'), contacts: [c('family', 'out', 'other'), c('gp', 'out', 'other')], concerns: ['parental-mental-health', 'substance-misuse', 'housing'] },
  { key: 'O6', line: 'Thurs 20/4 \u2013 Dean in at drop-in for breakfast + shower. Didn\u2019t go to his GP appt (\u201ccouldn\u2019t be bothered\u201d). Priya rang the surgery and rebooked it.',
    date: day('Thurs 20/4', '2023-04-20'), contacts: [c('family', 'in', 'attendance'), c('gp', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'O7', line: 'May \u2013 barely seen Dean all month. Jay saw him once in the precinct, he wouldn\u2019t stop to talk.',
    date: span('May', '2023-05-01', '2023-05-31', 'month'), contacts: [c('family', 'attempted', 'other')], concerns: ['non-engagement'] },
  { key: 'O8', line: '7th June \u2013 Karen (probation) rang, had we seen Dean? Told her not for about 3 wks. She\u2019s sending a letter c/o us.',
    date: day('7th June', '2023-06-07'), contacts: [c('probation', 'in', 'phone-call')], concerns: [] },
  { key: 'O9', line: 'mid June \u2013 lads at the soup run saying Dean got \u201clifted\u201d by the police in town?? Rang probation to check, left a message for Karen, nobody got back to us. Still no sign of him on the rounds.',
    date: span('mid June', '2023-06-11', '2023-06-20', 'range'), contacts: [c('probation', 'attempted', 'phone-call')], concerns: ['criminality'] },
  { key: 'O10', line: 'Thurs 10 Aug \u2013 Mel rang Karen at probation: Dean turned up at drop-in this morning, says he\u2019s been in Moorside (the psych hospital) for \u201cweeks\u201d, got sectioned, and they\u2019ve let him out with a hostel list and nowhere to go. Karen didn\u2019t know he\u2019d been in hospital either. Nobody from the hospital rang us.',
    date: day('Thurs 10 Aug', '2023-08-10'), contacts: [c('probation', 'out', 'phone-call'), c('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'housing'] },
  { key: 'O11', line: '22/8 \u2013 Dean kipping behind the old bingo hall on Ropewalk now, cardboard + sleeping bag. Seems a bit calmer, says he\u2019s had his injection.',
    date: day('22/8', '2023-08-22'), contacts: [c('family', 'out', 'other')], concerns: ['housing', 'parental-mental-health'] },
  { key: 'O12', line: 'Thu 14/9 \u2013 08:30 call from MGH A&E (nurse in charge on nights) \u2013 Dean came in overnight after getting a kicking and walked out before the psych team saw him. Mel + Jay went looking, found him at the bus station about 11, head bandaged. Got him a brew and a new sleeping bag.',
    date: day('Thu 14/9', '2023-09-14'), time: '08:30', contacts: [c('ed', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: ['injury', 'non-engagement'] },
  { key: 'O13', line: 'approx 26/9 (Jay\u2019s note, date approx) \u2013 Dean asked about \u201cgetting a flat\u201d. Told him we\u2019d do a housing referral. He\u2019s not keen on hostels (\u201cfull of smackheads\u201d).',
    cont: ['Feet look bad, wet all the time. Told him to get to A&E or the GP.'],
    date: day('approx 26/9', '2023-09-26', true), contacts: [c('family', 'out', 'other')], concerns: ['housing', 'neglect'] },
  { key: 'O14', line: '9 Oct \u2013 Mel submitted a Duty to Refer for Dean on the council website (Housing Options DTR form). Didn\u2019t get a confirmation email but the page said submitted.',
    date: day('9 Oct', '2023-10-09'), contacts: [c('housing', 'out', 'referral')], concerns: ['housing'] },
  { key: 'O15', line: 'Mon 23rd Oct \u2013 rang Housing Options to chase the DTR, on hold 40 mins then cut off. Emailed the Housing Options inbox instead.',
    date: day('Mon 23rd Oct', '2023-10-23'), contacts: [c('housing', 'attempted', 'phone-call'), c('housing', 'out', 'email')], concerns: ['housing'] },
  { key: 'O16', line: '6/11 \u2013 nothing back from housing. Saw Dean on the round tonight and he\u2019s getting worse \u2013 not eating much, talking to himself a lot, shouting at people on Ropewalk. Feet in a right state.',
    date: day('6/11', '2023-11-06'), contacts: [c('family', 'out', 'other')], concerns: ['housing', 'parental-mental-health', 'neglect'] },
  { key: 'O17', line: 'Weds 15 Nov \u2013 Mel rang the CMHT duty line re Dean \u2013 voices, not eating, not coping with the cold, worried he\u2019ll die out there. Duty worker said it \u201csounds like a housing issue\u201d and to ring the council. Not happy!!',
    date: day('Weds 15 Nov', '2023-11-15'), contacts: [c('adult-mh', 'out', 'phone-call')], concerns: ['parental-mental-health', 'neglect', 'housing'] },
  { key: 'O18', line: '16/11 \u2013 Mel raised a safeguarding concern with ASC (online form) \u2013 self-neglect, rough sleeping, MH, nobody picking him up.',
    date: day('16/11', '2023-11-16'), contacts: [c('asc', 'out', 'referral')], concerns: ['neglect', 'housing', 'parental-mental-health'] },
  { key: 'O19', line: '22/11 \u2013 Tom (duty SW at ASC) rang back. They\u2019re calling a MARM for next week. Result.',
    date: day('22/11', '2023-11-22'), contacts: [c('asc', 'in', 'phone-call')], concerns: [] },
  { key: 'O20', line: '30/11 \u2013 MARM at the Civic Centre. Everyone there for once \u2013 ASC (Tom chairing), Karen from probation, housing (Lisa), CMHT (Sam), Dr Okafor from Inclusion Health, the A&E safeguarding nurse, a PCSO from the town centre team, ambulance safeguarding lady on Teams, and me (Mel). Actions: housing to get him assessed + a SWEP bed when it goes cold, Sam + Mel to go out together to see him, ASC opening a s42.',
    date: day('30/11', '2023-11-30'), contacts: ['asc', 'probation', 'housing', 'adult-mh', 'gp', 'ed', 'police', 'ambulance'].map(w => c(w, 'both', 'conference')), concerns: ['housing'] },
  { key: 'O21', line: 'Thurs 7th Dec \u2013 Mel + Sam (CPN) out on Ropewalk 7pm. Dean wouldn\u2019t really talk to Sam, told him to \u201cdo one\u201d. Sam says he\u2019s not sectionable. Gave him a new coat.',
    date: day('Thurs 7th Dec', '2023-12-07'), time: '19:00', contacts: [c('adult-mh', 'both', 'assessment'), c('family', 'out', 'assessment')], concerns: ['non-engagement'] },
  { key: 'O22', line: 'Tues 12th Dec \u2013 SWEP is on (\u22124). Jay found Dean on Ropewalk and took him down to the Civic Hall SWEP about half 9, got him a bed.',
    date: day('Tues 12th Dec', '2023-12-12'), time: '21:30', contacts: [c('family', 'out', 'other'), c('housing', 'out', 'other')], concerns: ['housing'] },
  { key: 'O23', line: '13/12 \u2013 SWEP staff say Dean walked out about 3am. Too many people, he said later.',
    date: day('13/12', '2023-12-13'), time: '03:00', contacts: [c('housing', 'in', 'information-share')], concerns: ['non-engagement', 'housing'] },
  { key: 'O24', line: 'Tue 19/12 \u2013 Jay on the early round found Dean 04:50 behind the bingo hall, couldn\u2019t wake him properly, freezing cold and confused. Rang 999 \u2013 ambulance came quick, took him to MGH.',
    cont: ['A&E rang at quarter to 4 \u2013 he\u2019s being let out, can we collect. Priya picked him up and took him to drop-in for food and a warm.'],
    date: day('Tue 19/12', '2023-12-19'), time: '04:50', contacts: [c('ambulance', 'out', 'phone-call'), c('family', 'out', 'other'), c('ed', 'in', 'phone-call')], concerns: ['neglect', 'housing'] },
  { key: 'O25', line: 'Tues 2nd Jan 2024 \u2013 couldn\u2019t find Dean on the round. Not behind the bingo hall, his stuff\u2019s gone.',
    date: day('Tues 2nd Jan 2024', '2024-01-02'), contacts: [c('family', 'attempted', 'other')], concerns: [] },
  { key: 'O26', line: '4/1 \u2013 email from Sam (CMHT) \u2013 Dean DNA\u2019d his clinic appt today, can we keep an eye out.',
    date: day('4/1', '2024-01-04'), contacts: [c('adult-mh', 'in', 'email')], concerns: ['non-engagement'] },
  { key: 'O27', line: '5/1 \u2013 Karen (probation) rang, Dean missed his probation appt. Told her we\u2019ve not seen him since before New Year.',
    date: day('5/1', '2024-01-05'), contacts: [c('probation', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'O28', line: 'Tues 9th Jan \u2013 police rang the office about 10. Dean was found dead in a shop doorway on Ropewalk early this morning. Absolutely gutted. Jay + Mel went down.',
    cont: ['He\u2019d moved his stuff about 200 yds up the road. We\u2019d walked past that doorway on our rounds.'],
    date: day('Tues 9th Jan', '2024-01-09'), contacts: [c('police', 'in', 'phone-call')], concerns: ['housing'] },
];

// ======================================================================
// 6. HOUSING OPTIONS (csv)
// ======================================================================
const houCols = ['Date', 'Case ref', 'Event type', 'Officer', 'Notes', 'Referrer notified (Y/N)'];
const houRows = [
  { key: 'H1', date: day('21/02/2023', '2023-02-21'), ref: 'HO/23/0412', ev: 'DTR received', off: 'System', notes: 'Duty to Refer received from HMPPS Marrowfield PDU (PO1). Applicant in custody HMP Thornmere, release 09/03/2023, NFA. Awaiting allocation.', rn: 'N/A',
    contacts: [c('probation', 'in', 'referral')], concerns: ['housing', 'criminality'] },
  { key: 'H2', date: day('31/03/2023', '2023-03-31'), ref: 'HO/23/0412', ev: 'Allocated / contact attempt', off: 'HO2', notes: 'Allocated to HO2 (backlog). No tel no. for applicant. Letter sent to applicant c/o HMP Thornmere inviting him to contact Housing Options within 14 days.', rn: '',
    contacts: [c('family', 'out', 'letter')], concerns: ['housing'] },
  { key: 'H3', date: day('28/04/2023', '2023-04-28'), ref: 'HO/23/0412', ev: 'Case closed', off: 'HO2', notes: 'No contact from applicant. Case closed - unable to contact. No duty owed.', rn: 'N',
    contacts: [], concerns: ['housing', 'non-engagement'] },
  { key: 'H4', date: day('06/07/2023', '2023-07-06'), ref: 'HO/23/1187', ev: 'DTR received', off: 'HO1', notes: 'DTR from HMPPS (PO1) - applicant re-released today, NFA. Previous closed case HO/23/0412 noted. Allocated HO1 same day.', rn: 'N/A',
    contacts: [c('probation', 'in', 'referral')], concerns: ['housing', 'criminality'] },
  { key: 'H5', date: day('07/07/2023', '2023-07-07'), ref: 'HO/23/1187', ev: 'Email', off: 'HO1', notes: 'Email to PO1: DTR acknowledged, appointment offered Tues 11/07/2023 10:00 Civic Centre.', rn: 'Y',
    contacts: [c('probation', 'out', 'email')], concerns: ['housing'] },
  { key: 'H6', date: day('11/07/2023', '2023-07-11'), ref: 'HO/23/1187', ev: 'Assessment', off: 'HO1', notes: 'Applicant attended. Homelessness assessment completed - homeless, relief duty accepted (s189B). PHP agreed. Currently in CAS3 accommodation (Cobden St) arranged by probation - no TA required. PO1 updated by email.', rn: 'Y',
    contacts: [c('family', 'in', 'attendance'), c('probation', 'out', 'email')], concerns: ['housing'] },
  { key: 'H7', date: day('05/09/2023', '2023-09-05'), ref: 'HO/23/1187', ev: 'Case closed', off: 'HO1', notes: 'Relief duty ended (56 days). Applicant accommodated in CAS3 (Cobden St) per probation. Case closed. Closure letter sent to Cobden St.', rn: 'N',
    contacts: [c('family', 'out', 'letter')], concerns: ['housing'] },
  { key: 'H8', date: day('30/11/2023', '2023-11-30'), ref: '', ev: 'MARM', off: 'HO3', notes: 'Attended MARM re Mr D (chair ASC). Present: ASC, Probation, CMHT, Lantern Project, Inclusion Health GP, MGH safeguarding, NCAS, Police NPT. Action: HO3 to open new approach, complete assessment, SWEP when activated.', rn: '',
    contacts: ['asc', 'probation', 'adult-mh', 'voluntary', 'gp', 'ed', 'ambulance', 'police'].map(w => c(w, 'both', 'conference')), concerns: ['housing'] },
  { key: 'H9', date: day('05/12/2023', '2023-12-05'), ref: 'HO/23/2266', ev: 'New approach', off: 'HO3', notes: 'New case opened following MARM. No DTR on system from Lantern Project (Lantern state one was submitted via website 09/10 - not received). Previous cases HO/23/0412 and HO/23/1187 closed.', rn: '',
    contacts: [], concerns: ['housing'] },
  { key: 'H10', date: day('12/12/2023', '2023-12-12'), time: '21:30', ref: 'HO/23/2266', ev: 'SWEP', off: 'OOH (HO4)', notes: 'SWEP activated (forecast -4C). Applicant brought to Civic Hall SWEP provision by Lantern outreach 21:30, bed allocated.', rn: '',
    contacts: [c('voluntary', 'in', 'other'), c('family', 'in', 'attendance')], concerns: ['housing'] },
  { key: 'H11', date: day('13/12/2023', '2023-12-13'), time: '03:00', ref: 'HO/23/2266', ev: 'SWEP', off: 'OOH (HO4)', notes: 'Applicant left SWEP approx 03:00 and did not return. Bed held for following night - not used.', rn: '',
    contacts: [], concerns: ['non-engagement', 'housing'] },
  { key: 'H12', date: day('14/12/2023', '2023-12-14'), ref: 'HO/23/2266', ev: 'Appointment', off: 'HO3', notes: 'Assessment appt (arranged via Lantern) - DNA. Lantern informed by email, to rebook.', rn: '',
    contacts: [c('family', 'attempted', 'dna'), c('voluntary', 'out', 'email')], concerns: ['non-engagement', 'housing'] },
];

// ======================================================================
// Build entries (gold) in file order
// ======================================================================
const entries = [];
const refOf = {};
function addEntry(file, agency, key, e, text) {
  const n = entries.filter(x => x.ref.startsWith(file + '#')).length + 1;
  const ref = `${file}#${n}`;
  refOf[key] = ref;
  const out = { ref, agency };
  if (e.employer) out.employer = e.employer;
  out.date = e.date;
  out.time = e.time ?? null;
  out.text = text;
  out.contacts = e.contacts;
  out.concerns = e.concerns;
  out._key = key;
  entries.push(out);
}

// IMR entries
for (const s of imrSections) {
  for (const p of s.paras) {
    if (!p.parts) continue;
    let cur = null;
    for (const part of p.parts) {
      if (part.e) {
        if (cur) addEntry(F.imr, 'adult-mh', cur.e.key, cur.e, cur.text);
        cur = { e: part.e, text: part.e.text };
      } else if (part.t) {
        cur.text += ' ' + part.t;
      }
    }
    if (cur) addEntry(F.imr, 'adult-mh', cur.e.key, cur.e, cur.text);
  }
}
// probation
for (const r of probRows) {
  if (!r.key) continue;
  const details = r.cont ? `${r.details} ${r.cont}` : r.details;
  addEntry(F.prob, 'probation', r.key, r, [r.type, r.officer, details].filter(Boolean).join(' | '));
}
// ambulance
for (const r of ambRows) {
  const cells = [r.cad, r.cat, r.caller, r.loc, r.cc, r.outcome, r.conv, r.crew, r.sg];
  addEntry(F.amb, 'ambulance', r.key, r, cells.filter(Boolean).join(' | '));
}
// ED
const pad = n => String(n).padStart(2, '0');
for (const r of edRows) {
  const [y, m, dd] = r.d;
  r.date = day(`${pad(dd)}/${pad(m)}/${y}`, `${y}-${pad(m)}-${pad(dd)}`);
  r.time = r.t;
  const sum = r.cont ? (r.sum ? `${r.sum} ${r.cont}` : r.cont) : r.sum;
  const cells = [r.mode, r.pc, r.tri, sum, r.ref, r.disp, r.dt, r.addr];
  addEntry(F.ed, 'ed', r.key, r, cells.filter(Boolean).join(' | '));
}
// outreach
for (const o of outEntries) {
  const text = [o.line, ...(o.cont || [])].join(' ');
  addEntry(F.out, 'voluntary', o.key, o, text);
}
// housing
for (const h of houRows) {
  const cells = [h.ref, h.ev, h.off, h.notes, h.rn];
  addEntry(F.hou, 'housing', h.key, h, cells.filter(Boolean).join(' | '));
}

// ---------- duplicates ----------
const dupGroupsKeys = [
  ['P12', 'O8'],            // 07/06 probation -> Lantern call
  ['P17', 'H5'],            // 07/07 housing email to probation
  ['P20', 'O10'],           // 10/08 Lantern -> probation call
  ['M19', 'O17'],           // 15/11 Lantern -> CMHT duty call
  ['M20', 'P26', 'O20', 'H8'], // 30/11 MARM
  ['M21', 'O21'],           // 07/12 joint street assessment
  ['O22', 'H10'],           // 12/12 SWEP placement
  ['O23', 'H11'],           // 13/12 left SWEP
  ['A12', 'O24'],           // 19/12 999 call by outreach
  ['M23', 'O26'],           // 04/01 CPN email to Lantern
  ['P28', 'O27'],           // 05/01 probation -> Lantern call
];
const fileOrder = Object.values(F);
const refIndex = r => { const [f, n] = r.split('#'); return [fileOrder.indexOf(f), Number(n)]; };
const duplicates = [];
for (const g of dupGroupsKeys) {
  const refs = g.map(k => refOf[k]);
  const ents = refs.map(r => entries.find(e => e.ref === r));
  ents.sort((a, b) => (a.date.earliest < b.date.earliest ? -1 : a.date.earliest > b.date.earliest ? 1 :
    (refIndex(a.ref)[0] - refIndex(b.ref)[0]) || (refIndex(a.ref)[1] - refIndex(b.ref)[1])));
  const first = ents[0];
  for (const e of ents.slice(1)) e.duplicateOf = first.ref;
  duplicates.push(ents.map(e => e.ref));
}

// ---------- gaps ----------
const R = keys => keys.map(k => { if (!refOf[k]) throw new Error('no ref ' + k); return refOf[k]; });
const gaps = [
  { id: 'MF-G01', code: 'G3', alsoAcceptable: ['G4', 'G2'], from: 'probation', to: ['housing'], anchors: R(['P3', 'P4', 'P5', 'P9', 'H1', 'H2', 'H3']),
    note: 'Probation\u2019s pre-release Duty to Refer (20/02/23) was logged by Housing Options the next day but not allocated for five weeks; the only contact attempt was a letter to the prison after he had been released, and the case was closed on 28/04/23 without telling the referrer. Probation\u2019s chasers of 03/03 and 20/04 went unanswered and Mr D left prison with nowhere to go.' },
  { id: 'MF-G02', code: 'G9', alsoAcceptable: ['G1'], from: 'other', to: ['adult-mh'], anchors: R(['P2', 'M2']),
    note: 'Prison healthcare knew his diagnosis and depot regime but would only send a summary to a GP of registration, which he did not have; the information did not follow him into the community and liaison psychiatry could not obtain it on 28/03/23.' },
  { id: 'MF-G03', code: 'G7', alsoAcceptable: [], from: 'adult-mh', to: ['probation'], anchors: R(['M2']),
    note: 'Liaison psychiatry recorded that he was on licence (\u2018PO?\u2019) but made no contact with the Probation Service to learn his risk, history, address or supervising officer.' },
  { id: 'MF-G04', code: 'G8', alsoAcceptable: ['G1'], from: 'adult-mh', to: ['probation'], anchors: R(['M4', 'M5', 'M6']),
    note: 'The CMHT sent appointments to an out-of-date address, and on 04/05/23 discharged him after two DNAs without telling anyone, although its own liaison record showed he was on licence and probation could have reached him.' },
  { id: 'MF-G05', code: 'G1', alsoAcceptable: [], from: 'probation', to: ['adult-mh'], anchors: R(['P7', 'P11']),
    note: 'Probation saw the return of voices, the lapse of his depot and growing paranoia (16/03 and 17/05/23) but made no referral to mental health services; he was only advised to see a GP.' },
  { id: 'MF-G06', code: 'G1', alsoAcceptable: [], from: 'probation', to: ['voluntary'], anchors: R(['P14', 'P15', 'O9']),
    note: 'Probation had been asking the Lantern Project about his whereabouts, yet when he was recalled and returned to prison in June 2023 the outreach service was not told, and its message to the officer was not returned; they kept searching for him.' },
  { id: 'MF-G07', code: 'G6', alsoAcceptable: [], from: 'adult-mh', to: ['probation', 'housing', 'voluntary'], anchors: R(['M11', 'O10']),
    note: 'The Larch Ward discharge planning meeting (03/08/23) was held within the Trust only, although the ward knew he was on licence, had lost his CAS3 room and was known to Lantern outreach.' },
  { id: 'MF-G08', code: 'G1', alsoAcceptable: ['G5'], from: 'adult-mh', to: ['housing'], anchors: R(['M10', 'M11', 'M12']),
    note: 'The ward knew from 25/07/23 that his CAS3 room had gone but made no Duty to Refer to Marrowfield Council before discharging him to \u2018NFA\u2019 on 04/08/23.' },
  { id: 'MF-G09', code: 'G1', alsoAcceptable: ['G7'], from: 'adult-mh', to: ['probation', 'voluntary'], anchors: R(['M8', 'M12', 'M13', 'P19', 'P20', 'O10']),
    note: 'The Trust knew he was on licence and known to Lantern but told neither probation nor the outreach service of his detention or discharge; probation was considering recall while he was on the ward, and the 72-hour follow-up was abandoned without asking either agency where he was.' },
  { id: 'MF-G10', code: 'G3', alsoAcceptable: ['G2', 'G10'], from: 'probation', to: ['housing'], anchors: R(['P21', 'H7']),
    note: 'Probation emailed Housing Options on 14/08/23 that he had left CAS3 and was rough sleeping (out-of-office reply); the relief duty was closed on 05/09/23 recording him as accommodated in CAS3 and the closure letter went to Cobden Street.' },
  { id: 'MF-G11', code: 'G1', alsoAcceptable: ['G5'], from: 'ambulance', to: ['asc'], anchors: R(['A2', 'A9', 'A10', 'A11']),
    note: 'Crews attended a rough-sleeping man with poor self-care, intoxication, macerated feet and low temperatures repeatedly from April 2023 and recorded no safeguarding referral until 19/12/23.' },
  { id: 'MF-G12', code: 'G1', alsoAcceptable: [], from: 'ed', to: ['housing'], anchors: R(['E1', 'E3', 'E4', 'E6', 'E7', 'E9']),
    note: 'The ED recorded him as NFA at every one of eleven attendances and repeatedly \u2018advised Housing Options\u2019, but never made a Duty to Refer to the council.' },
  { id: 'MF-G13', code: 'G2', alsoAcceptable: ['G3', 'G4'], from: 'voluntary', to: ['housing'], anchors: R(['O14', 'O15', 'O16', 'H9']),
    note: 'The Lantern Project\u2019s Duty to Refer of 09/10/23 and its email chaser have no record at Housing Options, which only opened a case after the MARM in December and then noted that no DTR was on its system.' },
  { id: 'MF-G14', code: 'G10', alsoAcceptable: ['G3'], from: 'voluntary', to: ['adult-mh'], anchors: R(['O17', 'M19']),
    note: 'Lantern reported voices, not eating and not coping with the cold (15/11/23); the CMHT duty worker recorded it as a housing query, did not link it to the liaison referral of the day before, and took no mental health action.' },
];

const decoys = [
  { id: 'MF-D01', looksLike: ['G2', 'G4'], refs: R(['P8', 'O1', 'O2']),
    note: 'Probation\u2019s referral to the Lantern Project on 17/03/23 was received the same day and acted on the next morning (street assessment, CHAIN verification).' },
  { id: 'MF-D02', looksLike: ['G3', 'G4'], refs: R(['P16', 'H4', 'H5', 'P17', 'H6']),
    note: 'The second Duty to Refer (06/07/23) was logged and allocated the same day, acknowledged to the referrer with an appointment, and the assessment was completed with probation updated.' },
  { id: 'MF-D03', looksLike: ['G6'], refs: R(['M20', 'P26', 'O20', 'H8']),
    note: 'The MARM of 30/11/23 was attended by every agency involved: ASC, probation, housing, CMHT, Lantern, the Inclusion Health GP, hospital (ED) safeguarding, police and the ambulance service.' },
];

// ======================================================================
// Write files
// ======================================================================
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Header, Footer, AlignmentType, PageNumber,
  Table, TableRow, TableCell, WidthType, ShadingType, PageOrientation } = docx;

// ---- IMR docx -> pdf
async function writeImr() {
  const children = [];
  const title = (t, size = 28, bold = true) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: t, bold, size })] });
  children.push(title('Marrowfield Safeguarding Adults Board', 32));
  children.push(title('Safeguarding Adult Review \u2013 Mr D', 30));
  children.push(title('Individual Management Review (IMR)', 28));
  children.push(title('Agency: Marrowfield and Weaver Valley Partnership NHS Foundation Trust (mental health services)', 22, false));
  children.push(title('Author: Named Professional for Safeguarding Adults  |  Version 0.4 \u2013 draft for SAR panel', 20, false));
  children.push(new Paragraph({ text: '' }));
  for (const s of imrSections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: s.heading, bold: true })] }));
    for (const p of s.paras) {
      const txt = p.parts ? p.parts.map(x => (x.e ? x.e.text : x.t)).join(' ') : p.text;
      children.push(new Paragraph({ spacing: { after: 140 }, indent: { left: 720, hanging: 720 },
        children: [new TextRun({ text: p.num + '\t' }), new TextRun({ text: txt })] }));
    }
  }
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'OFFICIAL-SENSITIVE  \u2013  SAR Mr D  \u2013  IMR: MWVP NHS FT (mental health)  \u2013  DRAFT v0.4', size: 16, color: '555555' })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })] }) },
      children,
    }],
  });
  const buf = await Packer.toBuffer(doc);
  const docxPath = path.join(TMP, 'mental-health-imr.docx');
  fs.writeFileSync(docxPath, buf);
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, docxPath], { stdio: 'pipe' });
}

// ---- probation docx
async function writeProbation() {
  const widths = [1500, 1500, 1100, 5900];
  const cell = (t, w, opts = {}) => new TableCell({ width: { size: w, type: WidthType.DXA }, columnSpan: opts.span,
    shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.shade } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text: t, bold: !!opts.bold, size: 20 })] })] });
  const rows = [new TableRow({ tableHeader: true, children: ['Date', 'Contact type', 'Officer', 'Details'].map((h, i) => cell(h, widths[i], { bold: true, shade: 'D9D9D9' })) })];
  for (const r of probRows) {
    if (r.heading) rows.push(new TableRow({ children: [cell(r.heading, widths.reduce((a, b) => a + b), { span: 4, bold: true, shade: 'F2F2F2' })] }));
    else if (r.blank) rows.push(new TableRow({ children: widths.map(w => cell('', w)) }));
    else {
      rows.push(new TableRow({ children: [cell(r.dateCell, widths[0]), cell(r.type, widths[1]), cell(r.officer, widths[2]), cell(r.details, widths[3])] }));
      if (r.cont) rows.push(new TableRow({ children: [cell('', widths[0]), cell('', widths[1]), cell('', widths[2]), cell(r.cont, widths[3])] }));
    }
  }
  const P = (t, bold = false, size = 22) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: t, bold, size })] });
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'OFFICIAL-SENSITIVE', size: 16 })] })] }) },
      children: [
        P('The Probation Service \u2013 North West Region \u2013 Marrowfield PDU', true, 26),
        P('Single agency chronology for Safeguarding Adult Review: Mr D (\u201cD\u201d)', true, 24),
        P('Source: nDelius contact log, OASys. Compiled by SPO1. Abbreviations: COM/OM = community offender manager, PO = probation officer, NFA = no fixed abode, DTR = Duty to Refer, FTR = fixed term recall, CAS3 = Community Accommodation Service Tier 3, SED = sentence end date.', false, 18),
        new Paragraph({ text: '' }),
        new Table({ width: { size: widths.reduce((a, b) => a + b), type: WidthType.DXA }, columnWidths: widths, rows }),
        new Paragraph({ text: '' }),
        P('End of chronology.', false, 18),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, F.prob), await Packer.toBuffer(doc));
}

// ---- ambulance tsv
function writeAmb() {
  const lines = [];
  lines.push('Northern Counties Ambulance Service NHS Trust - CAD incident extract (patient-matched) - SAR Mr D');
  lines.push('Extract run by NCAS Safeguarding Team for the SAR panel. Times are call receipt times.');
  lines.push(ambCols.join('\t'));
  for (const r of ambRows) {
    const cells = [r.cad, r.dt, r.cat, r.caller, r.loc, r.cc, r.outcome, r.conv, r.crew, r.sg];
    for (const x of cells) if (/[\t\n]/.test(x)) throw new Error('tab/newline in TSV cell');
    lines.push(cells.join('\t'));
  }
  fs.writeFileSync(path.join(OUT, F.amb), lines.join('\n') + '\n');
}

// ---- ED xlsx
async function writeEd() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ED attendances');
  ws.addRow(['Marrowfield and District Hospitals NHS Foundation Trust \u2013 Emergency Department']);
  ws.addRow(['Attendances for Patient D (SAR information request) \u2013 extracted from Symphony']);
  ws.addRow([]);
  const hdr = ws.addRow(edCols);
  hdr.font = { bold: true };
  for (const r of edRows) {
    const [y, m, dd] = r.d;
    const row = ws.addRow([new Date(Date.UTC(y, m - 1, dd)), r.t, r.mode, r.pc, r.tri, r.sum || null, r.ref || null, r.disp, r.dt, r.addr]);
    row.getCell(1).numFmt = 'dd/mm/yyyy';
    if (r.cont) ws.addRow([null, null, null, null, null, r.cont]);
  }
  ws.addRow([]);
  ws.addRow(['End of extract']);
  ws.columns.forEach((col, i) => { col.width = [12, 10, 16, 28, 9, 60, 30, 40, 12, 24][i]; });
  ws.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  await wb.xlsx.writeFile(path.join(OUT, F.ed));
}

// ---- outreach txt
function writeOut() {
  const parts = [];
  parts.push('LANTERN PROJECT \u2013 street outreach & drop-in');
  parts.push('Client notes: DEAN (SAR ref: Mr D)');
  parts.push('Exported from our case notes for the SAR panel. Workers: Mel (outreach lead), Jay (outreach worker), Priya (drop-in).');
  parts.push('------------------------------------------------------------');
  parts.push('');
  for (const o of outEntries) {
    parts.push(o.line);
    for (const cc of o.cont || []) { parts.push(''); parts.push(cc); }
    parts.push('');
  }
  parts.push('[end of notes]');
  fs.writeFileSync(path.join(OUT, F.out), parts.join('\n') + '\n');
}

// ---- housing csv
function writeHou() {
  const q = v => (/[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
  const lines = [];
  lines.push(q('Marrowfield Borough Council - Housing Options - case history extract (Jigsaw) - Applicant: Mr D'));
  lines.push(houCols.map(q).join(','));
  for (const h of houRows) lines.push([h.date.raw, h.ref, h.ev, h.off, h.notes, h.rn].map(q).join(','));
  fs.writeFileSync(path.join(OUT, F.hou), lines.join('\r\n') + '\r\n');
}

// ---- gold + README
function writeGold() {
  const gold = {
    case: CASE,
    title: 'SAR Mr D \u2013 Marrowfield: man released from prison to no fixed abode, with psychosis and alcohol dependence, who died rough sleeping',
    reviewType: 'sar',
    reviewPeriod: { from: '2023-02-01', to: '2024-01-10' },
    conventions: {
      subject: 'Mr D (\u201cD\u201d in probation records, \u201cDean\u201d in the outreach notes, \u201cPatient D\u201d in the ED extract). Contacts with him are \u201cfamily\u201d.',
      'parental-mental-health': 'Used for Mr D\u2019s own mental health (adult review).',
      agencies: 'Marrowfield and Weaver Valley Partnership NHS FT (liaison psychiatry/RAID, CMHT, HBPoS, Larch Ward) = adult-mh; Marrowfield General Hospital ED / CDU (Marrowfield and District Hospitals NHS FT) = ed; Northern Counties Ambulance Service (NCAS, incl. its NHS 111) = ambulance; Marrowfield PDU = probation; Marrowfield Borough Council Housing Options incl. SWEP provision = housing; Lantern Project (charity) = voluntary; Marrowfield Inclusion Health (GP practice) = gp; Adult Social Care (MARM chair) = asc; HMP Thornmere healthcare, the CAS3 accommodation provider and the coroner = other; police = police.',
      liaison: 'Liaison psychiatry belongs to the mental health trust, not the acute trust, so ED referrals to it are ed -> adult-mh contacts.',
      seconded: 'AMHP1 is an ASC social worker seconded to the mental health trust: employer asc on that entry.',
      ambulanceConveyance: 'A crew conveying him to the ED is recorded as ambulance -> ed (out, other) and, on the ED side, as ambulance (in, other) on the attendance row. The CAD incident and the ED attendance are different events and are not duplicates.',
      meetings: 'MARM = multi-agency risk management meeting (conference). No MASH in this case.',
      mentionedPeriodParagraphs: 'IMR paragraphs 1.1, 1.3 and section 5 narrate no dated event and are not entries; probation section-heading rows, blank rows and the continuation row are not entries; the ED continuation row (FA flag) belongs to the row above.',
      dates: 'Outreach "End of March" = 21-31 March (late); "mid June" = 11-20 June; "approx 26/9" = uncertain day. Probation "30.08/23" is a typo for 30/08/2023. Times: CAD call time, ED arrival time, otherwise an explicit clock time in the text.',
    },
    files: [
      { file: F.imr, agency: 'adult-mh', format: 'pdf' },
      { file: F.prob, agency: 'probation', format: 'docx' },
      { file: F.amb, agency: 'ambulance', format: 'tsv' },
      { file: F.ed, agency: 'ed', format: 'xlsx' },
      { file: F.out, agency: 'voluntary', format: 'txt' },
      { file: F.hou, agency: 'housing', format: 'csv' },
    ],
    entries: entries.map(({ _key, ...e }) => e),
    gaps,
    duplicates,
    decoys,
  };
  fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

  const counts = {};
  for (const g of gaps) counts[g.code] = (counts[g.code] || 0) + 1;
  const perFile = Object.values(F).map(f => `${f}: ${entries.filter(e => e.ref.startsWith(f + '#')).length}`).join('; ');
  const readme = `# ${CASE} \u2013 Safeguarding Adult Review, Mr D (Marrowfield)

Invented case. Every person, place, service and date is fictional (Marrowfield is an invented North West town).

## Story
Mr D, a man in his mid-40s with paranoid schizophrenia and alcohol dependence, is released from HMP Thornmere on
licence on 9 March 2023 with no fixed abode. Probation's pre-release Duty to Refer is logged by Housing Options but
left unallocated and closed without contact. He sleeps rough by the canal and in a multi-storey car park; the Lantern
Project (a rough-sleeper outreach charity) takes him on after a probation referral but keeps losing him. Liaison
psychiatry sees him in the ED, cannot get his prison medication history, and refers him to a CMHT that writes to an
old address and discharges him. He is recalled in June (the outreach charity is not told), re-released into CAS3
accommodation, detained under s136/s2 in July, loses his CAS3 room while on the ward and is discharged on 4 August to
"NFA" after a discharge planning meeting held within the trust only, with no Duty to Refer and no word to probation or
the outreach charity. Housing closes his relief duty in September believing he is in CAS3. Ambulance crews and the ED
see him again and again (NFA, intoxicated, macerated feet, hypothermia) without a Duty to Refer or, until December, a
safeguarding referral. Lantern's Duty to Refer in October never reaches Housing Options, and its call to the CMHT duty
line is logged as a housing query. A MARM with every agency present meets on 30 November; SWEP is tried; he leaves.
He is found dead in a shop doorway on 9 January 2024.

Review period: 1 February 2023 (probation allocation, pre-release) to 10 January 2024 (trust told of the death).

## Files
- \`mental-health-imr.pdf\` \u2013 adult-mh IMR, numbered paragraphs in sections by period, running header, page footer (docx converted by LibreOffice).
- \`probation-chronology.docx\` \u2013 Word table Date | Contact type | Officer | Details, with two section-heading rows, a blank row and a continuation row.
- \`ambulance-cad.tsv\` \u2013 CAD extract, two title lines then a header row.
- \`hospital-ed.xlsx\` \u2013 one sheet, title rows, header on row 4, one continuation row.
- \`outreach-notes.txt\` \u2013 informal dated notes; some undated paragraphs continue the entry above.
- \`housing-options.csv\` \u2013 council case history extract with a title line.

Entries: ${entries.length} (${perFile}).
Gaps: ${gaps.length} (${Object.entries(counts).map(([k, v]) => `${k} x${v}`).join(', ')}). Decoys: ${decoys.length}. Duplicate groups: ${duplicates.length}.

## Case conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}
- Duplicates: phone calls and emails recorded by both ends, the MARM (four records), the joint street assessment,
  the SWEP placement and his leaving it, and the outreach worker's 999 call. A sender's referral and the receiver's
  log of it (e.g. the DTRs) are not duplicates.
- Writer habits: probation uses PO/OM/COM, NFA (= no fixed abode), licence, recall, FTR, CAS3; the ED uses "NFA" both
  for the address (no fixed abode) and in "Discharged - NFA" (no further action), self-discharged, absconded, DNW;
  the outreach notes use first names (Dean, Karen = PO1, Sam = CPN3, Tom = ASC duty SW, Lisa = HO3) and slang.

Generated by \`/work/blind/generators/${CASE}.mjs\`.
`;
  fs.writeFileSync(path.join(OUT, 'README.md'), readme);
}

await writeImr();
await writeProbation();
writeAmb();
await writeEd();
writeOut();
writeHou();
writeGold();
console.log('entries', entries.length, 'gaps', gaps.length, 'dups', duplicates.length);
