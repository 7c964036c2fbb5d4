// Generator for the invented SAR case "w5-sar-hollinbury-learningdisability".
// Writes the five agency files, gold.json and README.md from one set of records.
// Run: node /work/blind/generators/w5-sar-hollinbury-learningdisability.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const ExcelJS = require('exceljs');
const docx = require('docx');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType,
  AlignmentType, HeadingLevel, PageOrientation, Footer, PageNumber, BorderStyle,
} = docx;

const CASE = 'w5-sar-hollinbury-learningdisability';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
const parts = (iso) => { const [y, m, d] = iso.split('-').map(Number); return { y, m, d }; };
const utc = (iso) => { const { y, m, d } = parts(iso); return new Date(Date.UTC(y, m - 1, d)); };
const ord = (n) => n + ((n % 100 >= 11 && n % 100 <= 13) ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th'));
const dmy = (iso) => { const { y, m, d } = parts(iso); return `${pad(d)}/${pad(m)}/${y}`; };
const dmy2 = (iso) => { const { y, m, d } = parts(iso); return `${pad(d)}/${pad(m)}/${String(y).slice(2)}`; };
const dowRaw = (iso) => `${DOW[utc(iso).getUTCDay()]} ${ord(parts(iso).d)}`;
const emisDate = (iso) => { const { y, m, d } = parts(iso); return `${pad(d)}-${MON[m - 1]}-${y}`; };
const day = (raw, iso) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain: false });
const C = (withId, direction, type) => ({ with: withId, direction, type });

const gold = {
  case: CASE,
  title: 'Mr R – Hollinbury: death after seizure of a man with a learning disability and epilepsy in supported living',
  reviewType: 'sar',
  reviewPeriod: { from: '2023-03-01', to: '2024-02-24' },
  conventions: {},
  files: [],
  entries: [],
  gaps: [],
  duplicates: [],
  decoys: [],
};
const byKey = {}; // key -> ref
function addEntry(file, ordinal, key, e) {
  const ref = `${file}#${ordinal}`;
  if (byKey[key]) throw new Error('dup key ' + key);
  byKey[key] = ref;
  const out = { ref, agency: e.agency };
  if (e.employer) out.employer = e.employer;
  out.date = e.date;
  out.time = e.time ?? null;
  out.text = e.text;
  out.contacts = e.contacts || [];
  out.concerns = e.concerns || [];
  out._key = key;
  if (e.dupOf) out._dupOf = e.dupOf;
  gold.entries.push(out);
}

// =====================================================================
// 1. provider.xlsx – Brookvale Support daily log (agency: other)
// =====================================================================
// kind: month | header | blank | e (entry)
// date style: 'full' (real Excel date, dd/mm/yyyy) | 'dow' ("Sat 4th")
const P = [
  { kind: 'month', label: 'MARCH 2023' },
  { kind: 'e', key: 'P1', iso: '2023-03-01', style: 'full', shift: 'Early', by: 'JT', inc: 'N', rep: '',
    entry: 'R settling in well since move on 13/2. Monthly wt 78.4kg (baseline for new file). AM meds given & signed MAR.' },
  { kind: 'e', key: 'P2', iso: '2023-03-04', style: 'dow', shift: 'Late', by: 'SA', inc: 'N', rep: '',
    entry: 'Took R to Hollinbury Day Opps disco. Good eve, home by half nine & bed.' },
  { kind: 'e', key: 'P3', iso: '2023-03-20', style: 'dow', shift: 'Early', by: 'JT', inc: 'N', rep: '',
    entry: "Monthly wt 77.9kg. R's mum rang – pleased he's settled.",
    contacts: [C('family', 'in', 'phone-call')] },
  { kind: 'month', label: 'APRIL 2023' },
  { kind: 'e', key: 'P4', iso: '2023-04-04', style: 'dow', shift: 'Late', by: 'MB', inc: 'N', rep: '',
    entry: "Annual review at flat w/ CLDT SW & LD nurse, R's mum came. TL attended. R wants to do more cooking.",
    contacts: [C('asc', 'both', 'conference'), C('family', 'both', 'conference')] },
  { kind: 'e', key: 'P5', iso: '2023-04-22', style: 'dow', shift: 'Late', by: 'SA', inc: 'N', rep: '',
    entry: 'New friend K (met in town?) came for tea. R v happy, showed K his DVDs.' },
  { kind: 'e', key: 'P6', iso: '2023-04-26', style: 'dow', shift: 'Early', by: 'JT', inc: 'N', rep: 'TL',
    entry: "R didn't want to go to health check at surgery, said he feels fine. Not rebooked.",
    concerns: ['non-engagement'] },
  { kind: 'month', label: 'MAY 2023' },
  { kind: 'e', key: 'P7', iso: '2023-05-08', style: 'full', shift: 'Late', by: 'PW', inc: 'N', rep: 'TL',
    entry: "K here again, slept on sofa. R asked for £40 from money tin 'for K's electric'. Gave £20 after chat, logged.",
    concerns: ['exploitation'] },
  { kind: 'e', key: 'P8', iso: '2023-05-12', style: 'dow', shift: 'Late', by: 'PW', inc: 'Y', rep: 'TL', time: '20:00',
    entry: "20:00 meds – R refused, said K told him he 'doesn't need all them tablets'. Tried x2. Not given.",
    concerns: ['non-engagement'] },
  { kind: 'e', key: 'P9', iso: '2023-05-22', style: 'dow', shift: 'Early', by: 'JT', inc: 'N', rep: '',
    entry: "Monthly wt 75.2kg. Skipped breakfast & lunch, 'not hungry'.",
    concerns: ['neglect'] },
  { kind: 'month', label: 'JUNE 2023' },
  { kind: 'e', key: 'P10', iso: '2023-06-02', style: 'dow', shift: 'Early', by: 'SA', inc: 'Y', rep: 'RM', time: '07:40',
    entry: '07:40 R had TC seizure in bathroom approx 4 mins. Buccal midaz 10mg given 07:45. 999 called. Crew took R to HGH A&E, SA went with. Home 13:30 – see ED letter.',
    contacts: [C('ambulance', 'out', 'phone-call')], concerns: ['other'] },
  { kind: 'e', key: 'P11', iso: '2023-06-07', style: 'dow', shift: 'Late', by: 'MB', inc: 'N', rep: '',
    entry: 'Practice nurse from Selcombe X rang re meds after A&E. Told her R mostly takes them, odd refusal.',
    contacts: [C('gp', 'in', 'phone-call')] },
  { kind: 'e', key: 'P12', iso: '2023-06-17', style: 'dow', shift: 'Late', by: 'PW', inc: 'Y', rep: 'RM', time: '21:00',
    entry: "K let himself in 21:00 with a key?? R says K lives here 'sometimes'. Money tin £35 short v. log.",
    concerns: ['exploitation'] },
  { kind: 'e', key: 'P13', iso: '2023-06-19', style: 'dow', shift: 'Early', by: 'JT', inc: 'Y', rep: 'TL',
    entry: 'Monthly wt 73.0kg. 2 evening doses missed this wk – R out with K, back after staff finished.',
    concerns: ['neglect'] },
  { kind: 'e', key: 'P14', iso: '2023-06-20', style: 'full', shift: 'Office', by: 'RM', inc: 'Y', rep: 'ASC',
    entry: 'Raised safeguarding concern with ASC Contact Centre (online form) – poss. financial abuse by K: money, bank card, K staying. Ref 2306-4471.',
    contacts: [C('asc', 'out', 'referral')], concerns: ['exploitation'] },
  { kind: 'month', label: 'JULY 2023' },
  { kind: 'e', key: 'P15', iso: '2023-07-05', style: 'dow', shift: 'Office', by: 'RM', inc: 'N', rep: '',
    entry: 'Chased ASC Contact Centre re SG concern 2306-4471. On hold 25 min, left msg. No outcome yet.',
    contacts: [C('asc', 'attempted', 'phone-call')] },
  { kind: 'e', key: 'P16', iso: '2023-07-12', style: 'dow', shift: 'Early', by: 'JT', inc: 'Y', rep: 'TL',
    entry: "R said police came in the night, K's mates were loud. R tired, no breakfast. AM meds given late morning." },
  { kind: 'e', key: 'P17', iso: '2023-07-18', style: 'dow', shift: 'Late', by: 'SA', inc: 'Y', rep: 'TL', time: '18:00',
    entry: "18:00 K answered door, said R 'doesn't want support tonight'. R shouted 'go away' from bedroom. Shift not delivered.",
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { kind: 'e', key: 'P18', iso: '2023-07-24', style: 'dow', shift: 'Office', by: 'RM', inc: 'N', rep: '',
    entry: 'Emailed ASC safeguarding inbox asking for outcome of concern 2306-4471. No reply.',
    contacts: [C('asc', 'out', 'email')] },
  { kind: 'blank' },
  { kind: 'header' },
  { kind: 'month', label: 'AUGUST 2023' },
  { kind: 'e', key: 'P19', iso: '2023-08-14', style: 'dow', shift: 'Early', by: 'JT', inc: 'N', rep: '',
    entry: 'Monthly wt 70.1kg – trousers falling down, bought belt. R says K does his shopping now.',
    concerns: ['neglect'] },
  { kind: 'e', key: 'P20', iso: '2023-08-20', style: 'dow', shift: 'Late', by: 'MB', inc: 'N', rep: 'TL',
    entry: 'MAR: 3 evening doses missed this wk (Tue, Thu, Sat) – R not home at med time. Meds left in cabinet.',
    concerns: ['neglect'] },
  { kind: 'e', key: 'P21', iso: '2023-08-31', style: 'full', shift: 'Office', by: 'RM', inc: 'N', rep: '',
    entry: "RM + R attended best interests mtg at CLDT office with R's mum. Agreed: we hold bank card & weekly budget, meds in locked cabinet, staff to give.",
    contacts: [C('asc', 'both', 'conference'), C('family', 'both', 'conference')] },
  { kind: 'month', label: 'SEPTEMBER 2023' },
  { kind: 'e', key: 'P22', iso: '2023-09-07', style: 'dow', shift: 'Early', by: 'PW', inc: 'Y', rep: 'RM',
    entry: "Asked R for bank card as per BI plan. K got angry – 'it's R's money'. R gave card back to K.",
    concerns: ['exploitation'] },
  { kind: 'month', label: 'OCTOBER 2023' },
  { kind: 'e', key: 'P23', iso: '2023-10-03', style: 'dow', shift: 'Late', by: 'PW', inc: 'Y', rep: 'Police / RM', time: '18:00',
    entry: '18:00 arrived – K + 2 males in flat, refused to leave, K shouting at me. Left flat & rang police 18:20. Police came ~18:50, males left, K stayed.',
    contacts: [C('police', 'out', 'phone-call')], concerns: ['exploitation'] },
  { kind: 'e', key: 'P24', iso: '2023-10-10', style: 'full', shift: 'Office', by: 'TL', inc: 'N', rep: 'CLDT',
    entry: 'Emailed CLDT SW re police call-out 3/10 and K now living at flat.',
    contacts: [C('asc', 'out', 'email')], concerns: ['exploitation'] },
  { kind: 'e', key: 'P25', iso: '2023-10-19', style: 'dow', shift: 'Late', by: 'SA', inc: 'N', rep: '',
    entry: 'CLDT SW visited. K present throughout, answered for R. R said everything fine.',
    contacts: [C('asc', 'both', 'home-visit')], concerns: ['exploitation'] },
  { kind: 'month', label: 'NOVEMBER 2023' },
  { kind: 'e', key: 'P26', iso: '2023-11-13', style: 'dow', shift: 'Early', by: 'JT', inc: 'Y', rep: 'RM',
    entry: 'Monthly wt 67.5kg. R v thin, not eating lunch – says K eats his food. Fridge empty, K had shopping money.',
    concerns: ['neglect', 'exploitation'] },
  { kind: 'e', key: 'P27', iso: '2023-11-24', style: 'dow', shift: 'Late', by: 'MB', inc: 'Y', rep: 'RM',
    entry: "Meds cabinet key missing – found on K's keyring. Evening meds for 22nd & 23rd still in blister.",
    concerns: ['neglect', 'exploitation'] },
  { kind: 'month', label: 'DECEMBER 2023' },
  { kind: 'e', key: 'P28', iso: '2023-12-05', style: 'dow', shift: 'Early', by: 'JT', inc: 'Y', rep: 'RM',
    entry: 'K said ambulance came last night, R had a fit. Nobody rang us. ePCR copy left on table.',
    concerns: ['other'] },
  { kind: 'e', key: 'P29', iso: '2023-12-07', style: 'dow', shift: 'Early', by: 'JT', inc: 'N', rep: '',
    entry: 'CLDT SW & LD nurse visited re ambulance concern. R weighed 65.0kg. K present.',
    contacts: [C('asc', 'both', 'home-visit')] },
  { kind: 'e', key: 'P30', iso: '2023-12-12', style: 'dow', shift: 'Early', by: 'MB', inc: 'N', rep: '',
    entry: 'Took R to GP re weight. Told Dr about missed meds (several a wk lately). Bloods done, dietitian referral.',
    contacts: [C('gp', 'out', 'information-share')], concerns: ['neglect'] },
  { kind: 'month', label: 'JANUARY 2024' },
  { kind: 'e', key: 'P31', iso: '2024-01-09', style: 'full', shift: 'Early', by: 'JT', inc: 'N', rep: '',
    entry: "PCSO + PC called to see R (s42 action). K not here. R said K 'stays sometimes'.",
    contacts: [C('police', 'both', 'home-visit')] },
  { kind: 'e', key: 'P32', iso: '2024-01-18', style: 'dow', shift: 'Early', by: 'SA', inc: 'Y', rep: 'RM', time: '06:55',
    entry: '06:55 found R fitting in bed, 2nd seizure 07:00. Midaz given. 999. Crew took R to HGH (pre-alert), no staff to go with.',
    contacts: [C('ambulance', 'out', 'phone-call')], concerns: ['other'] },
  { kind: 'e', key: 'P33', iso: '2024-01-19', style: 'dow', shift: 'Office', by: 'RM', inc: 'N', rep: '',
    entry: "Rang Cedar Ward for update – R 'comfortable', no discharge date. Asked ward to ring us before discharge, gave office & on-call nos.",
    contacts: [C('other', 'out', 'phone-call')] },
  { kind: 'e', key: 'P34', iso: '2024-01-27', style: 'dow', shift: 'Early', by: 'JT', inc: 'Y', rep: 'RM', time: '09:00',
    entry: "Arrived 09:00 – R home!! Nobody told us he'd been discharged. No TTO meds found, K says 'in his bag' – not there. Rang ward x2, no answer.",
    contacts: [C('other', 'attempted', 'phone-call')], concerns: ['other'] },
  { kind: 'month', label: 'FEBRUARY 2024' },
  { kind: 'e', key: 'P35', iso: '2024-02-14', style: 'dow', shift: 'Early', by: 'PW', inc: 'Y', rep: 'TL',
    entry: "K wouldn't let me in – 'R's asleep'. Wt not done.",
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { kind: 'e', key: 'P36', iso: '2024-02-20', style: 'dow', shift: 'Office', by: 'RM', inc: 'Y', rep: 'CLDT',
    entry: 'Blister packs for 19th & 20th untouched. Emailed CLDT SW re missed meds and K refusing entry.',
    contacts: [C('asc', 'out', 'email')], concerns: ['neglect', 'non-engagement'] },
  { kind: 'e', key: 'P37', iso: '2024-02-24', style: 'dow', shift: 'Early', by: 'JT', inc: 'Y', rep: 'RM, EDT', time: '07:30',
    entry: "Police rang 07:30 – R died early hours after seizure. RM informed. RM rang EDT & R's mum.",
    contacts: [C('police', 'in', 'phone-call'), C('asc', 'out', 'phone-call'), C('family', 'out', 'phone-call')], concerns: ['other'] },
];

async function writeProvider() {
  const file = 'provider.xlsx';
  gold.files.push({ file, agency: 'other', format: 'xlsx' });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Brookvale Support';
  const ws = wb.addWorksheet('Daily Log');
  ws.columns = [
    { key: 'a', width: 13 }, { key: 'b', width: 9 }, { key: 'c', width: 8 },
    { key: 'd', width: 90 }, { key: 'e', width: 11 }, { key: 'f', width: 14 },
  ];
  ws.addRow(['Brookvale Support – 14 Marlpit Court, Hollinbury – Daily Support Log – Tenant: R']);
  ws.getRow(1).font = { bold: true, size: 12 };
  ws.addRow(['Copied from handover book / Log sheet v3. Initials only. Support commissioned: 28 hrs/wk 1:1, no sleep-in.']);
  ws.addRow([]);
  const HEAD = ['Date', 'Shift', 'Staff initials', 'Entry', 'Incident Y/N', 'Reported to'];
  const addHead = () => { const r = ws.addRow(HEAD); r.font = { bold: true }; r.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; };
  addHead();
  let n = 0;
  for (const row of P) {
    if (row.kind === 'month') { const r = ws.addRow([row.label]); r.font = { bold: true, italic: true }; continue; }
    if (row.kind === 'header') { addHead(); continue; }
    if (row.kind === 'blank') { ws.addRow([]); continue; }
    let dateCell, raw;
    if (row.style === 'full') { const { y, m, d } = parts(row.iso); dateCell = new Date(Date.UTC(y, m - 1, d)); raw = dmy(row.iso); }
    else { dateCell = dowRaw(row.iso); raw = dateCell; }
    const r = ws.addRow([dateCell, row.shift, row.by, row.entry, row.inc, row.rep]);
    if (row.style === 'full') r.getCell(1).numFmt = 'dd/mm/yyyy';
    r.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    n += 1;
    addEntry(file, n, row.key, {
      agency: 'other', date: day(raw, row.iso), time: row.time || null,
      text: [row.shift, row.by, row.entry, row.inc, row.rep].filter((x) => x).join(' | '),
      contacts: row.contacts, concerns: row.concerns,
    });
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}

// =====================================================================
// 2. asc.docx – Downshire County Council Adult Social Care (agency: asc)
// =====================================================================
const A = [
  { q: 'January – March 2023' },
  { key: 'A1', raw: '03/03/2023', iso: '2023-03-03', type: 'Visit', ft: 'CLDT SW1 / R, Brookvale TL',
    sum: 'Post-move review at 14 Marlpit Court. R moved 13/02/23 from 3 Orchard Row, Kestleham (Greensand Homes) to Brookvale supported living (28 hrs 1:1 + day opps 2 days/wk). Seen with TL. R likes his flat.',
    out: 'Settled. Annual review due April.',
    contacts: [C('family', 'out', 'home-visit'), C('other', 'both', 'home-visit')] },
  { key: 'A2', raw: '6.3.23', iso: '2023-03-06', type: 'Email', ft: 'CLDT admin / GP, DWP, pharmacy',
    sum: 'Change of address notification emailed to Selcombe Cross Medical Practice, DWP (Hollinbury JCP appointee team) and Marlpit Parade Pharmacy, Hollinbury.',
    out: 'Completed.',
    contacts: [C('gp', 'out', 'email'), C('dwp', 'out', 'email'), C('other', 'out', 'email')] },
  { q: 'April – June 2023' },
  { key: 'A3', raw: '04/04/2023', iso: '2023-04-04', type: 'Meeting', ft: 'SW1, LDN1, R, Mrs R (mother), Brookvale TL',
    sum: 'Care Act annual review at flat. Support plan unchanged. Epilepsy care plan reviewed by LDN1: seizures approx 1 in 3 months, last neurology r/v Oct 22, next due Apr 23 at HGH. Wt 78kg.',
    out: 'Plan continues. Review 12/12.',
    contacts: [C('family', 'both', 'conference'), C('other', 'both', 'conference')], dupOf: 'P4' },
  { key: 'A4', raw: '21/06/2023', iso: '2023-06-21', type: 'Safeguarding concern', ft: 'From Brookvale Support (RM) – online form / ASCCC triage (AP2)',
    sum: "Concern re friend K staying at flat, money going from R's tin and K using R's bank card. Triage: tel call to R – R says K is his best mate and he likes him staying. Provider manages R's money. Friendship / lifestyle choice; house management issue for provider. s42(1) criteria not met.",
    out: 'NFA – closed at triage. Not passed to CLDT.',
    contacts: [C('other', 'in', 'referral'), C('family', 'out', 'phone-call')], concerns: ['exploitation'] },
  { q: 'July – September 2023' },
  { key: 'A5', raw: 'Early Aug 2023', date: { raw: 'Early Aug 2023', earliest: '2023-08-01', latest: '2023-08-10', precision: 'range', uncertain: false },
    type: 'Tel', ft: 'Brookvale RM / CLDT SW1',
    sum: 'RM rang asking outcome of June SG concern – SW1 unaware; Mosaic shows closed at ASCCC triage 21/06, not passed to CLDT. RM says K staying most nights, money still going. (Retrospective note, entered 09/08/23.)',
    out: 'SW1 to arrange BI meeting re money mgmt.',
    contacts: [C('other', 'in', 'phone-call')], concerns: ['exploitation'] },
  { key: 'A6', raw: '31/08/2023', iso: '2023-08-31', type: 'Meeting', ft: 'BI meeting, CLDT office. Chair SW1; LDN1; Brookvale RM; R; Mrs R',
    sum: "MCA assessment (SW1): R lacks capacity re managing finances and own medication. BI decision: Brookvale to hold bank card, weekly budget £60; medication in locked cabinet, staff administer (RM: K sometimes 'handles' R's tablets; no missed doses reported). Mrs R said K 'has been in trouble with the police before'. Police checks not requested – K is R's friend and R's choice. GP not invited.",
    out: 'Agreed. Review 3/12.',
    contacts: [C('family', 'both', 'conference'), C('other', 'both', 'conference')], concerns: ['criminality'], dupOf: 'P21' },
  { q: 'October – December 2023' },
  { key: 'A7', raw: '10/10/2023', iso: '2023-10-10', type: 'Email', ft: 'Brookvale TL / CLDT SW1',
    sum: 'Email rec\'d: police called to flat 03/10 – K and two males refused to leave, K now living there. No police notification (APPN) on file for this incident.',
    out: 'SW1 to visit.',
    contacts: [C('other', 'in', 'email')], concerns: ['exploitation'], dupOf: 'P24' },
  { key: 'A8', raw: '19/10/2023', iso: '2023-10-19', type: 'Visit', ft: 'SW1 / R at flat (Brookvale staff present)',
    sum: "K present throughout and answered for R. R said 'everything's fine'. Unable to see R alone.",
    out: 'NFA at present – review at BI review Nov.',
    contacts: [C('family', 'out', 'home-visit'), C('other', 'both', 'home-visit')], concerns: ['exploitation'], dupOf: 'P25' },
  { key: 'A9', raw: '14/11/2023', iso: '2023-11-14', type: 'Tel', ft: 'Mrs R (mother) / ASCCC → CLDT duty',
    sum: "Mother worried K 'taking over' R's flat and his money. Passed to CLDT; SW1 rang mother back same afternoon, explained BI plan and Oct visit.",
    out: 'Mother updated. BI review to be booked.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'phone-call')], concerns: ['exploitation'] },
  { key: 'A10', raw: '05/12/2023', iso: '2023-12-05', type: 'Safeguarding concern', ft: 'From WCAS (ePCR safeguarding referral) / ASCCC',
    sum: 'Crew attended 04/12 – seizure at home. R very thin, flat cold, little food, friend vague about meds, blister packs with doses not taken. Triage: open to CLDT – passed to SW1 same day.',
    out: 's42 – CLDT to visit.',
    contacts: [C('ambulance', 'in', 'referral')], concerns: ['neglect'] },
  { key: 'A11', raw: '07/12/2023', iso: '2023-12-07', type: 'Joint visit', ft: 'SW1 & LDN1 / R, Brookvale staff',
    sum: 'R weighed 65.0kg (78kg Apr). K present. Brookvale confirm missed evening meds most weeks. s42 enquiry opened – neglect / financial abuse. LDN1 advised GP appt re weight.',
    out: 's42 open. Planning mtg to be arranged.',
    contacts: [C('family', 'out', 'home-visit'), C('other', 'both', 'home-visit')], concerns: ['neglect', 'exploitation'], dupOf: 'P29' },
  { key: 'A12', raw: '20/12/2023', iso: '2023-12-20', type: 'Meeting', ft: 's42 planning mtg (Teams). Chair SAM1; SW1; LDN1; PS 0914 Downshire Police; Dr GP2 (Selcombe Cross); Brookvale RM',
    sum: "Police shared K's history – previous convictions incl. fraud v vulnerable adult – and call-outs Jul & Oct. GP: wt 64.8kg, bloods, dietitian referral. Plan: NPT visit, Brookvale to keep meds key, GP r/v adherence, review 4/52.",
    out: 'Enquiry continues.',
    contacts: [C('police', 'both', 'conference'), C('gp', 'both', 'conference'), C('other', 'both', 'conference')], concerns: ['exploitation', 'criminality'] },
  { q: 'January – March 2024' },
  { key: 'A13', raw: '10/01/2024', iso: '2024-01-10', type: 'Case note', ft: 'LDN1 (CLDT nurse)', employer: 'other',
    sum: 'Epilepsy risk assessment and rescue med (buccal midazolam) protocol updated post s42 planning; uploaded to Mosaic.',
    out: '—' },
  { key: 'A14', raw: '29/01/2024', iso: '2024-01-29', type: 'Tel', ft: 'Brookvale RM / SW1',
    sum: 'RM reports R was admitted 18/01 after seizures and discharged from HGH late Fri 26/01 – nobody told Brookvale or CLDT, no TTO meds found. SW1 emailed HGH discharge team.',
    out: 'No reply recorded.',
    contacts: [C('other', 'in', 'phone-call'), C('other', 'out', 'email')], concerns: ['other'] },
  { key: 'A15', raw: 'w/c 12/02/24', date: { raw: 'w/c 12/02/24', earliest: '2024-02-12', latest: '2024-02-18', precision: 'week', uncertain: false },
    type: 'Tel', ft: 'SW1 / R',
    sum: "Tried R's mobile x2 – no answer. Known K refusing staff entry some days.",
    out: 's42 review mtg booked 29/02/24.',
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'A16', raw: '20/02/2024', iso: '2024-02-20', type: 'Email', ft: 'Brookvale RM / SW1',
    sum: 'Email: blister packs 19th & 20th untouched, K refusing staff entry.',
    out: 'SW1 on annual leave to 26/02 – auto-reply. Not picked up by CLDT duty. No action recorded.',
    contacts: [C('other', 'in', 'email')], concerns: ['neglect', 'non-engagement'], dupOf: 'P36' },
  { key: 'A17', raw: '24/02/2024', iso: '2024-02-24', type: 'Tel', ft: 'EDT / Brookvale RM',
    sum: 'Brookvale RM informed EDT that R died in the early hours of today following a seizure.',
    out: 'CLDT manager & SAM informed.',
    contacts: [C('other', 'in', 'phone-call')], concerns: ['other'] },
  { key: 'A18', raw: '26/02/2024', iso: '2024-02-26', type: 'Case note', ft: 'SAM1',
    sum: "Safeguarding referral rec'd from WCAS (25/02) and email from HGH safeguarding team re discharge 26/01. SAR referral submitted to Downshire SAB.",
    out: 'SAR referral sent.',
    contacts: [C('ambulance', 'in', 'referral'), C('other', 'in', 'email'), C('other', 'out', 'referral')], concerns: ['other'] },
];

const cellP = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, size: opts.size || 18, bold: !!opts.bold })] });
const cell = (text, w, opts = {}) => new TableCell({
  margins: opts.margins,
  width: { size: w, type: WidthType.DXA },
  shading: opts.shade ? { fill: opts.shade } : undefined,
  children: String(text).split('\n').map((t) => cellP(t, opts)),
});

async function writeAsc() {
  const file = 'asc.docx';
  gold.files.push({ file, agency: 'asc', format: 'docx' });
  const W = [1300, 1400, 2100, 4400, 2100];
  const head = () => new TableRow({ tableHeader: true, children: ['Date', 'Contact Type', 'From/To', 'Summary', 'Outcome'].map((h, i) => cell(h, W[i], { bold: true, shade: 'DDDDDD' })) });
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'DOWNSHIRE COUNTY COUNCIL', bold: true, size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Adult Social Care and Health', size: 24 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Safeguarding Adults Review – Mr R (Hollinbury)', bold: true, size: 24 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Individual Management Review: Chronology of involvement', size: 22 })] }),
    new Paragraph({ text: '' }),
    new Paragraph({ children: [new TextRun({ text: 'Subject: ', bold: true }), new TextRun('Mr R, aged 34.  Mosaic person ID: 1184402.')] }),
    new Paragraph({ children: [new TextRun({ text: 'Period: ', bold: true }), new TextRun('01/03/2023 – 24/02/2024 (date of death), with post-death actions.')] }),
    new Paragraph({ children: [new TextRun({ text: 'Teams: ', bold: true }), new TextRun('Adult Social Care Contact Centre (ASCCC); Hollinbury & Downs Community Learning Disability Team (CLDT – joint team of Downshire CC and Weald Community Health NHS Trust); Emergency Duty Team (EDT); Adult Safeguarding Team.')] }),
    new Paragraph({ children: [new TextRun({ text: 'Author: ', bold: true }), new TextRun('SAM2, Safeguarding Adults Manager (IMR author). Sources: Mosaic case notes and forms.')] }),
    new Paragraph({ children: [new TextRun({ text: 'Key: ', bold: true }), new TextRun('SW1 = CLDT social worker; LDN1 = CLDT learning disability nurse (Weald Community Health NHS Trust); AP2 = ASCCC advice practitioner; SAM1 = Safeguarding Adults Manager; TL/RM = Brookvale team leader / registered manager.')] }),
  ];
  let cur = null; let n = 0;
  const flush = () => { if (cur) { children.push(new Table({ width: { size: 11300, type: WidthType.DXA }, columnWidths: W, rows: cur })); children.push(new Paragraph({ text: '' })); } };
  for (const r of A) {
    if (r.q) { flush(); children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: r.q })] })); cur = [head()]; continue; }
    cur.push(new TableRow({ children: [cell(r.raw, W[0]), cell(r.type, W[1]), cell(r.ft, W[2]), cell(r.sum, W[3]), cell(r.out, W[4])] }));
    n += 1;
    addEntry(file, n, r.key, {
      agency: 'asc', employer: r.employer, date: r.date || day(r.raw, r.iso), time: null,
      text: [r.type, r.ft, r.sum, r.out].join(' | '), contacts: r.contacts, concerns: r.concerns, dupOf: r.dupOf,
    });
  }
  flush();
  children.push(new Paragraph({ children: [new TextRun({ text: 'End of chronology.', italics: true })] }));
  const doc = new Document({
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 16838, height: 11906 }, margin: { top: 900, bottom: 900, left: 900, right: 900 } } },
      children,
    }],
  });
  fs.writeFileSync(path.join(OUT, file), await Packer.toBuffer(doc));
}

// =====================================================================
// 3. acute.pdf – Hollinbury and Weald Hospitals NHS FT (mixed: ED -> ed, rest -> other)
// =====================================================================
const H = [
  { key: 'H1', iso: '2023-03-14', time: '10:02', dept: 'Neurology OPD (Bookings)', agency: 'other',
    ev: 'Follow-up booked for 18/04/23 (6-monthly epilepsy review, Consultant Neurologist 1). Appointment letter generated to PAS address: 3 Orchard Row, Kestleham.',
    sh: 'Patient – letter (PAS address)',
    contacts: [C('family', 'out', 'letter')] },
  { key: 'H2', iso: '2023-04-18', time: '14:30', dept: 'Neurology OPD', agency: 'other',
    ev: 'DNA. Learning disability alert on PAS. Re-booked once per Trust Access Policy: new appt 13/06/23. Letter to PAS address.',
    sh: 'Patient – letter (3 Orchard Row); GP – DNA letter',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter'), C('gp', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'H3', iso: '2023-06-02', time: '08:20', dept: 'Emergency Department', agency: 'ed',
    ev: 'BIBA – WCAS handover 08:20. 34M, learning disability, known epilepsy. Tonic-clonic seizure approx 4 min at home, buccal midazolam given by carer. Brookvale support worker with pt. Triage cat 3. Address updated on Symphony: 14 Marlpit Court, Hollinbury.',
    sh: '—',
    contacts: [C('family', 'in', 'attendance'), C('ambulance', 'in', 'information-share')], concerns: ['other'] },
  { key: 'H4', iso: '2023-06-02', time: '11:45', dept: 'Emergency Department', agency: 'ed',
    ev: 'Bloods: valproate level 21 mg/L (low). Support worker unsure about missed doses. ?non-adherence. Recovered, GCS 15, neuro obs normal. Discharged 13:05 with support worker. ED letter to GP – seizure, low valproate level, please review adherence. Copy of ED letter given to support worker for the care provider.',
    sh: 'GP – ED discharge letter (electronic); Brookvale Support – copy via support worker',
    contacts: [C('gp', 'out', 'letter'), C('other', 'out', 'information-share')], concerns: ['other'] },
  { key: 'H5', iso: '2023-06-13', time: '09:15', dept: 'Neurology OPD', agency: 'other',
    ev: 'DNA (2nd consecutive). Discharged to GP care per Access Policy (2 DNAs). Letter to GP and to patient at PAS address. No carer details on PAS – no contact with carers.',
    sh: 'GP – discharge letter; Patient – letter (3 Orchard Row)',
    contacts: [C('family', 'attempted', 'dna'), C('gp', 'out', 'letter'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'H6', iso: '2024-01-18', time: '07:55', dept: 'Emergency Department', agency: 'ed',
    ev: 'BIBA, WCAS pre-alert and handover 07:55. Two tonic-clonic seizures at home, third seizure in ED 08:20 – IV lorazepam. No carer with pt. Referred to medical team.',
    sh: '—',
    contacts: [C('family', 'in', 'attendance'), C('ambulance', 'in', 'information-share')], concerns: ['other'] },
  { key: 'H7', iso: '2024-01-18', time: '11:30', dept: 'AMU', agency: 'other',
    ev: 'Admitted under acute medicine. Valproate level <10 mg/L. ED letter June 2023 noted (low level then). Wt 63.2kg. NOK on PAS: mother – landline not in service. PAS address still 3 Orchard Row – updated to 14 Marlpit Court by ward clerk.',
    sh: '—',
    concerns: ['other'] },
  { key: 'H8', iso: '2024-01-19', time: '10:05', dept: 'Cedar Ward', agency: 'other',
    ev: 'Tel call from Brookvale Support manager asking for update – told pt comfortable, no EDD yet. Manager asked to be contacted before discharge (office and on-call numbers written in nursing notes).',
    sh: 'Brookvale Support – telephone',
    contacts: [C('other', 'in', 'phone-call')], dupOf: 'P33' },
  { key: 'H9', iso: '2024-01-22', time: '14:00', dept: 'Cedar Ward (neurology in-reach)', agency: 'other',
    ev: 'Neurology SpR review: breakthrough seizures secondary to non-adherence. Noted discharged from neurology OPA 06/23 after 2 DNAs. Plan: valproate reloaded, compliance aid, refer to community epilepsy specialist nurse (ESN) on discharge, neurology OPA 6/52.',
    sh: '—',
    concerns: ['other', 'non-engagement'] },
  { key: 'H10', iso: '2024-01-26', time: '21:50', dept: 'Cedar Ward', agency: 'other',
    ev: 'Discharged home by taxi 21:50 (site at OPEL 4, bed required for ED). Pt said he lives "with my friend" and that his friend would be in. TTO medication (14 days) handed to pt. Care provider not contacted – nursing note of 19/01 asking for a call before discharge not seen by discharging nurse. ESN referral not sent. CLDT not informed. Neurology OPA request not made on the system. Discharge summary left for consultant sign-off.',
    sh: 'Nil documented',
    concerns: ['other'] },
  { key: 'H11', iso: '2024-02-03', time: '16:12', dept: 'Discharge Team / Cedar Ward', agency: 'other',
    ev: 'Electronic discharge summary sent to GP (delayed – awaiting consultant sign-off).',
    sh: 'GP – eDN',
    contacts: [C('gp', 'out', 'letter')] },
  { key: 'H12', iso: '2024-02-24', time: '04:38', dept: 'Emergency Department', agency: 'ed',
    ev: 'Pre-alert from WCAS: 34M, status epilepticus, cardiac arrest en route, CPR in progress. Arrived 04:51 – resus team.',
    sh: '—',
    contacts: [C('ambulance', 'in', 'phone-call')], concerns: ['other'] },
  { key: 'H13', iso: '2024-02-24', time: '05:31', dept: 'Emergency Department', agency: 'ed',
    ev: 'Life pronounced extinct 05:31. Police informed (unexpected death) and coroner\'s officer informed. Hospital adult safeguarding team notified.',
    sh: 'Police; Coroner\'s officer; Adult Safeguarding Team',
    contacts: [C('police', 'out', 'notification'), C('other', 'out', 'notification')], concerns: ['other'] },
  { key: 'H14', iso: '2024-02-26', time: '09:30', dept: 'Adult Safeguarding Team', agency: 'other',
    ev: 'Datix and internal review opened. Emailed Downshire ASC (SAM) re concerns about discharge on 26/01 without carers being informed.',
    sh: 'Downshire ASC – email',
    contacts: [C('asc', 'out', 'email')] },
];

const ACUTE_SPACER = 600;
async function writeAcute() {
  const file = 'acute.pdf';
  gold.files.push({ file, agency: 'mixed', format: 'pdf' });
  const W = [1350, 750, 1500, 4200, 1700];
  const head = new TableRow({ tableHeader: true, children: ['Date', 'Time', 'Department', 'Event', 'Information shared with'].map((h, i) => cell(h, W[i], { bold: true, shade: 'C6D9F1', size: 21 })) });
  const rows = [head];
  const AC = { size: Number(process.env.HB_FS ?? 23), margins: { top: 60, bottom: 60, left: 80, right: 80 } };
  let n = 0;
  for (const r of H) {
    rows.push(new TableRow({ cantSplit: false, children: [cell(dmy(r.iso), W[0], AC), cell(r.time, W[1], AC), cell(r.dept, W[2], AC), cell(r.ev, W[3], AC), cell(r.sh, W[4], AC)] }));
    n += 1;
    addEntry(file, n, r.key, {
      agency: r.agency, date: day(dmy(r.iso), r.iso), time: r.time,
      text: [r.dept, r.ev, r.sh].join(' | '), contacts: r.contacts, concerns: r.concerns, dupOf: r.dupOf,
    });
  }
  const p = (t, o = {}) => new Paragraph({ alignment: o.center ? AlignmentType.CENTER : undefined, spacing: { after: 80 }, children: [new TextRun({ text: t, bold: !!o.bold, size: o.size || 20 })] });
  const children = [
    p('Hollinbury and Weald Hospitals NHS Foundation Trust', { bold: true, size: 26, center: true }),
    p('Safeguarding Adults Review – Mr R (Downshire SAB)', { bold: true, size: 22, center: true }),
    p('Individual Management Review: Chronology of Trust involvement', { center: true }),
    p('Prepared by: Named Nurse for Adult Safeguarding. Sources: PAS, Symphony (ED), EPR nursing and medical notes, outpatient booking system. Site: Hollinbury General Hospital (HGH).'),
    p('Scope: 01/03/2023 to 24/02/2024. The patient carried a learning disability alert on PAS throughout. Rows are in date order; times are as recorded in the source system.'),
    p('Contextual note: Mr R had been under the neurology service for epilepsy since 2019 with six-monthly reviews. The Trust Access Policy allows discharge back to the referrer after two consecutive DNAs; the policy includes a reasonable-adjustments section for patients with a learning disability. The Trust had no record of the care provider\'s details before January 2024.'),
    p('Summary of involvement: Mr R was known to the Trust through the neurology outpatient service and attended the Emergency Department three times in the period, once leading to an inpatient admission on the acute medical unit and Cedar Ward. He did not attend either of his two neurology outpatient appointments and was discharged from the clinic. The chronology below was compiled from the outpatient booking system, the ED record and the inpatient nursing and medical notes; where a record was not made this is stated.'),
    p('Learning identified by the Trust (for the panel): the outpatient service did not apply the reasonable-adjustments section of the Access Policy; demographic details on PAS were not reconciled with the ED system; the inpatient discharge checklist for patients with a learning disability (carer contact, community team notification) was not completed; the discharge summary was held for sign-off. These points are expanded in the IMR narrative, section 5.'),
    p('Abbreviations: BIBA brought in by ambulance; PAS patient administration system; OPA outpatient appointment; TTO to take out (discharge medication); EDD expected date of discharge; eDN electronic discharge notification; ESN epilepsy specialist nurse; OPEL operational pressures escalation level.'),
    new Paragraph({ spacing: { before: Number(process.env.HB_SPACER ?? ACUTE_SPACER) }, children: [] }),
    new Table({ width: { size: 9500, type: WidthType.DXA }, columnWidths: W, rows }),
    p(''),
    p('Author\'s note: no further contact with the Trust is recorded in the period.'),
  ];
  const doc = new Document({
    sections: [{
      properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'OFFICIAL-SENSITIVE – HWH NHS FT IMR – Page ', size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })] }) },
      children,
    }],
  });
  const tmp = path.join(OUT, '_acute_tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const src = path.join(tmp, 'acute.docx');
  fs.writeFileSync(src, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, src], { stdio: 'ignore' });
  fs.renameSync(path.join(tmp, 'acute.pdf'), path.join(OUT, file));
  fs.rmSync(tmp, { recursive: true, force: true });
}

// =====================================================================
// 4. gp.csv – Selcombe Cross Medical Practice (agency: gp)
// =====================================================================
const G = [
  { key: 'G1', iso: '2023-03-08', ct: 'Administration', cl: 'Admin (RW)', pr: 'Change of address',
    no: 'Address changed to 14 Marlpit Court, Hollinbury (prev 3 Orchard Row, Kestleham). Notified by CLDT email.',
    contacts: [C('asc', 'in', 'email')] },
  { key: 'G2', iso: '2023-04-03', ct: 'Letter', cl: 'Admin (RW)', pr: 'Learning disability annual health check',
    no: 'LD annual health check invite sent (1st) - easy read letter.',
    contacts: [C('family', 'out', 'letter')] },
  { key: 'G3', iso: '2023-04-21', ct: 'Document', cl: 'Dr GP1', pr: 'Epilepsy',
    no: 'Letter from Neurology OPD, HGH - DNA 18/04/23, re-booked 13/06/23. Filed.',
    contacts: [C('other', 'in', 'letter')], concerns: ['non-engagement'] },
  { key: 'G4', iso: '2023-04-26', ct: 'Appointment', cl: 'PN1', pr: 'Learning disability annual health check',
    no: 'DNA - Did not attend',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'G5', iso: '2023-05-15', ct: 'Medication review', cl: 'Clin Pharm CP1', pr: 'Epilepsy',
    no: 'Structured medication review - notes only, pt not contacted. Sodium valproate MR 500mg BD, lamotrigine 100mg BD, buccal midazolam 10mg/1ml PRN. Reauthorised 6/12.' },
  { key: 'G6', iso: '2023-06-05', ct: 'Document', cl: 'Dr GP1', pr: 'Seizure',
    no: 'ED letter HGH 02/06/23: TC seizure, valproate level 21 (low), ?adherence - please review. Task to PN1: ring care provider re adherence.',
    contacts: [C('ed', 'in', 'letter')], concerns: ['other'] },
  { key: 'G7', iso: '2023-06-07', ct: 'Telephone', cl: 'PN1', pr: 'Epilepsy',
    no: "T/C to Brookvale Support (staff MB). Says meds given as per MAR, 'odd refusal'. Advised to ring surgery if refusals continue.",
    contacts: [C('other', 'out', 'phone-call')], dupOf: 'P11' },
  { key: 'G8', iso: '2023-06-19', ct: 'Document', cl: 'Admin (RW)', pr: 'Epilepsy',
    no: 'Letter from Neurology: discharged from clinic following 2 DNAs (18/04, 13/06). GP to re-refer if needed. Filed - no action required.',
    contacts: [C('other', 'in', 'letter')], concerns: ['non-engagement'] },
  { key: 'G9', iso: '2023-09-01', ct: 'Letter', cl: 'Admin (RW)', pr: 'Learning disability annual health check',
    no: 'LD annual health check invite sent (2nd).',
    contacts: [C('family', 'out', 'letter')] },
  { key: 'G10', iso: '2023-09-20', ct: 'Appointment', cl: 'PN1', pr: 'Learning disability annual health check',
    no: 'DNA - Did not attend', cont: 'AHC recall 23/24: exception reported - did not respond to 2 invitations.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'G11', iso: '2023-10-11', ct: 'Medication review', cl: 'Clin Pharm CP1', pr: 'Epilepsy',
    no: 'Repeat template review - no changes, issued 56/7. Not seen.' },
  { key: 'G12', iso: '2023-12-06', ct: 'Document', cl: 'Admin (RW)', pr: 'Seizure',
    no: 'WCAS ePCR summary: seizure at home 04/12, not conveyed. Crew concerns re weight and missed meds. To Dr GP2.',
    contacts: [C('ambulance', 'in', 'notification')], concerns: ['other', 'neglect'] },
  { key: 'G13', iso: '2023-12-12', ct: 'Face to face', cl: 'Dr GP2', pr: 'Weight loss',
    no: "Seen with support worker (Brookvale). Wt 64.8kg, BMI 19.9 - approx 14kg loss since 03/23 per provider records. SW reports missed doses 'several a week' recently. O/E thin, nil else. Bloods: FBC, U&E, LFT, TFT, valproate level.",
    contacts: [C('family', 'in', 'attendance'), C('other', 'in', 'information-share')], concerns: ['neglect'], dupOf: 'P30' },
  { key: 'G14', iso: '2023-12-12', ct: 'Referral', cl: 'Dr GP2', pr: 'Weight loss',
    no: 'Referral to community dietetics via e-RS.',
    contacts: [C('other', 'out', 'referral')] },
  { key: 'G15', iso: '2023-12-20', ct: 'Telephone', cl: 'Dr GP2', pr: 'Safeguarding adult',
    no: 's42 planning meeting (Teams), joined 20 mins. Shared wt, bloods, dietitian referral. Police: friend K - previous convictions incl. fraud v vulnerable adult. Action GP: r/v adherence 4/52.',
    contacts: [C('asc', 'both', 'conference'), C('police', 'both', 'conference'), C('other', 'both', 'conference')], concerns: ['criminality'], dupOf: 'A12' },
  { key: 'G16', iso: '2023-12-21', ct: 'Administration', cl: 'Dr GP2', pr: 'Safeguarding adult',
    no: 'Alert added: adult at risk - s42 enquiry open (Downshire ASC).' },
  { key: 'G17', iso: '2024-02-05', ct: 'Document', cl: 'Dr GP2', pr: 'Epilepsy',
    no: "Discharge summary HGH rec'd (adm 18/01/24 - 26/01/24, dated 03/02/24): breakthrough seizures, non-adherence, valproate <10. GP actions: r/v adherence, compliance aid.",
    contacts: [C('other', 'in', 'letter')], concerns: ['other'] },
  { key: 'G18', iso: '2024-02-07', ct: 'Administration', cl: 'Admin (RW)', pr: 'Epilepsy',
    no: 'Task to GP2: ring Brookvale re adherence post discharge. Not actioned - GP2 on leave; reassigned 19/02.' },
  { key: 'G19', iso: '2024-02-26', ct: 'Administration', cl: 'Practice Manager', pr: 'Death',
    no: 'Notification of death from HGH (24/02/24). Coroner informed by hospital.',
    contacts: [C('other', 'in', 'notification')], concerns: ['other'] },
];

function csvField(s) { s = String(s ?? ''); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function writeGp() {
  const file = 'gp.csv';
  gold.files.push({ file, agency: 'gp', format: 'csv' });
  const lines = [
    'Selcombe Cross Medical Practice - Patient record extract (SystmOne) for Downshire SAB - SAR Mr R,,,,',
    'Date range 01/03/2023 - 29/02/2024. NHS number removed. Free text abridged by practice safeguarding lead.,,,,',
    'Date,Consultation type,Clinician,Problem,Notes',
  ];
  let n = 0;
  for (const r of G) {
    lines.push([emisDate(r.iso), r.ct, r.cl, r.pr, r.no].map(csvField).join(','));
    if (r.cont) lines.push(['', '', '', '', r.cont].map(csvField).join(','));
    n += 1;
    addEntry(file, n, r.key, {
      agency: 'gp', date: day(emisDate(r.iso), r.iso), time: null,
      text: [r.ct, r.cl, r.pr, r.no + (r.cont ? ' ' + r.cont : '')].join(' | '), contacts: r.contacts, concerns: r.concerns, dupOf: r.dupOf,
    });
  }
  fs.writeFileSync(path.join(OUT, file), lines.join('\r\n') + '\r\n');
}

// =====================================================================
// 5. police-and-ambulance.txt – combined return (mixed: ambulance / police)
// =====================================================================
// item: { text } plain (non-entry) | { key, line, ... } dated line | { para: [sentences with entry info] }
const T = [
  { plain: 'SAFEGUARDING ADULTS REVIEW – MR R (HOLLINBURY)' },
  { plain: 'Combined information return: Weald & Coast Ambulance Service NHS Trust and Downshire Police' },
  { plain: 'Prepared for Downshire Safeguarding Adults Board, March 2024. Names of staff replaced by role/collar numbers.' },
  { plain: '' },
  { plain: '==================================================================' },
  { plain: 'AMBULANCE SERVICE' },
  { plain: 'Weald & Coast Ambulance Service NHS Trust (WCAS) – from CAD and ePCR' },
  { plain: '==================================================================' },
  { plain: '' },
  { plain: 'Searches of CAD and ePCR for the address and for Mr R\'s NHS number found four incidents in the period under review. All times are CAD times. Crew names are withheld.' },
  { plain: '' },
  { key: 'M1', agency: 'ambulance', iso: '2023-06-02', time: '07:48',
    line: '02/06/2023 07:48 – 999 call from support worker (Brookvale Support): 34M, learning disability, known epilepsy, TC seizure ~4 min, buccal midazolam given. Cat 2. Crew on scene 08:02 (Paramedic 1, EMT 2): post-ictal, GCS 13 improving, obs stable. Conveyed to HGH ED with support worker; handed over 08:20.',
    contacts: [C('other', 'in', 'phone-call'), C('family', 'out', 'other'), C('ed', 'out', 'information-share')], concerns: ['other'], dupOf: 'P10' },
  { key: 'M2', agency: 'ambulance', iso: '2023-12-04', time: '20:51',
    line: "04/12/2023 20:51 – 999 call from friend (Mr K) at the address: pt 'having a fit'. Cat 2.",
    contacts: [C('family', 'in', 'phone-call')], concerns: ['other'] },
  { key: 'M3', agency: 'ambulance', iso: '2023-12-04', time: '21:12',
    line: '04/12/2023 21:12 – Crew on scene. Pt post-ictal, GCS 15 by 21:40. Declined conveyance. Crew concerns: very thin, flat cold, little food in flat, friend vague about medication, blister packs with doses not taken. Friend answering for pt.',
    cont: "                   Capacity to decline: crew documented 'appears to understand' – no formal MCA recorded.",
    contacts: [C('family', 'out', 'other')], concerns: ['neglect', 'non-engagement'] },
  { key: 'M4', agency: 'ambulance', iso: '2023-12-04', time: '22:05',
    line: '04/12/2023 22:05 – ePCR safeguarding referral (adult at risk) submitted to Downshire County Council ASC. ePCR summary sent to GP (Selcombe Cross MP).',
    contacts: [C('asc', 'out', 'referral'), C('gp', 'out', 'notification')] },
  { key: 'M5', agency: 'ambulance', iso: '2024-01-18', time: '07:02',
    line: '18/01/2024 07:02 – 999 call from support worker: further seizures since 06:55, ongoing. Cat 1. Crew on scene 07:14, further seizure, midazolam given by crew. Conveyed to HGH ED under pre-alert, no carer travelled. Handover 07:55.',
    contacts: [C('other', 'in', 'phone-call'), C('family', 'out', 'other'), C('ed', 'out', 'information-share')], concerns: ['other'], dupOf: 'P32' },
  { plain: '' },
  { para: [
    { key: 'M6', agency: 'ambulance', date: day('24/02/2024', '2024-02-24'), time: '04:12',
      s: "On 24/02/2024 at 04:12 WCAS received a 999 call from Mr K, who said Mr R had been 'fitting for ages'. The call was categorised Cat 1 and the crew arrived at 04:24 to find Mr R in status epilepticus; he went into cardiac arrest at 04:36 and was conveyed to HGH ED under pre-alert with CPR in progress. Mr K told the crew that Mr R 'hadn't had his tablets for a few days'.",
      contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('ed', 'out', 'notification')], concerns: ['other', 'neglect'] },
    { key: 'M7', agency: 'ambulance', date: { raw: 'The following day', earliest: '2024-02-25', latest: '2024-02-25', precision: 'day', uncertain: false }, time: null,
      s: 'The following day the WCAS safeguarding team completed a Datix and made a safeguarding referral to Downshire ASC.',
      contacts: [C('asc', 'out', 'referral')] },
  ] },
  { plain: '' },
  { plain: '==================================================================' },
  { plain: 'POLICE' },
  { plain: 'Downshire Police – STORM command and control, Niche RMS, PNC' },
  { plain: '==================================================================' },
  { plain: '' },
  { plain: "Mr R was not known to police before the period under review. Mr K is recorded on Niche with previous convictions for theft and for fraud by abuse of position, the victim of the latter being an adult with a learning disability. No request for information about Mr K was received from Downshire ASC before the s42 planning meeting." },
  { plain: '' },
  { key: 'N1', agency: 'police', iso: '2023-07-12', time: '02:14',
    line: "12/07/2023 02:14 – 101 call from neighbour (Marlpit Court), transferred to 999: shouting and 'men coming and going' from flat 14 all night.",
    contacts: [C('family', 'in', 'phone-call')] },
  { key: 'N2', agency: 'police', iso: '2023-07-12', time: '02:41',
    line: "12/07/2023 02:41 – Officers (PC 2231, PC 1870) attended. Occupant Mr R (learning disability) present with Mr K and two unknown males. Mr R anxious, said they were his mates. Mr K holding Mr R's bank card, said he 'does his shopping'. Words of advice, males left. Occurrence closed – no offences disclosed. No adult at risk notification (APPN) submitted.",
    contacts: [C('family', 'out', 'other')], concerns: ['exploitation'] },
  { key: 'N3', agency: 'police', iso: '2023-10-03', time: '18:22',
    line: "03/10/2023 18:22 – 999 call from support worker (Brookvale Support): three males in client's flat refusing to leave, one shouting at her. Officers attended 18:51. Mr K (known – see above) and two males present; Mr R said Mr K 'lives here now'. Males left on request; Mr K stayed as Mr R wanted him to. Officers noted concerns of possible cuckooing / financial exploitation.",
    contacts: [C('other', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['exploitation'], dupOf: 'P23' },
  { key: 'N4', agency: 'police', iso: '2023-10-04', time: '09:10',
    line: "04/10/2023 09:10 – APPN (adult at risk) completed by PC 1870 and sent by secure email to Downshire ASC Contact Centre, ref APPN/23/10/0412: cuckooing / financial exploitation concerns, Mr K's history included.",
    contacts: [C('asc', 'out', 'notification')], concerns: ['exploitation'] },
  { key: 'N5', agency: 'police', iso: '2023-12-20', time: '14:00',
    line: "20/12/2023 14:00 – PS 0914 (Vulnerability Hub) attended ASC s42 planning meeting (Teams) with CLDT, GP and care provider. Shared Mr K's previous convictions and the two call-outs. Action: NPT to visit Mr R.",
    contacts: [C('asc', 'both', 'conference'), C('gp', 'both', 'conference'), C('other', 'both', 'conference')], concerns: ['criminality'], dupOf: 'A12' },
  { key: 'N6', agency: 'police', iso: '2024-01-09', time: '11:20',
    line: "09/01/2024 11:20 – PCSO 6120 and PC 1870 visited Mr R at the address (s42 action), support worker present. Mr K not present. Mr R said Mr K 'stays sometimes'. Intelligence report submitted.",
    contacts: [C('family', 'out', 'home-visit'), C('other', 'both', 'home-visit')], dupOf: 'P31' },
  { plain: '' },
  { para: [
    { key: 'N7', agency: 'police', date: day('24/02/2024', '2024-02-24'), time: '05:40',
      s: "At 05:40 on 24/02/2024 police were informed by HGH ED of the unexpected death of Mr R. Officers attended Marlpit Court at 06:20 and spoke to Mr K, who said Mr R had been 'off his tablets' for a few days. The death was not treated as suspicious. Brookvale Support were informed by telephone at 07:30 and Mr R's mother was informed in person by officers at 08:15.",
      contacts: [C('ed', 'in', 'notification'), C('family', 'out', 'other'), C('other', 'out', 'phone-call')], concerns: ['other', 'neglect'] },
    { key: 'N8', agency: 'police', date: { raw: 'Two days later', earliest: '2024-02-26', latest: '2024-02-26', precision: 'day', uncertain: false }, time: null,
      s: "Two days later the file was passed to the coroner's officer and a referral made to the Safeguarding Adults Board for consideration of a SAR.",
      contacts: [C('other', 'out', 'information-share'), C('other', 'out', 'referral')] },
  ] },
  { plain: '' },
  { plain: 'End of combined return.' },
];

function wrap(text, width = 100, indent = '') {
  const words = text.split(' '); const out = []; let line = '';
  for (const w of words) { if ((line + ' ' + w).trim().length > width) { out.push(line); line = indent + w; } else line = line ? line + ' ' + w : w; }
  if (line) out.push(line);
  return out.join('\n');
}
function writeTxt() {
  const file = 'police-and-ambulance.txt';
  gold.files.push({ file, agency: 'mixed', format: 'txt' });
  const lines = []; let n = 0;
  for (const it of T) {
    if (it.plain !== undefined) { lines.push(it.plain.length > 100 ? wrap(it.plain) : it.plain); continue; }
    if (it.para) {
      lines.push(wrap(it.para.map((x) => x.s).join(' ')));
      for (const x of it.para) {
        n += 1;
        addEntry(file, n, x.key, { agency: x.agency, date: x.date, time: x.time, text: x.s, contacts: x.contacts, concerns: x.concerns });
      }
      continue;
    }
    lines.push(it.line);
    if (it.cont) lines.push(it.cont);
    n += 1;
    addEntry(file, n, it.key, {
      agency: it.agency, date: day(dmy(it.iso), it.iso), time: it.time,
      text: it.line + (it.cont ? ' ' + it.cont.trim() : ''), contacts: it.contacts, concerns: it.concerns, dupOf: it.dupOf,
    });
  }
  fs.writeFileSync(path.join(OUT, file), lines.join('\n') + '\n');
}

// =====================================================================
// gaps, decoys, duplicates
// =====================================================================
const GAPS = [
  { id: 'HB-G01', code: 'G1', also: ['G5'], from: 'other', to: ['gp', 'asc'],
    anchors: ['P8', 'P9', 'P13', 'P19', 'P20', 'P26', 'P27', 'P11', 'G7', 'A6'],
    note: 'Brookvale recorded refused and missed antiepileptic doses (from May 2023, with K influencing R) and steady weight loss from 78.4kg to 67.5kg, reporting only to its own team leader/manager. When the practice nurse rang after the June seizure the provider said R "mostly takes them, odd refusal", and at the August best interests meeting the RM reported no missed doses. Neither the GP nor the CLDT was told of the pattern until December 2023.' },
  { id: 'HB-G02', code: 'G1', also: [], from: 'police', to: ['asc'],
    anchors: ['N2', 'N1'],
    note: 'In July 2023 officers found a man with a learning disability at 2am with K and two unknown males, K holding his bank card. The occurrence was closed with no APPN, so ASC never heard of the first police attendance.' },
  { id: 'HB-G03', code: 'G10', also: ['G3'], from: 'other', to: ['asc'],
    anchors: ['P14', 'A4'],
    note: "Brookvale's June 2023 safeguarding concern described possible financial abuse by K (money, bank card, K living at the flat). ASCCC triage recorded it as a friendship / lifestyle choice and a house management issue, relied on one phone call to R, closed it without s42 and did not pass it to the CLDT that held the case." },
  { id: 'HB-G04', code: 'G4', also: [], from: 'asc', to: ['other'],
    anchors: ['A4', 'P15', 'P18', 'A5'],
    note: 'The provider was never told the outcome of its safeguarding concern; it chased by phone (5 July) and email (24 July) without reply and only learned it had been closed when the RM rang the CLDT social worker in early August.' },
  { id: 'HB-G05', code: 'G2', also: [], from: 'police', to: ['asc'],
    anchors: ['N4', 'A7'],
    note: 'After the October call-out police sent an APPN to the ASC Contact Centre by secure email (cuckooing / financial exploitation, K\'s history). ASC has no record of it; the CLDT noted "no police notification on file" when the provider emailed about the same incident.' },
  { id: 'HB-G06', code: 'G6', also: [], from: 'asc', to: ['gp'],
    anchors: ['A6', 'P21'],
    note: 'The August 2023 best interests meeting decided how R\'s antiepileptic medication would be held and given, but the GP (prescriber) was not invited; the missed doses, low valproate level and missed health checks known to health were not in the room.' },
  { id: 'HB-G07', code: 'G7', also: [], from: 'asc', to: ['police'],
    anchors: ['A6'],
    note: "Mrs R told the best interests meeting that K had been in trouble with the police. No police checks were sought; police held convictions for theft and fraud against a vulnerable adult, which only came out at the December s42 meeting." },
  { id: 'HB-G08', code: 'G8', also: [], from: 'gp', to: ['asc', 'other'],
    anchors: ['G4', 'G10'],
    note: 'R missed the learning disability annual health check twice (April and September 2023). The practice sent letters only, then exception-reported him from the recall; it did not contact the provider or the CLDT to make a reasonable adjustment.' },
  { id: 'HB-G09', code: 'G9', also: ['G1'], from: 'asc', to: ['other'],
    anchors: ['A2', 'H1', 'H2', 'H5', 'H7'],
    note: "When R moved to Marlpit Court the CLDT notified the GP, DWP and pharmacy but not the hospital. The hospital's outpatient system kept 3 Orchard Row, so neurology appointment and DNA letters went to an address he had left (the ED updated its own system in June but PAS still held the old address in January 2024)." },
  { id: 'HB-G10', code: 'G8', also: [], from: 'other', to: ['asc', 'other'],
    anchors: ['H2', 'H5'],
    note: 'Neurology applied the standard two-DNA discharge rule to a patient flagged on PAS as having a learning disability, writing only to the old address; it did not contact his carers or the CLDT or make reasonable adjustments before discharging him.' },
  { id: 'HB-G11', code: 'G3', also: ['G8'], from: 'other', to: ['gp'],
    anchors: ['H5', 'G8', 'G3'],
    note: "Neurology's letters (DNA in April, discharge after two DNAs in June) reached the practice and were filed \"no action required\"; no re-referral or check with the provider was made, so R had no specialist epilepsy review for the rest of the period." },
  { id: 'HB-G12', code: 'G1', also: ['G9'], from: 'other', to: ['other', 'asc'],
    anchors: ['H10', 'H8', 'P33', 'P34', 'A14'],
    note: 'R was discharged by taxi at 21:50 on 26 January 2024 although the provider had asked to be rung before discharge; neither Brookvale nor the CLDT was told, the ESN referral was not sent, and staff found him home the next morning without his discharge medication.' },
  { id: 'HB-G13', code: 'G5', also: [], from: 'other', to: ['gp'],
    anchors: ['H11', 'G17'],
    note: 'The discharge summary describing breakthrough seizures from non-adherence was sent on 3 February, eight days after discharge, and read by the GP on 5 February; the follow-up task was then not actioned before R died.' },
  { id: 'HB-G14', code: 'G3', also: [], from: 'other', to: ['asc'],
    anchors: ['P36', 'A16'],
    note: "Four days before R's death Brookvale emailed the CLDT that two days of medication were untouched and K was refusing entry. The social worker was on leave, CLDT duty did not pick it up and no action was recorded." },
  { id: 'HB-G15', code: 'G2', also: ['G4'], from: 'asc', to: ['other'],
    anchors: ['A14'],
    note: "After the unsafe discharge the CLDT social worker emailed the hospital discharge team; the hospital chronology has no record of the email and no reply was ever received, so the discharge was not reviewed until after R's death." },
];
const DECOYS = [
  { id: 'HB-D01', looksLike: ['G2', 'G3'], refs: ['M4', 'A10', 'A11'],
    note: 'The ambulance safeguarding referral of 4 December was received by ASCCC the next day, passed to the CLDT the same day, and followed by a joint visit and an s42 enquiry within two days.' },
  { id: 'HB-D02', looksLike: ['G1', 'G5'], refs: ['H4', 'G6'],
    note: 'After the June 2023 seizure the ED sent its letter (low valproate, review adherence) to the GP, gave a copy to the provider via the support worker, and the GP acted on it with a call to the provider.' },
  { id: 'HB-D03', looksLike: ['G6'], refs: ['A12', 'G15', 'N5'],
    note: 'The December s42 planning meeting included the CLDT, police, the GP and the provider – every agency then involved.' },
];

// ---------------------------------------------------------------- main
await writeProvider();
await writeAsc();
await writeAcute();
writeGp();
writeTxt();

// duplicates: resolve keys
const groups = {};
for (const e of gold.entries) {
  if (e._dupOf) {
    const root = byKey[e._dupOf]; if (!root) throw new Error('no dup root ' + e._dupOf);
    e.duplicateOf = root;
    (groups[root] ||= [root]).push(e.ref);
  }
}
// file order check: root must be earliest (date, then file order, then row order)
const fileIdx = Object.fromEntries(gold.files.map((f, i) => [f.file, i]));
const eByRef = Object.fromEntries(gold.entries.map((e) => [e.ref, e]));
const sortKey = (ref) => { const e = eByRef[ref]; const [f, n] = ref.split('#'); return [e.date.earliest, fileIdx[f], Number(n)]; };
const cmp = (a, b) => { const x = sortKey(a), y = sortKey(b); for (let i = 0; i < 3; i++) { if (x[i] < y[i]) return -1; if (x[i] > y[i]) return 1; } return 0; };
for (const [root, members] of Object.entries(groups)) {
  const sorted = [...members].sort(cmp);
  if (sorted[0] !== root) throw new Error(`dup root not earliest: ${root} vs ${sorted[0]}`);
  gold.duplicates.push(sorted);
}
for (const e of gold.entries) { delete e._key; delete e._dupOf; }
const R = (k) => { if (!byKey[k]) throw new Error('unknown key ' + k); return byKey[k]; };
gold.gaps = GAPS.map((g) => ({ id: g.id, code: g.code, ...(g.also.length ? { alsoAcceptable: g.also } : {}), from: g.from, to: g.to, anchors: g.anchors.map(R), note: g.note }));
gold.decoys = DECOYS.map((d) => ({ id: d.id, looksLike: d.looksLike, refs: d.refs.map(R), note: d.note }));
// reorder entry keys so duplicateOf comes last
gold.entries = gold.entries.map((e) => { const { duplicateOf, ...rest } = e; return duplicateOf ? { ...rest, duplicateOf } : rest; });

gold.conventions = {
  provider: 'Brookvale Support (supported living provider, provider.xlsx) is "other" (care provider). Its routine shift notes about supporting R are its own service delivery, not contacts; contacts are tagged only with other agencies, with R\'s mother, and where K or R refused staff entry (family, attempted, dna).',
  providerDates: 'provider.xlsx: full dates are real Excel dates shown dd/mm/yyyy; short dates ("Sat 4th") take month and year from the month heading rows (e.g. "JUNE 2023") above them. Month heading rows, the title rows, the blank row and the repeated header row are not entries. Entry text = Shift | Staff initials | Entry | Incident Y/N | Reported to (empty cells skipped).',
  cldt: 'The Hollinbury & Downs Community Learning Disability Team (CLDT) is a joint Downshire CC / Weald Community Health NHS Trust team recording in the council\'s Mosaic: its entries are asc. The CLDT learning disability nurse (LDN1) is employed by the community health trust, so the one entry she authored (asc.docx, 10/01/2024) has employer "other". Contacts between CLDT staff, ASCCC, EDT and the adult safeguarding team are internal to asc.',
  asc: 'Adult Social Care Contact Centre (ASCCC, the adult front door and triage), EDT and the safeguarding adults managers are asc. There is no MASH in this case. asc.docx entry text = Contact Type | From/To | Summary | Outcome.',
  hospital: 'acute.pdf is one trust with a Department column: Emergency Department rows are "ed"; Neurology OPD, AMU, Cedar Ward, the discharge team and the adult safeguarding team are "other" (acute wards/outpatients). Contacts between departments of the trust are internal. Entry text = Department | Event | Information shared with (time from the Time column).',
  combinedTxt: 'police-and-ambulance.txt: the AMBULANCE section is "ambulance" (WCAS), the POLICE section is "police". Each dated line is one entry (an indented continuation line belongs to the line above); the two prose paragraphs each hold two entries ("The following day", "Two days later"). Undated intro paragraphs are not entries. An ambulance crew or officers attending the address are contacts with family (out, other).',
  people: 'Mr K (R\'s "friend", who moves in) and the neighbour are "family" (household / public). Mrs R is R\'s mother (family). Coroner, SAB, community dietetics, pharmacy and the hospital are "other"; DWP is dwp; Hollinbury Day Opportunities is a charity day service (voluntary) mentioned only in passing.',
  duplicates: 'The provider\'s record of a 999 call and the ambulance service\'s record of the same call-out are one incident (duplicates); likewise a meeting, visit or phone call recorded by two agencies, and the provider\'s emails as logged by the CLDT on the same day. A sender\'s referral and the receiver\'s triage of it are not duplicates.',
  gp: 'gp.csv has two title lines above the header; a row with an empty Date is a continuation of the row above. Dates are dd-Mon-yyyy.',
  vagueDates: '"Early Aug 2023" = 1–10 Aug 2023 (precision range); "w/c 12/02/24" = Mon 12 – Sun 18 Feb 2024.',
};

fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

const counts = {}; for (const g of gold.gaps) counts[g.code] = (counts[g.code] || 0) + 1;
const perFile = {}; for (const e of gold.entries) { const f = e.ref.split('#')[0]; perFile[f] = (perFile[f] || 0) + 1; }

fs.writeFileSync(path.join(OUT, 'README.md'), `# ${CASE}

Invented safeguarding adults review (SAR) for Downshire Safeguarding Adults Board (fictional county in South East England).
Every person, place, service and date is invented.

## People
- **Mr R** ("R"), 34, moderate learning disability and epilepsy (sodium valproate, lamotrigine, buccal midazolam rescue).
  Moved on 13/02/2023 from a shared house at 3 Orchard Row, Kestleham to a supported living flat at 14 Marlpit Court, Hollinbury (Brookvale Support, 28 hrs/wk 1:1, no sleep-in).
- **Mr K** ("K"), a "friend" met in April 2023 who gradually moves into the flat, takes R's bank card, money, food and the medication cabinet key (cuckooing / mate crime).
- **Mrs R**, R's mother.

## Agencies and files
| file | layout | agency |
|---|---|---|
| provider.xlsx | Brookvale Support daily log, one sheet, "Date / Shift / Staff initials / Entry / Incident Y/N / Reported to", month heading rows, short dates like "Sat 4th", repeated header row mid-sheet | other |
| asc.docx | Downshire CC Adult Social Care IMR: title block, one table per quarter under a heading ("April – June 2023"), "Date / Contact Type / From/To / Summary / Outcome" | asc |
| acute.pdf | Hollinbury and Weald Hospitals NHS FT IMR chronology table (Word → PDF), "Date / Time / Department / Event / Information shared with", header repeated, rows break across pages | mixed (ED → ed, other departments → other) |
| gp.csv | Selcombe Cross Medical Practice SystmOne-style extract, two title lines, "Date,Consultation type,Clinician,Problem,Notes", one continuation row | gp |
| police-and-ambulance.txt | combined return: AMBULANCE (Weald & Coast Ambulance Service, WCAS) and POLICE (Downshire Police) sections with "dd/mm/yyyy hh:mm – …" lines and prose paragraphs | mixed (ambulance / police) |

Entries: ${gold.entries.length} (${Object.entries(perFile).map(([f, n]) => `${f} ${n}`).join(', ')}).

## Period
1 March 2023 to R's death on 24 February 2024 (post-death actions to 26/02/2024 are included).

## What went wrong (gold gaps: ${gold.gaps.length})
${gold.gaps.map((g) => `- **${g.id} ${g.code}** (${g.from} → ${g.to.join(', ')}): ${g.note}`).join('\n')}

## Decoys
${gold.decoys.map((d) => `- **${d.id}** (looks like ${d.looksLike.join('/')}): ${d.note}`).join('\n')}

## Case conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}
`);

console.log('entries', gold.entries.length, perFile);
console.log('gaps', gold.gaps.length, counts, 'decoys', gold.decoys.length, 'dup groups', gold.duplicates.length);
