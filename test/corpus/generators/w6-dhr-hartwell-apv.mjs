// Generator for invented case w6-dhr-hartwell-apv (DHR, adolescent-to-parent violence).
// Writes the five agency files, gold.json and README.md into /work/blind/w6-dhr-hartwell-apv/.
// Everything here is fictional.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import os from 'os';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const ExcelJS = require('exceljs');
const docx = require('docx');

const CASE = 'w6-dhr-hartwell-apv';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const D = (raw, iso, uncertain = false) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain });
const R = (raw, from, to, precision, uncertain = false) => ({ raw, earliest: from, latest: to, precision, uncertain });
const C = (w, d, t) => ({ with: w, direction: d, type: t });
const FAM_IN_CALL = C('family', 'in', 'phone-call');
const ATTEND = C('family', 'out', 'other');

// =====================================================================
// 1. POLICE (police.xlsx) – sheets "Incidents" and "Intelligence"
// =====================================================================
const incidents = [
  {
    key: 'I1', urn: 'WR-22-081234', dt: [2022, 3, 19, 22, 14], call: 'Domestic – Disturbance',
    summary: "999 call from IP Lorraine HARTWELL (mother) – son Jordan (17) 'kicking off', has pushed her into the hallway wall and smashed the TV. PC1 & PC2 attended 22:31. Jordan calm on arrival, admitted pushing mum after she took his phone off him. IP no visible injury, did not want any action – 'he's a kid, he's stressed with everything'. Words of advice to Jordan. Treated as parent/child conflict – DASH not completed (suspect a juvenile). Crime: common assault – outcome 16 (victim does not support). Child PPN submitted to MASH.",
    grading: 'Standard', ppn: 'Child PPN (Jordan)',
    contacts: [FAM_IN_CALL, ATTEND, C('mash', 'out', 'notification')],
    concerns: ['domestic-abuse', 'criminality'],
  },
  {
    key: 'I2', urn: 'WR-22-107719', dt: [2022, 4, 30, 23, 52], call: 'Concern for safety – 3rd party',
    summary: "Call from neighbour at no.14 Kestrel Close – screaming and banging from IP's address. Officers attended 00:20. Jordan (17) had left prior to police arrival. IP reddening to L cheek, said they 'had a row', would not say what happened. 'It's just teenage stuff, I don't want him arrested.' DASH offered – IP refused. Child PPN submitted to MASH 01/05/22 via CRU.",
    grading: 'Standard', ppn: 'Child PPN',
    contacts: [FAM_IN_CALL, ATTEND, C('mash', 'out', 'notification')],
    concerns: ['domestic-abuse', 'non-engagement'],
  },
  {
    key: 'I3', urn: 'WR-22-146020', dt: [2022, 6, 14, 1, 20], call: 'Domestic – Assault',
    summary: "IP rang 999 – son has punched her in the face. Attended 01:34. IP split lip, bleeding. Jordan (17) arrested ABH and threats – said to IP 'I'll stab you, I swear'. IP initially supportive, declined statement at 09:00. DASH completed by PC3: 7 ticks – STANDARD. IP told PC3 'it's the first time he's ever touched me'. Referral to Safer Homes Wrenshire (outreach) – IP consented. Child PPN to MASH.",
    cont: "(cont.) Jordan interviewed with appropriate adult. Said mum 'winds him up', admitted smoking cannabis 'all day'. NFA – evidential difficulties (IP not supporting). Custody record: open to YJS.",
    grading: 'Standard', ppn: 'Child PPN / DA PPN',
    contacts: [FAM_IN_CALL, ATTEND, C('da-service', 'out', 'referral'), C('mash', 'out', 'notification')],
    concerns: ['domestic-abuse', 'criminality', 'substance-misuse'],
  },
  {
    key: 'I4', urn: 'WR-22-203388', dt: [2022, 8, 18, 19, 5], call: 'Domestic – Criminal damage',
    summary: "IP reports son kicked in front door panel after she locked him out at 18:30 for smoking cannabis in the house. Attended 19:40. Jordan (17) located on Fellgate Rec, abusive to officers, smelt strongly of cannabis. IP: 'verbal only', no assault alleged, does not want damage crimed. DASH not completed – no DA offence, parent/child. Advice given. Child PPN to MASH.",
    grading: 'Standard', ppn: 'Child PPN',
    contacts: [FAM_IN_CALL, ATTEND, C('mash', 'out', 'notification')],
    concerns: ['domestic-abuse', 'substance-misuse', 'criminality'],
  },
  {
    key: 'I5', urn: 'WR-22-241517', dt: [2022, 10, 2, 21, 40], call: 'Domestic – Assault',
    summary: "IP called 999 – son 'off his head', smashing kitchen cupboards, pushed her to the floor. Attended 21:58. IP bruising L upper arm. Jordan (18) arrested crim damage & common assault. Jordan rambling, stated neighbours 'have cameras on him' and mum 'is working with them'. IP declined statement and DASH – 'I just want him to get help'. DA PPN standard – no referral to Safer Homes (no consent). Vulnerable Adult PPN (Jordan – MH) to Adult MASH. RUI; NFA 10/10/22 – victim does not support.",
    grading: 'Standard', ppn: 'DA PPN / Vulnerable Adult PPN',
    contacts: [FAM_IN_CALL, ATTEND, C('mash', 'out', 'notification')],
    concerns: ['domestic-abuse', 'criminality', 'parental-mental-health', 'non-engagement'],
  },
  {
    key: 'I6', urn: 'WR-22-257090', dt: [2022, 10, 23, 15, 30], call: 'Drugs / Assault (non-domestic)',
    summary: "Jordan (18) stopped at Castleholme bus station – 18 wraps cannabis, £240 cash. Assaulted security guard while detained. Arrested PWITS & common assault. Charged, bailed to Kestrel Close (curfew 21:00–07:00).",
    grading: 'N/A', ppn: 'None',
    contacts: [ATTEND],
    concerns: ['criminality', 'substance-misuse'],
  },
  {
    key: 'I7', urn: 'WR-23-031456', dt: [2023, 2, 6, 20, 12], call: 'Domestic – Abandoned 999',
    summary: "999 from IP mobile – open line, shouting heard, caller then said 'sorry, wrong number'. Call back by control room – male shouting in background. Officers attended 20:45. IP scratch to R cheek – 'the cat did it'. Jordan (18) present, hostile. PNC: Jordan subject to Community Order (Castleholme MC 12/12/22). Argument believed over money. DASH – IP declined. No offences disclosed. DA PPN standard, no onward referral (no consent).",
    grading: 'Standard', ppn: 'DA PPN',
    contacts: [FAM_IN_CALL, C('family', 'out', 'phone-call'), ATTEND],
    concerns: ['domestic-abuse', 'criminality', 'non-engagement'],
  },
  {
    key: 'I8', urn: 'WR-23-094211', dt: [2023, 4, 18, 11, 25], call: 'Concern for safety – 3rd party (101)',
    summary: "101 call from Michelle (IP's sister): Jordan told IP last night he would 'slit her throat', IP frightened to go home. PC5 rang IP 13:10 – IP said sister 'over-reacting', Jordan 'not well, not taking his tablets', 'he doesn't mean it'. Declined officer visit. Recorded non-crime domestic. No DASH (IP declined by phone).",
    grading: 'Standard', ppn: 'DA PPN',
    contacts: [FAM_IN_CALL, C('family', 'out', 'phone-call')],
    concerns: ['domestic-abuse', 'parental-mental-health', 'non-engagement'],
  },
  {
    key: 'I9', urn: 'WR-23-171902', dt: [2023, 7, 11, 2, 5], call: 'Domestic / Mental health',
    summary: "Neighbour 999 – IP outside in nightwear, distressed, saying son has thrown her out. Attended 02:20. Jordan (18) inside, barricaded, shouting about 'the implant' and that mum is poisoning his food. Detained s136 MHA 03:10, conveyed to Place of Safety (Harbour Suite, Wrenshire Healthcare). IP graze to L knee – 'he didn't hit me, he pushed me out'. DASH to be completed by PPH next day. DA PPN standard. Vulnerable Adult PPN (Jordan) to Adult MASH.",
    grading: 'Standard', ppn: 'DA PPN / Vulnerable Adult PPN',
    contacts: [FAM_IN_CALL, ATTEND, C('adult-mh', 'out', 'other'), C('mash', 'out', 'notification')],
    concerns: ['domestic-abuse', 'parental-mental-health'],
  },
  {
    key: 'I12', urn: 'WR-23-246675', dt: [2023, 10, 1, 23, 40], call: 'Domestic – Verbal',
    summary: "IP called 999 – Jordan banging on her bedroom door demanding money. Attended 00:05, Jordan left prior. IP: 'he's just back on the weed'. Officer noted wedge on inside of IP's bedroom door. DASH declined. Words of advice re calling back. DA PPN standard.",
    grading: 'Standard', ppn: 'DA PPN',
    contacts: [FAM_IN_CALL, ATTEND],
    concerns: ['domestic-abuse', 'substance-misuse', 'non-engagement'],
  },
  {
    key: 'I10', urn: 'WR-23-289340', dt: [2023, 11, 26, 22, 5], call: 'Concern for safety – MH / weapon',
    summary: "IP called 999 – Jordan (19) in kitchen holding knife to his own arm, saying 'they' are coming for him. Officers (taser trained) attended 22:18, knife removed without injury to officers. Detained s136 MHA, conveyed to CRI Emergency Department (Harbour Suite closed – staffing). IP said Jordan had not threatened her. Recorded as concern for safety – not DA. Vulnerable Adult PPN to Adult MASH.",
    grading: 'N/A', ppn: 'Vulnerable Adult PPN',
    contacts: [FAM_IN_CALL, ATTEND, C('ed', 'out', 'other'), C('mash', 'out', 'notification')],
    concerns: ['parental-mental-health'],
  },
  {
    key: 'I11', urn: 'WR-24-029114', dt: [2024, 2, 3, 3, 14], call: 'Homicide',
    summary: "999 call from neighbour at no.14 – screaming, woman shouting 'help me'. Officers attended 03:22, forced entry. IP found in hallway with multiple stab wounds; CPR by officers until ambulance arrival. IP conveyed to CRI, pronounced deceased 04:12. Jordan (19) arrested at scene on suspicion of murder. MCU informed – Operation Larchwood.",
    grading: 'Major incident', ppn: 'N/A',
    contacts: [FAM_IN_CALL, ATTEND],
    concerns: ['domestic-abuse', 'criminality', 'injury'],
  },
];

const intel = [
  {
    key: 'N1', date: '09/05/2022', iso: '2022-05-09', source: 'Intelligence report (3x5x2)',
    entry: 'Jordan HARTWELL (17) believed to be dealing cannabis from Fellgate Rec on a black mountain bike. Grade B/2. Linked to IP address.',
    contacts: [], concerns: ['criminality', 'substance-misuse'],
  },
  {
    key: 'N2', date: '24/10/2022', iso: '2022-10-24', source: 'Custody record',
    entry: "Jordan charged PWITS (cannabis) and common assault (security guard). Bailed to Kestrel Close. Custody HCP: Jordan reports 'hearing stuff', paranoid re neighbours, daily cannabis. Advised to see GP. Not open to MH services.",
    contacts: [], concerns: ['criminality', 'parental-mental-health', 'substance-misuse'],
  },
  {
    key: 'N3', date: '12/12/2022', iso: '2022-12-12', source: 'PNC update',
    entry: 'Convicted Castleholme MC – PWITS cannabis, common assault. Community Order 12 months: RAR 20 days, UPW 100 hrs. Supervising: Probation Service, Castleholme PDU.',
    contacts: [], concerns: ['criminality'],
  },
  {
    key: 'N4', date: '02/05/2023', iso: '2023-05-02', source: 'Partner agency – email',
    entry: "Email rec'd PPH from Safer Homes Wrenshire (OW2), dated 28/04/23, re IP Lorraine HARTWELL: DASH 11 – medium; IP discloses son put hands round her neck earlier this year, threats to kill, son psychotic and using cannabis. Asks police to review risk and consider MARAC on professional judgement. Reviewed by DS PPH: previous incidents all standard, IP declined DASH on each, no offences disclosed to police. Risk remains STANDARD. Not for MARAC. Info only – linked to IP nominal. No reply required.",
    contacts: [C('da-service', 'in', 'email')], concerns: ['domestic-abuse', 'parental-mental-health', 'substance-misuse'],
  },
  {
    key: 'N5', date: '19/07/2023', iso: '2023-07-19', source: 'PPH research',
    entry: 'DASH for incident 11/07/23 not completed – IP not contactable by phone x2. Closed.',
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['domestic-abuse', 'non-engagement'],
  },
  {
    key: 'N7', date: '04/12/2023', iso: '2023-12-04', source: 'Adult MASH',
    entry: 'Adult MASH outcome re VA PPN 26/11/23 (Jordan – MH, self-harm): passed to Wrenshire Healthcare crisis team, no ASC role. Closed.',
    contacts: [C('mash', 'in', 'information-share')], concerns: ['parental-mental-health'],
  },
  {
    key: 'N8', date: '03/02/2024', iso: '2024-02-03', source: 'Major Crime – records review',
    entry: 'Operation Larchwood. Records review: 10 calls linked to Kestrel Close since 03/2022 (9 flagged domestic); 1 DASH completed (14/06/22 – standard); no MARAC referral. No request from Probation for DA/safeguarding checks on Jordan HARTWELL on record; no notification to Probation of any incident.',
    contacts: [], concerns: ['domestic-abuse'],
  },
];

const pad = (n) => String(n).padStart(2, '0');
const policeEntries = [];
for (const r of incidents) {
  const [y, mo, d, h, mi] = r.dt;
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  const raw = `${pad(d)}/${pad(mo)}/${y} ${pad(h)}:${pad(mi)}`;
  const summary = r.cont ? `${r.summary} ${r.cont}` : r.summary;
  policeEntries.push({
    key: r.key, file: 'police.xlsx', agency: 'police', date: D(raw, iso), time: `${pad(h)}:${pad(mi)}`,
    text: [r.call, summary, r.grading, r.ppn].join(' | '), contacts: r.contacts, concerns: r.concerns,
  });
}
for (const r of intel) {
  policeEntries.push({
    key: r.key, file: 'police.xlsx', agency: 'police', date: D(r.date, r.iso), time: null,
    text: [r.source, r.entry].join(' | '), contacts: r.contacts, concerns: r.concerns,
  });
}

async function writePolice() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Wrenshire Police – Safeguarding Review Unit';
  const ws = wb.addWorksheet('Incidents');
  ws.addRow(["WRENSHIRE POLICE – DOMESTIC HOMICIDE REVIEW 'HARTWELL' – CHRONOLOGY OF INCIDENTS"]);
  ws.addRow(['Subjects: IP Lorraine HARTWELL (DOB 02/06/1975); Jordan HARTWELL (DOB 14/09/2004). Address: Kestrel Close, Fellgate, Castleholme. Period: 01/03/2022 – 03/02/2024. Source: STORM / Niche RMS.']);
  ws.addRow([]);
  const hdr = ws.addRow(['URN', 'Date/Time', 'Call type', 'Summary', 'Grading', 'PPN type']);
  hdr.font = { bold: true };
  hdr.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }; });
  ws.getRow(1).font = { bold: true, size: 12 };
  for (const r of incidents) {
    const [y, mo, d, h, mi] = r.dt;
    const row = ws.addRow([r.urn, new Date(Date.UTC(y, mo - 1, d, h, mi)), r.call, r.summary, r.grading, r.ppn]);
    row.getCell(2).numFmt = 'dd/mm/yyyy hh:mm';
    if (r.cont) ws.addRow(['', null, '', r.cont, '', '']);
  }
  ws.columns.forEach((col, i) => { col.width = [16, 18, 26, 90, 14, 26][i]; });
  ws.eachRow((row, n) => { if (n > 4) row.alignment = { wrapText: true, vertical: 'top' }; });

  const wi = wb.addWorksheet('Intelligence');
  wi.addRow(["WRENSHIRE POLICE – DHR 'HARTWELL' – INTELLIGENCE / RECORDS (Jordan HARTWELL nominal)"]);
  wi.getRow(1).font = { bold: true, size: 12 };
  const h2 = wi.addRow(['Date', 'Source', 'Entry']);
  h2.font = { bold: true };
  for (const r of intel) wi.addRow([r.date, r.source, r.entry]).alignment = { wrapText: true, vertical: 'top' };
  wi.columns.forEach((col, i) => { col.width = [12, 30, 100][i]; });
  await wb.xlsx.writeFile(path.join(OUT, 'police.xlsx'));
}

// =====================================================================
// 2. YJS and CSC joint return (yjs-and-csc.docx)
// =====================================================================
// svc: the value shown in the Service column ('' = same as above); agency: the real recording agency
const yjRows = [
  { key: 'Y1', svc: 'YJS', agency: 'other', date: D('07/03/2022', '2022-03-07'), contact: 'Office appt – RO contract session',
    detail: "J attended with mum. Referral Order 12 months (Castleholme Youth Court 24/01/22 – ABH on a peer). Mum said J is 'a nightmare at home', punched hole in his bedroom door last week, she is 'walking on eggshells'. YJ1 asked – mum said he has never hit her.",
    outcome: 'AssetPlus to be updated. Consider parenting support for mum.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['criminality', 'domestic-abuse'] },
  { key: 'Y2', svc: 'CSC', agency: 'csc', date: D('20/03', '2022-03-20'), time: '09:20', contact: 'MASH contact – Police Child PPN',
    detail: "PPN rec'd 09:20 re incident 19/03: J (17) pushed mother into wall, smashed TV. MASH checks: open to YJS on Referral Order. T/c to YJ1 – YJS aware of difficulties at home, will address in sessions.",
    outcome: 'Level 2 – NFA CSC. Info shared with YJS. Letter to mum with Early Help/APV leaflet.',
    contacts: [C('police', 'in', 'notification'), C('other', 'out', 'phone-call'), C('family', 'out', 'letter')], concerns: ['domestic-abuse'] },
  { key: 'Y4', svc: 'YJS', agency: 'other', date: D('28/03', '2022-03-28'), contact: 'Office appt',
    detail: "J attended. Discussed 19/03 – J said mum took his phone and he 'lost it'. Admits cannabis daily (approx £20/day). Referral to YPDAS made today (secure email).",
    outcome: 'Next appt 11/04.',
    contacts: [C('family', 'in', 'attendance'), C('substance-misuse', 'out', 'referral')], concerns: ['domestic-abuse', 'substance-misuse'] },
  { key: 'Y7', svc: 'CSC', agency: 'csc', date: D('30/04/22', '2022-04-30'), contact: '',
    detail: 'NOTE FOR REVIEW: no record on LCS or in the MASH inbox of any police PPN for the incident at Kestrel Close on 30/04/22 (police ref supplied by DHR panel). No contact recorded.',
    outcome: '', contacts: [], concerns: [] },
  { key: 'Y6', svc: 'YJS', agency: 'other', date: D('10/05', '2022-05-10'), contact: 'RO panel review',
    detail: "Community panel review – J and mum attended. Mum said things 'much calmer at home'. Panel/YJ1 not aware of any further police call-outs since March.",
    outcome: 'Contract continues. J to attend YPDAS.',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'Y9', svc: 'CSC', agency: 'csc', date: D('15/06/22', '2022-06-15'), contact: 'MASH contact – Police Child PPN / DA',
    detail: "PPN rec'd re 14/06: J arrested ABH on mother (split lip), threats to stab her. DASH standard. MASH checks: YJS (open, YJ1 aware).",
    outcome: 'RAG amber – Level 3. Step up to Duty & Assessment for C&F assessment. Allocated SW1.',
    contacts: [C('police', 'in', 'notification'), C('other', 'out', 'information-request')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'Y10', svc: '', agency: 'csc', date: D('22/06', '2022-06-22'), contact: 'Joint HV (SW1 + YJ1)',
    detail: "Mum seen at home, J present for part then left. Mum minimised – 'a one-off', 'I'm not having him done for it'. Said J 'not himself' since spring – paranoid, thinks people are watching the house, talks to himself at night – she blames the skunk. SW1 advised mum to book GP appt for J.",
    outcome: 'C&F assessment continues.',
    contacts: [C('family', 'out', 'home-visit'), C('other', 'both', 'home-visit')], concerns: ['domestic-abuse', 'parental-mental-health', 'substance-misuse'] },
  { key: 'Y11', svc: 'YJS', agency: 'other', date: D('22/06', '2022-06-22'), contact: 'Joint HV with CSC (SW1)',
    detail: "J left after 10 mins. YJ1 noted bruise to mum's L forearm – she said 'from work'. J laughing to himself, poor eye contact.",
    outcome: 'To discuss at professionals meeting.',
    contacts: [C('family', 'out', 'home-visit'), C('csc', 'both', 'home-visit')], concerns: ['injury', 'parental-mental-health'], dupOf: 'Y10' },
  { key: 'Y12', svc: '', agency: 'other', date: D('29/06', '2022-06-29'), contact: 'Office appt',
    detail: "J attended. Angry mum 'grassed' on 14/06, says he only pushed her. Still using daily.",
    outcome: 'Cont. – next appt 13/07.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'substance-misuse'] },
  { key: 'Y13', svc: 'CSC', agency: 'csc', date: D('05/07/22', '2022-07-05'), contact: 'Professionals meeting',
    detail: "Present: SW1, TM1 (CSC); YJ1 (YJS). Police not invited. YPDAS not invited. Discussed 2 police incidents (March, June). J's behaviour seen as adolescent conflict linked to cannabis use rather than domestic abuse; mum 'protective' of J.",
    outcome: 'Agreed: SW1 to refer mum to Early Help NVR parenting group; YJS to continue; C&F to conclude – CIN not required.',
    contacts: [C('other', 'both', 'conference')], concerns: ['domestic-abuse', 'substance-misuse'] },
  { key: 'Y14', svc: 'YJS', agency: 'other', date: D('05.07.22', '2022-07-05'), contact: 'Professionals mtg (County Hall)',
    detail: 'YJ1 attended professionals meeting with CSC re J.',
    outcome: 'Outcome – no CIN, NVR group for mum.',
    contacts: [C('csc', 'both', 'conference')], concerns: [], dupOf: 'Y13' },
  { key: 'Y15', svc: 'CSC', agency: 'csc', date: D('21/07', '2022-07-21'), contact: 'Early Help referral',
    detail: 'Referral to Early Help (NVR group) drafted by SW1 – not sent. SW1 left post 29/07/22; case awaiting reallocation.',
    outcome: 'Not sent.', contacts: [], concerns: [] },
  { key: 'Y16', svc: 'YJS', agency: 'other', date: R('Early Aug 2022', '2022-08-01', '2022-08-10', 'range'), contact: 'Home visit – attempted',
    detail: 'YJ1 called at Kestrel Close x2, no answer. Text to J.',
    outcome: 'Appt letter sent.',
    contacts: [C('family', 'attempted', 'home-visit'), C('family', 'out', 'other'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'Y17', svc: 'CSC', agency: 'csc', date: D('19.08/22', '2022-08-19'), contact: 'MASH contact – Police Child PPN',
    detail: "PPN rec'd re 18/08: J kicked in front door after mum locked him out, 'verbal only' per mum, cannabis. Case open to D&A – passed to allocated worker.",
    outcome: 'Forwarded to SW2 (reallocated 15/08). No further action recorded.',
    contacts: [C('police', 'in', 'notification')], concerns: ['domestic-abuse', 'substance-misuse'] },
  { key: 'Y18', svc: 'YJS', agency: 'other', date: D('24/08', '2022-08-24'), contact: 'Office appt',
    detail: "J attended late. Flat, poor eye contact, says he 'can hear the neighbours talking about him through the walls'. YJ1 advised GP.",
    outcome: 'Discuss in supervision re CAMHS/adult MH – J 18 next month.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health'] },
  { key: 'Y19', svc: 'CSC', agency: 'csc', date: D('09/09/22', '2022-09-09'), contact: 'Case closure',
    detail: "C&F assessment concluded by SW2 (no visit since 22/06). J turns 18 on 14/09/22 – 'no longer a child, no CSC role'. 18/08 police DA notification not actioned. Mum's concerns re J's mental health noted in assessment – not shared with GP or adult services. No transition referral made.",
    outcome: 'Closed – NFA.', contacts: [], concerns: ['domestic-abuse', 'parental-mental-health'] },
  { key: 'Y20', svc: 'YJS', agency: 'other', date: D('14/09/22', '2022-09-14'), contact: 'Case management',
    detail: 'J 18 today. RO continues under YJS to end date (23/01/23) per protocol – transition to Probation only if further offending.',
    outcome: '', contacts: [], concerns: [] },
  { key: 'Y22', svc: '', agency: 'other', date: D('02/11', '2022-11-02'), contact: 'Office appt',
    detail: "J attended with mum (YJ1 asked her to come). Mum tearful – said J pushed her over 'last month' and police came, 'he isn't well'. J charged 23/10 (PWITS, assault) – next court date 12/12. YJ1 advised mum to see GP re J and gave her Safer Homes number.",
    outcome: 'Discussed in supervision – YJS not DA lead, mum an adult.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'parental-mental-health', 'criminality'] },
  { key: 'Y23', svc: '', agency: 'other', date: D('12/12/22', '2022-12-12'), contact: 'Court – Castleholme MC',
    detail: 'J sentenced (PWITS, common assault): Community Order 12m – RAR 20, UPW 100. RO revoked. Oral PSR by Probation court team – YJS not asked for information; YJS court officer not present.',
    outcome: 'Case to close to YJS.', contacts: [], concerns: ['criminality'], dupOf: 'N3' },
  { key: 'Y24', svc: '', agency: 'other', date: D('14/12', '2022-12-14'), contact: 'Case closure',
    detail: 'YJS case closed on revocation of RO. Transfer summary / AssetPlus to Probation (Castleholme PDU) – not sent (YJ1 on leave, not picked up).',
    outcome: 'Closed.', contacts: [], concerns: [] },
];
// sanity: blank service means same as the row above
{
  let last = null;
  for (const r of yjRows) {
    const svc = r.svc || last;
    const want = r.agency === 'csc' ? 'CSC' : 'YJS';
    if (svc !== want) throw new Error(`service mismatch ${r.key}`);
    last = svc;
  }
}
const yjEntries = yjRows.map((r) => ({
  key: r.key, file: 'yjs-and-csc.docx', agency: r.agency, date: r.date, time: r.time || null,
  text: [r.contact, r.detail, r.outcome].filter(Boolean).join(' | '), contacts: r.contacts, concerns: r.concerns, dupOf: r.dupOf,
}));

async function writeYjs() {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel, AlignmentType, PageOrientation } = docx;
  const cell = (t, bold = false, w = 20) => new TableCell({
    width: { size: w, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text: t, bold, size: 18 })] })],
  });
  const widths = [8, 10, 16, 44, 22];
  const header = new TableRow({ tableHeader: true, children: ['Service', 'Date', 'Contact', 'Detail', 'Outcome'].map((h, i) => cell(h, true, widths[i])) });
  const rows = yjRows.map((r) => new TableRow({
    children: [r.svc, r.date.raw, r.contact, r.detail, r.outcome].map((t, i) => cell(t, false, widths[i])),
  }));
  const doc = new Document({
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Joint return: Youth Justice Service and Children\'s Social Care')] }),
        new Paragraph({ children: [new TextRun({ text: "Wrenshire County Council – Domestic Homicide Review 'Hartwell' (Castleholme CSP)", bold: true })] }),
        new Paragraph({ children: [new TextRun('Subject of return: Jordan (DOB 14/09/2004) and his mother Lorraine. Period: 01/03/2022 to 14/12/2022 – neither service had any involvement after 14/12/2022.')] }),
        new Paragraph({ children: [new TextRun('Key: YJ1 = YJS case manager; SW1/SW2 = CSC social workers; TM1 = team manager; RO = Referral Order; MASH = Wrenshire children\'s MASH (run by CSC); YPDAS = Wrenshire Young People\'s Drug & Alcohol Service. Where the Service column is blank the entry is by the same service as the row above.')] }),
        new Paragraph({ children: [] }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        new Paragraph({ children: [] }),
        new Paragraph({ children: [new TextRun('Return completed by: Head of Service, Youth Justice; Service Manager, Quality Assurance (CSC). Date of return: 11/03/2024.')] }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, 'yjs-and-csc.docx'), await Packer.toBuffer(doc));
}

// =====================================================================
// 3. PROBATION (probation.csv) – nDelius contact log
// =====================================================================
const probRows = [
  { key: 'P1', date: '12/12/2022', type: 'COURT - SENTENCE', outcome: 'SENTENCED', officer: 'PO3 (Court team)',
    notes: "Castleholme MC. PWITS (cannabis) and common assault (security guard). CO 12 months: RAR 20 days, UPW 100 hrs.\nOral report (fast delivery) same day – DA and child/adult safeguarding enquiries NOT completed prior to sentence. Defendant states lives with mother, 'no problems at home'. Currently on YJS Referral Order – YJS not contacted.",
    contacts: [C('family', 'out', 'assessment')], concerns: ['criminality'], dupOf: 'N3' },
  { key: 'P3', date: '19/12/2022', type: 'INITIAL APPOINTMENT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: "Induction completed. Order requirements and enforcement explained. Lives with mum at Kestrel Close – says relationship 'fine, she nags'. Uses cannabis 'to help me sleep'. States he is under EIP and has a care co-ordinator. Guarded. Sentence plan to follow.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse', 'parental-mental-health'] },
  { key: 'P4', date: '09/01/2023', type: 'RECORD MANAGEMENT - DA/SAFEGUARDING ENQUIRIES', outcome: 'NOT COMPLETED', officer: 'PP1',
    notes: 'Police DA check and CSC check not yet requested (caseload). To do.',
    contacts: [], concerns: [] },
  { key: 'P5', date: '16/01/2023', type: 'OFFICE VISIT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: 'RAR session 1 – thinking skills. Engaged. No issues at home reported. OASys: RoSH MEDIUM – risk to public (known adult: none identified).',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'P7', date: '13/02/2023', type: 'OFFICE VISIT', outcome: 'FAILED TO ATTEND - UNACCEPTABLE', officer: 'PP1',
    notes: 'No contact from J. T/c to mobile – no answer. Warning letter 1 posted.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'P9', date: '20/02/2023', type: 'OFFICE VISIT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: "Arrived 40 mins late. Says missed last wk as he 'had a row with mum about money' – says sorted now. Advised re compliance. Warning stands.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'non-engagement'] },
  { key: 'P10', date: '02/03/2023', type: 'PHONE CONTACT - OUTGOING', outcome: 'COMPLETED', officer: 'PP1',
    notes: "T/c EIP care co-ordinator (CC1, Wrenshire Healthcare) – confirmed J open to EIP, seen monthly, prescribed aripiprazole. CC1: 'no risk concerns to share'. Agreed to liaise if anything changes.",
    contacts: [C('adult-mh', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'P11', date: '13/03/2023', type: 'OFFICE VISIT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: "RAR session 4. J says mum 'fell down the stairs and broke her wrist' so he's been 'helping out'. Tired.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['injury'] },
  { key: 'P13', date: '17/04/2023', type: 'OFFICE VISIT', outcome: 'FAILED TO ATTEND - UNACCEPTABLE', officer: 'PP1',
    notes: 'No contact. 2nd unacceptable absence – breach to be considered.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'P14', date: '24/04/2023', type: 'ENFORCEMENT REVIEW', outcome: 'BREACH NOT PURSUED', officer: 'SPO1',
    notes: 'Discussed with SPO1. Given MH presentation breach not pursued – final warning to be given in person.',
    contacts: [], concerns: ['non-engagement', 'parental-mental-health'] },
  { key: 'P15', date: '02/05/2023', type: 'OFFICE VISIT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: "Final warning issued. J says 'police keep getting called by my auntie', 'she hates me'. Says nothing happened at home.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['non-engagement'] },
  { key: 'P17', date: '14/06/2023', type: 'OFFICE VISIT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: "J says discharged from EIP ('they gave up on me'). Not taking meds. Cannabis daily. PP1 to contact GP re MH.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'substance-misuse'] },
  { key: 'P18', date: '20/06/2023', type: 'PHONE CONTACT - OUTGOING', outcome: 'NO ANSWER', officer: 'PP1',
    notes: "T/c Fellgate Medical Centre re J's mental health – line busy x2. Not re-tried.",
    contacts: [C('gp', 'attempted', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'P19', date: '17/07/2023', type: 'OFFICE VISIT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: "J says he was 'sectioned for a night' last week after a 'row with mum', let out next day. Says mum 'overreacted'. Advised to re-engage with GP/MH services.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'domestic-abuse'] },
  { key: 'P20', date: '07/08/2023', type: 'OFFICE VISIT', outcome: 'FAILED TO ATTEND - UNACCEPTABLE', officer: 'PP1',
    notes: 'No contact. HV to be arranged.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'P21', date: '15/08/2023', type: 'HOME VISIT', outcome: 'NO ACCESS', officer: 'PP1', time: '14:00',
    notes: 'HV Kestrel Close 14:00 – no answer. Calling card left.',
    contacts: [C('family', 'attempted', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'P22', date: '21/08/2023', type: 'OFFICE VISIT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: "J attended; mum came with him and waited in reception. Mum said he is 'doing better'. Seen alone – denies any issues.",
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'P23', date: '16/10/2023', type: 'OFFICE VISIT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: "UPW complete (100/100). RAR 18/20. J 'back on the weed', not sleeping. 'Home's alright.'",
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'P24', date: '06/11/2023', type: 'OFFICE VISIT', outcome: 'OFFICE VISIT - ATTENDED - COMPLIED', officer: 'PP1',
    notes: 'RAR 20/20. Exit planning. Signposted to Castleholme Recovery Hub re cannabis – J declined.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse', 'non-engagement'] },
  { key: 'P25', date: '11/12/2023', type: 'TERMINATION', outcome: 'ORDER COMPLETED', officer: 'PP1',
    notes: 'Order terminated – completed successfully. No DA or safeguarding concerns identified during the order. Police DA / CSC checks: not on file.',
    contacts: [], concerns: [] },
];
const ddmmyyyyToIso = (s) => { const [d, m, y] = s.split('/'); return `${y}-${m}-${d}`; };
const probEntries = probRows.map((r) => ({
  key: r.key, file: 'probation.csv', agency: 'probation', date: D(r.date, ddmmyyyyToIso(r.date)), time: r.time || null,
  text: [r.type, r.outcome, r.officer, r.notes].filter(Boolean).join(' | '), contacts: r.contacts, concerns: r.concerns, dupOf: r.dupOf,
}));
function csvField(s) { return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }
function writeProbation() {
  const lines = ['Probation Service - East Midlands Region - Castleholme PDU - nDelius contact list extract - CRN E482913 - HARTWELL Jordan'];
  lines.push('Contact Date,Contact Type,Outcome,Officer,Notes');
  for (const r of probRows) lines.push([r.date, r.type, r.outcome, r.officer, r.notes].map(csvField).join(','));
  fs.writeFileSync(path.join(OUT, 'probation.csv'), lines.join('\r\n') + '\r\n');
}

// =====================================================================
// 4. HEALTH (health.txt) – combined narrative return
// =====================================================================
// Each paragraph is a list of entries (segments); paragraph text = segments joined by a space.
const health = [
  { heading: 'GP PRACTICE', note: '(Fellgate Medical Centre, Castleholme – EMIS Web. Lorraine and Jordan were both registered with the practice throughout.)', agency: 'gp', paras: [
    [{ key: 'GP1', date: D('12 April 2022', '2022-04-12'), text: "12 April 2022: Lorraine seen F2F by GP2. Bruising to L forearm and upper arm – 'caught it on the airing cupboard door'. O/E two bruises approx 4cm, no bony tenderness. Analgesia advice. No record of any enquiry about how the injury happened or of a routine enquiry about domestic abuse.",
      contacts: [C('family', 'in', 'attendance')], concerns: ['injury'] }],
    [{ key: 'GP2', date: D('7 November 2022', '2022-11-07'), text: "7 November 2022: Telephone consultation, Lorraine (GP3): low mood, poor sleep, 'stress at home with my son'. PHQ-9 14. Sertraline 50mg started, review 4/52.",
      contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
     { key: 'GP3', date: D('Two days later', '2022-11-09'), text: "Two days later she attended the practice nurse (PN1) for a BP check; PN1 noted a fading bruise on her left cheek, which Lorraine said was from 'falling against a kitchen cupboard'. Not discussed with GP.",
      contacts: [C('family', 'in', 'attendance')], concerns: ['injury'] }],
    [{ key: 'GP4', date: D('21 November 2022', '2022-11-21'), text: "21 November 2022: Jordan attended with his mother (GP1). Three-month history of hearing voices and believing neighbours watch him through cameras; smoking skunk daily. Mother said he had been 'very up and down' and had 'pushed her about' when paranoid. Urgent e-referral to the Early Intervention in Psychosis (EIP) team the same day. The referral described the psychotic symptoms and cannabis use; it did not mention the mother's account of being pushed, and nothing was recorded on Lorraine's own record.",
      contacts: [C('family', 'in', 'attendance'), C('adult-mh', 'out', 'referral')], concerns: ['parental-mental-health', 'substance-misuse', 'domestic-abuse'] }],
    [{ key: 'GP5', date: D('13 March 2023', '2023-03-13'), text: "13 March 2023: ED discharge summary received from Castleholme Royal Infirmary (attendance 10/03/23): 'FOOSH – mechanical fall down stairs at home. Undisplaced distal radius fracture, backslab, fracture clinic f/u.' Workflowed to GP2 – 'noted, no action'.",
      contacts: [C('ed', 'in', 'letter')], concerns: ['injury'] }],
    [{ key: 'GP6', date: D('21 March 2023', '2023-03-21'), text: "21 March 2023: Lorraine seen by GP2 for medication review, R wrist in cast. GP2 recorded 'two falls/injuries in a year? – ask re dizziness, check BP and bloods'. Bloods normal. Sertraline increased to 100mg. No routine enquiry about domestic abuse.",
      contacts: [C('family', 'in', 'attendance')], concerns: ['injury', 'parental-mental-health'] }],
    [{ key: 'GP7', date: D('26 May 2023', '2023-05-26'), text: "26 May 2023: Letter received from EIP: Jordan discharged to GP care following non-engagement. 'Please re-refer if concerns.' No risk information included.",
      contacts: [C('adult-mh', 'in', 'letter')], concerns: ['non-engagement', 'parental-mental-health'] }],
    [{ key: 'GP8', date: D('21 July 2023', '2023-07-21'), text: "21 July 2023: Lorraine seen by GP4 (locum) c/o R-sided chest pain after 'slipping on wet decking'. O/E tender R lower ribs with bruising; ?rib fracture, analgesia. In view of previous wrist fracture GP4 requested a DEXA scan (?osteoporosis). Lorraine 'tearful, says son has been unwell'. Not explored further.",
      contacts: [C('family', 'in', 'attendance')], concerns: ['injury', 'parental-mental-health'] }],
    [{ key: 'GP9', date: D('28 November 2023', '2023-11-28'), text: "28 November 2023: Letter received from liaison psychiatry (RAID) re Jordan's assessment in ED on 27/11/23: psychotic symptoms, superficial self-harm, discharged with crisis team follow-up. Filed to Jordan's record.",
      contacts: [C('adult-mh', 'in', 'letter')], concerns: ['parental-mental-health'] }],
    [{ key: 'GP10', date: D('8 January 2024', '2024-01-08'), text: "8 January 2024: Telephone consultation, Lorraine (GP2): not sleeping, anxious, 'things are hard with Jordan again'. Sertraline continued, sleep hygiene advice. No enquiry about safety at home.",
      contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] }],
  ] },
  { heading: 'MENTAL HEALTH TRUST (CRISIS / EIP)', note: '(Wrenshire Healthcare NHS Foundation Trust – Crisis Resolution and Home Treatment Team (CRHT), Early Intervention in Psychosis team (EIP), liaison psychiatry (RAID) and the Harbour Suite s136 place of safety. Records: SystmOne. All entries relate to Jordan unless stated.)', agency: 'adult-mh', paras: [
    [{ key: 'M1', date: D('4 October 2022', '2022-10-04'), text: "4 October 2022: Adult MASH forwarded a police Vulnerable Adult PPN (incident 02/10/22) about Jordan believing neighbours were spying on him. CRHT1 telephoned Jordan, who denied any problems and declined assessment. Lorraine then took the phone and said he had been smoking skunk 'for years' and had 'gone for her' when the police were called; CRHT1 advised her to take him to the GP. No further CRHT action.",
      contacts: [C('mash', 'in', 'notification'), C('family', 'out', 'phone-call')], concerns: ['parental-mental-health', 'substance-misuse', 'domestic-abuse', 'non-engagement'] }],
    [{ key: 'M2a', date: D('22 November 2022', '2022-11-22'), text: '22 November 2022: Urgent referral received from Fellgate Medical Centre (GP1) – ?first episode psychosis, daily cannabis. Triaged by EIP duty worker; home assessment booked.',
      contacts: [C('gp', 'in', 'referral')], concerns: ['parental-mental-health', 'substance-misuse'] }],
    [{ key: 'M2b', date: D('30 November 2022', '2022-11-30'), text: "30 November 2022: EIP assessment at home by CC1 and Dr 5 (consultant psychiatrist). Jordan described persecutory beliefs about neighbours and 'the implant' and said his mother 'might be part of it'. Accepted to EIP, CC1 care co-ordinator, aripiprazole 5mg started. Lorraine present for part of the visit, said she was 'worn out'. Risk assessment: risk to others low – 'no history of violence'.",
      contacts: [C('family', 'out', 'assessment')], concerns: ['parental-mental-health'] }],
    [{ key: 'M3', date: D('25 January 2023', '2023-01-25'), text: "25 January 2023: CC1 home visit. Jordan settled on medication, some residual beliefs. CC1 spoke with Lorraine alone in the kitchen: she said that recently Jordan had grabbed her by the throat when she refused him money and that she is 'scared of him when he's like this'. CC1 advised her to ring 999 if at risk and offered a carer's assessment referral, which she declined. Recorded 'mother has capacity, does not want police involved'. No safeguarding adults concern or domestic abuse referral was made and the disclosure was not shared outside the team.",
      contacts: [C('family', 'out', 'home-visit')], concerns: ['domestic-abuse', 'parental-mental-health', 'non-engagement'] }],
    [{ key: 'M4', date: D('2 March 2023', '2023-03-02'), text: "2 March 2023: Telephone call from Jordan's probation practitioner (PP1). CC1 confirmed Jordan was open to EIP and attending. No risk information was shared.",
      contacts: [C('probation', 'in', 'phone-call')], concerns: ['parental-mental-health'], dupOf: 'P10' }],
    [{ key: 'M5', date: D('5 April 2023', '2023-04-05'), text: '5 April 2023: Jordan DNA outpatient review with Dr 5; a further appointment letter was sent.',
      contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] }],
    [{ key: 'M6', date: D('28 April 2023', '2023-04-28'), text: "28 April 2023: CC1 home visit – no access to Jordan. Lorraine spoke on the doorstep: Jordan 'out with his mates', 'not taking his tablets', 'I can't do this any more'. Card left.",
      contacts: [C('family', 'attempted', 'home-visit')], concerns: ['non-engagement', 'parental-mental-health'] }],
    [{ key: 'M7', date: D('3 May 2023', '2023-05-03'), text: '3 May 2023: Referral received by CRHT from Safer Homes Wrenshire (domestic abuse charity), dated 28/04/23, raising concern about Jordan\'s psychosis and the risk to his mother. CRHT2 telephone triage with Jordan: denied symptoms, declined home visit. Discussed with CC1 – already open to EIP. Referral passed to EIP and closed to CRHT. No response was sent to Safer Homes.',
      contacts: [C('da-service', 'in', 'referral'), C('family', 'out', 'phone-call')], concerns: ['domestic-abuse', 'parental-mental-health', 'non-engagement'] }],
    [{ key: 'M8', date: D('26 May 2023', '2023-05-26'), text: '26 May 2023: EIP MDT. Jordan discharged to GP under the DNA policy after repeated DNAs and a no-access visit. Discharge letter sent to GP. Probation was not informed, and the Safer Homes referral was not discussed at the MDT.',
      contacts: [C('gp', 'out', 'letter')], concerns: ['non-engagement', 'parental-mental-health'] }],
    [{ key: 'M9', date: D('11 July 2023', '2023-07-11'), time: '06:30', text: "11 July 2023: Assessed in the Harbour Suite (s136 place of safety) at 06:30 by Dr 6 (s12 approved) and CRHT2, after police detention overnight. Impression: drug-induced psychotic symptoms, settling. Not detained. Discharged home to Kestrel Close with CRHT follow-up. Lorraine's views were not sought before discharge.",
      contacts: [C('police', 'in', 'other'), C('family', 'out', 'assessment')], concerns: ['parental-mental-health', 'substance-misuse'] }],
    [{ key: 'M10a', date: D('12 July 2023', '2023-07-12'), text: '12 July 2023: CRHT2 home visit. Jordan calm, agreed to restart aripiprazole; re-referred to EIP.',
      contacts: [C('family', 'out', 'home-visit')], concerns: ['parental-mental-health'] },
     { key: 'M10b', date: D('Two days later', '2023-07-14'), text: "Two days later CRHT1 visited again: Lorraine tearful, said 'I'm frightened of him when he's like this, he put me out in my nightie'. She was given a carers' information leaflet. Jordan declined further CRHT input and was discharged from CRHT.",
      contacts: [C('family', 'out', 'home-visit')], concerns: ['domestic-abuse', 'non-engagement'] }],
    [{ key: 'M11', date: D('27 November 2023', '2023-11-27'), time: '01:40', text: "27 November 2023: Liaison psychiatry (RAID) assessment in the Emergency Department at 01:40 following police s136 detention. Jordan reported voices saying 'they' were coming for him; superficial cuts to left forearm. Not detained. Discharged home at 09:15 with CRHT follow-up; letter to GP.",
      contacts: [C('ed', 'in', 'referral'), C('family', 'out', 'assessment'), C('gp', 'out', 'letter')], concerns: ['parental-mental-health'] }],
    [{ key: 'M12a', date: D('28 November 2023', '2023-11-28'), text: '28 November 2023: CRHT1 telephoned Jordan – he declined a home visit.',
      contacts: [C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
     { key: 'M12b', date: D('30 November', '2023-11-30'), text: "On 30 November Lorraine rang CRHT asking for help: he was 'not sleeping, pacing, talking about the implant again'. CRHT2 called at the house that afternoon but Jordan refused to see her; he was closed to CRHT and re-referred to EIP.",
      contacts: [C('family', 'in', 'phone-call'), C('family', 'attempted', 'home-visit')], concerns: ['parental-mental-health', 'non-engagement'] }],
    [{ key: 'M13', date: D('12 January 2024', '2024-01-12'), text: "12 January 2024: Jordan DNA first EIP appointment. CC3 phoned Lorraine, who said he was 'a bit better' and staying at a friend's. A further appointment was booked.",
      contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'phone-call')], concerns: ['non-engagement', 'parental-mental-health'] }],
    [{ key: 'M14', date: D('2 February 2024', '2024-02-02'), text: '2 February 2024: Jordan DNA rebooked EIP appointment. Letter sent offering another appointment.',
      contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement', 'parental-mental-health'] }],
  ] },
  { heading: 'EMERGENCY DEPARTMENT', note: '(Castleholme Royal Infirmary (CRI), University Hospitals of Wrenshire NHS Trust – Symphony. Includes the hospital fracture clinic.)', agency: 'ed', paras: [
    [{ key: 'E1', date: D('10 March 2023', '2023-03-10'), time: '14:50', text: "10 March 2023: Lorraine attended at 14:50 with R wrist pain after a 'fall down the stairs at home'. Accompanied by Jordan, who answered most of the triage questions and became verbally aggressive to the triage nurse about the wait; security asked him to wait outside. Triage nurse noted 'old yellowing bruises to both upper arms'. X-ray: undisplaced distal radius fracture, backslab, fracture clinic referral. DA routine enquiry not completed – 'son present throughout'. Discharge summary to GP: 'mechanical fall'.",
      contacts: [C('family', 'in', 'attendance'), C('gp', 'out', 'letter')], concerns: ['injury', 'domestic-abuse'] }],
    [{ key: 'E2', date: D('17 March 2023', '2023-03-17'), text: '17 March 2023: Lorraine DNA fracture clinic. New appointment sent by letter; no further concerns recorded.',
      contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] }],
    [{ key: 'E4', date: D('27 November 2023', '2023-11-27'), time: '00:35', text: '27 November 2023: Jordan brought in by police under s136 at 00:35 (Harbour Suite closed). Superficial self-inflicted cuts L forearm, steri-strips. Referred to liaison psychiatry (RAID). Discharged 09:15 after RAID assessment.',
      contacts: [C('police', 'in', 'other'), C('family', 'in', 'attendance'), C('adult-mh', 'out', 'referral')], concerns: ['parental-mental-health'] }],
  ] },
];
const healthEntries = [];
for (const s of health) for (const p of s.paras) for (const e of p) {
  healthEntries.push({ key: e.key, file: 'health.txt', agency: s.agency, date: e.date, time: e.time || null, text: e.text, contacts: e.contacts, concerns: e.concerns, dupOf: e.dupOf });
}
function wrap(text, width = 96) {
  const words = text.split(' '); const lines = []; let cur = '';
  for (const w of words) { if ((cur + ' ' + w).trim().length > width) { lines.push(cur); cur = w; } else cur = (cur ? cur + ' ' : '') + w; }
  if (cur) lines.push(cur);
  return lines.join('\n');
}
function writeHealth() {
  const out = [];
  out.push("WRENSHIRE DOMESTIC HOMICIDE REVIEW - 'HARTWELL'");
  out.push('Combined health narrative return (co-ordinated by NHS Wrenshire ICB Safeguarding Team)');
  out.push('Subjects: Lorraine (victim, DOB 02/06/1975) and her son Jordan (DOB 14/09/2004). Period 01/03/2022 - 03/02/2024.');
  out.push('Prepared by: Designated Nurse Safeguarding Adults, NHS Wrenshire ICB, from the records of each provider. Return dated 08/03/2024.');
  out.push('');
  for (const s of health) {
    out.push('='.repeat(60));
    out.push(s.heading);
    out.push('='.repeat(60));
    out.push(wrap(s.note));
    out.push('');
    for (const p of s.paras) { out.push(wrap(p.map((e) => e.text).join(' '))); out.push(''); }
  }
  out.push('END OF HEALTH RETURN');
  fs.writeFileSync(path.join(OUT, 'health.txt'), out.join('\n') + '\n');
}

// =====================================================================
// 5. DA SERVICE (da-service.pdf) – IMR narrative, section 4
// =====================================================================
const daParas = [
  { n: '4.1', analysis: 'Safer Homes Wrenshire is the commissioned domestic abuse service for Castleholme and the surrounding district. It provides an IDVA service for victims assessed as high risk, an outreach service for standard and medium risk victims, and a telephone helpline. Lorraine was known to the service on two occasions within the period under review. Jordan was never a client of the service.' },
  { n: '4.2', entries: [{ key: 'DA2', date: D('16 June 2022', '2022-06-16'), text: 'On 16 June 2022 the service received a police referral following an assault on Lorraine by her son, then aged 17. The referral was graded standard risk and was allocated to the outreach team.',
    contacts: [C('police', 'in', 'referral')], concerns: ['domestic-abuse'] }] },
  { n: '4.3', entries: [{ key: 'DA3', date: D('the next day', '2022-06-17'), text: "Outreach Worker 1 (OW1) telephoned Lorraine the next day. She told OW1 that her son was 'not a bad lad', that he was 'stressed with the police and everything' and that this was the first time anything like this had happened. She declined a support plan but agreed to receive safety information by text, which OW1 sent the same day.",
    contacts: [C('family', 'out', 'phone-call'), C('family', 'out', 'other')], concerns: ['domestic-abuse', 'non-engagement'] }] },
  { n: '4.4', entries: [{ key: 'DA4', date: D('1 July 2022', '2022-07-01'), text: 'On 1 July 2022 the case was closed because Lorraine did not want further contact. No closure letter was sent as Lorraine had asked that nothing be posted to the address.',
    contacts: [], concerns: ['non-engagement'] }] },
  { n: '4.5', analysis: "The referral concerned violence from a 17-year-old son to his mother. At the time the outreach team's training treated adolescent-to-parent violence as a parenting matter rather than domestic abuse, and OW1 was not confident in applying the DASH to it. Lorraine's account that this was the 'first time' was accepted without asking the police whether there had been earlier call-outs to the address." },
  { n: '4.6', entries: [{ key: 'DA6', date: D('20 April 2023', '2023-04-20'), text: "On 20 April 2023 Lorraine telephoned the helpline with her sister present. She said that her son, now 18, had told her he would 'slit her throat' and that she was frightened to go home. An outreach appointment was offered and accepted.",
    contacts: [C('family', 'in', 'phone-call')], concerns: ['domestic-abuse'] }] },
  { n: '4.7', entries: [{ key: 'DA7', date: D('27 April 2023', '2023-04-27'), text: "On 27 April 2023 Outreach Worker 2 (OW2) met Lorraine at the Safer Homes office. She told OW2 that earlier in the year Jordan had put his hands around her neck when she refused to give him money, that her broken wrist had been caused by Jordan pushing her on the stairs ('I told the hospital I fell'), and that he was smoking cannabis every day and 'hears things'. She said he was on probation but that 'they don't know what goes on at home'. OW2 completed a DASH risk checklist with 11 'yes' answers, including strangulation, threats to kill, escalation and the perpetrator's mental health and drug use, and graded the risk as medium.",
    contacts: [C('family', 'in', 'attendance'), C('family', 'out', 'assessment')], concerns: ['domestic-abuse', 'injury', 'substance-misuse', 'parental-mental-health', 'criminality'] }] },
  { n: '4.8', entries: [{ key: 'DA8', date: D('28 April 2023', '2023-04-28'), text: "On 28 April 2023 OW2 emailed the police Public Protection Hub with the DASH and a summary, asking the police to review their own risk grading and to consider a MARAC referral on professional judgement because of the strangulation and threats to kill. With Lorraine's consent OW2 also emailed a referral about Jordan to the Wrenshire Healthcare crisis team the same day. OW2 did not contact Jordan's probation officer and did not refer the case to MARAC herself.",
    contacts: [C('police', 'out', 'email'), C('adult-mh', 'out', 'referral')], concerns: ['domestic-abuse'] }] },
  { n: '4.9', analysis: 'The local MARAC operating protocol allows any agency to refer a case on professional judgement. OW2 understood that, where the police held the incident history, a professional-judgement referral ought to come from the police. This was a misunderstanding of the protocol. There is no record on the Safer Homes file of any reply from the police to the email.' },
  { n: '4.10', entries: [
    { key: 'DA10a', date: D('15 May 2023', '2023-05-15'), text: 'On 15 May 2023 OW2 emailed the crisis team to ask what had happened with the referral; no reply was received.',
      contacts: [C('adult-mh', 'out', 'email')], concerns: [] },
    { key: 'DA10b', date: D('6 June 2023', '2023-06-06'), text: "She chased again by telephone on 6 June 2023 and left a message on the team's duty line. No response was ever received.",
      contacts: [C('adult-mh', 'attempted', 'phone-call')], concerns: [] }] },
  { n: '4.11', entries: [{ key: 'DA11', date: R('During June 2023', '2023-06-01', '2023-06-30', 'month'), text: "During June 2023 OW2 tried to telephone Lorraine on four occasions without reply, and the case was then closed to outreach as 'unable to contact', with a text to Lorraine saying that she could come back at any time.",
    contacts: [C('family', 'attempted', 'phone-call'), C('family', 'out', 'other')], concerns: ['non-engagement'] }] },
  { n: '4.12', entries: [{ key: 'DA12', date: D('10 October 2023', '2023-10-10'), text: "On 10 October 2023 Lorraine telephoned OW2. She said Jordan was 'back on the skunk', was not sleeping, and that she had started wedging her bedroom door shut at night. She told OW2 that he had said 'if you ring the police again, that's it for you'. OW2 repeated the DASH over the telephone (13 'yes' answers) and transferred the case to the IDVA service.",
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'assessment')], concerns: ['domestic-abuse', 'substance-misuse'] }] },
  { n: '4.13', entries: [
    { key: 'DA13a', date: D('17 October 2023', '2023-10-17'), text: "On 17 October 2023 IDVA1 met Lorraine at the Safer Homes office. She told the IDVA that she 'couldn't bear' Jordan being arrested or 'sectioned again', and asked that nothing be passed to the police or to his probation officer. IDVA1 drafted a MARAC referral but did not submit it after Lorraine withdrew her consent.",
      contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'parental-mental-health'] },
    { key: 'DA13b', date: D('19 October 2023', '2023-10-19'), text: "The IDVA's line manager agreed this decision on 19 October 2023.",
      contacts: [], concerns: [] }] },
  { n: '4.14', analysis: "Lorraine's case met the criteria for a MARAC referral on professional judgement and on escalation, and a referral to MARAC does not require the victim's consent where the risk is high. Safer Homes also did not share what it knew with the probation service, although Lorraine had told OW2 in April that Jordan was under probation supervision and that his probation officer did not know what was happening at home." },
  { n: '4.15', entries: [{ key: 'DA15', date: R('through November and December 2023', '2023-11-01', '2023-12-31', 'range'), text: 'IDVA1 had fortnightly telephone contact with Lorraine through November and December 2023. Lorraine did not tell the IDVA that the police had been called to Jordan\'s self-harm.',
    contacts: [C('family', 'out', 'phone-call')], concerns: [] }] },
  { n: '4.16', entries: [
    { key: 'DA16a', date: D('On or about 15 January 2024', '2024-01-15', true), text: "On or about 15 January 2024 IDVA1 telephoned Lorraine, who said that things had 'settled down' and that Jordan had a new EIP appointment.",
      contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
    { key: 'DA16b', date: D('22 January 2024', '2024-01-22'), text: 'The case was closed with her agreement on 22 January 2024.',
      contacts: [], concerns: [] }] },
  { n: '4.17', analysis: 'Learning for Safer Homes: adolescent and young adult to parent violence is domestic abuse where the son is 16 or over; practitioners must not accept a first disclosure as a first incident without checking police history; professional-judgement MARAC referrals can and should be made by the service; and information about a perpetrator under statutory supervision should be shared with the probation service.' },
];
const daEntries = [];
for (const p of daParas) for (const e of p.entries || []) daEntries.push({ key: e.key, file: 'da-service.pdf', agency: 'da-service', date: e.date, time: e.time || null, text: e.text, contacts: e.contacts, concerns: e.concerns });

async function writeDa() {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Footer, AlignmentType, PageNumber } = docx;
  const body = [];
  body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Safer Homes Wrenshire')] }));
  body.push(new Paragraph({ children: [new TextRun({ text: "Domestic Homicide Review 'Hartwell' – Castleholme Community Safety Partnership", bold: true })] }));
  body.push(new Paragraph({ children: [new TextRun('Individual Management Review (IMR) – version 2 (final)')] }));
  body.push(new Paragraph({ children: [new TextRun('Author: Head of Services (no line management responsibility for the workers involved). Sections 1–3 (terms of reference, methodology, independence) are provided separately.')] }));
  body.push(new Paragraph({ children: [] }));
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('4. Chronology of involvement and analysis')] }));
  for (const p of daParas) {
    const text = p.analysis || p.entries.map((e) => e.text).join(' ');
    body.push(new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: `${p.n}\t`, bold: true }), new TextRun(text)] }));
  }
  const doc = new Document({
    sections: [{
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('OFFICIAL – SENSITIVE. Safer Homes Wrenshire IMR – page '), new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
      children: body,
    }],
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'w6da-'));
  const src = path.join(tmp, 'da-service.docx');
  fs.writeFileSync(src, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, src], { stdio: 'ignore' });
  fs.copyFileSync(path.join(tmp, 'da-service.pdf'), path.join(OUT, 'da-service.pdf'));
  fs.rmSync(tmp, { recursive: true, force: true });
}

// =====================================================================
// GOLD
// =====================================================================
const files = [
  { file: 'police.xlsx', agency: 'police', format: 'xlsx' },
  { file: 'yjs-and-csc.docx', agency: 'mixed', format: 'docx' },
  { file: 'probation.csv', agency: 'probation', format: 'csv' },
  { file: 'health.txt', agency: 'mixed', format: 'txt' },
  { file: 'da-service.pdf', agency: 'da-service', format: 'pdf' },
];
const all = [...policeEntries, ...yjEntries, ...probEntries, ...healthEntries, ...daEntries];
const refOf = {};
const counters = {};
for (const e of all) { counters[e.file] = (counters[e.file] || 0) + 1; e.ref = `${e.file}#${counters[e.file]}`; if (refOf[e.key]) throw new Error('dup key ' + e.key); refOf[e.key] = e.ref; }
const ref = (k) => { if (!refOf[k]) throw new Error('unknown key ' + k); return refOf[k]; };

// duplicates: groups by earliest member
const dupGroups = {};
for (const e of all) if (e.dupOf) { (dupGroups[e.dupOf] ||= [e.dupOf]).push(e.key); }
const duplicates = Object.values(dupGroups).map((g) => g.map(ref));

const entries = all.map((e) => {
  const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time, text: e.text, contacts: e.contacts, concerns: e.concerns };
  if (e.dupOf) o.duplicateOf = ref(e.dupOf);
  return o;
});

const gaps = [
  { id: 'HW-G01', code: 'G1', from: 'police', to: ['probation'], anchors: ['I7', 'I8', 'I9', 'I12', 'I10', 'N3', 'N8', 'P25'],
    note: 'Police attended repeated domestic incidents (Feb, Apr, Jul, Oct 2023) and a knife/self-harm call (Nov 2023) while Jordan was subject to a Community Order supervised by Probation; the February log records the order from PNC. Probation was never notified and terminated the order recording no DA concerns.' },
  { id: 'HW-G02', code: 'G7', from: 'probation', to: ['police', 'csc'], anchors: ['P1', 'P4', 'P9', 'P15', 'P19', 'P25', 'N8'],
    note: "Probation never requested police domestic abuse or CSC safeguarding checks, before sentence (same-day oral report) or afterwards (logged 'to do' and never done), even when Jordan spoke of rows with his mother, of police being called by his aunt and of being sectioned after a row with his mother." },
  { id: 'HW-G03', code: 'G9', alsoAcceptable: ['G1'], from: 'other', to: ['probation'], anchors: ['Y23', 'Y24', 'P1'],
    note: "On transfer from youth to adult justice at resentencing, YJS sent no transfer summary or AssetPlus to Probation and was not consulted for the PSR; Probation started supervision without the YJS history of violence to his mother." },
  { id: 'HW-G04', code: 'G9', alsoAcceptable: ['G1'], from: 'csc', to: ['gp', 'adult-mh'], anchors: ['Y19', 'Y10'],
    note: "CSC closed the case as Jordan turned 18 with no transition planning: his mother's account of emerging psychotic symptoms and the violence at home were not passed to the GP or adult mental health services." },
  { id: 'HW-G05', code: 'G2', from: 'police', to: ['mash', 'csc'], anchors: ['I2', 'Y7', 'Y6'],
    note: 'The Child PPN for the 30/04/22 incident (mark to mother\'s cheek, DASH refused) was recorded as sent but CSC/MASH hold no record of it; YJS consequently believed there had been no further call-outs.' },
  { id: 'HW-G06', code: 'G3', from: 'police', to: ['csc', 'mash'], anchors: ['I4', 'Y17', 'Y19'],
    note: 'The Child PPN for the 18/08/22 criminal damage incident was received by the MASH and passed to the newly allocated social worker, but no action followed and the case was closed three weeks later with the notification recorded as not actioned.' },
  { id: 'HW-G07', code: 'G6', from: 'csc', to: ['police', 'substance-misuse'], anchors: ['Y13', 'Y14'],
    note: "The professionals' meeting of 05/07/22 included only CSC and YJS; police (who held the incident history) and the young people's drug service were not invited, and the meeting framed the violence as adolescent conflict rather than domestic abuse." },
  { id: 'HW-G08', code: 'G10', alsoAcceptable: ['G3', 'G4'], from: 'da-service', to: ['police'], anchors: ['DA8', 'N4'],
    note: 'Safer Homes sent the police a medium-risk DASH with strangulation and threats to kill and asked for a professional-judgement MARAC; the police Public Protection Hub recorded it as standard, info only, not for MARAC, and did not reply. The MARAC was never reached.' },
  { id: 'HW-G09', code: 'G4', from: 'adult-mh', to: ['da-service'], anchors: ['M7', 'DA10a', 'DA10b', 'DA8'],
    note: 'The crisis team received the Safer Homes referral about Jordan, triaged and closed it, and never told Safer Homes the outcome despite an email and a telephone chase.' },
  { id: 'HW-G10', code: 'G1', from: 'adult-mh', to: ['police', 'probation'], anchors: ['M1', 'M3', 'M4', 'M10b', 'P10'],
    note: "Mental health services were told that Jordan had 'gone for' his mother, had grabbed her by the throat and that she was frightened of him, but made no safeguarding or DA referral, did not inform police, and told the probation practitioner who rang that there were no risk concerns." },
  { id: 'HW-G11', code: 'G8', alsoAcceptable: ['G1'], from: 'adult-mh', to: ['probation'], anchors: ['M5', 'M6', 'M8'],
    note: 'EIP discharged Jordan for non-engagement (DNAs and a no-access visit, mother saying he was off his medication) without a risk review and without informing Probation, with which it had been in contact.' },
  { id: 'HW-G12', code: 'G5', from: 'ed', to: ['gp'], anchors: ['E1', 'GP5'],
    note: "The ED discharge summary to the GP described a 'mechanical fall' and omitted the old bruising of different ages, the son answering for Lorraine and being aggressive, and the uncompleted DA routine enquiry." },
  { id: 'HW-G13', code: 'G7', alsoAcceptable: ['G1'], from: 'gp', to: ['police', 'da-service'], anchors: ['GP1', 'GP3', 'GP4', 'GP6', 'GP8', 'GP10'],
    note: "The practice treated repeated injuries (bruised arms, cheek, fractured wrist, ribs) as accidents or falls and investigated osteoporosis, with no routine enquiry about domestic abuse, even after Lorraine said her son had pushed her about." },
  { id: 'HW-G14', code: 'G5', alsoAcceptable: ['G1'], from: 'gp', to: ['adult-mh'], anchors: ['GP4', 'M2b'],
    note: "The GP's urgent referral to EIP left out the mother's account of being pushed when Jordan was paranoid; EIP's first risk assessment recorded 'no history of violence'." },
  { id: 'HW-G15', code: 'G1', from: 'da-service', to: ['probation'], anchors: ['DA7', 'DA8', 'DA13a'],
    note: 'Safer Homes knew from April 2023 that Jordan was under probation supervision and that Probation did not know about the abuse at home, but never shared the strangulation, threats to kill or escalation with Probation (and did not refer to MARAC).' },
].map((g) => ({ ...g, anchors: g.anchors.map(ref) }));

const decoys = [
  { id: 'HW-D01', looksLike: ['G2'], refs: [ref('I1'), ref('Y2')],
    note: 'The Child PPN for the 19/03/22 incident was received by the MASH the next morning, checked with YJS and shared with it; it was received and acted on.' },
  { id: 'HW-D02', looksLike: ['G2', 'G3'], refs: [ref('I3'), ref('DA2'), ref('DA3')],
    note: "The police referral to Safer Homes after the 14/06/22 assault was received two days later and the outreach worker rang Lorraine the following day; the case closed because Lorraine declined support, not because the referral was lost." },
  { id: 'HW-D03', looksLike: ['G2'], refs: [ref('M11'), ref('GP9')],
    note: "Liaison psychiatry's letter after the 27/11/23 ED assessment was received by the GP practice the next day." },
];

const gold = {
  case: CASE,
  title: "DHR 'Hartwell': Lorraine (48), killed by her son Jordan (19) – adolescent-to-parent violence, psychosis and cannabis",
  reviewType: 'dhr',
  reviewPeriod: { from: '2022-03-01', to: '2024-02-03' },
  conventions: {
    agencies: 'Wrenshire Youth Justice Service (YJS rows of yjs-and-csc.docx) = other. Children\'s Social Care = csc. The children\'s MASH is run by CSC: MASH screening rows in the CSC return are csc, and other agencies\' contacts naming the MASH are mash. The Adult MASH (the adult front door hub) is also mash. Wrenshire Healthcare NHS FT crisis team (CRHT), EIP, liaison psychiatry (RAID) and the Harbour Suite s136 place of safety = adult-mh. Castleholme Royal Infirmary ED and its fracture clinic = ed. Safer Homes Wrenshire (IDVA, outreach, helpline) = da-service. Wrenshire Young People\'s Drug & Alcohol Service (YPDAS) = substance-misuse. Courts are not treated as contacts.',
    serviceColumn: 'In yjs-and-csc.docx a blank Service cell means the same service as the row above.',
    people: 'Lorraine (victim, DOB 02/06/1975), Jordan (son, DOB 14/09/2004, perpetrator), Michelle (Lorraine\'s sister) and neighbours are family.',
    concerns: 'parental-mental-health is tagged for the mental health of either Lorraine or Jordan, including an entry that says he is open to or under EIP/mental health services; substance-misuse for Jordan\'s cannabis use; injury for physical injuries to Lorraine recorded outside a police DA attendance (marks noted at police DA incidents are domestic-abuse only); Jordan\'s self-harm is parental-mental-health, not injury. criminality where an offence, arrest, charge, conviction or sentence is in the text.',
    text: 'Table entries: the text cells joined with " | " (police: Call type | Summary | Grading | PPN type, continuation row appended to the summary; intelligence: Source | Entry; YJS/CSC: Contact | Detail | Outcome; probation: Contact Type | Outcome | Officer | Notes). Narrative entries: the sentences of the entry, without paragraph numbers.',
    policeContacts: 'A call from the family is family/in/phone-call; officers attending is family/out/other; PPNs to the MASH or Adult MASH are mash/out/notification.',
    dates: 'Rows without a year take the year of the rows around them. "19.08/22" in the CSC return is a typo for 19/08/22. police Date/Time cells are Excel date-times.',
  },
  files,
  entries,
  gaps,
  duplicates,
  decoys,
};

// ---------- checks ----------
const AG = ['police', 'csc', 'mash', 'early-help', 'gp', 'health-visiting', 'midwifery', 'school-nursing', 'ed', 'ambulance', 'paediatrics', 'camhs', 'adult-mh', 'substance-misuse', 'asc', 'school', 'housing', 'probation', 'da-service', 'voluntary', 'dwp', 'family', 'other'];
const CON = ['domestic-abuse', 'parental-mental-health', 'substance-misuse', 'injury', 'neglect', 'non-engagement', 'exploitation', 'young-carer', 'missing', 'housing', 'criminality', 'child-development', 'other'];
const TYP = ['referral', 'notification', 'information-request', 'information-share', 'phone-call', 'letter', 'email', 'home-visit', 'appointment', 'dna', 'strategy-discussion', 'conference', 'assessment', 'attendance', 'other'];
const DIR = ['out', 'in', 'both', 'attempted'];
for (const e of entries) {
  if (!AG.includes(e.agency)) throw new Error('agency ' + e.ref);
  for (const c of e.contacts) { if (!AG.includes(c.with) || !TYP.includes(c.type) || !DIR.includes(c.direction)) throw new Error('contact ' + e.ref + JSON.stringify(c)); if (c.with === e.agency) throw new Error('internal contact ' + e.ref); }
  for (const c of e.concerns) if (!CON.includes(c)) throw new Error('concern ' + e.ref + c);
  if (e.date.earliest < '2022-03-01' || e.date.latest > '2024-02-03') throw new Error('date out of period ' + e.ref);
}
for (const g of gaps) { for (const t of [g.from, ...g.to]) if (!AG.includes(t)) throw new Error('gap agency ' + g.id); }

// ---------- README ----------
const readme = `# ${CASE} – invented DHR case (adolescent-to-parent violence)

All people, places, services and records are invented. Region: East Midlands (invented county of Wrenshire, town of Castleholme, Fellgate estate).

## People
- **Lorraine** (DOB 02/06/1975), the victim, 48 at her death. Lives at Kestrel Close, Fellgate, Castleholme.
- **Jordan** (DOB 14/09/2004), her son, 17 at the start of the period and 19 when he killed her on 03/02/2024.
- **Michelle**, Lorraine's sister. Neighbour at no.14.

## Period
01/03/2022 to 03/02/2024 (the homicide).

## Story
Jordan, on a YJS Referral Order for assaulting a peer, uses cannabis daily and develops psychotic symptoms during 2022. Police are called to the house again and again, first while he is 17 (treated as "parent/child conflict", Child PPNs to the MASH, no DASH) and then as an adult (standard-graded DA PPNs, Lorraine declining DASH each time). A DASH is completed only once (June 2022, 7 ticks, standard), so no incident ever reaches the MARAC. One Child PPN never arrives at the MASH; another is received and not acted on; CSC closes the case on Jordan's 18th birthday without any transition to adult services, and a CSC/YJS professionals' meeting without the police calls the violence "adolescent conflict". On adult resentencing (12/12/22) the YJS sends Probation nothing, and Probation never makes DA or safeguarding checks; police never tell Probation of the incidents during the order, which ends "with no DA concerns". The GP practice treats Lorraine's bruises, fractured wrist and ribs as falls (and orders a DEXA scan); the ED discharge letter says "mechanical fall" and leaves out the bruising of different ages and Jordan answering for her. EIP and the crisis team hear that Jordan grabbed his mother by the throat and that she is frightened of him, but share it with nobody, tell the probation officer there are no risk concerns, and discharge him after DNAs. Safer Homes (the DA charity) completes a medium DASH with strangulation and threats to kill in April 2023 and asks the police to consider MARAC; the police keep it "standard, info only". The crisis team never answers Safer Homes. In October 2023 the IDVA drafts a MARAC referral but does not send it when Lorraine withdraws consent.

## Files
| file | agency | layout |
|---|---|---|
| police.xlsx | police | force chronology: sheet "Incidents" (URN, Date/Time, Call type, Summary, Grading, PPN type; title rows; one continuation row) and sheet "Intelligence" (Date, Source, Entry) |
| yjs-and-csc.docx | mixed (YJS = other, CSC = csc) | "Joint return: Youth Justice Service and Children's Social Care": one table Service / Date / Contact / Detail / Outcome; blank Service = same as above; dates mostly without a year |
| probation.csv | probation | nDelius contact log extract, one title line then Contact Date, Contact Type, Outcome, Officer, Notes; one note has an embedded line break |
| health.txt | mixed (gp, adult-mh, ed) | combined health narrative with headings GP PRACTICE / MENTAL HEALTH TRUST (CRISIS / EIP) / EMERGENCY DEPARTMENT; dated paragraphs, some with a second event ("Two days later", "On 30 November"); lines wrapped at 96 characters |
| da-service.pdf | da-service | Safer Homes IMR section 4, numbered paragraphs 4.1–4.17 mixing reported accounts and analysis (converted from .docx) |

## Case-specific conventions
- Youth Justice Service → \`other\`. Children's MASH is run by CSC: its screening rows are \`csc\`; other agencies' contacts naming the MASH → \`mash\`. The Adult MASH → \`mash\` as well.
- Crisis team, EIP, RAID liaison psychiatry and the Harbour Suite (s136) → \`adult-mh\`; the fracture clinic sits under the ED heading → \`ed\`. YPDAS → \`substance-misuse\`.
- \`parental-mental-health\` is used for Lorraine's and Jordan's mental health; Jordan's self-harm is not \`injury\`.
- Analysis paragraphs in the DA IMR (4.1, 4.5, 4.9, 4.14, 4.17) narrate no dated event and are not entries.

## Gaps (${gaps.length}) and decoys (${decoys.length})
${gaps.map((g) => `- ${g.id} ${g.code} ${g.from} → ${g.to.join(', ')}: ${g.note}`).join('\n')}

Decoys:
${decoys.map((d) => `- ${d.id} (looks like ${d.looksLike.join('/')}): ${d.note}`).join('\n')}

Generated by \`node /work/blind/generators/${CASE}.mjs\`.
`;

await writePolice();
await writeYjs();
writeProbation();
writeHealth();
await writeDa();
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
const byFile = {}; for (const e of entries) byFile[e.ref.split('#')[0]] = (byFile[e.ref.split('#')[0]] || 0) + 1;
const byCode = {}; for (const g of gaps) byCode[g.code] = (byCode[g.code] || 0) + 1;
console.log('entries', entries.length, byFile);
console.log('gaps', gaps.length, byCode, 'decoys', decoys.length, 'dup groups', duplicates.length, JSON.stringify(duplicates));
