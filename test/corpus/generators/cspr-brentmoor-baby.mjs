// Generator for the invented CSPR case "cspr-brentmoor-baby" (Baby R, London Borough of Brentmoor).
// Writes the agency files and gold.json from one set of data so they cannot drift apart.
// Run: node /work/blind/generators/cspr-brentmoor-baby.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';

const require = createRequire('/work/blind/tools/package.json');
const ExcelJS = require('exceljs');
const docx = require('docx');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel,
  AlignmentType, Header, Footer, ShadingType, PageOrientation,
} = docx;

const CASE = 'cspr-brentmoor-baby';
const OUT = path.join('/work/blind', CASE);
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const pad = (n) => String(n).padStart(2, '0');
const isoToUk = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; };
const day = (raw, iso, uncertain = false) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain });
const span = (raw, from, to, precision, uncertain = false) => ({ raw, earliest: from, latest: to, precision, uncertain });
const c = (w, direction, type) => ({ with: w, direction, type });
const meet = (type, ...agencies) => agencies.map((a) => c(a, 'both', type));

const gold = {
  case: CASE,
  title: 'Baby R – CSPR, London Borough of Brentmoor (non-mobile infant, abusive head trauma)',
  reviewType: 'cspr',
  reviewPeriod: { from: '2022-11-01', to: '2023-09-05' },
  conventions: {},
  files: [],
  entries: [],
  gaps: [],
  duplicates: [],
  decoys: [],
};
const byKey = {};
function addEntry(file, e) {
  const n = gold.entries.filter((x) => x.ref.startsWith(file + '#')).length + 1;
  const ref = `${file}#${n}`;
  const g = { ref, agency: e.agency };
  if (e.employer) g.employer = e.employer;
  g.date = e.date;
  g.time = e.time ?? null;
  g.text = e.text;
  g.contacts = e.contacts ?? [];
  g.concerns = e.concerns ?? [];
  gold.entries.push(g);
  if (byKey[e.key]) throw new Error('dup key ' + e.key);
  byKey[e.key] = ref;
  return ref;
}
const R = (k) => { if (!byKey[k]) throw new Error('no key ' + k); return byKey[k]; };

// =====================================================================================
// 1. integrated-chronology.xlsx  (mixed; Agency column as typed by the review author)
// =====================================================================================
const AG = {
  'MPS': 'police',
  'Brentmoor MASH': 'mash',
  'Brentmoor MASH (police researcher)': 'mash',
  'Brentmoor CSC': 'csc',
  'Brentmoor CSC (EDT)': 'csc',
  'Brentmoor Early Help': 'early-help',
  'GP - Elm Tree Surgery': 'gp',
  'Maternity (Royal Brent)': 'midwifery',
  'Royal Brent ED': 'ed',
  'Brentmoor HV (0-19)': 'health-visiting',
};

const chron = [
  { section: 'Background (prior to review period – from MPS records)' },
  { key: 'C1', d: day('14/03/2021', '2021-03-14'), ag: 'MPS', src: 'CAD 0412/14MAR21; CRIS',
    ev: "999 call 0140hrs from Ms K (then partner of Mr D) - Mr D had pushed her into a wall and grabbed her by the throat while she was holding Child K (8 months). Officers attended, Mr D arrested for ABH. DASH completed with Ms K - HIGH (16 ticks). Merlin PAC created for Child K and shared with Wexcombe MASH.",
    an: 'Background. Non-fatal strangulation. Ms K withdrew support for prosecution - NFA on the ABH.',
    time: '01:40', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('family', 'out', 'assessment'), c('mash', 'out', 'notification')],
    concerns: ['domestic-abuse', 'criminality'] },
  { key: 'C2', d: day('22/04/2021', '2021-04-22'), ag: 'MPS', src: 'Wexcombe MARAC minutes',
    ev: 'Ms K heard at Wexcombe MARAC. MPS DA officer attended; IDVA service and Wexcombe CSC represented. Mr D recorded as perpetrator. Actions: IDVA support, address flag, target hardening.',
    an: '', contacts: [c('da-service', 'both', 'conference'), c('csc', 'both', 'conference')], concerns: ['domestic-abuse'] },
  { key: 'C3', d: day('09/11/2021', '2021-11-09'), ag: 'MPS', src: 'PNC',
    ev: "Mr D convicted at Wexcombe Magistrates' Court - assault by beating (Ms K) and breach of non-molestation order. 12 month community order incl. Building Better Relationships.",
    an: 'PNC record held throughout the review period.', contacts: [], concerns: ['domestic-abuse', 'criminality'] },

  { section: 'Antenatal period' },
  { key: 'C4', d: day('21/11/2022', '2022-11-21'), ag: 'GP - Elm Tree Surgery', src: 'EMIS',
    ev: "F2F GP1. Ms T (19) ?pregnant - +ve urine test. LMP unsure ('June sometime'). Smokes 10/day, 'a bit of weed to help me sleep'. Advised to self-refer to Royal Brent maternity, folic acid. Lives with her mum.",
    an: 'Approx 20/40 at first presentation. Cannabis use not coded; no safeguarding consideration recorded.',
    contacts: [c('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'C5', d: day('07/12/2022', '2022-12-07'), ag: 'Maternity (Royal Brent)', src: 'BadgerNet (summary)',
    ev: 'Booking appt at 23/40 - late booker. Daily cannabis use disclosed. Plan safeguarding referral to MASH.',
    an: 'See maternity chronology.', contacts: [c('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'C6', d: day('09/12/2022', '2022-12-09'), ag: 'Brentmoor MASH', src: 'LCS contact record',
    ev: 'Contact rec\'d from Maternity (Royal Brent) - MW1 - re unborn baby of Ms T (19): late booker 23/40, daily cannabis. FOB named on MARF (Mr D, 21, Flat 12 Lyndale Court, DOB given). RAG amber. Partner checks requested from MPS (MASH police desk), GP and 0-19 health.',
    an: '', contacts: [c('midwifery', 'in', 'referral'), c('police', 'out', 'information-request'), c('gp', 'out', 'information-request'), c('health-visiting', 'out', 'information-request')],
    concerns: ['substance-misuse'] },
  { key: 'C7', d: day('12/12/2022', '2022-12-12'), ag: 'Brentmoor MASH (police researcher)', src: 'MPS MASH research log',
    ev: "Research completed on Ms T - no trace CRIS/Merlin/PNC. MGM's address - nil. FOB not researched - 'not subject of referral'.",
    an: "FOB's name, DOB and address were on the referral. His DA history and conviction would have been found on PNC/CRIS.",
    employer: 'police', contacts: [], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'C8', d: day('12/12/2022', '2022-12-12'), ag: 'GP - Elm Tree Surgery', src: 'EMIS',
    ev: 'MASH request for information recieved. Reply sent same day: registered, no safeguarding codes; seen 21/11/22 re pregnancy, smoker, cannabis use mentioned.',
    an: '', contacts: [c('mash', 'in', 'information-request'), c('mash', 'out', 'information-share')], concerns: ['substance-misuse'] },
  { key: 'C9', d: day('13/12/2022', '2022-12-13'), ag: 'Brentmoor MASH', src: 'LCS - MASH decision',
    ev: 'TM decision: Level 2 - does not meet threshold for CSC assessment. Stepped down to Brentmoor Early Help (Young Parents Pathway). Outcome emailed to referrer MW1 and to GP.',
    an: 'Decision made without information on FOB.', contacts: [c('early-help', 'out', 'referral'), c('midwifery', 'out', 'email'), c('gp', 'out', 'email')], concerns: [] },
  { key: 'C10', d: day('14/12/2022', '2022-12-14'), ag: 'Brentmoor Early Help', src: 'EHM',
    ev: 'Step-down rec\'d from MASH. Allocated to FSW1 (Young Parents Pathway) same day.',
    an: '', contacts: [c('mash', 'in', 'referral')], concerns: [] },
  { key: 'C11', d: day('19/12/2022', '2022-12-19'), ag: 'Brentmoor Early Help', src: 'EHM case note',
    ev: 'FSW1 t/c to Ms T - explained EH offer, agreed HV on 05/01.',
    an: '', contacts: [c('family', 'out', 'phone-call')], concerns: [] },
  { key: 'C12', d: day('05/01/2023', '2023-01-05'), ag: 'Brentmoor Early Help', src: 'EHM case note',
    ev: "HV by FSW1 at MGM's address. Ms T seen alone. EHA started, consent signed. Ms T moving into FOB's flat (Flat 12 Lyndale Court) next week. Says cannabis 'only at weekends now'.",
    an: '', contacts: [c('family', 'out', 'home-visit')], concerns: ['substance-misuse'] },
  { key: 'C13', d: day('14/01/2023', '2023-01-14'), ag: 'MPS', src: 'CAD 6620/14JAN23; CRIS (non-crime)',
    ev: 'Call 2310hrs from neighbour - shouting, banging and a woman screaming at Flat 12 Lyndale Court. Officers attended 2342hrs. Ms T (approx 28 weeks pregnant) and Mr D present; both said verbal argument over money. Damage to bedroom door. Ms T tearful. DASH with Ms T - standard (4 ticks). Recorded as non-crime domestic. No Merlin PAC - no children at address.',
    cont: '(cont.) Ms T given DA helpline details, declined further support. Mr D given words of advice.',
    an: "Unborn child not considered. No notification to MASH; maternity and EH unaware. Mr D's previous DA history not linked to this incident.",
    time: '23:10', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('family', 'out', 'assessment')], concerns: ['domestic-abuse'] },
  { key: 'C14', d: day('02/02/2023', '2023-02-02'), ag: 'Brentmoor Early Help', src: 'EHM case note',
    ev: "FSW1 HV to Lyndale Court. Mr D present - said they 'don't need social services' and would not sign the EHA. Ms T agreed to carry on 'for the baby stuff'.",
    an: '', contacts: [c('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'C14b', d: span('Jan - Mar 2023', '2023-01-01', '2023-03-31', 'range'), ag: 'GP - Elm Tree Surgery', src: 'EMIS',
    ev: 'No GP contacts with Ms T in this period (antenatal care by maternity).',
    an: '', contacts: [], concerns: [] },
  { key: 'C15', d: span('w/c 06/03/2023', '2023-03-06', '2023-03-12', 'week'), ag: 'Brentmoor Early Help', src: 'EHM - TAF record',
    ev: 'TAF meeting at Brentmoor Family Hub - Ms T, FSW1, MW1 (Royal Brent), HV1 (0-19). Mr D did not attend. Baby equipment grant agreed. Ms T declined referral to young people\'s substance misuse service. No concerns raised by health.',
    an: 'Maternity held information from the 34/40 appointment that was not shared at the TAF (see maternity chronology).',
    contacts: meet('conference', 'midwifery', 'health-visiting'), concerns: ['substance-misuse'] },
  { key: 'C16', d: day('30/03/2023', '2023-03-30'), ag: 'Maternity (Royal Brent)', src: 'BadgerNet (summary)',
    ev: 'Baby R born 0452hrs, SVD at 39+1. 3.02kg.', an: '', time: '04:52', contacts: [], concerns: [] },

  { section: 'Birth to 8 weeks' },
  { key: 'C17', d: day('03/04/2023', '2023-04-03'), ag: 'GP - Elm Tree Surgery', src: 'EMIS',
    ev: 'Birth notification rec\'d from Royal Brent maternity. Baby R registered with practice.', an: '',
    contacts: [c('midwifery', 'in', 'notification')], concerns: [] },
  { key: 'C18', d: span('early April', '2023-04-01', '2023-04-10', 'range'), ag: 'Brentmoor Early Help', src: 'EHM case note',
    ev: "FSW1 t/c to Ms T following birth. Ms T said all fine; Mr D 'doesn't want EH any more'. Declined further visits.",
    an: '', contacts: [c('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'C19', d: day('20/04/2023', '2023-04-20'), ag: 'Brentmoor Early Help', src: 'EHM closure',
    ev: 'Case closed - consent withdrawn. Closure letter to Ms T, copies to HV1 (0-19) and GP.', an: '',
    contacts: [c('family', 'out', 'letter'), c('health-visiting', 'out', 'letter'), c('gp', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'C20', d: day('11/05/2023', '2023-05-11'), ag: 'Brentmoor HV (0-19)', src: 'SystmOne (summary)',
    ev: '6-8 wk review by HV1 at home. Small bruise approx 1cm L cheek noted; parents\' explanation scratch / car seat buckle. Advice given.',
    an: 'Bruise on a non-mobile baby - Brentmoor bruising protocol requires referral to MASH and paediatric assessment. Not escalated, not discussed with 0-19 safeguarding team, GP not informed.',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['injury'] },
  { key: 'C21', d: day('16/05/2023', '2023-05-16'), ag: 'GP - Elm Tree Surgery', src: 'EMIS',
    ev: "6-8 wk baby check (GP2) and maternal PN check. Baby: NAD, hips stable, skin NAD. Ms T: mood 'fine', contraception discussed.",
    an: 'No liaison between HV and GP before this check.', contacts: [c('family', 'in', 'attendance')], concerns: [] },
  { key: 'C22', d: day('25/05/2023', '2023-05-25'), ag: 'GP - Elm Tree Surgery', src: 'EMIS',
    ev: '8 wk imms (PN1) - WNB. Letter sent to parents to re-book.', an: 'No liaison with HV re WNB.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: ['non-engagement'] },

  { section: '8 weeks to 4 months' },
  { key: 'C23', d: day('08/06/2023', '2023-06-08'), ag: 'Royal Brent ED', src: 'Symphony (summary)',
    ev: 'Attended 14:20 with both parents - 10/52 infant, fall from sofa approx 09:00, swelling and bruise L forehead. Referred to MASH 16:45. Discharged 18:40 after 4 hr obs.',
    an: 'See ED chronology. Presentation delayed approx 5 hrs.', time: '14:20',
    contacts: [c('family', 'in', 'attendance'), c('mash', 'out', 'referral')], concerns: ['injury'] },
  { key: 'C24', d: day('08/06/2023', '2023-06-08'), ag: 'Brentmoor MASH', src: 'LCS contact record',
    ev: "16:45 tel contact from Royal Brent ED (Dr E1, ED registrar): Baby R 10 wks, swelling/bruise L forehead, reported fall from sofa, late presentation. MASH SW view: explanation consistent with injury, parents appropriate and engaged in ED. RAG amber. Police/CSC strategy discussion to be held tomorrow. MARF rec'd by email 17:05.",
    an: 'ED asked for a strategy discussion including health and a CP medical under the non-mobile baby protocol - not reflected in the MASH rating.',
    time: '16:45', contacts: [c('ed', 'in', 'referral')], concerns: ['injury'] },
  { key: 'C25', d: day('08/06/2023', '2023-06-08'), ag: 'Brentmoor MASH', src: 'LCS case note',
    ev: '18:05 MASH SW t/c to ED nurse in charge - no objection to discharge home with parents; SW to visit after strategy discussion.',
    an: '', time: '18:05', contacts: [c('ed', 'out', 'phone-call')], concerns: [] },
  { key: 'C26', d: day('09/06/2023', '2023-06-09'), ag: 'Brentmoor CSC', src: 'LCS - strategy discussion record',
    ev: 'Strategy discussion (Teams) 11:00 - TM1 (chair), SW1, DS1 (MPS CAIT). Agreed single agency s47 (CSC). CP medical not required - seen by ED doctor. Police NFA at present.',
    an: "Health (ED, paediatrics, HV) and GP not invited. Father's history not checked - DS1 to 'follow up'.",
    time: '11:00', contacts: meet('strategy-discussion', 'police'), concerns: ['injury'] },
  { key: 'C27', d: day('09/06/2023', '2023-06-09'), ag: 'MPS', src: 'CAIT referral log',
    ev: 'DS1 attended strategy discussion with Brentmoor CSC. Research on address: 1 x non-crime domestic (14/01/23). Research on Mr D outstanding. Police role NFA pending s47 outcome.',
    an: 'No record that research on Mr D was ever completed or passed to CSC.', contacts: meet('strategy-discussion', 'csc'), concerns: ['domestic-abuse'] },
  { key: 'C28', d: day('09/06/2023', '2023-06-09'), ag: 'Brentmoor CSC', src: 'LCS case note',
    ev: "SW1 s47 home visit to Lyndale Court 15:30. Baby R seen - swelling reducing, yellowing bruise forehead. Parents' account consistent: R 'rolled off' sofa. Mr D hostile, said 'this is harassment'. Home adequate; Moses basket.",
    an: '', time: '15:30', contacts: [c('family', 'out', 'home-visit')], concerns: ['injury', 'non-engagement'] },
  { key: 'C29', d: day('12/06/2023', '2023-06-12'), ag: 'Brentmoor CSC', src: 'LCS case note',
    ev: 'SW1 emailed Brentmoor 0-19 duty inbox requesting HV involvement and any concerns, for s47 / assessment.',
    an: 'No reply on file. No record on the 0-19 system of this request being received.',
    contacts: [c('health-visiting', 'out', 'information-request')], concerns: [] },
  { key: 'C31', d: day('21/06/2023', '2023-06-21'), ag: 'GP - Elm Tree Surgery', src: 'Docman',
    ev: 'ED attendance notification from Royal Brent (08/06 - head injury, fall from sofa) rec\'d and filed by admin. Not reviewed by a GP.',
    an: 'No action taken; not linked to other information held by the practice.', contacts: [c('ed', 'in', 'notification')], concerns: ['injury'] },
  { key: 'C32', d: day('22/06/2023', '2023-06-22'), ag: 'GP - Elm Tree Surgery', src: 'EMIS',
    ev: 'Imms appt (re-booked 8 wk) - WNB again. 2nd letter sent. No further action.',
    an: 'Two WNB for a 12-week-old infant; HV not informed.', contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'C33', d: day('?03/07/2023', '2023-07-03', true), ag: 'Brentmoor CSC', src: 'LCS case note (undated entry - date approx.)',
    ev: 'SW1 unannounced HV. Ms T and Baby R seen; R asleep in Moses basket, no marks seen. Ms T said Mr D at work. Smell of cannabis in flat.',
    an: '', contacts: [c('family', 'out', 'home-visit')], concerns: ['substance-misuse'] },
  { key: 'C34', d: day('07/07/2023', '2023-07-07'), ag: 'Brentmoor CSC', src: 'LCS - single assessment / s47 outcome',
    ev: "Single assessment and s47 completed by SW1, signed off TM1. Injury considered accidental. Father: not known to CSC; 'no concerns reported by police'. Outcome: s47 unsubstantiated - close to universal services, HV to continue. Parents informed by phone.",
    an: 'Police checks on Mr D were never completed (see 09/06). Outcome not shared with Royal Brent ED.',
    contacts: [c('family', 'out', 'phone-call')], concerns: ['injury'] },
  { key: 'C35', d: day('30/07/2023', '2023-07-30'), ag: 'MPS', src: 'CAD 1187/30JUL23',
    ev: "0135hrs anonymous call via 101 - baby screaming for a long time and a man shouting at Flat 12 Lyndale Court. Officers attended 0220hrs. Mr D answered, said baby teething. Baby seen asleep in Moses basket by PC4 from the doorway. Ms T in bedroom, not spoken to. No offences disclosed. Closed - no Merlin.",
    an: 'Child present at a call reporting shouting; no Merlin PAC to MASH; Ms T not seen alone.',
    time: '01:35', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: ['domestic-abuse'] },

  { section: 'Index incident and response (14/08/2023 - 05/09/2023)' },
  { key: 'C36', d: day('14/08/2023', '2023-08-14'), ag: 'Brentmoor CSC (EDT)', src: 'LCS - EDT record',
    ev: '23:45 tel referral from Royal Brent paediatric registrar (Dr P1): Baby R (19 wks) in resus, CT shows bilateral subdural haematomas of differing ages. EDT SW notified MPS CAIT (out of hours) and requested officers attend. Strategy meeting set for 15/08 11:00.',
    an: '', time: '23:45', contacts: [c('paediatrics', 'in', 'referral'), c('police', 'out', 'notification')], concerns: ['injury'] },
  { key: 'C37', d: day('15/08/2023', '2023-08-15'), ag: 'MPS', src: 'CAD 0031/15AUG23; CRIS',
    ev: '0040hrs PC2 and PC3 attended Royal Brent ED at request of CSC EDT re serious head injury to Baby R. Parents present - initial accounts taken. Flat 12 Lyndale Court secured as a scene.',
    an: '', time: '00:40', contacts: [c('csc', 'in', 'notification'), c('family', 'out', 'other')], concerns: ['injury'] },
  { key: 'C38', d: day('15/08/2023', '2023-08-15'), ag: 'MPS', src: 'CAIT investigation log',
    ev: 'DS2 attended strategy meeting chaired by CSC (paediatrics, 0-19 HV and GP present). PNC/CRIS on Mr D shared: ABH arrest 2021 (ex-partner Ms K, strangulation), Wexcombe MARAC, conviction for assault by beating Nov 2021, non-crime domestic Jan 2023 and call to address 30/07/23.',
    an: 'First time the history was shared with CSC or health.', contacts: meet('strategy-discussion', 'csc', 'paediatrics', 'health-visiting', 'gp'),
    concerns: ['domestic-abuse', 'criminality'] },
  { key: 'C39', d: day('15/08/2023', '2023-08-15'), ag: 'MPS', src: 'CRIS',
    ev: '1820hrs Mr D and Ms T arrested on suspicion of GBH and child cruelty. Interviewed at Brentmoor police station. Both bailed 16/08 - conditions not to have unsupervised contact with Baby R.',
    an: '', time: '18:20', contacts: [c('family', 'out', 'other')], concerns: ['injury', 'criminality'] },
  { key: 'C40', d: day('17/08/2023', '2023-08-17'), ag: 'Brentmoor CSC', src: 'LCS case note',
    ev: "SW2 met MGM at Royal Brent (Larch Ward). Viability assessment started for MGM to care for Baby R on discharge.",
    an: '', contacts: [c('family', 'out', 'assessment')], concerns: [] },
  { key: 'C41', d: day('18/08/2023', '2023-08-18'), ag: 'GP - Elm Tree Surgery', src: 'EMIS',
    ev: 'Request rec\'d from CSC (SW2) for GP report for ICPC.', an: '', contacts: [c('csc', 'in', 'information-request')], concerns: [] },
  { key: 'C42', d: day('01/09/2023', '2023-09-01'), ag: 'GP - Elm Tree Surgery', src: 'EMIS',
    ev: 'GP report for ICPC sent to CSC conference team (secure email) - incl. WNB x2 and ED attendance with head injury. GP1 unable to attend ICPC (surgery).',
    an: '', contacts: [c('csc', 'out', 'information-share')], concerns: ['non-engagement', 'injury'] },
  { key: 'C43', d: day('05/09/2023', '2023-09-05'), ag: 'Brentmoor CSC', src: 'LCS - CP conference',
    ev: 'ICPC chaired by IRO1. Baby R made subject of CP plan - category physical abuse. MPS, 0-19 HV and Royal Brent named nurse attended; GP report tabled.',
    an: '', contacts: [...meet('conference', 'police', 'health-visiting', 'paediatrics'), c('gp', 'in', 'information-share')], concerns: ['injury'] },
];

async function writeChronology() {
  const file = 'integrated-chronology.xlsx';
  gold.files.push({ file, agency: 'mixed', format: 'xlsx' });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CSPR author';
  const ws = wb.addWorksheet('Integrated chronology');
  ws.columns = [{ width: 16 }, { width: 24 }, { width: 26 }, { width: 80 }, { width: 50 }];
  ws.addRow(['Brentmoor Safeguarding Children Partnership - CSPR Baby R']);
  ws.addRow(['Integrated chronology - DRAFT v3 (compiled from agency chronologies) - OFFICIAL SENSITIVE']);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(2).font = { italic: true };
  ws.addRow([]);
  const hdr = ws.addRow(['Date', 'Agency', 'Source of information', 'Event', 'Analysis / comment']);
  hdr.font = { bold: true };
  hdr.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; });
  for (const r of chron) {
    if (r.section) {
      const row = ws.addRow([r.section]);
      ws.mergeCells(row.number, 1, row.number, 5);
      row.font = { bold: true };
      row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
      continue;
    }
    let dateCell = r.d.raw;
    // exact, certain dates are real Excel dates; vague or uncertain ones are text as typed
    if (r.d.precision === 'day' && !r.d.uncertain && /^\d\d\/\d\d\/\d{4}$/.test(r.d.raw)) {
      const [y, m, dd] = r.d.earliest.split('-').map(Number);
      dateCell = new Date(Date.UTC(y, m - 1, dd));
    }
    const row = ws.addRow([dateCell, r.ag, r.src, r.ev, r.an || null]);
    if (dateCell instanceof Date) row.getCell(1).numFmt = 'dd/mm/yyyy';
    row.alignment = { wrapText: true, vertical: 'top' };
    let text = [r.ag, r.src, r.ev, r.an].filter(Boolean).join(' | ');
    if (r.cont) {
      const cr = ws.addRow([null, null, null, r.cont, null]);
      cr.alignment = { wrapText: true, vertical: 'top' };
      text += ' | ' + r.cont;
    }
    addEntry(file, { key: r.key, agency: AG[r.ag], employer: r.employer, date: r.d, time: r.time, text, contacts: r.contacts, concerns: r.concerns });
  }
  ws.addRow([]);
  ws.addRow(['Maternity, HV and ED rows are summaries - see the agency chronologies. Times as recorded by agencies.']);
  const key = wb.addWorksheet('Key');
  key.columns = [{ width: 14 }, { width: 70 }];
  key.addRow(['Abbreviation', 'Meaning']).font = { bold: true };
  [['CAIT', 'Child Abuse Investigation Team (MPS)'], ['EDT', 'Emergency Duty Team (out of hours CSC)'], ['EHA', 'Early Help Assessment'],
    ['FOB', 'Father of baby'], ['MGM', 'Maternal grandmother'], ['MARF', 'Multi-agency referral form'], ['PAC', 'Merlin pre-assessment checklist (MPS)'],
    ['TAF', 'Team Around the Family'], ['WNB', 'Was not brought'], ['HV', 'Health visitor / home visit (context)']].forEach((r) => key.addRow(r));
  await wb.xlsx.writeFile(path.join(OUT, file));
}

// =====================================================================================
// 2. maternity.csv (BadgerNet export)
// =====================================================================================
const mat = [
  { key: 'M1', d: '28/11/2022', t: '10:14', s: 'Admin (maternity bookings)', g: '', e: "Self-referral rec'd via online form. Booking appt letter sent for 07/12/22.",
    contacts: [c('family', 'in', 'referral'), c('family', 'out', 'letter')], concerns: [] },
  { key: 'M2', d: '07/12/2022', t: '09:30', s: 'MW1', g: '23/40', e: "Booking. Late booker - says 'didn't realise' until Nov. G1P0. Lives with MGM. FOB: Mr D, DOB 11/02/2001, Flat 12 Lyndale Court - 'supportive', not present. Smoker 10/day, CO 14ppm. Cannabis: daily, 2-3 joints ('helps with the sickness'). DA routine enquiry: asked alone - 'no'. MH: nil. Plan: dating scan, refer smoking cessation, safeguarding referral to MASH (age/late booking/substance use).",
    contacts: [c('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'M3', d: '08/12/2022', t: '11:00', s: 'Sonographer', g: '23+1', e: 'Anomaly/dating scan: single live fetus, EDD 05/04/2023 by scan. NAD.',
    contacts: [c('family', 'in', 'attendance')], concerns: [] },
  { key: 'M4', d: '09/12/2022', t: '14:05', s: 'MW1', g: '23+2', e: 'MARF completed and emailed to Brentmoor MASH (secure). Concerns: age 19, late booking, daily cannabis. FOB details included. Copy to Safeguarding MW team.',
    contacts: [c('mash', 'out', 'referral')], concerns: ['substance-misuse'] },
  { key: 'M5', d: '04/01/2023', t: '10:40', s: 'CMW2 (Ashmead clinic)', g: '27/40', e: 'DNA antenatal appt. Text sent to rebook.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'other')], concerns: ['non-engagement'] },
  { key: 'M6', d: '11/01/2023', t: '09:50', s: 'CMW2 (Ashmead clinic)', g: '28/40', e: "Seen. BP 112/70, urine NAD, FH heard, SFH 28cm. GTT booked. Moving in with FOB at Lyndale Court this wk. Cannabis 'weekends only'. EH worker (FSW1) involved.",
    contacts: [c('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'M7', d: '08/02/2023', t: '10:15', s: 'CMW2 (Ashmead clinic)', g: '32/40', e: "Seen with FOB. Mr D answered most questions on Ms T's behalf. Unable to complete routine enquiry - partner present throughout. Growth normal. Plan: see alone next appt.",
    contacts: [c('family', 'in', 'attendance')], concerns: ['domestic-abuse'] },
  { key: 'M8', d: '10/02/2023', t: '15:20', s: 'CMW2', g: '32+2', e: 'Antenatal notification sent to Brentmoor 0-19 HV team: primip aged 19, late booker, cannabis use, EH involved. Address now Flat 12 Lyndale Court.',
    contacts: [c('health-visiting', 'out', 'notification')], concerns: ['substance-misuse'] },
  { key: 'M9', d: '22/02/2023', t: '11:30', s: 'MW1', g: '34/40', e: "Seen alone (FOB parking car). Ms T disclosed police were called in Jan when she and Mr D argued - 'he punched the door, he's got a temper but he'd never touch me'. Also said Mr D has a child with an ex who 'got him arrested'. Declined DASH - 'don't make it a big thing'. Given helpline no. Plan: discuss with Safeguarding MW ?update MASH.",
    contacts: [c('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'M10', d: '08/03/2023', t: '13:00', s: 'MW1', g: '36/40', e: 'TAF meeting at Brentmoor Family Hub with FSW1 (Early Help) and HV1 (0-19). Ms T attended. MW update: growth normal, cannabis reduced, birth plan done. No other concerns raised.',
    contacts: meet('conference', 'early-help', 'health-visiting'), concerns: ['substance-misuse'] },
  { key: 'M11', d: '22/03/2023', t: '10:00', s: 'CMW2 (Ashmead clinic)', g: '38/40', e: 'Seen. Well. Moses basket & car seat obtained (EH grant). Safe sleep discussed.',
    contacts: [c('family', 'in', 'attendance')], concerns: [] },
  { key: 'M12', d: '29/03/2023', t: '22:15', s: 'Labour ward - MW4', g: '39+0', e: 'Admitted in established labour. FOB present.',
    contacts: [c('family', 'in', 'attendance')], concerns: [] },
  { key: 'M13', d: '30/03/2023', t: '04:52', s: 'Labour ward - MW4', g: '39+1', e: 'SVD. Live male infant (Baby R) 3.02kg, Apgars 9/10. Skin to skin.',
    contacts: [], concerns: [] },
  { key: 'M14', d: '30/03/2023', t: '20:10', s: 'PN ward - MW5', g: '', e: 'FOB verbally aggressive to staff when asked to leave at end of visiting; smelt strongly of cannabis. Security attended, FOB left. Ms T apologised for him.',
    contacts: [], concerns: ['substance-misuse'] },
  { key: 'M15', d: '31/03/2023', t: '12:30', s: 'PN ward - MW5', g: '', e: 'Discharged home with baby to Lyndale Court. NIPE done - NAD. Community MW to visit day 3.',
    contacts: [], concerns: [] },
  { key: 'M16', d: '02/04/2023', t: '11:00', s: 'CMW2', g: '', e: 'Day 3 PN home visit, Lyndale Court. Baby feeding well (formula), wt 2.90kg. Ms T tired. Mr D present. Flat smelt of cannabis - advised re smoke-free home / SIDS.',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['substance-misuse'] },
  { key: 'M17', d: '11/04/2023', t: '10:30', s: 'CMW2', g: '', e: "Day 12 visit: wt 3.05kg. Discharged from maternity care. Transfer of care to Brentmoor 0-19 HV team - discharge summary sent. Safeguarding section: 'EH involved (closing). DA: routine enquiry - no disclosure. Substance use: reduced.'",
    contacts: [c('family', 'out', 'home-visit'), c('health-visiting', 'out', 'notification')], concerns: ['substance-misuse'] },
];

function csvCell(v) { const s = String(v ?? ''); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function writeMaternity() {
  const file = 'maternity.csv';
  gold.files.push({ file, agency: 'midwifery', format: 'csv' });
  const lines = [];
  lines.push(csvCell('Royal Brent Hospitals NHS Trust - Maternity Services (BadgerNet extract)'));
  lines.push(csvCell('Patient: Ms T (mother of Baby R)  Printed 19/09/2023 for Brentmoor SCP CSPR  Notes as entered'));
  lines.push(['Date', 'Time', 'Staff', 'Gestation', 'Entry'].map(csvCell).join(','));
  for (const m of mat) {
    lines.push([m.d, m.t, m.s, m.g, m.e].map(csvCell).join(','));
    const [dd, mm, yy] = m.d.split('/');
    addEntry(file, { key: m.key, agency: 'midwifery', date: day(m.d, `${yy}-${mm}-${dd}`), time: m.t,
      text: [m.s, m.g, m.e].filter(Boolean).join(' | '), contacts: m.contacts, concerns: m.concerns });
  }
  lines.push(csvCell('End of extract - 17 records'));
  fs.writeFileSync(path.join(OUT, file), lines.join('\r\n') + '\r\n');
}

// =====================================================================================
// 3. ed-and-paediatrics.txt (narrative notes, 24h clock)
// =====================================================================================
const ed = [
  { heading: true, lines: ['========================================================================', 'ATTENDANCE 1    08/06/2023    Emergency Department (walk-in)', '========================================================================'] },
  { key: 'E1', d: '08/06/23', t: '14:20', ag: 'ed', tag: 'ED Reception', body: 'Registered. PC: "baby fell off sofa". Accompanied by mother (Ms T) and father (Mr D).',
    contacts: [c('family', 'in', 'attendance')], concerns: ['injury'] },
  { key: 'E2', d: '08/06/23', t: '14:32', ag: 'ed', tag: 'ED Triage - RN1', body: 'Triage 14:32. 10/52 male. Fell from sofa onto laminate floor approx 0900 today, cried immediately. Alert, pink, feeding. Swelling approx 2x2cm L frontal with bluish bruise. HR 148 RR 38 T 36.8 sats 99% RA. PEWS 0. Cat 3.',
    contacts: [], concerns: ['injury'] },
  { key: 'E3', d: '08/06/23', t: '15:10', ag: 'ed', tag: 'ED - Dr E1 (ED registrar)', body: 'Hx from mum: R placed on sofa while she made a bottle, "he must have rolled", found on floor. Dad says R "rolls all the time"; mum later says he hasnt rolled yet. O/E 2x2cm boggy swelling L forehead with bruising, no other marks seen, fontanelle soft, MAL. Imp: head injury in non-mobile infant, delayed presentation (~5 hrs), hx inconsistent re rolling. Plan: d/w paeds reg, 4 hr obs, safeguarding referral per non-mobile baby protocol.',
    contacts: [], concerns: ['injury'] },
  { key: 'E4', d: '08/06/23', t: '15:45', ag: 'paediatrics', tag: 'PAEDS - Dr P1 (paediatric registrar), seen in ED', body: 'Agree with ED assessment. NICE head injury - CT not indicated at present (swelling <5cm, GCS 15, no LOC). Bruising/swelling in non-mobile baby - needs MASH referral; CP medical to be arranged following strategy discussion. Obs 4 hrs.',
    contacts: [], concerns: ['injury'] },
  { key: 'E5', d: '08/06/23', t: '16:45', ag: 'ed', tag: 'ED - Dr E1', body: 'T/c to Brentmoor MASH (Childrens Social Care Front Door) - spoke to MASH SW. Explained non-mobile infant with head injury, delayed presentation, hx changing. Requested strategy discussion incl health and CP medical as per protocol. MARF completed and emailed 17:05.',
    contacts: [c('mash', 'out', 'referral')], concerns: ['injury'] },
  { key: 'E6', d: '08/06/23', t: '18:10', ag: 'ed', tag: 'ED - NIC (RN2)', body: 'T/c from MASH SW: strategy discussion to be held tomorrow, no objection to discharge home with parents, SW will visit. Dr E1 and paeds reg informed.',
    contacts: [c('mash', 'in', 'phone-call')], concerns: [] },
  { key: 'E7', d: '08/06/23', t: '18:40', ag: 'ed', tag: 'ED - Dr E1', body: 'Remained well throughout obs, feeding, GCS 15. Discharged home with parents. Head injury advice given. Paediatric liaison form completed for HV/GP.',
    contacts: [], concerns: ['injury'] },
  { key: 'E8', d: '14/06/23', t: '09:30', ag: 'ed', tag: 'ED - Safeguarding link nurse (SLN1)', body: 'Reviewed attendance of 08/06. Email to Brentmoor MASH requesting outcome of strategy discussion and whether CP medical required.',
    contacts: [c('mash', 'out', 'information-request')], concerns: ['injury'] },
  { key: 'E9', d: '19/06/23', t: '10:20', ag: 'ed', tag: 'ED - Paediatric liaison nurse (PLN1)', body: 'Attendance 08/06 (head injury, fall from sofa) reviewed at weekly liaison meeting - delayed, backlog. Liaison notification sent to Brentmoor 0-19 HV team and GP (Elm Tree Surgery).',
    contacts: [c('health-visiting', 'out', 'notification'), c('gp', 'out', 'notification')], concerns: ['injury'] },
  { key: 'E10', d: '21/06/23', t: '14:00', ag: 'ed', tag: 'ED - SLN1', body: 'No reply from MASH to email of 14/06. Chased by email to MASH inbox. No outcome recieved.',
    contacts: [c('mash', 'out', 'information-request')], concerns: [] },
  { key: 'E11', d: '05/07/23', t: '11:15', ag: 'ed', tag: 'ED - SLN1', body: 'Still no outcome from MASH/CSC. Closed on ED safeguarding log as "referral made - outcome not known".',
    contacts: [], concerns: [] },
  { heading: true, lines: ['', '========================================================================', 'ATTENDANCE 2    14/08/2023    Emergency Department (BIBA) -> admission Larch Ward', '========================================================================'] },
  { key: 'E12', d: '14/08/23', t: '21:47', ag: 'ed', tag: 'ED Resus - arrival', body: 'BIBA. Handover from ambulance crew: 19/52 male, father called 999 at 2118 - baby "went floppy" after feed, vomited x3. Father travelled with crew.',
    contacts: [c('ambulance', 'in', 'information-share'), c('family', 'in', 'attendance')], concerns: [] },
  { key: 'E13', d: '14/08/23', t: '21:52', ag: 'ed', tag: 'ED Triage - RN3', body: 'Cat 1 - straight to resus. GCS 9 (E2 V3 M4), fontanelle full, pale, mottled. HR 176. Paeds reg and ED consultant fast-bleeped.',
    contacts: [], concerns: [] },
  { key: 'E14', d: '14/08/23', t: '22:05', ag: 'ed', tag: 'ED Resus - Dr E2 (ED consultant)', body: 'With paeds reg. GCS improving to 11. Fontanelle tense. Bruise approx 1cm behind L ear. Hx from father: fed at 2030, fine, "went limp" about 2110. Mother at work, shift ends 2200. No hx of trauma offered. Plan: urgent CT head, bloods, VBG.',
    contacts: [], concerns: ['injury'] },
  { key: 'E15', d: '14/08/23', t: '22:50', ag: 'ed', tag: 'ED Resus - Dr E2', body: 'CT head (verbal report on-call radiologist): acute and chronic bilateral subdural haematomas, no skull fracture. Discussed with neurosurgical registrar at St Cuthan\'s Hospital - conservative mx, repeat imaging, no transfer at present.',
    contacts: [c('other', 'out', 'phone-call')], concerns: ['injury'] },
  { key: 'E16', d: '14/08/23', t: '23:40', ag: 'paediatrics', tag: 'PAEDS - Dr P1', body: 'Findings highly concerning for abusive head trauma. Tel referral to Brentmoor CSC EDT (EDT SW) - police to be informed by EDT. Mother now present.',
    contacts: [c('csc', 'out', 'referral')], concerns: ['injury'] },
  { key: 'E17', d: '15/08/23', t: '01:30', ag: 'paediatrics', tag: 'PAEDS - Larch Ward', body: 'Admitted to Larch Ward (HDU bed) under Dr P2 for neuro obs / monitoring of SDH. 1:1 nursing.',
    contacts: [], concerns: ['injury'] },
  { key: 'E18', d: '15/08/23', t: '11:00', ag: 'paediatrics', tag: 'PAEDS - Dr P2 (consultant paediatrician)', body: 'Attended s47 strategy meeting (Teams) with CSC, MPS CAIT, 0-19 HV and GP. Medical findings so far shared.',
    contacts: meet('strategy-discussion', 'csc', 'police', 'health-visiting', 'gp'), concerns: [] },
  { key: 'E19', d: '15/08/23', t: '14:00', ag: 'paediatrics', tag: 'PAEDS - Dr P2', body: 'CP medical. Bruise 1cm behind L ear; no other skin marks. Skeletal survey: healing fractures posterior R 6th and 7th ribs (est 2-4 wks). Ophthalmology: bilateral multilayered retinal haemorrhages. Opinion: findings highly suggestive of abusive head trauma with earlier injury; no medical explanation. Dr P2 phoned SW2 (CSC) and DS2 (MPS) with verbal opinion; written report to follow.',
    contacts: [c('csc', 'out', 'phone-call'), c('police', 'out', 'phone-call')], concerns: ['injury'] },
  { key: 'E20', d: '16/08/23', t: '16:00', ag: 'paediatrics', tag: 'PAEDS - Dr P2', body: 'Written CP medical report sent to SW2 and DS2 (secure email).',
    contacts: [c('csc', 'out', 'information-share'), c('police', 'out', 'information-share')], concerns: ['injury'] },
  { key: 'E21', d: '22/08/23', t: '11:00', ag: 'paediatrics', tag: 'PAEDS - Larch Ward', body: 'Discharge planning meeting on ward: Dr P2, ward sister, SW2 (CSC), HV1 (0-19), MGM. Agreed discharge to MGM under CSC safety plan; parents supervised contact only. F/u: neurosurgery OPA, ophthalmology 6/52, community paeds.',
    contacts: meet('conference', 'csc', 'health-visiting'), concerns: [] },
  { key: 'E22', d: '05/09/23', t: '10:00', ag: 'paediatrics', tag: 'PAEDS - Named Nurse Safeguarding Children (NN1)', body: 'Attended ICPC for Royal Brent; CP medical report tabled on behalf of Dr P2.',
    contacts: meet('conference', 'csc', 'police', 'health-visiting'), concerns: ['injury'] },
];

function writeEd() {
  const file = 'ed-and-paediatrics.txt';
  gold.files.push({ file, agency: 'mixed', format: 'txt' });
  const out = [
    'ROYAL BRENT HOSPITALS NHS TRUST',
    "Emergency Department and Children's Services (Paediatrics) - extract of clinical notes",
    'Patient: Baby R    DOB: 30/03/2023    Hosp no: RB 447 1920',
    'Extract prepared for Brentmoor Safeguarding Children Partnership (CSPR) by NN1, Named Nurse Safeguarding Children.',
    'Notes reproduced as entered (typing errors retained). [ED ...] = Emergency Department (Symphony). [PAEDS ...] = paediatric team / Larch Ward (EPR).',
    '',
  ];
  for (const x of ed) {
    if (x.heading) { out.push(...x.lines, ''); continue; }
    const line = `${x.d} ${x.t}  [${x.tag}]  ${x.body}`;
    out.push(line, '');
    const [dd, mm, yy] = x.d.split('/');
    addEntry(file, { key: x.key, agency: x.ag, date: day(x.d, `20${yy}-${mm}-${dd}`), time: x.t, text: line, contacts: x.contacts, concerns: x.concerns });
  }
  out.push('-- end of extract --');
  fs.writeFileSync(path.join(OUT, file), out.join('\n') + '\n');
}

// =====================================================================================
// 4. strategy-and-meetings.docx (CSC minutes)
// =====================================================================================
// Each meeting: heading (not an entry) + block of paragraphs starting with the dated line (one entry).
const meetings = [
  {
    heading: 'STRATEGY DISCUSSION (s47) - Baby R',
    key: 'S1', d: day('09/06/2023', '2023-06-09'), time: '11:00',
    paras: [
      'Date: 09/06/2023    Time: 11:00 - 11:35    Venue: Microsoft Teams',
      'Chair: TM1, Team Manager, Assessment Team 2, Brentmoor CSC.   Minutes: BS1 (Business Support)',
      'Present:',
      '•  TM1 - Team Manager, Brentmoor CSC (Chair)',
      '•  SW1 - Social Worker, Assessment Team 2, Brentmoor CSC',
      '•  DS1 - Detective Sergeant, MPS Child Abuse Investigation Team (CAIT)',
      'Apologies: None.',
      'Not invited / absent:',
      '•  Royal Brent Hospital (ED / paediatrics) - not invited; information as per MARF.',
      '•  0-19 Health Visiting - not invited; involvement not known at time of meeting.',
      '•  GP (Elm Tree Surgery) - not invited.',
      '1. Reason for discussion. MASH received a contact from Royal Brent ED after Baby R (10 weeks) was brought in with a swelling and bruise to the left forehead. Parents report that R rolled off the sofa onto a laminate floor. The ED registrar noted a delay of around five hours before attendance and differing accounts from the parents about whether R can roll.',
      '2. Information shared. CSC: Baby R is not open to CSC. A MASH contact about the unborn baby (late booking, daily cannabis use) was stepped down to Early Help, which closed when consent was withdrawn. Police (DS1): address research shows one non-crime domestic recorded at Lyndale Court during the pregnancy (verbal argument between the parents, DASH standard). No trace on Ms T. Research on Mr D not completed before this discussion. Health: no health representative present.',
      '3. Analysis and decision. Threshold for s47 met - single agency (CSC). The injury may be accidental and the account is broadly consistent. CP medical not required at this stage as Baby R has been examined by the ED registrar and the paediatric registrar. Police: no crime identified at present, NFA pending the outcome of the s47.',
      '4. Actions. SW1 to visit the family and see Baby R - timescale: same day. DS1 to complete research on Mr D and update SW1 - timescale: 48 hrs. SW1 to seek information from 0-19 HV team and GP - timescale: 5 working days. MASH to feed back outcome to referrer (Royal Brent ED).',
      'Minutes circulated to: attendees only.',
    ],
    contacts: meet('strategy-discussion', 'police'), concerns: ['injury', 'substance-misuse', 'domestic-abuse'],
  },
  {
    heading: 'STRATEGY MEETING (s47) - Baby R',
    key: 'S2', d: day('15/08/2023', '2023-08-15'), time: '11:00',
    paras: [
      'Date: 15/08/2023    Time: 11:00 - 12:20    Venue: Brentmoor Civic Centre, Room 3.2 and Teams (hybrid)',
      'Chair: TM2, Team Manager, Assessment Team 1, Brentmoor CSC.   Minutes: BS2',
      'Present:',
      '•  TM2 - Team Manager, Brentmoor CSC (Chair)',
      '•  SW2 - Social Worker, Brentmoor CSC',
      '•  EDT SW - Brentmoor CSC Emergency Duty Team (handover, first 15 mins)',
      '•  DS2 and DC2 - MPS Child Abuse Investigation Team',
      '•  Dr P2 - Consultant Paediatrician, Royal Brent Hospital (Teams)',
      '•  NN1 - Named Nurse Safeguarding Children, Royal Brent Hospitals NHS Trust',
      '•  HV1 - Health Visitor, and HVTL1 - HV Team Leader, Brentmoor 0-19 Service (Westmere Community Health NHS Trust)',
      '•  GP1 - Elm Tree Surgery (by phone, first 30 mins)',
      'Apologies: None.',
      'Not invited / absent:',
      '•  Maternity (Royal Brent) - not invited; discharged from maternity care. Records to be obtained via NN1.',
      '1. Reason for meeting. Baby R (19 weeks) was brought to Royal Brent ED by ambulance after a collapse at home while in the sole care of his father. CT on admission shows acute and chronic bilateral subdural haematomas.',
      '2. Information shared. Paediatrics (Dr P2): bruise behind the left ear; skeletal survey and ophthalmology to be completed before the CP medical; no medical explanation identified so far. Police (DS2): Mr D is known to MPS - arrest for ABH including strangulation of a former partner (Ms K), listing at Wexcombe MARAC, conviction for assault by beating and breach of a non-molestation order; a non-crime domestic at Lyndale Court during the pregnancy; and an overnight call to the flat shortly before this admission reporting a baby screaming and a man shouting. None of this was known to CSC at the June strategy discussion. Health visiting (HV1): a small bruise to the left cheek was seen at the 6-8 week review and was not escalated; HV1 acknowledged this was not in line with the bruising protocol. Two recent home visits were no access. GP (GP1): two missed immunisation appointments (was not brought); ED notification of the June attendance filed without review.',
      '3. Decision. Threshold for joint s47 enquiry (CSC and MPS) met. Police investigation - CAIT lead DS2. Baby R to remain on Larch Ward; on discharge, placement with MGM subject to viability. Parents\' contact supervised. ICPC to be convened within 15 working days.',
      'Minutes circulated to: all attendees; NN1 to share with maternity.',
    ],
    contacts: meet('strategy-discussion', 'police', 'paediatrics', 'health-visiting', 'gp'),
    concerns: ['injury', 'domestic-abuse', 'criminality', 'non-engagement'],
  },
  {
    heading: 'INITIAL CHILD PROTECTION CONFERENCE - Baby R',
    key: 'S3', d: day('05/09/2023', '2023-09-05'), time: '10:00',
    paras: [
      'Date: 05/09/2023    Time: 10:00 - 12:15    Venue: Brentmoor Civic Centre, Conference Room B',
      'Chair: IRO1, Child Protection Conference Chair, Brentmoor Safeguarding and Quality Assurance Service',
      'Present:',
      '•  Ms T (mother) and MGM (maternal grandmother)',
      '•  SW2 - Social Worker, and TM2 - Team Manager, Brentmoor CSC',
      '•  DS2 - MPS Child Abuse Investigation Team',
      '•  HV1 - Health Visitor, Brentmoor 0-19 Service',
      '•  NN1 - Named Nurse Safeguarding Children, Royal Brent Hospitals NHS Trust (CP medical report presented on behalf of Dr P2)',
      'Apologies:',
      '•  GP1, Elm Tree Surgery - surgery commitments; written report submitted and tabled.',
      '•  Dr P2, Consultant Paediatrician - report presented by NN1.',
      'Not invited / absent:',
      '•  Mr D (father) - excluded from the conference because of bail conditions and the police investigation; his written views were invited through his solicitor.',
      'Summary of concerns: abusive head trauma and earlier rib fractures in a non-mobile baby with no medical explanation; Mr D\'s history of domestic abuse towards a former partner; parental cannabis use; missed health appointments.',
      'Decision: Baby R to be made subject of a child protection plan under the category of physical abuse. Core group: SW2, HV1, MGM, Ms T. First core group within 10 working days.',
      'Minutes circulated to: all invitees including GP1.',
    ],
    contacts: [...meet('conference', 'police', 'health-visiting', 'paediatrics'), c('gp', 'in', 'information-share')],
    concerns: ['injury', 'domestic-abuse', 'substance-misuse', 'non-engagement'],
  },
];
// Dated discussion appended to the ICPC minutes (Appendix A) - prose, one entry per sentence that introduces a date
const appendix = {
  heading: 'Appendix A - Key events since the strategy meeting (SW2)',
  items: [
    { key: 'S4', d: day('21/08/2023', '2023-08-21'),
      text: "On 21/08/2023 SW2 and DC2 (MPS CAIT) made a joint visit to MGM's home in Fernside Road; the home was suitable and MGM signed the written safety plan.",
      contacts: [c('police', 'both', 'home-visit'), c('family', 'out', 'home-visit')], concerns: [] },
    { key: 'S5', d: day('The next day', '2023-08-22'),
      text: 'The next day SW2 attended the discharge planning meeting on Larch Ward with Dr P2, the ward sister and HV1, and Baby R was discharged to MGM\'s care.',
      contacts: meet('conference', 'paediatrics', 'health-visiting'), concerns: [] },
  ],
};

function para(text, opts = {}) {
  return new Paragraph({ children: [new TextRun({ text, bold: !!opts.bold, size: opts.size })], heading: opts.heading, spacing: { after: 80 } });
}

async function writeMeetings() {
  const file = 'strategy-and-meetings.docx';
  gold.files.push({ file, agency: 'csc', format: 'docx' });
  const children = [
    para('London Borough of Brentmoor - Children\'s Social Care', { bold: true, size: 28 }),
    para('Minutes of multi-agency meetings: Baby R (DOB 30/03/2023)', { bold: true, size: 24 }),
    para('Submitted to the Brentmoor Safeguarding Children Partnership CSPR panel. Names replaced by role.'),
    para(''),
  ];
  for (const m of meetings) {
    children.push(para(m.heading, { heading: HeadingLevel.HEADING_2 }));
    for (const p of m.paras) children.push(para(p, { bold: /^(Present|Apologies|Not invited)/.test(p) && p.length < 30 }));
    children.push(para(''));
    addEntry(file, { key: m.key, agency: 'csc', date: m.d, time: m.time, text: m.paras.join('\n'), contacts: m.contacts, concerns: m.concerns });
  }
  children.push(para(appendix.heading, { heading: HeadingLevel.HEADING_3 }));
  children.push(para(appendix.items.map((i) => i.text).join(' ')));
  for (const i of appendix.items) addEntry(file, { key: i.key, agency: 'csc', date: i.d, time: null, text: i.text, contacts: i.contacts, concerns: i.concerns });
  const doc = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'OFFICIAL - SENSITIVE', size: 18 })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Brentmoor CSC - minutes for CSPR Baby R - do not circulate', size: 16 })] })] }) },
      children,
    }],
  });
  fs.writeFileSync(path.join(OUT, file), await Packer.toBuffer(doc));
}

// =====================================================================================
// 5. health-visiting.docx (Word table; year omitted after first row)
// =====================================================================================
const hv = [
  { key: 'H1', d: '10/02/2023', iso: '2023-02-10', type: 'Antenatal notification', who: 'Admin', sum: "Antenatal notification rec'd from Royal Brent maternity (CMW2): 19yo primip, late booker, cannabis use, EH involved. Allocated to HV1 - universal plus.",
    contacts: [c('midwifery', 'in', 'notification')], concerns: ['substance-misuse'] },
  { key: 'H2', d: '15/02', iso: '2023-02-15', type: 'Letter', who: 'HV1', sum: 'Antenatal contact letter sent - home visit offered 01/03.',
    contacts: [c('family', 'out', 'letter')], concerns: [] },
  { key: 'H3', d: '01/03', iso: '2023-03-01', type: 'Home visit - no access', who: 'HV1', sum: 'Antenatal visit. No answer at Lyndale Court. Card left.',
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'H4', d: '08/03', iso: '2023-03-08', type: 'TAF meeting (Family Hub)', who: 'HV1', sum: 'Attended TAF with FSW1 (Early Help), MW1 (Royal Brent) and Ms T (36/40). Cannabis reduced per Ms T. Antenatal visit agreed 13/03.',
    contacts: meet('conference', 'early-help', 'midwifery'), concerns: ['substance-misuse'] },
  { key: 'H5', d: '13/03', iso: '2023-03-13', type: 'Antenatal home visit', who: 'HV1', sum: 'Seen at Lyndale Court, Mr D present throughout. Safe sleep and feeding discussed, Moses basket seen. Smell of cannabis in flat - advised smoke free home. Routine enquiry not done - partner present.',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['substance-misuse'] },
  { key: 'H6', d: '12/04', iso: '2023-04-12', type: 'Transfer in from maternity', who: 'Admin', sum: "Maternity discharge / transfer of care rec'd from Royal Brent (CMW2). Safeguarding: EH involved (closing); no DA disclosure; substance use reduced.",
    contacts: [c('midwifery', 'in', 'notification')], concerns: ['substance-misuse'] },
  { key: 'H7', d: '12/04', iso: '2023-04-12', type: 'New birth visit - no access', who: 'HV1', sum: 'No answer at Lyndale Court. Phoned Ms T - rebooked for tomorrow.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'H8', d: '13/04', iso: '2023-04-13', type: 'New birth visit', who: 'HV1', sum: "Baby R (day 14) seen with Ms T and Mr D. Wt 3.18kg, formula fed. Parents said they have fallen asleep with R on the sofa 'a couple of times' - safe sleep advice repeated. Universal plus.",
    contacts: [c('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'H9', d: '24/04', iso: '2023-04-24', type: 'Letter received', who: 'Admin', sum: "Early Help closure letter rec'd (consent withdrawn). Filed, HV1 aware.",
    contacts: [c('early-help', 'in', 'letter')], concerns: ['non-engagement'] },
  { key: 'H10', d: '11/05', iso: '2023-05-11', type: '6-8 week review (home)', who: 'HV1', sum: "R 6/52. Wt 4.36kg (50th). Not yet rolling. Small bruise approx 1cm yellow-green L cheek near jaw - Ms T said he 'scratches himself' / may have knocked it on car seat buckle; Mr D said 'he rolls about'. Advice re nails, mittens. Universal plus continues.",
    cont: '(cont.) Red book updated. GP to do 6-8 wk check. Next contact: 3-4 month review.',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['injury'] },
  { key: 'H11', d: '20/06', iso: '2023-06-20', type: 'Liaison notification received', who: 'Admin / HV1', sum: "ED liaison notification rec'd from Royal Brent: attended ED 08/06 - head injury after fall from sofa, MASH referral made by ED. First HV knowledge of the attendance; no contact from MASH or CSC on HV record.",
    contacts: [c('ed', 'in', 'notification')], concerns: ['injury'] },
  { key: 'H12', d: '26/06', iso: '2023-06-26', type: 'Telephone contact', who: 'HV1', sum: "T/c to Ms T re ED attendance. Ms T said R 'fine now', swelling gone. Offered visit - Ms T busy, agreed 19/07.",
    contacts: [c('family', 'out', 'phone-call')], concerns: ['injury'] },
  { key: 'H13', d: '19/07', iso: '2023-07-19', type: 'Home visit - no access', who: 'HV1', sum: 'No answer at Lyndale Court. Card left.',
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'H14', d: '27/07', iso: '2023-07-27', type: 'Home visit - no access', who: 'HV1', sum: 'No answer - TV on and voices heard in flat. Letter left offering clinic appt. Not discussed with 0-19 safeguarding team; no escalation.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'H15', d: '03/08', iso: '2023-08-03', type: 'Letter', who: 'HV1', sum: '3-4 month review appointment letter sent - clinic 17/08.',
    contacts: [c('family', 'out', 'letter')], concerns: [] },
  { key: 'H16', d: '15/08', iso: '2023-08-15', type: 'Strategy meeting', who: 'HV1 / HVTL1', sum: 'Attended s47 strategy meeting (CSC, MPS, Royal Brent paediatrics, GP). Shared HV history incl. bruise seen at 6-8 wk review and no access visits.',
    contacts: meet('strategy-discussion', 'csc', 'police', 'paediatrics', 'gp'), concerns: ['injury', 'non-engagement'] },
  { key: 'H17', d: '16/08', iso: '2023-08-16', type: 'Information sharing', who: 'HVTL1', sum: 'HV records and chronology emailed to SW2 (CSC) and DS2 (MPS) on request.',
    contacts: [c('csc', 'out', 'information-share'), c('police', 'out', 'information-share')], concerns: [] },
  { key: 'H18', d: '22/08', iso: '2023-08-22', type: 'Discharge planning meeting (Larch Ward)', who: 'HV1', sum: 'Attended with SW2, Dr P2 and MGM. R discharged to MGM - HV1 to visit within 48 hrs.',
    contacts: meet('conference', 'csc', 'paediatrics'), concerns: [] },
  { key: 'H19', d: '24/08', iso: '2023-08-24', type: 'Home visit', who: 'HV1', sum: "Visit to Baby R at MGM's address (Fernside Road). R settled, wt 6.1kg. MGM coping; safety plan seen.",
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'H20', d: '05/09', iso: '2023-09-05', type: 'ICPC', who: 'HV1', sum: 'Attended ICPC. R subject of CP plan (physical abuse). HV1 core group member; universal partnership plus.',
    contacts: meet('conference', 'csc', 'police', 'paediatrics'), concerns: ['injury'] },
];

function cell(text, opts = {}) {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: !!opts.bold, size: 18 })] })],
    shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } : undefined,
    width: opts.w ? { size: opts.w, type: WidthType.DXA } : undefined,
  });
}
async function writeHv() {
  const file = 'health-visiting.docx';
  gold.files.push({ file, agency: 'health-visiting', format: 'docx' });
  const widths = [1300, 2000, 1300, 8400];
  const rows = [new TableRow({ tableHeader: true, children: ['Date of contact', 'Type of contact', 'Practitioner', 'Summary'].map((h, i) => cell(h, { bold: true, shade: true, w: widths[i] })) })];
  for (const h of hv) {
    rows.push(new TableRow({ children: [h.d, h.type, h.who, h.sum].map((t, i) => cell(t, { w: widths[i] })) }));
    let text = [h.type, h.who, h.sum].join(' | ');
    if (h.cont) { rows.push(new TableRow({ children: ['', '', '', h.cont].map((t, i) => cell(t, { w: widths[i] })) })); text += ' | ' + h.cont; }
    addEntry(file, { key: h.key, agency: 'health-visiting', date: day(h.d, h.iso), time: null, text, contacts: h.contacts, concerns: h.concerns });
  }
  const doc = new Document({
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Westmere Community Health NHS Trust - CONFIDENTIAL', size: 16 })] })] }) },
      children: [
        para('Westmere Community Health NHS Trust', { bold: true, size: 28 }),
        para('Brentmoor 0-19 Healthy Child Service - single agency chronology for CSPR', { bold: true, size: 24 }),
        para('Child: Baby R (DOB 30/03/2023)    Mother: Ms T    Prepared by: HVTL1, HV Team Leader / 0-19 safeguarding lead'),
        para('Period: from antenatal notification to ICPC. SystmOne records; dates as recorded.'),
        new Table({ rows, width: { size: 13000, type: WidthType.DXA } }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, file), await Packer.toBuffer(doc));
}

// =====================================================================================
// gold: duplicates, gaps, decoys, conventions
// =====================================================================================
function finishGold() {
  const fileIdx = (ref) => gold.files.findIndex((f) => ref.startsWith(f.file + '#'));
  const ord = (ref) => Number(ref.split('#')[1]);
  const entry = (ref) => gold.entries.find((e) => e.ref === ref);
  const groups = [
    ['C5', 'M2'], ['C15', 'M10', 'H4'], ['C16', 'M13'], ['C20', 'H10'], ['C23', 'E1'], ['C25', 'E6'],
    ['C26', 'C27', 'S1'], ['C38', 'E18', 'S2', 'H16'], ['C43', 'E22', 'S3', 'H20'], ['E21', 'S5', 'H18'],
  ];
  for (const g of groups) {
    const refs = g.map(R).sort((a, b) => {
      const ea = entry(a).date.earliest, eb = entry(b).date.earliest;
      if (ea !== eb) return ea < eb ? -1 : 1;
      if (fileIdx(a) !== fileIdx(b)) return fileIdx(a) - fileIdx(b);
      return ord(a) - ord(b);
    });
    for (const r of refs.slice(1)) entry(r).duplicateOf = refs[0];
    gold.duplicates.push(refs);
  }
  // re-order keys so duplicateOf sits after concerns
  gold.entries = gold.entries.map((e) => { const { duplicateOf, ...rest } = e; return duplicateOf ? { ...rest, duplicateOf } : rest; });

  const gap = (id, code, from, to, anchors, note, also) => {
    const g = { id, code };
    if (also) g.alsoAcceptable = also;
    Object.assign(g, { from, to, anchors: anchors.map(R), note });
    gold.gaps.push(g);
  };
  gap('BRB-G01', 'G1', 'police', ['mash'], ['C13'],
    'Police attended a domestic at Lyndale Court when Ms T was about 28 weeks pregnant. Recorded as non-crime domestic, DASH standard; no Merlin PAC because "no children at address" - the unborn baby was not considered and nothing reached the MASH (and through it maternity and Early Help, who were working with Ms T).');
  gap('BRB-G02', 'G7', 'mash', ['police'], ['C7', 'C6'],
    "The MASH had the father's name, DOB and address on the maternity referral but the police research covered only the mother and MGM's address ('FOB not subject of referral'). His 2021 DA history, MARAC listing and conviction were never seen and the case was stepped down to Early Help.");
  gap('BRB-G03', 'G1', 'midwifery', ['mash', 'early-help', 'health-visiting'], ['M9', 'M10', 'C15'],
    "At 34/40 Ms T told the midwife that police had been called to an argument, that Mr D punched a door and had been arrested over an ex-partner. DASH declined, the plan to discuss with the safeguarding midwife was not followed, no referral to the MASH was made, and at the TAF two weeks later maternity raised 'no other concerns' with Early Help and the HV.");
  gap('BRB-G04', 'G5', 'midwifery', ['health-visiting'], ['M17', 'H6'],
    "The maternity transfer of care to health visiting recorded 'DA: routine enquiry - no disclosure', omitting the 34/40 disclosure and the partner answering for Ms T; the HV started postnatal care without it.", ['G1', 'G9']);
  gap('BRB-G05', 'G1', 'health-visiting', ['mash', 'gp'], ['H10', 'C20', 'H11'],
    "HV1 saw a bruise on the cheek of a 6-week-old, non-mobile baby and accepted the parents' explanation. The bruising protocol (referral to MASH, paediatric assessment) was not followed, the GP doing the 6-8 week check days later was not told, and even when the ED head injury notification arrived the bruise was not shared. It first came out at the August strategy meeting.", ['G5']);
  gap('BRB-G06', 'G10', 'ed', ['mash', 'csc'], ['E5', 'C24', 'S1'],
    'ED referred a head injury in a non-mobile infant with delayed presentation and a changing history, asking for a strategy discussion with health and a CP medical under the protocol. The MASH recorded the explanation as consistent and rated it amber, and the strategy discussion decided no CP medical was needed - a lower level of concern than the referrer meant.', ['G3']);
  gap('BRB-G07', 'G6', 'csc', ['ed', 'paediatrics', 'health-visiting', 'gp'], ['S1', 'C26', 'C27'],
    'The June strategy discussion was held between CSC and police only. Royal Brent ED/paediatrics (the referrer and examining doctors), the HV (who had seen the earlier bruise) and the GP (missed immunisations) were not invited; health information was to be "sought later".');
  gap('BRB-G08', 'G7', 'csc', ['police'], ['S1', 'C27', 'C34'],
    "Research on Mr D was outstanding at the strategy discussion and given to DS1 as a 48-hour action; there is no record it was done or chased. The single assessment closed the s47 recording 'no concerns reported by police' about the father, who had a conviction for assault on a former partner.", ['G1', 'G5']);
  gap('BRB-G09', 'G4', 'mash', ['ed'], ['E8', 'E10', 'E11', 'C34'],
    'The ED safeguarding link nurse asked the MASH twice for the outcome of the referral and whether a CP medical was needed; no reply is recorded and the ED closed its log "outcome not known". The s47 outcome was never fed back to the referrer.');
  gap('BRB-G10', 'G5', 'ed', ['health-visiting', 'gp'], ['E9', 'H11', 'C31'],
    'The paediatric liaison notification of the 8 June head injury reached the HV and GP 11-13 days later because of a liaison backlog, after the strategy discussion and s47 visit had taken place without them.');
  gap('BRB-G11', 'G2', 'csc', ['health-visiting'], ['C29', 'H11'],
    "SW1 emailed the 0-19 duty inbox for HV information during the s47. The 0-19 record has no trace of the request and the HV's first knowledge of the ED attendance came from the ED liaison notification; the assessment closed without HV input.", ['G3']);
  gap('BRB-G12', 'G8', 'gp', ['health-visiting'], ['C22', 'C32'],
    "Baby R was not brought to the 8-week immunisations twice; the practice sent letters only and did not tell the HV, in a period when the baby had been to ED with a head injury.");
  gap('BRB-G13', 'G8', 'health-visiting', ['mash', 'csc'], ['H13', 'H14'],
    'Two no-access HV visits in July, weeks after a s47 enquiry into a head injury, were not discussed with the 0-19 safeguarding team or escalated to CSC / the MASH.');
  gap('BRB-G14', 'G1', 'police', ['mash'], ['C35'],
    "Police attended an overnight call reporting a baby screaming and a man shouting at the flat; the baby was seen only from the doorway, Ms T was not spoken to and no Merlin PAC was sent to the MASH, two weeks before the head injury.");
  gap('BRB-G15', 'G3', 'ed', ['gp'], ['C31'],
    'The ED notification of a head injury in a 10-week-old was filed by practice admin without clinical review and not linked to the missed immunisations.');

  const decoy = (id, looksLike, keys, note) => gold.decoys.push({ id, looksLike, refs: keys.map(R), note });
  decoy('BRB-D01', ['G2', 'G3', 'G8'], ['C9', 'C10', 'C11', 'C12', 'C19', 'H9'],
    'The MASH step-down to Early Help was received the next day, allocated the same day, the family was phoned and visited within three weeks, and when consent was withdrawn the closure was sent in writing to the HV and GP (HV record shows receipt). Not a lost or unactioned referral.');
  decoy('BRB-D02', ['G2', 'G6'], ['C36', 'E16', 'C37', 'S2', 'C38', 'E18', 'H16'],
    'After the head injury the paediatric referral was received by EDT within minutes, police were notified and attended, and the strategy meeting the next morning included police, paediatrics, the named nurse, HV and GP. Maternity, discharged months earlier, was not needed (records obtained via the named nurse).');
  decoy('BRB-D03', ['G6'], ['S3', 'C41', 'C42', 'C43'],
    'The GP was invited to the ICPC and sent apologies, but a written report was requested, sent and tabled; every other involved agency attended. Not a conference without a key agency.');

  gold.conventions = {
    mash: 'The Brentmoor MASH (the "Children\'s Social Care Front Door") is treated as its own agency: chronology rows headed "Brentmoor MASH" are mash; the MASH police researcher row is mash with employer police; other agencies\' contacts naming the MASH or Front Door are with mash. CSC assessment teams, EDT and the conference service are csc.',
    hospital: 'Royal Brent Hospitals NHS Trust: ED staff, the ED safeguarding link nurse and the paediatric liaison nurse are ed; paediatric registrar/consultant, Larch Ward and the Named Nurse Safeguarding Children are paediatrics; maternity is midwifery. Contacts between ED and paediatrics of the same hospital are internal. The neurosurgical centre (St Cuthan\'s) is other.',
    healthVisiting: 'Brentmoor 0-19 Healthy Child Service (Westmere Community Health NHS Trust) is health-visiting.',
    otherBorough: 'Wexcombe is a neighbouring (invented) borough; its MASH and CSC take mash and csc.',
    meetings: 'Meeting contacts are "both" with each other agency present; family members present at TAF/ICPC/discharge meetings are not coded as contacts. A report submitted in lieu of attendance is an information-share received by the convener (csc, in).',
    clinicalNotes: 'Within one ED attendance only the registration/arrival note carries the family attendance contact; later clinical notes in the same attendance carry none.',
    duplicates: "A sender's and a receiver's record of one referral, notification, letter or email are not duplicates; meetings, joint visits and one phone call recorded by both parties are.",
    text: 'Entry text for table rows is the non-date, non-time cells joined with " | " (integrated chronology includes the review author\'s Analysis / comment column); a continuation row is appended to its entry. Narrative entries keep the full line/paragraph.',
    dates: 'Integrated chronology exact dates are Excel date cells shown dd/mm/yyyy; vague dates are text ("w/c 06/03/2023", "early April" = 1-10 April 2023, "Jan - Mar 2023", "?03/07/2023" uncertain). HV table omits the year after the first row (all 2023). ED notes use dd/mm/yy and the 24h clock. Gestation ("23/40", "23+1") and "10/52", "6/52" are not dates.',
  };
}

function writeReadme() {
  const counts = {};
  for (const g of gold.gaps) counts[g.code] = (counts[g.code] || 0) + 1;
  const txt = `# ${CASE} - Baby R (invented CSPR, London Borough of Brentmoor)

Everything here is invented. Generated by \`/work/blind/generators/${CASE}.mjs\`.

## People
- **Baby R** - born 30/03/2023 (39+1), non-mobile; admitted 14/08/2023 aged 19 weeks with acute and chronic subdural haematomas, retinal haemorrhages and healing rib fractures (abusive head trauma).
- **Ms T** - mother, 19, late booker (23/40), daily cannabis use.
- **Mr D** - father, 21 at booking (DOB 11/02/2001). Police history (MPS, 2021): ABH with strangulation of former partner **Ms K** while she held their baby **Child K**, Wexcombe MARAC, conviction for assault by beating and breach of a non-molestation order.
- **MGM** - maternal grandmother; Baby R placed with her on discharge.
- Practitioners by role: MW1, CMW2, MW4, MW5 (maternity); HV1, HVTL1 (0-19); FSW1 (Early Help); GP1, GP2, PN1; SW1, SW2, TM1, TM2, IRO1 (CSC); DS1, DS2, DC2, PC2-PC4 (MPS); Dr E1, Dr E2, RN1-RN3, SLN1, PLN1 (ED); Dr P1, Dr P2, NN1 (paediatrics / trust safeguarding).

## Period
Review period 01/11/2022 - 05/09/2023 (first GP presentation to ICPC). Background MPS rows from 2021.

## What went wrong (gold gaps)
Mr D's history was never checked (MASH researched only the mother; the June s47 left police research on him outstanding and the assessment recorded "no concerns reported by police"). Police did not share two call-outs (a domestic at 28 weeks of pregnancy; a night call two weeks before the injury). Maternity did not pass on a DA disclosure at 34/40 and its transfer summary said "no disclosure". The HV saw a bruise on the 6-week-old and did not escalate. ED's referral of a head injury ("fall from sofa") was down-graded by the MASH; the strategy discussion was CSC and police only, with no CP medical; the ED never got an outcome; the liaison notification was late; a CSC email to the HV team has no receipt; the GP filed the ED notice and did not tell the HV about two WNB immunisations; the HV did not escalate two no-access visits.

Gap count by code: ${Object.entries(counts).sort((a, b) => Number(a[0].slice(1)) - Number(b[0].slice(1))).map(([k, v]) => `${k} x${v}`).join(', ')} (total ${gold.gaps.length}).
Decoys: Early Help step-down received and acted on; post-injury referral and full strategy meeting; GP report in lieu at ICPC.

## Files
| file | agency | layout |
|---|---|---|
| integrated-chronology.xlsx | mixed | sheet "Integrated chronology": two title rows, header row (Date, Agency, Source of information, Event, Analysis / comment), merged section rows by period, one continuation row; sheet "Key" (abbreviations, no entries) |
| maternity.csv | midwifery | BadgerNet export, two title lines, columns Date, Time, Staff, Gestation, Entry; footer line |
| ed-and-paediatrics.txt | mixed (ed / paediatrics) | narrative notes, one dated line per note "dd/mm/yy HH:MM [Dept - author] ...", attendance headings |
| strategy-and-meetings.docx | csc | minutes of strategy discussion 09/06/2023, strategy meeting 15/08/2023, ICPC 05/09/2023 (each one entry), plus an appendix paragraph with two dated events (21/08/2023 and "The next day") |
| health-visiting.docx | health-visiting | Word table (Date of contact, Type of contact, Practitioner, Summary), year omitted after first row, one continuation row |

Entries: ${gold.entries.length}. Duplicates groups: ${gold.duplicates.length}.

## Case conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}
`;
  fs.writeFileSync(path.join(OUT, 'README.md'), txt);
}

await writeChronology();
writeMaternity();
writeEd();
await writeMeetings();
await writeHv();
finishGold();
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
writeReadme();
console.log(`entries ${gold.entries.length}, gaps ${gold.gaps.length}, decoys ${gold.decoys.length}, dup groups ${gold.duplicates.length}`);
for (const f of gold.files) console.log(f.file, gold.entries.filter((e) => e.ref.startsWith(f.file + '#')).length);
