// Generator for the invented DHR case w4-dhr-eastbrook-older.
// Writes the five agency files, gold.json and README.md from one set of data.
// Run: node /work/blind/generators/w4-dhr-eastbrook-older.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'w4-dhr-eastbrook-older';
const OUT = `/work/blind/${CASE}`;
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const iso = (dmy) => {
  const [d, m, y] = dmy.split('/');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
};
const day = (raw, dmyFull) => ({ raw, earliest: iso(dmyFull), latest: iso(dmyFull), precision: 'day', uncertain: false });
const span = (raw, a, b, precision) => ({ raw, earliest: a, latest: b, precision, uncertain: false });
const C = (w, direction, type) => ({ with: w, direction, type });

const F = {
  police: 'police-niche-extract.csv',
  gp: 'kessingmere-surgery-gp.txt',
  asc: 'asc-chronology.docx',
  carers: 'carers-network-log.xlsx',
  hosp: 'wnh-hospital-letters.txt',
};

const entries = []; // gold entries in file order
const refOf = {}; // key -> ref
function addEntry(file, key, e) {
  const n = entries.filter((x) => x.ref.startsWith(file + '#')).length + 1;
  const ref = `${file}#${n}`;
  refOf[key] = ref;
  entries.push({ ref, key, ...e });
  return ref;
}

// =====================================================================
// 1. POLICE — Niche occurrence extract, CSV
// =====================================================================
const police = [
  { key: 'P1', occ: '16000231487', rep: '12/06/2016 21:14', type: 'Domestic - non crime',
    summary: "Call from neighbour reporting shouting from address. Officers attended. Mr RD (then 73) and Mrs ED (then 70) had argued over money. Mrs D tearful, stated husband 'controls every penny' and had grabbed her wrist. No visible injury. Mr D calm and polite, said wife 'gets herself worked up'. DASH completed with Mrs D.",
    officer: 'PC 2231', outcome: 'DASH: STANDARD (4 ticks). Words of advice. No offences disclosed. Filed.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment')],
    concerns: ['domestic-abuse'] },
  { key: 'P2', occ: '23000154902', rep: '14/08/2023 03:12', type: '999 - silent/abandoned',
    summary: "Silent 999 call from landline at address. Call back answered by male (husband, RD) stating wife had pressed buttons on phone by mistake - 'she has dementia, she does this'. Female heard in background, calm.",
    officer: 'Call handler CH12', outcome: 'No deployment. Closed - no police action.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'phone-call')],
    concerns: ['parental-mental-health'] },
  { key: 'P3', occ: '23000171266', rep: '23/09/2023 21:40', type: 'Concern for welfare',
    summary: "MOP reported elderly female walking along Fen Drove Road in nightclothes, confused. Officers located female (Mrs ED, 78, dementia) approx half a mile from home, cold but unhurt. Returned home. Husband (RD) had fallen asleep in chair and had not realised she had gone out. Husband apologetic, very tired. Advised re Herbert Protocol.",
    officer: 'PC 1874 / PC 2056', outcome: 'Adult PPN (adult at risk) submitted to Norland CC Adult Social Care 24/09/23. Herbert Protocol leaflet left with husband.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('asc', 'out', 'notification')],
    concerns: ['missing', 'parental-mental-health'] },
  { key: 'P4', occ: '23000209318', rep: '18/11/2023 19:35', type: 'Domestic - crime (common assault)',
    summary: "999 from daughter (CD) visiting address. Reports father pushed mother during argument about mother refusing to go to bed and mother fell against sideboard. On arrival Mrs ED (78, dementia) sitting in lounge, distressed, red mark and developing bruise L upper arm. Unable to give coherent account. Mr RD (81) states she hit out at him and he 'moved her out of the way'. Daughter states father has 'always had a temper'. Mr D is wife's full time carer. DASH completed with daughter's assistance.",
    officer: 'PC 1650 / PC 2231', outcome: 'DASH: STANDARD (victim unable to answer most questions). Crime recorded - common assault. NFA - evidential difficulties, victim unable to provide account. Words of advice to Mr D. Standard risk - no onward referral to partner agencies.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'assessment')],
    concerns: ['domestic-abuse', 'criminality', 'parental-mental-health'] },
  { key: 'P5', occ: '23000209318', rep: '19/11/2023 11:05', type: 'Domestic - follow up',
    summary: "Tel call to CD. Mother remains at home with father, daughter staying until Monday. CD unhappy with outcome, asked 'who is going to keep an eye on mum'. Advised to call police if any further incident and to contact social services.",
    officer: 'PC 1650', outcome: 'Occurrence closed. No further action.',
    contacts: [C('family', 'out', 'phone-call')],
    concerns: ['domestic-abuse'] },
  { key: 'P6', occ: '24000187345', rep: '16/07/2024 22:05', type: 'Concern for welfare',
    summary: "Call via 101 from daughter (CD). Father rang her approx 2140 hrs, drunk and crying, saying 'I can't do this anymore, I'll finish it for both of us'. Officers attended 2250. Mr RD calm, apologetic, admitted 'a few whiskies', said he didn't mean it and is just tired. Mrs ED in bed asleep, checked by officers, no injuries seen. No weapons or means identified. Mr D declined OOH GP / mental health support, given Samaritans number. Daughter updated by phone.",
    officer: 'PC 2877 / PC 1990', outcome: 'No offences disclosed. Adult concern - PPN to be submitted (MEDIUM).',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('family', 'out', 'phone-call')],
    concerns: ['domestic-abuse', 'parental-mental-health', 'substance-misuse', 'non-engagement'] },
  { key: 'P7', occ: '24000187345', rep: '25/07/2024 14:30', type: 'PPN - adult at risk',
    summary: "Adult PPN submitted to Norland CC ASC (Access Team) by secure email re occurrence 24000187345. Risk grading MEDIUM. Content: husband, sole carer for wife with dementia, intoxicated, told daughter 'I'll finish it for both of us'; carer stress; ASC asked to review support to the couple.",
    officer: 'PC 2877', outcome: 'Submitted. Delay - officer on rest days / abstracted.',
    contacts: [C('asc', 'out', 'notification')],
    concerns: ['domestic-abuse', 'parental-mental-health', 'substance-misuse'] },
  { key: 'P8', occ: '24000201550', rep: '11/08/2024 07:12', type: 'Sudden death - suspicious / Murder',
    summary: "999 from Mr RD stating 'I've killed my wife, come and get me'. Officers attended 0724. Mrs ED found deceased in bed. Ambulance crew on scene confirmed life extinct. Mr D in kitchen with self-inflicted cuts to both wrists, compliant. Arrested on suspicion of murder and conveyed to Calmering General ED under guard. MIT informed, scene preserved.",
    officer: 'PC 2056 / Sgt 0411', outcome: 'Arrested - murder. MIT Op WILLOWMERE.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('ambulance', 'both', 'other')],
    concerns: ['domestic-abuse', 'criminality', 'parental-mental-health'] },
  { key: 'P9', occ: '24000201550', rep: '13/08/2024 16:40', type: 'Charge',
    summary: 'Mr RD interviewed following discharge from hospital. Charged with murder of Mrs ED. Remanded in custody. Next of kin (CD) informed by FLO.',
    officer: 'DS 0788 (MIT)', outcome: 'Charged - remanded.',
    contacts: [C('family', 'out', 'notification')],
    concerns: ['domestic-abuse', 'criminality'] },
];

{
  const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    'Norland Constabulary - Niche RMS occurrence extract for Eastbrook DHR 01',
    'Address: [redacted] Fen Drove Road, Pelsworth, Eastbrook. Persons: ED (victim), RD (husband), CD (daughter)',
    '',
    'Occurrence No,Reported,Type,Summary,Officer,Outcome',
  ];
  for (const p of police) {
    lines.push([p.occ, p.rep, p.type, p.summary, p.officer, p.outcome].map(q).join(','));
  }
  lines.push('');
  lines.push('End of extract - 9 records. Prepared by Norland Constabulary Public Protection (DHR liaison).');
  fs.writeFileSync(path.join(OUT, F.police), lines.join('\r\n') + '\r\n');
  for (const p of police) {
    const [dpart, tpart] = p.rep.split(' ');
    addEntry(F.police, p.key, {
      agency: 'police', date: day(dpart, dpart), time: tpart,
      text: [p.occ, p.type, p.summary, p.officer, p.outcome].join(' | '),
      contacts: p.contacts, concerns: p.concerns,
    });
  }
}

// =====================================================================
// 2. GP — Kessingmere Surgery, free-typed text
// =====================================================================
const gp = [
  { key: 'G1', date: '06/02/2023', by: 'Dr K Marsh (GP1)',
    note: "EDITH - F2F. Annual dementia care plan review. Attended with husband Ron who answered most questions for her. Sleep poor, wanders at night at times. Ron says he is 'managing'. Carers support info given to Ron. Care plan updated. Review 12/12.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health'] },
  { key: 'G2', date: '28/03/2023', by: 'Dr A Okafor (GP2)',
    note: "RON - F2F. Low mood x 3/12, poor sleep, tearful at times. Caring for wife with vascular dementia 24/7, up most nights. PHQ-9 14. No SI, no thoughts of harm. Drinks 'a small whisky at night'. Moderate depression. Rx sertraline 50mg od. Signposted to Eastbrook Carers' Network (already in touch). F/U 4/52.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health'] },
  { key: 'G3', date: '22/05/2023', by: 'Dr A Okafor (GP2)',
    note: "RON - tel consult. Mood a little better on sertraline but 'at the end of my tether' some nights with Edith up and down. Sertraline increased to 100mg. Says carer's assessment done by social services, sitting service being arranged. R/v 6/52.",
    contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'G4', date: '12/07/2023', by: 'Dr K Marsh (GP1)',
    note: 'EDITH - ED letter rec\'d (Calmering General): fall at home, skin tear L forearm, steristrips. Task sent to DN team for dressing / wound check. Falls risk - Ron has declined falls clinic before.',
    contacts: [C('ed', 'in', 'letter'), C('other', 'out', 'referral')], concerns: ['injury', 'non-engagement'] },
  { key: 'G5', date: '04/09/2023', by: 'PN1 (Practice Nurse)',
    note: 'EDITH - DNA diabetic annual review (bloods and foot check). Text reminder had been sent. Rebook.',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'G6', date: '18/09/2023', by: 'Reception',
    note: "EDITH - husband rang to cancel rebooked diabetic review, 'too much bother getting her up and out'. Offered HCA home visit for bloods - declined for now. Will bring her in when she is more settled.",
    contacts: [C('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'G7', date: '16/10/2023', by: 'Dr A Okafor (GP2)',
    note: "RON - tel consult. Sleeping 3-4 hrs a night, Edith up most nights. Mood 'up and down'. Having 'a couple of whiskies' to get off to sleep. Advised re alcohol and sleep hygiene. Zopiclone 7.5mg x7 only. Continue sertraline 100mg.",
    contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health', 'substance-misuse'] },
  { key: 'G8', date: '02/11/2023', by: 'PN1 (Practice Nurse)',
    note: 'EDITH - attended diabetic review with husband. HbA1c 52. Feet NAD. Weight down 2kg since last year. Husband looks tired.',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'G9', date: '04/12/2023', by: 'Dr K Marsh (GP1)',
    note: "EDITH - tel call from daughter Carol (NOK, consent to share on file). Worried about her father's temper. Says last month he pushed her mum, who fell against the sideboard, and police came out. Says he 'has always controlled mum' - money, friends - and 'was handy with his fists years ago'. Wants someone to check on dad's mental health. Advised Carol to speak to social services about more help at home. Will offer Ron a review appt.",
    contacts: [C('family', 'in', 'phone-call')], concerns: ['domestic-abuse', 'parental-mental-health'] },
  { key: 'G10', date: '11/12/2023', by: 'Dr A Okafor (GP2)',
    note: "RON - F2F. Mood worse, PHQ-9 18. 'Feels trapped.' Edith's nights worse, shouts and hits out when he tries to get her to bed. Drinking 3-4 whiskies most nights. Asked about incident daughter reported - says 'we had a tussle, she fell, I would never hurt her'. No thoughts of harm to self or others. Switched sertraline to mirtazapine 15mg nocte. Encouraged to ask social services for respite. R/v 2/52.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'substance-misuse', 'domestic-abuse'] },
  { key: 'G11', date: '15/01/2024', by: 'Dr A Okafor (GP2)',
    note: 'RON - letter to Adult Social Care (Eastbrook Locality Team) re Mr and Mrs D: Ron is sole carer, depression worsening despite treatment, exhausted, at risk of carer breakdown. Requested urgent review of care package and respite. Copy to patient.',
    contacts: [C('asc', 'out', 'letter'), C('family', 'out', 'letter')], concerns: ['parental-mental-health'] },
  { key: 'G12', date: '02/02/2024', by: 'Dr A Okafor (GP2)',
    note: "RON - F2F r/v. No better on mirtazapine, 'what's the point' but denies any plans. Mirtazapine increased to 30mg. Referred to Older People's Mental Health (OPMH) team, Norland Partnership NHS FT, via e-RS.",
    contacts: [C('family', 'in', 'attendance'), C('adult-mh', 'out', 'referral')], concerns: ['parental-mental-health'] },
  { key: 'G13', date: '19/02/2024', by: 'Dr K Marsh (Docman workflow)',
    note: 'EDITH - ED attendance letter (Calmering General) - fall at home overnight, bruising both upper arms and L cheek, no fracture. Filed - no action required.',
    contacts: [C('ed', 'in', 'letter')], concerns: ['injury'] },
  { key: 'G14', date: '26/02/2024', by: 'Admin (Docman)',
    note: 'RON - letter from OPMH (Norland Partnership NHS FT): referral accepted, triaged as routine-urgent. Initial assessment offered at home.',
    contacts: [C('adult-mh', 'in', 'letter')], concerns: ['parental-mental-health'] },
  { key: 'G15', date: '14/03/2024', by: 'Dr A Okafor (GP2)',
    note: 'RON - letter from OPMH CPN: assessed at home. Moderate-severe depressive episode in context of carer strain, passive thoughts of death, no plans. Alcohol approx 20+ units/wk. Plan: CPN follow up 4-weekly, continue mirtazapine 30mg, reduce alcohol, carers support. Noted.',
    contacts: [C('adult-mh', 'in', 'letter')], concerns: ['parental-mental-health', 'substance-misuse'] },
  { key: 'G16', date: '04/04/2024', by: 'Dr K Marsh (GP1)',
    note: "EDITH - admission notification rec'd: in Calmering General (Larch Ward) with UTI / delirium. Ron rang surgery for update, says he is 'sleeping properly for the first time in months'.",
    contacts: [C('other', 'in', 'notification'), C('family', 'in', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'G17', date: '25/04/2024', by: 'Dr K Marsh (GP1)',
    note: "EDITH - discharge summary rec'd from Fenhallow Community Hospital. NB ward staff report husband said he 'cannot go on like this' and sometimes feels like putting a pillow over her face and then doing himself in. Task to Dr Okafor to review Ron urgently.",
    contacts: [C('other', 'in', 'letter')], concerns: ['domestic-abuse', 'parental-mental-health'] },
  { key: 'G18', date: '02/05/2024', by: 'Dr A Okafor (GP2)',
    note: "RON - F2F urgent r/v. Discussed comments made on ward. Says he was 'letting off steam', 'I would never do anything to her'. No current plans to harm self or others. Says he is drinking less. Edith home with carers twice a day. OPMH CPN involved. Continue mirtazapine 30mg. R/v 4/52.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'domestic-abuse'] },
  { key: 'G19', date: '10/06/2024', by: 'Dr K Marsh (GP1)',
    note: 'EDITH - frailty clinic letter (Calmering General): 2 further falls since Feb, postural drop. Husband low and irritable in clinic. Recs: vit D, stop amlodipine, OT home assessment via social services. Meds actioned.',
    contacts: [C('other', 'in', 'letter')], concerns: ['injury', 'parental-mental-health'] },
  { key: 'G20', date: '18/06/2024', by: 'Dr K Marsh (task)',
    note: 'EDITH - task rec\'d from Eastbrook Community Nursing (DN1): grade 2 pressure area sacrum found at visit, dressings started, pressure cushion ordered, carers (Brightwater) informed. For info.',
    contacts: [C('other', 'in', 'information-share')], concerns: ['injury'] },
  { key: 'G21', date: '01/08/2024', by: 'Dr A Okafor (GP2)',
    note: "RON - DNA review appt. Tel call to Ron - says he forgot, 'all fine'. Appt rebooked.",
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'G22', date: '12/08/2024', by: 'Practice Manager',
    note: "EDITH - Norland Police rang practice to inform us of Edith's death at home. Husband arrested. Records of both patients secured. SEA to follow.",
    contacts: [C('police', 'in', 'phone-call')], concerns: ['domestic-abuse', 'criminality'] },
];

{
  const out = [
    'KESSINGMERE SURGERY, Church Lane, Kessingmere, Eastbrook',
    'Record extract for Domestic Homicide Review (Eastbrook DHR 01)',
    'Patients: Edith D (victim) and Ronald D (husband) - both registered here. Entries for both patients in date order, free text retyped from SystmOne by Practice Manager.',
    '',
  ];
  for (const g of gp) {
    out.push(`Date: ${g.date}`);
    out.push(`Seen by: ${g.by}`);
    out.push(g.note);
    out.push('');
    addEntry(F.gp, g.key, {
      agency: 'gp', date: day(g.date, g.date), time: null,
      text: `Seen by: ${g.by} ${g.note}`,
      contacts: g.contacts, concerns: g.concerns,
    });
  }
  out.push('-- end of extract --');
  fs.writeFileSync(path.join(OUT, F.gp), out.join('\n') + '\n');
}

// =====================================================================
// 3. ADULT SOCIAL CARE — Word docx, heading per episode, table Date | Action | Outcome
// =====================================================================
const ascEpisodes = [
  { heading: "Episode 1 – Carer's assessment", rows: [
    { key: 'A1', raw: '09/03/2023', full: '09/03/2023',
      action: "Referral rec'd by email from Eastbrook Carers' Network (CSW1) requesting carer's assessment for Mr RD, carer for his wife (vascular dementia). Consent confirmed.",
      outcome: 'Allocated to Assessor 1 (Community Care Assessor).',
      contacts: [C('voluntary', 'in', 'referral')], concerns: ['parental-mental-health'] },
    { key: 'A2', raw: '13.04.23', full: '13/04/2023',
      action: "Joint home visit with CSW1 (Carers' Network). Carer's assessment completed with Mr D. Mr D provides all personal care for Mrs D (dementia), broken nights, 'tired but managing'. Mrs D present, pleasant, limited conversation.",
      outcome: "Eligible needs as carer. Support plan: 3 hrs/wk sitting via Carers' Network, carer's emergency card, respite information. Mr D declined respite at present.",
      contacts: [C('voluntary', 'both', 'home-visit'), C('family', 'out', 'assessment')], concerns: ['parental-mental-health', 'non-engagement'] },
    { key: 'A3', raw: '20/04/2023', full: '20/04/2023',
      action: "Carer's support plan letter sent to Mr D. Copy emailed to Carers' Network.",
      outcome: 'Closed to Assessor 1. Carer\'s review due 04/2024.',
      contacts: [C('family', 'out', 'letter'), C('voluntary', 'out', 'email')], concerns: [] },
  ] },
  { heading: 'Episode 2 – Care Act assessment and package of care (Mrs D)', rows: [
    { key: 'A4', raw: '06/06/2023', full: '06/06/2023',
      action: "Tel call from Mr D requesting help with wife's personal care in the mornings - 'getting too much'.",
      outcome: 'Screened by Access Team - allocated to SW1 for Care Act assessment.',
      contacts: [C('family', 'in', 'phone-call')], concerns: [] },
    { key: 'A5', raw: '15/06/23', full: '15/06/2023',
      action: 'HV by SW1. Care Act assessment with Mrs D and Mr D. Mrs D has vascular dementia, needs prompting and assistance with all personal care, mobile with frame. Mrs D quiet and let husband speak for her. MCA: lacks capacity re care arrangements - best interests decision with Mr D.',
      outcome: 'Eligible. POC 1 call daily (am, 45 mins) commissioned from Brightwater Home Care.',
      contacts: [C('family', 'out', 'assessment')], concerns: ['parental-mental-health'] },
    { key: 'A6', raw: '03/07/2023', full: '03/07/2023',
      action: 'Brightwater Home Care confirmed start of POC - 7 days, am.',
      outcome: 'POC live.',
      contacts: [C('other', 'in', 'information-share')], concerns: [] },
    { key: 'A7', raw: '25/09/2023', full: '25/09/2023',
      action: "Adult PPN rec'd from Norland Police re concern for welfare on 23/09 - Mrs D found walking on the road at night in nightclothes, husband asleep. SW1 tel Mr D: very apologetic, exhausted.",
      outcome: 'Herbert Protocol form posted to Mr D. Referral to Norland Telecare for door sensor. Respite discussed - Mr D to think about it.',
      contacts: [C('police', 'in', 'notification'), C('family', 'out', 'phone-call'), C('family', 'out', 'letter'), C('other', 'out', 'referral')],
      concerns: ['missing', 'parental-mental-health'] },
    { key: 'A8', raw: '06/10/2023', full: '06/10/2023',
      action: 'Norland Telecare confirmed door sensor and pendant installed.',
      outcome: "Alerts to Mr D's mobile and monitoring centre.",
      contacts: [C('other', 'in', 'information-share')], concerns: [] },
  ] },
  { heading: 'Episode 3 – Safeguarding concern (Mrs D)', rows: [
    { key: 'A9', raw: '22/11/2023', full: '22/11/2023',
      action: "Safeguarding concern rec'd (phone and online form) from Eastbrook Carers' Network (CSW1): daughter reports Mr D pushed Mrs D on 18/11, she fell against sideboard, police attended. Daughter says father has a temper.",
      outcome: 'Screened by Adult Safeguarding Team (ASM1). Further information to be gathered from husband.',
      contacts: [C('voluntary', 'in', 'referral')], concerns: ['domestic-abuse'] },
    { key: 'A10', raw: '24/11/2023', full: '24/11/2023',
      action: "Tel call ASM1 to Mr D. Mr D says wife 'lashed out' when he was getting her to bed, he 'moved her away and she stumbled'. Bruise fading. 'Under a lot of pressure.' Does not want any fuss.",
      outcome: "Mr D's account accepted. Carer stress noted.",
      contacts: [C('family', 'out', 'phone-call')], concerns: ['domestic-abuse', 'parental-mental-health'] },
    { key: 'A11', raw: '27/11/2023', full: '27/11/2023',
      action: 'Safeguarding decision (ASM1 / Team Manager): incident appears to be an isolated accident in the context of carer stress. Information from Mr D only; Mrs D not spoken to (lacks capacity).',
      outcome: "s42 criteria not met - NFA under safeguarding. Passed to Eastbrook Locality for carer's review. Referrer to be informed.",
      contacts: [], concerns: ['domestic-abuse', 'parental-mental-health'] },
  ] },
  { heading: "Episode 4 – Review of care and support / carer's review", rows: [
    { key: 'A12', raw: '18/01/2024', full: '18/01/2024',
      action: "Letter rec'd from Dr Okafor, Kessingmere Surgery, requesting urgent review of POC and respite - Mr D depressed, risk of carer breakdown.",
      outcome: 'Added to Locality review waiting list - priority standard. Not allocated.',
      contacts: [C('gp', 'in', 'letter')], concerns: ['parental-mental-health'] },
    { key: 'A13', raw: '09/05/2024', full: '09/05/2024',
      action: "Tel call from CSW1 (Carers' Network): states CN emailed a referral for urgent carer's review and emergency respite on 07/03. No record found on Mosaic or in Access Team inbox.",
      outcome: "Apologised. Allocated to SW2. Carer's review booked.",
      contacts: [C('voluntary', 'in', 'phone-call')], concerns: [] },
    { key: 'A14', raw: '16/05/2024', full: '16/05/2024',
      action: "HV by SW2 - carer's assessment review with Mr D. Mr D 'exhausted', mood low, sleeping poorly. Mrs D home since April with 2 calls a day.",
      outcome: 'Respite week at Meadowcroft Care Home booked for July. Sitting service continues.',
      contacts: [C('family', 'out', 'assessment')], concerns: ['parental-mental-health'] },
    { key: 'A15', raw: '11/06/2024', full: '11/06/2024',
      action: 'Case review meeting (Teams): SW2, Brightwater Home Care manager, Eastbrook Community Nursing (DN1), OT1. Mr D joined by phone.',
      outcome: 'POC continues 2 calls/day. July respite confirmed. Moving and handling reviewed.',
      contacts: [C('other', 'both', 'conference'), C('family', 'both', 'conference')], concerns: [] },
    { key: 'A16', raw: '10/07/2024', full: '10/07/2024',
      action: "Tel call from Mr D cancelling respite - 'I'm not putting her in a home'. Extra sitting offered - declined.",
      outcome: 'Respite cancelled. SW2 to review in 4 weeks.',
      contacts: [C('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
    { key: 'A17', raw: '17/07/2024', full: '17/07/2024',
      action: "Tel call from CSW1 (Carers' Network): daughter reports father rang her last night drunk, saying he can't go on and would 'finish it'. Police attended.",
      outcome: 'SW2 to contact Mr D.',
      contacts: [C('voluntary', 'in', 'phone-call')], concerns: ['domestic-abuse', 'parental-mental-health', 'substance-misuse'] },
    { key: 'A18', raw: '17/07/2024', full: '17/07/2024',
      action: "Tel call SW2 to Mr D: 'had a bad night', 'didn't mean it'. Mrs D fine, carers in this morning. Declined extra support.",
      outcome: 'Visit to be arranged.',
      contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health', 'non-engagement'] },
    { key: 'A19', raw: '26/07/2024', full: '26/07/2024',
      action: "Adult PPN rec'd from Norland Police (occurrence of 16/07) - husband intoxicated, carer stress, comments to daughter.",
      outcome: 'Screened by Access Team: carer stress, SW2 already aware. For information - added to file. No s42.',
      contacts: [C('police', 'in', 'notification')], concerns: ['parental-mental-health', 'substance-misuse'] },
    { key: 'A20', raw: '31/07/2024', full: '31/07/2024',
      action: 'Unannounced HV by SW2 - no reply. Tel Mr D - no answer. Card left.',
      outcome: 'No access.',
      contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
    { key: 'A21', raw: '05/08/2024', full: '05/08/2024',
      action: "Tel call from Brightwater HC: Mr D cancelled the evening call twice this week, says he 'can manage'. SW2 tel Mr D - says all fine, agreed to a visit.",
      outcome: 'Visit booked for next week.',
      contacts: [C('other', 'in', 'phone-call'), C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  ] },
  { heading: 'Episode 5 – Hospital discharge', rows: [
    { key: 'A22', raw: '16/04/2024', full: '16/04/2024',
      action: 'Notification from Integrated Discharge Hub (West Norland Hospitals): Mrs D medically optimised at Fenhallow Community Hospital, for Pathway 1 discharge home.',
      outcome: 'Hospital SW (HSW1) allocated. Discharge planning meeting arranged.',
      contacts: [C('other', 'in', 'notification')], concerns: [] },
    { key: 'A23', raw: '18/04/2024', full: '18/04/2024',
      action: "Discharge planning meeting at Fenhallow Community Hospital: HSW1, ward sister, ward OT, Mr D, daughter, CSW1 (Carers' Network). Mr D keen to have his wife home.",
      outcome: 'POC to increase to 2 calls/day (am/pm) with Brightwater. Respite to be explored by Locality.',
      contacts: [C('other', 'both', 'conference'), C('voluntary', 'both', 'conference'), C('family', 'both', 'conference')], concerns: [] },
    { key: 'A24', raw: '23/04/2024', full: '23/04/2024',
      action: "Transfer of care summary rec'd from Integrated Discharge Hub: 'lives with husband, main carer, coping; no safeguarding or risk issues identified'. Mrs D discharged home. Case transferred from Hospital Team to Eastbrook Locality.",
      outcome: "POC 2 calls/day started. Locality to complete carer's review.",
      contacts: [C('other', 'in', 'information-share')], concerns: [] },
  ] },
];

{
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = docx;
  const cell = (t, bold = false, w = 30) => new TableCell({
    width: { size: w, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text: t, bold, size: 20 })] })],
  });
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Norland County Council – Adult Social Care', bold: true, size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Single agency chronology – Eastbrook DHR 01 (Mrs Edith D)', bold: true, size: 24 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Source: Mosaic case notes (Access Team, Adult Safeguarding Team, Eastbrook Locality Team, Hospital Team). Prepared by the Practice Manager, Eastbrook Locality. Persons: Mrs ED (adult), Mr RD (husband/carer).', size: 20 })] }),
    new Paragraph({ text: '' }),
  ];
  for (const ep of ascEpisodes) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: ep.heading }));
    const rows = [new TableRow({ tableHeader: true, children: [cell('Date', true, 14), cell('Action', true, 50), cell('Outcome', true, 36)] })];
    for (const r of ep.rows) {
      rows.push(new TableRow({ children: [cell(r.raw, false, 14), cell(r.action, false, 50), cell(r.outcome, false, 36)] }));
      addEntry(F.asc, r.key, {
        agency: 'asc', date: day(r.raw, r.full), time: null,
        text: `${r.action} | ${r.outcome}`, contacts: r.contacts, concerns: r.concerns,
      });
    }
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
    children.push(new Paragraph({ text: '' }));
  }
  children.push(new Paragraph({ children: [new TextRun({ text: 'End of chronology. Author: Practice Manager, Eastbrook Locality Team.', italics: true, size: 18 })] }));
  const doc = new Document({ sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, F.asc), await Packer.toBuffer(doc));
}

// =====================================================================
// 4. CARERS' CHARITY — Eastbrook Carers' Network, xlsx contact log
// =====================================================================
// date: {cell: Date or string, gold}
const carers = [
  { key: 'C1', dcell: [2023, 2, 14], date: day('14/02/2023', '14/02/2023'), contact: 'Tel in', who: 'Carol (dau)',
    notes: "Referral on behalf of dad. Mum (Edith, 78) has vascular dementia, dad (Ron, 81) does everything for her. Carol lives in Wenfleet, visits weekends. Worried dad not coping and 'short with mum'. Dad happy for her to call.",
    contacts: [C('family', 'in', 'referral')], concerns: ['parental-mental-health'] },
  { key: 'C2', dtext: '21/02', date: day('21/02', '21/02/2023'), contact: 'Home visit', who: 'CSW1',
    notes: "Registration visit. Ron polite but 'we don't need a fuss'. Carer's emergency card explained, group dates given. Edith sat quietly.",
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'C3', dtext: '02/03/23', date: day('02/03/23', '02/03/2023'), contact: 'Email', who: 'CSW1 > ASC Access Team',
    notes: "Referral for carer's assessment sent, with Ron's consent.",
    contacts: [C('asc', 'out', 'referral')], concerns: [] },
  { key: 'C4', dcell: [2023, 4, 13], date: day('13/04/2023', '13/04/2023'), contact: 'Joint HV', who: 'CSW1 + ASC assessor',
    notes: "Carer's assessment at home. Ron says he is managing but admits broken nights. CN sitting service to be set up.",
    contacts: [C('asc', 'both', 'home-visit'), C('family', 'out', 'home-visit')], concerns: [], dupOf: 'A2' },
  { key: 'C5', dtext: '24/04', date: day('24/04', '24/04/2023'), contact: 'Email in', who: 'ASC',
    notes: "Copy of Ron's carer's support plan rec'd. 3 hrs sitting a week agreed.",
    contacts: [C('asc', 'in', 'email')], concerns: [] },
  { key: 'C6', dtext: '27/04', date: day('27/04', '27/04/2023'), contact: 'Tel out', who: 'Ron',
    notes: 'Check-in call. Sitter matched, start date tbc.',
    contacts: [C('family', 'out', 'phone-call')], concerns: [] },
  { key: 'C7', dtext: 'early May', date: span('early May', '2023-05-01', '2023-05-10', 'range'), contact: 'Group', who: 'Ron',
    notes: "Came to Kessingmere carers' coffee morning. Quiet, left early.",
    cont: '(CSW1 not there - info from group lead)',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'C8', dtext: '18/07/23', date: day('18/07/23', '18/07/2023'), contact: 'Tel in', who: 'Carol (dau)',
    notes: "Carol worried - dad 'snapping' and low, says he feels useless. Asked CSW to ring him.",
    contacts: [C('family', 'in', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'C9', dtext: '19/07', date: day('19/07', '19/07/2023'), contact: 'Tel out', who: 'Ron',
    notes: "Ron says 'all fine'. Declined extra sitting hours.",
    contacts: [C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'C10', dtext: 'w/c 14/08/23', date: span('w/c 14/08/23', '2023-08-14', '2023-08-20', 'week'), contact: 'Sitting', who: 'Sitter (CN volunteer)',
    notes: 'Sitting service started - Tuesday afternoons, 3 hrs.',
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'C11', dcell: [2023, 10, 10], date: day('10/10/2023', '10/10/2023'), contact: 'Group', who: 'Ron',
    notes: "Carers' group. Ron very tired, Edith 'up all night', having a whisky or two to get to sleep.",
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'C12', dtext: '06/11', date: day('06/11', '06/11/2023'), contact: 'Tel out', who: 'Ron',
    notes: 'No answer. LM.',
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'C13', dtext: '20/11/23', date: day('20/11/23', '20/11/2023'), contact: 'Tel in', who: 'Carol (dau)',
    notes: "Carol very upset. Sat night dad pushed mum, mum fell against sideboard, bruised arm. Carol rang 999, police came, 'nothing happened'. Says dad 'has always been controlling - ran mum's life, money, who she saw' and hit mum years ago. Told Carol we would raise a safeguarding concern.",
    contacts: [C('family', 'in', 'phone-call')], concerns: ['domestic-abuse'] },
  { key: 'C14', dtext: '21/11/23', date: day('21/11/23', '21/11/2023'), contact: 'Tel out', who: 'ASC Access Team (safeguarding)',
    notes: 'Safeguarding concern raised by phone re Edith, online form submitted after. Told it will be screened.',
    contacts: [C('asc', 'out', 'referral')], concerns: ['domestic-abuse'] },
  { key: 'C15', dtext: '05/12', date: day('05/12', '05/12/2023'), contact: 'Tel out', who: 'ASC duty',
    notes: 'Chased outcome of safeguarding concern. LM on duty line.',
    contacts: [C('asc', 'attempted', 'phone-call')], concerns: [] },
  { key: 'C16', dtext: '19/12', date: day('19/12', '19/12/2023'), contact: 'Email', who: 'ASC Access Team',
    notes: "Emailed chasing outcome of s/g concern. No reply rec'd.",
    contacts: [C('asc', 'out', 'email')], concerns: [] },
  { key: 'C17', dcell: [2024, 1, 8], date: day('08/01/2024', '08/01/2024'), contact: 'Tel in', who: 'Ron',
    notes: "Ron: 'Christmas was hell'. Carol had mum for 2 nights. He is worn out. Asking about respite.",
    contacts: [C('family', 'in', 'phone-call')], concerns: [] },
  { key: 'C18', dtext: '05/03', date: day('05/03', '05/03/2024'), contact: 'Tel in', who: 'Carol (dau)',
    notes: "Dad 'at breaking point', mum up every night. Carol asking again for respite.",
    contacts: [C('family', 'in', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'C19', dtext: '07/03', date: day('07/03', '07/03/2024'), contact: 'Email', who: 'ASC Access Team',
    notes: "Referral emailed requesting urgent review of Ron's carer's assessment and emergency respite.",
    contacts: [C('asc', 'out', 'referral')], concerns: [] },
  { key: 'C20', dtext: 'early March', date: span('early March', '2024-03-01', '2024-03-10', 'range'), contact: 'Group', who: 'Ron',
    notes: "Did not come to carers' coffee morning.",
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'C21', dtext: '28/03', date: day('28/03', '28/03/2024'), contact: 'Tel out', who: 'ASC duty',
    notes: "Chased referral of 07/03 - duty worker could find nothing on the system, 'will look into it'.",
    contacts: [C('asc', 'out', 'phone-call')], concerns: [] },
  { key: 'C22', dcell: [2024, 4, 18], date: day('18/04/2024', '18/04/2024'), contact: 'Meeting', who: 'CSW1',
    notes: 'Attended discharge planning meeting at Fenhallow with Ron and Carol, hospital SW and ward staff. Edith home next week with 2 calls a day.',
    contacts: [C('asc', 'both', 'conference'), C('other', 'both', 'conference'), C('family', 'both', 'conference')], concerns: [], dupOf: 'A23' },
  { key: 'C23', dtext: '22/05', date: day('22/05', '22/05/2024'), contact: 'Tel out', who: 'Ron',
    notes: 'Respite booked for July at Meadowcroft. Ron sounds flat.',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { key: 'C24', dtext: '13/06', date: day('13/06', '13/06/2024'), contact: 'Tel in', who: 'Carol (dau)',
    notes: 'Carol says social services had a review meeting with the carers and the nurses. CN not invited - did not know it was happening. Carol not asked either.',
    contacts: [C('family', 'in', 'phone-call')], concerns: [] },
  { key: 'C25', dtext: '25/06', date: day('25/06', '25/06/2024'), contact: 'Group', who: 'Ron',
    notes: "DNA carers' group, no apology.",
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { blank: true },
  { key: 'C26', dtext: '02/07', date: day('02/07', '02/07/2024'), contact: 'Tel out', who: 'Ron',
    notes: 'No answer.',
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'C27', dtext: '09/07', date: day('09/07', '09/07/2024'), contact: 'Tel out', who: 'Ron',
    notes: 'No answer, LM.',
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'C28', dcell: [2024, 7, 17], date: day('17/07/2024', '17/07/2024'), contact: 'Tel in', who: 'Carol (dau)',
    notes: "Dad rang Carol last night drunk and crying, said he'd 'finish it for both of us'. She called police, they went round. CSW tried Ron - no answer.",
    contacts: [C('family', 'in', 'phone-call'), C('family', 'attempted', 'phone-call')], concerns: ['domestic-abuse', 'parental-mental-health', 'substance-misuse', 'non-engagement'] },
  { key: 'C29', dtext: '17/07', date: day('17/07', '17/07/2024'), contact: 'Tel out', who: 'SW2 (ASC)',
    notes: "Rang SW2 with Carol's account. SW2 will call Ron.",
    contacts: [C('asc', 'out', 'phone-call')], concerns: [], dupOf: 'A17' },
  { key: 'C30', dtext: '23/07', date: day('23/07', '23/07/2024'), contact: 'Letter', who: 'Ron',
    notes: 'Letter sent - we have not been able to reach you, file will close in 14 days unless you get in touch.',
    contacts: [C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'C31', dtext: 'w/c 05/08/24', date: span('w/c 05/08/24', '2024-08-05', '2024-08-11', 'week'), contact: 'Admin', who: 'CSW1',
    notes: 'No response to letter. Case closed (3 contact attempts policy).',
    contacts: [], concerns: ['non-engagement'] },
];

{
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Eastbrook Carers Network';
  const ws = wb.addWorksheet('Contact log');
  ws.columns = [{ width: 14 }, { width: 14 }, { width: 26 }, { width: 90 }];
  ws.addRow(["Eastbrook Carers' Network - Carer contact log"]).font = { bold: true, size: 13 };
  ws.addRow(['Carer: Ron D (ref C-0412)   Cared for: Edith D   Carer Support Worker: CSW1   Exported from CharityLog for DHR']);
  ws.addRow([]);
  const hdr = ws.addRow(['Date', 'Contact', 'Who', 'Notes']);
  hdr.font = { bold: true };
  for (const c of carers) {
    if (c.blank) { ws.addRow([]); continue; }
    const dval = c.dcell ? new Date(Date.UTC(c.dcell[0], c.dcell[1] - 1, c.dcell[2])) : c.dtext;
    const row = ws.addRow([dval, c.contact, c.who, c.notes]);
    if (c.dcell) row.getCell(1).numFmt = 'dd/mm/yyyy';
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    if (c.cont) ws.addRow(['', '', '', c.cont]);
    const notes = c.cont ? `${c.notes} ${c.cont}` : c.notes;
    addEntry(F.carers, c.key, {
      agency: 'voluntary', date: c.date, time: null,
      text: `${c.contact} | ${c.who} | ${notes}`,
      contacts: c.contacts, concerns: c.concerns, dupOf: c.dupOf,
    });
  }
  await wb.xlsx.writeFile(path.join(OUT, F.carers));
}

// =====================================================================
// 5. HOSPITAL — West Norland Hospitals NHS FT letters, concatenated text
// =====================================================================
const HEAD_CG = [
  'WEST NORLAND HOSPITALS NHS FOUNDATION TRUST',
  'Calmering General Hospital, Fenway Road, Calmering, EB4 2QT   Switchboard 01632 960400',
];
const HEAD_FH = [
  'WEST NORLAND HOSPITALS NHS FOUNDATION TRUST',
  'Fenhallow Community Hospital, Station Lane, Fenhallow, EB7 1LD   Tel 01632 960777',
];
const letters = [
  { key: 'H1', agency: 'ed', head: [...HEAD_CG, 'Emergency Department'],
    date: day('09/07/2023', '09/07/2023'), time: '14:52',
    body: [
      'EMERGENCY DEPARTMENT DISCHARGE LETTER',
      'Patient: Mrs Edith D      NHS No: [redacted]      DOB: [redacted]',
      'Date of attendance: 09/07/2023      Time of arrival: 14:52',
      'Date of letter: 10/07/2023',
      'Registered GP: Dr K Marsh, Kessingmere Surgery',
      '',
      'Dear Dr Marsh,',
      '',
      'Presenting complaint: Fall at home, skin tear left forearm.',
      'History: 78 year old lady with vascular dementia brought in by her husband after tripping on the kitchen rug. No head injury, no LOC. Husband is main carer.',
      'Examination: 6 cm flap skin tear L forearm. No bony tenderness. Obs stable.',
      'Treatment: Cleaned, steristrips, non-adherent dressing.',
      'Outcome: Discharged home with husband.',
      'Follow up: practice nurse or district nurse wound check in 3-5 days. Please consider referral to falls clinic.',
      '',
      'Yours sincerely,',
      '',
      'Dr J Penrose',
      'Specialty Doctor, Emergency Medicine',
    ],
    contacts: [C('family', 'in', 'attendance'), C('gp', 'out', 'letter')], concerns: ['injury', 'parental-mental-health'] },
  { key: 'H2', agency: 'ed', head: [...HEAD_CG, 'Emergency Department'],
    date: day('12/02/2024', '12/02/2024'), time: '10:20',
    body: [
      'EMERGENCY DEPARTMENT DISCHARGE LETTER',
      'Patient: Mrs Edith D      NHS No: [redacted]      DOB: [redacted]',
      'Date of attendance: 12/02/2024      Time of arrival: 10:20',
      'Date of letter: 13/02/2024',
      'Registered GP: Dr K Marsh, Kessingmere Surgery',
      '',
      'Dear Dr Marsh,',
      '',
      'Presenting complaint: Fall overnight. Bruising.',
      'History: Brought in by husband, who reports she got out of bed in the night and fell, and that he found her on the bedroom floor and helped her back to bed. Patient unable to give a history (vascular dementia). Husband answered all questions.',
      'Examination: Bruising to both upper arms (inner aspect) and left cheek, some yellow, some purple. Tender L wrist.',
      'Investigations: X-ray L wrist - no fracture.',
      'Safeguarding: Bruising discussed with nurse in charge. Husband attentive and appropriate. No safeguarding referral made.',
      'Outcome: Discharged home with husband.',
      'GP actions: Please review re bruising and falls. Consider falls clinic.',
      '',
      'Yours sincerely,',
      '',
      'Dr M Adeyemi',
      'ST3 Emergency Medicine',
    ],
    contacts: [C('family', 'in', 'attendance'), C('gp', 'out', 'letter')], concerns: ['injury', 'parental-mental-health'] },
  { key: 'H3', agency: 'other', head: [...HEAD_CG, 'Department of Medicine for Older People - Larch Ward'],
    date: span('02/04/2024 - 09/04/2024', '2024-04-02', '2024-04-09', 'range'), time: null,
    body: [
      'INPATIENT TRANSFER SUMMARY',
      'Patient: Mrs Edith D      NHS No: [redacted]',
      'Date of admission: 02/04/2024      Date of transfer: 09/04/2024',
      'Transferred to: Poppy Ward, Fenhallow Community Hospital (rehabilitation)',
      'Consultant: Dr R Lindqvist',
      '',
      'Dear Dr Marsh,',
      '',
      'Diagnosis: Urinary tract infection with hyperactive delirium, on a background of vascular dementia.',
      'Summary: Admitted via ED, confused and agitated. Treated with IV then oral antibiotics. Delirium settling. Mobility reduced - now needs assistance of one with frame.',
      'Social: Lives with husband, who is her main carer, with a package of care of one call a day. Husband visiting daily; he appeared very tired.',
      'Plan: Transfer to Fenhallow Community Hospital for rehabilitation before discharge home.',
      '',
      'Kind regards,',
      '',
      'Dr T Whitlock',
      'FY2 to Dr Lindqvist, Medicine for Older People',
    ],
    contacts: [C('family', 'in', 'attendance'), C('gp', 'out', 'letter')], concerns: ['parental-mental-health'] },
  { key: 'H4', agency: 'other', head: [...HEAD_FH, 'Poppy Ward (Community Rehabilitation)'],
    date: span('09/04/2024 - 23/04/2024', '2024-04-09', '2024-04-23', 'range'), time: null,
    body: [
      'DISCHARGE SUMMARY',
      'Patient: Mrs Edith D      NHS No: [redacted]',
      'Date of admission (transfer in): 09/04/2024      Date of discharge: 23/04/2024',
      'Discharge destination: Home (Pathway 1), package of care two calls a day',
      'Responsible clinician: Dr S Farrant (community geriatrician)',
      '',
      'Dear Dr Marsh,',
      '',
      'Summary: Rehabilitation following UTI with delirium. Now mobile with frame and assistance of one, transfers with one. Confusion back to baseline.',
      "Carer: Husband visited most days. On one occasion he became tearful with the nurse in charge and said he 'cannot go on like this' and that he sometimes feels like 'putting a pillow over her face and then doing myself in'. He later said he did not mean it. The nurse in charge advised him to speak to his GP.",
      "GP actions: Please review husband's mental health. Continue current medication.",
      '',
      'Yours sincerely,',
      '',
      'Sister P Okonedo',
      'Ward Manager, Poppy Ward, for Dr S Farrant',
    ],
    contacts: [C('family', 'in', 'attendance'), C('gp', 'out', 'letter')], concerns: ['parental-mental-health', 'domestic-abuse'] },
  { key: 'H5', agency: 'other', head: [...HEAD_CG, 'Older People\'s Outpatients - Frailty and Falls Clinic'],
    date: day('03/06/2024', '03/06/2024'), time: null,
    body: [
      'CLINIC LETTER',
      'Patient: Mrs Edith D      NHS No: [redacted]',
      'Date of clinic: 03/06/2024      Date typed: 05/06/2024',
      'Clinician: Dr R Lindqvist, Consultant Geriatrician',
      '',
      'Dear Dr Marsh,',
      '',
      'I saw Mrs D in the frailty clinic with her husband. Two further falls at home since February. Lying/standing BP shows a postural drop of 25 mmHg. Mrs D was pleasant but could not contribute much. Her husband appeared low and irritable and frequently spoke over her.',
      'Recommendations: 1. Stop amlodipine. 2. Start vitamin D. 3. OT home assessment via social services. 4. Review in 6/12.',
      '',
      'Yours sincerely,',
      '',
      'Dr R Lindqvist',
      'Consultant Geriatrician',
    ],
    contacts: [C('family', 'in', 'attendance'), C('gp', 'out', 'letter')], concerns: ['injury', 'parental-mental-health'] },
];

{
  const out = [];
  letters.forEach((L, i) => {
    if (i > 0) out.push('', '='.repeat(78), '');
    out.push(...L.head, '-'.repeat(78), '');
    out.push(...L.body);
    addEntry(F.hosp, L.key, {
      agency: L.agency, date: L.date, time: L.time,
      text: L.body.filter((s) => s.trim()).join(' '),
      contacts: L.contacts, concerns: L.concerns,
    });
  });
  fs.writeFileSync(path.join(OUT, F.hosp), out.join('\n') + '\n');
}

// =====================================================================
// gold: duplicates, gaps, decoys
// =====================================================================
for (const e of entries) {
  if (e.dupOf) e.duplicateOf = refOf[e.dupOf];
  delete e.dupOf;
}
const duplicates = [['A2', 'C4'], ['A23', 'C22'], ['A17', 'C29']].map((g) => g.map((k) => refOf[k]));
const R = (...keys) => keys.map((k) => {
  if (!refOf[k]) throw new Error('unknown key ' + k);
  return refOf[k];
});

const gaps = [
  { id: 'EBO-G01', code: 'G1', alsoAcceptable: [], from: 'police', to: ['asc', 'gp'], anchors: R('P4', 'P5'),
    note: 'Police attended a domestic assault on a 78-year-old woman with dementia by her husband and sole carer (bruise, victim unable to give an account, daughter describing a long-standing temper). Graded DASH standard with no onward referral: no adult safeguarding concern or PPN to Adult Social Care, who had an open care package, and the GP was not told.' },
  { id: 'EBO-G02', code: 'G1', alsoAcceptable: [], from: 'gp', to: ['asc', 'adult-mh'], anchors: R('G9', 'G10', 'G17', 'G18'),
    note: "The GP practice heard from the daughter of the push, the police call-out and decades of controlling behaviour, then from the community hospital that the husband had spoken of putting a pillow over his wife's face. It reviewed Mr D's mood only. No safeguarding concern was raised with Adult Social Care and no DA enquiry was made with or for Mrs D; the daughter was told to contact social services herself, and nothing shows the OPMH CPN treating Mr D was told of the pillow remark." },
  { id: 'EBO-G03', code: 'G7', alsoAcceptable: [], from: 'asc', to: ['police', 'gp'], anchors: R('A9', 'A10', 'A11'),
    note: 'The safeguarding concern said police had attended, yet ASC screened it on one phone call with the alleged perpetrator. It did not ask police for the incident record (or the earlier 2016 domestic) or ask the GP about Mr D’s depression and drinking before deciding s42 criteria were not met.' },
  { id: 'EBO-G04', code: 'G4', alsoAcceptable: [], from: 'asc', to: ['voluntary'], anchors: R('A11', 'C14', 'C15', 'C16'),
    note: 'ASC recorded "referrer to be informed" but never told the Carers\' Network the outcome of its safeguarding concern; the charity chased by phone and email and got no reply.' },
  { id: 'EBO-G05', code: 'G3', alsoAcceptable: [], from: 'gp', to: ['asc'], anchors: R('G11', 'A12'),
    note: "The GP's letter asking for an urgent review and respite because of risk of carer breakdown was logged by ASC, put on the standard-priority waiting list and not allocated; nothing was done until May, after the hospital admission and a chase from the charity." },
  { id: 'EBO-G06', code: 'G1', alsoAcceptable: [], from: 'ed', to: ['asc'], anchors: R('H2'),
    note: 'The ED saw bilateral inner upper-arm and facial bruising of different ages in a woman with dementia who could not give a history, with the husband answering for her, and made no safeguarding referral to Adult Social Care.' },
  { id: 'EBO-G07', code: 'G3', alsoAcceptable: ['G10'], from: 'ed', to: ['gp'], anchors: R('H2', 'G13'),
    note: 'The ED letter asked the GP to review the bruising; the practice filed it as "no action required" and did not link it with the daughter\'s disclosure of the push two months earlier.' },
  { id: 'EBO-G08', code: 'G2', alsoAcceptable: [], from: 'voluntary', to: ['asc'], anchors: R('C19', 'C21', 'A13'),
    note: "The Carers' Network emailed an urgent referral for a carer's review and emergency respite; ASC has no record of receiving it (confirmed by its own search two months later), and a phone chase in March did not recover it." },
  { id: 'EBO-G09', code: 'G9', alsoAcceptable: ['G5', 'G1'], from: 'other', to: ['asc'], anchors: R('H4', 'A22', 'A24'),
    note: "On discharge from Fenhallow Community Hospital the husband's statement to the nurse in charge (that he felt like putting a pillow over his wife's face and then killing himself) went only to the GP. The Integrated Discharge Hub's transfer of care to ASC said 'coping; no safeguarding or risk issues', so the locality team took the case over without it." },
  { id: 'EBO-G10', code: 'G6', alsoAcceptable: [], from: 'asc', to: ['voluntary', 'gp'], anchors: R('A15', 'C24'),
    note: "ASC's case review meeting included the home care provider, the district nurse and the ASC OT. It left out the Carers' Network, which knew most about Mr D's strain and the daughter's concerns, and the GP, who was treating his depression; the charity only heard of it afterwards from the daughter." },
  { id: 'EBO-G11', code: 'G8', alsoAcceptable: [], from: 'voluntary', to: ['asc'], anchors: R('C25', 'C26', 'C27', 'C30', 'C31'),
    note: "In the weeks before the homicide Mr D stopped attending the carers' group and answering calls. The Carers' Network wrote and then closed his case under its three-attempt policy without telling ASC that a carer known to be at breaking point had disengaged, even after the daughter's report of his threat." },
  { id: 'EBO-G12', code: 'G5', alsoAcceptable: [], from: 'police', to: ['asc'], anchors: R('P6', 'P7', 'A19'),
    note: "After the July concern for welfare, when Mr D had said he would 'finish it for both of us', the adult PPN reached ASC nine days later because the officer was on rest days. The couple were left without a police-originated referral for that time." },
  { id: 'EBO-G13', code: 'G10', alsoAcceptable: [], from: 'police', to: ['asc'], anchors: R('P7', 'A19'),
    note: "Police graded the PPN medium risk and quoted a threat to kill his wife and himself; the ASC Access Team read it as carer stress ('comments to daughter'), filed it for information and did not consider a s42 enquiry or a multi-agency response." },
  { id: 'EBO-G14', code: 'G8', alsoAcceptable: [], from: 'asc', to: ['police'], anchors: R('A18', 'A20', 'A21'),
    note: "Two weeks after Mr D's threat to 'finish it for both of us', the unannounced visit found no one in and his phone went unanswered. ASC left a card and did not escalate (for example by asking police for a welfare check); the next contact was a phone call prompted by the home care provider, and a visit was put off to the following week." },
];

const decoys = [
  { id: 'EBO-D01', looksLike: ['G2', 'G4'], refs: R('C3', 'A1', 'A2', 'A3', 'C5'),
    note: "The Carers' Network's first referral for a carer's assessment was received and allocated, the assessment was done on a joint visit and the support plan was copied back to the charity: received, acted on, fed back." },
  { id: 'EBO-D02', looksLike: ['G1'], refs: R('P3', 'A7'),
    note: "Police dealt with Mrs D found wandering at night by submitting an adult PPN to ASC the next day; ASC recorded it, phoned Mr D, sent the Herbert Protocol form and arranged telecare. Shared and acted on." },
  { id: 'EBO-D03', looksLike: ['G2', 'G4'], refs: R('G12', 'G14', 'G15'),
    note: "The GP's referral of Mr D to Older People's Mental Health was accepted, triaged, assessed at home and reported back to the GP by letter. No file from OPMH is needed to see that it arrived." },
];

const gold = {
  case: CASE,
  title: 'Eastbrook DHR 01 – Mrs Edith D, killed by her husband and carer',
  reviewType: 'dhr',
  reviewPeriod: { from: '2023-02-01', to: '2024-08-11' },
  conventions: {
    agencies: "Eastbrook Carers' Network (carers' support charity) = voluntary. Kessingmere Surgery (both Edith and Ron are registered) = gp. Norland County Council Adult Social Care (Access Team, Adult Safeguarding Team, Eastbrook Locality Team, Hospital Team) = asc. Older People's Mental Health / OPMH CPN (Norland Partnership NHS FT) = adult-mh. Calmering General ED = ed. Hospital wards (Larch Ward, Poppy Ward at Fenhallow Community Hospital), the frailty clinic and the trust's Integrated Discharge Hub = other. District nurses (Eastbrook Community Nursing), Brightwater Home Care, Norland Telecare and Meadowcroft Care Home = other. No MASH in this case: adult safeguarding concerns go to ASC's Access Team (asc).",
    hospitalFile: "wnh-hospital-letters.txt holds five letters from one trust (West Norland Hospitals NHS FT), so the file is 'mixed': ED letters are ed; ward, community hospital and clinic letters are other. Each letter is one entry. Its date is the event (date of attendance or clinic; admission to transfer/discharge as a range), not the date of the letter. Its text is the letter from its title to the sign-off, blank lines dropped. ED and ward all sit in one trust, so admission via ED and transfer to Fenhallow are internal.",
    tableText: "Police CSV: text = Occurrence No | Type | Summary | Officer | Outcome; date.raw is the date part of Reported and time its clock part. ASC docx: text = Action | Outcome. Charity xlsx: text = Contact | Who | Notes, with the continuation row's note appended; real Excel date cells show as dd/mm/yyyy and count as written that way.",
    gpText: "GP txt: one entry per 'Date:' block; text = 'Seen by: …' followed by the note. 'Review 12/12', '3/12', '4/52' are durations, not dates.",
    concerns: "parental-mental-health is used for the mental health of both people at the centre of the review: Edith's dementia/delirium and Ron's depression and suicidal talk. Declined or refused support, DNAs and unanswered calls are non-engagement. Marks on Edith in the November domestic incident are domestic-abuse, not injury; falls, skin tears, unexplained bruising at ED and pressure areas are injury.",
    contacts: "Family members present at a meeting (discharge planning, case review) get a family/both/conference contact. A police attendance at the address is family/out/other. A DASH completed at the scene is family/out/assessment. Receiving a copy letter on a later date is not a duplicate of the sender's record.",
    background: 'police-niche-extract.csv#1 (June 2016) is background before the review period; it is still an entry.',
  },
  files: [
    { file: F.police, agency: 'police', format: 'csv' },
    { file: F.gp, agency: 'gp', format: 'txt' },
    { file: F.asc, agency: 'asc', format: 'docx' },
    { file: F.carers, agency: 'voluntary', format: 'xlsx' },
    { file: F.hosp, agency: 'mixed', format: 'txt' },
  ],
  entries: entries.map(({ key, ...e }) => {
    const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time, text: e.text, contacts: e.contacts, concerns: e.concerns };
    if (e.duplicateOf) o.duplicateOf = e.duplicateOf;
    return o;
  }),
  gaps,
  duplicates,
  decoys,
};
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// =====================================================================
// README
// =====================================================================
const codeCount = {};
for (const g of gaps) codeCount[g.code] = (codeCount[g.code] || 0) + 1;
const readme = `# ${CASE} — Eastbrook DHR 01 (invented)

Domestic homicide review, Eastbrook district, Norland (an invented East Anglian county).
Everything here is invented: people, places, services and dates.

## People
- **Edith D** (78), the victim. She had vascular dementia, falls and diabetes, and got a
  morning package of care from June 2023 (two calls a day from April 2024).
- **Ron D** (81), her husband and sole carer, charged with her murder. He had depression
  (sertraline, then mirtazapine; OPMH from March 2024), his drinking was going up, and
  there was a police-recorded domestic incident in 2016. His daughter describes him as
  controlling for decades.
- **Carol D**, their adult daughter. She lives in Wenfleet and raised worries with the
  carers' charity, the GP and the police.

## Period
From 1 February 2023 to 11 August 2024 (the homicide). One police row from 2016 is
background, and the charge row of 13/08/2024 falls just after the period.

## What went wrong (in short)
The November 2023 push was graded DASH standard and not shared. ASC's safeguarding screen
rested on the husband's word alone and never fed back to the charity. The GP and the ED
missed or filed the disclosures and the bruising. A charity referral went missing at ASC,
and the GP's request for respite sat on a waiting list. The husband's "pillow" remark on
the ward went to the GP but not to ASC. A review meeting left out the charity and the GP.
The last police PPN arrived late and was read as carer stress. The charity closed the
case of a disengaging carer without telling anyone, and ASC's no-access visit after the threat
was not escalated.

## Files
| file | agency | layout |
|---|---|---|
| ${F.police} | police | Niche CSV export with two title lines: Occurrence No, Reported, Type, Summary, Officer, Outcome |
| ${F.gp} | gp | free-typed blocks separated by blank lines: "Date: dd/mm/yyyy", "Seen by:", note |
| ${F.asc} | asc | Word: one heading per episode ("Episode 1 – Carer's assessment", …), each with a Date, Action, Outcome table |
| ${F.carers} | voluntary | Excel contact log: Date, Contact, Who, Notes; real date cells, short dates with no year, "w/c" and "early March"; one blank row and one continuation row |
| ${F.hosp} | mixed (ed / other) | five trust letters one after another, each with the letterhead, labelled date fields, "Dear Dr Marsh", a summary and a sign-off |

Entries: ${entries.length}. Gaps: ${gaps.length} (${Object.entries(codeCount).map(([k, v]) => `${k}×${v}`).join(', ')}). Decoys: ${decoys.length}. Duplicate groups: ${duplicates.length}.

## Case-specific conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

Generated by \`/work/blind/generators/${CASE}.mjs\`.
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme);

console.log(`entries ${entries.length}`, Object.fromEntries(Object.values(F).map((f) => [f, entries.filter((e) => e.ref.startsWith(f + '#')).length])));
console.log('gaps', codeCount, 'decoys', decoys.length, 'dups', duplicates.length);
