// Generator for invented case w6-sar-ellerbeck-hoarding (SAR, fictional "Westfell" county, North West fells).
// Writes the five agency files, gold.json and README.md into /work/blind/w6-sar-ellerbeck-hoarding/.
// Run: node /work/blind/generators/w6-sar-ellerbeck-hoarding.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const ExcelJS = require('exceljs');
const docx = require('docx');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel,
  AlignmentType, Header, Footer, PageNumber, PageBreak, BorderStyle,
} = docx;

const CASE = 'w6-sar-ellerbeck-hoarding';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const C = (w, direction, type) => ({ with: w, direction, type });
const day = (raw, iso, uncertain = false) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain });
const addDays = (iso, n) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const week = (raw, isoMonday) => ({ raw, earliest: isoMonday, latest: addDays(isoMonday, 6), precision: 'week', uncertain: false });
const squash = (s) => s.replace(/\s+/g, ' ').trim();
const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

// All entries, per file, in file order. Each: key, gold fields, and the render data for its file.
const FILES = [
  { file: 'fire-service.xlsx', agency: 'other', format: 'xlsx' },
  { file: 'district-nursing.txt', agency: 'other', format: 'txt' },
  { file: 'asc.csv', agency: 'asc', format: 'csv' },
  { file: 'gp.docx', agency: 'gp', format: 'docx' },
  { file: 'housing-and-cmht.pdf', agency: 'mixed', format: 'pdf' },
];

// =====================================================================
// 1. FIRE SERVICE (Westfell Fire and Rescue Service) -> agency "other"
// =====================================================================
// date: either {excel:'YYYY-MM-DD'} (real Excel date) or {text:'12.4.23'}
const fire = [
  {
    key: 'F1', id: 'PV23/1187', cell: { text: '12.4.23' }, date: day('12.4.23', '2023-04-12'),
    type: 'HFSC – post-incident reassurance (hot strike)', crew: 'CM1, FF2 (Kirkhaw Green Watch)',
    findings: 'Door-knock following chimney fire at 7 Gill Cottages 10/04. Occupier Mr T (70) allowed crew into hall only. Hall stacked floor to ceiling (newspapers, carrier bags, boxes), single path; stairs blocked – escape route compromised. Smokes in armchair, burn marks on hall carpet. No working smoke alarm. 2 x 10yr sealed alarms fitted (hall, living room). CIR est. 7. Full Safe & Well declined. Occupier declined consent to share info with other agencies.',
    risk: 'Very High (38)', referral: 'N', refTo: '– declined consent. Flagged for advocate revisit',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect', 'non-engagement'],
  },
  {
    key: 'F2', id: 'PV23/1402', cell: { excel: '2023-05-23' }, date: day('23/05/2023', '2023-05-23'),
    type: 'Safe & Well visit – advocate revisit', crew: 'VPA1 (Safe & Well Advocate)',
    findings: "Access to front room only. CIR 8 (living room); kitchen inaccessible – cooking on camping gas stove on floor beside chair. Candles in use, says electrics 'playing up'. Sleeps in armchair. Both legs bandaged and seeping – says district nurses 'come when they like'. Diabetic. Lives alone, no family contact. Still declines help but risk to life assessed as very high – decision to refer without consent under Self-neglect & Hoarding Protocol (agreed SM1).",
    cont: 'cont. – advocate to chase ASC outcome in 4-6 wks.',
    risk: 'Very High (44)', referral: 'Y', refTo: 'ASC Hub – online safeguarding concern form submitted 24/05',
    contacts: [C('family', 'out', 'home-visit'), C('asc', 'out', 'referral')], concerns: ['neglect', 'non-engagement'],
  },
  {
    key: 'F3', id: 'PV23/1402', cell: { excel: '2023-07-04' }, date: day('04/07/2023', '2023-07-04'),
    type: 'Advocate follow-up', crew: 'VPA1',
    findings: 'Email to ASC Hub safeguarding inbox asking for outcome of concern sent 24/05. No reply rec’d.',
    risk: 'Very High', referral: 'N', refTo: '',
    contacts: [C('asc', 'out', 'email')], concerns: [],
  },
  {
    key: 'F4', id: 'PV23/1402', cell: { text: '08.08.23' }, date: day('08.08.23', '2023-08-08'),
    type: 'Advocate follow-up', crew: 'VPA1',
    findings: 'Tel ASC Hub to chase outcome – held in queue 25 mins, call dropped. Re-sent email. Still no outcome from ASC.',
    risk: 'Very High', referral: 'N', refTo: '',
    contacts: [C('asc', 'attempted', 'phone-call'), C('asc', 'out', 'email')], concerns: [],
  },
  {
    key: 'F5', id: 'PV23/2011', cell: { text: '15.9.23' }, date: day('15.9.23', '2023-09-15'),
    type: 'HFSC revisit – alarm check', crew: 'FF3, FF4',
    findings: 'No answer. Card left. Alarm heard chirping through letterbox (?low battery / tampered).',
    risk: 'Very High', referral: 'N', refTo: '',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'],
  },
  {
    key: 'F6', id: 'PV23/2240', cell: { text: 'c. 20/10/23' }, date: day('c. 20/10/23', '2023-10-20', true),
    type: 'Safe & Well revisit', crew: 'VPA1',
    findings: "Spoke to occupier at door – refused entry. Strong smell of LPG from hallway; occupier confirms calor cabinet heater used in living room (heating not working). Advised re ventilation, keeping heater away from combustibles; offered heater swap – declined. Advised to contact his landlord about the heating – says 'they'll only throw me out'.",
    risk: 'Very High (44)', referral: 'N', refTo: 'Existing referral – ASC (24/05)',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'],
    blankAfter: true,
  },
  {
    key: 'F7', id: 'SG23/0091', cell: { excel: '2023-12-06' }, date: day('06/12/2023', '2023-12-06'),
    type: 'Safeguarding escalation', crew: 'SM1 (Station Mgr – Prevention & Safeguarding lead)',
    findings: 'Case reviewed with VPA1: 4 contacts since April, risk unchanged/increasing, no outcome ever rec’d from ASC re May concern. Rang ASC Hub – told concern closed NFA 30/05. Re-referral by email requesting multi-agency risk meeting under Self-neglect & Hoarding Protocol.',
    risk: 'Very High (46)', referral: 'Y', refTo: 'ASC Hub (re-referral / escalation)',
    contacts: [C('asc', 'out', 'phone-call'), C('asc', 'out', 'referral')], concerns: ['neglect'],
  },
  {
    key: 'F8', id: 'SG23/0091', cell: { excel: '2024-01-10' }, date: day('10/01/2024', '2024-01-10'),
    type: 'Multi-agency meeting (MARM)', crew: 'VPA1, SM1',
    findings: 'MARM via Teams, chaired by ASC (TM1). Attended: ASC SW2, Community Nursing TL1, WFRS. Agreed: joint visit SW2/VPA1; WFRS to fit linked alarms, heat alarm and fire retardant throw; ASC to refer to CMHT.',
    risk: 'Very High', referral: 'N', refTo: '',
    contacts: [C('asc', 'both', 'conference'), C('other', 'both', 'conference')], concerns: [],
  },
  {
    key: 'F9', id: 'PV24/0163', cell: { excel: '2024-02-08' }, date: day('08/02/2024', '2024-02-08'),
    type: 'Safe & Well – joint visit with ASC', crew: 'VPA1',
    findings: 'JV with SW2 (ASC). Access to living room. CIR 8–9. Sleeps in chair beside LPG heater, candles on mantelpiece among papers. Fitted 3 x linked smoke alarms + heat alarm, fire retardant throw on chair. Advised: remove LPG heater, no candles, clear hall. Occupier polite, understands advice but declines changes.',
    risk: 'Very High (46)', referral: 'N', refTo: '',
    contacts: [C('family', 'out', 'home-visit'), C('asc', 'both', 'home-visit')], concerns: ['neglect', 'non-engagement'],
  },
  {
    key: 'F10', id: 'PV24/0163', cell: { excel: '2024-02-09' }, date: day('09/02/2024', '2024-02-09'),
    type: 'Partner liaison', crew: 'VPA1',
    findings: 'Email to SW2 (ASC) confirming equipment fitted 08/02 and recommendations. Asked for date of MARM review.',
    risk: 'Very High', referral: 'N', refTo: '',
    contacts: [C('asc', 'out', 'email')], concerns: [],
  },
  {
    key: 'F11', id: 'PV24/0163', cell: { text: '14.3.24' }, date: day('14.3.24', '2024-03-14'),
    type: 'Advocate welfare call', crew: 'VPA1',
    findings: "Tel to occupier x2 – no answer. No reply from ASC re MARM review date – emailed SW2 again, auto-reply 'no longer in this team'.",
    risk: 'Very High', referral: 'N', refTo: '',
    contacts: [C('family', 'attempted', 'phone-call'), C('asc', 'out', 'email')], concerns: ['non-engagement'],
  },
  {
    key: 'F12', id: 'INC24/01187', cell: { excel: '2024-04-27' }, date: day('27/04/2024', '2024-04-27'), time: '02:14',
    type: 'INCIDENT – Dwelling fire (persons reported)', crew: 'Kirkhaw P1, Dalefoot P1, Carnthwaite ALP; IC WM1',
    findings: '999 call 02:14 from neighbour (No.5). Fire well developed in ground floor living room on arrival. Entry hampered by hoarded materials in hall – BA crews cleared path. Male casualty located in armchair in living room, confirmed deceased at scene. Linked alarms found actuated. Cause under investigation – smoking materials / LPG heater area. Heavy fire loading from hoarded materials.',
    risk: '–', referral: 'Y', refTo: 'Police (on scene); ASC Hub (email 27/04); Fellside Housing (tel 29/04)',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('police', 'out', 'notification'), C('asc', 'out', 'notification'), C('housing', 'out', 'notification')],
    concerns: ['injury', 'neglect'],
  },
];
for (const e of fire) {
  e.agency = 'other';
  e.text = [e.id, e.type, e.crew, e.findings + (e.cont ? ' ' + e.cont : ''), e.risk, e.referral, e.refTo].filter(Boolean).join(' | ');
}

// =====================================================================
// 2. DISTRICT NURSING (Kirkhaw & Upper Dale Community Nursing) -> "other"
// =====================================================================
// stamp 'dd/mm/yyyy hh:mm', line = first line after stamp, cont = indented lines, plan = undated Plan: line
const dn = [
  { key: 'D1', stamp: '16/02/2023 09:05', line: 'TL1 – Referral: rec’d via SystmOne task from Dr A (Ellerbeck & Kirkhaw Medical Practice). 71M, T2DM, venous ulcer L gaiter + small ulcer R shin, lives alone.',
    cont: ['Requests dressings 2x wkly + leg ulcer assessment / Doppler. Accepted onto caseload, allocated DN2. 1st visit booked for Mon.'],
    contacts: [C('gp', 'in', 'referral')], concerns: [] },
  { key: 'D2', stamp: '20/02/2023 10:40', line: 'DN2 – Visit: 1st visit. Several mins to answer door. Property severely cluttered – hallway stacked to ceiling w/ newspapers, carrier bags, boxes; narrow path to living room; stairs not accessible.',
    cont: ['Pt sleeps in armchair. Strong odour (damp/urine). Nowhere to sit or put dressing pack down – used top of a box.',
      'L gaiter ulcer 4.5 x 3.2cm, sloughy, heavy exudate, malodorous. R shin 1 x 1cm. Dressed (Inadine, absorbent pad, K-Lite). Unable to do Doppler – pt unable to lie flat, no space.',
      'Pt says he has "always been a collector" and "knows where everything is".'],
    plan: 'Plan: visit Mon & Thu. Offer Doppler at Kirkhaw clinic.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'D3', stamp: '23/02/2023 11:15', line: 'CSN1 – Visit: NA. Knocked x3, curtains closed. Rang home no. – no answer. Card left.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'D4', stamp: '27/02/2023 14:30', line: 'DN2 – Visit: pt answered but would not let me in ("not today, I\'ve not tidied"). Dressing changed on doorstep, pt stood in doorway.',
    cont: ['Exudate strikethrough to trousers. Advised re signs of infection and to keep leg elevated.'],
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'D5', stamp: '02/03/2023 10:05', line: 'CSN1 – Visit: NA. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D6', stamp: '06/03/2023 10:50', line: 'DN2 – Visit: NA. Spoke to neighbour (No.5) – says Mr T "goes off early for his paper and fags" on a Monday. Card left.',
    plan: 'Plan: try later in wk.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], concerns: ['non-engagement'] },
  { key: 'D7', stamp: '09/03/2023 11:20', line: 'CSN1 – Visit: seen. Allowed into hallway only – dressing done with pt sat on stairs (bottom 2 steps clear).',
    cont: ['Pt smoking roll-ups throughout, ash dropping onto papers beside him. Burn marks on hall carpet. Raised fire risk with pt – "I\'ve been smoking 50 years, never burnt the place down yet."'],
    plan: 'Plan: discuss at team huddle (fire risk / access).',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'D8', stamp: '13/03/2023 08:50', line: 'TL1 – Team huddle: Mr T discussed – inconsistent access, 3 of 6 visits achieved (1 on doorstep), home conditions very poor, smoking among combustibles.',
    cont: ['Agreed: continue 2x wkly; DN2 to ask pt for consent to refer for fire service Home Fire Safety Check; keep trying for Doppler.'],
    contacts: [], concerns: ['non-engagement', 'neglect'] },
  { key: 'D9', stamp: '16/03/2023 10:30', line: 'DN2 – Visit: NA. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D10', stamp: '20/03/2023 13:45', line: 'DN2 – Visit: seen at door, declined entry. Dressing done on step. L ulcer now 5 x 4cm, odour ++.',
    cont: ['Asked re referral to fire service for HFSC – pt declined, "don\'t want the fire brigade nosing about". Not sleeping in bed – in chair, legs down.'],
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'D11', stamp: '23/03/2023 10:10', line: 'CSN1 – Visit: NA.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D12', stamp: '03/04/2023 10:20', line: 'DN2 – Visit: seen, let into living room. Paths through bags/boxes approx 2ft high across whole floor, piles on chairs up to ceiling by window.',
    cont: ['L ulcer 6 x 4cm, sloughy. Pt says he stopped metformin ("upsets my stomach"), BMs not checked – meter is "somewhere". Advised to speak to GP about his tablets.'],
    plan: 'Plan: cont 2x wkly.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'D13', stamp: '06/04/2023 10:00', line: 'CSN1 – Visit: NA. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D14', stamp: '13/04/2023 11:40', line: 'CSN2 – Visit: NA. WFRS sticker on door – "Home Fire Safety Check carried out 12/04".',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D15', stamp: '17/04/2023 14:15', line: 'DN2 – Visit: seen at door, dressing on step. Pt says "the fire brigade came and put alarms up". Ulcer static.',
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'D16', stamp: '24/04/2023 10:35', line: 'CSN1 – Visit: NA.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D17', stamp: '11/05/2023 15:05', line: 'DN2 – Visit: NA again. Card left. Phoned – no answer.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'D18', stamp: '18/05/2023 10:50', line: 'DN2 – Visit: seen at door – declined entry. Dressing done on step.',
    cont: ['L ulcer 6.5 x 4.5cm, green exudate, surrounding redness ?cellulitis. Advised to see GP today for antibiotics – pt said he would "if I can get down there".'],
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'D19', stamp: '22/05/2023 10:15', line: 'CSN1 – Visit: NA.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D20', stamp: '05/06/2023 09:00', line: 'TL1 – Caseload review: Mr T. Since referral 7 visits achieved (4 on doorstep only), 10 NA. Wound deteriorating. Home conditions / fire risk of concern.',
    cont: ['Not yet discussed with GP.'],
    plan: 'Plan: if further NA, TL1 to raise safeguarding concern (self-neglect) with ASC Hub.',
    contacts: [], concerns: ['non-engagement', 'neglect'] },
  { key: 'D21', stamp: '12/06/2023 10:40', line: 'DN2 – Visit: NA. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D22', stamp: '15/06/2023 11:00', line: 'CSN1 – Visit: NA. Bin bags piled in front garden.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement', 'neglect'] },
  { key: 'D23', stamp: '29/06/2023 10:30', line: 'DN2 – Visit: NA. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D24', stamp: '10/07/2023 09:55', line: 'CSN1 – Visit: NA.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D25', stamp: '19/07/2023 16:40', line: 'TL1 – Safeguarding concern (self-neglect / hoarding) completed on Westfell CC online portal to Adult Social Care Hub. Portal ref SC-23-04417 – auto-acknowledgement email rec’d.',
    cont: ['Summary given: 71M lives alone, severe hoarding, not concordant with ulcer care or diabetes meds, heavy smoker among combustibles, 14 NA visits since Feb, last seen 18/05. Pt not told (not seen).'],
    contacts: [C('asc', 'out', 'referral')], concerns: ['neglect', 'non-engagement'] },
  { key: 'D26', stamp: '10/08/2023 12:15', line: 'TL1 – No contact from ASC re safeguarding concern of 19/07. Tel ASC Hub – call handler could not find ref SC-23-04417 or any concern from us on their system. Advised to resubmit via portal.',
    plan: 'Plan: resubmit concern.',
    contacts: [C('asc', 'out', 'phone-call')], concerns: [] },
  { key: 'D27', stamp: '14/08/2023 10:20', line: 'DN2 – Visit: NA. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D28', stamp: '31/08/2023 11:10', line: 'CSN1 – Visit: NA. No answer, TV heard inside.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'D29', stamp: '06/09/2023 11:30', line: 'TL1 – Discharged from DN caseload – no access x7 consecutive visits since last seen, pt not engaging.',
    cont: ['Letter to pt (can be re-referred via GP) and discharge letter to GP (Dr A): wound summary, home conditions/hoarding, smoking & fire risk, NA visits; states safeguarding concern raised with ASC in July.'],
    contacts: [C('family', 'out', 'letter'), C('gp', 'out', 'letter')], concerns: ['non-engagement', 'neglect'] },
  { key: 'D30', stamp: '10/01/2024 10:00', line: 'TL1 – Attended multi-agency risk meeting (MARM, Teams) convened by ASC under Self-neglect & Hoarding Protocol.',
    cont: ['Present: TM1 (chair) & SW2 (ASC), VPA1 & SM1 (WFRS), TL1. GP not present.',
      'Shared: DN history, NA visits, discharge Sept, concern sent July (ASC say no record of it).'],
    plan: 'Plan: DN2 to offer visit / re-referral if pt consents; attend JV if invited.',
    contacts: [C('asc', 'both', 'conference'), C('other', 'both', 'conference')], concerns: ['non-engagement', 'neglect'], dup: 'F8' },
  { key: 'D31', stamp: '24/01/2024 14:20', line: 'DN2 – Visit (MARM action): seen at door; pt declined DN input – "I do them myself now". Legs bandaged with crepe and parcel tape, strikethrough. Declined re-referral.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement', 'neglect'] },
  { key: 'D32', stamp: '29/04/2024 11:05', line: 'TL1 – Informed by SW3 (ASC) by phone that Mr T died in a house fire at home on Sat 27/04. Datix completed.',
    contacts: [C('asc', 'in', 'phone-call')], concerns: [] },
];
for (const e of dn) {
  e.agency = 'other';
  const [d, t] = e.stamp.split(' ');
  e.date = day(d, `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`);
  e.time = t;
  e.text = squash([e.line, ...(e.cont || []), e.plan || ''].join(' '));
}

// =====================================================================
// 3. ADULT SOCIAL CARE (Westfell County Council, Mosaic) -> "asc"
// =====================================================================
const asc = [
  { key: 'A1', created: '24/05/2023 15:42', ntype: 'Safeguarding Concern', author: 'HTO1 (ASC Hub)', subject: 'Concern rec\'d - WFRS - self-neglect/hoarding',
    note: 'Online safeguarding concern form rec\'d from Westfell Fire & Rescue (VPA1, Safe & Well Advocate).\nMr T, 71, lives alone (Fellside Housing tenancy). Severe hoarding throughout, kitchen inaccessible, cooking on camping stove in living room, candles, smokes heavily. FRS risk score VERY HIGH. Leg wounds bandaged - says district nurses visit.\nConcern made without consent - FRS view is risk to life. Passed to Hub SW for screening.',
    contacts: [C('other', 'in', 'referral')], concerns: ['neglect'] },
  { key: 'A2', created: '25/05/2023 09:30', ntype: 'Screening / Triage Decision', author: 'SW1 (ASC Hub)', subject: 'Screening outcome',
    note: 'Self-neglect/hoarding concern screened against s42 criteria. Adult does not appear to have care and support needs - independent, mobile, manages own affairs. Issues appear environmental / housing related (clutter) rather than abuse or neglect. RAG: GREEN. Not progressed to s42. Action: phone Mr T to offer information & advice.',
    contacts: [], concerns: ['neglect'] },
  { key: 'A3', created: '30/05/2023 11:05', ntype: 'Telephone Call', author: 'SW1 (ASC Hub)', subject: 'T/C to Mr T',
    note: 'Rang Mr T on landline. He said he is "perfectly fine" and doesn\'t need "social workers". Says the house is how he likes it and the fire brigade have put alarms up. Declined an assessment and any support.\nMr T lucid and articulate, no concerns re capacity evident on the phone - he is entitled to make unwise decisions. No other agencies contacted. Advised to ring the Hub if things change.',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'A4', created: '30/05/2023 11:20', ntype: 'Case Closure', author: 'SW1 (ASC Hub)', subject: 'Closed - NFA',
    note: 'Outcome: information & advice given. No further action. Referrer informed: No.',
    contacts: [], concerns: [] },
  { key: 'A5', created: '06/12/2023 14:10', ntype: 'Safeguarding Concern', author: 'HTO2 (ASC Hub)', subject: '2nd concern - WFRS escalation - MARM requested',
    note: 'Call from SM1 (Station Manager, WFRS Prevention & Safeguarding lead) followed by emailed concern.\nFRS have been to Mr T 4 times since April; risk score remains VERY HIGH, CIR 8, LPG heater in use in living room among hoarded material, refusing entry. SM1 states FRS had no outcome from the May concern and only found out it was closed when they rang today.\nRequests multi-agency meeting under the Self-neglect & Hoarding Protocol.',
    contacts: [C('other', 'in', 'referral')], concerns: ['neglect', 'non-engagement'] },
  { key: 'A6', created: '07/12/2023 10:25', ntype: 'Screening / Triage Decision', author: 'TM1 (ASC Hub Team Manager)', subject: 'Screening outcome - s42',
    note: 'Reviewed with previous concern. Self-neglect with risk to life - meets s42(1) criteria. Proceed to enquiry under s42(2). Transfer to Fells Locality Team. MARM to be arranged under Self-neglect & Hoarding Protocol.',
    contacts: [], concerns: ['neglect'] },
  { key: 'A7', created: '12/12/2023 16:02', ntype: 'Email', author: 'SW2 (Fells Locality Team)', subject: 'MARM invites',
    note: 'Emailed invites for MARM 10/01/2024 10:00 (Teams) to VPA1 & SM1 (WFRS) and TL1 (Community Nursing, Kirkhaw & Upper Dale).',
    contacts: [C('other', 'out', 'email')], concerns: [] },
  { key: 'A8', created: '19/12/2023 11:30', ntype: 'Home Visit', author: 'SW2 (Fells Locality Team)', subject: 'Unannounced visit - no answer',
    note: 'Visited 3 Gill Cottages. No answer. Could see stacked bags and boxes against the front window. Letter put through door with my contact details.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement', 'neglect'] },
  { key: 'A9', created: '10/01/2024 11:40', ntype: 'Meeting', author: 'SW2 (Fells Locality Team)', subject: 'MARM - Self-neglect & Hoarding Protocol',
    note: 'MARM held today 10:00-11:15 via Teams.\nChair: TM1. Present: SW2 (ASC); VPA1 & SM1 (WFRS); TL1 (Community Nursing).\nNot present: GP practice - not invited; Fellside Housing - not invited (tenancy details not confirmed).\nSummary: CIR 8 living room, LPG heater, candles, heavy smoker, escape route via hall compromised. DNs discharged him Sept 23 after repeated NA - TL1 says they sent a concern in July - no record found on Mosaic. No known MH history. Capacity not assessed.\nActions: 1. SW2/VPA1 joint visit. 2. SW2 to refer to CMHT re ?hoarding disorder + advice re capacity. 3. SW2 to request GP summary. 4. FRS to fit linked alarms. 5. Review MARM in 6 wks.',
    contacts: [C('other', 'both', 'conference')], concerns: ['neglect', 'non-engagement', 'parental-mental-health'], dup: 'F8' },
  { key: 'A10', created: '17/01/2024 15:15', ntype: 'Referral', author: 'SW2 (Fells Locality Team)', subject: 'Referral to CMHT',
    note: 'Referral sent to Kirkhaw CMHT Single Point of Access by secure email. 71M, severe hoarding (CIR 8), self-neglect, refusing care, very high fire risk (WFRS). Asked for MH assessment re possible hoarding disorder and advice on capacity / executive functioning. Referral form + MARM notes attached.',
    contacts: [C('adult-mh', 'out', 'referral')], concerns: ['neglect', 'non-engagement', 'parental-mental-health'] },
  { key: 'A11', created: '08/02/2024 15:50', ntype: 'Joint Visit', author: 'SW2 (Fells Locality Team)', subject: 'JV with WFRS',
    note: 'Joint visit with VPA1 (WFRS). Mr T let us into the living room. CIR 8-9 in living room, kitchen door blocked, stairs impassable; sleeps in armchair next to LPG cabinet heater; candles on the mantelpiece among papers. Legs bandaged by himself - dressings soaked.\nFRS fitted linked smoke alarms and a heat alarm, fire retardant throw on chair. Mr T understands a fire "could happen" but says "it won\'t". Declined package of care and declined DN. Agreed I can come back. Capacity re fire risk not formally assessed - await CMHT.',
    contacts: [C('family', 'out', 'home-visit'), C('other', 'both', 'home-visit')], concerns: ['neglect', 'non-engagement'], dup: 'F9' },
  { key: 'A12', created: '12/02/2024 09:05', ntype: 'Email Received', author: 'SW2 (Fells Locality Team)', subject: 'WFRS follow-up email',
    note: 'Read email from VPA1 (sent Fri) confirming equipment fitted at JV and FRS recommendations (remove LPG heater, no candles, clear hallway escape route). Saved to documents. To go to MARM review.',
    contacts: [C('other', 'in', 'email')], concerns: [] },
  { key: 'A13', created: '20/02/2024 12:40', ntype: 'Telephone Call', author: 'SW2 (Fells Locality Team)', subject: 'Chase CMHT',
    note: 'Rang CMHT SPA re referral of 17/01 - no outcome received. Spoke to SPA duty, left message for screening clinician to call back.',
    contacts: [C('adult-mh', 'out', 'phone-call')], concerns: [] },
  { key: 'A14', created: '22/02/2024 09:15', ntype: 'Case Note', author: 'SW2 (Fells Locality Team)', subject: 'MARM review',
    note: 'MARM review not arranged - awaiting CMHT response. SW2 leaving Fells Locality Team end of month.',
    contacts: [], concerns: [] },
  { key: 'A15', created: '04/03/2024 10:00', ntype: 'Case Transfer', author: 'TM2 (Kirkhaw Long Term Team)', subject: 'Transfer in from Fells Locality Team',
    note: 'Case transferred from Fells Locality Team (SW2) to Kirkhaw Long Term Team, allocated SW3.\nHandover summary: "Self-neglect / lifestyle choice. Declines support. FRS alarms fitted. Awaiting CMHT. Low risk at present. s42 open."',
    contacts: [], concerns: ['neglect', 'non-engagement'] },
  { key: 'A16', created: '12/03/2024 14:30', ntype: 'Case Note', author: 'SW3 (Kirkhaw Long Term Team)', subject: 'Allocation',
    note: 'Case read. Low level self-neglect, declines support. Awaiting CMHT. Plan: visit in April (caseload).',
    contacts: [], concerns: ['neglect', 'non-engagement'] },
  { key: 'A17', created: '27/03/2024 10:45', ntype: 'Telephone Call', author: 'SW3 (Kirkhaw Long Term Team)', subject: 'T/C Mr T',
    note: 'Rang to introduce myself and arrange a visit - no answer, no voicemail.',
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'A18', created: '29/04/2024 09:00', ntype: 'Safeguarding', author: 'SW3 (Kirkhaw Long Term Team)', subject: 'Death of adult',
    note: 'Email from SM1 (WFRS) sent Sat, read this morning: Mr T died in a fire at his home in the early hours of 27/04/2024.\nInformed TM2 and Safeguarding Adults Manager. Rang Community Nursing (TL1) and Ellerbeck & Kirkhaw Medical Practice to inform them. SAR referral to be considered.',
    contacts: [C('other', 'in', 'notification'), C('other', 'out', 'phone-call'), C('gp', 'out', 'phone-call')], concerns: [] },
];
for (const e of asc) {
  e.agency = 'asc';
  const [d, t] = e.created.split(' ');
  e.date = day(d, `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`);
  e.time = t;
  e.text = squash([e.ntype, e.author, e.subject, e.note].join(' | '));
}

// =====================================================================
// 4. GP (Ellerbeck & Kirkhaw Medical Practice, SystmOne) -> "gp"
// =====================================================================
const gp = [
  { key: 'G1', dt: '14 Feb 2023', iso: '2023-02-14', clin: 'Dr A (GP)', type: 'Face to face',
    lines: [
      ['History', 'Leaking wound L shin approx 3/52, "socks soaked". Not seen since 2021 (DNA diabetic reviews last yr). Lives alone, widower. Smokes ~20 roll-ups/day. Says managing at home. Initially declined nurse home visit, then agreed to DNs for dressings.'],
      ['Examination', 'Unkempt, clothes soiled, strong body odour. L gaiter ulcer ~4 x 3cm, sloughy, malodorous, no spreading cellulitis. R shin 1cm ulcer. Foot pulses present. BM 18.2.'],
      ['Plan', 'Wound swab. Referral to district nurses for dressings + leg ulcer assessment (SystmOne task sent). Bloods incl HbA1c, U&E. Restart metformin. Capacity assumed. Review after bloods.'],
    ],
    contacts: [C('family', 'in', 'attendance'), C('other', 'out', 'referral')], concerns: ['neglect', 'non-engagement'] },
  { key: 'G2', dt: '28 Mar 2023', iso: '2023-03-28', clin: 'PN1 (Practice Nurse)', type: 'Telephone',
    lines: [
      ['History', 'Tel to pt with results. HbA1c 94. eGFR 71. Swab – Staph aureus (fluclox sensitive). Pt says the DNs "keep turning up when I\'m out". Encouraged to let them in.'],
      ['Plan', 'Diabetes review offered – pt asked to leave it "until the better weather". Recall set for Aug.'],
    ],
    contacts: [C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'G3', dt: '8 Aug 2023', iso: '2023-08-08', clin: 'PN1 (Practice Nurse)', type: 'Face to face – DNA',
    lines: [
      ['History', 'Did not attend diabetes annual review.'],
      ['Plan', 'DNA letter. Rebook.'],
    ],
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'G4', dt: '15 Aug 2023', iso: '2023-08-15', clin: 'RC2 (Reception)', type: 'Letter',
    lines: [
      ['History', 'DNA letter 1 sent – missed diabetes review. New appointment offered Tue 29/08 10:40 with PN1.'],
    ],
    contacts: [C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'G5', dt: '29 Aug 2023', iso: '2023-08-29', clin: 'PN1 (Practice Nurse)', type: 'Face to face – DNA',
    lines: [
      ['History', 'DNA (2nd).'],
      ['Plan', 'Task to Dr A – 2 DNAs, known leg ulcer, ?still seen by DNs.'],
    ],
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'G6', dt: '31 Aug 2023', iso: '2023-08-31', clin: 'Dr A (GP)', type: 'Telephone',
    lines: [
      ['History', 'Rang pt re DNAs. Says legs too sore to walk to the bus, and bus from Ellerbeck only Tue/Thu. No other concerns raised by him.'],
      ['Plan', 'F2F booked Thu 21/09 10:20 (bus day). No mobile – reminder text not possible.'],
    ],
    contacts: [C('family', 'out', 'phone-call')], concerns: [] },
  { key: 'G7', dt: '11 Sep 2023', iso: '2023-09-11', clin: 'Dr B (GP)', type: 'Correspondence (Docman)',
    lines: [
      ['History', 'Letter from Kirkhaw & Upper Dale Community Nursing dated 06/09/23: discharged from DN caseload after 7 consecutive no-access visits, last seen in May. Concerns re home conditions (severe hoarding), smoking among papers, non-concordance with dressings and metformin. States safeguarding concern sent to ASC in July.'],
      ['Plan', 'Filed. No action required. Read code: Discharged from district nurse care.'],
    ],
    contacts: [C('other', 'in', 'letter')], concerns: ['neglect', 'non-engagement'] },
  { key: 'G8', dt: '21 Sep 2023', iso: '2023-09-21', clin: 'Dr A (GP)', type: 'Face to face',
    lines: [
      ['History', 'Review after DNAs. Says legs "about the same", doing own dressings with kitchen roll and tape. Admits house "a bit full", can\'t get into the kitchen so eats cold from tins; heating not working, using a calor gas heater. Smoking 20/day. Doesn\'t want DNs back – "don\'t want them poking about".'],
      ['Examination', 'Unkempt, strong odour of urine. Wt 61.2kg (68kg Feb). L ulcer 7 x 5cm, sloughy, cellulitic margin. BM 22.4. Alert, orientated, conversing normally.'],
      ['Plan', 'Doxycycline 7/7. Restart metformin, add gliclazide 40mg od. Offered DN re-referral – declined. Agreed weekly PN dressing clinic – booked. Capacity assumed – understands advice. Safety-netting advice given.'],
    ],
    contacts: [C('family', 'in', 'attendance')], concerns: ['neglect', 'non-engagement'] },
  { key: 'G9', dt: '28 Sep 2023', iso: '2023-09-28', clin: 'PN1 (Practice Nurse)', type: 'Face to face',
    lines: [
      ['History', 'Attended dressing clinic. L ulcer redressed (Inadine / absorbent / wool & crepe). Declined further appts – "bus is a nightmare", will do his own.'],
      ['Plan', 'Dressings supplied. Pt to contact surgery if worse.'],
    ],
    contacts: [C('family', 'in', 'attendance')], concerns: ['non-engagement'] },
  { key: 'G10', dt: '12 Oct 2023', iso: '2023-10-12', clin: 'PN1 (Practice Nurse)', type: 'Telephone',
    lines: [
      ['History', 'Tried to ring pt x2 to offer dressing appt – no answer.'],
      ['Plan', 'Nil further.'],
    ],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'G11', dt: '30 Jan 2024', iso: '2024-01-30', clin: 'Dr B (GP)', type: 'Correspondence (Docman)',
    lines: [
      ['History', 'Letter from Kirkhaw CMHT dated 26/01/24: referral from Adult Social Care (hoarding, self-neglect, fire risk) discussed at SPA triage – no evidence of mental illness, not accepted. Suggest GP review of physical health and consider memory screen; signposted to hoarding support.'],
      ['Plan', 'Filed. Dr A to note.'],
    ],
    contacts: [C('adult-mh', 'in', 'letter')], concerns: ['neglect'] },
  { key: 'G12', dt: '29 Apr 2024', iso: '2024-04-29', clin: 'RC1 (Reception)', type: 'Telephone',
    lines: [
      ['History', 'Call from SW3, Adult Social Care: patient died in a house fire at home on Sat 27/04/2024.'],
      ['Plan', 'Deceased. Dr A informed. Registration to be closed.'],
    ],
    contacts: [C('asc', 'in', 'phone-call')], concerns: [] },
];
const gpHead = (e) => `Date: ${e.dt}   Clinician: ${e.clin}   Type: ${e.type}`;
for (const e of gp) {
  e.agency = 'gp';
  e.date = day(e.dt, e.iso);
  e.time = null;
  e.text = squash([gpHead(e), ...e.lines.map(([k, v]) => `${k}: ${v}`)].join(' '));
}

// =====================================================================
// 5. HOUSING (Fellside Housing) + CMHT (Kirkhaw CMHT) combined PDF
// =====================================================================
const housing = [
  { key: 'H1', dcell: '17/01/2023', date: day('17/01/2023', '2023-01-17'), contact: 'Gas safety (contractor)',
    detail: 'Annual gas safety check (LGSR) – Fellgas engineer, no access. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'H2', dcell: '02/02', date: day('02/02', '2023-02-02'), contact: 'Letter',
    detail: 'Letter 1 to tenant – gas safety check overdue, access required, appointment given for 21/02.',
    contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'H3', dcell: '21/02', date: day('21/02', '2023-02-21'), contact: 'Gas safety (contractor)',
    detail: 'Access gained. Boiler serviced, LGSR issued. Engineer\'s note on job sheet: "extreme clutter throughout, hall and stairs blocked, restricted access to boiler cupboard, tenant smoking indoors". Job sheet passed to Housing Officer (TO1) for information.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'H4', dcell: '06/06', date: day('06/06', '2023-06-06'), contact: 'Phone call in – neighbour',
    detail: 'Complaint from neighbour at 5 Gill Cottages: smell from No.3, flies, rats seen in back yard, rubbish bags piling up in front garden. Says tenant smokes on the doorstep with newspapers stacked behind the door – "if that goes up it\'ll take the whole row with it". Logged as estate management case EM-2317 (nuisance / property condition).',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['neglect', 'housing'] },
  { key: 'H5', dcell: '13/06', date: day('13/06', '2023-06-13'), contact: 'Home visit',
    detail: 'TO1 visited. Tenant came to door but would not allow entry. Hallway visible – bags and papers floor to ceiling either side, single narrow path. Strong odour. Tenant says he is "sorting it out" and the neighbour is "a busybody". Reminded of tenancy conditions (cl. 4.2 condition of property, cl. 6 nuisance). Tenant declined to discuss any support.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect', 'non-engagement', 'housing'] },
  { key: 'H6', dcell: '14/06', date: day('14/06', '2023-06-14'), contact: 'Letter',
    detail: 'Tenancy warning letter: clear rubbish from front garden and rear yard within 28 days and allow an inspection, or further action may be taken under the tenancy agreement.',
    contacts: [C('family', 'out', 'letter')], concerns: ['housing'] },
  { key: 'H7', dcell: '20/06', date: day('20/06', '2023-06-20'), contact: 'Phone call out – neighbour',
    detail: 'TO1 rang complainant back – visit done, warning letter issued, case remains open.',
    contacts: [C('family', 'out', 'phone-call')], concerns: [] },
  { key: 'H8', dcell: 'w/c 17/07', date: week('w/c 17/07', '2023-07-17'), contact: 'Estate inspection',
    detail: 'Front garden and rear yard checked from the back lane – most rubbish bags removed. EM-2317 closed as "resolved". No internal inspection carried out.',
    contacts: [], concerns: [] },
  { key: 'H8a', dcell: '03/10', date: day('03/10', '2023-10-03'), contact: 'Rent account',
    detail: 'Arrears £486.20 – two monthly standing order payments not received (bank states card/account issue). Arrears letter 1 sent.',
    contacts: [C('family', 'out', 'letter')], concerns: ['housing'] },
  { key: 'H8b', dcell: '24/10', date: day('24/10', '2023-10-24'), contact: 'Phone call out – Income Officer',
    detail: 'IO2 rang tenant re arrears. Tenant says his bank letters and new card are "in the house somewhere" and he can\'t get to them; agreed to pay £20/wk at the Post Office in Kirkhaw. Payment arrangement set up.',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['housing'] },
  { key: 'H9', dcell: '16/01/2024', date: day('16/01/2024', '2024-01-16'), contact: 'Gas safety (contractor)',
    detail: 'Annual LGSR – Fellgas, no access. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'H10', dcell: '30/01', date: day('30/01', '2024-01-30'), contact: 'Letter',
    detail: 'Letter 2 – gas safety is a legal requirement; warning that an injunction may be sought if access is not given. Appointment given for 13/02.',
    contacts: [C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'H11', dcell: '13/02', date: day('13/02', '2024-02-13'), contact: 'Gas safety (contractor) – TO1 attended',
    detail: 'Engineer attended with TO1. Tenant spoke at door, refused entry – says he "doesn\'t use the boiler" and heats the room with a calor gas heater. Strong smell of gas at the door. Referred internally to Compliance Manager to consider injunction for access.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'H12', dcell: '29/04', date: day('29/04', '2024-04-29'), contact: 'Phone call in – WFRS',
    detail: 'Station Manager, Westfell Fire & Rescue, rang to notify us of a fatal fire at 3 Gill Cottages in the early hours of Saturday. Tenant deceased. Property boarded and secured by contractor today.',
    contacts: [C('other', 'in', 'notification')], concerns: [] },
];
for (const e of housing) { e.agency = 'housing'; e.time = null; e.text = squash(`${e.contact} | ${e.detail}`); }

const cmht = [
  { key: 'M1', dcell: '17/01/2024', date: day('17/01/2024', '2024-01-17'), contact: 'Referral received (SPA)',
    detail: 'Referral from Adult Social Care (SW2, Fells Locality Team) by secure email with MARM notes: 71-year-old man, severe hoarding (CIR 8), self-neglect, refusing care, very high fire risk. Asks for mental health assessment re possible hoarding disorder and advice on capacity (executive function). Logged for SPA triage.',
    contacts: [C('asc', 'in', 'referral')], concerns: ['neglect', 'non-engagement', 'parental-mental-health'] },
  { key: 'M2', dcell: '24/01', date: day('24/01', '2024-01-24'), contact: 'SPA triage (MDT)',
    detail: 'Discussed at SPA triage: CPN3, Dr R (Consultant Psychiatrist), OT1. No psychiatric history; no low mood, psychosis or cognitive concern described in referral. Hoarding long-standing, considered a lifestyle / social care and housing matter. No mental illness identified – does not meet criteria for secondary care mental health services. Not accepted. Decision made on the referral information; Mr T not seen.',
    contacts: [], concerns: ['neglect'] },
  { key: 'M3', dcell: '26/01', date: day('26/01', '2024-01-26'), contact: 'Letter',
    detail: 'Outcome letter to GP (Dr A, Ellerbeck & Kirkhaw Medical Practice): referral not accepted, no evidence of mental illness; suggest GP review of physical health and consider memory screen; signposted to ClearSpace Fells (hoarding support charity). No copy to referrer recorded on RiO.',
    contacts: [C('gp', 'out', 'letter')], concerns: [] },
  { key: 'M4', dcell: '20/02', date: day('20/02', '2024-02-20'), contact: 'Telephone in',
    detail: 'SPA duty (CPN4) took call from ASC SW2 asking for the outcome of the referral. Message sent to CPN3 via RiO task. No record of call back.',
    contacts: [C('asc', 'in', 'phone-call')], concerns: [], dup: 'A13' },
];
for (const e of cmht) { e.agency = 'adult-mh'; e.time = null; e.text = squash(`${e.contact} | ${e.detail}`); }

// =====================================================================
// Render files
// =====================================================================
async function writeFire() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'WFRS CFRMIS export';
  const ws = wb.addWorksheet('Prevention log');
  ws.columns = [
    { width: 13 }, { width: 12 }, { width: 30 }, { width: 26 }, { width: 80 }, { width: 14 }, { width: 12 }, { width: 40 },
  ];
  const title = (r, text, bold = true, size = 12) => {
    ws.mergeCells(`A${r}:H${r}`);
    const c = ws.getCell(`A${r}`);
    c.value = text;
    c.font = { bold, size };
    c.alignment = { horizontal: 'center' };
  };
  title(1, 'WESTFELL FIRE AND RESCUE SERVICE', true, 14);
  title(2, 'Prevention & Protection – Incident / Prevention Activity Log (CFRMIS extract)', true, 12);
  title(3, 'Subject: Mr T, 3 Gill Cottages, Ellerbeck  |  Prepared for Westfell SAB – Safeguarding Adults Review  |  OFFICIAL-SENSITIVE', false, 10);
  // row 4 blank
  const hdr = ['Visit ID', 'Date', 'Type', 'Crew/Advocate', 'Findings', 'Risk score', 'Referral made (Y/N)', 'Referred to'];
  const hr = ws.getRow(5);
  hr.values = hdr;
  hr.font = { bold: true };
  hr.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }; c.border = { bottom: { style: 'thin' } }; });
  let r = 6;
  for (const e of fire) {
    const row = ws.getRow(r);
    const dateVal = e.cell.excel ? new Date(e.cell.excel + 'T00:00:00Z') : e.cell.text;
    row.values = [e.id, dateVal, e.type, e.crew, e.findings, e.risk, e.referral, e.refTo || null];
    row.alignment = { vertical: 'top', wrapText: true };
    if (e.cell.excel) row.getCell(2).numFmt = 'dd/mm/yyyy';
    r++;
    if (e.cont) {
      ws.getRow(r).getCell(5).value = e.cont; // continuation row: Findings only
      ws.getRow(r).getCell(5).alignment = { wrapText: true };
      r++;
    }
    if (e.blankAfter) r++;
  }
  r++;
  ws.mergeCells(`A${r}:H${r}`);
  ws.getCell(`A${r}`).value = 'End of extract. Risk score = WFRS Safe & Well risk matrix (Very High 36+). CIR = Clutter Image Rating (1–9).';
  ws.getCell(`A${r}`).font = { italic: true, size: 9 };
  await wb.xlsx.writeFile(path.join(OUT, 'fire-service.xlsx'));
}

function writeDN() {
  const L = [];
  L.push('NORTH FELLS COMMUNITY HEALTH NHS TRUST');
  L.push('Kirkhaw & Upper Dale Community Nursing Team (District Nursing)');
  L.push('Extract from SystmOne Community record – prepared for Westfell Safeguarding Adults Board, SAR "Mr T"');
  L.push('Patient: Mr T    DOB: [redacted] 1952    NHS no: [removed]    Address: 3 Gill Cottages, Ellerbeck');
  L.push('Extract period: 01/01/2023 – 30/04/2024');
  L.push('Staff key: TL1 = team leader (band 7); DN2 = district nurse (band 6); CSN1, CSN2 = community staff nurses.');
  L.push('NA = no access. Entries copied as recorded, abbreviations not expanded.');
  L.push('='.repeat(78));
  L.push('');
  for (const e of dn) {
    L.push(`[${e.stamp}] ${e.line}`);
    for (const c of e.cont || []) L.push(`      ${c}`);
    if (e.plan) L.push(e.plan);
    L.push('');
  }
  L.push('-- end of extract --');
  fs.writeFileSync(path.join(OUT, 'district-nursing.txt'), L.join('\r\n') + '\r\n', 'utf8');
}

function csvField(s) {
  if (/[",\n\r]/.test(s)) return '"' + s.replace(/"/g, '""') + '"';
  return s;
}
function writeASC() {
  const L = [];
  L.push('Westfell County Council - Adult Social Care: Case Notes Report (Mosaic),,,,');
  L.push('Person: Mr T (ID 7730215),Run by: SAB Business Unit,Run date: 14/06/2024,,');
  L.push('Date Created,Case Note Type,Author,Subject,Note');
  for (const e of asc) L.push([e.created, e.ntype, e.author, e.subject, e.note].map(csvField).join(','));
  fs.writeFileSync(path.join(OUT, 'asc.csv'), L.join('\r\n') + '\r\n', 'utf8');
}

const P = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, bold: opts.bold, size: opts.size, italics: opts.italics })], spacing: { after: opts.after ?? 60 }, alignment: opts.align });

async function writeGP() {
  const ch = [];
  ch.push(P('Ellerbeck & Kirkhaw Medical Practice', { bold: true, size: 30 }));
  ch.push(P('SystmOne – patient record extract (consultations and correspondence)', { bold: true, size: 24 }));
  ch.push(P('Prepared for: Westfell Safeguarding Adults Board – SAR "Mr T"', { size: 22 }));
  ch.push(P('Patient: Mr T    DOB: [redacted] 1952    NHS No: [removed]    Usual GP: Dr A', { size: 22 }));
  ch.push(P('Active problems: Type 2 diabetes mellitus; Venous ulcer of leg; Current smoker', { size: 22 }));
  ch.push(P('Selected entries only. Abbreviations as entered by clinicians.', { italics: true, size: 20, after: 240 }));
  for (const e of gp) {
    ch.push(new Paragraph({ children: [new TextRun({ text: gpHead(e), bold: true, size: 22 })], spacing: { before: 200, after: 60 } }));
    for (const [k, v] of e.lines) {
      ch.push(new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true, size: 22 }), new TextRun({ text: v, size: 22 })], spacing: { after: 40 } }));
    }
  }
  ch.push(P('End of extract.', { italics: true, size: 20 }));
  const doc = new Document({
    sections: [{
      headers: { default: new Header({ children: [P('CONFIDENTIAL – SAR extract – Ellerbeck & Kirkhaw Medical Practice', { size: 16, italics: true })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ size: 16, children: ['Page ', PageNumber.CURRENT] })] })] }) },
      children: ch,
    }],
  });
  fs.writeFileSync(path.join(OUT, 'gp.docx'), await Packer.toBuffer(doc));
}

async function writeHousingCMHT() {
  const W = [1500, 2300, 5800];
  const cell = (text, w, bold = false, shade = false) => new TableCell({
    width: { size: w, type: WidthType.DXA },
    shading: shade ? { fill: 'D9D9D9' } : undefined,
    children: [new Paragraph({ spacing: { before: 40, after: 40 }, children: [new TextRun({ text, bold, size: 22 })] })],
  });
  const table = (rows) => new Table({
    width: { size: 9600, type: WidthType.DXA },
    columnWidths: W,
    rows: [
      new TableRow({ tableHeader: true, children: ['Date', 'Contact', 'Detail'].map((h, i) => cell(h, W[i], true, true)) }),
      ...rows.map((e) => new TableRow({ cantSplit: true, children: [cell(e.dcell, W[0]), cell(e.contact, W[1]), cell(e.detail, W[2])] })),
    ],
  });
  const ch = [];
  ch.push(P('Westfell Safeguarding Adults Board', { bold: true, size: 28 }));
  ch.push(P('Safeguarding Adults Review – "Mr T" – Combined chronology return', { bold: true, size: 24 }));
  ch.push(P('This return combines the chronologies of two agencies with a small number of contacts. Each section was completed by the agency named.', { size: 20, after: 240 }));
  ch.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: 'Section A – Fellside Housing', bold: true, size: 26 })] }));
  ch.push(P('Fellside Housing Association. Mr T was a long-standing assured tenant of 3 Gill Cottages, Ellerbeck (2-bed end terrace). Source: housing management system and gas compliance records. Completed by: Neighbourhood Services Manager.', { size: 20, after: 160 }));
  ch.push(table(housing));
  ch.push(P('Note from Fellside Housing: the association had no contact from Westfell Fire & Rescue, Adult Social Care or health services about Mr T before the fire and was not invited to any multi-agency meeting. The neighbour complaint and the gas engineer\'s notes were not shared outside the association.', { size: 20, italics: true, after: 240 }));
  ch.push(new Paragraph({ children: [new PageBreak()] }));
  ch.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: 'Section B – Community Mental Health Team', bold: true, size: 26 })] }));
  ch.push(P('North Fells Partnership NHS Foundation Trust – Kirkhaw Community Mental Health Team (Adult). Source: RiO. Mr T was not known to mental health services before the referral below. Completed by: Team Manager, Kirkhaw CMHT.', { size: 20, after: 160 }));
  ch.push(table(cmht));
  ch.push(P('End of return.', { italics: true, size: 20 }));
  const doc = new Document({
    sections: [{
      headers: { default: new Header({ children: [P('OFFICIAL-SENSITIVE – Westfell SAB – SAR Mr T – Fellside Housing / Kirkhaw CMHT', { size: 16, italics: true })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 16, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }) },
      children: ch,
    }],
  });
  const tmp = fs.mkdtempSync('/tmp/ellerbeck-');
  const docxPath = path.join(tmp, 'housing-and-cmht.docx');
  fs.writeFileSync(docxPath, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, docxPath], { stdio: 'ignore' });
  fs.rmSync(tmp, { recursive: true, force: true });
}

// =====================================================================
// Gold
// =====================================================================
const perFile = [
  ['fire-service.xlsx', fire],
  ['district-nursing.txt', dn],
  ['asc.csv', asc],
  ['gp.docx', gp],
  ['housing-and-cmht.pdf', [...housing, ...cmht]],
];
const refOf = {};
for (const [file, list] of perFile) list.forEach((e, i) => { refOf[e.key] = `${file}#${i + 1}`; });
const R = (...keys) => keys.map((k) => { if (!refOf[k]) throw new Error('no key ' + k); return refOf[k]; });

const entries = [];
for (const [, list] of perFile) {
  for (const e of list) {
    const o = { ref: refOf[e.key], agency: e.agency, date: e.date, time: e.time ?? null, text: e.text, contacts: e.contacts, concerns: e.concerns };
    if (e.dup) o.duplicateOf = refOf[e.dup];
    entries.push(o);
  }
}
const dupGroups = {};
for (const [, list] of perFile) for (const e of list) if (e.dup) (dupGroups[e.dup] ||= [refOf[e.dup]]).push(refOf[e.key]);
const duplicates = Object.values(dupGroups);

const gaps = [
  { id: 'ELL-G01', code: 'G5', alsoAcceptable: ['G1'], from: 'other', to: ['asc'],
    anchors: R('F1', 'F2'),
    note: 'WFRS rated the risk Very High at its first visit (12/04/23: hall blocked floor to ceiling, escape route compromised, smoking among papers, no alarm) but made no referral because Mr T declined consent; a safeguarding concern was only sent six weeks later after a second visit. With a risk to life, sharing without consent was open to WFRS at the first visit.' },
  { id: 'ELL-G02', code: 'G1', from: 'other', to: ['housing'],
    anchors: R('F1', 'F2', 'F6', 'F9'),
    note: 'WFRS repeatedly found a compromised escape route, candles, a camping stove and an LPG heater in a Fellside Housing property (and Mr T said he feared telling his landlord about the broken heating), but never informed the landlord; Fellside confirms it had no contact from WFRS before the fire.' },
  { id: 'ELL-G03', code: 'G10', alsoAcceptable: ['G3'], from: 'other', to: ['asc'],
    anchors: R('A2', 'A1', 'F2'),
    note: 'WFRS referred a Very High risk-to-life self-neglect and hoarding concern; the ASC Hub screened it as GREEN, an "environmental / housing" clutter issue with no care and support needs, and did not progress it under s42.' },
  { id: 'ELL-G04', code: 'G7', alsoAcceptable: ['G3'], from: 'asc', to: ['gp', 'other', 'housing'],
    anchors: R('A3', 'A4'),
    note: 'ASC closed the May 2023 concern after a single phone call with Mr T, accepting his account and assuming capacity; "no other agencies contacted" although the referral named district nurse involvement and a Fellside Housing tenancy, and the GP was not asked.' },
  { id: 'ELL-G05', code: 'G4', alsoAcceptable: ['G2'], from: 'asc', to: ['other'],
    anchors: R('A4', 'F3', 'F4', 'F7', 'A5'),
    note: 'ASC never told WFRS that its May concern had been closed ("Referrer informed: No"); WFRS chased by email and phone in July and August without reply and only learned of the closure when it rang again in December.' },
  { id: 'ELL-G06', code: 'G1', from: 'housing', to: ['asc', 'other'],
    anchors: R('H3', 'H4', 'H5', 'H8', 'H8b', 'H11'),
    note: 'Fellside Housing knew of extreme clutter with blocked hall and stairs (gas engineer, Feb 2023), a neighbour\'s fire-risk complaint and its own officer\'s sight of the hall (June 2023), and later a calor gas heater with a smell of gas (Feb 2024), but treated these as tenancy/nuisance and gas-access matters, closed the case on an external yard check, heard from its income officer in October that he could not reach his post for the clutter, and raised no safeguarding concern with ASC and no referral to the fire service.' },
  { id: 'ELL-G07', code: 'G8', alsoAcceptable: ['G5'], from: 'other', to: ['gp'],
    anchors: R('D20', 'D17', 'D18', 'D13', 'D16', 'D19', 'D21'),
    note: 'The district nurses had repeated no-access and doorstep-only visits from February to June 2023, with a deteriorating, possibly infected ulcer and stopped diabetes medication, but did not escalate to the GP ("Not yet discussed with GP" at the June caseload review); the GP first heard of it in the discharge letter in September.' },
  { id: 'ELL-G08', code: 'G2', from: 'other', to: ['asc'],
    anchors: R('D25', 'D26', 'A9', 'D30'),
    note: 'The district nursing team submitted a self-neglect safeguarding concern through the council portal on 19/07/23 (acknowledged automatically); ASC has no record of it on Mosaic, the Hub could not find it when the team rang in August, and it was not resubmitted.' },
  { id: 'ELL-G09', code: 'G3', from: 'other', to: ['gp'],
    anchors: R('G7', 'D29'),
    note: 'The district nurses\' discharge letter (seven no-access visits, severe hoarding, smoking among papers, non-concordance) was filed by the GP practice as "no action required".' },
  { id: 'ELL-G10', code: 'G1', alsoAcceptable: ['G7'], from: 'gp', to: ['asc'],
    anchors: R('G8'),
    note: 'At the September 2023 consultation the GP saw weight loss, an enlarged cellulitic ulcer, urine odour, eating cold food from tins in a house he could not move around, a calor gas heater and refusal of district nurses, recorded "capacity assumed" and raised no safeguarding concern and made no contact with ASC.' },
  { id: 'ELL-G11', code: 'G6', from: 'asc', to: ['gp', 'housing'],
    anchors: R('A7', 'A9', 'F8', 'D30'),
    note: 'The multi-agency risk meeting under the Self-neglect & Hoarding Protocol (10/01/24) invited only WFRS and community nursing; the GP practice and Fellside Housing (the landlord, which held the neighbour complaint and gas-safety information) were not invited.' },
  { id: 'ELL-G12', code: 'G10', alsoAcceptable: ['G3', 'G7'], from: 'asc', to: ['adult-mh'],
    anchors: R('M2', 'A10', 'M1'),
    note: 'ASC referred for a mental health assessment for possible hoarding disorder and capacity advice; the CMHT read the hoarding as a lifestyle / housing matter, "no mental illness identified", and declined on paper without seeing Mr T or seeking more information.' },
  { id: 'ELL-G13', code: 'G4', from: 'adult-mh', to: ['asc'],
    anchors: R('M3', 'M4', 'A13', 'A14'),
    note: 'The CMHT sent its decision only to the GP, with no copy to the referrer; when ASC chased, the message was not returned, so ASC was still "awaiting CMHT" and did not hold the MARM review.' },
  { id: 'ELL-G14', code: 'G3', from: 'adult-mh', to: ['gp'],
    anchors: R('G11', 'M3'),
    note: 'The CMHT letter asked the GP to review Mr T\'s physical health and consider a memory screen; the practice filed it with no review, no contact with Mr T and no contact with ASC.' },
  { id: 'ELL-G15', code: 'G9', alsoAcceptable: ['G5'], from: 'asc', to: ['asc'],
    anchors: R('A15', 'A16'),
    note: 'When the open s42 case moved from the Fells Locality Team to the Kirkhaw Long Term Team, the handover called the case "lifestyle choice … low risk at present" and left out the WFRS Very High fire risk and the outstanding MARM actions (GP summary, MARM review); the new worker planned a routine visit and WFRS could no longer reach the allocated worker.' },
];

const decoys = [
  { id: 'ELL-D01', looksLike: ['G2'], refs: R('G1', 'D1'),
    note: 'The GP\'s February 2023 referral to the district nurses was received two days later, accepted and acted on (first visit within the week).' },
  { id: 'ELL-D02', looksLike: ['G2', 'G4'], refs: R('F10', 'A12'),
    note: 'WFRS\'s email after the joint visit was received, read and filed by the allocated social worker; the failure that followed is the missing MARM review, not a lost email.' },
  { id: 'ELL-D03', looksLike: ['G8'], refs: R('G3', 'G4', 'G5', 'G6'),
    note: 'The practice followed its DNA process for the missed diabetes reviews: DNA letter, rebooking, a task to the usual GP and a GP phone call that secured an appointment Mr T attended.' },
];

const gold = {
  case: CASE,
  title: 'SAR Mr T – Ellerbeck: hoarding, self-neglect and a fatal house fire',
  reviewType: 'sar',
  reviewPeriod: { from: '2023-01-01', to: '2024-04-30' },
  conventions: {
    agencies: 'Westfell Fire and Rescue Service (WFRS) and the Kirkhaw & Upper Dale Community Nursing (district nursing) team both map to "other"; contacts between them are written with "other". Adult Social Care Hub, Fells Locality Team and Kirkhaw Long Term Team are all asc (no MASH in this case). Fellside Housing and its gas contractor Fellgas are housing. Kirkhaw CMHT is adult-mh. Ellerbeck & Kirkhaw Medical Practice (GP, practice nurse, reception) is gp.',
    mixedFile: 'housing-and-cmht.pdf: Section A rows are housing, Section B rows are adult-mh; refs count across both tables in document order (A first). The undated notes and intro paragraphs under each section are not entries.',
    dates: 'Fire log: some dates are real Excel dates (raw given as dd/mm/yyyy), some typed text ("12.4.23", "c. 20/10/23" = uncertain). Housing and CMHT tables give the year only on the first row of each year. ASC Date Created and the district nursing timestamps are the event dates and give the time.',
    text: 'Entry text: table rows = non-date cells joined with " | " (fire continuation row appended to Findings); district nursing = the stamped line, its indented continuation lines and the Plan: line, whitespace collapsed; GP = the whole block (Date/Clinician/Type line plus History/Examination/Plan).',
    concerns: 'Leg ulcers and diabetes are not tagged by themselves; hoarding, squalor, soiling, not caring for wounds = neglect; no access, refused entry, declining care or appointments = non-engagement; "?hoarding disorder" / request for MH assessment = parental-mental-health (the subject\'s own); tenancy breach / nuisance / rent arrears = housing; the fatal fire incident record = injury.',
    contacts: 'No-access visits = family attempted dna; doorstep dressings = home-visit out; the neighbour\'s 999 call = family in phone-call; crews attending = family out other. Emails/letters read on a later date by the receiver are receipts, not duplicates.',
  },
  files: FILES,
  entries,
  gaps,
  duplicates,
  decoys,
};

function readme() {
  const byCode = {};
  for (const g of gaps) byCode[g.code] = (byCode[g.code] || 0) + 1;
  return `# ${CASE}

Invented safeguarding adults review (SAR) for the fictional county of **Westfell** (rural North West fells).
All people, places, services and records are invented.

## The case
- **Mr T**, 71, widower, lives alone in a Fellside Housing end-terrace at 3 Gill Cottages, Ellerbeck (near the market town of Kirkhaw). Type 2 diabetes, venous leg ulcers, heavy smoker, severe long-standing hoarding (Clutter Image Rating 7–9), refuses most help.
- **Period**: 01/01/2023 – 30/04/2024. He died in a fire in his living room in the early hours of Saturday 27/04/2024.
- **What went wrong**: district nurses could not get in for months and did not tell the GP; their July safeguarding concern vanished in the council portal; the fire service scored the risk Very High from the first visit but referred late and never told the landlord; the ASC Hub screened the fire service's concern GREEN as a housing/clutter issue and closed it after one phone call without checking with anyone or telling the referrer; the housing association dealt with a neighbour's fire-risk complaint as a nuisance case; the GP twice recorded "capacity assumed" and filed the nurses' and CMHT's letters without action; the multi-agency risk meeting left out the GP and the landlord; the CMHT declined the referral on paper as "no mental illness" and told only the GP; the case then lost its risk picture on transfer between ASC teams.

## Files
| file | agency | layout |
|---|---|---|
| fire-service.xlsx | other (WFRS) | CFRMIS prevention log; merged title rows, header on row 5, mixed real/text dates, one continuation row, one blank row |
| district-nursing.txt | other (community nursing) | SystmOne Community extract; "[dd/mm/yyyy hh:mm] ROLE – …" lines, indented continuation lines, undated "Plan:" lines |
| asc.csv | asc | Mosaic case notes; 2 metadata lines then header; multi-line quoted Note fields |
| gp.docx | gp | SystmOne extract, no table: "Date: … Clinician: … Type: …" blocks with History/Examination/Plan lines |
| housing-and-cmht.pdf | mixed (housing, adult-mh) | combined return from .docx; Section A Fellside Housing, Section B Kirkhaw CMHT; "Date | Contact | Detail" tables with repeating header; year given only on first row of each year |

Entries: ${entries.length} (fire ${fire.length}, district nursing ${dn.length}, ASC ${asc.length}, GP ${gp.length}, housing ${housing.length}, CMHT ${cmht.length}).
Gaps: ${gaps.length} (${Object.entries(byCode).sort().map(([k, v]) => `${k}×${v}`).join(', ')}). Decoys: ${decoys.length}. Duplicate groups: ${duplicates.length}.

## Case conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

Generated by \`/work/blind/generators/${CASE}.mjs\`.
`;
}

await writeFire();
writeDN();
writeASC();
await writeGP();
await writeHousingCMHT();
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'README.md'), readme());
console.log(`wrote ${entries.length} entries, ${gaps.length} gaps, ${decoys.length} decoys, ${duplicates.length} duplicate groups to ${OUT}`);
