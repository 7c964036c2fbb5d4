// Generator for invented case w2-sar-oakhollow-carehome (SAR, Oakhollow county).
// Writes the agency files, gold.json and README.md from one source of truth.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'w2-sar-oakhollow-carehome';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const c = (w, d, t) => ({ with: w, direction: d, type: t });
const addDays = (iso, n) => { const t = new Date(iso + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); };
const day = (raw, iso, unc = false) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain: unc });
const week = (raw, mon) => ({ raw, earliest: mon, latest: addDays(mon, 6), precision: 'week', uncertain: false });
const isoFromDmy = (s) => { const [d, m, y] = s.split('/'); return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`; };
const conf = (...ids) => ids.map((w) => c(w, 'both', 'conference'));

const FILES = [
  { file: 'care-home-daily-notes.csv', agency: 'other', format: 'csv' },
  { file: 'asc-safeguarding.docx', agency: 'asc', format: 'docx' },
  { file: 'safeguarding-meeting-minutes.docx', agency: 'asc', format: 'docx' },
  { file: 'hospital-discharge-letters.txt', agency: 'ed', format: 'txt' },
  { file: 'gp-record.xlsx', agency: 'gp', format: 'xlsx' },
];
const entries = []; // {key, file, agency, date, time, text, contacts, concerns}
const add = (file, agency, e) => entries.push({ file, agency, ...e });

// =====================================================================
// 1. Care home daily notes (Larchmere House, Brightwell Care Group) -> other
// =====================================================================
// [key, date, shift, staff, note, bodymap, contacts, concerns, time, cont]
const CH = [
  ['ch-0103', '03/01/2023', 'Day', 'KL', "Ellie back from Xmas at mums, mum dropped her off at 2pm. Mum said she thinks E has lost weight and isnt eating much at home either. We told her we would keep an eye on it. Weighed E 64.9kg.", 'N', [c('family', 'in', 'attendance')], ['neglect'], '14:00'],
  ['ch-0117', '17/01/2023', 'Night', 'DW', "E had a siezure 02:15, tonic clonic approx 3 mins, no PRN needed. Obs done after, sats 96%. Recovered and slept. Seizure chart filled in.", 'N', [], ['other'], '02:15'],
  ['ch-0123', '23/01/2023', 'Day', 'AB', "E was meant to go to the surgery today for weight + bloods but no driver on shift so we couldnt take her. Will ring surgery to rebook.", 'N', [], ['non-engagement'], null],
  ['ch-0124', '24/01/2023', 'Day', 'AB', "E refused breakfast and lunch, few spoons of yoghurt only. Refused AM meds (leve + lamotrigine), we tried again mid morning and she spat them out. MAR coded R. PM meds taken ok in jam.", 'N', [], ['non-engagement'], null],
  ['ch-0206', '06/02/2023', 'Day', 'KL', "Surgery rang asking where E was for her weight appt - we forgot to put it in the diary, sorry. They are sending a letter to JP to rebook.", 'N', [c('gp', 'in', 'phone-call')], ['non-engagement'], null],
  ['ch-0214', '14/02/2023', 'Night', 'SO', "Unsettled night. 2 short seizures 01:40 and 04:10, both under 2 mins, no PRN. Obs fine. E pulling at her nightie and didnt want to be touched.", 'N', [], ['other'], '01:40'],
  ['ch-0302', '02/03/2023', 'Day', 'JP', "Manager note: E's DoLS runs out 13/03, need to send the renewal form to the council. On my list.", 'N', [], [], null],
  ['ch-0318', '18/03/2023', 'Night', 'DW', "03:20 heard E on the monitor, seizing in bed, tonic clonic. Went over 5 mins so gave buccal midazolam 10mg (PRN) at 03:26. Still fitting 03:35 so staff rang 999. Crew arrived 03:58 and took her to KGH. When we changed her we noticed bruises on both shins and top of L arm, not sure how she got them. Body map done.", 'Y', [c('ambulance', 'out', 'phone-call'), c('ed', 'out', 'information-share')], ['other', 'injury'], '03:20',
    'cont. - SO went with E in the ambulance and gave A&E a copy of her MAR and seizure chart.'],
  ['ch-0319', '19/03/2023', 'Day', 'KL', "E came back from KGH 15:30, discharge letter put in her file. Letter says her lamotrigine level was low. We checked the MAR - 3 gaps last week where PM meds not signed for. Spoke to staff at handover and reminded everyone to sign.", 'N', [c('ed', 'in', 'letter')], ['neglect'], '15:30'],
  ['ch-0409', '09/04/2023', 'Day', 'AB', "No lamotrigine in the trolley for 6pm dose - E missed it yesterday and again today. Rang the pharmacy, closed for Easter (answerphone). Script hasnt come through. Will chase Tues.", 'N', [c('other', 'attempted', 'phone-call')], ['neglect'], '18:00'],
  ['ch-0426', '26/04/2023', 'Day', 'KL', "Weighed E 60.2kg. Down again. Started food + fluid chart. Mum rang asking about E's weight, told her we are doing food charts now.", 'N', [c('family', 'in', 'phone-call')], ['neglect'], null],
  ['ch-0512', '12/05/2023', 'Day', 'AB', "Bruse on E's R upper arm when helping her dress, looks like fingermarks?? E cant tell us. Body map done, told KL (senior).", 'Y', [], ['injury'], null],
  ['ch-0516', '16/05/2023', 'Night', 'SO', "E very unsettled, crying and pushing staff away when we tried to do personal care. Siezure 23:50 about 2 mins. Obs ok after.", 'N', [], ['other'], '23:50'],
  ['ch-0528', '28/05/2023', 'Day', 'MN', "Bruising on both wrists and L thigh seen in the shower. Body map done. E flinched when the agency carer came in the room.", 'Y', [], ['injury'], null],
  ['ch-0531', '31/05/2023', 'Day', 'KL', "Mum visited pm. Saw the bruise on E's wrist and was very angry, said staff are rough with E and she is not eating. We explained the bruises are prob from her seizures. Mum says she is going to complain to the council.", 'N', [c('family', 'in', 'attendance')], ['injury', 'neglect'], null],
  ['ch-0609', '09/06/2023', 'Night', 'DW', "06:00 changing E - new bruising L side of chest and L upper arm. No seizures on nights. Dont know the cause. Body map done, left note for JP.", 'Y', [], ['injury'], '06:00'],
  ['ch-0621', '21/06/2023', 'Day', 'JP', "JP raised a safeguarding concern to Oakhollow Adult Safeguarding (online form) about E's unexplained bruises - body maps 12/5, 28/5 and 9/6 attached. Rang mum to let her know.", 'N', [c('asc', 'out', 'referral'), c('family', 'out', 'phone-call')], ['injury'], null],
  ['ch-0626', '26/06/2023', 'Day', 'AB', "E had a seizure in the lounge 11:10 and fell, hit her face on the coffee table, cut above L eye. Staff rang 111 who said take her to A&E. Taxi to KGH, AB went with her and gave them her hospital passport. Back 17:30 with steri strips. Body map done.", 'Y', [c('ambulance', 'out', 'phone-call'), c('ed', 'out', 'information-share')], ['injury', 'other'], '11:10'],
  ['ch-0629', '29/06/2023', 'Day', 'KL', "Social worker from safeguarding rang JP - council want us to investigate E's bruises ourselves (s42). Meeting on Teams next week.", 'N', [c('asc', 'in', 'phone-call')], ['injury'], null],
  ['ch-0705', '05/07/2023', 'Day', 'JP', "JP + our regional quality lead on Teams for the s42 planning meeting with the council. We are doing the investigation and need to send a report in 4 wks. Mum wasnt at the meeting.", 'N', conf('asc'), [], null],
  ['ch-0712', '12/07/2023', 'Day', 'JP', "Internal investigation - spoke to all staff on shift on the body map dates, checked rota. Nobody saw any rough handling. Agency carer (RG) was on shift 28/5 and 9/6 - asked agency not to send her again.", 'N', [], ['injury'], null],
  ['ch-0728', '28/07/2023', 'Day', 'JP', "Emailed our s42 investigation report to council safeguarding. Conclusion - bruises most likely from seizures and transfers, no evidence of abuse. Moving + handling refresher booked for all staff.", 'N', [c('asc', 'out', 'email')], ['injury'], null],
  ['ch-0814', '14/08/2023', 'Day', 'JP', "Sent E's DoLS renewal to the council DoLS team. Old one ran out in March - missed it, sorry.", 'N', [c('asc', 'out', 'referral')], [], null],
  ['ch-0822', '22/08/2023', 'Night', 'SO', "Seizure 04:30 lasting 4 mins, no PRN given. Incontinent, changed bed. Very sleepy this am, obs ok.", 'N', [], ['other'], '04:30'],
  ['ch-0830', '30/08/2023', 'Day', 'MN', "Weighed E 56.0kg. Eating very little, pocketing food and spitting it out. Mum rang and was shouting about E's weight, says she has rung social services twice and nobody has come out.", 'N', [c('family', 'in', 'phone-call')], ['neglect'], null],
  ['ch-0905', '05/09/2023', 'Day', 'KL', "KL emailed the surgery (reception email) asking for a GP to review E's weight and appetite. No reply yet.", 'N', [c('gp', 'out', 'email')], ['neglect'], null],
  ['ch-0915', '15/09/2023', 'Day', 'AB', "Took E to her GP appt. Weighed 55.1kg. GP asked for MAR charts, we didnt have them with us. Bloods to be booked. GP noticed the bruise on her arm, told him we think she knocked it.", 'N', [c('gp', 'out', 'appointment')], ['neglect', 'injury'], null],
  ['ch-1010', '10/10/2023', 'Day', 'KL', "CLDT dietitian visited and saw E, looked at the food charts. Wants fortified diet + snacks, weekly weights, and food charts sent to her every 2 wks.", 'N', [c('adult-mh', 'in', 'home-visit')], ['neglect'], null],
  ['ch-1014', '14/10/2023', 'Night', 'DW', "01:05 E seizure, then another straight after (cluster). Gave buccal midaz 01:12. 3rd seizure 01:25 so rang 999 at 01:27. Crew took her to KGH, DW went with her. Crew pointed out a bruise on R cheek and lower back. Body map done.", 'Y', [c('ambulance', 'out', 'phone-call')], ['other', 'injury'], '01:05'],
  ['ch-1016', '16/10/2023', 'Day', 'AB', "E back from KGH. Hospital safeguarding nurse phoned JP, said they have made a safeguarding referral about E's weight and bruises.", 'N', [c('ed', 'in', 'phone-call')], ['neglect', 'injury'], null],
  ['ch-1024', '24/10/2023', 'Day', 'KL', "Rang surgery to cancel E's annual health check today, 2 staff off sick and no one to take her. They have rebooked.", 'N', [c('gp', 'out', 'phone-call')], ['non-engagement'], null],
  ['ch-1108', '08/11/2023', 'Day', 'JP', "JP at the professionals meeting on Teams about E (council, GP, CLDT, hospital nurse, mum). Actions for us - send MAR and food/weight charts to GP weekly. CLDT to redo E's epilepsy plan. Council looking at DoLS.", 'N', conf('asc', 'gp', 'adult-mh', 'ed', 'family'), [], null],
  ['ch-1120', '20/11/2023', 'Day', 'MN', "MAR + weight charts not sent to GP this week, printer broken. Will do next wk.", 'N', [], [], null],
  ['ch-1203', '03/12/2023', 'Day', 'AB', "E had 3 seizures 07:40 to 08:30, didnt come round fully in between. Rang 111, they sent an ambulance and took her to KGH. Back 19:00, hospital put her lamotrigine up.", 'N', [c('ambulance', 'out', 'phone-call')], ['other'], '07:40'],
  ['ch-1219', '19/12/2023', 'Day', 'KL', "Mum rang re Christmas. Told her E not well enough to go home this year. Mum upset, said she has been asking the council for a meeting.", 'N', [c('family', 'in', 'phone-call')], [], null],
  ['ch-1228', '28/12/2023', 'Night', 'AG1', "2 agency staff on tonight, neither buccal trained. Rang on-call (KL) who said ring 999 straight away if E fits over 5 mins.", 'N', [], [], null],
  ['ch-0107n', '07/01/2024', 'Night', 'SO', "05:30 agency carer found E fitting in bed, dont know how long for. SO (only buccal trained staff on) was on break, came and gave buccal midaz 05:44. Still fitting so rang 999 05:52. Crew here 06:09, took her to KGH. Rang mum 06:30. JP informed.", 'N', [c('ambulance', 'out', 'phone-call'), c('family', 'out', 'phone-call')], ['other'], '05:30'],
  ['ch-0107d', '07/01/2024', 'Day', 'JP', "KGH rang 08:05 to say E has passed away in A&E. Mum is at the hospital. JP rang council out of hours (EDT) to let them know. CQC notification sent.", 'N', [c('ed', 'in', 'phone-call'), c('asc', 'out', 'phone-call'), c('other', 'out', 'notification')], ['other'], '08:05'],
];
{
  const q = (s) => '"' + String(s).replace(/"/g, '""') + '"';
  const lines = [];
  lines.push(q('Brightwell Care Group - Larchmere House - Daily notes export - Resident: VARDEN, Ellie - Filter: health / safeguarding / family contact'));
  lines.push(['Date', 'Shift', 'Staff', 'Note', 'Body map (Y/N)'].map(q).join(','));
  for (const r of CH) {
    const [key, date, shift, staff, note, bm, contacts, concerns, time, cont] = r;
    lines.push([date, shift, staff, note, bm].map(q).join(','));
    let text = `${shift} | ${staff} | ${note} | ${bm}`;
    if (cont) { lines.push(['', '', '', cont, ''].map(q).join(',')); text += ' | ' + cont; }
    if (key === 'ch-0531') lines.push(',,,,'); // stray blank row in export
    add('care-home-daily-notes.csv', 'other', { key, date: day(date, isoFromDmy(date)), time, text, contacts, concerns });
  }
  fs.writeFileSync(path.join(OUT, 'care-home-daily-notes.csv'), lines.join('\r\n') + '\r\n');
}

// =====================================================================
// 2. ASC chronology (Word table) -> asc
// =====================================================================
// [key, rawDate, dateObj, activity, officer, summary, outcome, contacts, concerns, time]  or ['HEADING', text]
const ASC = [
  ['asc-1117', '17/11/2022', day('17/11/2022', '2022-11-17'), 'Review', 'SW2 (Reviewing Team)',
    "Annual Care Act review of residential placement held at Larchmere House (Brightwell Care Group Ltd). Present: Ellie, the Registered Manager and SW2. Mrs Varden (mother) gave her views by telephone before the review. The Registered Manager reported that the placement remains stable and that seizures are well managed.",
    'Placement to continue. Next annual review due November 2023.',
    [...conf('other'), c('family', 'out', 'home-visit'), c('family', 'out', 'phone-call')], [], null],
  ['asc-0313', '13/03/2023', day('13/03/2023', '2023-03-13'), 'DoLS', 'DoLS Co-ordinator',
    'Standard authorisation DOLS/22/0913 expired. No request for a further authorisation has been received from the managing authority (Larchmere House). Expiry reminder letter sent to the Registered Manager.',
    'Recorded on expired authorisations list. Awaiting request.',
    [c('other', 'out', 'letter')], [], null],
  ['asc-0602', '?02/06', day('?02/06', '2023-06-02', true), 'Contact (telephone)', 'CA3 (Adult Access Team)',
    "Mrs Varden (mother) telephoned to complain about the care of her daughter at Larchmere House. She reported that Ellie has bruising to her wrists, is losing weight and that staff are 'rough' with her. Mrs Varden requested a visit from a social worker. (Date of call unclear: contact record created 05/06.)",
    "Outcome: information and advice. Recorded as a complaint about a commissioned provider; Mrs Varden advised to use the provider's complaints procedure in the first instance. Copy passed to Quality Assurance (Commissioning). Safeguarding concern not raised.",
    [c('family', 'in', 'phone-call')], ['injury', 'neglect'], null],
  ['asc-0621', '21/06', day('21/06', '2023-06-21'), 'Safeguarding concern', 'Duty SW (SW3), Adult Safeguarding Front Door',
    'Safeguarding concern received via online portal from the Registered Manager, Larchmere House, regarding unexplained bruising to Ellie found on three occasions (body maps dated 12/05, 28/05 and 09/06 enclosed). Ellie has a moderate learning disability and epilepsy and is unable to give an account of how the injuries occurred.',
    'Screened: s42(1) criteria appear to be met. Passed to Safeguarding Adults Manager for enquiry decision.',
    [c('other', 'in', 'referral')], ['injury'], null],
  ['asc-0623', '23/06', day('23/06', '2023-06-23'), 's42 decision', 'SAM1',
    'Section 42 enquiry decision recorded. Criteria met: Ellie has care and support needs, is at risk of physical abuse and is unable to protect herself. Decision to cause an enquiry to be made by Brightwell Care Group Ltd under s42(2), as the concern relates to care delivered at the home. SW4 allocated as enquiry officer with oversight.',
    'Enquiry officer to contact provider and arrange planning meeting.',
    [], ['injury'], null],
  ['asc-0629', '29/06', day('29/06', '2023-06-29'), 'Telephone call', 'SW4',
    'Telephoned the Registered Manager, Larchmere House. Explained the s42 process and that Brightwell Care Group Ltd is asked to carry out the enquiry and report back within four weeks.',
    'Planning meeting arranged for 05/07 via Teams.',
    [c('other', 'out', 'phone-call')], [], null],
  ['asc-0705', '05/07', day('05/07', '2023-07-05'), 's42 planning meeting', 'SAM1 (Chair) / SW4',
    's42 planning meeting held via Teams. Present: SAM1 (Chair, ASC); SW4 (Enquiry Officer, ASC); Registered Manager, Larchmere House; Regional Quality Lead, Brightwell Care Group Ltd. Apologies: none. Enquiry to be undertaken by the provider; terms of reference agreed. Ellie lacks capacity to take part in the enquiry; provider to inform Mrs Varden.',
    "Provider's enquiry report due 02/08. Minutes to follow.",
    conf('other'), [], null],
  ['asc-wc1007', 'w/c 10/07', week('w/c 10/07', '2023-07-10'), 'Contact (telephone)', 'CA2 (Adult Access Team)',
    "Mrs Varden telephoned requesting an update on the safeguarding enquiry. She asked why Ellie's GP had not been told about the bruising and why she had not been invited to the meeting. Advised that the matter is being looked into by the provider.",
    'Message passed to SW4.',
    [c('family', 'in', 'phone-call')], ['injury'], null],
  ['asc-0731', '31/07', day('31/07', '2023-07-31'), 'Enquiry report', 'SW4',
    "Provider's s42 enquiry report received by email and reviewed. The report concludes that the bruising was most likely sustained during seizures and moving and handling, and that there is no evidence of abuse by staff. Actions identified by the provider: moving and handling refresher training; audit of body map practice; agency carer not to be rebooked.",
    "Enquiry officer satisfied with the provider's response. Recommend closure: not substantiated.",
    [c('other', 'in', 'email')], ['injury'], null],
  ['asc-0809', '09/08', day('09/08', '2023-08-09'), 's42 outcome meeting', 'SAM1 (Chair)',
    "s42 outcome meeting (Teams). Present: SAM1 (Chair, ASC); SW4 (Enquiry Officer, ASC); Registered Manager, Larchmere House. Apologies: Regional Quality Lead, Brightwell Care Group Ltd. Outcome: concern not substantiated; risk reduced. Provider's actions accepted.",
    'Enquiry closed. Outcome letter to be sent to the provider. SW4 to inform Mrs Varden.',
    conf('other'), ['injury'], null],
  ['asc-0810', '10/08', day('10/08', '2023-08-10'), 'Telephone call', 'SW4',
    "Telephoned Mrs Varden to inform her of the outcome of the enquiry. Mrs Varden did not accept the outcome. She stated that Ellie 'is fading away', that no one is weighing her properly, and asked for a social worker to visit. Advised that Ellie's annual review is due in November and that concerns could be raised at that time.",
    'Safeguarding episode closed.',
    [c('family', 'out', 'phone-call')], ['neglect'], null],
  ['asc-0814', '14/08', day('14/08', '2023-08-14'), 'DoLS', 'DoLS Co-ordinator',
    'Request for a standard authorisation received from Larchmere House (managing authority). Previous authorisation expired 13/03. Screened using the ADASS priority tool: medium priority.',
    'Added to waiting list for Best Interests Assessor allocation (current wait approx. 6-9 months).',
    [c('other', 'in', 'referral')], [], null],
  ['asc-0829', '29/08', day('29/08', '2023-08-29'), 'Contact (telephone)', 'CA3 (Adult Access Team)',
    "Mrs Varden telephoned, distressed. She reported that Ellie has lost a great deal of weight and is 'not safe' at Larchmere House, and requested a safeguarding visit. Mrs Varden was advised that the safeguarding enquiry has concluded.",
    'Contact logged and passed to Reviewing Team duty tray.',
    [c('family', 'in', 'phone-call')], ['neglect'], null],
  ['HEADING', 'SAFEGUARDING ENQUIRY 2 - ref SG-23-2210'],
  ['asc-1016', '16/10', day('16/10', '2023-10-16'), 'Safeguarding concern', 'Duty SW (SW5), Adult Safeguarding Front Door',
    'Safeguarding concern received by secure email from the Adult Safeguarding Team, Kessingford General Hospital. Ellie was admitted via ED on 14/10 following a cluster of seizures. Weight 54.2kg (BMI 19.0); bruising to right cheek and lower back; lamotrigine level subtherapeutic on each admission this year. The hospital is concerned about neglect and possible physical abuse. Previous enquiry (closed August 2023) noted.',
    "Telephoned ED adult safeguarding nurse the same day to acknowledge receipt. Criteria met: s42 enquiry to be led by ASC. Professionals' meeting to be convened to include the GP and the CLDT.",
    [c('ed', 'in', 'referral'), c('ed', 'out', 'phone-call')], ['neglect', 'injury'], null],
  ['asc-1018', '18/10', day('18/10', '2023-10-18'), 'Information request', 'SW5',
    "Emailed Hollin Cross Surgery and the Community Learning Disability Team requesting relevant information for the enquiry and inviting both to a professionals' meeting on 08/11.",
    'Awaiting responses.',
    [c('gp', 'out', 'information-request'), c('adult-mh', 'out', 'information-request')], [], null],
  ['asc-1108', '08/11', day('08/11', '2023-11-08'), "Professionals' meeting", 'SW5 (Chair)',
    "Professionals' meeting held via Teams. Present: SW5 (Chair, ASC); SAM1 (ASC); Dr Whitcombe (GP, Hollin Cross Surgery); LDN1 (Learning Disability Nurse, CLDT); Epilepsy Specialist Nurse (CLDT); Registered Manager, Larchmere House; Adult Safeguarding Nurse, Kessingford General Hospital; Mrs Varden (mother). Apologies: none.",
    'Actions agreed (see minutes). s42 enquiry continues, led by ASC. DoLS request to be prioritised.',
    conf('gp', 'adult-mh', 'other', 'ed', 'family'), [], null],
  ['asc-1115', '15/11', day('15/11', '2023-11-15'), 'Visit', 'SW5',
    'Visited Ellie at Larchmere House. Ellie seen in the lounge; she appeared thin and withdrawn. Care plan and MAR charts reviewed with the Deputy Manager: several unsigned entries in October.',
    'Staff rota and incident log requested from the provider. Enquiry continues.',
    [c('family', 'out', 'home-visit'), c('other', 'out', 'information-request')], ['neglect'], null],
  ['asc-1130', '30/11', day('30/11', '2023-11-30'), 'DoLS', 'DoLS Co-ordinator',
    "Request re-prioritised to high following the professionals' meeting. No Best Interests Assessor available before January 2024.",
    'Awaiting BIA allocation.',
    [], [], null],
  ['asc-1221', '21/12', day('21/12', '2023-12-21'), 'Case note', 'SW5',
    'Enquiry remains open. The provider has not supplied the staff rota and incident log requested at the visit. Reminder email sent to the Registered Manager. Review meeting planned for 13/12 did not take place (Chair on leave); to be rearranged in January.',
    'Await provider response.',
    [c('other', 'out', 'email')], [], null],
  ['asc-0107', '07/01/2024', day('07/01/2024', '2024-01-07'), 'EDT', 'EDT1 (Emergency Duty Team)',
    'Telephone call at 08:40 from the Registered Manager, Larchmere House, reporting that Ellie was taken to Kessingford General Hospital by ambulance early this morning following a prolonged seizure and has died.',
    'Passed to Safeguarding Adults Manager for the next working day.',
    [c('other', 'in', 'phone-call')], ['other'], '08:40'],
  ['asc-0108', '08/01', day('08/01', '2024-01-08'), 'Case note', 'SAM1',
    "Death of Ellie notified to the Oakhollow Safeguarding Adults Board business unit by email. s42 enquiry remains open. Referral for a Safeguarding Adults Review to be considered.",
    'SAB to consider SAR referral.',
    [c('other', 'out', 'notification')], ['other'], null],
];

const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, PageBreak, BorderStyle } = docx;
const P = (text, o = {}) => new Paragraph({ children: [new TextRun({ text, bold: !!o.bold, size: o.size, italics: !!o.italics })], alignment: o.center ? AlignmentType.CENTER : undefined, spacing: { after: o.after ?? 80 } });
const cell = (text, o = {}) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: !!o.bold, size: 18 })] })], columnSpan: o.span, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, shading: o.shade ? { fill: o.shade } : undefined });

async function writeAsc() {
  const widths = [1100, 1500, 1600, 4200, 2600];
  const rows = [new TableRow({ tableHeader: true, children: ['Date', 'Activity type', 'Officer', 'Summary', 'Outcome / next steps'].map((h, i) => cell(h, { bold: true, w: widths[i], shade: 'D9D9D9' })) })];
  for (const r of ASC) {
    if (r[0] === 'HEADING') { rows.push(new TableRow({ children: [cell(r[1], { bold: true, span: 5, shade: 'F2F2F2' })] })); continue; }
    const [key, raw, date, act, off, sum, outc, contacts, concerns, time] = r;
    rows.push(new TableRow({ children: [raw, act, off, sum, outc].map((t, i) => cell(t, { w: widths[i] })) }));
    add('asc-safeguarding.docx', 'asc', { key, date, time, text: [act, off, sum, outc].join(' | '), contacts, concerns });
  }
  const doc = new Document({ sections: [{ properties: { page: { size: { orientation: 'landscape', width: 16838, height: 11906 } } }, children: [
    P('OAKHOLLOW COUNTY COUNCIL', { bold: true, size: 28 }),
    P('Adult Social Care - Single Agency Chronology', { bold: true, size: 24 }),
    P("Safeguarding Adults Review: 'Ellie' (Ellie VARDEN, DOB 04/08/1989)"),
    P('Source: Mosaic case records (Adult Access Team, Adult Safeguarding, Reviewing Team) and DoLS database. Prepared by: Safeguarding Adults Manager (SAM1).'),
    P('Officers are identified by role codes. Entries are summarised from the case record.', { italics: true, after: 200 }),
    new Table({ rows, width: { size: 11000, type: WidthType.DXA } }),
    P(''),
    P('OFFICIAL - SENSITIVE', { italics: true }),
  ] }] });
  fs.writeFileSync(path.join(OUT, 'asc-safeguarding.docx'), await Packer.toBuffer(doc));
}

// =====================================================================
// 3. Safeguarding meeting minutes (ASC) -> asc
// =====================================================================
// Each block: title lines (not entries), then the meeting entry (lines), then action entries.
const MIN = [
  { title: ['OAKHOLLOW COUNTY COUNCIL - ADULT SOCIAL CARE', 'Adult Safeguarding - Section 42 Enquiry', 'PLANNING MEETING - MINUTES', 'Adult at risk: Ellie VARDEN     DOB: 04/08/1989     Mosaic ref: 4471902     Enquiry ref: SG-23-1187'],
    meeting: { key: 'min-m1', date: day('Wednesday 5th July 2023', '2023-07-05'), time: '10:30', contacts: conf('other'), concerns: ['injury'],
      lines: [
        'Date of meeting: Wednesday 5th July 2023, 10:30 - 11:15 (Microsoft Teams)',
        'Chair: SAM1, Safeguarding Adults Manager, ASC',
        'Minutes: BSO2, Business Support, ASC',
        'Attendees: SAM1 (Chair, ASC); SW4 (Enquiry Officer, ASC); Registered Manager (Larchmere House, Brightwell Care Group Ltd); Regional Quality Lead (Brightwell Care Group Ltd)',
        'Apologies: none',
        '#1. Introductions and purpose of the meeting',
        "SAM1 explained that the meeting was to plan the enquiry into the concern raised by the home about unexplained bruising to Ellie, and reminded attendees of confidentiality.",
        '#2. Summary of concern',
        'The Registered Manager summarised the three body maps. Ellie is unable to say how the bruising happened. Staff believe it may be due to seizures or to knocks during personal care. One agency carer had been on shift on two of the dates.',
        '#3. Information available',
        "Information available to the meeting is the provider's incident records, body maps and daily notes. Ellie is registered with Hollin Cross Surgery and is known to the Community Learning Disability Team (epilepsy nurse). No health records have been obtained for this enquiry.",
        '#4. Enquiry plan',
        'ASC will cause the enquiry to be made by Brightwell Care Group Ltd (s42(2)). The Registered Manager will interview staff, review rotas, MAR charts and daily notes, and provide a written report. SW4 will maintain oversight.',
        '#5. Making Safeguarding Personal',
        'Ellie lacks capacity to take part in decisions about the enquiry. Her mother, Mrs Varden, is her next of kin and is to be kept informed by the provider. Mrs Varden was not invited to this meeting.',
        '#6. Interim protection plan',
        'Two staff for personal care; body map after any seizure; agency carer (RG) not to be used at Larchmere House pending the outcome.',
      ] },
    actionsHeading: 'ACTIONS',
    actions: [
      { key: 'min-a1', date: day('02/08/2023', '2023-08-02'), line: '1. Registered Manager - complete the enquiry and submit a written report to SW4 by 02/08/2023.' },
      { key: 'min-a2', date: day('07/07/2023', '2023-07-07'), line: '2. Registered Manager - inform Mrs Varden that an enquiry is under way by 07/07/2023.' },
      { key: 'min-a3', date: day('07/07/2023', '2023-07-07'), line: '3. SW4 - record the enquiry plan on Mosaic and circulate these minutes by 07/07/2023.' },
    ],
    footer: ['Distribution: attendees only.'] },
  { title: ['OAKHOLLOW COUNTY COUNCIL - ADULT SOCIAL CARE', "PROFESSIONALS' MEETING - MINUTES", 'Re: Ellie VARDEN     DOB: 04/08/1989     Enquiry ref: SG-23-2210'],
    meeting: { key: 'min-m2', date: day('8 November 2023', '2023-11-08'), time: '14:00', contacts: conf('gp', 'adult-mh', 'other', 'ed', 'family'), concerns: ['neglect', 'injury'],
      lines: [
        'Date of meeting: 8 November 2023, 14:00 - 15:20 (Microsoft Teams)',
        'Chair: SW5, Senior Social Worker, ASC',
        'Attendees: SW5 (Chair, ASC); SAM1 (Safeguarding Adults Manager, ASC); Dr P. Whitcombe (GP, Hollin Cross Surgery); LDN1 (Learning Disability Nurse, CLDT); Epilepsy Specialist Nurse (CLDT); Registered Manager (Larchmere House); Adult Safeguarding Nurse (Kessingford General Hospital); Mrs C. Varden (mother)',
        'Apologies: none received',
        '#1. Introductions and purpose',
        "SW5 explained that the meeting had been called following the safeguarding concern raised by Kessingford General Hospital after Ellie's October admission.",
        '#2. Health and weight',
        'Dr Whitcombe reported significant weight loss: 67.8kg at the last annual health check and 55.1kg at the September review. The hospital recorded 54.2kg on admission. Blood results show low albumin. The practice had not been made aware of the earlier safeguarding enquiry or of the bruising recorded by the home.',
        '#3. Epilepsy and medication',
        'The hospital reported subtherapeutic lamotrigine levels on each admission this year. The Registered Manager stated that all doses are given as prescribed; SW5 noted unsigned MAR entries seen at the home. LDN1 said the CLDT had not been told about the hospital admissions, the bruising or the previous enquiry, and that the epilepsy care plan and rescue medication protocol have not been reviewed for almost a year. Not all current staff are trained to give buccal midazolam.',
        "#4. Views of Ellie's mother",
        "Mrs Varden said she had raised her concerns about Ellie's weight and bruising with the home and with ASC many times over several months and felt that nobody had listened.",
        '#5. Deprivation of Liberty Safeguards',
        "Ellie's DoLS authorisation expired earlier this year. A new request is on the DoLS waiting list.",
      ] },
    actionsHeading: '#6. Actions',
    actions: [
      { key: 'min-b1', date: day('13/11/2023', '2023-11-13'), line: '1. Larchmere House - send MAR charts and weight/food charts to the GP weekly, starting 13/11/2023.' },
      { key: 'min-b2', date: day('24/11/2023', '2023-11-24'), line: '2. CLDT Epilepsy Specialist Nurse - review the epilepsy care plan and buccal midazolam protocol and confirm staff training by 24/11/2023.' },
      { key: 'min-b3', date: day('30/11/2023', '2023-11-30'), line: '3. Dr Whitcombe - review anti-epileptic medication, with neurology advice, by 30/11/2023.' },
      { key: 'min-b4', date: day('30/11/2023', '2023-11-30'), line: '4. ASC DoLS team - prioritise the Best Interests Assessment by 30/11/2023.' },
      { key: 'min-b5', date: day('13/12/2023', '2023-12-13'), time: '14:00', line: 'Date of next meeting: 13/12/2023, 14:00 (Teams).' },
    ],
    footer: ['Distribution: all attendees.'] },
];
async function writeMinutes() {
  const children = [];
  MIN.forEach((m, i) => {
    if (i > 0) children.push(new Paragraph({ children: [new PageBreak()] }));
    m.title.forEach((t, j) => children.push(P(t, { bold: j < 3, size: j === 0 ? 26 : undefined, after: j === m.title.length - 1 ? 200 : 60 })));
    for (const l of m.meeting.lines) {
      if (l.startsWith('#')) children.push(P(l.slice(1), { bold: true }));
      else children.push(P(l));
    }
    const clean = m.meeting.lines.map((l) => (l.startsWith('#') ? l.slice(1) : l));
    add('safeguarding-meeting-minutes.docx', 'asc', { key: m.meeting.key, date: m.meeting.date, time: m.meeting.time, text: clean.join('\n'), contacts: m.meeting.contacts, concerns: m.meeting.concerns });
    children.push(P(m.actionsHeading.replace(/^#/, ''), { bold: true }));
    for (const a of m.actions) {
      children.push(P(a.line));
      add('safeguarding-meeting-minutes.docx', 'asc', { key: a.key, date: a.date, time: a.time ?? null, text: a.line, contacts: [], concerns: [] });
    }
    m.footer.forEach((f) => children.push(P(f, { italics: true })));
  });
  const doc = new Document({ sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, 'safeguarding-meeting-minutes.docx'), await Packer.toBuffer(doc));
}

// =====================================================================
// 4. Hospital letters (Kessingford General Hospital ED / CDU) -> ed
// =====================================================================
const HEAD = ['KESSINGFORD GENERAL HOSPITAL NHS FOUNDATION TRUST'];
const ADDR = 'Marsh Road, Kessingford, Oakhollow KG2 7LP      Tel: 01632 960410';
const PT = 'Patient: Ellie VARDEN     DOB: 04/08/1989     NHS No: [redacted]     Hosp No: K0884213';
const PTADDR = 'Address: Larchmere House, 14 Rookery Lane, Hollin Cross, Oakhollow';
const LET = [
  { key: 'h1', date: day('18/03/2023', '2023-03-18'), time: '04:22',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other'), c('other', 'in', 'attendance'), c('gp', 'out', 'letter'), c('other', 'out', 'letter')],
    concerns: ['other', 'neglect', 'injury'],
    lines: [...HEAD, 'Emergency Department - Clinical Decision Unit (CDU)', ADDR, '', 'DISCHARGE SUMMARY', PT, PTADDR,
      'Date of admission: 18/03/2023     Time of arrival: 04:22', 'Date of discharge: 19/03/2023', 'Consultant: Dr M. Adeyemi, Emergency Medicine', 'GP: Dr P. Whitcombe, Hollin Cross Surgery', '',
      'Dear Dr Whitcombe,', '',
      'Diagnosis: Prolonged generalised tonic-clonic seizure (breakthrough). Known epilepsy and moderate learning disability.', '',
      'Ellie was brought in by ambulance from her residential home, accompanied by a carer. Carers report a tonic-clonic seizure lasting more than ten minutes; buccal midazolam 10mg was given by staff and the seizure terminated after a second benzodiazepine dose from the ambulance crew. She was observed overnight on CDU and returned to her baseline.', '',
      'Her lamotrigine level was 1.1 mg/L, which is subtherapeutic and suggests missed doses. On examination there was bruising to both shins and to the left upper arm; carers attributed this to falls during seizures. No safeguarding concerns were raised.', '',
      'Plan: continue current anti-epileptic medication. We would be grateful if you could review adherence with the care home and consider referral to the CLDT epilepsy nurse.', '',
      'Yours sincerely,', 'Dr S. Okoro, ST4 Emergency Medicine, for Dr M. Adeyemi', 'cc: Registered Manager, Larchmere House'] },
  { key: 'h2', date: day('26/06/2023', '2023-06-26'), time: '12:05',
    contacts: [c('family', 'in', 'attendance'), c('other', 'in', 'attendance'), c('gp', 'out', 'letter'), c('other', 'out', 'letter')],
    concerns: ['injury', 'other'],
    lines: [...HEAD, 'Emergency Department', ADDR, '', 'ED ATTENDANCE LETTER - FOR INFORMATION', PT,
      'Attendance date: 26/06/2023     Time of arrival: 12:05', 'Discharged: home with carer, 16:40', 'Seen by: J. Morley, Emergency Nurse Practitioner', '',
      'Dear Dr Whitcombe,', '',
      'Presenting complaint: fall during a witnessed seizure at her care home; facial injury.', '',
      'Ellie attended by taxi with a carer from Larchmere House. She struck her face on a table during a tonic-clonic seizure lasting about two minutes. There is a 2cm laceration above the left eyebrow, closed with steri-strips. She was back to her baseline on arrival. Older, yellowing bruising was noted to both wrists. Safeguarding screening tool completed: no concerns identified.', '',
      'Wound check with the practice nurse in 5 days, please. No ED follow-up required.', '',
      'J. Morley, ENP', 'cc: Larchmere House'] },
  { key: 'h3', date: day('14/10/2023', '2023-10-14'), time: '01:58',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other'), c('other', 'in', 'attendance'), c('other', 'out', 'phone-call'), c('gp', 'out', 'letter'), c('other', 'out', 'letter')],
    concerns: ['other', 'neglect', 'injury'],
    lines: [...HEAD, 'Emergency Department - Clinical Decision Unit (CDU)', ADDR, '', 'DISCHARGE SUMMARY', PT, PTADDR,
      'Date of admission: 14/10/2023     Time of arrival: 01:58', 'Date of discharge: 16/10/2023', 'Consultant: Dr R. Haldane, Emergency Medicine', '',
      'Dear Dr Whitcombe,', '',
      'Diagnosis: Cluster of generalised tonic-clonic seizures. Weight loss.', '',
      'Ellie was brought in by ambulance, accompanied by a carer, after three seizures in under an hour. Buccal midazolam had been given by staff at the home. She required IV levetiracetam in ED and was observed on CDU for 48 hours.', '',
      'Weight on admission 54.2kg (BMI 19.0). She appeared thin and her carers report poor oral intake over several months. Lamotrigine level 1.3 mg/L (subtherapeutic); this is the second admission this year with a low level. Bruising was noted to the right cheek and lower back, which the carer was unable to explain.', '',
      'In view of the weight loss, the repeated low drug levels and the unexplained bruising, the ED Adult Safeguarding Team will raise a safeguarding concern with Oakhollow Adult Social Care before discharge (you will receive a separate letter). We have telephoned the Registered Manager at Larchmere House to advise of this.', '',
      'Plan: continue lamotrigine 150mg BD and levetiracetam 1g BD; please repeat the lamotrigine level in 4 weeks; dietetic review via CLDT.', '',
      'Yours sincerely,', 'Dr R. Haldane, Consultant in Emergency Medicine', 'cc: Registered Manager, Larchmere House'] },
  { key: 'h4', date: day('16/10/2023', '2023-10-16'), time: null,
    contacts: [c('asc', 'out', 'referral'), c('asc', 'in', 'phone-call'), c('gp', 'out', 'letter')],
    concerns: ['neglect', 'injury'],
    lines: [...HEAD, 'Adult Safeguarding Team', ADDR, '', 'Date: 16/10/2023', '', 'Dear Dr Whitcombe,', '',
      'Re: Ellie VARDEN, DOB 04/08/1989 - adult safeguarding concern (for information)', '',
      "I am writing to let you know that today the ED Adult Safeguarding Team submitted a safeguarding concern to Oakhollow Adult Social Care (Adult Safeguarding Front Door) by secure email about your patient, who was admitted on 14/10/2023. Our concerns are significant weight loss (54.2kg, BMI 19.0), subtherapeutic lamotrigine levels on both admissions this year and unexplained bruising to her right cheek and lower back.", '',
      "The duty social worker telephoned this afternoon to confirm receipt and advised that a professionals' meeting will be arranged.", '',
      'Yours sincerely,', 'L. Granger, Adult Safeguarding Nurse Specialist'] },
  { key: 'h5', date: day('03/12/2023', '2023-12-03'), time: '08:51',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other'), c('other', 'in', 'attendance'), c('gp', 'out', 'letter')],
    concerns: ['other'],
    lines: [...HEAD, 'Emergency Department', ADDR, '', 'ED ATTENDANCE LETTER', PT,
      'Attendance date: 03/12/2023     Time of arrival: 08:51', 'Discharged: 18:20, back to care home', '',
      'Dear Dr Whitcombe,', '',
      'Presenting complaint: three seizures this morning without full recovery in between.', '',
      'Ellie was brought in by ambulance with a carer. She received IV lorazepam in resus and recovered to her baseline over several hours. Lamotrigine level 1.6 mg/L. Following telephone advice from the on-call neurology registrar, lamotrigine has been increased to 200mg BD and a two-week supply given. Please continue the increased dose.', '',
      'Dr T. Ashworth, Specialty Doctor, Emergency Medicine'] },
  { key: 'h6', date: day('07/01/2024', '2024-01-07'), time: '06:31',
    contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other'), c('family', 'out', 'phone-call'), c('other', 'out', 'phone-call'), c('other', 'out', 'notification'), c('gp', 'out', 'notification')],
    concerns: ['other'],
    lines: [...HEAD, 'Emergency Department', ADDR, '', 'NOTIFICATION OF DEATH - PATIENT REGISTERED WITH YOUR PRACTICE', PT,
      'Date of attendance: 07/01/2024     Time of arrival: 06:31', 'Time of death: 07:48', '',
      'Dear Dr Whitcombe,', '',
      'I am sorry to inform you that Ellie Varden died in the Emergency Department today.', '',
      "Ellie was brought in by ambulance in established status epilepticus. The ambulance crew's handover was that staff at her care home found her seizing at about 05:30, that how long she had been seizing before she was found is not known, and that buccal midazolam was given at 05:44. Despite treatment in resus, including IV lorazepam, phenytoin and anaesthetic induction, she had a cardiac arrest and resuscitation was unsuccessful.", '',
      'Her mother, Mrs Varden, was contacted by telephone and was present at the time of death. Larchmere House has been informed by telephone. The death has been reported to the coroner.', '',
      'Dr R. Haldane, Consultant in Emergency Medicine', 'cc: HM Coroner for Oakhollow'] },
];
{
  const blocks = LET.map((l) => l.lines.join('\n'));
  fs.writeFileSync(path.join(OUT, 'hospital-discharge-letters.txt'), blocks.join('\n\n\n') + '\n');
  for (const l of LET) add('hospital-discharge-letters.txt', 'ed', { key: l.key, date: l.date, time: l.time, text: l.lines.filter((x) => x !== '').join('\n'), contacts: l.contacts, concerns: l.concerns });
}

// =====================================================================
// 5. GP record (EMIS extract, one sheet per year) -> gp
// =====================================================================
// [key, date, clinician, type, text, contacts, concerns, cont]
const DRW = 'Dr P Whitcombe';
const GP = {
  2022: [
    ['gp-1014', '14/10/2022', DRW, 'Face to face', "Problem: Learning disability annual health check. History: Attended with keyworker from Larchmere House. Seizures approx 1/month, mostly nocturnal, last GTC 3/52 ago. Eating well per carer. Examination: Wt 67.8kg, BMI 25.3, BP 118/72. Plan: Continue levetiracetam 1g BD, lamotrigine 150mg BD, buccal midazolam 10mg PRN. Health action plan updated. Next AHC due 10/2023.", [c('family', 'in', 'attendance'), c('other', 'in', 'attendance')], []],
    ['gp-1122', '22/11/2022', 'CP1 (Clinical Pharmacist)', 'Telephone', 'Problem: Structured medication review. History: T/c with Registered Manager, Larchmere House. 2 seizures in Nov, no rescue med needed. States compliance good, MAR fully signed. Plan: Repeats 56/7. No changes.', [c('other', 'out', 'phone-call')], []],
    ['gp-1213', '13/12/2022', 'Admin (Docman)', 'Correspondence', "Letter rec'd from CLDT Epilepsy Specialist Nurse (Oakhollow Health & Care Partnership NHS FT): epilepsy care plan and buccal midazolam protocol reviewed at Larchmere House. 6 of 11 permanent staff trained to give buccal midazolam; manager to book training for the rest. Annual review. Filed - PW.", [c('adult-mh', 'in', 'letter')], []],
  ],
  2023: [
    ['gp-0109', '09/01/2023', DRW, 'Telephone', 'Problem: Weight loss. History: Call from mother (Mrs Varden). E home over Christmas, mother feels she has lost weight, clothes loose, picking at food. Mother says she has told the home. Plan: HCA appt for weight + bloods (FBC, U&E, TFT). Admin to book with Larchmere.', [c('family', 'in', 'phone-call')], ['neglect']],
    ['gp-0123', '23/01/2023', 'HCA1', 'DNA', 'Weight and bloods - DNA. Not brought by care home. Rebook.', [c('family', 'attempted', 'dna')], ['non-engagement']],
    ['gp-0206', '06/02/2023', 'HCA1', 'DNA', '2nd DNA weight/bloods. Rang Larchmere - staff said appt had been forgotten. Letter to Registered Manager asking them to rebook.', [c('family', 'attempted', 'dna'), c('other', 'out', 'phone-call'), c('other', 'out', 'letter')], ['non-engagement']],
    ['gp-0320', '20/03/2023', 'Dr A Pell (locum)', 'Docman', 'Discharge summary KGH CDU, adm 18/03/23, dis 19/03/23. Breakthrough GTC seizure >10 min. Lamotrigine level subtherapeutic ?missed doses. Bruising to shins + L arm (attributed to seizures). Hospital asks GP to review adherence with home + consider CLDT epilepsy nurse referral. Action: Filed. No action required.', [c('ed', 'in', 'letter')], ['other', 'neglect', 'injury']],
    ['gp-0411', '11/04/2023', 'Reception (Rx)', 'Medication request', "Problem: Repeat prescription request. History: Larchmere House requested lamotrigine 150mg early - 'running low'. Plan: Issued.", [c('other', 'in', 'other')], []],
    ['gp-0627', '27/06/2023', DRW, 'Docman', 'ED attendance letter KGH 26/06: seizure with fall at home, 2cm laceration L eyebrow, steri-strips. Older bruising both wrists noted, ED safeguarding screen negative. Filed.', [c('ed', 'in', 'letter')], ['injury', 'other']],
    ['gp-0912', '12/09/2023', DRW, 'Telephone', "Problem: Weight loss; ?safeguarding. History: Mother rang very distressed. Says E is 'skin and bone' and she has complained to the home and to social services many times. Says there was a safeguarding investigation at the home about bruises in the summer - we have no correspondence from ASC or the home about this. No contact from Larchmere about weight on file. Plan: F2F this week with weight, MAR charts, bloods incl lamotrigine level.", [c('family', 'in', 'phone-call')], ['neglect', 'injury']],
    ['gp-0915', '15/09/2023', DRW, 'Face to face', "Problem: Weight loss. History: Seen with senior carer (AB). Carer says appetite poor 'for a few months'. MAR charts not brought. Examination: Wt 55.1kg (67.8kg 10/22 = 19% loss), BMI 20.6. Thin. Yellowing bruise L forearm, carer unsure of cause.", [c('family', 'in', 'attendance'), c('other', 'in', 'attendance')], ['neglect', 'injury'],
      'Plan: Bloods (FBC, U&E, LFT, TFT, albumin, lamotrigine level). Refer CLDT - dietetics + LD nursing. Home to send MAR charts. R/v 2/52.'],
    ['gp-0918', '18/09/2023', DRW, 'Referral', 'Referral letter to Oakhollow Community Learning Disability Team: 19% weight loss over 11 months, ?adherence to AEDs. Request dietetic and LD nurse input and review of epilepsy care plan.', [c('adult-mh', 'out', 'referral')], ['neglect']],
    ['gp-0929', '29/09/2023', 'Admin (Docman)', 'Correspondence', "Letter rec'd from CLDT: referral accepted, LDN1 allocated as named nurse. Dietitian visit to Larchmere booked 10/10/23. Filed - PW.", [c('adult-mh', 'in', 'letter')], []],
    ['gp-1002', '02/10/2023', DRW, 'Results / telephone', 'Problem: Abnormal results. History: Albumin 31, Hb 109, lamotrigine level 1.4 mg/L (low). T/c to Larchmere manager - states all doses given and signed for. Plan: Repeat level 4/52. MAR copies requested again.', [c('other', 'out', 'phone-call')], ['neglect']],
    ['gp-1016', '16/10/2023', DRW, 'Docman', "Discharge summary KGH CDU adm 14/10/23 dis 16/10/23: cluster of GTC seizures. Wt 54.2kg. Bruising R cheek + lower back, unexplained. Lamotrigine subtherapeutic. Hospital safeguarding team raising concern with ASC; separate letter from KGH safeguarding nurse also rec'd. Read and filed - PW.", [c('ed', 'in', 'letter')], ['other', 'neglect', 'injury']],
    ['gp-1019', '19/10/2023', DRW, 'Email', "Email rec'd from ASC (SW5): s42 enquiry - request for relevant information + invitation to professionals' meeting 08/11/23 (Teams). Summary of consultations, weights and results sent by return.", [c('asc', 'in', 'information-request'), c('asc', 'out', 'information-share')], []],
    ['gp-1024', '24/10/2023', 'HCA1', 'DNA', "LD annual health check - DNA. Larchmere rang am to cancel, 'short staffed, no one to bring her'. Rebooked.", [c('family', 'attempted', 'dna'), c('other', 'in', 'phone-call')], ['non-engagement']],
    ['gp-1108', '08/11/2023', DRW, 'Meeting', "Professionals' meeting (Teams) re E - attended. Actions for practice: AED review with neurology advice by 30/11. Home to send MAR + weight charts weekly. See ASC minutes.", conf('asc', 'adult-mh', 'other', 'ed', 'family'), []],
    ['gp-1121', '21/11/2023', DRW, 'Medication review', "Problem: Epilepsy; weight loss. History: Remote review. Weekly MAR/weight charts agreed at professionals' meeting not received from Larchmere. Plan: Practice manager to chase the home. Awaiting neurology advice re lamotrigine.", [], []],
    ['gp-1204', '04/12/2023', DRW, 'Docman', 'ED attendance letter KGH 03/12: seizure cluster x3, IV lorazepam. Lamotrigine increased to 200mg BD on neurology advice. Repeat Rx updated - PW.', [c('ed', 'in', 'letter')], ['other']],
  ],
  2024: [
    ['gp-0108', '08/01/2024', 'Admin', 'Correspondence', "Notification of death rec'd from KGH ED: Ellie died 07/01/2024 in ED, status epilepticus. Reported to coroner by hospital. Deceased flag added, Dr Whitcombe informed.", [c('ed', 'in', 'notification')], ['other']],
    ['gp-0109b', '09/01/2024', DRW, 'Telephone', "T/c from mother. Condolences offered. Mother says she told 'everyone' about E's weight and the bruises and nobody listened. Significant event analysis to be completed by practice.", [c('family', 'in', 'phone-call')], ['neglect', 'injury', 'other']],
  ],
};
async function writeGp() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'EMIS Web';
  for (const year of Object.keys(GP)) {
    const ws = wb.addWorksheet(year);
    ws.columns = [{ width: 12 }, { width: 26 }, { width: 20 }, { width: 110 }];
    ws.addRow(['Hollin Cross Surgery - EMIS Web consultation extract']).font = { bold: true };
    ws.addRow([`Patient: VARDEN, Ellie   DOB 04/08/1989   NHS No [redacted]   Year: ${year}`]);
    ws.addRow([]);
    const h = ws.addRow(['Date', 'Clinician', 'Type', 'Entry']); h.font = { bold: true };
    for (const r of GP[year]) {
      const [key, date, clin, type, text, contacts, concerns, cont] = r;
      const iso = isoFromDmy(date);
      const row = ws.addRow([new Date(iso + 'T00:00:00Z'), clin, type, text]);
      row.getCell(1).numFmt = 'dd/mm/yyyy';
      row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
      let t = `${clin} | ${type} | ${text}`;
      if (cont) { const cr = ws.addRow([null, null, null, cont]); cr.getCell(4).alignment = { wrapText: true }; t += ' | ' + cont; }
      add('gp-record.xlsx', 'gp', { key, date: day(date, iso), time: null, text: t, contacts, concerns });
    }
  }
  await wb.xlsx.writeFile(path.join(OUT, 'gp-record.xlsx'));
}

// =====================================================================
// Gold
// =====================================================================
await writeAsc();
await writeMinutes();
await writeGp();

// order entries by files order (entries were added file by file, in file order)
const fileIdx = Object.fromEntries(FILES.map((f, i) => [f.file, i]));
entries.sort((a, b) => fileIdx[a.file] - fileIdx[b.file]); // stable
const counter = {};
const refOf = {};
for (const e of entries) { counter[e.file] = (counter[e.file] || 0) + 1; e.ord = counter[e.file]; e.ref = `${e.file}#${e.ord}`; refOf[e.key] = e.ref; }
const R = (k) => { if (!refOf[k]) throw new Error('unknown key ' + k); return refOf[k]; };

const DUPS = [
  ['ch-0123', 'gp-0123'],
  ['ch-0206', 'gp-0206'],
  ['ch-0318', 'h1'],
  ['ch-0626', 'h2'],
  ['ch-0629', 'asc-0629'],
  ['ch-0705', 'asc-0705', 'min-m1'],
  ['ch-0915', 'gp-0915'],
  ['ch-1014', 'h3'],
  ['ch-1024', 'gp-1024'],
  ['ch-1108', 'asc-1108', 'min-m2', 'gp-1108'],
  ['ch-1203', 'h5'],
  ['ch-0107n', 'h6'],
];
const byKey = Object.fromEntries(entries.map((e) => [e.key, e]));
const duplicates = [];
for (const g of DUPS) {
  const es = g.map((k) => byKey[k]).sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || fileIdx[a.file] - fileIdx[b.file] || a.ord - b.ord);
  for (const e of es.slice(1)) e.duplicateOf = es[0].ref;
  duplicates.push(es.map((e) => e.ref));
}

const G = (id, code, alsoAcceptable, from, to, anchors, note) => ({ id, code, ...(alsoAcceptable.length ? { alsoAcceptable } : {}), from, to, anchors: anchors.map(R), note });
const gaps = [
  G('OAK-G01', 'G1', ['G5'], 'other', ['gp', 'adult-mh'],
    ['ch-0319', 'ch-0409', 'gp-0411', 'gp-1002', 'ch-1120', 'gp-1121', 'min-m2'],
    "Larchmere House knew Ellie was missing epilepsy doses (three unsigned evening doses found after the March admission's low lamotrigine level; lamotrigine ran out over Easter and two doses were missed) but did not tell the GP or the CLDT epilepsy nurse: its prescription request said only 'running low', the manager told the GP in October that all doses were given, and the weekly MAR charts agreed at the professionals' meeting were not sent. The CLDT said in November it had not been told."),
  G('OAK-G02', 'G5', ['G1'], 'other', ['asc'],
    ['ch-0318', 'ch-0512', 'ch-0528', 'ch-0609', 'ch-0621', 'asc-0621'],
    'The home recorded unexplained bruising with body maps in March, on 12/05, 28/05 (fingermark-like marks, wrists, thigh) and 09/06 but raised a safeguarding concern with ASC only on 21/06, six weeks after the first fingermark bruising and three months after the first unexplained bruising.'),
  G('OAK-G03', 'G2', ['G5', 'G1'], 'other', ['gp'],
    ['ch-0905', 'gp-0912', 'ch-0426', 'ch-0830'],
    "The home weighed Ellie falling from 64.9kg (January) to 56.0kg (August) without telling the GP; its only approach, an email to the surgery's reception inbox on 05/09, is not on the GP record, which on 12/09 notes no contact from Larchmere about weight. The GP learned of the weight loss from the mother."),
  G('OAK-G04', 'G1', ['G5'], 'ed', ['asc'],
    ['h1', 'h2'],
    'The ED saw bruising to shins and arm with a subtherapeutic lamotrigine level suggesting missed doses (March) and old bruising to both wrists (June) in an adult with a learning disability who could not give an account, accepted the carers\' explanation and raised no safeguarding concern with ASC until October.'),
  G('OAK-G05', 'G3', [], 'ed', ['gp'],
    ['h1', 'gp-0320'],
    "The March discharge summary asked the GP to review medication adherence with the home and consider a CLDT epilepsy nurse referral; the locum filed it as 'no action required' and nothing was done until September."),
  G('OAK-G06', 'G6', ['G7'], 'asc', ['gp', 'adult-mh'],
    ['min-m1', 'asc-0705', 'ch-0705', 'asc-0809'],
    'The s42 planning meeting and the outcome meeting were held by ASC with the provider alone; the GP and the CLDT, both involved with Ellie (the minutes record that she is registered with the surgery and known to the CLDT epilepsy nurse), were not invited and sent no information.'),
  G('OAK-G07', 'G7', [], 'asc', ['gp', 'adult-mh', 'ed'],
    ['asc-0623', 'min-m1', 'asc-0731', 'asc-0809'],
    "ASC delegated the enquiry to the provider whose staff were implicated and sought no health information: the minutes state no health records were obtained, and the provider's conclusion that the bruising came from seizures was accepted without asking the GP, CLDT or hospital about seizure frequency, drug levels or the bruising seen in ED."),
  G('OAK-G08', 'G1', [], 'asc', ['gp', 'adult-mh'],
    ['asc-0809', 'asc-wc1007', 'gp-0912', 'min-m2'],
    'Neither the s42 enquiry nor its outcome was shared with the GP or the CLDT; the mother asked in July why the GP had not been told, the GP learned of "an investigation" from her in September, and both the GP and the CLDT told the November meeting they had not known of the enquiry or the bruising.'),
  G('OAK-G09', 'G3', ['G10'], 'family', ['asc', 'other'],
    ['asc-0602', 'asc-0810', 'asc-0829', 'ch-0531', 'ch-0830'],
    "Mrs Varden reported bruising, rough handling and weight loss to ASC in June, August (twice) and to the home; ASC logged the first call as a complaint about the provider and signposted her to its complaints procedure, and the later calls brought no safeguarding concern, visit or reassessment. The home answered her with 'bruises are from her seizures'."),
  G('OAK-G10', 'G5', ['G3'], 'other', ['asc'],
    ['ch-0302', 'asc-0313', 'ch-0814', 'asc-0814', 'asc-1130'],
    "Ellie's DoLS authorisation expired on 13/03; the home knew it was due but sent the renewal request only on 14/08, five months late, and ASC's DoLS team, which had recorded the expiry, sent one reminder letter and then wait-listed the request as medium priority; no assessment took place before her death."),
  G('OAK-G11', 'G8', [], 'gp', ['asc', 'adult-mh'],
    ['gp-0123', 'gp-0206', 'gp-1024'],
    "After the mother's January call about weight loss, Ellie was not brought to two weight/blood checks and later to her annual health check; the practice wrote to the home only and did not escalate the missed checks to the CLDT or ASC, so her weight was not measured by anyone outside the home for eleven months."),
  G('OAK-G12', 'G1', ['G7'], 'gp', ['asc'],
    ['gp-0912', 'gp-0915', 'gp-0918'],
    'On 15/09 the GP found a 19% weight loss and an unexplained bruise in an adult lacking capacity, having been told by the mother of a safeguarding investigation at the home; the GP referred to the CLDT for dietetics but raised no safeguarding concern with ASC and did not ask ASC about the investigation.'),
];
const decoys = [
  { id: 'OAK-D01', looksLike: ['G6'], refs: ['min-m2', 'asc-1108', 'ch-1108', 'gp-1108'].map(R), note: "The November professionals' meeting included every agency involved (ASC, GP, CLDT nurses, the provider, the hospital safeguarding nurse) and the mother; no one was left out." },
  { id: 'OAK-D02', looksLike: ['G2', 'G4'], refs: ['h4', 'asc-1016'].map(R), note: "The hospital's October safeguarding concern was received by ASC the same day, acknowledged by telephone to the ED safeguarding nurse, and acted on (ASC-led s42 enquiry, professionals' meeting); the hospital also copied the GP." },
  { id: 'OAK-D03', looksLike: ['G2', 'G4'], refs: ['gp-0918', 'gp-0929', 'ch-1010'].map(R), note: 'The GP referral to the CLDT in September was accepted, the GP was written to with the outcome, and the dietitian visited the home as booked.' },
];

const gold = {
  case: CASE,
  title: "SAR 'Ellie': woman with a learning disability and epilepsy in a private residential care home, Oakhollow",
  reviewType: 'sar',
  reviewPeriod: { from: '2022-10-01', to: '2024-01-12' },
  conventions: {
    subject: "Ellie Varden (34, moderate learning disability, epilepsy) and her mother Mrs Carol Varden are 'family'.",
    careHome: "Larchmere House, run by the private provider Brightwell Care Group Ltd, is 'other' (its daily-notes export is the file care-home-daily-notes.csv). Other 'other' parties: community pharmacy, CQC, the coroner, the Oakhollow Safeguarding Adults Board.",
    cldt: "The Community Learning Disability Team (learning disability nurses, epilepsy specialist nurse, dietitian), run by Oakhollow Health and Care Partnership NHS FT (the county mental health and learning disability trust), is 'adult-mh'.",
    hospital: "All letters in hospital-discharge-letters.txt come from Kessingford General Hospital's Emergency Department, its Clinical Decision Unit (an ED short-stay unit) or the hospital adult safeguarding team working in ED: all 'ed'. Advice from the hospital's own neurology registrar is internal.",
    nhs111: "NHS 111 and the ambulance service (Weald and Coast Ambulance Service) are 'ambulance'. A crew bringing Ellie to ED is recorded by the ED as {ambulance, in, other}; a carer accompanying her as {other, in, attendance}.",
    asc: "Oakhollow County Council Adult Social Care (Adult Access Team, Adult Safeguarding Front Door, Reviewing Team, DoLS team, EDT) is 'asc'. There is no MASH. The meeting minutes are written by ASC. A DoLS request for authorisation is typed 'referral'.",
    letters: "Each letter in the hospital file is one entry, dated by its date of admission/attendance (or its letter date for the safeguarding letter); discharge dates and times inside belong to it. time = the time of arrival.",
    minutes: "In the minutes, each meeting (from its 'Date of meeting' line to the end of its agenda items) is one entry; each dated action line and the 'Date of next meeting' line is a separate entry with no contacts (a plan). Title lines, DOB lines and distribution lines are not entries.",
    csv: "The care-home CSV has a title line before the header, one continuation row (belongs to the row above) and one blank row. Night notes are dated by the date in the Date column.",
    concerns: "Seizures, death and bereavement are tagged 'other'; weight loss/poor intake and missed or unavailable medication are 'neglect'; refused medication or food and missed/cancelled appointments are 'non-engagement'; bruising and facial injury are 'injury'.",
    gpDnas: "A missed GP appointment (Ellie not brought by the home) is {family, attempted, dna}.",
  },
  files: FILES,
  entries: entries.map((e) => {
    const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time ?? null, text: e.text, contacts: e.contacts, concerns: e.concerns };
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
const perFile = FILES.map((f) => `- \`${f.file}\` (${f.agency}, ${f.format}): ${counter[f.file]} entries`).join('\n');
const codes = {}; gaps.forEach((g) => { codes[g.code] = (codes[g.code] || 0) + 1; });
const readme = `# ${CASE} (invented SAR, Oakhollow, South East England)

Everything here is fictional. Generated by \`/work/blind/generators/${CASE}.mjs\`.

## Brief
**Ellie Varden** ("Ellie", 34) had a moderate learning disability and epilepsy
(lamotrigine, levetiracetam, buccal midazolam rescue medication) and lived at
**Larchmere House**, a residential care home in Hollin Cross run by the private
provider **Brightwell Care Group Ltd**, funded by Oakhollow County Council.
Her mother, **Mrs Carol Varden**, visited and rang often.

Review period 01/10/2022 to 12/01/2024. Between January and October 2023 Ellie
lost about 14kg (67.8kg to 54.2kg) and missed epilepsy doses (unsigned MAR
entries, lamotrigine running out over Easter; low drug levels on each hospital
admission). Care staff recorded unexplained bruises with body maps from March
to June; the home raised a safeguarding concern only in late June. ASC caused a
s42 enquiry to be made by the provider itself; the planning and outcome
meetings were ASC and the provider only, no health records were sought, and
the GP and the Community Learning Disability Team (CLDT) were never told. The
mother's complaints to ASC were logged as a provider complaint. Her DoLS
authorisation lapsed in March 2023 and the late renewal sat on a waiting list.
The GP filed a discharge letter asking for an adherence review and did not
escalate missed weight checks. After the hospital's safeguarding concern in
October a full professionals' meeting was held, but agreed actions (weekly MAR
charts to the GP, care-plan review, DoLS) slipped. On 07/01/2024 Ellie was
found in a prolonged seizure at night, rescue medication was given late, and she
died in the ED in status epilepticus.

## Files
${perFile}

Total ${entries.length} entries; ${gaps.length} gaps (${Object.entries(codes).map(([k, v]) => `${k} x${v}`).join(', ')}); ${decoys.length} decoys; ${duplicates.length} duplicate groups.

## Case conventions
- Ellie and her mother: \`family\`.
- Larchmere House / Brightwell Care Group (the provider): \`other\`. Pharmacy, CQC, coroner, Safeguarding Adults Board: also \`other\`.
- **CLDT** (Community Learning Disability Team: LD nurses, epilepsy specialist nurse, dietitian; run by Oakhollow Health and Care Partnership NHS FT, the mental health and LD trust): \`adult-mh\`.
- Kessingford General Hospital ED, its Clinical Decision Unit and its adult safeguarding team: \`ed\` (the CDU is an ED short-stay unit). Hospital neurology advice is internal.
- NHS 111 and Weald and Coast Ambulance Service: \`ambulance\`.
- Oakhollow ASC (Adult Access Team, Adult Safeguarding Front Door, Reviewing Team, DoLS team, EDT): \`asc\`. No MASH in this case.
- Hospital letters: one entry per letter, dated by date of admission/attendance; time = time of arrival.
- Minutes: each meeting block is one entry; each dated action line (and "Date of next meeting") is its own entry, a plan with no contacts.
- Staff pseudonyms: care staff by initials (JP registered manager, KL senior, AB, MN, DW, SO; AG1 agency); ASC by role codes (SW2-SW5, SAM1, CA2/CA3, EDT1); GP Dr P Whitcombe, locum Dr A Pell, HCA1, CP1.
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
console.log('entries', entries.length, counter, 'gaps', gaps.length, codes);
