// Generator for the invented SAR case "sar-ashbyvale-selfneglect" (Ashby Vale).
// Writes the agency files, gold.json and README.md from one source of truth.
// Run: node /work/blind/generators/sar-ashbyvale-selfneglect.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';

const require = createRequire('/work/blind/tools/package.json');
const ExcelJS = require('exceljs');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType } = require('docx');

const CASE = 'sar-ashbyvale-selfneglect';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const C = (w, direction, type) => ({ with: w, direction, type });
const D = (raw, earliest, latest = earliest, precision = 'day', uncertain = false) =>
  ({ raw, earliest, latest, precision, uncertain });

const FILES = [
  { file: 'asc-case-record.xlsx', agency: 'asc', format: 'xlsx' },
  { file: 'district-nursing.docx', agency: 'other', format: 'docx' },
  { file: 'fire-and-rescue.csv', agency: 'other', format: 'csv' },
  { file: 'gp-notes.txt', agency: 'gp', format: 'txt' },
  { file: 'housing-association.csv', agency: 'housing', format: 'csv' },
  { file: 'ambulance.tsv', agency: 'ambulance', format: 'tsv' },
];

// =====================================================================
// 1. ADULT SOCIAL CARE (xlsx) — Date | Activity | Worker | Notes | Outcome
// =====================================================================
const asc = [
  { key: 'asc-dn-concern', date: D('16/03/2023', '2023-03-16'), activity: 'Contact – safeguarding concern', worker: 'SW1 (Duty, Adult Access)',
    notes: "Safeguarding concern rec'd from Ashby Vale Community Nursing (DN1) by phone 15/03 and web form. Concerns: Cat 3 pressure ulcer to sacrum, deteriorating; declining air mattress/profiling bed; home very cluttered; son described as obstructive to nurses. T/C to Mrs H on landline – Mrs H said she is 'perfectly fine', her son helps her and she does not want social services involved. Mrs H was clear and articulate on the phone and able to make her own decisions. Health needs being met by DN. Does not meet criteria for s42 enquiry at this time. Outcome: NFA. Signposted to Age UK Ashby Vale for befriending.",
    outcome: 'NFA – not allocated',
    contacts: [C('other', 'in', 'referral'), C('family', 'out', 'phone-call')], concerns: ['injury', 'neglect', 'non-engagement'] },
  { key: 'asc-amb-referral', date: D('28/03/2023', '2023-03-28'), activity: 'Contact – safeguarding concern', worker: 'SW1 (Duty, Adult Access)',
    notes: "Referral from Central Midshire Ambulance Service (ref SG-2303-118) rec'd via SPoA 27/03: crew attended 78F long lie at home, pressure damage, property heavily cluttered with restricted access, son obstructive. Conveyed to AVGH ED. This is the second concern in 2 weeks (see DN concern 16/03). Outcome: passed to Safeguarding Adults Team for s42 decision.",
    outcome: 'Passed to SM1',
    contacts: [C('ambulance', 'in', 'referral')], concerns: ['injury', 'neglect', 'non-engagement'] },
  { key: 'asc-s42-open', date: D('03/04/2023', '2023-04-03'), activity: 's42 decision', worker: 'SM1',
    notes: 'Concerns from DN and ambulance service reviewed. Mrs H has care and support needs (mobility, pressure care), is experiencing self-neglect and appears unable to protect herself. s42(2) enquiry to commence. Allocated to SW2. SW2 to arrange planning meeting with DN. Outcome: s42 enquiry opened.',
    outcome: 's42 opened – SW2',
    contacts: [], concerns: ['neglect'] },
  { key: 'asc-tc-dn-0504', date: D('05/04/2023', '2023-04-05'), activity: 'Telephone call', worker: 'SW2',
    notes: 'T/C to DN1 (Community Nursing) – advised s42 enquiry open following their concern and ambulance referral; invited to planning meeting 19/04. DN1 reports wound remains Cat 3, Mrs H refusing bed, son hostile to nurses.',
    outcome: 'DN1 to attend 19/04',
    contacts: [C('other', 'out', 'phone-call')], concerns: ['injury', 'non-engagement'] },
  { key: 'asc-hv-1204', date: D('12/04/2023', '2023-04-12'), activity: 'Home visit', worker: 'SW2',
    notes: "HV to Mrs H. Son (Mr H) answered the door and initially refused entry, let SW2 in after approx 10 mins. Mrs H seated in armchair in front room, surrounded by bags, papers and clothing; hall and stairs blocked; smell of urine. Mrs H said her late husband's belongings are 'not rubbish' and she will not have them moved. Discussed package of care (2 calls daily), cleaning/clearance support and pendant alarm – all declined. Son said he does 'everything' for her and 'she doesn't need you lot'. Mrs H appeared to understand what was discussed and was consistent in her wishes. She has capacity to make this decision and has the right to make unwise decisions. Outcome: declined POC and clearance. Agreed to OT visit for equipment.",
    cont: "(cont.) Son became agitated when SW2 asked to see upstairs; SW2 did not pursue. Outcome: to discuss at planning meeting.",
    outcome: 'Declined services. OT1 to visit.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect', 'non-engagement'] },
  { key: 'asc-s42-meeting', date: D('19/04/2023', '2023-04-19'), activity: 's42 planning meeting', worker: 'SM1 (chair)',
    notes: "s42 planning meeting held at Civic Offices. Present: SM1 (chair), SW2 (ASC), DN1 (Ashby Vale Community Nursing). Discussed: Cat 3 PU, refusal of equipment, hoarding, son's hostility to professionals. Mrs H has capacity and is declining support – agreed to respect her wishes while monitoring. Actions: DN to continue twice-weekly visits; OT1 to complete joint visit with DN re equipment; SW2 to revisit. Outcome: enquiry to continue, review at 4 weeks. Risk: medium.",
    outcome: 'Enquiry continues',
    contacts: [C('other', 'both', 'conference')], concerns: ['injury', 'neglect', 'non-engagement'] },
  { key: 'asc-ot-jv', date: D('26/04/2023', '2023-04-26'), activity: 'OT assessment – joint visit', worker: 'OT1',
    notes: "Joint visit with DN2. OT assessment for pressure-relieving equipment and downstairs bed. No floor space in front room for a bed without clearance; Mrs H declined bed and clearance ('where would it go?'). Replacement pressure cushion provided and accepted. Transfers from chair slow but independent. Outcome: cushion issued, no further OT input.",
    outcome: 'OT closed',
    contacts: [C('other', 'both', 'home-visit'), C('family', 'out', 'assessment')], concerns: ['neglect', 'non-engagement'] },
  { key: 'asc-s42-close', date: D('10/05/2023', '2023-05-10'), activity: 's42 closure', worker: 'SW2 / SM1',
    notes: "s42 enquiry concluded. Mrs H has capacity and has consistently declined care and support; son is providing support. Risk reduced by DN involvement and new cushion. MSP: Mrs H's desired outcome is to remain at home and be 'left alone'. Outcome: s42 closed – risk reduced. Case closed to ASC. Closure letter sent to GP.",
    outcome: 'Closed',
    contacts: [C('gp', 'out', 'letter')], concerns: ['neglect', 'non-engagement'] },
  { key: 'asc-tc-dn-1105', date: D('11/05/2023', '2023-05-11'), activity: 'Telephone call', worker: 'SW2',
    notes: 'T/C to DN1 – advised s42 closed and case closed to ASC. DN to re-refer if concerns increase.',
    outcome: 'Info shared',
    contacts: [C('other', 'out', 'phone-call')], concerns: [] },
  { key: 'asc-fire-email', date: D('08/06/2023', '2023-06-08'), activity: 'Contact – email received', worker: 'BS1 (Business Support)',
    notes: "Email from Midshire Fire & Rescue (CSA1) headed 'Safeguarding adult referral' with Safe and Well visit report attached re Mrs H: very high fire risk, hoarding, smoking in chair. Email and attachment saved to file. Forwarded to duty inbox.",
    outcome: 'For duty SW',
    contacts: [C('other', 'in', 'referral')], concerns: ['neglect'] },
  { key: 'asc-police-ppn', date: D('20/07/2023', '2023-07-20'), activity: 'Contact – police notification', worker: 'SW1 (Duty, Adult Access)',
    notes: 'Adult at risk notification from Midshire Police re welfare check 18/07: forced entry after neighbour concern, Mrs H found in chair, unwell and soiled, property hoarded. Conveyed to AVGH by ambulance. Mrs H now in hospital and safe. Outcome: passed to Hospital Social Work Team (AVGH) for discharge planning.',
    outcome: 'Passed to HSWT',
    contacts: [C('police', 'in', 'notification')], concerns: ['neglect'] },
  { key: 'asc-housing-concern', date: D('28/07/2023', '2023-07-28'), activity: 'Contact – safeguarding concern (web)', worker: 'SW1 (Duty, Adult Access)',
    notes: "Web form from Sallowfield Homes (NO1): condition of tenant's property, clutter/hoarding, tenancy breach action proposed, MFRS visit in June. Tenant currently in hospital (see 20/07). Previous s42 closed 10/05/23 – Mrs H capacitous and declined support. This appears to be a tenancy management matter for the landlord rather than a safeguarding concern. Outcome: NFA – housing management issue.",
    outcome: 'NFA',
    contacts: [C('housing', 'in', 'referral')], concerns: ['neglect', 'housing'] },
  { key: 'asc-hswt', date: D('01/08/2023', '2023-08-01'), activity: 'Hospital social work', worker: 'HSW1',
    notes: 'Referral from Adult Access (20/07) reviewed. T/C to Ward 12 discharge coordinator: Mrs H medically fit for discharge 02/08. Declines package of care, son to support at home. Ward advise MCA completed by ward doctor – has capacity re discharge home and declining care. Ward have referred to DN. Outcome: NFA by HSWT.',
    outcome: 'NFA',
    contacts: [C('other', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'asc-tc-housing-1109', date: D('11/09/2023', '2023-09-11'), activity: 'Telephone call', worker: 'SW1 (Duty, Adult Access)',
    notes: 'T/C from NO1 (Sallowfield Homes) chasing concern of 27/07. Advised closed NFA as housing management issue. NO1 disagreed – says concern is self-neglect and fire risk. Requested call back from manager. Outcome: message left for SM1.',
    outcome: 'Msg to SM1',
    contacts: [C('housing', 'in', 'phone-call')], concerns: ['neglect'] },
  { key: 'asc-fire-email2', date: D('23/11/2023', '2023-11-23'), activity: 'Contact – email received', worker: 'BS1 (Business Support)',
    notes: "Email from MFRS (CSA1): 2nd safeguarding referral after chair fire at Mrs H's home 22/11/23. Email states referral of 08/06/23 received no response. Outcome: forwarded to SM1 as urgent.",
    outcome: 'To SM1',
    contacts: [C('other', 'in', 'referral')], concerns: [] },
  { key: 'asc-sm1-review', date: D('24/11/2023', '2023-11-24'), activity: 'Management review', worker: 'SM1',
    notes: 'File reviewed. MFRS referral of 08/06/23 located on file – forwarded to duty inbox but never screened or allocated. Sallowfield Homes concern 27/07 closed as housing matter. No record on file of any referral from the ambulance service in July 2023, although the police notification refers to conveyance by ambulance. Emailed apology to MFRS (CSA1). Case allocated to SW3 for Care Act assessment and s42 consideration – visit within 5 working days. Outcome: allocated SW3.',
    outcome: 'Allocated SW3',
    contacts: [C('other', 'out', 'email')], concerns: [] },
  { key: 'asc-tc-son', date: D('29/11/2023', '2023-11-29'), activity: 'Telephone call', worker: 'SW3',
    notes: "T/C to Mrs H's landline – son answered. Refused a visit: 'mum's had enough of people poking around'. Hung up when SW3 explained concerns about fire safety. Outcome: unannounced visit to be attempted.",
    outcome: 'Unannounced HV',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'asc-na-0612', date: D('06/12/2023', '2023-12-06'), time: '15:45', activity: 'Home visit – no access', worker: 'SW3',
    notes: 'Unannounced HV 15:45. No answer, lights on and TV audible. Card left. Unable to confirm Mrs H safe – requested police welfare check via 101. Outcome: police welfare check requested.',
    outcome: 'Police welfare check requested',
    contacts: [C('family', 'attempted', 'dna'), C('police', 'out', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'asc-police-tc', date: D('07/12/2023', '2023-12-07'), activity: 'Telephone call', worker: 'SW3',
    notes: "T/C from Midshire Police (PC 4417): welfare check completed evening of 06/12, Mrs H seen in her chair by officers, 'safe and well', son present. Officers not allowed past hallway; strong smell of smoke and urine.",
    outcome: 'Noted',
    contacts: [C('police', 'in', 'phone-call')], concerns: ['neglect', 'non-engagement'] },
  { key: 'asc-supervision', date: D('12/12/2023', '2023-12-12'), activity: 'Case discussion (supervision)', worker: 'SM1 / SW3',
    notes: "Case discussed. Concerns: hoarding, fire risk, pressure care, son preventing access. Mrs H's capacity has been assumed by previous workers – no MCA assessment on file re decisions about care or fire risk. Plan: SW3 to complete MCA assessment; refer to High Risk Adults Panel (January); write to Mrs H offering visit. Outcome: plan agreed.",
    outcome: 'Plan agreed',
    contacts: [], concerns: ['neglect', 'non-engagement'] },
  { key: 'asc-letter', date: D('14/12/2023', '2023-12-14'), activity: 'Letter', worker: 'SW3',
    notes: 'Letter to Mrs H offering visit on 09/01/2024.',
    outcome: 'Sent',
    contacts: [C('family', 'out', 'letter')], concerns: [] },
  { key: 'asc-na-0901', date: D('09/01/2024', '2024-01-09'), activity: 'Home visit – no access', worker: 'SW3',
    notes: "Planned visit. Son answered door and refused entry, said mother asleep and 'doesn't want you'. Mrs H not seen. Outcome: discuss at HRAP.",
    outcome: 'Not seen',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'asc-death', date: D('18/01/2024', '2024-01-18'), activity: 'Notification', worker: 'SM1',
    notes: 'Informed by Midshire Police that Mrs H died in a house fire at her home overnight. Outcome: referred to Ashby Vale Safeguarding Adults Board for SAR consideration.',
    outcome: 'Case closed – deceased',
    contacts: [C('police', 'in', 'notification'), C('other', 'out', 'referral')], concerns: [] },
];

// =====================================================================
// 2. DISTRICT NURSING (docx) — narrative; segs within one paragraph
// =====================================================================
// Each paragraph: array of entries (segments). seg.lead = bold date lead text.
const dn = [
  [{ key: 'dn-first', lead: '09/02/2023 –', body: " Referral from Brookend Surgery (GP1) received 06/02 for pressure area care. First visit by DN2. Mrs H seated in armchair in front room; reports she sleeps in the chair as she 'can't get up the stairs for the stuff'. Category 2 pressure ulcer to sacrum (3 x 2 cm), non-blanching redness both heels. Waterlow 18 – high risk. Home very cluttered, narrow path through hall, smell of urine. Mrs H smokes. Plan: twice-weekly visits, dressings, repositioning advice. Assessment letter sent to GP.",
    date: D('09/02/2023', '2023-02-09'), contacts: [C('gp', 'in', 'referral'), C('family', 'out', 'home-visit'), C('gp', 'out', 'letter')], concerns: ['injury', 'neglect'] }],
  [{ key: 'dn-1302', lead: '13/02/23 –', body: ' DN3 visit. Dressing renewed; Mrs H would not lie down, dressing applied with her standing. Zerobase (paraffin-based) emollient applied to legs. Offered pressure-relieving cushion – accepted.',
    date: D('13/02/23', '2023-02-13'), contacts: [C('family', 'out', 'home-visit')], concerns: ['injury'] }],
  [{ key: 'dn-na-1602', lead: '16/02/23 –', body: " No access: son answered the door and said 'not today, she's asleep'.",
    date: D('16/02/23', '2023-02-16'), contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
   { key: 'dn-2002', lead: '', body: 'On 20/02/23 visit completed by DN3, wound unchanged, dressing renewed.',
    date: D('20/02/23', '2023-02-20'), contacts: [C('family', 'out', 'home-visit')], concerns: ['injury'] }],
  [{ key: 'dn-0203', lead: '2nd March 2023 –', body: " DN2: wound deteriorated to category 3, slough and odour present. Mrs H declined air mattress and profiling bed: 'no room, and I don't go to bed anyway'. Mrs H unsure of the day or month. Son arrived during the visit and shouted at DN2 to 'get out and stop interfering'; DN2 left. DN2 rang the surgery to request a GP review of the wound and of Mrs H's memory.",
    date: D('2nd March 2023', '2023-03-02'), contacts: [C('family', 'out', 'home-visit'), C('gp', 'out', 'phone-call')], concerns: ['injury', 'neglect', 'non-engagement', 'parental-mental-health'] }],
  [{ key: 'dn-concern', lead: '15/03/2023 –', body: ' DN1 (team leader) discussed with Trust safeguarding team. Safeguarding concern raised with ASC Adult Access Team by phone and online form: self-neglect, deteriorating Cat 3 pressure ulcer, refusal of equipment, son obstructing care.',
    date: D('15/03/2023', '2023-03-15'), contacts: [C('asc', 'out', 'referral')], concerns: ['injury', 'neglect', 'non-engagement'] }],
  [{ key: 'dn-2003', lead: '20 March –', body: ' DN3 visited, wound slightly improved, son not present.',
    date: D('20 March', '2023-03-20'), contacts: [C('family', 'out', 'home-visit')], concerns: ['injury'] }],
  [{ key: 'dn-chase', lead: '29/03/2023 –', body: ' DN2 visit; son reported Mrs H had been in A&E after a fall earlier in the week. DN1 rang ASC duty to ask the outcome of the concern raised on 15/03 – no outcome had been given to us; left a message for the duty SW.',
    date: D('29/03/2023', '2023-03-29'), contacts: [C('family', 'out', 'home-visit'), C('asc', 'attempted', 'phone-call')], concerns: ['injury'] }],
  [{ key: 'dn-tc-0504', lead: '05/04/2023 –', body: ' T/C from SW2 (ASC): s42 enquiry opened following our concern and the ambulance service referral. DN1 invited to planning meeting 19/04.',
    date: D('05/04/2023', '2023-04-05'), contacts: [C('asc', 'in', 'phone-call')], concerns: [] }],
  [{ key: 'dn-s42-meeting', lead: '19/04/2023 –', body: ' DN1 attended the s42 planning meeting at the Civic Offices, chaired by SM1, with SW2. Agreed Mrs H has capacity and that her wishes would be respected; DN to continue twice-weekly visits; joint visit with OT to be arranged.',
    date: D('19/04/2023', '2023-04-19'), contacts: [C('asc', 'both', 'conference')], concerns: [] }],
  [{ key: 'dn-jv', lead: '26/04/2023 –', body: " Joint visit DN2 with OT1 (ASC) for equipment assessment. Mrs H declined a downstairs bed ('where would it go?'); accepted replacement cushion. OT1 noted there was no space for a bed without clearing the room.",
    date: D('26/04/2023', '2023-04-26'), contacts: [C('asc', 'both', 'home-visit'), C('family', 'out', 'home-visit')], concerns: ['neglect', 'non-engagement'] }],
  [{ key: 'dn-tc-1105', lead: '11/05/2023 –', body: ' T/C from SW2: s42 closed, Mrs H has capacity and declines services. DN to continue visits and re-refer if concerns increase.',
    date: D('11/05/2023', '2023-05-11'), contacts: [C('asc', 'in', 'phone-call')], concerns: ['non-engagement'] }],
  [{ key: 'dn-period', lead: 'Mid-May to end of June 2023 –', body: ' twice-weekly visits continued (18 visits); wound fluctuating at category 3. Five no-access visits in this period when son refused entry at the door.',
    date: D('Mid-May to end of June 2023', '2023-05-11', '2023-06-30', 'range'), contacts: [C('family', 'out', 'home-visit'), C('family', 'attempted', 'dna')], concerns: ['injury', 'non-engagement'] }],
  [{ key: 'dn-0607', lead: '06/07/2023 –', body: " DN3: Mrs H drowsy, wound malodorous with increased exudate, ?infection; swab taken. Son refused GP home visit, 'she'll be fine'. GP informed by task message.",
    date: D('06/07/2023', '2023-07-06'), contacts: [C('family', 'out', 'home-visit'), C('gp', 'out', 'information-share')], concerns: ['injury', 'non-engagement'] }],
  [{ key: 'dn-na-1007', lead: '10/07/2023 –', body: ' No access, no answer.',
    date: D('10/07/2023', '2023-07-10'), contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
   { key: 'dn-na-1307', lead: '', body: 'On 13/07/2023 no access again, no answer, curtains closed. Not escalated as son had told DN3 on 06/07 that Mrs H might stay at his house for a few days.',
    date: D('13/07/2023', '2023-07-13'), contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] }],
  [{ key: 'dn-ward-ref', lead: '03/08/2023 –', body: ' Referral received from Ward 12, Ashby Vale General Hospital, on discharge 02/08: sepsis treated, category 4 sacral pressure ulcer, daily dressings requested. Discharge summary states Mrs H has capacity and declined a package of care.',
    date: D('03/08/2023', '2023-08-03'), contacts: [C('other', 'in', 'referral')], concerns: ['injury', 'non-engagement'] }],
  [{ key: 'dn-0408', lead: '04/08/2023 –', body: ' DN2 visit, son present and hostile; refused daily visits, agreed to three times a week. Wound cat 4, dressing renewed.',
    date: D('04/08/2023', '2023-08-04'), contacts: [C('family', 'out', 'home-visit')], concerns: ['injury', 'non-engagement'] }],
  [{ key: 'dn-na-run', lead: 'Between 22/08/2023 and 01/09/2023 –', body: " four consecutive no-access visits (22/08, 25/08, 29/08, 01/09); on the last, son shouted through the letterbox that nurses were 'not wanted'.",
    date: D('Between 22/08/2023 and 01/09/2023', '2023-08-22', '2023-09-01', 'range'), contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] }],
  [{ key: 'dn-discharge', lead: '04/09/2023 –', body: " DN1: Mrs H discharged from the caseload under the Trust's no-access policy (three or more consecutive no-access visits). Discharge letter sent to GP, and letter to Mrs H advising her to contact the surgery if she wishes to be re-referred. No safeguarding concern raised, as Mrs H had previously been assessed by ASC as having capacity.",
    date: D('04/09/2023', '2023-09-04'), contacts: [C('gp', 'out', 'letter'), C('family', 'out', 'letter')], concerns: ['non-engagement'] }],
];

// =====================================================================
// 3. FIRE AND RESCUE (csv) — Ref,Date,Time,Type,Staff,Details,Risk,Actions
// =====================================================================
const fire = [
  { key: 'fire-ref-in', ref: 'FSP-23-1187', date: D('2023-05-30', '2023-05-30'), time: '10:12', type: 'Partner referral received', staff: 'Prevention Hub (admin)',
    details: "Online partner referral from Sallowfield Homes (Neighbourhood Officer) rec'd after bank holiday – tenant 78, lives alone, heavy smoker, hoarding, poor mobility, son visits. Request Safe and Well visit.",
    risk: 'Triage: HIGH', actions: 'Booked for visit within 10 working days',
    contacts: [C('housing', 'in', 'referral')], concerns: ['neglect'] },
  { key: 'fire-swv', ref: 'FSP-23-1187', date: D('2023-06-07', '2023-06-07'), time: '14:00', type: 'Safe and Well visit', staff: 'CSA1',
    details: "Visit completed. Occupier seen in front room; son present for part of visit and hostile (told CSA1 'she's fine, stop interfering'). Extreme hoarding – CIR 8 front room, 9 hall and stairs; stairs impassable, occupier lives and sleeps in armchair. Smokes approx 20/day in chair; burn holes to chair and carpet; ashtrays overflowing. Paraffin-based emollient used on legs – residue on clothing, blanket and chair. Single escape route via front door, partially blocked. Occupier would not agree to any clearance. 2 x 10yr smoke alarms fitted (hall, front room); fire-retardant throw and bedding given; smoking safety advice given.",
    risk: 'VERY HIGH (27)', actions: 'Alarms x2, FR throw/bedding, advice',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect', 'non-engagement'] },
  { key: 'fire-ref-asc', ref: 'FSP-23-1187', date: D('2023-06-08', '2023-06-08'), time: '09:35', type: 'Safeguarding referral', staff: 'CSA1',
    details: "Safeguarding adult referral emailed to Ashby Vale ASC Adult Access Team with S&W report attached – very high fire risk, hoarding, self-neglect, occupier reports 'sores on my bottom', paraffin emollients in use, smoking in chair. Requested multi-agency response / joint revisit.",
    risk: '', actions: 'Awaiting ASC response',
    contacts: [C('asc', 'out', 'referral')], concerns: ['neglect', 'injury'] },
  { key: 'fire-feedback', ref: 'FSP-23-1187', date: D('2023-06-08', '2023-06-08'), time: '10:02', type: 'Partner feedback', staff: 'CSA1',
    details: 'Outcome emailed to referrer (Sallowfield Homes NO1): visit done, alarms fitted, risk very high, referred to ASC. Recommended clearance of hall/stairs as priority.',
    risk: '', actions: '',
    contacts: [C('housing', 'out', 'information-share')], concerns: [] },
  { key: 'fire-chase', ref: 'FSP-23-1187', date: D('2023-07-10', '2023-07-10'), time: '11:20', type: 'Follow-up', staff: 'CSA1',
    details: "No response from ASC to referral of 08/06. Chased by email to Adult Access Team inbox. No reply rec'd.",
    risk: '', actions: '',
    contacts: [C('asc', 'out', 'email')], concerns: [] },
  { key: 'fire-chairfire', ref: 'INC-23-40912', date: D('2023-11-22', '2023-11-22'), time: '21:47', type: 'Incident – fire in dwelling (small)', staff: 'Blue Watch, WM2',
    details: '999 call from son – chair alight. On arrival fire out, extinguished by son with washing-up bowl. Armchair and blanket scorched. Occupier (78F) uninjured, declined ambulance. Cause: discarded smoking materials. Very heavy fire loading throughout (hoarding), crew access restricted to front room. Smoke alarm actuated (fitted by MFRS 06/23). Advice given.',
    risk: '', actions: 'Post-incident referral to Prevention',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other')], concerns: ['neglect', 'non-engagement'] },
  { key: 'fire-ref-asc2', ref: 'FSP-23-1187', date: D('2023-11-23', '2023-11-23'), time: '09:10', type: 'Safeguarding referral', staff: 'CSA1',
    details: '2nd safeguarding referral emailed to ASC following chair fire 22/11 (INC-23-40912). Referral of 08/06/23 noted – no response ever received. Advised risk of fatal fire is very high; requested urgent multi-agency meeting.',
    risk: 'VERY HIGH', actions: 'Revisit booked 28/11',
    contacts: [C('asc', 'out', 'referral')], concerns: [] },
  { key: 'fire-revisit', ref: 'FSP-23-1187', date: D('2023-11-28', '2023-11-28'), time: '13:30', type: 'Safe and Well revisit', staff: 'CSA1',
    details: "Revisit attempted. Son answered door and refused entry ('we've had enough of you lot'). Occupier not seen. Leaflets left.",
    risk: '', actions: 'No further visit booked – awaiting ASC',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'fire-fatal', ref: 'INC-24-00217', date: D('2024-01-18', '2024-01-18'), time: '03:02', type: 'Incident – fatal fire in dwelling', staff: 'Red Watch, WM1; SM Prevention (on call)',
    details: '999 call from neighbour – smoke issuing from ground floor. Persons reported. Ambulance requested via Control 03:05. Crews in BA entered via front door; heavy smoke logging, entry hampered by hoarded materials in hall. Female casualty located in armchair, front room, and recovered 03:31, handed to ambulance crew – life pronounced extinct by paramedics. Fire confined to front room. Probable cause: smoking materials igniting chair/bedding with emollient residue. Police in attendance. Fire investigation to follow.',
    risk: '', actions: 'FI officer appointed',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'other'), C('ambulance', 'out', 'phone-call')], concerns: ['neglect'] },
  { key: 'fire-notify', ref: 'INC-24-00217', date: D('2024-01-19', '2024-01-19'), time: '09:00', type: 'Post-fatal fire notification', staff: 'SM Prevention',
    details: 'Fatal fire notification emailed to Ashby Vale ASC, Sallowfield Homes and Ashby Vale Safeguarding Adults Board.',
    risk: '', actions: '',
    contacts: [C('asc', 'out', 'notification'), C('housing', 'out', 'notification'), C('other', 'out', 'notification')], concerns: [] },
];

// =====================================================================
// 4. GP (txt) — dated lines, mixed formats, year omitted
// =====================================================================
const gp = [
  { key: 'gp-0602', raw: '06/02/2023', date: D('06/02/2023', '2023-02-06'), line: "GP1  Tel consult – son calling on pt's behalf. Sore on bottom 'red and broken', pt won't come in (mobility). Ref to DN team for assessment + pressure area care. Zerobase cream repeat issued.",
    contacts: [C('family', 'in', 'phone-call'), C('other', 'out', 'referral')], concerns: ['injury'] },
  { key: 'gp-2302', raw: '23/02/2023', date: D('23/02/2023', '2023-02-23'), line: "PN1  Letter rec'd DN team – initial assessment 09/02: Cat 2 PU sacrum, Waterlow 18. POC 2x/wk. Filed to notes.",
    contacts: [C('other', 'in', 'letter')], concerns: ['injury'] },
  { key: 'gp-memory', raw: '14th March', date: D('14th March', '2023-03-14'), line: "GP2  HV. Cat 3 PU sacrum, sloughy. O/E alert but poor short-term memory – repeated questions, unsure of month. ?cognitive impairment/early dementia. Offered memory clinic ref – declined by pt, son says 'she's always been forgetful'. R/v 3/12.",
    contacts: [C('family', 'out', 'home-visit')], concerns: ['injury', 'parental-mental-health', 'non-engagement'] },
  { key: 'gp-ed', raw: '28/03/2023', date: D('28/03/2023', '2023-03-28'), line: "ED discharge summary rec'd, Ashby Vale General: attended 27/03 after fall at home, long lie. XR hip NAD. Discharged 28/03 home with son.",
    contacts: [C('ed', 'in', 'letter')], concerns: ['injury'] },
  { key: 'gp-medrev', raw: '12th April', date: D('12th April', '2023-04-12'), line: 'GP1  Med review (notes). Sertraline 50mg od – low mood since husband died 2019, son reports stable. Cont. Bloods due.',
    contacts: [], concerns: ['parental-mental-health'] },
  { key: 'gp-s42-letter', raw: '16/05/2023', date: D('16/05/2023', '2023-05-16'), line: "Letter rec'd ASC (SW2): s42 safeguarding enquiry concluded 10/05, Mrs H has capacity, declined care and support, case closed. Filed – GP2.",
    contacts: [C('asc', 'in', 'letter')], concerns: ['non-engagement'] },
  { key: 'gp-dna1', raw: '22nd June', date: D('22nd June', '2023-06-22'), line: 'PN1  DNA diabetic review. DNA letter sent.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'gp-fluclox', raw: '06/07/2023', date: D('06/07/2023', '2023-07-06'), line: 'GP2  Task from DN team: ?infected sacral PU, malodorous, swab sent. Rx flucloxacillin 500mg qds 7/7 – son to collect.',
    contacts: [C('other', 'in', 'information-share')], concerns: ['injury'] },
  { key: 'gp-dl', raw: '3rd August', date: D('3rd August', '2023-08-03'), line: "Discharge letter rec'd, Ward 12 AVGH: adm 18/07–02/08, sepsis 2° infected Cat 4 sacral PU; found at home by police, ?self-neglect. Ambulance crew raised safeguarding concern with ASC on admission. Declined POC, d/c home with son. 'Pt has capacity to decline care.' DN referral made.",
    contacts: [C('other', 'in', 'letter')], concerns: ['injury', 'neglect', 'non-engagement'] },
  { key: 'gp-0708', raw: '07/08/2023', date: D('07/08/2023', '2023-08-07'), line: 'GP1  Tel consult – son. Requests more dressings and pain relief for sacral sore. Co-codamol 30/500 issued. DN involved.',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['injury'] },
  { key: 'gp-dn-dc', raw: '14th September', date: D('14th September', '2023-09-14'), line: "Letter rec'd DN team: discharged from DN caseload 04/09/23 – no access x4, son refusing entry. Filed GP2, no action.",
    contacts: [C('other', 'in', 'letter')], concerns: ['non-engagement'] },
  { key: 'gp-dna2', raw: '21/09/2023', date: D('21/09/2023', '2023-09-21'), line: 'PN1  DNA diabetic review (2nd). 2nd DNA letter. No further action.',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'gp-flu', raw: '10th October', date: D('10th October', '2023-10-10'), line: 'Flu clinic – DNA. (Not on housebound list.)',
    contacts: [C('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'gp-epr', raw: '16/10/2023', date: D('16/10/2023', '2023-10-16'), line: "Ambulance ePR rec'd: fall 14/10, lifted, not conveyed. Reviewed GP1 – no action.",
    contacts: [C('ambulance', 'in', 'information-share')], concerns: ['injury'] },
  { key: 'gp-rx', raw: '13/11/2023', date: D('13/11/2023', '2023-11-13'), line: 'Repeat Rx – Zerobase 500g x2, co-codamol. Son phoned.',
    contacts: [C('family', 'in', 'phone-call')], concerns: [] },
  { key: 'gp-dec', raw: '12th December', date: D('12th December', '2023-12-12'), line: "GP2  Tel consult – son. Says mum's sores 'weeping and smelly', wants stronger painkillers. Advised needs DN r/v – son declined, 'they're not coming in'. Co-codamol → oramorph 2.5mg prn. Safety net.",
    contacts: [C('family', 'in', 'phone-call')], concerns: ['injury', 'non-engagement'] },
  { key: 'gp-0201', raw: '02/01/2024', date: D('02/01/2024', '2024-01-02'), line: '111/ambulance H&T notification: back pain, not eating x3 days, advised contact GP. GP1 rang son x2 – no answer.',
    contacts: [C('ambulance', 'in', 'information-share'), C('family', 'attempted', 'phone-call')], concerns: ['neglect', 'non-engagement'] },
  { key: 'gp-death', raw: '19th January', date: D('19th January', '2024-01-19'), line: 'Notified by police – pt died in house fire at home 18/01/24. Deceased.',
    contacts: [C('police', 'in', 'notification')], concerns: [] },
];

// =====================================================================
// 5. HOUSING ASSOCIATION (csv, ';') — Date;Contact type;Officer;Notes;Officer comments
// =====================================================================
const housing = [
  { key: 'ha-annual', date: D('20.02.2023', '2023-02-20'), type: 'HV', officer: 'NO1',
    notes: 'Annual tenancy check HV. Tenant home, son present. Hall lined with bags/boxes to head height, single path to front room. Strong smell. Tenant sleeps in armchair, says cannot get upstairs. Rear bedroom + stairs not accessible – not inspected. Gas safety check overdue (no access x2).',
    comments: "Clutter approx CIR 6-7. Tenant says 'it's all Frank's things'. Not raised with anyone at this stage – will monitor at next check.",
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect', 'non-engagement'] },
  { key: 'ha-gasletter', date: D('03.03.2023', '2023-03-03'), type: 'Letter', officer: 'Gas Compliance',
    notes: 'Letter to tenant – 3rd no-access gas safety appointment. Warning that legal action (injunction) may be taken to gain access.',
    comments: '',
    contacts: [C('family', 'out', 'letter')], concerns: ['non-engagement', 'housing'] },
  { key: 'ha-son-tc', date: D('15.03.2023', '2023-03-15'), type: 'T/C', officer: 'NO1',
    notes: "T/C from son. Says mum doesn't want anyone in the house, 'leave her alone'. Verbally abusive to officer. Gas appt rebooked 30/03.",
    comments: 'Son hostile – lone working marker added.',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'ha-gas', date: D('30.03.2023', '2023-03-30'), type: 'Gas', officer: 'Hexton Heating (contractor)',
    notes: 'Gas safety check completed. Engineer reports heavy clutter around boiler and cooker, papers and clothes piled against gas fire in front room. Gas fire capped as unsafe.',
    comments: 'Engineer report fwd to NO1',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'ha-hv-1005', date: D('10.05.2023', '2023-05-10'), type: 'HV', officer: 'NO1',
    notes: 'HV following engineer report. Tenant smoking in armchair, burn marks on carpet round chair. Clutter worse than Feb. Discussed fire safety – tenant agreed to fire service visit. Son not present.',
    comments: 'Will refer to MFRS for Safe and Well.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'ha-ref-fire', date: D('26.05.2023', '2023-05-26'), type: 'Referral', officer: 'NO1',
    notes: 'Online partner referral to Midshire FRS for Safe and Well visit submitted.',
    comments: '',
    contacts: [C('other', 'out', 'referral')], concerns: [] },
  { key: 'ha-tc-1206', date: D('12.06.2023', '2023-06-12'), type: 'T/C', officer: 'NO1',
    notes: "T/C to tenant re MFRS feedback (email rec'd 08/06 from CSA1: visit done, alarms fitted, very high fire risk, referred to ASC). Offered help with clearance via Tenancy Sustainment – tenant declined, 'I'll do it myself'.",
    comments: 'MFRS have referred to ASC – will leave with them for now.',
    contacts: [C('family', 'out', 'phone-call'), C('other', 'in', 'information-share')], concerns: ['non-engagement'] },
  { key: 'ha-welfare', date: D('18.07.2023', '2023-07-18'), time: '10:50', type: 'T/C', officer: 'NO1',
    notes: 'T/C from neighbour (no. 11): not seen Mrs H since Friday, curtains closed, smell from letterbox. NO1 attended – no answer. Rang police 10:50 requesting welfare check. Police forced entry, tenant taken to hospital by ambulance.',
    comments: 'Board-up + lock change ordered.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'attempted', 'dna'), C('police', 'out', 'phone-call')], concerns: [] },
  { key: 'ha-jv-2507', date: D('25.07.2023', '2023-07-25'), type: 'HV', officer: 'NO1 / TSO1',
    notes: "Joint HV with TSO1 (tenancy sustainment) – son present, tenant still in hospital. Property inspected: extreme hoarding, rotting food in kitchen, buckets of urine/faeces in front room, fire risk (burns on carpet, gas fire capped). Son refused to allow clearance – 'mum decides'.",
    comments: 'Self-neglect and fire risk – will raise safeguarding concern with ASC. Tenancy breach letter to follow (cl. 4.3 condition of property).',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect', 'non-engagement', 'housing'] },
  { key: 'ha-ref-asc', date: D('27.07.2023', '2023-07-27'), type: 'Referral', officer: 'NO1',
    notes: 'Safeguarding adult concern submitted to Ashby Vale ASC via online form: self-neglect, hoarding (CIR 8-9), squalor, fire risk (smoker, MFRS S&W visit June rated very high), tenant in hospital, son refusing help. Asked ASC to be involved before discharge.',
    comments: 'Ref ASC-WEB-77123',
    contacts: [C('asc', 'out', 'referral')], concerns: ['neglect', 'non-engagement'] },
  { key: 'ha-breach', date: D('02.08.2023', '2023-08-02'), type: 'Letter', officer: 'NO1',
    notes: 'Tenancy breach letter sent – hall, stairs and exits to be cleared within 28 days.',
    comments: '',
    contacts: [C('family', 'out', 'letter')], concerns: ['housing'] },
  { key: 'ha-hv-1109', date: D('11.09.2023', '2023-09-11'), type: 'HV', officer: 'NO1',
    notes: "HV to check breach. Tenant home (discharged early Aug). Some bags removed from hall, stairs still blocked. Tenant very unkempt, legs bandaged, smell of urine. Says 'the nurses stopped coming'.",
    comments: '',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'ha-tc-asc-1109', date: D('11.09.2023', '2023-09-11'), type: 'T/C', officer: 'NO1',
    notes: "T/C to ASC Adult Access chasing concern of 27/07 – told it was closed NFA as a 'housing management issue'. Explained we are concerned re self-neglect/fire risk, not just the tenancy. Asked for manager to call back.",
    comments: 'No outcome letter ever received from ASC.',
    contacts: [C('asc', 'out', 'phone-call')], concerns: ['neglect'], blankAfter: true },
  { key: 'ha-tc-asc-2009', date: D('20.09.2023', '2023-09-20'), type: 'T/C', officer: 'NO1',
    notes: 'No call back from ASC manager. Rang again, left message.',
    comments: '',
    contacts: [C('asc', 'attempted', 'phone-call')], concerns: [] },
  { key: 'ha-hv-0512', date: D('05.12.2023', '2023-12-05'), type: 'HV', officer: 'NO1',
    notes: "HV. Tenant in armchair, son present. Burn mark on chair arm and scorched blanket – tenant said she 'dropped a fag'. Hall still partly blocked.",
    comments: 'Not aware of any fire service attendance. Will ask MFRS for revisit in new year.',
    contacts: [C('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'ha-fatal', date: D('18.01.2024', '2024-01-18'), type: 'T/C', officer: 'NO1',
    notes: 'T/C from MFRS Station Manager – fire at property overnight, tenant deceased. Property secured, police on site.',
    comments: '',
    contacts: [C('other', 'in', 'phone-call')], concerns: [] },
];

// =====================================================================
// 6. AMBULANCE (tsv) — CAD extract
// =====================================================================
const amb = [
  { key: 'amb-0327', cad: 'CMA-230327-0412', date: D('27-Mar-2023', '2023-03-27'), time: '06:52', pri: 'C3', caller: 'Son', cc: 'Fall – elderly, long lie',
    disp: 'Conveyed', unit: 'AVGH ED',
    notes: "78F found on living room floor by son at 0630, ?on floor since approx 2200 prev evening. Alert, orientated to person only. C/o R hip pain, no shortening/rotation. Pressure damage to sacrum (dressing in situ) and red heels. Property heavily cluttered – single-width path through hall, bags/boxes to ceiling, crew unable to bring carry chair in. Pt smokes, ashtrays on chair arm. Son obstructive, did not want crew 'poking about'.",
    sg: 'Safeguarding referral made – ASC SPoA by phone 07:40 (self-neglect/hoarding). Ref SG-2303-118.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'assessment'), C('ed', 'out', 'other'), C('asc', 'out', 'referral')], concerns: ['injury', 'neglect', 'non-engagement'] },
  { key: 'amb-0718', cad: 'CMA-230718-0388', date: D('18-Jul-2023', '2023-07-18'), time: '11:24', pri: 'C2', caller: 'Police (Midshire Police control)', cc: 'Concern for welfare – adult unwell/confused',
    disp: 'Conveyed', unit: 'AVGH ED',
    notes: 'Police on scene, forced entry on welfare check (neighbour concern, not seen 4 days). 78F in armchair front room, confused, GCS 14. Soiled, strong odour urine/faeces. Cat 4 sacral pressure ulcer, sloughy, malodorous; old dressings in situ. T 38.6, HR 118, RR 24 – sepsis screen +ve, pre-alert. Extensive hoarding, crew had to assist pt out along narrow path. Son not present – police to inform.',
    sg: 'Safeguarding referral submitted to ASC via online portal 13:05 – self-neglect, ?acts of omission by carer (son). Ref SG-2307-402.',
    contacts: [C('police', 'in', 'phone-call'), C('family', 'out', 'assessment'), C('ed', 'out', 'other'), C('asc', 'out', 'referral')], concerns: ['injury', 'neglect'] },
  { key: 'amb-1014', cad: 'CMA-231014-1102', date: D('14-Oct-2023', '2023-10-14'), time: '19:10', pri: 'C4', caller: 'Son', cc: 'Fall – uninjured, unable to get up',
    disp: 'See and treat – not conveyed', unit: '',
    notes: "Pt on floor beside armchair, lifted with ELK. No injuries found on secondary survey. Obs WNL. Dressing on sacrum, pt states 'the nurses don't come now'. Severe hoarding, cigarette burns to carpet and chair arm, several full ashtrays, ash on blanket. Smoke alarm in hall. Pt declined conveyance – 'I'm not going back in that place'; appears to have capacity re this decision. ePR copy to GP.",
    sg: 'Not made – pt has capacity and declined; son present and caring for pt.',
    contacts: [C('family', 'in', 'phone-call'), C('family', 'out', 'assessment'), C('gp', 'out', 'information-share')], concerns: ['injury', 'neglect', 'non-engagement'] },
  { key: 'amb-0102', cad: 'CMA-240102-0207', date: D('02-Jan-2024', '2024-01-02'), time: '10:41', pri: 'C5 (H&T)', caller: 'Son', cc: 'Back pain; not eating',
    disp: 'Hear and treat – advised contact own GP', unit: '',
    notes: "Clinician call-back to son. Mum has back/bottom pain, not eating or drinking much for 3 days, 'won't let anyone help'. No red flags identified on triage. Advised GP contact today, call back if worsens. Notification to GP.",
    sg: 'N/A',
    contacts: [C('family', 'in', 'phone-call'), C('gp', 'out', 'information-share')], concerns: ['neglect', 'non-engagement'] },
  { key: 'amb-fatal', cad: 'CMA-240118-0031', date: D('18-Jan-2024', '2024-01-18'), time: '03:06', pri: 'C1', caller: 'MFRS Control', cc: 'Fire – persons reported',
    disp: 'ROLE – not conveyed', unit: '',
    notes: 'Attended with FRS at house fire. Female (known pt, 78) recovered from ground-floor front room by FRS BA crews at 03:31 and handed to crew. No signs of life, extensive burns and smoke inhalation. ROLE confirmed 03:38 by Paramedic 2. Police on scene and informed; coroner to be notified by police.',
    sg: 'N/A',
    contacts: [C('other', 'in', 'phone-call'), C('family', 'out', 'assessment'), C('police', 'out', 'notification')], concerns: ['injury'] },
];

// =====================================================================
// Build refs and gold entries
// =====================================================================
const refOf = {};
const goldEntries = [];
function addEntry(file, agency, e, text) {
  const n = goldEntries.filter((g) => g.ref.startsWith(file + '#')).length + 1;
  const ref = `${file}#${n}`;
  if (refOf[e.key]) throw new Error('dup key ' + e.key);
  refOf[e.key] = ref;
  goldEntries.push({ ref, agency, date: e.date, time: e.time ?? null, text, contacts: e.contacts, concerns: e.concerns, _key: e.key });
}
const join = (...cells) => cells.filter((c) => c !== undefined && c !== null && String(c).trim() !== '').join(' | ');

for (const e of asc) addEntry('asc-case-record.xlsx', 'asc', e, join(e.activity, e.worker, e.cont ? e.notes + ' ' + e.cont : e.notes, e.outcome));
for (const para of dn) for (const s of para) addEntry('district-nursing.docx', 'other', s, (s.lead + s.body).trim());
for (const e of fire) addEntry('fire-and-rescue.csv', 'other', e, join(e.ref, e.type, e.staff, e.details, e.risk, e.actions));
for (const e of gp) addEntry('gp-notes.txt', 'gp', e, `${e.raw}  ${e.line}`);
for (const e of housing) addEntry('housing-association.csv', 'housing', e, join(e.type, e.officer, e.notes, e.comments));
for (const e of amb) addEntry('ambulance.tsv', 'ambulance', e, join(e.cad, e.pri, e.caller, e.cc, e.disp, e.unit, e.notes, e.sg));

// duplicates (earliest first by file order then row order)
const dupGroups = [
  ['asc-tc-dn-0504', 'dn-tc-0504'],
  ['asc-s42-meeting', 'dn-s42-meeting'],
  ['asc-ot-jv', 'dn-jv'],
  ['asc-tc-dn-1105', 'dn-tc-1105'],
  ['asc-tc-housing-1109', 'ha-tc-asc-1109'],
  ['fire-fatal', 'amb-fatal'],
];
const R = (k) => { if (!refOf[k]) throw new Error('no key ' + k); return refOf[k]; };
for (const g of dupGroups) {
  const head = R(g[0]);
  for (const k of g.slice(1)) goldEntries.find((x) => x.ref === R(k)).duplicateOf = head;
}

const gaps = [
  { id: 'AV-G01', code: 'G1', alsoAcceptable: ['G5'], from: 'housing', to: ['asc'], anchors: ['ha-annual', 'ha-gas', 'ha-hv-1005'],
    note: "Sallowfield Homes' annual tenancy check in February 2023 found serious hoarding (CIR 6-7), rooms and stairs inaccessible, a strong smell and a tenant sleeping in her chair, and recorded that it was 'not raised with anyone'. The gas engineer's report (combustibles against the gas fire) and the May visit (burn marks, clutter worse) led only to a fire-service referral. No safeguarding concern went to ASC until late July, five months later." },
  { id: 'AV-G02', code: 'G4', alsoAcceptable: ['G5'], from: 'asc', to: ['other'], anchors: ['dn-concern', 'asc-dn-concern', 'dn-chase'],
    note: "ASC screened the district nurses' safeguarding concern of 15/03/2023 as NFA after a phone call with Mrs H, but did not tell the DN team the outcome. DN1 chased on 29/03 and left a message. The DN team only heard about ASC's involvement when the s42 was opened after a second (ambulance) referral." },
  { id: 'AV-G03', code: 'G6', alsoAcceptable: [], from: 'asc', to: ['gp', 'housing'], anchors: ['asc-s42-meeting', 'dn-s42-meeting'],
    note: "The s42 planning meeting on 19/04/2023 was attended only by ASC (SM1, SW2) and the DN team. The GP, who had referred her to the DN team and had recorded cognitive concerns, was not invited. Nor was the landlord, who had seen the hoarding and was trying to get gas-safety access." },
  { id: 'AV-G04', code: 'G7', alsoAcceptable: ['G1'], from: 'asc', to: ['gp'], anchors: ['asc-dn-concern', 'asc-hv-1204', 'asc-s42-close', 'asc-supervision', 'gp-memory', 'gp-s42-letter'],
    note: "ASC assumed Mrs H had capacity (from a phone call, then 'appeared to understand') and closed the s42 on that basis. It made no MCA assessment and never asked the GP, who had recorded poor short-term memory and ?early dementia on 14 March. When the GP received the closure letter saying she 'has capacity' it filed it without comment. SM1 confirmed in December that no MCA assessment was on file." },
  { id: 'AV-G05', code: 'G3', alsoAcceptable: [], from: 'other', to: ['asc'], anchors: ['fire-ref-asc', 'asc-fire-email', 'fire-chase', 'asc-sm1-review'],
    note: "The fire service's safeguarding referral after the Safe and Well visit (very high fire risk, CIR 8-9, smoking and paraffin emollients) was received by ASC on 08/06/2023, saved and forwarded to the duty inbox, and then never screened or allocated until November." },
  { id: 'AV-G06', code: 'G4', alsoAcceptable: ['G3'], from: 'asc', to: ['other'], anchors: ['fire-chase', 'fire-ref-asc2', 'asc-sm1-review'],
    note: "MFRS got no response to its June referral. Its chase of 10/07 went unanswered, and it was still without feedback when it re-referred after the chair fire in November." },
  { id: 'AV-G07', code: 'G2', alsoAcceptable: [], from: 'ambulance', to: ['asc'], anchors: ['amb-0718', 'asc-sm1-review', 'gp-dl'],
    note: "The ambulance crew submitted an online safeguarding referral on 18/07/2023 (ref SG-2307-402: self-neglect, Cat 4 pressure ulcer, sepsis, hoarding). ASC has no record of receiving it, which SM1 confirmed on review in November. The hospital discharge letter also says it was made." },
  { id: 'AV-G08', code: 'G10', alsoAcceptable: ['G3', 'G4'], from: 'housing', to: ['asc'], anchors: ['ha-ref-asc', 'asc-housing-concern', 'ha-tc-asc-1109', 'asc-tc-housing-1109', 'ha-tc-asc-2009'],
    note: "Housing's safeguarding concern of 27/07/2023 was about self-neglect, squalor and very high fire risk while Mrs H was in hospital. ASC read it as a 'tenancy management matter' and closed it NFA without feedback. When housing challenged this in September, the manager's call back never came." },
  { id: 'AV-G09', code: 'G1', alsoAcceptable: [], from: 'ambulance', to: ['asc'], anchors: ['amb-1014', 'amb-0102'],
    note: "On 14/10/2023 the crew recorded severe hoarding, cigarette burns, a sacral dressing and that 'the nurses don't come now'. They made no safeguarding referral because she 'has capacity and declined'. The hear-and-treat call on 02/01/2024 (not eating, 'won't let anyone help') again raised no concern." },
  { id: 'AV-G10', code: 'G8', alsoAcceptable: ['G1'], from: 'other', to: ['asc'], anchors: ['dn-period', 'dn-na-1007', 'dn-na-1307', 'dn-na-run', 'dn-discharge'],
    note: "Repeated no-access visits (five in May-June; 10/07 and 13/07, 'not escalated', days before she was found collapsed with sepsis) were never escalated. After four consecutive no-access visits, with the son refusing entry, the DN team discharged a woman with a Category 4 pressure ulcer under its no-access policy. It sent only a letter to the GP and raised no safeguarding concern with ASC, relying on ASC's earlier view of her capacity." },
  { id: 'AV-G11', code: 'G3', alsoAcceptable: ['G8'], from: 'other', to: ['gp'], anchors: ['gp-dn-dc', 'dn-discharge'],
    note: "The GP received the DN discharge letter (no access x4, son refusing entry) for a patient recently treated for sepsis from a Cat 4 pressure ulcer, and filed it with no action: no review, no re-referral, no safeguarding concern." },
  { id: 'AV-G12', code: 'G1', alsoAcceptable: [], from: 'other', to: ['housing'], anchors: ['fire-chairfire', 'fire-ref-asc2', 'ha-hv-0512'],
    note: "MFRS attended a chair fire on 22/11/2023 and re-referred to ASC, but did not tell the landlord, who had originally requested the Safe and Well visit. At its December visit housing saw the burn mark but was 'not aware of any fire service attendance'." },
  { id: 'AV-G13', code: 'G1', alsoAcceptable: ['G8'], from: 'gp', to: ['asc', 'other'], anchors: ['gp-dec', 'gp-0201'],
    note: "On 12/12/2023 the GP heard that the sores were 'weeping and smelly' and that the son was refusing district nurses. The GP escalated pain relief by phone but did not see her, re-refer to the DN team or raise a safeguarding concern with ASC. On 02/01/2024 (not eating for 3 days, son not answering) nothing was escalated either." },
  { id: 'AV-G14', code: 'G8', alsoAcceptable: [], from: 'gp', to: ['asc', 'other'], anchors: ['gp-dna1', 'gp-dna2', 'gp-flu'],
    note: "Repeated DNAs (diabetic reviews in June and September, then the flu clinic) by a housebound woman known to be self-neglecting were met only with standard DNA letters and 'no further action'. She was not on the housebound list, and nothing was raised with the DN team or ASC." },
  { id: 'AV-G15', code: 'G1', alsoAcceptable: [], from: 'other', to: ['gp'], anchors: ['fire-swv', 'fire-ref-asc', 'gp-rx'],
    note: "MFRS identified paraffin-based emollient residue on clothing, blanket and chair alongside heavy smoking in the chair, a recognised fatal-fire risk, but told only ASC. The prescriber was not told: the GP went on issuing Zerobase (500g x2 in November), and paraffin residue was implicated in the fatal fire." },
].map((g) => ({ ...g, anchors: g.anchors.map(R) }));

const decoys = [
  { id: 'AV-D01', looksLike: ['G2'], refs: ['amb-0327', 'asc-amb-referral', 'asc-s42-open'].map(R),
    note: "The ambulance crew's referral of 27/03/2023 was received and logged by ASC on 28/03 and, together with the DN concern, led to the s42 enquiry being opened on 03/04." },
  { id: 'AV-D02', looksLike: ['G4'], refs: ['asc-tc-dn-1105', 'dn-tc-1105'].map(R),
    note: 'The closure of the s42 enquiry was fed back to the DN team (phone call 11/05, recorded by both ASC and DN) and by letter to the GP. The closure decision itself rests on assumed capacity (AV-G04), but the referrer was told the outcome.' },
  { id: 'AV-D03', looksLike: ['G2', 'G4'], refs: ['ha-ref-fire', 'fire-ref-in', 'fire-feedback', 'ha-tc-1206'].map(R),
    note: "Housing's referral to the fire service (26/05, a Friday before the bank holiday) was received on 30/05 and triaged high. The Safe and Well visit was made on 07/06, within 10 working days, and the outcome was emailed back to housing, which acted on it." },
];

// =====================================================================
// Write files
// =====================================================================
// ---- xlsx ----
async function writeXlsx() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ashby Vale Council ASC';
  const ws = wb.addWorksheet('Case Notes');
  ws.columns = [{ width: 12 }, { width: 30 }, { width: 24 }, { width: 110 }, { width: 28 }];
  ws.addRow(['Ashby Vale District Council – Adult Social Care']).font = { bold: true, size: 13 };
  ws.addRow(['Case notes export (Mosaic) – Person: Mrs H (ID 4017723) – Period 01/02/2023 to 18/01/2024 – prepared for SAR panel']);
  ws.addRow([]);
  const hdr = ws.addRow(['Date', 'Activity', 'Worker', 'Notes', 'Outcome']);
  hdr.font = { bold: true };
  hdr.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; c.border = { bottom: { style: 'thin' } }; });
  for (const e of asc) {
    const [y, m, d] = e.date.earliest.split('-').map(Number);
    const r = ws.addRow([new Date(Date.UTC(y, m - 1, d)), e.activity, e.worker, e.notes, e.outcome]);
    r.getCell(1).numFmt = 'dd/mm/yyyy';
    r.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    r.alignment = { vertical: 'top', wrapText: true };
    if (e.cont) {
      const c = ws.addRow([null, null, null, e.cont, null]);
      c.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  await wb.xlsx.writeFile(path.join(OUT, 'asc-case-record.xlsx'));
}

// ---- docx ----
async function writeDocx() {
  const children = [
    new Paragraph({ text: 'Ashby Vale & Wolds Community Health NHS Trust', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: 'Community (District) Nursing – Ashby Vale North Team', heading: HeadingLevel.HEADING_3 }),
    new Paragraph({ children: [new TextRun({ text: 'Single agency chronology for Safeguarding Adults Review – Mrs H', bold: true })] }),
    new Paragraph({ text: 'Author: DN1, Team Leader. Source: SystmOne community nursing record.' }),
    new Paragraph({ text: '' }),
    new Paragraph({ text: 'Background: Mrs H, an older woman living alone with her son visiting, was on the district nursing caseload for pressure ulcer care during the review period. Entries are summarised from the electronic record; visit codes DN1–DN3 refer to individual nurses.' }),
    new Paragraph({ text: '' }),
  ];
  for (const para of dn) {
    const runs = [];
    para.forEach((s, i) => {
      if (i > 0) runs.push(new TextRun(' '));
      if (s.lead) runs.push(new TextRun({ text: s.lead, bold: true }));
      runs.push(new TextRun(s.body));
    });
    children.push(new Paragraph({ children: runs, spacing: { after: 160 } }));
  }
  children.push(new Paragraph({ text: 'The service had no further contact with Mrs H before her death.', spacing: { before: 200 } }));
  children.push(new Paragraph({ children: [new TextRun({ text: 'Signed: DN1, Team Leader', italics: true })] }));
  const doc = new Document({ sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, 'district-nursing.docx'), await Packer.toBuffer(doc));
}

// ---- csv helpers ----
const q = (v, sep) => {
  const s = v == null ? '' : String(v);
  return /["\n\r]/.test(s) || s.includes(sep) ? '"' + s.replace(/"/g, '""') + '"' : s;
};
const row = (cells, sep) => cells.map((c) => q(c, sep)).join(sep);

function writeFire() {
  const sep = ',';
  const lines = ['Midshire Fire and Rescue Service - Prevention & Response records - 9 Wrenfold Close Ashby Vale - SAR extract',
    row(['Ref', 'Date', 'Time', 'Type', 'Staff', 'Details', 'Risk', 'Actions'], sep)];
  for (const e of fire) lines.push(row([e.ref, e.date.raw, e.time, e.type, e.staff, e.details, e.risk, e.actions], sep));
  fs.writeFileSync(path.join(OUT, 'fire-and-rescue.csv'), lines.join('\r\n') + '\r\n');
}

function writeHousing() {
  const sep = ';';
  const lines = [row(['Date', 'Contact type', 'Officer', 'Notes', 'Officer comments'], sep)];
  for (const e of housing) {
    lines.push(row([e.date.raw, e.type, e.officer, e.notes, e.comments], sep));
    if (e.blankAfter) lines.push(';;;;');
  }
  fs.writeFileSync(path.join(OUT, 'housing-association.csv'), lines.join('\r\n') + '\r\n');
}

function writeAmb() {
  const hdr = ['CAD Ref', 'Date', 'Time of Call', 'Priority', 'Caller', 'Chief Complaint', 'Disposition', 'Receiving Unit', 'Clinical / Scene Notes', 'Safeguarding'];
  const lines = [hdr.join('\t')];
  for (const e of amb) lines.push([e.cad, e.date.raw, e.time, e.pri, e.caller, e.cc, e.disp, e.unit, e.notes, e.sg].join('\t'));
  lines.push('');
  lines.push('-- End of extract: 5 incidents. Central Midshire Ambulance Service NHS Trust, Safeguarding Team --');
  fs.writeFileSync(path.join(OUT, 'ambulance.tsv'), lines.join('\n') + '\n');
}

function writeGp() {
  const L = [
    'BROOKEND SURGERY, ASHBY VALE',
    'Extract from clinical record (EMIS Web) for Safeguarding Adults Review',
    'Patient: Mrs H    DOB: 11/04/1945    NHS no: [redacted]',
    'Prepared by: practice safeguarding lead (GP1)    Date prepared: 08/02/2024',
    '----------------------------------------------------------------------------',
  ];
  for (const e of gp) L.push(`${e.raw}  ${e.line}`);
  L.push('----------------------------------------------------------------------------');
  L.push('End of extract.');
  fs.writeFileSync(path.join(OUT, 'gp-notes.txt'), L.join('\n') + '\n');
}

// ---- gold + README ----
function writeGold() {
  const gold = {
    case: CASE,
    title: 'Mrs H: self-neglect, hoarding and a fatal house fire, Ashby Vale',
    reviewType: 'sar',
    reviewPeriod: { from: '2023-02-01', to: '2024-01-18' },
    conventions: {
      districtNursing: "Ashby Vale & Wolds Community Health NHS Trust community (district) nursing takes agency id 'other'. Its contacts with ASC, GP and family are listed normally; its contacts with the hospital ward (also 'other') are listed as 'other'.",
      fire: "Midshire Fire and Rescue Service (MFRS) takes agency id 'other'.",
      hospital: "Ashby Vale General Hospital (AVGH) ED = 'ed'; Ward 12 and its discharge coordinator = 'other'.",
      mash: "No MASH. The ASC Adult Access Team (the front door, incl. the SPoA line) is 'asc'. The ASC Hospital Social Work Team is 'asc' (internal to ASC).",
      police: "No police file. Police appear only in other agencies' records, as 'police'.",
      sab: "The Safeguarding Adults Board is 'other'; a referral to it for SAR consideration is a referral to 'other'.",
      concerns: "'parental-mental-health' stands for Mrs H's own mental health (low mood, memory/cognitive concerns). A fall or pressure ulcer counts as 'injury'; hoarding and squalor count as 'neglect'; the son's hostility and refusals of entry count as 'non-engagement'.",
      text: 'Table entries: the text cells joined with " | " (date and time columns left out). The xlsx continuation row is appended to the row above. GP lines: the whole line. DN docx: the sentence(s) of the entry, including the bold date lead.',
      dates: "GP lines with no year (\"14th March\") take the year of the lines around them. DN 'Mid-May to end of June 2023' = 2023-05-11..2023-06-30 (range).",
    },
    files: FILES,
    entries: goldEntries.map(({ _key, ...rest }) => rest),
    gaps,
    duplicates: dupGroups.map((g) => g.map(R)),
    decoys,
  };
  fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
  return gold;
}

function writeReadme(gold) {
  const byCode = {};
  for (const g of gold.gaps) byCode[g.code] = (byCode[g.code] || 0) + 1;
  const md = `# ${CASE}: Mrs H, Ashby Vale (invented SAR)

**Review type:** safeguarding adult review (Care Act s44). **Period:** 1 February 2023 to 18 January 2024.

## People
- **Mrs H**, 78, widow (husband "Frank" died 2019), lives alone in a Sallowfield Homes (housing association) house at 9 Wrenfold Close, Ashby Vale. Type 2 diabetes, reduced mobility, smoker, low mood (sertraline). Hoarding (mostly her late husband's belongings), so she lives and sleeps in an armchair in the front room. Sacral pressure ulcer, Category 2 getting worse to Category 4. The GP recorded memory concerns (?early dementia).
- **Mr H (son)** visits, is hostile to services, refuses entry and answers for her.
- Workers: ASC SW1 (duty), SW2 (allocated to the s42), SW3 (from November), OT1, SM1 (service manager), HSW1 (hospital social work), BS1 (business support); DN1 to DN3 (district nurses); GP1, GP2, PN1; NO1 and TSO1 (housing); CSA1 (fire community safety advocate).

## What happened
District nurses visit from February 2023 and see the pressure ulcer get worse, the clutter, the smoking and the son's hostility. Their March safeguarding concern is closed NFA after a phone call, and no one tells them. An ambulance referral after a long lie leads to an s42 enquiry. Its planning meeting has only ASC and the DN team. Capacity is assumed, never assessed, and the enquiry closes in May. Housing asks for a fire-service Safe and Well visit. The visit rates the home very high risk and a referral goes to ASC in June, where it sits un-screened in a duty inbox. In July a police welfare check (forced entry) and an ambulance conveyance follow, with sepsis from a Category 4 ulcer. ASC has no record of the ambulance crew's referral and treats the housing concern as a "tenancy matter". After discharge the DN team closes the case following no-access visits and the GP files the letter. A chair fire in November brings a second fire referral, which finally gets the case allocated, but the son blocks visits. Mrs H dies in a house fire on 18 January 2024 (smoking materials, a hoarded home, paraffin emollient residue).

## Files
| file | agency | layout |
|---|---|---|
| asc-case-record.xlsx | asc | Mosaic export. Title rows, then Date / Activity / Worker / Notes / Outcome. Long notes with "Outcome:" labels. One continuation row (no date) under the 12/04/2023 home visit. |
| district-nursing.docx | other | Narrative, one dated paragraph per visit. Two paragraphs each hold two dated entries ("On 20/02/23 …", "On 13/07/2023 …"). Two entries are periods (a "Mid-May to end of June 2023" range and a "Between … and …" range). Undated background and closing paragraphs. |
| fire-and-rescue.csv | other | A title line, then Ref, Date (ISO), Time, Type, Staff, Details, Risk, Actions. |
| gp-notes.txt | gp | EMIS-style extract. Header lines (DOB, date prepared: not entries), then one dated line per entry. Mixed "dd/mm/yyyy" and "14th March" (no year). |
| housing-association.csv | housing | ";"-separated, dates dd.mm.yyyy. Date;Contact type;Officer;Notes;Officer comments. Uses T/C and HV (home visit). One blank row. |
| ambulance.tsv | ambulance | CAD-style extract with a time column, plus a footer line (not an entry). |

## Case-specific conventions
- **District nursing and fire and rescue are agency id \`other\`** (community nursing and fire have no acceptance id). The hospital ward (Ward 12, AVGH) is also \`other\`; AVGH ED is \`ed\`.
- There is no MASH: the ASC Adult Access Team / SPoA is \`asc\`. The ASC Hospital Social Work Team is part of \`asc\`.
- Police have no file; they appear as contacts in other agencies' records.
- "parental-mental-health" stands for Mrs H's own mental health and cognition.
- Entry text for tables is the non-date, non-time cells joined with " | ".

## Counts
${gold.entries.length} entries (${FILES.map((f) => f.file + ': ' + gold.entries.filter((e) => e.ref.startsWith(f.file + '#')).length).join(', ')}).
${gold.gaps.length} gaps (${Object.entries(byCode).map(([k, v]) => k + ' x' + v).join(', ')}), ${gold.decoys.length} decoys, ${gold.duplicates.length} duplicate groups.
`;
  fs.writeFileSync(path.join(OUT, 'README.md'), md);
}

await writeXlsx();
await writeDocx();
writeFire();
writeHousing();
writeAmb();
writeGp();
const gold = writeGold();
writeReadme(gold);
console.log('entries', gold.entries.length, 'gaps', gold.gaps.length, 'decoys', gold.decoys.length);
