// Generator for the invented case w6-cspr-trevellan-schoolrefuser.
// Writes the agency files, gold.json and README.md from one set of data.
// Run: node /work/blind/generators/w6-cspr-trevellan-schoolrefuser.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import os from 'os';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');

const CASE = 'w6-cspr-trevellan-schoolrefuser';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const C = (w, direction, type) => ({ with: w, direction, type });
const day = (raw, iso, uncertain = false) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain });
const span = (raw, a, b, precision) => ({ raw, earliest: a, latest: b, precision, uncertain: false });
const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function schoolDate(iso) {
  const d = new Date(iso + 'T12:00:00Z');
  return `${WD[d.getUTCDay()]} ${String(d.getUTCDate()).padStart(2, '0')} ${MON[d.getUTCMonth()]} ${String(d.getUTCFullYear()).slice(2)}`;
}
const hhmm = (t) => (t ? `${t.slice(0, 2)}:${t.slice(2)}` : null);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const join = (cells) => cells.filter((c) => c && c.trim()).join(' | ');

// =====================================================================
// 1. school.html  (Trevellan Academy safeguarding log, MyConcern-style export)
// =====================================================================
const schoolRows = [
  { key: 's-start', iso: '2022-09-06', t: '08:40', cat: 'Attendance',
    concern: "Y9 first day back 05/09 - T absent 05/09 & 06/09, no call from home. Rang Dad 08:35, says T 'has a bug'.",
    action: 'Code I. Monitor.', staff: 'LJa (Attendance Officer)',
    contacts: [C('family', 'out', 'phone-call')], concerns: [] },
  { key: 's-tearful', iso: '2022-09-30', t: '14:20', cat: 'Wellbeing',
    concern: "Form tutor: T tearful in tutor time, said home is 'not the same since Mum left' in the summer. Dad on nights.",
    action: 'HoY to check in next wk.', staff: 'RLo (Form Tutor)',
    contacts: [], concerns: [] },
  { key: 's-cuts', iso: '2022-10-10', t: '11:05', cat: 'Safeguarding - self-harm',
    concern: "PE: several healed & 2 fresh superficial cuts inside L forearm seen when changing. T said 'the cat'. DSL spoke to T - T admitted cutting 'when stuff gets too much', no SI.",
    action: "Safety plan agreed, Kooth info given. Dad phoned 12:10 - said he would 'keep an eye'.", staff: 'KTr (DSL) / AHo (PE)',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['injury', 'other'] },
  { key: 's-sn', iso: '2022-10-11', t: '09:00', cat: 'Safeguarding - self-harm',
    concern: "With T's agreement referred to School Health (school nurse drop-in, Tuesdays).",
    action: 'SN to see T 18/10.', staff: 'KTr (DSL)',
    contacts: [C('school-nursing', 'out', 'referral')], concerns: ['injury'] },
  { key: 's-peer', iso: '2022-11-03', t: '12:50', cat: 'Safeguarding - CSE risk',
    concern: "Y9 peer told HoY that T has a 'boyfriend' J who is 19 and picks her up in a grey car by the garage on Fore St after school. T has a new iPhone and vapes.",
    action: 'Passed to DSL 13:00.', staff: 'MBr (HoY 9)',
    contacts: [], concerns: ['exploitation'] },
  { key: 's-ref1', iso: '2022-11-03', t: '15:40', cat: 'Safeguarding - CSE risk',
    concern: "DSL spoke to T: confirms J is 19, met on Snapchat in the summer, has been to his flat in Carnwyn 'a few times'. 2 new cuts L wrist. T said Mum moved out in Aug after Dad 'hurt her'. No Op Encompass notification on file for T.",
    action: 'Referral to MARU by phone 16:05 + online form. Dad rang 16:30 & told of referral - unhappy.', staff: 'KTr (DSL)',
    cont: "cont. - T says J 'looks after her', buys her vapes and phone credit. Asked DSL not to tell Dad about J.",
    contacts: [C('mash', 'out', 'referral'), C('family', 'out', 'phone-call')], concerns: ['exploitation', 'injury', 'domestic-abuse'] },
  { key: 's-hoodie', iso: '2022-11-14', t: '08:55', cat: 'Wellbeing',
    concern: "T in reflection room - refused to take hoodie off in lessons, sleeves pulled down over hands. Says she is tired, 'up all night on my phone'.",
    action: 'Pastoral check-in daily.', staff: 'MBr (HoY 9)',
    contacts: [], concerns: [] },
  { key: 's-chase1', iso: '2022-11-18', t: '09:30', cat: 'External agency',
    concern: 'Email to MARU inbox asking for outcome of referral 03/11.',
    action: 'Await reply.', staff: 'KTr (DSL)',
    contacts: [C('mash', 'out', 'email')], concerns: [] },
  { key: 's-chase2', iso: '2022-11-25', t: '10:15', cat: 'External agency',
    concern: 'Rang MARU duty line - told no outcome visible to them, msg left for MARU SW to call back. No call back recieved.',
    action: 'Chase again.', staff: 'KTr (DSL)',
    contacts: [C('mash', 'out', 'phone-call')], concerns: [] },
  { key: 's-att1', iso: '2022-11-30', t: '13:00', cat: 'Attendance',
    concern: 'Att 79.4% since Sept (PA). Attendance concern letter (stage 1) sent to Dad.',
    action: 'Review after Xmas.', staff: 'LJa (Attendance Officer)',
    contacts: [C('family', 'out', 'letter')], concerns: ['neglect'] },
  { key: 's-dropoff', iso: '2022-12-12', t: '08:55', cat: 'Safeguarding - CSE risk',
    concern: "T dropped at front gate 08:50 by young adult male in grey Corsa (not Dad). T said 'it's J, he's fine, he gave me a lift'.",
    action: 'DSL emailed further info to MARU 09:30.', staff: 'PWi (Reception) / KTr (DSL)',
    contacts: [C('mash', 'out', 'email')], concerns: ['exploitation'] },
  { key: 's-chase3', iso: '2023-01-10', t: '10:40', cat: 'External agency',
    concern: "Still no outcome from MARU - 3rd chase by email. Rang Early Help Hub: no referral for T on their system. Rang Dad to offer EHA - declined, 'we don't need social workers'.",
    action: 'DSL to monitor.', staff: 'KTr (DSL)',
    contacts: [C('mash', 'out', 'email'), C('early-help', 'out', 'phone-call'), C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 's-reply', iso: '2023-01-11', t: '14:10', cat: 'External agency',
    concern: "Email rec'd from MARU admin: 03/11 contact 'stepped down to EH Hub on 07/11'. No reasons given. Forwarded to EHH.",
    action: '', staff: 'KTr (DSL)',
    contacts: [C('mash', 'in', 'email'), C('early-help', 'out', 'email')], concerns: [] },
  { blank: true },
  { key: 's-camhs', iso: '2023-01-19', t: '12:30', cat: 'Wellbeing',
    concern: "T told HoY she has seen GP 'about my mood' and is being referred to CAMHS.",
    action: 'Noted.', staff: 'MBr (HoY 9)',
    contacts: [], concerns: ['other'] },
  { key: 's-gpletter', iso: '2023-02-21', t: '11:20', cat: 'External agency',
    concern: "Letter rec'd from Dr 2, Penhallow Surgery (Dad consented): CAMHS have not accepted referral; GP asks school to offer counselling.",
    action: 'School counsellor to offer weekly sessions from w/c 27/02.', staff: 'KTr (DSL)',
    contacts: [C('gp', 'in', 'letter')], concerns: ['other'] },
  { key: 's-attmtg', iso: '2023-03-06', t: '15:30', cat: 'Attendance',
    concern: "Att 64%. Meeting in school with Dad (HoY, Att Off): T 'refuses to get up', anxious, stomach pains. Part-time timetable offered - Dad declined.",
    action: 'Referral to LA Attendance Service (EWO) to go this week.', staff: 'LJa / MBr',
    contacts: [C('family', 'in', 'attendance')], concerns: ['neglect', 'non-engagement'] },
  { key: 's-ref2', iso: '2023-03-23', t: '10:05', cat: 'Safeguarding - CSE risk',
    concern: "School counsellor reports T said she is 'on the pill now' (from GP nurse) and stays at J's flat in Carnwyn most weekends; J is 19. Dad 'doesn't care where I am'.",
    action: 'DSL online referral to MARU 10:50.', staff: 'GHa (Counsellor) / KTr (DSL)',
    contacts: [C('mash', 'out', 'referral')], concerns: ['exploitation'] },
  { key: 's-fb2', iso: '2023-03-24', t: '16:10', cat: 'External agency',
    concern: 'Email from MARU: 23/03 contact passed to CSC Assessment Team for single assessment (Level 3).',
    action: 'Await SW contact.', staff: 'KTr (DSL)',
    contacts: [C('mash', 'in', 'email')], concerns: [] },
  { key: 's-att2', iso: '2023-04-18', t: '09:15', cat: 'Attendance',
    concern: 'Summer term - T not in since 30/03. Rang Dad x2, no answer, LVM. Att 58%. EWO informed by email.',
    action: '', staff: 'LJa (Attendance Officer)',
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['neglect', 'non-engagement'] },
  { key: 's-ehe-letter', iso: '2023-04-24', t: '09:20', cat: 'Parental contact',
    concern: "Email from Mr K: withdrawing T from school to home educate wef today - 'school has failed her'.",
    action: 'HT & DSL informed. Acknowledged by email.', staff: 'SMi (Office)',
    contacts: [C('family', 'in', 'email'), C('family', 'out', 'email')], concerns: [] },
  { key: 's-offroll', iso: '2023-04-26', t: '15:00', cat: 'Admin',
    concern: 'T removed from roll - EHE (parent letter 24/04). Deletion notification sent to LA (EHE team / Attendance Service). CPOMS file archived.',
    action: '', staff: 'SMi (Office)',
    contacts: [], concerns: [] },
  { key: 's-close', iso: '2023-04-27', t: '12:00', cat: 'Safeguarding',
    concern: 'DSL closing note: T off roll (EHE). Last attended 30/03. MARU said 24/03 that CSC assessing - no contact from any SW to date, no SW name held.',
    action: 'File closed - pupil left.', staff: 'KTr (DSL)',
    contacts: [], concerns: [] },
  { key: 's-sighting', iso: '2023-06-14', t: '11:30', cat: 'Safeguarding',
    concern: "TA saw T (ex-pupil) at Carnwyn bus station approx 11am on a school day with 2 older males, T seemed 'spaced out'.",
    action: 'Logged for info only - pupil no longer on roll.', staff: 'KLo (TA) / KTr (DSL)',
    contacts: [], concerns: ['exploitation'] },
  { section: 'Autumn Term 2023 (pupil off roll)' },
  { key: 's-nov', iso: '2023-11-24', t: '11:45', cat: 'External agency',
    concern: 'MARU Education Officer rang: former pupil T seriously injured, in West Kernow Hospital. Request for school safeguarding file for strategy meeting.',
    action: 'File sent via Egress 13:20.', staff: 'KTr (DSL)',
    contacts: [C('mash', 'in', 'phone-call'), C('mash', 'out', 'information-share')], concerns: ['injury'] },
];

// =====================================================================
// 2. maru-and-csc.md
// =====================================================================
const maruRows = [
  { key: 'm-ppn-da', raw: '16/08/2022', iso: '2022-08-16', src: 'Police PPN (DA) - TP/22/081403',
    sum: 'DA incident 14/08 at home address. Mr K arrested (common assault). Ms K has left the home, staying with sister in Lanowen. T (13) lives with father; upstairs at the time, not injured. No previous MARU/CSC history.',
    dec: 'Level 2. No role for CSC. Letter to Ms K with Kernow DA Service details. Op Encompass - for police to send to school.',
    contacts: [C('police', 'in', 'notification'), C('family', 'out', 'letter')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'm-ref1', raw: '04/11/2022', iso: '2022-11-04', src: 'School - DSL Trevellan Academy (tel 03/11 16:05 + online form)',
    sum: "T (13) Y9: self-harm (cuts to forearm and wrist); reports 'boyfriend' J aged 19 who collects her from school in a car; mother left the home after DA in Aug. Dad aware of referral.",
    dec: 'Level 2 - emotional wellbeing / healthy relationships. Step down to Early Help Hub. No CSC role.',
    contacts: [C('school', 'in', 'referral')], concerns: ['injury', 'exploitation', 'domestic-abuse'] },
  { key: 'm-ehh', raw: '07/11/2022', iso: '2022-11-07', src: 'MARU SW (JPe)',
    sum: 'Step-down referral for T sent to Early Help Hub inbox (secure email).',
    dec: 'Closed to MARU.',
    contacts: [C('early-help', 'out', 'referral')], concerns: [] },
  { key: 'm-info', raw: '13/12/2022', iso: '2022-12-13', src: 'School - email from DSL 12/12',
    sum: 'Further info: T dropped at school gate by young adult male in grey car, believed to be J (19).',
    dec: 'Added to contact record. Previous decision (Level 2, EH) stands.',
    contacts: [C('school', 'in', 'email')], concerns: ['exploitation'] },
  { key: 'm-ref2', raw: '24/03/2023', iso: '2023-03-24', src: 'School - online referral 23/03 (DSL)',
    sum: 'T (14) told school counsellor she is on the contraceptive pill and stays most weekends at flat of J (19) in Carnwyn. Previous MARU contact 03/11/22 (EH step-down).',
    dec: 'CSE screening tool: MEDIUM. Level 3 - to CSC Assessment Team for single assessment. Outcome emailed to DSL 24/03.',
    contacts: [C('school', 'in', 'referral'), C('csc', 'out', 'referral'), C('school', 'out', 'email')], concerns: ['exploitation'] },
  { key: 'm-ppn-mfh1', raw: '11/05/2023', iso: '2023-05-11', src: 'Police PPN (Missing) - TP/23/050231',
    sum: 'T (14) reported missing 02/05 21:40, found 03/05 02:10 at address of AM1 (19), Carnwyn. PPN received 11/05 (episode 9 days earlier).',
    dec: 'CSC assessment closed 10/05. Passed to CSC TM1 for decision.',
    contacts: [C('police', 'in', 'notification'), C('csc', 'out', 'information-share')], concerns: ['missing', 'exploitation'] },
  { key: 'm-ppn-mfh2', raw: '17/07/2023', iso: '2023-07-17', time: '08:05', src: "Police PPN (Missing - 2nd episode) - TP/23/071644, rec'd 08:05",
    sum: 'T missing 14/07 - 17/07, found at Polgarrow Sands with AM1 and two adult males, intoxicated.',
    dec: 'RAG RED. Level 4 - to CSC TM2 for strategy discussion.',
    contacts: [C('police', 'in', 'notification'), C('csc', 'out', 'referral')], concerns: ['missing', 'exploitation', 'substance-misuse'] },
  { key: 'm-urgent', raw: '24/11/2023', iso: '2023-11-24', time: '09:30', src: 'Police - DS 2 (CAIT), urgent referral 09:30',
    sum: 'T found seriously injured at Flat 3, 12 Harbour Row (AM1) in early hours; now in West Kernow Hospital.',
    dec: 'To CSC TM3 - strategy meeting. MARU notified partners: GP (Penhallow), Community Paeds, CAMHS, EHE team, Trevellan Academy (previous school).',
    contacts: [C('police', 'in', 'referral'), C('csc', 'out', 'referral'), C('gp', 'out', 'notification'), C('paediatrics', 'out', 'notification'), C('camhs', 'out', 'notification'), C('school', 'out', 'notification')],
    concerns: ['injury'] },
];
const cscRows = [
  { key: 'c-alloc', raw: '27/03/23', iso: '2023-03-27', src: 'MARU (Level 3 contact)',
    sum: "Referral for single assessment: T (14) reported by school to be on contraceptive pill and staying weekends with 'J' (19) in Carnwyn. MARU CSE screening - medium. Previous involvement: none recorded on LCS.",
    dec: 'Allocated to SW1, Assessment Team.',
    contacts: [C('mash', 'in', 'referral')], concerns: ['exploitation'] },
  { key: 'c-tc', raw: '31/03/23', iso: '2023-03-31', src: 'SW1',
    sum: "T/c to Mr K - explained referral. Mr K 'annoyed with school', agreed to HV.",
    dec: 'HV booked 04/04.',
    contacts: [C('family', 'out', 'phone-call')], concerns: [] },
  { key: 'c-hv1', raw: '04/04/23', iso: '2023-04-04', src: 'SW1',
    sum: "HV to home address. Seen Mr K and T together in lounge. T says J is '16, just a mate', did not want to speak to SW alone. Mr K says school 'overreacting', T 'makes things up for attention'. Home conditions adequate.",
    dec: 'See T alone at next visit.',
    cont: '(cont.) Mr K works nights at the creamery; T often home alone in the evenings.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement', 'neglect'] },
  { key: 'c-hv2', raw: '20/04/23', iso: '2023-04-20', src: 'SW1',
    sum: "HV - T seen alone in her bedroom (approx 10 mins). Denies sexual relationship; 'hates school', wants to be home-schooled. No marks seen.",
    dec: 'Complete assessment.',
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'c-close1', raw: '10/05/23', iso: '2023-05-10', src: 'SW1 / TM1',
    sum: "Single assessment completed. Agency checks not completed (Mr K consented to assessment only). Mr K advises T now electively home educated, 'much happier'. T denies any relationship with an adult; no evidence of CSE.",
    dec: 'NFA - case closed. Advice leaflet Kernow Youth.',
    contacts: [], concerns: ['exploitation'] },
  { key: 'c-ppn1', raw: '12/05/23', iso: '2023-05-12', src: 'MARU -> TM1',
    sum: "PPN rec'd via MARU: T missing overnight 02-03/05, found 02:10 at address of AM1 (19) in Carnwyn.",
    dec: 'TM1: case closed 10/05; T returned safe and Dad protective - no change to outcome. Letter to Mr K with missing-person advice. NFA.',
    contacts: [C('mash', 'in', 'information-share'), C('family', 'out', 'letter')], concerns: ['missing', 'exploitation'] },
  { key: 'c-strat1', raw: '18/07/23', iso: '2023-07-18', time: '11:00', src: 'TM2 (Assessment Team)',
    sum: 'Strategy discussion (telephone) 11:00 following 2nd missing episode 14-17/07 and CSE concerns. Attendees: TM2 (CSC), DS 1 (Police PPU).',
    dec: 'S47 (single agency) - SW2 allocated. Police to serve CAWN on AM1.',
    contacts: [C('police', 'both', 'strategy-discussion')], concerns: ['missing', 'exploitation'] },
  { key: 'c-s47hv', raw: '20/07/23', iso: '2023-07-20', src: 'SW2',
    sum: "S47 HV. T seen with Mr K; refused to talk about J or to be seen alone. Mr K says he will 'keep her in' and has taken her phone.",
    dec: 'Continue s47; SW2 to try to see T alone.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'c-mum', raw: '31/07/23', iso: '2023-07-31', src: 'SW2',
    sum: "T/c to Ms K (mother) in Lanowen. Ms K left the home Aug 22 after Mr K assaulted her; little contact with T since; says Mr K 'controls' T's phone. Not able to offer T a home at present.",
    dec: '-',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['domestic-abuse'] },
  { key: 'c-s47close', raw: '08/08/23', iso: '2023-08-08', src: 'SW2 / TM2',
    sum: "S47 outcome: concerns not substantiated - T denies harm, Mr K 'engaging', CAWN served on AM1. Checks: police (strategy); GP - not requested. T remains EHE.",
    dec: 'S47 closed. CIN not required. Step-down referral to Early Help Hub sent.',
    contacts: [C('early-help', 'out', 'referral')], concerns: ['exploitation'] },
  { key: 'c-nocontact', date: span('09/08/23 - 23/11/23', '2023-08-09', '2023-11-23', 'range'), src: '-',
    sum: 'No CSC involvement during this period.', dec: '-',
    contacts: [], concerns: [] },
  { key: 'c-urgent', raw: '24/11/23', iso: '2023-11-24', src: 'MARU',
    sum: "Urgent: T (14) found with serious head and facial injuries at AM1's flat, Carnwyn, early hours 24/11; AM1 arrested. T on children's ward, West Kernow Hospital.",
    dec: 'TM3: strategy meeting convened for Mon 27/11 10:00. SW3 allocated.',
    contacts: [C('mash', 'in', 'referral')], concerns: ['injury', 'exploitation', 'criminality'] },
  { key: 'c-strat2', raw: '27/11/23', iso: '2023-11-27', time: '10:00', src: 'TM3 (chair)',
    sum: "Strategy meeting (Teams) 10:00 following T's serious injuries at AM1's flat. Present: TM3 (chair), SW3 (CSC), DS 2 (Police CAIT), Dr 2 (GP, Penhallow Surgery), Dr 4 (Named Dr / Community Paediatrician), Clinician B (CAMHS Crisis), EWO1 (Attendance / EHE), MARU Education Officer. Information shared by all.",
    dec: 'Joint s47. ICPC to be convened. CP medical today.',
    contacts: ['police', 'gp', 'paediatrics', 'camhs', 'school', 'mash'].map((a) => C(a, 'both', 'strategy-discussion')),
    concerns: ['injury'] },
];

// =====================================================================
// 3. police.tsv
// =====================================================================
const policeRows = [
  { key: 'p-da', ref: 'TP/22/081403', raw: '14/08/2022', iso: '2022-08-14', time: '2310', type: 'Domestic Incident - Crime (Common Assault)',
    narr: "999 call from Ms K stating husband Mr K had assaulted her at home address 7 Chapel Row, Trevellan. Officers attended 2325. Ms K with reddening to face and L arm, states Mr K slapped her and pushed her against banister during argument about her leaving. Daughter T (13) upstairs in bedroom throughout, heard argument, spoken to briefly - upset. Mr K arrested for common assault. Ms K taken to sister's address in Lanowen by officers.",
    outc: 'DASH completed - MEDIUM. PPN (DA/child) submitted to MARU 15/08. Op Encompass - not sent, school closed (summer holidays).',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'notification')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'p-interview', ref: 'TP/22/081403', raw: '15/08/2022', iso: '2022-08-15', time: '1045', type: 'Custody - Interview',
    narr: "Mr K interviewed under caution - denies assault, says 'she fell'. Ms K contacted by phone by OIC - does not wish to support prosecution, 'just want to move on'. Mr K released.",
    outc: 'NFA - evidential difficulties. Victim signposted to Kernow DA Service.',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['domestic-abuse', 'criminality'] },
  { key: 'p-stop', ref: 'TP/23/012611', raw: '26/01/2023', iso: '2023-01-26', time: '2140', type: 'Stop/Search - Vehicle',
    narr: "Grey Vauxhall Corsa stopped Fore St, Carnwyn - driver AM1 (DOB 2003, 19). Small qty cannabis found. Female front passenger appeared young, gave name 'Tia' and age 16, said she was going home; not verified. Both allowed to leave.",
    outc: 'Cannabis warning. Intel log submitted re AM1.',
    contacts: [C('family', 'out', 'other')], concerns: ['substance-misuse', 'criminality'] },
  { key: 'p-mfh1', ref: 'TP/23/050231', raw: '02/05/2023', iso: '2023-05-02', time: '2140', type: 'Missing Person - Child (MFH)',
    narr: "Call from father Mr K: daughter T (14) not home since 1700, phone off, believed with 'boyfriend' J (19) in Carnwyn, address not known. First reported missing episode. PC 2217 attended home address 2215, room search, photo obtained.",
    outc: 'Risk assessed MEDIUM. Enquiries ongoing.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['missing', 'exploitation'] },
  { key: 'p-found1', ref: 'TP/23/050231', raw: '03/05/2023', iso: '2023-05-03', time: '0210', type: 'Missing Person - Found',
    narr: "T located at Flat 3, 12 Harbour Row, Carnwyn (address of AM1, 19) following cell-site enquiry. T stated she had 'just been watching films'. AM1 states he thought she was 16.\nT returned home to father by officers 0240. Prevention interview - T declined to engage.",
    outc: 'Episode closed - LOW risk on return. RHI request sent to Kernow Youth Service. PPN to be submitted.',
    contacts: [C('family', 'out', 'other'), C('voluntary', 'out', 'referral')], concerns: ['missing', 'exploitation', 'non-engagement'] },
  { key: 'p-ppn1', ref: 'TP/23/050231', raw: '11/05/2023', iso: '2023-05-11', time: '1415', type: 'Admin - PPN',
    narr: 'PPN (Child - missing/CSE concern) re T submitted to MARU for episode 02-03/05/23. Late submission - OIC rest days/abstraction.',
    outc: 'Submitted.',
    contacts: [C('mash', 'out', 'notification')], concerns: ['missing', 'exploitation'] },
  { key: 'p-mfh2', ref: 'TP/23/071644', raw: '16/07/2023', iso: '2023-07-16', time: '2350', type: 'Missing Person - Child (MFH)',
    narr: "Father reports T (14) missing since Fri 14/07 approx 1800. Asked about delay - 'she's done it before, thought she'd come back'. Believed with AM1 (19). Second episode. Risk assessed HIGH given CSE concerns. Duty Insp informed.",
    outc: 'HIGH risk - search commenced. PPN submitted to MARU 17/07 0750.',
    contacts: [C('family', 'in', 'phone-call'), C('mash', 'out', 'notification')], concerns: ['missing', 'exploitation'] },
  { key: 'p-found2', ref: 'TP/23/071644', raw: '17/07/2023', iso: '2023-07-17', time: '1620', type: 'Missing Person - Found',
    narr: 'T located by NPT at tent encampment, Polgarrow Sands dunes, with AM1 and two adult males (20s). T intoxicated, smell of cannabis, would not say how long she had been there. Conveyed home. Details of adult males obtained.',
    outc: 'Found. Referral to PPU for CSE review. RHI request sent to Kernow Youth.',
    contacts: [C('family', 'out', 'other'), C('voluntary', 'out', 'referral')], concerns: ['missing', 'exploitation', 'substance-misuse'] },
  { key: 'p-strat1', ref: 'TP/23/071644', raw: '18/07/2023', iso: '2023-07-18', time: '1100', type: 'Strategy Discussion',
    narr: 'Telephone strategy discussion - DS 1 (PPU) with TM2 (CSC Assessment Team). Agreed CSC single-agency s47; police to serve Child Abduction Warning Notice on AM1.',
    outc: 'CAWN to be served. Actions on Niche.',
    contacts: [C('csc', 'both', 'strategy-discussion')], concerns: ['missing', 'exploitation'], dup: 'c-strat1' },
  { key: 'p-cawn', ref: 'TP/23/071644', raw: '21/07/2023', iso: '2023-07-21', time: '1530', type: 'CAWN',
    narr: "CAWN served on AM1 at Flat 3, 12 Harbour Row. AM1 signed, said T 'keeps coming round'.",
    outc: 'Served. Copy to PPU.',
    contacts: [C('family', 'out', 'other')], concerns: ['exploitation'] },
  { key: 'p-asb', ref: 'TP/23/083012', raw: '30/08/2023', iso: '2023-08-30', time: '1905', type: 'ASB / Intelligence',
    narr: "Call from neighbour, Harbour Row: 'young girls' coming and going from Flat 3 at all hours, cars pulling up, smell of cannabis. Caller did not give names.",
    outc: 'Intel logged. NPT patrol advice. No further action.',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['exploitation', 'substance-misuse'] },
  { key: 'p-welfare', ref: 'TP/23/100318', raw: '03/10/2023', iso: '2023-10-03', time: '1720', type: 'Concern for Welfare',
    narr: "Call from Ms K (mother, Lanowen): has not been able to speak to T for 3 weeks, Mr K blocks her number. On last call T said she was 'scared of J' and that J 'gets angry'. Ms K asked police to check T is safe.",
    outc: 'PCSO 6610 attended 04/10 1600 - T seen on doorstep with Mr K, said she was fine. Log closed. PPN - not required (no concerns).',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['exploitation'] },
  { key: 'p-injury', ref: 'TP/23/112402', raw: '24/11/2023', iso: '2023-11-24', time: '0612', type: 'Concern for Safety - Serious Injury',
    narr: 'Call from ambulance control requesting police to Flat 3, 12 Harbour Row: female aged 14 unresponsive. Officers attended 0625 with ambulance. T found on floor with serious head and facial injuries. AM1 present, intoxicated, arrested on suspicion of GBH (CAWN in place since 21/07). T conveyed to West Kernow Hospital. Scene secured.',
    outc: 'Crime - GBH s18. CAIT informed.',
    contacts: [C('ambulance', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['injury', 'exploitation', 'criminality', 'substance-misuse'] },
  { key: 'p-urgent', ref: 'TP/23/112402', raw: '24/11/2023', iso: '2023-11-24', time: '0930', type: 'Referral',
    narr: 'Urgent referral to MARU by DS 2 (CAIT) - request for immediate strategy meeting.',
    outc: 'Strategy mtg set 27/11 1000.',
    contacts: [C('mash', 'out', 'referral')], concerns: ['injury'] },
  { key: 'p-strat2', ref: 'TP/23/112402', raw: '27/11/2023', iso: '2023-11-27', time: '1000', type: 'Strategy Meeting',
    narr: 'Multi-agency strategy meeting (Teams) chaired by CSC TM3; GP, community paediatrics, CAMHS, EHE officer and MARU present. DS 2 attended. Joint s47 agreed. AM1 in custody, charging decision pending. Phone download authorised.',
    outc: 'Joint s47. Actions on Niche.',
    contacts: ['csc', 'gp', 'paediatrics', 'camhs', 'school', 'mash'].map((a) => C(a, 'both', 'strategy-discussion')),
    concerns: ['criminality'], dup: 'c-strat2' },
  { key: 'p-charge', ref: 'TP/23/112402', raw: '28/11/2023', iso: '2023-11-28', time: '1730', type: 'Custody - Charge',
    narr: 'AM1 charged: GBH with intent (s18), sexual activity with a child (s9 SOA 2003) x2. Remanded in custody.',
    outc: 'Charged - remanded.',
    contacts: [], concerns: ['criminality', 'exploitation'] },
];

// =====================================================================
// 4. health.docx
// =====================================================================
const gpRows = [
  { key: 'g-mum', raw: '22/08/2022', iso: '2022-08-22', by: 'Dr 1 (GP partner)',
    notes: "F2F: Ms K (mother of T, both registered here). Bruising L upper arm - states husband pushed her against banister on 14/08, police involved. Has left family home, staying with sister in Lanowen. T (13) remains with father. DA helpline + Kernow DA Service details given. Code 'Household member victim of DA' added to T's record.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse'] },
  { key: 'g-camhsref', raw: '11/01/2023', iso: '2023-01-11', by: 'Dr 2 (GP)',
    notes: "T (14) with Dad. Low mood approx 3/12, poor sleep, 'hates school'. O/E multiple healed linear superficial cuts L forearm, 2 more recent. Denies SI/plans. Dad says school 'fussing about a lad she's seeing - older'. Parents separated after DV last summer. Referral letter to CAMHS SPA sent today: low mood, self-harm, family breakdown/DV, ?older boyfriend. Safety netting; Kooth.",
    contacts: [C('family', 'in', 'attendance'), C('camhs', 'out', 'referral')], concerns: ['injury', 'other', 'domestic-abuse', 'exploitation'] },
  { key: 'g-camhsletter', raw: '14/02/2023', iso: '2023-02-14', by: 'Admin (Docman)',
    notes: "Letter rec'd from CAMHS SPA dated 09/02/23: referral not accepted - 'emotional wellbeing needs, no risk indicators identified; Tier 2 support (Kooth, school counselling) recommended'. Workflowed to Dr 2.",
    contacts: [C('camhs', 'in', 'letter')], concerns: ['other'] },
  { key: 'g-act', raw: '15/02/2023', iso: '2023-02-15', by: 'Dr 2 (GP)',
    notes: "Reviewed CAMHS letter. T/c to Dad - explained decision, r/v booked 21/02. With Dad's verbal consent letter sent to DSL, Trevellan Academy, asking school to offer counselling and to let us know of any concerns.",
    contacts: [C('family', 'out', 'phone-call'), C('school', 'out', 'letter')], concerns: ['other'] },
  { key: 'g-rv', raw: '21/02/2023', iso: '2023-02-21', by: 'Dr 2 (GP)',
    notes: "T seen alone, Dad in waiting room. Mood 'a bit better'. No new cuts seen. School to sort counselling. Safety netting. r/v PRN.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['other'] },
  { key: 'g-coc', raw: '16/03/2023', iso: '2023-03-16', by: 'PN1 (Practice Nurse)',
    notes: "T (14) attended alone requesting contraception. States partner is 19, together 'since the summer'. Fraser guidelines - assessed as competent. D/w Dr 2 - ok to start. COC (Rigevidon) 3/12 supply. Condoms advised; chlamydia screen offered - declined. Safeguarding: no concerns identified.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['exploitation'] },
  { key: 'g-paedsref', raw: '27/04/2023', iso: '2023-04-27', by: 'Dr 3 (locum)',
    notes: "T/c from Dad: T off school for weeks with stomach pains & anxiety, has now taken her out to home-school. Requests paeds referral. Referral to Community Paediatrics via e-RS: ?functional abdo pain, anxiety, school non-attendance.",
    contacts: [C('family', 'in', 'phone-call'), C('paediatrics', 'out', 'referral')], concerns: ['other'] },
  { key: 'g-cocrv', raw: '08/06/2023', iso: '2023-06-08', by: 'PN1 (Practice Nurse)',
    notes: "COC review. BP 112/68. T says 'all fine'. Partner (19) drove her and waited in car park. 3/12 supply issued.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['exploitation'] },
  { key: 'g-chase', raw: '22/08/2023', iso: '2023-08-22', by: 'Dr 2 (GP)',
    notes: "T/c from Dad chasing paeds appt - says family 'never heard anything'. No correspondence from Community Paediatrics on file. Re-referral sent via e-RS.",
    contacts: [C('family', 'in', 'phone-call'), C('paediatrics', 'out', 'referral')], concerns: [] },
  { key: 'g-dna', date: day('?05/09/2023', '2023-09-05', true), by: 'PN1 (Practice Nurse)',
    notes: "DNA COC review (entered 07/09). SMS reminder sent to T's mobile.",
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], concerns: ['non-engagement'] },
  { key: 'g-ehc', raw: '12/09/2023', iso: '2023-09-12', by: 'Dr 2 (GP)',
    notes: "T attended with partner (J, 19) requesting EHC - UPSI 2/7 ago, missed pills. Levonorgestrel 1.5mg given, PT neg. Partner answered most questions; T quiet, little eye contact. Bruise R upper arm - T said 'walked into a door'. COC restarted.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['exploitation', 'injury'] },
  { key: 'g-maru', raw: '24/11/2023', iso: '2023-11-24', by: 'Admin',
    notes: 'Email from MARU: T admitted to West Kernow Hospital with serious injuries. GP invited to strategy meeting 27/11; summary of records requested.',
    contacts: [C('mash', 'in', 'notification'), C('mash', 'in', 'information-request')], concerns: ['injury'] },
  { key: 'g-strat2', raw: '27/11/2023', iso: '2023-11-27', by: 'Dr 2 (GP)',
    notes: 'Attended strategy meeting (Teams) with CSC (chair), police CAIT, community paeds, CAMHS, EHE officer and MARU. Shared: contraception since 03/23, partner aged 19, EHC 09/23 with bruise, CAMHS decline 02/23, paeds referrals.',
    contacts: ['csc', 'police', 'paediatrics', 'camhs', 'school', 'mash'].map((a) => C(a, 'both', 'strategy-discussion')),
    concerns: ['exploitation', 'injury'], dup: 'c-strat2' },
];
const chRows = [
  { key: 'h-camhsin', agency: 'camhs', raw: '16.01.23', iso: '2023-01-16', clin: 'CAMHS SPA - Clinician A',
    contact: "Referral rec'd (letter) from Dr 2, Penhallow Surgery: low mood, superficial self-harm.", outc: 'For SPA MDT screening.',
    contacts: [C('gp', 'in', 'referral')], concerns: ['other', 'injury'] },
  { key: 'h-camhsdec', agency: 'camhs', date: span('w/c 06/02/23', '2023-02-06', '2023-02-12', 'week'), clin: 'SPA MDT (Clinician A)',
    contact: 'Referral discussed at SPA MDT.',
    outc: 'Not accepted - low mood in context of parental separation; superficial self-harm, no risk indicators. Letter to GP & parent 09/02/23 - Kooth, school counselling, re-refer if escalates.',
    contacts: [C('gp', 'out', 'letter'), C('family', 'out', 'letter')], concerns: ['other', 'injury'] },
  { key: 'h-paedsin', agency: 'paediatrics', raw: '10.05.23', iso: '2023-05-10', clin: 'Community Paediatrics - admin',
    contact: "e-RS referral rec'd from Dr 3 (Penhallow): abdo pain, anxiety, school non-attendance (now EHE).", outc: 'Accepted - routine. Appt letter sent for 21/06.',
    contacts: [C('gp', 'in', 'referral'), C('family', 'out', 'letter')], concerns: ['other'] },
  { key: 'h-wnb1', agency: 'paediatrics', raw: '21.06.23', iso: '2023-06-21', clin: 'Dr 4 (Community Paediatrician)',
    contact: 'OPA, Carnwyn Child Development Centre.', outc: 'WNB. 2nd appt 02/08 sent to parent.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'h-wnb2', agency: 'paediatrics', raw: '02.08.23', iso: '2023-08-02', clin: 'Dr 4 (Community Paediatrician)',
    contact: 'OPA - WNB (2nd).', outc: 'Discharged per WNB policy. Discharge letter to GP.',
    cont: 'Copy to parent. No further action.',
    contacts: [C('family', 'attempted', 'dna'), C('gp', 'out', 'letter'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'h-paedsre', agency: 'paediatrics', raw: '30.08.23', iso: '2023-08-30', clin: 'Community Paediatrics - admin',
    contact: "Re-referral rec'd via e-RS from Dr 2.", outc: 'Waiting list - routine (approx 16 wks).',
    contacts: [C('gp', 'in', 'referral')], concerns: [] },
  { key: 'h-strat2', agency: 'paediatrics', raw: '27.11.23', iso: '2023-11-27', clin: 'Dr 4 (Named Dr, Safeguarding Children)',
    contact: 'Strategy meeting (Teams) - CSC chair, police, GP, CAMHS, EHE, MARU.',
    outc: 'Shared WNB x2 and discharge Aug 23. CP medical on ward agreed for today.',
    contacts: ['csc', 'police', 'gp', 'camhs', 'school', 'mash'].map((a) => C(a, 'both', 'strategy-discussion')),
    concerns: ['non-engagement', 'injury'], dup: 'c-strat2' },
  { key: 'h-crisis', agency: 'camhs', raw: '28.11.23', iso: '2023-11-28', clin: 'CAMHS Crisis - Clinician B',
    contact: "Assessment on children's ward, West Kernow Hospital.",
    outc: "T low, flat affect; said J 'controls everything'; self-harm since Y8. CAMHS to follow up after discharge.",
    contacts: [C('family', 'out', 'assessment')], concerns: ['other', 'injury', 'exploitation'] },
];

// =====================================================================
// 5. education-welfare.pdf (numbered narrative paragraphs)
// =====================================================================
const ewoParas = [
  { text: 'I was the Education Welfare Officer for the Trevellan cluster of schools and I also held the Elective Home Education (EHE) caseload for the west of the county. My EHE caseload was then about 140 children. This account is taken from my case notes on the Attendance Service database.' },
  { entries: [
    { key: 'e-ref', date: day('13th March 2023', '2023-03-13'),
      text: "On 13th March 2023 I received a referral from Trevellan Academy's attendance officer about T, then in Year 9. Her attendance for the year was 64%. The reasons given were anxiety and stomach pains, and the form said that her father had declined a part-time timetable. The section on safeguarding was marked 'none known'.",
      contacts: [], concerns: ['neglect', 'non-engagement'] } ] },
  { entries: [
    { key: 'e-tc', date: day('20th March', '2023-03-20'),
      text: "On 20th March I telephoned Mr K. He said T was 'a worrier' and that he was 'doing his best on his own'. He agreed to a home visit.",
      contacts: [C('family', 'out', 'phone-call')], concerns: [] } ] },
  { entries: [
    { key: 'e-hv1', date: day('29th March', '2023-03-29'), time: '10:00',
      text: 'On 29th March I visited the home at 10am. Mr K was present and told me T was asleep after a bad night and did not want to come down; I did not see her. I left a leaflet on the attendance process and said I would review her attendance.',
      contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] } ] },
  { entries: [
    { key: 'e-wd', date: day('24th April', '2023-04-24'),
      text: 'On 24th April the Academy emailed me to say that Mr K had written to withdraw T to home education.',
      contacts: [], concerns: [] },
    { key: 'e-del', date: day('26th April', '2023-04-26'),
      text: 'The formal deletion notice followed on 26th April.',
      contacts: [], concerns: [] } ] },
  { entries: [
    { key: 'e-reg', date: day('3rd May', '2023-05-03'),
      text: "On 3rd May I opened an EHE record for T and closed the attendance referral. I did not contact Children's Social Care or the MARU, and I did not ask the Academy for its safeguarding file; neither was part of the EHE registration process at that time.",
      contacts: [], concerns: [] } ] },
  { entries: [
    { key: 'e-letter1', date: day('4th May', '2023-05-04'),
      text: "On 4th May I wrote to Mr K enclosing the council's EHE information pack and asking to meet him and T to discuss the education he was providing.",
      contacts: [C('family', 'out', 'letter')], concerns: [] } ] },
  { entries: [
    { key: 'e-na1', date: day('6th June', '2023-06-06'), time: '14:00',
      text: 'On 6th June I called at the house at 2pm, the time offered in my letter. There was no answer and I left a calling card.',
      contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] } ] },
  { entries: [
    { key: 'e-email', date: day('12th June', '2023-06-12'),
      text: "On 12th June Mr K emailed me. He said T was 'doing online courses' and was 'very anxious about strangers', that he did not want a visit and that he would send a written report instead.",
      contacts: [C('family', 'in', 'email')], concerns: ['non-engagement'] } ] },
  { entries: [
    { key: 'e-report', date: day('3rd July', '2023-07-03'),
      text: "The report arrived by post on 3rd July. It was a single paragraph describing 'online maths and English' and 'life skills'; no samples of work were included.",
      contacts: [C('family', 'in', 'letter')], concerns: [] } ] },
  { entries: [
    { key: 'e-letter2', date: day('18th July', '2023-07-18'),
      text: 'On 18th July I wrote to Mr K to say that the report did not show that T was receiving a suitable education, and asked to see T and examples of her work. There was no reply.',
      contacts: [C('family', 'out', 'letter')], concerns: ['non-engagement'] } ] },
  { entries: [
    { key: 'e-hv2', date: day('12th September', '2023-09-12'), time: '16:00',
      text: "On 12th September I visited unannounced at about 4pm. Mr K spoke to me through the front door and said T was 'staying at her mum's in Lanowen'. I did not see T and I did not have a telephone number for her mother.",
      contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
    { key: 'e-mum', date: span('The following week', '2023-09-18', '2023-09-24', 'week'),
      text: 'The following week I emailed Ms K at the address the Academy held for her; the message was returned undelivered.',
      contacts: [C('family', 'attempted', 'email')], concerns: [] } ] },
  { entries: [
    { key: 'e-s437', date: day('2nd October', '2023-10-02'),
      text: 'On 2nd October I sent Mr K a formal notice under section 437(1) of the Education Act 1996 asking him to satisfy the local authority that T was receiving a suitable education.',
      contacts: [C('family', 'out', 'letter')], concerns: [] } ] },
  { entries: [
    { key: 'e-angry', date: day('19th October', '2023-10-19'),
      text: "On 19th October Mr K telephoned me. He was angry, said I was 'harassing' the family and that he would 'get a solicitor', but he agreed to a further visit.",
      contacts: [C('family', 'in', 'phone-call')], concerns: ['non-engagement'] } ] },
  { entries: [
    { key: 'e-na2', date: day('1st November', '2023-11-01'),
      text: 'On 1st November I visited as agreed. There was no answer and the curtains were drawn.',
      contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] } ] },
  { entries: [
    { key: 'e-super', date: day('8th November', '2023-11-08'),
      text: 'I discussed T in EHE supervision with my manager on 8th November. T had still not been seen. We agreed to move to the School Attendance Order stage. A referral to the MARU was not considered because there were no known safeguarding concerns about T on our records.',
      contacts: [], concerns: ['non-engagement'] } ] },
  { entries: [
    { key: 'e-maru', date: day('24th November', '2023-11-24'),
      text: 'On 24th November the MARU education officer telephoned me to say that T had been found seriously injured at an address in Carnwyn and was in hospital.',
      contacts: [C('mash', 'in', 'phone-call')], concerns: ['injury'] } ] },
  { entries: [
    { key: 'e-strat2', date: day('27th November', '2023-11-27'),
      text: "On 27th November I attended the multi-agency strategy meeting held on Teams and chaired by the Children's Social Care team manager, with police, the GP, the community paediatrician, CAMHS and the MARU. I learnt there for the first time of the two missing episodes, the July strategy discussion and T's relationship with an adult male.",
      contacts: ['csc', 'police', 'gp', 'paediatrics', 'camhs', 'mash'].map((a) => C(a, 'both', 'strategy-discussion')),
      concerns: ['missing', 'exploitation'], dup: 'c-strat2' } ] },
  { text: "Looking back, I never saw T in person. I relied on her father's account of her education and of where she was, and I treated the case as one about the suitability of education rather than about T's welfare." },
  { text: "The Academy's referral to me did not mention self-harm, the older boyfriend or the referrals it had made to the MARU, and I was not told by Children's Social Care or the police that T had been missing or that a warning notice had been served on an adult. Had I known, I would have asked for a strategy discussion much sooner and would not have accepted her father's refusals to let me see her." },
  { text: 'Since this review began the EHE team has introduced a check with Children\'s Social Care and the previous school\'s DSL for every new registration, and a child who has not been seen within six weeks is now discussed with the MARU.' },
];

// =====================================================================
// Build gold entries (in file order) and key -> ref map
// =====================================================================
const files = [
  { file: 'school.html', agency: 'school', format: 'html' },
  { file: 'maru-and-csc.md', agency: 'mixed', format: 'md' },
  { file: 'police.tsv', agency: 'police', format: 'tsv' },
  { file: 'health.docx', agency: 'mixed', format: 'docx' },
  { file: 'education-welfare.pdf', agency: 'school', format: 'pdf' },
];
const entries = [];
const refOf = {};
function add(file, n, key, e) {
  const ref = `${file}#${n}`;
  if (refOf[key]) throw new Error('dup key ' + key);
  refOf[key] = ref;
  entries.push({ ref, _key: key, _dup: e._dup, agency: e.agency, date: e.date, time: e.time ?? null, text: e.text, contacts: e.contacts, concerns: e.concerns });
}
{ let n = 0;
  for (const r of schoolRows) { if (!r.key) continue; n++;
    let text = join([r.cat, r.concern, r.action, r.staff]); if (r.cont) text += ' ' + r.cont;
    add('school.html', n, r.key, { agency: 'school', date: day(schoolDate(r.iso), r.iso), time: r.t, text, contacts: r.contacts, concerns: r.concerns, _dup: r.dup }); } }
{ let n = 0;
  for (const [rows, ag] of [[maruRows, 'mash'], [cscRows, 'csc']]) for (const r of rows) { n++;
    let text = join([r.src === '-' ? '' : r.src, r.sum, r.dec === '-' ? '' : r.dec]); if (r.cont) text += ' ' + r.cont;
    add('maru-and-csc.md', n, r.key, { agency: ag, date: r.date || day(r.raw, r.iso), time: r.time ?? null, text, contacts: r.contacts, concerns: r.concerns, _dup: r.dup }); } }
{ let n = 0;
  for (const r of policeRows) { n++;
    add('police.tsv', n, r.key, { agency: 'police', date: day(r.raw, r.iso), time: hhmm(r.time), text: join([r.ref, r.type, r.narr.replace(/\n/g, ' '), r.outc]), contacts: r.contacts, concerns: r.concerns, _dup: r.dup }); } }
{ let n = 0;
  for (const r of gpRows) { n++;
    add('health.docx', n, r.key, { agency: 'gp', date: r.date || day(r.raw, r.iso), time: null, text: join([r.by, r.notes]), contacts: r.contacts, concerns: r.concerns, _dup: r.dup }); }
  for (const r of chRows) { n++;
    let text = join([r.clin, r.contact, r.outc]); if (r.cont) text += ' ' + r.cont;
    add('health.docx', n, r.key, { agency: r.agency, date: r.date || day(r.raw, r.iso), time: null, text, contacts: r.contacts, concerns: r.concerns, _dup: r.dup }); } }
{ let n = 0;
  for (const p of ewoParas) for (const e of p.entries || []) { n++;
    add('education-welfare.pdf', n, e.key, { agency: 'school', date: e.date, time: e.time ?? null, text: e.text, contacts: e.contacts, concerns: e.concerns, _dup: e.dup }); } }

// duplicates
const dupGroups = {};
for (const e of entries) if (e._dup) { (dupGroups[e._dup] ||= [refOf[e._dup]]).push(e.ref); e.duplicateOf = refOf[e._dup]; }
const duplicates = Object.values(dupGroups);
for (const e of entries) { delete e._dup; delete e._key; }

const R = (...keys) => keys.map((k) => { if (!refOf[k]) throw new Error('no key ' + k); return refOf[k]; });

// =====================================================================
// Gaps and decoys
// =====================================================================
const gaps = [
  { id: 'TR-G01', code: 'G1', alsoAcceptable: [], from: 'police', to: ['school'],
    anchors: R('p-da', 'm-ppn-da', 's-ref1'),
    note: 'After the August 2022 domestic assault, witnessed (heard) by T, police did not send an Operation Encompass notification because it was the summer holidays, and did not send one when term began; the MARU assumed police would. The school learnt of the abuse only from T in November and had no Encompass record.' },
  { id: 'TR-G02', code: 'G10', alsoAcceptable: ['G3'], from: 'school', to: ['mash'],
    anchors: R('s-ref1', 's-dropoff', 'm-ref1', 'm-info'),
    note: "The school's November 2022 referral (self-harm, a 13-year-old in a relationship with a 19-year-old who collected her by car, DA at home) was graded Level 2 'emotional wellbeing / healthy relationships' and stepped down to early help; no CSE screening. Further information in December (adult male dropping her at school) was added to the record with no change. The MARU read a child sexual exploitation concern as a wellbeing issue." },
  { id: 'TR-G03', code: 'G2', alsoAcceptable: [], from: 'mash', to: ['early-help'],
    anchors: R('m-ehh', 's-chase3'),
    note: 'The MARU recorded sending a step-down referral to the Early Help Hub on 07/11/22, but when the DSL rang the Hub in January it had no referral for T on its system. Nobody checked that the step-down had arrived.' },
  { id: 'TR-G04', code: 'G4', alsoAcceptable: ['G5'], from: 'mash', to: ['school'],
    anchors: R('s-chase1', 's-chase2', 's-chase3', 's-reply', 'm-ref1'),
    note: 'The MARU did not tell the DSL the outcome of her November referral. She chased by email, phone and email again; an outcome (with no reasons) arrived only on 11/01/23, more than nine weeks later, by which time the early help step-down had gone nowhere.' },
  { id: 'TR-G05', code: 'G10', alsoAcceptable: ['G3'], from: 'gp', to: ['camhs'],
    anchors: R('g-camhsref', 'h-camhsin', 'h-camhsdec'),
    note: "The GP referred T to CAMHS for self-harm and low mood and named DV at home and a possible older boyfriend. CAMHS logged the referral as low mood and superficial self-harm, recorded 'no risk indicators' and declined it as a Tier 2 wellbeing need, without contacting the GP or school or considering a safeguarding referral." },
  { id: 'TR-G06', code: 'G1', alsoAcceptable: [], from: 'gp', to: ['mash', 'csc'],
    anchors: R('g-coc', 'g-cocrv', 'g-ehc'),
    note: "The practice knew a 14-year-old was in a sexual relationship with a 19-year-old (contraception from March 2023, partner driving her in June, emergency contraception in September with the partner answering for her and an unexplained bruise). Fraser competence was assessed but no safeguarding referral was made to the MARU or CSC, and 'no concerns' was recorded." },
  { id: 'TR-G07', code: 'G9', alsoAcceptable: ['G5', 'G7'], from: 'mash', to: ['csc'],
    anchors: R('m-ref2', 'c-alloc'),
    note: "The MARU's Level 3 referral noted the earlier November 2022 contact, but the CSC record opened for the assessment says 'Previous involvement: none recorded on LCS'. The history held in the MARU contact log did not transfer to the social care record, so the assessment started as a first referral." },
  { id: 'TR-G08', code: 'G7', alsoAcceptable: [], from: 'csc', to: ['school', 'gp', 'police'],
    anchors: R('c-close1', 'c-s47close', 's-close'),
    note: "Neither the single assessment (March-May 2023) nor the s47 enquiry (July-August 2023) sought information from the school or the GP, and the assessment did no police checks on the adult 'boyfriend'. The school records no contact from any social worker; the s47 closing record says 'GP - not requested'. The GP held the contraception history and the school held the self-harm and boyfriend history." },
  { id: 'TR-G09', code: 'G1', alsoAcceptable: [], from: 'school', to: ['csc', 'mash'],
    anchors: R('s-offroll', 's-close', 's-sighting', 'c-close1'),
    note: "The Academy knew CSC was assessing CSE concerns when the father withdrew T to home education, but notified only the LA EHE team and archived the file; CSC learnt of the withdrawal from the father. In June a TA saw T, off roll, with older males on a school day 'spaced out'; this was logged 'for info only' and not shared with the MARU." },
  { id: 'TR-G10', code: 'G5', alsoAcceptable: [], from: 'police', to: ['mash'],
    anchors: R('p-found1', 'p-ppn1', 'm-ppn-mfh1'),
    note: "After T's first missing episode (found at 02:10 at the flat of a 19-year-old) the PPN was submitted nine days later because of the officer's rest days. It reached the MARU the day after CSC had closed its assessment as 'no evidence of CSE'." },
  { id: 'TR-G11', code: 'G3', alsoAcceptable: ['G10'], from: 'mash', to: ['csc'],
    anchors: R('m-ppn-mfh1', 'c-ppn1'),
    note: 'When the missing-episode PPN arrived, CSC made no change to its just-closed assessment: the team manager recorded the father as protective and closed the matter with an advice letter, although the child had been found overnight at an adult male\'s address.' },
  { id: 'TR-G12', code: 'G6', alsoAcceptable: [], from: 'csc', to: ['gp', 'school'],
    anchors: R('c-strat1', 'p-strat1'),
    note: 'The July 2023 strategy discussion after the second missing episode was held between CSC and police only. Health (the GP, who was prescribing contraception to T and knew her partner was 19) and education (the EHE officer responsible for a child out of school) were not part of it.' },
  { id: 'TR-G13', code: 'G1', alsoAcceptable: [], from: 'csc', to: ['school'],
    anchors: R('c-close1', 'c-s47close', 'e-super', 'e-strat2'),
    note: "CSC knew from May 2023 that T was electively home educated, and in July-August ran a s47 enquiry about missing episodes and CSE, but never told the EHE team. The EHE officer recorded 'no known safeguarding concerns' in November and learnt of the missing episodes only at the strategy meeting after T was injured." },
  { id: 'TR-G14', code: 'G8', alsoAcceptable: [], from: 'school', to: ['mash', 'csc'],
    anchors: R('e-hv1', 'e-na1', 'e-email', 'e-letter2', 'e-hv2', 'e-na2', 'e-super'),
    note: 'The EHE officer never saw T in eight months: a visit where she was "asleep", two no-access visits, a refusal of visits, an unanswered letter and a doorstep conversation in which the father said she was at her mother\'s. None of this was escalated to the MARU or CSC; supervision agreed to continue the attendance-order route.' },
  { id: 'TR-G15', code: 'G7', alsoAcceptable: [], from: 'school', to: ['csc', 'mash'],
    anchors: R('e-reg'),
    note: "When T was registered as EHE the officer made no checks with CSC or the MARU (where two referrals and an open assessment were held) and did not ask for the Academy's safeguarding file." },
  { id: 'TR-G16', code: 'G2', alsoAcceptable: ['G8'], from: 'paediatrics', to: ['gp'],
    anchors: R('h-wnb2', 'g-chase'),
    note: 'Community paediatrics discharged T after two was-not-brought appointments and recorded a discharge letter to the GP; the practice had no correspondence from paediatrics on file when the father rang three weeks later, so the WNB pattern for a child out of school was never picked up by the GP.' },
  { id: 'TR-G17', code: 'G1', alsoAcceptable: [], from: 'police', to: ['mash', 'csc'],
    anchors: R('p-welfare'),
    note: "In October 2023 the mother told police that T had said she was 'scared of J' and that her father was blocking contact. A PCSO saw T on the doorstep with her father and the log was closed 'PPN - not required', although a CAWN had been served on J in July. The MARU and CSC were not told." },
];
const decoys = [
  { id: 'TR-D01', looksLike: ['G2', 'G3', 'G4'], refs: R('s-ref2', 's-fb2', 'm-ref2'),
    note: "The school's second referral (March 2023) was screened by the MARU the next day with the CSE tool, passed to CSC for a single assessment and the outcome emailed to the DSL the same day; the school logged it. Received, acted on and fed back (the loss of the earlier history on the CSC record is a separate gap)." },
  { id: 'TR-D02', looksLike: ['G3', 'G1'], refs: R('g-camhsletter', 'g-act', 's-gpletter'),
    note: 'When CAMHS declined the referral the GP acted: phoned the father, booked a review, saw T alone and wrote (with consent) to the DSL, who arranged school counselling. The decline letter was received and acted on.' },
  { id: 'TR-D03', looksLike: ['G6'], refs: R('c-strat2', 'p-strat2', 'g-strat2', 'h-strat2'),
    note: 'The strategy meeting after T was injured included CSC, police, the GP, the community paediatrician, CAMHS, the EHE officer and the MARU: every agency involved was present.' },
];

const gold = {
  case: CASE,
  title: 'Child T (Trevellan): a 14-year-old withdrawn to elective home education, missing with an adult "boyfriend", seriously harmed',
  reviewType: 'cspr',
  reviewPeriod: { from: '2022-08-01', to: '2023-11-30' },
  conventions: {
    maru: 'The Multi-Agency Referral Unit (MARU) is the local MASH: its rows in maru-and-csc.md are agency "mash"; the Children\'s Social Care section rows are "csc". Other agencies\' contacts naming the MARU are with "mash".',
    earlyHelp: 'The Early Help Hub is "early-help".',
    ehe: 'The Attendance Service / EHE officer (council education) takes id "school", like Trevellan Academy. Exchanges between the Academy and the Attendance Service/EHE team are therefore inside one id and are not listed as contacts; the loss of the Academy\'s safeguarding history on its way to the EHE officer is described in README but not scored as a gap.',
    voluntary: 'Kernow Youth Service (commissioned return-home-interview provider) is "voluntary".',
    family: 'AM1 / "J" (the 19-year-old "boyfriend") and members of the public are "family"; police stops and CAWN service count as family, out, other.',
    concerns: "The child's own self-harm is tagged injury; her own low mood / mental health is tagged other; school attendance recorded as a percentage / persistent absence is tagged neglect.",
    schoolDates: 'school.html "Logged" cells hold date and time ("Mon 14 Nov 22 08:55"): raw is the date part, time comes from the same cell.',
    text: 'Entry text is the non-date cells joined with " | " (police: Ref | Type | Narrative | Outcome; the two-line narrative is joined with a space); continuation rows are appended with a space.',
    ppn: 'A police PPN to the MARU is a notification.',
  },
  files,
  entries,
  gaps,
  duplicates,
  decoys,
};

// =====================================================================
// Write school.html
// =====================================================================
{
  let h = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Safeguarding log export - T</title>\n<style>body{font-family:Arial,Helvetica,sans-serif;font-size:12px} table{border-collapse:collapse;width:100%} th,td{border:1px solid #999;padding:4px;vertical-align:top} th{background:#dde4ee;text-align:left} .sect td{background:#f3f3f3;font-weight:bold}</style>\n</head>\n<body>\n`;
  h += `<h2>Trevellan Academy &ndash; Safeguarding &amp; Wellbeing Log (export)</h2>\n`;
  h += `<p>Pupil: <b>T</b> &nbsp; Year group: 9 (2022/23) &nbsp; DOB: 12/2008 &nbsp; UPN withheld.<br>\nExported from MyConcern by the DSL for the Child Safeguarding Practice Review. Entries relating to T only, oldest first. Staff shown by initials. Pupil left roll 26/04/2023 (EHE); later entries added by DSL.</p>\n`;
  h += `<table>\n<thead><tr><th>Logged</th><th>Category</th><th>Concern</th><th>Action</th><th>Staff</th></tr></thead>\n<tbody>\n`;
  for (const r of schoolRows) {
    if (r.blank) { h += `<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr>\n`; continue; }
    if (r.section) { h += `<tr class="sect"><td colspan="5">${esc(r.section)}</td></tr>\n`; continue; }
    h += `<tr><td>${schoolDate(r.iso)} ${r.t}</td><td>${esc(r.cat)}</td><td>${esc(r.concern)}</td><td>${esc(r.action)}</td><td>${esc(r.staff)}</td></tr>\n`;
    if (r.cont) h += `<tr><td></td><td></td><td>${esc(r.cont)}</td><td></td><td></td></tr>\n`;
  }
  h += `</tbody>\n</table>\n<p style="font-size:10px;color:#666">MyConcern export &middot; OFFICIAL-SENSITIVE &middot; page 1 of 1</p>\n</body>\n</html>\n`;
  fs.writeFileSync(path.join(OUT, 'school.html'), h);
}

// =====================================================================
// Write maru-and-csc.md
// =====================================================================
{
  const row = (cells) => `| ${cells.join(' | ')} |`;
  let m = `# Kernow West Council - MARU and Children's Social Care: single-agency chronology, Child T\n\n`;
  m += `Prepared for the Trevellan CSPR. Period covered 01/08/2022 - 30/11/2023. Sources: MARU contact log; LCS case record. Author: Safeguarding Review Officer.\n\n`;
  m += `## MARU\n\n`;
  m += row(['Date', 'Source', 'Summary', 'Decision']) + '\n' + row(['---', '---', '---', '---']) + '\n';
  for (const r of maruRows) m += row([r.raw, r.src, r.sum, r.dec]) + '\n';
  m += `\n## Children's Social Care\n\n`;
  m += row(['Date', 'Source', 'Summary', 'Decision']) + '\n' + row(['---', '---', '---', '---']) + '\n';
  for (const r of cscRows) {
    m += row([r.date ? r.date.raw : r.raw, r.src, r.sum, r.dec]) + '\n';
    if (r.cont) m += row([' ', ' ', r.cont, ' ']) + '\n';
  }
  m += `\n_End of chronology. LCS ID withheld._\n`;
  fs.writeFileSync(path.join(OUT, 'maru-and-csc.md'), m);
}

// =====================================================================
// Write police.tsv
// =====================================================================
{
  const q = (s) => (/[\t\n"]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
  let t = ['Ref', 'Date', 'Time', 'Type', 'Narrative', 'Outcome'].join('\t') + '\n';
  for (const r of policeRows) t += [r.ref, r.raw, r.time, r.type, q(r.narr), q(r.outc)].join('\t') + '\n';
  fs.writeFileSync(path.join(OUT, 'police.tsv'), t);
}

// =====================================================================
// docx helpers
// =====================================================================
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel, Header, Footer, AlignmentType, PageNumber, ShadingType } = docx;
function cell(text, opts = {}) {
  return new TableCell({
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    shading: opts.head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, bold: !!opts.head, size: 19 })] })],
  });
}
function table(headers, widths, rows) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, { head: true, width: widths[i] })) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, { width: widths[i] })) })),
    ],
  });
}

// =====================================================================
// Write health.docx
// =====================================================================
{
  const chTable = [];
  for (const r of chRows) {
    chTable.push([r.date ? r.date.raw : r.raw, r.clin, r.contact, r.outc]);
    if (r.cont) chTable.push(['', '', '', r.cont]);
  }
  const doc = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'OFFICIAL-SENSITIVE: Trevellan CSPR - health chronology', size: 16 })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT], size: 16 })] })] }) },
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Health chronology - Child T (DOB 12/2008)')] }),
        new Paragraph({ children: [new TextRun({ text: 'Compiled by the Named Nurse for Safeguarding Children, Kernow Community Health, with Penhallow Surgery. Period 01/08/2022 - 30/11/2023. Entries summarised from EMIS Web and RiO / community paediatric records.', size: 20 })] }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('GP \u2013 Penhallow Surgery')] }),
        table(['Date', 'Seen by', 'Notes'], [14, 18, 68], gpRows.map((r) => [r.date ? r.date.raw : r.raw, r.by, r.notes])),
        new Paragraph({ children: [] }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('CAMHS / Community Paediatrics')] }),
        table(['Date', 'Clinician', 'Contact', 'Outcome'], [13, 20, 32, 35], chTable),
        new Paragraph({ children: [new TextRun({ text: 'End of health chronology.', italics: true, size: 18 })] }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, 'health.docx'), await Packer.toBuffer(doc));
}

// =====================================================================
// Write education-welfare.pdf (via .docx + LibreOffice)
// =====================================================================
{
  const paras = [];
  let num = 0;
  for (const p of ewoParas) {
    num++;
    const text = p.text ?? p.entries.map((e) => e.text).join(' ');
    paras.push(new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: `${num}.\t${text}`, size: 22 })] }));
  }
  const doc = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'OFFICIAL-SENSITIVE', size: 16 })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Kernow West Council - Attendance Service / EHE - page ', PageNumber.CURRENT], size: 16 })] })] }) },
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Kernow West Council \u2013 Education Attendance Service / Elective Home Education')] }),
        new Paragraph({ children: [new TextRun({ text: 'Single-agency chronology for the Trevellan CSPR: Child T. Author: EWO1, Education Welfare Officer and EHE Officer.', bold: true, size: 22 })] }),
        new Paragraph({ children: [] }),
        ...paras,
      ],
    }],
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'w6ewo-'));
  const src = path.join(tmp, 'education-welfare.docx');
  fs.writeFileSync(src, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, src], { stdio: 'ignore' });
  fs.rmSync(tmp, { recursive: true, force: true });
}

// =====================================================================
// gold.json and README.md
// =====================================================================
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

const byCode = {};
for (const g of gaps) byCode[g.code] = (byCode[g.code] || 0) + 1;
const perFile = files.map((f) => `${f.file}: ${entries.filter((e) => e.ref.startsWith(f.file + '#')).length}`).join('; ');
const readme = `# ${CASE}

Invented case for honest testing (child safeguarding practice review, Cornwall / far South West style; every person and place is fictional).

## The case
- **Child T**, girl, DOB 12/2008 (13 at the start, 14 for most of the period), lives with her **father Mr K** in Trevellan. **Mother Ms K** left the home in August 2022 after Mr K assaulted her (police call-out, NFA) and lives with her sister in Lanowen.
- **AM1 / "J"**, 19, T's "boyfriend", lives at Flat 3, 12 Harbour Row, Carnwyn.
- Review period **01/08/2022 - 30/11/2023** (about 15 months).

What happened: the school saw self-harm and heard of a 19-year-old "boyfriend" (Nov 2022) and referred to the MARU, which graded it as early help, never fed back and whose step-down never reached the Early Help Hub. CAMHS declined the GP's self-harm referral as low-level. The practice nurse and GP gave a 14-year-old contraception and later emergency contraception with the 19-year-old present, without a safeguarding referral. A second school referral led to a CSC single assessment that made no agency checks and closed the day before a late police PPN about T being found overnight at J's flat. Attendance fell and the father withdrew T into elective home education; the school told only the EHE team, which made no checks and never saw T in eight months. After a second missing episode, a police-CSC-only strategy discussion led to a s47 that also consulted neither GP nor education, and nobody told the EHE officer. In October police closed a welfare call in which the mother said T was scared of J. On 24/11/2023 T was found with serious head and facial injuries at J's flat.

## Files (${entries.length} entries: ${perFile})
- \`school.html\` - Trevellan Academy safeguarding log (MyConcern export): heading, paragraph, table Logged | Category | Concern | Action | Staff; one continuation row, one blank row, one section row.
- \`maru-and-csc.md\` - council chronology: "## MARU" and "## Children's Social Care" pipe tables (Date | Source | Summary | Decision); one continuation row; one "no involvement" period row (counted as an entry, date range).
- \`police.tsv\` - incident export Ref, Date, Time, Type, Narrative, Outcome; one quoted narrative spans two physical lines.
- \`health.docx\` - two tables: "GP \u2013 Penhallow Surgery" (Date | Seen by | Notes) and "CAMHS / Community Paediatrics" (Date | Clinician | Contact | Outcome; rows are camhs or paediatrics by clinician); one continuation row.
- \`education-welfare.pdf\` - Attendance Service / EHE officer's numbered narrative paragraphs (made from .docx); first date has the year, later ones do not; "The following week" is a relative date; the first and last three paragraphs are not entries.

## Case conventions
${Object.values(gold.conventions).map((s) => '- ' + s).join('\n')}
- Not scored: the Academy's referral to the Attendance Service marked safeguarding "none known" although the Academy had made two MARU referrals (both sides are "school").

## Gold summary
${gaps.length} gaps (${Object.entries(byCode).sort().map(([k, v]) => `${k} x${v}`).join(', ')}), ${decoys.length} decoys, ${duplicates.length} duplicate groups. Generated by \`/work/blind/generators/${CASE}.mjs\`.
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
console.log(`entries ${entries.length} (${perFile}); gaps ${gaps.length} ${JSON.stringify(byCode)}; decoys ${decoys.length}; dups ${JSON.stringify(duplicates)}`);
