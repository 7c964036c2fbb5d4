// Generator for invented review case w3-cspr-ashdown-infant.
// Writes the five agency files, gold.json and README.md into /work/blind/w3-cspr-ashdown-infant/.
// Everything here is fictional: Stanmarsh is an invented Midlands county.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType,
  AlignmentType, HeadingLevel, BorderStyle,
} = docx;

const CASE = 'w3-cspr-ashdown-infant';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const day = (raw, iso, uncertain = false) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain });
const span = (raw, from, to, precision, uncertain = false) => ({ raw, earliest: from, latest: to, precision, uncertain });
const C = (w, direction, type) => ({ with: w, direction, type });
const both = (list, type) => list.map((w) => C(w, 'both', type));

const FILES = {
  csc: 'csc-case-notes.csv',
  hv: 'hv-record.xlsx',
  gp: 'gp-record.docx',
  police: 'police-log.txt',
  mins: 'cp-minutes.docx',
};

// ======================================================================
// 1. Children's Services (Mosaic) case-note export, CSV
// ======================================================================
// cells: [id, dateTime, type, worker, team, subject, note], optional cont (continuation row text)
const MASH = 'Stanmarsh MASH';
const AT = 'Callowbridge Assessment Team';
const CPT = 'Callowbridge CP Team';
const csc = [
  { key: 'c1', id: '40117', d: day('29/12/2023', '2023-12-29'), t: '10:12', type: 'Contact Received', worker: 'MASH1 (MASH Social Worker)', team: MASH, subj: 'Unborn of Ms K',
    note: "Police PPN (VPA form) rec'd via secure email. Domestic incident 27/12/23 at Flat 3 Larch Court, Ashdown. Ms K 37/40 pregnant. Alleged perpetrator Mr D (partner, FOB). Police risk grading MEDIUM. Ms K declined to support police action. For MASH screening.",
    contacts: [C('police', 'in', 'notification')], concerns: ['domestic-abuse'] },
  { key: 'c2', id: '40162', d: day('02/01/2024', '2024-01-02'), t: '14:30', type: 'MASH Decision', worker: 'TM1 (MASH Team Manager)', team: MASH, subj: 'Unborn of Ms K',
    note: 'Screened. Argument between parents, appears verbal / low level. Victim declined support from police. No previous CSC history for Ms K. Unborn - universal services involved. Threshold: Level 2 (universal / early help). Outcome: NFA CSC. Share with 0-19 and midwifery for awareness; EH leaflet to be sent to mum.',
    contacts: [], concerns: ['domestic-abuse'] },
  { key: 'c3', id: '40171', d: day('03/01/2024', '2024-01-03'), t: '09:05', type: 'Email Sent', worker: 'MASH1 (MASH Social Worker)', team: MASH, subj: 'Unborn of Ms K',
    note: 'Email sent to 0-19 Service SPOC inbox and Community Midwifery safeguarding inbox - summary of DA PPN 27/12/23 for HV/MW awareness at new birth visit. No reply requested.',
    contacts: [C('health-visiting', 'out', 'email'), C('midwifery', 'out', 'email')], concerns: ['domestic-abuse'] },
  { key: 'c4', id: '41388', d: day('27/03/2024', '2024-03-27'), t: '11:20', type: 'Contact Received', worker: 'MASH1 (MASH Social Worker)', team: MASH, subj: 'Child R',
    note: "PPN rec'd from Stanmarsh Constabulary. 26/03/24 Mr D punched wall and smashed Ms K's phone during argument, R (11 wks) in the room. Mr D arrested for crim damage. Risk MEDIUM. Police note this is the 3rd DA incident involving the couple.",
    contacts: [C('police', 'in', 'notification')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'c5', id: '41402', d: day('27/03/2024', '2024-03-27'), t: '16:45', type: 'MASH Decision', worker: 'TM2 (MASH Team Manager)', team: MASH, subj: 'Child R',
    note: 'Repeat DA, non-mobile infant present. PNC: Mr D - ABH 2021 v ex-partner. Level 3 - transfer to Assessment Team for C&F assessment (s17). HV to be informed.',
    cont: 'Consent from Ms K not sought - info shared under safeguarding.',
    contacts: [], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'c6', id: '41419', d: day('28/03/2024', '2024-03-28'), t: '10:02', type: 'Information Sharing', worker: 'MASH1 (MASH Social Worker)', team: MASH, subj: 'Child R',
    note: 'T/c to HV1 (Callowbridge North HV team, 0-19). Advised of DA PPN 26/03 and that C&F assessment is being opened; allocated SW to contact HV. HV1 to update health record.',
    contacts: [C('health-visiting', 'out', 'phone-call')], concerns: ['domestic-abuse'] },
  { key: 'c7', id: '41475', d: day('02/04/2024', '2024-04-02'), t: '09:30', type: 'Allocation', worker: 'TM3 (Team Manager)', team: AT, subj: 'Child R',
    note: 'Case allocated to SW1 for C&F assessment. Timescale 45 working days. Initial visit within 5 days.',
    contacts: [], concerns: [] },
  { key: 'c8', id: '41502', d: day('04/04/2024', '2024-04-04'), t: '14:00', type: 'Home Visit', worker: 'SW1 (Social Worker)', team: AT, subj: 'Child R',
    note: "Announced home visit to Flat 3 Larch Court. Ms K and R seen, R asleep in Moses basket, appeared well. Home conditions adequate. Ms K says Mr D 'has gone back to his mum's'. Ms K says she has never had any mental health problems and is not on any medication. Agreed to assessment.",
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'c9', id: '41620', d: day('23/04/2024', '2024-04-23'), t: '15:30', type: 'Home Visit', worker: 'SW1 (Social Worker)', team: AT, subj: 'Child R',
    note: "Unannounced visit. Mr D present, says he is 'just visiting for R'. Mr D refused to discuss the police call-outs and left the room. R seen in bouncer, clean and alert. Ms K tired, says R not sleeping.",
    cont: 'Mr D declined consent for checks with his GP.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'c10', id: '41688', d: day('07/05/2024', '2024-05-07'), t: '11:00', type: 'Email Sent', worker: 'SW1 (Social Worker)', team: AT, subj: 'Child R',
    note: 'Email to Police DA Unit (Callowbridge) requesting DA history for Mr D and Ms K for C&F assessment.',
    contacts: [C('police', 'out', 'information-request')], concerns: ['domestic-abuse'] },
  { key: 'c11', id: '41715', d: day('10/05/2024', '2024-05-10'), t: '15:20', type: 'Email Received', worker: 'SW1 (Social Worker)', team: AT, subj: 'Child R',
    note: 'Reply from Police DA Unit: 3 DA incidents involving Ms K and Mr D - 19/11/23 (verbal, standard), 27/12/23 (common assault, medium), 26/03/24 (crim damage, medium). Mr D: ABH 2021 v ex-partner (Wenlowshire Police area).',
    contacts: [C('police', 'in', 'email')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'c12', id: '41760', d: day('16/05/2024', '2024-05-16'), t: '13:15', type: 'Home Visit', worker: 'SW1 (Social Worker)', team: AT, subj: 'Child R',
    note: "Home visit. Ms K and R seen. R smiling, good eye contact. Ms K says she and Mr D are 'finished'. Ms K says the HV 'keeps coming when I'm out'. Discussed Early Help - Ms K agreeable.",
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'c13', id: '41802', d: day('22/05/2024', '2024-05-22'), t: '17:05', type: 'Assessment', worker: 'SW1 (Social Worker)', team: AT, subj: 'Child R',
    note: 'C&F assessment completed (day 36). Analysis: 3 police call-outs Nov-Mar, parents now report they are separated, Ms K engaging with SW, no mental health concerns reported by mother. GP and HV contributions not obtained within timescale. Outcome: step down to Early Help for parenting support. Authorised TM3.',
    contacts: [], concerns: ['domestic-abuse'] },
  { key: 'c14', id: '41817', d: day('24/05/2024', '2024-05-24'), t: '10:40', type: 'Step Down', worker: 'SW1 (Social Worker)', team: AT, subj: 'Child R',
    note: "Step-down summary sent to Callowbridge Early Help Hub (Ashdown Children's Centre). Reason for step down: support with routines and feeding, mum isolated, low confidence. No current DA concerns - parents separated. Mum consented.",
    contacts: [C('early-help', 'out', 'referral')], concerns: [] },
  { key: 'c15', id: '41839', d: day('29/05/2024', '2024-05-29'), t: '09:15', type: 'Case Closure', worker: 'TM3 (Team Manager)', team: AT, subj: 'Child R',
    note: "Case closed to Children's Social Care - stepped down to Early Help Hub. Closure letter sent to Ms K.",
    contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'c16', id: '42011', d: day('13/06/2024', '2024-06-13'), t: '12:10', type: 'Contact Received', worker: 'MASH1 (MASH Social Worker)', team: MASH, subj: 'Child R',
    note: "Online referral from HV1 (0-19): home conditions poor, R in soiled nappy with nappy rash, Ms K low mood and tearful, Mr D back staying - possible DA ('loses his temper'). Case open to Early Help Hub (FSW1). Info forwarded to FSW1 to address through EH plan. No further action CSC.",
    contacts: [C('health-visiting', 'in', 'referral'), C('early-help', 'out', 'information-share')], concerns: ['neglect', 'parental-mental-health', 'domestic-abuse'] },
  { key: 'c17', id: '42390', d: day('16/07/2024', '2024-07-16'), t: '08:45', type: 'Contact Received', worker: 'MASH1 (MASH Social Worker)', team: MASH, subj: 'Child R',
    note: 'PPN - HIGH risk. 14/07/24 Mr D alleged to have grabbed Ms K by the throat; R (6 months) in cot in the same room. Mr D arrested and charged (non-fatal strangulation), bailed with conditions not to contact Ms K or attend Larch Court. Police MARAC referral made.',
    contacts: [C('police', 'in', 'notification')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'c18', id: '42398', d: day('16/07/2024', '2024-07-16'), t: '11:00', type: 'Strategy Discussion', worker: 'TM2 (MASH Team Manager)', team: MASH, subj: 'Child R',
    note: 'Telephone strategy discussion. Present: TM2 (MASH TM), DS1 (Police DA Unit). Mr D charged and on bail (no contact / not to attend). Ms K has accepted IDVA referral. Decision: s47 threshold not met - perpetrator excluded by bail conditions, mother seen as protective. Continue Early Help plan; IDVA support; MARAC to consider.',
    contacts: [C('police', 'both', 'strategy-discussion')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'c19', id: '42407', d: day('17/07/2024', '2024-07-17'), t: '08:50', type: 'Email Sent', worker: 'MASH1 (MASH Social Worker)', team: MASH, subj: 'Child R',
    note: 'Email to FSW1 (Early Help Hub): outline of DA incident 14/07/24 and strategy discussion outcome, for EH plan.',
    contacts: [C('early-help', 'out', 'email')], concerns: ['domestic-abuse'] },
  { key: 'c20', id: '42566', d: day('06/08/2024', '2024-08-06'), t: '10:30', type: 'Contact Received', worker: 'MASH1 (MASH Social Worker)', team: MASH, subj: 'Child R',
    note: "PPN rec'd: Mr D found at Larch Court 01:50 today in breach of bail, R present. Ms K told officers she let him in. Police raise concern re mother's protective capacity. Case open to Early Help - PPN forwarded to FSW1 for info. No further action CSC.",
    contacts: [C('police', 'in', 'notification'), C('early-help', 'out', 'information-share')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'c21', id: '42690', d: day('19/08/2024', '2024-08-19'), t: '17:20', type: 'Contact Received', worker: 'TM2 (MASH Team Manager)', team: MASH, subj: 'Child R',
    note: 'Tel referral from Dr P2 (Paediatric Registrar, Ward 12, Callowbridge General). R (7 months) brought to ED by mother 14:00 with swollen L upper arm, crying on handling. X-ray: spiral fracture L humerus. Mum says R rolled off the sofa the day before - delay in presentation, explanation not felt to fit the injury. R admitted to Ward 12; CP medical and skeletal survey to follow.',
    cont: 'Mum at bedside, MGM present.',
    contacts: [C('paediatrics', 'in', 'referral')], concerns: ['injury'] },
  { key: 'c22', id: '42693', d: day('19/08/2024', '2024-08-19'), t: '17:45', type: 'Case Note', worker: 'TM2 (MASH Team Manager)', team: MASH, subj: 'Child R',
    note: "T/c to CAIT (DS2) re R's fracture - referral shared. Strategy meeting arranged at CGH 10:00 tomorrow.",
    contacts: [C('police', 'out', 'phone-call')], concerns: ['injury'] },
  { key: 'c23', id: '42701', d: day('20/08/2024', '2024-08-20'), t: '10:00', type: 'Strategy Meeting', worker: 'TM2 (MASH Team Manager)', team: MASH, subj: 'Child R',
    note: 'Strategy meeting at CGH (chair TM2). Present: SW2, DS2 (CAIT), Dr P1 (Consultant Paediatrician), HV1 (0-19), FSW1 (EH Hub); GP1 by phone. Skeletal survey: 2 healing posterior rib fractures in addition to humerus #. Joint s47 agreed. R to remain on Ward 12. Minutes to follow.',
    contacts: both(['police', 'paediatrics', 'health-visiting', 'early-help', 'gp'], 'strategy-discussion'), concerns: ['injury'] },
  { key: 'c24', id: '42733', d: day('21/08/2024', '2024-08-21'), t: '15:00', type: 'Home Visit', worker: 'SW2 (Social Worker)', team: CPT, subj: 'Child R',
    note: "Visit to MGM at Birch Road, Ashdown, re R's discharge under a safety plan. MGM willing for R and Ms K to stay; understands Mr D must not visit. Police checks on MGM and household requested.",
    contacts: [C('family', 'out', 'home-visit'), C('police', 'out', 'information-request')], concerns: [] },
  { key: 'c25', id: '42801', d: day('27/08/2024', '2024-08-27'), t: '11:00', type: 'Discharge Planning', worker: 'SW2 (Social Worker)', team: CPT, subj: 'Child R',
    note: "Discharge planning meeting Ward 12: SW2, Ward Sister (Ward 12), Dr P1, HV1. R medically fit. Discharged today to MGM's address under written safety plan; Ms K to reside with MGM; no contact with Mr D.",
    contacts: both(['paediatrics', 'health-visiting'], 'conference'), concerns: [] },
  { key: 'c26', id: '42960', d: day('10/09/2024', '2024-09-10'), t: '10:00', type: 'Child Protection Conference', worker: 'SW2 (Social Worker)', team: CPT, subj: 'Child R',
    note: 'ICPC (chair IRO1). Agencies present: police (CAIT), HV, GP, paediatrics, Early Help Hub, IDVA. R made subject of CP plan - category physical abuse. First core group 24/09.',
    contacts: both(['police', 'health-visiting', 'gp', 'paediatrics', 'early-help', 'da-service'], 'conference'), concerns: ['injury'] },
  { key: 'c27', id: '43055', d: day('24/09/2024', '2024-09-24'), t: '14:00', type: 'Core Group', worker: 'SW2 (Social Worker)', team: CPT, subj: 'Child R',
    note: "Core group 1 at MGM's home. Present: SW2, HV1, FSW1, IDVA1, Ms K, MGM. CP plan reviewed; R well. Ms K attending parenting programme at Ashdown CC.",
    contacts: both(['health-visiting', 'early-help', 'da-service'], 'conference'), concerns: [] },
  { key: 'c28', id: '43190', d: day('15/10/2024', '2024-10-15'), t: '16:30', type: 'Case Note', worker: 'CPAdmin1 (Business Support)', team: 'CP Conference Team', subj: 'Child R',
    note: 'ICPC minutes (10/09/24) and CP plan distributed by secure email to conference members: HV1, GP1, DS2, Dr P1, FSW1, IDVA1. Copy to parents by post.',
    contacts: [C('health-visiting', 'out', 'email'), C('gp', 'out', 'email'), C('police', 'out', 'email'), C('paediatrics', 'out', 'email'), C('early-help', 'out', 'email'), C('da-service', 'out', 'email'), C('family', 'out', 'letter')],
    concerns: [] },
  { key: 'c29', id: '43301', d: day('29/10/2024', '2024-10-29'), t: '14:00', type: 'Core Group', worker: 'SW2 (Social Worker)', team: CPT, subj: 'Child R',
    note: 'Core group 2 - see minutes. Present: SW2, HV1, FSW1, IDVA1, Ms K, MGM.',
    contacts: both(['health-visiting', 'early-help', 'da-service'], 'conference'), concerns: [] },
  { key: 'c30', id: '43366', d: day('05/11/2024', '2024-11-05'), t: '09:40', type: 'Email Received', worker: 'SW2 (Social Worker)', team: CPT, subj: 'Child R',
    note: 'Email from PC3 (Callowbridge NPT): Ms K reported receiving Facebook messages from Mr D while he is remanded. Crime report (harassment). Shared for CP plan.',
    contacts: [C('police', 'in', 'email')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'c31', id: '43420', d: day('14/11/2024', '2024-11-14'), t: '10:30', type: 'Home Visit', worker: 'SW2 (Social Worker)', team: CPT, subj: 'Child R',
    note: "Statutory visit at MGM's. R seen awake, crawling, babbling. Ms K says she has blocked Mr D on all apps. MGM supportive.",
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'c32', id: '43471', d: day('20/11/2024', '2024-11-20'), t: '12:00', type: 'Case Note', worker: 'SW2 (Social Worker)', team: CPT, subj: 'Child R',
    note: 'T/c to HV1 - update following statutory visit; HV to complete 9-12 month review 04/12.',
    contacts: [C('health-visiting', 'out', 'phone-call')], concerns: [] },
];

function csvCell(s) {
  s = s ?? '';
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
function writeCsc() {
  const lines = [];
  lines.push(csvCell("Stanmarsh County Council - Children's Services") + ',,,,,,');
  lines.push(csvCell('Mosaic case notes export - Child R (Person ID 7734521) incl. linked unborn record') + ',,,,,,');
  lines.push(csvCell('Report run 09/12/2024 14:22 for Stanmarsh Safeguarding Children Partnership CSPR. Case notes filtered to review period.') + ',,,,,,');
  lines.push(',,,,,,');
  lines.push(['Case Note ID', 'Case Note Date', 'Case Note Type', 'Worker', 'Team', 'Subject', 'Note'].map(csvCell).join(','));
  csc.forEach((r, i) => {
    lines.push([r.id, `${r.d.raw} ${r.t}`, r.type, r.worker, r.team, r.subj, r.note].map(csvCell).join(','));
    if (r.cont) lines.push(['', '', '', '', '', '', r.cont].map(csvCell).join(','));
    if (i === 14) lines.push(',,,,,,'); // odd blank row after case closure
  });
  fs.writeFileSync(path.join(OUT, FILES.csc), lines.join('\r\n') + '\r\n');
}
const cscText = (r) => [r.type, r.worker, r.team, r.subj, r.note + (r.cont ? ' ' + r.cont : '')].join(' | ');

// ======================================================================
// 2. Health visiting spreadsheet (xlsx), one sheet per year
// ======================================================================
// dateCell: either a string or {date: 'YYYY-MM-DD'} for a real Excel date cell
const hv2023 = [
  { key: 'h1', cell: 'late Oct 2023', d: span('late Oct 2023', '2023-10-21', '2023-10-31', 'range'), contact: 'Notification', by: 'Admin',
    notes: "Antenatal notification rec'd from CGH community midwifery - Ms K 28/40, primip. Booking vulnerabilities: none identified. Allocated HV1 for AN contact.",
    contacts: [C('midwifery', 'in', 'notification')], concerns: [] },
  { key: 'h2', cell: { date: '2023-11-28' }, d: day('28/11/2023', '2023-11-28'), contact: 'AN contact (home)', by: 'HV1',
    notes: "Antenatal contact at home, 33/40 (late - capacity). Partner Mr D (FOB) present throughout. Not eligible FNP (20 at LMP) - universal. Mum reports mood 'fine', no MH hx, no meds. RE (DA) not asked - partner present. Infant feeding & safe sleep discussed. Plan NBV.",
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'h3', cell: '14/12', d: day('14/12', '2023-12-14'), contact: 'Tel', by: 'HV1',
    notes: 'T/c to MK - confirmed birth plan CGH, EDD 12/01. No concerns raised by mum.',
    contacts: [C('family', 'out', 'phone-call')], concerns: [] },
];
const hv2024 = [
  { key: 'h4', cell: { date: '2024-01-09' }, d: day('09/01/2024', '2024-01-09'), contact: 'Birth notification', by: 'Admin',
    notes: "Birth notification rec'd (CGH maternity): R born 04/01/24 at 38+6, NVD, 3.2kg, bottle fed. Discharged home day 1.",
    contacts: [C('midwifery', 'in', 'notification')], concerns: [] },
  { key: 'h5', cell: '15/1', d: day('15/1', '2024-01-15'), contact: 'NBV', by: 'HV1',
    notes: "NBV at home. Mum, Dad (Mr D) and R seen. R feeding well, cord off, skin NAD. Safe sleep - Moses basket in parents' room. Nil safeguarding info on record from MASH or MW. RE not completed - Dad present. Universal.",
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'h6', cell: '29/1', d: day('29/1', '2024-01-29'), contact: 'Clinic', by: 'CNN1',
    notes: 'Baby clinic Ashdown CC - wt 3.9kg (50th). Mum attended alone, no concerns raised.',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'h7', cell: '22/2', d: day('22/2', '2024-02-22'), contact: '6-8 wk review', by: 'HV1',
    notes: "6-8 week review at home. R wt 5.0kg (50th), smiling, NAD. Maternal mood: EPDS 6, mum says mood 'good', not on any medication. Dad at work. Universal.",
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'h8', cell: '06/03', d: day('06/03', '2024-03-06'), contact: 'Task', by: 'HV1',
    notes: "Task rec'd from Brookfold MP - R WNB for 8 wk imms 05/03. T/c mum - had forgotten, GP appt rebooked for 12/03.",
    contacts: [C('gp', 'in', 'notification'), C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'h9', cell: '28/3', d: day('28/3', '2024-03-28'), contact: 'Tel', by: 'HV1',
    notes: 'T/c from MASH (MASH1) - DA PPN 26/03: Mr D punched wall and smashed phone, R present. C&F assessment being opened by CSC. Alert added, level raised to UPP. SW to be allocated - will liaise.',
    contacts: [C('mash', 'in', 'phone-call')], concerns: ['domestic-abuse'] },
  { key: 'h10', cell: '10/4', d: day('10/4', '2024-04-10'), contact: 'HV', by: 'HV1',
    notes: 'Planned HV - no access. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'h11', cell: '18.4', d: day('18.4', '2024-04-18'), contact: 'HV', by: 'HV1',
    notes: 'NA visit - curtains closed, no reply. T/c x2, no answer, LVM.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'h12', cell: '2/5', d: day('2/5', '2024-05-02'), contact: 'HV', by: 'HV1',
    notes: '3rd NA visit. Letter to mum offering baby clinic appt. R/v 4/52.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'], blankAfter: true },
  { key: 'h13', cell: '30/05', d: day('30/05', '2024-05-30'), contact: 'Clinic', by: 'CNN1',
    notes: "Seen at baby clinic Ashdown CC. Wt 6.1kg - dropped from 50th to 25th centile. Mum quiet, said 'the social worker has closed it'. For HV f/u.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['child-development'] },
  { key: 'h14', cell: '12/6', d: day('12/6', '2024-06-12'), contact: 'HV', by: 'HV1',
    notes: "HV at home. Flat cluttered, dirty bottles on side, R in soiled nappy with moderate nappy rash. Mum tearful, not sleeping, EPDS 15. Mr D 'back staying' - mum says he 'loses his temper'. Referral to MASH via online portal re home conditions, maternal mood & DA risk. D/w Named Nurse Safeguarding.",
    cont: 'Mum aware of and consented to referral.',
    contacts: [C('family', 'out', 'home-visit'), C('mash', 'out', 'referral')], concerns: ['neglect', 'parental-mental-health', 'domestic-abuse'] },
  { key: 'h15', cell: '3/7', d: day('3/7', '2024-07-03'), contact: 'Email', by: 'HV1',
    notes: "Email to MASH inbox - no outcome rec'd re referral of 12/06, please advise.",
    contacts: [C('mash', 'out', 'email')], concerns: [] },
  { key: 'h16', cell: '?17/7', d: day('?17/7', '2024-07-17', true), contact: 'Tel', by: 'HV1',
    notes: '(late entry) T/c to MASH - no answer after 10 mins. Still no outcome re 12/06 referral. To visit next week.',
    contacts: [C('mash', 'attempted', 'phone-call')], concerns: [] },
  { key: 'h17', cell: '24/7', d: day('24/7', '2024-07-24'), contact: 'HV', by: 'HV1',
    notes: "HV at home. Mum and R seen. Mum says Mr D 'not allowed round now' - would not say why. R wt 7.0kg, sitting with support. Mum's mood 'up and down'.",
    contacts: [C('family', 'out', 'home-visit')], concerns: ['parental-mental-health'] },
  { key: 'h18', cell: '2/8', d: day('2/8', '2024-08-02'), contact: 'MARAC', by: 'HV1',
    notes: "MARAC info rec'd via Trust Safeguarding Team (MARAC 01/08): HIGH risk DA - Mr D strangled mum 14/07, R in room. First HV knowledge of incident. Alert updated; UPP.",
    contacts: [C('other', 'in', 'notification')], concerns: ['domestic-abuse'] },
  { key: 'h19', cell: '20/8', d: day('20/8', '2024-08-20'), contact: 'Strategy mtg', by: 'HV1',
    notes: "Attended strategy meeting at CGH (SW, police CAIT, paed, FSW; GP by phone) re R's # L humerus and rib #s. Shared NA visits Apr/May, referral 12/06 and MARAC info.",
    contacts: both(['csc', 'police', 'paediatrics', 'early-help', 'gp'], 'strategy-discussion'), concerns: ['injury', 'non-engagement', 'domestic-abuse'] },
  { key: 'h20', cell: '27/8', d: day('27/8', '2024-08-27'), contact: 'Discharge plg', by: 'HV1',
    notes: "Discharge planning mtg Ward 12 with SW2 and Dr P1. R discharged to MGM's (Birch Rd, Ashdown) under safety plan. HV to visit within the week.",
    contacts: both(['csc', 'paediatrics'], 'conference'), concerns: [] },
  { key: 'h21', cell: '29/8', d: day('29/8', '2024-08-29'), contact: 'HV', by: 'HV1',
    notes: "HV at MGM's. R seen - L arm in collar & cuff, settled, feeding. Mum and MGM present. Safety plan discussed.",
    contacts: [C('family', 'out', 'home-visit')], concerns: ['injury'] },
  { key: 'h22', cell: '10/9', d: day('10/9', '2024-09-10'), contact: 'ICPC', by: 'HV1',
    notes: 'Attended ICPC. R - CP plan, physical abuse. HV report submitted.',
    contacts: both(['csc'], 'conference'), concerns: ['injury'] },
  { key: 'h23', cell: '24/9', d: day('24/9', '2024-09-24'), contact: 'Core group', by: 'HV1',
    notes: "Core group 1 at MGM's - attended. ICPC minutes not yet rec'd.",
    contacts: both(['csc'], 'conference'), concerns: [] },
  { key: 'h24', cell: '1/10', d: day('1/10', '2024-10-01'), contact: 'HV', by: 'HV1',
    notes: "HV at MGM's. R wt 7.8kg (25th), # arm healing, rolling and sitting. Mum engaging well.",
    contacts: [C('family', 'out', 'home-visit')], concerns: ['injury'] },
  { key: 'h25', cell: '15/10', d: day('15/10', '2024-10-15'), contact: 'Email', by: 'HV1',
    notes: "ICPC minutes & CP plan rec'd by email from CP Conference Team - 5 weeks after ICPC; core group 1 already held.",
    contacts: [C('csc', 'in', 'email')], concerns: [] },
  { key: 'h26', cell: '29/10', d: day('29/10', '2024-10-29'), contact: 'Core group', by: 'HV1',
    notes: 'Core group 2 attended (see CSC minutes).',
    contacts: both(['csc'], 'conference'), concerns: [] },
  { key: 'h27', cell: '20/11', d: day('20/11', '2024-11-20'), contact: 'Tel', by: 'HV1',
    notes: "T/c from SW2 - update. 9-12 month review booked 04/12 at MGM's.",
    contacts: [C('csc', 'in', 'phone-call')], concerns: [] },
];
const hv = [...hv2023, ...hv2024];
const hvText = (r) => [r.contact, r.by, r.notes + (r.cont ? ' ' + r.cont : '')].join(' | ');

async function writeHv() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Stanmarsh Community Health NHS Trust';
  for (const [name, rows] of [['2023', hv2023], ['2024', hv2024]]) {
    const ws = wb.addWorksheet(name);
    ws.columns = [{ width: 13 }, { width: 18 }, { width: 10 }, { width: 110 }];
    ws.addRow(['Stanmarsh Community Health NHS Trust - 0-19 Public Health Nursing (Health Visiting)']).font = { bold: true };
    ws.addRow(['Single agency chronology - Child R and mother (Ms K) - Callowbridge North HV Team - SystmOne extract']);
    ws.addRow([]);
    const h = ws.addRow(['Date', 'Contact', 'Seen by', 'Notes']);
    h.font = { bold: true };
    for (const r of rows) {
      let dcell = r.cell;
      if (typeof dcell === 'object') {
        const [y, m, dd] = dcell.date.split('-').map(Number);
        dcell = new Date(Date.UTC(y, m - 1, dd));
      }
      const row = ws.addRow([dcell, r.contact, r.by, r.notes]);
      if (dcell instanceof Date) row.getCell(1).numFmt = 'dd/mm/yyyy';
      row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
      if (r.cont) ws.addRow(['', '', '', r.cont]).getCell(4).alignment = { wrapText: true };
      if (r.blankAfter) ws.addRow([]);
    }
  }
  await wb.xlsx.writeFile(path.join(OUT, FILES.hv));
}

// ======================================================================
// 3. GP practice record (.docx table exported from the clinical system)
// ======================================================================
const MSK = 'Ms K';
const BR = 'Baby R';
const gp = [
  { key: 'g1', d: day('02/11/2023', '2023-11-02'), t: '09:20', pt: MSK, by: 'Dr A (GP1)', type: 'F2F',
    e: '[Depressive episode] 30/40. Low mood 3/12, tearful, poor sleep, worried re baby. PHQ-9 16. Hx depression 2021 - sertraline. No SI/self-harm. Restart sertraline 50mg od. Perinatal MH team ref offered - declined. R/v 4/52.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'non-engagement'] },
  { key: 'g2', d: day('05/12/2023', '2023-12-05'), t: '11:40', pt: MSK, by: 'Dr A (GP1)', type: 'Tel consult',
    e: "Sertraline r/v. Mood 'a bit better'. Cont 50mg. Repeat Rx x2/12.",
    contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'g3', d: day('08/01/2024', '2024-01-08'), t: '', pt: BR, by: 'Admin', type: 'Docman',
    e: "Birth notification rec'd from CGH Maternity. [New patient registration]",
    contacts: [C('midwifery', 'in', 'notification')], concerns: [] },
  { key: 'g4', d: day('15/02/2024', '2024-02-15'), t: '10:10', pt: MSK, by: 'Dr B (GP2)', type: 'F2F',
    e: "[Postnatal examination] [Postnatal depression] EPDS 17. Tearful, poor sleep, partner 'not helping'. Sertraline increased to 100mg od. Perinatal MH ref offered again - declined. Safety-netted. R/v 2/52.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'non-engagement'] },
  { key: 'g5', d: day('15/02/2024', '2024-02-15'), t: '10:25', pt: BR, by: 'Dr B (GP2)', type: 'F2F',
    e: '[6-8 week baby check] Wt 4.9kg. Hips stable, red reflex present bilat, testes descended. NAD.',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'g6', d: day('29/02/2024', '2024-02-29'), t: '16:15', pt: MSK, by: 'Dr B (GP2)', type: 'Tel consult',
    e: 'PND r/v - mood slightly improved on 100mg. Sleeping a bit more. Cont. R/v 4/52.',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'g7', d: day('05/03/2024', '2024-03-05'), t: '09:00', pt: BR, by: 'PN1 (Practice Nurse)', type: 'DNA',
    e: '[Did not attend] WNB 8 week imms. WNB letter to mum. Task to HV team.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter'), C('health-visiting', 'out', 'notification')], concerns: ['non-engagement'] },
  { key: 'g8', d: day('08/03/2024', '2024-03-08'), t: '11:50', pt: BR, by: 'Dr A (GP1)', type: 'F2F',
    e: "[Bruise of face] Mum noticed small bruise L cheek this am - ?caught by zip on dad's jacket when he was holding him. O/E alert, feeding, 1cm bluish bruise L cheek, no other marks seen. Reassured. Return if concerns.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['injury'] },
  { key: 'g9', d: day('12/03/2024', '2024-03-12'), t: '10:40', pt: BR, by: 'PN1 (Practice Nurse)', type: 'F2F',
    e: '[Immunisation] 8wk imms given - 6-in-1, MenB, rotavirus. Brought by mum.',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'g10', d: day('04/06/2024', '2024-06-04'), t: '12:30', pt: MSK, by: 'Dr B (GP2)', type: 'Tel consult',
    e: "Mood worse, 'partner back on the scene', not sleeping. Cont sertraline 100mg. Talking Therapies info - declined. Safety-netted.",
    contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health', 'non-engagement'] },
  { key: 'g11', d: day('20/06/2024', '2024-06-20'), t: '15:10', pt: BR, by: 'Dr A (GP1)', type: 'F2F',
    e: '[Oral candidiasis] White plaques tongue, feeding ok. Rx miconazole oral gel.',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'g12', d: day('02/08/2024', '2024-08-02'), t: '', pt: 'Ms K / Baby R', by: 'Admin', type: 'Docman',
    e: "MARAC notification rec'd (MARAC 01/08/24): HIGH risk DA, alleged perpetrator Mr D. [MARAC] alert added to Ms K and R records.",
    contacts: [C('other', 'in', 'notification')], concerns: ['domestic-abuse'] },
  { key: 'g13', d: day('19/08/2024', '2024-08-19'), t: '', pt: BR, by: 'Admin', type: 'Docman',
    e: 'CGH ED attendance notification: # L humerus, admitted Ward 12.',
    contacts: [C('ed', 'in', 'notification')], concerns: ['injury'] },
  { key: 'g14', d: day('20/08/2024', '2024-08-20'), t: '10:30', pt: BR, by: 'Dr A (GP1)', type: 'Tel',
    e: 'Strategy mtg at CGH (SW, CAIT, paeds, HV) - GP1 joined by phone. Shared: mum PND, on sertraline since 11/23; bruise L cheek seen 08/03/24. [Child is cause for concern] [Child protection procedures]',
    contacts: both(['csc', 'police', 'paediatrics', 'health-visiting'], 'strategy-discussion'), concerns: ['injury', 'parental-mental-health'] },
  { key: 'g15', d: day('27/08/2024', '2024-08-27'), t: '', pt: BR, by: 'Admin', type: 'Docman',
    e: "Discharge summary CGH Ward 12: spiral # L humerus, 2 healing posterior rib #. Discharged to MGM's address under CP safety plan. F/u Dr P1 CP clinic 6/52.",
    contacts: [C('paediatrics', 'in', 'letter')], concerns: ['injury'] },
  { key: 'g16', d: day('05/09/2024', '2024-09-05'), t: '16:50', pt: BR, by: 'Dr A (GP1)', type: 'Admin',
    e: 'GP report for ICPC completed and emailed to CP Conference Team.',
    contacts: [C('csc', 'out', 'information-share')], concerns: [] },
  { key: 'g17', d: day('10/09/2024', '2024-09-10'), t: '10:00', pt: BR, by: 'Dr A (GP1)', type: 'Meeting',
    e: 'Attended ICPC. [Subject of child protection plan] - physical abuse.',
    contacts: both(['csc'], 'conference'), concerns: ['injury'] },
  { key: 'g18', d: day('08/10/2024', '2024-10-08'), t: '', pt: BR, by: 'Admin', type: 'Docman',
    e: 'Clinic letter Dr P1 (CP follow-up clinic): humerus # united, no new injuries, growth 25th centile.',
    contacts: [C('paediatrics', 'in', 'letter')], concerns: ['injury'] },
  { key: 'g19', d: day('11/11/2024', '2024-11-11'), t: '09:50', pt: BR, by: 'Dr B (GP2)', type: 'F2F',
    e: '[Upper respiratory tract infection] Brought by MGM. Coryzal, chest clear, feeding. Advice. CP plan alert noted.',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'g20', d: day('21/11/2024', '2024-11-21'), t: '11:30', pt: MSK, by: 'Dr B (GP2)', type: 'F2F',
    e: 'Low mood, stress re court case. Sertraline 100mg cont. Self-referral details for Talking Therapies given.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health'] },
];
const gpText = (r) => [r.pt, r.by, r.type, r.e].join(' | ');

function cell(text, opts = {}) {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: !!opts.bold, size: 18 })] })],
    width: opts.w ? { size: opts.w, type: WidthType.DXA } : undefined,
  });
}
async function writeGp() {
  const widths = [1200, 700, 1100, 1300, 1100, 4600];
  const header = new TableRow({ tableHeader: true, children: ['Date', 'Time', 'Patient', 'Clinician', 'Type', 'Entry'].map((h, i) => cell(h, { bold: true, w: widths[i] })) });
  const rows = gp.map((r) => new TableRow({ children: [r.d.raw, r.t, r.pt, r.by, r.type, r.e].map((v, i) => cell(v, { w: widths[i] })) }));
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: 'Brookfold Medical Practice, Callowbridge', bold: true, size: 28 })] }),
        new Paragraph({ children: [new TextRun({ text: 'Chronology of contacts - extract from clinical system (EMIS Web) for Stanmarsh Safeguarding Children Partnership CSPR (Child R)', size: 20 })] }),
        new Paragraph({ children: [new TextRun({ text: 'Patients: Ms K (mother) and Baby R. Prepared by: Practice Safeguarding Lead (GP1). Coded entries shown in [brackets].', size: 18, italics: true })] }),
        new Paragraph({ text: '' }),
        new Table({ rows: [header, ...rows], width: { size: 10000, type: WidthType.DXA } }),
        new Paragraph({ text: '' }),
        new Paragraph({ children: [new TextRun({ text: 'No contacts with Mr D are held by this practice (not registered).', size: 18 })] }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, FILES.gp), await Packer.toBuffer(doc));
}

// ======================================================================
// 4. Police incident log (plain text), one incident per block
// ======================================================================
// Each block: main entry (header + log), then optional dated UPDATE lines (each its own entry).
const police = [
  { key: 'p1', kind: 'block', d: day('19/11/2023', '2023-11-19'), t: '22:41',
    lines: [
      'INCIDENT NO: SC-231119-0417',
      'DATE/TIME: 19/11/2023 22:41',
      'LOCATION: 14B Wharf Street, Callowbridge',
      'CLASSIFICATION: Domestic incident - non-crime (verbal)',
      'REPORTED BY: Ms K (victim) via 101',
      'OFFICERS: PC1, PC2 (Callowbridge Response)',
      'LOG:',
      '  22:41 Caller states partner shouting at her and blocking the door, she wants to leave. Caller states she is 32 weeks pregnant.',
      '  22:58 Unit assigned.',
      '  23:20 O/S. Verbal argument re money. No injuries, no weapons. Mr D calm on arrival. Ms K going to own address (Larch Court) by taxi.',
      '  23:44 DASH completed with Ms K - 4 ticks.',
      '  23:50 No children resident at either address - PPN not required. DA service details offered - declined.',
      'DASH RISK: STANDARD',
      'RESULT: Closed - no further police action. No referral made.',
    ],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['domestic-abuse'] },
  { key: 'p2', kind: 'block', d: day('27/12/2023', '2023-12-27'), t: '23:15',
    lines: [
      'INCIDENT NO: SC-231227-0522',
      'DATE/TIME: 27/12/2023 23:15',
      'LOCATION: Flat 3 Larch Court, Ashdown, Callowbridge',
      'CLASSIFICATION: Domestic - crime (common assault)',
      'REPORTED BY: Neighbour (Flat 4) via 999',
      'OFFICERS: PC4, PC5 (Callowbridge Response)',
      'LOG:',
      '  23:15 Caller reports screaming and banging from Flat 3, female heard shouting "get off me".',
      '  23:31 O/S. Mr D has left prior to police arrival. Ms K tearful, 37 weeks pregnant. Red mark to L upper arm. States Mr D pushed her into the bedroom door during a row about his phone. Does not wish to make a statement.',
      '  23:52 DASH completed - 9 ticks (pregnant, escalation, jealousy, separation talk).',
      '  00:15 PNC/Niche checks: Mr D - conviction ABH 2021 (v former partner, Wenlowshire Police).',
      '  00:40 Area search for Mr D negative. Crime recorded - common assault, victim not supporting.',
      'DASH RISK: MEDIUM',
      'RESULT: Crime report. PPN to be submitted (unborn child). Suspect outstanding.',
    ],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'p3', kind: 'update', d: day('28/12/2023', '2023-12-28'), t: '09:40',
    line: '28/12/2023 09:40 PPN (unborn child) submitted to Stanmarsh MASH - Ms K 37/40 pushed into door by Mr D, red mark to arm, risk MEDIUM, perpetrator previous DA/ABH v ex-partner. DA Unit review: grading agreed.',
    contacts: [C('mash', 'out', 'notification')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'p4', kind: 'block', d: day('26/03/2024', '2024-03-26'), t: '21:05',
    lines: [
      'INCIDENT NO: SC-240326-0388',
      'DATE/TIME: 26/03/2024 21:05',
      'LOCATION: Flat 3 Larch Court, Ashdown, Callowbridge',
      'CLASSIFICATION: Domestic - crime (criminal damage)',
      'REPORTED BY: Ms K via 999 (landline - mobile smashed)',
      'OFFICERS: PC1, PC6 (Callowbridge Response)',
      'LOG:',
      '  21:05 Caller states partner has punched the wall and smashed her phone, baby in the room, partner still at address.',
      '  21:14 O/S. Mr D in kitchen, agitated, smelt of cannabis. Hole in plasterboard in lounge. R (11 weeks) in bouncer in same room, appeared unharmed.',
      '  21:30 Mr D arrested - criminal damage. Conveyed Callowbridge custody.',
      '  21:55 DASH with Ms K - 11 ticks. Ms K says Mr D has pushed her before when she was pregnant.',
      'DASH RISK: MEDIUM',
      'RESULT: Suspect in custody. PPN (child present) to follow.',
    ],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['domestic-abuse', 'criminality', 'substance-misuse'] },
  { key: 'p5', kind: 'update', d: day('27/03/2024', '2024-03-27'), t: '07:50',
    line: '27/03/2024 07:50 Mr D interviewed, admits damage, denies any assault - released under investigation. 08:15 PPN (child present) submitted to MASH.',
    contacts: [C('mash', 'out', 'notification')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'p6', kind: 'block', d: day('14/07/2024', '2024-07-14'), t: '02:20',
    lines: [
      'INCIDENT NO: SC-240714-0041',
      'DATE/TIME: 14/07/2024 02:20',
      'LOCATION: Flat 3 Larch Court, Ashdown, Callowbridge',
      'CLASSIFICATION: Domestic - crime (non-fatal strangulation)',
      "REPORTED BY: Ms K via 999 (neighbour's phone)",
      'OFFICERS: PC7, PC8 (Callowbridge Response); Sgt 2',
      'LOG:',
      '  02:20 Caller whispering, states partner grabbed her round the throat, baby in cot in the bedroom.',
      '  02:31 O/S. Ms K has red marks to both sides of neck, hoarse voice. BWV on. R asleep in cot in same bedroom.',
      '  02:38 Mr D arrested - NFS / ABH. Conveyed custody.',
      '  03:10 DASH with Ms K - 17 ticks incl. strangulation, escalation, fear for life. Ms K declined ED, advised re delayed effects.',
      'DASH RISK: HIGH',
      'RESULT: Suspect in custody. MARAC, IDVA and PPN to follow.',
    ],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'p7', kind: 'update', d: day('15/07/2024', '2024-07-15'), t: '10:15',
    line: '15/07/2024 10:15 MARAC referral (HIGH) submitted to Stanmarsh MARAC. IDVA referral - Stanmarsh Women\'s Aid. 18:30 Mr D charged NFS (s75A SCA 2015), bailed to appear at Callowbridge Magistrates; conditions not to contact Ms K, not to attend Larch Court. 19:05 PPN (child present) submitted to MASH.',
    contacts: [C('other', 'out', 'referral'), C('da-service', 'out', 'referral'), C('mash', 'out', 'notification')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'p8', kind: 'update', d: day('16/07/2024', '2024-07-16'), t: '11:00',
    line: '16/07/2024 11:00 Telephone strategy discussion DS1 (DA Unit) with MASH TM2. Outcome: s47 not initiated - bail conditions in place, IDVA engaged. Response to monitor bail address.',
    contacts: [C('mash', 'both', 'strategy-discussion')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'p9', kind: 'block', d: day('06/08/2024', '2024-08-06'), t: '01:50',
    lines: [
      'INCIDENT NO: SC-240806-0017',
      'DATE/TIME: 06/08/2024 01:50',
      'LOCATION: Flat 3 Larch Court, Ashdown, Callowbridge',
      'CLASSIFICATION: Breach of bail (DA)',
      'REPORTED BY: Neighbour (Flat 4) via 101',
      'OFFICERS: PC4, PC9 (Callowbridge Response)',
      'LOG:',
      '  01:50 Caller reports Mr D seen entering Flat 3, knows he is on bail not to go there.',
      '  02:04 O/S. Mr D found in the flat with Ms K. R (7 months) awake in lounge. No disturbance. Ms K states she let him in, "he\'s R\'s dad, he wanted to see him".',
      '  02:12 Mr D arrested - breach of bail. Conveyed custody.',
      '  02:40 DASH reviewed with Ms K - remains HIGH.',
      "  09:15 PPN (child present) submitted to MASH - child present at 01:50, mother allowing contact in breach of bail; concern re mother's protective capacity.",
      'DASH RISK: HIGH',
      'RESULT: Suspect in custody for court.',
    ],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'notification')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'p10', kind: 'update', d: day('07/08/2024', '2024-08-07'), t: null,
    line: '07/08/2024 Callowbridge Magistrates - Mr D bail re-granted, same conditions.',
    contacts: [], concerns: ['criminality'] },
  { key: 'p11', kind: 'block', d: day('19/08/2024', '2024-08-19'), t: '17:45',
    lines: [
      'INCIDENT NO: SC-240819-1102',
      'DATE/TIME: 19/08/2024 17:45',
      'LOCATION: Ward 12, Callowbridge General Hospital',
      'CLASSIFICATION: Child protection - injury to infant (CAIT)',
      'REPORTED BY: MASH TM2 (Children\'s Services) by telephone',
      'OFFICERS: DS2 (CAIT) - OIC',
      'LOG:',
      '  17:45 Tel from MASH TM2: R (7 months) admitted CGH with spiral fracture L humerus, explanation inconsistent. Crime recorded: GBH / child cruelty - for investigation.',
      '  18:10 Strategy meeting agreed for the morning at CGH.',
      'RESULT: Under investigation (CAIT).',
    ],
    contacts: [C('mash', 'in', 'phone-call')], concerns: ['injury', 'criminality'] },
  { key: 'p12', kind: 'update', d: day('20/08/2024', '2024-08-20'), t: '10:00',
    line: '20/08/2024 10:00 Strategy meeting at CGH attended by DS2 (CSC, paediatrics, HV, FSW; GP by phone). Skeletal survey: 2 healing rib #. Joint s47 agreed. Both parents to be arrested and interviewed.',
    contacts: both(['csc', 'paediatrics', 'health-visiting', 'early-help', 'gp'], 'strategy-discussion'), concerns: ['injury'] },
  { key: 'p13', kind: 'update', d: day('21/08/2024', '2024-08-21'), t: '07:30',
    line: '21/08/2024 07:30 Mr D and Ms K arrested on suspicion of GBH / child cruelty at their respective addresses. Interviewed - both deny causing injury; Ms K states R rolled off the sofa. Both RUI. Mr D remains on bail for the DA (NFS) offence.',
    contacts: [C('family', 'out', 'other')], concerns: ['injury', 'criminality', 'domestic-abuse'] },
  { key: 'p14', kind: 'update', d: day('22/10/2024', '2024-10-22'), t: null,
    line: '22/10/2024 Mr D charged with GBH (s20) and child cruelty re R - remanded in custody. Ms K - NFA re GBH.',
    contacts: [], concerns: ['injury', 'criminality'] },
  { key: 'p15', kind: 'block', d: day('04/11/2024', '2024-11-04'), t: '19:30',
    lines: [
      'INCIDENT NO: SC-241104-0951',
      'DATE/TIME: 04/11/2024 19:30',
      'LOCATION: Birch Road, Ashdown (MGM address)',
      'CLASSIFICATION: Harassment / witness intimidation (DA)',
      'REPORTED BY: Ms K via 101',
      'OFFICERS: PC3 (Callowbridge NPT)',
      'LOG:',
      "  19:30 Caller reports Facebook messages from Mr D (remanded, HMP Wenlow) asking her to 'drop it' and 'tell them he fell'.",
      '  20:45 PC3 attended MGM address. Screenshots obtained. Ms K and R safe, MGM present.',
      '  21:20 DASH reviewed - HIGH. HMP security to be informed re illicit phone.',
      '  23:10 Email to SW2 (Children\'s Services) and IDVA1 with details for CP plan.',
      'DASH RISK: HIGH',
      'RESULT: Crime report - harassment. Investigation ongoing.',
    ],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('csc', 'out', 'email'), C('da-service', 'out', 'email')], concerns: ['domestic-abuse', 'criminality'] },
];
const policeText = (r) => (r.kind === 'block' ? r.lines.join('\n') : r.line);

function writePolice() {
  const out = [];
  out.push('STANMARSH CONSTABULARY');
  out.push('Public Protection Unit - incident log extract for Child Safeguarding Practice Review (Child R)');
  out.push('Source: STORM command & control and Niche RMS. Subjects: Ms K (F, 20), Mr D (M, 26). Extract covers the review period in the terms of reference.');
  out.push('Compiled by: DS3, Central Safeguarding Team. All times 24hr.');
  out.push('');
  let i = 0;
  while (i < police.length) {
    const b = police[i];
    out.push('==================================================================');
    out.push(...b.lines);
    i++;
    const ups = [];
    while (i < police.length && police[i].kind === 'update') { ups.push(police[i]); i++; }
    if (ups.length) {
      out.push('UPDATES:');
      for (const u of ups) out.push('  ' + u.line);
    }
    out.push('');
  }
  out.push('==================================================================');
  out.push('END OF EXTRACT - 7 incident blocks. No further police contact with the household in the period.');
  fs.writeFileSync(path.join(OUT, FILES.police), out.join('\n') + '\n');
}

// ======================================================================
// 5. Strategy meeting, ICPC and core group minutes (.docx), recorded by Children's Services
// ======================================================================
const mins = [
  { key: 'm1', d: day('20/08/2024', '2024-08-20'), t: '10:00',
    title: 'STRATEGY MEETING (SECTION 47) - CHILD R',
    meta: ['Date: 20/08/2024     Time: 10:00     Venue: Seminar Room 2, Callowbridge General Hospital', "Chair: TM2, Team Manager, Stanmarsh MASH (Children's Services)"],
    present: [
      'TM2 - Team Manager, Stanmarsh MASH (Chair)',
      'SW2 - Social Worker, Callowbridge Child Protection Team',
      'DS2 - Detective Sergeant, Child Abuse Investigation Team (CAIT), Stanmarsh Constabulary',
      'Dr P1 - Consultant Paediatrician, Callowbridge and Wenlow Hospitals NHS Trust',
      'HV1 - Health Visitor, Callowbridge North HV Team, Stanmarsh Community Health NHS Trust',
      "FSW1 - Family Support Worker, Callowbridge Early Help Hub (Ashdown Children's Centre)",
    ],
    apologies: ['None'],
    also: ['GP1 - GP, Brookfold Medical Practice (by telephone for item 2)', "Minute taker - Business Support, Children's Services"],
    body: [
      ['1. Purpose of meeting', "To share information and decide whether the threshold for a section 47 enquiry is met following R's admission to Ward 12 with a spiral fracture of the left humerus."],
      ['2. Information shared', [
        'Paediatrics: Dr P1 reported that R was brought to ED by Ms K with a swollen left arm. X-ray confirmed a spiral fracture of the left humerus. The skeletal survey shows two healing posterior rib fractures, estimated at 2-4 weeks old. Ms K\'s account is that R rolled off the sofa; this does not explain the rib fractures. No bruising seen on CP medical. CT head and ophthalmology requested.',
        'Police: DS2 reported five call-outs involving Ms K and Mr D during the review period, most recently the non-fatal strangulation in July (Mr D charged, on bail with conditions) and a breach of bail at Larch Court with R present. Mr D has a conviction for ABH against a former partner.',
        'Health visiting: HV1 reported three no-access visits in the spring, her referral to the MASH about home conditions and maternal low mood (no outcome received), and that she learned of the strangulation through MARAC.',
        "GP: GP1 reported that Ms K has been prescribed sertraline for depression since before R's birth, with the dose increased postnatally (EPDS 17), and that R was seen at the surgery with a bruise to the left cheek aged 9 weeks; no referral was made at that time.",
        'Early Help: FSW1 has been working with Ms K since the step-down and Ms K has attended two parenting sessions. FSW1 was told of the bail breach by email from the MASH and has not seen Mr D at the home.',
        "Children's Services: the case was stepped down to Early Help after the C&F assessment. The MASH received the July and August PPNs.",
      ]],
      ['3. Decision', 'Threshold for s47 met. Joint investigation (police/CSC). R to remain on Ward 12 until a safe discharge plan is agreed. Mr D to have no contact. ICPC to be convened within 15 working days.'],
    ],
    actions: [
      'SW2 to see Ms K on the ward and visit MGM as a possible carer - within 2 working days.',
      'DS2 to arrange arrest and interview of both parents.',
      'Dr P1 to complete CP medical report and chase CT head / ophthalmology results.',
      'HV1 and GP1 to send written health chronologies to SW2.',
      'TM2 to request ICPC.',
    ],
    contacts: both(['police', 'paediatrics', 'health-visiting', 'early-help', 'gp'], 'strategy-discussion'),
    concerns: ['injury', 'domestic-abuse', 'criminality', 'non-engagement', 'neglect', 'parental-mental-health'] },
  { key: 'm2', d: day('10/09/2024', '2024-09-10'), t: '10:00',
    title: 'INITIAL CHILD PROTECTION CONFERENCE - CHILD R',
    meta: ['Date of conference: 10/09/2024     Time: 10:00     Venue: Room 4, Callowbridge Civic Centre', 'Chair: IRO1, Independent Conference Chair, Stanmarsh Safeguarding Unit'],
    present: [
      'SW2 - Social Worker, Callowbridge Child Protection Team',
      'TM2 - Team Manager, Stanmarsh MASH',
      'DS2 - CAIT, Stanmarsh Constabulary',
      'Dr P1 - Consultant Paediatrician, Callowbridge General Hospital',
      'HV1 - Health Visitor, Stanmarsh Community Health NHS Trust',
      'GP1 - GP, Brookfold Medical Practice',
      'FSW1 - Family Support Worker, Callowbridge Early Help Hub',
      "IDVA1 - IDVA, Stanmarsh Women's Aid",
    ],
    apologies: ['None. Mr D (father) was not invited because of his bail conditions; his views were sought through his solicitor.'],
    also: ['Ms K (mother)', 'MGM (maternal grandmother, current carer)', 'Minute taker - Business Support'],
    body: [
      ['1. Reports', "Written reports were received from Children's Services, police, health visiting, the GP and paediatrics and shared with parents before the conference."],
      ['2. Summary of information', [
        'SW2 summarised the C&F assessment that led to step-down to Early Help; the assessment did not include information from the GP or the health visitor.',
        'DS2 reported the DA history, including the non-fatal strangulation and the bail breach, and that both parents had been arrested and interviewed about R\'s injuries and remain under investigation.',
        'Dr P1 confirmed the spiral fracture of the left humerus and two healing rib fractures, older than the humerus fracture; CT head and ophthalmology were normal. In the absence of an explanation the injuries are considered inflicted.',
        'GP1 shared that Ms K has been treated for depression throughout the pregnancy and since the birth, and that R was seen with a bruise to the cheek as a young baby; no referral was made at the time and the practice is reviewing its use of the bruising protocol.',
        'HV1 said the 0-19 service has no record of receiving the MASH email about the incident before R\'s birth; the first information the service received from the MASH was the telephone call after Mr D smashed Ms K\'s phone with R in the room.',
        'FSW1 said the step-down summary she received from the Assessment Team described routines and isolation and stated there were no current DA concerns; she was not told of the earlier police call-outs and first heard of DA from the MASH email about the strangulation.',
        'IDVA1 has supported Ms K since the MARAC referral; a safety plan is in place.',
        'Ms K said she did not know how R was hurt. MGM said she will keep R and Ms K with her for as long as needed.',
      ]],
      ['3. Decision', 'R to be the subject of a child protection plan under the category of physical abuse. All agencies agreed.'],
    ],
    actions: [
      'SW2 to convene the core group within 10 working days.',
      'R to remain with MGM and Ms K under the safety plan; no contact with Mr D.',
      'HV1 to visit fortnightly and complete the developmental review.',
      "FSW1 to continue the parenting programme at Ashdown Children's Centre.",
      'IDVA1 to continue support and share the safety plan with the core group.',
      "GP1 to flag the family records and review Ms K's mood.",
      'Review conference within 3 months.',
    ],
    contacts: both(['police', 'paediatrics', 'health-visiting', 'gp', 'early-help', 'da-service'], 'conference'),
    concerns: ['injury', 'domestic-abuse', 'parental-mental-health', 'criminality'] },
  { key: 'm3', d: day('29/10/2024', '2024-10-29'), t: '14:00',
    title: 'CORE GROUP MEETING (2) - CHILD R',
    meta: ["Date: 29/10/2024     Time: 14:00     Venue: MGM's home, Birch Road, Ashdown", 'Chair: SW2, Social Worker, Callowbridge Child Protection Team'],
    present: [
      'SW2 - Social Worker (Chair)',
      'HV1 - Health Visitor',
      'FSW1 - Family Support Worker, Early Help Hub',
      "IDVA1 - IDVA, Stanmarsh Women's Aid",
      'Ms K (mother)',
      'MGM (maternal grandmother)',
    ],
    apologies: ['None received'],
    also: ['Student social worker (observing)'],
    body: [
      ['1. Review of actions', 'R seen by SW2 at the start of the meeting, crawling and babbling. Mr D has been charged and remanded in custody. Members noted that the ICPC minutes were circulated after the first core group and that they had worked from their own notes until then.'],
      ['2. Updates', [
        'HV1: weight 8.1kg (25th centile), developmental review booked. No concerns about care at MGM\'s.',
        'FSW1: Ms K has completed four of six parenting sessions and is attending well.',
        'IDVA1: safety plan reviewed; Ms K aware of how to report any contact from Mr D.',
      ]],
    ],
    actions: [
      'SW2 to continue statutory visits.',
      'HV1 to complete the 9-12 month review and share the outcome.',
      'FSW1 to complete the parenting programme and report to the next core group.',
      'IDVA1 to continue support up to the review conference.',
    ],
    contacts: both(['health-visiting', 'early-help', 'da-service'], 'conference'),
    concerns: ['criminality', 'domestic-abuse'] },
];
function minsParas(m) {
  const ps = [m.title, ...m.meta, 'Present:', ...m.present, 'Apologies:', ...m.apologies, 'Also in attendance:', ...m.also];
  for (const [h, b] of m.body) { ps.push(h); ps.push(...(Array.isArray(b) ? b : [b])); }
  ps.push('Actions:');
  m.actions.forEach((a, i) => ps.push(`${i + 1}. ${a}`));
  return ps;
}
const minsText = (m) => minsParas(m).join('\n');

async function writeMins() {
  const children = [
    new Paragraph({ children: [new TextRun({ text: "Stanmarsh County Council - Children's Services", bold: true, size: 26 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Child R - minutes of multi-agency child protection meetings (copy for CSPR panel). OFFICIAL-SENSITIVE.', size: 20, italics: true })] }),
    new Paragraph({ text: '' }),
  ];
  for (const m of mins) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: m.title, bold: true })] }));
    m.meta.forEach((t) => children.push(new Paragraph({ children: [new TextRun({ text: t })] })));
    children.push(new Paragraph({ children: [new TextRun({ text: 'Present:', bold: true })] }));
    m.present.forEach((t) => children.push(new Paragraph({ text: t, bullet: { level: 0 } })));
    children.push(new Paragraph({ children: [new TextRun({ text: 'Apologies:', bold: true })] }));
    m.apologies.forEach((t) => children.push(new Paragraph({ text: t })));
    children.push(new Paragraph({ children: [new TextRun({ text: 'Also in attendance:', bold: true })] }));
    m.also.forEach((t) => children.push(new Paragraph({ text: t, bullet: { level: 0 } })));
    for (const [h, b] of m.body) {
      children.push(new Paragraph({ children: [new TextRun({ text: h, bold: true })] }));
      (Array.isArray(b) ? b : [b]).forEach((t) => children.push(new Paragraph({ text: t })));
    }
    children.push(new Paragraph({ children: [new TextRun({ text: 'Actions:', bold: true })] }));
    m.actions.forEach((a, i) => children.push(new Paragraph({ text: `${i + 1}. ${a}` })));
    children.push(new Paragraph({ text: '' }));
  }
  const doc = new Document({ sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, FILES.mins), await Packer.toBuffer(doc));
}

// ======================================================================
// Gold
// ======================================================================
const REF = {};
const entries = [];
function addEntries(fileKey, list, agency, textFn) {
  list.forEach((r, i) => {
    const ref = `${FILES[fileKey]}#${i + 1}`;
    REF[r.key] = ref;
    entries.push({ _key: r.key, ref, agency, date: r.d, time: r.t || null, text: textFn(r), contacts: r.contacts, concerns: r.concerns });
  });
}
addEntries('csc', csc, 'csc', cscText);
addEntries('hv', hv, 'health-visiting', hvText);
addEntries('gp', gp, 'gp', gpText);
addEntries('police', police, 'police', policeText);
addEntries('mins', mins, 'csc', minsText);

// duplicate groups: earliest first (same date: files order, then row order)
const dupKeys = [
  ['c6', 'h9'],                      // MASH call to HV 28/03
  ['c18', 'p8'],                     // telephone strategy discussion 16/07
  ['c22', 'p11'],                    // MASH TM call to CAIT 19/08
  ['c23', 'h19', 'g14', 'p12', 'm1'],// strategy meeting 20/08
  ['c25', 'h20'],                    // discharge planning meeting 27/08
  ['c26', 'h22', 'g17', 'm2'],       // ICPC 10/09
  ['c27', 'h23'],                    // core group 1 24/09
  ['c28', 'h25'],                    // ICPC minutes emailed 15/10
  ['c29', 'h26', 'm3'],              // core group 2 29/10
  ['c32', 'h27'],                    // SW2 call to HV1 20/11
];
const byKey = Object.fromEntries(entries.map((e) => [e._key, e]));
const duplicates = dupKeys.map((g) => {
  const first = byKey[g[0]];
  for (const k of g.slice(1)) {
    const e = byKey[k];
    if (e.date.earliest !== first.date.earliest) throw new Error(`dup date mismatch ${k}`);
    e.duplicateOf = first.ref;
  }
  return g.map((k) => REF[k]);
});

const R = (...keys) => keys.map((k) => { if (!REF[k]) throw new Error('no ref ' + k); return REF[k]; });
const gaps = [
  { id: 'ASH-G01', code: 'G1', alsoAcceptable: [], from: 'police', to: ['csc'], anchors: R('p1', 'c11'),
    note: 'Police attended a domestic incident on 19/11/2023 with Ms K 32 weeks pregnant; DASH standard and "no children resident - PPN not required", so the unborn child was not considered and nothing went to the MASH. Children\'s Services only learnt of this first incident in May 2024 from the DA Unit reply.' },
  { id: 'ASH-G02', code: 'G10', alsoAcceptable: ['G3'], from: 'police', to: ['csc'], anchors: R('p2', 'p3', 'c1', 'c2'),
    note: 'The December PPN described an assault on a woman 37 weeks pregnant (pushed into a door, mark to arm), graded medium, by a man with a previous ABH against an ex-partner. The MASH screened it as a "verbal / low level" argument at Level 2 and took no action for the unborn baby.' },
  { id: 'ASH-G03', code: 'G2', alsoAcceptable: ['G1'], from: 'csc', to: ['health-visiting'], anchors: R('c3', 'h5', 'm2'),
    note: 'The MASH recorded emailing the 0-19 SPOC about the December DA PPN before the birth, but the health visiting record shows "nil safeguarding info on record from MASH" at the new birth visit, and the service told the ICPC it has no record of the email. The HV went on at universal level with the father present and no routine enquiry.' },
  { id: 'ASH-G04', code: 'G1', alsoAcceptable: [], from: 'gp', to: ['health-visiting'], anchors: R('g1', 'g2', 'g4', 'g6', 'h2', 'h7'),
    note: 'The GP treated Ms K for antenatal and postnatal depression (sertraline restarted at 30/40, increased postnatally with EPDS 17, perinatal MH referral declined twice) but did not tell the health visitor, who recorded "no MH hx, no meds" antenatally and EPDS 6 / "not on any medication" at the 6-8 week review.' },
  { id: 'ASH-G05', code: 'G1', alsoAcceptable: [], from: 'gp', to: ['csc'], anchors: R('g8', 'm1', 'm2'),
    note: 'A 9-week-old non-mobile baby was seen by the GP with a bruise to the cheek and an uncertain explanation; the baby was reassured and sent home. No referral was made to the MASH under the bruising protocol (and nothing went to the HV). The GP confirmed at the strategy meeting and ICPC that no referral was made.' },
  { id: 'ASH-G06', code: 'G8', alsoAcceptable: ['G1'], from: 'health-visiting', to: ['csc'], anchors: R('h10', 'h11', 'h12', 'c12'),
    note: 'Three consecutive no-access health visits in April and May, while the HV knew a C&F assessment was open after repeat DA, were met with a letter and a 4-week review. They were not raised with the allocated social worker, who heard of them only from Ms K, and the assessment was closed without them.' },
  { id: 'ASH-G07', code: 'G7', alsoAcceptable: [], from: 'csc', to: ['gp', 'health-visiting'], anchors: R('c8', 'c13', 'm2'),
    note: 'The C&F assessment relied on Ms K saying she had never had mental health problems and was not on medication; no GP or HV information was sought ("GP and HV contributions not obtained within timescale") before stepping down. The GP held a record of depression treated with sertraline and the bruise in March.' },
  { id: 'ASH-G08', code: 'G9', alsoAcceptable: ['G5'], from: 'csc', to: ['early-help'], anchors: R('c14', 'm2'),
    note: 'On step-down the transfer summary to the Early Help Hub gave routines and isolation as the reasons and said "no current DA concerns"; it left out the three police call-outs and Mr D\'s history. The FSW told the ICPC she was not told of the earlier call-outs.' },
  { id: 'ASH-G09', code: 'G4', alsoAcceptable: ['G3'], from: 'csc', to: ['health-visiting'], anchors: R('h14', 'c16', 'h15', 'h16'),
    note: 'The HV referral of 12/06/2024 (home conditions, nappy rash, maternal low mood, possible DA) was screened out to the Early Help plan with no record of the outcome being sent back; the HV chased by email and phone in July and was still without an outcome.' },
  { id: 'ASH-G10', code: 'G6', alsoAcceptable: ['G1'], from: 'csc', to: ['health-visiting', 'gp', 'early-help'], anchors: R('c18', 'p8', 'h17', 'h18'),
    note: 'After the non-fatal strangulation with the baby in the room, the strategy discussion was held by telephone between the MASH TM and the police DA Unit only. The HV, the GP and the Early Help lead professional were not part of it; the HV learnt of the incident through MARAC more than two weeks later.' },
  { id: 'ASH-G11', code: 'G3', alsoAcceptable: ['G10'], from: 'police', to: ['csc'], anchors: R('p9', 'c20'),
    note: 'Police sent a PPN that Mr D was found at the flat at night with the baby in breach of bail and that the mother had let him in, raising concern about her protective capacity. The MASH forwarded it to the FSW "for info" and took no further action, two weeks before the fractures were found.' },
  { id: 'ASH-G12', code: 'G5', alsoAcceptable: [], from: 'csc', to: ['health-visiting', 'gp', 'police', 'paediatrics', 'early-help', 'da-service'], anchors: R('c28', 'h23', 'h25', 'm3'),
    note: 'ICPC minutes and the CP plan were distributed five weeks after the conference, after the first core group had met without them.' },
];
const decoys = [
  { id: 'ASH-D01', looksLike: ['G2', 'G1'], refs: R('c6', 'h9'),
    note: 'The March DA PPN WAS passed to the health visitor by the MASH by telephone the next day and the HV recorded it, added an alert and raised the level to UPP.' },
  { id: 'ASH-D02', looksLike: ['G6'], refs: R('m1'),
    note: 'The strategy meeting after the fracture was held the next day with police, paediatrics, HV and Early Help present and the GP by phone; no involved agency was left out.' },
  { id: 'ASH-D03', looksLike: ['G8'], refs: R('g7', 'h8', 'g9'),
    note: 'The missed 8-week immunisations were followed up: the practice wrote to mum and tasked the HV, the HV phoned mum and rebooked, and R was immunised a week later.' },
];

const gold = {
  case: CASE,
  title: 'Child R - CSPR, Stanmarsh (non-accidental injury to a 7-month-old)',
  reviewType: 'cspr',
  reviewPeriod: { from: '2023-10-01', to: '2024-11-30' },
  conventions: {
    mash: "The Stanmarsh MASH is run by Stanmarsh County Council Children's Services: MASH staff rows (MASH SW, MASH TM) are csc; other agencies' contacts naming the MASH use 'mash'. In gaps the MASH is csc.",
    minutes: "cp-minutes.docx is written by Children's Services (meeting chairs/business support), so its entries are csc. Each meeting is one entry; dates in the minutes' discussion are back-references and start nothing.",
    earlyHelp: "Callowbridge Early Help Hub and Ashdown Children's Centre (FSW1) are early-help. Stanmarsh Women's Aid (IDVA1) is da-service. MARAC (forum) is other.",
    health: "Callowbridge General Hospital (Callowbridge and Wenlow Hospitals NHS Trust): Ward 12 and Dr P1/P2 are paediatrics, ED is ed, CGH maternity/community midwifery is midwifery. Stanmarsh Community Health NHS Trust 0-19 service (HV1, CNN1, Named Nurse, Trust Safeguarding Team) is health-visiting; contacts between its own staff are internal. Brookfold Medical Practice (GP1, GP2, PN1, admin) is gp.",
    police: 'police-log.txt: each incident block (header + time-only log lines) is one entry; each dated line under UPDATES is its own entry.',
    hvDates: "HV sheets '2023' and '2024' give the year for dates written without one ('15/1', '18.4').",
    family: 'Ms K, Mr D, MGM, neighbours are family. Family members listed as present at meetings are not given contacts (meeting contacts are with agencies).',
  },
  files: [
    { file: FILES.csc, agency: 'csc', format: 'csv' },
    { file: FILES.hv, agency: 'health-visiting', format: 'xlsx' },
    { file: FILES.gp, agency: 'gp', format: 'docx' },
    { file: FILES.police, agency: 'police', format: 'txt' },
    { file: FILES.mins, agency: 'csc', format: 'docx' },
  ],
  entries: entries.map(({ _key, ...e }) => e),
  gaps,
  duplicates,
  decoys,
};

// README
const readme = `# ${CASE}: Child R (CSPR, Stanmarsh)

Invented case. Stanmarsh is a fictional English Midlands county; Callowbridge is its county town, Ashdown a
council estate there, Wenlow a neighbouring borough. All people, places and services are invented.

## People
- **Child R** (Baby R), born 04/01/2024. Admitted to Ward 12, Callowbridge General Hospital, aged 7 months with a
  spiral fracture of the left humerus; skeletal survey found two healing posterior rib fractures.
- **Ms K**, mother, 20. Depression treated by her GP with sertraline from 30 weeks of pregnancy and postnatally.
- **Mr D**, father, 26. Conviction for ABH against a former partner (2021). Five police call-outs to the couple
  in the period (verbal DA, assault when she was 37/40, criminal damage with R present, non-fatal strangulation with
  R in the room, breach of bail at night with R present).
- **MGM**, maternal grandmother, Birch Road, Ashdown: carer after discharge.

## Agencies and files
| file | agency | layout |
|---|---|---|
| ${FILES.csc} | csc | Mosaic case-note export (CSV): title lines, then Case Note ID, Case Note Date (dd/mm/yyyy hh:mm), Case Note Type, Worker, Team, Subject, Note; continuation rows carry only a Note; one blank row |
| ${FILES.hv} | health-visiting | Stanmarsh Community Health NHS Trust 0-19 service; sheets "2023" and "2024"; Date / Contact / Seen by / Notes; dates mostly without a year; a "late Oct 2023" and a "?17/7"; one continuation row and one blank row |
| ${FILES.gp} | gp | Brookfold Medical Practice, EMIS-style table Date / Time / Patient / Clinician / Type / Entry with [coded] labels; entries for Ms K and Baby R |
| ${FILES.police} | police | Stanmarsh Constabulary STORM/Niche extract: one block per incident (header fields, time-only LOG lines, DASH RISK, RESULT), then dated UPDATES lines |
| ${FILES.mins} | csc | Strategy meeting (20/08/2024), ICPC (10/09/2024) and core group 2 (29/10/2024) minutes with Present / Apologies / Also in attendance and numbered actions |

## Review period
01/10/2023 to 30/11/2024.

## What went wrong (summary)
The first DA call-out during the pregnancy never reached the MASH; the second PPN was read as a low-level verbal
argument; the MASH email to the health visitor was never logged, so the new birth visit went ahead at universal
level. The GP treated the mother's depression and saw a bruise on the 9-week-old baby's cheek without telling
the HV or referring. The HV's three no-access visits during the C&F assessment were not raised with the social
worker; the assessment did not ask the GP or HV and stepped the case down to Early Help with a summary that left
out the DA. The HV's June referral got no feedback. After the strangulation the strategy discussion was police and
MASH only, and the bail-breach PPN was filed "for info". Fractures were found two weeks later. Good practice
(decoys): the March PPN did reach the HV; the post-injury strategy meeting and the ICPC included everyone; the
missed immunisations were followed up.

## Case conventions
- MASH: run by Stanmarsh County Council Children's Services. MASH rows are csc; other agencies' contacts naming
  the MASH are \`mash\`; in gaps the MASH counts as csc.
- Early Help Hub / Ashdown Children's Centre / FSW1 = early-help. Stanmarsh Women's Aid IDVA = da-service. MARAC = other.
- Ward 12 / Dr P1 / Dr P2 = paediatrics; CGH ED = ed; CGH maternity = midwifery.
- Each meeting in the minutes is one entry; discussion dates are back-references.
- Police: a block is one entry; each dated UPDATES line is its own entry.
- Family members present at meetings are not given meeting contacts.
`;

await Promise.all([writeCsc(), writeHv(), writeGp(), writePolice(), writeMins()]);
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'README.md'), readme);

const count = (k) => entries.filter((e) => e.ref.startsWith(FILES[k] + '#')).length;
console.log('entries', entries.length, Object.keys(FILES).map((k) => `${k}=${count(k)}`).join(' '));
console.log('gaps', gaps.length, gaps.map((g) => g.code).join(','));
console.log('decoys', decoys.length, 'dup groups', duplicates.length);
