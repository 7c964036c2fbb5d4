// Generator for the invented case cspr-hexley-neglect (Hexley CSPR, Child J and Child R).
// Writes the agency files, gold.json and README.md from one set of definitions.
// Run: node /work/blind/generators/cspr-hexley-neglect.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';

const require = createRequire('/work/blind/tools/package.json');
const ExcelJS = require('exceljs');
const docx = require('docx');

const CASE = 'cspr-hexley-neglect';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

const F = {
  csc: 'childrens-services-export.xlsx',
  school: 'school-safeguarding-records.docx',
  phn: '0-19-service.txt',
  gp: 'gp-practice.csv',
  police: 'police-incidents.csv',
};

// ---------- helpers ----------
const C = (w, direction, type) => ({ with: w, direction, type });
const day = (raw, iso, extra = {}) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain: false, ...extra });

// every entry: { file, key, agency, date, time, text, contacts, concerns, dup? , render-specific fields }
const ALL = [];
function add(e) { ALL.push(e); return e; }

// ======================================================================
// 1. Children's Services export (xlsx, one sheet per year)
// columns: Date | Team | Step / Form | Worker | Case Note | Outcome
// ======================================================================
const TEAM_AGENCY = {
  'Front Door': 'csc',
  'Early Help Hub': 'early-help',
  'Assessment Team': 'csc',
  'Child in Need': 'csc',
  'EDT': 'csc',
};
function csc(key, sheet, iso, team, step, worker, note, outcome, contacts, concerns, opts = {}) {
  const [y, m, d] = iso.split('-');
  const raw = `${d}/${m}/${y}`;
  const fullNote = opts.cont ? `${note} ${opts.cont}` : note;
  return add({
    file: F.csc, key, sheet, iso, team, step, worker, note, outcome, cont: opts.cont || null,
    agency: TEAM_AGENCY[team],
    date: day(raw, iso),
    time: opts.time || null,
    text: [team, step, worker, fullNote, outcome].join(' | '),
    contacts, concerns, dup: opts.dup || null, blankAfter: !!opts.blankAfter,
  });
}

// ---- 2022 ----
csc('c22_1', '2022', '2022-01-12', 'Front Door', 'Contact – Police PPN', 'SW1',
  "PPN rec'd from police (log NEC-220110-0412). Domestic incident at home address 10/01 – ex-partner Darren PATTISON (father of both children) attended, verbal argument, pushed mother. Mother Lorraine DUNMORE has MS, uses wheelchair. Children in household: Jade DUNMORE (10), Riley PATTISON (5m). DASH standard (6). No previous CSC involvement. LCS checks – nil.",
  'NFA – information only. Letter to mother re support services. No further role for CSC.',
  [C('police', 'in', 'notification'), C('family', 'out', 'letter')], ['domestic-abuse']);
csc('c22_2', '2022', '2022-02-08', 'Front Door', 'Professional consultation', 'SW2',
  'Call from DSL, Hexley Moor Primary. Jade (Y6) late x4, tired, helping mum (MS) at night and with baby brother. No disclosures of harm. Advised does not meet threshold for CSC – school to complete EHA with parental consent and consider referral to Hexley Young Carers. No contact record created.',
  'Advice and guidance – NFA',
  [C('school', 'in', 'phone-call')], ['young-carer']);
csc('c22_3', '2022', '2022-02-17', 'Early Help Hub', 'EH Request', 'TM2',
  "EH request rec'd from Hexley Moor Primary (DSL) with signed consent. Young carer concerns, lateness, mother's health. Allocated to FSW2.",
  'Allocated',
  [C('school', 'in', 'referral')], ['young-carer']);
csc('c22_4', '2022', '2022-03-09', 'Early Help Hub', 'EHA – Home Visit', 'FSW2',
  "Initial EHA visit. Mum, Jade and Riley seen. Mum in wheelchair, fatigue. Jade makes tea most nights, does shopping after school and gives mum her tablets. Mum says she has 'a glass or two' of wine to help with the pain – several empty wine bottles in kitchen. House cluttered, pots piled up, Riley's cot clean. Mum says Darren left Nov 21 'and good riddance'.",
  'EHA started. Plan: TAF, YC referral, benefits check',
  [C('family', 'out', 'home-visit')], ['young-carer', 'substance-misuse']);
csc('c22_5', '2022', '2022-03-29', 'Early Help Hub', 'TAF Meeting', 'FSW2',
  'TAF 1 held at Hexley Moor Primary. Present: FSW2, DSL (Hexley Moor), Mum, MGM. Health not represented – HV not invited (Riley on universal caseload). Actions: FSW2 to refer Jade to Hexley Young Carers; free breakfast club (school); mum to see GP re pain/sleep; benefits check (FSW2).',
  'TAF plan agreed. Review 6 wks',
  [C('school', 'both', 'conference'), C('family', 'both', 'conference')], ['young-carer']);
csc('c22_6', '2022', '2022-04-19', 'Early Help Hub', 'Referral – external agency', 'FSW2',
  'Young carers referral form completed with Jade and emailed to Hexley Young Carers (referrals inbox).',
  'Referral sent',
  [C('voluntary', 'out', 'referral')], ['young-carer']);
csc('c22_7', '2022', '2022-05-10', 'Early Help Hub', 'Home Visit', 'FSW2',
  'Planned HV – no answer. Card left.', 'No access',
  [C('family', 'attempted', 'dna')], ['non-engagement']);
csc('c22_8', '2022', '2022-05-24', 'Early Help Hub', 'Home Visit', 'FSW2',
  'HV – no access. T/c mum x2, no answer. Text sent asking her to ring.', 'No access',
  [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], ['non-engagement']);
csc('c22_9', '2022', '2022-06-06', 'Front Door', 'Contact – Police PPN', 'SW1',
  "PPN rec'd re domestic incident Sat 04/06 – Darren PATTISON attended address, argument, pushed mother. Mother declined DASH. Standard risk DA. Family open to Early Help (FSW2).",
  'NFA at Front Door – PPN copied to Early Help Hub for FSW2 information.',
  [C('police', 'in', 'notification'), C('early-help', 'out', 'information-share')], ['domestic-abuse']);
csc('c22_10', '2022', '2022-06-07', 'Early Help Hub', 'Home Visit', 'FSW2',
  "Mum seen at door, wouldnt let FSW2 in. Said she doesn't need help, 'social services are interfering', her mam (MGM) helps. Didn't want to talk about the weekend. Withdrew consent verbally.",
  'Consent withdrawn (verbal)',
  [C('family', 'out', 'home-visit')], ['non-engagement']);
csc('c22_11', '2022', '2022-06-14', 'Early Help Hub', 'TAF Review', 'FSW2',
  'TAF 2 at school. Mum did not attend. Present: FSW2, DSL. School report attendance 91.2%, 14 lates this year. Agreed EH will close if no contact from mum by end of June.',
  'Review held – mum DNA',
  [C('school', 'both', 'conference'), C('family', 'attempted', 'dna')], ['non-engagement']);
csc('c22_12', '2022', '2022-06-27', 'Early Help Hub', 'EH Closure', 'FSW2 / TM2',
  'Case closed – non-engagement, consent withdrawn 07/06. Closure letter sent to mum, copy to Hexley Moor Primary. Step up to CSC not indicated – no consultation with Front Door.',
  'Closed – non-engagement',
  [C('family', 'out', 'letter'), C('school', 'out', 'letter')], ['non-engagement'], { blankAfter: true });
csc('c22_13', '2022', '2022-11-16', 'Front Door', 'Contact – Referral (Education)', 'SW2',
  "Online referral rec'd from Hexley Academy DSL (15/11). Jade (Y7) disclosed she gives mum her medication, gets Riley up, shops and cooks; mum 'drinks wine at night' and falls asleep, Jade puts Riley to bed. Dad visits, shouting. Checks: LCS – PPNs 01/22 and 06/22, EH closed 06/22 (non-engagement). Police (PNC) checks requested – Darren PATTISON, 2 DA incidents, no convictions. Health checks not requested.",
  'Level 2 – threshold for single assessment not met. Recommend school re-refer to Early Help with consent and refer to Hexley Young Carers. Feedback letter to referrer – to be sent by BSO.',
  [C('school', 'in', 'referral'), C('police', 'out', 'information-request')],
  ['young-carer', 'substance-misuse', 'domestic-abuse', 'neglect']);

// ---- 2023 ----
csc('c23_1', '2023', '2023-01-10', 'Front Door', 'Contact – Police PPN', 'SW1',
  "PPN rec'd – DA 09/01/23. Darren PATTISON arrested (criminal damage to front door, common assault on mother). DASH medium (11). 3rd DA PPN in 12 months; referral from Hexley Academy 11/22 noted.",
  'Level 2 – step across to Early Help. Consent letter sent to mother.',
  [C('police', 'in', 'notification'), C('early-help', 'out', 'referral'), C('family', 'out', 'letter')],
  ['domestic-abuse', 'criminality']);
csc('c23_2', '2023', '2023-01-17', 'Early Help Hub', 'EH Request', 'FSW4',
  'Step-across from Front Door allocated to FSW4. T/c mum – no answer, VM left.', 'Allocated',
  [C('csc', 'in', 'referral'), C('family', 'attempted', 'phone-call')], []);
csc('c23_3', '2023', '2023-01-25', 'Early Help Hub', 'Letter', 'FSW4',
  'Letter to mum offering home visit 01/02 and asking her to sign consent.', 'Letter sent',
  [C('family', 'out', 'letter')], []);
csc('c23_4', '2023', '2023-02-01', 'Early Help Hub', 'Home Visit', 'FSW4',
  'HV – no answer at 11:00, curtains closed. Card left.', 'No access',
  [C('family', 'attempted', 'dna')], ['non-engagement'], { time: '11:00' });
csc('c23_5', '2023', '2023-02-15', 'Early Help Hub', 'EH Closure', 'FSW4 / TM2',
  'No consent returned, no response to calls, letter or card. Closed – no consent. Closure letter to mum. No new concerns – step back to Front Door not required.',
  'Closed – no consent / non-engagement',
  [C('family', 'out', 'letter')], ['non-engagement']);
csc('c23_6', '2023', '2023-04-24', 'Front Door', 'Contact – Police PPN (child)', 'SW2 / TM1',
  "PPN (neglect) rec'd re police attendance 22/04 0140hrs – Jade (11) rang 999, mum on kitchen floor intoxicated, Jade caring for Riley (20m) alone, Riley in soiled nappy, dog mess in kitchen, little food. MGM attended. Cumulative: 3 DA PPNs, school referral 11/22, EH closed x2 for non-engagement. TM1 decision: single assessment.",
  'Single assessment (s17) – allocated SW3',
  [C('police', 'in', 'notification')],
  ['neglect', 'substance-misuse', 'young-carer', 'domestic-abuse', 'non-engagement']);
csc('c23_7', '2023', '2023-04-25', 'Assessment Team', 'Single Assessment – Checks', 'SW3',
  'Information requests emailed to Hexley Academy (DSL), Beckside Medical Group and 0-19 Public Health Nursing.',
  'Requests sent',
  [C('school', 'out', 'information-request'), C('gp', 'out', 'information-request'), C('health-visiting', 'out', 'information-request')], []);
csc('c23_8', '2023', '2023-04-27', 'Assessment Team', 'Home Visit', 'SW3',
  "Mum, MGM, Jade, Riley seen. MGM staying 'for now'. Home tidier, food in. Mum tearfull – says drinking has been 'a problem since the MS got worse'; agreed to GP referral to Hexley Recovery Partnership. Jade seen alone in her bedroom: says she 'does everything' for mam, worries about her when at school, dad is 'scary when he's had a drink'.",
  'Visit completed',
  [C('family', 'out', 'home-visit')], ['substance-misuse', 'young-carer', 'domestic-abuse']);
csc('c23_9', '2023', '2023-05-17', 'Assessment Team', 'Phone call', 'SW3',
  'T/c Hexley Young Carers – Jade on waiting list since school referral 12/22. SW3 asked for priority; YC worker allocated, will contact school.',
  'YC worker allocated',
  [C('voluntary', 'out', 'phone-call')], ['young-carer']);
csc('c23_10', '2023', '2023-06-06', 'Assessment Team', 'Home Visit', 'SW3',
  'Mum, Riley seen; Jade at school. Mum attended 1st appt at Recovery Partnership 01/06 with RW1. Says no contact with Darren since Jan.',
  'Visit completed',
  [C('family', 'out', 'home-visit')], ['substance-misuse']);
csc('c23_11', '2023', '2023-06-19', 'Assessment Team', 'Single Assessment – Authorisation', 'TM1',
  "Single assessment completed and authorised. Needs: Jade's caring role (young carer), mother's MS and alcohol use, history of DA by father. Outcome: CIN plan (s17). CIN meeting 29/06.",
  'CIN',
  [], ['young-carer', 'substance-misuse', 'domestic-abuse']);
csc('c23_12', '2023', '2023-06-29', 'Child in Need', 'CIN Meeting', 'SW3',
  "CIN 1 at home. Present: SW3, Mum, MGM, Jade (part), HoY – Hexley Academy, HV1 – 0-19 PHN (also for school nursing), YC worker – Hexley Young Carers, RW1 – Hexley Recovery Partnership. GP report rec'd in lieu of attendance. Plan agreed: Recovery Partnership, YC group, breakfast club, HV 2yr review, MGM support.",
  'CIN plan agreed – review 3 months',
  [C('school', 'both', 'conference'), C('health-visiting', 'both', 'conference'), C('voluntary', 'both', 'conference'),
   C('substance-misuse', 'both', 'conference'), C('family', 'both', 'conference'), C('gp', 'in', 'information-share')],
  ['young-carer', 'substance-misuse']);
csc('c23_13', '2023', '2023-07-20', 'Child in Need', 'CIN Visit', 'SW3',
  "Jade, Riley, Mum seen. MGM went home to Brackenhope 10/07. Mum 'managing'. Jade happy it's the holidays.",
  'Visit completed',
  [C('family', 'out', 'home-visit')], []);
csc('c23_14', '2023', '2023-08-15', 'Child in Need', 'CIN Visit', 'SW3',
  'Visit – no answer. Text to mum to rebook.', 'No access',
  [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], ['non-engagement']);
csc('c23_15', '2023', '2023-09-06', 'Front Door', 'Contact – Police PPN', 'SW1',
  "PPN rec'd – DA 05/09/23, Darren PATTISON arrested (assault on mother). Open CIN – passed to allocated worker SW3.",
  'Passed to allocated SW',
  [C('police', 'in', 'notification')], ['domestic-abuse', 'criminality']);
csc('c23_16', '2023', '2023-09-07', 'Child in Need', 'Case Note', 'SW3',
  "Aware of PPN 05/09. Email from Hexley Academy DSL rec'd. T/c mum – Darren bailed with condition not to attend address. Safety planning discussed; mum to ring 999 if he turns up.",
  'Safety plan',
  [C('school', 'in', 'email'), C('family', 'out', 'phone-call')], ['domestic-abuse', 'criminality']);
csc('c23_17', '2023', '2023-09-26', 'Child in Need', 'CIN Review', 'SW3',
  'CIN review by Teams. Present: SW3, Mum. School and 0-19 not invited (arranged at short notice). Mum says she is still attending Recovery Partnership and has not seen Darren since his arrest. Progress good – SW3 to propose step-down to Early Help.',
  'Propose step-down',
  [C('family', 'both', 'conference')], ['substance-misuse', 'domestic-abuse']);
csc('c23_18', '2023', '2023-10-16', 'Child in Need', 'CIN Closure', 'TM1',
  'CIN closure authorised. Mum engaging with Recovery Partnership, MGM support, no further DA. Step-down request sent to Early Help Hub. Closure letter to mum.',
  'Closed to CSC – step down to EH',
  [C('early-help', 'out', 'referral'), C('family', 'out', 'letter')], ['substance-misuse']);
csc('c23_19', '2023', '2023-10-23', 'Early Help Hub', 'Step-down Request', 'TM2 / FSW2',
  "Step-down from CIN rec'd. Allocated FSW2 (worked with family 2022). Request form only – no single assessment or CIN plan attached; form states 'no current DA concerns'. FSW2 emailed SW3 asking for the assessment.",
  'Allocated – awaiting assessment',
  [C('csc', 'in', 'referral'), C('csc', 'out', 'email'), C('csc', 'out', 'other')], [],
  { cont: '(cont.) Chased SW3 by Teams message – no reply, SW3 on leave.' });
csc('c23_20', '2023', '2023-11-09', 'Early Help Hub', 'Home Visit', 'FSW2',
  'Initial visit. Mum and Riley seen, Jade at school. Mum says coping, MGM visits at weekends. Home untidy, kitchen greasy, dog mess in yard. Riley has few words – mum says waiting for SALT. EHA to be updated.',
  'Visit completed',
  [C('family', 'out', 'home-visit')], ['neglect', 'child-development']);
csc('c23_21', '2023', '2023-11-15', 'Front Door', 'Contact – Police PPN (child)', 'SW2',
  "PPN rec'd – 14/11 1510hrs neighbour found Riley (2) alone in front garden in nappy and T-shirt; police found mum asleep on settee, smelling of alcohol. Police risk MEDIUM – request strategy discussion be considered. Case open to Early Help (FSW2).",
  'NFA at Front Door – passed to FSW2 for information.',
  [C('police', 'in', 'notification'), C('early-help', 'out', 'information-share')], ['neglect', 'substance-misuse']);
csc('c23_22', '2023', '2023-11-23', 'Early Help Hub', 'Home Visit', 'FSW2',
  "HV 1330. Mum smelt of alcohol, speech slurred. Riley in high chair eating crisps. Jade at home – mum said 'off sick'. Discussed PPN 14/11 – mum said Riley 'got out when I nipped to the toilet'. Email from Hexley Academy re Jade's burn (cooking) noted. Alcohol advice given. Discussed in supervision with TM2 – continue EH, review in Jan.",
  'Continue EH',
  [C('family', 'out', 'home-visit')], ['substance-misuse', 'neglect', 'injury', 'young-carer'], { time: '13:30' });
csc('c23_23', '2023', '2023-12-07', 'Early Help Hub', 'Home Visit', 'FSW2',
  'HV – no answer, TV on inside. Card left.', 'No access',
  [C('family', 'attempted', 'dna')], ['non-engagement']);
csc('c23_24', '2023', '2023-12-14', 'Early Help Hub', 'Phone call', 'FSW2',
  "Email from Hexley Academy re Jade's absence noted. T/c mum – does not want visits over Christmas, 'my mam's coming'. Says Jade 'has been poorly'. Agreed next visit w/c 08/01/24.",
  'Next visit January',
  [C('school', 'in', 'email'), C('family', 'out', 'phone-call')], ['non-engagement']);

// ---- 2024 ----
csc('c24_1', '2024', '2024-01-13', 'EDT', 'EDT Contact', 'EDT1',
  '2230 call from police – house fire at family home (Alder Grove) 2140hrs. Jade (12) and Riley (2) to Hexley General – smoke inhalation, Jade burns to both hands. Mum rescued by fire crew, intoxicated, admitted. EDT1 attended children\'s ward 2350, spoke with nurse in charge; MGM contacted and at hospital, agreed children to stay with MGM on discharge.',
  'Safety plan – children with MGM. Strategy discussion 15/01.',
  [C('police', 'in', 'phone-call'), C('paediatrics', 'out', 'other'), C('family', 'out', 'phone-call')],
  ['injury', 'neglect', 'substance-misuse'], { time: '22:30' });
csc('c24_2', '2024', '2024-01-15', 'Assessment Team', 'Strategy Meeting', 'TM1 / SW5',
  "Strategy meeting, Civic Centre 1400, re house fire 13/01 (chip pan left on, mother intoxicated; Jade burns to both hands). Chair TM1. Present: SW5, DS (CAIT), HV1 (0-19 PHN), DSL Hexley Academy, FSW2 (EH), paediatric registrar Hexley General (by phone). GP – info requested by email. Information shared: 7 police PPNs since 01/22 (incl. 13/01), 3 EH episodes, CIN closed 10/23. Decision: s47 joint enquiry (neglect); ICPC to be convened; children to remain with MGM.",
  's47 – ICPC',
  [C('police', 'both', 'strategy-discussion'), C('health-visiting', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion'),
   C('early-help', 'both', 'strategy-discussion'), C('paediatrics', 'both', 'strategy-discussion'), C('gp', 'out', 'information-request')],
  ['injury', 'neglect', 'substance-misuse'], { time: '14:00' });

// ======================================================================
// 2. School safeguarding records (docx, two tables)
// ======================================================================
function sch(key, table, raw, iso, time, concern, action, staff, contacts, concerns, opts = {}) {
  const dt = time ? `${raw} ${opts.timeRaw || time}` : raw;
  return add({
    file: F.school, key, table, dtCell: opts.dtCell || dt, concern, action, staff,
    agency: 'school', date: day(raw, iso), time,
    text: [concern, action, staff].join(' | '),
    contacts, concerns, dup: opts.dup || null,
  });
}
// ---- Part A: Hexley Moor Primary ----
sch('p1', 'A', '11/01/22', '2022-01-11', '08:45',
  "Operation Encompass notification received from police at 07.55 regarding a domestic incident at Jade's home last night, in which Jade's dad is said to have come to the house and argued with and pushed her mam while Jade and her baby brother were in the house.",
  "DSL checked in with Jade at the start of the day, and she said that dad had been 'shouting at mam' and that she had taken Riley upstairs; class teacher informed so that Jade can be given some extra time and patience today; to monitor.",
  'KA – DSL',
  [C('police', 'in', 'notification')], ['domestic-abuse']);
sch('p2', 'A', '03/02/22', '2022-02-03', '09:10',
  "Jade has been late on four occasions since the start of this half term and when I asked her about it this morning she told me that she had been up in the night helping her mam to the toilet because her legs 'don't work properly at night', and that she then had to get her baby brother ready because her mam was too tired, and she looked very pale and tired and had come without a coat even though it was sleeting.",
  'Logged for DSL; free breakfast club place offered to Jade from Monday.',
  'LW – Class Teacher (Y6)',
  [], ['young-carer', 'neglect']);
sch('p3', 'A', '08/02/22', '2022-02-08', '12:30',
  "Jade continues to be late and tired and the DSL has been reflecting on whether she is a young carer, given that her mam has MS and uses a wheelchair and there is a baby in the house, and whether this is enough to involve Children's Services.",
  "DSL phoned the Children's Services Front Door consultation line and spoke to the duty social worker, who advised that on what we know this would not meet the threshold for social care and that we should complete an Early Help Assessment with mum's consent and think about a referral to Hexley Young Carers.",
  'KA – DSL',
  [C('csc', 'out', 'phone-call')], ['young-carer'], { dup: 'c22_2' });
sch('p4', 'A', '15/02/22', '2022-02-15', '15:40',
  "Mum was unable to come in to parents' evening because of her MS, so the DSL spoke to her on the telephone instead and she said that she has been 'struggling a bit' since Darren left before Christmas, that Jade is 'a little star' who does everything for her, and that her own mam helps when she can but lives out at Brackenhope.",
  'Mum agreed to an Early Help Assessment and the signed consent form was returned via her mam at the school gate; EHA request sent to the Early Help Hub.',
  'KA – DSL',
  [C('family', 'out', 'phone-call'), C('early-help', 'out', 'referral')], ['young-carer']);
sch('p5', 'A', '29/03/22', '2022-03-29', '10:00',
  "TAF meeting held in school with mum, Jade's nana and FSW2 from Early Help, at which mum said the nights are the hardest because she needs help to get to the toilet and Jade is the one who gets up for her.",
  'It was agreed that Jade will have a free place at breakfast club, that FSW2 will refer her to Hexley Young Carers, and that mum will speak to her GP about her pain and sleep; next TAF in six weeks.',
  'KA – DSL',
  [C('early-help', 'both', 'conference'), C('family', 'both', 'conference')], ['young-carer'], { dup: 'c22_5' });
sch('p6', 'A', '06/06/22', '2022-06-06', '08:15',
  "Operation Encompass notification received regarding an incident at home on Saturday night, and when the DSL spoke to Jade she said her dad had come round and 'was horrible to mam' and that she rang the police herself because mam could not get to the phone.",
  'Jade was given time with the learning mentor this morning and the DSL emailed FSW2 at Early Help to make her aware of the notification, as the family are open to Early Help.',
  'KA – DSL',
  [C('police', 'in', 'notification'), C('early-help', 'out', 'email')], ['domestic-abuse']);
sch('p7', 'A', '14/06/22', '2022-06-14', '10:00',
  "Mum did not come to the second TAF meeting and did not answer when the DSL rang her twice during the meeting, and FSW2 said that if mum does not get in touch Early Help will have to close, which the DSL said she was worried about because Jade's attendance has dropped to 91.2% with 14 late marks this year.",
  'School will continue breakfast club and monitoring; DSL to keep trying mum.',
  'KA – DSL',
  [C('early-help', 'both', 'conference'), C('family', 'attempted', 'phone-call')], ['non-engagement'], { dup: 'c22_11' });
sch('p8', 'A', '13/07/22', '2022-07-13', '14:00',
  "Transition meeting with Hexley Academy's Head of Year 7, at which the Year 6 teachers went through the class list, and Jade was discussed mainly in terms of her friendship group and her lateness; the DSL was not able to be at the meeting.",
  "It was agreed that safeguarding files for the children who have them, including Jade's, would be transferred to Hexley Academy through CPOMS at the start of September once the admin team do the transfers.",
  'LW – Class Teacher (Y6)',
  [C('school', 'both', 'conference')], []);
sch('p9', 'A', '20/07/22', '2022-07-20', null,
  'Last day of term; Jade leaves us today and will start at Hexley Academy in September.',
  'Common Transfer File sent to Hexley Academy via S2S by the school office; CPOMS safeguarding file to follow in September as agreed.',
  'Office / KA – DSL',
  [C('school', 'out', 'information-share')], []);
sch('p10', 'A', '10/01/23', '2023-01-10', '09:05',
  "Operation Encompass notification received this morning from police about an incident at Jade Dunmore's home last night, but Jade left us in July 2022 and is now at Hexley Academy.",
  'Replied to the police Encompass mailbox to say that Jade is no longer on our roll and that she attends Hexley Academy.',
  'SB – Office Manager',
  [C('police', 'in', 'notification'), C('police', 'out', 'email')], ['domestic-abuse']);
sch('p11', 'A', '14/03/23', '2023-03-14', '11:30',
  "Following a telephone call yesterday from the DSL at Hexley Academy, we checked and found that Jade's CPOMS file was never transferred in September, because the transfers had not been completed while the admin post was vacant.",
  "Jade's full CPOMS file was exported and sent to the Hexley Academy DSL by secure email (Egress) today, with an apology for the delay.",
  'KA – DSL',
  [C('school', 'out', 'information-share')], []);
// ---- Part B: Hexley Academy ----
sch('s1', 'B', '12/09/22', '2022-09-12', null,
  'Year 7 safeguarding transfer check completed for the new intake: for Jade Dunmore the CTF has been received from Hexley Moor Primary with no safeguarding, CIN/CP or SEN flags, and no CPOMS safeguarding file has been transferred, so no prior concerns are held for her.',
  'None required at this stage.',
  'MR – DSL',
  [C('school', 'in', 'information-share')], []);
sch('s2', 'B', 'Mon 19th Sept', '2022-09-19', '08:50',
  "Jade has settled into her form reasonably well but has been late on six of the first twelve days and twice without her PE kit, and when I asked her why she said she has to take her little brother round to her nana's friend before school because her mam can't manage him in the mornings.",
  'Logged; form tutor to keep an eye on lateness.',
  'JH – Form Tutor 7K',
  [], ['young-carer'], { dtCell: 'Mon 19th Sept, 8.50am' });
sch('s3', 'B', 'Mon 10th Oct', '2022-10-10', null,
  "Several pupils in Jade's form have commented that she smells and her uniform has been dirty for most of last week, and when I spoke to her kindly on her own she said the washing machine is broken and her mam cannot get to the launderette; there are no prior concerns on file for Jade.",
  'Spare uniform and toiletries given from the pastoral cupboard; HoY to monitor.',
  'DP – Head of Year 7',
  [], ['neglect']);
sch('s4', 'B', '03/11/22', '2022-11-03', null,
  "Jade's attendence is 79.4%, which is below the persistent absence threshold, so the first attendance concern letter was sent to mum, who rang back the same afternoon to say that her MS has been bad and Jade has been helping her at home, that Jade is 'a good girl' and she did not want her to get into trouble.",
  'Attendance officer explained the support available and will review in four weeks; no penalty notice considered appropriate given the circumstances.',
  'CT – Attendance Officer',
  [C('family', 'out', 'letter'), C('family', 'in', 'phone-call')], ['young-carer', 'neglect']);
sch('s5', 'B', '15/11/22', '2022-11-15', '13:20',
  "During a pastoral session Jade said that she gives her mam her tablets morning and night, gets her brother up and dressed, does the shopping on the way home and makes the tea, and that mam 'drinks wine at night to help her legs' and sometimes falls asleep on the settee so Jade puts Riley to bed; she also said her dad still comes round sometimes and they shout.",
  "DSL made an online referral to the Children's Services Front Door the same afternoon and told Jade what would happen next.",
  'AB – Pastoral Lead / MR – DSL',
  [C('csc', 'out', 'referral')], ['young-carer', 'substance-misuse', 'domestic-abuse', 'neglect']);
sch('s6', 'B', '29/11/22', '2022-11-29', null,
  "No outcome has been received from the Front Door about the referral of 15/11 and Jade has asked twice whether 'someone is coming'.",
  'DSL emailed the Front Door inbox asking for the outcome and whether a social worker will be visiting.',
  'MR – DSL',
  [C('csc', 'out', 'email')], []);
sch('s7', 'B', '07/12/22', '2022-12-07', null,
  'Still no reply from the Front Door to the referral or to the email.',
  "DSL rang the Front Door professionals' line twice and there was no answer, so left a voicemail asking for a call back; none received by the end of term.",
  'MR – DSL',
  [C('csc', 'attempted', 'phone-call')], []);
sch('s8', 'B', '12/12/22', '2022-12-12', null,
  "At parents' evening mum said that 'Early Help put her in for the young carers' last year, so the DSL rang Hexley Young Carers to check whether Jade is known to them, but they have no record of ever receiving a referral for her.",
  'DSL completed a new young carers referral with mum\'s consent (given by phone) and sent it to Hexley Young Carers the same day.',
  'MR – DSL',
  [C('voluntary', 'out', 'phone-call'), C('family', 'out', 'phone-call'), C('voluntary', 'out', 'referral')], ['young-carer']);
sch('s9', 'B', '12/01/23', '2023-01-12', null,
  'Jade absent Tuesday 10th to Thursday 12th January; mum rang in each morning to say Jade has a bad cold.',
  'Absences authorised as illness.',
  'CT – Attendance Officer',
  [C('family', 'in', 'phone-call')], []);
sch('s10', 'B', 'Mon 13th March', '2023-03-13', null,
  "Jade fell asleep in two lessons last week and told her form tutor that her mam 'has not been out of bed for a week', so the DSL rang the DSL at Hexley Moor Primary to ask whether there had been concerns there, and learned for the first time of the Encompass notifications in 2022, the Early Help involvement and TAF meetings, and the lateness and caring concerns, none of which came across to us at transition.",
  'Hexley Moor said the CPOMS transfer had not gone through in September and they will send the file; DSL has added the history to Jade\'s record.',
  'MR – DSL',
  [C('school', 'out', 'phone-call')], ['young-carer', 'domestic-abuse']);
sch('s11', 'B', '16/03/23', '2023-03-16', null,
  "Jade's safeguarding file received from Hexley Moor Primary by secure email (Egress), six months after she started with us.",
  "File read by DSL and DDSL and added to MyConcern; Jade added to the young carers' list and the vulnerable pupils register.",
  'MR – DSL',
  [C('school', 'in', 'information-share')], ['young-carer']);
sch('s12', 'B', '20/03/23', '2023-03-20', null,
  'Attendance has fallen to 74.2% this year with 31 late marks, and Jade says she is often late because she has to get her brother ready and give mam her tablets.',
  'Attendance letter 2 sent home; attendance officer agreed with DSL that no legal action will be taken because Jade is a young carer, and a meeting with mum will be offered.',
  'CT – Attendance Officer',
  [C('family', 'out', 'letter')], ['young-carer', 'neglect']);
sch('s13', 'B', '26/04/23', '2023-04-26', null,
  "Information request received by email from SW3 at Children's Services, who is completing a single assessment after a police call-out at the weekend.",
  'DSL completed the form the same day with Jade\'s attendance (72.8%), the lateness, the uniform and hygiene concerns, her disclosure of 15/11/22 and the referral that was never answered, and emailed it back to SW3.',
  'MR – DSL',
  [C('csc', 'in', 'information-request'), C('csc', 'out', 'information-share')], ['neglect', 'young-carer']);
sch('s14', 'B', '29/06/23', '2023-06-29', null,
  "HoY attended the Child in Need meeting at Jade's home with SW3, mum, Jade's nana, HV1 from the 0-19 service, the young carers' worker and mum's recovery worker.",
  'School actions: keep the breakfast club place, allow Jade to phone home at lunchtime, and offer a homework club place so she does not fall behind.',
  'DP – Head of Year 7',
  [C('csc', 'both', 'conference'), C('health-visiting', 'both', 'conference'), C('voluntary', 'both', 'conference'),
   C('substance-misuse', 'both', 'conference'), C('family', 'both', 'conference')], ['young-carer'], { dup: 'c23_12' });
sch('s15', 'B', '06/09/23', '2023-09-06', '08:05',
  'Operation Encompass notification received regarding an incident at home last night, and at break Jade told the DSL that her dad had come round drunk and hit her mam and that she had rung 999.',
  'Jade given time with her key adult; DSL emailed SW3 to make sure she is aware.',
  'MR – DSL',
  [C('police', 'in', 'notification'), C('csc', 'out', 'email')], ['domestic-abuse', 'substance-misuse']);
sch('s16', 'B', 'Thurs 28th Sept', '2023-09-28', null,
  "Jade mentioned that 'the social worker had a meeting with mam on Tuesday', but school was not invited to any review meeting and we have had no minutes or update since the meeting in June.",
  'DSL emailed SW3 asking for the date of the next CIN meeting.',
  'MR – DSL',
  [C('csc', 'out', 'email')], []);
sch('s17', 'B', '16/11/23', '2023-11-16', '10:15',
  "Jade had a red burn about 3cm across on the inside of her right wrist, which she said happened on Tuesday when she was cooking chips for her brother's tea and the fat spat; she also told us in October that her social worker had 'finished' and we have not been told anything by Children's Services.",
  'First aid given by the first aider as the school nurse was not in; DSL emailed FSW2 at Early Help about the burn and that Jade is doing the cooking at home.',
  'MR – DSL',
  [C('early-help', 'out', 'email')], ['injury', 'young-carer']);
sch('s18', 'B', '11/12/23', '2023-12-11', '09:40',
  'Jade has been absent since Monday 4th December with no explanation and attendance is now 61.3%, so the attendance officer made a home visit this morning but got no answer, although a television could be heard inside.',
  'Letter put through the door asking mum to contact school; DSL emailed FSW2 at Early Help about the absence.',
  'CT – Attendance Officer',
  [C('family', 'attempted', 'dna'), C('family', 'out', 'letter'), C('early-help', 'out', 'email')], ['non-engagement', 'neglect'],
  { timeRaw: '9.40am' });
sch('s19', 'B', '15/01/24', '2024-01-15', '08:30',
  "Jade's nana rang to tell us there was a fire at the house on Saturday night, that Jade got Riley out and has burns to her hands, and that both children are staying with her in Brackenhope.",
  "DSL informed the Head; Jade's absence authorised.",
  'MR – DSL',
  [C('family', 'in', 'phone-call')], ['injury']);
sch('s20', 'B', '15/01/24', '2024-01-15', '14:00',
  "DSL attended the strategy meeting at the Civic Centre with Children's Services, the police, FSW2, HV1 and the hospital paediatrician by phone.",
  'School to share attendance and safeguarding records with the s47 enquiry.',
  'MR – DSL',
  [C('csc', 'both', 'strategy-discussion'), C('police', 'both', 'strategy-discussion'), C('early-help', 'both', 'strategy-discussion'),
   C('health-visiting', 'both', 'strategy-discussion'), C('paediatrics', 'both', 'strategy-discussion')], [], { dup: 'c24_2' });

// ======================================================================
// 3. 0-19 Public Health Nursing (txt, dated lines)
// ======================================================================
function phn(key, raw, iso, author, body, contacts, concerns, opts = {}) {
  const agency = /^SN/.test(author) ? 'school-nursing' : 'health-visiting';
  return add({
    file: F.phn, key, raw, author, body, cont: opts.cont || null,
    agency, date: opts.date || day(raw, iso), time: null,
    text: `${author} ${body}${opts.cont ? ' ' + opts.cont : ''}`,
    contacts, concerns, dup: opts.dup || null,
  });
}
phn('h1', '17.02.22', '2022-02-17', 'HV1', "Riley – WNB baby clinic for wt. t/c mum, MS flare, couldn't get out. Rebooked HV at home.",
  [C('family', 'attempted', 'dna'), C('family', 'out', 'phone-call')], ['non-engagement']);
phn('h2', '07.03.22', '2022-03-07', 'HV1', "HV. Riley seen, wt 9th centile, tracking. Mum in w/chair (MS flare). MGM present. Mum says MGM and 'our Jade' help with Riley. Jade at school. Home cluttered but adequate. Universal.",
  [C('family', 'out', 'home-visit')], ['young-carer']);
phn('h3', '09.08.22', '2022-08-09', 'HV1', '1yr rv – NA, card left. Appt letter sent for 23.08.',
  [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], ['non-engagement']);
phn('h4', '23.08', '2022-08-23', 'HV1', "1yr rv @ home. Riley 12/12, ASQ-3 all domains above cut-off. Wt 9th. Mum in w/chair, MGM present. Dad not living at home – 'separated, amicable'. RE DA – mum denies. Alcohol – 'social only'. No known safeguarding concerns. 12/12 imms due – mum to book w/ GP. Universal.",
  [C('family', 'out', 'home-visit')], []);
phn('h5', '03.10.22', '2022-10-03', 'SN1', "Y7 health questionnaires Hexley Academy – returns reviewed. JD: ticked 'I help look after someone at home' + 'I feel worried or tired most days'. Comment: 'my mam has MS'. YC flag added. Offer drop-in.",
  [], ['young-carer']);
phn('h6', '13.10', '2022-10-13', 'SN1', 'Drop-in @ HA – JD invited (slip), DNA.',
  [C('family', 'attempted', 'dna')], ['non-engagement']);
phn('h6b', 'Late Oct 22', '2022-10-21', 'SN1', 'Caseload supervision w/ SN team lead – JD YC flag discussed. Plan: 1 further drop-in offer then close if DNA.',
  [], ['young-carer'], { date: { raw: 'Late Oct 22', earliest: '2022-10-21', latest: '2022-10-31', precision: 'range', uncertain: false } });
phn('h7', '03.11.22', '2022-11-03', 'SN1', 'Drop-in – JD DNA x2. NFA, closed to SN. YC info leaflet sent home via pupil post.',
  [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], ['non-engagement', 'young-carer']);
phn('h8', '28.04.23', '2023-04-28', 'HV1', "Info request from SW3 (CSC) rec'd 25.04 re single assessment. Info returned by email: Riley 1yr rv 08/22 – no concerns; 2yr rv due 08/23; no known DA or alcohol on HV record. SN record checked – JD YC flag 10/22, DNA drop-ins x2 then closed.",
  [C('csc', 'in', 'information-request'), C('csc', 'out', 'information-share')], ['young-carer', 'non-engagement']);
phn('h9', '29.06.23', '2023-06-29', 'HV1', 'CIN mtg @ home – attended. SW3, HoY (HA), YC worker, RW1 (Recovery Partnership), mum, MGM. Plan: HV 2yr rv Aug, SALT screen if needed. HV1 to represent SN.',
  [C('csc', 'both', 'conference'), C('school', 'both', 'conference'), C('voluntary', 'both', 'conference'),
   C('substance-misuse', 'both', 'conference'), C('family', 'both', 'conference')], [], { dup: 'c23_12' });
phn('h10', '07.08.23', '2023-08-07', 'HV1', '2yr rv letter sent – appt 21.08.',
  [C('family', 'out', 'letter')], []);
phn('h11', '21.08', '2023-08-21', 'HV1', '2yr rv – NA/WNB. t/c mum x2 no ans. Rebook.',
  [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], ['non-engagement']);
phn('h12', '18.09.23', '2023-09-18', 'HV1', "2yr rv @ home. Riley 25/12. ASQ-3 communication 20 (below cut-off), personal-social borderline. Approx 10 words. Refer SALT. Mum says no alcohol now. RE DA – 'Darren doesn't come round any more'.",
  [C('family', 'out', 'home-visit'), C('other', 'out', 'referral'), C('gp', 'out', 'information-request')], ['child-development'],
  { cont: 'Imms – 12/12 boosters not recorded as given, mum unsure – task to GP to confirm. Jade home (INSET). Last CIN update from SW3 29.06.' });
phn('h13', '20.11.23', '2023-11-20', 'HV1', 'SALT referral acknowledged by letter – initial appt 22.01.24.',
  [C('other', 'in', 'letter')], ['child-development']);
phn('h14', '04.12.23', '2023-12-04', 'HV1', 'T/c mum re SALT appt – no ans, LM. Emailed SW3 for CIN update – auto-reply, SW3 has left. Rang Front Door: case closed to CSC 16.10.23, stepped down to EH – HV not notified of closure.',
  [C('family', 'attempted', 'phone-call'), C('csc', 'out', 'email'), C('csc', 'out', 'phone-call')], []);
phn('h15', '15.01.24', '2024-01-15', 'HV1', 'Strategy mtg attended (Civic Centre) re house fire 13.01.24 – CSC, police, school DSL, EH, paeds by phone. HV1 shared HV records. Plan: s47, ICPC.',
  [C('csc', 'both', 'strategy-discussion'), C('police', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion'),
   C('early-help', 'both', 'strategy-discussion'), C('paediatrics', 'both', 'strategy-discussion')], [], { dup: 'c24_2' });

// ======================================================================
// 4. GP practice (csv, EMIS-style)
// ======================================================================
function gp(key, raw, iso, clin, ctype, problem, notes, contacts, concerns) {
  return add({
    file: F.gp, key, raw, clin, ctype, problem, notes,
    agency: 'gp', date: day(raw, iso), time: null,
    text: [clin, ctype, problem, notes].join(' | '),
    contacts, concerns, dup: null,
  });
}
gp('g1', '26-Jan-2022', '2022-01-26', 'GP1', 'Face to face', 'Multiple sclerosis; Alcohol consumption',
  "(Mum) MS fatigue worse, 2 falls at home last month. Drinking 'to help sleep' - bottle of wine most nights, more at weekends. AUDIT-C 10. Advised re risks. Offered referral to Hexley Recovery Partnership - declined for now. Lives with 2 children (10y, 5m). Review 4/52.",
  [C('family', 'in', 'attendance')], ['substance-misuse']);
gp('g2', '23-Feb-2022', '2022-02-23', 'GP1', 'Telephone', 'Multiple sclerosis',
  "(Mum) Review. Pain in legs at night, poor sleep. Says has 'cut down' on wine. Amitriptyline 10mg nocte started. Daughter helps her at night.",
  [C('family', 'out', 'phone-call')], ['substance-misuse', 'young-carer']);
gp('g3', '12-Apr-2022', '2022-04-12', 'PN1', 'Face to face', 'Asthma annual review',
  '(Jade) Attended with MGM. Inhaler technique good, PEFR normal. Previous review DNA x1.',
  [C('family', 'in', 'attendance')], ['non-engagement']);
gp('g4', '05-Sep-2022', '2022-09-05', 'PN1', 'Immunisation clinic', 'Childhood immunisation',
  '(Riley) 12m imms (MMR1, Hib/MenC, PCV, MenB) - WNB. Reminder letter sent.',
  [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], ['non-engagement']);
gp('g5', '10-Oct-2022', '2022-10-10', 'PN1', 'Immunisation clinic', 'Childhood immunisation',
  '(Riley) WNB 2nd appt. 2nd reminder letter.',
  [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], ['non-engagement']);
gp('g6', '21-Nov-2022', '2022-11-21', 'AD1', 'Administration', 'Immunisation not given',
  "(Riley) WNB 3rd appt. Per practice recall policy coded 'MMR not given - parental choice', removed from imms recall.",
  [C('family', 'attempted', 'dna')], ['non-engagement']);
gp('g7', '06-Feb-2023', '2023-02-06', 'GP2', 'Letter/document', 'Head injury; Alcohol consumption',
  "(Mum) Hexley General ED discharge letter: attended 04/02/23 BIBA after fall at home, occipital laceration - glued. 'ETOH on breath, admits 4-5 glasses wine.' 11 y/o daughter called 999 and was at home with toddler. Discharged. Filed - no action.",
  [C('ed', 'in', 'letter')], ['substance-misuse', 'young-carer']);
gp('g8', '14-Mar-2023', '2023-03-14', 'GP2', 'Letter/document', 'Multiple sclerosis',
  '(Mum) Neurology clinic letter (Hexley General): now secondary progressive MS, EDSS 6.5, w/chair outdoors. Recommend OT and social care assessment for home support.',
  [C('other', 'in', 'letter')], ['other']);
gp('g9', '21-Mar-2023', '2023-03-21', 'GP2', 'Telephone', 'Multiple sclerosis',
  "(Mum) T/c to discuss neurology letter. Agreed referral to Hexley Council Adult Access Team for care needs assessment/OT - referral sent. Pt says 'our Jade does most things'.",
  [C('family', 'out', 'phone-call'), C('asc', 'out', 'referral')], ['young-carer']);
gp('g10', '02-May-2023', '2023-05-02', 'GP1', 'Administration', 'Safeguarding - child',
  "Request for information from Hexley Children's Services (SW3) rec'd 25/04 re Lorraine, Jade, Riley. Reply sent by email: MS progression; alcohol (AUDIT-C 10 01/22, ED attendance 02/23 ETOH); Riley 12m imms not given - coded parental choice. Coded 'Child is cause for concern' on children's records.",
  [C('csc', 'in', 'information-request'), C('csc', 'out', 'information-share')], ['substance-misuse']);
gp('g11', '09-May-2023', '2023-05-09', 'GP1', 'Face to face', 'Alcohol dependence',
  '(Mum) Attended - social worker involved. Drinking approx 50 units/wk. Referral to Hexley Recovery Partnership - accepted. Thiamine started.',
  [C('family', 'in', 'attendance'), C('substance-misuse', 'out', 'referral')], ['substance-misuse']);
gp('g12', '27-Jun-2023', '2023-06-27', 'GP1', 'Administration', 'Safeguarding - child',
  "CIN meeting invitation rec'd by email from SW3 for 29/06. GP unable to attend - GP report emailed to SW3.",
  [C('csc', 'in', 'email'), C('csc', 'out', 'information-share')], []);
gp('g13', '12-Sep-2023', '2023-09-12', 'AD1 / GP1', 'Letter/document', 'Alcohol dependence',
  '(Mum) Letter from Hexley Recovery Partnership: DNA x3 appts in August, not responding to calls - discharged from service 08/09/23. Re-referral welcome. Letter copied to GP only. Filed by GP1 - no action.',
  [C('substance-misuse', 'in', 'letter')], ['substance-misuse', 'non-engagement']);
gp('g14', '05-Oct-2023', '2023-10-05', 'PN1', 'Administration', 'Childhood immunisation',
  "(Riley) Task from HV1 (0-19) rec'd 19/09 asking imms status. Replied: 12m boosters not given, coded parental choice 11/22. Appt letter sent to mum for catch-up.",
  [C('health-visiting', 'in', 'information-request'), C('health-visiting', 'out', 'information-share'), C('family', 'out', 'letter')], []);
gp('g15', '15-Jan-2024', '2024-01-15', 'GP1', 'Administration', 'Safeguarding - child',
  'Urgent info request from CSC (SW5) for strategy meeting after house fire 13/01. GP summary emailed to SW5 same day, incl. Recovery Partnership discharge 09/23.',
  [C('csc', 'in', 'information-request'), C('csc', 'out', 'information-share')], ['substance-misuse']);

// ======================================================================
// 5. Police incident log (csv)
// ======================================================================
function pol(key, log, raw, iso, hrs, type, narrative, officer, result, contacts, concerns, opts = {}) {
  const time = hrs ? `${hrs.slice(0, 2)}:${hrs.slice(2, 4)}` : null;
  return add({
    file: F.police, key, log, raw, hrs, type, narrative, officer, result,
    agency: 'police', date: day(raw, iso), time,
    text: [log, type, narrative, officer, result].join(' | '),
    contacts, concerns, dup: opts.dup || null,
  });
}
pol('pol1', 'NEC-220110-0412', '10/01/2022', '2022-01-10', '2040hrs', 'DOMESTIC - VERBAL/PHYSICAL',
  "CALL: IP Lorraine DUNMORE rang 999 stating ex-partner at address refusing to leave. ATTENDANCE: PC 4417 and PC 3920 on scene 2058hrs. CIRCUMSTANCES: Darren PATTISON (ex-partner, father of both children) attended address, argument over money, pushed IP who was in her wheelchair. No injury. Suspect left prior to police arrival. CHILDREN PRESENT: Jade DUNMORE (10), Riley PATTISON (5m). DASH: STANDARD (6). SAFEGUARDING: PPN submitted to Children's Services Front Door. Op Encompass notification to Hexley Moor Primary School 11/01 0755hrs.",
  'PC 4417', 'Non-crime domestic. Words of advice to suspect by phone.',
  [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('csc', 'out', 'notification'), C('school', 'out', 'notification'), C('family', 'out', 'phone-call')],
  ['domestic-abuse']);
pol('pol2', 'NEC-220604-1877', '04/06/2022', '2022-06-04', '2315hrs', 'DOMESTIC - PHYSICAL',
  "CALL: 999 from female child (Jade, 11) - 'my dad is hitting my mam'. ATTENDANCE: on scene 2329hrs. CIRCUMSTANCES: Darren PATTISON had left on foot. IP Lorraine DUNMORE intoxicated, unsteady, red mark to left cheek, states she 'fell'. Declined to answer DASH questions. HOME CONDITIONS: kitchen dirty, little food in fridge/cupboards, strong smell of alcohol, empty wine bottles. Riley (10m) awake in cot in soiled nappy at 2340hrs. Jade tearful, says dad comes round 'when he's been drinking'. RISK: MEDIUM on officer's professional judgement. SAFEGUARDING: PPN submitted to Front Door - DA AND NEGLECT concerns flagged. Op Encompass notification to Hexley Moor Primary for Mon 06/06.",
  'PC 5102', 'Crime - common assault. IP declined to support. Suspect not traced at time.',
  [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('csc', 'out', 'notification'), C('school', 'out', 'notification')],
  ['domestic-abuse', 'neglect', 'substance-misuse']);
pol('pol3', 'NEC-230109-1190', '09/01/2023', '2023-01-09', '1955hrs', 'DOMESTIC - CRIMINAL DAMAGE',
  'CALL: neighbour reports male kicking front door and shouting. ATTENDANCE: on scene 2004hrs. CIRCUMSTANCES: Darren PATTISON kicked front door panel through and pushed IP back into hallway. Arrested 2010hrs for criminal damage and common assault. CHILDREN PRESENT: Jade (11), Riley (17m). DASH: MEDIUM (11). SAFEGUARDING: PPN to Front Door. Op Encompass notification sent 10/01 to Hexley Moor Primary School (school on record).',
  'PC 3920', 'Charged - criminal damage. Common assault NFA (IP declined). Bailed to court.',
  [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('csc', 'out', 'notification'), C('school', 'out', 'notification')],
  ['domestic-abuse', 'criminality']);
pol('pol4', 'NEC-230109-1190 (update)', '10/01/2023', '2023-01-10', '1032hrs', 'ADMIN - OP ENCOMPASS',
  'UPDATE: email reply from Hexley Moor Primary - child no longer on roll, attends Hexley Academy. Noted on log. Encompass record closed.',
  'CRU Admin 12', 'Closed',
  [C('school', 'in', 'email')], []);
pol('pol5', 'NEC-230422-0133', '22/04/2023', '2023-04-22', '0140hrs', 'CONCERN FOR WELFARE - CHILD',
  "CALL: 999 from Jade (11) - mam has fallen and she can't get her up, 'she's been drinking'. Ambulance requested via control. ATTENDANCE: on scene 0155hrs. CIRCUMSTANCES: IP Lorraine DUNMORE on kitchen floor, intoxicated, no apparent injury, assisted to settee by officers. Jade (11) had been looking after Riley (20m) alone. Riley awake, soiled nappy. HOME CONDITIONS: dog faeces on kitchen floor, little food, empty vodka bottles. MGM (Pat DUNMORE) contacted by phone, attended 0305hrs and stayed. Ambulance cancelled. RISK: MEDIUM. SAFEGUARDING: PPN (child - neglect) submitted to Front Door 0420hrs.",
  'PC 6233', 'Child concern - PPN',
  [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('ambulance', 'out', 'other'), C('family', 'out', 'phone-call'), C('csc', 'out', 'notification')],
  ['neglect', 'substance-misuse', 'young-carer']);
pol('pol6', 'NEC-230905-2201', '05/09/2023', '2023-09-05', '2230hrs', 'DOMESTIC - ASSAULT',
  'CALL: 999 from Jade (12) - dad hitting mam. ATTENDANCE: on scene 2241hrs. CIRCUMSTANCES: Darren PATTISON, intoxicated, slapped IP and tipped her wheelchair. Arrested 2250hrs - assault. CHILDREN PRESENT: Jade (12), Riley (2) asleep. DASH: MEDIUM (13). SAFEGUARDING: PPN to Front Door (family open to CSC - CIN). Op Encompass notification to Hexley Academy 06/09.',
  'PC 5102', 'Charged - common assault. Bail conditions not to attend address.',
  [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('csc', 'out', 'notification'), C('school', 'out', 'notification')],
  ['domestic-abuse', 'criminality', 'substance-misuse']);
pol('pol7', 'NEC-231114-1461', '14/11/2023', '2023-11-14', '1510hrs', 'CONCERN FOR WELFARE - CHILD',
  "CALL: neighbour reports toddler alone in front garden in nappy, crying, front door open. ATTENDANCE: on scene 1524hrs. CIRCUMSTANCES: Riley PATTISON (2) with neighbour, cold to touch. Mother found asleep on settee, smelt strongly of alcohol, difficult to rouse. Jade at school. Mother says she 'dozed off'. RISK: MEDIUM. SAFEGUARDING: PPN (child - neglect) to Front Door - officer requests strategy discussion be considered given previous PPNs.",
  'PC 7045', 'Child concern - PPN. Words of advice.',
  [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('csc', 'out', 'notification')],
  ['neglect', 'substance-misuse']);
pol('pol8', 'NEC-240113-2019', '13/01/2024', '2024-01-13', '2140hrs', 'FIRE - DWELLING - PERSONS REPORTED',
  "CALL: Hexley and District Fire and Rescue request police attendance, house fire, persons reported. ATTENDANCE: on scene 2152hrs. CIRCUMSTANCES: fire in kitchen (chip pan). Jade DUNMORE (12) carried Riley (2) out and raised the alarm at neighbour's. Lorraine DUNMORE rescued from lounge by fire crew, conscious, intoxicated. Jade burns to both hands and smoke inhalation; Riley smoke inhalation. All conveyed by ambulance to Hexley General. SAFEGUARDING: EDT informed by phone 2215hrs. PPN submitted. FIRE INVESTIGATION: accidental - chip pan left on.",
  'PS 2210', 'Child concern - PPN. Referred CAIT.',
  [C('other', 'in', 'phone-call'), C('family', 'out', 'other'), C('csc', 'out', 'phone-call'), C('csc', 'out', 'notification')],
  ['injury', 'neglect', 'substance-misuse']);
pol('pol9', 'NEC-240113-2019 (update)', '15/01/2024', '2024-01-15', '1400hrs', 'STRATEGY MEETING',
  "STRATEGY MEETING at Civic Centre chaired by Children's Services (TM1). POLICE: DS 1187 (CAIT). ALSO PRESENT: SW5, HV1 (0-19), DSL Hexley Academy, FSW2 (Early Help), paediatrics by phone. OUTCOME: joint s47 enquiry. Mother to be interviewed re neglect once discharged from hospital.",
  'DS 1187', 's47 - joint',
  [C('csc', 'both', 'strategy-discussion'), C('health-visiting', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion'),
   C('early-help', 'both', 'strategy-discussion'), C('paediatrics', 'both', 'strategy-discussion')], ['neglect'], { dup: 'c24_2' });

// ======================================================================
// refs
// ======================================================================
const FILE_ORDER = [F.csc, F.school, F.phn, F.gp, F.police];
const byKey = {};
for (const f of FILE_ORDER) {
  // document order within a file: csc sheets 2022,2023,2024 in definition order; school table A then B
  let list = ALL.filter(e => e.file === f);
  if (f === F.school) list = [...list.filter(e => e.table === 'A'), ...list.filter(e => e.table === 'B')];
  list.forEach((e, i) => { e.ref = `${f}#${i + 1}`; e.ord = i; byKey[e.key] = e; });
}
const R = k => { if (!byKey[k]) throw new Error('no key ' + k); return byKey[k].ref; };

// ======================================================================
// write files
// ======================================================================
async function writeXlsx() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hexley Council LCS';
  for (const sheet of ['2022', '2023', '2024']) {
    const ws = wb.addWorksheet(sheet);
    ws.getCell('A1').value = "Hexley Council – Children's Services (LCS/EHM) – case chronology export";
    ws.getCell('A1').font = { bold: true, size: 12 };
    ws.getCell('A2').value = `Subjects: Jade DUNMORE (LCS 448190), Riley PATTISON (LCS 448191) – calendar year ${sheet} – prepared for Hexley Safeguarding Children Partnership`;
    ws.addRow([]);
    const hdr = ws.addRow(['Date', 'Team', 'Step / Form', 'Worker', 'Case Note', 'Outcome']);
    hdr.font = { bold: true };
    ws.columns = [{ width: 12 }, { width: 16 }, { width: 30 }, { width: 12 }, { width: 90 }, { width: 45 }];
    for (const e of ALL.filter(x => x.file === F.csc && x.sheet === sheet)) {
      const [y, m, d] = e.iso.split('-').map(Number);
      const row = ws.addRow([new Date(Date.UTC(y, m - 1, d)), e.team, e.step, e.worker, e.note, e.outcome]);
      row.getCell(1).numFmt = 'dd/mm/yyyy';
      row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
      if (e.cont) ws.addRow([null, null, null, null, e.cont, null]);
      if (e.blankAfter) ws.addRow([]);
    }
  }
  await wb.xlsx.writeFile(path.join(OUT, F.csc));
}

async function writeDocx() {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel, AlignmentType } = docx;
  const cellP = (t, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold, size: 18 })] })] });
  const widths = [14, 42, 32, 12];
  const mkTable = (rows, headers) => new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => new TableCell({ width: { size: widths[i], type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: h, bold: true, size: 18 })] })] })) }),
      ...rows.map(e => new TableRow({ children: [cellP(e.dtCell), cellP(e.concern), cellP(e.action), cellP(e.staff)] })),
    ],
  });
  const A = ALL.filter(e => e.file === F.school && e.table === 'A');
  const B = ALL.filter(e => e.file === F.school && e.table === 'B');
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Hexley Safeguarding Children Partnership – Child Safeguarding Practice Review (Child J)', bold: true, size: 26 })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Education chronology: safeguarding records held by Jade\'s schools', size: 22 })] }),
        new Paragraph({ children: [new TextRun({ text: 'Pupil: Jade DUNMORE, DOB 14/05/2011. Records copied from the schools\' safeguarding systems (CPOMS at the primary school, MyConcern at the academy). Staff are identified by initials and role.', size: 20 })] }),
        new Paragraph({ text: 'Part A – Hexley Moor Primary School (CPOMS)', heading: HeadingLevel.HEADING_1 }),
        mkTable(A, ['Date/Time', 'Concern / Incident', 'Action taken', 'Staff']),
        new Paragraph({ text: '' }),
        new Paragraph({ text: 'Part B – Hexley Academy (MyConcern log)', heading: HeadingLevel.HEADING_1 }),
        mkTable(B, ['Date/Time', 'Concern / Incident', 'Action taken', 'Recorded by']),
        new Paragraph({ text: '' }),
        new Paragraph({ children: [new TextRun({ text: 'Signed: DSL, Hexley Academy, on behalf of both schools.', italics: true, size: 18 })] }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, F.school), await Packer.toBuffer(doc));
}

function writeTxt() {
  const lines = [
    'HEXLEY AND COLDWELL HEALTHCARE NHS FOUNDATION TRUST',
    '0-19 Public Health Nursing Service (Hexley locality) - chronology for CSPR, Child J / Child R',
    'Riley PATTISON DOB 02/08/21 (HV caseload, Hexley East team). Jade DUNMORE DOB 14/05/11 (school nursing caseload).',
    'Source: SystmOne clinical record, summarised by Named Nurse Safeguarding Children. HV = health visitor, SN = school nurse.',
    '',
  ];
  for (const e of ALL.filter(x => x.file === F.phn)) {
    lines.push(`${e.raw} ${e.author} ${e.body}`);
    if (e.cont) lines.push(`         ${e.cont}`);
  }
  lines.push('', 'No further 0-19 contact recorded to date of extract.', '');
  fs.writeFileSync(path.join(OUT, F.phn), lines.join('\n'));
}

const q = s => `"${String(s).replace(/"/g, '""')}"`;
function writeGp() {
  const lines = [
    q('Beckside Medical Group, Hexley - EMIS Web extract for CSPR (Lorraine DUNMORE, Jade DUNMORE, Riley PATTISON)'),
    ['Date', 'Clinician', 'Consultation type', 'Problem', 'Notes'].map(q).join(','),
  ];
  for (const e of ALL.filter(x => x.file === F.gp)) lines.push([e.raw, e.clin, e.ctype, e.problem, e.notes].map(q).join(','));
  fs.writeFileSync(path.join(OUT, F.gp), lines.join('\r\n') + '\r\n');
}
function writePolice() {
  const lines = [['Log No', 'Date', 'Time', 'Incident Type', 'Narrative', 'Officer', 'Result'].map(q).join(',')];
  for (const e of ALL.filter(x => x.file === F.police)) lines.push([e.log, e.raw, e.hrs, e.type, e.narrative, e.officer, e.result].map(q).join(','));
  fs.writeFileSync(path.join(OUT, F.police), lines.join('\n') + '\n');
}

// ======================================================================
// gold
// ======================================================================
const gaps = [
  { id: 'HX-G01', code: 'G1', alsoAcceptable: [], from: 'csc', to: ['health-visiting'],
    anchors: [R('c22_1'), R('c22_9'), R('h4')],
    note: 'Two police DA notifications in 2022 (January, when Riley was 5 months old, and June) were screened at the Front Door as NFA / information only and not shared with the 0-19 service; at the 1-year review in August 2022 HV1 recorded "no known safeguarding concerns" and accepted mother\'s denial of DA.' },
  { id: 'HX-G02', code: 'G1', alsoAcceptable: [], from: 'gp', to: ['health-visiting', 'csc'],
    anchors: [R('g1'), R('g7'), R('h4'), R('h8')],
    note: 'The GP knew from January 2022 that mother, sole carer of a baby and a 10-year-old, was drinking a bottle of wine most nights (AUDIT-C 10), and in February 2023 filed an ED letter (fall while intoxicated, 11-year-old at home with the toddler) with no action. Nothing was shared with the health visitor (who recorded alcohol as "social only" and, in April 2023, "no known DA or alcohol on HV record") or with children\'s services.' },
  { id: 'HX-G03', code: 'G6', alsoAcceptable: [], from: 'early-help', to: ['health-visiting'],
    anchors: [R('c22_5'), R('p5')],
    note: 'The first TAF meeting (29/03/22) was held with school, mother and MGM only; the health visitor for an 8-month-old was "not invited" although Early Help had seen empty wine bottles and the baby was in the household.' },
  { id: 'HX-G04', code: 'G2', alsoAcceptable: [], from: 'early-help', to: ['voluntary'],
    anchors: [R('c22_6'), R('s8'), R('c23_9')],
    note: 'Early Help recorded emailing a young carers referral in April 2022; Hexley Young Carers had no record of it in December 2022 and Jade only entered their waiting list from the school\'s new referral, 8 months later.' },
  { id: 'HX-G05', code: 'G10', alsoAcceptable: ['G3'], from: 'police', to: ['csc'],
    anchors: [R('pol2'), R('c22_9')],
    note: 'Police graded the June 2022 incident MEDIUM and flagged neglect (intoxicated mother, no food, baby in soiled nappy); the Front Door recorded it as "standard risk DA", omitted the neglect concerns and took no action beyond copying it to Early Help.' },
  { id: 'HX-G06', code: 'G8', alsoAcceptable: [], from: 'early-help', to: ['csc'],
    anchors: [R('c22_7'), R('c22_8'), R('c22_10'), R('c22_11'), R('c22_12')],
    note: 'Early Help closed in June 2022 on non-engagement (two no-access visits, consent withdrawn at the door, mother absent from TAF 2) three weeks after a police DA/neglect notification, without consulting the Front Door about the young carer and the baby.' },
  { id: 'HX-G07', code: 'G9', alsoAcceptable: ['G2'], from: 'school', to: ['school'],
    anchors: [R('p8'), R('p9'), R('s1'), R('s10'), R('p11'), R('s11')],
    note: 'At transition from Hexley Moor Primary to Hexley Academy (September 2022) only the CTF went across; the CPOMS safeguarding file (Encompass notifications, EHA/TAF, young carer concerns) was left for an admin transfer that never happened, the DSL was not at the transition meeting, and the academy held "no prior concerns" until its DSL rang the primary in March 2023.' },
  { id: 'HX-G08', code: 'G1', alsoAcceptable: ['G8'], from: 'school-nursing', to: ['school'],
    anchors: [R('h5'), R('h6b'), R('h7'), R('s3')],
    note: 'The school nurse flagged Jade as a young carer from her Year 7 health questionnaire (October 2022), then closed after two missed drop-ins with a leaflet home; the academy, which that month recorded "no prior concerns on file", was not told.' },
  { id: 'HX-G09', code: 'G7', alsoAcceptable: [], from: 'csc', to: ['gp', 'health-visiting', 'school-nursing'],
    anchors: [R('c22_13')],
    note: 'The November 2022 referral (young carer, mother drinking and falling asleep, father visiting) was screened on CSC and police records only – "health checks not requested" – although the GP held the alcohol history and the 0-19 service held the baby and the school nurse\'s young carer flag.' },
  { id: 'HX-G10', code: 'G4', alsoAcceptable: [], from: 'csc', to: ['school'],
    anchors: [R('c22_13'), R('s6'), R('s7'), R('s13')],
    note: 'Hexley Academy never received the outcome of its 15/11/22 referral: the feedback letter was "to be sent", the DSL\'s email and voicemails went unanswered, and in April 2023 the school still described it as "the referral that was never answered".' },
  { id: 'HX-G11', code: 'G1', alsoAcceptable: ['G9', 'G2'], from: 'police', to: ['school'],
    anchors: [R('pol3'), R('pol4'), R('p10'), R('s9')],
    note: 'The January 2023 Operation Encompass notification went to the primary school Jade had left; the primary told police she was at Hexley Academy, but police closed the Encompass record without re-sending it, so the academy (which authorised three days\' absence as "a bad cold") never knew of the incident.' },
  { id: 'HX-G12', code: 'G8', alsoAcceptable: [], from: 'early-help', to: ['csc'],
    anchors: [R('c23_2'), R('c23_4'), R('c23_5')],
    note: 'The January 2023 step-across (third DA notification in a year) was closed by Early Help within a month for no consent / no engagement, after one call, one letter and one no-access visit, recording "no new concerns – step back to Front Door not required".' },
  { id: 'HX-G13', code: 'G8', alsoAcceptable: ['G1'], from: 'gp', to: ['health-visiting'],
    anchors: [R('g4'), R('g5'), R('g6'), R('h12'), R('g14')],
    note: 'Riley was not brought to three immunisation appointments (September to November 2022); the practice coded it as "parental choice" and removed him from recall without telling the health visitor, who only found out by tasking the GP after the 2-year review in September 2023.' },
  { id: 'HX-G14', code: 'G6', alsoAcceptable: [], from: 'csc', to: ['school', 'health-visiting'],
    anchors: [R('c23_17'), R('s16')],
    note: 'The CIN review of 26/09/23, three weeks after father assaulted mother, was held on Teams with mother alone; school and 0-19 were "not invited (short notice)", and the meeting led to the proposal to step down.' },
  { id: 'HX-G15', code: 'G5', alsoAcceptable: ['G9'], from: 'csc', to: ['early-help'],
    anchors: [R('c23_18'), R('c23_19')],
    note: 'The step-down to Early Help in October 2023 was a request form only, with no single assessment or CIN plan, stating "no current DA concerns" five weeks after an arrest for assault; FSW2\'s request for the assessment was not answered.' },
  { id: 'HX-G16', code: 'G1', alsoAcceptable: [], from: 'substance-misuse', to: ['csc'],
    anchors: [R('g13'), R('c23_17'), R('c23_18'), R('g15')],
    note: 'Hexley Recovery Partnership discharged mother on 08/09/23 after three missed appointments and copied the letter to the GP only, although its worker sat on the CIN plan; CSC reviewed and closed the CIN case believing she was still engaging, and learned of the discharge only from the GP after the fire.' },
  { id: 'HX-G17', code: 'G1', alsoAcceptable: [], from: 'gp', to: ['csc'],
    anchors: [R('g13'), R('c23_18'), R('g15')],
    note: 'The GP, who had sent a report to the CIN meeting, filed the Recovery Partnership discharge letter (September 2023) with "no action" and did not tell the social worker.' },
  { id: 'HX-G18', code: 'G3', alsoAcceptable: ['G10'], from: 'police', to: ['csc'],
    anchors: [R('pol7'), R('c23_21')],
    note: 'Police found 2-year-old Riley alone in the front garden with mother asleep and smelling of alcohol (14/11/23), graded the risk MEDIUM and asked for a strategy discussion to be considered; the Front Door took no action beyond passing it to the Early Help worker.' },
  { id: 'HX-G19', code: 'G1', alsoAcceptable: ['G3'], from: 'early-help', to: ['csc'],
    anchors: [R('c23_22'), R('s17')],
    note: 'Eight days after the garden incident FSW2 found mother smelling of alcohol with slurred speech in the afternoon and knew from school of Jade\'s cooking burn, but the case stayed at Early Help (supervision: "continue EH, review in Jan") with no consultation with or step-up to the Front Door.' },
  { id: 'HX-G20', code: 'G1', alsoAcceptable: [], from: 'csc', to: ['health-visiting'],
    anchors: [R('c23_15'), R('c23_16'), R('h12')],
    note: 'While the case was open CIN, SW3 received the 05/09/23 DA notification but did not share it with HV1, a member of the CIN plan; at the 2-year review on 18/09/23 HV1 recorded mother\'s account that "Darren doesn\'t come round any more".' },
  { id: 'HX-G21', code: 'G1', alsoAcceptable: ['G4'], from: 'csc', to: ['school', 'health-visiting'],
    anchors: [R('c23_18'), R('s17'), R('h14')],
    note: 'The closure of the CIN plan in October 2023 was notified to mother only: the school heard from Jade that her social worker had "finished", and HV1 learned of it in December 2023 only by ringing the Front Door.' },
];

const decoys = [
  { id: 'HX-D01', looksLike: ['G1', 'G2'], refs: [R('pol1'), R('p1'), R('pol2'), R('p6')],
    note: 'The 2022 Operation Encompass notifications were sent by police and received and acted on by Hexley Moor Primary the next school morning (DSL check-in, learning mentor, FSW2 informed).' },
  { id: 'HX-D02', looksLike: ['G7'], refs: [R('c23_7'), R('s13'), R('h8'), R('g10')],
    note: 'For the April 2023 single assessment SW3 did request information from school, GP and 0-19, and all three replied within a week.' },
  { id: 'HX-D03', looksLike: ['G6'], refs: [R('c23_12'), R('s14'), R('h9'), R('g12')],
    note: 'The first CIN meeting (29/06/23) included every agency then involved: school, 0-19 (also covering school nursing), Young Carers, the Recovery Partnership and the family; the GP was invited and sent a report in lieu.' },
];

function gold() {
  const entries = [];
  for (const f of FILE_ORDER) {
    for (const e of ALL.filter(x => x.file === f).sort((a, b) => a.ord - b.ord)) {
      const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time, text: e.text, contacts: e.contacts, concerns: e.concerns };
      if (e.dup) o.duplicateOf = R(e.dup);
      entries.push(o);
    }
  }
  const groups = {};
  for (const e of ALL) if (e.dup) (groups[e.dup] ||= [R(e.dup)]).push(e.ref);
  return {
    case: CASE,
    title: 'Child J and Child R – chronic neglect, young carer and house fire (Hexley, North East England)',
    reviewType: 'cspr',
    reviewPeriod: { from: '2022-01-01', to: '2024-01-15' },
    conventions: {
      frontDoor: "Hexley has no MASH. The Children's Services Front Door is children's social care (csc); other agencies' contacts with 'the Front Door' are with csc.",
      childrensServicesExport: "childrens-services-export.xlsx is a combined council export (file agency 'mixed'): its Team column gives the recording agency – 'Early Help Hub' = early-help; 'Front Door', 'Assessment Team', 'Child in Need' and 'EDT' = csc. Contacts between the Front Door/CIN teams and the Early Help Hub are inter-agency contacts (csc <-> early-help). One continuation row (no date, '(cont.)') belongs to the row above; its text is appended to that entry's Case Note.",
      zeroToNineteen: "0-19-service.txt (Hexley and Coldwell Healthcare NHS FT, 0-19 Public Health Nursing) is 'mixed': lines by HV1 are health-visiting, lines by SN1 are school-nursing. Other agencies' contacts with '0-19 PHN' / HV1 are health-visiting. HV and SN within the 0-19 service are one organisation (internal). An indented line continues the dated line above it.",
      schools: "Both schools are 'school'. Contacts between Hexley Moor Primary and Hexley Academy (transition meeting, CTF, phone call, file transfer) are recorded as contacts with 'school'. Conversations with Jade in school are not contacts; calls, letters and meetings with mother or MGM are contacts with family.",
      otherServices: "Hexley Young Carers = voluntary; Hexley Recovery Partnership (RW1) = substance-misuse; Hexley Council Adult Access Team = asc; Hexley General ED = ed; Hexley General children's ward / paediatric registrar = paediatrics; neurology clinic, SALT and Hexley and District Fire and Rescue = other.",
      gpRecords: "GP notes prefix the patient in brackets: (Mum), (Jade), (Riley). Mother's MS is tagged 'other' only where the entry is about her physical health.",
      dates: "School Part B has some dates with no year ('Mon 19th Sept', 'Mon 13th March', 'Thurs 28th Sept'), and the 0-19 file has some 'dd.mm' dates; these take the year of the surrounding entries. One 0-19 line is dated 'Late Oct 22' (21–31 October 2022, precision 'range'). Times in the police log ('2040hrs') are given as HH:MM.",
      textField: "Entry text for tables joins the non-date cells in column order with ' | ' (xlsx: Team | Step / Form | Worker | Case Note | Outcome; docx: Concern / Incident | Action taken | Staff; gp.csv: Clinician | Consultation type | Problem | Notes; police: Log No | Incident Type | Narrative | Officer | Result); for the 0-19 text, the line after the date.",
    },
    files: [
      { file: F.csc, agency: 'mixed', format: 'xlsx' },
      { file: F.school, agency: 'school', format: 'docx' },
      { file: F.phn, agency: 'mixed', format: 'txt' },
      { file: F.gp, agency: 'gp', format: 'csv' },
      { file: F.police, agency: 'police', format: 'csv' },
    ],
    entries,
    gaps,
    duplicates: Object.values(groups),
    decoys,
  };
}

function readme(g) {
  const count = f => g.entries.filter(e => e.ref.startsWith(f + '#')).length;
  const byCode = {};
  for (const x of g.gaps) byCode[x.code] = (byCode[x.code] || 0) + 1;
  return `# ${CASE} – Hexley CSPR (Child J and Child R)

Invented case. Every person, place, service and date is fictional. Generated by
\`/work/blind/generators/${CASE}.mjs\` (files and gold from one script).

## The case
- **Jade DUNMORE** ("Child J", DOB 14/05/2011), Year 6 at Hexley Moor Primary School in 2021/22,
  Year 7 at Hexley Academy from September 2022. Young carer for her mother.
- **Riley PATTISON** ("Child R", DOB 02/08/2021), her brother, 5 months old at the start.
- **Lorraine DUNMORE**, mother: multiple sclerosis (relapsing, then secondary progressive; wheelchair),
  drinking heavily (wine, later vodka; AUDIT-C 10 in January 2022, ~50 units/week by May 2023).
- **Darren PATTISON**, father of both, left in late 2021; returns drunk and abuses Lorraine
  (police call-outs January 2022, June 2022, January 2023, September 2023).
- **MGM** (Pat DUNMORE) lives at Brackenhope and helps intermittently.
- Index incident: **Saturday 13 January 2024, 2140hrs** – chip-pan fire at the family home while mother
  was intoxicated; Jade (12) carried Riley (2) out and suffered burns to both hands.

Review period: 1 January 2022 – 15 January 2024 (strategy meeting after the fire).

## What went wrong (in short)
Six police notifications, a school referral and three Early Help episodes never added up to a
multi-agency picture. DA notifications were screened "information only" and never reached the
health visitor; a medium-risk neglect PPN was recorded as standard DA; Early Help closed twice on
non-engagement without consulting the Front Door; a young carers referral was lost; Jade's
primary-school safeguarding file never followed her to secondary school (the academy learned her
history six months late by phoning the primary), an Encompass notification went to the school she
had left, and the school nurse's young-carer flag was never shared with the academy. The November 2022
school referral was screened without health checks and the school never heard the outcome. The GP
held the alcohol history, an intoxicated-fall ED letter and Riley's three missed immunisations
(coded "parental choice") and told no one. When the case finally reached assessment (April 2023) the
checks and the first CIN meeting were good, but the CIN review after a further assault involved only
mother, the Recovery Partnership discharged mother and told only the GP, CIN closed to a bare
step-down form, and the last police PPN (toddler alone in the garden, November 2023) and the Early
Help worker's own observations of intoxication and Jade's cooking burn stayed at Early Help until the fire.

## Files
| file | agency | layout | entries |
|---|---|---|---|
| ${F.csc} | mixed (csc / early-help by Team column) | sheets "2022", "2023", "2024"; two title rows, blank row, header Date / Team / Step / Form / Worker / Case Note / Outcome; one blank row; one "(cont.)" continuation row | ${count(F.csc)} |
| ${F.school} | school | title, two headed tables (Part A Hexley Moor Primary CPOMS; Part B Hexley Academy MyConcern), Date/Time, Concern / Incident, Action taken, Staff / Recorded by | ${count(F.school)} |
| ${F.phn} | mixed (HV1 = health-visiting, SN1 = school-nursing) | four title lines, then one dated line per entry (dd.mm.yy, some dd.mm), one indented continuation line | ${count(F.phn)} |
| ${F.gp} | gp | one title line, then EMIS-style CSV: Date (26-Jan-2022), Clinician, Consultation type, Problem, Notes | ${count(F.gp)} |
| ${F.police} | police | CSV: Log No, Date, Time (2040hrs), Incident Type, Narrative (ALL-CAPS headings), Officer, Result | ${count(F.police)} |

Total entries: ${g.entries.length}. Gaps: ${g.gaps.length} (${Object.entries(byCode).sort().map(([k, v]) => `${k}×${v}`).join(', ')}). Decoys: ${g.decoys.length}. Duplicate groups: ${g.duplicates.length}.

## Case-specific conventions
${Object.entries(g.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}
`;
}

await writeXlsx();
await writeDocx();
writeTxt();
writeGp();
writePolice();
const g = gold();
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(g, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'README.md'), readme(g));
console.log('entries', g.entries.length, 'gaps', g.gaps.length, 'dups', g.duplicates.length);
