// Generator for invented case w7-dhr-merrowby-suicide (DHR: domestic-abuse-related death by suicide).
// Writes every agency file, gold.json and README.md into /work/blind/w7-dhr-merrowby-suicide/.
// Run: node /work/blind/generators/w7-dhr-merrowby-suicide.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType,
  HeadingLevel, Header, Footer, AlignmentType, PageNumber,
} = docx;

const CASE = 'w7-dhr-merrowby-suicide';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const C = (w, d, t) => ({ with: w, direction: d, type: t });
const DA = 'domestic-abuse', MH = 'parental-mental-health', SM = 'substance-misuse', INJ = 'injury',
  NE = 'non-engagement', HOU = 'housing', CRIM = 'criminality', CD = 'child-development', OTH = 'other';

const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function dow(iso) { return DOW[new Date(iso + 'T12:00:00Z').getUTCDay()]; }
function day(raw, iso, extra = {}) {
  return { raw, earliest: iso, latest: iso, precision: 'day', uncertain: false, ...extra };
}
function addDays(iso, n) {
  const d = new Date(iso + 'T12:00:00Z'); d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function week(raw, isoMonday) {
  if (dow(isoMonday) !== 'Mon') throw new Error('not a Monday ' + isoMonday);
  return { raw, earliest: isoMonday, latest: addDays(isoMonday, 6), precision: 'week', uncertain: false };
}
function ordinal(n) {
  if (n % 100 >= 11 && n % 100 <= 13) return n + 'th';
  return n + ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th');
}
// mental health trust style: "Tue 14th Feb 23"
function mhDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return day(`${dow(iso)} ${ordinal(d)} ${MON[m - 1]} ${String(y).slice(2)}`, iso);
}
// check that a dd/mm/yy(yy) style raw agrees with the iso we give
function checkDmy(raw, iso) {
  const m = raw.match(/(\d{1,2})[\/.](\d{1,2})(?:[\/.](\d{2,4}))?/);
  if (!m) return;
  const dd = m[1].padStart(2, '0'), mm = m[2].padStart(2, '0');
  if (iso.slice(8, 10) !== dd || iso.slice(5, 7) !== mm) throw new Error(`date mismatch ${raw} ${iso}`);
  if (m[3]) {
    const yy = m[3].length === 2 ? '20' + m[3] : m[3];
    if (iso.slice(0, 4) !== yy) throw new Error(`year mismatch ${raw} ${iso}`);
  }
}
function dmy(raw, iso) { checkDmy(raw, iso); return day(raw, iso); }

// every entry: { key, file, agency, date, time, text, contacts, concerns, dup }
const entries = [];
function add(file, agency, e) {
  entries.push({ file, agency, ...e });
}

// ===================================================================== 1. POLICE (docx, one table per incident)
const POLICE = 'police.docx';
const policeIncidents = [
  {
    key: 'p1', occ: '22/18834', date: dmy('02/04/2022', '2022-04-02'), timeShown: '22:15', time: '22:15',
    loc: '14 Fernlea Close, Merrowby',
    summary: 'Call from neighbour (anon) reporting a male shouting and a female screaming at the address. PC1 and PC2 attended. Kerry answered the door, tearful, reddening to L cheek. States she and partner Mr R had argued about money and he had "slapped her once". Mr R had left prior to police arrival. Child A (6) and Child B (3) asleep upstairs. Kerry declined to provide a statement. Mr R located at his mother\'s address later and spoken to, denied any assault.',
    dash: 'Completed with Kerry – MEDIUM (9 ticks). Jealous/controlling behaviour, arguments about money, previous DA.',
    actions: 'PPN (child concern) submitted to Merrowby MASH 03/04/2022. Op Encompass notification sent to Brackenfield Primary School 04/04/2022 08:10. Crime: common assault – victim does not support. PNC: Mr R has 2 previous convictions for violence against a former partner. Referral to Merrowby DA Service offered – declined by Kerry.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment'), C('mash', 'out', 'notification'), C('school', 'out', 'notification')],
    concerns: [DA, CRIM],
  },
  {
    key: 'p2', occ: '22/27109', date: dmy('19/06/2022', '2022-06-19'), timeShown: '01:40', time: '01:40',
    loc: '14 Fernlea Close, Merrowby',
    summary: '999 call from Kerry whispering that partner was "kicking off" and had smashed her phone; line dropped. Officers attended. Mr R at scene, intoxicated and aggressive towards officers. Kerry and both children found locked in the bathroom. Kerry\'s mobile broken, lounge door damaged. Kerry stated Mr R checks her phone, goes through her bank account and "won\'t let me see my sister". Children awake and distressed. Mr R arrested for criminal damage.',
    dash: 'MEDIUM (11 ticks). Escalation noted on DA unit review but high threshold (14) not met; professional judgement not applied.',
    actions: 'PPN submitted to MASH 19/06/2022. Op Encompass: no notification recorded. Mr R interviewed, admitted damage – community resolution as Kerry did not want him charged. No referral to IDVA service (medium risk) – DA leaflet given.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment'), C('mash', 'out', 'notification')],
    concerns: [DA, SM, CRIM],
  },
  {
    key: 'p3', occ: '22/35522', date: dmy('27/08/2022', '2022-08-27'), timeShown: '16:20', time: '16:20',
    loc: '14 Fernlea Close, Merrowby',
    summary: 'Call from Kerry\'s sister (Ms S) reporting Kerry had rung her crying, saying Mr R had taken her bank card and car keys and would not let her leave the house. Officers attended. Mr R answered the door; Kerry said "everything\'s fine, I overreacted". PC3 spoke to Kerry alone in the kitchen briefly – she appeared anxious and would not say more. Children playing in the garden.',
    dash: 'STANDARD – Kerry declined to answer the DASH questions; graded on officer observations.',
    actions: 'PPN submitted to MASH 27/08/2022. Op Encompass notification sent to Brackenfield Primary 27/08/2022 19:02 (school summer holidays). Ms S updated by phone.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'notification'), C('school', 'out', 'notification'), C('family', 'out', 'phone-call')],
    concerns: [DA],
  },
  {
    key: 'p4', occ: '22/44190', date: dmy('29/10/2022', '2022-10-29'), timeShown: '23:05', time: '23:05',
    loc: '14 Fernlea Close, Merrowby',
    summary: '999 call from Kerry. Reported that after she told Mr R the relationship was over and he had to leave, he grabbed her by the throat and pinned her against the fridge, and said "if you leave I\'ll kill you and you\'ll never see the kids again". Redness and scratches to neck observed and photographed. Child A woke and came downstairs during the assault. Mr R had left; arrested 30/10/2022 at his mother\'s address. Interviewed – denied. Released on pre-charge bail, conditions not to contact Kerry or attend Fernlea Close. File to CPS (ABH).',
    dash: 'HIGH – 16 ticks (non-fatal strangulation, threats to kill, separation, escalation, threats re children).',
    actions: 'PPN submitted to MASH 30/10/2022. Op Encompass notification sent 31/10/2022 07:45. Referral to Merrowby DA Service (IDVA) 31/10/2022. MARAC referral (MARF) submitted 22/11/2022 following DA Unit review (delay – OIC on leave).',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment'), C('mash', 'out', 'notification'), C('school', 'out', 'notification'), C('da-service', 'out', 'referral'), C('other', 'out', 'referral')],
    concerns: [DA, CRIM],
  },
  {
    key: 'p5', occ: '23/02118', date: dmy('14/01/2023', '2023-01-14'), timeShown: '2030hrs', time: '20:30',
    loc: '14 Fernlea Close, Merrowby',
    summary: '999 call from Kerry stating Mr R was at the door banging and shouting; call terminated. Control room call-back – Kerry said he had gone and she no longer needed police. Officers attended in view of bail conditions and found Mr R inside the property in the lounge. Arrested for breach of bail. Kerry said she had let him in "so he could see the kids" and because she was scared what he would do if she didn\'t. Both children present.',
    dash: 'HIGH – 15 ticks (risk maintained).',
    actions: 'PPN submitted to MASH 15/01/2023. Op Encompass: no notification recorded. DA officer emailed IDVA service 16/01/2023 re breach. Mr R kept overnight, bailed by magistrates with the same conditions.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment'), C('mash', 'out', 'notification'), C('da-service', 'out', 'email')],
    concerns: [DA, CRIM],
  },
  {
    key: 'p6', occ: '23/09931', date: dmy('25/02/2023', '2023-02-25'), timeShown: '11:15', time: '11:15',
    loc: 'Reported by phone (101). Locus: Halden Distribution, Unit 4 Altside Business Park (Kerry\'s workplace)',
    summary: 'Kerry reported that Mr R has waited outside her workplace on three occasions this week and sends her approx. 40 messages a day; her employer\'s security staff had asked him to leave. Mr R remains on bail. Screenshots provided. Crime recorded: harassment (stalking considered).',
    dash: 'HIGH – 17 ticks.',
    actions: 'Mr R arrested 26/02/2023, interviewed, re-bailed with added condition not to attend Altside Business Park. Re-referral to IDVA service 27/02/2023. Repeat MARAC referral submitted 01/03/2023. No PPN (incident not at home address). CPS: ABH (Oct) to proceed, trial listed June 2023.',
    contacts: [C('family', 'in', 'phone-call'), C('da-service', 'out', 'referral'), C('other', 'out', 'referral')],
    concerns: [DA, CRIM],
  },
  {
    key: 'p7', occ: '23/15502', date: dmy('03/04/2023', '2023-04-03'), timeShown: '00:50hrs', time: '00:50',
    loc: '14 Fernlea Close, Merrowby',
    summary: 'Concern for welfare call from Ms S (sister): Kerry had texted her "I can\'t do this anymore, look after the kids". Officers attended; ambulance already on scene. Kerry conscious, said she had taken approx. 30 paracetamol and some sertraline after a row on the phone with Mr R. Conveyed to Merrowby General ED. Children collected by Ms S. No offences disclosed. Address carries DA (high risk / MARAC) markers.',
    dash: 'Not completed – concern for welfare.',
    actions: 'Occurrence closed as concern for welfare. No PPN submitted.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')],
    concerns: [DA, MH],
  },
  {
    key: 'p8', occ: '23/20877', date: dmy('18/05/2023', '2023-05-18'), timeShown: '14:10', time: '14:10',
    loc: '14 Fernlea Close, Merrowby',
    summary: 'Call from Ms S who had found Kerry unresponsive at the address. Ambulance crew confirmed death. Believed Kerry had taken her own life; death not treated as suspicious. Kerry\'s phone showed numerous messages from Mr R the previous evening and that morning. Children were at school.',
    dash: 'N/A',
    actions: 'HM Coroner informed. Children\'s Social Care informed 18/05/2023; children placed with Ms S. Mr R arrested 19/05/2023 – harassment, file to CPS. Merrowby Homes informed 19/05/2023. DHR notification to Merrowby CSP.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('other', 'out', 'notification'), C('csc', 'out', 'notification'), C('housing', 'out', 'notification')],
    concerns: [DA, OTH, CRIM],
  },
];
for (const i of policeIncidents) {
  add(POLICE, 'police', {
    key: i.key, date: i.date, time: i.time,
    text: [i.loc, i.summary, i.dash, i.actions].join(' | '),
    contacts: i.contacts, concerns: i.concerns,
  });
}

// ===================================================================== 2. MENTAL HEALTH TRUST (xlsx, two sheets)
const MHF = 'mh-trust.xlsx';
const crisisHeaders = ['Date', 'Time', 'Clinician', 'Type of contact', 'Summary', 'Outcome / Plan', 'IMR author comment'];
const crisisRows = [
  {
    key: 'c1', iso: '2023-02-14', time: '22:40', cells: ['Crisis Line – call handler (CLW1)', 'Telephone (inbound)',
      'Call from female giving name Kerry and DOB. Tearful, not sleeping, off work with stress. Said "everything is falling apart" and her ex "won\'t leave me alone". Denied plans or intent to end her life.',
      'Advice re sleep, to contact GP next day. Samaritans no. given. NFA – not open to Trust services.',
      'Reference to ex-partner not explored; no routine enquiry re DA. Call not shared with GP.'],
    contacts: [C('family', 'in', 'phone-call')], concerns: [MH, DA],
  },
  {
    key: 'c2', iso: '2023-04-03', time: '04:30', cells: ['CRHT practitioner (CP1)', 'Referral',
      'Referral from Merrowby General ED (liaison bleep): 31F, intentional OD approx. 30 x paracetamol 500mg + sertraline, taken approx 23:30 on 02/04. Parvolex commenced. For MH assessment when medically fit.',
      'Accepted – assess on AMU when medically optimised.', ''],
    contacts: [C('ed', 'in', 'referral')], concerns: [MH],
  },
  {
    key: 'c3', iso: '2023-04-03', time: '15:10', cells: ['CP1 / Dr 2 (ST4 psychiatry)', 'Assessment – face to face (AMU, Ward 7)',
      'Seen on Ward 7 after Parvolex completed. Reports OD was impulsive after an argument on the phone with partner; describes "relationship stress", money worries and being off work. Low mood approx 1 yr, on sertraline 100mg from GP. Denies current SI/plan, regrets OD. Lives with 2 children (7 and 4), currently staying with her sister. Partner (Mr R) "staying at his mum\'s at the moment" – pt says he is supportive and they are "working things out".',
      'Risk: low–moderate. Plan: discharge from ward with CRHT/HTT follow-up within 24 hrs; refer CMHT; summary to GP. Protective factors: children, sister, partner. Children – no concerns identified.',
      'No routine enquiry about DA. Risk assessment did not consider the partner; no checks with police, GP or MARAC. Think Family: impact on the children not considered, no referral to CSC considered.'],
    cont: '(cont.) Safety plan completed with pt – crisis line number and sister\'s number.',
    contacts: [C('family', 'out', 'assessment')], concerns: [MH, DA],
  },
  {
    key: 'c4', iso: '2023-04-03', time: '17:00', cells: ['CP1', 'Email',
      'Assessment summary e-mailed to GP practice (Altbridge Road MC) via nhs.net: intentional OD, HTT follow-up, CMHT referral.', '', ''],
    contacts: [C('gp', 'out', 'email')], concerns: [MH],
  },
  {
    key: 'c5', iso: '2023-04-03', time: '17:20', cells: ['CP1', 'Referral (internal)',
      'Referral to Merrowby East CMHT for assessment – routine.', '', ''],
    contacts: [], concerns: [MH],
  },
  {
    key: 'c6', iso: '2023-04-04', time: '11:00', cells: ['HTT – STR worker (STR1)', 'Home visit',
      'HV to Fernlea Close. Pt seen in lounge with partner (Mr R) present throughout; partner answered most questions and said he would "keep an eye on her". Pt quiet, poor eye contact, said she was "fine". Children at sister\'s.',
      'Partner agreed to hold and dispense medication. Next contact by phone tomorrow.',
      'Pt not seen alone. Partner answering for pt not recognised as possible controlling behaviour. Partner was on bail not to attend the address (not known to CRHT).'],
    contacts: [C('family', 'out', 'home-visit')], concerns: [MH, DA],
  },
  {
    key: 'c7', iso: '2023-04-05', time: '14:20', cells: ['STR2', 'Telephone',
      'T/C to pt – no answer. LM on mobile.', 'Try again tomorrow.', ''],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE],
  },
  {
    key: 'c8', iso: '2023-04-06', time: '10:05', cells: ['CP3', 'Telephone',
      'T/C with pt. Says she feels "loads better", sleeping, partner "being really good". Declines further home visits, wants to "get back to normal".',
      'Agreed discharge from HTT to CMHT follow-up. Crisis numbers reiterated.', ''],
    contacts: [C('family', 'out', 'phone-call')], concerns: [MH, NE],
  },
  {
    key: 'c9', iso: '2023-04-06', time: '16:00', cells: ['CP3', 'Discharge',
      'Discharged from CRHT caseload. Discharge letter to GP; CMHT referral already made.', '', ''],
    contacts: [C('gp', 'out', 'letter')], concerns: [MH],
  },
];
const cmhtHeaders = ['Date of contact', 'Worker', 'Contact', 'Notes'];
const cmhtRows = [
  { key: 'm1', iso: '2023-04-07', cells: ['Duty (CPN4)', 'Referral rec\'d', 'Referral from CRHT rec\'d – 31F, OD 02/04, discharged from HTT 06/04. Triaged routine (28 day).'], contacts: [], concerns: [MH] },
  { key: 'm2', iso: '2023-04-11', cells: ['Admin', 'Letter', 'Appt letter sent to pt for initial assessment 27/04/23, Merrowby East Resource Centre.'], contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'm3', iso: '2023-04-24', cells: ['MDT', 'Referral meeting', 'Discussed at CMHT referral MDT. Allocated CPN1 for assessment.'], contacts: [], concerns: [] },
  { key: 'm4', iso: '2023-04-27', cells: ['CPN1', 'DNA', 'DNA initial assessment. Tel call to pt – no answer, unable to leave message. 2nd appt to be offered.'], contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: [NE] },
  { key: 'm5', iso: '2023-04-28', cells: ['Admin', 'Letter', '2nd appt letter sent for 11/05/23. Letter states pt will be discharged if not attended.'], contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'm6', iso: '2023-05-11', cells: ['CPN1', 'DNA', 'DNA 2nd appt. No phone contact attempted. Discharged per Trust DNA policy.'], contacts: [C('family', 'attempted', 'dna')], concerns: [NE] },
  { key: 'm7', iso: '2023-05-12', cells: ['CPN1', 'Letter', 'Discharge letter to GP (cc pt): not engaged with CMHT after 2 DNAs, discharged to GP care, GP to re-refer if needed. No risk review undertaken; CRHT not informed.'], contacts: [C('gp', 'out', 'letter'), C('family', 'out', 'letter')], concerns: [NE, MH] },
];
for (const r of crisisRows) {
  let text = r.cells.filter(Boolean).join(' | ');
  if (r.cont) text += ' ' + r.cont;
  add(MHF, 'adult-mh', { key: r.key, date: mhDate(r.iso), time: r.time, text, contacts: r.contacts, concerns: r.concerns });
}
for (const r of cmhtRows) {
  add(MHF, 'adult-mh', { key: r.key, date: mhDate(r.iso), time: null, text: r.cells.filter(Boolean).join(' | '), contacts: r.contacts, concerns: r.concerns });
}

// ===================================================================== 3. IDVA (csv)
const IDVA = 'idva-case-record.csv';
const idvaRows = [
  ['i1', '31/10/2022', '2022-10-31', 'Referral', 'Inbound', 'Referral rec\'d from Mersevale Police PPU following DA incident 29/10/22. DASH 16 - HIGH. Non-fatal strangulation, threats to kill. Allocated to IDVA2.', [C('police', 'in', 'referral')], [DA]],
  ['i2', '31/10/2022', '2022-10-31', 'Phone call', 'Outbound', 'Call to Kerry\'s mobile - no answer, no voicemail set up.', [C('family', 'attempted', 'phone-call')], [NE]],
  ['i3', '01/11/2022', '2022-11-01', 'Phone call', 'Outbound', 'Tried x2 (am and pm). Phone switched off.', [C('family', 'attempted', 'phone-call')], [NE]],
  ['i4', '02/11/2022', '2022-11-02', 'SMS', 'Outbound', 'Safe text sent: "Hi, it\'s IDVA2 from Merrowby DA Service, please call me when it\'s safe to talk".', [C('family', 'out', 'other')], []],
  ['i5', '04/11/2022', '2022-11-04', 'Phone call', 'Outbound', 'Call attempt - number unobtainable.', [C('family', 'attempted', 'phone-call')], [NE]],
  ['i6', '07/11/2022', '2022-11-07', 'Email', 'Outbound', 'Emailed PPU DA officer asking for an alternative contact number and any update.', [C('police', 'out', 'email')], []],
  ['i7', '09/11/2022', '2022-11-09', 'Email', 'Inbound', 'Reply from PPU - no other number held. Mr R on bail, conditions not to contact Kerry or attend address.', [C('police', 'in', 'email')], [CRIM]],
  ['i8', '10/11/2022', '2022-11-10', 'Letter', 'Outbound', 'Letter to home address (plain envelope) asking Kerry to get in touch.', [C('family', 'out', 'letter')], []],
  ['i9', '18/11/2022', '2022-11-18', 'Case closure', 'Internal', 'No contact after 6 attempts in 14 days despite HIGH risk. Case closed per engagement policy. Police not updated.', [], [NE, DA]],
  ['i10', '23/11/2022', '2022-11-23', 'MARAC', 'Inbound', 'MARAC coordinator: MARF from police rec\'d 22/11/22, Kerry listed for MARAC 08/12/22. Case re-opened for MARAC research.', [C('other', 'in', 'notification')], [DA]],
  ['i11', '08/12/2022', '2022-12-08', 'MARAC', 'N/A', 'MARAC held. Chair: DI, Mersevale Police PPU. Present: Police, IDVA2, CSC (TM), Merrowby Homes (HO1). Not represented: Education, Health. Research: DASH 16, 3 previous DA incidents at address, Mr R has previous convictions for DA against a former partner. Actions: IDVA to try contact via sister; Housing to flag property and progress transfer/sanctuary; CSC to review PPNs; IDVA to send MARAC notification to GP.', [C('police', 'both', 'conference'), C('csc', 'both', 'conference'), C('housing', 'both', 'conference')], [DA, CRIM]],
  ['i12', '09/12/2022', '2022-12-09', 'Email', 'Outbound', 'MARAC notification sent to Altbridge Road Medical Centre (practice generic inbox) by secure email.', [C('gp', 'out', 'notification')], [DA]],
  ['i13', '12/12/2022', '2022-12-12', 'Phone call', 'Outbound', 'Called Ms S (sister) who passed the phone to Kerry - FIRST CONTACT. New mobile no. taken. Safety planning started: non-mol, sanctuary scheme, management transfer discussed. Kerry says Mr R "messaging constantly".', [C('family', 'out', 'phone-call')], [DA, HOU]],
  ['i14', '15/12/2022', '2022-12-15', 'Appointment', 'Outbound', 'Accompanied Kerry to Merrowby Homes office - met HO1, management transfer application completed on DA grounds.', [C('family', 'out', 'appointment'), C('housing', 'both', 'other')], [DA, HOU]],
  ['i15', '04/01/2023', '2023-01-04', 'Letter', 'Outbound', 'Letter of support to Merrowby Homes Allocations for management transfer: HIGH risk (DASH 16), heard at MARAC 08/12/22, perpetrator on bail for strangulation of Kerry.', [C('housing', 'out', 'letter')], [DA, HOU, CRIM]],
  ['i16', '16/01/2023', '2023-01-16', 'Email', 'Inbound', 'Email from PPU DA officer: Mr R arrested 14/01 for breach of bail at Fernlea Close, both children present.', [C('police', 'in', 'email')], [DA, CRIM]],
  ['i17', '17/01/2023', '2023-01-17', 'Phone call', 'Outbound', 'Spoke to Kerry. Upset - says she let him in because he threatened to take the kids. Bail conditions explained, safety plan updated. Worried about her job as Mr R has started turning up at work.', [C('family', 'out', 'phone-call')], [DA]],
  ['i18', '30/01/2023', '2023-01-30', 'Phone call', 'Outbound', 'No answer. LVM.', [C('family', 'attempted', 'phone-call')], [NE]],
  ['i19', '06/02/2023', '2023-02-06', 'Phone call', 'Inbound', 'Kerry rang: Merrowby Homes have refused the transfer. Very upset. IDVA to challenge.', [C('family', 'in', 'phone-call')], [HOU]],
  ['i20', '08/02/2023', '2023-02-08', 'Email', 'Outbound', 'Emailed Merrowby Homes Allocations asking for review of transfer decision.', [C('housing', 'out', 'email')], [HOU]],
  ['i21', '27/02/2023', '2023-02-27', 'Referral', 'Inbound', 'Re-referral from police: harassment/stalking at workplace 25/02. DASH 17 HIGH. Repeat MARAC.', [C('police', 'in', 'referral')], [DA]],
  ['i22', '27/02/2023', '2023-02-27', 'Phone call', 'Outbound', 'Call to Kerry - no answer.', [C('family', 'attempted', 'phone-call')], [NE]],
  ['i23', '02/03/2023', '2023-03-02', 'Phone call', 'Outbound', 'No answer x2. Safe text sent.', [C('family', 'attempted', 'phone-call'), C('family', 'out', 'other')], [NE]],
  ['i24', '09/03/2023', '2023-03-09', 'Phone call', 'Inbound', 'Ms S (sister) rang: Kerry has changed her number again, new no. given. Says Kerry "not herself", not sleeping, keeps saying "she can\'t go on", Mr R still texting her. Advised Ms S to encourage Kerry to see her GP.', [C('family', 'in', 'phone-call')], [MH, DA]],
  ['i25', '09/03/2023', '2023-03-09', 'Phone call', 'Outbound', 'Called new number - no answer.', [C('family', 'attempted', 'phone-call')], [NE]],
  ['i26', '16/03/2023', '2023-03-16', 'MARAC', 'N/A', 'Repeat MARAC. Chair: DI (Police). Present: Police, IDVA2, CSC, Merrowby Homes. Not represented: Education, Health. IDVA update: no contact since 17/01, sister reports Kerry low and saying she "can\'t go on". Actions: police safe and well visit; IDVA to continue attempts; Housing to offer sanctuary.', [C('police', 'both', 'conference'), C('csc', 'both', 'conference'), C('housing', 'both', 'conference')], [DA, MH, NE]],
  ['i27', '24/03/2023', '2023-03-24', 'Phone call', 'Outbound', 'No answer.', [C('family', 'attempted', 'phone-call')], [NE]],
  ['i28', '31/03/2023', '2023-03-31', 'Case closure', 'Internal', 'No contact established since re-referral. Case closed - unable to engage. No closure letter (safety).', [], [NE]],
];
function csvCell(s) { return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
const idvaCsv = ['Date,Contact type,Direction,Notes'];
for (const [key, raw, iso, type, dir, notes, contacts, concerns] of idvaRows) {
  idvaCsv.push([raw, type, dir, notes].map(csvCell).join(','));
  add(IDVA, 'da-service', { key, date: dmy(raw, iso), time: null, text: [type, dir, notes].join(' | '), contacts, concerns });
}

// ===================================================================== 4. GP (narrative IMR docx -> pdf)
const GPF = 'gp-imr.pdf';
// chronology paragraphs: [paraNo, [ sentences-groups ]] each group = one entry
const gpChron = [
  ['2.1', [
    { key: 'g1', date: dmy('14/03/2022', '2022-03-14'), text: '14/03/2022 – Telephone consultation with GP1 about Child B\'s cough. Kerry mentioned she was "tired all the time" and bloods were offered.', contacts: [C('family', 'out', 'phone-call')], concerns: [] },
    { key: 'g2', date: dmy('22/03/2022', '2022-03-22'), text: 'Bloods were taken by the HCA on 22/03/2022; results normal.', contacts: [C('family', 'in', 'attendance')], concerns: [] },
  ]],
  ['2.2', [{ key: 'g3', date: dmy('28/06/2022', '2022-06-28'), text: '28/06/2022 – Child B brought by Kerry to the practice nurse for pre-school booster immunisations. No concerns noted.', contacts: [C('family', 'in', 'attendance')], concerns: [] }]],
  ['2.3', [{ key: 'g4', date: dmy('09/08/2022', '2022-08-09'), text: '09/08/2022 – Face-to-face consultation with GP2. Kerry reported low mood for "a few months", poor sleep, tearfulness and stress at home and at work. PHQ-9 score 16. She denied thoughts of self-harm. Sertraline 50mg started and details of NHS Talking Therapies self-referral given. Review in 4/52.', contacts: [C('family', 'in', 'attendance')], concerns: [MH] }]],
  ['2.4', [{ key: 'g5', date: dmy('06/09/2022', '2022-09-06'), text: '06/09/2022 – Telephone medication review with GP2. Some improvement; sertraline increased to 100mg. Kerry said things were "difficult with my partner" but did not want to talk about it. This was not explored further.', contacts: [C('family', 'out', 'phone-call')], concerns: [MH, DA] }]],
  ['2.5', [{ key: 'g6', date: dmy('11/10/2022', '2022-10-11'), text: '11/10/2022 – DNA telephone review. Text message sent asking Kerry to rebook.', contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], concerns: [NE] }]],
  ['2.6', [{ key: 'g7', date: dmy('04/11/2022', '2022-11-04'), text: '04/11/2022 – Child A seen by GP1 with Kerry with new bedwetting over the last two months (secondary enuresis). Urine dip normal, advice given. GP1 noted that Kerry "appeared anxious and distracted".', contacts: [C('family', 'in', 'attendance')], concerns: [CD] }]],
  ['2.7', [{ key: 'g8', date: dmy('12/12/2022', '2022-12-12'), text: '12/12/2022 – Repeat prescription for sertraline 100mg issued; no review had taken place since September.', contacts: [], concerns: [MH] }]],
  ['2.8', [{ key: 'g9', date: dmy('20/01/2023', '2023-01-20'), text: '20/01/2023 – Face-to-face appointment with a locum GP (GP4). Kerry presented with pain in the left wrist after "falling over the kids\' toys". On examination there was bruising to both upper arms and the left wrist and a fading bruise to the left jaw. No fracture on X-ray. The explanation was accepted and there is no record that domestic abuse was asked about.', contacts: [C('family', 'in', 'attendance')], concerns: [INJ, DA] }]],
  ['2.9', [{ key: 'g10', date: dmy('07/02/2023', '2023-02-07'), text: '07/02/2023 – Letter received from WorkWell Occupational Health, on behalf of Kerry\'s employer Halden Distribution and with her consent, asking for a GP report. The letter said Kerry had told the OH nurse that her partner "controls her money, checks her phone and has started turning up at work", that she was off sick with stress, and that she had been advised to speak to her GP and the National Domestic Abuse Helpline. The letter was scanned and workflowed to GP2.', contacts: [C('other', 'in', 'letter')], concerns: [DA, MH] }]],
  ['2.10', [{ key: 'g11', date: dmy('14/02/2023', '2023-02-14'), text: '14/02/2023 – GP2 completed the OH report: depression, on sertraline 100mg, likely fit for a phased return in four weeks. No action was taken on the domestic abuse information in the letter: Kerry was not contacted about it and no referral was made.', contacts: [C('other', 'out', 'letter')], concerns: [MH, DA] }]],
  ['2.11', [{ key: 'g12', date: dmy('15/02/2023', '2023-02-15'), text: '15/02/2023 – Kerry telephoned for a fit note; issued for four weeks, "stress at work".', contacts: [C('family', 'in', 'phone-call')], concerns: [MH] }]],
  ['2.12', [
    { key: 'g13', date: dmy('04/04/2023', '2023-04-04'), text: '04/04/2023 – Email received from the Mersevale MH crisis team with a summary of their assessment after an intentional overdose of paracetamol and sertraline, with HTT follow-up and a CMHT referral. Coded "Overdose – intentional" and tasked to GP2.', contacts: [C('adult-mh', 'in', 'email')], concerns: [MH] },
    { key: 'g14', date: day('The next day', '2023-04-05'), text: 'The next day GP2 telephoned Kerry, who said she was "embarrassed" and was being supported by her partner and her sister. Sertraline changed to 7-day prescriptions; review in 2/52.', contacts: [C('family', 'out', 'phone-call')], concerns: [MH] },
  ]],
  ['2.13', [{ key: 'g15', date: dmy('10/04/2023', '2023-04-10'), text: '10/04/2023 – CRHT discharge letter received: discharged from home treatment to CMHT follow-up.', contacts: [C('adult-mh', 'in', 'letter')], concerns: [MH] }]],
  ['2.14', [{ key: 'g16', date: dmy('19/04/2023', '2023-04-19'), text: '19/04/2023 – Telephone review with GP2. Mood "up and down", off work again. Weekly prescriptions continued.', contacts: [C('family', 'out', 'phone-call')], concerns: [MH] }]],
  ['2.15', [{ key: 'g17', date: dmy('03/05/2023', '2023-05-03'), text: '03/05/2023 – DNA telephone review: two calls made, no answer. No further follow-up was arranged.', contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: [NE] }]],
  ['2.16', [{ key: 'g18', date: dmy('17/05/2023', '2023-05-17'), text: '17/05/2023 – Letter from the CMHT received and filed by administrative staff without being seen by a GP. It said Kerry had been discharged back to the GP after two missed appointments.', contacts: [C('adult-mh', 'in', 'letter')], concerns: [NE, MH] }]],
  ['2.17', [{ key: 'g19', date: dmy('19/05/2023', '2023-05-19'), text: '19/05/2023 – The practice was informed by the Coroner\'s Officer that Kerry had died.', contacts: [C('other', 'in', 'notification')], concerns: [OTH] }]],
];
for (const [, groups] of gpChron) for (const g of groups) add(GPF, 'gp', { key: g.key, date: g.date, time: null, text: g.text, contacts: g.contacts, concerns: g.concerns });

// ===================================================================== 5. SCHOOL (docx table)
const SCH = 'school-chronology.docx';
const schoolRows = [
  { key: 's1', date: dmy('04/04/2022', '2022-04-04'), by: 'DSL (Mrs H)', det: 'Operation Encompass notification rec\'d from Mersevale Police – DA incident at home Sat night, children asleep upstairs.', act: 'Class teachers (Yr1, Nursery) informed; monitor. Both children seen in class – presented as usual.', contacts: [C('police', 'in', 'notification')], concerns: [DA] },
  { key: 's2', date: dmy('20/06/22', '2022-06-20'), by: 'Class teacher Yr1 (CT1)', det: 'Child A tearful at start of day. Said "daddy broke mummy\'s phone and the police came" and that she didn\'t sleep.', act: 'Passed to DSL. DSL checked – no Encompass notification rec\'d for the weekend. Time with TA. Mum spoken to at pick-up – "just a row, it\'s sorted".', contacts: [C('family', 'out', 'other')], concerns: [DA] },
  { key: 's3', date: dmy('15.7.22', '2022-07-15'), by: 'Office', det: 'Kerry rang – Child A off today and Monday, sickness bug.', act: 'Absence coded I.', contacts: [C('family', 'in', 'phone-call')], concerns: [] },
  { key: 's4', date: dmy('5/9/22', '2022-09-05'), by: 'DSL', det: 'Op Encompass notification (sent by police 27/08 during summer hols) read on first day of term – police called to home by aunt, partner controlling/taken bank card.', act: 'Logged. Yr2 teacher (Child A) and Reception teacher (Child B) informed same day. Welfare check-in with both children – Child A "fine".', contacts: [C('police', 'in', 'notification')], concerns: [DA] },
  { key: 's5', date: dmy('16/09/22', '2022-09-16'), by: 'Reception teacher (RT1)', det: 'Child B settling slowly, very clingy at drop-off, toileting accidents x3 this week.', act: 'Discussed with mum, spare clothes in bag. Monitor.', contacts: [C('family', 'out', 'other')], concerns: [CD] },
  { key: 's6', date: dmy('31/10/22', '2022-10-31'), time: '07:45', by: 'DSL', det: 'Op Encompass notification rec\'d 07:45 – serious DA incident Sat 29/10, mum assaulted, Child A woke and saw. Dad arrested.', act: 'DSL briefed CT and RT. Child A offered ELSA check-ins. DSL phoned mum – "he\'s not allowed back".', contacts: [C('police', 'in', 'notification'), C('family', 'out', 'phone-call')], concerns: [DA, CRIM] },
  { key: 's7', date: week('w/c 7/11/22', '2022-11-07'), by: 'CT2 (Yr2)', det: 'Child A withdrawn in class, not joining in at play, drawings of "daddy shouting". Wet herself x1.', act: 'Weekly ELSA sessions started. DSL informed.', contacts: [], concerns: [CD, DA] },
  { key: 's8', date: day('25/11', '2022-11-25'), by: 'DSL', det: 'ELSA feedback: Child A worries about mummy "crying all the time".', act: 'Continue ELSA. No further action.', contacts: [], concerns: [MH] },
  { key: 's9', date: day('14/12', '2022-12-14'), by: 'Office', det: 'Kerry rang with new mobile number for school records.', act: 'Records updated.', contacts: [C('family', 'in', 'phone-call')], concerns: [] },
  { key: 's10', date: dmy('16/01/23', '2023-01-16'), by: 'CT2', det: 'Child A very tired, fell asleep in class. Told TA "daddy came back and there was shouting and the police came".', act: 'DSL informed. DSL checked – no Operation Encompass notification rec\'d. Mum not seen (aunt collected).', contacts: [], concerns: [DA] },
  { key: 's11', date: day('17/1', '2023-01-17'), by: 'DSL', det: 'DSL phoned mum re Child A\'s comments. Mum said dad "turned up" but the police dealt with it and he isn\'t coming back.', act: 'Logged; monitor.', contacts: [C('family', 'out', 'phone-call')], concerns: [DA] },
  { key: 's12', date: dmy('3/2/23', '2023-02-03'), by: 'RT1', det: 'Child B hit another child and said "I\'ll kill you like daddy says".', act: 'Behaviour logged. Mum informed at pick-up.', contacts: [C('family', 'out', 'other')], concerns: [DA] },
  { key: 's13', date: day('10/02', '2023-02-10'), by: 'CT2 / DSL', det: 'Child A disclosed to TA in ELSA: "daddy squeezed mummy\'s neck and mummy couldn\'t breathe" and she is scared daddy will take her away.', act: 'DSL reviewed – incident already known via Encompass (Oct) and police involved, dad not living at home, so no referral to MASH. DSL phoned mum, who asked school not to tell anyone.', cont: 'DSL to monitor and review after half term.', contacts: [C('family', 'out', 'phone-call')], concerns: [DA] },
  { key: 's14', date: dmy('06/03/23', '2023-03-06'), by: 'DSL', det: 'Aunt (Ms S) now collecting children most days. Told DSL Kerry is "not in a good way" and Mr R is "always hanging round the house".', act: 'Noted.', contacts: [C('family', 'in', 'other')], concerns: [DA, MH] },
  { key: 's15', date: dmy('17/4/23', '2023-04-17'), by: 'DSL', det: 'First day back after Easter. Aunt told DSL Kerry was in hospital over the holidays after "taking tablets"; children stayed with her.', act: 'Welfare check-ins with both children. No referral made.', contacts: [C('family', 'in', 'other')], concerns: [MH] },
  { key: 's16', date: dmy('19/05/23', '2023-05-19'), by: 'Headteacher', det: 'Informed by Children\'s Social Care that Kerry died on 18/05/23.', act: 'Staff briefed; bereavement support for both children; critical incident plan.', contacts: [C('csc', 'in', 'notification')], concerns: [OTH] },
];
for (const r of schoolRows) {
  let text = [r.by, r.det, r.act].join(' | ');
  if (r.cont) text += ' ' + r.cont;
  add(SCH, 'school', { key: r.key, date: r.date, time: r.time || null, text, contacts: r.contacts, concerns: r.concerns });
}

// ===================================================================== 6. HOUSING (txt, blocks)
const HOUS = 'housing-notes.txt';
const housingBlocks = [
  { key: 'h1', date: dmy('12/07/2022', '2022-07-12'), officer: 'HO1 (Neighbourhood Officer)', lines: ['Contact: tel call from tenant', 'Tenant reported internal lounge door damaged, says "the kids did it". Repair raised (non-urgent).'], contacts: [C('family', 'in', 'phone-call')], concerns: [] },
  { key: 'h2', date: day('2 Sept 2022', '2022-09-02'), officer: 'IO2 (Income Officer)', lines: ['Contact: tel call to tenant', 'Rent arrears £640. Tenant says her partner has her bank card and "deals with all the money", UC housing element went to his account. Payment plan agreed £10/wk.'], contacts: [C('family', 'out', 'phone-call')], concerns: [HOU, DA] },
  { key: 'h3', date: day('8th December 2022', '2022-12-08'), officer: 'HO1', lines: ['Contact: MARAC (Merrowby Town Hall)', 'Present: Police (DI, chair), IDVA, Children\'s Social Care, Merrowby Homes (HO1).', 'Tenant discussed as high risk DA victim, perpetrator (Mr R) on bail. Actions for Merrowby Homes: flag property, progress management transfer / sanctuary measures.'], contacts: [C('police', 'both', 'conference'), C('csc', 'both', 'conference'), C('da-service', 'both', 'conference')], concerns: [DA, CRIM], dup: 'i11' },
  { key: 'h4', date: dmy('15/12/2022', '2022-12-15'), officer: 'HO1', lines: ['Contact: office appointment', 'Tenant attended with IDVA. Management transfer application completed on DA grounds. Advised evidence needed (police crime ref / support agency letter). Application passed to Allocations for banding.'], contacts: [C('family', 'in', 'attendance'), C('da-service', 'both', 'other')], concerns: [DA, HOU], dup: 'i14' },
  { key: 'h5', date: dmy('05/01/2023', '2023-01-05'), officer: 'AO1 (Allocations)', lines: ['Contact: letter rec\'d', 'Letter of support rec\'d from Merrowby DA Service (IDVA) for management transfer. Added to application.'], contacts: [C('da-service', 'in', 'letter')], concerns: [DA, HOU] },
  { key: 'h6', date: dmy('02/02/2023', '2023-02-02'), officer: 'AO1 (Allocations)', lines: ['Contact: letter to tenant', 'Management transfer DECLINED by panel. No reported incidents at the property since Oct 2022, perpetrator no longer lives at the property and is subject to bail conditions; sanctuary measures can be offered instead. Placed in Band C (general needs). Decision letter sent.'], contacts: [C('family', 'out', 'letter')], concerns: [HOU, DA] },
  { key: 'h7', date: dmy('09/02/2023', '2023-02-09'), officer: 'AO1 (Allocations)', lines: ['Contact: email', 'Email rec\'d from IDVA asking for review of transfer decision. Reply sent: decision stands, tenant may approach Merrowby Council Housing Options if she feels unsafe to remain.'], contacts: [C('da-service', 'in', 'email'), C('da-service', 'out', 'email')], concerns: [HOU] },
  { key: 'h8', date: dmy('16/03/2023', '2023-03-16'), officer: 'HO1', lines: ['Contact: MARAC (repeat)', 'Attended. Present: Police (chair), IDVA, CSC, Merrowby Homes. IDVA unable to contact tenant. Housing update: transfer declined, sanctuary to be offered.'], contacts: [C('police', 'both', 'conference'), C('csc', 'both', 'conference'), C('da-service', 'both', 'conference')], concerns: [DA, HOU, NE], dup: 'i26' },
  { key: 'h9', date: week('w/c 20/03/2023', '2023-03-20'), officer: 'HO1', lines: ['Contact: letter', 'Letter to tenant offering sanctuary measures (door and window locks, letterbox guard). No response.'], contacts: [C('family', 'out', 'letter')], concerns: [NE] },
  { key: 'h10', date: dmy('25/04/2023', '2023-04-25'), officer: 'HO1', lines: ['Contact: home visit', 'Rent account – no payment 4 weeks. Home visit, no answer, card left.'], contacts: [C('family', 'attempted', 'home-visit')], concerns: [HOU, NE] },
  { key: 'h11', date: dmy('19/05/2023', '2023-05-19'), officer: 'HO1', lines: ['Contact: tel call from police', 'Informed by Mersevale Police that the tenant died at the property on 18/05/23. Tenancy team and Head of Housing notified.'], contacts: [C('police', 'in', 'notification')], concerns: [OTH] },
];
const DASHES = '-'.repeat(60);
const housingText = [];
housingText.push('MERROWBY HOMES – HOUSING MANAGEMENT NOTES (extract for Domestic Homicide Review "Kerry")');
housingText.push('Tenancy: 14 Fernlea Close, Merrowby   Tenant: Ms K B   Tenancy type: assured (general needs)');
housingText.push('Extract prepared by: Safeguarding Lead, Merrowby Homes');
housingText.push(DASHES);
for (const b of housingBlocks) {
  const first = `Date: ${b.date.raw}   Officer: ${b.officer}`;
  housingText.push(first);
  for (const l of b.lines) housingText.push(l);
  housingText.push(DASHES);
  add(HOUS, 'housing', { key: b.key, date: b.date, time: null, text: [first, ...b.lines].join(' '), contacts: b.contacts, concerns: b.concerns, dup: b.dup });
}
housingText.push('End of extract. No other contact recorded in the review period.');

// ===================================================================== refs, duplicates
const FILES = [
  { file: POLICE, agency: 'police', format: 'docx' },
  { file: MHF, agency: 'adult-mh', format: 'xlsx' },
  { file: IDVA, agency: 'da-service', format: 'csv' },
  { file: GPF, agency: 'gp', format: 'pdf' },
  { file: SCH, agency: 'school', format: 'docx' },
  { file: HOUS, agency: 'housing', format: 'txt' },
];
// entries were added in file order of FILES already; compute ordinals
const counters = {};
const byKey = {};
for (const e of entries) {
  counters[e.file] = (counters[e.file] || 0) + 1;
  e.ref = `${e.file}#${counters[e.file]}`;
  byKey[e.key] = e;
}
// check order of files matches FILES order
{
  const seen = []; for (const e of entries) if (!seen.includes(e.file)) seen.push(e.file);
  if (seen.join() !== FILES.map(f => f.file).join()) throw new Error('file order');
}
const R = k => { if (!byKey[k]) throw new Error('no key ' + k); return byKey[k].ref; };
const dupGroups = [];
for (const e of entries) if (e.dup) {
  const first = byKey[e.dup];
  e.duplicateOf = first.ref;
  let g = dupGroups.find(g => g[0] === first.ref);
  if (!g) { g = [first.ref]; dupGroups.push(g); }
  g.push(e.ref);
}

// ===================================================================== gaps & decoys
const gaps = [
  { id: 'MER-G01', code: 'G1', alsoAcceptable: ['G5'], from: 'police', to: ['school'], anchors: [R('p2'), R('p5'), R('s2'), R('s10')],
    note: 'Operation Encompass was used for some incidents (April, August, October 2022) but not for the June 2022 and January 2023 incidents, when both children were present and distressed. The school twice recorded that Child A described the incident and that no Encompass notification had arrived.' },
  { id: 'MER-G02', code: 'G5', alsoAcceptable: [], from: 'police', to: ['other'], anchors: [R('p4'), R('i10')],
    note: 'High-risk DASH (16, non-fatal strangulation, threats to kill) on 29/10/2022, but the MARAC referral was not submitted until 22/11/2022 because the officer was on leave; the case was not heard until 08/12/2022, almost six weeks after the incident.' },
  { id: 'MER-G03', code: 'G6', alsoAcceptable: [], from: 'police', to: ['gp', 'school'], anchors: [R('i11'), R('i26'), R('h3'), R('h8')],
    note: 'Both MARACs (police-chaired) were held with no education or health representation, although the GP was treating Kerry for depression and the school held repeated concerns about both children. The school was never told of the MARAC.' },
  { id: 'MER-G04', code: 'G2', alsoAcceptable: [], from: 'da-service', to: ['gp'], anchors: [R('i12'), R('g9')],
    note: 'The IDVA sent the MARAC notification to the practice generic inbox on 09/12/2022; the GP record has no trace of it, so the locum who saw bruising to both arms and the jaw in January 2023 did not know Kerry was a high-risk MARAC victim.' },
  { id: 'MER-G05', code: 'G8', alsoAcceptable: ['G4', 'G7'], from: 'da-service', to: ['police', 'other'], anchors: [R('i2'), R('i3'), R('i5'), R('i9'), R('i22'), R('i23'), R('i25'), R('i27'), R('i28')],
    note: 'A high-risk victim the IDVA could not reach was closed twice under the engagement policy (18/11/2022 and 31/03/2023) without telling the police referrer or raising it with MARAC; the second closure came after the sister reported Kerry saying she could not go on, and three days before the overdose.' },
  { id: 'MER-G06', code: 'G1', alsoAcceptable: [], from: 'da-service', to: ['gp'], anchors: [R('i24'), R('i26')],
    note: 'On 09/03/2023 the sister told the IDVA that Kerry was not sleeping and kept saying she could not go on. The IDVA advised the sister to encourage a GP visit but did not pass the information to the GP herself; it was shared only at a MARAC with no health representative.' },
  { id: 'MER-G07', code: 'G10', alsoAcceptable: ['G3', 'G7'], from: 'da-service', to: ['housing'], anchors: [R('i15'), R('h5'), R('h6'), R('h7')],
    note: 'The landlord had attended the MARAC and had the IDVA\'s letter describing a high-risk victim of strangulation, yet refused the management transfer as there had been "no reported incidents since Oct 2022" (the January bail breach at the property was not checked with police) and placed Kerry in general-needs Band C; the review request was also refused.' },
  { id: 'MER-G08', code: 'G3', alsoAcceptable: ['G1'], from: 'other', to: ['gp'], anchors: [R('g10'), R('g11')],
    note: 'The employer\'s occupational health provider wrote to the GP, with consent, describing coercive control (money, phone checking, partner turning up at work). The GP completed the fitness report but took no action on the disclosure: no routine enquiry, no referral to the DA service or MARAC.' },
  { id: 'MER-G09', code: 'G7', alsoAcceptable: [], from: 'adult-mh', to: ['police', 'gp', 'da-service'], anchors: [R('c1'), R('c3'), R('c6')],
    note: 'The crisis line call (ex-partner "won\'t leave me alone"), the post-overdose assessment (argument with partner, "relationship stress") and the home treatment visit (partner answering for her and made responsible for her medication) never led to a question about abuse or to checks with police, GP or the IDVA/MARAC. The partner was on bail not to attend the address.' },
  { id: 'MER-G10', code: 'G1', alsoAcceptable: ['G7'], from: 'adult-mh', to: ['csc'], anchors: [R('c3'), R('c6')],
    note: 'Think Family: a mother of two young children who had just taken an intentional overdose was assessed and treated at home without considering the children\'s safety or telling children\'s social care.' },
  { id: 'MER-G11', code: 'G1', alsoAcceptable: [], from: 'police', to: ['mash', 'csc'], anchors: [R('p7')],
    note: 'Police attended the overdose at an address flagged high-risk DA/MARAC, with children in the household, and closed it as a concern for welfare with no PPN and no link to the DA history.' },
  { id: 'MER-G12', code: 'G8', alsoAcceptable: ['G3'], from: 'adult-mh', to: ['gp'], anchors: [R('m4'), R('m6'), R('m7'), R('g18')],
    note: 'Four weeks after an intentional overdose the CMHT discharged Kerry for two missed appointments with no risk review, no second phone attempt and no word to CRHT; the GP letter was filed by admin without GP review a day before her death.' },
  { id: 'MER-G13', code: 'G1', alsoAcceptable: ['G10'], from: 'school', to: ['mash', 'csc'], anchors: [R('s12'), R('s13'), R('s14'), R('s15')],
    note: 'The school recorded Child A\'s disclosure of the strangulation, Child B\'s "I\'ll kill you like daddy says", the aunt\'s report that Mr R was hanging round the house and Kerry\'s overdose, but made no referral to the MASH, deciding police involvement was enough.' },
];
const decoys = [
  { id: 'MER-D01', looksLike: ['G5', 'G2'], refs: [R('p3'), R('s4')],
    note: 'The August 2022 Encompass notification was sent during the summer holidays; the DSL read and logged it on the first day of term and told both class teachers the same day, which is how Encompass works when schools are closed.' },
  { id: 'MER-D02', looksLike: ['G2', 'G1'], refs: [R('c4'), R('g13'), R('g14')],
    note: 'The crisis team\'s post-overdose summary reached the GP the next day, was coded and tasked, and the GP phoned Kerry the day after.' },
  { id: 'MER-D03', looksLike: ['G1', 'G3'], refs: [R('i16'), R('i17')],
    note: 'Police told the IDVA about the January 2023 breach of bail by email two days later; the IDVA logged it and reached Kerry the next day to update her safety plan.' },
];

// ===================================================================== write agency files
async function writePolice() {
  const children = [];
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Mersevale Police')] }));
  children.push(new Paragraph({ children: [new TextRun({ text: 'Domestic Homicide Review – "Kerry" (Merrowby CSP)', bold: true })] }));
  children.push(new Paragraph({ children: [new TextRun('Chronology of police contact – prepared by Public Protection Unit (Review Team). Source: Niche RMS / STORM.')] }));
  children.push(new Paragraph({ children: [new TextRun('Each incident below is a separate occurrence. Names are anonymised as agreed by the panel: Kerry (victim), Mr R (partner/suspect), Ms S (sister), Child A and Child B. Mr R is known to Mersevale Police with previous convictions for violence against a former partner.')] }));
  children.push(new Paragraph(''));
  policeIncidents.forEach((inc, idx) => {
    children.push(new Paragraph({ spacing: { before: 240, after: 80 }, children: [new TextRun({ text: `Incident ${idx + 1} – Occurrence ${inc.occ}`, bold: true })] }));
    const rows = [['Date', inc.date.raw], ['Time', inc.timeShown], ['Location', inc.loc], ['Summary', inc.summary], ['DASH', inc.dash], ['Actions', inc.actions]];
    children.push(new Table({
      width: { size: 9000, type: WidthType.DXA },
      columnWidths: [1800, 7200],
      rows: rows.map(([f, v]) => new TableRow({ children: [
        new TableCell({ width: { size: 1800, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: f, bold: true })] })] }),
        new TableCell({ width: { size: 7200, type: WidthType.DXA }, children: [new Paragraph(v)] }),
      ] })),
    }));
  });
  children.push(new Paragraph(''));
  children.push(new Paragraph({ children: [new TextRun({ text: 'End of police chronology. Author: DS, PPU Review Team.', italics: true })] }));
  const doc = new Document({ sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('OFFICIAL – SENSITIVE')] })] }) },
    children,
  }] });
  fs.writeFileSync(path.join(OUT, POLICE), await Packer.toBuffer(doc));
}

async function writeMH() {
  const wb = new ExcelJS.Workbook();
  const s1 = wb.addWorksheet('Crisis Team');
  s1.addRow(['Mersevale Mental Health NHS Foundation Trust – DHR "Kerry" – Crisis Resolution & Home Treatment Team (incl. 24/7 crisis line) – chronology extract']);
  s1.addRow([]);
  s1.addRow(crisisHeaders);
  for (const r of crisisRows) {
    s1.addRow([mhDate(r.iso).raw, r.time, ...r.cells]);
    if (r.cont) s1.addRow(['', '', '', '', r.cont, '', '']);
  }
  s1.getRow(1).font = { bold: true }; s1.getRow(3).font = { bold: true };
  [14, 8, 26, 24, 70, 50, 50].forEach((w, i) => { s1.getColumn(i + 1).width = w; });
  const s2 = wb.addWorksheet('Community MH Team');
  s2.addRow(['Merrowby East CMHT – contacts with Kerry (RiO extract)']);
  s2.addRow([]);
  s2.addRow(cmhtHeaders);
  for (const r of cmhtRows) s2.addRow([mhDate(r.iso).raw, ...r.cells]);
  s2.getRow(1).font = { bold: true }; s2.getRow(3).font = { bold: true };
  [16, 14, 18, 90].forEach((w, i) => { s2.getColumn(i + 1).width = w; });
  // force text cells for the date columns
  for (const s of [s1, s2]) s.getColumn(1).eachCell(c => { c.numFmt = '@'; });
  await wb.xlsx.writeFile(path.join(OUT, MHF));
}

async function writeGP() {
  const P = (t, opts = {}) => new Paragraph({ spacing: { after: 120 }, ...opts, children: [new TextRun(t)] });
  const H = t => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun(t)] });
  const children = [];
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Altbridge Road Medical Centre')] }));
  children.push(P('Individual Management Review (IMR) – Domestic Homicide Review "Kerry", Merrowby Community Safety Partnership'));
  children.push(P('Author: GP Safeguarding Lead (GP3), supported by the Named GP for Safeguarding, NHS Mersevale ICB'));
  children.push(H('1. Introduction'));
  children.push(P('1.1\tKerry and her two children were registered with the practice throughout the period under review. Mr R was registered with a different practice and is not covered by this report.'));
  children.push(P('1.2\tThis IMR was written from the EMIS Web record, scanned correspondence and discussion with the clinicians involved. Clinicians are referred to as GP1 to GP4; "HCA" is the health care assistant and "PN" the practice nurse.'));
  children.push(H('2. Chronology'));
  for (const [no, groups] of gpChron) {
    children.push(P(`${no}\t${groups.map(g => g.text).join(' ')}`));
  }
  children.push(H('3. Analysis'));
  const analysis = [
    '3.1\tKerry\'s low mood was recognised and treated in line with guidance, but her comment about difficulties with her partner at the September review was a missed opportunity for a routine enquiry about domestic abuse.',
    '3.2\tThe practice has no record of receiving a MARAC notification. The ICB has confirmed that MARAC information is sent to practice generic inboxes and that this practice had no agreed process for monitoring that inbox. Had the notification been coded, the locum would have been alerted when Kerry attended with bruising.',
    '3.3\tThe bruising seen at the January consultation, to both upper arms and the jaw, was not consistent with the explanation given and should have prompted questions about how it happened and about safety at home.',
    '3.4\tThe occupational health letter contained a clear disclosure of coercive and controlling behaviour. It was read as a request for a fitness report only. No clinician contacted Kerry about the disclosure and the practice did not consider a referral to the IDVA service or MARAC.',
    '3.5\tAfter the overdose the practice responded promptly to the crisis team\'s summary. The later CMHT discharge letter was filed without clinical review, so the missed telephone review and the CMHT discharge were never considered together.',
    '3.6\tThe practice was never told of the police call-outs to the home, and the children\'s records hold no information about domestic abuse.',
  ];
  for (const a of analysis) children.push(P(a));
  children.push(H('4. Recommendations'));
  children.push(P('4.1\tThe practice to introduce a daily check of the generic inbox with MARAC notifications coded and flagged on the records of the victim and children.'));
  children.push(P('4.2\tAll clinicians, including locums, to complete DA routine enquiry training; the practice to consider joining the IRIS programme.'));
  children.push(P('4.3\tCorrespondence containing safeguarding information to be reviewed by a GP before filing.'));
  const doc = new Document({ sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('OFFICIAL-SENSITIVE – DHR Kerry – GP IMR')] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Page '), new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
    children,
  }] });
  const tmpDir = fs.mkdtempSync('/tmp/w7gp-');
  const docxPath = path.join(tmpDir, 'gp-imr.docx');
  fs.writeFileSync(docxPath, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmpDir, docxPath], { stdio: 'ignore' });
  fs.copyFileSync(path.join(tmpDir, 'gp-imr.pdf'), path.join(OUT, GPF));
  fs.rmSync(tmpDir, { recursive: true, force: true });
}

async function writeSchool() {
  const widths = [1300, 1700, 3600, 3000];
  const cell = (t, i, bold = false) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: t, bold })] })] });
  const rows = [new TableRow({ tableHeader: true, children: ['Date', 'Concern logged by', 'Details', 'Action taken'].map((t, i) => cell(t, i, true)) })];
  for (const r of schoolRows) {
    rows.push(new TableRow({ children: [r.date.raw, r.by, r.det, r.act].map((t, i) => cell(t, i)) }));
    if (r.cont) rows.push(new TableRow({ children: ['', '', '', r.cont].map((t, i) => cell(t, i)) }));
  }
  const children = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Brackenfield Primary School')] }),
    new Paragraph({ children: [new TextRun({ text: 'Safeguarding chronology (CPOMS extract) – Child A (Yr1 in 2021/22, Yr2 in 2022/23) and Child B (Nursery 2021/22, Reception 2022/23)', bold: true })] }),
    new Paragraph({ children: [new TextRun('Prepared by the DSL for the Domestic Homicide Review "Kerry". Mum = Kerry; dad = Mr R; aunt = Ms S.')] }),
    new Paragraph(''),
    new Table({ width: { size: 9600, type: WidthType.DXA }, columnWidths: widths, rows }),
    new Paragraph(''),
    new Paragraph({ children: [new TextRun({ text: 'Key: DSL – Designated Safeguarding Lead; CT – class teacher; RT – Reception teacher; TA – teaching assistant; ELSA – Emotional Literacy Support Assistant.', italics: true })] }),
  ];
  const doc = new Document({ sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, SCH), await Packer.toBuffer(doc));
}

// ===================================================================== gold + README
const gold = {
  case: CASE,
  title: 'DHR "Kerry" (Merrowby): domestic-abuse-related death by suicide of a 31-year-old mother of two',
  reviewType: 'dhr',
  reviewPeriod: { from: '2022-03-01', to: '2023-05-18' },
  conventions: {
    people: 'Kerry (subject, 31, tenant of 14 Fernlea Close; Merrowby Homes calls her "Ms K B"), Mr R (partner/perpetrator, previous convictions), Ms S (Kerry\'s sister, "aunt" in school records), Child A (girl, 6-7) and Child B (boy, 3-4).',
    mash: 'The Merrowby MASH is a multi-agency hub hosted by children\'s social care; there is no MASH file. Police PPNs "to MASH" are contacts with "mash"; contacts naming Children\'s Social Care / CSC are "csc".',
    marac: 'MARAC is chaired by a police DI; referrals to the MARAC and messages from the MARAC coordinator are contacts with "other". MARAC meetings are conference contacts (both) with each agency recorded as present. G6 for the MARAC takes from = police (chair).',
    occupationalHealth: 'WorkWell Occupational Health (the employer Halden Distribution\'s OH provider) is "other"; it has no file of its own and appears only in the GP record.',
    coroner: 'HM Coroner / Coroner\'s Officer and the CSP (DHR notification) are "other".',
    idvaText: 'IDVA CSV entry text = "Contact type | Direction | Notes". Direction "Internal" / "N/A" rows have no inter-agency contact unless the notes show one (MARAC).',
    tableText: 'Table entries (police field/value tables, school rows, MH rows): text = the non-date, non-time cells joined with " | " (police: Location | Summary | DASH | Actions); continuation rows (school after 10/02, MH crisis after the 15:10 assessment) are appended to the row above with a space.',
    policeTables: 'Each police incident is one table headed by a bold "Incident N – Occurrence xx/xxxxx" paragraph; each table is one entry dated by its Date row. Dates inside the Actions cell (PPN, Encompass, MARAC referral, arrests) do not start new entries.',
    gpPdf: 'GP chronology paragraphs are numbered 2.1–2.17 (numbers not part of text). Paragraph 2.1 holds two entries (22/03/2022 sentence) and 2.12 two entries ("The next day" = 05/04/2023). Analysis and Recommendations paragraphs only refer back to earlier events and are not entries.',
    housingText: 'Housing blocks are separated by dashed lines; entry text = the block\'s lines joined with a space, starting with the "Date: ... Officer: ..." line.',
    schoolDates: 'School dates without a year ("25/11", "14/12", "17/1", "10/02") take the year of the rows around them.',
    sisterAndNeighbours: 'Calls from the sister, neighbours and Kerry herself are "family"; officers attending the address are family/out/other; DASH completed with Kerry is family/out/assessment.',
  },
  files: FILES,
  entries: entries.map(e => {
    const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time, text: e.text, contacts: e.contacts, concerns: e.concerns };
    if (e.duplicateOf) o.duplicateOf = e.duplicateOf;
    return o;
  }),
  gaps,
  duplicates: dupGroups,
  decoys,
};

const readme = `# ${CASE} — DHR "Kerry", Merrowby (invented)

Domestic homicide review of the death by suicide of **Kerry**, 31, on 18 May 2023 at her home,
14 Fernlea Close, Merrowby (an invented Merseyside-style borough). Kerry lived with her two
children, **Child A** (girl, 6–7, Year 1/Year 2) and **Child B** (boy, 3–4, Nursery/Reception),
both at Brackenfield Primary School. Her partner **Mr R** had previous convictions for violence
against a former partner. Her sister **Ms S** was her main support. She worked for Halden
Distribution, whose occupational health provider is WorkWell OH.

Review period: 1 March 2022 – 18 May 2023 (a few entries record events the day after the death).

## What happened
- Police attended five domestic incidents. DASH went from medium (April and June 2022) and
  standard (August) to **high** (October 2022: non-fatal strangulation and threats to kill
  on separation), then high again at the bail breach (January 2023) and the stalking at her
  workplace (February 2023). Operation Encompass notifications went to the school for some
  incidents and not others. The MARAC referral for the October incident was made 24 days late.
- The IDVA could not reach Kerry for long periods (phones off, numbers changed) and closed the
  case twice without telling police. The second closure came after the sister reported Kerry
  saying she could not go on.
- Two MARACs (police-chaired) were held without education or health. The MARAC notification
  emailed to the GP's generic inbox left no trace in the practice's records.
- The GP treated her low mood, saw bruising to both arms and her jaw with an unlikely
  explanation, and received an OH letter describing coercive control. The GP took no action
  on the abuse.
- Merrowby Homes attended the MARAC but refused a management transfer ("no incidents since
  October"). The bail breach at the property in January had not been checked with police.
- After an overdose on 2/3 April 2023 the crisis team assessed her and treated her at home
  without asking about abuse. They made the partner (on bail not to attend) responsible for
  her medication and did not think about the children. The CMHT then discharged her for two
  missed appointments, and the GP letter was filed unread.
- The school logged the children's distress and disclosures but never referred to the MASH.

## Files
| file | agency | layout |
|---|---|---|
| police.docx | police | one 2-column field/value table per incident (Date, Time, Location, Summary, DASH, Actions), each headed by a bold "Incident N – Occurrence yy/nnnnn" paragraph |
| mh-trust.xlsx | adult-mh | sheets "Crisis Team" and "Community MH Team"; title row, blank row, then header; dates as text ("Tue 14th Feb 23"); one continuation row |
| idva-case-record.csv | da-service | Date,Contact type,Direction,Notes; Direction Outbound/Inbound/Internal/N/A |
| gp-imr.pdf | gp | narrative IMR (Introduction, Chronology, Analysis, Recommendations) from a .docx; numbered dated paragraphs, two of them holding two entries; analysis only looks back |
| school-chronology.docx | school | table Date / Concern logged by / Details / Action taken; mixed date formats, some without a year, one w/c; one continuation row |
| housing-notes.txt | housing | blocks between dashed lines, each starting "Date: … Officer: …" |

## Case conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

Generated by \`/work/blind/generators/${CASE}.mjs\`; do not edit the files by hand.
`;

await writePolice();
await writeMH();
fs.writeFileSync(path.join(OUT, IDVA), idvaCsv.join('\r\n') + '\r\n');
await writeGP();
await writeSchool();
fs.writeFileSync(path.join(OUT, HOUS), housingText.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'README.md'), readme);

// summary
const byFile = {}; for (const e of entries) byFile[e.file] = (byFile[e.file] || 0) + 1;
const byCode = {}; for (const g of gaps) byCode[g.code] = (byCode[g.code] || 0) + 1;
console.log('entries', entries.length, byFile);
console.log('gaps', gaps.length, byCode, 'decoys', decoys.length, 'dups', dupGroups.length);
