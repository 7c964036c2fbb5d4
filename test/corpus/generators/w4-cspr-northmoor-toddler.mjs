// Generator for the invented CSPR case w4-cspr-northmoor-toddler.
// Writes the five agency files, gold.json and README.md into
// /work/blind/w4-cspr-northmoor-toddler/. Everything here is fictional.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import os from 'os';
import { execSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const ExcelJS = require('exceljs');
const docx = require('docx');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType,
  Footer, Header, AlignmentType, ShadingType, PageNumber,
} = docx;

const CASE = 'w4-cspr-northmoor-toddler';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const C = (w, d, t) => ({ with: w, direction: d, type: t });
const day = (raw, iso, uncertain = false) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain });
const span = (raw, from, to, precision, uncertain = false) => ({ raw, earliest: from, latest: to, precision, uncertain });
const WD = ['Sun', 'Mon', 'Tues', 'Weds', 'Thurs', 'Fri', 'Sat'];
const wdOf = (iso) => WD[new Date(iso + 'T12:00:00Z').getUTCDay()];
const ddmmyyyy = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; };
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const emisDate = (iso) => { const [y, m, d] = iso.split('-'); return `${d}-${MON[+m - 1]}-${y}`; };

// =====================================================================
// FILE 1: Children's Services (Liquidlogic-style) export, two sheets
// =====================================================================
const F1 = 'northmoor-childrens-services-lcs.xlsx';

// Sheet 1: Contacts & Referrals — Contact No. | Date Received | Source | Reason for Contact | Outcome / Decision | Referrer informed | Worker
const cscContacts = [
  { key: 'C1', iso: '2023-02-20', cells: ['CN-231044', 'Other LA – Mereford Children\'s Services (email)',
    'Notification of move: Ms W and Child N have moved to Hallowbridge, Northmoor (02/23). CIN plan (neglect, parental substance misuse) closed 19/01/23 – mother engaging with Mereford DAS. For information only.',
    'Info only. No current concerns reported. NFA – recorded on LCS.', 'N/A', 'IFD BSO2'],
    contacts: [C('csc', 'in', 'notification')], concerns: ['neglect', 'substance-misuse'] },
  { key: 'C2', iso: '2023-08-02', cells: ['CN-236711', 'Nursery – Tiddlywinks Day Nursery, Hallowbridge (DSL) – online portal',
    'Concerns re Child N presentation: nappy rash, hunger, clothing. Late collection x1 (03/07). Mother "tired". Mother on prescribed methadone.',
    'Level 2 – Universal Plus. See case note 04/08. Advice letter + Early Help leaflet to parent. Closed 04/08/23.', 'N', 'IFD SW4'],
    contacts: [C('school', 'in', 'referral'), C('family', 'out', 'letter')], concerns: ['neglect', 'substance-misuse'] },
  { key: 'C3', iso: '2023-08-18', cells: ['CN-237020', 'Ambulance Service (Pennine & Coast) – safeguarding portal ref SG-23-08811',
    'Child N (21m) head injury – fell against hearth, forehead laceration; approx 2 hr delay in calling; home conditions poor (dog faeces, smell of cannabis), mother drowsy, unnamed adult male present.',
    'Amber. Screened 21/08 (see CN). TM decision 23/08: C&F assessment – SW1 allocated.', 'Y', 'IFD SW4'],
    contacts: [C('ambulance', 'in', 'referral'), C('ambulance', 'out', 'information-share')], concerns: ['injury', 'neglect', 'substance-misuse'] },
  { key: 'C4', iso: '2023-11-27', cells: ['CN-239377', 'Ambulance Service (Pennine & Coast) – portal ref SG-23-11604',
    'Adult safeguarding / DA: Ms W facial injuries – ?assault by partner 24/11, refused conveyance. Child (2y) in household, asleep.',
    'Screened as adult DA concern – forwarded to Adult Social Care front door and Police DA Unit. No role for CSC. (EH step-down pending.)', 'N', 'IFD SW5'],
    contacts: [C('ambulance', 'in', 'referral'), C('asc', 'out', 'referral'), C('police', 'out', 'information-share')], concerns: ['domestic-abuse'] },
  { key: 'C5', iso: '2023-11-28', cells: ['CN-239410', 'Nursery – Tiddlywinks DSL (consultation line, phone)',
    'Advice sought: mother seen with bruised eye; child clingy, nappy rash again.',
    'Advised: linked to CN-239377 (adult DA – forwarded ASC/Police). No role for CSC – monitor; EH pending.', 'N/A', 'IFD SW5'],
    contacts: [C('school', 'in', 'phone-call')], concerns: ['domestic-abuse', 'neglect'] },
  { key: 'C6', iso: '2023-12-07', cells: ['CN-239802', 'Northmoor Pathways Recovery Service – RW2 – online referral',
    'Request for support: mother on methadone, partner also using; DA disclosed. "Family would benefit from support."',
    'Linked to CN-239377. TM2 consultation 08/12 – C&F assessment. Allocated SW3 15/12/23.', 'Y', 'IFD SW5'],
    contacts: [C('substance-misuse', 'in', 'referral'), C('substance-misuse', 'out', 'information-share')], concerns: ['substance-misuse', 'domestic-abuse'] },
  { key: 'C7', iso: '2024-01-27', time: '17:40', cells: ['CN-241115', 'Ambulance Service (Pennine & Coast) – tel. to EDT 17:40 + portal ref SG-24-01092',
    'Child N (2y) conveyed to SRI Children\'s ED – suspected ingestion of mother\'s methadone. Naloxone given by crew. Police attending.',
    'EDT – see case note 27/01. Strategy meeting 29/01/24.', 'Y', 'EDT1'],
    contacts: [C('ambulance', 'in', 'referral'), C('ambulance', 'out', 'information-share')], concerns: ['substance-misuse', 'injury'] },
  { key: 'C8', iso: '2024-01-29', cells: ['CN-241130', 'Police – PPU (PPN ref 24/0127/114)',
    'PPN: child (2) methadone ingestion at home address 27/01. Mother and partner (Mr D) arrested – child neglect; released under investigation.',
    'Linked to s47 (strategy 29/01).', 'N/A', 'IFD SW4'],
    contacts: [C('police', 'in', 'notification')], concerns: ['substance-misuse', 'criminality', 'neglect'] },
  { key: 'C9', iso: '2024-01-30', cells: ['CN-241187', 'Health – SRI Safeguarding Children Team (named nurse)',
    'CP medical 28/01 (Dr P): healing bruise L upper arm (unexplained), nappy dermatitis, weight 2nd centile (25th at 12m). Skeletal survey NAD.',
    'Added to s47 – SW3.', 'N/A', 'SW3'],
    contacts: [C('paediatrics', 'in', 'information-share')], concerns: ['injury', 'neglect', 'child-development'] },
];

// Sheet 2: Case Notes — Date | Type | Worker | Narrative
const cscNotes = [
  { key: 'K1', iso: '2023-08-04', time: '10:12', type: 'Contact Record', worker: 'SW4 (IFD)',
    text: 'IFD screening – nursery portal referral 02/08. T/c to mother: says N has a teething rash, nursery "fussing", she is on a methadone script and "stable". Late collection was a "one off, phone died". Previous: Mereford CIN closed 01/23 (CN-231044) – noted. No further checks – Level 2. Outcome: advice letter + EH leaflet to be sent; close.',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['substance-misuse'] },
  { key: 'K2', iso: '2023-08-21', time: '09:30', type: 'Contact Record', worker: 'SW4 (IFD)',
    text: 'Screening – ambulance portal referral 18/08 (head injury, delay, poor home conditions, mum drowsy). Previous contacts: Mereford CIN (closed 01/23); nursery 02/08 (L2). RAG Amber. Lateral checks requested by email: GP (Brackenfold MP), 0-19 HV, Tiddlywinks nursery.',
    contacts: [C('gp', 'out', 'information-request'), C('health-visiting', 'out', 'information-request'), C('school', 'out', 'information-request')], concerns: ['injury', 'neglect'] },
  { key: 'K3', iso: '2023-08-23', time: '14:00', type: 'Management Decision', worker: 'TM1',
    text: 'Checks returned – GP: registered 02/23, 3x WNB 1-yr imms, ED 18/08; mother on methadone via Pathways. 0-19: transfer-in contact 03/23 only, 12m review not done. Nursery: nappy rash/hunger/clothing since May, late collection 03/07, unknown male collecting. Decision: C&F assessment (45 days) – allocate SW1.',
    contacts: [C('gp', 'in', 'information-share'), C('health-visiting', 'in', 'information-share'), C('school', 'in', 'information-share')], concerns: ['non-engagement', 'substance-misuse', 'neglect'] },
  { key: 'K4', iso: '2023-08-25', time: '15:30', type: 'Home Visit', worker: 'SW1',
    text: 'Announced HV (C&F assessment). Mum + N seen. Adult male present ("Dee" – "a friend who stays sometimes"), left during visit, would not give surname/DOB. Lounge cluttered, dog mess cleaned up on arrival, no stair gate, hearth unguarded. N\'s forehead healing (glued). Mum: on methadone with Pathways, "doing great"; declined consent for SW to contact Pathways',
    cont: '(cont.) ("they\'ll just say I\'m fine"). Plan: 2nd visit unannounced; request nursery log.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect', 'substance-misuse', 'injury'] },
  { key: 'K5', iso: '2023-08-31', time: '11:10', type: 'Phone Call', worker: 'SW1',
    text: 'T/c to nursery DSL (KF, Tiddlywinks). Attendance ok-ish, some lateness. KF says nursery referred 11/07 AND 02/08 – only 02/08 on LCS, no trace of 11/07. KF unaware of outcome of 02/08 – explained closed L2. KF to email nursery log.',
    contacts: [C('school', 'out', 'phone-call')], concerns: [] },
  { key: 'K6', iso: '2023-09-01', time: '09:05', type: 'Case Note', worker: 'SW1',
    text: 'Nursery log rec\'d by email 31/08 – read. Concerns since May: hunger, nappy, clothing; non-collection 03/07 (mum smelt of cannabis); unknown male "Dee" collecting with mum 05/06. To discuss with mum.',
    contacts: [C('school', 'in', 'email')], concerns: ['neglect', 'substance-misuse'] },
  { key: 'K7', iso: '2023-09-12', time: '10:00', type: 'Home Visit', worker: 'SW1',
    text: 'Unannounced HV – no answer, curtains closed. Card left.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'K8', iso: '2023-09-19', time: '16:00', type: 'Home Visit', worker: 'SW1',
    text: 'Seen mum + N. Mum says "Dee" is Mr D, boyfriend, "doesn\'t live here". Declined to give his DOB/address – "he\'s nothing to do with you". Mum denies any DV or arguments. N: nappy rash, cream from GP. Play-based direct work. Without details cannot do PNC – not pursued.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'K9', iso: '2023-10-03', time: '14:30', type: 'Supervision', worker: 'TM1',
    text: 'Supervision SW1. Day 28 of assessment. Home conditions improved at last visit, mum engaging. Partner not resident per mum. No consent for Pathways – not pursued. No police checks (no details). Direction: complete by day 45, likely step-down to EH.',
    contacts: [], concerns: [] },
  { key: 'K10', iso: '2023-10-10', time: '14:05', type: 'Phone Call', worker: 'SW1',
    text: 'T/c from nursery DSL KF – mum\'s partner (Mr D) tried to collect N at 12.30, smelt of alcohol/cannabis, not on list – not released; MGM collected. Advised KF: right decision; will raise at step-down meeting 17/10.',
    contacts: [C('school', 'in', 'phone-call')], concerns: ['substance-misuse'] },
  { key: 'K11', iso: '2023-10-17', time: '10:00', type: 'Meeting', worker: 'SW1',
    text: 'Step-down meeting – Hallowbridge Family Hub. Present: SW1 (CSC), EHW1 (Early Help), HV2 (0-19 Service), KF (Tiddlywinks DSL), Ms W. Apologies: none. Agreed: C&F closes; step down to Early Help – EHW1 lead professional, TAF in 6 wks. KF raised 10/10 collection – mum: partner "won\'t collect again".',
    contacts: [C('early-help', 'both', 'conference'), C('health-visiting', 'both', 'conference'), C('school', 'both', 'conference')], concerns: [] },
  { key: 'K12', iso: '2023-10-24', time: '16:40', type: 'Assessment', worker: 'SW1',
    text: 'C&F assessment authorised (day 45). Analysis: neglect concerns re presentation now improving; mother in treatment and "stable"; no DA identified; partner not resident. Outcome: close to CSC – step-down to Early Help. EH request sent to Early Help Hub.',
    contacts: [C('early-help', 'out', 'referral')], concerns: ['neglect'] },
  { key: 'K13', iso: '2023-12-05', time: '11:20', type: 'Email', worker: 'IFD BSO2',
    text: 'Email from Early Help Hub: step-down request of 24/10 for N not yet allocated – on waiting list (capacity), est. Jan 24. EHW1 who attended 17/10 is not taking the case. Case remains closed to CSC.',
    contacts: [C('early-help', 'in', 'email')], concerns: [] },
  { key: 'K14', iso: '2023-12-08', time: '09:45', type: 'Management Decision', worker: 'TM2',
    text: 'Consultation – Pathways referral 07/12 read with ambulance DA referral 27/11. Partner now named: Mr D. Decision: C&F assessment (priority); police checks requested on Mr D (PPU). Allocate C&F team 2.',
    contacts: [C('police', 'out', 'information-request')], concerns: ['domestic-abuse', 'substance-misuse'] },
  { key: 'K15', iso: '2023-12-20', time: '14:30', type: 'Home Visit', worker: 'SW3',
    text: 'Unannounced – no access. Card left, text to mum.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], concerns: ['non-engagement'] },
  { key: 'K16', iso: '2024-01-04', time: '10:15', type: 'Checks', worker: 'SW3',
    text: 'Police (PPU) checks returned – Mr D: 2019 conviction PWITS (heroin); 3 DA incidents as perpetrator v ex-partner in Sladeworth 2020–22, children present – known to Sladeworth Children\'s Services. Request to Sladeworth CSC for history sent.',
    contacts: [C('police', 'in', 'information-share'), C('csc', 'out', 'information-request')], concerns: ['criminality', 'domestic-abuse', 'substance-misuse'] },
  { key: 'K17', iso: '2024-01-10', time: '13:00', type: 'Phone Call', worker: 'SW3',
    text: 'T/c to Pathways (RW2): mum on methadone, missed doses 27–29/12 – script suspended, restarted 05/01 at 50ml. Disclosed DA to them 30/11. RW2 to send written summary.',
    contacts: [C('substance-misuse', 'out', 'phone-call')], concerns: ['substance-misuse', 'domestic-abuse', 'non-engagement'] },
  { key: 'K18', iso: '2024-01-12', time: '11:00', type: 'Home Visit', worker: 'SW3',
    text: 'Seen mum + N. Mum says Mr D left "before Xmas". N quiet, thin, nappy rash. Kitchen – lockbox on worktop, mum says for her meds. Plan: next visit w/c 22/01; strategy discussion to be considered once Sladeworth history back.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'K19', iso: '2024-01-27', time: '17:45', type: 'EDT', worker: 'EDT1',
    text: 'Call from ambulance crew 17:40 – N (2y) being conveyed to SRI Children\'s ED, suspected methadone ingestion at home. EDT1 attended Children\'s Ward 19:30: N on naloxone infusion. Police (PC 2241) present. Spoke to mum and MGM. Telephone strategy discussion with Police (DS on call) 20:15 – agreed s47; N to MGM on discharge, no unsupervised contact with mum/Mr D. Full strategy meeting Mon 29/01.',
    contacts: [C('ambulance', 'in', 'phone-call'), C('paediatrics', 'out', 'other'), C('family', 'out', 'other'), C('police', 'both', 'strategy-discussion')], concerns: ['substance-misuse', 'injury'] },
  { key: 'K20', iso: '2024-01-29', time: '10:00', type: 'Strategy Discussion', worker: 'TM2',
    text: 'Strategy meeting (Teams). Chair TM2. Present: SW3 (CSC), DS1 (Police PPU), Dr P (Consultant Paediatrician, SRI), HV2 (0-19 Service), KF (Tiddlywinks DSL), RW2 + TL (Pathways Recovery), Dr Ashworth (GP, first 20 mins). Info shared incl. May 23 overdose (ambulance/ED), Sept 23 DA disclosure to GP, Nov 23 assault, Mereford CIN, Mr D\'s history, take-home doses reinstated 18/01. Outcome: s47 (joint with Police), CP medical done 28/01, ICPC. N to stay with MGM (safety plan).',
    contacts: ['police', 'paediatrics', 'health-visiting', 'school', 'substance-misuse', 'gp'].map((a) => C(a, 'both', 'strategy-discussion')),
    concerns: ['substance-misuse', 'domestic-abuse', 'injury'] },
  { key: 'K21', iso: '2024-02-07', time: '15:00', type: 's47 Outcome', worker: 'TM2',
    text: 's47 concluded: concerns substantiated – neglect and physical harm (methadone ingestion); unexplained bruise L arm. ICPC booked 16/02/24 – invitations sent to Police PPU, GP, 0-19, nursery, Pathways, SRI paediatrics. Parents to be invited by SW3.',
    contacts: ['police', 'gp', 'health-visiting', 'school', 'substance-misuse', 'paediatrics'].map((a) => C(a, 'out', 'notification')),
    concerns: ['neglect', 'injury', 'substance-misuse'] },
];

// =====================================================================
// FILE 2: Nursery safeguarding log (CSV)
// Date | Staff | Category | What happened | Action taken | Passed to DSL (Y/N)
// =====================================================================
const F2 = 'tiddlywinks-nursery-log.csv';
const nursery = [
  { key: 'N1', raw: '18/04/23', iso: '2023-04-18', cells: ['KF', 'Admission', 'Settling-in session, NW + mum. Reg form: lives w/ mum, Hallowbridge. Mum says had SW in Mereford "but that\'s closed". Collection list: mum, MGM. GP Brackenfold. HV "not seen one here yet".', 'Admission pack filed.', 'Y'],
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'N2', raw: '02/05/23', iso: '2023-05-02', cells: ['LB', 'Welfare', 'NW arrived with v full nappy, strong smell + nappy rash. V hungry at breakfast – 3 bowls cereal. Same clothes as Fri.', 'Changed, cream applied (consent on form). Spoke to mum at pick-up – said ran out of nappies.', 'Y'],
    contacts: [C('family', 'out', 'other')], concerns: ['neglect'] },
  { key: 'N3', raw: '12/05/23', iso: '2023-05-12', time: '09:30', cells: ['LB', 'Absence', 'NW not in, no call. Rang mum 9.30 – no answer. MGM rang 11.00 – NW is with her, "mum not well".', 'Marked absent (illness).', 'N'],
    contacts: [C('family', 'attempted', 'phone-call'), C('family', 'in', 'phone-call')], concerns: [] },
  { key: 'N4', raw: '22.05/23', iso: '2023-05-22', uncertain: true, time: '10:20', cells: ['LB', 'Lateness', 'Late again 10.20 – 3rd time this month.', 'Reminded mum re session times at pick-up.', 'N'],
    contacts: [C('family', 'out', 'other')], concerns: [] },
  { key: 'N5', raw: '05/06/23', iso: '2023-06-05', time: '17:40', cells: ['KF', 'Collection', 'Mum collected 5.40 with a man – "Dee" – not on collection list. Mum said he\'s a friend, "he\'s fine". NW went to him happily.', 'Reminded mum only listed adults can collect. Mum declined to add him to list.', 'Y'],
    contacts: [C('family', 'out', 'other')], concerns: [] },
  { key: 'N6', raw: '26/06/23', iso: '2023-06-26', cells: ['LB', 'Welfare', 'NW in wet vest only under coat, no nappy bag. Hungry. Small scab R cheek – mum said "the dog".', 'Body map completed. DSL informed.', 'Y'],
    cont: 'contd – KF checked: scab approx 1cm, healing. No other marks seen.',
    contacts: [], concerns: ['neglect', 'injury'] },
  { key: 'N7', raw: '03/07/23', iso: '2023-07-03', time: '18:00', cells: ['LB', 'Non-collection', 'Not collected at 6pm close. Rang mum x4 – no ans. Rang MGM – at work till 7. Mum arrived 6.55, smelt strongly of cannabis, said phone had died. NW stayed w/ KF + LB.', 'Late collection form. DSL.', 'Y'],
    contacts: [C('family', 'attempted', 'phone-call'), C('family', 'out', 'phone-call')], concerns: ['neglect', 'substance-misuse'] },
  { key: 'N8', raw: '11/07/23', iso: '2023-07-11', time: '14:20', cells: ['KF', 'Referral', 'Referral to Northmoor Integrated Front Door (online form) – presentation concerns x4 since May (nappy/hunger/clothing), non-collection 3/7 + mum smelt of cannabis, unknown male "Dee" collecting. Mum told us she is on methadone.', 'Submitted 14.20. No auto-confirmation email rec\'d – will check.', 'Y'],
    contacts: [C('mash', 'out', 'referral')], concerns: ['neglect', 'substance-misuse'] },
  { key: 'N9', raw: '17/07/23', iso: '2023-07-17', cells: ['LB', 'Welfare', 'NW v hungry – 2 lunches. Nappy rash bleeding in places.', 'Cream. DSL told – KF: awaiting IFD.', 'Y'],
    contacts: [], concerns: ['neglect'], blankAfter: true },
  { key: 'N10', raw: '2/8/23', iso: '2023-08-02', time: '15:05', cells: ['KF', 'DSL follow-up', 'Rang IFD re our referral of 11/7 – no record of it on their system. Asked to resubmit.', 'Resubmitted via portal 15.05 – confirmation email rec\'d.', 'Y'],
    contacts: [C('mash', 'out', 'phone-call'), C('mash', 'out', 'referral'), C('mash', 'in', 'email')], concerns: [] },
  { key: 'N11', raw: '21/08/23', iso: '2023-08-21', cells: ['LB', 'Injury', 'NW in w/ glue on forehead – mum said fell on fireplace Fri, ambulance came, hospital.', 'Body map. DSL aware.', 'Y'],
    contacts: [], concerns: ['injury'] },
  { key: 'N12', raw: '21/08/23', iso: '2023-08-21', cells: ['KF', 'DSL follow-up', 'Emailed IFD asking for outcome of 2/8 referral – nothing heard.', 'Chase next wk.', 'Y'],
    contacts: [C('mash', 'out', 'email')], concerns: [] },
  { key: 'N13', raw: '22/08/23', iso: '2023-08-22', cells: ['KF', 'Info request', 'Email from IFD requesting info re NW (checks). Replied same day w/ summary of log.', '–', 'Y'],
    contacts: [C('mash', 'in', 'information-request'), C('mash', 'out', 'information-share')], concerns: [] },
  { key: 'N14', raw: '31/08/23', iso: '2023-08-31', cells: ['KF', 'Info from SW', 'Call from SW1 (Children\'s Services) – doing assessment after ambulance referral. Asked re attendance/presentation. KF told SW about our 11/7 + 2/8 referrals – SW said only 2/8 on system and it was "closed at level 2 – advice re nappy rash". No outcome was ever sent to nursery.', 'Log copy emailed to SW1.', 'Y'],
    contacts: [C('csc', 'in', 'phone-call'), C('csc', 'out', 'email')], concerns: [] },
  { key: 'N15', raw: '13/09/23', iso: '2023-09-13', cells: ['LB', 'Attendance', 'NW absent Mon–Wed (11–13/9), no call.', 'Rang mum x2 – no answer.', 'N'],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'N16', raw: '10/10/23', iso: '2023-10-10', time: '12:30', cells: ['KF/LB', 'Collection', 'Man (Mr D, "mum\'s partner") came for NW 12.30 – not on list, smelt of alcohol + cannabis. Not released. KF rang mum – said he could take him. Still not released. KF rang MGM – collected 1.15.', 'Incident form. KF rang SW1 (CSC) 2.05pm – SW aware of partner, will raise at step-down mtg next wk.', 'Y'],
    contacts: [C('family', 'out', 'phone-call'), C('csc', 'out', 'phone-call')], concerns: ['substance-misuse'] },
  { key: 'N17', raw: '17/10/23', iso: '2023-10-17', cells: ['KF', 'Meeting', 'Step-down mtg at Hallowbridge Family Hub – SW1 (CSC), EHW1 (Early Help), HV2 (0-19), KF, mum. CSC closing, Early Help to be lead prof. TAF in 6 wks. KF raised 10/10.', 'Await EH worker contact.', 'Y'],
    contacts: [C('csc', 'both', 'conference'), C('early-help', 'both', 'conference'), C('health-visiting', 'both', 'conference')], concerns: [] },
  { key: 'N18', raw: '06/11/23', iso: '2023-11-06', cells: ['LB', 'Attendance', 'NW absent all last wk (30/10–3/11), no contact from mum. Rang – no ans, left VM.', 'No EH worker details yet – nobody to pass to.', 'N'],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'N19', raw: '20/11/23', iso: '2023-11-20', cells: ['KF', 'Attendance', 'Attendance since half term approx 40%. Mum says "forgot" / "NW poorly".', 'Will raise at TAF when EH arrange. Still no EH contact.', 'Y'],
    contacts: [], concerns: ['non-engagement'] },
  { key: 'N20', raw: '27/11/23', iso: '2023-11-27', cells: ['LB', 'Welfare', 'NW in. Mum has yellow/green bruise round R eye – said "walked into a door". NW v clingy, bit another child. Nappy rash again.', 'DSL informed.', 'Y'],
    contacts: [], concerns: ['domestic-abuse', 'neglect'] },
  { key: 'N21', raw: '28/11/23', iso: '2023-11-28', cells: ['KF', 'Advice call', 'Rang IFD consultation line re mum\'s bruising. Told IFD had a referral from ambulance at w/e – "adult DA, passed to Adult Social Care + police, no role for CSC". Advised monitor, EH pending.', 'Monitoring.', 'Y'],
    contacts: [C('mash', 'out', 'phone-call')], concerns: ['domestic-abuse'] },
  { key: 'N22', raw: '11/12/23', iso: '2023-12-11', cells: ['LB', 'Attendance', 'NW not in since 4/12. Text from mum – "chest infection".', 'Noted.', 'N'],
    contacts: [C('family', 'in', 'other')], concerns: [] },
  { key: 'N23', raw: '08/01/24', iso: '2024-01-08', cells: ['KF', 'Welfare', 'NW back – 1st day since 1/12. Thinner, nappy rash, hair matted, clothes too small. Mum says "new start".', 'DSL. EH still not allocated – KF emailed Early Help Hub to chase.', 'Y'],
    contacts: [C('early-help', 'out', 'email')], concerns: ['neglect'] },
  { key: 'N24', raw: '29/01/24', iso: '2024-01-29', cells: ['KF', 'Meeting', 'Strategy meeting (Teams) re NW – admitted to hospital Sat, swallowed mum\'s methadone. Present: SW3 + TM2 (CSC), DS1 (Police), Dr P (paeds), HV2, GP (Dr Ashworth), RW2 (Pathways), KF.', 'KF shared full log. NW not to attend until further notice – with MGM.', 'Y'],
    contacts: ['csc', 'police', 'paediatrics', 'health-visiting', 'gp', 'substance-misuse'].map((a) => C(a, 'both', 'strategy-discussion')),
    concerns: ['substance-misuse', 'injury'] },
];

// =====================================================================
// FILE 3: GP practice EMIS-style consultation list (DOCX)
// =====================================================================
const F3 = 'brackenfold-gp-emis.docx';
const gpChild = [
  { key: 'P1', iso: '2023-02-09', time: '11:05', who: 'Mrs J Holt (Administration)', lines: [
    'Comment: New patient registration – moved from Mereford with mother. Previous records requested (PCSE).',
    'Plan: Summariser – 1-yr immunisations (MMR1, Hib/MenC, PCV & MenB boosters) not yet given – invite letter sent.'],
    contacts: [C('other', 'out', 'information-request'), C('family', 'out', 'letter')], concerns: [] },
  { key: 'P2', iso: '2023-03-02', time: '09:40', who: 'Nurse P Lomax (Practice Nurse)', lines: [
    'History: 1-yr immunisations – child not brought (WNB).',
    'Plan: Rebook; letter to parent.'],
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'P3', iso: '2023-03-27', time: '08:50', who: 'Dr R Ashworth (Telephone)', lines: [
    'History: ePCR notification from ambulance service – called 26/03 for ?febrile convulsion, not conveyed. T/c mum: N well today, temp settled, eating and drinking.',
    'Examination: n/a (telephone).',
    'Plan: Fever advice + leaflet by SMS; safety-netted.'],
    contacts: [C('ambulance', 'in', 'notification'), C('family', 'out', 'phone-call')], concerns: [] },
  { key: 'P4', iso: '2023-04-13', time: '10:10', who: 'Nurse P Lomax (Practice Nurse)', lines: [
    'History: Imms clinic – WNB (2nd).',
    'Plan: Letter to parent; task to GP for info.'],
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'P5', iso: '2023-06-06', time: '09:15', who: 'Nurse P Lomax (Practice Nurse)', lines: [
    'History: Imms – WNB (3rd). Coded: Child not brought to appointment.',
    'Plan: Per practice WNB policy – 3rd letter to parent; removed from imms recall pending parent contact.'],
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'P6', iso: '2023-08-21', time: '16:05', who: 'Dr S Mensah (Administration)', lines: [
    'Document: SRI Children\'s ED attendance letter – 18/08/23 by ambulance, 2cm forehead laceration (fall against hearth), glued. Approx 2 hr delay noted. ED safeguarding checklist done – ambulance crew referral to IFD noted.',
    'Plan: Filed, coded A&E attendance.'],
    contacts: [C('ed', 'in', 'letter')], concerns: ['injury'] },
  { key: 'P7', iso: '2023-08-23', time: '11:40', who: 'Dr S Mensah (Administration)', lines: [
    'Document: Request for information from Northmoor Children\'s Services (Integrated Front Door), sent 21/08 – s17 checks re N.',
    'Plan: Reply sent by secure email today: registered 02/23, 3x WNB 1-yr imms, ED 18/08. Mother on methadone (Pathways prescribe, not practice).'],
    contacts: [C('mash', 'in', 'information-request'), C('mash', 'out', 'information-share')], concerns: ['non-engagement', 'substance-misuse'] },
  { key: 'P8', iso: '2023-09-14', time: '10:20', who: 'Dr R Ashworth (Face to face)', lines: [
    'History: Mum brought N – nappy rash 2 wks, bleeding.',
    'Examination: Severe excoriated nappy rash with satellite lesions. Grubby, clothes small. Wt 10.1kg (25th → 2nd centile).',
    'Plan: Clotrimazole + barrier cream; review 2/52. Imms – mum to book.'],
    contacts: [C('family', 'in', 'attendance')], concerns: ['neglect', 'child-development'] },
  { key: 'P9', iso: '2023-09-29', time: '09:30', who: 'Dr R Ashworth (Face to face)', lines: [
    'History: Nappy rash review – WNB.',
    'Plan: Nil further – mum to rebook if needed.'],
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'P10', iso: '2023-11-09', time: '09:00', who: 'Mrs J Holt (Administration)', lines: [
    'Document: Letter from 0-19 Service (Health Visiting) – 2-2½ yr review: not brought, re-offered 23/11.',
    'Plan: Filed, no action.'],
    contacts: [C('health-visiting', 'in', 'letter')], concerns: ['non-engagement'] },
  { key: 'P11', iso: '2024-01-29', time: '10:00', who: 'Dr R Ashworth (Meeting)', lines: [
    'Comment: Strategy meeting (Teams) re N – attended first 20 mins. Present: CSC SW3 + TM2 (chair), Police DS1, Dr P (paeds, SRI), HV2, nursery DSL, Pathways RW2/TL. Shared: 3x WNB imms, Sept nappy rash + weight drop, mother\'s OD 12/05/23 (ED letter), DA disclosure 19/09/23, sertraline.',
    'Plan: CP alert; code "Child is cause for concern".'],
    contacts: ['csc', 'police', 'paediatrics', 'health-visiting', 'school', 'substance-misuse'].map((a) => C(a, 'both', 'strategy-discussion')),
    concerns: ['non-engagement', 'neglect', 'substance-misuse', 'domestic-abuse'] },
  { key: 'P12', iso: '2024-01-31', time: '15:10', who: 'Mrs J Holt (Administration)', lines: [
    'Document: SRI discharge summary (Children\'s Ward) – admitted 27/01/24 methadone ingestion, naloxone infusion 18 hrs; discharged 29/01 to MGM under safety plan. CP medical: healing bruise L upper arm, nappy dermatitis, wt 2nd centile.',
    'Plan: Coded child protection concern; alert added.'],
    contacts: [C('paediatrics', 'in', 'letter')], concerns: ['substance-misuse', 'injury', 'neglect', 'child-development'] },
];
const gpMother = [
  { key: 'P13', iso: '2023-02-09', time: '11:20', who: 'Mrs J Holt (Administration)', lines: [
    'Comment: New registration (with son). On methadone 60ml daily – prescribed by Mereford DAS, transferring to Northmoor Pathways; not prescribed by practice.',
    'Plan: Add "drug misuser – OST" code.'],
    contacts: [], concerns: ['substance-misuse'] },
  { key: 'P14', iso: '2023-05-15', time: '12:05', who: 'Dr S Mensah (Administration)', lines: [
    'Document: SRI ED discharge summary – brought in by ambulance 12/05/23: opiate overdose (heroin on top of methadone), naloxone x2 by crew. Self-discharged after 3 hrs against advice. Social hx: lives with son (18 months) – son with MGM. Safeguarding referral: not made.',
    'Plan: Noted – no action required. Filed.'],
    contacts: [C('ed', 'in', 'letter')], concerns: ['substance-misuse'] },
  { key: 'P15', iso: '2023-06-22', time: '14:40', who: 'Dr C Quayle (Telephone)', lines: [
    'History: Low mood, poor sleep, "stress – new partner moved in". PHQ-9 14. No SI.',
    'Plan: NHS Talking Therapies self-referral details by SMS; r/v 4/52.'],
    contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'P16', iso: '2023-09-19', time: '11:45', who: 'Dr C Quayle (Face to face)', lines: [
    'History: Mood worse, tearful. Partner (Mr D) "gets nasty when he\'s using" – pushed her against wall last week. Says son not there at the time. Does not want police.',
    'Examination: 3cm fading bruise L upper arm. PHQ-9 19, no SI/plans.',
    'Plan: Sertraline 50mg od; DA helpline no. given; r/v 2/52.'],
    contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'parental-mental-health', 'substance-misuse'] },
  { key: 'P17', iso: '2023-10-04', time: '16:10', who: 'Dr C Quayle (Telephone)', lines: [
    'History: R/v – mood "a bit better", says partner "calmer". Tolerating sertraline.',
    'Plan: Continue; r/v 4/52.'],
    contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'P18', iso: '2023-11-14', time: '10:30', who: 'Dr C Quayle (Telephone)', lines: [
    'History: Planned r/v – tried x2, no answer.',
    'Plan: SMS to rebook.'],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'P19', iso: '2023-11-27', time: '09:10', who: 'Mrs J Holt (Administration)', lines: [
    'Document: Ambulance ePCR notification – attended 24/11/23 23:14, facial injury, pt states assaulted by partner; refused conveyance; crew made safeguarding referral.',
    'Plan: For Dr Quayle to review at next appt.'],
    contacts: [C('ambulance', 'in', 'notification')], concerns: ['domestic-abuse'] },
  { key: 'P20', iso: '2023-12-04', time: '11:00', who: 'Dr C Quayle (Face to face)', lines: [
    'History: Low mood; says partner has left. Son "fine, at nursery".',
    'Examination: Tearful. Bruising resolved. PHQ-9 17.',
    'Plan: Sertraline increased to 100mg; DA service number given again; r/v 4/52.'],
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'domestic-abuse'] },
];

// =====================================================================
// FILE 4: Ambulance service ePCR summary (DOCX -> PDF)
// =====================================================================
const F4 = 'pcas-epcr-summary.pdf';
const amb = [
  { key: 'A1', iso: '2023-03-26', time: '19:02', fields: [
    ['Incident no', 'PCAS-23-0326-1187'], ['Date', '26/03/2023'], ['Time of call', '19:02'], ['Category', 'Cat 2'],
    ['Patient', 'Child N (16 months)'], ['Location', 'Home address, Hallowbridge'],
    ['Presenting complaint', 'Toddler "fitting" per mother, high temperature – ?febrile convulsion'],
    ['Findings', 'Alert, playing. Temp 38.9. No further seizure activity – resolved before arrival (approx 1 min per mum). Mother appropriate, home tidy, child well cared for.'],
    ['Treatment', 'Antipyretic advice. Worsening advice given.'],
    ['Safeguarding referral made (Y/N)', 'N – no concerns identified'],
    ['Conveyed to', 'Not conveyed – see and treat; ePCR notification to GP (Brackenfold Medical Practice)'],
    ['Crew', 'Paramedic 1, ECA 1']],
    contacts: [C('family', 'out', 'other'), C('gp', 'out', 'notification')], concerns: [] },
  { key: 'A2', iso: '2023-05-12', time: '07:52', fields: [
    ['Incident no', 'PCAS-23-0512-0417'], ['Date', '12/05/2023'], ['Time of call', '07:52'], ['Category', 'Cat 1'],
    ['Patient', 'Ms W (adult female, 27)'], ['Location', 'Home address, Hallowbridge'],
    ['Presenting complaint', 'Unresponsive female – ?opiate overdose'],
    ['Findings', 'GCS 6, RR 6, pinpoint pupils, foil/paraphernalia on bedside table. Pt states takes methadone, "had a bit of gear". Toddler (approx 18 months) in cot in same room, awake and crying, heavily soiled nappy. MGM arrived while crew on scene and took child.'],
    ['Treatment', 'Naloxone 400mcg IM x2 – GCS 14. O2.'],
    ['Safeguarding referral made (Y/N)', 'N – child left with family member (MGM)'],
    ['Conveyed to', 'Sladeworth Royal Infirmary ED'],
    ['Crew', 'Paramedic 2, EMT 1']],
    contacts: [C('family', 'out', 'other'), C('ed', 'out', 'other')], concerns: ['substance-misuse', 'neglect'] },
  { key: 'A3', iso: '2023-08-18', time: '18:26', fields: [
    ['Incident no', 'PCAS-23-0818-1502'], ['Date', '18/08/2023'], ['Time of call', '18:26'], ['Category', 'Cat 3'],
    ['Patient', 'Child N (21 months)'], ['Location', 'Home address, Hallowbridge'],
    ['Presenting complaint', 'Head injury – fell against fireplace hearth, laceration to forehead'],
    ['Findings', '2cm laceration L forehead, GCS 15, crying appropriately, no LOC reported. Delay approx 2 hrs before call (mum "didn\'t think it was bad"). Home: dog faeces on lounge floor, strong smell of cannabis, no stair gate; mother appeared drowsy. Adult male (partner) present, declined to give name.'],
    ['Treatment', 'Wound dressed. Observations stable.'],
    ['Safeguarding referral made (Y/N)', 'Y – online referral to Northmoor Integrated Front Door via Trust safeguarding portal, ref SG-23-08811'],
    ['Conveyed to', 'Sladeworth Royal Infirmary – Children\'s ED'],
    ['Crew', 'Paramedic 3, ECA 2']],
    contacts: [C('family', 'out', 'other'), C('mash', 'out', 'referral'), C('ed', 'out', 'other')], concerns: ['injury', 'neglect', 'substance-misuse'] },
  { key: 'A4', iso: '2023-11-24', time: '23:14', fields: [
    ['Incident no', 'PCAS-23-1124-2281'], ['Date', '24/11/2023'], ['Time of call', '23:14'], ['Category', 'Cat 3'],
    ['Patient', 'Ms W (adult female, 27)'], ['Location', 'Home address, Hallowbridge'],
    ['Presenting complaint', 'Facial injury – ?assault'],
    ['Findings', 'Swelling and bruising R cheek/eye, cut lip. Pt states partner punched her, then says she "fell". Partner left prior to crew arrival. Toddler asleep in bedroom (seen by crew). Pt refused conveyance – has capacity. Police not requested by pt; crew advised.'],
    ['Treatment', 'Cold compress, analgesia advice.'],
    ['Safeguarding referral made (Y/N)', 'Y – adult safeguarding (domestic abuse) and child in household – referral via portal to Northmoor IFD, ref SG-23-11604'],
    ['Conveyed to', 'Not conveyed (refused) – see and treat'],
    ['Crew', 'Paramedic 1, EMT 2']],
    contacts: [C('family', 'out', 'other'), C('mash', 'out', 'referral')], concerns: ['domestic-abuse'] },
  { key: 'A5', iso: '2024-01-27', time: '16:48', fields: [
    ['Incident no', 'PCAS-24-0127-1644'], ['Date', '27/01/2024'], ['Time of call', '16:48'], ['Category', 'Cat 1'],
    ['Patient', 'Child N (2 yrs 2 months)'], ['Location', 'Home address, Hallowbridge'],
    ['Presenting complaint', 'Drowsy / unresponsive toddler – ?ingestion of mother\'s methadone'],
    ['Findings', 'GCS 9, pinpoint pupils, RR 10, SpO2 89%. Empty take-home methadone bottle on kitchen floor, lockbox open. Mother states N "got hold of it" while she was asleep on the sofa. Partner (Mr D) present.'],
    ['Treatment', 'Naloxone 100mcg IM, repeated – GCS 13. O2. Pre-alert to Children\'s ED.'],
    ['Safeguarding referral made (Y/N)', 'Y – Police requested to scene (log 1127 27/01). Tel. referral to Northmoor Children\'s Services EDT 17:40; portal ref SG-24-01092'],
    ['Conveyed to', 'Sladeworth Royal Infirmary – Children\'s ED (resus)'],
    ['Crew', 'Paramedic 4, Paramedic 2']],
    contacts: [C('family', 'out', 'other'), C('police', 'out', 'notification'), C('csc', 'out', 'referral'), C('ed', 'out', 'other')],
    concerns: ['substance-misuse', 'injury', 'neglect'] },
];

// =====================================================================
// FILE 5: Drug and alcohol recovery service key-worker notes (TXT)
// =====================================================================
const F5 = 'pathways-recovery-keyworker-notes.txt';
// d: day entries get an auto weekday prefix "Tues 14/3"; raw overrides for vague dates
const rec = [
  { year: 2023 },
  { key: 'R1', iso: '2023-03-02', text: 'Transfer in from Mereford Drug & Alcohol Service (Castlegate hub). Transfer summary rec\'d by email – 1 page: methadone 60ml daily, supervised consumption, "stable, engaging". Nothing re dependants / risk mgmt plan. RW1 emailed Mereford asking for full notes + risk assessment.',
    contacts: [C('substance-misuse', 'in', 'information-share'), C('substance-misuse', 'out', 'information-request')], concerns: ['substance-misuse'] },
  { key: 'R2', iso: '2023-03-14', text: 'Comprehensive assessment (RW1) at hub. Lives Hallowbridge, 2-bed HA flat, with son N (16 months). "Had a social worker in Mereford but it\'s closed." Using on top occasionally – heroin 1–2x/wk. UDS +ve opiates/methadone. Wants take-homes – pharmacy "a trek with the pram".',
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'R3', iso: '2023-03-29', text: 'NMP1 review. Script 60ml. Agreed step to 3x weekly pick-up (take-homes) from 10/4 – UDS neg heroin x2. Safe storage leaflet given; lockable box to be issued. Home visit to check storage to be arranged.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'R4', iso: '2023-04-17', text: 'Tried to ring for check-in x2, no answer. Text sent.',
    contacts: [C('family', 'attempted', 'phone-call'), C('family', 'out', 'other')], concerns: ['non-engagement'] },
  { key: 'R5', iso: '2023-04-20', text: 'Seen at hub. Collected lockbox. New partner "D" staying some nights – "he\'s clean, on a script in Sladeworth". Storage HV still not done.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'R6', raw: 'end of May', date: span('end of May', '2023-05-21', '2023-05-31', 'range'),
    text: 'Ms W rang to cancel KW appt. Said she "had a slip" a couple of weeks ago – heroin on top of her meth, "ended up in A&E", fine now. N was "with my mum". RW1 d/w TL in supervision: naloxone kit re-issued, OD awareness; keep take-homes 3x wkly and monitor. No referral made.',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['substance-misuse'] },
  { key: 'R7', raw: 'mid-June', date: span('mid-June', '2023-06-11', '2023-06-20', 'range'),
    text: 'Full notes from Mereford DAS finally rec\'d by post (38 pages). Show: Mereford CSC CIN plan for N (neglect) until 01/23; signed safe storage agreement – take-homes only allowed with lockbox + HV check.',
    wrap: 'None of this was on the transfer summary. RW1 to arrange home visit.',
    contacts: [C('substance-misuse', 'in', 'letter')], concerns: ['neglect', 'substance-misuse'] },
  { key: 'R8', iso: '2023-06-23', time: '11:00', text: 'HV (RW1). Mr D answered door, Ms W in bed at 11am. Flat v cluttered, strong smell of cannabis, N in nappy only, on floor near ashtray. Lockbox seen – lid doesn\'t lock ("he broke it"). Ms W says Mr D living there now. He would not give consent for us to contact his prescriber (Sladeworth Recovery). Advice re storage given.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['substance-misuse', 'neglect'] },
  { key: 'R9', iso: '2023-07-04', text: 'KW session. UDS +ve heroin + cocaine. NMP1 agreed take-homes stopped – back to daily supervised. Ms W angry, said she\'d "go back to Mereford".',
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'R10', iso: '2023-07-13', text: 'DNA KW appt. DNA letter sent.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'R11', raw: 'Aug', date: span('Aug', '2023-08-01', '2023-08-31', 'month'),
    text: 'No KW contact (RW1 on leave 7/8–25/8). Pharmacy confirms all supervised doses taken.',
    contacts: [C('other', 'in', 'information-share')], concerns: [] },
  { key: 'R12', iso: '2023-09-11', text: 'Seen (RW1\'s last session). Ms W says a SW from Children\'s Services came out in Aug "about N banging his head" – "just an accident, all sorted". No contact from CSC to this service. Consents to us speaking to SW "if they ring". Case to RW2.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['injury'] },
  { key: 'R13', iso: '2023-09-26', text: 'RW2 1st session. Ms W low, says Mr D "kicking off" when he\'s using, "walking on eggshells". Declined DA service details. Wants take-homes back – RW2 to raise with NMP1.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'parental-mental-health', 'substance-misuse'] },
  { key: 'R14', iso: '2023-10-05', text: 'NMP1 review. UDS neg heroin x3. Take-homes reinstated 2x weekly (Mon/Thu). Says lockbox "replaced" – not seen.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'R15', iso: '2023-10-20', text: 'DNA. Rang – no answer.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'R16', iso: '2023-10-30', text: 'Seen with Mr D present throughout; he answered most questions. Bruise L cheek – Ms W says "walked into cupboard door". Not able to see her alone. N at nursery.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse'] },
  { key: 'R17', raw: '?3/11', date: day('?3/11', '2023-11-03', true),
    text: '(entered late – date approx) Ms W rang: take-home bottle "dropped and smashed", asked for replacement. Declined per policy.',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['substance-misuse'] },
  { key: 'R18', iso: '2023-11-08', text: 'Cragley Rd pharmacy rang: Ms W collected take-homes with N, "N climbing on counter, mum very drowsy". Noted on file.',
    contacts: [C('other', 'in', 'phone-call')], concerns: ['substance-misuse'] },
  { key: 'R19', raw: 'w/c 20/11', date: span('w/c 20/11', '2023-11-20', '2023-11-26', 'week'),
    text: 'RW2 off sick, no KW contact.', contacts: [], concerns: [] },
  { key: 'R20', iso: '2023-11-30', text: 'Ms W attended hub unannounced, tearful. Says Mr D punched her last Fri, ambulance came, she wouldn\'t go to hosp. N was asleep. Wants him out. Referral to Northmoor Domestic Abuse Service made with consent (online). D/w TL – agreed to refer to Integrated Front Door.',
    contacts: [C('family', 'in', 'attendance'), C('da-service', 'out', 'referral')], concerns: ['domestic-abuse', 'parental-mental-health'] },
  { key: 'R21', iso: '2023-12-07', text: 'Referral to IFD sent (online): "mum on methadone, partner also using, DA disclosed – family would benefit from support".',
    contacts: [C('mash', 'out', 'referral')], concerns: ['substance-misuse', 'domestic-abuse'] },
  { key: 'R22', iso: '2023-12-29', text: 'Pharmacy rang: 3 consecutive missed doses (27–29/12) – script suspended per policy, needs NMP review. Tried Ms W – phone off.',
    contacts: [C('other', 'in', 'phone-call'), C('family', 'attempted', 'phone-call')], concerns: ['non-engagement', 'substance-misuse'] },
  { year: 2024 },
  { key: 'R23', iso: '2024-01-02', text: 'DNA KW.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'R24', iso: '2024-01-05', text: 'Seen with NMP1. Re-titrated 50ml daily supervised. Says Mr D "gone". Asking for take-homes.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'R25', iso: '2024-01-10', text: 'Call from SW3 (Children\'s Services) – C&F assessment. Gave update: script, missed doses Xmas + suspension, DA disclosed 30/11. Agreed to send written summary.',
    contacts: [C('csc', 'in', 'phone-call')], concerns: ['substance-misuse', 'domestic-abuse', 'non-engagement'] },
  { key: 'R26', iso: '2024-01-18', text: 'NMP1: take-homes reinstated 2x wkly (Mon/Thu) – UDS neg, pt request. Safe storage discussed – "new lockbox". Summary to SW3 not yet sent (caseload).',
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'R27', iso: '2024-01-22', text: 'DNA KW. Take-homes collected from pharmacy as normal.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'R28', iso: '2024-01-29', text: 'Duty line msg from CSC EDT (left over w/e): N taken to SRI by ambulance at the w/e, suspected ingestion of Ms W\'s methadone. Take-homes stopped immediately – daily supervised only.',
    contacts: [C('csc', 'in', 'notification')], concerns: ['substance-misuse', 'injury'] },
  { key: 'R29', iso: '2024-01-29', text: 'Strategy meeting (Teams) – RW2 + TL attended. Present: CSC (SW3, TM2 chair), Police DS1, paediatrician (SRI), HV2, nursery DSL, GP. We shared full history incl. May OD, broken lockbox (June), take-home reinstatement 18/1.',
    contacts: ['csc', 'police', 'paediatrics', 'health-visiting', 'school', 'gp'].map((a) => C(a, 'both', 'strategy-discussion')),
    concerns: ['substance-misuse'] },
  { key: 'R30', iso: '2024-01-30', text: 'Joint session at hub with SW3: Ms W (RUI – police). Safety plan: N to stay with MGM; no unsupervised contact. Ms W agreed daily supervised.',
    contacts: [C('csc', 'both', 'appointment'), C('family', 'in', 'attendance')], concerns: ['criminality'] },
  { key: 'R31', iso: '2024-02-02', text: 'Written summary sent to SW3 by secure email, copy to GP.',
    contacts: [C('csc', 'out', 'information-share'), C('gp', 'out', 'information-share')], concerns: [] },
];

// =====================================================================
// Build gold entries (file order) and a key -> ref map
// =====================================================================
const entries = [];
const refOf = {};
function push(file, n, agency, key, date, time, text, contacts, concerns) {
  const ref = `${file}#${n}`;
  refOf[key] = ref;
  entries.push({ ref, agency, date, time: time ?? null, text, contacts, concerns, _key: key });
}

// File 1: Contacts sheet then Case Notes sheet
let n = 0;
for (const r of cscContacts) {
  push(F1, ++n, 'csc', r.key, day(ddmmyyyy(r.iso), r.iso), r.time ?? null, r.cells.join(' | '), r.contacts, r.concerns);
}
for (const r of cscNotes) {
  const text = [r.type, r.worker, r.text].join(' | ') + (r.cont ? ' ' + r.cont : '');
  push(F1, ++n, 'csc', r.key, day(ddmmyyyy(r.iso), r.iso), r.time, text, r.contacts, r.concerns);
}
// File 2
n = 0;
for (const r of nursery) {
  const text = r.cells.join(' | ') + (r.cont ? ' ' + r.cont : '');
  push(F2, ++n, 'school', r.key, day(r.raw, r.iso, !!r.uncertain), r.time ?? null, text, r.contacts, r.concerns);
}
// File 3
n = 0;
const gpHeader = (r) => `${emisDate(r.iso)} ${r.time}  ${r.who}`;
for (const r of [...gpChild, ...gpMother]) {
  push(F3, ++n, 'gp', r.key, day(emisDate(r.iso), r.iso), r.time, [gpHeader(r), ...r.lines].join(' '), r.contacts, r.concerns);
}
// File 4
n = 0;
for (const r of amb) {
  push(F4, ++n, 'ambulance', r.key, day(ddmmyyyy(r.iso), r.iso), r.time, r.fields.map(([k, v]) => `${k}: ${v}`).join(' | '), r.contacts, r.concerns);
}
// File 5
n = 0;
const recLines = [];
for (const r of rec) {
  if (r.year) continue;
  let raw, date;
  if (r.date) { raw = r.raw; date = r.date; } else {
    const [, m, d] = r.iso.split('-');
    raw = `${wdOf(r.iso)} ${+d}/${+m}`;
    date = day(raw, r.iso);
  }
  r._raw = raw;
  const line = `${raw} – ${r.text}` + (r.wrap ? ' ' + r.wrap : '');
  push(F5, ++n, 'substance-misuse', r.key, date, r.time ?? null, line, r.contacts, r.concerns);
}

// ---------------------------------------------------------------- duplicates
const dupGroups = [
  ['K5', 'N14'],          // 31/08 SW1 - nursery call
  ['K11', 'N17'],         // 17/10 step-down meeting
  ['C5', 'N21'],          // 28/11 nursery - IFD consultation call
  ['K17', 'R25'],         // 10/01 SW3 - Pathways call
  ['K20', 'N24', 'P11', 'R29'], // 29/01 strategy meeting
];
const byKey = Object.fromEntries(entries.map((e) => [e._key, e]));
for (const g of dupGroups) {
  const [first, ...rest] = g;
  for (const k of rest) byKey[k].duplicateOf = refOf[first];
}

// ---------------------------------------------------------------- gaps
const IFD = ['mash', 'csc'];
const gaps = [
  { id: 'NM-G01', code: 'G9', alsoAcceptable: ['G5'], from: 'substance-misuse', to: ['substance-misuse'], anchors: ['R1', 'R7'],
    note: 'Mereford Drug & Alcohol Service\'s transfer summary (March) said nothing about Child N, the Mereford CIN plan or the safe-storage agreement that made take-home doses conditional on a lockbox and a home check. Pathways only learned this when the full notes arrived by post in mid-June, after it had already moved Ms W to take-home doses without a storage check.' },
  { id: 'NM-G02', code: 'G1', from: 'ambulance', to: ['mash', 'csc', 'health-visiting'], anchors: ['A2'],
    note: 'The crew attending Ms W\'s opiate overdose on 12/05/23 found an 18-month-old alone with her in a cot, crying, with a heavily soiled nappy, but made no safeguarding referral because the grandmother arrived and took the child. Neither Children\'s Services nor the 0-19 service were told.' },
  { id: 'NM-G03', code: 'G3', alsoAcceptable: ['G1'], from: 'ed', to: ['gp'], anchors: ['P14'],
    note: 'The GP received the ED discharge summary for Ms W\'s overdose, which said she lived with her 18-month-old son and that no safeguarding referral had been made. The GP filed it with "no action required": no liaison with the health visitor, the prescribing recovery service or Children\'s Services.' },
  { id: 'NM-G04', code: 'G1', from: 'substance-misuse', to: ['mash', 'csc', 'health-visiting'], anchors: ['R6', 'R8', 'R12', 'R13', 'R16', 'R18'],
    note: 'Pathways knew of the May overdose while Ms W had take-home doses, and at the June home visit found a broken lockbox, a cluttered flat smelling of cannabis, the toddler on the floor near an ashtray and a new partner on a script living there. It made no referral (the decision is recorded as "No referral made"). In September it knew Children\'s Services were assessing and did not contact them. In September and October it heard about the partner\'s abuse and saw a bruise on Ms W\'s cheek, and in November it noted the pharmacy\'s report of the child climbing while his mother was very drowsy. None of this was shared until December.' },
  { id: 'NM-G05', code: 'G2', from: 'school', to: IFD, anchors: ['N8', 'N10', 'K5', 'N14'],
    note: 'The nursery\'s online referral to the Integrated Front Door on 11/07/23 was never logged. When the DSL rang on 02/08 the IFD had no record of it, and LCS shows only the resubmitted referral of 02/08. Three weeks were lost.' },
  { id: 'NM-G06', code: 'G10', alsoAcceptable: ['G3'], from: 'school', to: IFD, anchors: ['C2', 'K1', 'N14'],
    note: 'The nursery referred ongoing neglect (hunger, nappy and clothing concerns since May), a non-collection with the mother smelling of cannabis, an unknown male collecting, and a mother on methadone. The IFD recorded it as "nappy rash, hunger, mother tired" and rated it Level 2 after one phone call with the mother. It made no checks, although it knew of the Mereford CIN plan for neglect, and closed the case with a leaflet.' },
  { id: 'NM-G07', code: 'G4', from: 'csc', to: ['school'], anchors: ['C2', 'N12', 'N14'],
    note: 'The nursery was never told the outcome of its 02/08 referral (LCS shows "Referrer informed: N"). Its email of 21/08 asking for the outcome went unanswered, and it only learned the case had been closed at Level 2 when the assessing social worker rang on 31/08.' },
  { id: 'NM-G08', code: 'G7', from: 'csc', to: ['police', 'substance-misuse'], anchors: ['K4', 'K8', 'K9', 'K12', 'K16'],
    note: 'The C&F assessment (Aug–Oct 23) made no police checks on the man in the household ("Dee", later named as Mr D) and did not contact Pathways, the service treating the mother\'s opiate dependence. Both were "not pursued" because the mother withheld details and consent. The assessment concluded "no DA identified". Police checks made in January 2024 showed a PWITS conviction and three DA incidents as a perpetrator with children present.' },
  { id: 'NM-G09', code: 'G1', from: 'gp', to: ['csc', 'health-visiting'], anchors: ['P16', 'P19', 'P20'],
    note: 'On 19/09/23 Ms W told the GP that her partner "gets nasty when he\'s using" and had pushed her against a wall, and the GP found a bruise. The GP knew from the IFD\'s August request that Children\'s Services were involved with Child N, but shared the disclosure with neither them nor the 0-19 service. The same day Ms W told the social worker there was no DV. The GP did not share the November assault or the December consultation either.' },
  { id: 'NM-G10', code: 'G6', from: 'csc', to: ['substance-misuse', 'gp'], anchors: ['K11', 'N17'],
    note: 'The step-down meeting of 17/10/23 that closed the case to Children\'s Services included Early Help, the 0-19 service and the nursery, but not Pathways (which was treating the mother\'s opiate dependence and knew of the overdose, the broken lockbox and the partner\'s use) or the GP (who knew of the DA disclosure). The list reads "Apologies: none": they were not invited.' },
  { id: 'NM-G11', code: 'G8', from: 'gp', to: ['health-visiting'], anchors: ['P2', 'P4', 'P5', 'P9', 'P10'],
    note: 'Child N was not brought to three immunisation appointments (Mar–Jun 23), and his nappy-rash review in September was also missed after the weight had dropped from the 25th to the 2nd centile. The practice sent letters to the mother and took him off recall. It never raised the pattern with the health visitor, even when the 0-19 service wrote in November about a missed 2-year review.' },
  { id: 'NM-G12', code: 'G3', from: 'csc', to: ['early-help'], anchors: ['K12', 'K13', 'N18', 'N19', 'N23'],
    note: 'Children\'s Services stepped the case down to Early Help on 24/10/23. Early Help never allocated it ("waiting list, capacity"), the worker who attended the step-down meeting did not take it, and no TAF was held, so the family had no lead professional from October to January. The nursery repeatedly recorded that it had no Early Help worker to pass concerns to.' },
  { id: 'NM-G13', code: 'G8', from: 'school', to: ['early-help', 'mash', 'csc'], anchors: ['N18', 'N19'],
    note: 'After the step-down, Child N\'s attendance fell to about 40% and there were whole weeks of unexplained absence with the mother not answering. The nursery waited for an Early Help worker who never came and did not escalate the non-attendance to Early Help or back to the IFD.' },
  { id: 'NM-G14', code: 'G10', alsoAcceptable: ['G3'], from: 'ambulance', to: IFD, anchors: ['A4', 'C4', 'C5', 'N21'],
    note: 'The crew\'s referral after the assault of 24/11/23 flagged both domestic abuse and a 2-year-old in the household. The IFD screened it as an adult DA matter, forwarded it to Adult Social Care and the police, recorded "no role for CSC" and did not inform the crew. It gave the nursery the same answer when the nursery rang about the mother\'s bruised eye.' },
  { id: 'NM-G15', code: 'G5', from: 'substance-misuse', to: IFD, anchors: ['R20', 'R21', 'C6'],
    note: 'Pathways referred to the IFD only on 07/12/23, months after the May overdose and the June home visit. The referral said only "mum on methadone, partner also using, DA disclosed". It left out the overdose with the child present, the broken lockbox and take-home doses, the pharmacy report and the missed appointments.' },
  { id: 'NM-G16', code: 'G5', alsoAcceptable: ['G1'], from: 'substance-misuse', to: ['csc'], anchors: ['K17', 'R25', 'R26', 'R27', 'R31'],
    note: 'On 10/01/24 Pathways agreed to send SW3 a written summary. On 18/01 it reinstated take-home doses for a mother with a toddler at home without telling the open C&F assessment, and the summary was "not yet sent". It was sent on 02/02, after the ingestion of 27/01.' },
  { id: 'NM-G17', code: 'G1', from: 'ed', to: ['mash', 'csc', 'health-visiting'], anchors: ['P14'],
    note: 'The Sladeworth Royal ED treated Ms W for an opiate overdose and recorded that she lived with an 18-month-old, but its discharge summary states that no safeguarding referral was made. Neither the IFD nor the 0-19 service was told.' },
];
const decoys = [
  { id: 'NM-D01', looksLike: ['G2', 'G3'], refs: ['A3', 'C3', 'K2', 'K3'],
    note: 'The ambulance crew\'s portal referral after the August head injury was received and logged the same day, screened on the next working day with lateral checks to the GP, 0-19 and nursery, fed back to the referrer, and led to a C&F assessment.' },
  { id: 'NM-D02', looksLike: ['G6'], refs: ['K20', 'N24', 'P11', 'R29'],
    note: 'The strategy meeting of 29/01/24 included every agency involved: CSC, police, paediatrics, the 0-19 service, the nursery, Pathways and the GP. All four records agree on who was present.' },
  { id: 'NM-D03', looksLike: ['G1'], refs: ['N16', 'K10'],
    note: 'When Mr D tried to collect Child N while smelling of alcohol and cannabis, the nursery refused to release the child and rang the allocated social worker the same afternoon. Children\'s Services recorded the call, and the nursery raised the incident again at the step-down meeting.' },
];

const resolve = (k) => { if (!refOf[k]) throw new Error('unknown key ' + k); return refOf[k]; };
const goldGaps = gaps.map((g) => ({ ...g, anchors: g.anchors.map(resolve) }));
const goldDecoys = decoys.map((d) => ({ ...d, refs: d.refs.map(resolve) }));
const goldDups = dupGroups.map((g) => g.map(resolve));

// =====================================================================
// Write the agency files
// =====================================================================
async function writeXlsx() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'LCS Reporting';
  const thin = { style: 'thin', color: { argb: 'FF999999' } };
  const border = { top: thin, left: thin, bottom: thin, right: thin };

  // Sheet 1
  const s1 = wb.addWorksheet('Contacts & Referrals');
  s1.columns = [{ width: 12 }, { width: 14 }, { width: 38 }, { width: 60 }, { width: 48 }, { width: 11 }, { width: 12 }];
  s1.addRow(['NORTHMOOR COUNCIL – CHILDREN\'S SERVICES']); s1.mergeCells('A1:G1');
  s1.addRow(['LCS Chronology Export – Contacts & Referrals – Child N (LCS ID 7730214)  DOB 14/11/2021']); s1.mergeCells('A2:G2');
  s1.addRow(['Report run 12/02/2024 09:14 by BSO1 – period 01/02/2023 to 09/02/2024 – OFFICIAL-SENSITIVE']); s1.mergeCells('A3:G3');
  s1.getCell('A1').font = { bold: true, size: 14 };
  s1.getCell('A2').font = { bold: true, size: 11 };
  s1.getCell('A3').font = { italic: true, size: 9 };
  s1.addRow([]);
  const h1 = s1.addRow(['Contact No.', 'Date Received', 'Source', 'Reason for Contact', 'Outcome / Decision', 'Referrer informed', 'Worker']);
  h1.eachCell((c) => { c.font = { bold: true, color: { argb: 'FFFFFFFF' } }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } }; c.border = border; });
  for (const r of cscContacts) {
    const [y, m, d] = r.iso.split('-').map(Number);
    const row = s1.addRow([r.cells[0], new Date(Date.UTC(y, m - 1, d)), ...r.cells.slice(1)]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.eachCell((c) => { c.alignment = { wrapText: true, vertical: 'top' }; c.border = border; });
  }
  s1.addRow([]);
  const endRow = s1.addRow([`End of report – ${cscContacts.length} records`]);
  s1.mergeCells(`A${endRow.number}:G${endRow.number}`);
  endRow.getCell(1).font = { italic: true, size: 9 };

  // Sheet 2
  const s2 = wb.addWorksheet('Case Notes');
  s2.columns = [{ width: 17 }, { width: 20 }, { width: 14 }, { width: 110 }];
  s2.addRow(['NORTHMOOR COUNCIL – CHILDREN\'S SERVICES']); s2.mergeCells('A1:D1');
  s2.addRow(['LCS Chronology Export – Case Notes – Child N (LCS ID 7730214)']); s2.mergeCells('A2:D2');
  s2.addRow(['Includes IFD, C&F Team 2 and EDT notes. Case notes sorted by date of event.']); s2.mergeCells('A3:D3');
  s2.getCell('A1').font = { bold: true, size: 14 };
  s2.getCell('A2').font = { bold: true, size: 11 };
  s2.getCell('A3').font = { italic: true, size: 9 };
  s2.addRow([]);
  const h2 = s2.addRow(['Date', 'Type', 'Worker', 'Narrative']);
  h2.eachCell((c) => { c.font = { bold: true, color: { argb: 'FFFFFFFF' } }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } }; c.border = border; });
  for (const r of cscNotes) {
    const [y, m, d] = r.iso.split('-').map(Number);
    const [hh, mm] = r.time.split(':').map(Number);
    const row = s2.addRow([new Date(Date.UTC(y, m - 1, d, hh, mm)), r.type, r.worker, r.text]);
    row.getCell(1).numFmt = 'dd/mm/yyyy hh:mm';
    row.eachCell((c) => { c.alignment = { wrapText: true, vertical: 'top' }; c.border = border; });
    if (r.cont) {
      const cr = s2.addRow(['', '', '', r.cont]);
      cr.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  await wb.xlsx.writeFile(path.join(OUT, F1));
}

function csvCell(v) {
  const s = String(v ?? '');
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
function writeCsv() {
  const lines = [];
  lines.push(['Tiddlywinks Day Nursery (Cragley Moss Road, Hallowbridge) – Safeguarding & Welfare Concerns Log', '', '', '', '', ''].map(csvCell).join(','));
  lines.push(['Child: NW   DOB 14/11/21   Key person: LB   DSL: Mrs K Ferris (KF)   – typed up from paper log for CSPR', '', '', '', '', ''].map(csvCell).join(','));
  lines.push(',,,,,');
  lines.push(['Date', 'Staff', 'Category', 'What happened', 'Action taken', 'Passed to DSL (Y/N)'].map(csvCell).join(','));
  for (const r of nursery) {
    lines.push([r.raw, ...r.cells].map(csvCell).join(','));
    if (r.cont) lines.push(['', '', '', r.cont, '', ''].map(csvCell).join(','));
    if (r.blankAfter) lines.push(',,,,,');
  }
  fs.writeFileSync(path.join(OUT, F2), '\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');
}

async function writeGpDocx() {
  const font = 'Arial';
  const consult = (r) => {
    const runs = [new TextRun({ text: gpHeader(r), bold: true, font, size: 20 })];
    for (const l of r.lines) {
      const i = l.indexOf(':');
      runs.push(new TextRun({ break: 1, text: '    ' + l.slice(0, i + 1), italics: true, font, size: 20 }));
      runs.push(new TextRun({ text: l.slice(i + 1), font, size: 20 }));
    }
    return new Paragraph({ children: runs, spacing: { after: 160 } });
  };
  const heading = (t, size = 24) => new Paragraph({ children: [new TextRun({ text: t, bold: true, font, size })], spacing: { after: 120 } });
  const doc = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'EMIS Web – Consultations report', font, size: 16, color: '666666' })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Brackenfold Medical Practice – CONFIDENTIAL – prepared for CSPR Child N – page ', font, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })] })] }) },
      children: [
        heading('Brackenfold Medical Practice, Hallowbridge', 28),
        new Paragraph({ children: [new TextRun({ text: 'Consultation extract for Northmoor Safeguarding Children Partnership – CSPR Child N. Period 01/02/2023 – 09/02/2024. Entries as recorded; sensitive third-party data removed.', font, size: 20 })], spacing: { after: 240 } }),
        heading('Patient: Child N    DOB 14-Nov-2021    Usual GP: Dr R Ashworth'),
        ...gpChild.map(consult),
        heading('Patient: Ms W (mother of Child N)    DOB 1996    Usual GP: Dr C Quayle'),
        ...gpMother.map(consult),
        new Paragraph({ children: [new TextRun({ text: 'End of extract. Prepared by Practice Safeguarding Lead (Dr R Ashworth).', italics: true, font, size: 18 })] }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, F3), await Packer.toBuffer(doc));
}

async function writeAmbPdf() {
  const font = 'Arial';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nm-amb-'));
  const children = [];
  const P = (t, o = {}) => new Paragraph({ children: [new TextRun({ text: t, font, size: o.size ?? 20, bold: o.bold, italics: o.italics })], spacing: { after: o.after ?? 80 }, pageBreakBefore: o.pb, alignment: o.align });
  children.push(P('Pennine & Coast Ambulance Service NHS Trust', { bold: true, size: 28 }));
  children.push(P('Safeguarding Team – ePCR summary extract for Northmoor Safeguarding Children Partnership (CSPR Child N)', { size: 20 }));
  children.push(P('Records for the household address, 01/02/2023 – 09/02/2024. One form per call-out. Clinical detail abridged.', { italics: true, size: 18, after: 240 }));
  amb.forEach((r, i) => {
    children.push(P(`PATIENT CLINICAL RECORD – SUMMARY (${i + 1} of ${amb.length})`, { bold: true, size: 22, pb: i > 0, after: 120 }));
    children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: r.fields.map(([k, v]) => new TableRow({ children: [
        new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DDDDDD' }, children: [P(k, { bold: true, size: 18, after: 0 })] }),
        new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: [P(v, { size: 18, after: 0 })] }),
      ] })),
    }));
    children.push(P('', { after: 120 }));
  });
  const doc = new Document({
    sections: [{
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'PCAS – OFFICIAL-SENSITIVE – ePCR extract – page ', font, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })] })] }) },
      children,
    }],
  });
  const docxPath = path.join(tmp, 'pcas-epcr-summary.docx');
  fs.writeFileSync(docxPath, await Packer.toBuffer(doc));
  execSync(`libreoffice --headless --convert-to pdf --outdir ${tmp} ${docxPath}`, { stdio: 'ignore' });
  fs.copyFileSync(path.join(tmp, 'pcas-epcr-summary.pdf'), path.join(OUT, F4));
  fs.rmSync(tmp, { recursive: true, force: true });
}

function writeTxt() {
  const out = [];
  out.push('NORTHMOOR PATHWAYS RECOVERY SERVICE');
  out.push('Hallowbridge Hub – key worker case notes (extract prepared for Northmoor Safeguarding Children Partnership – CSPR Child N)');
  out.push('Service user: Ms W   |   KW: RW1 (to 11/9), RW2 (from 26/9)   |   Prescriber: NMP1');
  out.push('Notes typed from the case system diary view; dates as entered by KW, year shown in headings.');
  out.push('==========================================================================');
  for (const r of rec) {
    if (r.year) { out.push(''); out.push(`--- ${r.year} ---`); out.push(''); continue; }
    out.push(`${r._raw} – ${r.text}`);
    if (r.wrap) out.push(`      ${r.wrap}`);
  }
  out.push('');
  out.push('[end of extract – RW2 / Team Leader, Hallowbridge Hub]');
  fs.writeFileSync(path.join(OUT, F5), out.join('\n') + '\n', 'utf8');
}

// =====================================================================
// gold.json and README.md
// =====================================================================
const conventions = {
  ifd: 'Northmoor\'s Integrated Front Door (IFD) is the MASH-type front door run by Children\'s Services. Rows written by IFD staff in the Children\'s Services export are csc. Other agencies\' contacts naming the IFD (the nursery, GP, ambulance and Pathways records) are "mash". Gaps whose receiver is the IFD list both mash and csc in "to".',
  edt: 'The Children\'s Services Emergency Duty Team (EDT) is csc.',
  agencies: 'Tiddlywinks Day Nursery = school. Northmoor Pathways Recovery Service, Mereford Drug & Alcohol Service (the previous area\'s service) and Sladeworth Recovery = substance-misuse. The 0-19 Service (health visiting) = health-visiting. Sladeworth Royal Infirmary (SRI) ED / Children\'s ED = ed. The SRI Children\'s Ward, CP medical and SRI Safeguarding Children Team = paediatrics. Pennine & Coast Ambulance Service (PCAS) = ambulance. Mereford and Sladeworth Children\'s Services (other local authorities) = csc. Early Help Hub / Family Hub Early Help worker = early-help. Northmoor Domestic Abuse Service = da-service. Adult Social Care front door = asc. The community pharmacy and PCSE (NHS records transfer) = other. MGM and Mr D = family.',
  otherAreas: 'Contacts with a service of the same kind in another area (Mereford DAS with Pathways, Mereford or Sladeworth CSC with Northmoor CSC) are real inter-agency contacts, not internal ones, so they are listed (e.g. substance-misuse with substance-misuse).',
  text: 'Table rows (xlsx, csv): the row\'s cells other than the date cell, joined with " | ", with any continuation row appended after a space. GP consultations: the header line and its History/Examination/Plan lines joined with spaces. ePCR forms: each call-out form is one entry (its field rows are not separate entries), text = "Label: value" pairs joined with " | ". TXT lines: the whole diary line, including its date prefix and any wrapped continuation.',
  time: 'Case Notes sheet: the time held in the Date cell. GP: the time in the consultation header. ePCR: "Time of call". Nursery and recovery notes: the first explicit clock time of the event in the text (e.g. "5.40" at a 6pm-close nursery = 17:40), otherwise null.',
  dates: 'Nursery "22.05/23" is a typo for 22/05/23 and is flagged uncertain. Recovery "?3/11" is uncertain (retrospective entry). "end of May" = late May (21–31), "mid-June" = 11–20 June, "Aug" = the month, and "w/c 20/11" = Mon 20 to Sun 26 Nov 2023. Recovery lines take the year of their heading (2023 / 2024).',
  meetings: 'Meeting contacts are "both" with each other agency listed as present. The family is not listed as a meeting contact.',
  feedback: 'In the Contacts & Referrals sheet, "Referrer informed: Y" is taken as a feedback contact (information-share out to the referrer). "N" and "N/A" give no contact.',
  family: 'Conversations with a parent at nursery drop-off or pick-up that the text states ("spoke to mum", "reminded mum") are family / out / other. A crew attending the home is family / out / other.',
  concerns: 'The methadone ingestion and its CP medical are tagged injury (physical harm to the subject) as well as substance-misuse. Bruising to Ms W is domestic-abuse.',
};

const files = [
  { file: F1, agency: 'csc', format: 'xlsx' },
  { file: F2, agency: 'school', format: 'csv' },
  { file: F3, agency: 'gp', format: 'docx' },
  { file: F4, agency: 'ambulance', format: 'pdf' },
  { file: F5, agency: 'substance-misuse', format: 'txt' },
];

const gold = {
  case: CASE,
  title: 'Child N – neglect and ingestion of a parent\'s methadone by a two-year-old, Northmoor (North West England)',
  reviewType: 'cspr',
  reviewPeriod: { from: '2023-02-01', to: '2024-02-09' },
  conventions,
  files,
  entries: entries.map(({ _key, ...e }) => e),
  gaps: goldGaps,
  duplicates: goldDups,
  decoys: goldDecoys,
};

function readme() {
  const codeCount = {};
  for (const g of gaps) codeCount[g.code] = (codeCount[g.code] || 0) + 1;
  const perFile = files.map((f) => `- \`${f.file}\` (${f.agency}, ${f.format}): ${entries.filter((e) => e.ref.startsWith(f.file + '#')).length} entries`).join('\n');
  return `# ${CASE} – invented CSPR case

Everything in this case is fictional: the people, workers, places, addresses
and organisations (Northmoor, Hallowbridge, Cragley Moss, Sladeworth, Mereford,
Brackenfold Medical Practice, Tiddlywinks Day Nursery, Pennine & Coast
Ambulance Service, Northmoor Pathways Recovery Service, Sladeworth Royal
Infirmary) are invented.

## Brief
**Child N** (DOB 14/11/2021, a boy; "NW" in the nursery log) lives in
Hallowbridge, in the North West borough of Northmoor, with his mother **Ms W**
(b. 1996). Ms W has long-standing heroin dependence and takes methadone
(60ml, later 50ml). In January 2023 Mereford Children's Services closed a
Child in Need plan (neglect, parental substance misuse) when the family moved
to Northmoor. From April 2023 her new partner, **Mr D**, stays and then lives
in the flat. He is on a script in Sladeworth, and he has a PWITS conviction and
a history of domestic abuse against an ex-partner with children present. The
maternal grandmother (**MGM**) helps with care and pays for Child N's nursery
place.

Review period: 01/02/2023 – 09/02/2024. The index incident is on Saturday
27/01/2024, when Child N (2 years 2 months) is found drowsy with pinpoint
pupils next to an empty take-home methadone bottle and an open lockbox. He is
given naloxone by the ambulance crew and admitted to Sladeworth Royal
Infirmary. The CP medical also finds an unexplained healing bruise, nappy
dermatitis and a fall in weight to the 2nd centile.

What went wrong, in short:
- Information was lost when Ms W's treatment transferred from Mereford.
- A parental overdose with the toddler present (May 2023) was not referred by
  the ambulance crew or the ED, and the GP took no action on it.
- The recovery service knew of the overdose, a broken lockbox, poor home
  conditions and the partner's drug use, but did not refer until December, and
  then only in part.
- The nursery's first referral was lost at the Integrated Front Door. The
  second was downgraded to Level 2 and closed without feedback to the nursery.
- The C&F assessment after a head injury in August made no checks on the
  partner and did not contact the recovery service.
- The GP did not share a DA disclosure.
- The step-down meeting left out the recovery service and the GP, and the
  Early Help step-down was never allocated.
- Missed immunisations and falling nursery attendance were not escalated.
- The ambulance crew's DA referral in November was screened as an adult-only
  matter.
- In January the recovery service reinstated take-home doses without telling
  the social worker.

## Files
${perFile}

Total entries: ${entries.length}. Gaps: ${gaps.length} (${Object.entries(codeCount).sort().map(([k, v]) => `${k}×${v}`).join(', ')}). Decoys: ${decoys.length}. Duplicate groups: ${dupGroups.length}.

Layouts:
- **Children's Services export (xlsx)**: two sheets, "Contacts & Referrals"
  (Contact No. | Date Received | Source | Reason for Contact | Outcome /
  Decision | Referrer informed | Worker) and "Case Notes" (Date | Type | Worker
  | Narrative). Each sheet has three merged title rows and a blank row before
  its header. Contacts ends with a blank row and an "End of report" row. Case
  Notes has one continuation row with no date, which belongs to the home visit
  of 25/08/2023. Dates are real Excel date cells (Case Notes: date+time).
- **Nursery log (csv, UTF-8 with BOM, CRLF)**: two title lines, a blank row,
  then Date | Staff | Category | What happened | Action taken | Passed to DSL
  (Y/N). Dates are d/m/yy with one typo ("22.05/23"). There is one
  continuation row ("contd – ...") and one blank row in the middle.
- **GP (docx)**: EMIS-style. Each consultation is one paragraph: a bold header
  line "dd-Mmm-yyyy HH:MM  Name (Type)", then History/Examination/Plan (or
  Comment/Document/Plan) lines as line breaks. There are two patient sections
  (Child N, then Ms W), plus a page header and footer.
- **Ambulance (pdf, converted from docx)**: one two-column form (label/value
  table) per call-out, one call-out per page, in 5 forms.
- **Recovery service (txt)**: diary lines "Tues 14/3 – ..." under year
  headings "--- 2023 ---" and "--- 2024 ---". Vague dates ("end of May",
  "mid-June", "Aug", "w/c 20/11", "?3/11"), and one wrapped continuation line.

## Case-specific conventions
${Object.entries(conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

The answer key (gaps, decoys, duplicates) is in \`gold.json\`.

Generated by \`/work/blind/generators/${CASE}.mjs\`.
`;
}

// ---------------------------------------------------------------- validate
const AG = new Set('police csc mash early-help gp health-visiting midwifery school-nursing ed ambulance paediatrics camhs adult-mh substance-misuse asc school housing probation da-service voluntary dwp family other'.split(' '));
const TY = new Set('referral notification information-request information-share phone-call letter email home-visit appointment dna strategy-discussion conference assessment attendance other'.split(' '));
const DI = new Set(['out', 'in', 'both', 'attempted']);
const CO = new Set('domestic-abuse parental-mental-health substance-misuse injury neglect non-engagement exploitation young-carer missing housing criminality child-development other'.split(' '));
for (const e of entries) {
  if (!AG.has(e.agency)) throw new Error('agency ' + e.ref);
  for (const c of e.contacts) {
    if (!AG.has(c.with) || !TY.has(c.type) || !DI.has(c.direction)) throw new Error('contact ' + e.ref + JSON.stringify(c));
  }
  for (const c of e.concerns) if (!CO.has(c)) throw new Error('concern ' + e.ref + c);
  if (e.date.earliest < gold.reviewPeriod.from || e.date.latest > gold.reviewPeriod.to) throw new Error('date out of period ' + e.ref);
  if (e.date.earliest > e.date.latest) throw new Error('date order ' + e.ref);
}
for (const g of gaps) { if (!AG.has(g.from) || g.to.some((t) => !AG.has(t))) throw new Error('gap agency ' + g.id); }

await writeXlsx();
writeCsv();
await writeGpDocx();
await writeAmbPdf();
writeTxt();
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'README.md'), readme());
console.log(`wrote ${OUT}: ${entries.length} entries, ${gaps.length} gaps, ${decoys.length} decoys, ${dupGroups.length} duplicate groups`);
