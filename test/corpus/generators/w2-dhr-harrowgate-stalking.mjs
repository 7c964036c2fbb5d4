// Generator for the invented DHR case w2-dhr-harrowgate-stalking ("Harrowgate Sands").
// Writes the agency files and gold.json from one set of data so they cannot drift.
// Run: node /work/blind/generators/w2-dhr-harrowgate-stalking.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType,
  AlignmentType, PageOrientation, HeadingLevel, ShadingType,
} = docx;

const CASE = 'w2-dhr-harrowgate-stalking';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const DA = 'domestic-abuse', MH = 'parental-mental-health', SM = 'substance-misuse',
  INJ = 'injury', NE = 'non-engagement', HOU = 'housing', CRIM = 'criminality';
const C = (w, direction, type) => ({ with: w, direction, type });
const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
function dmy(raw) { // dd/mm/yyyy [hh:mm]
  const m = raw.match(/^(\d{2})\/(\d{2})\/(\d{4})/);
  const i = iso(+m[3], +m[2], +m[1]);
  return { raw, earliest: i, latest: i, precision: 'day', uncertain: false };
}
const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
function emis(raw) { // 12-Apr-2023
  const m = raw.match(/^(\d{2})-(\w{3})-(\d{4})$/);
  const i = iso(+m[3], MON[m[2]], +m[1]);
  return { raw, earliest: i, latest: i, precision: 'day', uncertain: false };
}
const dayOf = (raw, y, m, d) => ({ raw, earliest: iso(y, m, d), latest: iso(y, m, d), precision: 'day', uncertain: false });
const span = (raw, from, to, precision = 'range', uncertain = false) => ({ raw, earliest: from, latest: to, precision, uncertain });

// every entry: {key, agency, date, time, text, contacts, concerns, dup?}
const FILES = [];
function file(name, agency, format) { const f = { name, agency, format, entries: [] }; FILES.push(f); return f; }

// ======================================================================
// 1. POLICE (docx table)
// ======================================================================
const police = file('police-chronology.docx', 'police', 'docx');
const policeRows = [
  { sec: '2022' },
  { key: 'p_0210', dt: '02/10/2022 21:40', occ: 'NC-221002-1184',
    sum: "999 call from IP. Ex-husband (suspect Alan D) at daughter's address on Gorse Lane, banging on door and shouting for IP to come out. IP left marital home (7 Marram Close) end of August. Reports 20-30 calls/texts a day from suspect since. Suspect left prior to police arrival. IP spoken to at scene.",
    risk: 'DASH Medium (8)', off: 'PC 2417 Hall',
    res: 'Non-crime DA recorded. Suspect spoken to by phone – words of advice re contact. DA leaflet given to IP. HSDAS referral not made – medium risk.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment'), C('family', 'out', 'phone-call')], concerns: [DA] },
  { key: 'p_1812', dt: '18/12/2022 19:05', occ: 'NC-221218-0921',
    sum: "101 call from IP. Suspect has found her new address (3 Bracken Walk, moved in 05/12). Flowers and card left on doorstep – 'we're not finished, A x'. Suspect sat in his car outside approx 2 hrs on Sun 11/12 and again Sat 17/12. Texting daily despite advice. Officers attended IP.",
    risk: 'DASH Medium (9)', off: 'PC 1980 Oswald',
    res: 'Course of conduct. Harassment warning (PIN) to be issued to suspect. No crime recorded. HSDAS referral not made.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment')], concerns: [DA] },
  { key: 'p_2012', dt: '20/12/2022 14:30', occ: 'NC-221218-0921',
    sum: "Harassment warning (PIN) issued to nominal in person at 7 Marram Close. Nominal signed the PIN, stated 'she's still my wife, I'm allowed to send her flowers'.",
    risk: '—', off: 'PC 1980 Oswald', res: 'PIN served. Copy retained. IP updated by phone.',
    contacts: [C('family', 'out', 'other'), C('family', 'out', 'phone-call')], concerns: [DA] },
  { sec: '2023' },
  { key: 'p_1101', dt: '11/01/2023 23:55', occ: 'NC-230111-2034',
    sum: 'Nominal stopped on Coast Road by RPU – manner of driving. Smelt of intoxicants, failed roadside breath test. Arrested drink drive. Evidential reading 82ug/100ml. Previous drink drive 2009.',
    risk: 'n/a', off: 'PC 3102 Varley (RPU)', res: 'Charged. Bailed to Harrowgate Sands MC 16/03/2023.',
    contacts: [C('family', 'out', 'other')], concerns: [SM, CRIM] },
  { key: 'p_2604', dt: '26/04/2023 14:12', occ: 'NC-230426-0688',
    sum: "101 call from third party – HR manager at Seacoal Foods (IP's employer). Reports IP's ex-husband parks by the staff car park at end of shift most days and today followed IP on foot to the bus stop. Caller says IP is 'terrified' and staff believe it is stalking.",
    risk: 'Standard', off: 'Call handler 5521 / PC 2417 Hall',
    res: "Logged as concern for welfare. PC Hall rang IP 27/04 – IP 'doesn't want to make things worse', divorce ongoing. Treated as civil matter – no offences disclosed. No DASH. Closed. Caller not updated.",
    contacts: [C('other', 'in', 'phone-call'), C('family', 'out', 'phone-call')], concerns: [DA], dup: 'hr_call' },
  { key: 'p_1406', dt: '14/06/2023 18:30', occ: 'NC-230614-1402 / CR/1120/23',
    sum: 'IP attended HS police station front counter. Reports suspect sending messages from 4 new Facebook accounts after she blocked him; in her work car park 09/06 and 12/06; followed her round the supermarket 13/06.',
    risk: 'DASH Medium (10)', off: 'PC 2764 Rennie',
    res: 'Crime – Harassment s2 PHA 1997. Suspect to be interviewed. DA support leaflet given, no referral.',
    contacts: [C('family', 'in', 'attendance'), C('family', 'out', 'assessment')], concerns: [DA, CRIM] },
  { key: 'p_0307', dt: '03/07/2023 10:00', occ: 'CR/1120/23',
    sum: "Suspect voluntary interview at HS police station. Admits messages – 'just wanted to talk to her about the house'. Denies following IP.",
    risk: '—', off: 'PC 2764 Rennie', res: 'NFA – evidential difficulties. CPS not consulted. IP informed by phone 05/07.',
    contacts: [C('family', 'in', 'attendance'), C('family', 'out', 'phone-call')], concerns: [DA, CRIM] },
  { key: 'p_2208', dt: '22/08/2023 23:10', occ: 'NC-230822-2291 / CR/1604/23',
    sum: "999 call from IP at 3 Bracken Walk. Suspect at her door approx 23:00 trying the handle and shouting through letterbox 'if I can't have you nobody will'. Gone on police arrival. 4th report by IP since 10/22.",
    risk: 'DASH Medium (12)', off: 'PC 1877 Watts / Sgt 0921 Lyons', res: 'Crime – Stalking s2A PHA 1997. Suspect outstanding, circulated.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment')], concerns: [DA, CRIM] },
  { key: 'p_2308', dt: '23/08/2023 06:40', occ: 'CR/1604/23',
    sum: "Suspect arrested at 7 Marram Close. Interviewed – denies attending Bracken Walk, says he was 'at home having a drink'.",
    risk: '—', off: 'DC 4410 Pearce (OIC)',
    res: 'Released on pre-charge bail. Conditions: no contact with IP directly or indirectly; not to attend Bracken Walk or Seacoal Foods, Harbour Road.',
    contacts: [C('family', 'out', 'other')], concerns: [DA, CRIM] },
  { key: 'p_2408', dt: '24/08/2023 09:15', occ: 'CR/1604/23',
    sum: 'DA Unit review. DASH Medium but 4th report by IP in 12 months – meets MARAC repeat/escalation criteria on professional judgement. MARF submitted to MARAC coordinator. Referral to HSDAS IDVA service.',
    risk: 'Medium – MARAC', off: 'DS 2290 Kerr (DAU)', res: 'Listed for MARAC 12/10/2023.',
    contacts: [C('other', 'out', 'referral'), C('da-service', 'out', 'referral')], concerns: [DA] },
  { key: 'p_0509', dt: '05/09/2023 11:20', occ: 'CR/1604/23',
    sum: 'Email received from HSDAS IDVA asking OIC to consider applying for a Stalking Protection Order – pattern since 10/22, PIN 12/22 ignored, attending workplace and home.',
    risk: '—', off: 'DC 4410 Pearce (OIC)', res: 'OIC to review when file complete. No further entry.',
    contacts: [C('da-service', 'in', 'email')], concerns: [DA], dup: 'spo_email' },
  { key: 'p_1210', dt: '12/10/2023', occ: 'MARAC',
    sum: 'Case heard at Harrowgate Sands MARAC. DS Kerr for police; IDVA, ASC, CSC, MH and Recovery reps also present. Police actions: (1) high-risk marker on 3 Bracken Walk; (2) OIC to consider SPO; (3) monitor bail.',
    risk: 'High (MARAC)', off: 'DS 2290 Kerr', res: 'Marker added on STORM 13/10. No SPO update recorded.',
    contacts: ['da-service', 'asc', 'csc', 'adult-mh', 'substance-misuse'].map((a) => C(a, 'both', 'conference')), concerns: [DA], dup: 'marac1' },
  { key: 'p_2910', dt: '29/10/2023 16:50', occ: 'NC-231029-1511',
    sum: "Call from security manager at Seacoal Foods – suspect's silver estate car seen at staff gate at 16:30, in breach of bail conditions.",
    risk: 'Medium', off: 'PC 3011 Birch',
    res: 'Suspect arrested 30/10 for breach of bail, re-bailed on same conditions by custody Sgt. IP informed by phone.',
    contacts: [C('other', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'phone-call')], concerns: [DA, CRIM], dup: 'gate_call' },
  { key: 'p_2011', dt: '20/11/2023 12:00', occ: 'DVDS/0311/23',
    sum: "DVDS Right to Ask application received online from IP's daughter (Nicola D). Worried for her mother's safety from her father.",
    risk: '—', off: 'DC 3390 Ambler (DVDS)', res: 'Applicant seen in person 24/11. Checks: PNC, Niche, MARAC. To decision panel.',
    contacts: [C('family', 'in', 'information-request'), C('family', 'out', 'appointment')], concerns: [DA] },
  { key: 'p_0112', dt: '01/12/2023 10:00', occ: 'DVDS/0311/23',
    sum: "DVDS decision (DI 1022 Ford): disclose to IP as the person at risk – suspect's 1990 conviction for ABH on a former partner. Applicant not to be given the detail; to be told the application is concluded.",
    risk: '—', off: 'DI 1022 Ford', res: 'Disclosure arranged for 08/12 with IDVA support.',
    contacts: [], concerns: [DA, CRIM] },
  { key: 'p_0812', dt: '08/12/2023 14:00', occ: 'DVDS/0311/23',
    sum: 'Disclosure made in person to IP at HS police station by DC Ambler, IDVA present. IP upset, unaware of previous conviction. Safety advice given.',
    risk: '—', off: 'DC 3390 Ambler', res: 'Applicant (daughter) told by phone 11/12 that the application has been concluded.',
    contacts: [C('family', 'out', 'information-share'), C('da-service', 'both', 'other'), C('family', 'out', 'phone-call')], concerns: [DA, CRIM], dup: 'dvds' },
  { sec: '2024' },
  { key: 'p_0601', dt: '06/01/2024 19:52', occ: 'NC-240106-1733 / CR/0042/24',
    sum: "999 call from IP at 22 Saltwell Court. Suspect outside banging on front window, shouting 'I know where you are now'. Gone on arrival. Response time 19 mins – no marker on address. NB IP moved to Saltwell Court 13/11/23 – move not notified to police, MARAC marker still on Bracken Walk. No record on Niche or in DAU mailbox of any report that IP's new address had been disclosed to suspect.",
    risk: 'DASH High (17)', off: 'PC 2655 Doyle', res: 'Crime – Stalking s2A PHA and breach of bail. Suspect outstanding.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment')], concerns: [DA, CRIM] },
  { key: 'p_0701', dt: '07/01/2024 08:10', occ: 'CR/0042/24',
    sum: 'Suspect arrested at 7 Marram Close. Interviewed – no comment.',
    risk: '—', off: 'DC 4410 Pearce (OIC)',
    res: 'Released on bail pending CPS charging advice; conditions as before plus not to attend Saltwell Court. High-risk marker added to 22 Saltwell Court. IDVA updated by phone.',
    contacts: [C('family', 'out', 'other'), C('da-service', 'out', 'phone-call')], concerns: [DA, CRIM] },
  { key: 'p_1201', dt: '12/01/2024 11:05', occ: 'DAU/ENQ/0093/24',
    sum: 'DA and safeguarding enquiry response sent to Probation (PP Dunn) re nominal: 5 reports by IP since 10/22, PIN 12/22, harassment NFA 07/23, stalking arrest 08/23 with bail, bail breach 10/23, stalking arrest 07/01/24.',
    risk: '—', off: 'DAU researcher 6120', res: 'Sent by secure email.',
    contacts: [C('probation', 'out', 'information-share')], concerns: [DA, CRIM], dup: 'dau_resp' },
  { key: 'p_1701', dt: '17/01/2024', occ: 'CR/0042/24',
    sum: "Application for a Stalking Protection Order (interim and full) made by force solicitor at Harrowgate Sands Magistrates' Court.",
    risk: '—', off: 'DC 4410 Pearce (OIC)', res: 'Interim order not made on the papers; hearing listed 12/02/2024.',
    contacts: [C('other', 'out', 'other')], concerns: [DA] },
  { key: 'p_1801', dt: '18/01/2024 10:00', occ: 'MARAC',
    sum: 'Repeat MARAC. DS Kerr for police. Present: IDVA, Probation, Coastline Homes, ASC, MH, Recovery. Police actions: expedite CPS advice; SPO hearing 12/02; marker on Saltwell Court confirmed.',
    risk: 'High (MARAC)', off: 'DS 2290 Kerr', res: '—',
    contacts: ['da-service', 'probation', 'housing', 'asc', 'adult-mh', 'substance-misuse'].map((a) => C(a, 'both', 'conference')), concerns: [DA], dup: 'marac2' },
  { key: 'p_0802', dt: '08/02/2024 07:35', occ: 'NC-240208-0297',
    sum: '999 call from security officer at Seacoal Foods, Harbour Road – woman stabbed in staff car park, suspect held by staff. Officers attended. IP pronounced deceased at scene 08:14. Suspect (Alan D) arrested for murder.',
    risk: '—', off: 'Sgt 1510 Hunt / MIT', res: 'Probation, HSDAS and Coastline Homes informed 08/02 by DI Ford.',
    contacts: [C('other', 'in', 'phone-call'), C('family', 'out', 'other'), C('probation', 'out', 'notification'), C('da-service', 'out', 'notification'), C('housing', 'out', 'notification')],
    concerns: [DA, INJ, CRIM], dup: 'homicide' },
];
for (const r of policeRows) {
  if (r.sec) continue;
  const tm = r.dt.match(/(\d{2}:\d{2})$/);
  police.entries.push({ key: r.key, agency: 'police', date: dmy(r.dt), time: tm ? tm[1] : null,
    text: [r.occ, r.sum, r.risk, r.off, r.res].join(' | '), contacts: r.contacts, concerns: r.concerns, dup: r.dup });
}

// ======================================================================
// 2. IDVA / DA SERVICE (xlsx, one sheet per year)
// ======================================================================
const idva = file('idva-case-notes.xlsx', 'da-service', 'xlsx');
const MARAC1 = "MARAC 12/10/23 – case 7 of 13. Referral: Police DAU (repeat – 4th police report). Agencies present: Police (DS Kerr, chair), HSDAS (IDVA 2, MARAC Coord), Adult Social Care, Children's Services, CMHT (Adult MH), Harrowgate Recovery. Not represented: Probation, Coastline Homes. Research: perp PNC – drink drive, CO 03/23; no health research on perp. Risk agreed HIGH.";
const MARAC1c = "Actions: (1) Police – high-risk marker 3 Bracken Walk. (2) Police/OIC – consider SPO. (3) IDVA – safety planning, support mgmt transfer with CH. (4) Coord – MARAC info to Sv's GP.";
const MARAC2 = "MARAC 18/01/24 – repeat (DASH 19). Agencies present: Police (DS Kerr, chair), HSDAS (IDVA 2, MARAC Coord), Probation (PP S Dunn), Coastline Homes (Neighbourhood Mgr), Adult Social Care, CMHT, Harrowgate Recovery. Not represented: Children's Services – apologies, no children in household. Health: research return from A's GP (Seaview MP) submitted in lieu. Probation: A on CO, said 'she can't hide forever' (02/11) and 'I know where she is' (14/12). GP: said 'I could kill her' (04/12). Risk HIGH.";
const MARAC2c = "Actions: Police – expedite CPS advice, SPO hearing 12/02, marker Saltwell Ct. Probation – OASys review, weekly reporting, home visit. CH – offer emergency move out of borough. IDVA – workplace safety plan with employer.";
const idvaSheets = {
  '2022': { ref: 'HSDAS/22/1140 (helpline / outreach)', rows: [
    { key: 'i_0510', d: '05/10/2022', t: '10:20', type: 'Helpline', w: 'Helpline (SB)',
      n: "Call from Sv's daughter (N, 29). Her mum left her dad 6 wks ago after 30 yr marriage, he is 'bombarding' her with calls and texts and turned up at N's house Sunday night – police came. N worried. I gave info on outreach and Clare's Law. N to pass on our number; N says Sv happy for us to ring her.",
      r: '', contacts: [C('family', 'in', 'phone-call')], concerns: [DA] },
    { key: 'i_1010', d: '10/10/2022', t: '14:05', type: 'Outreach call', w: 'Outreach (LM)',
      n: "I rang Sv. She says she's ok – 'it's just Alan being Alan, he'll calm down'. Declined outreach support for now. Safety advice given (999, silent solution, keep texts). Closed – info and advice only.",
      r: 'Standard', contacts: [C('family', 'out', 'phone-call')], concerns: [DA] },
  ] },
  '2023': { ref: 'HSDAS/23/0871', rows: [
    { key: 'i_2408', d: '24/08/2023', t: '11:02', type: 'Referral in', w: 'MARAC Coord (KB)',
      n: 'MARF and DASH rec\'d from Police DAU. DASH 12 (medium) – referred on repeat criteria, 4th police report. Listed for MARAC 12/10/23. Allocated to IDVA 2.',
      r: 'Medium (police)', contacts: [C('police', 'in', 'referral')], concerns: [DA] },
    { key: 'i_2508', d: '25/08/2023', t: '09:30', type: 'Phone', w: 'IDVA 2 (JT)',
      n: 'I rang Sv, she was at work but talked in her break. Completed DASH with her – 16 yes = HIGH. Stalking questions: he knows her shifts, follows her, turns up at work. Safety planning started. Sv agreed to TO – I emailed Coastline Homes asking for spyhole, door chain and letterbox guard at Bracken Walk.',
      r: 'HIGH', contacts: [C('family', 'out', 'phone-call'), C('family', 'out', 'assessment'), C('housing', 'out', 'referral')], concerns: [DA] },
    { key: 'i_2908', d: '29/08/2023', t: '13:00', type: 'Home visit', w: 'IDVA 2 (JT)',
      n: 'HV to Sv at Bracken Walk. Sv very anxious, not sleeping, says A knows her shifts and where she parks. Full safety plan done incl. work and travel. Sv wants to move away from the area he knows – I will support a management transfer with CH.',
      r: 'HIGH', contacts: [C('family', 'out', 'home-visit')], concerns: [DA, HOU] },
    { key: 'i_3008', d: '30/08/2023', t: '', type: 'Letter', w: 'IDVA 2 (JT)',
      n: "Support letter for management transfer emailed to Coastline Homes Lettings. Made clear that A is still CH tenant at 7 Marram Close and that Sv's new address MUST NOT be disclosed to him – no correspondence with her details to go to Marram Close.",
      r: 'HIGH', contacts: [C('housing', 'out', 'letter')], concerns: [DA, HOU] },
    { key: 'i_0509', d: '05/09/2023', t: '11:15', type: 'Email', w: 'IDVA 2 (JT)',
      n: 'I emailed OIC (DC Pearce) asking police to consider an SPO – pattern since Oct 22: calls/texts, car outside, PIN Dec 22 ignored, work car park, at her door at night. Sv supports it.',
      r: 'HIGH', contacts: [C('police', 'out', 'email')], concerns: [DA], dup: 'spo_email' },
    { key: 'i_1209', d: '12/09/2023', t: '', type: 'Phone', w: 'IDVA 2 (JT)',
      n: 'I rang Sv. No sightings since bail conditions. Still wants to move. I rang CH Lettings – transfer approved 07/09, Band A.',
      r: 'HIGH', contacts: [C('family', 'out', 'phone-call'), C('housing', 'out', 'phone-call')], concerns: [DA, HOU] },
    { key: 'i_2609', d: '26/09/2023', t: '', type: 'Email', w: 'IDVA 2 (JT)',
      n: 'Chased OIC re SPO – no reply.', r: 'HIGH', contacts: [C('police', 'out', 'email')], concerns: [DA] },
    { key: 'i_1210', d: '12/10/2023', t: '10:00', type: 'MARAC', w: 'MARAC Coord (KB)', n: MARAC1, r: 'HIGH', cont: MARAC1c,
      contacts: ['police', 'asc', 'csc', 'adult-mh', 'substance-misuse'].map((a) => C(a, 'both', 'conference')), concerns: [DA, CRIM, SM], dup: 'marac1' },
    { key: 'i_1310', d: '13/10/2023', t: '', type: 'Email', w: 'MARAC Coord (KB)',
      n: "MARAC actions circulated by secure email to agencies present. MARAC info sent to Sv's GP (Harbourside Surgery) for flagging.",
      r: '', contacts: [...['police', 'asc', 'csc', 'adult-mh', 'substance-misuse'].map((a) => C(a, 'out', 'information-share')), C('gp', 'out', 'information-share')], concerns: [DA] },
    { key: 'i_2510', d: '25/10/2023', t: '', type: 'Phone', w: 'IDVA 2 (JT)', n: 'Tried Sv – no answer, LVM.', r: 'HIGH',
      contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE] },
    { key: 'i_0111', d: '01/11/2023', t: '', type: 'Phone', w: 'IDVA 2 (JT)', n: 'Tried Sv again – no answer. Sent safe text asking her to ring me.', r: 'HIGH',
      contacts: [C('family', 'attempted', 'phone-call'), C('family', 'out', 'other')], concerns: [NE] },
    { key: 'i_0911', d: '09/11/2023', t: '', type: 'Phone', w: 'IDVA 2 (JT)', n: '2 attempts – number now unobtainable.', r: 'HIGH',
      contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE] },
    { key: 'i_1511', d: '15/11/2023', t: '', type: 'Case closure', w: 'IDVA 2 (JT)',
      n: 'Case closed – unable to contact since 25/10 (4 attempts). Closure not notified to OIC or MARAC – to be noted at next MARAC. No closure letter sent (safety).',
      r: 'HIGH', contacts: [], concerns: [NE, DA] },
    { key: 'i_2111', d: '21/11/2023', t: '16:40', type: 'Phone', w: 'IDVA 2 (JT)',
      n: "Call from N (daughter). Mum moved into a new CH flat (22 Saltwell Court) on 13/11 and changed her number because A kept ringing. N has put in a Clare's Law application. I rang Sv on her new number – case re-opened. Safety planning at new address, she is relieved to be away from Bracken Walk. TO needed at new flat.",
      r: 'HIGH', contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'phone-call')], concerns: [DA] },
    { key: 'i_2311', d: '23/11/2023', t: '', type: 'Email', w: 'IDVA 2 (JT)',
      n: 'Emailed CH Neighbourhood Team for TO at Saltwell Court – door chain, spyhole, window locks, video doorbell. Reminded CH again: address is confidential, A is their tenant at Marram Close.',
      r: 'HIGH', contacts: [C('housing', 'out', 'referral')], concerns: [DA] },
    { key: 'i_0812', d: '08/12/2023', t: '14:00', type: 'Appointment', w: 'IDVA 2 (JT)',
      n: "Went with Sv to HS police station for DVDS disclosure (DC Ambler). Sv shocked – didn't know A had a conviction for assaulting a previous partner. Safety plan reviewed.",
      r: 'HIGH', contacts: [C('police', 'both', 'other'), C('family', 'out', 'appointment')], concerns: [DA, CRIM], dup: 'dvds' },
    { key: 'i_1512', d: '15/12/2023', t: '15:20', type: 'Email', w: 'IDVA 2 (JT)',
      n: "Email from CH Neighbourhood Manager: Sv's new address was printed on an arrears letter for the Marram Close joint tenancy posted to Marram Close on 04/12. A has texted Sv her new address. CH have copied in police DAU. I rang Sv straight away – safety plan, refuge offered, declined ('I'm not being driven out again'). Sv doesn't want to report the text herself – 'they'll just bail him again'. CH agreed security upgrade.",
      r: 'HIGH', contacts: [C('housing', 'in', 'email'), C('family', 'out', 'phone-call')], concerns: [DA, HOU], dup: 'ch_email' },
  ] },
  '2024': { ref: 'HSDAS/23/0871', rows: [
    { key: 'i_0701', d: '07/01/2024', t: '09:05', type: 'Phone', w: 'IDVA 2 (JT)',
      n: "DC Pearce rang me: A was at Saltwell Court last night banging on the window, arrested this morning. I rang Sv – very frightened. Refuge offered again; she will stay at N's for a few nights. Will re-refer to MARAC.",
      r: 'HIGH', contacts: [C('police', 'in', 'phone-call'), C('family', 'out', 'phone-call')], concerns: [DA, CRIM] },
    { key: 'i_0901', d: '09/01/2024', t: '', type: 'MARAC referral', w: 'IDVA 2 (JT)', n: 'MARF submitted – repeat, DASH 19 (high).', r: 'HIGH',
      contacts: [C('other', 'out', 'referral')], concerns: [DA] },
    { key: 'i_1001', d: '10/01/2024', t: '', type: 'Email', w: 'MARAC Coord (KB)',
      n: "Research requests and MARAC invites for 18/01 sent by secure email to Probation (first time – A on CO since 03/23) and Coastline Homes (not invited to Oct MARAC). Health research request to A's GP to follow.",
      r: '', contacts: [C('probation', 'out', 'information-request'), C('housing', 'out', 'information-request')], concerns: [DA, CRIM], dup: 'marac_invite' },
    { key: 'i_1801', d: '18/01/2024', t: '10:00', type: 'MARAC', w: 'MARAC Coord (KB)', n: MARAC2, r: 'HIGH', cont: MARAC2c,
      contacts: [...['police', 'probation', 'housing', 'asc', 'adult-mh', 'substance-misuse'].map((a) => C(a, 'both', 'conference')), C('gp', 'in', 'information-share')],
      concerns: [DA, CRIM], dup: 'marac2' },
    { key: 'i_2601', d: '26/01/2024', t: '', type: 'Phone', w: 'IDVA 2 (JT)',
      n: "I rang Sv. SPO hearing 12/02. Sv back at Saltwell Ct, says A has 'gone quiet'. Safety plan reviewed; workplace plan to do with her employer.",
      r: 'HIGH', contacts: [C('family', 'out', 'phone-call')], concerns: [DA] },
    { key: 'i_0202', d: '02/02/2024', t: '12:30', type: 'Visit', w: 'IDVA 2 (JT)',
      n: "Met Sv and HR manager (RH) at Seacoal Foods. Workplace safety plan agreed: parking bay by main door, security escort to car, A's photo to gatehouse, later shift start being looked at.",
      r: 'HIGH', contacts: [C('other', 'both', 'other'), C('family', 'out', 'appointment')], concerns: [DA], dup: 'workplace' },
    { key: 'i_0802', d: '08/02/2024', t: '10:15', type: 'Phone', w: 'MARAC Coord (KB)',
      n: 'DI Ford rang – Sv killed this morning at her work. A arrested. Case closed. CSP informed (DHR notification).',
      r: '', contacts: [C('police', 'in', 'notification'), C('other', 'out', 'notification')], concerns: [DA] },
  ] },
};
for (const [, sh] of Object.entries(idvaSheets)) {
  for (const r of sh.rows) {
    let text = [r.type, r.w, r.n, r.r].filter(Boolean).join(' | ');
    if (r.cont) text += ' | ' + r.cont;
    idva.entries.push({ key: r.key, agency: 'da-service', date: dmy(r.d), time: r.t || null, text, contacts: r.contacts, concerns: r.concerns, dup: r.dup });
  }
}

// ======================================================================
// 3. PROBATION (csv, nDelius-style)
// ======================================================================
const prob = file('probation-ndelius.csv', 'probation', 'csv');
const PP = 'S Dunn PP';
const probRows = [
  { key: 'pr_1603', d: '16/03/2023', type: 'Court Report - Oral PSR', out: 'Completed',
    n: "Same-day oral PSR, Harrowgate Sands MC. PoP aged 57, 2nd drink drive (82ug), previous 2009. Separated from wife Aug 22, living alone at Marram Close. PoP denies any DA, says separation 'amicable enough'. DA and safeguarding enquiries not requested – same day report, index offence not DA related. Proposal CO with RAR and UPW. Sentenced: 12m CO, RAR 15 days, UPW 120 hrs, disqualified 36m.",
    o: 'K Armitage PSO (Court Team)', contacts: [C('family', 'out', 'assessment')], concerns: [SM, CRIM] },
  { key: 'pr_2003', d: '20/03/2023', type: 'Case Allocation', out: 'Allocated', n: 'Allocated to S Dunn PP, Harrowgate Sands PDU. Tier B2.', o: 'M Latimer SPO', contacts: [], concerns: [] },
  { key: 'pr_2403', d: '24/03/2023', type: 'Office Visit', out: 'Attended - Complied',
    n: "Induction. Sentence plan started. PoP talks at length about wife leaving – 'walked out after 30 years', 'turned the kids against me'. Says he has no contact with her now. Drinking most nights. Consent for GP contact signed.",
    o: PP, contacts: [C('family', 'in', 'attendance')], concerns: [SM] },
  { key: 'pr_3103', d: '31/03/2023', type: 'OASys Assessment', out: 'Completed',
    n: "Initial OASys. RoSH Low (public), Low (known adult). No DA history – based on PoP's self-report, no police DA information on file. Alcohol linked to offending. Sentence plan: RAR alcohol and thinking skills.",
    o: PP, contacts: [], concerns: [SM] },
  { key: 'pr_1304', d: '13/04/2023', type: 'Office Visit', out: 'Attended - Complied',
    n: 'RAR 1 – alcohol and offending (cycle of change). PoP engaged. Says GP has started him on tablets for his mood.',
    o: PP, contacts: [C('family', 'in', 'attendance')], concerns: [SM, MH] },
  { key: 'pr_2704', d: '27/04/2023', type: 'Office Visit', out: 'Failed to Attend - Acceptable',
    n: "PoP rang in the afternoon – forgot, 'head all over the place'. Acceptable absence, rebooked.",
    o: PP, contacts: [C('family', 'attempted', 'dna'), C('family', 'in', 'phone-call')], concerns: [NE] },
  { key: 'pr_1105', d: '11/05/2023', type: 'Office Visit', out: 'Attended - Complied',
    n: "RAR 2. PoP says he saw his ex-wife 'by chance' near her work and 'just wants to talk to her, that's all – 30 years and she won't even look at me'. Advised to respect her wishes and let the solicitors deal with it.",
    o: PP, contacts: [C('family', 'in', 'attendance')], concerns: [DA] },
  { key: 'pr_0806', d: '08/06/2023', type: 'Unpaid Work', out: 'Attended - Complied', n: 'UPW – Seaview community garden project, 7 hrs.',
    o: 'UPW Supervisor T Grey', contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'pr_2206', d: '22/06/2023', type: 'Telephone Contact - Offender', out: 'Completed',
    n: "PoP rang, upset. Police have been in touch about 'harassment' – 'all I did was send her a message'. Has been drinking. Has a voluntary interview on 03/07. Advised to get legal advice and attend. Police not contacted.",
    o: PP, contacts: [C('family', 'in', 'phone-call')], concerns: [DA, CRIM, SM] },
  { key: 'pr_0607', d: '06/07/2023', type: 'Office Visit', out: 'Attended - Complied',
    n: "RAR 3. PoP says police interview done and 'it's NFA'. Account accepted. Focus on alcohol diary.",
    o: PP, contacts: [C('family', 'in', 'attendance')], concerns: [CRIM, SM] },
  { key: 'pr_2707', d: '27/07/2023', type: 'Office Visit', out: 'Failed to Attend - Unacceptable', n: 'No contact from PoP. Warning letter 1 sent.',
    o: PP, contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: [NE] },
  { key: 'pr_0308', d: '03/08/2023', type: 'Office Visit', out: 'Attended - Complied',
    n: "PoP explains absence – 'hungover, lost track of the days'. Warning stands. Alcohol discussed; agreed to self-refer to Harrowgate Recovery.",
    o: PP, contacts: [C('family', 'in', 'attendance')], concerns: [SM] },
  { key: 'pr_2408', d: '24/08/2023', type: 'Telephone Contact - Offender', out: 'Completed',
    n: "PoP rang: arrested yesterday, 'bailed not to go near her or her work'. Says he only went round 'to talk' and she 'called the police on me'. Advised to comply with bail. OASys review not completed; no contact made with police.",
    o: PP, contacts: [C('family', 'in', 'phone-call')], concerns: [DA, CRIM] },
  { key: 'pr_1409', d: '14/09/2023', type: 'Office Visit', out: 'Attended - Complied',
    n: "RAR 4. 'I just want to talk to her, I'm not a stalker.' Low mood, 'no point to anything'. Denies thoughts of self-harm. Seeing GP tomorrow. Says drinking less.",
    o: PP, contacts: [C('family', 'in', 'attendance')], concerns: [DA, MH, SM] },
  { key: 'pr_1910', d: '19/10/2023', type: 'Office Visit', out: 'Failed to Attend - Unacceptable',
    n: '2nd unacceptable absence. Breach considered with SPO – final warning letter sent instead as PoP engaging overall.',
    o: PP, contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: [NE] },
  { key: 'pr_0211', d: '02/11/2023', type: 'Office Visit', out: 'Attended - Complied',
    n: "RAR 5. PoP says ex-wife is 'moving somewhere, there's a to-let sign on her flat' – 'she can't hide forever'. Says bail conditions are 'a joke'. Recorded; PoP reminded of bail. No referral made.",
    o: PP, contacts: [C('family', 'in', 'attendance')], concerns: [DA, CRIM] },
  { key: 'pr_1412', d: '14/12/2023', type: 'Office Visit', out: 'Attended - Complied',
    n: "RAR 6 (final). PoP in good spirits – 'it's sorted now, I know where she is, we'll have a proper talk after Christmas'. Reminded of bail conditions. RAR complete.",
    o: PP, contacts: [C('family', 'in', 'attendance')], concerns: [DA, CRIM] },
  { key: 'pr_1001', d: '10/01/2024', type: 'Other Agency Contact', out: 'Email Received',
    n: 'Email from MARAC Coordinator (HSDAS): PoP is alleged perpetrator in a repeat high-risk MARAC case (ex-wife). Research request and invite to MARAC 18/01/24. First notification to Probation of any MARAC involvement.',
    o: PP, contacts: [C('da-service', 'in', 'information-request')], concerns: [DA], dup: 'marac_invite' },
  { key: 'pr_1101', d: '11/01/2024', type: 'Other Agency Contact', out: 'Request Sent', n: 'DA and safeguarding enquiries requested from Police DA Unit.',
    o: PP, contacts: [C('police', 'out', 'information-request')], concerns: [DA] },
  { key: 'pr_1201', d: '12/01/2024', type: 'Other Agency Contact', out: 'Information Received',
    n: 'Police DAU response: 5 reports by ex-wife since 10/22 incl. PIN 12/22, harassment NFA 07/23, stalking arrest 08/23 (bail), bail breach 10/23, stalking arrest 07/01/24. OASys review started – RoSH to known adult raised to High.',
    o: PP, contacts: [C('police', 'in', 'information-share')], concerns: [DA, CRIM], dup: 'dau_resp' },
  { key: 'pr_1801', d: '18/01/2024', type: 'Other Agency Contact', out: 'Attended',
    n: 'MARAC attended by PP. Police, IDVA, Coastline Homes, ASC, mental health and Harrowgate Recovery also present. Probation actions: OASys review, weekly reporting, home visit, share reporting history with police.',
    o: PP, contacts: ['police', 'da-service', 'housing', 'asc', 'adult-mh', 'substance-misuse'].map((a) => C(a, 'both', 'conference')), concerns: [DA], dup: 'marac2' },
  { key: 'pr_1901', d: '19/01/2024', type: 'Office Visit', out: 'Attended - Complied',
    n: "Additional appointment. Concerns discussed without disclosing source. PoP denies going to her address – 'police are on her side'. Reminded of bail conditions. Weekly reporting agreed.",
    o: PP, contacts: [C('family', 'in', 'attendance')], concerns: [DA, CRIM] },
  { key: 'pr_0102', d: '01/02/2024', type: 'Home Visit', out: 'No Reply', n: 'HV to Marram Close – no reply, calling card left.',
    o: PP, contacts: [C('family', 'attempted', 'dna')], concerns: [NE] },
  { key: 'pr_0802', d: '08/02/2024', type: 'Other Agency Contact', out: 'Information Received',
    n: 'DI Ford (North Coast Constabulary) rang – PoP arrested this morning for the murder of his ex-wife. SPO informed. SFO notification to follow.',
    o: PP, contacts: [C('police', 'in', 'notification')], concerns: [DA, CRIM] },
];
for (const r of probRows) {
  prob.entries.push({ key: r.key, agency: 'probation', date: dmy(r.d), time: null,
    text: [r.type, r.out, r.n, r.o].join(' | '), contacts: r.contacts, concerns: r.concerns, dup: r.dup });
}

// ======================================================================
// 4. GP (txt, EMIS-style lines)
// ======================================================================
const gp = file('gp-perpetrator.txt', 'gp', 'txt');
const gpRows = [
  { key: 'gp1', d: '14-Sep-2022', who: 'Dr K', lines: ["Face to face: poor sleep 3/52. Wife left him end Aug after 30 yrs,", "'came out of nowhere'. Drinking more, est 40u/wk. Not suicidal. Declined", 'Talking Therapies. Sleep hygiene. Rx zopiclone 7.5mg x7.'],
    contacts: [C('family', 'in', 'attendance')], concerns: [MH, SM] },
  { key: 'gp2', d: '18-Jan-2023', who: 'Dr A', lines: ['Telephone consultation: requests fit note - stress. Arrested last week', "for drink driving, court in March. 'Everything's fallen apart since she", "went.' Fit note 2/52 (stress). Alcohol advice."],
    contacts: [C('family', 'out', 'phone-call')], concerns: [MH, SM, CRIM] },
  { key: 'gp3', d: '12-Apr-2023', who: 'Dr A', lines: ["Telephone consultation: low mood. PHQ-9 16. Angry about divorce - 'she's", "taking the house, the savings, the kids won't speak to me'. Alcohol approx", '50u/wk, AUDIT-C 10. Now on probation (drink drive). Start sertraline 50mg', 'OD. Harrowgate Recovery self-referral details given. R/v 4/52.'],
    contacts: [C('family', 'out', 'phone-call')], concerns: [MH, SM, CRIM] },
  { key: 'gp4', d: '10-May-2023', who: 'PN', lines: ['DNA - bloods (LFTs, GGT).'], contacts: [C('family', 'attempted', 'dna')], concerns: [NE] },
  { key: 'gp5', d: '20-Jul-2023', who: 'Dr S', lines: ["Face to face: med review. Mood 'up and down'. Says ex-wife 'got the police", "on him' for sending her a message - 'I'm not the one who walked out'.", 'Drinking unchanged. Sertraline increased to 100mg. LFTs re-requested.'],
    contacts: [C('family', 'in', 'attendance')], concerns: [DA, MH, SM] },
  { key: 'gp6', d: '29-Aug-2023', who: 'Admin', lines: ["Letter received - Harrowgate Recovery: self-referral rec'd 15/08/23,", 'offered assessment 22/08/23 - DNA. Discharged as per policy; GP to', 're-refer if appropriate.'],
    contacts: [C('substance-misuse', 'in', 'letter')], concerns: [SM, NE] },
  { key: 'gp7', d: '15-Sep-2023', who: 'Dr A', lines: ["Telephone consultation: low mood continues. On police bail 'for going round", "to see my own wife' - can't go near her or her work. Sleeping badly,", "drinking 'less'. Denies SI/SH. Probation officer told him to ring.", 'Continue sertraline. R/v 4/52.'],
    contacts: [C('family', 'out', 'phone-call')], concerns: [DA, MH, SM, CRIM] },
  { key: 'gp8', d: '16-Oct-2023', who: 'Dr A', lines: ['Telephone review - no answer x2. DNA.'], contacts: [C('family', 'attempted', 'dna')], concerns: [NE] },
  { key: 'gp9', d: '04-Dec-2023', who: 'Dr K', lines: ["Face to face: 'nerves'. Angry ++ about divorce settlement and ex-wife", "'hiding' from him. Said 'she'll pay for what she's done' and 'I could kill", "her', then laughed - 'not literally, doc'. Denies plans or intent to harm", 'self or others. Alcohol approx 60u/wk. Declines Recovery / CMHT.', 'Safety-netted, crisis line number given. R/v 2/52.'],
    contacts: [C('family', 'in', 'attendance')], concerns: [DA, MH, SM] },
  { key: 'gp10', d: '18-Dec-2023', who: 'Dr K', lines: ['DNA - F2F review.'], contacts: [C('family', 'attempted', 'dna')], concerns: [NE] },
  { key: 'gp11', d: '12-Jan-2024', who: 'Admin', lines: ['Docman: MARAC research request received from HSDAS (patient is alleged', 'perpetrator). Passed to Dr K (safeguarding lead).'],
    contacts: [C('da-service', 'in', 'information-request')], concerns: [DA] },
  { key: 'gp12', d: '16-Jan-2024', who: 'Dr K', lines: ['MARAC return sent to HSDAS by secure email - summary of consultations', 'Sep 22 to Dec 23 incl. comments made 04/12/23. Alert added: MARAC -', 'alleged perpetrator.'],
    contacts: [C('da-service', 'out', 'information-share')], concerns: [DA] },
  { key: 'gp13', d: '08-Feb-2024', who: 'Admin', lines: ['Notification from North Coast Constabulary - patient arrested (murder of', 'ex-wife). Record sealed pending DHR.'],
    contacts: [C('police', 'in', 'notification')], concerns: [DA, CRIM] },
];
for (const r of gpRows) {
  gp.entries.push({ key: r.key, agency: 'gp', date: emis(r.d), time: null,
    text: `${r.who}  ${r.lines.join(' ')}`, contacts: r.contacts, concerns: r.concerns });
}

// ======================================================================
// 5. HOUSING ASSOCIATION (letter, docx -> pdf). Paragraphs open with bold dates;
//    a later sentence in a paragraph that introduces a new date starts a new entry.
// ======================================================================
const hous = file('housing-association.pdf', 'housing', 'pdf');
const housingParas = [
  { bold: '6 September 2022', segs: [
    { key: 'h1', date: dayOf('6 September 2022', 2022, 9, 6),
      text: "Ms D telephoned our Customer Hub. She said she had left 7 Marram Close, which she held as a joint tenant with her husband, because of his behaviour, and was staying with her daughter. She asked how to come off the tenancy and get a home of her own. We explained that a notice to quit from one joint tenant would end the tenancy for both, and took a housing register application by telephone. A 'Domestic abuse – do not disclose address' alert was placed on Ms D's customer record.",
      contacts: [C('family', 'in', 'phone-call')], concerns: [DA, HOU] }] },
  { bold: '28 November', segs: [
    { key: 'h2', date: dayOf('28 November', 2022, 11, 28),
      text: 'Our Lettings Team telephoned Ms D to offer a one-bedroom flat at 3 Bracken Walk through the housing register (Band B, relationship breakdown).',
      contacts: [C('family', 'out', 'phone-call')], concerns: [HOU] },
    { key: 'h3', date: dayOf('5 December 2022', 2022, 12, 5),
      text: 'She came into our Harbour Road office to sign for the tenancy on 5 December 2022.',
      contacts: [C('family', 'in', 'attendance')], concerns: [HOU] }] },
  { bold: '19 December', segs: [
    { key: 'h4', date: dayOf('19 December', 2022, 12, 19),
      text: 'Ms D telephoned her Neighbourhood Officer to say that Mr D had found the flat and left flowers on the doorstep. She had reported this to the police. She asked for her locks to be changed, and we arranged this at no charge as a domestic abuse case.',
      contacts: [C('family', 'in', 'phone-call')], concerns: [DA] }] },
  { bold: 'Late March 2023', segs: [
    { key: 'h5', date: span('Late March 2023', '2023-03-21', '2023-03-31'),
      text: 'Arrears of £412 had built up on the Marram Close joint tenancy, and arrears letters were sent to both joint tenants at Marram Close. Ms D rang to say she no longer lived there and gave 3 Bracken Walk as her correspondence address, which was added to the joint tenancy account.',
      contacts: [C('family', 'out', 'letter'), C('family', 'in', 'phone-call')], concerns: [HOU] }] },
  { bold: '25 August', segs: [
    { key: 'h6', date: dayOf('25 August', 2023, 8, 25),
      text: 'We received an email from the HSDAS IDVA asking for target hardening at 3 Bracken Walk (spy hole, door chain and letterbox guard). A works order was raised the same day.',
      contacts: [C('da-service', 'in', 'referral')], concerns: [DA] }] },
  { bold: '1 September 2023', segs: [
    { key: 'h7', date: dayOf('1 September 2023', 2023, 9, 1),
      text: "Our Lettings Team logged a management transfer request for Ms D, supported by a letter from the IDVA dated 30 August. The letter said that Mr D still lived at Marram Close and that Ms D's new address must not be disclosed to him.",
      contacts: [C('da-service', 'in', 'letter')], concerns: [DA, HOU] },
    { key: 'h8', date: dayOf('7 September 2023', 2023, 9, 7),
      text: 'The Housing Panel approved the transfer on 7 September 2023 with Band A (domestic abuse) priority.',
      contacts: [], concerns: [DA, HOU] }] },
  { bold: '12 October 2023', segs: [
    { key: 'h9', date: dayOf('12 October 2023', 2023, 10, 12),
      text: 'A MARAC was held about Ms D. Coastline Homes was not invited, did not receive the agenda or the actions, and did not know this MARAC had taken place until we were invited to the next one.',
      contacts: [], concerns: [DA] }] },
  { bold: '13 November 2023', segs: [
    { key: 'h10', date: dayOf('13 November 2023', 2023, 11, 13),
      text: 'Ms D signed for 22 Saltwell Court at our office and moved in under the management transfer. Her customer record and the Marram Close joint tenancy account were both updated with her new correspondence address, and the Bracken Walk tenancy was ended.',
      contacts: [C('family', 'in', 'attendance')], concerns: [HOU] }] },
  { bold: '24 November 2023', segs: [
    { key: 'h11', date: dayOf('24 November 2023', 2023, 11, 24),
      text: 'The IDVA emailed the Neighbourhood Team asking for target hardening at Saltwell Court and reminding us that the address was confidential and that Mr D is our tenant at Marram Close. A works order was raised.',
      contacts: [C('da-service', 'in', 'referral')], concerns: [DA] }] },
  { bold: '4 December 2023', segs: [
    { key: 'h12', date: dayOf('4 December 2023', 2023, 12, 4),
      text: "The Income Team's monthly arrears run produced a letter for the Marram Close joint tenancy, addressed to Mr D at Marram Close. The letter's standard footer lists the correspondence addresses of all tenants on the account, and it printed Ms D's Saltwell Court address. The domestic abuse 'do not disclose' alert is held on the customer record and is not shown in the income system.",
      contacts: [C('family', 'out', 'letter')], concerns: [DA, HOU] }] },
  { bold: '14 December 2023', segs: [
    { key: 'h13', date: dayOf('14 December 2023', 2023, 12, 14),
      text: 'Ms D telephoned in distress: Mr D had sent her a text quoting her new address. We identified the arrears letter as the likely source.',
      contacts: [C('family', 'in', 'phone-call')], concerns: [DA] }] },
  { bold: '15 December 2023', segs: [
    { key: 'h14', date: dayOf('15 December 2023', 2023, 12, 15),
      text: "The Neighbourhood Manager emailed the IDVA and the police Domestic Abuse Unit mailbox to report that Ms D's address had been disclosed to Mr D, and apologised to Ms D by telephone. Additional security works (window alarms and a video doorbell) were ordered.",
      contacts: [C('da-service', 'out', 'email'), C('police', 'out', 'email'), C('family', 'out', 'phone-call')], concerns: [DA], dup: 'ch_email' }] },
  { bold: '18 January 2024', segs: [
    { key: 'h15', date: dayOf('18 January 2024', 2024, 1, 18),
      text: 'The Neighbourhood Manager attended the repeat MARAC, our first. Police, the IDVA, Probation, Adult Social Care, mental health and Harrowgate Recovery were also present.',
      contacts: ['police', 'da-service', 'probation', 'asc', 'adult-mh', 'substance-misuse'].map((a) => C(a, 'both', 'conference')), concerns: [DA], dup: 'marac2' }] },
  { bold: '25 January', segs: [
    { key: 'h16', date: dayOf('25 January', 2024, 1, 25),
      text: 'We telephoned Ms D to offer an emergency move out of the borough because of the continuing risk from Mr D. She declined, saying she had moved twice already and would not be driven out again.',
      contacts: [C('family', 'out', 'phone-call')], concerns: [DA, HOU] }] },
  { bold: '8 February 2024', segs: [
    { key: 'h17', date: dayOf('8 February 2024', 2024, 2, 8),
      text: 'Police informed us that Ms D had been killed by Mr D that morning.',
      contacts: [C('police', 'in', 'notification')], concerns: [DA] }] },
];
for (const p of housingParas) {
  p.segs.forEach((s, i) => {
    hous.entries.push({ key: s.key, agency: 'housing', date: s.date, time: null,
      text: i === 0 ? `${p.bold} ${s.text}` : s.text, contacts: s.contacts, concerns: s.concerns, dup: s.dup });
  });
}

// ======================================================================
// 6. EMPLOYER statement (docx prose, vague dates) -> agency "other"
// ======================================================================
const emp = file('employer-statement.docx', 'other', 'docx');
const empParas = [
  { text: 'Denise worked for us for eleven years, latterly as a packing-line supervisor on the early shift. She was reliable and well liked and was rarely off sick.' },
  { key: 'e1', date: span('In the spring of 2023', '2023-03-01', '2023-05-31', 'season'),
    text: "In the spring of 2023 colleagues started to mention a man who sat in a silver estate car near the staff car park at the end of the early shift. Denise told her line manager it was her husband, that they had separated, and that she was 'handling it'.",
    contacts: [C('family', 'in', 'other')], concerns: [DA] },
  { key: 'e2', date: span('Towards the end of April 2023', '2023-04-21', '2023-04-30'),
    text: 'Towards the end of April 2023 Denise came to me very upset because he had followed her on foot from the car park to the bus stop. She said she was terrified. With her agreement I telephoned the police on 101 and told the call handler that we believed she was being stalked. Nobody from the police came back to us. Denise said an officer had phoned her and told her it was a matter for the divorce solicitors.',
    contacts: [C('family', 'in', 'other'), C('police', 'out', 'phone-call')], concerns: [DA], dup: 'hr_call' },
  { key: 'e3', date: span('In about September 2023', '2023-09-01', '2023-09-30', 'month', true),
    text: "In about September 2023, after the police had put bail conditions on him, we moved Denise's parking space next to the main door and asked the gatehouse staff to walk her to her car at the end of her shift.",
    contacts: [], concerns: [DA, CRIM] },
  { key: 'e4', date: span('At the end of October 2023', '2023-10-21', '2023-10-31'),
    text: 'At the end of October 2023 our security manager saw the same car at the staff gate and rang the police, because Denise had told us he was not allowed to come to the site.',
    contacts: [C('police', 'out', 'phone-call')], concerns: [DA], dup: 'gate_call' },
  { key: 'e5', date: span('In November', '2023-11-01', '2023-11-30', 'month'),
    text: 'In November Denise gave us a new phone number and asked us to keep it, and her new address, off the shift lists and the staff noticeboard because she had moved to get away from him. We did this.',
    contacts: [C('family', 'in', 'other')], concerns: [DA] },
  { key: 'e6', date: dayOf('2 February 2024', 2024, 2, 2),
    text: "On 2 February 2024 Denise's IDVA came to the site and met Denise and me. We agreed a workplace safety plan: a parking bay by the main door, an escort to her car, and a photograph of him at the gatehouse. We were looking at moving her to a later shift.",
    contacts: [C('da-service', 'both', 'other'), C('family', 'both', 'other')], concerns: [DA], dup: 'workplace' },
  { key: 'e7', date: dayOf('On the morning of 8 February 2024', 2024, 2, 8), time: '07:31',
    text: 'On the morning of 8 February 2024 he was waiting in the staff car park when Denise arrived for her shift, and he attacked her with a knife. Our security officer dialled 999 at 07:31 and colleagues held him until the police arrived. Denise died at the scene.',
    contacts: [C('police', 'out', 'phone-call')], concerns: [DA, INJ], dup: 'homicide' },
  { text: 'Since Denise died we have introduced a domestic abuse policy for staff and trained all our supervisors and gatehouse staff.' },
];
for (const p of empParas) {
  if (!p.key) continue;
  emp.entries.push({ key: p.key, agency: 'other', date: p.date, time: p.time || null, text: p.text, contacts: p.contacts, concerns: p.concerns, dup: p.dup });
}

// ======================================================================
// Write the files
// ======================================================================
const FONT = 'Arial';
const P = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, font: FONT, size: opts.size || 20, bold: !!opts.bold, italics: !!opts.italics })], spacing: { after: opts.after ?? 80 }, alignment: opts.align });

async function writePolice() {
  const widths = [1500, 1900, 5200, 1300, 1700, 3000];
  const hdr = ['Date/Time', 'Occurrence / Crime No.', 'Summary of incident', 'Risk grading', 'Officer', 'Result'];
  const cell = (text, w, o = {}) => new TableCell({
    width: { size: w, type: WidthType.DXA }, columnSpan: o.span,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, font: FONT, size: 17, bold: !!o.bold })] })],
  });
  const rows = [new TableRow({ tableHeader: true, children: hdr.map((h, i) => cell(h, widths[i], { bold: true, shade: 'D9D9D9' })) })];
  for (const r of policeRows) {
    if (r.sec) { rows.push(new TableRow({ children: [cell(r.sec, widths.reduce((a, b) => a + b), { span: 6, bold: true, shade: 'F2F2F2' })] })); continue; }
    rows.push(new TableRow({ children: [r.dt, r.occ, r.sum, r.risk, r.off, r.res].map((t, i) => cell(t, widths[i])) }));
  }
  const doc = new Document({ sections: [{
    properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 16838, height: 11906 }, margin: { top: 720, bottom: 720, left: 720, right: 720 } } },
    children: [
      P('NORTH COAST CONSTABULARY', { bold: true, size: 28 }),
      P('Public Protection Command – Domestic Homicide Review “Denise” (Harrowgate Sands Community Safety Partnership)', { bold: true, size: 22 }),
      P('Individual Agency Chronology – IP: Denise D (pseudonym)   Suspect / nominal: Alan D (pseudonym)', { size: 20 }),
      P('Scope: 01/09/2022 to 08/02/2024. Sources: STORM command and control, Niche RMS, PND. Times are time of call/record.', { size: 18, italics: true, after: 200 }),
      new Table({ rows, width: { size: widths.reduce((a, b) => a + b), type: WidthType.DXA }, columnWidths: widths }),
      P('', {}),
      P('Compiled by DS 1187 Marsh, Review Officer, Public Protection Command. OFFICIAL – SENSITIVE.', { size: 16, italics: true }),
    ] }] });
  fs.writeFileSync(path.join(OUT, police.name), await Packer.toBuffer(doc));
}

async function writeIdva() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'HSDAS CMS';
  for (const [year, sh] of Object.entries(idvaSheets)) {
    const ws = wb.addWorksheet(year);
    ws.columns = [{ width: 12 }, { width: 7 }, { width: 16 }, { width: 18 }, { width: 90 }, { width: 14 }];
    ws.addRow(['Harrowgate Sands Domestic Abuse Service (HSDAS) – Case history export']).font = { bold: true, size: 12 };
    ws.addRow([`Client: Sv (Denise D)   Case ref: ${sh.ref}   Exported 20/02/2024 by KB for DHR panel`]).font = { italic: true };
    ws.addRow([]);
    const h = ws.addRow(['Date', 'Time', 'Contact type', 'Worker', 'Notes', 'Risk level']);
    h.font = { bold: true };
    h.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; });
    for (const r of sh.rows) {
      const [dd, mm, yy] = r.d.split('/').map(Number);
      const row = ws.addRow([new Date(Date.UTC(yy, mm - 1, dd)), r.t || null, r.type, r.w, r.n, r.r || null]);
      row.getCell(1).numFmt = 'dd/mm/yyyy';
      row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
      if (r.cont) {
        const c = ws.addRow([null, null, null, null, r.cont, null]);
        c.getCell(5).alignment = { wrapText: true, vertical: 'top' };
      }
    }
  }
  await wb.xlsx.writeFile(path.join(OUT, idva.name));
}

function writeProbation() {
  const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
  const lines = ['nDelius Contact List - CRN: H482913   Name: D, Alan   Extract for DHR (Harrowgate Sands CSP) 19/02/2024'];
  lines.push(['Contact Date', 'Contact Type', 'Outcome', 'Notes', 'Officer'].map(q).join(','));
  for (const r of probRows) lines.push([r.d, r.type, r.out, r.n, r.o].map(q).join(','));
  fs.writeFileSync(path.join(OUT, prob.name), lines.join('\r\n') + '\r\n');
}

function writeGp() {
  const L = [];
  L.push('SEAVIEW MEDICAL PRACTICE, HARROWGATE SANDS');
  L.push('Extract from clinical record (EMIS Web) for Domestic Homicide Review - Harrowgate Sands CSP');
  L.push('Patient: Mr A D ("Alan", pseudonym)   DOB: [redacted] 1966   NHS No: [redacted]');
  L.push('Period: 01-Sep-2022 to 08-Feb-2024.  Entries relevant to the review only; repeat prescriptions omitted.');
  L.push('-'.repeat(86));
  L.push('Date         Clinician  Entry');
  L.push('-'.repeat(86));
  for (const r of gpRows) {
    L.push(`${r.d}  ${r.who.padEnd(6)}  ${r.lines[0]}`);
    for (const l of r.lines.slice(1)) L.push(' '.repeat(21) + l);
  }
  L.push('-'.repeat(86));
  L.push('Extract prepared by Practice Manager, checked by Dr K (safeguarding lead).');
  fs.writeFileSync(path.join(OUT, gp.name), L.join('\n') + '\n');
}

async function writeHousing() {
  const kids = [
    P('Coastline Homes', { bold: true, size: 28 }),
    P('Harbour Road, Harrowgate Sands', { size: 18 }),
    P('28 February 2024', { size: 20, after: 200 }),
    P('PRIVATE AND CONFIDENTIAL', { bold: true }),
    P('To: The Independent Chair, Domestic Homicide Review “Denise”, Harrowgate Sands Community Safety Partnership', {}),
    P('Re: Coastline Homes – chronology of involvement with Ms D and Mr D', { bold: true, after: 200 }),
    P('Dear Chair,', {}),
    P('As requested by the Review Panel, this letter sets out our contact with Ms D (Denise) and with Mr D, both of whom were our tenants. Dates are taken from our housing management system and our customer contact records.', { after: 160 }),
  ];
  for (const p of housingParas) {
    const runs = [new TextRun({ text: p.bold, bold: true, font: FONT, size: 20 })];
    runs.push(new TextRun({ text: ' ' + p.segs.map((s) => s.text).join(' '), font: FONT, size: 20 }));
    kids.push(new Paragraph({ children: runs, spacing: { after: 160 } }));
  }
  kids.push(P('We have since changed the arrears letter template so that it shows only the addressee, and customer alerts are now visible to the Income Team. We are happy to provide any further information the Panel needs.', { after: 200 }));
  kids.push(P('Yours sincerely,', {}));
  kids.push(P('J. Whitfield', {}));
  kids.push(P('Head of Housing Services, Coastline Homes', {}));
  const doc = new Document({ sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } }, children: kids }] });
  const tmp = path.join('/tmp', `${CASE}-housing`);
  fs.mkdirSync(tmp, { recursive: true });
  const dx = path.join(tmp, 'housing-association.docx');
  fs.writeFileSync(dx, await Packer.toBuffer(doc));
  execSync(`libreoffice --headless --convert-to pdf --outdir ${OUT} ${dx}`, { stdio: 'ignore' });
}

async function writeEmployer() {
  const kids = [
    P('SEACOAL FOODS LTD', { bold: true, size: 26 }),
    P('Harbour Road, Harrowgate Sands', { size: 18 }),
    P('Statement to the Domestic Homicide Review (“Denise”)', { bold: true, size: 22 }),
    P('From: R. Harland, Human Resources Manager', {}),
    P('Date of statement: 4 March 2024', { after: 200 }),
  ];
  let n = 1;
  for (const p of empParas) kids.push(P(`${n++}.  ${p.text}`, { after: 160 }));
  kids.push(P('Signed: R. Harland', { italics: true }));
  const doc = new Document({ sections: [{ children: kids }] });
  fs.writeFileSync(path.join(OUT, emp.name), await Packer.toBuffer(doc));
}

await writePolice();
await writeIdva();
writeProbation();
writeGp();
await writeHousing();
await writeEmployer();

// ======================================================================
// Gold
// ======================================================================
const refOf = {};
const all = [];
FILES.forEach((f, fi) => f.entries.forEach((e, i) => {
  e.ref = `${f.name}#${i + 1}`; e.fi = fi; e.ri = i; refOf[e.key] = e.ref; all.push(e);
}));
const R = (k) => { if (!refOf[k]) throw new Error('unknown key ' + k); return refOf[k]; };

// duplicates: group by dup key; earliest by date, then file order, then row order
const groups = {};
for (const e of all) if (e.dup) (groups[e.dup] ||= []).push(e);
const duplicates = [];
for (const [k, g] of Object.entries(groups)) {
  if (g.length < 2) throw new Error('dup group of one: ' + k);
  // dates that overlap (a vague range containing the exact day) count as a tie -> file order, row order
  const overlap = (a, b) => a.date.earliest <= b.date.latest && b.date.earliest <= a.date.latest;
  g.sort((a, b) => (overlap(a, b) ? 0 : a.date.earliest.localeCompare(b.date.earliest)) || a.fi - b.fi || a.ri - b.ri);
  for (const e of g.slice(1)) e.duplicateOf = g[0].ref;
  duplicates.push(g.map((e) => e.ref));
}

const gaps = [
  { id: 'HS-G01', code: 'G5', alsoAcceptable: ['G1'], from: 'police', to: ['da-service', 'other'],
    anchors: ['p_0210', 'p_1812', 'p_1406', 'p_2208', 'p_2408', 'i_2508'],
    note: 'Four reports by the victim between October 2022 and August 2023, each DASH-graded Medium, with escalating stalking (new address found, PIN ignored, workplace, night-time attendance, "if I can\'t have you nobody will"). No referral to HSDAS was made at the first three, and the MARAC and IDVA referral came only after the fourth report, on repeat criteria; the IDVA\'s own DASH the next day scored 16 (high).' },
  { id: 'HS-G02', code: 'G10', alsoAcceptable: ['G3', 'G4'], from: 'other', to: ['police'],
    anchors: ['p_2604', 'e2'],
    note: 'The employer\'s HR manager rang 101 to say the victim was terrified and staff believed she was being stalked by her ex-husband (four months after a PIN). Police logged it as a concern for welfare and a civil/divorce matter, with no DASH and no link to the PIN, and the caller was never updated.' },
  { id: 'HS-G03', code: 'G3', alsoAcceptable: ['G5'], from: 'da-service', to: ['police'],
    anchors: ['p_0509', 'i_0509', 'i_2609', 'p_1210', 'p_1701'],
    note: 'The IDVA asked the OIC to consider a Stalking Protection Order on 5 September 2023 and chased on 26 September; a MARAC action of 12 October repeated it. Police recorded receipt but no action followed until the application of 17 January 2024, after a further incident; the full hearing was listed after the homicide.' },
  { id: 'HS-G04', code: 'G6', alsoAcceptable: ['G7'], from: 'da-service', to: ['probation', 'housing'],
    anchors: ['i_1210', 'h9', 'pr_1001'],
    note: 'The first MARAC (12 October 2023) was held without Probation, although MARAC research showed the perpetrator was on a community order, and without Coastline Homes, the landlord of both parties which was processing the victim\'s transfer. No health research on the perpetrator was sought. Probation\'s first notification of any MARAC involvement came in January 2024.' },
  { id: 'HS-G05', code: 'G1', alsoAcceptable: ['G5'], from: 'probation', to: ['police', 'da-service'],
    anchors: ['pr_1105', 'pr_2408', 'pr_1409', 'pr_0211', 'pr_1412'],
    note: 'The perpetrator repeatedly told his probation practitioner of his fixation on his ex-wife ("just wants to talk to her", "I\'m not a stalker", "she can\'t hide forever", and on 14 December "I know where she is") and reported his arrest and bail. None of this was shared with police or the IDVA/MARAC until the January 2024 MARAC.' },
  { id: 'HS-G06', code: 'G7', from: 'probation', to: ['police'],
    anchors: ['pr_1603', 'pr_3103', 'pr_2206', 'pr_0607', 'pr_2408', 'pr_1101'],
    note: 'DA and safeguarding enquiries with police were not requested at the oral PSR, the OASys RoSH rested on the perpetrator\'s self-report, and no checks were made when he disclosed a police harassment investigation (June) or his arrest for stalking and bail (August). Police DA enquiries were first requested on 11 January 2024.' },
  { id: 'HS-G07', code: 'G1', alsoAcceptable: ['G5'], from: 'gp', to: ['police', 'da-service'],
    anchors: ['gp5', 'gp7', 'gp9', 'gp10', 'gp12'],
    note: 'The perpetrator\'s GP recorded anger at the divorce, heavy drinking, police involvement and bail for going to his wife, and on 4 December 2023 "she\'ll pay" and "I could kill her". Risk to others was not explored, no routine enquiry about abuse was made and nothing was shared with police or MARAC; he missed the review two weeks later, and the comments reached the MARAC only when it asked in January 2024.' },
  { id: 'HS-G08', code: 'G8', alsoAcceptable: ['G1'], from: 'da-service', to: ['police'],
    anchors: ['i_2510', 'i_0111', 'i_0911', 'i_1511'],
    note: 'After the MARAC the IDVA could not reach the victim (four attempts, number unobtainable) and closed the high-risk case on 15 November 2023 without telling the OIC or the MARAC.' },
  { id: 'HS-G09', code: 'G3', alsoAcceptable: ['G9'], from: 'da-service', to: ['housing'],
    anchors: ['i_3008', 'i_2311', 'h7', 'h11', 'h12', 'h13'],
    note: 'The IDVA told Coastline Homes twice that the new address must not be disclosed and that the perpetrator was its tenant at Marram Close. The victim\'s new correspondence address was nevertheless copied onto the joint-tenancy account and printed on an arrears letter posted to Marram Close; the do-not-disclose alert on her customer record did not carry across to the income system.' },
  { id: 'HS-G10', code: 'G2', from: 'housing', to: ['police'],
    anchors: ['h14', 'p_0601'],
    note: 'Coastline Homes emailed the police Domestic Abuse Unit mailbox on 15 December 2023 that the victim\'s new address had been disclosed to the perpetrator. Police hold no record of it; the new address was not flagged, and the indirect contact in breach of bail was not investigated before the 6 January attendance.' },
  { id: 'HS-G11', code: 'G1', alsoAcceptable: ['G9', 'G5'], from: 'da-service', to: ['police'],
    anchors: ['i_2111', 'p_0601'],
    note: 'The IDVA knew from 21 November 2023 that the victim had moved to Saltwell Court, but police were not told; the MARAC high-risk marker stayed on the old address and the 999 response on 6 January 2024 took 19 minutes to an unflagged address.' },
];
for (const g of gaps) g.anchors = g.anchors.map(R);

const decoys = [
  { id: 'HS-D01', looksLike: ['G3', 'G4'], refs: ['p_2011', 'p_0112', 'p_0812'].map(R),
    note: 'The daughter\'s DVDS (Right to Ask) application was handled in time: she was seen within four days, a decision was made in 11 days, and the disclosure was made to the victim as the person at risk, with the IDVA present, 18 days after the application. Telling the applicant only that the application had been concluded is correct practice, not a failure of feedback.' },
  { id: 'HS-D02', looksLike: ['G6'], refs: ['i_1801', 'p_1801'].map(R),
    note: 'Every agency involved attended the repeat MARAC of 18 January 2024, including Probation and Coastline Homes, and the perpetrator\'s GP sent a research return. Children\'s Services sent apologies, but there were no children in the household and CSC had no involvement.' },
  { id: 'HS-D03', looksLike: ['G2', 'G3'], refs: ['h6', 'h8', 'i_1209'].map(R),
    note: 'The IDVA\'s target-hardening request and transfer support were received and acted on: a works order was raised the same day, and the Housing Panel approved a Band A transfer within a week, which the IDVA confirmed.' },
  { id: 'HS-D04', looksLike: ['G8'], refs: ['pr_2707', 'pr_1910'].map(R),
    note: 'The perpetrator\'s missed probation appointments were enforced under policy, with a first warning letter and then a final warning after the senior probation officer considered breach. Non-compliance with the order was dealt with; the gap in probation practice is about sharing and checks, not enforcement.' },
];

const gold = {
  case: CASE,
  title: 'Harrowgate Sands DHR "Denise": stalking by a former husband after separation',
  reviewType: 'dhr',
  reviewPeriod: { from: '2022-09-01', to: '2024-02-08' },
  conventions: {
    people: 'Denise D (victim, 54; police "IP", HSDAS "Sv"); Alan D (former husband, 57; police "suspect"/"nominal", probation "PoP", GP "patient"); Nicola D (adult daughter, DVDS applicant) and the victim, perpetrator and daughter are all "family".',
    marac: 'The Harrowgate Sands MARAC is coordinated by the MARAC coordinator employed by HSDAS (invitations, research, minutes) and chaired by a police DS. MARAC minutes rows in the HSDAS export are da-service entries; a referral TO the MARAC (MARF) is a referral to "other"; for G6 the convener is da-service. MARAC attendance gives a "both" conference contact with each other agency listed as present.',
    mash: 'No MASH is involved in this case.',
    agencies: 'North Coast Constabulary = police (DAU, DVDS officers and RPU are internal). HSDAS (IDVA, helpline, outreach, MARAC coordinator) = da-service. Probation Service Harrowgate Sands PDU = probation. Seaview Medical Practice (perpetrator\'s GP) and Harbourside Surgery (victim\'s GP, named only) = gp. Coastline Homes (housing association, landlord of both) = housing. Harrowgate Recovery = substance-misuse; CMHT = adult-mh; Seacoal Foods Ltd (victim\'s employer), the magistrates\' court and the Community Safety Partnership = other.',
    referralLike: 'The IDVA\'s target-hardening (TO) requests and transfer support letter are treated as referrals: the IDVA\'s record of sending and Coastline Homes\' record of logging and acting on them are not duplicates. Meetings, the same phone call and the same email recorded as the main event by two agencies are duplicates.',
    concerns: 'parental-mental-health is used for the subject\'s own mental health (the perpetrator\'s GP and probation records). criminality is tagged where an arrest, bail, charge, conviction or court order of the perpetrator is named. The fatal stabbing is tagged injury as well as domestic-abuse.',
    housingPdf: 'In the housing letter each paragraph opens with a bold date; a later sentence in the same paragraph that introduces a new explicit date (5 December 2022, 7 September 2023) starts a new entry. Dates without a year take the year of the paragraphs around them.',
    idvaXlsx: 'One sheet per year (2022, 2023, 2024), each with two title rows and a header row; the MARAC minutes rows have a continuation row (actions) with no date, which belongs to the row above.',
    duplicatesOrder: 'Within a duplicate group, a vague date range that contains the exact date of the same event elsewhere counts as a tie, so file order decides (the police record is the one the employer\'s entries point at).',
    dates: 'Employer statement: "spring of 2023" = meteorological spring; "towards the end of April" / "at the end of October" = days 21 to the end of the month; "in about September 2023" = September, uncertain; "In November" = November 2023.',
  },
  files: FILES.map((f) => ({ file: f.name, agency: f.agency, format: f.format })),
  entries: all.map((e) => {
    const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time, text: e.text, contacts: e.contacts, concerns: e.concerns };
    if (e.duplicateOf) o.duplicateOf = e.duplicateOf;
    return o;
  }),
  gaps,
  duplicates,
  decoys,
};
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

const counts = FILES.map((f) => `${f.name}: ${f.entries.length}`).join(', ');
console.log(`entries ${all.length} (${counts}); gaps ${gaps.length}; dup groups ${duplicates.length}; decoys ${decoys.length}`);
