// Generator for invented SAR case w7-sar-saltmere-dementia.
// Writes all agency files, gold.json and README.md into /work/blind/w7-sar-saltmere-dementia/.
// Everything here is fictional.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import os from 'os';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType,
  PageOrientation, AlignmentType, HeadingLevel, ShadingType,
} = docx;

const CASE = 'w7-sar-saltmere-dementia';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const F = {
  dom: 'brightwater-visit-log.xlsx',
  dn: 'coastlands-dn-tvn-chronology.docx',
  asc: 'ahc-mosaic-case-extract.csv',
  hosp: 'sgh-discharge-summaries.txt',
  amb: 'scas-incident-summary.pdf',
  gp: 'saltmere-quay-surgery-gp.docx',
};
const FILE_ORDER = [F.dom, F.dn, F.asc, F.hosp, F.amb, F.gp];

const entries = []; // gold entries, in file order per file
const byId = {};
function add(file, e) {
  const n = entries.filter((x) => x.file === file).length + 1;
  const ref = `${file}#${n}`;
  const g = { ...e, file, ref };
  entries.push(g);
  if (e.id) byId[e.id] = ref;
  return g;
}
const day = (raw, iso, extra = {}) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain: false, ...extra });
const c = (w, d, t) => ({ with: w, direction: d, type: t });
const HV = c('family', 'out', 'home-visit');
const pad = (n) => String(n).padStart(2, '0');
function isoToDMY(iso, yy = false) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${yy ? y.slice(2) : y}`;
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function isoToGp(iso) {
  const [y, m, d] = iso.split('-');
  return `${d} ${MON[+m - 1]} ${y}`;
}

// =============================================================== 1. DOM CARE (xlsx)
// columns: Date | Call | Time in | Time out | Carer | Tasks / notes | Concern raised (Y/N)
const domRows = [
  { id: 'dom1', d: '2023-02-27', call: 'AM', tin: '08:30', tout: '09:20', carer: 'TB', notes: "1st call. Met Mr W & wife. Support plan + MAR in folder. Full wash/dress, brekkie, prompted meds (donepezil). Mr W pleasant but muddled - dementia, keeps asking who I am.", flag: 'N', contacts: [HV], concerns: ['parental-mental-health'] },
  { id: 'dom2', d: '2023-02-27', call: 'PM', tin: '18:00', tout: '18:30', carer: 'LC', notes: 'Tea (soup + sandwich), night clothes on, commode emptied. Wife says he was up 4 times last night.', flag: 'N', contacts: [HV], concerns: [] },
  { id: 'dom3', d: '2023-03-06', call: 'AM', tin: '08:45', tout: '09:10', carer: 'TB', notes: "Mr W refused wash - agitated, shouting 'get out of my house'. Left him calm, wife will try later. Meds taken.", flag: 'N', contacts: [HV], concerns: ['non-engagement', 'parental-mental-health'] },
  { id: 'dom4', d: '2023-03-19', call: 'AM', notes: "CALL CANCELLED - office rec'd phone call from a Mr R (says family friend) - 'no need today, I'll see to him'. Call not delivered.", flag: 'N', contacts: [c('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'dom5', d: '2023-04-02', call: 'AM', notes: 'Cancelled by phone - Mr R again, says he does Sundays now.', flag: 'N', contacts: [c('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'dom6', d: '2023-04-12', call: 'AM', tin: '08:35', tout: '09:15', carer: 'PK', notes: "Red patch on bottom (sacrum) approx size of palm, didn't go white when pressed. Sudocrem applied. Told wife to keep him off his bottom.", flag: 'N', contacts: [HV], concerns: ['injury'] },
  { id: 'dom7', d: '2023-04-16', call: 'AM', notes: 'Cancelled - Mr R rang office.', flag: 'N', contacts: [c('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'dom8', d: '2023-04-24', call: 'PM', tin: '18:10', tout: '18:35', carer: 'LC', notes: 'Bottom looks sore, small broken bit of skin in the middle, wife says she will ring the doctor. Cream applied.', flag: 'N',
    cont: { t: '18:40', notes: "cont. - no pads left, Mr W wet through & bed wet. Wife said couldn't get to the shop. Used towels." }, contacts: [HV], concerns: ['injury', 'neglect'] },
  { id: 'dom9', d: '2023-04-28', call: 'AM', tin: '08:30', tout: '09:10', carer: 'TB', notes: "Mr R here when I arrived. Asked Mrs W for 'the card' & read the PIN out of her diary, she gave it him. He left. Mrs W very quiet after, said 'he's been good to us'.", flag: 'N', contacts: [HV], concerns: ['exploitation'] },
  { id: 'dom10', d: '2023-05-03', call: 'AM', tin: '08:20', tout: '09:50', carer: 'PK', notes: 'Mr W burning hot, much more confused than normal, not making sense. Wife panicking. Rang 999 at 08:50, stayed till crew came. Taken to SGH.', flag: 'Y (office)', contacts: [HV, c('ambulance', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { id: 'dom11', d: '2023-05-03', call: 'PM', notes: 'Call cancelled - wife rang office, SU admitted to SGH.', flag: '', contacts: [c('family', 'in', 'phone-call')], concerns: [] },
  { blank: true },
  { id: 'dom12', d: '2023-05-10', call: 'AM', tin: '08:30', tout: '09:15', carer: 'TB', notes: "Calls restarted - home from hospital yesterday. No paperwork from hospital, office only had a 'restart' email. Wife says nurses told her he'd get more carers. Dressing on bottom. Took 2 of us (me + wife) to stand him.", flag: 'N', contacts: [HV], concerns: ['injury'] },
  { id: 'dom13', d: '2023-05-10', call: 'PM', tin: '18:00', tout: '18:25', carer: 'LC', notes: "V unsteady, nearly went over turning to commode. Put to bed in his clothes as couldn't manage on my own. Told office he needs 2 carers.", flag: 'Y (office)', contacts: [HV], concerns: [] },
  { id: 'dom14', d: '2023-05-21', call: 'AM', notes: "Cancelled by phone (Mr R) - 'taking them both out for breakfast'.", flag: 'N', contacts: [c('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'dom15', d: '2023-05-24', call: 'AM', tin: '08:40', tout: '09:20', carer: 'PK', notes: "District nurse came yesterday & left note in folder - new air mattress, he needs turning every 2-4 hrs & not to sit in the chair all day. We only come twice so told office.", flag: 'N', contacts: [HV, c('other', 'in', 'information-share')], concerns: [] },
  { id: 'dom16', d: '2023-06-04', call: 'AM', tin: '08:35', tout: '08:45', carer: 'TB', notes: "No answer at door. Rang wife's mobile x2, no reply. Neighbour said they'd gone out in Mr R's car. Office informed.", flag: 'N', contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { id: 'dom17', d: '2023-06-11', call: 'AM', notes: 'Cancelled - Mr R phoned office.', flag: 'N', contacts: [c('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'dom18', d: '2023-06-13', call: 'AM', tin: '08:30', tout: '09:15', carer: 'TB', notes: "Neighbour stopped me outside - worried about Mrs W, 'she's at the end of her tether', and thinks Mrs W keeps giving Mr R money.", flag: 'N',
    cont: { t: '09:20', notes: 'cont. - told office (SP), she said she will mention it at his review.' }, contacts: [HV], concerns: ['exploitation', 'other'] },
  { id: 'dom19', d: '2023-06-25', call: 'AM', notes: 'Cancelled by Mr R (phone).', flag: 'N', contacts: [c('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'dom20', d: '2023-07-02', call: 'PM', tin: '18:05', tout: '18:40', carer: 'LC', notes: "Mr W soaked through, sheets wet, smelt strongly of urine. Wife crying - can't turn him in the night, 'I can't do this anymore'. Changed bed. Dressing on bottom had come off - put pad over it.", flag: 'N', contacts: [HV], concerns: ['neglect', 'injury', 'other'] },
  { id: 'dom21', d: '2023-07-09', call: 'AM', notes: 'Cancelled - Mr R (phone). Office told him calls are for personal care & should not be cancelled - he said the family are happy with it.', flag: 'N', contacts: [c('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'dom22', d: '2023-07-11', call: 'AM', tin: '08:30', tout: '09:05', carer: 'PK', notes: "Wife says police brought Mr W home in the night, he'd got out the back door & was found in the road in his pyjamas. Wife exhausted, hadn't slept.", flag: 'N', contacts: [HV], concerns: ['missing', 'other'] },
  { id: 'dom23', d: '2023-07-16', call: 'AM', notes: 'Cancelled by phone - Mr R.', flag: 'N', contacts: [c('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'dom24', d: '2023-07-19', call: 'AM', tin: '08:30', tout: '09:40', carer: 'TB', notes: "Found Mr W on bedroom floor, cold, wet & soiled. Wife says he fell about 4am, she couldn't lift him & didn't want to bother anyone. Rang 999 08:35. Crew arrived 09:20, got him up, not taken in. Both heels red/broken, dressing off bottom.", flag: 'Y (office)', contacts: [HV, c('ambulance', 'out', 'phone-call')], concerns: ['injury', 'neglect'] },
  { id: 'dom25', d: '2023-07-20', call: 'AM', tin: '08:35', tout: '09:15', carer: 'PK', notes: "Office had email from council re 'safeguarding' - asked us to check him. Mr W in bed, bruise on R hip. Wife says 'we're fine'. Reported to office.", flag: 'Y', contacts: [HV, c('asc', 'in', 'email')], concerns: ['injury'] },
  { id: 'dom26', d: '2023-08-06', call: 'AM', notes: "Cancelled - Mr R rang, said Mrs W at church with him & he'd get Mr W up later.", flag: 'N', contacts: [c('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'dom27', d: '2023-08-13', call: 'AM', tin: '08:30', tout: '09:10', carer: 'TB', notes: "Mrs W upset - said Mr R 'borrowed' GBP200 from the tin for his car, it was for the gas bill. Asked me not to tell her daughter.", flag: 'N',
    cont: { t: '09:15', notes: 'cont. - mentioned to SP in office.' }, contacts: [HV], concerns: ['exploitation'] },
  { id: 'dom28', d: '2023-08-18', call: 'AM', tin: '08:30', tout: '08:50', carer: 'PK', notes: 'Ambulance already at house - wife says Mr W fell in the night, L leg looks wrong/short. Paramedics taking him to SGH. Call not done.', flag: 'N', contacts: [HV], concerns: ['injury'] },
  { id: 'dom29', d: '2023-08-18', call: 'PM', notes: 'Calls suspended - daughter rang office, SU admitted SGH with broken hip.', flag: '', contacts: [c('family', 'in', 'phone-call')], concerns: ['injury'] },
  { id: 'dom30', d: '2023-09-13', call: '', notes: 'Package ended - council brokerage confirmed SU placed at Marram House Nursing Home. Folder collected.', flag: '', contacts: [c('asc', 'in', 'notification')], concerns: [] },
];
for (const r of domRows) {
  if (r.blank) continue;
  r.notes = r.notes.replace('GBP200', '£200');
  const cells = [r.call || '-', r.carer || '-', r.notes, r.flag].filter((x) => x);
  let text = cells.join(' | ');
  if (r.cont) text += ' ' + r.cont.notes;
  add(F.dom, { id: r.id, agency: 'other', date: day(isoToDMY(r.d), r.d), time: r.tin || null, text, contacts: r.contacts, concerns: r.concerns });
}

async function writeDom(tmp) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Brightwater CareLog';
  const ws = wb.addWorksheet('Visit log');
  ws.addRow(['Brightwater Home Care Ltd - Saltmere branch']);
  ws.addRow(['Care visit log - EXTRACT for Hamblemouth SAB Safeguarding Adults Review']);
  ws.addRow(['Service user: Mr W   SU ref: BW-0457   Package: 2 calls daily (AM 45 min / PM 30 min), 1 carer. Extract = all calls with notes of significance and all missed/cancelled calls.']);
  ws.addRow([]);
  const hdr = ws.addRow(['Date', 'Call', 'Time in', 'Time out', 'Carer', 'Tasks / notes', 'Concern raised (Y/N)']);
  hdr.font = { bold: true };
  const tfrac = (t) => { const [h, m] = t.split(':').map(Number); return (h * 60 + m) / 1440; };
  for (const r of domRows) {
    if (r.blank) { ws.addRow([]); continue; }
    const [y, m, d] = r.d.split('-').map(Number);
    const row = ws.addRow([new Date(Date.UTC(y, m - 1, d)), r.call || '-', r.tin ? tfrac(r.tin) : '', r.tout ? tfrac(r.tout) : '', r.carer || '-', r.notes, r.flag]);
    row.getCell(1).numFmt = 'dd/mm/yyyy';
    if (r.tin) row.getCell(3).numFmt = 'hh:mm';
    if (r.tout) row.getCell(4).numFmt = 'hh:mm';
    if (r.cont) {
      const cr = ws.addRow(['', '', tfrac(r.cont.t), '', '', r.cont.notes, '']);
      cr.getCell(3).numFmt = 'hh:mm';
    }
  }
  ws.getColumn(1).width = 12; ws.getColumn(2).width = 6; ws.getColumn(3).width = 8; ws.getColumn(4).width = 8;
  ws.getColumn(5).width = 6; ws.getColumn(6).width = 110; ws.getColumn(7).width = 12;
  const key = wb.addWorksheet('Carer key');
  key.addRow(['Initials', 'Role']);
  key.addRow(['TB', 'Carer 1 (senior carer)']);
  key.addRow(['LC', 'Carer 2']);
  key.addRow(['PK', 'Carer 3']);
  key.addRow(['SP', 'Care coordinator (office)']);
  const raw = path.join(tmp, 'raw');
  fs.mkdirSync(raw, { recursive: true });
  const p = path.join(raw, F.dom);
  await wb.xlsx.writeFile(p);
  const re = path.join(tmp, 'resaved');
  fs.mkdirSync(re, { recursive: true });
  execFileSync('libreoffice', ['--headless', '--convert-to', 'xlsx', '--outdir', re, p], { stdio: 'pipe' });
  fs.copyFileSync(path.join(re, F.dom), path.join(OUT, F.dom));
}

// =============================================================== 2. DISTRICT NURSING / TVN (docx, vMerge dates)
// Date | Visit type | Clinician | Findings / Plan
const dnSections = [
  { heading: 'DISTRICT NURSING - Saltmere Neighbourhood Nursing Team', rows: [
    { id: 'dn1', d: '2023-05-15', type: 'Referral', who: 'SPA (admin)', text: "Referral rec'd via SPA from Dr Okafor, Saltmere Quay Surgery - Cat 2 pressure ulcer sacrum following discharge from SGH. Triaged: 48 hrs.", contacts: [c('gp', 'in', 'referral')], concerns: ['injury'] },
    { id: 'dn2', d: '2023-05-17', type: 'Initial assessment (home)', who: 'K Marsh, DN (Band 6)', text: "Seen at home with wife. Cat 2 PU sacrum 2 x 1.5cm, heels intact. Waterlow 20 - high risk. No pressure relieving mattress, sleeps in recliner chair most nights. Wife says carers still 2x daily; she was told on the ward 'more help' would be arranged but nothing has changed. SSKIN plan left in home. Air mattress + cushion ordered (ICES). Plan 2x weekly.", contacts: [HV], concerns: ['injury'] },
    { id: 'dn3', d: '2023-05-17', type: 'Telephone', who: 'K Marsh, DN', text: 'Rang Brightwater office - asked carers to reposition 2-4 hourly and report any skin changes. Office say only 2 calls/day commissioned, cannot reposition between calls.', contacts: [c('other', 'out', 'phone-call')], concerns: [] },
    { id: 'dn4', d: '2023-05-23', type: 'Home visit', who: 'R Osei, HCSW', text: 'Dressing changed (Allevyn). Mattress delivered and set up. Mr W sat in chair. Note left in carers folder re repositioning.', contacts: [HV, c('other', 'out', 'information-share')], concerns: [] },
    { id: 'dn5', d: '2023-05-31', type: 'Home visit', who: 'K Marsh, DN', text: 'No access - no answer, card left. Wife not answering phone.', contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
    { id: 'dn6', d: '2023-06-01', type: 'Home visit', who: 'K Marsh, DN', text: 'Seen. Sacral wound deteriorated - slough, now looks Cat 3. Mr W drowsy. Phoned surgery to request GP visit (joint).', contacts: [HV, c('gp', 'out', 'phone-call')], concerns: ['injury'] },
    { id: 'dn7', d: '2023-06-08', type: 'Joint visit with GP', who: 'K Marsh, DN / Dr S Okafor', text: 'Cat 3 PU sacrum 3 x 2cm, 30% slough; both heels blanching redness. No signs of infection. Mr W mostly in chair all day, carers 2x daily only - not enough for repositioning. Wife exhausted. Increase to 3x weekly.', contacts: [HV, c('gp', 'both', 'home-visit')], concerns: ['injury', 'other'] },
    { id: 'dn8', d: '2023-06-08', type: 'Email', who: 'K Marsh, DN', text: "Emailed Adults' Health and Care (ACT) requesting urgent review of package of care: needs 4 calls/day with 2 carers for repositioning/transfers; carer strain evident.", contacts: [c('asc', 'out', 'email')], concerns: ['other'] },
    { id: 'dn9', d: '2023-06-15', type: 'Home visit', who: 'R Osei, HCSW', text: 'Dressing changed. L heel skin now broken - Cat 2. Mr W in bed. Heel boots requested.', contacts: [HV], concerns: ['injury'] },
    { id: 'dn10', date: { raw: 'late June 2023 (retrospective entry)', earliest: '2023-06-21', latest: '2023-06-30', precision: 'range', uncertain: false }, type: 'Telephone', who: 'R Osei, HCSW', text: 'Call from Brightwater carer - no continence pads in the house, Mr W being left wet between calls. Continence referral to be done at next visit. (exact date not recorded)', contacts: [c('other', 'in', 'phone-call')], concerns: ['neglect'] },
    { id: 'dn11', d: '2023-06-29', type: 'Home visit', who: 'K Marsh, DN', text: 'Cat 3 sacrum static, L heel Cat 2. Wife tearful, says she is struggling at night. Advised her to speak to GP.', contacts: [HV], concerns: ['injury', 'other'] },
    { id: 'dn12', d: '2023-07-20', type: 'Telephone', who: 'K Marsh, DN', text: 'Wife rang - Mr W fell yesterday, on floor for hours, ambulance came. Heels worse. Visit brought forward.', contacts: [c('family', 'in', 'phone-call')], concerns: ['injury'] },
    { id: 'dn13', d: '2023-07-21', type: 'Home visit', who: 'K Marsh, DN', text: 'L heel now Cat 3 (eschar), R heel Cat 2, sacrum Cat 3 4 x 3cm. Bruise R hip. Heel boots in use. Datix completed for deterioration.', contacts: [HV], concerns: ['injury'] },
    { id: 'dn14', d: '2023-08-18', type: 'Admin', who: 'K Marsh, DN', text: 'Wife phoned - Mr W admitted to SGH overnight with fractured hip. Visits on hold.', contacts: [c('family', 'in', 'phone-call')], concerns: ['injury'] },
    { id: 'dn15', d: '2023-09-13', type: 'Admin', who: 'DN team admin', text: 'Notified by SGH discharge hub that Mr W now resident at Marram House Nursing Home (own nursing staff). Discharged from DN caseload.', contacts: [c('other', 'in', 'notification')], concerns: [] },
  ] },
  { heading: 'TISSUE VIABILITY SERVICE (Coastlands CH - community TVN)', rows: [
    { id: 'tv1', d: '2023-10-05', type: 'Referral', who: 'TVN admin', text: 'Referral recieved by email from Marram House Nursing Home - sacral PU Cat 3 not healing, request TVN review. Triaged routine (P3) - current wait approx 6-8 wks.', contacts: [c('other', 'in', 'referral')], concerns: ['injury'] },
    { id: 'tv2', d: '2023-10-05', type: 'Letter', who: 'TVN admin', text: 'Acknowledgement letter sent to Marram House - placed on waiting list.', contacts: [c('other', 'out', 'letter')], concerns: [] },
    { id: 'tv3', d: '2023-11-13', type: 'Telephone', who: 'TVN admin', text: 'Marram House nurse rang - wound now ?Cat 4, bone visible, malodorous. Re-triaged URGENT by S Lindqvist.', contacts: [c('other', 'in', 'phone-call')], concerns: ['injury'] },
    { id: 'tv4', d: '2023-11-14', type: 'Visit (nursing home)', who: 'S Lindqvist, Clinical Nurse Specialist TV', text: 'Seen at Marram House. Cat 4 sacral PU 6 x 5cm, necrotic base, bone palpable. L heel Cat 3. No TVN plan from SGH available to NH on admission - NH had been using own dressing regime. New plan left, dynamic mattress upgraded.', contacts: [HV], concerns: ['injury'] },
    { id: 'tv5', d: '2023-11-14', type: 'Safeguarding', who: 'S Lindqvist, CNS TV', text: "Safeguarding concern submitted to Adults' Health and Care (online) re Cat 4 pressure ulcer / delay in escalation.", contacts: [c('asc', 'out', 'referral')], concerns: ['injury'] },
    { id: 'tv6', d: '2023-11-14', type: 'Email', who: 'S Lindqvist, CNS TV', text: 'Emailed GP (Saltmere Quay) - wound findings, ?osteomyelitis, request bloods/CRP and antibiotic review.', contacts: [c('gp', 'out', 'email')], concerns: ['injury'] },
    { id: 'tv7', d: '2023-11-28', type: 'Review (nursing home)', who: 'S Lindqvist, CNS TV', text: 'Reviewed at Marram House. Cat 4 sacrum, no improvement. Poor oral intake. Plan weekly review.', contacts: [HV], concerns: ['injury'] },
  ] },
];
for (const s of dnSections) for (const r of s.rows) {
  const date = r.date || day(isoToDMY(r.d, true), r.d);
  if (!r.date) r.raw = isoToDMY(r.d, true); else r.raw = r.date.raw;
  add(F.dn, { id: r.id, agency: 'other', date, time: null, text: [r.type, r.who, r.text].join(' | '), contacts: r.contacts, concerns: r.concerns });
}

function cellP(text, opts = {}) {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: !!opts.bold, size: 18 })] })],
    rowSpan: opts.rowSpan, columnSpan: opts.columnSpan,
    shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.shade } : undefined,
    width: opts.w ? { size: opts.w, type: WidthType.DXA } : undefined,
  });
}
async function writeDn() {
  const W = [1400, 1800, 2000, 8200];
  const rows = [new TableRow({ tableHeader: true, children: ['Date', 'Visit type', 'Clinician', 'Findings / Plan'].map((h, i) => cellP(h, { bold: true, shade: 'D9E2F3', w: W[i] })) })];
  for (const s of dnSections) {
    rows.push(new TableRow({ children: [cellP(s.heading, { bold: true, columnSpan: 4, shade: 'EDEDED' })] }));
    // group consecutive rows with identical raw date into one vertically merged date cell
    let i = 0;
    while (i < s.rows.length) {
      let j = i;
      while (j + 1 < s.rows.length && s.rows[j + 1].raw === s.rows[i].raw) j++;
      const span = j - i + 1;
      for (let k = i; k <= j; k++) {
        const r = s.rows[k];
        const cells = [];
        if (k === i) cells.push(cellP(r.raw, { rowSpan: span > 1 ? span : undefined, w: W[0] }));
        cells.push(cellP(r.type, { w: W[1] }), cellP(r.who, { w: W[2] }), cellP(r.text, { w: W[3] }));
        rows.push(new TableRow({ children: cells }));
      }
      i = j + 1;
    }
  }
  const doc = new Document({
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        new Paragraph({ children: [new TextRun({ text: 'Coastlands Community Health NHS Trust', bold: true, size: 28 })] }),
        new Paragraph({ children: [new TextRun({ text: 'Saltmere Neighbourhood Nursing Team and Community Tissue Viability Service', size: 22 })] }),
        new Paragraph({ children: [new TextRun({ text: 'Single agency chronology - Mr W - Hamblemouth Safeguarding Adults Board, Safeguarding Adults Review', size: 22 })] }),
        new Paragraph({ children: [new TextRun({ text: 'Compiled by: Named Nurse, Safeguarding Adults. Source: SystmOne community unit. Abbreviations: PU = pressure ulcer, HCSW = healthcare support worker, SPA = single point of access, ICES = community equipment service.', size: 18, italics: true })] }),
        new Paragraph({ text: '' }),
        new Table({ rows, columnWidths: W, width: { size: W.reduce((a, b) => a + b, 0), type: WidthType.DXA } }),
        new Paragraph({ text: '' }),
        new Paragraph({ children: [new TextRun({ text: 'No DN contact between discharge from caseload and the TVN referral (Mr W resident in a nursing home with registered nurses).', size: 18, italics: true })] }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, F.dn), await Packer.toBuffer(doc));
}

// =============================================================== 3. ASC (csv)
// Contact date | Contact reason | Contact type | Team | Worker | Case note | Outcome
const ascRows = [
  { id: 'asc1', dt: '2023-01-16 10:04:00', reason: 'New referral', type: 'Referral - health', team: "Adults' Contact Team (ACT)", worker: 'ACT Adviser 2',
    note: "Referral from Dr Okafor, Saltmere Quay Surgery: 79yo man, Alzheimer's dementia, increasing needs, wife is main carer and has own health problems (COPD). Requests Care Act assessment. Tel to Mrs W - agrees to assessment.", outcome: 'Passed to Saltmere Community Team for allocation',
    contacts: [c('gp', 'in', 'referral'), c('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { id: 'asc2', dt: '2023-02-07 14:00:00', reason: 'Care Act assessment', type: 'Home visit', team: 'Saltmere Community Team', worker: 'SW1 (Care Manager)',
    note: "Assessment completed at home with Mr and Mrs W, daughter (lives in Kelmington) joined on speakerphone. Dementia progressing; Mr W needs prompting and hands-on help with all personal care, mobilises with frame, poor sleep, up in the night. Mrs W (81, COPD) does everything and says she is 'managing'. Eligible needs under Care Act. Carer's assessment offered to Mrs W - she wants to think about it, SW1 to send carers info pack.", outcome: 'Eligible - POC 2 calls daily to be commissioned',
    contacts: [c('family', 'out', 'assessment')], concerns: ['parental-mental-health'] },
  { id: 'asc3', dt: '2023-02-20 11:31:00', reason: 'Commissioning', type: 'Brokerage', team: 'Brokerage Team', worker: 'Broker 1',
    note: 'POC sourced with Brightwater Home Care Ltd - 2 calls per day, single carer (AM 45 mins, PM 30 mins), start 27/02/2023. Support plan sent to provider.', outcome: 'Package commissioned',
    contacts: [c('other', 'out', 'referral')], concerns: [] },
  { id: 'asc4', dt: '2023-03-13 09:15:00', reason: 'Case management', type: 'Case note', team: 'Saltmere Community Team', worker: 'SW1 (Care Manager)',
    note: 'Case transferred to Review Team - 6 week review due. Carers pack not yet sent, task re-set.', outcome: 'Transferred',
    contacts: [], concerns: [] },
  { id: 'asc5', dt: '2023-04-11 15:40:00', reason: 'Review', type: 'Telephone', team: 'Review Team (South)', worker: 'Reviewing Officer 2',
    note: "6 week review by phone with Mrs W. Calls going well - 'lovely girls'. No changes requested. Mrs W declined carer's assessment at present. Next review 12 months.", outcome: 'Review complete - no change',
    contacts: [c('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'asc6', dt: '2023-06-09 12:47:00', reason: 'Request for review', type: 'Email - health', team: "Adults' Contact Team (ACT)", worker: 'ACT Adviser 4',
    note: 'Email from DN (K Marsh, Coastlands CH): requests review of POC - Cat 3 pressure ulcer, needs 4 calls and 2 carers for repositioning, wife struggling.', outcome: 'Passed to Review Team - priority 3 (routine), added to waiting list',
    contacts: [c('other', 'in', 'email')], concerns: ['injury', 'other'] },
  { id: 'asc7', dt: '2023-06-13 16:05:00', reason: 'Concern from public', type: 'Telephone - public', team: "Adults' Contact Team (ACT)", worker: 'ACT Adviser 1',
    note: "Call from neighbour of Mr & Mrs W. Worried about Mrs W - looks exhausted, 'at the end of her tether'. Says a man called Mr R, 'a friend from church', visits most days, takes Mrs W to the cashpoint and she thinks he has Mr W's bank card. Says Mr R tells the carers not to come on Sundays. Advised caller we cannot share information. Noted on file for Review Team awareness.", outcome: 'Information and advice',
    contacts: [c('family', 'in', 'phone-call')], concerns: ['exploitation', 'other', 'non-engagement'] },
  { id: 'asc8', dt: '2023-07-11 08:52:00', reason: 'Police notification', type: 'Notification - police', team: "Adults' Contact Team (ACT)", worker: 'ACT Adviser 3',
    note: "Adult at risk notification rec'd from Hamblemouth Constabulary (ref HC-23-118204): at 02:35 on 10/07 Mr W found by patrol walking in Quay Road in nightwear, cold and confused (known dementia), returned home. Mrs W had been asleep and did not know he had gone out - officers note she 'appeared exhausted'. Herbert Protocol form left with wife.", outcome: 'For screening',
    contacts: [c('police', 'in', 'notification')], concerns: ['parental-mental-health', 'missing', 'other'] },
  { id: 'asc9', dt: '2023-07-11 14:20:00', reason: 'Police notification', type: 'Telephone', team: "Adults' Contact Team (ACT)", worker: 'ACT Adviser 3',
    note: "T/c Mrs W - says husband got out because back door was left unlocked, it won't happen again. Says she is coping. Advised key safe / door sensor via Telecare. Has POC in place.", outcome: 'NFA - closed',
    contacts: [c('family', 'out', 'phone-call')], concerns: [] },
  { id: 'asc10', dt: '2023-07-19 17:42:00', reason: 'Safeguarding concern', type: 'Safeguarding - health', team: "Adults' Contact Team (ACT)", worker: 'ACT Adviser 2',
    note: 'Safeguarding concern (online form) from South Coast Ambulance Service crew: fall at home, estimated 4 hr long lie, found soiled, both heels red/broken, wife unable to lift or care for him and says she is not coping. Crew concerned about carer breakdown and neglect.', outcome: 'For triage',
    contacts: [c('ambulance', 'in', 'referral')], concerns: ['injury', 'neglect', 'other'] },
  { id: 'asc11', dt: '2023-07-20 10:10:00', reason: 'Safeguarding concern', type: 'Triage decision', team: "Adults' Contact Team (ACT)", worker: 'Senior Practitioner 1 (ACT)',
    note: 'Triage: does not meet s42 criteria - Mr W has package of care in place and DN involved; issues are care management rather than abuse/neglect. Concern forwarded to Brightwater to review calls. Referrer not updated.', outcome: 'Closed at triage - NFA',
    contacts: [c('other', 'out', 'email')], concerns: [] },
  { id: 'asc12', dt: '2023-08-18 15:36:00', reason: 'Safeguarding concern', type: 'Safeguarding - health', team: 'Hospital Social Work Team (SGH)', worker: 'HSW1',
    note: 'Safeguarding concern from SGH (Ward 7 / Trust Safeguarding Adults Team): Mr W admitted today with fractured NOF after fall at home; on admission Cat 3 sacral PU, Cat 3 L heel, Cat 2 R heel, dehydrated and soiled. Concern re neglect at home (care provider / wife).', outcome: 'Meets s42(1) - enquiry opened',
    contacts: [c('other', 'in', 'referral')], concerns: ['injury', 'neglect'] },
  { id: 'asc13', dt: '2023-08-23 13:00:00', reason: 's42 enquiry', type: 'Meeting', team: 'Adult Safeguarding Team (Saltmere)', worker: 'Enquiry Officer 1 (EO1)',
    note: 's42 planning meeting (Teams). Present: EO1 (chair, AHC), Safeguarding Adults Nurse (SGH), Ward Sister (Ward 7, SGH). Discussed pressure ulcers present on admission and condition on arrival. Agreed: EO1 to obtain hospital records and speak to provider. Mr W lacks capacity re care - daughter to be kept informed.', outcome: 'Enquiry plan agreed',
    contacts: [c('other', 'both', 'conference')], concerns: ['injury'] },
  { id: 'asc14', dt: '2023-08-30 15:25:00', reason: 's42 enquiry', type: 'Telephone', team: 'Adult Safeguarding Team (Saltmere)', worker: 'EO1',
    note: "T/c Brightwater Registered Manager - states calls were delivered as commissioned (2 per day); carers had 'mentioned' redness to wife; repositioning was not commissioned.", outcome: 'Information gathered',
    contacts: [c('other', 'out', 'phone-call')], concerns: ['injury'] },
  { id: 'asc15', dt: '2023-09-05 10:30:00', reason: 's42 enquiry', type: 'Telephone - family', team: 'Adult Safeguarding Team (Saltmere)', worker: 'EO1',
    note: "Daughter rang. Says parents' bank statements show approx £3,400 in cash withdrawals Apr-Aug that her mother can't account for; a Mr R (family friend) has been 'helping' with the cash card. She has asked him to return the card. EO1 advised daughter to report to the bank and the police.", outcome: 'Advice given',
    contacts: [c('family', 'in', 'phone-call')], concerns: ['exploitation'] },
  { id: 'asc16', dt: '2023-09-08 12:15:00', reason: 'Hospital discharge', type: 'Referral - health', team: 'Hospital Social Work Team (SGH)', worker: 'HSW1',
    note: 'D2A referral rec\'d from SGH Ward 7 - Pathway 3 (nursing). Medically fit. Needs hoist and 2 carers, wound care. Daughter agrees nursing home.', outcome: 'Brokerage request sent',
    contacts: [c('other', 'in', 'referral')], concerns: [] },
  { id: 'asc17', dt: '2023-09-12 14:00:00', reason: 'Hospital discharge', type: 'Meeting', team: 'Hospital Social Work Team (SGH)', worker: 'HSW1',
    note: 'Discharge planning meeting on Ward 7. Present: HSW1, Ward Sister, physiotherapist, Marram House Nursing Home manager (by phone), daughter. Needs, wounds and equipment discussed; Marram House accepted. Agreed discharge 13/09 (D2A, 4 weeks funded).', outcome: 'Discharge agreed',
    contacts: [c('other', 'both', 'conference'), c('family', 'both', 'conference')], concerns: ['injury'] },
  { id: 'asc18', dt: '2023-09-13 10:02:00', reason: 'Commissioning', type: 'Brokerage', team: 'Brokerage Team', worker: 'Broker 3',
    note: 'D2A placement at Marram House Nursing Home from 13/09/2023 (4 wks). Brightwater package ended - provider notified.', outcome: 'Placement commissioned',
    contacts: [c('other', 'out', 'referral'), c('other', 'out', 'notification')], concerns: [] },
  { id: 'asc19', dt: '2023-09-19 16:10:00', reason: 's42 enquiry', type: 'Outcome', team: 'Adult Safeguarding Team (Saltmere)', worker: 'EO1',
    note: 'Enquiry concluded. Neglect (acts of omission) partially substantiated re care at home - carer strain, POC insufficient for needs. Risk now managed - Mr W in nursing care. Recommendation: provider to review skin reporting. Financial concerns: daughter to take up with bank, advised re deputyship. Outcome letter to daughter.', outcome: 'Concluded - risk removed',
    contacts: [c('family', 'out', 'letter')], concerns: ['neglect', 'exploitation', 'other'] },
  { id: 'asc20', dt: '2023-09-26 11:12:00', reason: 'Carers', type: 'Telephone - family', team: 'Review Team (South)', worker: 'Reviewing Officer 2',
    note: "Daughter rang asking why her mother never had a carer's assessment - says the GP wrote to us in July asking for one. No record found on system of any request from GP. Carer's assessment offered for Mrs W - visit booked 10/10.", outcome: "Carer's assessment booked",
    contacts: [c('family', 'in', 'phone-call')], concerns: [] },
  { id: 'asc21', dt: '2023-10-10 10:30:00', reason: 'Carers', type: 'Home visit', team: 'Review Team (South)', worker: 'Reviewing Officer 2',
    note: "Carer's assessment visit - no reply at address. Card left.", outcome: 'No access',
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { id: 'asc22', dt: '2023-10-11 09:05:00', reason: 'Review', type: 'Case note', team: 'Review Team (South)', worker: 'Reviewing Officer 2',
    note: "Funding panel agreed long term nursing placement at Marram House. Carer's assessment not rebooked as Mrs W no longer in caring role. Case closed to Review Team.", outcome: 'Closed',
    contacts: [], concerns: [] },
  { id: 'asc23', dt: '2023-10-19 16:48:00', reason: 'Provider notification', type: 'Notification - provider', team: "Adults' Contact Team (ACT)", worker: 'ACT Adviser 1',
    note: 'Provider concern form from Marram House: unwitnessed fall from chair 19/10 approx 13:50, no injury found, ambulance attended - not conveyed. NH has informed daughter and GP; falls risk assessment updated, sensor mat in place.', outcome: 'Logged - provider managing, no further action',
    contacts: [c('other', 'in', 'notification')], concerns: ['injury'] },
  { id: 'asc24', dt: '2023-11-14 15:55:00', reason: 'Safeguarding concern', type: 'Safeguarding - health', team: "Adults' Contact Team (ACT)", worker: 'Senior Practitioner 1 (ACT)',
    note: 'Safeguarding concern from Coastlands CH TVN: Cat 4 sacral pressure ulcer at Marram House, delay in escalation. Meets s42 criteria - passed to Adult Safeguarding Team.', outcome: 's42 enquiry opened (provider)',
    contacts: [c('other', 'in', 'referral')], concerns: ['injury'] },
  { id: 'asc25', dt: '2023-11-21 11:00:00', reason: 's42 enquiry', type: 'Visit - provider', team: 'Adult Safeguarding Team (Saltmere)', worker: 'Enquiry Officer 2 (EO2)',
    note: 'Visit to Marram House, seen Mr W in bed, and reviewed records with manager. NH sent TVN referral early Oct and did not chase until wound deteriorated mid Nov. NH says no wound care plan or TVN notes came from SGH on discharge - own regime started without baseline.', outcome: 'Enquiry ongoing',
    contacts: [c('other', 'out', 'other'), HV], concerns: ['injury'] },
  { id: 'asc26', dt: '2023-12-29 09:40:00', reason: 'Notification', type: 'Notification - health', team: 'Adult Safeguarding Team (Saltmere)', worker: 'EO2',
    note: 'SGH Safeguarding Adults Team notified that Mr W died on Nelson Ward this morning - sepsis from infected sacral pressure ulcer. Referred to coroner by hospital. SAR referral to be considered by SAB.', outcome: 'Open s42 - for SAR referral',
    contacts: [c('other', 'in', 'notification')], concerns: ['injury'] },
];
for (const r of ascRows) {
  const iso = r.dt.slice(0, 10);
  add(F.asc, { id: r.id, agency: 'asc', date: day(r.dt, iso), time: r.dt.slice(11, 16), text: [r.reason, r.type, r.team, r.worker, r.note, r.outcome].join(' | '), contacts: r.contacts, concerns: r.concerns });
}
function csvCell(s) { return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function writeAsc() {
  const lines = [
    'Report: SAR Chronology Extract - Contacts and Case Notes (Person ID 7719042)',
    'Run date: 09/02/2024 14:22 by: AHC Business Intelligence',
    'Filter: Person = Mr W; Contact date between 01/01/2023 and 31/12/2023; Note types = All',
    ['Contact date', 'Contact reason', 'Contact type', 'Team', 'Worker', 'Case note', 'Outcome'].map(csvCell).join(','),
  ];
  for (const r of ascRows) lines.push([r.dt, r.reason, r.type, r.team, r.worker, r.note, r.outcome].map(csvCell).join(','));
  fs.writeFileSync(path.join(OUT, F.asc), lines.join('\r\n') + '\r\n');
}

// =============================================================== 4. HOSPITAL (txt discharge summaries)
// Each letter: header lines (not entries), "Date of admission:" line (entry), "Date of discharge:" line + following
// block lines (one entry), "Clinical course:" heading, then dated sentences (one entry each).
const letters = [
  {
    header: [
      'HAMBLEMOUTH HOSPITALS NHS FOUNDATION TRUST',
      'Saltmere General Hospital, Quayside Road, Saltmere',
      'INPATIENT DISCHARGE SUMMARY (copy supplied to Hamblemouth SAB for SAR)',
      'Patient: Mr W     Hosp No: S0447120     Age: 79',
      'Ward: Nelson Ward (Care of Older People)     Consultant: Dr M Ferreira',
    ],
    adm: { id: 'h1', iso: '2023-05-03', contacts: [c('family', 'in', 'attendance')], concerns: [] },
    dis: { id: 'h2', iso: '2023-05-09', suffix: '', block: [
      'Discharge destination: Usual place of residence (lives with wife) - existing package of care restarted.',
      "Diagnosis: Urinary tract infection (E. coli) with delirium, on background of Alzheimer's dementia. Category 2 pressure ulcer to sacrum (present on admission).",
      'Care needs on discharge: Now requires assistance of 2 for transfers. Recommend increase in package of care to 4 calls daily with repositioning 2-4 hourly; pressure relieving mattress; continence review.',
      'GP actions: Please refer to District Nursing for sacral wound care. Please review package of care.',
      'Information shared: Discharge summary to GP (electronic). Package of care restart notification to provider (Brightwater) via Discharge Hub.',
    ], contacts: [c('gp', 'out', 'letter'), c('other', 'out', 'notification')], concerns: ['parental-mental-health', 'injury'] },
    course: [
      { id: 'h3', raw: '04/05', iso: '2023-05-04', text: 'On 04/05 reviewed by the ward TVN link nurse: Category 2 pressure ulcer to sacrum 2 x 1.5 cm, Waterlow 20 (high risk); SSKIN bundle, repositioning chart and dynamic mattress commenced. IV gentamicin switched to oral nitrofurantoin.', contacts: [], concerns: ['injury'] },
      { id: 'h4', raw: '06/05', iso: '2023-05-06', text: 'On 06/05 delirium settling; physiotherapy assessment - mobilising short distances with frame, needs assistance of 2 for transfers and sit to stand.', contacts: [], concerns: ['parental-mental-health'] },
      { id: 'h5', raw: '07/05', iso: '2023-05-07', text: "Wife visited on 07/05 and told nursing staff she was 'worn out' and did not know how she would manage him at home; a referral to the Hospital Social Work Team was discussed but not made as Mr W was returning to his existing package of care.", contacts: [c('family', 'in', 'attendance')], concerns: ['other'] },
      { id: 'h6', raw: '08/05', iso: '2023-05-08', text: 'Medically optimised on 08/05 and TTOs prepared.', contacts: [], concerns: [] },
    ],
  },
  {
    header: [
      'HAMBLEMOUTH HOSPITALS NHS FOUNDATION TRUST',
      'Saltmere General Hospital, Quayside Road, Saltmere',
      'INPATIENT DISCHARGE SUMMARY (copy supplied to Hamblemouth SAB for SAR)',
      'Patient: Mr W     Hosp No: S0447120     Age: 79',
      'Ward: Ward 7 (Trauma & Orthopaedics), orthogeriatric shared care     Consultant: Mr P Adebayo',
    ],
    adm: { id: 'h7', iso: '2023-08-18', contacts: [c('family', 'in', 'attendance')], concerns: [] },
    dis: { id: 'h8', iso: '2023-09-13', suffix: '', block: [
      'Discharge destination: Marram House Nursing Home, Saltmere - Discharge to Assess (Pathway 3).',
      "Diagnosis: Left intracapsular fractured neck of femur - hemiarthroplasty. Category 3 pressure ulcers sacrum and left heel, Category 2 right heel (present on admission). Post-operative delirium (resolved). Alzheimer's dementia.",
      'Mobility: hoist and 2 carers. Nil weight bearing restrictions.',
      'Wound care: as per TVN plan on ward EPR.',
      'Information shared: Discharge summary to GP (electronic). TTO medication and a copy of this summary sent with patient.',
    ], contacts: [c('gp', 'out', 'letter'), c('other', 'out', 'letter')], concerns: ['injury', 'parental-mental-health'] },
    course: [
      { id: 'h9', raw: '18/08', iso: '2023-08-18', text: 'On 18/08 Category 3 pressure ulcers to sacrum and left heel and a Category 2 to the right heel were documented on admission, with dehydration (Na 149) and the patient soiled; Datix completed and a safeguarding concern raised with Hamblemouth Adults\' Health and Care by the ward sister, copied to the Trust Safeguarding Adults Team.', contacts: [c('asc', 'out', 'referral')], concerns: ['injury', 'neglect'] },
      { id: 'h10', raw: '19/08', iso: '2023-08-19', text: 'On 19/08 underwent left hip hemiarthroplasty under spinal anaesthetic; post-operative delirium managed on the ward.', contacts: [], concerns: ['injury', 'parental-mental-health'] },
      { id: 'h11', raw: '23/08', iso: '2023-08-23', text: "On 23/08 the Safeguarding Adults Nurse and the Ward 7 sister attended a section 42 planning meeting (Teams) convened by Adults' Health and Care.", contacts: [c('asc', 'both', 'conference')], concerns: [] },
      { id: 'h12', raw: '24/08', iso: '2023-08-24', text: 'On 24/08 TVN review: sacrum Category 3, 5 x 4 cm with 40% slough; left heel Category 3 with eschar; wound care plan written (Aquacel Ag+ and foam, change 3-daily, heels offloaded) and filed on EPR.', contacts: [], concerns: ['injury'] },
      { id: 'h13', raw: '08/09', iso: '2023-09-08', text: 'On 08/09 medically fit for discharge; referred to the Hospital Social Work Team for Discharge to Assess, Pathway 3 (nursing).', contacts: [c('asc', 'out', 'referral')], concerns: [] },
      { id: 'h14', raw: '12/09', iso: '2023-09-12', text: "A discharge planning meeting was held on 12/09 with the hospital social worker, ward sister, physiotherapist, Mr W's daughter and the Marram House manager (by telephone); Marram House accepted Mr W.", contacts: [c('asc', 'both', 'conference'), c('other', 'both', 'conference'), c('family', 'both', 'conference')], concerns: [] },
    ],
  },
  {
    header: [
      'HAMBLEMOUTH HOSPITALS NHS FOUNDATION TRUST',
      'Saltmere General Hospital, Quayside Road, Saltmere',
      'INPATIENT DISCHARGE SUMMARY - DECEASED PATIENT (copy supplied to Hamblemouth SAB for SAR)',
      'Patient: Mr W     Hosp No: S0447120     Age: 79',
      'Ward: Nelson Ward (Care of Older People)     Consultant: Dr M Ferreira',
    ],
    adm: { id: 'h15', iso: '2023-12-27', contacts: [c('family', 'in', 'attendance')], concerns: [] },
    dis: { id: 'h16', iso: '2023-12-29', suffix: ' (deceased - died on Nelson Ward at 04:10)', time: '04:10', block: [
      'Cause of death (MCCD not issued - referred to HM Coroner): 1a Sepsis; 1b Infected Category 4 sacral pressure ulcer with osteomyelitis; 2 Alzheimer\'s dementia, fractured neck of femur (operated).',
      'Information shared: Death notified to GP and to Marram House Nursing Home by telephone. Referred to HM Coroner. Trust Safeguarding Adults Team informed Adults\' Health and Care.',
    ], contacts: [c('gp', 'out', 'phone-call'), c('other', 'out', 'phone-call'), c('other', 'out', 'referral'), c('asc', 'out', 'notification')], concerns: ['injury', 'parental-mental-health'] },
    course: [
      { id: 'h17', raw: '28/12', iso: '2023-12-28', text: 'On 28/12, despite IV piperacillin-tazobactam and fluids, Mr W deteriorated; CT on admission had shown sacral osteomyelitis. His daughter attended and with the consultant a best interests decision was made for comfort care.', contacts: [c('family', 'in', 'attendance')], concerns: ['injury'] },
    ],
  },
];
const hospLines = [];
for (const L of letters) {
  hospLines.push('='.repeat(78), ...L.header, '');
  const admLine = `Date of admission: ${isoToDMY(L.adm.iso)}`;
  hospLines.push(admLine);
  add(F.hosp, { id: L.adm.id, agency: 'other', date: day(isoToDMY(L.adm.iso), L.adm.iso), time: null, text: admLine, contacts: L.adm.contacts, concerns: L.adm.concerns });
  const disLine = `Date of discharge: ${isoToDMY(L.dis.iso)}${L.dis.suffix}`;
  hospLines.push(disLine, ...L.dis.block, '');
  add(F.hosp, { id: L.dis.id, agency: 'other', date: day(isoToDMY(L.dis.iso), L.dis.iso), time: L.dis.time || null, text: [disLine, ...L.dis.block].join(' '), contacts: L.dis.contacts, concerns: L.dis.concerns });
  hospLines.push('Clinical course:');
  for (const s of L.course) add(F.hosp, { id: s.id, agency: 'other', date: day(s.raw, s.iso), time: null, text: s.text, contacts: s.contacts, concerns: s.concerns });
  hospLines.push(L.course.map((s) => s.text).join(' '), '');
}
function writeHosp() {
  const head = [
    'Hamblemouth Hospitals NHS Foundation Trust - return to Hamblemouth Safeguarding Adults Board',
    'SAR: Mr W. Discharge summaries for the three admissions in the review period, reproduced in date order.',
    '',
  ];
  fs.writeFileSync(path.join(OUT, F.hosp), [...head, ...hospLines].join('\n'));
}

// =============================================================== 5. AMBULANCE (docx -> pdf)
// CAD No | Date | Time | Cat | Caller | Clinical summary | Outcome | S/G referral (Y/N)
const ambRows = [
  { id: 'am1', cad: 'SC-230322-2217', d: '2023-03-22', t: '23:10', cat: 'Cat 5 (H&T)', caller: 'Wife (999)', summary: 'Husband with dementia agitated, will not settle, trying to leave the house. No injury, no fall. Clinical Support Desk advice to caller.', outcome: 'Hear and treat - advised to contact GP in the morning', sg: 'N',
    contacts: [c('family', 'in', 'phone-call')], concerns: ['parental-mental-health'] },
  { id: 'am2', cad: 'SC-230503-0412', d: '2023-05-03', t: '08:51', cat: 'Cat 3', caller: 'Care worker (999)', summary: '79M, known dementia, acutely confused, T 38.6, HR 104, ?urosepsis. Wife present, frail.', outcome: 'Conveyed SGH ED', sg: 'N',
    contacts: [c('other', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other')], concerns: ['parental-mental-health'] },
  { id: 'am3', cad: 'SC-230710-0039', d: '2023-07-10', t: '02:41', cat: 'Cat 3', caller: 'Police (Hamblemouth Constabulary)', summary: 'Police request - elderly male with dementia found walking in Quay Road in nightwear, ?injuries. Crew stood down 02:58 by police - no injuries, officers returning pt home.', outcome: 'Stood down - no attendance', sg: 'N',
    contacts: [c('police', 'in', 'phone-call')], concerns: ['parental-mental-health'] },
  { id: 'am4', cad: 'SC-230719-0588', d: '2023-07-19', t: '08:36', cat: 'Cat 3', caller: 'Care worker (999)', summary: 'Fall at home, long lie est. 4-5 hrs on bedroom floor, cold, soiled. Skin on both heels broken, sacral dressing soaked. No # found. Wife (81) unable to lift him, appears exhausted, states she is not coping. Lifted with ELK, full assessment.', outcome: 'Not conveyed - left with carer. ePCR copy to GP', sg: 'Y - safeguarding concern to Hamblemouth AHC (online) 17:30, carer breakdown / neglect',
    contacts: [c('other', 'in', 'phone-call'), c('family', 'out', 'other'), c('asc', 'out', 'referral'), c('gp', 'out', 'information-share')], concerns: ['injury', 'neglect', 'other'] },
  { id: 'am5', cad: 'SC-230818-0201', d: '2023-08-18', t: '05:58', cat: 'Cat 2', caller: 'Wife (999)', summary: 'Fall in night. On scene 07:46. L leg shortened and externally rotated ?#NOF. T 35.4, soiled, pressure damage heels and sacrum. Crew note previous S/G referral 19/07 - outcome unknown, no feedback on record. Concerns handed over to ED.', outcome: 'Conveyed SGH ED', sg: 'N (previous referral)',
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other'), c('ed', 'out', 'information-share')], concerns: ['injury', 'neglect'] },
  { id: 'am6', cad: 'SC-231019-1134', d: '2023-10-19', t: '14:12', cat: 'Cat 4', caller: 'Marram House NH (nurse)', summary: 'Unwitnessed fall from chair at nursing home, no head injury, obs within normal limits, no new injury. Known sacral PU - dressing in situ, NH managing. NH nurse confirmed ASC, GP and daughter informed by NH.', outcome: 'Not conveyed - left in care of NH', sg: 'N',
    contacts: [c('other', 'in', 'phone-call'), c('family', 'out', 'other'), c('other', 'in', 'information-share')], concerns: ['injury'] },
  { id: 'am7', cad: 'SC-231227-0307', d: '2023-12-27', t: '07:25', cat: 'Cat 2', caller: 'Marram House NH (nurse)', summary: 'Advanced dementia, reduced consciousness, hypotensive, T 39.2, NEWS2 9, ?sepsis - Cat 4 sacral wound malodorous. DNACPR in place. Pre-alert.', outcome: 'Conveyed SGH ED', sg: 'N',
    contacts: [c('other', 'in', 'phone-call'), c('family', 'out', 'other'), c('ed', 'out', 'other')], concerns: ['injury', 'parental-mental-health'] },
];
for (const r of ambRows) {
  add(F.amb, { id: r.id, agency: 'ambulance', date: day(isoToDMY(r.d), r.d), time: r.t, text: [r.cad, r.cat, r.caller, r.summary, r.outcome, r.sg].join(' | '), contacts: r.contacts, concerns: r.concerns });
}
async function writeAmb(tmp) {
  const W = [2000, 1200, 700, 900, 1500, 4900, 1700, 1700];
  const hdr = ['CAD No', 'Date', 'Time', 'Cat', 'Caller', 'Clinical summary / crew actions', 'Outcome', 'S/G referral (Y/N)'];
  const rows = [new TableRow({ tableHeader: true, children: hdr.map((h, i) => cellP(h, { bold: true, shade: 'E2EFD9', w: W[i] })) })];
  for (const r of ambRows) rows.push(new TableRow({ children: [r.cad, isoToDMY(r.d), r.t, r.cat, r.caller, r.summary, r.outcome, r.sg].map((x, i) => cellP(x, { w: W[i] })) }));
  const doc = new Document({
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        new Paragraph({ children: [new TextRun({ text: 'South Coast Ambulance Service NHS Foundation Trust', bold: true, size: 28 })] }),
        new Paragraph({ children: [new TextRun({ text: 'Patient Safety & Safeguarding Team - Incident summary for Safeguarding Adults Review (Hamblemouth SAB) - Patient: Mr W', size: 22 })] }),
        new Paragraph({ children: [new TextRun({ text: 'Source: CAD and ePCR. All incidents for the patient address and NHS number in the review period.', size: 18, italics: true })] }),
        new Paragraph({ text: '' }),
        new Table({ rows, columnWidths: W, width: { size: W.reduce((a, b) => a + b, 0), type: WidthType.DXA } }),
        new Paragraph({ text: '' }),
        new Paragraph({ children: [new TextRun({ text: 'H&T = hear and treat. ELK = emergency lifting cushion. S/G = safeguarding.', size: 16, italics: true })] }),
      ],
    }],
  });
  const p = path.join(tmp, 'scas-incident-summary.docx');
  fs.writeFileSync(p, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, p], { stdio: 'pipe' });
}

// =============================================================== 6. GP (docx narrative)
const gpRows = [
  { id: 'gp1', d: '2023-01-10', t: '09:12', who: 'Dr S Okafor (GP)', kind: 'Telephone consultation', body: "Wife (Mrs W) rang. Husband more muddled since Christmas, up in the night, tried to go out 'to work' at 3am. Known Alzheimer's dementia, on donepezil 10mg. Wife sounds tired. Will visit this week.", contacts: [c('family', 'in', 'phone-call')], concerns: ['parental-mental-health'] },
  { id: 'gp2', d: '2023-01-12', t: '14:40', who: 'Dr S Okafor (GP)', kind: 'Home visit', body: 'Seen at home with wife. Disorientated to time and place, 6CIT 24/28. Urine dip negative, no acute cause found. BP 138/76. Slow with frame, needs help with washing/dressing - wife doing all personal care despite her own COPD. With consent, referral emailed to Adults\' Health and Care (ACT) for Care Act assessment. Carers\' support leaflet given.', contacts: [HV, c('asc', 'out', 'referral')], concerns: ['parental-mental-health'] },
  { id: 'gp3', d: '2023-03-02', t: '11:05', who: 'J Tull (Practice Nurse)', kind: 'Housebound diabetic review', body: 'Reviewed at home. HbA1c 58. Feet checked - skin intact, dry heels, emollient advised. Carers from Brightwater now coming morning and evening.', contacts: [HV], concerns: [] },
  { id: 'gp4', d: '2023-04-18', t: '10:20', who: 'Dr L Pennington (GP)', kind: 'Surgery (Mrs W own appt - noted on husband\'s record with consent)', body: "Mrs W seen re her COPD. Tearful. Says she is exhausted, husband up 3-4 times a night, has not had a full night's sleep in months, 'don't know how much longer I can go on'. Advised to ask social services for a carer's assessment, Saltmere Carers Centre leaflet given.", contacts: [c('family', 'in', 'attendance')], concerns: ['other'] },
  { id: 'gp5', d: '2023-05-15', t: '12:30', who: 'Dr S Okafor (GP)', kind: 'Document / admin', body: 'Discharge summary rec\'d from SGH Nelson Ward (adm 03/05-09/05, UTI with delirium, Cat 2 PU sacrum). Letter asks GP to refer to DN and review package of care. DN referral sent via SPA today.', contacts: [c('other', 'in', 'letter'), c('other', 'out', 'referral')], concerns: ['injury', 'parental-mental-health'] },
  { id: 'gp6', d: '2023-06-08', t: '15:10', who: 'Dr S Okafor (GP)', kind: 'Home visit (joint with DN)', body: 'Joint visit with DN K Marsh. Sacral PU now Cat 3 with slough, heels red but blanching. No clinical signs of infection - no antibiotics. Mr W spends most of the day in his chair. Wife exhausted. DN increasing visits. Plan: ask ASC to review care package.', contacts: [HV, c('other', 'both', 'home-visit')], concerns: ['injury', 'other'] },
  { id: 'gp7', d: '2023-07-04', t: '09:40', who: 'Dr L Pennington (GP)', kind: 'Telephone consultation', body: "T/c from Mrs W. Very low, says she cannot manage any more, husband 'wet through' by morning and she cannot turn him. Letter emailed today to Adults' Health and Care ACT mailbox requesting urgent carer's assessment for Mrs W and review of husband's package of care.", contacts: [c('family', 'in', 'phone-call'), c('asc', 'out', 'email')], concerns: ['other', 'neglect'] },
  { id: 'gp8', d: '2023-07-20', t: '11:15', who: 'Dr S Okafor (GP)', kind: 'Document / admin', body: 'Ambulance ePCR copy received - fall at home, long lie approx 4 hrs, found soiled, heels broken. Crew have raised a safeguarding concern with ASC. Noted; DN aware.', contacts: [c('ambulance', 'in', 'information-share')], concerns: ['injury', 'neglect'] },
  { id: 'gp9', d: '2023-09-14', t: '09:50', who: 'Dr S Okafor (GP)', kind: 'Document / admin', body: 'SGH discharge summary rec\'d: L #NOF, hemiarthroplasty, Cat 3 PUs sacrum and L heel. Discharged to Marram House Nursing Home (within practice area - remains registered).', contacts: [c('other', 'in', 'letter')], concerns: ['injury'] },
  { id: 'gp10', d: '2023-09-21', t: '10:00', who: 'Dr T Adeyemi (GP)', kind: 'Nursing home visit (Marram House)', body: "New resident review. Settled, pleasantly confused. Sacral PU Cat 3, L heel Cat 3, R heel Cat 2. NH nurse reports no wound care plan, body map or TVN notes came with him from SGH - only TTO meds and the discharge letter. Advised NH to refer to community TVN.", contacts: [HV, c('other', 'in', 'information-share')], concerns: ['injury', 'parental-mental-health'] },
  { id: 'gp11', d: '2023-10-19', t: '15:30', who: 'Dr T Adeyemi (GP)', kind: 'Telephone (Marram House nurse)', body: 'NH nurse informed - unwitnessed fall from chair this afternoon, checked by ambulance crew, no injury. Falls plan reviewed, no change to meds.', contacts: [c('other', 'in', 'phone-call')], concerns: ['injury'] },
  { id: 'gp12', d: '2023-10-30', t: '16:20', who: 'Dr T Adeyemi (GP)', kind: 'Telephone (Marram House nurse)', body: 'NH nurse: TVN referral sent early October, no visit from TVN yet. Sacral wound deteriorating and malodorous. Doxycycline started. Advised NH to chase TVN.', contacts: [c('other', 'in', 'phone-call')], concerns: ['injury'] },
  { id: 'gp13', d: '2023-11-15', t: '11:30', who: 'Dr T Adeyemi (GP)', kind: 'Nursing home visit (Marram House)', body: 'TVN email rec\'d - Cat 4 sacral PU, ?osteomyelitis, safeguarding concern raised. Seen: frail, eating little. Bloods taken (CRP 142). Antibiotics changed. Discussed ceiling of care with daughter by phone - DNACPR completed.', contacts: [HV, c('other', 'in', 'email'), c('family', 'out', 'phone-call')], concerns: ['injury'] },
  { id: 'gp14', d: '2023-12-27', t: '12:10', who: 'Dr S Okafor (GP)', kind: 'Document / admin', body: 'SGH ED attendance notification: Mr W conveyed by ambulance from Marram House with ?sepsis, admitted.', contacts: [c('ed', 'in', 'notification')], concerns: [] },
  { id: 'gp15', d: '2023-12-29', t: '09:15', who: 'Dr S Okafor (GP)', kind: 'Telephone', body: 'Call from Nelson Ward, SGH: Mr W died on the ward in the early hours. Hospital referring to the coroner. Practice records updated.', contacts: [c('other', 'in', 'phone-call')], concerns: [] },
];
for (const r of gpRows) {
  r.head = `${isoToGp(r.d)} ${r.t} \u2013 ${r.who} \u2013 ${r.kind}`;
  add(F.gp, { id: r.id, agency: 'gp', date: day(isoToGp(r.d), r.d), time: r.t, text: `${r.head} ${r.body}`, contacts: r.contacts, concerns: r.concerns });
}
async function writeGp() {
  const children = [
    new Paragraph({ children: [new TextRun({ text: 'Saltmere Quay Surgery', bold: true, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: 'GP chronology - Mr W - for Hamblemouth Safeguarding Adults Board (SAR)', size: 22 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Prepared by: Safeguarding lead GP (Dr 3). Source: EMIS Web consultation record, relevant entries only. Background: Alzheimer\'s disease under memory service, type 2 diabetes, OA knees. Lives with wife (also a patient here); daughter lives out of area.', size: 18, italics: true })] }),
    new Paragraph({ text: '' }),
  ];
  for (const r of gpRows) {
    children.push(new Paragraph({ children: [new TextRun({ text: r.head, bold: true })], spacing: { before: 160 } }));
    children.push(new Paragraph({ children: [new TextRun({ text: r.body })] }));
  }
  children.push(new Paragraph({ text: '' }));
  children.push(new Paragraph({ children: [new TextRun({ text: 'End of GP chronology.', italics: true, size: 18 })] }));
  const doc = new Document({ sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, F.gp), await Packer.toBuffer(doc));
}

// =============================================================== duplicates
const R = (id) => { if (!byId[id]) throw new Error('no id ' + id); return byId[id]; };
const dupGroups = [
  ['dn7', 'gp6'],     // joint DN/GP visit 08/06/2023
  ['asc13', 'h11'],   // s42 planning meeting 23/08/2023
  ['asc17', 'h14'],   // discharge planning meeting 12/09/2023
];
for (const g of dupGroups) {
  const refs = g.map(R);
  const first = refs[0];
  for (const r of refs.slice(1)) entries.find((e) => e.ref === r).duplicateOf = first;
}

// =============================================================== gaps and decoys
const gaps = [
  { code: 'G1', from: 'other', to: ['gp'], anchors: ['dom6', 'dom8'],
    note: 'Brightwater carers recorded non-blanching redness (12/04) and then broken skin on the sacrum (24/04) but ticked "no concern raised" and left it to Mrs W to ring the GP; the GP record holds nothing about skin damage until the hospital letter in May (feet intact at the March review). Early pressure damage was not passed to the GP/community nursing.' },
  { code: 'G1', from: 'other', to: ['asc'], anchors: ['dom9', 'dom18', 'dom27'],
    note: 'Brightwater staff saw Mr R take the bank card and PIN (28/04), heard the neighbour\'s worry about money (13/06) and were told of £200 taken from the tin (13/08). Each was "told to office" only; no safeguarding concern about financial abuse was ever raised with Adults\' Health and Care.' },
  { code: 'G8', alsoAcceptable: ['G1'], from: 'other', to: ['asc'], anchors: ['dom4', 'dom5', 'dom7', 'dom14', 'dom16', 'dom17', 'dom19', 'dom21', 'dom23', 'dom26', 'asc14'],
    note: 'From March to August almost every Sunday morning call was cancelled by phone by the "family friend" Mr R, and one call met no access; the provider never escalated this pattern to the commissioner, and its Registered Manager told the s42 enquiry that calls were delivered as commissioned.' },
  { code: 'G1', alsoAcceptable: ['G5'], from: 'other', to: ['asc', 'other'], anchors: ['h2', 'h5', 'dom12', 'dn2'],
    note: 'The May discharge summary set out changed needs (2 for transfers, 4 calls a day, 2-4 hourly repositioning) and the ward heard Mrs W say she was worn out, but the plan went only to the GP; the provider got a plain "restart" notice ("no paperwork from hospital") and no referral was made to ASC or the hospital social work team.' },
  { code: 'G3', alsoAcceptable: ['G10'], from: 'other', to: ['asc'], anchors: ['dn8', 'asc6'],
    note: 'The DN emailed ASC on 08/06 asking for an urgent review of the care package (4 calls, 2 carers, carer strain). ASC logged it as a routine priority-3 review and put it on a waiting list; no review took place before the fall and fracture in August.' },
  { code: 'G3', alsoAcceptable: ['G10'], from: 'family', to: ['asc'], anchors: ['asc7'],
    note: 'The neighbour told ASC on 13/06 that Mrs W was at the end of her tether, that Mr R had Mr W\'s bank card and was stopping carers on Sundays. It was recorded as information and advice; no safeguarding concern was opened, no one contacted Mrs W, the provider or the daughter.' },
  { code: 'G7', from: 'asc', to: ['gp', 'other'], anchors: ['asc8', 'asc9'],
    note: 'After the police adult-at-risk notification (Mr W found in the road at night, wife exhausted) ASC closed the contact on Mrs W\'s word alone. No checks were made with the GP, the district nurses or the care provider, which would have shown the waiting-list DN request, the pressure ulcers and the neighbour\'s call.' },
  { code: 'G10', alsoAcceptable: ['G3'], from: 'ambulance', to: ['asc'], anchors: ['am4', 'asc10', 'asc11'],
    note: 'The ambulance crew raised a safeguarding concern about neglect and carer breakdown after a 4-5 hour long lie; ASC triage read it as a care-management matter because a package and DN were in place, closed it and only forwarded it to the provider.' },
  { code: 'G4', from: 'asc', to: ['ambulance'], anchors: ['asc11', 'am5'],
    note: 'ASC recorded that the referrer was not updated; the crew attending the fracture in August noted the outcome of their July referral was unknown, with no feedback on record.' },
  { code: 'G2', from: 'gp', to: ['asc'], anchors: ['gp7', 'asc20'],
    note: 'The GP emailed ASC on 04/07 asking for an urgent carer\'s assessment for Mrs W and a review of the package; ASC found no record of any GP request when the daughter asked in September. Mrs W never had a carer\'s assessment.' },
  { code: 'G6', from: 'asc', to: ['gp', 'other'], anchors: ['asc13', 'h11'],
    note: 'The s42 planning meeting about pressure ulcers present on admission involved only ASC and the hospital. The GP, the district nursing team and the care provider, who had seen the ulcers develop at home, were not part of it.' },
  { code: 'G1', alsoAcceptable: ['G3'], from: 'asc', to: ['police'], anchors: ['asc15', 'asc19'],
    note: 'The daughter reported about £3,400 of unexplained cash withdrawals linked to Mr R. ASC told her to go to the bank and police herself and closed the enquiry; it did not report the suspected financial abuse to the police or widen the s42 enquiry, despite the neighbour\'s June call.' },
  { code: 'G9', alsoAcceptable: ['G5', 'G1'], from: 'other', to: ['other'], anchors: ['h8', 'gp10', 'asc25', 'tv4'],
    note: 'On transfer to Marram House the hospital sent the discharge letter and medicines but not the TVN wound care plan ("as per TVN plan on ward EPR"); the nursing home started its own regime without a baseline.' },
  { code: 'G3', alsoAcceptable: ['G10'], from: 'other', to: ['other'], anchors: ['tv1', 'tv2', 'gp12', 'asc25'],
    note: 'Marram House referred the deteriorating sacral ulcer to the community TVN service on 05/10. It was acknowledged and triaged routine with a 6-8 week wait; nobody saw Mr W until the wound was Category 4 in mid-November. The nursing home did not escalate until then and the GP only advised it to chase.' },
].map((g, i) => ({ id: `SALT-G${pad(i + 1)}`, code: g.code, ...(g.alsoAcceptable ? { alsoAcceptable: g.alsoAcceptable } : {}), from: g.from, to: g.to, anchors: g.anchors.map(R), note: g.note }));

const decoys = [
  { looksLike: ['G2', 'G3'], refs: ['gp5', 'dn1', 'dn2'], note: 'The GP\'s DN referral of 15/05 was logged by the DN service the same day and Mr W was seen two days later.' },
  { looksLike: ['G6'], refs: ['asc17', 'h14'], note: 'The discharge planning meeting of 12/09 included the ward, the hospital social worker (ASC), the receiving nursing home and the daughter: everyone needed for that decision.' },
  { looksLike: ['G1'], refs: ['am6', 'asc23', 'gp11'], note: 'The crew raised no safeguarding referral after the fall at Marram House on 19/10, but the nursing home had already notified ASC, the GP and the daughter (all recorded); there was no injury.' },
].map((d, i) => ({ id: `SALT-D${pad(i + 1)}`, looksLike: d.looksLike, refs: d.refs.map(R), note: d.note }));

// =============================================================== write everything
const conventions = {
  agencies: 'Brightwater Home Care (domiciliary care), Coastlands Community Health district nursing and community tissue viability, Saltmere General Hospital wards (Nelson Ward, Ward 7, discharge hub, hospital safeguarding team) and Marram House Nursing Home are all "other". Saltmere General ED (as a destination of ambulance conveyance and sender of ED attendance notifications) is "ed". Hamblemouth Adults\' Health and Care (incl. Hospital Social Work Team, brokerage, safeguarding team) is "asc". Neighbour, daughter, Mrs W and the "family friend" Mr R are "family". No MASH in this area: the ASC front door (ACT) is asc.',
  hospitalLetters: 'In the hospital text file, header lines (trust name, patient, ward/consultant) are not entries. Each "Date of admission:" line is one entry. Each "Date of discharge:" line plus the block lines under it up to "Clinical course:" is one entry. Each dated sentence of the clinical course starts a new entry.',
  domCareLog: 'Rows with no date, a time and "cont." text are continuations of the row above (the carer\'s later addendum). Entry text = the non-date, non-time cells joined with " | ", plus any continuation text. Time = "Time in"; cancelled calls have no time.',
  dnTable: 'The Date cell is merged vertically over 2-3 rows where several records fall on one day; each row is its own entry carrying that date. Section rows (DISTRICT NURSING / TISSUE VIABILITY) are headings.',
  ascCsv: 'Three preamble lines before the header; date-times are "YYYY-MM-DD hh:mm:ss"; raw is the full cell, time its hh:mm.',
  tables: 'For every table file the entry text is the text cells (not the date or time cells) joined with " | ".',
  concerns: 'Dementia, confusion, delirium and agitation of Mr W are tagged parental-mental-health (the subject\'s own). Falls and pressure damage are injury. Mrs W\'s exhaustion / carer strain is "other". Left wet/soiled, no pads, long lie with unmet care needs are neglect. Cash, bank card and PIN taken by Mr R are exploitation. Mr R cancelling calls, no access and refusals are non-engagement. Found walking in the street at night and returned by police (Herbert Protocol) is missing.',
  contacts: 'Crew attending the address: family/out/other; conveyance to ED: ed/out/other. Care calls and DN/TVN visits (including at the nursing home): family/out/home-visit. Calls from Mr R cancelling care: family/in/phone-call.',
};
const gold = {
  case: CASE,
  title: 'SAR: Mr W (79), advancing dementia, pressure ulcers, fall and hip fracture, death in hospital - Saltmere, Hamblemouth',
  reviewType: 'sar',
  reviewPeriod: { from: '2023-01-01', to: '2023-12-31' },
  conventions,
  files: [
    { file: F.dom, agency: 'other', format: 'xlsx' },
    { file: F.dn, agency: 'other', format: 'docx' },
    { file: F.asc, agency: 'asc', format: 'csv' },
    { file: F.hosp, agency: 'other', format: 'txt' },
    { file: F.amb, agency: 'ambulance', format: 'pdf' },
    { file: F.gp, agency: 'gp', format: 'docx' },
  ],
  entries: FILE_ORDER.flatMap((f) => entries.filter((e) => e.file === f)).map((e) => {
    const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time, text: e.text, contacts: e.contacts, concerns: e.concerns };
    if (e.duplicateOf) o.duplicateOf = e.duplicateOf;
    return o;
  }),
  gaps,
  duplicates: dupGroups.map((g) => g.map(R)),
  decoys,
};

const readme = `# ${CASE}

Invented safeguarding adults review (SAR) for Hamblemouth Safeguarding Adults Board (fictional south-coast county).
All people, places and services are made up.

## The case
- **Mr W**, 79, advancing Alzheimer's dementia, type 2 diabetes, lives in a bungalow in Saltmere with **Mrs W** (81, COPD),
  his only carer. **Daughter** lives far away in Kelmington. A **neighbour** worries about them. **Mr R**, a "family friend"
  from church, takes over the money and cancels Sunday care calls.
- Review period 01/01/2023 - 31/12/2023. The GP refers to ASC; a Care Act assessment (Feb) gives 2 calls a day from
  Brightwater Home Care, and a carer's assessment is "offered" but never done. Pressure damage starts under the care agency
  (April) and gets worse after a hospital stay in May. The discharge plan (4 calls, 2 carers, repositioning) goes only to the GP.
  The DN asks ASC for an urgent review (June) and it goes onto a routine waiting list. The neighbour rings ASC about
  exhaustion and money (June): logged as information only. Police find Mr W in the road at night (July): ASC closes the case
  after one call to Mrs W. An ambulance crew raises a safeguarding concern after a long lie (July), and ASC closes it at
  triage. The GP's email asking for a carer's assessment is lost. A fall and hip fracture follow (August), then an s42
  enquiry with the hospital only, and discharge to Marram House Nursing Home (September) without the wound care plan.
  The nursing home's tissue-viability referral waits six weeks. Category 4 ulcer, sepsis, death on 29/12/2023.

## Files
| file | agency id | layout |
|---|---|---|
| ${F.dom} | other (domiciliary care provider) | Excel visit log re-saved through LibreOffice; 3 title lines, header row, real Excel dates and hh:mm times, "cont." continuation rows (time + text only), one blank row, second sheet "Carer key" |
| ${F.dn} | other (community health: DN + TVN) | Word table Date / Visit type / Clinician / Findings / Plan; date cells vertically merged over 2-3 rows; section heading rows; one "late June 2023" retrospective row |
| ${F.asc} | asc | CSV case-management export: 3 preamble lines, header, "YYYY-MM-DD hh:mm:ss", Contact reason and Case note columns |
| ${F.hosp} | other (acute hospital wards) | plain-text discharge summaries one after another, each with a "Date of admission:" / "Date of discharge:" block and a clinical course paragraph with year-less dates |
| ${F.amb} | ambulance | PDF (from Word) incident table: CAD no, date, time, category, caller, clinical summary, outcome, safeguarding referral Y/N |
| ${F.gp} | gp | Word narrative, one bold consultation header per entry ("12 Jan 2023 14:40 - Dr S Okafor (GP) - Home visit") then a paragraph |

## Conventions specific to this case
${Object.entries(conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}
- Police have no file of their own; they appear as the sender of the adult-at-risk notification (ASC) and the caller who
  stood an ambulance down (ambulance). The nursing home has no file; it appears in the GP, TVN, ASC and ambulance records.
- Gaps between two "other" services (hospital to nursing home, nursing home to TVN) are written from "other" to ["other"].

Generated by \`node /work/blind/generators/${CASE}.mjs\`; gold.json is the answer key.
`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'w7salt-'));
await writeDom(tmp);
await writeDn();
writeAsc();
writeHosp();
await writeAmb(tmp);
await writeGp();
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2));
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
fs.rmSync(tmp, { recursive: true, force: true });

const count = {};
for (const e of gold.entries) count[e.ref.split('#')[0]] = (count[e.ref.split('#')[0]] || 0) + 1;
console.log('entries', gold.entries.length, count);
const codes = {};
for (const g of gaps) codes[g.code] = (codes[g.code] || 0) + 1;
console.log('gaps', gaps.length, codes, 'decoys', decoys.length);
