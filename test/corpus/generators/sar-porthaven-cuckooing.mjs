// Generator for the invented SAR case "sar-porthaven-cuckooing".
// Writes the agency files, gold.json and README.md from one source of truth.
// Run: node /work/blind/generators/sar-porthaven-cuckooing.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'sar-porthaven-cuckooing';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- date helpers ----------
const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function day(raw, iso, uncertain = false) {
  return { raw, earliest: iso, latest: iso, precision: 'day', uncertain };
}
function month(raw, ym) {
  const [y, m] = ym.split('-').map(Number);
  return { raw, earliest: `${ym}-01`, latest: `${ym}-${pad(lastDay(y, m))}`, precision: 'month', uncertain: false };
}
function range(raw, from, to, precision = 'range') {
  return { raw, earliest: from, latest: to, precision, uncertain: false };
}
const C = (w, d, t) => ({ with: w, direction: d, type: t });

// ---------- entries ----------
// Each entry: key, agency, date, time, cells (table files) or text, contacts, concerns.

// ===== multi-agency-return.docx =====
// Part 1 – ASC: Date | Worker / Team | Type of contact | Details | Outcome / Decision
const asc = [
  { key: 'A1', date: month('Nov 2022', '2022-11'), cells: ['CLDT SW (SW3)', 'Care Act review', 'Review of support at home. KIERAN said he no longer wanted support from Coastline Support (6 hrs/wk). Assessed as having capacity to decline support.', 'Support ended at KIERAN\'s request. Case closed to CLDT.'],
    contacts: [C('family', 'out', 'assessment')], concerns: ['non-engagement'] },
  { key: 'A2', date: day('03/04/2023', '2023-04-03'), cells: ['Duty SW (DSW1), Adult Front Door', 'Tel call in', 'Call from mother (Mrs H) – worried "lads" are staying at K\'s flat most nights and he is giving them his money; says he can\'t say no to people. DSW1 rang KIERAN: he said he was fine and they were his mates.', 'KIERAN is an adult and has capacity to decide who visits his home – lifestyle choice. No MCA assessment recorded. No checks made with police or housing. NFA, mother advised.'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'phone-call')], concerns: ['exploitation'] },
  { key: 'A3', date: day('09/06/23', '2023-06-09'), cells: ['AFD screener (SCR1)', 'Safeguarding concern rec\'d', 'Police VPA (adult at risk) rec\'d from Sandmoor Constabulary (PC2), dated 07/06: K assaulted at home 06/06, money taken; police believe local dealers/drug users using his flat and possible financial abuse. Risk medium.', 'Screened: KIERAN is an adult with capacity; concerns relate to his choice of associates and ASB at the flat. Does not meet s42 criteria. Signpost to drug services. Closed. Outcome not sent to police.'],
    contacts: [C('police', 'in', 'referral')], concerns: ['exploitation'] },
  { key: 'A4', date: day('25/07/23', '2023-07-25'), cells: ['AFD (DSW2)', 'Tel call in', 'Mother rang again – K has no money for food by the middle of the month, a "friend" is now his appointee. Asking for a social worker.', 'Advised to contact DWP re appointee. Care Act assessment to be offered to KIERAN.'],
    contacts: [C('family', 'in', 'phone-call')], concerns: ['exploitation', 'neglect'] },
  { key: 'A5', date: day('27/07/23 (entered 02/08/23)', '2023-07-27'), cells: ['AFD (DSW2)', 'Tel call out', 'Rang KIERAN to offer Care Act assessment. He declined, said he "doesn\'t need social services". Background voices, call ended by K.', 'Declined – has capacity to refuse assessment. Case closed.'],
    contacts: [C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'A6', date: range('01/08/23 – 05/11/23', '2023-08-01', '2023-11-05'), cells: ['—', '—', 'No contacts recorded on Mosaic during this period.', ''],
    contacts: [], concerns: [] },
  { key: 'A7', date: day('06/11/23', '2023-11-06'), cells: ['AFD / Safeguarding Adults Team', 'Safeguarding concern rec\'d', 'Concerns rec\'d from Porthaven General ED (raised 03/11) and police VPA (03/11): K seriously assaulted, facial fractures. Believed to be "cuckooed".', 's42 enquiry opened. Allocated to SW1.'],
    contacts: [C('ed', 'in', 'referral'), C('police', 'in', 'referral')], concerns: ['injury', 'exploitation'] },
  { key: 'A8', date: day('08/11/23', '2023-11-08'), cells: ['SW1', 'Home visit', 'Seen at flat. Male present (gave name as "D") who would not leave the room. K said "I owe them" and would not say more. Unable to see K alone.', 'Further visit to be arranged; MCA re finances.'],
    contacts: [C('family', 'out', 'home-visit')], concerns: ['exploitation'] },
  { key: 'A9', date: day('14/11/23', '2023-11-14'), cells: ['SW1', 'MCA assessment', 'MCA (two-stage test) re managing his benefits: K could not retain or weigh information about his money or who holds it; Mr D is his DWP appointee.', 'Lacks capacity re finances. Best interests: corporate appointeeship via Client Affairs.'],
    contacts: [C('family', 'out', 'assessment')], concerns: ['exploitation'] },
  { key: 'A10', date: day('21/11/23', '2023-11-21'), cells: ['SW1 / Client Affairs', 'Letter out', 'Letter to DWP: s42 enquiry open, concerns Mr D misusing K\'s UC and PIP. Request appointeeship is suspended and BF56 from Porthaven Council Client Affairs considered.', 'Awaiting DWP response.'],
    contacts: [C('dwp', 'out', 'letter')], concerns: ['exploitation'] },
  { key: 'A11', date: day('29/11/23', '2023-11-29'), cells: ['SAM1 (chair)', 's42 planning meeting', 'Present: SAM1, SW1, Sgt1 and PCSO1 (Sandmoor Police), ASBO1 (Porthaven Housing). Discussed cuckooing, assault, possession proceedings.', 'Actions: SW1 to complete Care Act assessment; Housing to consider management move; police to review closure order.'],
    contacts: [C('police', 'both', 'conference'), C('housing', 'both', 'conference')], concerns: ['exploitation', 'housing'] },
  { key: 'A12', date: day('04/12/23', '2023-12-04'), cells: ['SW1', 'Email out', 'Email to Porthaven Housing Legal for possession hearing 05/12 setting out s42 enquiry, K\'s LD and autism and that he is believed to be a victim of exploitation.', 'Sent.'],
    contacts: [C('housing', 'out', 'email')], concerns: ['exploitation', 'housing'] },
  { key: 'A13', date: day('19/12/23', '2023-12-19'), cells: ['SW1', 'Care Act assessment', 'Care Act assessment started at home. K low in mood, anxious, not sleeping; using crack "most days". Says he was referred to the drug service (Harbourlight) again from custody.', 'Eligible needs likely (finances, maintaining home, keeping safe). Complete in Jan.'],
    contacts: [C('family', 'out', 'assessment')], concerns: ['parental-mental-health', 'substance-misuse'] },
  { key: 'A14', date: day('18/01/24', '2024-01-18'), cells: ['SAM1 (chair)', 'MARM', 'First multi-agency risk management meeting. Present: SAM1, SW1, CAO1 (Client Affairs), Sgt1 (police), ASBO1 and HO1 (Housing). Not invited: Harbourlight Recovery, GP.', 'Actions: police to notify SW1 of any incident at Flat 4 within 24 hrs; Housing to progress management move; SW1 to finish Care Act assessment and look at supported living. Review 4/52.'],
    contacts: [C('police', 'both', 'conference'), C('housing', 'both', 'conference')], concerns: ['exploitation'] },
  { key: 'A15', date: range('w/c 29/01/24', '2024-01-29', '2024-02-04', 'week'), cells: ['SW1', 'Home visit – no access', 'Visited to complete Care Act assessment. No answer; music heard inside. Card left.', 'Re-book.'],
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'A16', date: day('12/02/24', '2024-02-12'), cells: ['SAM1', 'Notification rec\'d', 'Informed by Sandmoor Police that KIERAN was found dead at his flat on 10/02/24.', 'SAR referral made to Porthaven SAB.'],
    contacts: [C('police', 'in', 'notification'), C('other', 'out', 'referral')], concerns: [] },
];

// Part 2 – Housing: Date | Officer | Contact / Event | Notes | Action taken
const hous = [
  { key: 'H1', date: day('02/03/23', '2023-03-02'), cells: ['HO1', 'Tenancy visit', 'Annual tenancy visit Flat 4 Ropewalk Court. Flat untidy, smell of cannabis, 3 mattresses in living room – K said friends stay over sometimes.', 'No tenancy breach identified. Advised re visitors.'],
    contacts: [C('family', 'out', 'home-visit')], concerns: ['substance-misuse'] },
  { key: 'H2', date: day('14.03.23', '2023-03-14'), cells: ['ASBO1', 'ASB complaint (tel)', 'Tel complaint from resident Flat 3: visitors to Flat 4 at all hours, loud music, cannabis smell on landing.', 'ASB case opened ASB/23/061. Diary sheets sent to complainant.'],
    contacts: [C('family', 'in', 'phone-call')], concerns: ['housing', 'substance-misuse'] },
  { key: 'H4', date: day('24/04', '2023-04-24'), cells: ['ASBO1 / HO1', 'Home visit', 'Joint housing visit re ASB. Door answered by unknown male; 2 males in flat refused to give names. K very quiet, would not say who they were. Strong cannabis smell. HO1 concerned K may be being taken advantage of.', 'Tenancy conditions explained. ASB case to continue. No safeguarding referral considered.'],
    contacts: [C('family', 'out', 'home-visit')], concerns: ['housing', 'substance-misuse', 'exploitation'] },
  { key: 'H5', date: day('12/06/23', '2023-06-12'), cells: ['ASBO1', 'NOSP served', 'Notice of Seeking Possession served by hand – Grounds 2 and 10 (ASB and rent arrears £642.18). Tenancy file notes tenant has LD and was supported by CLDT at sign-up (2021).', 'No contact made with CLDT / ASC before service.'],
    contacts: [C('family', 'out', 'letter')], concerns: ['housing'] },
  // continuation row follows H5 in the table (no date)
  { key: 'H6', date: day('26/06/23', '2023-06-26'), cells: ['IO1 (Income)', 'Arrears', 'Rent arrears now £811.40. UC housing costs being paid to tenant not landlord since May. Arrears letter sent.', 'Consider APA.'],
    contacts: [C('family', 'out', 'letter')], concerns: ['housing'] },
  { key: 'H7', date: day('10/07/23', '2023-07-10'), cells: ['ASBO1', 'Email in', 'Email from NPT Sgt1: drugs warrant executed Flat 4 on 07/07, 3 males arrested, property being used by the \'JAY\' county line. Tenant not arrested.', 'ASB case updated; possession to be considered.'],
    contacts: [C('police', 'in', 'email')], concerns: ['criminality', 'substance-misuse', 'exploitation'] },
  { key: 'H8', date: day('20/07/23', '2023-07-20'), cells: ['IO1', 'APA request', 'APA application (housing costs direct to landlord) submitted to DWP via Landlord Portal.', ''],
    contacts: [C('dwp', 'out', 'other')], concerns: ['housing'] },
  { key: 'H9', date: day('03/08/23', '2023-08-03'), cells: ['IO1', 'APA', 'DWP confirmed via Landlord Portal: APA in place, housing costs paid direct from next assessment period.', 'Arrears agreement to follow.'],
    contacts: [C('dwp', 'in', 'other')], concerns: ['housing'] },
  { key: 'H10', date: day('14/09/23', '2023-09-14'), cells: ['ASBO1 (chair)', 'ASB Case Conference', 'Held at Civic Offices. Present: ASBO1, HO1, Sgt1 and PCSO1 (NPT). ASC not invited – no current ASC involvement.', 'Agreed: police to apply for closure order; Housing to issue possession proceedings.'],
    contacts: [C('police', 'both', 'conference')], concerns: ['housing'] },
  { key: 'H11', date: day('13/10/23', '2023-10-13'), cells: ['ASBO1', 'Court', 'Attended Porthaven Magistrates with NPT for closure order hearing. Full closure refused; partial closure order granted for 3 months (only tenant may enter).', 'Residents informed.'],
    contacts: [C('police', 'both', 'other'), C('other', 'both', 'other')], concerns: ['housing'] },
  { key: 'H12', date: day('26/10/23', '2023-10-26'), cells: ['Legal', 'Possession claim', 'Possession claim issued at Porthaven County Court (ASB and arrears). Claim papers served on tenant. Hearing listed 05/12.', ''],
    contacts: [C('other', 'out', 'other'), C('family', 'out', 'letter')], concerns: ['housing'] },
  { key: 'H13', date: day('22/11/23', '2023-11-22'), cells: ['Legal', 'Information rec\'d', 'Witness statment rec\'d from Sandmoor Police (Sgt1) in support of claim: 11 incidents at Flat 4, drugs warrant, closure order; describes tenant as permitting drug supply from the flat.', 'Added to court bundle.'],
    contacts: [C('police', 'in', 'information-share')], concerns: ['housing', 'criminality'] },
  { key: 'H14', date: day('29/11/23', '2023-11-29'), cells: ['ASBO1', 's42 meeting', 'Attended s42 planning meeting convened by ASC (SAM1) with police.', 'Management move to be considered.'],
    contacts: [C('asc', 'both', 'conference'), C('police', 'both', 'conference')], concerns: ['housing'] },
  { key: 'H15', date: day('05/12/23', '2023-12-05'), cells: ['Legal', 'Court', 'Possession hearing, Porthaven County Court. Adjourned generally on terms (no ASB at the property). Tenant did not attend.', ''],
    contacts: [C('other', 'both', 'other')], concerns: ['housing'] },
  { key: 'H16', date: day('18/01/24', '2024-01-18'), cells: ['ASBO1 / HO1', 'MARM', 'Attended MARM chaired by ASC.', 'HO1 to progress management move.'],
    contacts: [C('asc', 'both', 'conference'), C('police', 'both', 'conference')], concerns: [] },
  { key: 'H17', date: day('02/02/24', '2024-02-02'), cells: ['HO1', 'Viewing', 'Management move: viewing arranged for 1-bed flat, Quay Street. Tenant did not attend; phone not answered.', 'Re-arrange.'],
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement', 'housing'] },
];

// Part 3 – Police: Date/Time | Source | Event summary | Action / Outcome
const pol = [
  { key: 'P1', date: day('18/04/2023', '2023-04-18'), time: null, cells: ['Niche – intelligence', 'Intelligence report (graded B2): Flat 4 Ropewalk Court being used by \'JAY\' county line (Aldenport) to store and supply Class A. Occupant believed to be a vulnerable male with learning difficulties – property "cuckooed".', 'Disseminated to NPT. No referral to ASC or Housing; no adult at risk VPA raised.'],
    contacts: [], concerns: ['exploitation', 'substance-misuse', 'criminality'] },
  { key: 'P2', date: day('06/06/2023', '2023-06-06'), time: '03:22', cells: ['STORM / Niche', '999 call from KIERAN: "beaten up by my mates", money taken. Officers attended. K intoxicated, swelling to R eye; later said he fell over and did not want police.', 'No offences disclosed. Words of advice given.'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['injury', 'substance-misuse', 'exploitation'] },
  { key: 'P3', date: day('07/06/2023', '2023-06-07'), time: null, cells: ['Niche – VPA', 'PC2 completed VPA (adult at risk): K has LD and autism, believed targeted by local dealers / users who use his flat, possible financial abuse. Risk medium.', 'Submitted to Porthaven ASC Adult Front Door by secure email.'],
    contacts: [C('asc', 'out', 'referral')], concerns: ['exploitation'] },
  { key: 'P4', date: day('07/07/2023', '2023-07-07'), time: '06:00', cells: ['Warrant – MDA s23', 'Warrant executed at Flat 4. 3 males arrested PWITS Class A, incl. a 17 yr old from Aldenport. KIERAN present, spoken to, not arrested.', 'NPT emailed Housing ASB officer with outcome. No VPA submitted – K not assessed as vulnerable at time of warrant.'],
    contacts: [C('family', 'out', 'other'), C('housing', 'out', 'email')], concerns: ['criminality', 'substance-misuse'] },
  { key: 'P5', date: day('14/09/2023', '2023-09-14'), time: null, cells: ['Meeting', 'ASB case conference at Porthaven Housing (Civic Offices): Sgt1, PCSO1, Housing ASB officer and HO.', 'Police to apply for closure order. Housing to seek possession.'],
    contacts: [C('housing', 'both', 'conference')], concerns: ['housing'] },
  { key: 'P6', date: day('13/10/2023', '2023-10-13'), time: null, cells: ['Court', 'Porthaven Magistrates: partial closure order granted, 3 months to 12/01/24 – no one other than the tenant to enter Flat 4. Housing in attendance.', 'Order served and posted.'],
    contacts: [C('other', 'both', 'other'), C('housing', 'both', 'other')], concerns: ['housing'] },
  { key: 'P7', date: day('13/10/2023', '2023-10-13'), time: null, cells: ['Niche – VPA', 'PCSO1 submitted VPA to ASC Adult Front Door: K victim of cuckooing, closure order granted; asks ASC to consider s42 and care and support needs.', 'No acknowledgement recorded.'],
    contacts: [C('asc', 'out', 'referral')], concerns: ['exploitation'] },
  { key: 'P8', date: day('03/11/2023', '2023-11-03'), time: null, cells: ['Niche – VPA', 'VPA submitted to Adult Front Door following assault on K overnight 02–03/11 (facial injuries, crime ref ABH).', 'Previous VPAs (07/06, 13/10): no outcome received from ASC.'],
    contacts: [C('asc', 'out', 'referral')], concerns: ['injury', 'criminality'] },
  { key: 'P9', date: day('20/11/2023', '2023-11-20'), time: null, cells: ['Statement', 'Sgt1 provided witness statement to Porthaven Housing Legal in support of possession claim: 11 incidents at Flat 4, drugs warrant 07/07, closure order.', 'Statement does not refer to the intelligence assessment that K was a victim of cuckooing.'],
    contacts: [C('housing', 'out', 'information-share')], concerns: ['housing', 'exploitation'] },
  { key: 'P10', date: day('29/11/2023', '2023-11-29'), time: null, cells: ['Meeting', 's42 planning meeting (ASC): Sgt1 and PCSO1 attended with ASC and Housing.', 'Closure order to be reviewed.'],
    contacts: [C('asc', 'both', 'conference'), C('housing', 'both', 'conference')], concerns: [] },
  { key: 'P11', date: day('12/12/2023', '2023-12-12'), time: '14:30', cells: ['Custody', 'K stopped in Harbour Road, found with 9 wraps crack cocaine and £230. Arrested PWITS. Said he was "holding them for someone".', 'Seen by Liaison & Diversion in custody – L&D referral made. RUI.'],
    contacts: [C('family', 'out', 'other'), C('adult-mh', 'out', 'referral')], concerns: ['substance-misuse', 'criminality', 'exploitation'] },
  { key: 'P12', date: day('18/01/2024', '2024-01-18'), time: null, cells: ['Meeting', 'MARM (ASC chair). Sgt1 attended.', 'Action for police: notify SW1 of any incident at Flat 4 within 24 hrs.'],
    contacts: [C('asc', 'both', 'conference'), C('housing', 'both', 'conference')], concerns: [] },
  { key: 'P13', date: day('07/02/2024', '2024-02-07'), time: '01:55', cells: ['STORM', 'Concern for welfare – neighbour reports screaming from Flat 4. Attended. K with 2 males, said he was fine.', 'No offences disclosed. Words of advice. SW1 not notified – attending officers unaware of MARM action.'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: [] },
  { key: 'P14', date: day('10/02/2024', '2024-02-10'), time: '07:20', cells: ['STORM / Niche', 'Sudden death. Request from ambulance service; K found unresponsive at Flat 4, life pronounced extinct 07:58. Drug paraphernalia, bruising to face and torso.', 'Unexplained death – CID attending. Coroner informed.'],
    contacts: [C('ambulance', 'in', 'phone-call'), C('family', 'out', 'other'), C('other', 'out', 'notification')], concerns: ['substance-misuse', 'injury'] },
];

// ===== police-incidents.csv =====
// "Incident date","Time","Log ref","Incident type","Summary","Closure"
const csv = [
  { key: 'c1', date: day('06/03/2023', '2023-03-06'), time: '22:47', cells: ['PH-230306-1187', 'ASB - Noise', 'Neighbour reports loud music and shouting from Flat 4 Ropewalk Court. Officers attended 2330, occupant KIERAN and 3 others present. Words of advice re noise. No offences disclosed.', 'Advice given - closed'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['housing'] },
  { key: 'c2', date: day('21/03/2023', '2023-03-21'), time: '15:10', cells: ['PH-230321-0652', 'Concern for welfare', 'Caller (mother) unable to contact son for a week, unknown males answering his phone. PC attended, KIERAN at home with two males, states they are friends. Appeared well. No concerns identified.', 'No further police action'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: [] },
  { key: 'c3', date: day('02/04/2023', '2023-04-02'), time: '01:15', cells: ['PH-230402-0041', 'ASB - Nuisance', 'Report of males congregating in stairwell of Ropewalk Court, smell of cannabis. Attended, area search, no trace.', 'No trace - closed'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['substance-misuse'] },
  { key: 'c4', date: day('11/04/2023', '2023-04-11'), time: '19:40', cells: ['PH-230411-1390', 'Disturbance', 'Fight in stairwell outside Flat 4. Attended, parties dispersed prior. KIERAN had cut to lip, did not wish to say what happened. No offences disclosed.', 'Closed - no complainant'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['injury'] },
  { key: 'c5', date: day('29/04/2023', '2023-04-29'), time: '14:02', cells: ['PH-230429-0977', 'Drugs - info', 'Anonymous caller: drug dealing from Flat 4, cars pulling up, young lads in and out all day. Intelligence submitted. No attendance.', 'Intel log - closed'],
    contacts: [C('family', 'in', 'phone-call')], concerns: ['substance-misuse', 'criminality'] },
  { key: 'c6', date: day('06/06/2023', '2023-06-06'), time: '03:22', cells: ['PH-230606-0112', 'Assault', '999 call from KIERAN stating he\'d been "beaten up by mates" and money taken. Attended. KIERAN intoxicated, swelling R eye, later stated he fell over and did not want police. No offences disclosed. Words of advice given re who he lets into his flat.', 'Closed - victim declined. VPA to follow'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['injury', 'substance-misuse', 'exploitation'] },
  { key: 'c7', date: day('19/6/2023', '2023-06-19'), time: '23:05', cells: ['PH-230619-1544', 'ASB - Noise', 'Resident complains of music and people on landing outside Flat 4. Attended, words of advice to occupant.', 'Advice given - closed'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['housing'] },
  { key: 'c8', date: day('07/07/2023', '2023-07-07'), time: '06:00', cells: ['PH-230707-0020', 'Warrant - MDA', 'Drugs warrant executed Flat 4. 3 males arrested PWITS Class A (one aged 17, Aldenport). Crack cocaine wraps and cash recovered. Property appears to be in use by JAY line. Occupant KIERAN spoken to, not arrested.', 'Arrests x3 - see custody records'],
    contacts: [C('family', 'out', 'other')], concerns: ['criminality', 'substance-misuse', 'exploitation'] },
  { key: 'c10', date: day('28/08/2023', '2023-08-28'), time: '20:15', cells: ['PH-230828-1433', 'Missing person', 'Mother reports KIERAN missing since 25/08, phone off. Graded medium risk.', 'Located 30/08 by Aldenport officers at address linked to JAY line nominals; returned home by train. No concerns raised by K.'],
    contacts: [C('family', 'in', 'phone-call')], concerns: ['missing', 'exploitation'] },
  { key: 'c11', date: day('26/09/2023', '2023-09-26'), time: '00:40', cells: ['PH-230926-0033', 'ASB - Disturbance', 'Banging and shouting from Flat 4. Attended, 4 persons in flat incl. 2 youths. KIERAN said he wanted them to leave but they would not. Persons removed, names taken. Words of advice. No offences disclosed.', 'Advice given - closed'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['exploitation'] },
  { key: 'c12', date: day('10/10/2023', '2023-10-10'), time: '12:15', cells: ['PH-231010-0719', 'Fraud - report', 'Mother (101) reports son\'s DWP appointee is keeping his benefits. Advised this is a matter for DWP.', 'No crime - civil matter, advice given'],
    contacts: [C('family', 'in', 'phone-call')], concerns: ['exploitation'] },
  { key: 'c13', date: day('02/11/2023', '2023-11-02'), time: '23:50', cells: ['PH-231102-1688', 'Assault', 'Neighbour reports male screaming in stairwell. Attended, KIERAN found with facial injuries. Ambulance called, conveyed to Porthaven General. Unwilling to name suspects.', 'Crime - ABH, victim declined to support'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('ambulance', 'out', 'phone-call')], concerns: ['injury', 'criminality'] },
  { key: 'c14', date: day('12/12/2023', '2023-12-12'), time: '14:30', cells: ['PH-231212-0954', 'Drugs - stop/search', 'KIERAN stopped Harbour Road, found with 9 wraps crack cocaine and £230 cash. Arrested PWITS, conveyed to custody. Says he was holding them for someone.', 'RUI. L&D referral made'],
    contacts: [C('family', 'out', 'other'), C('adult-mh', 'out', 'referral')], concerns: ['substance-misuse', 'criminality', 'exploitation'] },
  { key: 'c15', date: day('29/12/2023', '2023-12-29'), time: '21:10', cells: ['PH-231229-1502', 'Breach of closure order', 'Persons other than tenant found in Flat 4 while partial closure order in force. Two males (JAY line nominals) arrested for breach. KIERAN present.', 'Arrests x2 - charged'],
    contacts: [C('family', 'out', 'other')], concerns: ['criminality', 'exploitation'] },
  { key: 'c16', date: day('07/02/2024', '2024-02-07'), time: '01:55', cells: ['PH-240207-0068', 'Concern for welfare', 'Neighbour reports screaming from Flat 4. Attended. KIERAN present with 2 males, says he is "fine, just messing". No offences disclosed. Words of advice given to all parties.', 'No further police action - closed'],
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: [] },
  { key: 'c17', date: day('10/02/2024', '2024-02-10'), time: '07:20', cells: ['PH-240210-0190', 'Sudden death', 'Request from ambulance service. Male found unresponsive at Flat 4, PLE 07:58 by paramedics. Drug paraphernalia at scene, bruising to face/torso. Treated as unexplained, CID attended.', 'Ongoing - coroner informed'],
    contacts: [C('ambulance', 'in', 'phone-call'), C('family', 'out', 'other'), C('other', 'out', 'notification')], concerns: ['substance-misuse', 'injury'] },
];

// ===== recovery-service.xlsx =====
// Date | Worker | Contact type | Case note | Plan / next step
const rec = [
  { key: 'R1', date: day('22/06/2023', '2023-06-22'), xl: 'date', cells: ['Admin', 'Referral received', 'Referral from Porthaven Harbour Surgery (GP1) dated 19/06: crack and heroin use, says drugs are "given to him by friends". Has LD and autism.', 'Offer assessment appt'],
    contacts: [C('gp', 'in', 'referral')], concerns: ['substance-misuse'] },
  { key: 'R2', date: day('23/06/2023', '2023-06-23'), xl: 'date', cells: ['Admin', 'Letter', 'Assessment appt letter sent for 04/07 + text reminder to mobile.', ''],
    contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'R3', date: day('04/07/2023', '2023-07-04'), xl: 'date', cells: ['RW1', 'Assessment (hub)', 'Attended initial assessment with a "friend" (would only give name as D), who answered many of the questions. Daily crack use, smoking heroin 3-4 x wk, not injecting. Low mood. Says friends "sort him out" and he pays them back from his money, owes them "a bit". Autism - RW1 used simple language. Naloxone kit and harm reduction advice given. OD risk moderate. Appears to have capacity, no disclosure of harm - no safeguarding concern raised.', 'Keywork appt 18/07'],
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse', 'exploitation', 'parental-mental-health'] },
  // continuation row follows R3 (no date)
  { key: 'R4', date: day('18/07/2023', '2023-07-18'), xl: 'date', cells: ['RW1', 'DNA', 'Did not attend keywork. Text sent.', 'Rebook'],
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], concerns: ['non-engagement'] },
  { key: 'R5', date: day('19/07', '2023-07-19'), xl: 'text', cells: ['RW1', 'Tel', 'Phoned - no answer, LVM.', ''],
    contacts: [C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'R6', date: day('01/08/2023', '2023-08-01'), xl: 'date', cells: ['RW1', 'DNA', 'DNA 2nd appt. Opt-in letter sent (14 days).', ''],
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'R7', date: day('15/08/2023', '2023-08-15'), xl: 'date', cells: ['RW1', 'DNA', 'DNA 3rd appt. Tried mobile - "number not recognised".', 'Discuss at team meeting'],
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'R8', date: day('29/08/2023', '2023-08-29'), xl: 'date', cells: ['RW1 / TL1', 'Discharge', 'Discharged - non-engagement (3 x DNA, opt-in letter not returned). Discharge letter to GP. No other agencies informed (not known to other services).', 'Closed'],
    contacts: [C('gp', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'R9', date: day('14/12/2023', '2023-12-14'), xl: 'date', cells: ['Admin', 'Referral recieved', 'Referral from Liaison & Diversion (Porthaven custody) following arrest 12/12 - PWITS, using crack daily.', 'Allocate RW2'],
    contacts: [C('adult-mh', 'in', 'referral')], concerns: ['substance-misuse', 'criminality'] },
  { key: 'R10', date: day('15/12/2023', '2023-12-15'), xl: 'date', cells: ['RW2', 'Tel', 'Rang K to offer assessment 03/01. Answered by a male who said he would "pass it on".', ''],
    contacts: [C('family', 'out', 'phone-call')], concerns: [] },
  { key: 'R11', date: day('03/01/2024', '2024-01-03'), xl: 'date', cells: ['RW2', 'DNA', 'DNA assessment.', 'Outreach visit'],
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'R12', date: day('16/01/24', '2024-01-16'), xl: 'text', cells: ['RW2 + HRW1', 'Outreach visit', 'Home visit. K came to door, unknown male behind him told him to shut the door. K said "not now". Looked nervous. Naloxone replaced. RW2 concerned about who else is in the flat - safeguarding concern to be considered with TL.', 'New appt 30/01'],
    contacts: [C('family', 'out', 'home-visit')], concerns: ['substance-misuse', 'exploitation', 'non-engagement'] },
  { key: 'R13', date: day('30/01/2024', '2024-01-30'), xl: 'date', cells: ['RW2', 'DNA', 'DNA. Text sent.', ''],
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'other')], concerns: ['non-engagement'] },
  { key: 'R14', date: day('12/02/2024', '2024-02-12'), xl: 'date', cells: ['TL1', 'Information rec\'d', 'Informed by Porthaven Harbour Surgery that K died on 10/02. Case closed. Incident form completed.', ''],
    contacts: [C('gp', 'in', 'notification')], concerns: [] },
];

// ===== dwp-and-benefits.txt =====  (line text as in file)
const dwpA = [
  { key: 'D1', agency: 'dwp', date: day('28/04/2023', '2023-04-28'), text: '28/04/2023  UC telephony. Call from claimant (third party male present and prompting) asking that his mother be removed as appointee and that his friend Mr D be appointed. BF56 issued to Mr D.',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['exploitation'] },
  { key: 'D2', agency: 'dwp', date: day('02/05', '2023-05-02'), text: '02/05  Letter to Mrs H (current appointee) advising claimant has asked for a change of appointee.',
    contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'D3', agency: 'dwp', date: day('16/05', '2023-05-16'), text: '16/05  Visiting Officer (VO1) home visit to claimant with prospective appointee Mr D. Claimant has a learning disability, appeared anxious; Mr D answered most questions and said he helps with shopping and money. VO1 satisfied Mr D is suitable. No checks made with other agencies.',
    contacts: [C('family', 'out', 'home-visit')], concerns: [] },
  { key: 'D4', agency: 'dwp', date: day('22/05', '2023-05-22'), text: '22/05  Appointeeship (UC and PIP) transferred to Mr D. Mrs H appointeeship ended. Letters issued to both.',
    contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'D5', agency: 'dwp', date: day('approx 25/05', '2023-05-25', true), text: 'approx 25/05  Bank details for UC and PIP changed by appointee to an account in his own name.',
    contacts: [C('family', 'in', 'other')], concerns: [] },
  { key: 'D6', agency: 'dwp', date: day('30/05', '2023-05-30'), text: '30/05  UC advance (£600) requested by appointee via journal. Paid.',
    contacts: [C('family', 'in', 'other')], concerns: [] },
  { key: 'D7', agency: 'dwp', date: day('02/08', '2023-08-02'), text: '02/08  APA request from landlord (Porthaven Housing, rec\'d 20/07, arrears £811) approved - housing costs to be paid direct to landlord from AP starting 10/08.',
    contacts: [C('housing', 'in', 'other')], concerns: ['housing'] },
  { key: 'D8', agency: 'dwp', date: day('09/10', '2023-10-09'), text: '09/10  Call from claimant\'s mother (former appointee) alleging appointee is keeping claimant\'s money; says he has no food or electric. Advised to report to police. Noted. No further action.',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['exploitation', 'neglect'] },
  { key: 'D9', agency: 'dwp', date: day('24/11', '2023-11-24'), text: '24/11  Letter rec\'d from Porthaven Council Adult Social Care (dated 21/11) - s42 enquiry, concerns appointee misusing funds. Mr D appointeeship suspended, payments withheld pending BF56 from Council Client Affairs.',
    contacts: [C('asc', 'in', 'letter')], concerns: ['exploitation'] },
  { key: 'D10', agency: 'dwp', date: day('08/12', '2023-12-08'), text: '08/12  Porthaven Council Client Affairs appointed corporate appointee (UC and PIP). Withheld payments released to client account. Confirmation letter to Client Affairs.',
    contacts: [C('asc', 'out', 'letter')], concerns: [] },
];
const dwpB = [
  { key: 'M1', agency: 'family', date: day('Tues 21st March 23', '2023-03-21'), text: 'Tues 21st March 23 - couldn\'t get hold of K for a week, a man answered his phone and laughed at me. Rang police to go round.',
    contacts: [C('police', 'out', 'phone-call')], concerns: [] },
  { key: 'M2', agency: 'family', date: day('3rd April', '2023-04-03'), text: '3rd April - rang Adult Social Care. Told them the lads are in his flat all the time and he gives them his money. They said he\'s an adult and can make his own choices.',
    contacts: [C('asc', 'out', 'phone-call')], concerns: ['exploitation'] },
  { key: 'M3', agency: 'family', date: day('Fri 28th April', '2023-04-28'), text: 'Fri 28th April - K rang me, says he doesn\'t want me as his appointee any more, his friend D will do it. Sounded like someone was telling him what to say.',
    contacts: [], concerns: ['exploitation'] },
  { key: 'M4', agency: 'family', date: range('late May', '2023-05-21', '2023-05-31'), text: 'late May - letter from DWP, I am not his appointee now. Nobody asked me anything.',
    contacts: [C('dwp', 'in', 'letter')], concerns: [] },
  { key: 'M5', agency: 'family', date: day('Mon 9th Oct', '2023-10-09'), text: 'Mon 9th Oct - rang DWP about D taking all his money, K has no food and his electric is off. They told me to ring the police.',
    contacts: [C('dwp', 'out', 'phone-call')], concerns: ['exploitation', 'neglect'] },
  { key: 'M6', agency: 'family', date: day('10th Oct', '2023-10-10'), text: '10th Oct - rang police (101). They said it\'s a civil matter and to go back to DWP.',
    contacts: [C('police', 'out', 'phone-call')], concerns: [] },
];
const dwpC = [
  { key: 'K1', agency: 'asc', date: day('11.12.23', '2023-12-11'), text: '11.12.23  DWP confirmation of corporate appointeeship rec\'d. CAO1 met KIERAN at Civic Offices with SW1. Weekly allowance £60 on payment card set up; rent paid direct (APA already in place).',
    contacts: [C('dwp', 'in', 'letter'), C('family', 'in', 'attendance')], concerns: [] },
  { key: 'K2', agency: 'asc', date: day('02.01.24', '2024-01-02'), text: '02.01.24  K phoned x3 asking for extra money, says he "owes people". Explained budget. SW1 informed by email.',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['exploitation'] },
  { key: 'K3', agency: 'asc', date: day('18.01.24', '2024-01-18'), text: '18.01.24  CAO1 attended MARM (chair SAM1) with police and housing. Allowance to be paid in person weekly at Civic Offices.',
    contacts: [C('police', 'both', 'conference'), C('housing', 'both', 'conference')], concerns: [] },
  { key: 'K4', agency: 'asc', date: day('29.01.24', '2024-01-29'), text: '29.01.24  K rang to report payment card lost - 3rd card in 4 weeks, believed taken by others. Card stopped, replacement issued.',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['exploitation'] },
  { key: 'K5', agency: 'asc', date: day('06.02.24', '2024-02-06'), text: '06.02.24  K collected allowance in person; unknown male waiting outside took the envelope from him as he left.',
    contacts: [C('family', 'in', 'attendance')], concerns: ['exploitation'] },
];

// ===== sar-panel-summary.pdf =====
// Paragraphs: each paragraph = list of segments; a segment with an entry key starts an entry.
const panelParas = [
  { n: 1, segs: [{ text: 'This summary was prepared by the independent reviewer for the Porthaven Safeguarding Adults Board SAR panel. It retells the key events drawn from the agency chronologies and from conversations with Kieran\'s mother, and it is not a full chronology.' }] },
  { n: 2, segs: [{ text: 'Kieran was 24. He had a mild learning disability and a diagnosis of autism made in adolescence.' },
    { key: 'S1', agency: 'housing', date: month('August 2021', '2021-08'), text: 'He became the tenant of a one-bedroom council flat at Ropewalk Court, Porthaven, in August 2021.', contacts: [], concerns: [] },
    { text: 'His mother lived some distance away and was his DWP appointee.' }] },
  { n: 3, segs: [
    { key: 'S2', agency: 'asc', date: day('3 April 2023', '2023-04-03'), text: 'On 3 April 2023 Kieran\'s mother telephoned Adult Social Care to say that young men were staying in his flat and that he was giving them money. The duty social worker spoke to Kieran by phone, accepted that the visitors were his friends and closed the contact as a lifestyle choice.',
      contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'phone-call')], concerns: ['exploitation'] }] },
  { n: 4, segs: [
    { key: 'S3', agency: 'police', date: day('18 April 2023', '2023-04-18'), text: 'On 18 April 2023 police received intelligence that the flat was being used by a county drugs line and that Kieran was vulnerable. The intelligence was not shared outside the police.',
      contacts: [], concerns: ['exploitation', 'substance-misuse'] }] },
  { n: 5, segs: [
    { key: 'S4', agency: 'dwp', date: day('16 May 2023', '2023-05-16'), text: 'On 16 May 2023 a DWP visiting officer visited Kieran with Mr D, who answered most questions for him.',
      contacts: [C('family', 'out', 'home-visit')], concerns: [] },
    { key: 'S5', agency: 'dwp', date: day('six days later', '2023-05-22'), text: 'Mr D became his appointee six days later, and Kieran\'s benefits were then paid into Mr D\'s account.',
      contacts: [], concerns: [] }] },
  { n: 6, segs: [
    { key: 'S6', agency: 'police', date: day('6 June 2023', '2023-06-06'), text: 'In the early hours of 6 June 2023 Kieran called 999 to say that he had been beaten up and robbed by people he called his mates. Officers attended; he was intoxicated, had a swollen eye and withdrew his account.',
      contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['injury', 'substance-misuse', 'exploitation'] },
    { key: 'S7', agency: 'police', date: day('The next day', '2023-06-07'), text: 'The next day an officer sent an adult concern to ASC describing possible financial abuse and the use of his flat by dealers.',
      contacts: [C('asc', 'out', 'referral')], concerns: ['exploitation'] },
    { key: 'S8', agency: 'asc', date: day('9 June 2023', '2023-06-09'), text: 'ASC screened the concern on 9 June 2023 and closed it without an enquiry, recording that Kieran had capacity and that his associates were his choice.',
      contacts: [C('police', 'in', 'referral')], concerns: [] }] },
  { n: 7, segs: [
    { key: 'S9', agency: 'gp', date: day('19 June 2023', '2023-06-19'), text: 'Kieran\'s GP referred him to Harbourlight Recovery on 19 June 2023 because of his crack cocaine use.',
      contacts: [C('substance-misuse', 'out', 'referral')], concerns: ['substance-misuse'] },
    { key: 'S10', agency: 'substance-misuse', date: day('4 July 2023', '2023-07-04'), text: 'He attended an assessment on 4 July 2023, accompanied by a man who answered for him.',
      contacts: [C('family', 'in', 'attendance')], concerns: [] },
    { key: 'S11', agency: 'substance-misuse', date: day('29 August 2023', '2023-08-29'), text: 'He did not attend the next three appointments, and Harbourlight discharged him on 29 August 2023, writing only to the GP.',
      contacts: [C('gp', 'out', 'letter')], concerns: ['non-engagement'] }] },
  { n: 8, segs: [
    { key: 'S12', agency: 'police', date: day('7 July 2023', '2023-07-07'), text: 'On 7 July 2023 police executed a drugs warrant at the flat and arrested three men, one of them a 17-year-old from Aldenport. Kieran was not treated as a victim and no adult concern was sent.',
      contacts: [C('family', 'out', 'other')], concerns: ['criminality', 'substance-misuse'] }] },
  { n: 9, segs: [
    { key: 'S13', agency: 'police', date: day('28 August 2023', '2023-08-28'), text: 'On 28 August 2023 his mother reported him missing to the police; he was found at an address in Aldenport linked to the same drugs line.',
      contacts: [C('family', 'in', 'phone-call')], concerns: ['missing', 'exploitation'] }] },
  { n: 10, segs: [
    { key: 'S14', agency: 'housing', date: day('14 September 2023', '2023-09-14'), text: 'On 14 September 2023 the housing ASB team held a case conference with the neighbourhood police team; adult social care was not invited. It agreed that police would seek a closure order and housing would seek possession of the flat.',
      contacts: [C('police', 'both', 'conference')], concerns: ['housing'] }] },
  { n: 11, segs: [
    { key: 'S15', agency: 'police', date: day('13 October 2023', '2023-10-13'), text: 'On 13 October 2023 police obtained a partial closure order on the flat from Porthaven Magistrates\' Court.',
      contacts: [C('other', 'both', 'other')], concerns: ['housing'] }] },
  { n: 12, segs: [
    { key: 'S16', agency: 'police', date: day('13 October 2023', '2023-10-13'), text: 'On 13 October 2023 a police community support officer also sent a further adult concern to ASC; ASC has no record of receiving it.',
      contacts: [C('asc', 'out', 'referral')], concerns: [] }] },
  { n: 13, segs: [
    { key: 'S17', agency: 'ed', date: day('3 November 2023', '2023-11-03'), text: 'In the early hours of 3 November 2023 Kieran attended the Emergency Department at Porthaven General Hospital with facial fractures after an assault. ED staff raised a safeguarding concern with ASC before he was discharged.',
      contacts: [C('family', 'in', 'attendance'), C('asc', 'out', 'referral')], concerns: ['injury'] },
    { key: 'S18', agency: 'asc', date: day('6 November 2023', '2023-11-06'), text: 'ASC opened a s42 enquiry on 6 November 2023 on the ED and police concerns.',
      contacts: [C('ed', 'in', 'referral'), C('police', 'in', 'referral')], concerns: [] }] },
  { n: 14, segs: [
    { key: 'S19', agency: 'asc', date: day('29 November 2023', '2023-11-29'), text: 'A s42 planning meeting on 29 November 2023 brought together ASC, police and housing.',
      contacts: [C('police', 'both', 'conference'), C('housing', 'both', 'conference')], concerns: [] }] },
  { n: 15, segs: [
    { key: 'S20', agency: 'asc', date: day('18 January 2024', '2024-01-18'), text: 'The first multi-agency risk management meeting (MARM) was held on 18 January 2024, nine months after his mother first raised concerns. Harbourlight Recovery, which had an open case at the time, was not invited.',
      contacts: [C('police', 'both', 'conference'), C('housing', 'both', 'conference')], concerns: [] }] },
  { n: 16, segs: [
    { key: 'S21', agency: 'police', date: day('7 February 2024', '2024-02-07'), text: 'On 7 February 2024 officers attended the flat after a neighbour heard screaming; ASC was not told.',
      contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: [] }] },
  { n: 17, segs: [
    { key: 'S22', agency: 'ambulance', date: day('10 February 2024', '2024-02-10'), time: '07:12', text: 'At 07:12 on 10 February 2024 an ambulance was called to the flat by an unidentified man; the crew found Kieran unresponsive and he was pronounced dead at the scene. The post-mortem found combined drug toxicity (heroin and cocaine) and recent blunt-force injuries.',
      contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['substance-misuse', 'injury'] }] },
  { n: 18, segs: [{ text: 'Themes for the panel: "lifestyle choice" and assumed capacity; the flat treated as an ASB problem rather than a place where Kieran was being exploited; benefits and appointeeship decisions made without the agencies that knew him; and the late arrival of a multi-agency risk meeting.' }] },
];

// ---------- assemble entries with refs ----------
const FILES = [
  { file: 'multi-agency-return.docx', agency: 'mixed', format: 'docx' },
  { file: 'police-incidents.csv', agency: 'police', format: 'csv' },
  { file: 'recovery-service.xlsx', agency: 'substance-misuse', format: 'xlsx' },
  { file: 'dwp-and-benefits.txt', agency: 'mixed', format: 'txt' },
  { file: 'sar-panel-summary.pdf', agency: 'mixed', format: 'pdf' },
];
const byKey = {};
const entries = [];
function add(file, list, agency, textOf) {
  let n = 0;
  for (const e of list) {
    n += 1;
    const ref = `${file}#${n}`;
    const ent = {
      ref,
      agency: e.agency || agency,
      date: e.date,
      time: e.time ?? null,
      text: textOf(e),
      contacts: e.contacts,
      concerns: e.concerns,
    };
    byKey[e.key] = ent;
    entries.push(ent);
  }
}
const joinCells = (e) => e.cells.filter((c) => c !== '').join(' | ');
// docx: parts in document order: ASC, Housing, Police
let docxCount = 0;
{
  const all = [...asc.map((e) => ({ ...e, agency: 'asc' })), ...hous.map((e) => ({ ...e, agency: 'housing' })), ...pol.map((e) => ({ ...e, agency: 'police' }))];
  add('multi-agency-return.docx', all, null, joinCells);
  docxCount = all.length;
}
add('police-incidents.csv', csv, 'police', joinCells);
add('recovery-service.xlsx', rec, 'substance-misuse', joinCells);
add('dwp-and-benefits.txt', [...dwpA, ...dwpB, ...dwpC], null, (e) => e.text);
{
  const segs = [];
  for (const p of panelParas) {
    // a segment without key belongs to the entry before it within the same paragraph
    let cur = null;
    for (const s of p.segs) {
      if (s.key) { cur = { ...s }; segs.push(cur); }
      else if (cur) { cur.text += ' ' + s.text; }
    }
  }
  add('sar-panel-summary.pdf', segs, null, (e) => e.text);
}

// ---------- duplicates ----------
const dupGroupsKeys = [
  ['c2', 'M1'],
  ['A2', 'M2', 'S2'],
  ['P1', 'S3'],
  ['D3', 'S4'],
  ['D4', 'S5'],
  ['P2', 'c6', 'S6'],
  ['P3', 'S7'],
  ['A3', 'S8'],
  ['R3', 'S10'],
  ['R8', 'S11'],
  ['P4', 'c8', 'S12'],
  ['c10', 'S13'],
  ['H10', 'P5', 'S14'],
  ['D8', 'M5'],
  ['c12', 'M6'],
  ['H11', 'P6', 'S15'],
  ['P7', 'S16'],
  ['A7', 'S18'],
  ['A11', 'H14', 'P10', 'S19'],
  ['P11', 'c14'],
  ['A14', 'H16', 'P12', 'K3', 'S20'],
  ['P13', 'c16', 'S21'],
  ['P14', 'c17', 'S22'],
];
const fileOrder = Object.fromEntries(FILES.map((f, i) => [f.file, i]));
const ordinal = (ref) => Number(ref.split('#')[1]);
const duplicates = [];
for (const g of dupGroupsKeys) {
  const ents = g.map((k) => { if (!byKey[k]) throw new Error('no key ' + k); return byKey[k]; });
  const d0 = ents[0].date.earliest;
  for (const e of ents) if (e.date.earliest !== d0) throw new Error('dup group date mismatch ' + g.join(','));
  ents.sort((a, b) => (a.date.earliest < b.date.earliest ? -1 : a.date.earliest > b.date.earliest ? 1 : 0)
    || fileOrder[a.ref.split('#')[0]] - fileOrder[b.ref.split('#')[0]] || ordinal(a.ref) - ordinal(b.ref));
  for (const e of ents.slice(1)) e.duplicateOf = ents[0].ref;
  duplicates.push(ents.map((e) => e.ref));
}

// ---------- gaps ----------
const R = (...keys) => keys.map((k) => { if (!byKey[k]) throw new Error('no key ' + k); return byKey[k].ref; });
const gaps = [
  { id: 'PH-G01', code: 'G1', alsoAcceptable: [], from: 'police', to: ['asc', 'housing'], anchors: R('P1', 'S3'),
    note: 'April 2023 intelligence graded the flat as cuckooed by the JAY county line and Kieran as a vulnerable man with learning difficulties; it went only to the neighbourhood team. Neither ASC nor the landlord (already running an ASB case) was told.' },
  { id: 'PH-G02', code: 'G7', alsoAcceptable: [], from: 'asc', to: ['police', 'housing'], anchors: R('A2', 'S2'),
    note: 'When his mother reported on 3 April 2023 that young men were staying at the flat and taking his money, ASC spoke only to Kieran and closed the contact as a "lifestyle choice" without checks with police (three call-outs already) or housing (open ASB case) and without an MCA assessment.' },
  { id: 'PH-G03', code: 'G1', alsoAcceptable: [], from: 'housing', to: ['asc'], anchors: R('H4', 'H7'),
    note: 'Housing saw unknown men in control of the flat (24 April: HO1 worried he was being taken advantage of) and was told in July that the flat was used by a county line, but treated it only as ASB and never raised a safeguarding concern with ASC.' },
  { id: 'PH-G04', code: 'G10', alsoAcceptable: ['G3'], from: 'police', to: ['asc'], anchors: R('P3', 'A3', 'S7', 'S8'),
    note: 'The June 2023 police VPA described an assault, money taken and dealers using the flat of a man with LD and autism; ASC screened it as his choice of associates/ASB, with capacity assumed, and closed it without a s42 enquiry.' },
  { id: 'PH-G05', code: 'G4', alsoAcceptable: [], from: 'asc', to: ['police'], anchors: R('A3', 'P8'),
    note: 'ASC did not tell police the outcome of the June VPA (and nothing was received on the October one); by November police recorded that no outcome had ever come back, and did not chase.' },
  { id: 'PH-G06', code: 'G7', alsoAcceptable: ['G1'], from: 'housing', to: ['asc'], anchors: R('H5'),
    note: 'Housing served a Notice of Seeking Possession on ASB and arrears grounds knowing from its own tenancy file that Kieran had a learning disability and had been supported by CLDT, but did not contact CLDT/ASC before doing so.' },
  { id: 'PH-G07', code: 'G1', alsoAcceptable: [], from: 'substance-misuse', to: ['asc'], anchors: R('R3', 'R12'),
    note: 'Harbourlight saw a man with LD and autism brought by a "friend" who answered for him, supplied with drugs and in debt to the suppliers (July 2023), and again in January 2024 saw a man controlling his door; it raised no safeguarding concern with ASC either time.' },
  { id: 'PH-G08', code: 'G8', alsoAcceptable: [], from: 'substance-misuse', to: ['asc'], anchors: R('R4', 'R6', 'R7', 'R8', 'S11', 'R11', 'R13'),
    note: 'After three DNAs and an unobtainable phone, Harbourlight discharged Kieran for non-engagement with a letter to the GP only; when he was re-referred in December he again did not attend (3 and 30 January). The non-engagement of a vulnerable adult in debt to dealers was never escalated to ASC.' },
  { id: 'PH-G09', code: 'G7', alsoAcceptable: ['G1'], from: 'dwp', to: ['asc'], anchors: R('D1', 'D3', 'D4', 'S4', 'S5'),
    note: 'DWP removed his mother as appointee after a call in which a third party prompted Kieran, and approved Mr D after a visit where Mr D answered for a man with a learning disability; no checks were made with ASC (or anyone) before the appointeeship and bank account changed.' },
  { id: 'PH-G10', code: 'G6', alsoAcceptable: [], from: 'housing', to: ['asc'], anchors: R('H10', 'P5', 'S14'),
    note: 'The 14 September 2023 ASB case conference (housing and police only) decided on closure order and possession without ASC, although both agencies knew Kieran was a vulnerable adult and police had sent ASC a VPA in June.' },
  { id: 'PH-G11', code: 'G2', alsoAcceptable: [], from: 'police', to: ['asc'], anchors: R('P7', 'A6', 'S16'),
    note: 'The VPA PCSO1 sent to the Adult Front Door on 13 October 2023 (victim of cuckooing, asking for s42 consideration) has no record of receipt at ASC, whose record shows no contact from August to early November.' },
  { id: 'PH-G12', code: 'G6', alsoAcceptable: [], from: 'asc', to: ['substance-misuse'], anchors: R('A14', 'A13', 'H16', 'P12', 'K3', 'S20'),
    note: 'The first MARM (18 January 2024) did not invite Harbourlight Recovery, although it had reopened the case in December after the custody referral and ASC knew this from its December Care Act assessment visit.' },
  { id: 'PH-G13', code: 'G5', alsoAcceptable: [], from: 'police', to: ['housing'], anchors: R('P9', 'H13'),
    note: 'The police statement for the possession claim listed incidents and described Kieran as permitting drug supply, but left out the police intelligence view that he was a victim of cuckooing: partial sharing that shaped the possession case.' },
  { id: 'PH-G14', code: 'G1', alsoAcceptable: ['G3'], from: 'dwp', to: ['asc'], anchors: R('D8', 'M5'),
    note: 'His mother told DWP on 9 October 2023 that the appointee was keeping his money and he had no food or electricity; DWP told her to go to the police and took no action on the appointeeship or referral to ASC.' },
  { id: 'PH-G15', code: 'G1', alsoAcceptable: [], from: 'police', to: ['asc'], anchors: R('P4', 'c8', 'S12', 'c10', 'c11', 'c12'),
    note: 'From July to October police held the warrant result (county line using his flat, a 17-year-old arrested), a missing episode ending at a JAY line address in Aldenport, youths refusing to leave his flat and his mother\'s report of benefit theft, yet sent no adult concern to ASC (the warrant record says he was "not assessed as vulnerable") and treated the theft as a civil matter.' },
  { id: 'PH-G16', code: 'G1', alsoAcceptable: ['G5'], from: 'police', to: ['asc'], anchors: R('P13', 'c16', 'S21'),
    note: 'Three days before his death, officers attended screaming at the flat and found him with two men, but did not notify SW1 as the MARM had agreed, so ASC did not know.' },
];
const decoys = [
  { id: 'PH-D01', looksLike: ['G2', 'G3'], refs: R('H8', 'D7', 'H9'),
    note: 'Housing\'s APA request of 20 July was received by DWP, approved on 2 August and confirmed back to housing on 3 August: sent, received, acted on and fed back.' },
  { id: 'PH-D02', looksLike: ['G2', 'G3', 'G4'], refs: R('A10', 'D9', 'D10', 'K1'),
    note: 'ASC\'s letter of 21 November asking DWP to suspend Mr D was received on 24 November and acted on at once (appointeeship suspended, corporate appointee appointed 8 December, confirmation logged by Client Affairs on 11 December).' },
  { id: 'PH-D03', looksLike: ['G6'], refs: R('A11', 'H14', 'P10', 'S19'),
    note: 'The s42 planning meeting on 29 November included every agency then involved (ASC, police, housing). Harbourlight had closed the case in August and only reopened it on 14 December, so it was not a missing open agency.' },
];

// ---------- write gold ----------
const gold = {
  case: CASE,
  title: 'SAR "Kieran": cuckooing and financial exploitation of a young man with a learning disability and autism in a council flat, Porthaven',
  reviewType: 'sar',
  reviewPeriod: { from: '2023-03-01', to: '2024-02-10' },
  conventions: {
    mash: 'Porthaven has no MASH. Police VPAs and other safeguarding concerns go to the ASC Adult Front Door (AFD), which is asc.',
    asc: 'The Community Learning Disability Team (CLDT), Adult Front Door, Safeguarding Adults Team and the Client Affairs Team (corporate appointee, Section C of the DWP file) are all Porthaven Council Adult Social Care: asc.',
    housing: 'Porthaven Housing Services is the council landlord; its ASB team, income officers and legal team are housing.',
    family: 'Kieran, his mother (Mrs H), neighbours, anonymous callers and his associate/appointee Mr D are family. Mr D acting as DWP appointee is still family, not dwp.',
    'liaison-and-diversion': 'Liaison & Diversion in custody is adult-mh.',
    other: 'Magistrates\' and county courts, the coroner and the Safeguarding Adults Board are other.',
    concerns: 'parental-mental-health = Kieran\'s own mental health. His learning disability and autism are background, not tagged as a concern. Calls from neighbours/public to police are family in phone-call; officers attending the flat are family out other.',
    docxText: 'For table rows the entry text is the non-date cells joined with " | " (the date/time cell is left out).',
    duplicates: 'duplicateOf points at the earliest member; all members of each group share the same day, so ties go to file order then row order.',
    reviewPeriod: 'Scoping period 1 March 2023 to 10 February 2024 (death). ASC row for Nov 2022 and the panel summary\'s August 2021 tenancy start are background entries before the period.',
  },
  files: FILES,
  entries,
  gaps,
  duplicates,
  decoys,
};
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// ---------- write multi-agency-return.docx ----------
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel, AlignmentType, Footer, PageNumber } = docx;
const cellP = (t, bold = false) => new TableCell({ children: String(t).split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] })) });
function table(headers, rows) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cellP(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cellP(c)) })),
    ],
  });
}
function spanRow(text, n) {
  return new TableRow({ children: [new TableCell({ columnSpan: n, children: [new Paragraph({ children: [new TextRun({ text, italics: true, size: 18 })] })] })] });
}
function tableWithExtras(headers, rowsSpec) {
  const n = headers.length;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cellP(h, true)) }),
      ...rowsSpec.map((r) => (r.span ? spanRow(r.span, n) : new TableRow({ children: r.map((c) => cellP(c)) }))),
    ],
  });
}
const P = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, ...opts })], spacing: { after: 120 } });
const H = (text, level) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });

const ascRows = [];
for (const e of asc) {
  ascRows.push([e.date.raw, ...e.cells]);
  if (e.key === 'A1') ascRows.push({ span: 'No ASC involvement December 2022 to March 2023.' });
}
const housRows = [];
for (const e of hous) {
  housRows.push([e.date.raw, ...e.cells]);
  if (e.key === 'H5') housRows.push(['', '', '', '(cont.) NOSP expires 10/07/23 – proceedings may be issued after that date.', '']);
  if (e.key === 'H9') housRows.push(['', '', '', '', '']);
}
const polRows = pol.map((e) => [e.time ? `${e.date.raw} ${e.time.replace(':', '')}hrs` : e.date.raw, ...e.cells]);

const maDoc = new Document({
  creator: 'Porthaven SAB',
  title: 'SAR Kieran – multi-agency chronology return',
  styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
  sections: [{
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'OFFICIAL – SENSITIVE   |   SAR Kieran – combined return   |   Page ', size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })] }) },
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Porthaven Safeguarding Adults Board', bold: true, size: 28 })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Safeguarding Adult Review – "Kieran"', bold: true, size: 26 })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Multi-agency chronology return (parts 1–3)', size: 22 })] }),
      P('Scoping period: 1 March 2023 to 10 February 2024. Agencies were asked to record significant contacts only. Abbreviations are as used in each agency\'s own records.'),
      P('Subject: KIERAN (24), Flat 4, Ropewalk Court, Harbour Road, Porthaven. Mother: Mrs H.'),
      H('Part 1 – Adult Social Care', HeadingLevel.HEADING_1),
      P('Completed by: Safeguarding Adults Lead, Porthaven Council Adult Social Care (Mosaic records). Includes CLDT, Adult Front Door (AFD) and Safeguarding Adults Team.', { italics: true, size: 18 }),
      tableWithExtras(['Date', 'Worker / Team', 'Type of contact', 'Details', 'Outcome / Decision'], ascRows),
      H('Part 2 – Porthaven Housing Services', HeadingLevel.HEADING_1),
      P('Completed by: Tenancy Services Manager. Sources: tenancy file, ASB case file ASB/23/061, rent account.', { italics: true, size: 18 }),
      tableWithExtras(['Date', 'Officer', 'Contact / Event', 'Notes', 'Action taken'], housRows),
      H('Part 3 – Sandmoor Constabulary', HeadingLevel.HEADING_1),
      P('Completed by: Public Protection – Review Officer. Sources: STORM command and control, Niche RMS. A full incident list is supplied separately (police-incidents.csv).', { italics: true, size: 18 }),
      table(['Date/Time', 'Source', 'Event summary', 'Action / Outcome'], polRows),
      P(''),
      P('End of return.', { italics: true, size: 18 }),
    ],
  }],
});
fs.writeFileSync(path.join(OUT, 'multi-agency-return.docx'), await Packer.toBuffer(maDoc));

// ---------- write police-incidents.csv ----------
const q = (s) => '"' + String(s).replace(/"/g, '""') + '"';
const csvLines = [['Incident date', 'Time', 'Log ref', 'Incident type', 'Summary', 'Closure'].map(q).join(',')];
for (const e of csv) csvLines.push([e.date.raw, e.time, ...e.cells].map(q).join(','));
fs.writeFileSync(path.join(OUT, 'police-incidents.csv'), csvLines.join('\r\n') + '\r\n');

// ---------- write recovery-service.xlsx ----------
{
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Harbourlight Recovery';
  const ws = wb.addWorksheet('Case notes');
  ws.columns = [{ width: 13 }, { width: 12 }, { width: 18 }, { width: 90 }, { width: 24 }];
  ws.addRow(['Harbourlight Recovery – Porthaven Hub']).font = { bold: true, size: 13 };
  ws.addRow(['Extract of case notes for Safeguarding Adult Review – client ref HR-20931 (KIERAN)']);
  ws.addRow([]);
  const hdr = ws.addRow(['Date', 'Worker', 'Contact type', 'Case note', 'Plan / next step']);
  hdr.font = { bold: true };
  for (const e of rec) {
    let dcell;
    if (e.xl === 'date') {
      const [y, m, d] = e.date.earliest.split('-').map(Number);
      dcell = new Date(Date.UTC(y, m - 1, d));
    } else dcell = e.date.raw;
    const row = ws.addRow([dcell, ...e.cells]);
    if (e.xl === 'date') row.getCell(1).numFmt = 'dd/mm/yyyy';
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    if (e.key === 'R3') ws.addRow(['', '', '', '(cont.) Consented to information sharing with GP only. Mobile no. given by D.', '']);
    if (e.key === 'R8') ws.addRow([]);
  }
  const key = wb.addWorksheet('Key');
  key.addRow(['Abbreviation', 'Meaning']).font = { bold: true };
  for (const [a, b] of [['RW', 'Recovery worker'], ['HRW', 'Harm reduction worker'], ['TL', 'Team leader'], ['DNA', 'Did not attend'], ['LVM', 'Left voicemail'], ['OD', 'Overdose'], ['L&D', 'Liaison and Diversion']]) key.addRow([a, b]);
  await wb.xlsx.writeFile(path.join(OUT, 'recovery-service.xlsx'));
}

// ---------- write dwp-and-benefits.txt ----------
{
  const L = [];
  L.push('PORTHAVEN SAFEGUARDING ADULTS BOARD - SAR "KIERAN"');
  L.push('DWP and benefits information supplied to the review');
  L.push('');
  L.push('SECTION A - DWP case notes (Universal Credit / PIP), extracted by DWP Advanced Customer Support');
  L.push('---------------------------------------------------------------------------------------------');
  for (const e of dwpA) L.push(e.text);
  L.push('');
  L.push('SECTION B - Mrs H (mother, appointee until May 2023) - her own notes, typed up by the family for the review');
  L.push('---------------------------------------------------------------------------------------------');
  for (const e of dwpB) L.push(e.text);
  L.push('');
  L.push('SECTION C - Porthaven Council Client Affairs Team (corporate appointee from 08/12/23) - case notes');
  L.push('---------------------------------------------------------------------------------------------');
  for (const e of dwpC) L.push(e.text);
  L.push('');
  L.push('[end of extract]');
  fs.writeFileSync(path.join(OUT, 'dwp-and-benefits.txt'), L.join('\n') + '\n');
}

// ---------- write sar-panel-summary.pdf (via docx + LibreOffice) ----------
{
  const tmp = fs.mkdtempSync('/tmp/sarph-');
  const paras = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Porthaven Safeguarding Adults Board', bold: true, size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'SAR "Kieran" – summary of key events for the SAR panel', bold: true, size: 24 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: 'Draft for panel discussion – not for circulation', italics: true, size: 18 })] }),
  ];
  for (const p of panelParas) {
    const text = p.segs.map((s) => s.text).join(' ');
    paras.push(new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: `${p.n}.\t${text}`, size: 22 })] }));
  }
  const pdoc = new Document({
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'OFFICIAL – SENSITIVE   |   SAR panel summary   |   Page ', size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })] }) },
      children: paras,
    }],
  });
  const dpath = path.join(tmp, 'sar-panel-summary.docx');
  fs.writeFileSync(dpath, await Packer.toBuffer(pdoc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, dpath], { stdio: 'ignore' });
  fs.rmSync(tmp, { recursive: true, force: true });
}

// ---------- README ----------
{
  const counts = {};
  for (const g of gaps) counts[g.code] = (counts[g.code] || 0) + 1;
  const perFile = FILES.map((f) => `${f.file}: ${entries.filter((e) => e.ref.startsWith(f.file + '#')).length}`).join('; ');
  const md = `# ${CASE}

Invented safeguarding adult review (SAR) for the fictional South West coastal town of Porthaven.
Everything (people, places, services, references) is made up.

## People
- **Kieran** (24): mild learning disability, autism diagnosis, sole tenant of a council flat (Flat 4, Ropewalk Court, Porthaven) since August 2021. Closed to the CLDT in Nov 2022 after declining support.
- **Mrs H**: his mother, living some distance away; his DWP appointee until 22/05/2023.
- **Mr D**: an associate linked to the "JAY" county line from Aldenport (a fictional city); DWP appointee from 22/05/2023 until suspended on 24/11/2023.

## Period
1 March 2023 to 10 February 2024 (found dead at the flat: combined drug toxicity with blunt-force injuries).

## What went wrong
Dealers took over his flat (cuckooing) and took his benefits. Police attended again and again for ASB, gave words of advice and recorded "no offences disclosed"; intelligence that he was being cuckooed stayed inside the police. ASC twice closed concerns as a "lifestyle choice" with capacity assumed and no checks with anyone. Housing handled it only as ASB: NOSP, a closure order and possession proceedings, with no safeguarding referral. DWP handed the appointeeship to Mr D after a visit where he answered for Kieran, and later did nothing when his mother said Mr D was keeping the money. Harbourlight Recovery saw him once, brought by Mr D, and then discharged him after three DNAs with a letter to the GP only. The first s42 enquiry came only after a serious assault in November. The first MARM was on 18/01/2024 and did not invite the drug service. Three days before he died, police attended and did not tell ASC, although the MARM had asked them to.

## Files
| file | layout | agency |
|---|---|---|
| multi-agency-return.docx | one Word file, three parts, each a table with its own headings: Part 1 ASC (Date, Worker / Team, Type of contact, Details, Outcome / Decision); Part 2 Housing (Date, Officer, Contact / Event, Notes, Action taken); Part 3 Sandmoor Constabulary (Date/Time, Source, Event summary, Action / Outcome). Has a span heading row, a continuation row and a blank row | mixed (asc, housing, police) |
| police-incidents.csv | incident log: "Incident date","Time","Log ref","Incident type","Summary","Closure" | police |
| recovery-service.xlsx | Harbourlight Recovery case notes (sheet "Case notes": title rows, then Date, Worker, Contact type, Case note, Plan / next step; a continuation row and a blank row; two dates typed as text). Sheet "Key" holds abbreviations only | substance-misuse |
| dwp-and-benefits.txt | dated lines in three sections: A DWP notes (dwp), B mother's notes (family), C Client Affairs corporate appointee (asc) | mixed |
| sar-panel-summary.pdf | reviewer's numbered-paragraph narrative (docx converted by LibreOffice); many events also appear in agency records | mixed |

Entries: ${entries.length} (${perFile}). Gaps: ${gaps.length} (${Object.entries(counts).map(([k, v]) => `${k} x${v}`).join(', ')}). Decoys: ${decoys.length}. Duplicate groups: ${duplicates.length}.

## Case conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

Generated by \`/work/blind/generators/${CASE}.mjs\`.
`;
  fs.writeFileSync(path.join(OUT, 'README.md'), md);
}

console.log(`entries ${entries.length}; gaps ${gaps.length}; decoys ${decoys.length}; dup groups ${duplicates.length}`);
