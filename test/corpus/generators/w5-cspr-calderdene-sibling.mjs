// Generator for the invented case w5-cspr-calderdene-sibling (CSPR, West Yorkshire-style borough "Calderdene").
// Writes the five agency files, gold.json and README.md into /work/blind/w5-cspr-calderdene-sibling/.
// Run: node /work/blind/generators/w5-cspr-calderdene-sibling.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import os from 'os';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'w5-cspr-calderdene-sibling';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const C = (w, dir, type) => ({ with: w, direction: dir, type });
const iso = (dmy) => { const [d, m, y] = dmy.split('/'); return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`; };
// day-precision date from dd/mm/yyyy (raw may differ from the parse source)
const D = (dmy, raw) => ({ raw: raw ?? dmy, earliest: iso(dmy), latest: iso(dmy), precision: 'day', uncertain: false });
const DX = (raw, earliest, latest, precision, uncertain = false) => ({ raw, earliest, latest, precision, uncertain });

// ======================================================================
// 1. school.docx  (Holmroyd Academy, CPOMS-style export, one table)
// ======================================================================
// cells: [Date/Time, Student, Category, Incident, Action taken, Linked staff]
const school = [
  { k: 's_att1', dt: '05/01/2023 08:40', d: D('05/01/2023'), t: '08:40',
    cells: ['J (Y7)', 'Attendance', 'Autumn term attendance 84.6% (14 sessions absent, 11 lates, mostly Mon/Fri). Below 90% persistent absence threshold.', 'Stage 1 attendance letter sent home to Ms T.', 'AO, HoY7'],
    c: [C('family', 'out', 'letter')], x: ['neglect'] },
  { k: 's_yc1', dt: '16/01/2023 11:15', d: D('16/01/2023'), t: '11:15',
    cells: ['J (Y7)', 'Young Carer', "J told TA1 at break that he 'does the tea most nights' and gets M (3) up, dressed and to bed because mum is 'poorly and in bed a lot'. Says he doesnt mind. Looked very tired.", 'Passed to DSL. J added to Young Carers register. DSL to speak to mum.', 'TA1, DSL'],
    c: [], x: ['young-carer'] },
  { k: 's_call1', dt: 'w/c 23/1', d: DX('w/c 23/1', '2023-01-23', '2023-01-29', 'week'), t: null,
    cells: ['J (Y7)', 'Young Carer, Pastoral', "DSL phoned Ms T re lateness and caring role. Ms T said she has 'bad days with my nerves' and J 'is a good lad, he helps'. Offered referral to Calderdene Young Carers Service - Ms T declined, 'we dont need social workers'.", 'Logged. Monitor. Revisit after half term.', 'DSL'],
    c: [C('family', 'out', 'phone-call')], x: ['young-carer', 'parental-mental-health', 'non-engagement'] },
  { k: 's_asleep', dt: '07/02/2023 10:05', d: D('07/02/2023'), t: '10:05',
    cells: ['J (Y7)', 'Pastoral', "J asleep in Science P2. Told TA1 he was up 'till 2' because mum was 'being sick and crying' and M woke up so he sat with her till she went back to sleep.", 'TA1 informed DSL. Breakfast club offered. Monitor.', 'TA1, DSL, Sci teacher'],
    c: [], x: ['young-carer'] },
  { k: 's_att2', dt: '06/03/2023 14:30', d: D('06/03/2023'), t: '14:30',
    cells: ['J (Y7)', 'Attendance', "J absent 3 days, no call from home. AO home visit - no answer, curtains closed, card left. Text later from Ms T: 'J has a bug'.", 'Coded I (illness) pending evidence. Attendance Spring 1 now 81%.', 'AO'],
    c: [C('family', 'attempted', 'dna'), C('family', 'in', 'other')], x: ['non-engagement', 'neglect'] },
  { k: 's_pe', dt: '24/04/2023 18:10', d: D('24/04/2023'), t: '18:10',
    cells: ['J (Y7)', 'Safeguarding', "Y7 parents evening: Ms T attended with M (3) in pushchair and a male she introduced as 'D, my partner'. Ms T smelt strongly of alcohol, slurred speech, unsteady on the stairs. HoY7 cut the appointment short. D pushed the pushchair, they left on foot.", 'HoY7 reported to DSL next morning. DSL: monitor, consider Early Help. First mention of a partner.', 'HoY7, DSL'],
    c: [C('family', 'in', 'attendance')], x: ['substance-misuse'] },
  { k: 's_enc', dt: '15/05/2023 08:20', d: D('15/05/2023'), t: '08:20',
    cells: ['J (Y7)', 'Safeguarding', 'Operation Encompass notification rec\'d from West Riding Police (sent 06:45): domestic incident at home address late on 14/05, verbal, mum and partner, J and M present.', "DSL informed TA1 (key adult). TA1 checked in with J at registration - J said 'they were shouting again, I kept M upstairs'. Quiet space offered at break. Logged, monitor.", 'DSL, TA1'],
    c: [C('police', 'in', 'notification')], x: ['domestic-abuse'] },
  { k: 's_ref1', dt: '12/06/2023 15:40', d: D('12/06/2023'), t: '15:40',
    cells: ['J (Y7)', 'Safeguarding, Young Carer', "J told TA1 mum 'drinks in the day now' and 'falls over'. Says he has to stay off when M is poorly 'because mum can't'. 4 days absent in last fortnight. Asked TA1 not to tell anyone 'or they'll take M'.", 'DSL submitted referral to Calderdene Front Door via online portal 15:40 - concerns for M (3) left in J\'s care while mum intoxicated; J young carer. Awaiting acknowledgement / contact ref.', 'TA1, DSL'],
    c: [C('csc', 'out', 'referral')], x: ['substance-misuse', 'young-carer', 'neglect'] },
  { k: 's_chase1', dt: '23/06/2023 12:05', d: D('23/06/2023'), t: '12:05',
    cells: ['J (Y7)', 'Safeguarding', 'No acknowledgement of referral of 12/06. DSL rang Front Door to chase - duty worker could not find any record of a referral from Holmroyd for J or M. Advised to resubmit.', 'DSL to resubmit (portal confirmation screen not saved).', 'DSL'],
    c: [C('csc', 'out', 'phone-call')], x: [] },
  { k: 's_late', dt: '30/06/2023 10:40', d: D('30/06/2023'), t: '10:40',
    cells: ['J (Y7)', 'Attendance, Young Carer', "J arrived 10:40. Said mum 'wouldn't wake up' and the kitchen 'stank of wine', so he had to get M dressed and walk her to nan's before school. Upset, said he is 'sick of it'.", 'Late mark (U). TA1 informed DSL. Added to referral info.', 'TA1, DSL'],
    c: [], x: ['young-carer', 'substance-misuse'] },
  { k: 's_ref2', dt: '03/07/2023 09:15', d: D('03/07/2023'), t: '09:15',
    cells: ['J (Y7)', 'Safeguarding', 'Referral resubmitted to Front Door (portal, copy to Front Door secure mailbox): content of 12/06 referral plus lateness 30/06. DSL view: M (3) at risk of significant harm through neglect - mum intoxicated during the day, M left in the care of a 12 yr old, partner D now visiting, DI in May. Requested s17/s47 consideration for M, not only young carer support for J.', 'Contact ref received CD-23-118274. Await outcome.', 'DSL'],
    c: [C('csc', 'out', 'referral')], x: ['neglect', 'substance-misuse', 'young-carer', 'domestic-abuse'] },
  { k: 's_att3', dt: '20/07/2023 13:00', d: D('20/07/2023'), t: '13:00',
    cells: ['J (Y7)', 'Attendance', 'End of year: J attendance 2022/23 79.2% - persistent absence. 23 lates.', 'Stage 2 letter sent home. Flag to Y8 HoY. No outcome yet received from Front Door re referral 03/07.', 'AO, DSL'],
    c: [C('family', 'out', 'letter')], x: ['neglect'] },
  { k: 's_ycg', dt: 'w/c 11/9', d: DX('w/c 11/9', '2023-09-11', '2023-09-17', 'week'), t: null,
    cells: ['J (Y8)', 'Young Carer', "Young carers lunch group (weekly, pastoral team): J attended 1 of 3 sessions. Told TA1 mum's boyfriend 'is back' and 'it's better when he's not there'.", 'Logged. TA1 to keep checking in.', 'TA1'],
    c: [], x: ['young-carer'] },
  { k: 's_chase2', dt: '14/09/2023 16:20', d: D('14/09/2023'), t: '16:20',
    cells: ['J (Y8)', 'Safeguarding', 'DSL emailed Front Door mailbox asking for outcome of referral CD-23-118274 (03/07). No outcome letter or call received over the summer.', 'Chase again if no reply. 22/09 - still no reply.', 'DSL'],
    c: [C('csc', 'out', 'email')], x: [] },
  { k: 's_bruise', dt: '03/10/2023 09:30', d: D('03/10/2023'), t: '09:30',
    cells: ['J (Y8)', 'Safeguarding, Pastoral', "J absent Mon 02/10 (mum rang - 'poorly'). Today very withdrawn, refused to go into Maths. Bruise approx 4cm to upper left arm - J said he 'fell on the stairs'. Said he had a 'rubbish weekend', would not say more.", 'TA1 > DSL. Body map completed. No information received from police or CSC about any incident. DSL to ring mum.', 'TA1, DSL'],
    c: [C('family', 'in', 'phone-call')], x: ['injury'] },
  { k: 's_swcall', dt: '04/10/2023 11:00', d: D('04/10/2023'), t: '11:00',
    cells: ['J (Y8)', 'Safeguarding', "SW1 (CSC) rang DSL: DA incident at home Sat 30/09 - mum's partner arrested, J tried to intervene; DVPN then DVPO in place. Education check requested. DSL shared YC register, attendance 79%, disclosures Jan-Jul, bruise 03/10 and referrals of 12/06 and 03/07 (no outcome ever received).", 'First school knew of the incident. Body map sent to SW1 by secure email.', 'DSL'],
    c: [C('csc', 'in', 'phone-call'), C('csc', 'out', 'email')], x: ['domestic-abuse', 'young-carer', 'injury'] },
  { k: 's_cin1', dt: '19/10/2023 14:00', d: D('19/10/2023'), t: '14:00',
    cells: ['J (Y8)', 'Safeguarding', 'Initial CIN meeting held in school. Present: SW1 (CSC, chair), Ms T, DSL, HV1 and SN1 (0-19 service). CIN plan: Mr D not to return to the home; Ms T to continue with Recovery service; young carer assessment for J; school to monitor attendance and be a safe place for J.', 'Minutes awaited. CIN flag added on CPOMS.', 'DSL'],
    c: [C('csc', 'both', 'conference'), C('health-visiting', 'both', 'conference'), C('school-nursing', 'both', 'conference'), C('family', 'both', 'conference')], x: ['domestic-abuse', 'substance-misuse', 'young-carer'] },
  { k: 's_att4', dt: 'Autumn 2 2023', d: DX('Autumn 2 2023', '2023-10-30', '2023-12-20', 'range'), t: null,
    cells: ['J (Y8)', 'Attendance', "Half-term attendance 72.4%. Pattern of Monday absence (5 of 7 Mondays), mum phoning in 'ill'.", 'AO to invite mum to attendance meeting.', 'AO, HoY8'],
    c: [], x: ['neglect'] },
  { k: 's_attmtg', dt: '23/11/2023 15:30', d: D('23/11/2023'), t: '15:30',
    cells: ['J (Y8)', 'Attendance', 'Attendance meeting - Ms T did not attend, no call. 2nd meeting offered 30/11 by letter.', 'Letter sent. Copy to SW2 (CSC).', 'AO'],
    c: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter'), C('csc', 'out', 'letter')], x: ['non-engagement'] },
  { k: 's_cinrev', dt: '12/12/2023 10:00', d: D('12/12/2023'), t: '10:00',
    cells: ['J (Y8)', 'Safeguarding', 'CIN review (in school). DDSL attended for school. Also present SW2, Ms T, SN1. SW2 reported Ms T attending Recovery fortnightly and not drinking, Mr D not living at the address. CIN to close, step down to Early Help - school to be lead professional for TAF.', 'DDSL raised attendance 72% and J often tired. TAF to be set up in January.', 'DDSL'],
    c: [C('csc', 'both', 'conference'), C('school-nursing', 'both', 'conference'), C('family', 'both', 'conference')], x: ['substance-misuse'] },
  { k: 's_taf', dt: '08/01/2024 15:45', d: D('08/01/2024'), t: '15:45',
    cells: ['J (Y8)', 'Pastoral', 'TAF meeting 1 (school). Present: DDSL (lead professional), EHW1 (Early Help Hub), Ms T. Apologies: HV1 (0-19). Plan: J to attend YC group weekly; Ms T to re-engage with Recovery; EHW1 weekly home visits for 6 weeks.', 'TAF plan uploaded to EHM.', 'DDSL'],
    c: [C('early-help', 'both', 'conference'), C('family', 'both', 'conference')], x: ['young-carer', 'substance-misuse'] },
  { k: 's_dback', dt: '15/01/2024 12:50', d: D('15/01/2024'), t: '12:50',
    cells: ['J (Y8)', 'Safeguarding, Young Carer', "J told TA1 'D is living with us again' and mum 'drinks every night'. J doing M's tea and bath most nights. Attendance this term 68%.", 'DDSL rang EHW1 (Early Help worker) 16/01 - EHW1 aware D visiting, will raise at next TAF.', 'TA1, DDSL'],
    c: [C('early-help', 'out', 'phone-call')], x: ['young-carer', 'substance-misuse'] },
  { k: 's_consult', dt: '08/02/2024 11:20', d: D('08/02/2024'), t: '11:20',
    cells: ['J (Y8)', 'Safeguarding', "J upset in form. Told TA1 that D 'shouts at M and makes her stand in the corner when she wets herself' and mum 'just lies on the settee'. J said 'I don't want to go home'.", 'DDSL rang Front Door consultation line 11:50 - advised case is open to Early Help so share with EH and raise at TAF, not a new contact. DDSL emailed EHW1 13:10 with TA1 account.', 'TA1, DDSL'],
    c: [C('csc', 'out', 'phone-call'), C('early-help', 'out', 'email')], x: ['other', 'neglect'] },
  { k: 's_strat2', dt: '26/02/2024 10:00', d: D('26/02/2024'), t: '10:00',
    cells: ['J (Y8)', 'Safeguarding', "Strategy discussion (Teams) re M's scald injury Sun 25/02. DDSL attended for school. Also: TM3 and SW3 (CSC), DS 2106 (Police), Dr P1 (consultant paediatrician, CRI), HV1 (0-19), GP1 (Brookfold Surgery). School shared full CPOMS history incl. disclosures 15/01 and 08/02.", "J staying at MGM's. School to send chronology to SW3.", 'DDSL'],
    c: [C('csc', 'both', 'strategy-discussion'), C('police', 'both', 'strategy-discussion'), C('paediatrics', 'both', 'strategy-discussion'), C('health-visiting', 'both', 'strategy-discussion'), C('gp', 'both', 'strategy-discussion')], x: ['injury'] },
  { k: 's_sw3', dt: '28/02/2024 09:00', d: D('28/02/2024'), t: '09:00',
    cells: ['J (Y8)', 'Safeguarding', 'SW3 rang: s47 ongoing, ICPC to be convened for M and J. J to stay with MGM under safety plan. J in school today, quiet, ate lunch with TA1.', 'Chronology sent to SW3 by secure email 29/02.', 'DDSL'],
    c: [C('csc', 'in', 'phone-call'), C('csc', 'out', 'email')], x: [] },
];

// ======================================================================
// 2. police.csv (West Riding Police occurrence export)
// ======================================================================
// cells: [Occ No, Reported, Location Type, Occurrence Type, Summary, Officer, Disposal]; cont = continuation row text
const police = [
  { k: 'p_di1', occ: '1305/0914/23', rep: '14/05/2023 23:10', d: D('14/05/2023'), t: '23:10', loc: 'Dwelling - private', type: 'Domestic incident - non crime',
    sum: '999 call from neighbour reporting shouting and a child screaming. Officers attended 23:24. Ms T (IP) and partner Mr D both intoxicated, verbal argument re money, no injuries, no offences disclosed. Children J (12) and M (3) present, J upstairs with M. House untidy, numerous empty cans/bottles.',
    off: 'PC 3318 / PC 4402', disp: "Non crime domestic. DASH - Standard (4). Mr D agreed to leave for the night (brother's address, Ovenby).",
    cont: 'Child PPN submitted to Calderdene Front Door 15/05 01:30. Op Encompass notification sent to Holmroyd Academy 15/05 06:45.',
    c: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('csc', 'out', 'notification'), C('school', 'out', 'notification')], x: ['domestic-abuse', 'substance-misuse'] },
  { k: 'p_welfare', occ: '2007/1187/23', rep: '20/07/2023 16:12', d: D('20/07/2023'), t: '16:12', loc: 'Dwelling - private', type: 'Concern for welfare',
    sum: "101 call from neighbour (anon): shouting from address, child crying 'for ages', 'mum's drunk again, the lad's looking after the little one'. Graded P3 (scheduled). Control room call back to Ms T 18:40 - said TV was loud, everyone fine.",
    off: 'Control Room CH 0871', disp: 'Closed - words of advice. No deployment. PPN: No.', cont: null,
    c: [C('family', 'in', 'phone-call'), C('family', 'out', 'phone-call')], x: ['substance-misuse', 'young-carer'] },
  { k: 'p_di2', occ: '3009/2231/23', rep: '30/09/2023 22:47', d: D('30/09/2023'), t: '22:47', loc: 'Dwelling - private', type: 'Domestic - assault (ABH) / non-fatal strangulation',
    sum: "999 call from J (12): 'he's hurting my mum'. Officers attended 22:58. Ms T disclosed Mr D grabbed her by the throat in the kitchen, red marks to neck. J had tried to pull Mr D off and was pushed against the door. M (3) in lounge, crying. Mr D intoxicated, aggressive to officers, arrested 23:05 on suspicion of ABH and s75A SCA 2015. BWV on.",
    off: 'PC 4402 / PC 5120', disp: 'Crime recorded. DASH HIGH (17). MARAC referral submitted 01/10. Child PPN to Front Door 01/10.',
    cont: 'Op Encompass: not sent - school for J not recorded on occurrence (field blank). M not in school.',
    c: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('other', 'out', 'referral'), C('csc', 'out', 'notification')], x: ['domestic-abuse', 'criminality', 'substance-misuse'] },
  { k: 'p_dvpn', occ: '3009/2231/23', rep: '01/10/2023 15:40', d: D('01/10/2023'), t: '15:40', loc: 'Custody - Calderdene', type: 'Domestic - DVPN',
    sum: 'Mr D interviewed, denies offence. Released under investigation pending CPS advice. DVPN authorised by Supt 1 at 14:55 and served on Mr D on release 16:20 - not to attend home address or contact Ms T. DVPO application listed at Calderdene Magistrates 03/10.',
    off: 'DC 2290 / Supt 1', disp: 'RUI. DVPN served.', cont: null,
    c: [C('family', 'out', 'other')], x: ['domestic-abuse', 'criminality'] },
  { k: 'p_strat1', occ: '3009/2231/23', rep: '02/10/2023 11:30', d: D('02/10/2023'), t: '11:30', loc: 'N/A', type: 'Strategy discussion',
    sum: 'Telephone strategy discussion with CSC Front Door (TM1, SW1) re J and M. Police info shared: DI 30/09, previous DI 14/05, Mr D PNC - previous for ABH on ex-partner (2017). Agreed single agency s47 (CSC), police to progress criminal investigation.',
    off: 'DS 2106 (Safeguarding Unit)', disp: 'Noted - s47 by CSC.', cont: null,
    c: [C('csc', 'both', 'strategy-discussion')], x: ['domestic-abuse', 'criminality'] },
  { k: 'p_dvpo', occ: '3009/2231/23', rep: '03/10/2023 14:10', d: D('03/10/2023'), t: '14:10', loc: 'Court', type: 'DVPO',
    sum: "DVPO granted at Calderdene Magistrates' Court for 28 days (to 31/10/2023). Mr D did not attend, order served on him by PC 5120 at 17:45 at brother's address.",
    off: 'PC 5120', disp: 'DVPO in force until 31/10/2023.', cont: null,
    c: [C('other', 'out', 'other'), C('family', 'out', 'other')], x: ['domestic-abuse'] },
  { k: 'p_cps', occ: '3009/2231/23', rep: '17/11/2023 10:05', d: D('17/11/2023'), t: '10:05', loc: 'N/A', type: 'Crime update',
    sum: 'CPS advice rec\'d: NFA - evidential stage not met (IP withdrew support 10/11, no independent witness, J not interviewed). Mr D informed by phone.',
    off: 'DC 2290', disp: 'Filed - NFA (outcome 16).', cont: null,
    c: [C('other', 'in', 'other'), C('family', 'out', 'phone-call')], x: ['domestic-abuse', 'criminality'] },
  { k: 'p_scald', occ: '2502/1876/24', rep: '25/02/2024 21:15', d: D('25/02/2024'), t: '21:15', loc: 'Hospital - CRI', type: 'Child protection - neglect (s1 CYPA 1933)',
    sum: "Referral from CSC EDT (EDT SW4) 20:55: M (4) admitted CRI with scald injuries, ?supervision, mother believed intoxicated. Officers attended CRI 21:40, spoke to Ms T and Mr D on the ward - both smelt of alcohol. Account: M pulled kettle cable while Ms T 'in the bath', J (13) making tea. Mr D states he was 'out at the shop'.",
    off: 'PC 3318 / PS 1450', disp: 'Crime recorded - child neglect. Handed to CAIT. Strategy discussion 26/02 10:00.',
    cont: 'Previous occurrences for address linked (1305/0914/23, 2007/1187/23, 3009/2231/23). Mr D now living at address (DVPO expired 31/10/23).',
    c: [C('csc', 'in', 'referral'), C('family', 'out', 'other')], x: ['injury', 'substance-misuse', 'neglect', 'criminality'] },
  { k: 'p_strat2', occ: '2502/1876/24', rep: '26/02/2024 10:00', d: D('26/02/2024'), t: '10:00', loc: 'N/A', type: 'Strategy discussion',
    sum: 'Strategy discussion (MS Teams) chaired by CSC TM3. Present: SW3 (CSC), DS 2106, Dr P1 (Consultant Paediatrician, CRI), HV1 (0-19), DDSL Holmroyd Academy, GP1 Brookfold Surgery. Joint s47 agreed. CP medical today. Police to interview Ms T and Mr D.',
    off: 'DS 2106', disp: 's47 joint. ICPC to be requested by CSC.', cont: null,
    c: [C('csc', 'both', 'strategy-discussion'), C('paediatrics', 'both', 'strategy-discussion'), C('health-visiting', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion'), C('gp', 'both', 'strategy-discussion')], x: ['injury'] },
  { k: 'p_int', occ: '2502/1876/24', rep: '27/02/2024 13:30', d: D('27/02/2024'), t: '13:30', loc: 'Police station - Calderdene', type: 'Child protection - neglect',
    sum: "Ms T and Mr D voluntary interviews under caution, separately. Ms T admitted drinking 'a few glasses of wine' before her bath. Both released, RUI.",
    off: 'DC 3011 (CAIT)', disp: 'RUI. CSC (SW3) updated by email 28/02.', cont: null,
    c: [C('family', 'in', 'attendance'), C('csc', 'out', 'email')], x: ['substance-misuse', 'criminality'] },
];

// ======================================================================
// 3. csc.xlsx (Calderdene Children's Social Care, LCS case notes, two sheets)
// ======================================================================
// [Step, Case note date, Note type, Worker, Note]
const csc2023 = [
  { k: 'c_ppn1', d: D('16/05/2023'), t: null, step: 'Contact', nt: 'Contact record', w: 'Front Door - DW1',
    note: 'PPN received from West Riding Police re domestic incident 14/05/2023 - verbal, Ms T and partner Mr D both intoxicated, J (12) and M (3) present. Checks: not known to Calderdene CSC. Level of need 2. Ms T spoken to by phone, consents to Early Help. Outcome: referral to Early Help Hub for EHA. PPN shared with 0-19 service for information.',
    c: [C('police', 'in', 'notification'), C('family', 'out', 'phone-call'), C('early-help', 'out', 'referral'), C('health-visiting', 'out', 'notification')], x: ['domestic-abuse', 'substance-misuse'] },
  { k: 'c_ehclose', d: D('30/06/2023'), t: null, step: 'Contact', nt: 'Partner agency update', w: 'Front Door - DW2',
    note: 'Notification from Early Help Hub (EHW2): EHA closed - three no-access visits (06/06, 14/06, 22/06) and no response to letters or calls. Closed for non-engagement. Noted - no role for CSC at this time.',
    c: [C('early-help', 'in', 'notification')], x: ['non-engagement'] },
  { k: 'c_ref', d: D('05/07/2023'), t: null, step: 'Contact', nt: 'Contact record', w: 'Front Door - DW1',
    note: "Referral received 03/07 from Holmroyd Academy (DSL) re J - young carer, mum's drinking, J caring for M (3), lateness. School state a referral was also made on 12/06/2023 - no record of this on LCS or the portal. Screening: J's needs as a young carer; Ms T says she is engaging with Calderdene Recovery. Level of need 2. Outcome: NFA CSC - signpost to Calderdene Young Carers Service and re-referral to Early Help Hub (EHA closed 30/06). Ms T informed by phone. Referrer informed of outcome: No.",
    c: [C('school', 'in', 'referral'), C('early-help', 'out', 'referral'), C('family', 'out', 'phone-call')], x: ['young-carer', 'substance-misuse'] },
  { k: 'c_ppn2', d: D('02/10/2023'), t: null, step: 'Contact', nt: 'Contact record', w: 'Front Door - TM1',
    note: 'PPN received 01/10 from police - DI 30/09/2023: Mr D assaulted Ms T (strangulation), J pushed when he intervened, M present. DASH high, MARAC referral made by police. Mr D arrested, DVPN served. Previous PPN 14/05. RAG: Red. Strategy discussion required today.',
    c: [C('police', 'in', 'notification')], x: ['domestic-abuse'] },
  { k: 'c_strat1', d: D('02/10/2023'), t: '11:30', step: 'Strategy Discussion', nt: 'Strategy discussion', w: 'TM1',
    note: 'Telephone strategy discussion 11:30. Attendees: TM1 (CSC Front Door, chair), SW1 (CSC Assessment Team), DS 2106 (West Riding Police Safeguarding Unit). Info: DI 30/09 and 14/05; Mr D previous ABH on ex-partner 2017; DVPN served 01/10, DVPO hearing 03/10. Decision: s47 (single agency, CSC) - threshold met for both children. Actions: SW1 to visit today; health and education checks to follow.',
    c: [C('police', 'both', 'strategy-discussion')], x: ['domestic-abuse', 'criminality'] },
  { k: 'c_s47hv', d: D('02/10/2023'), t: '15:30', step: 'S47 Enquiry', nt: 'Home visit', w: 'SW1',
    note: "Visit to home 15:30. Seen Ms T, J and M. J seen alone in his room - said he 'tries to keep M away when they argue' and does 'most of the cooking'. Ms T tearful, 'can't cope with everything', says she still goes to Recovery 'every week'. Marks to her neck visible. M clean, appropriately dressed, playing. Safety plan: Mr D not to attend (DVPN, DVPO to follow).",
    c: [C('family', 'out', 'home-visit')], x: ['domestic-abuse', 'young-carer', 'parental-mental-health', 'substance-misuse'] },
  { k: 'c_educ', d: D('04/10/2023'), t: null, step: 'S47 Enquiry', nt: 'Telephone call', w: 'SW1',
    note: "Education check: t/c to Holmroyd Academy DSL. J on YC register since Jan, attendance 79%, disclosures re mum's drinking, bruise to J's arm 03/10 (body map to follow). School say they referred on 12/06 and 03/07 and never received an outcome. School not aware of the DI until this call.",
    c: [C('school', 'out', 'phone-call')], x: ['young-carer', 'substance-misuse', 'injury'] },
  { k: 'c_health', d: D('04/10/2023'), t: null, step: 'S47 Enquiry', nt: 'Email', w: 'SW1',
    note: "Health check by email to 0-19 service (HV1). Reply same day: M universal plus; WNB 3 yr review x2 (Apr/May), seen at home 31/05; ED attendance 22/08/2023 - possible ingestion of mum's sertraline while unsupervised, discharged. ED attendance not previously known to CSC. GP not contacted.",
    c: [C('health-visiting', 'out', 'information-request'), C('health-visiting', 'in', 'information-share')], x: ['non-engagement', 'neglect'] },
  { k: 'c_s47out', d: D('12/10/2023'), t: null, step: 'S47 Enquiry', nt: 'Outcome', w: 'SW1 / TM1',
    note: "s47 outcome: concerns substantiated (emotional harm - exposure to DA). Not progressing to ICPC: Mr D excluded by DVPO, Ms T engaging with Calderdene Recovery (Ms T's own report) and seen as protective. CIN plan. Young carer's needs assessment (s17ZA) for J to be completed under CIN.",
    c: [], x: ['domestic-abuse', 'substance-misuse', 'young-carer'] },
  { k: 'c_cin1', d: D('19/10/2023'), t: null, step: 'CIN Plan', nt: 'CIN meeting', w: 'SW1',
    note: 'Initial CIN meeting at Holmroyd Academy. Present: SW1 (chair), Ms T, DSL (Holmroyd Academy), HV1 and SN1 (0-19 service). Plan: Mr D not to return; Ms T to continue with Recovery; YC assessment for J (SW1); HV1 to visit M at home; school attendance support. CIN review in 8 weeks.',
    c: [C('family', 'both', 'conference'), C('school', 'both', 'conference'), C('health-visiting', 'both', 'conference'), C('school-nursing', 'both', 'conference')], x: ['domestic-abuse', 'substance-misuse', 'young-carer'] },
  { k: 'c_transfer', d: D('06/11/2023'), t: null, step: 'CIN Plan', nt: 'Case transfer', w: 'TM2',
    note: 'Case transferred from SW1 (Assessment Team) to SW2 (CIN Team 2). Transfer summary on file. YC assessment not yet started.',
    c: [], x: ['young-carer'] },
  { k: 'c_cinv1', d: D('09/11/2023'), t: '16:00', step: 'CIN Plan', nt: 'CIN visit', w: 'SW2',
    note: "Statutory CIN visit 16:00. Ms T and M seen, J at football. Home tidy. Ms T says she has not drunk for 3 weeks and attends Recovery 'every fortnight now'. Says Mr D has not been in touch. M chatty. Discussed HV1's concern (slight smell of alcohol at her visit) with Ms T - said it was from the night before.",
    c: [C('family', 'out', 'home-visit')], x: ['substance-misuse'] },
  { k: 'c_cinv2', d: D('23/11/2023'), t: '15:45', step: 'CIN Plan', nt: 'CIN visit', w: 'SW2',
    note: "Unannounced visit 15:45 - no answer. Card left. Text sent to Ms T, reply 'at my mum's, all fine'.",
    c: [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], x: ['non-engagement'] },
  { k: 'c_gpreq', d: D('28/11/2023'), t: null, step: 'CIN Plan', nt: 'Email', w: 'SW2',
    note: 'Emailed Brookfold Surgery safeguarding inbox requesting GP report for CIN review on 12/12/2023.',
    c: [C('gp', 'out', 'information-request')], x: [] },
  { k: 'c_cinrev', d: D('12/12/2023'), t: '10:00', step: 'CIN Review', nt: 'CIN review', w: 'SW2',
    note: 'CIN review 10:00 at Holmroyd Academy. Present: SW2 (chair), Ms T, DDSL (Holmroyd Academy), SN1 (0-19 school nursing). Apologies: HV1 - written update by email (visit 02/11). GP report requested - not received. Ms T reports she attends Calderdene Recovery fortnightly and is not drinking; Mr D not at the address. School: attendance 72%. Decision: CIN plan ended - step down to Early Help, TAF with school as lead professional. J YC assessment to be picked up by Early Help.',
    c: [C('family', 'both', 'conference'), C('school', 'both', 'conference'), C('school-nursing', 'both', 'conference'), C('health-visiting', 'in', 'information-share')], x: ['substance-misuse', 'young-carer'] },
  { k: 'c_gprep', d: D('15/12/2023'), t: null, step: 'CIN Review', nt: 'Partner agency update', w: 'SW2 / TM2',
    note: "GP report received 14/12 (after the review). Reports Ms T attended surgery 04/12 smelling of alcohol with M, requesting diazepam; discharged by Recovery 28/11 for non-attendance; says partner 'back and helping'. Discussed with TM2: step-down to proceed, information to be passed to Early Help Hub for the TAF.",
    c: [C('gp', 'in', 'information-share')], x: ['substance-misuse', 'non-engagement'] },
  { k: 'c_stepdown', d: D('18/12/2023'), t: null, step: 'Step Down', nt: 'Closure', w: 'SW2',
    note: 'Case closed to CSC - stepped down to Early Help Hub. Step-down form (completed 11/12) sent to EH Hub. Closure letter to Ms T.',
    c: [C('early-help', 'out', 'referral'), C('family', 'out', 'letter')], x: [] },
];
const csc2024 = [
  { k: 'c_consult', d: D('08/02/2024'), t: '11:50', step: 'Contact', nt: 'Consultation', w: 'Front Door - DW3',
    note: "Consultation call 11:50 from Holmroyd Academy DDSL: J reports mum's partner shouting at M and making her stand in the corner when she wets herself; mum 'lies on the settee'. Case open to Early Help (TAF, school LP). Advice: share with Early Help and raise at TAF; re-refer if escalates. Not progressed as a contact.",
    c: [C('school', 'in', 'phone-call')], x: ['other', 'neglect'] },
  { k: 'c_edt', d: D('25/02/2024'), t: '20:30', step: 'EDT', nt: 'EDT record', w: 'EDT SW4',
    note: '20:30 call from CRI Children\'s ED (nurse in charge): M (4) brought in by ambulance with scalds to chest and arm approx 5% TBSA from kettle; mother smells of alcohol, partner Mr D present; J (13) at home. WRAS safeguarding referral also received by email 20:41. EDT: referral to police 20:55; M to stay on ward; J to stay with MGM tonight - MGM agreed by phone. Strategy discussion to be convened by Front Door 26/02.',
    c: [C('ed', 'in', 'referral'), C('ambulance', 'in', 'referral'), C('police', 'out', 'referral'), C('family', 'out', 'phone-call')], x: ['injury', 'substance-misuse'] },
  { k: 'c_strat2', d: D('26/02/2024'), t: '10:00', step: 'Strategy Discussion', nt: 'Strategy discussion', w: 'TM3',
    note: 'Strategy discussion 10:00 (Teams). Attendees: TM3 (chair), SW3 (CSC), DS 2106 (Police CAIT), Dr P1 (Consultant Paediatrician, CRI), HV1 (0-19), DDSL (Holmroyd Academy), GP1 (Brookfold Surgery). Information: scald 25/02; DIs 05/23 and 09/23; GP - Ms T discharged by Recovery 11/23, attended surgery intoxicated 12/23; school - J\'s disclosures 15/01 and 08/02. The WRAS referral of 25/02 states a previous crew referral was made on 19/08/2023 (mother collapsed intoxicated, children with no sober adult) - no record of that referral found on LCS. Decision: joint s47, CP medical today, ICPC.',
    c: [C('police', 'both', 'strategy-discussion'), C('paediatrics', 'both', 'strategy-discussion'), C('health-visiting', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion'), C('gp', 'both', 'strategy-discussion')], x: ['injury', 'domestic-abuse', 'substance-misuse'] },
  { k: 'c_ward', d: D('26/02/2024'), t: '14:00', step: 'S47 Enquiry', nt: 'Hospital visit', w: 'SW3',
    note: 'Visit to Ward 4 (children\'s), CRI 14:00 - M seen with MGM present. CP medical by Dr P1: scald pattern consistent with pulled kettle; delay of approx 20-25 mins before 999 call and no first aid; no other injuries. Ms T and Mr D seen on ward - safety plan agreed: M and J to stay with MGM on discharge.',
    c: [C('family', 'out', 'assessment'), C('paediatrics', 'in', 'information-share')], x: ['injury'] },
  { k: 'c_crp', d: D('27/02/2024'), t: null, step: 'S47 Enquiry', nt: 'Telephone call', w: 'SW3',
    note: 'Checks: t/c to Calderdene Recovery duty worker - Ms T open to the service Feb-Nov 2023, discharged 28/11/2023 after 3 DNAs. Recovery not aware CSC were involved during CIN. Assessment records 2 dependants, no other detail. Closure summary to follow by email.',
    c: [C('substance-misuse', 'out', 'information-request')], x: ['substance-misuse', 'non-engagement'] },
  { k: 'c_s47out2', d: D('01/03/2024'), t: null, step: 'S47 Enquiry', nt: 'Outcome', w: 'SW3 / TM3',
    note: 's47 outcome: substantiated - neglect (supervision, parental alcohol use) and emotional harm (DA). ICPC requested for M and J - 14/03/2024. Invitations to follow to police, school, 0-19, GP, CRI paediatrics and Calderdene Recovery.',
    c: [], x: ['neglect', 'domestic-abuse', 'substance-misuse'] },
];

// ======================================================================
// 4. health.txt (combined health return; agency per part / practitioner)
// ======================================================================
// p: paragraph id (entries sharing a p are printed in one paragraph)
const health = [
  // PART 1 GP
  { k: 'g_jan', part: 1, p: 'g1', ag: 'gp', d: D('10/01/2023', '10th January 2023'), t: null,
    text: "10th January 2023 - Telephone consultation, GP1. Ms T reported low mood, poor sleep and drinking 'a bottle of wine most nights, more at weekends'. PHQ-9 19. Sertraline increased to 100mg. Advised to self-refer to Calderdene Recovery Partnership. Ms T said her two children were 'fine' and her son 'is a big help'.",
    c: [C('family', 'out', 'phone-call')], x: ['parental-mental-health', 'substance-misuse'] },
  { k: 'g_rye', part: 1, p: 'g2', ag: 'gp', d: D('14/02/2023', '14th February'), t: null,
    text: "14th February - Previous records from Ryecroft Medical Practice received and summarised. These include a letter from Ryecroft 0-19 Service (November 2022) recording that Ms T smelt of alcohol at a clinic appointment, that M's 27-month review had not been attended on three occasions, and that the health visitor intended to discuss the family with Ryecroft Children's Social Care. Alert added: 'Parental alcohol misuse - children in household'.",
    c: [], x: ['substance-misuse', 'non-engagement'] },
  { k: 'g_apr', part: 1, p: 'g3', ag: 'gp', d: D('18/04/2023', '18th April'), t: null,
    text: "18th April - F2F, GP2. Anxiety 'through the roof', requesting diazepam. Says alcohol 'much less', attending Recovery. Diazepam 2mg TDS x 7 days issued, sertraline continued. Children not discussed.",
    c: [C('family', 'in', 'attendance')], x: ['parental-mental-health', 'substance-misuse'] },
  { k: 'g_wnb', part: 1, p: 'g4', ag: 'gp', d: D('04/05/2023', '4th May'), t: null,
    text: "4th May - Letter received from 0-19 Service: M not brought to her 3-year review on 4th April and 2nd May; home contact to be offered. Coded 'Child not brought to appointment'. Workflowed to GP1.",
    c: [C('health-visiting', 'in', 'letter')], x: ['non-engagement'] },
  { k: 'g_liaison', part: 1, p: 'g5', ag: 'gp', d: D('15/06/2023', '15th June'), t: null,
    text: "15th June - Practice safeguarding liaison meeting: GP1, practice nurse PN1 and HV1 (0-19 Service). M and J discussed: alert for parental alcohol; M not brought twice for 3-year review but since seen at home by HV1; a police domestic incident (HV aware via Front Door). Agreed HV to keep M at universal plus; GP1 to review Ms T's medication at next contact.",
    c: [C('health-visiting', 'both', 'conference')], x: ['substance-misuse', 'domestic-abuse', 'non-engagement'] },
  { k: 'g_edletter', part: 1, p: 'g6', ag: 'gp', d: D('25/08/2023', '25th August'), t: null,
    text: "25th August - ED discharge summary received from Calderdene Royal Infirmary: M attended 22nd August with possible ingestion of two of her mother's sertraline tablets while unsupervised; observed and discharged. Filed by administrator; no clinical review recorded.",
    c: [C('ed', 'in', 'letter')], x: ['neglect'] },
  { k: 'g_early', part: 1, p: 'g7', ag: 'gp', d: D('21/09/2023', '21st September'), t: null,
    text: "21st September - Ms T phoned requesting an early repeat of diazepam (re-issued by GP2 in July and August; third early request, prescription 'lost'). GP1 returned the call: speech slurred. Request declined; advised to contact Recovery. Children alert noted. No further action.",
    c: [C('family', 'in', 'phone-call'), C('family', 'out', 'phone-call')], x: ['substance-misuse', 'parental-mental-health'] },
  { k: 'g_crpdis', part: 1, p: 'g8', ag: 'gp', d: D('30/11/2023', '30th November'), t: null,
    text: "30th November - Discharge letter received from Calderdene Recovery Partnership: Ms T discharged 28th November after three consecutive missed appointments. Scanned to record.",
    c: [C('substance-misuse', 'in', 'letter')], x: ['non-engagement', 'substance-misuse'] },
  { k: 'g_dec', part: 1, p: 'g9', ag: 'gp', d: D('04/12/2023', '4th December'), t: '11:20',
    text: "4th December - F2F, GP2 (locum), 11:20. Ms T attended with M (4), smelt strongly of alcohol, requested diazepam. Said partner 'D' is 'back and helping with the kids'. Benzodiazepines declined. Advised re-referral to Recovery. Plan: discuss with safeguarding lead.",
    c: [C('family', 'in', 'attendance')], x: ['substance-misuse'] },
  { k: 'g_report', part: 1, p: 'g10', ag: 'gp', d: D('14/12/2023', '14th December'), t: null,
    text: "14th December - GP1 completed the report for the CSC Child in Need review, the request of 28th November having sat unopened in the practice safeguarding inbox. Report emailed to SW2 (medication history, early repeat requests, Recovery discharge, attendance of 4th December) after the review meeting had already been held.",
    c: [C('csc', 'out', 'information-share')], x: ['substance-misuse', 'non-engagement'] },
  { k: 'g_feb', part: 1, p: 'g11', ag: 'gp', d: D('05/02/2024', '5th February 2024'), t: null,
    text: "5th February 2024 - Telephone consultation, GP1 (call-back requested by Ms T). Low mood, 'drinking again since Christmas'. Sertraline continued. Advised self-referral to Recovery. Asked about the children: 'they're with me, D helps'. No onward referral.",
    c: [C('family', 'out', 'phone-call')], x: ['parental-mental-health', 'substance-misuse'] },
  { k: 'g_strat2', part: 1, p: 'g12', ag: 'gp', d: D('26/02/2024', '26th February'), t: '10:00',
    text: "26th February - GP1 joined the strategy discussion by telephone at 10:00 and shared the practice's records for Ms T and both children.",
    c: [C('csc', 'both', 'strategy-discussion'), C('police', 'both', 'strategy-discussion'), C('paediatrics', 'both', 'strategy-discussion'), C('health-visiting', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion')], x: [] },
  // PART 2 0-19
  { k: 'h_transfer', part: 2, p: 'h1', ag: 'health-visiting', d: D('21/03/2023', '21st March 2023'), t: null,
    text: "21st March 2023 - Transfer-in received from Ryecroft 0-19 Service for M. Transfer summary: universal level, 'no safeguarding concerns', 27-month review 'not completed - family moved'. No other records came with the transfer. Allocated to HV1 (Calderdene South). Letter sent inviting M to 3-year review clinic.",
    c: [C('family', 'out', 'letter')], x: [] },
  { k: 'h_sn1', part: 2, p: 'h2', ag: 'school-nursing', d: D('28/03/2023', '28th March'), t: null,
    text: "28th March - SN1, lunchtime drop-in at Holmroyd Academy. J (12) self-presented with headaches and tiredness. Said he looks after his little sister 'when mum's not well' and goes to bed late. Sleep hygiene advice given. With J's agreement SN1 spoke to the DSL, who confirmed J is on the school's young carers register. Follow-up drop-in offered.",
    c: [C('family', 'in', 'attendance'), C('school', 'out', 'information-share')], x: ['young-carer'] },
  { k: 'h_wnb1', part: 2, p: 'h3', ag: 'health-visiting', d: D('04/04/2023', '4th April'), t: null,
    text: "4th April - M not brought to 3-year review clinic. WNB letter sent with a new appointment.",
    c: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], x: ['non-engagement'] },
  { k: 'h_wnb2', part: 2, p: 'h4', ag: 'health-visiting', d: D('02/05/2023', '2nd May'), t: null,
    text: "2nd May - M not brought again. Letter to GP informing of WNB x2. HV1 to offer home contact.",
    c: [C('family', 'attempted', 'dna'), C('gp', 'out', 'letter')], x: ['non-engagement'] },
  { k: 'h_ppn', part: 2, p: 'h5', ag: 'health-visiting', d: D('17/05/2023', '17th May'), t: null,
    text: "17th May - Notification received from Calderdene Front Door: police domestic incident on 14th May, verbal, mother and partner intoxicated, children present. HV1 telephoned Ms T - no answer; letter sent offering a home visit.",
    c: [C('csc', 'in', 'notification'), C('family', 'attempted', 'phone-call'), C('family', 'out', 'letter')], x: ['domestic-abuse', 'substance-misuse'] },
  { k: 'h_hv1', part: 2, p: 'h6', ag: 'health-visiting', d: D('31/05/2023', '31st May'), t: null,
    text: "31st May - Home visit, HV1. Ms T and M seen. M engaged in play, speech age-appropriate, ASQ-3 completed - all areas above cut-off. M not taking up her funded nursery place. Ms T said the incident was 'just a row', her partner does not live there, and she is 'working with Early Help and the alcohol service'. Several empty wine bottles in the kitchen. Universal plus; review in 3 months.",
    c: [C('family', 'out', 'home-visit')], x: ['domestic-abuse', 'substance-misuse'] },
  { k: 'h_liaison', part: 2, p: 'h7', ag: 'health-visiting', d: D('15/06/2023', '15th June'), t: null,
    text: "15th June - HV1 attended the Brookfold Surgery safeguarding liaison meeting with GP1. M discussed: WNB history, DA notification, mother's alcohol use. Plan: universal plus, GP to review mother.",
    c: [C('gp', 'both', 'conference')], x: ['non-engagement', 'domestic-abuse', 'substance-misuse'] },
  { k: 'h_ednotif', part: 2, p: 'h8', ag: 'health-visiting', d: D('24/08/2023', '24th August'), t: null,
    text: "24th August - Paediatric liaison notification received from CRI ED: M attended on 22nd August with possible ingestion of her mother's sertraline while unsupervised. Reviewed by HV2 (duty): accidental, discharged, no follow-up required. Filed. Allocated HV1 on leave and not informed.",
    c: [C('ed', 'in', 'notification')], x: ['neglect'] },
  { k: 'h_s47', part: 2, p: 'h9', ag: 'health-visiting', d: D('04/10/2023', '4th October'), t: null,
    text: "4th October - Email from SW1 (CSC) requesting health information for a s47 enquiry. HV1 replied with the WNB history, the May home visit and the ED attendance.",
    c: [C('csc', 'in', 'information-request'), C('csc', 'out', 'information-share')], x: ['non-engagement'] },
  { k: 'h_cin1', part: 2, p: 'h10', ag: 'health-visiting', d: D('19/10/2023', '19th October'), t: null,
    text: "19th October - HV1 and SN1 attended the initial Child in Need meeting at Holmroyd Academy (SW1 chair, Ms T, DSL). HV1 to visit M at home; SN1 to offer J drop-in support.",
    c: [C('csc', 'both', 'conference'), C('school', 'both', 'conference'), C('family', 'both', 'conference')], x: [] },
  { k: 'h_hv2', part: 2, p: 'h11', ag: 'health-visiting', d: D('02/11/2023', '2nd November'), t: '11:00',
    text: "2nd November - Home visit, HV1. Ms T and M seen. Slight smell of alcohol at 11:00; Ms T said it was 'from last night'. M quieter than at the previous visit. HV1 emailed SW1 with her observations.",
    c: [C('family', 'out', 'home-visit'), C('csc', 'out', 'email')], x: ['substance-misuse'] },
  { k: 'h_cinrev', part: 2, p: 'h12', ag: 'school-nursing', d: D('12/12/2023', '12th December'), t: null,
    text: "12th December - SN1 attended the CIN review at Holmroyd Academy (SW2, DDSL, Ms T). CIN to close, step down to Early Help. SN1 to continue the drop-in offer to J.",
    c: [C('csc', 'both', 'conference'), C('school', 'both', 'conference'), C('family', 'both', 'conference')], x: [] },
  { k: 'h_apol', part: 2, p: 'h13', ag: 'health-visiting', d: D('12/12/2023', '12th December'), t: null,
    text: "12th December - HV1 sent apologies for the CIN review (clinic commitment); written update emailed to SW2 summarising the visit of 2nd November including the smell of alcohol.",
    c: [C('csc', 'out', 'email')], x: ['substance-misuse'] },
  { k: 'h_na1', part: 2, p: 'h14', ag: 'health-visiting', d: D('29/01/2024', '29th January 2024'), t: null,
    text: "29th January 2024 - HV1 home visit (Early Help TAF plan), no access. Card left.",
    c: [C('family', 'attempted', 'dna')], x: ['non-engagement'] },
  { k: 'h_sn2', part: 2, p: 'h15', ag: 'school-nursing', d: D('30/01/2024', '30th January'), t: null,
    text: "30th January - J seen at drop-in by SN1: 'tired', says things are 'OK at home'. Sleep advice.",
    c: [C('family', 'in', 'attendance')], x: [] },
  { k: 'h_na2', part: 2, p: 'h16', ag: 'health-visiting', d: D('12/02/2024', '12th February'), t: null,
    text: "12th February - Second no-access visit. HV1 emailed EHW1 (Early Help Hub) to report two no-access visits and asked for this to be raised at the next TAF.",
    c: [C('family', 'attempted', 'dna'), C('early-help', 'out', 'email')], x: ['non-engagement'] },
  { k: 'h_strat2', part: 2, p: 'h17', ag: 'health-visiting', d: D('26/02/2024', '26th February'), t: '10:00',
    text: "26th February - HV1 joined the strategy discussion (Teams) at 10:00 following M's admission with scalds and shared the 0-19 history.",
    c: [C('csc', 'both', 'strategy-discussion'), C('police', 'both', 'strategy-discussion'), C('paediatrics', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion'), C('gp', 'both', 'strategy-discussion')], x: ['injury'] },
  // PART 3 ED / ambulance
  { k: 'a_aug', part: 3, p: 'a1', ag: 'ambulance', d: D('19/08/2023', '19th August 2023'), t: '21:52',
    text: "19th August 2023, 21:52 - WRAS ePR (incident 8841207, Cat 2). 999 call made by J (12): 'mum's fallen and won't get up'. Crew on scene 22:14. Ms T on kitchen floor, GCS 14, strong smell of alcohol, 2cm laceration to forehead. Refused conveyance; capacity assessed and documented. J and M (3) at home with no other sober adult; crew phoned MGM, who attended at 22:50. Crew safeguarding referral (child) completed on the ePR for the WRAS safeguarding team, ref SG-23-0651.",
    c: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'phone-call')], x: ['substance-misuse', 'neglect'] },
  { k: 'a_fwd', part: 3, p: 'a1', ag: 'ambulance', d: D('21/08/2023', 'On 21st August'), t: null,
    text: "On 21st August the WRAS safeguarding team forwarded the referral to Calderdene Front Door by secure email.",
    c: [C('csc', 'out', 'referral')], x: [] },
  { k: 'e_ing', part: 3, p: 'e1', ag: 'ed', d: D('22/08/2023', '22nd August'), t: '14:05',
    text: "22nd August, 14:05 - CRI Children's ED. M (3y10m) brought in by MGM: found with her mother's sertraline blister pack, ?2 tablets taken while unsupervised (mother 'asleep'). Toxbase checked, observed 4 hours, discharged 18:30 to MGM's care. Safeguarding checklist: 'accidental ingestion, no concerns'; mother not present and not spoken to.",
    c: [C('family', 'in', 'attendance')], x: ['neglect'] },
  { k: 'e_notif', part: 3, p: 'e1', ag: 'ed', d: D('23/08/2023', 'The following day'), t: null,
    text: "The following day the paediatric liaison nurse sent the attendance notification to the 0-19 Service and the GP.",
    c: [C('health-visiting', 'out', 'notification'), C('gp', 'out', 'notification')], x: [] },
  { k: 'a_scald', part: 3, p: 'a2', ag: 'ambulance', d: D('25/02/2024', '25th February 2024'), t: '18:55',
    text: "25th February 2024, 18:55 - WRAS ePR (incident 9120334, Cat 2). 999 call from J (13): sister 'burnt with the kettle'. Crew on scene 19:09. M (4) with scalds to left chest, shoulder and upper arm, est. 5% TBSA, partial thickness; cooling had not been started. History from J: M pulled the kettle cable about 20 minutes before the call while he was making tea and mum was upstairs. Ms T came downstairs, smelt of alcohol, unsteady. Mr D arrived during assessment. M conveyed to CRI Children's ED with Ms T, handed over 19:38. Crew safeguarding referral SG-24-0188 forwarded to Calderdene EDT by email 20:41.",
    c: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('ed', 'out', 'other'), C('csc', 'out', 'referral')], x: ['injury', 'substance-misuse', 'young-carer'] },
  { k: 'e_scald', part: 3, p: 'e2', ag: 'ed', d: D('25/02/2024', '25th February 2024'), t: '19:40',
    text: "25th February 2024, 19:40 - CRI Children's ED, resus. M brought in by ambulance with Ms T. Scalds approx. 5% TBSA, partial thickness, chest and left arm. Analgesia, dressings; admitted to Ward 4 under paediatrics with plastics input. Ms T smelt of alcohol; her account of being 'in the bath' differs from the ambulance history. Delay in cooling noted. Nurse in charge phoned CSC EDT at 20:30 to make a referral.",
    c: [C('ambulance', 'in', 'other'), C('family', 'in', 'attendance'), C('csc', 'out', 'referral')], x: ['injury', 'substance-misuse'] },
];

// ======================================================================
// 5. substance.pdf (Calderdene Recovery Partnership IMR, numbered narrative)
// ======================================================================
const substance = [
  { k: 'm_ref', num: '1.1', d: D('02/02/2023', '2 February 2023'), t: null,
    text: 'On 2 February 2023 Ms T self-referred by telephone to the Single Point of Access, following advice from her GP. She reported drinking a bottle of wine a day and low mood. She was booked for a comprehensive assessment.',
    c: [C('family', 'in', 'referral')], x: ['substance-misuse', 'parental-mental-health'] },
  { k: 'm_assess', num: '1.2', d: D('09/02/2023', '9 February 2023'), t: null,
    text: "On 9 February 2023 Ms T attended the hub for a comprehensive assessment with Recovery Worker 1 (RW1). AUDIT score 29 (probable dependence). She described depression treated by her GP and drinking 8 to 10 units daily, mostly in the evenings. The 'Dependants' field records '2'; the children's ages, who cared for them when Ms T was drinking, and whether any other agency was involved were not asked. The safeguarding screen was marked 'no concerns'. Consent to share information was given for the GP only.",
    c: [C('family', 'in', 'attendance'), C('family', 'out', 'assessment')], x: ['substance-misuse', 'parental-mental-health'] },
  { k: 'm_s1', num: '1.3', d: D('09/03/2023', '9 March 2023'), t: null,
    text: "On 9 March 2023 Ms T attended her first one-to-one session with RW1. She said she had cut down and that 'the kids keep me going'. A recovery plan was agreed with fortnightly sessions.",
    c: [C('family', 'in', 'attendance')], x: ['substance-misuse'] },
  { k: 'm_jun', num: '1.4', d: D('07/06/2023', '7 June 2023'), t: null,
    text: "On 7 June 2023 Ms T attended. She reported drinking 'three or four nights a week' and said her new partner was 'really supportive'. The partner's own alcohol use and his relationship to the children were not explored. Ms T said she was 'working with Early Help'.",
    c: [C('family', 'in', 'attendance')], x: ['substance-misuse'] },
  { k: 'm_dna1', num: '1.5', d: D('09/08/2023', '9 August 2023'), t: null,
    text: 'On 9 August 2023 Ms T did not attend her appointment; RW1 telephoned and left a voicemail.',
    c: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], x: ['non-engagement'] },
  { k: 'm_aug15', num: '1.5', d: D('15/08/2023', '15 August'), t: null,
    text: "On 15 August she attended a rearranged appointment and said she had had 'a bad few weeks' but did not want to talk about it.",
    c: [C('family', 'in', 'attendance')], x: [] },
  { k: 'm_da', num: '1.6', d: D('29/08/2023', '29 August 2023'), t: null,
    text: "On 29 August 2023 Ms T attended with a bruise to her left forearm. She told RW1 that her partner had 'grabbed her' during a recent argument and that she had also recently 'had a fall' when an ambulance came out. RW1 gave her the National Domestic Abuse Helpline number. No DASH risk assessment was completed, the children's whereabouts during the incidents were not asked about, and no referral was made to Children's Social Care or the police.",
    c: [C('family', 'in', 'attendance')], x: ['domestic-abuse'] },
  { k: 'm_dna2', num: '1.7', d: D('26/09/2023', '26 September 2023'), t: null,
    text: 'On 26 September 2023 Ms T did not attend. A letter offering a new appointment was sent.',
    c: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], x: ['non-engagement'] },
  { k: 'm_sw', num: '1.8', d: D('17/10/2023', '17 October 2023'), t: null,
    text: "On 17 October 2023 Ms T attended 40 minutes late. She said that 'social services are involved because of what happened with [partner]' and that she now had a social worker 'for the kids'. RW1 recorded this but did not ask for the social worker's details, seek consent to contact Children's Social Care, or discuss it with a manager.",
    c: [C('family', 'in', 'attendance')], x: ['domestic-abuse'] },
  { k: 'm_dna3', num: '1.9', d: D('24/10/2023', '24 October 2023'), t: null,
    text: 'On 24 October 2023 Ms T did not attend and could not be reached by telephone.',
    c: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], x: ['non-engagement'] },
  { k: 'm_dna4', num: '1.10', d: D('07/11/2023', '7 November 2023'), t: null,
    text: 'On 7 November 2023 Ms T did not attend. RW1 telephoned; the phone was switched off.',
    c: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], x: ['non-engagement'] },
  { k: 'm_dna5', num: '1.11', d: D('14/11/2023', '14 November 2023'), t: null,
    text: 'On 14 November 2023 Ms T did not attend for the third consecutive time. An opt-in letter was sent giving her 14 days to make contact.',
    c: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], x: ['non-engagement'] },
  { k: 'm_close', num: '1.12', d: D('28/11/2023', '28 November 2023'), t: null,
    text: "On 28 November 2023, having had no response, the case was closed under the service's non-engagement policy and a discharge letter was sent to the GP. No contact was made with Children's Social Care, although Ms T had reported that a social worker was involved.",
    c: [C('gp', 'out', 'letter')], x: ['non-engagement'] },
  { k: 'm_csc', num: '1.13', d: D('27/02/2024', '27 February 2024'), t: null,
    text: "On 27 February 2024 SW3 (Children's Social Care) telephoned the duty worker requesting information following M's injury.",
    c: [C('csc', 'in', 'information-request')], x: ['injury'] },
  { k: 'm_share', num: '1.13', d: D('28/02/2024', 'the following day'), t: null,
    text: 'The closure summary was shared with SW3 by secure email the following day.',
    c: [C('csc', 'out', 'information-share')], x: [] },
];

// ======================================================================
// Files and refs
// ======================================================================
const FILES = [
  { file: 'school.docx', agency: 'school', format: 'docx', list: school },
  { file: 'police.csv', agency: 'police', format: 'csv', list: police },
  { file: 'csc.xlsx', agency: 'csc', format: 'xlsx', list: [...csc2023, ...csc2024] },
  { file: 'health.txt', agency: 'mixed', format: 'txt', list: health },
  { file: 'substance.pdf', agency: 'substance-misuse', format: 'pdf', list: substance },
];
const byKey = {};
FILES.forEach((f, fi) => f.list.forEach((e, i) => {
  if (byKey[e.k]) throw new Error('dup key ' + e.k);
  e.ref = `${f.file}#${i + 1}`; e.fileIndex = fi; e.ord = i + 1;
  e.agency = e.ag ?? f.agency;
  byKey[e.k] = e;
}));
const R = (k) => { if (!byKey[k]) throw new Error('no key ' + k); return byKey[k].ref; };

// ---------- text for gold ----------
school.forEach(e => { e.gtext = e.cells.join(' | '); });
police.forEach(e => { e.gtext = [e.occ, e.loc, e.type, e.sum, e.off, e.disp].join(' | ') + (e.cont ? ' ' + e.cont : ''); });
[...csc2023, ...csc2024].forEach(e => { e.gtext = [e.step, e.nt, e.w, e.note].join(' | '); });
health.forEach(e => { e.gtext = e.text; });
substance.forEach(e => { e.gtext = e.text; });

// ======================================================================
// Write school.docx
// ======================================================================
{
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, PageOrientation, AlignmentType, BorderStyle } = docx;
  const hdr = ['Date/Time', 'Student', 'Category', 'Incident', 'Action taken', 'Linked staff'];
  const widths = [1500, 1000, 1500, 5200, 3600, 1300];
  const cell = (txt, w, bold = false, shade = false) => new TableCell({
    width: { size: w, type: WidthType.DXA },
    shading: shade ? { fill: 'D9E2F3' } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text: txt, bold, size: 18, font: 'Arial' })] })],
  });
  const rows = [new TableRow({ tableHeader: true, children: hdr.map((h, i) => cell(h, widths[i], true, true)) })];
  for (const e of school) rows.push(new TableRow({ children: [e.dt, ...e.cells].map((t, i) => cell(t, widths[i])) }));
  const doc = new Document({
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        new Paragraph({ children: [new TextRun({ text: 'HOLMROYD ACADEMY (Calder Moor Learning Trust)', bold: true, size: 28, font: 'Arial' })] }),
        new Paragraph({ children: [new TextRun({ text: 'CPOMS - Incident export | Student filter: J (DOB 02/11/2010) | Categories: All | Sorted by date', size: 20, font: 'Arial' })] }),
        new Paragraph({ children: [new TextRun({ text: 'Exported by DSL for Calderdene Safeguarding Children Partnership - CSPR Child M. OFFICIAL-SENSITIVE. Names replaced with roles.', italics: true, size: 18, font: 'Arial' })] }),
        new Paragraph({ children: [] }),
        new Table({ rows, width: { size: 14100, type: WidthType.DXA } }),
        new Paragraph({ children: [] }),
        new Paragraph({ children: [new TextRun({ text: `End of export - ${school.length} incidents. Key: AO = attendance officer, TA1 = teaching assistant (key adult), DSL/DDSL = designated / deputy safeguarding lead, HoY = head of year, YC = young carer.`, size: 16, font: 'Arial' })] }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, 'school.docx'), await Packer.toBuffer(doc));
}

// ======================================================================
// Write police.csv
// ======================================================================
{
  const q = (s) => (s == null ? '' : /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
  const lines = [];
  lines.push('WEST RIDING POLICE - CALDERDENE DISTRICT,,,,,,');
  lines.push(q('Occurrence enquiry export - linked nominals: Ms T, Mr D; linked address - search period 01/01/2023 to 01/03/2024 - prepared for CSPR (Child M)') + ',,,,,,');
  lines.push(',,,,,,');
  lines.push('Occ No,Reported,Location Type,Occurrence Type,Summary,Officer,Disposal');
  for (const e of police) {
    lines.push([e.occ, e.rep, e.loc, e.type, e.sum, e.off, e.disp].map(q).join(','));
    if (e.cont) lines.push(['', '', '', '', e.cont, '', ''].map(q).join(','));
  }
  lines.push(',,,,,,');
  lines.push(q(`End of report - ${police.length} records`) + ',,,,,,');
  fs.writeFileSync(path.join(OUT, 'police.csv'), lines.join('\r\n') + '\r\n');
}

// ======================================================================
// Write csc.xlsx
// ======================================================================
{
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Calderdene Council LCS';
  const addSheet = (name, list, blankAfter) => {
    const ws = wb.addWorksheet(name);
    ws.columns = [{ width: 20 }, { width: 14 }, { width: 22 }, { width: 20 }, { width: 110 }];
    ws.addRow([`Calderdene Council - Children's Social Care - Case notes export (LCS) - Child M (LCS 4471203) and J (LCS 4471204) - ${name}`]);
    ws.mergeCells(1, 1, 1, 5);
    ws.getRow(1).font = { bold: true };
    ws.addRow([]);
    const h = ws.addRow(['Step', 'Case note date', 'Note type', 'Worker', 'Note']);
    h.font = { bold: true };
    h.eachCell(c => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }; });
    for (const e of list) {
      const [y, m, d] = e.d.earliest.split('-').map(Number);
      const r = ws.addRow([e.step, new Date(Date.UTC(y, m - 1, d)), e.nt, e.w, e.note]);
      r.getCell(2).numFmt = 'dd/mm/yyyy';
      r.getCell(5).alignment = { wrapText: true, vertical: 'top' };
      if (blankAfter && blankAfter.includes(e.k)) ws.addRow([]);
    }
  };
  addSheet('2023', csc2023, ['c_ehclose', 'c_cinrev']);
  addSheet('2024', csc2024, []);
  await wb.xlsx.writeFile(path.join(OUT, 'csc.xlsx'));
}

// ======================================================================
// Write health.txt
// ======================================================================
{
  const wrap = (s, n = 96) => { const out = []; let line = ''; for (const w of s.split(' ')) { if ((line + ' ' + w).trim().length > n) { out.push(line); line = w; } else line = (line ? line + ' ' : '') + w; } if (line) out.push(line); return out.join('\n'); };
  const paras = []; const seen = new Map();
  for (const e of health) { if (!seen.has(e.p)) { seen.set(e.p, { part: e.part, texts: [] }); paras.push(seen.get(e.p)); } seen.get(e.p).texts.push(e.text); }
  const out = [];
  out.push('CALDERDENE SAFEGUARDING CHILDREN PARTNERSHIP');
  out.push('CHILD SAFEGUARDING PRACTICE REVIEW - CHILD M (and sibling J)');
  out.push('Combined health chronology return, collated by the Designated Nurse, NHS Calder and Ryeburn ICB');
  out.push('Subjects: Child M (DOB 14/10/2019), J (DOB 02/11/2010). Mother: Ms T. Period: 01/01/2023 - 01/03/2024');
  out.push('');
  const partHead = {
    1: ['PART 1   GP (Brookfold Surgery, Calderdene)', "Ms T, J and M are registered at Brookfold Surgery, having moved to Calderdene from Ryecroft. GP1 is the practice safeguarding lead. Entries are summarised from EMIS Web by the practice."],
    2: ['PART 2   0-19 Service (health visiting and school nursing) - Calder Valley Community Health NHS Trust', 'M transferred into the Calderdene 0-19 Service from Ryecroft. J is known to the school nursing team that covers Holmroyd Academy. HV = health visitor, SN = school nurse, WNB = was not brought.'],
    3: ['PART 3   Emergency Department / Ambulance', "West Riding Ambulance Service NHS Trust (WRAS) ePR summaries and Calderdene Royal Infirmary (CRI) Emergency Department records, Calder Valley Hospitals NHS Foundation Trust."],
  };
  let cur = 0;
  for (const p of paras) {
    if (p.part !== cur) {
      if (cur) { out.push(''); }
      cur = p.part;
      out.push('='.repeat(96)); out.push(partHead[cur][0]); out.push('='.repeat(96)); out.push('');
      out.push(wrap(partHead[cur][1])); out.push('');
    }
    out.push(wrap(p.texts.join(' '))); out.push('');
  }
  // undated closing notes (not entries)
  out.splice(out.lastIndexOf('PART 2   0-19 Service (health visiting and school nursing) - Calder Valley Community Health NHS Trust') - 2, 0,
    wrap('The practice does not hold any invitation to, or minutes of, a Child in Need meeting for either child.'), '');
  out.push(wrap('Note: ED and ambulance records for Ms T as an adult patient are outside this return except where the children were present.'));
  out.push('');
  out.push('END OF HEALTH RETURN');
  fs.writeFileSync(path.join(OUT, 'health.txt'), out.join('\n') + '\n');
}

// ======================================================================
// Write substance.pdf (via .docx and LibreOffice)
// ======================================================================
{
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType } = docx;
  const P = (t, o = {}) => new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: t, size: 22, font: 'Calibri', ...o })] });
  const NP = (num, t) => new Paragraph({ spacing: { after: 160 }, indent: { left: 720, hanging: 720 }, children: [new TextRun({ text: `${num}\t${t}`, size: 22, font: 'Calibri' })] });
  const groups = []; const gm = new Map();
  for (const e of substance) { if (!gm.has(e.num)) { gm.set(e.num, []); groups.push([e.num, gm.get(e.num)]); } gm.get(e.num).push(e.text); }
  const children = [
    P('Calderdene Recovery Partnership (delivered by Pennine Together CIC)', { bold: true, size: 28 }),
    P('Individual Management Review - Chronology of Involvement', { bold: true, size: 26 }),
    P('Child Safeguarding Practice Review: Child M and J - Calderdene Safeguarding Children Partnership', { italics: true }),
    P('Author: Service Manager (Safeguarding), Calderdene Recovery Partnership. Version 2.'),
    P('Service user: Ms T (mother of Child M and J). Abbreviations: RW = recovery worker; SPA = single point of access; DNA = did not attend.'),
    P('1. Chronology of involvement', { bold: true, size: 24 }),
    ...groups.map(([num, ts]) => NP(num, ts.join(' '))),
    P('2. Analysis', { bold: true, size: 24 }),
    NP('2.1', "Throughout the period RW1 did not complete the service's Hidden Harm (children and families) screening tool, which is mandatory where a client has dependent children. No check was made with Children's Social Care, the GP or the children's schools."),
    NP('2.2', 'The disclosure of a physical assault by the partner should have led to a DASH risk assessment and a referral to Children\'s Social Care. The service was not invited to, and did not know about, any Child in Need meeting.'),
    NP('2.3', "The service's non-engagement policy does not require contact with other agencies before closure. Closure was not discussed with the GP beforehand and Children's Social Care was not told."),
    P('3. Learning', { bold: true, size: 24 }),
    NP('3.1', 'Think Family training to be refreshed for all recovery workers; Hidden Harm screen to become a required field on the case management system before an assessment can be saved.'),
  ];
  const doc = new Document({ sections: [{ children }] });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'w5calder-'));
  const src = path.join(tmp, 'substance.docx');
  fs.writeFileSync(src, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, src], { stdio: 'ignore' });
  fs.rmSync(tmp, { recursive: true, force: true });
}

// ======================================================================
// Gold
// ======================================================================
const dupGroups = [
  ['p_strat1', 'c_strat1'],
  ['s_swcall', 'c_educ'],
  ['c_health', 'h_s47'],
  ['s_cin1', 'c_cin1', 'h_cin1'],
  ['s_cinrev', 'c_cinrev', 'h_cinrev'],
  ['s_consult', 'c_consult'],
  ['s_strat2', 'p_strat2', 'c_strat2', 'g_strat2', 'h_strat2'],
  ['g_liaison', 'h_liaison'],
  ['c_crp', 'm_csc'],
];
const duplicates = [];
for (const g of dupGroups) {
  const es = g.map(k => byKey[k]).sort((a, b) => a.d.earliest.localeCompare(b.d.earliest) || a.fileIndex - b.fileIndex || a.ord - b.ord);
  for (const e of es.slice(1)) e.duplicateOf = es[0].ref;
  duplicates.push(es.map(e => e.ref));
}

const P = 'W5CAL';
const gaps = [
  { id: `${P}-G01`, code: 'G9', alsoAcceptable: ['G5'], from: 'health-visiting', to: ['health-visiting'], anchors: [R('h_transfer'), R('g_rye')],
    note: "M's health visiting record transferred from Ryecroft 0-19 Service with a summary saying 'no safeguarding concerns' and only 'not completed' for the 27-month review, although the Ryecroft health visitor had recorded maternal alcohol use, three missed reviews and an intention to discuss the family with Ryecroft CSC (seen in the GP's summarised records). Calderdene 0-19 started at universal level without that history." },
  { id: `${P}-G02`, code: 'G7', from: 'substance-misuse', to: ['csc', 'gp'], anchors: [R('m_assess'), R('m_jun')],
    note: "Calderdene Recovery assessed and worked with a dependent drinker with two children for nine months without asking the children's ages, who cared for them when she drank, or which agencies were involved, without exploring the new partner, and without any check with CSC or the GP (Hidden Harm screen not done): no 'think family'." },
  { id: `${P}-G03`, code: 'G2', from: 'school', to: ['csc'], anchors: [R('s_ref1'), R('s_chase1'), R('c_ref')],
    note: 'The DSL submitted a referral through the Front Door portal on 12/06/2023; the Front Door had no record of it when chased on 23/06 and CSC recorded on 05/07 that it could not be found. Three weeks were lost before the resubmitted referral was screened.' },
  { id: `${P}-G04`, code: 'G10', alsoAcceptable: ['G3'], from: 'school', to: ['csc'], anchors: [R('s_ref2'), R('c_ref')],
    note: "The school's resubmitted referral stated that M (3) was at risk of significant harm through neglect (mother intoxicated in the day, M left with a 12-year-old, new partner, DI in May) and asked for s17/s47 consideration; the Front Door screened it as a young carer support need for J (level 2), signposted and re-referred to an Early Help service that had just closed the family for non-engagement, relying on the mother's word." },
  { id: `${P}-G05`, code: 'G4', from: 'csc', to: ['school'], anchors: [R('c_ref'), R('s_att3'), R('s_chase2'), R('c_educ')],
    note: "CSC recorded 'Referrer informed of outcome: No' on the school's referral; the school had no outcome by the end of term, chased by email in September without reply, and still had none when the social worker rang in October." },
  { id: `${P}-G06`, code: 'G1', alsoAcceptable: ['G7'], from: 'police', to: ['csc'], anchors: [R('p_welfare')],
    note: "A neighbour's 101 call reported a child crying for a long time, the mother drunk and the 13-year-old looking after the little one, at an address with a DI two months earlier. The call was closed after a phone call to the mother with no deployment and no PPN, so CSC (and the school) never heard of it." },
  { id: `${P}-G07`, code: 'G2', from: 'ambulance', to: ['csc'], anchors: [R('a_aug'), R('a_fwd'), R('c_strat2')],
    note: 'The ambulance crew raised a child safeguarding referral when the mother collapsed intoxicated with J and M alone, and the WRAS safeguarding team forwarded it to the Front Door on 21/08/2023; CSC has no record of it (confirmed at the February 2024 strategy discussion).' },
  { id: `${P}-G08`, code: 'G3', from: 'ed', to: ['health-visiting', 'gp'], anchors: [R('e_notif'), R('h_ednotif'), R('g_edletter')],
    note: "ED notified the 0-19 service and GP that M (3) had probably swallowed her mother's sertraline while unsupervised. The duty health visitor filed it as accidental with no follow-up and without telling the allocated HV; the GP practice filed the discharge summary with no clinical review. Neither linked it to the known parental alcohol concern or told CSC." },
  { id: `${P}-G09`, code: 'G1', from: 'substance-misuse', to: ['csc', 'police'], anchors: [R('m_da')],
    note: 'Ms T disclosed to her recovery worker that her partner had grabbed her (visible bruise) and that an ambulance had been called after a fall. The worker gave a helpline number only: no DASH, no question about where the children were, no referral to CSC or the police.' },
  { id: `${P}-G10`, code: 'G1', alsoAcceptable: ['G5'], from: 'police', to: ['school'], anchors: [R('p_di2'), R('s_bruise')],
    note: "After the assault on 30/09/2023, in which J was pushed while intervening, no Operation Encompass notification was sent because J's school was not recorded on the occurrence. The school saw J withdrawn and bruised on 03/10 with no knowledge of the incident and only learned of it from the social worker on 04/10." },
  { id: `${P}-G11`, code: 'G6', from: 'csc', to: ['school', 'health-visiting', 'gp'], anchors: [R('c_strat1'), R('p_strat1')],
    note: "The strategy discussion after the assault was held between CSC and police alone. The school (young carer disclosures, two referrals, attendance), the 0-19 service (missed reviews, ingestion in August) and the GP (alcohol, benzodiazepine requests) were not part of it; health and education were left to 'checks to follow' and the GP was never contacted." },
  { id: `${P}-G12`, code: 'G8', alsoAcceptable: ['G1'], from: 'substance-misuse', to: ['csc'], anchors: [R('m_sw'), R('m_dna3'), R('m_dna4'), R('m_dna5'), R('m_close')],
    note: 'After Ms T told the service a social worker was involved, she missed four appointments in a row and was closed for non-engagement; the service only wrote to the GP and never contacted CSC, while CSC was basing its CIN plan on her engagement with the service.' },
  { id: `${P}-G13`, code: 'G5', alsoAcceptable: ['G3'], from: 'gp', to: ['csc'], anchors: [R('c_gpreq'), R('c_cinrev'), R('g_report'), R('c_gprep')],
    note: "The GP report requested for the CIN review sat unseen in the practice safeguarding inbox and arrived two days after the review. It held what the meeting lacked (attendance intoxicated with M on 04/12, Recovery discharge on 28/11, partner back). CSC read it and let the step-down stand." },
  { id: `${P}-G14`, code: 'G7', alsoAcceptable: ['G6'], from: 'csc', to: ['substance-misuse'], anchors: [R('c_s47out'), R('c_cin1'), R('c_cinv1'), R('c_cinrev')],
    note: "CSC's decision not to go to ICPC, the CIN plan and the step-down all rested on Ms T's own account that she was attending Calderdene Recovery and not drinking. CSC never checked this with the service, and never invited it to a CIN meeting; it had in fact closed her on 28/11/2023." },
  { id: `${P}-G15`, code: 'G3', alsoAcceptable: ['G10'], from: 'school', to: ['csc'], anchors: [R('s_consult'), R('c_consult')],
    note: "J told school that the partner, who had been excluded by a DVPO, was shouting at and punishing M (4), that his mother was incapacitated and that he did not want to go home. The Front Door treated the DDSL's call as a consultation, not a contact, and pointed it back to Early Help, 17 days before M was scalded." },
];
const decoys = [
  { id: `${P}-D01`, looksLike: ['G1', 'G2'], refs: [R('p_di1'), R('s_enc')],
    note: 'After the first domestic incident police sent an Operation Encompass notification at 06:45; the school logged it at 08:20 and the key adult spoke to J that morning. It was sent, received and acted on.' },
  { id: `${P}-D02`, looksLike: ['G1'], refs: [R('g_liaison'), R('h_liaison')],
    note: "The GP practice did share its concerns about the mother's alcohol use and the missed reviews with the health visitor, at its safeguarding liaison meeting; both records show the discussion and an agreed plan." },
  { id: `${P}-D03`, looksLike: ['G6'], refs: [R('c_strat2'), R('p_strat2'), R('s_strat2'), R('g_strat2'), R('h_strat2')],
    note: 'The strategy discussion after the scald included CSC, police, the paediatrician, the 0-19 service, the school and the GP: every agency then involved with the children took part. (Calderdene Recovery had closed the mother three months earlier and was contacted the next day.)' },
  { id: `${P}-D04`, looksLike: ['G8'], refs: [R('h_na1'), R('h_na2')],
    note: 'After two no-access visits in early 2024 the health visitor did escalate: she emailed the Early Help worker who was running the TAF plan and asked for it to be raised at the TAF.' },
];

const entries = FILES.flatMap(f => f.list.map(e => {
  const o = { ref: e.ref, agency: e.agency, date: e.d, time: e.t ?? null, text: e.gtext, contacts: e.c, concerns: e.x };
  if (e.duplicateOf) o.duplicateOf = e.duplicateOf;
  return o;
}));

const conventions = {
  frontDoor: "Calderdene Front Door is Children's Social Care's own referral and screening team, not a MASH; its rows are csc and every contact naming the Front Door (PPNs, referrals, consultation calls) is with csc. The word MASH does not occur in this case.",
  earlyHelp: 'The Early Help Hub (EHA, TAF, EHW1/EHW2) is early-help. It has no file of its own and appears through others.',
  zeroToNineteen: "health.txt PART 2 is one 0-19 service: paragraphs about M by a health visitor (HV1, HV2) are health-visiting; paragraphs about J by the school nurse (SN1) are school-nursing. Contacts between the HVs and the SN inside that service are internal (not contacts). A paragraph naming both HV1 and SN1 takes the agency of the practitioner named first (HV1).",
  healthTxt: 'health.txt is a mixed file: PART 1 gp, PART 2 as above, PART 3 ambulance (WRAS ePR) or ed (CRI Children\'s ED) by the service each paragraph describes.',
  sameIdTransfers: "Record transfers between two services with the same agency id (Ryecroft 0-19 to Calderdene 0-19; Ryecroft Medical Practice to Brookfold Surgery) are not counted as contacts; the Ryecroft-to-Calderdene 0-19 transfer gap (G9) therefore has from and to both health-visiting.",
  subjects: "The review concerns Child M (4, scalded, index child) and her brother J (13, young carer). Both are subjects: injury is tagged for either child. Ms T is their mother; Mr D is her partner from spring 2023; MGM is the maternal grandmother.",
  schoolPupil: "School staff speaking to J in school are not contacts with the family (that is the school's normal day). Calls, letters, visits and meetings with Ms T are family contacts. Parents at CIN/TAF meetings: family, both, conference.",
  attendance: "School attendance figures below the persistent-absence line are tagged neglect; missed attendance meetings and no-access visits are non-engagement.",
  otherBodies: "Magistrates' court, CPS and the MARAC (as a forum) are other. Ambulance handover at ED: ambulance {ed, out, other}, ED {ambulance, in, other}.",
  vagueDates: "School 'w/c 23/1' and 'w/c 11/9' are the week Monday to Sunday (2023). 'Autumn 2 2023' is the second half of the autumn term, taken as Monday 30/10/2023 (after the half-term week 23-27 October) to 20/12/2023, precision range. health.txt dates after the first full date of each part omit the year; entries in 2024 restate it.",
  splitParagraphs: "health.txt PART 3 has two paragraphs that hold two entries each ('On 21st August...', 'The following day...'); substance.pdf paragraphs 1.5 and 1.13 each hold two entries. Numbered paragraphs 2.x and 3.x (analysis, learning) and the undated notes in health.txt are not entries.",
};

const gold = {
  case: CASE,
  title: 'Calderdene CSPR: Child M (4, scalded at home) and her brother J (13, young carer)',
  reviewType: 'cspr',
  reviewPeriod: { from: '2023-01-01', to: '2024-03-01' },
  conventions,
  files: FILES.map(f => ({ file: f.file, agency: f.agency, format: f.format })),
  entries,
  gaps,
  duplicates,
  decoys,
};
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// ======================================================================
// README
// ======================================================================
const count = (code) => gaps.filter(g => g.code === code).length;
const readme = `# ${CASE}: invented CSPR case (West Yorkshire-style borough)

**Everything here is made up**: Calderdene, Ryecroft, Ovenby, Holmroyd Academy, Brookfold Surgery,
Calderdene Royal Infirmary (CRI), West Riding Police, West Riding Ambulance Service (WRAS), Calder
Valley Community Health NHS Trust, Calderdene Recovery Partnership / Pennine Together CIC, and every
person in them. Generated by \`/work/blind/generators/${CASE}.mjs\`.

## Brief
- **Children**: Child M (girl, DOB 14/10/2019, the index child, scalded at home on Sunday 25/02/2024)
  and her brother J (DOB 02/11/2010, Y7 in 2022/23 and Y8 in 2023/24 at Holmroyd Academy), a young carer.
- **Adults**: Ms T (mother; alcohol dependence, depression, on sertraline with diazepam requests);
  Mr D (her partner from spring 2023; DI in May 2023; strangled her in September 2023 -> arrest,
  DVPN, 28-day DVPO; NFA by CPS; back in the home by December); MGM (maternal grandmother).
- **Period**: 01/01/2023 to 01/03/2024 (about 14 months). The family had moved from Ryecroft late in 2022.
- **What went wrong**: J's caring role and his mother's drinking were known in school from January 2023;
  the school's first referral vanished, the second was screened as a young carer need; an EHA closed for
  non-engagement; the 101 welfare call and the ambulance crew's referral never reached CSC; ED's
  notification of M's tablet ingestion was filed; the recovery service never asked about the children, did
  nothing with a DA disclosure and closed Ms T without telling anyone but the GP; the strategy discussion
  after the assault was police and CSC only; the CIN plan rested on the mother's word and was stepped down
  two days before the GP's late report showed she was drinking and the partner was back; the school's last
  call to the Front Door was pointed back at Early Help 17 days before the scald.

## Files
| file | agency | layout |
|---|---|---|
| school.docx | school | CPOMS-style export, title lines, ONE table: Date/Time, Student, Category, Incident, Action taken, Linked staff; times in the date cell; "w/c 23/1", "w/c 11/9", "Autumn 2 2023" |
| police.csv | police | occurrence export with two title lines and a blank line before the header Occ No,Reported,Location Type,Occurrence Type,Summary,Officer,Disposal; DD/MM/YYYY HH:MM; quoted summaries; continuation rows with only the Summary cell filled (not entries) |
| csc.xlsx | csc | LCS case notes, sheets "2023" and "2024", a title row, a blank row, then Step / Case note date / Note type / Worker / Note; two blank rows inside sheet 2023 |
| health.txt | mixed | PART 1 GP, PART 2 0-19 (HV and SN), PART 3 ED / ambulance; prose paragraphs, "14th February" style dates after each part's first full date; undated notes |
| substance.pdf | substance-misuse | IMR: numbered narrative 1.1-1.13 (chronology), 2.x analysis and 3.x learning (not entries); made from .docx with LibreOffice |

Entries: ${entries.length} (school ${school.length}, police ${police.length}, csc ${csc2023.length + csc2024.length}, health ${health.length}, substance ${substance.length}).
Gaps: ${gaps.length} (${['G1','G2','G3','G4','G5','G6','G7','G8','G9','G10'].map(c => `${c} x${count(c)}`).join(', ')}). Decoys: ${decoys.length}. Duplicate groups: ${duplicates.length}.

## Case-specific conventions
${Object.entries(conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme);

console.log(`entries ${entries.length}; gaps ${gaps.length}; decoys ${decoys.length}; dup groups ${duplicates.length}`);
