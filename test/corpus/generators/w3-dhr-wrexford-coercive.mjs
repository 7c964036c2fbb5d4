// Generator for the invented DHR case w3-dhr-wrexford-coercive.
// Writes the agency files, gold.json and README.md into /work/blind/w3-dhr-wrexford-coercive/.
// Everything here is fictional: people, places, services, references and dates.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType,
  AlignmentType, ShadingType, HeadingLevel, TableLayoutType,
} = docx;

const CASE = 'w3-dhr-wrexford-coercive';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const day = (raw, iso, extra = {}) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain: false, ...extra });
const rng = (raw, from, to, precision = 'range', extra = {}) => ({ raw, earliest: from, latest: to, precision, uncertain: false, ...extra });
const C = (w, d, t) => ({ with: w, direction: d, type: t });
const DA = 'domestic-abuse', PMH = 'parental-mental-health', NE = 'non-engagement', CR = 'criminality',
  INJ = 'injury', HOU = 'housing', DEV = 'child-development';

// Every entry gets a key; refs are computed from file order.
const allEntries = []; // {key, file, ...}
const keyToRef = {};
function register(file, list) {
  list.forEach((e, i) => {
    const ref = `${file}#${i + 1}`;
    if (keyToRef[e.key]) throw new Error('dup key ' + e.key);
    keyToRef[e.key] = ref;
    allEntries.push({ ...e, ref, file });
  });
}

// ======================================================================
// 1. POLICE  (police.csv)  – MPS CAD / CRIS summary
// ======================================================================
const police = [
  {
    key: 'p_jun22', dt: '05/06/2022 23:10', date: day('05/06/2022', '2022-06-05'), time: '23:10',
    cad: 'CAD 7731/05JUN22', type: 'DOMESTIC – CONCERN FOR SAFETY',
    summary: "Caller (neighbour, Flat 5) reports male & female shouting in Flat 3, female heard screaming 'get off me'.\nOfficers on scene 23:31. Male (Mr H) left prior to police arrival. Victim (Ms R) states verbal argument about money only, no assault. No injuries seen.\n2 children in flat (approx 8 and 5), asleep – not spoken to.",
    dash: 'Standard – 4 ticks. Victim declined to answer Q12–Q20.',
    action: 'Non-crime domestic recorded. MERLIN PAC 22/0061123 to MASH (both children). Op Encompass – not sent, school details not obtained. DA referral to IDVA offered – declined.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'notification')],
    concerns: [DA, NE],
  },
  {
    key: 'p_sep22', dt: '11/09/2022 02:47', date: day('11/09/2022', '2022-09-11'), time: '02:47',
    cad: 'CAD 2214/11SEP22', type: 'ABANDONED / SILENT 999',
    summary: "Silent 999 call from mobile registered to Ms R. Line open approx 40 secs – female heard crying, then call terminated.\nCall back 02:53 answered by male who stated phone 'pocket dialled' and all OK.",
    dash: 'N/A',
    action: 'No units assigned – call back satisfactory. Closed 03:01.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'phone-call')],
    concerns: [],
  },
  {
    key: 'p_dec22', dt: '06/12/2022 19:42', date: day('06/12/2022', '2022-12-06'), time: '19:42',
    cad: 'CAD 5519/06DEC22', type: 'DOMESTIC – CRIME',
    summary: "Victim Ms R called from neighbour's phone. States partner Mr H took her mobile and smashed it, then locked her out on the balcony for approx 1 hr in the cold while the children were inside.\nOn arrival Mr H calm, states she is 'hysterical'. Victim discloses he checks her phone, keeps her bank card and stops her seeing her sister.\nCRIS 4412907/22 – criminal damage. Mr H arrested 20:15, conveyed to Wrexford custody.",
    dash: 'Medium – 9 ticks (isolation, jealousy/controlling, money, separation considered). Perp criminal history: N/K.',
    action: 'MERLIN PAC 22/0098871 to MASH. Op Encompass sent to Ashgrove Lane Primary 07/12 08:40. DA referral to WWAS IDVA (consent given) sent 07/12. CCB offence considered – insufficient evidence at this time.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'notification'),
      C('school', 'out', 'notification'), C('da-service', 'out', 'referral')],
    concerns: [DA, CR],
  },
  {
    key: 'p_dec22_int', dt: '07/12/2022 14:30', date: day('07/12/2022', '2022-12-07'), time: '14:30',
    cad: 'CRIS 4412907/22', type: 'CRIME UPDATE – DA',
    summary: "Suspect interviewed under caution – denies damage, states phone 'dropped'. Victim does not wish to provide a statement.",
    dash: '',
    action: 'Released under investigation (RUI). OIC DC 3. Victim updated by phone.',
    contacts: [C('family', 'out', 'phone-call')],
    concerns: [DA, CR],
  },
  {
    key: 'p_jan23', dt: '03/01/2023', date: day('03/01/2023', '2023-01-03'), time: null,
    cad: 'CRIS 4412907/22', type: 'CRIME UPDATE – DA',
    summary: 'Reviewed by DS – NFA, evidential difficulties (no victim statement, no independent witness).',
    dash: '',
    action: 'Victim informed by letter. Crime closed.',
    contacts: [C('family', 'out', 'letter')],
    concerns: [DA],
  },
  {
    key: 'p_feb23', dt: '17/02/2023 16:05', date: day('17/02/2023', '2023-02-17'), time: '16:05',
    cad: 'CAD 3307/17FEB23', type: 'CONCERN FOR WELFARE',
    summary: "Caller (victim's sister) unable to contact Ms R for 8 days, phone goes to voicemail; states Mr H 'won't let her out' and replies to her messages for her.\nOfficers attended 17:20. Ms R answered door, Mr H standing behind her. States she is fine, phone broken. Both children at home (half term). Ms R declined to speak to officers alone.",
    dash: 'Not completed – victim stated no DA.',
    action: 'Safe & well. No offences disclosed. CAD closed. No MERLIN PAC / no DA referral.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')],
    concerns: [DA],
  },
  {
    key: 'p_may23', dt: '14/05/2023 06:12', date: day('14/05/2023', '2023-05-14'), time: '06:12',
    cad: 'CAD 0988/14MAY23', type: 'DOMESTIC – CRIME (THREATS TO KILL / NFS)',
    summary: "Victim called 999 from sister's address (Flat 12 Osier Court). States overnight Mr H held her by the throat against the kitchen wall and said 'I'll kill you and take the kids where you'll never find them'. She left with both children at approx 04:00.\nRedness to front of neck seen, BWV captured. Victim discloses previous strangulation 'around Easter'.\nMr H arrested at home address 07:40 – non-fatal strangulation (s75A SCA 2015) and threats to kill. CRIS 4420215/23.",
    dash: 'HIGH – 15 ticks incl. strangulation, threats to kill, threats re children, escalation, separation.',
    action: 'MARAC referral emailed to Wrexford MARAC coordinator 15/05 09:10 (DS 4). High-risk DA referral to WWAS IDVA 15/05. MERLIN PAC 23/0041266 to MASH. Op Encompass to Ashgrove Lane Primary 15/05. Medical advice given.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('other', 'out', 'referral'),
      C('da-service', 'out', 'referral'), C('mash', 'out', 'notification'), C('school', 'out', 'notification')],
    concerns: [DA, CR],
  },
  {
    key: 'p_may23_bail', dt: '15/05/2023 18:00', date: day('15/05/2023', '2023-05-15'), time: '18:00',
    cad: 'CRIS 4420215/23', type: 'CRIME UPDATE – DA',
    summary: 'Suspect interviewed – no comment. CPS consulted (pre-charge): further evidence required. Suspect bailed to 12/06/23 with conditions – not to contact victim directly or indirectly, not to attend Belling Road address.',
    dash: '',
    action: "Victim updated by phone re bail conditions (at sister's).",
    contacts: [C('family', 'out', 'phone-call')],
    concerns: [DA, CR],
  },
  {
    key: 'p_retract', dt: '24/05/23', date: day('24/05/23', '2023-05-24'), time: null,
    cad: 'CRIS 4420215/23', type: 'CRIME UPDATE – DA',
    summary: "Victim attended Wrexford police station, provided retraction statement – wants Mr H home 'for the children'. Advised re risk, safety advice given.\nOIC review: bail conditions cancelled 26/05 (authorised DS 4). Suspect RUI.",
    dash: '',
    action: 'Victim informed of cancellation by phone 26/05. IDVA and school not updated.',
    contacts: [C('family', 'in', 'attendance'), C('family', 'out', 'phone-call')],
    concerns: [DA, CR],
  },
  {
    key: 'p_jun23', dt: '27/06/2023', date: day('27/06/2023', '2023-06-27'), time: null,
    cad: 'CRIS 4420215/23', type: 'CRIME UPDATE – DA',
    summary: 'CPS advice: NFA – victim retraction, insufficient evidence for evidence-led prosecution. Crime closed.',
    dash: '',
    action: 'Tel to victim 28/06 – no answer, VM left.',
    contacts: [C('family', 'attempted', 'phone-call')],
    concerns: [DA, NE],
  },
  {
    key: 'p_dvds', dt: '24/10/2023 11:00', date: day('24/10/2023', '2023-10-24'), time: '11:00',
    cad: 'DVDS 23/WX/0417', type: 'DVDS – RIGHT TO KNOW (MARAC action)',
    summary: "Disclosure made to Ms R at Wrexford police station by DS 4, IDVA 2 (WWAS) present, regarding Mr H's previous convictions for violence against a former partner. Ms R tearful; states she will end the relationship and ask him to leave.",
    dash: 'HIGH (MARAC 19/10/23)',
    action: 'Disclosure form signed. High-risk DA marker on address. Safety plan reviewed jointly with IDVA.',
    contacts: [C('family', 'out', 'information-share'), C('da-service', 'both', 'other')],
    concerns: [DA, CR],
  },
  {
    key: 'p_nov23', dt: '18/11/2023 21:48', date: day('18/11/2023', '2023-11-18'), time: '21:48',
    cad: 'CAD 6602/18NOV23', type: 'DOMESTIC – HARASSMENT',
    summary: "Victim reports ex-partner Mr H banging on front door for approx 20 mins, shouting and demanding to see the children; left before police arrival. Victim states he sends 'dozens' of messages a day.\nCRIS 4431189/23 – harassment.",
    dash: 'HIGH – 17 ticks',
    action: 'Suspect circulated PNC (wanted for interview). MERLIN PAC to MASH. Op Encompass 20/11. Repeat MARAC notification – not sent.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'notification'), C('school', 'out', 'notification')],
    concerns: [DA, CR],
  },
  {
    key: 'p_nov23_arrest', dt: '22/11/2023', date: day('22/11/2023', '2023-11-22'), time: null,
    cad: 'CRIS 4431189/23', type: 'CRIME UPDATE – DA',
    summary: "Suspect arrested at his mother's address (Harnden), interviewed – admits attending, denies threats or harassment. Released on bail to 20/12/23 with conditions: no contact with victim, not to enter Belling Road.",
    dash: '',
    action: 'Victim informed by phone. Bail conditions emailed to IDVA 2 (WWAS) 22/11.',
    contacts: [C('family', 'out', 'phone-call'), C('da-service', 'out', 'email')],
    concerns: [DA, CR],
  },
  {
    key: 'p_dec23_school', dt: '01/12/2023 15:24', date: day('01/12/2023', '2023-12-01'), time: '15:24',
    cad: 'CAD 1027/01DEC23', type: 'SUSPICIOUS / DOMESTIC – OTHER',
    summary: 'Call from Head Teacher, Ashgrove Lane Primary School: Mr H at school gate attempting to collect his 2 children, refused by staff, became verbally aggressive, left on foot prior to police arrival.\nOfficers attended school 16:05, spoke to HT. CCTV requested.',
    dash: '',
    action: 'Bail conditions do not cover the school – no breach. Intel log submitted. Victim updated by phone.',
    contacts: [C('school', 'in', 'phone-call'), C('school', 'out', 'other'), C('family', 'out', 'phone-call')],
    concerns: [DA, CR],
  },
  {
    key: 'p_dec23_texts', dt: '03/12/2023 10:37', date: day('03/12/2023', '2023-12-03'), time: '10:37',
    cad: 'CAD 0311/03DEC23', type: 'DOMESTIC – MALICIOUS COMMS / BREACH',
    summary: "Victim reports Mr H sent threatening texts overnight incl. 'if I can't have you no one will' and 'you've got days left'. Officers attended victim 11:15, screenshots obtained. Breach of bail conditions.\nOfficers attended mother's address (Harnden) – suspect not there, whereabouts unknown.",
    dash: 'HIGH – 19 ticks',
    action: 'CRIS 4433702/23. Suspect wanted – PNC circulation. IDVA informed by email 04/12. MERLIN PAC to MASH. Repeat MARAC – not referred.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('da-service', 'out', 'email'), C('mash', 'out', 'notification')],
    concerns: [DA, CR],
  },
  {
    key: 'p_homicide', dt: '09/12/2023 02:09', date: day('09/12/2023', '2023-12-09'), time: '02:09',
    cad: 'CAD 0154/09DEC23', type: 'DOMESTIC – SERIOUS ASSAULT / LAS REQUIRED',
    summary: 'Multiple 999 calls from neighbours – screaming from Flat 3 Corran House. Officers forced entry 02:21. Ms R found with multiple stab wounds; LAS and HEMS on scene, life pronounced extinct 02:58.\nMr H detained at scene and arrested for murder. C1 and C2 found unharmed in bedroom – taken into police protection.',
    dash: '',
    action: "HAT/MIT notified. Children's Services EDT notified 03:30 – children placed with maternal aunt (Ms S). Scene preserved.",
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('ambulance', 'both', 'other'), C('csc', 'out', 'notification')],
    concerns: [DA, CR, INJ],
  },
];
police.forEach((e) => {
  e.agency = 'police';
  e.text = [e.cad, e.type, e.summary, e.dash, e.action].filter((s) => s).join(' | ');
});
register('police.csv', police);

function csvCell(s) {
  s = s ?? '';
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
{
  const lines = [];
  lines.push(['Metropolitan Police Service – Wrexford & Hale BCU – DHR chronology extract (CAD / CRIS) – OFFICIAL-SENSITIVE', '', '', '', '', ''].map(csvCell).join(','));
  lines.push(['Subject: Ms R (victim) / Mr H (suspect) – address Flat 3 Corran House, Belling Road, Wrexford WX4', '', '', '', '', ''].map(csvCell).join(','));
  lines.push(',,,,,');
  lines.push(['CAD Ref', 'Date/Time', 'Call type', 'Summary', 'DASH', 'Action'].map(csvCell).join(','));
  for (const e of police) lines.push([e.cad, e.dt, e.type, e.summary, e.dash, e.action].map(csvCell).join(','));
  lines.push(',,,,,');
  lines.push(['End of extract. Prepared by DHR single point of contact, Specialist Crime Review Group.', '', '', '', '', ''].map(csvCell).join(','));
  fs.writeFileSync(path.join(OUT, 'police.csv'), lines.join('\r\n') + '\r\n');
}

// ======================================================================
// 2. IDVA SERVICE  (idva.xlsx) – Wrexford Women's Advocacy Service (charity)
// ======================================================================
const U = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const idvaSheets = [
  {
    name: 'Referral 1 Dec-22', sub: 'WWAS ref 22/1187 – Referral 1 of 3 – IDVA 1',
    rows: [
      { key: 'i_ref1', cell: U(2022, 12, 7), date: day('07/12/2022', '2022-12-07'), method: 'Email – referral in (MPS)',
        outcome: 'DA referral rec\'d from PC 6 (MPS) – medium risk, DASH 9. Consent given. Allocated to IDVA 1.',
        risk: 'Perp monitors phone – DO NOT leave VM. 2 children (primary school).',
        contacts: [C('police', 'in', 'referral')], concerns: [DA] },
      { key: 'i_d1', cell: U(2022, 12, 8), date: day('08/12/2022', '2022-12-08'), method: 'Tel – outgoing',
        outcome: 'No answer. No VM left (safety).', risk: '',
        contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE] },
      { key: 'i_d2', cell: U(2022, 12, 12), date: day('12/12/2022', '2022-12-12'), method: 'Tel – outgoing',
        outcome: 'Phone switched off.', risk: '',
        contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE] },
      { key: 'i_d3', cell: U(2022, 12, 15), date: day('15/12/2022', '2022-12-15'), method: 'Tel – outgoing',
        outcome: "Answered by male. IDVA 1 said 'wrong number' and ended call.",
        risk: 'Perp has access to phone. ?other route – school/GP – not pursued.',
        contacts: [C('family', 'attempted', 'phone-call')], concerns: [DA, NE] },
      { key: 'i_close1', cell: U(2022, 12, 21), date: day('21/12/2022', '2022-12-21'), method: 'Case closure',
        outcome: 'Closed – unable to contact (3 attempts per policy). Closure not fed back to referring officer.',
        risk: 'Risk at closure: medium.',
        contacts: [], concerns: [NE] },
    ],
  },
  {
    name: 'Referral 2 May-23', sub: 'WWAS ref 23/0642 – Referral 2 of 3 – IDVA 2',
    rows: [
      { key: 'i_ref2', cell: U(2023, 5, 15), date: day('15/05/2023', '2023-05-15'), method: 'Email – referral in (MPS)',
        outcome: 'HIGH risk referral from DS 4 (MPS) – DASH 15, strangulation, threats to kill, threats re children. Police have referred to MARAC. Allocated IDVA 2.',
        risk: "Victim + children at sister's address. Perp in custody → bailed.",
        contacts: [C('police', 'in', 'referral')], concerns: [DA, CR] },
      { key: 'i_call_may', cell: U(2023, 5, 15), date: day('15/05/2023', '2023-05-15'), method: "Tel – outgoing (sister's landline)",
        outcome: 'Spoke to Ms R. Initial safety plan. Bail conditions explained. Advised re non-molestation order. F2F booked.', risk: '',
        contacts: [C('family', 'out', 'phone-call')], concerns: [DA, CR] },
      { key: 'i_f2f_may', cell: U(2023, 5, 17), date: day('17/05/2023', '2023-05-17'), method: 'F2F – WWAS office',
        outcome: "Ms R attended with C2. DASH reviewed – 15, HIGH. Options discussed incl. refuge – wants to remain at sister's for now. Consent to share with school DSL.",
        risk: "Strangulation x2. Threat to take children – 'where you'll never find them'.",
        contacts: [C('family', 'in', 'attendance')], concerns: [DA] },
      { key: 'i_school_call', cell: U(2023, 5, 18), date: day('18/05/2023', '2023-05-18'), method: 'Tel – outgoing to Ashgrove Lane Primary (DSL)',
        outcome: 'Informed DSL1 of bail conditions (Mr H not to contact Ms R / attend home) and safety plan re collection.', risk: '',
        contacts: [C('school', 'out', 'phone-call')], concerns: [DA, CR] },
      { key: 'i_jun1', cell: U(2023, 6, 1), date: day('01/06/2023', '2023-06-01'), method: 'Tel – outgoing',
        outcome: 'No answer.', risk: 'Mobile – previously safe.',
        contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE] },
      { key: 'i_sister', cell: U(2023, 6, 13), date: day('13/06/2023', '2023-06-13'), method: 'Tel – outgoing to sister (Ms S)',
        outcome: 'Sister says Ms R went back to the flat with the children end of May and Mr H is living there again. IDVA unaware bail conditions had been cancelled – not informed by police.',
        risk: 'Risk ↑ – perp back in home.',
        contacts: [C('family', 'out', 'phone-call')], concerns: [DA, CR] },
      { key: 'i_jun2', cell: U(2023, 6, 20), date: day('20/06/2023', '2023-06-20'), method: 'Tel – outgoing',
        outcome: 'No answer. VM not left.', risk: '',
        contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE] },
      { key: 'i_close2', cell: U(2023, 6, 30), date: day('30/06/2023', '2023-06-30'), method: 'Case closure',
        outcome: 'Closed – no contact since 17/05 despite attempts. MARAC referral made by police per referral form – MARAC listing not checked; not escalated to MARAC or police.',
        risk: 'Risk at closure: HIGH.',
        contacts: [], concerns: [DA, NE] },
    ],
  },
  {
    name: 'Referral 3 Aug-23', sub: 'WWAS ref 23/0981 – Referral 3 of 3 – IDVA 2',
    rows: [
      { key: 'i_selfref', cell: U(2023, 8, 21), date: day('21/08/2023', '2023-08-21'), method: "Tel – incoming (self-referral, friend's phone)",
        outcome: "Ms R self-referred. Says Mr H 'worse than ever' – takes her UC money, tracks her phone location, threatened to kill her if she leaves. F2F booked.",
        risk: "Use friend's number only (Ms J).",
        contacts: [C('family', 'in', 'referral')], concerns: [DA] },
      { key: 'i_dash3', cell: U(2023, 8, 23), date: day('23/08/2023', '2023-08-23'), method: 'F2F – Wrexford Family Hub (Tillman St)',
        outcome: "DASH completed: 16/24 – HIGH. Choking x2 since May, threats to kill, threats re children, controls UC money, monitors phone. Perp's criminal history – Ms R 'thinks something with his ex', not known. MARAC threshold met – referral to be submitted.",
        risk: 'Police checks on perp not requested.',
        contacts: [C('family', 'in', 'attendance')], concerns: [DA] },
      { key: 'i_aug30', cell: '?30/08/23', date: day('?30/08/23', '2023-08-30', { uncertain: true }), method: "Tel – outgoing (friend's no.)",
        outcome: 'No answer.', risk: 'Date of call unclear on system – entered 01/09.',
        contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE] },
      { key: 'i_code', cell: U(2023, 9, 4), date: day('04/09/2023', '2023-09-04'), method: 'Tel – outgoing',
        outcome: "Ms R answered, said code word ('dentist') – Mr H present. Call ended.", risk: '',
        contacts: [C('family', 'out', 'phone-call')], concerns: [DA] },
      { key: 'i_leave', cell: '11/09/23 – 22/09/23', date: rng('11/09/23 – 22/09/23', '2023-09-11', '2023-09-22'), method: '—',
        outcome: 'IDVA 2 on annual leave. Case not reallocated – no contact during this period.', risk: '',
        contacts: [], concerns: [] },
      { key: 'i_sep25', cell: U(2023, 9, 25), date: day('25/09/2023', '2023-09-25'), method: "Tel – outgoing (friend's no.)",
        outcome: 'Spoke to Ms R. Safety plan updated. Ms R agrees to MARAC referral.', risk: '',
        contacts: [C('family', 'out', 'phone-call')], concerns: [DA] },
      { key: 'i_marf', cell: U(2023, 10, 3), date: day('03/10/2023', '2023-10-03'), method: 'Email – MARF to MARAC coordinator',
        outcome: 'MARAC referral submitted (DASH 16 – HIGH, actual score).', risk: '',
        contacts: [C('other', 'out', 'referral')], concerns: [DA] },
      { key: 'i_marac', cell: U(2023, 10, 19), date: day('19/10/2023', '2023-10-19'), method: 'MARAC (Teams)',
        outcome: 'Attended Wrexford MARAC. IDVA actions: safety plan; support Ms R at DVDS disclosure; joint sanctuary survey with Kestrel Vale HA.', risk: '',
        contacts: ['police', 'mash', 'housing', 'ed', 'probation', 'adult-mh', 'other'].map((w) => C(w, 'both', 'conference')), concerns: [DA] },
      { key: 'i_dvds', cell: U(2023, 10, 24), date: day('24/10/2023', '2023-10-24'), method: 'F2F – Wrexford police station',
        outcome: "Supported Ms R at DVDS 'right to know' disclosure by DS 4 (MPS). Ms R shocked, will end relationship. Safety plan reviewed with DS 4.", risk: '',
        contacts: [C('police', 'both', 'other'), C('family', 'out', 'other')], concerns: [DA] },
      { key: 'i_jv', cell: U(2023, 10, 31), date: day('31/10/2023', '2023-10-31'), method: 'Home visit – joint with HO 2 (Kestrel Vale HA)',
        outcome: "Sanctuary survey. Mr H has moved out (at his mother's). Ms R agreed lock change, door viewer, chain.", risk: '',
        contacts: [C('family', 'out', 'home-visit'), C('housing', 'both', 'home-visit')], concerns: [DA] },
      { key: 'i_cin', cell: U(2023, 11, 2), date: day('02/11/2023', '2023-11-02'), method: 'Meeting – CIN at Ashgrove Lane Primary',
        outcome: "Attended CIN meeting with SW 1 (Children's Services), DSL2 and Ms R. Shared MARAC outcome and safety plan re collection.", risk: '',
        contacts: [C('csc', 'both', 'conference'), C('school', 'both', 'conference'), C('family', 'both', 'conference')], concerns: [DA] },
      { key: 'i_housing_call', cell: U(2023, 11, 8), date: day('08/11/2023', '2023-11-08'), method: 'Tel – incoming (HO 2, Kestrel Vale)',
        outcome: 'Housing confirmed sanctuary works completed today.', risk: '',
        contacts: [C('housing', 'in', 'phone-call')], concerns: [DA] },
      { key: 'i_nov20', cell: U(2023, 11, 20), date: day('20/11/2023', '2023-11-20'), method: 'Tel – outgoing',
        outcome: 'Ms R told IDVA that Mr H came to the flat on 18/11, banging on the door. Police had not informed WWAS of the incident.', risk: '',
        contacts: [C('family', 'out', 'phone-call')], concerns: [DA] },
      { key: 'i_bail_email', cell: U(2023, 11, 22), date: day('22/11/2023', '2023-11-22'), method: 'Email – incoming (MPS)',
        outcome: 'Bail conditions rec\'d from police: no contact, not to enter Belling Rd, to 20/12. Passed to Ms R by text.', risk: '',
        contacts: [C('police', 'in', 'email'), C('family', 'out', 'other')], concerns: [DA, CR] },
      { key: 'i_threat_email', cell: U(2023, 12, 4), date: day('04/12/2023', '2023-12-04'), method: 'Email – incoming (MPS)',
        outcome: 'Police notified threatening texts 03/12; Mr H wanted.', risk: "Risk ↑↑ – 'you've got days left'.",
        contacts: [C('police', 'in', 'email')], concerns: [DA, CR] },
      { key: 'i_dec6', cell: U(2023, 12, 6), date: day('06/12/2023', '2023-12-06'), method: 'Tel – outgoing',
        outcome: "Spoke to Ms R – staying at the flat with children, does not want refuge ('he won't come while police are looking'). Safety plan updated. Plan: discuss emergency MARAC with manager.", risk: '',
        contacts: [C('family', 'out', 'phone-call')], concerns: [DA] },
      { key: 'i_dec8', cell: U(2023, 12, 8), date: day('08/12/2023', '2023-12-08'), method: 'Tel – outgoing',
        outcome: 'No answer x2.', risk: '',
        contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE] },
    ],
  },
];
const idvaEntries = [];
for (const sh of idvaSheets) for (const r of sh.rows) {
  r.agency = 'da-service';
  r.time = null;
  r.text = [r.method, r.outcome, r.risk].filter((s) => s).join(' | ');
  idvaEntries.push(r);
}
register('idva.xlsx', idvaEntries);

async function writeIdva() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'WWAS';
  for (const sh of idvaSheets) {
    const ws = wb.addWorksheet(sh.name);
    ws.columns = [{ width: 14 }, { width: 34 }, { width: 70 }, { width: 40 }];
    ws.addRow(["Wrexford Women's Advocacy Service (WWAS) – IDVA case record extract for DHR"]).font = { bold: true, size: 12 };
    ws.addRow([`Client: Ms R    ${sh.sub}`]);
    ws.addRow([]);
    const h = ws.addRow(['Date', 'Contact method', 'Outcome', 'Risk notes']);
    h.font = { bold: true };
    h.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D2E9' } }; });
    for (const r of sh.rows) {
      const row = ws.addRow([r.cell, r.method, r.outcome, r.risk]);
      if (r.cell instanceof Date) row.getCell(1).numFmt = 'dd/mm/yyyy';
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    ws.addRow([]);
    ws.addRow(['Key: VM = voicemail, F2F = face to face, MARF = MARAC referral form, DASH = DA risk checklist.']);
  }
  await wb.xlsx.writeFile(path.join(OUT, 'idva.xlsx'));
}

// ======================================================================
// 3. GP  (gp.docx) – IMR-style numbered narrative
// ======================================================================
// paragraphs: {num, entries:[...]} ; each entry's text is its sentences.
const gpParas = [
  { heading: 'Period 1: registration to December 2022' },
  { num: '3.1', entries: [
    { key: 'gp_reg', date: day('26 April 2022', '2022-04-26'),
      text: 'On 26 April 2022 Ms R registered with the practice, together with C1 and C2, having moved to the borough from Harnden. Mr H registered at the same time. The new patient questionnaire recorded no relevant history. The electronic record transfer (GP2GP) from her previous practice in Harnden failed, and a request for the paper record was generated automatically.',
      contacts: [C('family', 'in', 'other')], concerns: [] },
  ] },
  { num: '3.2', entries: [
    { key: 'gp_jun22', date: day('14 June 2022', '2022-06-14'),
      text: "On 14 June 2022 Ms R attended a face-to-face appointment with GP1 reporting low mood and poor sleep. Mr H came into the consulting room with her and the record notes that he 'answered most of the questions'. Her PHQ-9 score was 17. Sertraline 50mg was started and she was advised to self-refer to NHS Talking Therapies. No enquiry about domestic abuse was made, because her partner was present throughout.",
      contacts: [C('family', 'in', 'attendance')], concerns: [PMH, DA] },
    { key: 'gp_jun22b', date: day('Two weeks later, on 28 June 2022', '2022-06-28'),
      text: "Two weeks later, on 28 June 2022, GP1 telephoned her for a medication review; she said she was 'a bit better' and the sertraline was continued.",
      contacts: [C('family', 'out', 'phone-call')], concerns: [PMH] },
  ] },
  { num: '3.3', entries: [
    { key: 'gp_notes', date: day('17 October 2022', '2022-10-17'),
      text: 'The paper record from the Harnden practice arrived on 17 October 2022 and was put aside for summarising.',
      contacts: [], concerns: [] },
    { key: 'gp_summ', date: rng('five months later, in March 2023', '2023-03-01', '2023-03-31', 'month'),
      text: 'It was summarised five months later, in March 2023. The record contained a letter from the Harnden MARAC informing the previous practice that Ms R had been discussed as a high-risk victim of domestic abuse, with Mr H named as the perpetrator. The letter was scanned but not coded, no alert was added to the records of Ms R, Mr H or the children, and it was not brought to the attention of a GP.',
      contacts: [], concerns: [DA] },
  ] },
  { num: '3.4', entries: [
    { key: 'gp_ed', date: day('24 October 2022', '2022-10-24'),
      text: "On 24 October 2022 the practice received an electronic discharge summary from the Emergency Department at Wrexford & Hale University Hospitals NHS Trust, following Ms R's attendance with a swollen left wrist, diagnosed as an undisplaced fracture of the distal radius. She had told ED staff she fell on the stairs at home. The summary recorded that the ED domestic abuse screening question had been asked and that Ms R 'did not answer – partner present in cubicle', and asked the GP to 'review and consider safeguarding follow-up'. The document was workflowed by the administration team and coded as 'Fall'. It was not seen by a GP and no follow-up was offered.",
      contacts: [C('ed', 'in', 'letter')], concerns: [INJ, DA] },
  ] },
  { heading: 'Period 2: January to August 2023' },
  { num: '3.5', entries: [
    { key: 'gp_jan23', date: day('10 January 2023', '2023-01-10'),
      text: "On 10 January 2023 Ms R attended alone for a medication review with GP2. She was tearful and disclosed that Mr H checked her phone, had taken her bank card and 'doesn't let me see my sister'. She denied physical violence when asked. GP2 gave her the National Domestic Abuse Helpline number and details of WWAS, and offered a referral to the IDVA service, which she declined. A domestic abuse code was added. The presence of two children in the household was noted, but no referral was made to Children's Services and the children's school was not contacted. Sertraline was increased to 100mg.",
      contacts: [C('family', 'in', 'attendance')], concerns: [DA, PMH, NE] },
    { key: 'gp_jan23dna', date: day('Three weeks later, on 31 January 2023', '2023-01-31'),
      text: 'Three weeks later, on 31 January 2023, GP2 telephoned for the planned follow-up; there was no answer, a message was left asking her to ring the surgery, and no further attempt was made.',
      contacts: [C('family', 'attempted', 'phone-call')], concerns: [NE] },
  ] },
  { num: '3.6', entries: [
    { key: 'gp_mrh', date: day('18 April 2023', '2023-04-18'),
      text: "On 18 April 2023 Mr H saw GP1 about 'stress and anger'. He said arguments with his partner were 'getting out of hand' and that he 'didn't want to end up like last time'. This was not explored. He was given information about NHS Talking Therapies and an anger-management self-help leaflet. The domestic abuse code on Ms R's record was not visible from his record, and the two records were not linked.",
      contacts: [C('family', 'in', 'attendance')], concerns: [DA] },
  ] },
  { num: '3.7', entries: [
    { key: 'gp_may23', date: day('22 May 2023', '2023-05-22'),
      text: "On 22 May 2023 Ms R had a telephone consultation with a locum GP, asking for something to help her sleep; she said she was staying with her sister and 'going through a difficult time'. Zopiclone 7.5mg was prescribed for seven nights. The reason for the difficulty was not explored.",
      contacts: [C('family', 'out', 'phone-call')], concerns: [PMH] },
  ] },
  { num: '3.8', entries: [
    { key: 'gp_jul23dna', date: day('3 July 2023', '2023-07-03'),
      text: 'On 3 July 2023 Ms R did not attend a booked medication review, and an automated DNA text message was sent.',
      contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], concerns: [NE] },
    { key: 'gp_jul23rx', date: day('Two weeks later', '2023-07-17'),
      text: "Two weeks later she telephoned to request her repeat sertraline, which the clinical pharmacist issued after a brief telephone review; she said she was 'fine'.",
      contacts: [C('family', 'in', 'phone-call')], concerns: [PMH] },
  ] },
  { heading: 'Period 3: September to December 2023' },
  { num: '3.9', entries: [
    { key: 'gp_c2', date: day('12 September 2023', '2023-09-12'),
      text: "On 12 September 2023 Ms R brought C2 to the practice nurse because C2's bedwetting had restarted over the summer and C2 was having nightmares. Advice and a leaflet were given. The domestic abuse code on Ms R's record does not show on the children's records, and no link was made.",
      contacts: [C('family', 'in', 'attendance')], concerns: [DEV, DA] },
  ] },
  { num: '3.10', entries: [
    { key: 'gp_research', date: day('5 October 2023', '2023-10-05'),
      text: 'On 5 October 2023 the practice received a MARAC research request from the Wrexford MARAC coordinator by secure email.',
      contacts: [C('other', 'in', 'information-request')], concerns: [DA] },
    { key: 'gp_return', date: day('The following Tuesday (10 October)', '2023-10-10'),
      text: "The following Tuesday (10 October) it was completed by a member of the administrative team and returned with a list of current medication and the statement 'no DA concerns recorded'. The January disclosure, the domestic abuse code, the ED attendance and the Harnden MARAC letter were not included, and the return was not reviewed by a GP.",
      contacts: [C('other', 'out', 'information-share')], concerns: [DA] },
  ] },
  { num: '3.11', entries: [
    { key: 'gp_nocontact', date: rng('Between 19 October and 26 November 2023', '2023-10-19', '2023-11-26'),
      text: 'Between 19 October and 26 November 2023 there was no contact between the practice and Ms R. No MARAC minutes, action list or alert was received by the practice in this period, and no alert was added to the records of Ms R or the children.',
      contacts: [], concerns: [DA] },
  ] },
  { num: '3.12', entries: [
    { key: 'gp_nov23', date: day('27 November 2023', '2023-11-27'),
      text: "On 27 November 2023 Ms R saw GP4 with anxiety and panic attacks. She said she had separated from Mr H, that he was 'not accepting it', and that she was 'working with the IDVA'. GP4 recorded 'DA – known to IDVA', discussed safety, advised her to keep working with the IDVA and prescribed propranolol. GP4 was unaware that the case had been heard at MARAC.",
      contacts: [C('family', 'in', 'attendance')], concerns: [PMH, DA] },
  ] },
];
const gpEntries = [];
for (const p of gpParas) if (p.entries) for (const e of p.entries) { e.agency = 'gp'; e.time = null; gpEntries.push(e); }
register('gp.docx', gpEntries);

const P = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, size: opts.size })], heading: opts.heading, alignment: opts.alignment, spacing: { after: 120 } });

async function writeGp() {
  const children = [
    P('Cressington Road Surgery (Wrexford North PCN)', { bold: true, size: 28 }),
    P('Domestic Homicide Review – Ms R', { bold: true, size: 24 }),
    P('Individual Management Review (IMR) – extract: Section 3, chronology of involvement', { italics: true }),
    P('Author: Named GP for Safeguarding, NHS Wrexford & Hale ICB, on behalf of the practice. Sources: EMIS Web consultation record, Docman scanned documents, practice workflow log.'),
    P('1. Introduction', { heading: HeadingLevel.HEADING_2 }),
    P('This extract sets out the practice\'s contact with Ms R during the scoping period, together with relevant contact with Mr H and with the two children, C1 and C2, who were registered at the practice. Clinicians are identified as GP1 to GP4; the practice nurse and clinical pharmacist are identified by role.'),
    P('3. Chronology of involvement', { heading: HeadingLevel.HEADING_2 }),
  ];
  for (const p of gpParas) {
    if (p.heading) { children.push(P(p.heading, { bold: true, italics: true })); continue; }
    const body = p.entries.map((e) => e.text).join(' ');
    children.push(new Paragraph({ children: [new TextRun({ text: p.num + '\t', bold: true }), new TextRun(body)], spacing: { after: 160 } }));
  }
  children.push(P('End of Section 3 extract. Analysis and learning are set out in Section 4 of the full IMR.', { italics: true }));
  const doc = new Document({ sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, 'gp.docx'), await Packer.toBuffer(doc));
}

// ======================================================================
// 4. SCHOOL  (school.docx) – CPOMS log + attendance notes
// ======================================================================
const schoolLog = [
  { key: 's_jun22', dcell: '06/06/22', date: day('06/06/22', '2022-06-06'), child: 'C1 (Y3)', cat: 'Family circumstances',
    concern: "C1 told class teacher 'the police came to our house last night because mummy was screaming'. Tired and quiet all morning.",
    action: 'DSL1 informed. No Operation Encompass notification received from police. DSL1 rang MASH – told a police report had been received and was being screened. Monitor.',
    by: 'CT (Y3) / DSL1', contacts: [C('mash', 'out', 'phone-call')], concerns: [DA] },
  { key: 's_sep22', dcell: '14/09/22', date: day('14/09/22', '2022-09-14'), child: 'C2 (Y1)', cat: 'Parent contact',
    concern: "Mum approached class teacher at pick-up, tearful. Said she 'can't stop – he doesn't like me talking to people' and left quickly.",
    action: 'Logged for DSL. Monitor.', by: 'CT (Y1)', contacts: [C('family', 'in', 'other')], concerns: [DA] },
  { key: 's_enc1', dcell: '07/12/22', date: day('07/12/22', '2022-12-07'), time: '08:40', child: 'C1 & C2', cat: 'Operation Encompass',
    concern: 'Encompass notification rec\'d 08:40 (MPS) – DA incident at home 06/12, police attended, children present.',
    action: "DSL1 informed class teachers. Both children seen by key adult (TA2). C1 said he was 'scared when mummy was locked outside'.",
    by: 'DSL1', contacts: [C('police', 'in', 'notification')], concerns: [DA] },
  { key: 's_dec22', dcell: '08/12/22', date: day('08/12/22', '2022-12-08'), child: 'C1', cat: 'Domestic abuse',
    concern: "C1 drew a picture of 'dad shouting' in PSHE.",
    action: "DSL1 phoned Mum – Mum said 'it's sorted, he's sorry'. Early Help offered – declined.",
    by: 'DSL1', contacts: [C('family', 'out', 'phone-call')], concerns: [DA, NE] },
  { key: 's_jan23', dcell: '23/01/23', date: day('23/01/23', '2023-01-23'), child: 'C1 (Y4)', cat: 'Domestic abuse',
    concern: "C1 told TA2 'dad threw mum's phone at the wall and says she's not allowed to see Auntie'.",
    action: 'DSL1 discussed with HT – MASH referral to be made.', by: 'TA2 / DSL1', contacts: [], concerns: [DA] },
  { key: 's_ref1', dcell: '25/01/23', date: day('25/01/23', '2023-01-25'), child: 'C1 & C2', cat: 'External agency contact',
    concern: 'MASH referral submitted via online portal: controlling behaviour by Mr H towards Mum (phone, money, contact with family), C1\'s disclosures, Encompass Dec 22, Mum presenting as frightened. Request for assessment.',
    action: 'Awaiting outcome.', by: 'DSL1', contacts: [C('mash', 'out', 'referral')], concerns: [DA] },
  { key: 's_chase', dcell: '10/02/23', date: day('10/02/23', '2023-02-10'), child: 'C1 & C2', cat: 'External agency contact',
    concern: 'No outcome rec\'d from MASH.', action: 'DSL1 emailed MASH duty inbox to chase.', by: 'DSL1',
    contacts: [C('mash', 'out', 'email')], concerns: [] },
  { key: 's_outcome1', dcell: '01/03/23', date: day('01/03/23', '2023-03-01'), child: 'C1 & C2', cat: 'External agency contact',
    concern: "Outcome email rec'd from MASH (dated 28/02): contact recorded as 'parental conflict' – threshold for statutory assessment not met (level 2); signposted to Early Help / Reducing Parental Conflict programme. NFA.",
    action: 'DSL1 noted referral had been about controlling behaviour, not conflict. Not escalated.', by: 'DSL1',
    contacts: [C('mash', 'in', 'email')], concerns: [DA] },
  { key: 's_mar23', dcell: '06/03/23', date: day('06/03/23', '2023-03-06'), child: 'C1 & C2', cat: 'Parent contact',
    concern: 'DSL1 met Mum in school re Early Help offer (Mr H waited outside in the car).',
    action: "Mum declined – said 'he'd go mad'. Door left open.", by: 'DSL1',
    contacts: [C('family', 'in', 'attendance')], concerns: [DA, NE] },
  { key: 's_enc2', dcell: '15/05/23', date: day('15/05/23', '2023-05-15'), time: '08:55', child: 'C1 & C2', cat: 'Operation Encompass',
    concern: "Encompass notification rec'd 08:55 (MPS) – DA incident at home 14/05, children present; Mum and children now at maternal aunt's.",
    action: "Children seen by key adult – C1 said dad 'said he'd take us away'. Mum rang office 10:30: Mr H not to collect – collection list updated.",
    by: 'DSL1', contacts: [C('police', 'in', 'notification'), C('family', 'in', 'phone-call')], concerns: [DA] },
  { key: 's_idva_call', dcell: '18/05/23', date: day('18/05/23', '2023-05-18'), child: 'C1 & C2', cat: 'External agency contact',
    concern: 'Call from IDVA 2 (WWAS): bail conditions in place – Mr H not to contact Mum or attend the home address. Safety plan shared.',
    action: 'Office and class teachers informed.', by: 'DSL1',
    contacts: [C('da-service', 'in', 'phone-call')], concerns: [DA, CR] },
  { key: 's_dadback', dcell: '06/06/23', date: day('06/06/23', '2023-06-06'), child: 'C1', cat: 'Behaviour',
    concern: "C1 hit another child at lunch, very upset. Said 'dad's back home and mum cries all the time'.",
    action: 'DSL1 informed. Monitor. No onward referral or call to IDVA.', by: 'MDA / DSL1', contacts: [], concerns: [DA] },
  { key: 's_ref2', dcell: '13/09/23', date: day('13/09/23', '2023-09-13'), time: '11:20', child: 'C2 (Y2)', cat: 'Domestic abuse',
    concern: "C2 told TA3 'daddy squeezed mummy's neck and she couldn't breathe'.",
    action: 'DSL2 phoned MASH 11:20 – referral accepted by phone; written referral sent same day.', by: 'TA3 / DSL2',
    contacts: [C('mash', 'out', 'referral')], concerns: [DA] },
  { key: 's_ack2', dcell: '14/09/23', date: day('14/09/23', '2023-09-14'), child: 'C1 & C2', cat: 'External agency contact',
    concern: "MASH acknowledgement email rec'd – referral passed to Assessment Team for single assessment.",
    action: '', by: 'DSL2', contacts: [C('mash', 'in', 'email')], concerns: [] },
  { key: 's_sw', dcell: '18/09/23', date: day('18/09/23', '2023-09-18'), child: 'C1 & C2', cat: 'External agency contact',
    concern: "SW 1 (Children's Services Assessment Team) phoned DSL2 – assessment started, home visit completed, will see children in school.",
    action: 'DSL2 shared school chronology with SW 1.', by: 'DSL2',
    contacts: [C('csc', 'in', 'phone-call'), C('csc', 'out', 'information-share')], concerns: [] },
  { key: 's_cin', dcell: '02/11/23', date: day('02/11/23', '2023-11-02'), child: 'C1 & C2', cat: 'Meeting',
    concern: 'CIN meeting in school: SW 1, DSL2, IDVA 2 (WWAS), Mum. IDVA told the meeting the case had been heard at MARAC on 19/10 – school had not been invited and had not been told.',
    action: 'Collection plan: Mum only. School to share any concerns with SW 1 and IDVA.', by: 'DSL2',
    contacts: [C('csc', 'both', 'conference'), C('da-service', 'both', 'conference'), C('family', 'both', 'conference')], concerns: [DA] },
  { key: 's_enc3', dcell: '20/11/23', date: day('20/11/23', '2023-11-20'), child: 'C1 & C2', cat: 'Operation Encompass',
    concern: "Encompass notification rec'd (MPS) – incident at home address 18/11 (Mr H at the door).",
    action: 'Children seen by key adult. SW 1 emailed.', by: 'DSL2',
    contacts: [C('police', 'in', 'notification'), C('csc', 'out', 'email')], concerns: [DA] },
  { key: 's_gate', dcell: '01/12/23', date: day('01/12/23', '2023-12-01'), child: 'C1 & C2', cat: 'Domestic abuse',
    concern: 'At home time Mr H came to the school gate asking to collect C1 and C2. Not on collection list – refused. Became verbally aggressive towards HT and office staff, left on foot.',
    action: 'HT rang police – officers attended and spoke to HT. DSL2 rang Mum and emailed SW 1.', by: 'HT / DSL2',
    contacts: [C('police', 'out', 'phone-call'), C('police', 'in', 'other'), C('family', 'out', 'phone-call'), C('csc', 'out', 'email')], concerns: [DA] },
];
const schoolAtt = [
  { key: 'a_letter1', dcell: 'w/c 19/06/23', date: rng('w/c 19/06/23', '2023-06-19', '2023-06-25', 'week'), child: 'C1 & C2',
    att: 'C1 88.2%, C2 81.0% (year to date)', note: 'Both below 90%. Attendance letter 1 posted to parents.', by: 'Attendance Officer',
    contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'a_dna1', dcell: '03/07/23', date: day('03/07/23', '2023-07-03'), child: 'C1 & C2',
    att: 'Stage 2 meeting', note: 'Parents invited to attendance meeting – did not attend, no contact.', by: 'AO',
    contacts: [C('family', 'attempted', 'dna')], concerns: [NE] },
  { key: 'a_letter2', dcell: '10/07/23', date: day('10/07/23', '2023-07-10'), child: 'C1 & C2',
    att: '—', note: 'Letter 2 sent – meeting rebooked for 14/07.', by: 'AO',
    contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'a_dna2', dcell: '14/07/23', date: day('14/07/23', '2023-07-14'), child: 'C1 & C2',
    att: 'Stage 2 meeting', note: 'DNA again. Office rang Mum – no answer. To review in September. No referral to LA attendance team or MASH.', by: 'AO / DSL1',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: [NE] },
  { key: 'a_summer', dcell: 'Summer term 2023', date: rng('Summer term 2023', '2023-04-15', '2023-07-22'), child: 'C1 & C2',
    att: 'C1 86.4%, C2 79.1% (term)', note: 'C2 persistent absence (<90%). Carry forward to autumn.', by: 'AO',
    contacts: [], concerns: [] },
  { key: 'a_autumn', dcell: 'Autumn term 2023 (to 08/12)', date: rng('Autumn term 2023 (to 08/12)', '2023-09-01', '2023-12-08'), child: 'C1 & C2',
    att: 'C1 97.0%, C2 95.5%', note: 'Improved since CIN plan.', by: 'AO',
    contacts: [], concerns: [] },
];
for (const e of schoolLog) { e.agency = 'school'; e.time = e.time ?? null; e.text = [e.child, e.cat, e.concern, e.action, e.by].filter((s) => s).join(' | '); }
for (const e of schoolAtt) { e.agency = 'school'; e.time = null; e.text = [e.child, e.att, e.note, e.by].filter((s) => s).join(' | '); }
register('school.docx', [...schoolLog, ...schoolAtt]);

function cell(text, opts = {}) {
  const paras = String(text).split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: !!opts.bold, size: 18 })] }));
  return new TableCell({ children: paras, shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.shade } : undefined });
}
function table(header, rows, widths) {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { bold: true, shade: 'DDEBF7' })) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}
async function writeSchool() {
  const children = [
    P('Ashgrove Lane Primary School', { bold: true, size: 28 }),
    P('Safeguarding chronology for the Wrexford Domestic Homicide Review – C1 and C2', { bold: true }),
    P('Prepared by the Designated Safeguarding Lead. Sources: CPOMS safeguarding log (categories as recorded) and SIMS attendance / attendance officer notes. C1 and C2 joined the school as in-year admissions from Harnden.'),
    P('Staff: DSL1 (previous DSL), DSL2 (current DSL), HT (head teacher), CT (class teacher), TA2/TA3 (teaching assistants, key adults), MDA (midday assistant), AO (attendance officer).', { italics: true }),
    P('Table 1 – CPOMS safeguarding log', { heading: HeadingLevel.HEADING_3 }),
    table(['Date', 'Child', 'Category', 'Concern / incident', 'Action taken', 'Logged by'],
      schoolLog.map((e) => [e.dcell, e.child, e.cat, e.concern, e.action, e.by]), [1000, 950, 1300, 2700, 2300, 950]),
    P(''),
    P('Table 2 – Attendance and attendance officer notes', { heading: HeadingLevel.HEADING_3 }),
    table(['Date', 'Pupil(s)', 'Attendance', 'Note / action', 'By'],
      schoolAtt.map((e) => [e.dcell, e.child, e.att, e.note, e.by]), [1400, 1000, 2000, 3700, 1100]),
    P(''),
    P('Persistent absence threshold: below 90% of possible sessions.', { italics: true }),
  ];
  const doc = new Document({ sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, 'school.docx'), await Packer.toBuffer(doc));
}

// ======================================================================
// 5. HOUSING  (housing.txt) – letter-style chronology
// ======================================================================
const housing = [
  { year: '2022' },
  { key: 'h_tenancy', date: day('11th April', '2022-04-11'),
    text: '11th April – Joint assured tenancy of Flat 3 Corran House (2-bed, 2nd floor) signed at our office by Ms R and Mr H. The household had previously been in temporary accommodation in Harnden.',
    contacts: [C('family', 'in', 'appointment')], concerns: [HOU] },
  { key: 'h_arrears', date: day('20th June', '2022-06-20'),
    text: "20th June – Rent account £412.60 in arrears. Stage 1 arrears letter sent. Ms R rang back the same day and said \"my partner deals with the rent\", and asked us to speak to him.",
    contacts: [C('family', 'out', 'letter'), C('family', 'in', 'phone-call')], concerns: [HOU] },
  { key: 'h_plan', date: day('4th July', '2022-07-04'),
    text: '4th July – Mr H rang. Repayment plan agreed at £10 per week. He asked for all letters to be addressed to him only; this was noted on the account.',
    contacts: [C('family', 'in', 'phone-call')], concerns: [HOU] },
  { key: 'h_noise', date: day('13th December', '2022-12-13'),
    text: "13th December – Noise complaint from the resident of Flat 5: shouting from Flat 3 most nights, \"a woman crying and a man shouting 'you're not going anywhere'\", and doors banging. Logged as ASB (noise) case ASB/22/311 by HO 1.",
    contacts: [C('family', 'in', 'phone-call')], concerns: [DA, HOU] },
  { key: 'h_door', date: day('15th December', '2022-12-15'),
    text: '15th December – Front door of Flat 3 reported damaged (frame split at the lock). Reported by Mr H, who said he had locked himself out and had to force it. Emergency repair completed the same day; recharge raised.',
    contacts: [C('family', 'in', 'phone-call')], concerns: [] },
  { key: 'h_warn', date: day('19th December', '2022-12-19'),
    text: '19th December – Letter sent to both tenants about noise nuisance (tenancy conditions, clause 4.2). No further complaints received.',
    contacts: [C('family', 'out', 'letter')], concerns: [HOU] },
  { year: '2023' },
  { key: 'h_transfer', date: day('9th March', '2023-03-09'),
    text: '9th March – Ms R rang from a withheld number asking about a transfer "anywhere away from here". She said the flat was too small and she "needed to get away". HO 1 advised her to update her housing register application with the council. No questions were asked about why she wanted to move, and domestic abuse was not considered.',
    contacts: [C('family', 'in', 'phone-call')], concerns: [HOU, DA] },
  { key: 'h_disclose', date: day('14th March', '2023-03-14'),
    text: '14th March – Mr H rang asking "what my partner has been saying to you". HO 1 confirmed that Ms R had asked about a transfer. (This was a disclosure of Ms R\'s information to Mr H, identified in our internal review.)',
    contacts: [C('family', 'in', 'phone-call')], concerns: [HOU] },
  { key: 'h_gap', date: rng('April to mid August', '2023-04-01', '2023-08-20'),
    text: 'April to mid August – No contact with the household. Rent paid by Universal Credit managed payment; arrears cleared.',
    contacts: [], concerns: [] },
  { key: 'h_audit', date: day('15th August', '2023-08-15'),
    text: "15th August – Tenancy audit home visit (HO 2). Both tenants present; Mr H answered all the questions. HO 2 noticed bruising to Ms R's left cheek; Ms R said she had walked into a cupboard door. Audit recorded as satisfactory. No referral was made.",
    contacts: [C('family', 'out', 'home-visit')], concerns: [INJ, DA] },
  { key: 'h_remove', date: day('22nd August', '2023-08-22'),
    text: '22nd August – Mr H rang asking how to remove Ms R from the joint tenancy; said she was "unstable" and "going to take the kids". Advised that a joint tenancy cannot be changed without both tenants\' agreement.',
    contacts: [C('family', 'in', 'phone-call')], concerns: [HOU] },
  { key: 'h_marac', date: day('19th October', '2023-10-19'),
    text: '19th October – HO 2 attended the Wrexford MARAC (Teams). Actions for KVHA: sanctuary survey jointly with the IDVA, consider a management transfer, flag the property.',
    contacts: ['police', 'da-service', 'mash', 'ed', 'probation', 'adult-mh', 'other'].map((w) => C(w, 'both', 'conference')), concerns: [DA] },
  { key: 'h_jv', date: day('31st October', '2023-10-31'),
    text: "31st October – Joint visit with IDVA 2 (WWAS) for a sanctuary survey. Mr H had moved out to his mother's. Ms R agreed to a lock change, door viewer and door chain. Management transfer application started (Band A, domestic abuse).",
    contacts: [C('family', 'out', 'home-visit'), C('da-service', 'both', 'home-visit')], concerns: [DA, HOU] },
  { key: 'h_locks', date: day('8th November', '2023-11-08'),
    text: '8th November – Sanctuary measures fitted at the flat by our contractor: lock change, door viewer, door chain. Completion photographs added to the file.',
    contacts: [C('family', 'out', 'other')], concerns: [DA] },
  { key: 'h_lock', date: day('7th December', '2023-12-07'), time: '17:40',
    text: '7th December – Ms R rang the repairs line at 17:40 to report that the new front door lock had been forced and that she believed Mr H had been inside the flat while she was out. Logged as a routine repair (lock replacement) for 11th December. The call was not passed to HO 2 (on leave) and no report was made to the police or the IDVA.',
    contacts: [C('family', 'in', 'phone-call')], concerns: [DA] },
];
const housingEntries = housing.filter((h) => h.key);
housingEntries.forEach((e) => { e.agency = 'housing'; e.time = e.time ?? null; });
register('housing.txt', housingEntries);

function wrap(s, w = 78) {
  const words = s.split(' '); const lines = []; let cur = '';
  for (const wd of words) { if ((cur + ' ' + wd).trim().length > w) { lines.push(cur); cur = wd; } else cur = (cur ? cur + ' ' : '') + wd; }
  if (cur) lines.push(cur);
  return lines.join('\n');
}
{
  const parts = [
    'KESTREL VALE HOUSING ASSOCIATION',
    'Tenancy & Neighbourhood Services – Wrexford Area Office',
    'Unit 4, Marsh Lane Business Centre, Wrexford WX4 7QP',
    '',
    'Our ref: KVHA/DHR/23-09',
    'Date: 22nd January 2024',
    '',
    'To: The Independent Chair, Wrexford Domestic Homicide Review',
    '    c/o Wrexford Community Safety Partnership',
    '',
    'Dear Chair,',
    '',
    'Re: DHR – Ms R (deceased), Flat 3 Corran House, Belling Road, Wrexford',
    '',
    wrap('As requested, please find below a chronology of our contact with the household at the above address, from the start of the tenancy to the date of Ms R\'s death. Entries are taken from our housing management system (Civica CX), the repairs log and officers\' notes. HO 1 and later HO 2 were the housing officers for Corran House.'),
    '',
  ];
  for (const h of housing) {
    if (h.year) { parts.push(h.year, ''); continue; }
    parts.push(wrap(h.text), '');
  }
  parts.push(wrap('Our internal review of this case is ongoing and we will share its findings with the panel. Please contact me if you need copies of any of the records referred to above.'), '',
    'Yours sincerely,', '', 'Head of Tenancy Services', 'Kestrel Vale Housing Association', '');
  fs.writeFileSync(path.join(OUT, 'housing.txt'), parts.join('\n'));
}

// ======================================================================
// 6. MARAC minutes extract (marac.pdf, via docx)
// ======================================================================
const PRESENT = ['police', 'da-service', 'mash', 'housing', 'ed', 'probation', 'adult-mh'];
const marac = [
  { section: '1. Referral and research' },
  { num: '1.1', key: 'm_ref', date: day('03/10/2023', '2023-10-03'),
    text: 'Referral received 03/10/2023 from Wrexford Women\'s Advocacy Service (IDVA 2). DASH 16/24 – high risk on actual score. Risk factors: non-fatal strangulation, threats to kill, threats regarding the children, economic abuse, monitoring of phone and location.',
    contacts: [C('da-service', 'in', 'referral')], concerns: [DA] },
  { num: '1.2', key: 'm_noref', date: day('15/05/2023', '2023-05-15'),
    text: 'At the meeting, police stated that a MARAC referral had been emailed to the coordinator on 15/05/2023 following the incident of 14/05/2023. No record of that referral has been found in the MARAC inbox or the case tracker, and the case was not listed at any meeting before this referral. The case was therefore treated as a first referral.',
    contacts: [], concerns: [DA] },
  { num: '1.3', key: 'm_research', date: day('05/10/2023', '2023-10-05'),
    text: 'Research requests were sent by secure email on 05/10/2023 to the Metropolitan Police, Children\'s Services (MASH), Kestrel Vale Housing Association, Wrexford & Hale University Hospitals NHS Trust and Cressington Road Surgery. Education was not included in the research request (no education representative was on the distribution list at that time).',
    contacts: ['police', 'mash', 'housing', 'ed', 'gp'].map((w) => C(w, 'out', 'information-request')), concerns: [DA] },
  { num: '1.4', key: 'm_returns', date: rng('between 09/10/2023 and 12/10/2023', '2023-10-09', '2023-10-12'),
    text: 'Research returns were received between 09/10/2023 and 12/10/2023. Police: Mr H has two previous convictions for assault against a former partner and was the perpetrator in a case heard at Harnden MARAC; three DA call-outs to the address in this borough. Children\'s Services: three police PACs and a school referral, all closed at the front door; a single assessment is now open (SW 1). Housing: a noise complaint (ASB case closed) and a tenancy audit. Hospital: an ED attendance with a wrist fracture, DA screening question not answered. GP: current medication only – "no DA concerns recorded".',
    contacts: ['police', 'mash', 'housing', 'ed', 'gp'].map((w) => C(w, 'in', 'information-share')), concerns: [DA, CR, INJ] },
  { section: '2. Meeting' },
  { num: '2.1', key: 'm_meeting', date: day('Thursday 19/10/2023', '2023-10-19'), time: '09:30',
    text: 'The case was heard at the Wrexford MARAC on Thursday 19/10/2023 at 09:30 (MS Teams), chaired by DI 2 (MPS). Present for this case: MPS (DI 2, chair; DS 4), WWAS (IDVA 2), Children\'s Services MASH (SW 3), Kestrel Vale HA (HO 2), Wrexford & Hale University Hospitals NHS Trust ED (safeguarding lead nurse), Probation Service (PP 1) and Wrexford & Hale Mental Health NHS FT (CMHT liaison), with the MARAC Coordinator. Apologies: Primary Care (ICB named GP for safeguarding). Not represented: Education. Ms R\'s views were represented by IDVA 2; she is frightened of Mr H\'s reaction to separation and of him taking the children.',
    contacts: PRESENT.map((w) => C(w, 'both', 'conference')), concerns: [DA] },
  { attendance: true },
  { actions: true },
  { section: '3. After the meeting' },
  { num: '3.1', key: 'm_circ', date: day('20/10/2023', '2023-10-20'),
    text: 'The action list was circulated by secure email on 20/10/2023 to the agencies present and to the ICB safeguarding team for onward sharing with primary care. The GP practice was not on the MARAC distribution list.',
    contacts: [...PRESENT.map((w) => C(w, 'out', 'information-share')), C('other', 'out', 'information-share')], concerns: [DA] },
  { num: '3.2', key: 'm_updates', date: day('16/11/2023', '2023-11-16'),
    text: 'Action updates were requested on 16/11/2023. Updates were received from police (DVDS disclosure completed with the IDVA present), Kestrel Vale HA (sanctuary measures completed), Children\'s Services (single assessment ongoing, CIN plan in place) and WWAS (safety plan in place). No update was received from the ICB on action 5.',
    contacts: [...['police', 'housing', 'mash', 'da-service'].map((w) => C(w, 'out', 'information-request')),
      ...['police', 'housing', 'mash', 'da-service'].map((w) => C(w, 'in', 'information-share'))], concerns: [DA] },
  { num: '3.3', key: 'm_norepeat', date: rng('Between 20/10/2023 and 09/12/2023', '2023-10-20', '2023-12-09'),
    text: 'Between 20/10/2023 and 09/12/2023 no repeat incident was notified to the MARAC coordinator by any agency, and the case was not re-listed before Ms R\'s death.',
    contacts: [], concerns: [DA] },
];
const maracEntries = marac.filter((m) => m.key);
maracEntries.forEach((e) => { e.agency = 'other'; e.time = e.time ?? null; });
register('marac.pdf', maracEntries);

async function writeMarac() {
  const children = [
    P('WREXFORD MARAC', { bold: true, size: 28 }),
    P('Multi-Agency Risk Assessment Conference – minutes extract for the Domestic Homicide Review', { bold: true }),
    P('OFFICIAL-SENSITIVE – not for onward disclosure', { italics: true }),
    P('Case: WX-M-23-118    Victim: Ms R    Perpetrator: Mr H    Children: C1 (9), C2 (6)'),
    P('Prepared by the MARAC Coordinator, London Borough of Wrexford Community Safety Team.'),
  ];
  for (const m of marac) {
    if (m.section) { children.push(P(m.section, { heading: HeadingLevel.HEADING_2 })); continue; }
    if (m.attendance) {
      children.push(P('Attendance (whole meeting)', { bold: true }));
      children.push(table(['Name', 'Role', 'Agency'], [
        ['DI 2', 'Chair', 'Metropolitan Police Service'],
        ['DS 4', 'DA / Public Protection', 'Metropolitan Police Service'],
        ['MARAC Coordinator', 'Coordinator / minutes', 'LB Wrexford Community Safety'],
        ['IDVA 2', 'IDVA', "Wrexford Women's Advocacy Service"],
        ['SW 3', 'MASH social worker', "Wrexford Children's Services"],
        ['HO 2', 'Housing officer', 'Kestrel Vale Housing Association'],
        ['Safeguarding lead nurse', 'ED safeguarding', 'Wrexford & Hale University Hospitals NHS Trust'],
        ['PP 1', 'Probation practitioner', 'Probation Service'],
        ['CMHT liaison', 'Mental health', 'Wrexford & Hale Mental Health NHS FT'],
      ], [2600, 2600, 4000]));
      children.push(P('Apologies: Primary Care – ICB named GP for safeguarding.'));
      children.push(P('Not represented: Education (no representative on the distribution list).'));
      continue;
    }
    if (m.actions) {
      children.push(P('2.2 Actions agreed', { bold: true }));
      children.push(table(['No.', 'Action', 'Owner', 'Timescale'], [
        ['1', "Consider DVDS 'right to know' disclosure to Ms R", 'MPS (DS 4)', 'Within 7 days'],
        ['2', 'High-risk DA marker on the address', 'MPS', 'Immediate'],
        ['3', 'Joint sanctuary survey with IDVA; consider management transfer', 'Kestrel Vale HA', '14 days'],
        ['4', 'Continue single assessment; share MARAC outcome with Ashgrove Lane Primary School DSL', "Children's Services", 'Before next MARAC'],
        ['5', 'Share MARAC information with the GP and flag the records of Ms R, C1 and C2', 'Health (ICB safeguarding)', '7 days'],
        ['6', 'Safety planning; support Ms R at the DVDS disclosure', 'WWAS IDVA', 'Ongoing'],
      ], [600, 4600, 2300, 1700]));
      continue;
    }
    children.push(new Paragraph({ children: [new TextRun({ text: m.num + '\t', bold: true }), new TextRun(m.text)], spacing: { after: 160 } }));
  }
  children.push(P('End of extract.', { italics: true }));
  const doc = new Document({ sections: [{ children }] });
  const tmp = path.join(OUT, 'marac.docx');
  fs.writeFileSync(tmp, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, tmp], { stdio: 'ignore' });
  fs.unlinkSync(tmp);
}

// ======================================================================
// GOLD
// ======================================================================
const R = (k) => { if (!keyToRef[k]) throw new Error('unknown key ' + k); return keyToRef[k]; };

const dupGroups = [
  ['i_marac', 'h_marac', 'm_meeting'],        // MARAC 19/10/2023
  ['p_dvds', 'i_dvds'],                        // DVDS disclosure 24/10/2023
  ['i_jv', 'h_jv'],                            // joint sanctuary visit 31/10/2023
  ['i_school_call', 's_idva_call'],            // IDVA call to school DSL 18/05/2023
  ['i_cin', 's_cin'],                          // CIN meeting at school 02/11/2023
  ['p_dec23_school', 's_gate'],                // school-gate incident / call 01/12/2023
];
const dupOf = {};
for (const g of dupGroups) { const [first, ...rest] = g; for (const k of rest) dupOf[R(k)] = R(first); }

const gaps = [
  { id: 'WX-G01', code: 'G1', from: 'police', to: ['school'], anchors: ['p_jun22', 's_jun22'],
    note: 'June 2022: police attended a domestic incident with both children in the flat but did not send an Operation Encompass notification (school details not obtained); the school learned of it only from C1 and had no notification.' },
  { id: 'WX-G02', code: 'G1', from: 'police', to: ['mash'], anchors: ['p_feb23'],
    note: 'February 2023: welfare check prompted by the sister\'s report that Mr H would not let Ms R out; Mr H hovering, both children at home, DASH not done and no PAC/Merlin to the MASH.' },
  { id: 'WX-G03', code: 'G3', alsoAcceptable: ['G10'], from: 'ed', to: ['gp'], anchors: ['gp_ed'],
    note: 'The ED discharge summary asked the GP to review and consider safeguarding follow-up after an unexplained wrist fracture with the DA question unanswered; the practice filed it as "Fall" without GP review or follow-up.' },
  { id: 'WX-G04', code: 'G9', from: 'gp', to: ['gp'], anchors: ['gp_reg', 'gp_notes', 'gp_summ'],
    note: 'Ms R\'s record did not follow her: GP2GP failed, paper notes came months later and were summarised five months after that; the Harnden MARAC letter naming Mr H as perpetrator was never coded or flagged.' },
  { id: 'WX-G05', code: 'G4', alsoAcceptable: ['G8'], from: 'da-service', to: ['police'], anchors: ['i_close1'],
    note: 'December 2022: the IDVA service closed the police referral after three failed calls (one answered by Mr H) and did not tell the referring officer that Ms R had not been reached.' },
  { id: 'WX-G06', code: 'G1', from: 'housing', to: ['police', 'da-service'], anchors: ['h_noise', 'h_warn', 'h_transfer', 'h_audit'],
    note: 'Housing received repeated indicators (neighbour hearing a woman crying and "you\'re not going anywhere", Ms R asking to "get away", bruising at the tenancy audit with Mr H answering for her) but treated them as noise nuisance / routine and never referred or shared with police or the IDVA service.' },
  { id: 'WX-G07', code: 'G1', from: 'gp', to: ['mash', 'school'], anchors: ['gp_jan23'],
    note: 'January 2023: Ms R disclosed coercive control to GP2; the presence of two children was noted but nothing was passed to Children\'s Services/MASH or the school (no "think family").' },
  { id: 'WX-G08', code: 'G10', alsoAcceptable: ['G3'], from: 'school', to: ['mash'], anchors: ['s_ref1', 's_outcome1'],
    note: 'The school referred coercive control (phone, money, isolation, C1\'s disclosures); the MASH recorded it as "parental conflict", below threshold, and signposted to a parental-conflict programme.' },
  { id: 'WX-G09', code: 'G4', alsoAcceptable: ['G5'], from: 'mash', to: ['school'], anchors: ['s_chase', 's_outcome1'],
    note: 'The MASH gave the school no outcome for five weeks; the school had to chase and received the NFA only on 1 March 2023.' },
  { id: 'WX-G10', code: 'G2', from: 'police', to: ['other'], anchors: ['p_may23', 'm_noref'],
    note: 'Police emailed a high-risk MARAC referral on 15/05/2023 after strangulation and threats to kill; the MARAC has no record of it and the case was not heard until October.' },
  { id: 'WX-G11', code: 'G1', alsoAcceptable: ['G5'], from: 'police', to: ['da-service', 'school'], anchors: ['p_retract', 'i_sister'],
    note: 'Police cancelled Mr H\'s bail conditions after Ms R\'s retraction but did not tell the IDVA or the school, both of whom were relying on them; the IDVA learned from the sister that Mr H was back home.' },
  { id: 'WX-G12', code: 'G8', from: 'da-service', to: ['other'], anchors: ['i_jun1', 'i_jun2', 'i_close2'],
    note: 'June 2023: a high-risk case with no contact for six weeks was closed without checking the MARAC listing or escalating to MARAC/police.' },
  { id: 'WX-G13', code: 'G1', from: 'school', to: ['da-service', 'mash'], anchors: ['s_dadback'],
    note: 'June 2023: after being told by the IDVA of bail conditions keeping Mr H away, the school heard from C1 that "dad\'s back home and mum cries all the time" and told neither the IDVA nor the MASH.' },
  { id: 'WX-G14', code: 'G8', from: 'school', to: ['mash'], anchors: ['a_dna1', 'a_dna2'],
    note: 'Summer 2023: falling attendance and two missed attendance meetings in a family with known domestic abuse were parked until September without escalation to the MASH.' },
  { id: 'WX-G15', code: 'G5', from: 'da-service', to: ['other'], anchors: ['i_dash3', 'i_marf', 'm_ref'],
    note: 'DASH 16 (high) on 23/08/2023 but the MARAC referral was not submitted until 03/10/2023, six weeks later.' },
  { id: 'WX-G16', code: 'G7', from: 'da-service', to: ['police'], anchors: ['i_dash3', 'm_returns'],
    note: 'The IDVA recorded the perpetrator\'s history as "not known" and requested no police checks; police held two previous DA convictions and a previous MARAC.' },
  { id: 'WX-G17', code: 'G5', from: 'gp', to: ['other'], anchors: ['gp_return', 'm_returns'],
    note: 'The practice\'s MARAC research return, completed by an administrator, gave current medication only and "no DA concerns", omitting the January 2023 disclosure, the ED fracture and the Harnden MARAC letter.' },
  { id: 'WX-G18', code: 'G6', from: 'other', to: ['school', 'gp'], anchors: ['m_research', 'm_meeting', 's_cin'],
    note: 'The MARAC was held without education (not on the distribution list, not asked for research) or primary care (apologies), though the school and GP both held disclosures; the school learned of the MARAC only at the CIN meeting.' },
  { id: 'WX-G19', code: 'G2', alsoAcceptable: ['G1'], from: 'other', to: ['gp'], anchors: ['m_circ', 'm_updates', 'gp_nocontact'],
    note: 'MARAC actions went to the ICB for onward sharing, not to the practice; the GP never received the MARAC outcome and no alert was placed on the records of Ms R or the children.' },
  { id: 'WX-G20', code: 'G1', alsoAcceptable: ['G5'], from: 'police', to: ['other'], anchors: ['p_nov23', 'p_dec23_texts', 'm_norepeat'],
    note: 'The November harassment and December threats ("you\'ve got days left") were repeat incidents within a year of a MARAC, but police did not notify the MARAC and the case was not re-listed.' },
  { id: 'WX-G21', code: 'G1', from: 'housing', to: ['police', 'da-service'], anchors: ['h_lock'],
    note: 'Two days before the homicide Ms R reported that the sanctuary lock had been forced and Mr H had been inside; housing logged it as a routine repair and told neither police nor the IDVA.' },
];

const decoys = [
  { id: 'WX-D01', looksLike: ['G1', 'G2'], refs: ['p_dec22', 's_enc1'],
    note: 'December 2022: police did send Operation Encompass and the school logged it the next morning and saw both children – contrast with June 2022.' },
  { id: 'WX-D02', looksLike: ['G2', 'G3', 'G4'], refs: ['s_ref2', 's_ack2', 's_sw'],
    note: 'September 2023: the school\'s MASH referral was accepted, acknowledged the next day and led to a single assessment, and the social worker fed back to the DSL within five days.' },
  { id: 'WX-D03', looksLike: ['G3', 'G6'], refs: ['h_marac', 'h_jv', 'h_locks', 'i_housing_call'],
    note: 'Housing attended the MARAC and completed its action within three weeks (joint sanctuary survey with the IDVA, locks changed); the IDVA records housing confirming completion the same day.' },
];

const files = [
  { file: 'police.csv', agency: 'police', format: 'csv' },
  { file: 'idva.xlsx', agency: 'da-service', format: 'xlsx' },
  { file: 'gp.docx', agency: 'gp', format: 'docx' },
  { file: 'school.docx', agency: 'school', format: 'docx' },
  { file: 'housing.txt', agency: 'housing', format: 'txt' },
  { file: 'marac.pdf', agency: 'other', format: 'pdf' },
];
// keep entry order = files order, then file order
const order = files.map((f) => f.file);
allEntries.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || (+a.ref.split('#')[1]) - (+b.ref.split('#')[1]));

const gold = {
  case: CASE,
  title: 'Wrexford DHR – Ms R, coercive control ending in homicide, two primary-school children',
  reviewType: 'dhr',
  reviewPeriod: { from: '2022-04-01', to: '2023-12-09' },
  conventions: {
    mash: 'The Wrexford MASH is the front door of Children\'s Services and is run by CSC. There is no CSC/MASH file. Contacts that name the MASH are "mash"; contacts naming Children\'s Services social workers, the Assessment Team or EDT are "csc".',
    marac: 'The MARAC minutes extract is written by the MARAC Coordinator in the council\'s Community Safety Team: agency "other". Referrals to the MARAC are referrals to "other"; the ICB safeguarding team is also "other".',
    idva: 'Wrexford Women\'s Advocacy Service (WWAS), a charity, runs the IDVA service: "da-service". The Family Hub named in the 23/08/2023 row is only a venue.',
    housing: 'Kestrel Vale Housing Association (housing association landlord): "housing".',
    hospital: 'The Wrexford & Hale University Hospitals NHS Trust ED (its discharge summary and its safeguarding lead nurse at MARAC): "ed".',
    family: 'Ms R, Mr H, the children, Ms R\'s sister Ms S, Mr H\'s mother, a friend and neighbours: "family".',
    previousGp: 'Ms R\'s previous practice in Harnden is also "gp"; the record transfer is not treated as a contact.',
    text: 'Table rows: text = the non-date cells joined with " | " (police: CAD Ref, Call type, Summary, DASH, Action; IDVA: Contact method, Outcome, Risk notes; school: all cells but Date). Narrative files: the sentences of the entry (GP and MARAC paragraph numbers omitted; housing lines keep their date prefix, hard wraps joined with spaces).',
    duplicates: 'Earliest member by date; same-day ties go to the earlier file in `files`.',
    time: 'Police: from Date/Time. School: explicit clock time in the text (Encompass receipt, MASH call). MARAC meeting 09:30. Housing repairs call 17:40.',
  },
  files,
  entries: allEntries.map((e) => {
    const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time ?? null, text: e.text, contacts: e.contacts, concerns: e.concerns };
    if (dupOf[e.ref]) o.duplicateOf = dupOf[e.ref];
    return o;
  }),
  gaps: gaps.map((g) => ({ id: g.id, code: g.code, ...(g.alsoAcceptable ? { alsoAcceptable: g.alsoAcceptable } : {}), from: g.from, to: g.to, anchors: g.anchors.map(R), note: g.note })),
  duplicates: dupGroups.map((g) => g.map(R)),
  decoys: decoys.map((d) => ({ id: d.id, looksLike: d.looksLike, refs: d.refs.map(R), note: d.note })),
};

// ---------------------------------------------------------------- README
const codeCount = {};
for (const g of gaps) codeCount[g.code] = (codeCount[g.code] || 0) + 1;
const readme = `# ${CASE}

Invented domestic homicide review (DHR) in the fictional London Borough of Wrexford.
Everything here (people, places, services, reference numbers) is made up.

## People
- **Ms R** (34), the victim; killed by her partner on 9 December 2023.
- **Mr H** (38), her partner and the perpetrator; history of DA against a former partner
  (previous convictions; previous Harnden MARAC) that none of the Wrexford agencies knew about
  until October 2023.
- **C1** (boy, Year 3/4/5 over the period) and **C2** (girl, Reception/Year 1/2), at
  Ashgrove Lane Primary School.
- **Ms S**, Ms R's sister (maternal aunt of the children).

The family moved from the (fictional) neighbouring borough of Harnden into a Kestrel Vale
Housing Association flat in April 2022.

## Review period
1 April 2022 – 9 December 2023 (20 months). ${allEntries.length} entries in 6 files.

## What went wrong (in brief)
A long pattern of coercive control (phone monitoring and smashing, bank card and Universal
Credit taken, isolation from her sister, location tracking, threats to take the children),
with escalation to non-fatal strangulation and threats to kill in May 2023. Each agency saw a
piece: the police attended four incidents and a welfare check, the IDVA service tried three
times to engage her, the GP heard a disclosure, the school heard the children's disclosures,
and housing heard neighbours and saw bruising. The key failures were a missed Operation
Encompass and a missed PAC, an ED discharge letter filed as a fall, a lost police MARAC
referral in May 2023, bail conditions lifted without telling the IDVA or school, a late IDVA
MARAC referral with no checks on the perpetrator, a MARAC without education or the GP and
whose outcome never reached the GP, repeat incidents not taken back to MARAC, and a forced
sanctuary lock logged as a routine repair two days before the homicide.

## Files
| file | agency | layout |
|---|---|---|
| police.csv | police | MPS CAD/CRIS extract: title lines, then CAD Ref, Date/Time, Call type, Summary, DASH, Action; multi-line cells |
| idva.xlsx | da-service | WWAS (charity) IDVA record: three sheets (one per referral), title rows, Date, Contact method, Outcome, Risk notes; one uncertain and one range date as text |
| gp.docx | gp | IMR section 3: numbered paragraphs, some narrating two dated events, relative dates |
| school.docx | school | CPOMS safeguarding log table + attendance notes table |
| housing.txt | housing | letter with dated paragraphs ("14th Feb – ..."), year headings, hard-wrapped |
| marac.pdf | other | MARAC minutes extract (docx converted by LibreOffice): numbered paragraphs, attendance and action tables |

## Case-specific conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

## Gold summary
- Gaps: ${gaps.length} (${Object.entries(codeCount).sort().map(([c, n]) => `${c}×${n}`).join(', ')}).
- Decoys: ${decoys.length}. Duplicate groups: ${dupGroups.length}.
- Generated by \`/work/blind/generators/${CASE}.mjs\`.
`;

await writeIdva();
await writeGp();
await writeSchool();
await writeMarac();
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
console.log('entries', allEntries.length, 'gaps', gaps.length, codeCount, 'decoys', decoys.length);
for (const f of files) console.log(f.file, allEntries.filter((e) => e.file === f.file).length);
