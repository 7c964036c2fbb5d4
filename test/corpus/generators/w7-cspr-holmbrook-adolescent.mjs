// Generator for invented case w7-cspr-holmbrook-adolescent (CSPR, adolescent CSE / missing).
// Writes all agency files, gold.json and README.md into /work/blind/w7-cspr-holmbrook-adolescent/.
// Everything here is fictional.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import os from 'os';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'w7-cspr-holmbrook-adolescent';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'holmbrook-'));
const LOHOME = path.join(TMP, 'lohome');
fs.mkdirSync(LOHOME, { recursive: true });

function soffice(args) {
  execFileSync('libreoffice', [`-env:UserInstallation=file://${LOHOME}`, '--headless', ...args], {
    stdio: 'pipe', env: { ...process.env, HOME: LOHOME },
  });
}

// ---------- helpers ----------
const C = (w, direction, type) => ({ with: w, direction, type });
function day(raw, iso, extra = {}) {
  return { raw, earliest: iso, latest: iso, precision: 'day', uncertain: false, ...extra };
}
function pad(n) { return String(n).padStart(2, '0'); }
function isoFromDMY(dmy) { // dd/mm/yyyy or dd/mm/yy or dd.mm.yy
  const m = dmy.match(/(\d{1,2})[./](\d{1,2})[./](\d{2,4})/);
  let y = Number(m[3]); if (y < 100) y += 2000;
  return `${y}-${pad(m[2])}-${pad(m[1])}`;
}

// =====================================================================
// 1. POLICE  (docx table, re-saved through LibreOffice)
// =====================================================================
// cols: Occurrence Ref | Date/Time | Type | Summary | Action / Referral
const policeRows = [
  { key: 'p_mfh1', ref: 'HM-23-0114872', dt: '28/01/23 2210hrs', time: '22:10', type: 'Missing Person (MFH) – medium',
    summary: "Call from Ms H (mother) reporting CHILD H (14yrs) not returned from school, phone switched off. Risk graded MEDIUM. CHILD H located 0115hrs 29/01 by response patrol on Fold Street, Dearnside, in company of two adult males, one identified as MALE 1 (24yrs). Males stated they were 'just giving her a lift'. Officers concerned re possible CSE.",
    action: 'CHILD H returned to mother. PPN (child) submitted to MASH 29/01. Missing notification sent to Pathways (Harbour YPT) for RHI.',
    cont: 'MALE 1 name and DOB obtained, gave address as 22 Fold Street. No markers.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'referral'), C('voluntary', 'out', 'notification')],
    concerns: ['missing', 'exploitation'] },
  { key: 'p_intel1', ref: 'INT/23/00871', dt: '02/02/23', time: null, type: 'Intelligence report',
    summary: 'NPT Dearnside submission: 22 Fold Street, Dearnside – address associated with a group of adult males (incl. MALE 1) hosting late-night gatherings attended by girls believed aged 13–15. Alcohol and cannabis reportedly supplied to the girls. Vehicles seen dropping girls off after 2300hrs. Possible CSE location.',
    action: 'Linked to CHILD H nominal record. Retained on force intelligence system – no onward dissemination.',
    contacts: [], concerns: ['exploitation'] },
  { blank: true },
  { key: 'p_mfh2', ref: 'HM-23-0187733', dt: '04/03/23 2350hrs', time: '23:50', type: 'Missing Person (MFH) – medium',
    summary: '2nd missing episode. Ms H rang 101 at 2350hrs – CHILD H out since 1700hrs. Located 0320hrs 05/03 by response officers at 22 Fold Street; CHILD H intoxicated. MALE 1 present with three other adult males. CSE concerns noted.',
    action: 'CHILD H conveyed home by officers. PPN to MASH 05/03. Pathways notified 06/03. Referred internally to PPU CSE team.',
    cont: 'Officers note address known to NPT (see INT/23/00871).',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'referral'), C('voluntary', 'out', 'notification')],
    concerns: ['missing', 'exploitation'] },
  { key: 'p_strat1', ref: '', dt: '23/03/23 1000hrs', time: '10:00', type: 'Strategy Discussion (telephone)',
    summary: 'DS1 (PPU CSE team) with TM1 and SW1, Holmbrook CSC. Participants: Police, CSC. Reviewed 2 x MFH episodes and links to Fold Street / MALE 1. Outcome: threshold for s47 not met; CSE screening tool MEDIUM. CIN to continue.',
    action: 'DS1 to consider CAWN v MALE 1.',
    contacts: [C('csc', 'both', 'strategy-discussion')], concerns: ['missing', 'exploitation'] },
  { key: 'p_cawn', ref: 'HM-23-0203310', dt: '29/03/23 1630hrs', time: '16:30', type: 'CAWN',
    summary: 'Child Abduction Warning Notice served in person on MALE 1 at 22 Fold Street in respect of CHILD H. MALE 1 stated he did not know her age.',
    action: 'CAWN recorded on Niche/PNC. Copy emailed to SW1 (CSC).',
    contacts: [C('family', 'out', 'other'), C('csc', 'out', 'email')], concerns: ['exploitation'] },
  { key: 'p_mfh3', ref: 'HM-23-0241906', dt: '26/04/23 2145hrs', time: '21:45', type: 'Missing Person (MFH) – medium',
    summary: "3rd missing episode. Mr D (mother's partner) rang 101 – CHILD H not home, not answering phone. Missing overnight. Found 1030hrs 27/04 by PCSO at Kelderby bus station; tired, said she had been 'at a party', would not say where.",
    action: 'Returned home by PCSO. PPN to MASH 27/04. Missing notification to Pathways submitted 05/05 (OIC on rest days).',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'referral'), C('voluntary', 'out', 'notification')],
    concerns: ['missing'] },
  { key: 'p_intel2', ref: 'INT/23/04412', dt: '20/06/23', time: null, type: 'Intelligence report',
    summary: "Update re 22 Fold Street: second girl (15) identified attending. MALE 2 (38yrs, Calverby) frequents the address, believed to contact girls via Snapchat and pay for taxis. Source names CHILD H as 'one of J's girls'.",
    action: 'Shared with PPU CSE coordinator. No onward dissemination.',
    contacts: [], concerns: ['exploitation'] },
  { key: 'p_call', ref: 'CAD 0623-1187', dt: '29/06/23 1305hrs', time: '13:05', type: 'Call – 101 (non-emergency)',
    summary: 'Call from DSL, Kelderby Academy: grey Audi A3 seen parked outside school gates most afternoons, adult male driver, Y9 girls incl. CHILD H seen getting in. VRM given. PNC: registered keeper MALE 2 (38yrs). Links to Fold Street intelligence.',
    action: 'Intel log created and linked to INT/23/04412. NFA at this time.',
    contacts: [C('school', 'in', 'phone-call')], concerns: ['exploitation'] },
  { key: 'p_mfh4', ref: 'HM-23-0377015', dt: '29/07/23 0130hrs', time: '01:30', type: 'Missing Person (MFH) – HIGH',
    summary: '4th missing episode. Mr D phoned 101 at 0130hrs. Risk graded HIGH (CSE history). CHILD H located 1400hrs 30/07 in Calverby, passenger in grey Audi driven by MALE 2. MALE 2 arrested on suspicion of child abduction and sexual communication with a child; mobile phone seized. Interviewed, released under investigation (RUI).',
    action: 'CHILD H taken home by officers. PPN to MASH 30/07. Pathways notified 31/07.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('mash', 'out', 'referral'), C('voluntary', 'out', 'notification')],
    concerns: ['missing', 'exploitation', 'criminality'] },
  { key: 'p_strat2', ref: '', dt: '02/08/23 1000hrs', time: '10:00', type: 'Strategy Meeting',
    summary: 'Chaired by TM1 (CSC). Present: DS1 (PPU), SW1 (CSC), Paediatric Liaison Nurse (Holmbrook General ED), Pathways worker, DSL Kelderby Academy (by phone). s47 enquiry agreed – CSE, risk HIGH.',
    action: "Police: digital download of MALE 2's phone; Fold Street disruption plan to be developed.",
    contacts: [C('csc', 'both', 'strategy-discussion'), C('ed', 'both', 'strategy-discussion'), C('voluntary', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion')],
    concerns: ['exploitation'] },
  { key: 'p_dl', ref: 'HM-23-0377015', dt: '14/09/23', time: null, type: 'Investigation update',
    summary: "Digital download of MALE 2's phone complete: indecent images of CHILD H and Snapchat messages between CHILD H, MALE 2 and MALE 1 located. MALE 2 remains RUI. File to CPS for early investigative advice.",
    action: 'SW1 updated by phone 15/09.',
    contacts: [C('csc', 'out', 'phone-call')], concerns: ['exploitation', 'criminality'] },
  { key: 'p_mfh5', ref: 'HM-23-0488120', dt: '06/10/23 1900hrs', time: '19:00', type: 'Missing Person (MFH) – HIGH',
    summary: '5th missing episode. Ms H phoned 101 at 1900hrs. CHILD H returned home of own accord approx 0800hrs 07/10; would not say where she had been. Safe and well check by PC 0915hrs 07/10.',
    action: 'PPN to MASH 07/10. Pathways notified 07/10.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'home-visit'), C('mash', 'out', 'referral'), C('voluntary', 'out', 'notification')],
    concerns: ['missing'] },
  { key: 'p_mfh6', ref: 'HM-23-0510044', dt: '20/10/23 2100hrs', time: '21:00', type: 'Missing Person (MFH) – HIGH / Crime – Sexual offence',
    summary: '6th missing episode, reported by Ms H by phone 2100hrs. Officers attended 22 Fold Street 0240hrs 21/10: CHILD H found in a bedroom, heavily intoxicated, disclosed she had been sexually assaulted. MALE 2 and MALE 3 arrested (rape of a child under 16). Scene secured.',
    action: 'CHILD H conveyed to ED (Holmbrook General) by officers. EDT (CSC) informed 0310hrs. SARC referral made.',
    cont: 'ABE interview to be arranged when fit.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('ed', 'out', 'other'), C('csc', 'out', 'notification'), C('other', 'out', 'referral')],
    concerns: ['missing', 'exploitation', 'criminality'] },
  { key: 'p_strat3', ref: '', dt: '21/10/23 1100hrs', time: '11:00', type: 'Strategy Discussion',
    summary: "DI1 (PPU), EDT TM and SW1 (CSC), ED consultant (Holmbrook General). s47 to continue; CHILD H to be accommodated (s20) with mother's agreement. MALE 2 and MALE 3 in custody; MALE 1 to be traced.",
    action: 'ABE/SARC arrangements – DC2.',
    contacts: [C('csc', 'both', 'strategy-discussion'), C('ed', 'both', 'strategy-discussion')],
    concerns: ['exploitation', 'criminality'] },
];

async function writePolice() {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel, AlignmentType } = docx;
  const cell = (t, bold = false, w = 20) => new TableCell({
    width: { size: w, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text: t, bold, size: 18, font: 'Arial' })] })],
  });
  const widths = [13, 12, 13, 40, 22];
  const header = new TableRow({ tableHeader: true, children: ['Occurrence Ref', 'Date/Time', 'Type', 'Summary', 'Action / Referral'].map((h, i) => cell(h, true, widths[i])) });
  const rows = [header];
  for (const r of policeRows) {
    if (r.blank) { rows.push(new TableRow({ children: widths.map(w => cell('', false, w)) })); continue; }
    rows.push(new TableRow({ children: [r.ref, r.dt, r.type, r.summary, r.action].map((t, i) => cell(t, false, widths[i])) }));
    if (r.cont) rows.push(new TableRow({ children: ['', '', '', r.cont, ''].map((t, i) => cell(t, false, widths[i])) }));
  }
  const doc = new Document({
    sections: [{
      properties: { page: { size: { orientation: 'landscape' } } },
      children: [
        new Paragraph({ children: [new TextRun({ text: 'HOLMSHIRE POLICE – PUBLIC PROTECTION UNIT', bold: true, size: 24, font: 'Arial' })] }),
        new Paragraph({ children: [new TextRun({ text: 'Individual Agency Chronology – Child Safeguarding Practice Review: CHILD H', bold: true, size: 22, font: 'Arial' })] }),
        new Paragraph({ children: [new TextRun({ text: 'Period under review: 01/01/2023 – 31/10/2023.  Sources: Niche RMS, STORM command and control, force intelligence system.  Prepared by: DS, Review Team.', size: 18, font: 'Arial' })] }),
        new Paragraph({ children: [new TextRun({ text: 'OFFICIAL – SENSITIVE', size: 18, font: 'Arial', italics: true })] }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        new Paragraph({ children: [new TextRun({ text: 'End of chronology.', size: 18, font: 'Arial' })] }),
      ],
    }],
  });
  const raw = path.join(TMP, 'raw');
  fs.mkdirSync(raw, { recursive: true });
  fs.writeFileSync(path.join(raw, 'police.docx'), await Packer.toBuffer(doc));
  const resaved = path.join(TMP, 'resaved');
  fs.mkdirSync(resaved, { recursive: true });
  soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', resaved, path.join(raw, 'police.docx')]);
  fs.copyFileSync(path.join(resaved, 'police.docx'), path.join(OUT, 'police.docx'));
}

function policeEntries() {
  return policeRows.filter(r => !r.blank).map(r => {
    const rawDate = r.dt.split(' ')[0];
    const text = [r.ref, r.type, r.summary, r.action, r.cont].filter(Boolean).join(' | ');
    return { key: r.key, agency: 'police', date: day(rawDate, isoFromDMY(rawDate)), time: r.time, text, contacts: r.contacts, concerns: r.concerns };
  });
}

// =====================================================================
// 2. CSC  (xlsx, real Excel date cells, separate time column, re-saved via LibreOffice)
// =====================================================================
// cols: Date | Time | Worker role | Event type | Case note | Outcome / next steps
const cscRows = [
  { key: 'c_mash1', d: '30/01/2023', time: '09:40', role: 'MASH Social Worker', ev: 'MASH contact',
    note: "PPN rec'd from Holmshire Police – Child H missing 28-29/01, located Fold St, Dearnside with 2 adult males, police note possible CSE. Not open to CSC. MASH checks requested from school and health (GP via MASH health navigator).",
    out: 'RAG AMBER – partner checks due within 24hrs',
    contacts: [C('police', 'in', 'referral'), C('school', 'out', 'information-request'), C('gp', 'out', 'information-request')], concerns: ['missing', 'exploitation'] },
  { key: 'c_mashpol', d: '31/01/2023', time: '09:20', role: 'MASH Police Researcher (seconded – Holmshire Police)', ev: 'MASH checks', employer: 'police',
    note: 'Niche/PNC checks: Child H – MFH 28-29/01 only. Ms H – no trace. Mr D (partner) – no trace. Home address – no markers.',
    out: '', contacts: [], concerns: ['missing'] },
  { key: 'c_mash2', d: '31/01/2023', time: '15:10', role: 'MASH Social Worker', ev: 'MASH decision',
    note: 'Checks returned. School: attendance 88%, tired, on phone in lessons, no disclosures. GP: asthma, last seen 2021, no concerns known. Police: see researcher entry. Threshold: Level 3 – transfer to R&A for C&F assessment. Ms H informed by phone and agrees.',
    out: 'Transferred to R&A Team 2',
    contacts: [C('school', 'in', 'information-share'), C('gp', 'in', 'information-share'), C('family', 'out', 'phone-call')], concerns: [] },
  { key: 'c_alloc', d: '06/02/2023', time: '', role: 'Team Manager (TM1)', ev: 'Allocation',
    note: "Allocated to SW1. C&F assessment started – 45 working days. Pathways RHI summary (02/02) rec'd and added to file.",
    out: '', contacts: [C('voluntary', 'in', 'information-share')], concerns: ['missing'] },
  { key: 'c_hv1', d: '08/02/2023', time: '16:00', role: 'Social Worker (SW1)', ev: 'Home visit',
    note: "HV – seen Ms H, Mr D (partner, moved in Dec 22) and Child H, H seen alone in bedroom. Mum says H 'out of control since Christmas', staying out late and on phone all night. H says she has 'mates in Dearnside', would not name them. Home conditions good.",
    out: 'Continue assessment',
    cont: "Mr D quiet, said H 'needs a firm hand'. Ms H said she 'doesn't really drink'.",
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'c_schoolvisit', d: '14/02/2023', time: '11:30', role: 'Social Worker (SW1)', ev: 'School visit',
    note: "Visit to Kelderby Academy. Saw H alone in pastoral office – guarded, says home 'fine', won't discuss who she is with when out. DSL update: attendance now 85%, tired, friendship group changed.",
    out: '', contacts: [C('family', 'out', 'assessment'), C('school', 'out', 'other')], concerns: [] },
  { key: 'c_emailcar', d: '24/02/2023', time: '10:05', role: 'Social Worker (SW1)', ev: 'Email received',
    note: "Email from DSL Kelderby Academy: H seen getting into a silver car with an adult male near school 23/02. T/c to Ms H – says it was 'a friend's brother'.",
    out: 'Include in assessment',
    contacts: [C('school', 'in', 'email'), C('family', 'out', 'phone-call')], concerns: ['exploitation'] },
  { blank: true },
  { key: 'c_mash3', d: '06/03/2023', time: '09:15', role: 'MASH Social Worker', ev: 'MASH contact',
    note: "PPN rec'd – 2nd missing episode 04-05/03, H located at 22 Fold St intoxicated with adult males; police CSE concerns. Open case – passed to SW1 same day.",
    out: 'Passed to allocated SW', contacts: [C('police', 'in', 'referral')], concerns: ['missing', 'exploitation'] },
  { key: 'c_tc1', d: '07/03/2023', time: '14:00', role: 'Social Worker (SW1)', ev: 'Telephone call',
    note: "T/c to Ms H re missing episode. Mum tearful – 'I can't stop her going out'. Advised to report to police every time H is missing.",
    out: '', contacts: [C('family', 'out', 'phone-call')], concerns: ['missing'] },
  { key: 'c_tc2', d: '14/03/2023', time: '10:20', role: 'Social Worker (SW1)', ev: 'Telephone call',
    note: "Secure email from ED Paediatric Liaison Nurse rec'd (attendance 13/03 – self-harm, cuts to L forearm, alcohol). T/c to Ms H: H home and sleeping. Mum feels H 'did it for attention'.",
    out: '', contacts: [C('ed', 'in', 'email'), C('family', 'out', 'phone-call')], concerns: ['injury'] },
  { key: 'c_assess', d: '17/03/2023', time: '', role: 'Social Worker (SW1)', ev: 'C&F assessment completed',
    note: 'Outcome: CIN (s17). Needs/risks: missing episodes, older peers, possible CSE, self-harm, school attendance. Parenting: no concerns re parental substance misuse, mental health or domestic abuse identified; mother denies alcohol/drug use. Mr D – no concerns known. Sources: Ms H, Mr D, Child H, school, MASH checks, Pathways RHIs (02/02, 10/03).',
    out: 'CIN plan. Request strategy discussion re CSE (TM1).', contacts: [], concerns: ['missing', 'exploitation', 'injury'] },
  { key: 'c_strat1', d: '23/03/2023', time: '10:00', role: 'Team Manager (TM1)', ev: 'Strategy discussion',
    note: 'Telephone strategy discussion – TM1 and SW1 with DS1, Holmshire Police CSE team. Agencies: CSC, Police. 2 missing episodes and Fold St links discussed. s47 threshold not met. CSE screening – MEDIUM risk.',
    out: 'Continue CIN. Police to consider CAWN.', contacts: [C('police', 'both', 'strategy-discussion')], concerns: ['missing', 'exploitation'] },
  { key: 'c_cin1', d: '04/04/2023', time: '15:30', role: 'Social Worker (SW1)', ev: 'CIN meeting',
    note: "CIN meeting 1 at Kelderby Academy. Present: SW1, Ms H, Child H (part), DSL. CAWN served on MALE 1 by police 29/03 – copy rec'd by email. Plan: curfew 9pm, H to attend school, SW visits 4-weekly, Pathways to offer 1:1 work.",
    out: 'CIN review in 8 weeks',
    contacts: [C('school', 'both', 'conference'), C('family', 'both', 'conference'), C('police', 'in', 'email')], concerns: ['exploitation'] },
  { key: 'c_mash4', d: '28/04/2023', time: '08:50', role: 'MASH Social Worker', ev: 'MASH contact',
    note: "PPN rec'd – 3rd missing episode 26-27/04, H found at Kelderby bus station. Open case. SW1 on annual leave until 10/05 – PPN added to file for information.",
    out: 'No further MASH action.', contacts: [C('police', 'in', 'referral')], concerns: ['missing'] },
  { key: 'c_leave', d: '11/05/2023', time: '09:00', role: 'Social Worker (SW1)', ev: 'Case note',
    note: 'Back from A/L. Read PPN re 26-27/04 missing episode. Phoned Ms H – no answer, VM left.',
    out: '', contacts: [C('family', 'attempted', 'phone-call')], concerns: ['missing'] },
  { key: 'c_rhirec', d: '31/05/2023', time: '09:30', role: 'Social Worker (SW1)', ev: 'Information received',
    note: "RHI summary rec'd from Pathways by email 30/05 (RHI held 09/05). H disclosed MALE 1 ('J') and an older male 'Kev' took photos of her at the flat; she has sent images on Snapchat; says she 'owes' Kev for vapes and alcohol.",
    out: 'For discussion at CIN review 06/06.', contacts: [C('voluntary', 'in', 'email')], concerns: ['missing', 'exploitation'] },
  { key: 'c_cin2', d: '06/06/2023', time: '14:00', role: 'Social Worker (SW1)', ev: 'CIN review meeting',
    note: 'CIN review at Kelderby Academy, chaired SW1. Present: Ms H, Child H (part), DSL (Kelderby Academy), Pathways worker, YW1 (Youth Service), DC2 (Holmshire Police CSE team). GP – invited, written report rec\'d. Pathways disclosures discussed; CSE screening now HIGH.',
    out: 'Actions: SW1 re-refer to CAMHS; DC2 to review police intel; YW1 weekly 1:1s; Pathways 1:1s to continue.',
    cont: 'Next review in 6 weeks. Ms H to keep a log of times H goes out.',
    contacts: [C('school', 'both', 'conference'), C('voluntary', 'both', 'conference'), C('early-help', 'both', 'conference'), C('police', 'both', 'conference'), C('family', 'both', 'conference'), C('gp', 'in', 'information-share')],
    concerns: ['exploitation'] },
  { key: 'c_camhsref', d: '14/06/2023', time: '11:00', role: 'Social Worker (SW1)', ev: 'Referral',
    note: 'Referral to CAMHS SPA (online form) – self-harm, low mood, CSE, missing episodes.',
    out: 'Await CAMHS outcome', contacts: [C('camhs', 'out', 'referral')], concerns: ['injury', 'exploitation', 'missing'] },
  { key: 'c_hv2', d: '10/07/2023', time: '16:45', role: 'Social Worker (SW1)', ev: 'Home visit',
    note: "CIN visit. H not at home – Ms H says 'out with friends', not answering phone. Child not seen. Mum appeared tired; Mr D not present.",
    out: 'Revisit', contacts: [C('family', 'out', 'home-visit')], concerns: ['non-engagement'] },
  { key: 'c_mash5', d: '31/07/2023', time: '09:00', role: 'MASH Social Worker', ev: 'MASH contact',
    note: "PPN rec'd – 4th missing episode 29-30/07, H located in Calverby in car with MALE 2 (38), who was arrested. Open case – passed to TM1 for strategy meeting.",
    out: 'Strategy meeting 02/08', contacts: [C('police', 'in', 'referral')], concerns: ['missing', 'exploitation', 'criminality'] },
  { key: 'c_strat2', d: '02/08/2023', time: '10:00', role: 'Team Manager (TM1)', ev: 'Strategy meeting',
    note: 'Chair TM1. Attendees: DS1 (Holmshire Police PPU); SW1; Paediatric Liaison Nurse (Holmbrook General ED); Pathways worker; DSL Kelderby Academy (phone). Decision: s47 enquiry – CSE, risk HIGH.',
    out: 'ICPC to be convened within 15 working days.',
    contacts: [C('police', 'both', 'strategy-discussion'), C('ed', 'both', 'strategy-discussion'), C('voluntary', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion')],
    concerns: ['exploitation'] },
  { key: 'c_icpc', d: '23/08/2023', time: '13:00', role: 'Independent Reviewing Officer (IRO1)', ev: 'ICPC',
    note: 'ICPC chaired by IRO1. Present: SW1, TM1, Ms H, Mr D, DSL (Kelderby Academy), DC2 (Police), Pathways worker, YW1 (Youth Service). Report from GP – no concerns re family known. CAMHS – referral 14/06, outcome not known, no report.',
    out: 'CP plan – category: sexual abuse (CSE). Core group within 10 working days.',
    contacts: [C('school', 'both', 'conference'), C('police', 'both', 'conference'), C('voluntary', 'both', 'conference'), C('early-help', 'both', 'conference'), C('family', 'both', 'conference'), C('gp', 'in', 'information-share')],
    concerns: ['exploitation'] },
  { key: 'c_cg1', d: '12/09/2023', time: '15:30', role: 'Social Worker (SW1)', ev: 'Core group',
    note: 'Core group 1 (delayed – SW1 sickness). Present: SW1, DSL, Pathways, YW1, Ms H. H on part-time timetable (mornings only) from 11/09 – school say managed move being considered.',
    out: 'Next core group 4 weeks',
    contacts: [C('school', 'both', 'conference'), C('voluntary', 'both', 'conference'), C('early-help', 'both', 'conference'), C('family', 'both', 'conference')], concerns: [] },
  { key: 'c_tc3', d: '15/09/2023', time: '10:10', role: 'Social Worker (SW1)', ev: 'Telephone call',
    note: "T/c from DS1: download of MALE 2's phone has found indecent images of H and messages from MALE 1/MALE 2. CPS advice being sought.",
    out: '', contacts: [C('police', 'in', 'phone-call')], concerns: ['exploitation', 'criminality'] },
  { key: 'c_emailtown', d: '29/09/2023', time: '09:05', role: 'Social Worker (SW1)', ev: 'Email received',
    note: 'Email from DSL (sent 28/09): H seen in Kelderby town centre during the school day with two adult males. Forwarded to DS1 (Police CSE team) for intel.',
    out: '', contacts: [C('school', 'in', 'email'), C('police', 'out', 'email')], concerns: ['exploitation'] },
  { key: 'c_mash6', d: '09/10/2023', time: '08:45', role: 'MASH Social Worker', ev: 'MASH contact',
    note: "PPN rec'd – 5th missing episode 06-07/10, H returned of own accord. Open case – passed to SW1.",
    out: '', contacts: [C('police', 'in', 'referral')], concerns: ['missing'] },
  { key: 'c_cg2', d: '10/10/2023', time: '14:00', role: 'Social Worker (SW1)', ev: 'Core group',
    note: 'Core group 2. Present SW1, DSL, Pathways, YW1. Ms H did not attend. Missing episode 06-07/10 noted – RHI not yet completed.',
    out: '',
    contacts: [C('school', 'both', 'conference'), C('voluntary', 'both', 'conference'), C('early-help', 'both', 'conference'), C('family', 'attempted', 'dna')], concerns: ['missing', 'non-engagement'] },
  { key: 'c_edt', d: '21/10/2023', time: '04:10', role: 'EDT Social Worker', ev: 'EDT referral',
    note: 'Referral by phone from ED, Holmbrook General: H brought in by police from Fold St, heavily intoxicated, disclosed sexual assault. (Police PPU had informed EDT at 03:10.) EDT SW attended ED 05:30, saw H and Ms H. Pathways RHI summary of 19/10 on file.',
    out: 'Strategy discussion 11:00. Emergency foster placement sought.',
    contacts: [C('ed', 'in', 'referral'), C('police', 'in', 'notification'), C('ed', 'out', 'other'), C('family', 'out', 'assessment'), C('voluntary', 'in', 'information-share')], concerns: ['exploitation'] },
  { key: 'c_strat3', d: '21/10/2023', time: '11:00', role: 'Team Manager (EDT TM)', ev: 'Strategy discussion',
    note: "EDT TM, SW1, DI1 (Holmshire Police PPU), ED consultant (Holmbrook General). s47 continues. H accommodated s20 with Ms H's agreement – emergency foster placement.",
    out: 'Placement 21/10', contacts: [C('police', 'both', 'strategy-discussion'), C('ed', 'both', 'strategy-discussion')], concerns: ['exploitation'] },
  { key: 'c_rr', d: '24/10/2023', time: '', role: 'Team Manager (TM1)', ev: 'Notification',
    note: 'Serious incident notification to the Child Safeguarding Practice Review Panel and Holmbrook Safeguarding Children Partnership. Rapid review requested.',
    out: '', contacts: [C('other', 'out', 'notification')], concerns: [] },
];

async function writeCsc() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chronology');
  ws.getCell('A1').value = "HOLMBROOK METROPOLITAN BOROUGH COUNCIL – CHILDREN'S SOCIAL CARE";
  ws.getCell('A1').font = { bold: true, size: 12 };
  ws.getCell('A2').value = 'Chronology of significant events – Child H (LCS ID 448213) – prepared for CSPR. Front door: Holmbrook MASH (CSC-led).';
  const headers = ['Date', 'Time', 'Worker role', 'Event type', 'Case note', 'Outcome / next steps'];
  const hr = ws.getRow(4);
  headers.forEach((h, i) => { const c = hr.getCell(i + 1); c.value = h; c.font = { bold: true }; });
  ws.columns = [{ width: 12 }, { width: 8 }, { width: 26 }, { width: 20 }, { width: 80 }, { width: 36 }];
  let r = 5;
  for (const row of cscRows) {
    if (row.blank) { r++; continue; }
    const [dd, mm, yy] = row.d.split('/').map(Number);
    const x = ws.getRow(r);
    x.getCell(1).value = new Date(Date.UTC(yy, mm - 1, dd));
    x.getCell(1).numFmt = 'dd/mm/yyyy';
    x.getCell(2).value = row.time || null;
    x.getCell(3).value = row.role;
    x.getCell(4).value = row.ev;
    x.getCell(5).value = row.note;
    x.getCell(6).value = row.out || null;
    x.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    r++;
    if (row.cont) {
      ws.getRow(r).getCell(5).value = row.cont;
      ws.getRow(r).getCell(5).alignment = { wrapText: true, vertical: 'top' };
      r++;
    }
  }
  const raw = path.join(TMP, 'raw');
  fs.mkdirSync(raw, { recursive: true });
  await wb.xlsx.writeFile(path.join(raw, 'csc.xlsx'));
  const resaved = path.join(TMP, 'resaved');
  fs.mkdirSync(resaved, { recursive: true });
  soffice(['--convert-to', 'xlsx', '--outdir', resaved, path.join(raw, 'csc.xlsx')]);
  fs.copyFileSync(path.join(resaved, 'csc.xlsx'), path.join(OUT, 'csc.xlsx'));
}

function cscEntries() {
  return cscRows.filter(r => !r.blank).map(r => {
    const e = { key: r.key, agency: 'csc', date: day(r.d, isoFromDMY(r.d)), time: r.time || null,
      text: [r.role, r.ev, r.note, r.out, r.cont].filter(Boolean).join(' | '), contacts: r.contacts, concerns: r.concerns };
    if (r.employer) e.employer = r.employer;
    return e;
  });
}

// =====================================================================
// 3. SCHOOL  (CSV export with 2-line preamble, quoted multi-line cells)
// =====================================================================
// cols: Date | Time | Category | Recorded by | Details | Actions | Status
const schoolRows = [
  { key: 's_late', d: '17/01/2023', t: '08:45', cat: 'Attendance / Wellbeing', by: 'Head of Year 9',
    det: "Child H late x4 this week, very tired, on her phone in lessons.\nSays mum's new partner has moved in and 'it's fine'.",
    act: 'Spoke to H. Rang home – no answer, message left. Monitor.', st: 'Closed',
    contacts: [C('family', 'attempted', 'phone-call')], concerns: [] },
  { key: 's_mashreq', d: '31/01/2023', t: '10:05', cat: 'MASH request', by: 'DSL',
    det: 'Email from Holmbrook MASH requesting information re Child H.\nReplied by email: attendance 88%, tiredness, phone use, no disclosures.',
    act: 'Recorded.', st: 'Closed', contacts: [C('mash', 'in', 'information-request'), C('mash', 'out', 'email')], concerns: [] },
  { key: 's_swvisit', d: '14/02/2023', t: '11:30', cat: 'Visitor / External agency', by: 'DSL',
    det: 'SW1 (Holmbrook CSC) visited and saw H in the pastoral office.\nDSL gave update: attendance 85%, tired, new friendship group (older).',
    act: '', st: 'Closed', contacts: [C('csc', 'in', 'other')], concerns: [] },
  { key: 's_car1', d: '23/02/2023', t: '15:20', cat: 'Safeguarding concern', by: 'Teacher (gate duty)',
    det: 'H seen getting into a silver car with an adult male (20s?) on Mill Lane, approx 100m from the main gate.\nDid not recognise driver. No reg obtained.',
    act: "DSL informed – possible CSE indicator. DSL phoned Ms H: says it was 'a friend's brother'. DSL emailed SW1 24/02.", st: 'Open',
    contacts: [C('family', 'out', 'phone-call'), C('csc', 'out', 'email')], concerns: ['exploitation'] },
  { key: 's_rhi', d: '10/03/2023', t: '09:00', cat: 'Visitor / External agency', by: 'DSL',
    det: 'Pathways worker (Harbour YPT) met H in school to complete her return home interview.\nRoom booked in pastoral.',
    act: '', st: 'Closed', contacts: [C('voluntary', 'in', 'other')], concerns: ['missing'] },
  { key: 's_susp1', d: '21/04/2023', t: '13:40', cat: 'Behaviour / Suspension', by: 'Deputy Head',
    det: 'H verbally abusive to a member of staff and left site without permission at lunch.\nFixed-term suspension 3 days (24/04–26/04).',
    act: 'Letter to parent. SW1 emailed. Reintegration meeting 27/04 09:30.', st: 'Closed',
    contacts: [C('family', 'out', 'letter'), C('csc', 'out', 'email')], concerns: [] },
  { key: 's_reint', d: '27/04/2023', t: '09:30', cat: 'Behaviour / Reintegration', by: 'Deputy Head',
    det: "Reintegration meeting. Ms H did not attend; H came alone, very tired, said she 'was out last night'.\nPastoral support plan started. H warned further incidents = risk of permanent exclusion.",
    act: 'PSP review 2 weeks.', st: 'Open',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'in', 'attendance')], concerns: ['non-engagement'] },
  { key: 's_peer', d: '15/05/2023', t: '12:10', cat: 'Safeguarding concern', by: 'DSL',
    det: "Peer A (Y9) told her tutor that H goes to 'parties at a flat on Fold Street' with 'older lads, like 25', is given vodka, and that one of them is her 'boyfriend'.\nDSL spoke to H – H denied, said Peer A is 'stirring'.",
    act: 'Referral submitted to MASH via online portal 15:30 – CSE concerns. No acknowledgement/reference received.', st: 'Open',
    contacts: [C('mash', 'out', 'referral')], concerns: ['exploitation'] },
  { key: 's_cin2', d: '06/06/2023', t: '14:00', cat: 'Multi-agency meeting', by: 'DSL',
    det: 'CIN review meeting held in school, chaired by SW1. Attended: DSL, Pathways, YW1 (Youth Service), DC2 (Police), Ms H, H (part).\nCSE risk now rated HIGH.',
    act: 'School to provide weekly attendance to SW1.', st: 'Closed',
    contacts: [C('csc', 'both', 'conference'), C('voluntary', 'both', 'conference'), C('early-help', 'both', 'conference'), C('police', 'both', 'conference'), C('family', 'both', 'conference')],
    concerns: ['exploitation'] },
  { key: 's_susp2', d: '23/06/2023', t: '11:15', cat: 'Behaviour / Suspension', by: 'Deputy Head',
    det: 'Physical altercation with another Y9 student in the canteen.\nSuspension 5 days. HT: H now at risk of permanent exclusion; managed move / AP to be considered.',
    act: 'Letter to parent. SW1 informed by email.', st: 'Closed',
    contacts: [C('family', 'out', 'letter'), C('csc', 'out', 'email')], concerns: [] },
  { key: 's_audi', d: '29/06/2023', t: '13:05', cat: 'Safeguarding concern', by: 'DSL',
    det: 'Grey Audi A3 parked outside the school gates most afternoons this week. Adult male driver. H and two other Y9 girls seen getting in.\nDSL rang police 101 and gave the reg – ref CAD 0623-1187. CSE concern.',
    act: 'Awaiting update from police.', st: 'Open', contacts: [C('police', 'out', 'phone-call')], concerns: ['exploitation'] },
  { key: 's_eot', d: '19/07/2023', t: '15:00', cat: 'DSL note', by: 'DSL',
    det: "End of term review of H's file. No update received from police re the Audi/reg reported 29/06.\nAttendance 2022/23: 71%.",
    act: 'Carry forward to Y10 DSL file.', st: 'Open', contacts: [], concerns: [] },
  { key: 's_strat2', d: '02/08/2023', t: '10:00', cat: 'Multi-agency meeting', by: 'DSL',
    det: 'DSL joined CSC strategy meeting by phone (school holidays). Also present: TM1, SW1, DS1 (Police), ED liaison nurse, Pathways.\ns47 enquiry agreed (CSE).',
    act: '', st: 'Closed',
    contacts: [C('csc', 'both', 'strategy-discussion'), C('police', 'both', 'strategy-discussion'), C('ed', 'both', 'strategy-discussion'), C('voluntary', 'both', 'strategy-discussion')],
    concerns: ['exploitation'] },
  { key: 's_icpc', d: '23/08/2023', t: '13:00', cat: 'Multi-agency meeting', by: 'DSL',
    det: 'ICPC attended by DSL. Also present: IRO1, SW1, TM1, Police, Pathways, YW1, Ms H, Mr D.\nH made subject of a CP plan (sexual abuse – CSE).',
    act: 'School report submitted.', st: 'Closed',
    contacts: [C('csc', 'both', 'conference'), C('police', 'both', 'conference'), C('voluntary', 'both', 'conference'), C('early-help', 'both', 'conference'), C('family', 'both', 'conference'), C('csc', 'out', 'information-share')],
    concerns: ['exploitation'] },
  { key: 's_pt', d: '11/09/2023', t: '08:40', cat: 'Attendance', by: 'Head of Year 10',
    det: 'H starts part-time timetable today: 08:40–12:20 daily, pending managed move panel.\nMs H agreed by phone. Part-time timetable form sent to LA attendance team.',
    act: 'Review 4 weeks.', st: 'Open', contacts: [C('family', 'out', 'phone-call')], concerns: [] },
  { key: 's_town', d: '28/09/2023', t: '14:30', cat: 'Safeguarding concern', by: 'Teaching Assistant',
    det: "TA saw H in Kelderby town centre at 14:15 (not in school – PT timetable) with two adult men, one looked 30s+.\nH said 'they're my cousins'. Possible CSE.",
    act: 'DSL emailed SW1 28/09.', st: 'Open', contacts: [C('csc', 'out', 'email')], concerns: ['exploitation'] },
  { key: 's_postinc', d: '23/10/2023', t: '08:30', cat: 'Safeguarding concern', by: 'DSL',
    det: "SW1 phoned: H found at an address on Fold Street on 21/10 after a missing episode; sexual assault; now in foster care.\nDSL: this is the first time school has been told that the Fold Street address is known to police. Peer A's information in May named Fold Street.",
    act: 'Chronology for review started. Attend strategy meetings as required.', st: 'Open',
    contacts: [C('csc', 'in', 'phone-call')], concerns: ['missing', 'exploitation'] },
];

function csvQ(s) { return '"' + String(s ?? '').replace(/"/g, '""') + '"'; }
function writeSchool() {
  const lines = [];
  lines.push(csvQ('Kelderby Academy (Dearne Learning Trust) – Safeguarding & Child Protection Records'));
  lines.push(csvQ('Exported on 03/11/2023 14:22 by DSL – Student: Child H (Y10) – Date range 01/01/2023 to 31/10/2023'));
  lines.push(['Date', 'Time', 'Category', 'Recorded by', 'Details', 'Actions', 'Status'].map(csvQ).join(','));
  for (const r of schoolRows) lines.push([r.d, r.t, r.cat, r.by, r.det, r.act, r.st].map(csvQ).join(','));
  fs.writeFileSync(path.join(OUT, 'school.csv'), lines.join('\r\n') + '\r\n', 'utf8');
}
function schoolEntries() {
  return schoolRows.map(r => ({ key: r.key, agency: 'school', date: day(r.d, isoFromDMY(r.d)), time: r.t || null,
    text: [r.cat, r.by, r.det, r.act, r.st].filter(Boolean).join(' | '), contacts: r.contacts, concerns: r.concerns }));
}

// =====================================================================
// 4. HEALTH  (combined docx, headings per service, dated paragraphs, no table)
// =====================================================================
const healthSections = [
  { heading: 'Emergency Department – Holmbrook General Hospital (Holmbrook & Dearne Hospitals NHS FT)', agency: 'ed', paras: [
    { key: 'h_ed1', date: day('13th March 2023', '2023-03-13'), time: '01:40',
      text: "On the 13th March 2023 at 01:40 Child H attended ED with her mother with lacerations to the left forearm, self-inflicted with a pencil sharpener blade. She smelt of alcohol and said she had been drinking vodka 'with mates'. Wounds cleaned and steri-stripped. Reviewed by the Paediatric Liaison Nurse: H said she has a boyfriend aged 24 and was 'fed up' at home. Referral to CAMHS Single Point of Access sent, noting self-harm, alcohol use and possible CSE. Allocated social worker (SW1) informed by secure email.",
      contacts: [C('family', 'in', 'attendance'), C('camhs', 'out', 'referral'), C('csc', 'out', 'email')], concerns: ['injury', 'exploitation'] },
    { key: 'h_ed2', date: day('24th May', '2023-05-24'), time: '02:10',
      text: "On the 24th May at 02:10 H was brought to ED by a member of the public who had found her collapsed in Kelderby town centre, intoxicated (GCS 13). A man in his twenties who said he was 'a friend' came in with her and left before triage; triage note reads 'older boyfriend?'. Mother arrived at 04:00. H was observed and discharged home with her mother at 07:30. No safeguarding referral was made. Discharge summary sent to GP.",
      contacts: [C('family', 'in', 'attendance'), C('gp', 'out', 'letter')], concerns: ['exploitation'] },
    { key: 'h_ed3', date: day('26th May', '2023-05-26'), time: null,
      text: 'On the 26th May the attendance was reviewed by the Paediatric Liaison Nurse from the daily liaison list. Noted that H was known to CSC and had been referred to CAMHS in March; no further action and no information shared.',
      contacts: [], concerns: [] },
    { key: 'h_ed4', date: day('2nd August', '2023-08-02'), time: null,
      text: 'On the 2nd August the Paediatric Liaison Nurse took part in the CSE strategy meeting convened by CSC with police, Pathways and the school DSL, and shared details of the March and May attendances.',
      contacts: [C('csc', 'both', 'strategy-discussion'), C('police', 'both', 'strategy-discussion'), C('voluntary', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion')], concerns: ['exploitation'] },
    { key: 'h_ed5', date: day('21st October', '2023-10-21'), time: '03:20',
      text: 'On the 21st October at 03:20 H was brought in by police from an address in Dearnside, heavily intoxicated and disclosing a sexual assault. Seen by the ED consultant and paediatric registrar; no physical injuries requiring treatment. Safeguarding referral made by telephone to the Emergency Duty Team at 04:00, and the EDT social worker attended at 05:30. SARC (Calverby) contacted by phone to arrange forensic examination.',
      contacts: [C('family', 'in', 'attendance'), C('police', 'in', 'other'), C('csc', 'out', 'referral'), C('csc', 'in', 'other'), C('other', 'out', 'phone-call')], concerns: ['exploitation'] },
    { key: 'h_ed6', date: day('21st October', '2023-10-21'), time: '11:00',
      text: 'On the 21st October at 11:00 the ED consultant joined the strategy discussion with police and CSC (EDT team manager and SW1) by Teams.',
      contacts: [C('police', 'both', 'strategy-discussion'), C('csc', 'both', 'strategy-discussion')], concerns: [] },
  ] },
  { heading: 'CAMHS – Holmbrook CAMHS (Dearne Valley Partnership NHS FT)', agency: 'camhs', paras: [
    { key: 'h_c1', date: day('15th March 2023', '2023-03-15'), time: null,
      text: "On the 15th March 2023 a referral was received from the ED Paediatric Liaison Nurse following H's attendance with self-harm on 13/03.",
      contacts: [C('ed', 'in', 'referral')], concerns: ['injury'] },
    { key: 'h_c2', date: day('21st March', '2023-03-21'), time: null,
      text: "On the 21st March the referral was screened at the SPA triage meeting. Recorded as 'low mood, superficial self-harm, no ongoing suicidal intent; protective factors – lives with mother, attending school'. Risk rated LOW. Outcome: does not meet threshold for specialist CAMHS; signposted to Kooth and school counselling. Outcome letter to Ms H, copy to GP.",
      contacts: [C('family', 'out', 'letter'), C('gp', 'out', 'letter')], concerns: ['injury'] },
    { key: 'h_c3', date: { raw: 'w/c 10/04', earliest: '2023-04-10', latest: '2023-04-16', precision: 'week', uncertain: false }, time: null,
      text: 'w/c 10/04 – GP referral letter (self-harm, low mood, poor sleep) received and triaged; previous referral noted. Outcome: not accepted – does not meet threshold; GP could refer to the school Mental Health Support Team. Case closed on the system. No outcome letter to the GP is recorded.',
      contacts: [C('gp', 'in', 'referral')], concerns: ['injury'] },
    { key: 'h_c4', date: day('14th June', '2023-06-14'), time: null,
      text: 'On the 14th June a re-referral was received from SW1 (CSC) citing self-harm, CSE and missing episodes. Accepted at SPA for a Choice appointment; appointment letter sent to Ms H.',
      contacts: [C('csc', 'in', 'referral'), C('family', 'out', 'letter')], concerns: ['injury', 'exploitation', 'missing'] },
    { key: 'h_c5', date: day('28th June', '2023-06-28'), time: null,
      text: "On the 28th June H was not brought to her Choice appointment. Ms H rang later to say H 'refused to come'. Appointment rebooked.",
      contacts: [C('family', 'attempted', 'dna'), C('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
    { key: 'h_c6', date: day('12th July', '2023-07-12'), time: null,
      text: 'On the 12th July H was not brought to the rebooked appointment; no contact from the family. Letter sent to Ms H.',
      contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
    { key: 'h_c7', date: day('19th July', '2023-07-19'), time: null,
      text: "On the 19th July H was discharged under the Trust's Was Not Brought policy after two consecutive WNBs. Discharge letter to GP and Ms H. No contact with the referrer (SW1) is recorded.",
      contacts: [C('gp', 'out', 'letter'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  ] },
  { heading: 'General Practice – Dearnside Medical Centre (records of Child H and, where relevant, her mother Ms H)', agency: 'gp', paras: [
    { key: 'h_g1', date: day('9th January 2023', '2023-01-09'), time: null,
      text: "On the 9th January 2023 Ms H (mother) saw GP1 face to face about low mood and poor sleep. She said she was drinking 'a bottle of wine most nights, more at weekends' since her new partner moved in. AUDIT-C 10. Advised to cut down; Holmbrook Recovery leaflet given. Sertraline 50mg started. Children in the household not recorded in the consultation.",
      contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse', 'parental-mental-health'] },
    { key: 'h_g2', date: day('31st January', '2023-01-31'), time: null,
      text: "On the 31st January a MASH request for health information about Child H was received via the health navigator. The practice replied by email: 'Child H – asthma, last seen 2021, no concerns known.' Mother's record not checked.",
      contacts: [C('mash', 'in', 'information-request'), C('mash', 'out', 'email')], concerns: [] },
    { key: 'h_g3', date: day('28th March', '2023-03-28'), time: '10:10',
      text: "On the 28th March Ms H brought H to see GP2 (10:10 appointment) about low mood, poor sleep and self-harm; healing cuts to the left forearm seen. CAMHS letter (ED referral not accepted) noted. Referral letter to CAMHS sent. GP2 noted Ms H 'smelt of alcohol'; not explored.",
      contacts: [C('family', 'in', 'attendance'), C('camhs', 'out', 'referral')], concerns: ['injury', 'substance-misuse'] },
    { key: 'h_g4', date: day('5th May', '2023-05-05'), time: null,
      text: "On the 5th May Ms H phoned the practice and had a telephone consultation with GP1: drinking 'more than I should', not sleeping, 'my daughter is running wild and I can't cope'. AUDIT-C 11. Sertraline increased to 100mg. Advised to self-refer to Holmbrook Recovery.",
      contacts: [C('family', 'in', 'phone-call')], concerns: ['substance-misuse', 'parental-mental-health'] },
    { key: 'h_g5', date: day('10th May', '2023-05-10'), time: null,
      text: 'On the 10th May the practice manager phoned CAMHS SPA because no response had been received to the referral of 28th March; told it had been closed in April as not meeting threshold. GP2 informed; no further action.',
      contacts: [C('camhs', 'out', 'phone-call')], concerns: [] },
    { key: 'h_g6', date: day('24th May', '2023-05-24'), time: null,
      text: 'On the 24th May an ED discharge summary was received (attendance with intoxication, discharged to mother). Filed; no action.',
      contacts: [C('ed', 'in', 'letter')], concerns: [] },
    { key: 'h_g7', date: day('2nd June', '2023-06-02'), time: null,
      text: "On the 2nd June an email request for a report for the CIN meeting was received from SW1. GP2 replied by email: 'Child H – self-harm March 2023, CAMHS referral not accepted. No other concerns.'",
      contacts: [C('csc', 'in', 'information-request'), C('csc', 'out', 'email')], concerns: ['injury'] },
    { key: 'h_g8', date: day('24th July', '2023-07-24'), time: null,
      text: "On the 24th July a CAMHS discharge letter was received (two WNB). Coded 'Child was not brought'. No further action.",
      contacts: [C('camhs', 'in', 'letter')], concerns: ['non-engagement'] },
    { key: 'h_g9', date: day('22nd August', '2023-08-22'), time: null,
      text: "On the 22nd August GP1 sent a report for the ICPC requested by CSC: H – asthma, self-harm, CAMHS discharged after WNB; parents – 'nothing of note'.",
      contacts: [C('csc', 'out', 'information-share')], concerns: ['injury', 'non-engagement'] },
    { key: 'h_g10', date: day('18th September', '2023-09-18'), time: null,
      text: "On the 18th September Ms H saw GP1: drinking 'most of the day' since her partner moved out, tearful, poor sleep. Said her daughter is on a child protection plan 'because of some men'. AUDIT-C 12. Ms H asked that the practice 'not tell social services' about her drinking. Self-referral to Holmbrook Recovery advised again.",
      contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse', 'parental-mental-health'] },
    { key: 'h_g11', date: day('23rd October', '2023-10-23'), time: null,
      text: 'On the 23rd October the practice was notified by CSC of the events of 21st October and of the rapid review.',
      contacts: [C('csc', 'in', 'notification')], concerns: [] },
  ] },
];

async function writeHealth() {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel } = docx;
  const ch = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Holmbrook Health – Combined Health Chronology')] }),
    new Paragraph({ children: [new TextRun({ text: 'Child Safeguarding Practice Review – Child H', bold: true })] }),
    new Paragraph({ children: [new TextRun('Prepared by the Named Nurse for Safeguarding Children, Holmbrook & Dearne Hospitals NHS FT, on behalf of the Emergency Department, Holmbrook CAMHS and Dearnside Medical Centre. Entries are summarised from Symphony (ED), SystmOne (CAMHS) and EMIS Web (GP). The GP section includes relevant entries from the mother\'s record.')] }),
  ];
  for (const s of healthSections) {
    ch.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.heading)] }));
    for (const p of s.paras) ch.push(new Paragraph({ spacing: { after: 160 }, children: [new TextRun(p.text)] }));
  }
  ch.push(new Paragraph({ children: [new TextRun({ text: 'Health chronology ends.', italics: true })] }));
  const doc = new Document({ sections: [{ children: ch }] });
  fs.writeFileSync(path.join(OUT, 'health.docx'), await Packer.toBuffer(doc));
}
function healthEntries() {
  const out = [];
  for (const s of healthSections) for (const p of s.paras)
    out.push({ key: p.key, agency: s.agency, date: p.date, time: p.time, text: p.text, contacts: p.contacts, concerns: p.concerns });
  return out;
}

// =====================================================================
// 5. VOLUNTARY  (PDF from docx: intro, numbered paragraphs, several events per paragraph)
// =====================================================================
const volIntro = "Pathways is commissioned by Holmbrook MBC to carry out return home interviews (RHIs) for children reported missing and to offer one-to-one support to young people at risk of exploitation. Notifications of missing episodes come to us from Holmshire Police through the missing-person coordinator, and our standard is to offer an RHI within 72 hours of a child's return. This return summarises all of our contact with Child H.";
const volParas = [
  [
    { key: 'v_n1', date: day('30 January 2023', '2023-01-30'),
      text: "On 30 January 2023 we received a police notification of Child H's missing episode of 28–29 January, and the worker (V1) phoned Ms H to arrange a return home interview.",
      contacts: [C('police', 'in', 'notification'), C('family', 'out', 'phone-call')], concerns: ['missing'] },
    { key: 'v_rhi1', date: day('2 February', '2023-02-02'),
      text: "On 2 February the RHI took place at home. H said she had been with 'friends from Dearnside' who gave her a lift, and would not name anyone. The RHI summary was sent to the MASH and the police missing-person coordinator by secure email.",
      contacts: [C('family', 'out', 'home-visit'), C('mash', 'out', 'email'), C('police', 'out', 'email')], concerns: ['missing'] },
  ],
  [
    { key: 'v_n2', date: day('6 March', '2023-03-06'),
      text: 'On 6 March a notification was received for the episode of 4–5 March.',
      contacts: [C('police', 'in', 'notification')], concerns: ['missing'] },
    { key: 'v_nr1', date: day('9 March', '2023-03-09'),
      text: 'On 9 March the worker visited the home to offer the RHI; there was no answer and a card was left.',
      contacts: [C('family', 'attempted', 'dna')], concerns: ['missing', 'non-engagement'] },
    { key: 'v_rhi2', date: day('10 March', '2023-03-10'),
      text: "On 10 March the RHI was completed at Kelderby Academy. H said she 'sees someone older' who buys her vodka and that she had stayed at 'J's flat'. The worker completed a CSE screening (medium) and emailed the summary to SW1.",
      contacts: [C('family', 'out', 'assessment'), C('csc', 'out', 'email')], concerns: ['missing', 'exploitation'] },
  ],
  [
    { key: 'v_n3', date: day('5 May', '2023-05-05'),
      text: 'On 5 May we received the police notification for the episode of 26–27 April, eight days after H had returned home. The worker phoned Ms H and booked an RHI.',
      contacts: [C('police', 'in', 'notification'), C('family', 'out', 'phone-call')], concerns: ['missing'] },
    { key: 'v_rhi3', date: day('9 May', '2023-05-09'),
      text: "On 9 May the RHI took place at home, twelve days after H returned. H disclosed that MALE 1 ('J') and an older man she called 'Kev' had taken photographs of her at the flat, that she had sent images of herself on Snapchat, and that 'Kev' says she owes him for vapes and alcohol. CSE screening raised to high.",
      contacts: [C('family', 'out', 'home-visit')], concerns: ['missing', 'exploitation'] },
    { key: 'v_share3', date: day('30 May', '2023-05-30'),
      text: 'Because of worker leave the RHI summary was not sent until 30 May, when it was emailed to SW1 and to the police missing-person coordinator.',
      contacts: [C('csc', 'out', 'email'), C('police', 'out', 'email')], concerns: ['missing'] },
  ],
  [
    { key: 'v_cin2', date: day('6 June', '2023-06-06'),
      text: 'On 6 June the worker attended the CIN review meeting at school with SW1, the DSL, the youth worker and a police officer; the disclosures were shared and the CSE risk was agreed as high.',
      contacts: [C('csc', 'both', 'conference'), C('school', 'both', 'conference'), C('early-help', 'both', 'conference'), C('police', 'both', 'conference')], concerns: ['exploitation'] },
    { key: 'v_1to1', date: { raw: 'mid-June', earliest: '2023-06-11', latest: '2023-06-20', precision: 'range', uncertain: false },
      text: 'From mid-June weekly one-to-one sessions were offered at school; H attended four of six sessions before the summer holiday and missed two.',
      contacts: [C('family', 'in', 'attendance'), C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  ],
  [
    { key: 'v_n4', date: day('31 July', '2023-07-31'),
      text: 'On 31 July a notification was received for the episode of 29–30 July.',
      contacts: [C('police', 'in', 'notification')], concerns: ['missing'] },
    { key: 'v_strat2', date: day('2 August', '2023-08-02'),
      text: 'On 2 August the worker took part in the CSE strategy meeting chaired by CSC, with police, the ED liaison nurse and the school.',
      contacts: [C('csc', 'both', 'strategy-discussion'), C('police', 'both', 'strategy-discussion'), C('ed', 'both', 'strategy-discussion'), C('school', 'both', 'strategy-discussion')], concerns: ['exploitation'] },
    { key: 'v_rhi4', date: day('The next day', '2023-08-03'),
      text: "The next day the RHI was held at home; H refused to talk about MALE 2 and said she 'loves him'.",
      contacts: [C('family', 'out', 'home-visit')], concerns: ['missing'] },
  ],
  [
    { key: 'v_icpc', date: day('23 August', '2023-08-23'),
      text: 'On 23 August the worker attended the initial child protection conference convened by CSC; H became subject to a child protection plan under the category of sexual abuse (CSE).',
      contacts: [C('csc', 'both', 'conference')], concerns: ['exploitation'] },
  ],
  [
    { key: 'v_n5', date: day('7 October', '2023-10-07'),
      text: 'On 7 October a notification was received for the episode of 6–7 October.',
      contacts: [C('police', 'in', 'notification')], concerns: ['missing'] },
    { key: 'v_nr2', date: day('10 October', '2023-10-10'),
      text: 'On 10 October a home visit to offer the RHI found no one in.',
      contacts: [C('family', 'attempted', 'dna')], concerns: ['missing', 'non-engagement'] },
    { key: 'v_nr3', date: day('13 October', '2023-10-13'),
      text: 'A second visit on 13 October also got no answer.',
      contacts: [C('family', 'attempted', 'dna')], concerns: ['missing', 'non-engagement'] },
    { key: 'v_rhi5', date: day('19 October', '2023-10-19'),
      text: "The RHI was finally completed at school on 19 October, twelve days after H returned; H was withdrawn, said she was 'fine', and the summary was emailed to SW1.",
      contacts: [C('family', 'out', 'assessment'), C('csc', 'out', 'email')], concerns: ['missing'] },
    { key: 'v_inf', date: day('21 October', '2023-10-21'),
      text: 'On 21 October we were informed by SW1 that H had been found at Fold Street and had been accommodated.',
      contacts: [C('csc', 'in', 'notification')], concerns: ['missing'] },
  ],
];
const volClosing = 'Learning for Pathways: interviews were not always offered within our 72-hour standard, and on one occasion the written summary was delayed by staff leave. We have since introduced cover arrangements so that summaries are sent within two working days of the interview.';

async function writeVoluntary() {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel } = docx;
  const ch = [
    new Paragraph({ children: [new TextRun({ text: "Harbour Young People's Trust", bold: true, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Pathways – Missing and Exploitation Service (Holmbrook)', bold: true, size: 24 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Agency return to the Child Safeguarding Practice Review: Child H', italics: true })] }),
    new Paragraph({ spacing: { before: 200, after: 200 }, children: [new TextRun(volIntro)] }),
  ];
  volParas.forEach((frags, i) => {
    ch.push(new Paragraph({ spacing: { after: 160 }, indent: { left: 400, hanging: 400 },
      children: [new TextRun(`${i + 1}.\t` + frags.map(f => f.text).join(' '))] }));
  });
  ch.push(new Paragraph({ spacing: { before: 200 }, children: [new TextRun(volClosing)] }));
  const doc = new Document({ sections: [{ children: ch }] });
  const raw = path.join(TMP, 'raw');
  fs.mkdirSync(raw, { recursive: true });
  fs.writeFileSync(path.join(raw, 'voluntary.docx'), await Packer.toBuffer(doc));
  soffice(['--convert-to', 'pdf', '--outdir', OUT, path.join(raw, 'voluntary.docx')]);
}
function voluntaryEntries() {
  return volParas.flat().map(f => ({ key: f.key, agency: 'voluntary', date: f.date, time: null, text: f.text, contacts: f.contacts, concerns: f.concerns }));
}

// =====================================================================
// 6. YOUTH SERVICE  (txt log)
// =====================================================================
const youthLines = [
  { key: 'y1', raw: '15.03.23', line: '15.03.23 – session – H came to open session at Kelderby Youth Hub with Peer A. Quiet, kept sleeves pulled down. Chatted about school. (YW1)',
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'y2', raw: '29.03.23', line: "29.03.23 – session – H attended open session. Says she keeps getting 'kicked out' of lessons. Offered 1:1 slot, H agreed. (YW1)",
    contacts: [C('family', 'in', 'attendance')], concerns: [] },
  { key: 'y3', raw: '03.05.23', line: "03.05.23 – 1:1 – H talked about a 24yo 'J' who has a flat on Fold St – says he's her boyfriend, buys her vapes + vodka, she stays over 'sometimes'. Gave healthy relationships info. H asked me to keep it between us – recorded on file. (YW1)",
    contacts: [C('family', 'in', 'attendance')], concerns: ['exploitation'] },
  { key: 'y4', raw: '17.05.23', line: "17.05.23 – 1:1 – H showed me a new iPhone 'from J'. Tired, said she'd been up all night 'at J's'. Talked about consent and age of consent. Discussed with TYS Lead in supervision – agreed to keep monitoring. (YW1)",
    contacts: [C('family', 'in', 'attendance')], concerns: ['exploitation'] },
  { key: 'y5', raw: '?24.05.23', uncertain: true, line: '?24.05.23 – 1:1 – DNA. Text sent to H, no reply. (entered late – date approx) (YW1)',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], concerns: ['non-engagement'] },
  { key: 'y6', raw: '06.06.23', line: '06.06.23 – meeting – CIN review at Kelderby Academy. YW1 attended with SW1, DSL, Pathways, police (DC2), mum and H. Gave attendance update for youth sessions.',
    contacts: [C('csc', 'both', 'conference'), C('school', 'both', 'conference'), C('voluntary', 'both', 'conference'), C('police', 'both', 'conference'), C('family', 'both', 'conference')], concerns: [] },
  { key: 'y7', raw: '06.07.23', time: '20:40', line: '06.07.23 – detached – DYW team in Kelderby Park 20:40: H seen getting into a grey Audi, older male driving. Reg noted and passed to TYS Lead.',
    contacts: [], concerns: ['exploitation'] },
  { key: 'y8', raw: '12.07.23', line: "12.07.23 – 1:1 – H attended, low. Healed cuts on L wrist. Said 'J's mate' is 'scary' and 'you don't say no to him'. Advised her to talk to her SW. (YW1)",
    contacts: [C('family', 'in', 'attendance')], concerns: ['injury', 'exploitation'] },
  { key: 'y9', raw: '23.08.23', line: '23.08.23 – meeting – ICPC at Holmbrook Civic Centre. YW1 attended. H now on CP plan.',
    contacts: [C('csc', 'both', 'conference')], concerns: [] },
  { key: 'y10', raw: '12.09.23', line: '12.09.23 – meeting – core group 1 at school. YW1 attended.',
    contacts: [C('csc', 'both', 'conference')], concerns: [] },
  { key: 'y11', raw: '20.09.23', line: "20.09.23 – session – H at Hub. Says she is 'done with J' but has new phone and new trainers, wouldn't say who bought them. (YW1)",
    contacts: [C('family', 'in', 'attendance')], concerns: ['exploitation'] },
  { key: 'y12', raw: '10.10.23', line: '10.10.23 – meeting – core group 2. YW1 attended.',
    contacts: [C('csc', 'both', 'conference')], concerns: [] },
  { key: 'y13', raw: '12.10.23', line: '12.10.23 – 1:1 – DNA. (YW1)',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
];
function writeYouth() {
  const head = [
    'HOLMBROOK EARLY HELP – YOUTH SERVICE (Targeted Youth Support, Kelderby Youth Hub)',
    'Session log extract – young person: Child H – prepared for CSPR',
    'Key: YW1 = allocated youth worker; DYW = detached youth work team; TYS Lead = Targeted Youth Support team leader',
    '',
  ];
  fs.writeFileSync(path.join(OUT, 'youth.txt'), head.concat(youthLines.map(l => l.line)).join('\n') + '\n', 'utf8');
}
function youthEntries() {
  return youthLines.map(l => ({ key: l.key, agency: 'early-help',
    date: day(l.raw, isoFromDMY(l.raw), l.uncertain ? { uncertain: true } : {}), time: l.time || null,
    text: l.line, contacts: l.contacts, concerns: l.concerns }));
}

// =====================================================================
// GOLD
// =====================================================================
const files = [
  { file: 'police.docx', agency: 'police', format: 'docx', entries: policeEntries },
  { file: 'csc.xlsx', agency: 'csc', format: 'xlsx', entries: cscEntries },
  { file: 'school.csv', agency: 'school', format: 'csv', entries: schoolEntries },
  { file: 'health.docx', agency: 'mixed', format: 'docx', entries: healthEntries },
  { file: 'voluntary.pdf', agency: 'voluntary', format: 'pdf', entries: voluntaryEntries },
  { file: 'youth.txt', agency: 'early-help', format: 'txt', entries: youthEntries },
];

const dupGroups = [
  ['p_strat1', 'c_strat1'],
  ['c_schoolvisit', 's_swvisit'],
  ['s_rhi', 'v_rhi2'],
  ['c_cin2', 's_cin2', 'v_cin2', 'y6'],
  ['p_call', 's_audi'],
  ['p_strat2', 'c_strat2', 's_strat2', 'h_ed4', 'v_strat2'],
  ['c_icpc', 's_icpc', 'v_icpc', 'y9'],
  ['c_cg1', 'y10'],
  ['c_cg2', 'y12'],
  ['p_strat3', 'c_strat3', 'h_ed6'],
];

const gapsSpec = [
  { id: 'HB-G01', code: 'G1', from: 'police', to: ['school'], anchors: ['p_intel1', 'p_intel2', 's_postinc'],
    note: 'Police intelligence from February (and updated in June) identified 22 Fold Street as a location where adult males plied 13–15-year-old girls with alcohol, and named Child H; it was retained on the force system with "no onward dissemination". The school, which was seeing older men collect her at the gates and heard from a peer about "parties at a flat on Fold Street", was first told the address was known to police after the index incident.' },
  { id: 'HB-G02', code: 'G1', alsoAcceptable: ['G5'], from: 'gp', to: ['csc'],
    anchors: ['h_g1', 'h_g2', 'h_g3', 'h_g4', 'h_g7', 'h_g9', 'h_g10', 'c_assess', 'c_icpc'],
    note: "The GP knew from January that Ms H was drinking heavily (AUDIT-C 10 rising to 12), smelt alcohol on her at Child H's appointment and heard her say she could not cope, but each reply to CSC (MASH check, CIN report, ICPC report) covered the child's record only and said 'no concerns'; CSC's assessment and the ICPC proceeded believing there was no parental substance misuse." },
  { id: 'HB-G03', code: 'G7', from: 'csc', to: ['gp'], anchors: ['c_assess', 'c_hv1'],
    note: "The C&F assessment recorded 'no concerns re parental substance misuse or mental health' on the strength of the mother's denial and a MASH health check about the child only; no information was sought from the GP about Ms H (or Mr D) although the household had changed and the child was going missing." },
  { id: 'HB-G04', code: 'G2', alsoAcceptable: ['G4'], from: 'school', to: ['csc'], anchors: ['s_peer'],
    note: "The DSL's online MASH referral of 15 May (peer disclosure naming Fold Street, older men, alcohol) has no record in the CSC chronology; no acknowledgement was received and the school did not chase it." },
  { id: 'HB-G05', code: 'G3', from: 'police', to: ['csc'], anchors: ['p_mfh3', 'c_mash4', 'c_leave'],
    note: 'The PPN for the third missing episode (overnight, found at the bus station after a "party") was received by the MASH and filed "for information" because the allocated worker was on leave; nothing was done for two weeks and no strategy discussion was considered despite a known CSE risk.' },
  { id: 'HB-G06', code: 'G10', alsoAcceptable: ['G3'], from: 'ed', to: ['camhs'], anchors: ['h_ed1', 'h_c1', 'h_c2'],
    note: "ED referred self-harm with alcohol use, a 24-year-old 'boyfriend' and possible CSE; CAMHS triage recorded 'superficial self-harm, protective factors – lives with mother', rated risk low and turned the referral away on threshold without considering the exploitation context." },
  { id: 'HB-G07', code: 'G4', from: 'camhs', to: ['gp'], anchors: ['h_g3', 'h_c3', 'h_g5'],
    note: "The GP's March referral was declined on threshold and closed in April with no outcome letter to the GP; the practice only learned of the outcome when it chased in May." },
  { id: 'HB-G08', code: 'G5', from: 'police', to: ['voluntary'], anchors: ['p_mfh3', 'v_n3'],
    note: 'The missing notification for the 26–27 April episode reached Pathways eight days after the child returned (officer on rest days), so the return home interview could not be offered within 72 hours.' },
  { id: 'HB-G09', code: 'G5', from: 'voluntary', to: ['csc', 'police'], anchors: ['v_rhi3', 'v_share3', 'c_rhirec'],
    note: "Child H's RHI disclosure on 9 May (photographs taken by MALE 1 and an older man, images sent on Snapchat, a 'debt' for vapes and alcohol) was not sent to the social worker or the police until 30 May because of staff leave." },
  { id: 'HB-G10', code: 'G6', from: 'csc', to: ['school', 'ed', 'voluntary'], anchors: ['c_strat1', 'p_strat1'],
    note: 'The March strategy discussion about CSE was held between CSC and police alone. The school (car pick-ups), the ED (self-harm attendance ten days earlier, disclosed 24-year-old boyfriend) and Pathways (RHI disclosures of an older man buying vodka) were not included, and s47 threshold was judged not met.' },
  { id: 'HB-G11', code: 'G8', alsoAcceptable: ['G1'], from: 'camhs', to: ['csc'], anchors: ['h_c5', 'h_c6', 'h_c7', 'c_icpc'],
    note: 'After the CSC re-referral was accepted, Child H was not brought to two appointments and was discharged under the WNB policy with letters to the GP and mother only; the referring social worker was not told, and the ICPC a month later recorded the CAMHS outcome as "not known".' },
  { id: 'HB-G12', code: 'G1', alsoAcceptable: ['G5'], from: 'ed', to: ['csc'], anchors: ['h_ed2', 'h_ed3'],
    note: "The May ED attendance (14-year-old found collapsed and intoxicated, brought in by an adult man who left before triage, 'older boyfriend?') produced no safeguarding referral; the liaison review noted she was known to CSC and shared nothing. CSC heard of it only at the August strategy meeting." },
  { id: 'HB-G13', code: 'G1', from: 'early-help', to: ['csc', 'police'], anchors: ['y3', 'y4', 'y7', 'y8'],
    note: "The youth worker heard directly from Child H about a 24-year-old 'boyfriend' with a flat on Fold Street who supplied vodka and gave her an iPhone, and detached workers saw her get into a grey Audi with an older driver; this was kept on file or discussed internally and not passed to the social worker or police, including at the June CIN meeting the youth worker attended." },
  { id: 'HB-G14', code: 'G4', alsoAcceptable: ['G1'], from: 'police', to: ['school'], anchors: ['p_call', 's_audi', 's_eot'],
    note: 'When the DSL reported the grey Audi on 29 June the police linked the vehicle to MALE 2 and the Fold Street intelligence but closed the log "NFA at this time"; the school never received an update.' },
];

const decoysSpec = [
  { id: 'HB-D01', looksLike: ['G2', 'G3'], refs: ['p_mfh1', 'c_mash1', 'c_mash2', 'c_alloc'],
    note: 'The first PPN (January) was received by the MASH the next working day, checks were made with school and GP within 24 hours and the case was stepped up to a C&F assessment and allocated; the referral was received and acted on.' },
  { id: 'HB-D02', looksLike: ['G6'], refs: ['c_cin2', 's_cin2', 'v_cin2', 'y6'],
    note: 'The June CIN review included every agency then working with Child H (school, Pathways, youth service, police CSE team) and the family, and the GP sent a report; no involved agency was left out (CAMHS had closed the case).' },
  { id: 'HB-D03', looksLike: ['G6'], refs: ['p_strat2', 'c_strat2', 's_strat2', 'h_ed4', 'v_strat2'],
    note: 'The August strategy meeting, unlike March, included health (ED paediatric liaison), Pathways and the school DSL by phone during the holidays.' },
];

async function main() {
  await writePolice();
  await writeCsc();
  writeSchool();
  await writeHealth();
  await writeVoluntary();
  writeYouth();

  // build entries with refs
  const keyToRef = {}; const all = [];
  for (const f of files) {
    f.entries().forEach((e, i) => { const ref = `${f.file}#${i + 1}`; keyToRef[e.key] = ref; all.push({ ...e, ref }); });
  }
  const R = k => { if (!keyToRef[k]) throw new Error('unknown key ' + k); return keyToRef[k]; };
  const byKey = Object.fromEntries(all.map(e => [e.key, e]));
  for (const g of dupGroups) {
    const first = byKey[g[0]];
    for (const k of g.slice(1)) {
      if (byKey[k].date.earliest < first.date.earliest) throw new Error('dup order ' + k);
      byKey[k].duplicateOf = R(g[0]);
    }
  }
  const entries = all.map(e => {
    const o = { ref: e.ref, agency: e.agency };
    if (e.employer) o.employer = e.employer;
    Object.assign(o, { date: e.date, time: e.time ?? null, text: e.text, contacts: e.contacts, concerns: e.concerns });
    if (e.duplicateOf) o.duplicateOf = e.duplicateOf;
    return o;
  });
  const gold = {
    case: CASE,
    title: 'Child H – Holmbrook: a 14-year-old girl exploited by older men (online grooming, CSE), repeated missing episodes, self-harm',
    reviewType: 'cspr',
    reviewPeriod: { from: '2023-01-01', to: '2023-10-31' },
    conventions: {
      mash: 'Holmbrook MASH is run by Children\'s Social Care: rows written by MASH staff in csc.xlsx are agency csc (the seconded MASH police researcher keeps employer police). Other agencies\' contacts that name "the MASH" are with "mash"; gaps about referrals to the MASH name csc as receiver.',
      youthService: 'The Youth Service (Targeted Youth Support, Kelderby Youth Hub) is part of Holmbrook Early Help: youth.txt entries are agency early-help.',
      pathways: 'Pathways (Harbour Young People\'s Trust) is a voluntary-sector missing and exploitation service commissioned to do return home interviews: agency voluntary.',
      healthFile: 'health.docx is a combined return; entry agency follows the section heading: Emergency Department = ed (incl. the ED paediatric liaison nurse), CAMHS = camhs, Dearnside Medical Centre = gp (incl. entries from the mother\'s own record).',
      concerns: 'Child H\'s own alcohol use is not tagged substance-misuse (that label is kept for the mother); her self-harm is tagged injury where an entry records it; exploitation where a CSE indicator is named (older men, pick-ups, gifts, images); criminality for arrests/investigation of the adult suspects.',
      contacts: 'Child H, her mother, Mr D and members of the public (incl. a suspect served with a CAWN) are family. Police taking Child H to ED is ed out other / police in other. Receivers\' records of a referral, PPN, RHI summary or report are not duplicates of the sender\'s record; the same meeting, visit or phone call recorded by two agencies is.',
      routineEmails: 'CSC\'s return is a chronology of significant events: routine emails from school about suspensions (21/04, 23/06) and police receipt of RHI summaries are not logged by the receivers and are not treated as gaps.',
      notCoded: 'The late October RHI (12 days) and the late first core group are single-agency timeliness issues, not information-sharing gaps.',
      dates: 'Police Date/Time cells like "28/01/23 2210hrs": raw is the date part, time from the cell. csc.xlsx has real Excel dates and a separate Time column. Health and Pathways dates without a year take 2023. "w/c 10/04" = 10–16 April 2023. "mid-June" = 11–20 June. "?24.05.23" uncertain.',
    },
    files: files.map(f => ({ file: f.file, agency: f.agency, format: f.format })),
    entries,
    gaps: gapsSpec.map(g => { const o = { id: g.id, code: g.code }; if (g.alsoAcceptable) o.alsoAcceptable = g.alsoAcceptable; return { ...o, from: g.from, to: g.to, anchors: g.anchors.map(R), note: g.note }; }),
    duplicates: dupGroups.map(g => g.map(R)),
    decoys: decoysSpec.map(d => ({ id: d.id, looksLike: d.looksLike, refs: d.refs.map(R), note: d.note })),
  };
  fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

  const counts = {}; for (const e of entries) { const f = e.ref.split('#')[0]; counts[f] = (counts[f] || 0) + 1; }
  const codes = {}; for (const g of gold.gaps) codes[g.code] = (codes[g.code] || 0) + 1;

  const readme = `# ${CASE}

Invented Child Safeguarding Practice Review (South Yorkshire-style metropolitan borough; all places, people and services are fictional).

## The case
- **Child H**, 14 (Year 9, then Year 10, at Kelderby Academy), lives in Dearnside, Holmbrook, with her mother **Ms H** and Ms H's new partner **Mr D** (moved in December 2022, moved out around September 2023).
- **MALE 1** ("J", 24) and **MALE 2** ("Kev", 38, from Calverby) and others use a flat at **22 Fold Street, Dearnside** to host girls aged 13–15, supply alcohol and cannabis, take images and groom them on Snapchat; MALE 2 collects girls from outside school in a grey Audi.
- **Review period:** 1 January – 31 October 2023. Index incident: 20–21 October 2023, Child H reported missing for the sixth time, found intoxicated at Fold Street and disclosed a sexual assault; accommodated under s20; rapid review requested.

## What went wrong (as the records show it)
- Police intelligence linking Fold Street to CSE of young girls (and naming Child H) was never shared with the school; a school report of the Audi got no feedback.
- Ms H's escalating alcohol use and low mood were known only to the GP, whose replies to CSC covered the child's record alone; CSC's assessment did not ask.
- The March strategy discussion was police and CSC only.
- A PPN was filed "for information" while the social worker was on leave; a school MASH referral in May left no trace in CSC.
- A missing notification reached Pathways eight days late, and the RHI disclosure of images and a "debt" sat for three weeks before it was sent on.
- CAMHS turned the ED self-harm referral away on threshold (recording low risk, no CSE context), closed the GP's referral without telling the GP, and later discharged her after two WNBs without telling the social worker.
- A second ED attendance (intoxicated, adult male who left before triage) led to no referral.
- The youth worker heard about "J", the flat and gifts, and saw the Audi, but kept it on file.

## Files
| file | agency | layout |
|---|---|---|
| police.docx | police (Holmshire Police) | one Word table (Occurrence Ref, Date/Time, Type, Summary, Action / Referral), re-saved through LibreOffice; a blank row and continuation rows |
| csc.xlsx | csc (Holmbrook MBC Children's Social Care incl. MASH and EDT) | sheet "Chronology", title rows, header on row 4, real Excel date cells, separate Time column, Worker role column, continuation rows, one blank row; re-saved through LibreOffice |
| school.csv | school (Kelderby Academy) | safeguarding-system export: two preamble lines, then header; quoted multi-line cells |
| health.docx | mixed: ed, camhs, gp | combined health return, headings per service, one dated paragraph per event, "On the 13th March 2023", later no year, "w/c 10/04" |
| voluntary.pdf | voluntary (Pathways, Harbour Young People's Trust) | PDF from Word: intro paragraph, seven numbered paragraphs narrating several dated events each ("The next day", "From mid-June") |
| youth.txt | early-help (Holmbrook Early Help – Youth Service) | plain-text session log "dd.mm.yy – type – note" |

Entries: ${Object.entries(counts).map(([f, n]) => `${f} ${n}`).join(', ')} (total ${entries.length}).
Gaps: ${Object.entries(codes).map(([c, n]) => `${c}×${n}`).join(', ')}; ${gold.decoys.length} decoys; ${gold.duplicates.length} duplicate groups.

## Case-specific conventions
- **MASH is run by CSC.** MASH staff rows in csc.xlsx are csc (the seconded MASH police researcher: agency csc, employer police). Other agencies' contacts naming the MASH use "mash".
- **Youth Service = early-help** (it sits in Holmbrook Early Help).
- **Pathways = voluntary.**
- **health.docx** entry agency follows its section: ED (incl. paediatric liaison nurse) = ed; CAMHS = camhs; Dearnside Medical Centre = gp (including the mother's own consultations).
- Concerns: Child H's own drinking is not tagged substance-misuse (kept for the mother); her self-harm is tagged injury; CSE indicators → exploitation; arrests/investigation of the men → criminality.
- Receivers' records of a referral/PPN/RHI summary/report are not duplicates of the sender's record; a meeting, visit or call recorded by two agencies is.
- Not coded as gaps: routine suspension emails from school not logged by CSC; police not logging receipt of RHI summaries; the late October RHI and late first core group (single-agency timeliness).

Generated by \`node /work/blind/generators/${CASE}.mjs\`.
`;
  fs.writeFileSync(path.join(OUT, 'README.md'), readme);
  console.log('entries', entries.length, counts, 'gaps', codes);
  fs.rmSync(TMP, { recursive: true, force: true });
}
main().catch(e => { console.error(e); process.exit(1); });
