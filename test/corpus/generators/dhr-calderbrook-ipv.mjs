// Generator for the invented DHR case "dhr-calderbrook-ipv" (Calderbrook, Yorkshire).
// Writes the agency files, gold.json and README.md from one set of data.
// Run: node /work/blind/generators/dhr-calderbrook-ipv.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'dhr-calderbrook-ipv';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
function iso(y, m, d) { return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`; }
function addDays(isoStr, n) { const t = new Date(isoStr + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
function dow(isoStr) { return DOW[new Date(isoStr + 'T00:00:00Z').getUTCDay()]; }
function day(raw, isoStr, uncertain = false) { return { raw, earliest: isoStr, latest: isoStr, precision: 'day', uncertain }; }
function rng(raw, a, b, uncertain = false) { return { raw, earliest: a, latest: b, precision: 'range', uncertain }; }
function week(raw, monday) { if (dow(monday) !== 'Mon') throw new Error('not a Monday ' + monday); return { raw, earliest: monday, latest: addDays(monday, 6), precision: 'week', uncertain: false }; }
function month(raw, y, m) { const last = new Date(Date.UTC(y, m, 0)).getUTCDate(); return { raw, earliest: iso(y, m, 1), latest: iso(y, m, last), precision: 'month', uncertain: false }; }
const C = (w, direction, type) => ({ with: w, direction, type });
// weekday sanity check for raw strings that name a weekday
function checkDow(d) {
  const m = /^(Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun)/.exec(d.raw);
  if (!m) return;
  const want = m[1].slice(0, 3);
  if (dow(d.earliest) !== want) throw new Error(`weekday mismatch ${d.raw} ${d.earliest} is ${dow(d.earliest)}`);
}
function meeting(self, present) { return present.filter((a) => a !== self).map((a) => C(a, 'both', 'conference')); }
const MARAC1 = ['police', 'da-service', 'csc', 'other'];
const MARAC2 = ['police', 'da-service', 'csc', 'other', 'housing', 'school', 'substance-misuse'];

// ---------------------------------------------------------------- POLICE (docx table)
// cells: [Date/Time, Ref, Incident, Risk (DASH), Action]
const police = [
  { id: 'P1', date: day('04/03/2023 22:15', '2023-03-04'), time: '22:15',
    cells: ['CAD 1187/04032023',
      `DA – 999 call from neighbour (16 Rookery Close) reporting shouting and banging at no.14. Officers attended. IP Jodie KELLETT and suspect Craig STANNARD (partner, resides at address). Verbal argument only, no injuries seen or disclosed. IP states suspect took her phone and went through her messages as he believes she is talking to another male. Suspect smelt strongly of intoxicants but calm with officers. 2 x children (K 9yrs, M 6yrs) asleep upstairs – checked by officers.`,
      'Standard',
      `Words of advice given to both parties. Suspect agreed to stay at his mother's address overnight. DASH completed – standard. PPN submitted to CSC Front Door. Op Encompass notification sent to Holme Lane Primary.`],
    contacts: [C('family', 'out', 'other'), C('csc', 'out', 'notification'), C('school', 'out', 'notification')],
    concerns: ['domestic-abuse', 'substance-misuse'] },
  { id: 'P2', date: day('18/04/2023 19:40', '2023-04-18'), time: '19:40',
    cells: ['CAD 0934/18042023 / CB/11872/23',
      `DA – 101 call from IP stating suspect refusing to leave and has kicked the bedroom door off its hinges and punched a hole in the wall. Suspect left prior to police arrival. IP tearful, states he "gets like this when he's training" and has been drinking more. IP states she no longer visits her mother as suspect "doesn't like her going round there". Both children present at time of incident – seen by officers, K upset.`,
      'Medium (9)',
      `Crime recorded – criminal damage. DASH completed – medium. PPN submitted to CSC Front Door. IDVA leaflet given to IP. Suspect to be traced for voluntary interview. Op Encompass – not submitted.`],
    contacts: [C('family', 'out', 'other'), C('csc', 'out', 'notification')],
    concerns: ['domestic-abuse', 'substance-misuse', 'criminality'] },
  { id: 'P3', date: day('26/04/2023', '2023-04-26'), time: null,
    cells: ['CB/11872/23',
      `Suspect attended Calderbrook police station by appointment for voluntary interview. Admits damaging the door, states "it's my house too". Disclosed he is on a steroid cycle and "had a few" that night.`,
      '',
      `Community resolution – suspect to pay £180 for repair. IP updated by phone, agreed with outcome.`],
    contacts: [C('family', 'in', 'attendance'), C('family', 'out', 'phone-call')],
    concerns: ['criminality', 'substance-misuse'] },
  { id: 'P4', date: day('27/05/2023 02:40', '2023-05-27'), time: '02:40',
    cells: ['CAD 0211/27052023 / CB/15530/23',
      `DA – 999 call from IP, screaming heard on line before call cut off. Officers on scene 02:52. IP had reddening to both sides of neck and stated suspect put his hands round her neck on the landing after they returned from a night out – "I couldn't breathe for a second". Suspect heavily intoxicated and aggressive towards officers. Children awake – K (9) on the stairs, believed to have witnessed. IP disclosed suspect checks her phone every night and keeps hold of her bank card "so she doesn't waste it".`,
      'High (15)',
      `Suspect arrested – non-fatal strangulation (s75A SCA 2015), conveyed to custody. BWV. Photos of injuries taken. DASH high – MARAC referral submitted. IDVA referral to CDAS. PPN to CSC Front Door marked HIGH RISK. Op Encompass to be sent – half term.`],
    continuation: `DS review of DASH: risk factors – strangulation, escalation since March, jealousy, alcohol and steroid use, child witness.`,
    contacts: [C('family', 'out', 'other'), C('other', 'out', 'referral'), C('da-service', 'out', 'referral'), C('csc', 'out', 'notification')],
    concerns: ['domestic-abuse', 'substance-misuse', 'criminality'] },
  { id: 'P5', date: day('27/05/2023 14:10', '2023-05-27'), time: '14:10',
    cells: ['Custody CB/2705/0098',
      `Suspect interviewed in custody with solicitor – no comment. IP spoken to by phone by DC 3318 – declines to make a statement, states she doesn't want him "getting a record" and she "can't manage the bills without him".`,
      '',
      `Released on pre-charge bail, conditions: not to contact IP directly or indirectly, not to attend Rookery Close. Evidence-led prosecution to be considered.`],
    contacts: [C('family', 'out', 'other'), C('family', 'out', 'phone-call')],
    concerns: ['criminality', 'domestic-abuse'] },
  { id: 'P6', date: day('05/06/2023 08:05', '2023-06-05'), time: '08:05',
    cells: ['Op Encompass',
      `Op Encompass notification re DA incident of 27/05 emailed to key adult (DSL), Holme Lane Primary. School closed for half term 29/05 – 02/06.`,
      '',
      `Sent before start of first school day after incident.`],
    contacts: [C('school', 'out', 'notification')],
    concerns: ['domestic-abuse'] },
  { id: 'P7', date: day('09/06/2023', '2023-06-09'), time: null,
    cells: ['CB/15530/23',
      `File reviewed by DS 2871. IP not supporting prosecution. Evidence-led case considered (BWV, photos, 999 recording) – child witness not to be interviewed. Insufficient evidence.`,
      '',
      `NFA. Bail cancelled. IP and suspect informed by phone. Words of advice re future calls.`],
    contacts: [C('family', 'out', 'phone-call')],
    concerns: ['domestic-abuse', 'criminality'] },
  { id: 'P8', date: day('14/06/2023', '2023-06-14'), time: null,
    cells: ['MARAC',
      `DA – case heard at Calderbrook MARAC, chaired by DI 4410. CDAS (IDVA and MARAC coordinator), CSC Front Door and Health (ICB safeguarding) represented. Pennine Vale Homes – apologies, research submitted. Police research: suspect has 2 x DA incidents with a previous partner recorded by North Marsh Police (2017, 2019).`,
      'High',
      `Address flagged on STORM/Niche – MARAC marker, urgent response. Police actions complete.`],
    contacts: meeting('police', MARAC1),
    concerns: ['domestic-abuse'] },
  { id: 'P9', date: day('02/08/2023 16:20', '2023-08-02'), time: '16:20',
    cells: ['CAD 1502/02082023',
      `DA – anonymous call reporting a woman crying in the street and a male shouting "get back in the f***ing house". Officers attended 17:45. IP stated everything fine, "just a row about money". Suspect not present on arrival. IP appeared nervous and kept checking her phone throughout. Address holds MARAC marker (heard 14/06).`,
      'Standard (IP declined DASH – officer assessment)',
      `Words of advice. PPN submitted to CSC. Not referred as repeat MARAC – standard risk.`],
    contacts: [C('family', 'out', 'other'), C('csc', 'out', 'notification')],
    concerns: ['domestic-abuse', 'non-engagement'] },
  { id: 'P10', date: day('11/09/2023 10:30', '2023-09-11'), time: '10:30',
    cells: ['DVDS/23/0412',
      `DVDS – Right to Ask application received via online form from Pauline KELLETT (mother of IP). Concerned about suspect's control of her daughter: "she isn't allowed to see me without him, he has her bank card and checks her phone".`,
      '',
      `Initial checks completed. Applicant to be seen face to face.`],
    contacts: [C('family', 'in', 'information-request')],
    concerns: ['domestic-abuse'] },
  { id: 'P11', date: day('26/09/2023', '2023-09-26'), time: null,
    cells: ['DVDS/23/0412',
      `Applicant seen at Calderbrook police station (DVDS face-to-face). States IP "has gone very quiet", has lost weight and is "on tablets for her nerves".`,
      '',
      `Request for information sent to North Marsh Police re suspect's previous DA history.`],
    contacts: [C('family', 'in', 'attendance'), C('other', 'out', 'information-request')],
    concerns: ['domestic-abuse', 'parental-mental-health'] },
  { id: 'P12', date: day('21/10/2023 23:55', '2023-10-21'), time: '23:55',
    cells: ['CAD 2290/21102023 / CB/29981/23',
      `DA – 999 call from IP. Suspect has thrown her phone against the wall, smashing it, and stood in front of the front door for over an hour refusing to let her leave. Suspect drunk. Suspect left in his car on police arrival – believed over the limit. IP has fresh bruising to left upper arm, states he grabbed her when she tried to get past. Children in bed.`,
      'High (16)',
      `DASH high. Repeat MARAC referral submitted. IDVA referral to CDAS. PPN to CSC Front Door. Suspect circulated as wanted. Op Encompass – not sent (half term).`],
    contacts: [C('family', 'out', 'other'), C('other', 'out', 'referral'), C('da-service', 'out', 'referral'), C('csc', 'out', 'notification')],
    concerns: ['domestic-abuse', 'substance-misuse', 'criminality'] },
  { id: 'P13', date: day('23/10/2023', '2023-10-23'), time: null,
    cells: ['CB/29981/23',
      `Suspect arrested at his mother's address. Interviewed – denies, states IP "throws stuff herself". Charged criminal damage (phone).`,
      '',
      `Bailed to Calderbrook Magistrates 19/12 with conditions not to contact IP or attend Rookery Close. IP informed by phone.`],
    contacts: [C('family', 'out', 'other'), C('family', 'out', 'phone-call')],
    concerns: ['criminality', 'domestic-abuse'] },
  { id: 'P14', date: day('13/11/2023 14:00', '2023-11-13'), time: '14:00',
    cells: ['DVDS/23/0412',
      `DVDS disclosure made to IP in person at Calderbrook station (DC 3318 and DVDS officer): suspect's DA history with previous partner incl. assault 2019 (North Marsh Police). IP said she was "not surprised" and would think about what to do.`,
      '',
      `Safety plan discussed. IP declined referral to IDVA – already known. Applicant informed by letter that the application is concluded.`],
    contacts: [C('family', 'out', 'information-share'), C('family', 'out', 'letter')],
    concerns: ['domestic-abuse', 'criminality'] },
  { id: 'P15', date: day('15/11/2023', '2023-11-15'), time: null,
    cells: ['MARAC',
      `DA – repeat MARAC. Present: Police (DI 4410, chair), CDAS IDVA, CSC, Health (ICB), Pennine Vale Homes, Holme Lane Primary (DSL), Calderbrook Recovery Service.`,
      'High',
      `Police: bail conditions to be enforced – address remains flagged for urgent response.`],
    contacts: meeting('police', MARAC2),
    concerns: ['domestic-abuse'] },
  { id: 'P16', date: day('19/12/2023', '2023-12-19'), time: null,
    cells: ['CB/29981/23',
      `Suspect pleaded guilty at Calderbrook Magistrates – criminal damage. Fined £200, compensation £150. Bail conditions end on sentence.`,
      '',
      `IP informed of outcome by letter (Victim Care Unit).`],
    contacts: [C('family', 'out', 'letter')],
    concerns: ['criminality'] },
  { heading: '2024' },
  { id: 'P17', date: day('06/01/2024 21:10', '2024-01-06'), time: '21:10',
    cells: ['CAD 1876/06012024',
      `Concern for welfare – call from IP's mother, unable to contact IP for 3 days, suspect answering IP's phone and saying she is "asleep". Officers attended 22:30. IP seen at door with suspect present, stated she was fine and had been ill. Would not speak to officers alone.`,
      '',
      `Welfare check complete. No offences disclosed. Log closed.`],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')],
    concerns: ['domestic-abuse'] },
  { id: 'P18', date: day('10/02/2024 07:12', '2024-02-10'), time: '07:12',
    cells: ['CAD 0455/10022024',
      `999 call from suspect stating IP "not breathing". Officers and ambulance on scene 07:21. IP pronounced deceased at 07:48. Suspect arrested on suspicion of murder. Children taken to maternal grandmother's address.`,
      '',
      `MIT notified. Referral to CSC EDT. Scene preserved.`],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('ambulance', 'both', 'other'), C('csc', 'out', 'referral')],
    concerns: ['domestic-abuse', 'criminality'] },
];

// ---------------------------------------------------------------- IDVA SERVICE (csv)
// cells: [Date, Time, Worker, Contact type, Case note]
const idva = [
  { id: 'I1', date: day('30/05/23', '2023-05-30'), time: '09:15',
    cells: ['MARAC Co-ord', 'Referral in', `MARAC referral (MARF) rec'd from Calder & Aire Police. DASH 15, NFS 27/05/23, perp arrested. Listed for MARAC 14/06/23. Research requests sent to CSC, Health (ICB) and Pennine Vale Homes.`],
    contacts: [C('police', 'in', 'referral'), C('csc', 'out', 'information-request'), C('other', 'out', 'information-request'), C('housing', 'out', 'information-request')],
    concerns: ['domestic-abuse'] },
  { id: 'I2', date: day('30/05/23', '2023-05-30'), time: '10:40',
    cells: ['IDVA1', 'Referral in', `IDVA referral rec'd from police – high risk. Allocated IDVA1. Safe number for Sv taken from DASH.`],
    contacts: [C('police', 'in', 'referral')], concerns: ['domestic-abuse'] },
  { id: 'I3', date: day('30/05/23', '2023-05-30'), time: '14:20',
    cells: ['IDVA1', 'Tel - out', `T/c to client on safe number – no answer. No VM left (not confirmed safe).`],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: [] },
  { id: 'I4', date: day('31/05/23', '2023-05-31'), time: '11:05',
    cells: ['IDVA1', 'Tel - out', `Spoke to client – safe to talk. CS on bail, staying at his mum's. Client says she "doesn't want to make a big thing of it". Described CS going through her phone every night and keeping her bank card; says she has stopped going to her mum's as "it just causes rows". Initial safety plan agreed. F2F booked at Calderbrook Family Hub 07/06.`],
    contacts: [C('family', 'out', 'phone-call')], concerns: ['domestic-abuse'] },
  { id: 'I5', date: day('07/06/23', '2023-06-07'), time: '13:00',
    cells: ['IDVA1', 'F2F', `Client attended appt at Family Hub. Tearful, not sleeping, "on edge all the time". DASH with client – 17. Discussed Clare's Law, non-mol, sanctuary scheme – client wants to stay in her tenancy, consents to sanctuary referral via MARAC. Sv advised to see GP about sleep/anxiety.`],
    contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'parental-mental-health'] },
  { id: 'I6', date: day('14/06/23', '2023-06-14'), time: '',
    cells: ['MARAC Co-ord', 'MARAC', `MARAC minutes – case 7 of 11. Chair: DI 4410 (Police). Present: Police, IDVA (CDAS), CSC (Front Door TM), Health (ICB Safeguarding Nurse). Apologies: Pennine Vale Homes (research rec'd). Children: K (9), M (6) – Holme Lane Primary. Perp CS – alcohol and steroid use per police. Actions: 1. IDVA – continue support/safety plan. 2. PVH – sanctuary measures, reinforced door. 3. Health – flag GP records (Sv + children). 4. CSC – review PPNs, consider C&F assessment. 5. Police – address marker.`],
    contacts: meeting('da-service', MARAC1), concerns: ['domestic-abuse', 'substance-misuse'], dup: 'P8' },
  { id: 'I7', date: day('20/06/23', '2023-06-20'), time: '10:00',
    cells: ['IDVA1', 'Tel - out', `T/c to client – answered by a male who asked who was calling. IDVA1 said wrong number and ended call. ?CS back at address.`],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['domestic-abuse'] },
  { id: 'I8', date: day('?23/06/23', '2023-06-23', true), time: '',
    cells: ['IDVA1', 'Text', `Text to client safe number: "Hi it's Sam from the Family Hub, give me a ring when you can". No reply.`],
    contacts: [C('family', 'attempted', 'other')], concerns: ['non-engagement'] },
  { id: 'I9', date: day('29/06/23', '2023-06-29'), time: '15:30',
    cells: ['IDVA1', 'Tel - out', `No answer x2 – phone switched off.`],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'I10', date: day('06/07/23', '2023-07-06'), time: '09:45',
    cells: ['IDVA1', 'Tel - out', `No answer – number now unobtainable.`],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { id: 'I11', date: day('13/07/23', '2023-07-13'), time: '',
    cells: ['IDVA TM', 'Supervision', `Case discussed in supervision. No contact with client since 07/06. Agreed: closure letter and close if no contact in 14 days.`],
    contacts: [], concerns: ['non-engagement'] },
  { id: 'I12', date: day('27/07/23', '2023-07-27'), time: '',
    cells: ['MARAC Co-ord', 'Email out', `MARAC minutes and action log (14/06) circulated by secure email to attendees (Police, CSC, Health) and action owners (PVH) – delayed due to coordinator vacancy.`],
    contacts: [C('police', 'out', 'email'), C('csc', 'out', 'email'), C('other', 'out', 'email'), C('housing', 'out', 'email')],
    concerns: ['domestic-abuse'] },
  { id: 'I13', date: day('01/08/23', '2023-08-01'), time: '',
    cells: ['IDVA1', 'Letter', `Closure letter posted to client at home address. Case closed – unable to engage.`],
    contacts: [C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { blank: true },
  { heading: '*** CASE RE-OPENED ***' },
  { id: 'I14', date: day('24/10/23', '2023-10-24'), time: '09:30',
    cells: ['MARAC Co-ord', 'Referral in', `Repeat MARAC referral rec'd from police – incident 21/10, DASH 16. Listed 15/11/23. Research requests sent to CSC, Health (ICB), PVH, Holme Lane Primary and Calderbrook Recovery Service.`],
    contacts: [C('police', 'in', 'referral'), C('csc', 'out', 'information-request'), C('other', 'out', 'information-request'), C('housing', 'out', 'information-request'), C('school', 'out', 'information-request'), C('substance-misuse', 'out', 'information-request')],
    concerns: ['domestic-abuse'] },
  { id: 'I15', date: day('24/10/23', '2023-10-24'), time: '11:10',
    cells: ['IDVA2', 'Referral in', `IDVA re-referral rec'd from police (high). Previously closed 01/08 – unable to engage. Allocated IDVA2. T/c to client – no answer.`],
    contacts: [C('police', 'in', 'referral'), C('family', 'attempted', 'phone-call')], concerns: ['domestic-abuse'] },
  { id: 'I16', date: day('26/10/23', '2023-10-26'), time: '16:50',
    cells: ['IDVA2', 'Tel - in', `Client rang from her mum's landline. CS on bail, not at address. Client "exhausted", on tablets from GP for anxiety. Says CS has had her wages paid into his account since the summer. F2F agreed at mum's 30/10.`],
    contacts: [C('family', 'in', 'phone-call')], concerns: ['domestic-abuse', 'parental-mental-health'] },
  { id: 'I17', date: day('30/10/23', '2023-10-30'), time: '11:00',
    cells: ['IDVA2', 'Home visit', `Seen at client's mum's address, mum present for part. DASH 18. Safety plan updated (new phone, code word with mum). Client consents to PVH management transfer – IDVA support letter to follow. Mum says she applied under Clare's Law in Sept and has "heard nothing" – IDVA2 emailed police DVDS inbox to chase.`],
    contacts: [C('family', 'out', 'home-visit'), C('police', 'out', 'email')], concerns: ['domestic-abuse', 'housing'] },
  { id: 'I18', date: day('02/11/23', '2023-11-02'), time: '',
    cells: ['IDVA2', 'Email out', `Support letter emailed to Pennine Vale Homes Lettings for management transfer – high risk DA, repeat MARAC.`],
    contacts: [C('housing', 'out', 'email')], concerns: ['domestic-abuse', 'housing'] },
  { id: 'I19', date: day('15/11/23', '2023-11-15'), time: '',
    cells: ['MARAC Co-ord', 'MARAC', `Repeat MARAC minutes – case 3 of 9. Chair: DI 4410 (Police). Present: Police, IDVA (CDAS), CSC, Health (ICB), Pennine Vale Homes, Holme Lane Primary (DSL), Calderbrook Recovery Service (RW2). Actions: 1. PVH – expedite transfer. 2. CRS – notify police & IDVA if CS disengages. 3. School – DSL to support children, share any concerns with CSC. 4. Police – enforce bail conditions. 5. IDVA – continue support.`],
    contacts: meeting('da-service', MARAC2), concerns: ['domestic-abuse'], dup: 'P15' },
  { id: 'I20', date: day('21/11/23', '2023-11-21'), time: '14:15',
    cells: ['IDVA2', 'Tel - out', `Spoke to client. Says she is "fine now", CS has "calmed down since he got charged" and she wants to "give it a go for the kids". Risks explored. Client declined further support at this time.`],
    contacts: [C('family', 'out', 'phone-call')], concerns: ['domestic-abuse', 'non-engagement'] },
  { id: 'I21', date: day('19/12/23', '2023-12-19'), time: '',
    cells: ['IDVA2', 'Closure', `Case closed – client declined support 21/11, no contact since. Closure summary emailed to MARAC coordinator and Police DA Unit.`],
    contacts: [C('police', 'out', 'email')], concerns: ['non-engagement'] },
];

// ---------------------------------------------------------------- GP (xlsx, two sheets)
// cells: [Date, Clinician, Consultation type, Problem / code, Notes]
const gpJ = [
  { id: 'J1', y: [2023, 2, 14], cells: ['Dr GP1', 'Telephone', 'Sleep disturbance', `T/C. pt c/o poor sleep and feeling "wound up" for a few months. Works p/t at supermarket, 2 children. No SI. Sleep hygiene advice. Info re self-referral to Calder Minds (NHS Talking Therapies) given. Declined medication.`],
    contacts: [C('family', 'out', 'phone-call')], concerns: ['parental-mental-health'] },
  { id: 'J2', y: [2023, 6, 22], cells: ['Admin', 'Correspondence', 'Letter in', `Letter rec'd Calder Minds – pt self-referred 12/04/23, did not opt in after 2 contact attempts, discharged.`],
    contacts: [C('adult-mh', 'in', 'letter')], concerns: ['parental-mental-health', 'non-engagement'] },
  { id: 'J3', y: [2023, 7, 11], cells: ['Dr GP2', 'Face to face', 'Anxiety disorder', `pt attended with partner who answered most questions. c/o anxiety, panic attacks, poor sleep, wt loss ~4kg. Partner says she "worries about everything" and "needs something to calm her down". GAD-7 17. Rx sertraline 50mg od. r/v 4/52.`],
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'domestic-abuse'] },
  { id: 'J4', y: [2023, 8, 8], cells: ['Safeguarding admin', 'Correspondence', 'Subject of MARAC', `Notification from ICB Safeguarding Team: pt discussed at MARAC 14/06/23 – high risk DA. Alert added to record. Children's records (K, M) coded.`],
    contacts: [C('other', 'in', 'notification')], concerns: ['domestic-abuse'] },
  { id: 'J5', y: [2023, 8, 15], cells: ['Dr GP2', 'Telephone', 'Medication review', `Telephone r/v – no answer x2. DNA. Text sent to rebook.`],
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { id: 'J6', y: [2023, 9, 5], cells: ['Dr GP1', 'Face to face', 'Anxiety disorder', `pt attended alone. Anxiety "a bit better", still poor sleep. Tolerating sertraline. Continue Rx sertraline 50mg. r/v 1/12.`],
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health'] },
  { id: 'J7', y: [2023, 10, 3], cells: ['Dr GP1', 'Face to face', 'Depressive episode', `pt tearful ++. c/o low mood, not eating. Says partner checks her phone every night and keeps her bank card, she hasn't seen her mum "for months" because he doesn't like it – "it's just how he is". Says he is "worse when he's on his cycle". Denies physical harm. PHQ-9 19, no SI. Sertraline increased to 100mg. Advised to contact CDAS if feels unsafe – leaflet given. r/v 4/52.`],
    contacts: [C('family', 'in', 'attendance')], concerns: ['parental-mental-health', 'domestic-abuse'] },
  { id: 'J8', y: [2023, 10, 31], cells: ['Dr GP1', 'Telephone', 'Medication review', `DNA telephone r/v. No answer x2.`],
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { id: 'J9', y: [2023, 11, 24], cells: ['Safeguarding admin', 'Correspondence', 'Subject of MARAC', `Repeat MARAC notification (15/11/23) rec'd from ICB Safeguarding Team. Alert updated.`],
    contacts: [C('other', 'in', 'notification')], concerns: ['domestic-abuse'] },
  { id: 'J10', y: [2023, 12, 12], cells: ['Dr GP2', 'Telephone', 'Anxiety disorder', `pt rang requesting repeat. Says things are "much better now". Rx sertraline 100mg x56.`],
    contacts: [C('family', 'in', 'phone-call')], concerns: ['parental-mental-health'] },
  { id: 'J11', y: [2024, 1, 16], cells: ['PN1', 'Face to face', 'Cervical screening', `Smear taken. pt quiet. Bruise noted L wrist – pt said she caught it on the door. Nil else.`],
    contacts: [C('family', 'in', 'attendance')], concerns: ['injury'] },
];
const gpC = [
  { id: 'C1', y: [2023, 3, 20], cells: ['Dr GP3', 'Face to face', 'Alcohol misuse; Anabolic steroid misuse', `pt c/o irritability, poor sleep, "short fuse". Gym 6x/wk. Admits using testosterone + trenbolone in cycles, bought online. Alcohol ~40 units/wk. BP 148/92. LFTs requested. Advised stop AAS. Referred to Calderbrook Recovery Service (alcohol/IPED).`],
    contacts: [C('family', 'in', 'attendance'), C('substance-misuse', 'out', 'referral')], concerns: ['substance-misuse', 'parental-mental-health'] },
  { id: 'C2', y: [2023, 3, 27], cells: ['Dr GP3', 'Telephone', 'Abnormal LFTs', `T/C pt – ALT 112, GGT 190. Discussed alcohol and AAS effect on liver. Repeat LFTs 3/12.`],
    contacts: [C('family', 'out', 'phone-call')], concerns: ['substance-misuse'] },
  { id: 'C3', y: [2023, 6, 5], cells: ['Dr GP3', 'Telephone', 'Anger', `pt rang requesting "something for my anger". Says "things have been tough at home, the police came out and it's all blown up". Advised continue with Recovery service, anger mgmt self-help info. No Rx.`],
    contacts: [C('family', 'in', 'phone-call')], concerns: ['parental-mental-health', 'domestic-abuse'] },
  { id: 'C4', y: [2024, 1, 18], cells: ['Admin', 'Correspondence', 'Letter in', `Letter rec'd Calderbrook Recovery Service – pt discharged 16/01/24 following 3 DNAs.`],
    contacts: [C('substance-misuse', 'in', 'letter')], concerns: ['non-engagement', 'substance-misuse'] },
];
for (const e of [...gpJ, ...gpC]) {
  const [y, m, d] = e.y;
  e.iso = iso(y, m, d);
  e.raw = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  e.date = day(e.raw, e.iso);
  e.time = null;
}

// ---------------------------------------------------------------- RECOVERY + HOUSING (txt)
// paragraphs: arrays of entries (each entry = one or more sentences); strings = undated prose
const recovery = [
  `Calderbrook Recovery Service (CRS) is the commissioned adult drug and alcohol service for Calderbrook. Craig Stannard was open to the service for alcohol and image and performance enhancing drug (IPED) use. This chronology was prepared by the Service Manager from the case management system.`,
  [{ id: 'R1', date: day('28 March 2023', '2023-03-28'),
     text: `On 28 March 2023 the service received a referral from Beck Street Surgery (GP3) for Craig, for support with alcohol use and anabolic steroid (IPED) use. The referral was screened the same day and an assessment appointment offered.`,
     contacts: [C('gp', 'in', 'referral')], concerns: ['substance-misuse'] }],
  [{ id: 'R2', date: day('12 April 2023', '2023-04-12'),
     text: `Craig attended a comprehensive assessment with Recovery Worker 1 (RW1) on 12 April 2023. He reported drinking about 40 units a week, mostly at weekends, and injecting testosterone and trenbolone in cycles of around ten weeks. He said he lived with his partner and two children and that things "get heated" with his partner when he has been drinking. The children's names, ages and school were not recorded. AUDIT score 22.`,
     contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse', 'domestic-abuse'] }],
  [{ id: 'R3', date: day('3 May', '2023-05-03'),
     text: `At a one-to-one session on 3 May Craig said that the police had been called to the house "over nothing" and that he had had to pay for a door. RW1 recorded "DA? – explore next session".`,
     contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse'] }],
  [{ id: 'R4', date: day('17 May 2023', '2023-05-17'),
     text: `Craig did not attend his appointment on 17 May 2023.`,
     contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
   { id: 'R5', date: day('the following day', '2023-05-18'),
     text: `He rang the following day to apologise, saying he had been "in a state" over the weekend.`,
     contacts: [C('family', 'in', 'phone-call')], concerns: [] }],
  [{ id: 'R6', date: day('7 June', '2023-06-07'),
     text: `At a session on 7 June Craig told RW1 that he had been arrested "for grabbing her" after a night out, that he was on bail and not allowed home, and that she "winds him up". He said that when he is on a cycle he "can't control it". RW1 gave harm reduction advice on steroid use and booked a further session. No safeguarding referral was made and the information was not shared outside the service.`,
     contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'criminality', 'substance-misuse'] }],
  [{ id: 'R7', date: day('21 June', '2023-06-21'),
     text: `At a session on 21 June Craig said he was back home "as the police dropped it". He said he keeps an eye on his partner's phone "because she's been talking to her ex" and that he "handles the money" because she "can't be trusted with it". He said he was drinking less but had started a new cycle.`,
     contacts: [C('family', 'in', 'attendance')], concerns: ['domestic-abuse', 'substance-misuse'] }],
  [{ id: 'R8', date: day('24 July 2023', '2023-07-24'),
     text: `On 24 July 2023 the case was transferred to Recovery Worker 2 (RW2) when RW1 left the service. The handover summary read "alcohol reduced, IPED harm reduction ongoing, engaging well" and did not mention the disclosures about his partner.`,
     contacts: [], concerns: ['substance-misuse'] }],
  [{ id: 'R9', date: day('9 August 2023', '2023-08-09'),
     text: `RW2 met Craig for the first time on 9 August 2023. He reported drinking "a few cans" most nights. His daughter, aged about six, came with him and sat in the waiting area during the session.`,
     contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
   { id: 'R10', date: rng('6 September and 4 October 2023', '2023-09-06', '2023-10-04'),
     text: `Sessions on 6 September and 4 October 2023 were attended and focused on alcohol reduction and safer injecting.`,
     contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] }],
  [{ id: 'R11', date: day('25 October 2023', '2023-10-25'),
     text: `On 25 October 2023 the service received a MARAC research request from the MARAC coordinator at CDAS. This was the first time RW2 knew that Craig's partner had been assessed as at high risk.`,
     contacts: [C('da-service', 'in', 'information-request')], concerns: ['domestic-abuse'] },
   { id: 'R12', date: day('1 November', '2023-11-01'),
     text: `RW2 returned the research form on 1 November, sharing Craig's attendance record and substance use but not the earlier disclosures recorded by RW1.`,
     contacts: [C('da-service', 'out', 'information-share')], concerns: ['substance-misuse'] }],
  [{ id: 'R13', date: day('15 November 2023', '2023-11-15'),
     text: `RW2 attended the repeat MARAC on 15 November 2023 with police, CDAS, children's social care, health, housing and the children's school. The service agreed to tell police and the IDVA service if Craig disengaged.`,
     contacts: meeting('substance-misuse', MARAC2), concerns: ['domestic-abuse'], dup: 'P15' }],
  [{ id: 'R14', date: rng('6 December, 20 December 2023 and 3 January 2024', '2023-12-06', '2024-01-03'),
     text: `Craig did not attend appointments on 6 December, 20 December 2023 and 3 January 2024; an appointment letter was sent after each.`,
     contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
   { id: 'R15', date: day('16 January 2024', '2024-01-16'),
     text: `On 16 January 2024 he was discharged under the service's non-engagement policy and a discharge letter was sent to his GP. Police and CDAS were not told.`,
     contacts: [C('gp', 'out', 'letter')], concerns: ['non-engagement'] }],
  `Service comment: the service did not have a domestic abuse routine enquiry in its assessment at the time and staff had not had training on IPED use and domestic abuse. Think Family screening is now mandatory at assessment.`,
];
const housing = [
  `Pennine Vale Homes (PVH) is a housing association. Ms Kellett was the sole tenant of 14 Rookery Close, a three-bedroom house; Mr Stannard was not on the tenancy. Records were reviewed by the Safeguarding Lead.`,
  [{ id: 'H1', date: day('7 March 2023', '2023-03-07'),
     text: `On 7 March 2023 the neighbour at number 16 phoned the Neighbourhood Officer (NO1) to complain about shouting, a woman crying and banging late at night "most weekends". NO1 logged a noise nuisance case and wrote to Ms Kellett.`,
     contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'letter')], concerns: ['domestic-abuse', 'housing'] },
   { id: 'H2', date: day('15 March 2023', '2023-03-15'),
     text: `Ms Kellett rang NO1 on 15 March 2023 in response to the letter and said it was "just arguments" and would stop. The noise case was closed.`,
     contacts: [C('family', 'in', 'phone-call')], concerns: ['domestic-abuse'] }],
  [{ id: 'H3', date: day('2 May 2023', '2023-05-02'),
     text: `On 2 May 2023 the repairs team replaced a damaged internal door and filled a hole in a bedroom wall at the property. The operative's job note says "door kicked in". The cost (£180) was recharged to the tenant.`,
     contacts: [C('family', 'out', 'home-visit')], concerns: ['housing'] }],
  [{ id: 'H4', date: rng('early June 2023', '2023-06-01', '2023-06-10'),
     text: `In early June 2023 the Income Officer identified rent arrears of £612, the first arrears on the account.`,
     contacts: [], concerns: ['housing'] },
   { id: 'H5', date: rng('6 and 9 June', '2023-06-06', '2023-06-09'),
     text: `The Income Officer's calls to Ms Kellett about the arrears on 6 and 9 June were not answered.`,
     contacts: [C('family', 'attempted', 'phone-call')], concerns: ['housing', 'non-engagement'] },
   { id: 'H6', date: day('8 June 2023', '2023-06-08'),
     text: `On 8 June 2023 the Tenancy Services Manager returned a MARAC research form to CDAS, noting the noise complaint, the door repair and the new arrears. Housing sent apologies for the MARAC meeting itself as no manager was available.`,
     contacts: [C('da-service', 'out', 'information-share')], concerns: ['domestic-abuse', 'housing'] }],
  [{ id: 'H7', date: day('27 July 2023', '2023-07-27'),
     text: `The MARAC minutes and action log were received by email from CDAS on 27 July 2023, with an action for housing to fit sanctuary measures and a reinforced front door, and a sanctuary scheme referral was raised that day.`,
     contacts: [C('da-service', 'in', 'email')], concerns: ['domestic-abuse', 'housing'] }],
  [{ id: 'H8', date: day('10 August 2023', '2023-08-10'),
     text: `A surveyor tried to visit on 10 August 2023 to assess for the sanctuary works; there was no answer and a card was left.`,
     contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
   { id: 'H9', date: day('24 August', '2023-08-24'),
     text: `On 24 August Ms Kellett rang the surveyor and said she did not want any works done "because he'll ask what it's for". The sanctuary referral was closed.`,
     contacts: [C('family', 'in', 'phone-call')], concerns: ['domestic-abuse', 'non-engagement'] }],
  [{ id: 'H10', date: day('3 November 2023', '2023-11-03'),
     text: `On 3 November 2023 a support letter was received by email from the IDVA at CDAS supporting a management transfer on the grounds of high-risk domestic abuse. Ms Kellett's transfer application was registered in Band A (urgent).`,
     contacts: [C('da-service', 'in', 'email')], concerns: ['domestic-abuse', 'housing'] },
   { id: 'H11', date: day('15 November 2023', '2023-11-15'),
     text: `The Tenancy Services Manager attended the repeat MARAC on 15 November 2023 with police, CDAS, children's social care, health, the school and the recovery service.`,
     contacts: meeting('housing', MARAC2), concerns: ['domestic-abuse'], dup: 'P15' }],
  [{ id: 'H12', date: month('December 2023', 2023, 12),
     text: `In December 2023 two properties were offered through the transfer; Ms Kellett refused both, saying they were too far from the children's school.`,
     contacts: [C('family', 'out', 'other')], concerns: ['housing'] }],
  [{ id: 'H13', date: day('9 January 2024', '2024-01-09'),
     text: `On 9 January 2024 the neighbour at number 16 phoned NO1 to report "screaming and things being thrown" at number 14 on the night of 6 January. This was logged as a repeat noise nuisance complaint and a warning letter about noise was sent to Ms Kellett. No contact was made with police or CDAS.`,
     contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'letter')], concerns: ['domestic-abuse', 'housing'] }],
  `PVH comment: the Neighbourhood Officer was not aware of the MARAC flag, which was held on the Tenancy Services Manager's file and not on the housing management system.`,
];

// ---------------------------------------------------------------- SCHOOL + CSC (csv, agency column)
// cells: [Date, Agency, Recorded by, Event / contact, Action / outcome]
const schoolCsc = [
  { id: 'S1', date: day('Mon 6th March 23', '2023-03-06'), agency: 'csc', time: null,
    cells: ['SW1 (Front Door)', `PPN rec'd from police – verbal DA incident 04/03, standard risk. Children asleep at time. No previous CSC involvement.`, `Level 1 – info only. NFA. Letter to mum with CDAS details.`],
    contacts: [C('police', 'in', 'notification'), C('family', 'out', 'letter')], concerns: ['domestic-abuse'] },
  { id: 'S2', date: day('6th March', '2023-03-06'), agency: 'school', time: '08:20',
    cells: ['DSL', `Op Encompass notification rec'd 8.20am – police attended home Sat 4th (DA). Class teachers Y4/Y1 informed.`, `Monitor. K – ELSA check-in offered. Logged on CPOMS.`],
    contacts: [C('police', 'in', 'notification')], concerns: ['domestic-abuse'] },
  { id: 'S3', date: week('w/c 20th March', '2023-03-20'), agency: 'school', time: null,
    cells: ['Class teacher Y4', `Kayden tired, fell asleep in afternoon lessons twice this week. Said "mum and Craig were shouting again".`, `CPOMS – DSL aware.`],
    contacts: [], concerns: ['domestic-abuse'] },
  { id: 'S4', date: day('3rd May', '2023-05-03'), agency: 'school', time: null,
    cells: ['DSL', `Mum came in to discuss Millie's attendance (88%). Mum said Millie is "clingy" and doesn't want to leave her. Mum looked very tired.`, `Attendance support plan agreed. Early Help offered – mum declined.`],
    contacts: [C('family', 'in', 'attendance')], concerns: ['neglect', 'non-engagement'] },
  { id: 'S5', date: day('Tues 30th May', '2023-05-30'), agency: 'csc', time: null,
    cells: ['SW2 (Front Door)', `PPN rec'd from police re 27/05 – recorded as verbal altercation after night out, partner arrested and on bail away from the home. Children not injured. Previous: 1 x PPN (06/03/23).`, `Level 2 – universal plus. Letter to mum signposting to CDAS. NFA for CSC.`],
    contacts: [C('police', 'in', 'notification'), C('family', 'out', 'letter')], concerns: ['domestic-abuse', 'criminality'] },
  { id: 'S6', date: day('Mon 5th June', '2023-06-05'), agency: 'school', time: '08:10',
    cells: ['DSL', `Encompass rec'd 8.10am re incident Sat 27/05 (half term). Police advise K may have witnessed.`, `DSL spoke to K – said he "heard a bang and mum crying". ELSA weekly. Police/CSC already aware – no referral.`],
    contacts: [C('police', 'in', 'notification')], concerns: ['domestic-abuse'] },
  { id: 'S7', date: day('14th June', '2023-06-14'), agency: 'csc', time: null,
    cells: ['TM1', `Attended MARAC with police, CDAS and health (ICB). High risk DA – NFS 27/05.`, `Agreed: allocate for C&F assessment. Allocated SW3.`],
    contacts: meeting('csc', MARAC1), concerns: ['domestic-abuse'], dup: 'P8' },
  { id: 'S8', date: day('22nd June', '2023-06-22'), agency: 'csc', time: null,
    cells: ['SW3', `Home visit. Mum, K and M seen. Mum says Craig back home since police NFA'd it, says 27/05 was "a one-off when he'd had a drink". Children seen together, presented well.`, `C&F assessment ongoing – checks with school and GP planned.`],
    contacts: [C('family', 'out', 'home-visit')], concerns: ['domestic-abuse', 'substance-misuse'] },
  { id: 'S9', date: day('17th July', '2023-07-17'), agency: 'csc', time: null,
    cells: ['SW3', `Home visit – no answer. Card left.`, `Rearrange.`],
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { id: 'S10', date: day('Thurs 3rd Augst', '2023-08-03'), agency: 'csc', time: null,
    cells: ['SW3', `PPN rec'd from police – 02/08, argument in street about money, IP declined DASH, standard.`, `Added to open assessment.`],
    contacts: [C('police', 'in', 'notification')], concerns: ['domestic-abuse'] },
  { id: 'S11', date: day('Fri 4th August', '2023-08-04'), agency: 'csc', time: null,
    cells: ['SW3', `C&F assessment completed. Information from mum and police PPNs (06/03, 27/05, 02/08). School closed for summer – not contacted. Mum reports Craig "getting help for his drinking" and relationship "much better". Protective factors: mum engaging with IDVA, aware of risks.`, `Closed – NFA. Outcome letter to mum. Authorised TM1.`],
    contacts: [C('family', 'out', 'letter')], concerns: ['domestic-abuse', 'substance-misuse'] },
  { id: 'S12', date: day('19th September', '2023-09-19'), agency: 'school', time: null,
    cells: ['Class teacher Y2', `Millie said "daddy shouts at mummy and makes her cry" and that daddy has "special medicine he puts in his leg with a needle".`, `CPOMS – DSL informed. Monitor.`],
    contacts: [], concerns: ['domestic-abuse', 'substance-misuse'] },
  { id: 'S13', date: day('Mon 30th October', '2023-10-30'), agency: 'school', time: null,
    cells: ['Office manager / DSL', `Mum asked at office for a free breakfast club place for M as "money's really tight". Office manager noticed bruising to mum's forearm – mum said she'd banged it. DSL informed. No Encompass rec'd.`, `DSL to keep under review.`],
    contacts: [C('family', 'in', 'attendance')], concerns: ['injury', 'other'] },
  { id: 'S14', date: day('Wed 15th November', '2023-11-15'), agency: 'school', time: null,
    cells: ['DSL', `Attended repeat MARAC (police, CDAS, CSC, health, housing, Calderbrook Recovery).`, `School actions: support K & M, share concerns with CSC.`],
    contacts: meeting('school', MARAC2), concerns: ['domestic-abuse'], dup: 'P15' },
  { id: 'S15', date: day('Wed 22nd November', '2023-11-22'), agency: 'school', time: '11:40',
    cells: ['DSL', `K disclosed to ELSA that Craig "grabbed mum by the neck again" at the weekend and he hid in the bathroom with Millie.`, `Referral to CSC Front Door via portal 11.40am. Mum phoned and informed of referral.`],
    contacts: [C('csc', 'out', 'referral'), C('family', 'out', 'phone-call')], concerns: ['domestic-abuse'] },
  { id: 'S16', date: day('23rd November', '2023-11-23'), agency: 'csc', time: null,
    cells: ['SW2 (Front Door)', `Referral from school – K's disclosure re Craig. Known to MARAC 15/11, IDVA allocated. Mum spoken to by phone – says Craig not living there, K "gets muddled".`, `NFA – risk managed through MARAC. No further role for CSC.`],
    continuation: `TM2 agreed outcome.`,
    contacts: [C('school', 'in', 'referral'), C('family', 'out', 'phone-call')], concerns: ['domestic-abuse'] },
  { id: 'S17', date: day('30th November', '2023-11-30'), agency: 'school', time: null,
    cells: ['DSL', `Email to CSC Front Door requesting outcome of referral 22/11.`, `No reply.`],
    contacts: [C('csc', 'out', 'email')], concerns: [] },
  { id: 'S18', date: day('8th December', '2023-12-08'), agency: 'school', time: null,
    cells: ['DSL', `Phoned Front Door re outcome – left message for SW2.`, `No call back rec'd.`],
    contacts: [C('csc', 'attempted', 'phone-call')], concerns: [] },
  { id: 'S19', date: day('Sat 10th February 24', '2024-02-10'), agency: 'csc', time: '11:30',
    cells: ['EDT SW', `Referral from police: mum found deceased at home, partner arrested on suspicion of murder. Children with maternal grandmother.`, `EDT SW visited MGM 11.30 – children safe. Strategy discussion arranged for 12/02.`],
    contacts: [C('police', 'in', 'referral'), C('family', 'out', 'home-visit')], concerns: ['domestic-abuse', 'criminality'] },
  { id: 'S20', date: day('Mon 12th February', '2024-02-12'), agency: 'school', time: null,
    cells: ['DSL / Head', `Op Encompass notification and call from police re death of mum at the weekend. K & M staying with grandmother.`, `Critical incident plan. Staff briefed.`],
    contacts: [C('police', 'in', 'notification'), C('police', 'in', 'phone-call')], concerns: ['other'] },
];

// ---------------------------------------------------------------- build gold entries (refs)
const FILES = [
  { file: 'police-chronology.docx', agency: 'police', format: 'docx' },
  { file: 'idva-service.csv', agency: 'da-service', format: 'csv' },
  { file: 'gp-record.xlsx', agency: 'gp', format: 'xlsx' },
  { file: 'recovery-and-housing.txt', agency: 'mixed', format: 'txt' },
  { file: 'school-and-csc.csv', agency: 'mixed', format: 'csv' },
];
const refOf = {};
const goldEntries = [];
function joinCells(cells) { return cells.filter((c) => c && c.trim()).join(' | '); }
function add(file, agency, e, text, time) {
  const n = goldEntries.filter((g) => g.ref.startsWith(file + '#')).length + 1;
  const ref = `${file}#${n}`;
  refOf[e.id] = ref;
  checkDow(e.date);
  goldEntries.push({ _id: e.id, ref, agency, date: e.date, time: time || null, text,
    contacts: e.contacts, concerns: e.concerns, _dup: e.dup });
}
for (const e of police) if (e.id) add('police-chronology.docx', 'police', e,
  joinCells(e.cells) + (e.continuation ? ' ' + e.continuation : ''), e.time);
for (const e of idva) if (e.id) add('idva-service.csv', 'da-service', e, joinCells(e.cells), e.time);
for (const e of [...gpJ, ...gpC]) add('gp-record.xlsx', 'gp', e, joinCells(e.cells.slice(0)), null);
for (const p of recovery) if (Array.isArray(p)) for (const e of p) add('recovery-and-housing.txt', 'substance-misuse', e, e.text, null);
for (const p of housing) if (Array.isArray(p)) for (const e of p) add('recovery-and-housing.txt', 'housing', e, e.text, null);
for (const e of schoolCsc) add('school-and-csc.csv', e.agency, e,
  joinCells(e.cells) + (e.continuation ? ' ' + e.continuation : ''), e.time);
// duplicates
const dupGroups = {};
for (const g of goldEntries) if (g._dup) {
  g.duplicateOf = refOf[g._dup];
  (dupGroups[g._dup] ||= [refOf[g._dup]]).push(g.ref);
}
const R = (...ids) => ids.map((i) => { if (!refOf[i]) throw new Error('no ref ' + i); return refOf[i]; });

const gaps = [
  { id: 'CB-G01', code: 'G1', alsoAcceptable: [], from: 'police', to: ['school'], anchors: R('P2', 'P12', 'S13'),
    note: 'Operation Encompass notifications were not sent to Holme Lane Primary after the medium-risk incident of 18/04/2023 (children present, Kayden upset; school was in session) nor after the high-risk incident of 21/10/2023 ("not sent (half term)" although a notification can be sent for the next school day, as police did in June). The school recorded "No Encompass rec\'d" when it saw bruising to Jodie\'s arm on 30/10.' },
  { id: 'CB-G02', code: 'G2', alsoAcceptable: [], from: 'police', to: ['csc'], anchors: R('P2', 'S5', 'S11'),
    note: 'Police record a PPN to the CSC Front Door for the criminal damage incident of 18/04/2023, but CSC has no record of it: the 30/05 screening lists only one previous PPN (06/03) and the C&F assessment lists PPNs of 06/03, 27/05 and 02/08.' },
  { id: 'CB-G03', code: 'G10', alsoAcceptable: ['G3'], from: 'police', to: ['csc'], anchors: R('P4', 'S5'),
    note: 'The PPN for 27/05/2023 was marked HIGH RISK (non-fatal strangulation, DASH 15, child witness, MARAC referral), but the Front Door recorded it as a "verbal altercation after night out" and graded it Level 2 / universal plus with a signposting letter. Only after MARAC did CSC open an assessment.' },
  { id: 'CB-G04', code: 'G6', alsoAcceptable: ['G7'], from: 'da-service', to: ['school', 'substance-misuse'], anchors: R('I6', 'I1', 'P8'),
    note: 'The first MARAC (14/06/2023, coordinated by CDAS) heard a high-risk case with two primary-school children but did not invite or seek research from Holme Lane Primary, which had received two Encompass notifications, nor from Calderbrook Recovery Service, which was treating the perpetrator for alcohol and steroid use and had heard him describe the arrest. Research went only to CSC, Health and PVH.' },
  { id: 'CB-G05', code: 'G5', alsoAcceptable: [], from: 'da-service', to: ['housing'], anchors: R('I12', 'H7'),
    note: 'MARAC minutes and the action for Pennine Vale Homes to fit sanctuary measures were circulated on 27/07/2023, six weeks after the meeting of 14/06 (coordinator vacancy). By the time housing acted, the IDVA had lost contact and Jodie declined the works.' },
  { id: 'CB-G06', code: 'G8', alsoAcceptable: ['G1'], from: 'da-service', to: ['police', 'csc'], anchors: R('I7', 'I8', 'I9', 'I10', 'I11', 'I13'),
    note: 'After 07/06/2023 the IDVA could not reach Jodie: a male answered her phone (20/06), texts went unanswered, the phone was off and then unobtainable. In a high-risk MARAC case the service closed on 01/08 with a letter posted to the home address the perpetrator shared, without telling police, CSC or the MARAC. CSC closed its assessment three days later recording "mum engaging with IDVA".' },
  { id: 'CB-G07', code: 'G7', alsoAcceptable: [], from: 'csc', to: ['school', 'gp', 'da-service'], anchors: R('S11', 'S8'),
    note: 'The C&F assessment was closed on 04/08/2023 on the mother\'s account and police PPNs alone. The planned school and GP checks were not made ("School closed for summer – not contacted") and the IDVA was not asked, so CSC did not learn that the IDVA had lost contact or that the GP had started sertraline with the partner present; a new PPN the day before was simply added to the file.' },
  { id: 'CB-G08', code: 'G1', alsoAcceptable: [], from: 'police', to: ['da-service'], anchors: R('P9', 'P17'),
    note: 'Further incidents at an address with a MARAC marker were not referred back to MARAC/CDAS: 02/08/2023 (woman crying in the street, male shouting, DASH declined) was recorded "Not referred as repeat MARAC – standard risk"; the welfare check of 06/01/2024 (suspect answering her phone, she would not speak to officers alone) was closed without a DASH or any notification.' },
  { id: 'CB-G09', code: 'G5', alsoAcceptable: [], from: 'police', to: ['family'], anchors: R('P10', 'P14', 'I17'),
    note: 'The Clare\'s Law (DVDS Right to Ask) application from Jodie\'s mother was received on 11/09/2023 but the disclosure was not made until 13/11/2023, over 60 days later and well outside the scheme\'s timescale, although police already held the previous-partner history at MARAC in June. The mother told the IDVA she had "heard nothing".' },
  { id: 'CB-G10', code: 'G1', alsoAcceptable: [], from: 'substance-misuse', to: ['police', 'csc'], anchors: R('R2', 'R3', 'R6', 'R7', 'R9'),
    note: 'Calderbrook Recovery heard the perpetrator describe things "getting heated", police call-outs, being arrested "for grabbing her", being unable to control himself on a steroid cycle, monitoring his partner\'s phone and controlling the money, and knew two children lived in the household (one came to a session). No safeguarding referral or information-sharing took place; the children were never identified.' },
  { id: 'CB-G11', code: 'G5', alsoAcceptable: ['G9'], from: 'substance-misuse', to: ['da-service'], anchors: R('R8', 'R12'),
    note: 'The handover from RW1 to RW2 (24/07/2023) omitted the domestic abuse disclosures, and the MARAC research return of 01/11/2023 shared only attendance and substance use, so the repeat MARAC did not hear what the perpetrator had told the service.' },
  { id: 'CB-G12', code: 'G1', alsoAcceptable: ['G3'], from: 'gp', to: ['da-service', 'csc'], anchors: R('J7', 'J4', 'J11', 'C3'),
    note: 'Beck Street Surgery held a MARAC alert from 08/08/2023, heard Jodie describe her partner checking her phone, keeping her bank card and stopping her seeing her mother (03/10), saw an unexplained wrist bruise (16/01/2024), and had heard from the perpetrator (also a patient) that the police had been called. Only a CDAS leaflet was given: no referral to the IDVA/MARAC and no notification to CSC although two children lived in the home.' },
  { id: 'CB-G13', code: 'G3', alsoAcceptable: ['G10'], from: 'school', to: ['csc'], anchors: R('S15', 'S16'),
    note: 'The school\'s referral of 22/11/2023 reported a child\'s account that the perpetrator had again grabbed his mother by the neck while on bail conditions. CSC took NFA after a phone call to the mother ("K gets muddled") on the basis that MARAC was managing risk, with no strategy discussion and nothing passed to police about the apparent breach.' },
  { id: 'CB-G14', code: 'G4', alsoAcceptable: [], from: 'csc', to: ['school'], anchors: R('S16', 'S17', 'S18'),
    note: 'CSC never told the school the outcome of its 22/11/2023 referral; the DSL emailed on 30/11 and phoned on 08/12 without reply.' },
  { id: 'CB-G15', code: 'G8', alsoAcceptable: ['G1'], from: 'substance-misuse', to: ['police', 'da-service'], anchors: R('R14', 'R15', 'I19'),
    note: 'The perpetrator missed three appointments (December–January) and was discharged on 16/01/2024 with a letter to his GP only, contrary to the MARAC action that the service would tell police and the IDVA if he disengaged.' },
  { id: 'CB-G16', code: 'G1', alsoAcceptable: [], from: 'housing', to: ['police', 'da-service'], anchors: R('H13'),
    note: 'On 09/01/2024 a neighbour reported "screaming and things being thrown" at a tenancy twice heard at MARAC. It was logged as noise nuisance and a warning letter went to Jodie; neither police nor CDAS was told (the MARAC flag was not on the housing management system).' },
];

const decoys = [
  { id: 'CB-D01', looksLike: ['G5'], refs: R('P6', 'S6'),
    note: 'The Encompass notification for the Saturday 27/05/2023 incident was sent on 05/06, but the school was closed for half term 29/05–02/06; it was emailed before the start of the first school day and logged by the DSL at 8.10am. Not late.' },
  { id: 'CB-D02', looksLike: ['G2'], refs: R('C1', 'R1', 'R2'),
    note: 'The GP\'s referral of the perpetrator to Calderbrook Recovery (20/03/2023) was received on 28/03 and he was assessed on 12/04. The referral was received and acted on.' },
  { id: 'CB-D03', looksLike: ['G6'], refs: R('P15', 'I19', 'S14', 'R13', 'H11'),
    note: 'The repeat MARAC of 15/11/2023 did include the school (DSL) and Calderbrook Recovery as well as police, CDAS, CSC, health and housing; all five agencies recorded attending.' },
  { id: 'CB-D04', looksLike: ['G8'], refs: R('I21', 'I20'),
    note: 'The second IDVA closure (19/12/2023) followed Jodie\'s own decision to decline support on 21/11 and the closure summary was emailed to the MARAC coordinator and the police DA unit, unlike the first closure.' },
];

const gold = {
  case: CASE,
  title: 'Domestic homicide review: Jodie (Calderbrook) – killed by her partner Craig, February 2024',
  reviewType: 'dhr',
  reviewPeriod: { from: '2023-02-01', to: '2024-02-10' },
  conventions: {
    mash: 'There is no MASH in Calderbrook. The "CSC Front Door" (referral and assessment) is children\'s social care: its rows and any contact naming it are csc.',
    marac: 'The MARAC is chaired by police (DI 4410) and coordinated by CDAS (the MARAC coordinator sits in the DA service), so the convener for G6 is da-service. A referral to the MARAC from police is a referral to "other"; CDAS rows recording receipt of a MARAC referral are da-service in-referrals from police. The "Health" representative at MARAC is the ICB safeguarding nurse: agency "other".',
    services: 'Calderbrook Domestic Abuse Service (CDAS, IDVAs) = da-service. Calderbrook Recovery Service = substance-misuse. Pennine Vale Homes (housing association) = housing. Holme Lane Primary School = school. Beck Street Surgery (GP, practice nurse, admin) = gp. Calder Minds (NHS Talking Therapies) = adult-mh. North Marsh Police (another force) and the magistrates\' court = other.',
    family: 'The victim (IP / Sv / client / pt / Ms Kellett), the perpetrator (suspect / CS / Craig), the children, Jodie\'s mother and the neighbours are all "family". Police interviewing or arresting the suspect is a family contact (out, other). A teacher talking with a pupil in class is not counted as a contact.',
    text: 'For table files the entry text is the cells other than Date, Time and Agency, joined with " | ": police Ref | Incident | Risk | Action; CDAS Worker | Contact type | Case note; GP Clinician | Consultation type | Problem | Notes; school-and-csc Recorded by | Event | Action (the Agency column gives the agency and is not in the text). A continuation row (blank date) is appended to the row above with a space. Section-heading rows ("2024", "*** CASE RE-OPENED ***") and blank rows are not entries.',
    time: 'time = the Time column (police Date/Time, CDAS Time); otherwise an explicit clock time in the text (school "8.20am", "11.40am"; EDT "11.30"); otherwise null.',
    encompass: 'A police record of sending an Encompass notification/PPN and the receiver\'s record of receiving and acting on it are treated as sender/receiver records (not duplicates). Duplicates are the two MARAC meetings, recorded by several agencies.',
    dates: 'GP dates are real Excel date cells shown dd/mm/yyyy. The school-and-csc CSV gives a year only on its first 2023 and first 2024 rows. "?23/06/23" is uncertain. "the following day" in the recovery narrative = 18/05/2023. "Thurs 3rd Augst" is a typo for 3 August 2023.',
  },
  files: FILES,
  entries: goldEntries.map(({ _id, _dup, ...g }) => g),
  gaps,
  duplicates: Object.values(dupGroups),
  decoys,
};

// ---------------------------------------------------------------- write police docx
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel, AlignmentType, PageOrientation } = docx;
function cellP(text, bold = false) { return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] }); }
const widths = [1500, 1700, 6200, 1300, 3800];
const pRows = [new TableRow({ tableHeader: true, children: ['Date/Time', 'Ref', 'Incident', 'Risk (DASH)', 'Action'].map((h, i) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, shading: { fill: 'D9D9D9' }, children: [new Paragraph({ children: [new TextRun({ text: h, bold: true, size: 18 })] })] })) })];
for (const e of police) {
  if (e.heading) { pRows.push(new TableRow({ children: [new TableCell({ columnSpan: 5, shading: { fill: 'F2F2F2' }, children: [new Paragraph({ children: [new TextRun({ text: e.heading, bold: true, size: 18 })] })] })] })); continue; }
  pRows.push(new TableRow({ children: [cellP(e.date.raw), ...e.cells.map((c) => cellP(c))] }));
  if (e.continuation) pRows.push(new TableRow({ children: [cellP(''), cellP(''), cellP(e.continuation), cellP(''), cellP('')] }));
}
const policeDoc = new Document({ sections: [{
  properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
  children: [
    new Paragraph({ children: [new TextRun({ text: 'CALDER & AIRE POLICE – Public Protection Department', bold: true, size: 24 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Domestic Homicide Review – "Jodie" (Calderbrook). Individual Management Review: chronology of police contact', size: 22 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Subjects: Jodie KELLETT (IP, deceased); Craig STANNARD (suspect). Children: Kayden (K) and Millie (M). Address: 14 Rookery Close, Calderbrook.', size: 20 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Period covered: 01/02/2023 to 10/02/2024. Prepared by: DS 5120, Review Team. OFFICIAL-SENSITIVE', size: 20 })] }),
    new Paragraph({ text: '' }),
    new Table({ width: { size: 14500, type: WidthType.DXA }, columnWidths: widths, rows: pRows }),
    new Paragraph({ text: '' }),
    new Paragraph({ children: [new TextRun({ text: 'Abbreviations: IP – injured party; DA – domestic abuse; DASH – Domestic Abuse, Stalking and Harassment risk checklist; PPN – Public Protection Notice; BWV – body worn video; DVDS – Domestic Violence Disclosure Scheme; MIT – Major Investigation Team.', size: 18 })] }),
  ] }] });
fs.writeFileSync(path.join(OUT, 'police-chronology.docx'), await Packer.toBuffer(policeDoc));

// ---------------------------------------------------------------- write CSVs
function csvCell(s) { s = s ?? ''; return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function csvRow(cells) { return cells.map(csvCell).join(','); }
{
  const lines = [
    csvRow(['Calderbrook Domestic Abuse Service (CDAS) – case notes export', '', '', '', '']),
    csvRow(['Client: Jodie K (CDAS/23/0587). Prepared for DHR panel – IDVA Service Manager', '', '', '', '']),
    csvRow(['Date', 'Time', 'Worker', 'Contact type', 'Case note']),
  ];
  for (const e of idva) {
    if (e.blank) { lines.push(',,,,'); continue; }
    if (e.heading) { lines.push(csvRow([e.heading, '', '', '', ''])); continue; }
    lines.push(csvRow([e.date.raw, e.time || '', ...e.cells]));
  }
  fs.writeFileSync(path.join(OUT, 'idva-service.csv'), lines.join('\r\n') + '\r\n');
}
{
  const lines = [
    csvRow(['Calderbrook Council – Children and Families: combined chronology for DHR "Jodie" (Holme Lane Primary School and Children\'s Social Care)', '', '', '', '']),
    csvRow(['Children: Kayden (K) Y4 (Y5 from Sept 23); Millie (M) Y1 (Y2 from Sept 23)', '', '', '', '']),
    csvRow(['Date', 'Agency', 'Recorded by', 'Event / contact', 'Action / outcome']),
  ];
  const agName = { csc: 'CSC', school: 'School' };
  for (const e of schoolCsc) {
    lines.push(csvRow([e.date.raw, agName[e.agency], ...e.cells]));
    if (e.continuation) lines.push(csvRow(['', '', '', e.continuation, '']));
  }
  fs.writeFileSync(path.join(OUT, 'school-and-csc.csv'), lines.join('\r\n') + '\r\n');
}

// ---------------------------------------------------------------- write GP xlsx
{
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Beck Street Surgery';
  for (const [name, patient, rows] of [['KELLETT J', 'Patient: Jodie KELLETT (deceased)   NHS no: [redacted]', gpJ], ['STANNARD C', 'Patient: Craig STANNARD   NHS no: [redacted]', gpC]]) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['Beck Street Surgery, Calderbrook – extract of clinical record for Domestic Homicide Review']);
    ws.addRow([patient]);
    ws.addRow([]);
    const h = ws.addRow(['Date', 'Clinician', 'Consultation type', 'Problem / Code', 'Notes']);
    h.font = { bold: true };
    for (const e of rows) {
      const [y, m, d] = e.y;
      const r = ws.addRow([new Date(Date.UTC(y, m - 1, d)), ...e.cells]);
      r.getCell(1).numFmt = 'dd/mm/yyyy';
      r.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    }
    ws.getColumn(1).width = 12; ws.getColumn(2).width = 16; ws.getColumn(3).width = 16; ws.getColumn(4).width = 26; ws.getColumn(5).width = 90;
  }
  await wb.xlsx.writeFile(path.join(OUT, 'gp-record.xlsx'));
}

// ---------------------------------------------------------------- write narrative txt
{
  const out = [];
  out.push('DOMESTIC HOMICIDE REVIEW – "JODIE" (CALDERBROOK)');
  out.push('Agency chronologies: Calderbrook Recovery Service and Pennine Vale Homes');
  out.push('');
  out.push('1. CALDERBROOK RECOVERY SERVICE – contact with Craig Stannard');
  out.push('');
  for (const p of recovery) { out.push(Array.isArray(p) ? p.map((e) => e.text).join(' ') : p); out.push(''); }
  out.push('');
  out.push('2. PENNINE VALE HOMES – tenancy and neighbourhood records, 14 Rookery Close');
  out.push('');
  for (const p of housing) { out.push(Array.isArray(p) ? p.map((e) => e.text).join(' ') : p); out.push(''); }
  fs.writeFileSync(path.join(OUT, 'recovery-and-housing.txt'), out.join('\n'));
}

// ---------------------------------------------------------------- gold + README
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

const count = (f) => goldEntries.filter((g) => g.ref.startsWith(f + '#')).length;
const byCode = {};
for (const g of gaps) byCode[g.code] = (byCode[g.code] || 0) + 1;
const readme = `# ${CASE} – invented domestic homicide review (Calderbrook, Yorkshire)

Everything here is fictional: Calderbrook, Calder & Aire Police, CDAS, Beck Street Surgery,
Calderbrook Recovery Service, Pennine Vale Homes, Holme Lane Primary and every person.

## The case
- **Jodie Kellett** ("Jodie", 31), sole tenant of 14 Rookery Close, Calderbrook; killed by her partner on 10/02/2024.
- **Craig Stannard** (36), her partner, living with her; heavy drinker and user of anabolic steroids (testosterone, trenbolone).
- **Kayden** (K, 9, Year 4 then 5) and **Millie** (M, 6, Year 1 then 2), both at Holme Lane Primary. Millie is Craig's daughter.
- **Pauline Kellett**, Jodie's mother, who applies under Clare's Law (DVDS Right to Ask).
- Review period 01/02/2023 – 10/02/2024.

Police attend four DA incidents (DASH standard in March, medium in April, high in May after non-fatal
strangulation, high again in October) and a welfare check in January. The May incident goes to MARAC (June)
and a repeat MARAC (November). The IDVA loses contact within two weeks of the first MARAC and closes
without telling anyone; the MARAC minutes go out six weeks late; CSC downgrades the high-risk PPN, never
logs the April PPN and closes its assessment on Jodie's word. The GP treats Jodie's anxiety with sertraline
while her partner answers for her, and later hears her describe phone-monitoring, control of money and
isolation from her mother without referring. The recovery service hears Craig describe the arrest and his
controlling behaviour and shares nothing, then discharges him without telling police or CDAS. Encompass
notifications are missed in April and October. The Clare's Law disclosure takes more than 60 days. Housing
treats screaming at the address as noise nuisance.

## Files
| file | agency | layout |
|---|---|---|
| police-chronology.docx | police | title lines, one Word table (Date/Time, Ref, Incident, Risk (DASH), Action), one continuation row, a "2024" heading row, abbreviations footnote (${count('police-chronology.docx')} entries) |
| idva-service.csv | da-service | two title lines, header, case notes incl. two MARAC minutes with attendee lists, a blank row and a "CASE RE-OPENED" row (${count('idva-service.csv')} entries) |
| gp-record.xlsx | gp | two sheets (Jodie, Craig), title rows, Excel date cells (${count('gp-record.xlsx')} entries) |
| recovery-and-housing.txt | mixed | one narrative: section 1 Calderbrook Recovery Service (substance-misuse), section 2 Pennine Vale Homes (housing); undated intro/comment paragraphs (${count('recovery-and-housing.txt')} entries) |
| school-and-csc.csv | mixed | combined table with an Agency column (School / CSC), dates without year after the first of each year, a continuation row (${count('school-and-csc.csv')} entries) |

Total ${goldEntries.length} entries; ${gaps.length} gaps (${Object.entries(byCode).map(([k, v]) => k + '×' + v).join(', ')}); ${decoys.length} decoys; ${Object.keys(dupGroups).length} duplicate groups.

## Case-specific conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

Generated by \`node /work/blind/generators/${CASE}.mjs\`.
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
console.log('entries', goldEntries.length, Object.fromEntries(FILES.map((f) => [f.file, count(f.file)])), 'gaps', byCode, 'dups', Object.values(dupGroups));
