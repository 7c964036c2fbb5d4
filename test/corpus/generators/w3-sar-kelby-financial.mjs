// Generator for invented SAR case w3-sar-kelby-financial.
// Writes the agency files, gold.json and README.md into /work/blind/w3-sar-kelby-financial/.
// Everything here is fictional: people, places, services and events are invented.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import os from 'os';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType,
  Header, Footer, PageNumber, AlignmentType, HeadingLevel, PageOrientation, BorderStyle,
} = docx;

const CASE = 'w3-sar-kelby-financial';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'kelby-'));

// ---------------------------------------------------------------- helpers
const day = (raw, iso) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain: false });
const addDays = (iso, n) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const wc = (raw, mondayIso) => {
  const dow = new Date(mondayIso + 'T00:00:00Z').getUTCDay();
  if (dow !== 1) throw new Error(`w/c date not a Monday: ${mondayIso}`);
  return { raw, earliest: mondayIso, latest: addDays(mondayIso, 6), precision: 'week', uncertain: false };
};
const range = (raw, from, to) => ({ raw, earliest: from, latest: to, precision: 'range', uncertain: false });
const c = (w, direction, type) => ({ with: w, direction, type });

// ================================================================ 1. ASC case notes (PDF)
const ASC_FILE = 'asc-case-notes.pdf';
const asc = [
  { key: 'asc-150922', date: day('15/09/2022', '2022-09-15'), author: 'Duty Worker (Adult Care Front Door)', type: 'Contact',
    body: 'Contact received via e-referral from Dr GP1, Priory Lane Surgery, Yelmbridge. Mrs Kelby (81) lives alone in her bungalow in Orchard Close, Yelmbridge. Recently diagnosed with Alzheimer\'s disease (mild) by the Memory Assessment Service. GP reports she is forgetting her tablets and not eating regularly; nephew (Mr Paul Kelby, NOK) lives out of county and is worried about her. Request for Care Act assessment. Screened: appears to have needs for care and support, meets criteria for assessment under s9. Passed to Yelmbridge Community Team for allocation.',
    contacts: [c('gp', 'in', 'referral')], concerns: ['parental-mental-health', 'neglect'] },
  { key: 'asc-290922', date: day('29/09/2022', '2022-09-29'), author: 'SW1 (Yelmbridge Community Team)', type: 'Assessment',
    body: 'Home visit to Mrs Kelby for Care Act assessment. Nephew Paul joined by speakerphone. Mrs Kelby was welcoming and well presented; short-term memory poor, repeated several questions. She manages her own personal care but forgets medication and meals, and has done no proper shopping since she stopped driving. Eligible needs: managing and maintaining nutrition; managing medication (prompting). Mrs Kelby has capacity to make decisions about her care and support and agreed to one care call a day. Discussed Lasting Power of Attorney for property and financial affairs – nephew will look into this. Plan: broker package of care, review at 6 weeks.',
    contacts: [c('family', 'out', 'assessment')], concerns: ['parental-mental-health'] },
  { key: 'asc-061022', date: day('06/10/2022', '2022-10-06'), author: 'SW1 (Yelmbridge Community Team)', type: 'Case Note',
    body: 'Package of care brokered with Heartwood Home Care Ltd: 1 x 30 min call daily (a.m.) for medication prompting, breakfast and light meal preparation, plus weekly shopping, to start on Monday. Confirmation and support plan emailed to the provider. Assessment outcome letter sent to GP.',
    contacts: [c('other', 'out', 'email'), c('gp', 'out', 'letter')], concerns: [] },
  { key: 'asc-241122', date: day('24/11/2022', '2022-11-24'), author: 'SW1 (Yelmbridge Community Team)', type: 'Review',
    body: '6-week review by telephone. Spoke to Mrs Kelby, who said the carers are "lovely" and she is taking her tablets. Spoke to Heartwood coordinator (MG): calls going well, no missed calls, no concerns. No change to support plan. Case closed to allocated worker; annual review due October 2023.',
    contacts: [c('family', 'out', 'phone-call'), c('other', 'out', 'phone-call')], concerns: [] },
  { key: 'asc-160223', date: day('16/02/2023', '2023-02-16'), author: 'Duty SW (Adult Care Front Door)', type: 'Contact',
    body: 'Telephone call from Wessex & Moor Building Society, Vulnerable Customer Team. Caller reports Mrs Kelby has withdrawn £4,850 in cash at the Yelmbridge branch over the last three weeks, each time accompanied by a man in his 40s who does the talking and who has asked about being added to her account. The bank is concerned this may be financial abuse and has put a note on the account. Advised caller that Mrs Kelby was assessed last autumn as having capacity regarding her care and support, and has the right to spend her money as she chooses. Recorded as information and advice – not a safeguarding concern. NFA.',
    contacts: [c('other', 'in', 'phone-call')], concerns: ['exploitation'] },
  { key: 'asc-150623', date: day('15/06/2023', '2023-06-15'), author: 'Brokerage Officer', type: 'Provider Communication',
    body: 'Email received from Heartwood Home Care: package of care cancelled by family from Monday. Service ended on system and SW team inbox updated. Case remains closed – care needs now being met by family.',
    contacts: [c('other', 'in', 'email')], concerns: [] },
  { key: 'asc-210823', date: day('21/08/2023', '2023-08-21'), author: 'Duty SW (Adult Care Front Door)', type: 'Contact – Safeguarding Concern',
    body: 'Telephone call from Mr Paul Kelby (nephew). He visited his aunt at the weekend for the first time since Christmas and found a man, Darren Voss, living at the bungalow. Her bank statements show about £18,000 withdrawn since the start of the year and a car finance agreement in her name. Mrs Kelby told him "Darren looks after the money". He says the carers stopped in the summer. Safeguarding concern logged. Records checked: no police notification or other safeguarding contact on file before today; one earlier call from her bank recorded as information and advice. Passed to Safeguarding Adults Manager for decision.',
    contacts: [c('family', 'in', 'referral')], concerns: ['exploitation'] },
  { key: 'asc-220823', date: day('22/08/2023', '2023-08-22'), author: 'SAM1 (Safeguarding Adults Manager)', type: 'Safeguarding – Decision',
    body: 'Safeguarding concern reviewed. Mrs Kelby has care and support needs (dementia), appears to be experiencing financial abuse and, because of those needs, is unable to protect herself. Section 42 duty met – s42 enquiry opened, enquiry officer SW2. Referral made to Westmoor Constabulary via the online safeguarding referral form (suspected theft/fraud by Mr Voss). Strategy meeting to be arranged.',
    contacts: [c('police', 'out', 'referral')], concerns: ['exploitation', 'parental-mental-health'] },
  { key: 'asc-300823', date: day('30/08/2023', '2023-08-30'), author: 'SW2 (Adult Safeguarding Team)', type: 'Visit',
    body: 'Unannounced home visit as part of s42 enquiry. Mr Voss opened the door and would not leave the room; Mrs Kelby said several times that Darren is "very good to me". MCA assessment re managing her property and finances: Mrs Kelby could not say what money she had or retain information about the withdrawals; on balance she lacks capacity to manage her financial affairs because of her dementia. Home cluttered, very little food in the fridge, Mrs Kelby in stained clothing. Mr Voss states he holds "power of attorney" but could not produce it.',
    contacts: [c('family', 'out', 'home-visit'), c('family', 'out', 'assessment')], concerns: ['exploitation', 'neglect', 'parental-mental-health'] },
  { key: 'asc-070923', date: day('07/09/2023', '2023-09-07'), author: 'SAM1 (Safeguarding Adults Manager)', type: 'Meeting – s42 Strategy',
    body: 'Section 42 strategy meeting (Teams) re suspected financial abuse of Mrs Kelby by Mr Voss. Chair: SAM1. Present: SW2 (ASC enquiry officer); DC1 (Westmoor Constabulary). Agreed: police to lead the criminal investigation; ASC enquiry paused pending the police outcome so as not to compromise the investigation; SW2 to obtain bank statements via nephew; DC1 to update ASC on outcome. Review in 4 weeks.',
    contacts: [c('police', 'both', 'strategy-discussion')], concerns: ['exploitation', 'criminality'] },
  { key: 'asc-150923', date: day('15/09/2023', '2023-09-15'), author: 'SW2 (Adult Safeguarding Team)', type: 'Case Note',
    body: 'Tel to Mr P Kelby. He will scan bank statements to SW2. He reports Mr Voss is still living at the bungalow and that his aunt "won\'t hear a word against him".',
    contacts: [c('family', 'out', 'phone-call')], concerns: [] },
  { key: 'asc-181023', date: day('18/10/2023', '2023-10-18'), author: 'Duty SW (Adult Care Front Door)', type: 'Contact',
    body: 'Adult PPN received from Westmoor Constabulary: Mrs Kelby had been reported missing by a neighbour, was found in her nightclothes on Cresswater Road and was returned home by officers. Mr Voss reportedly moved out recently. Open s42 case – passed to SW2. Duty SW phoned neighbour (Mrs Pascoe), who is checking on Mrs Kelby this morning. SW2 to visit.',
    contacts: [c('police', 'in', 'notification'), c('family', 'out', 'phone-call')], concerns: ['missing'] },
  { key: 'asc-191023', date: day('19/10/2023', '2023-10-19'), author: 'SW2 (Adult Safeguarding Team)', type: 'Visit',
    body: 'Home visit. Mrs Kelby alone; Mr Voss has moved out ("a few weeks ago"), taking the television and her bank card. House cold with heating off, no food in the fridge, bedding soiled and a strong smell of urine. Mrs Kelby declined carers and said she can manage. Neighbour is bringing a meal most days. Plan: convene multi-agency risk management (MARM) meeting.',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['neglect', 'non-engagement', 'exploitation'] },
  { key: 'asc-061223', date: day('06/12/2023', '2023-12-06'), author: 'SW2 (Adult Safeguarding Team)', type: 'Case Note',
    body: 'Email to DC1 requesting an update on the criminal investigation and whether Mr Voss has been charged, to inform the s42 enquiry and the MARM. No reply received.',
    contacts: [c('police', 'out', 'email')], concerns: [] },
  { key: 'asc-131223', date: day('13/12/2023', '2023-12-13'), author: 'SAM1 (Safeguarding Adults Manager)', type: 'Meeting – MARM',
    body: 'Multi-Agency Risk Management meeting. Chair: SAM1. Present: SW2 (ASC); Dr GP1 (Priory Lane Surgery); District Nursing Team Lead (Yelm Valley Community Health NHS Trust); DC1 (Westmoor Constabulary); Station Manager, Prevention (Westmoor Fire and Rescue Service); Branch Manager (Heartwood Home Care); Mr P Kelby (nephew). Risks: self-neglect, weight loss, fire risk, financial abuse (c. £18k), cognitive decline. DC1: investigation ongoing, file with CPS. Actions: restart POC 2 x daily (Heartwood); DN referral for leg and pressure area review; joint Safe and Well visit WFRS/SW2; SW2 to check with OPG whether any LPA is registered (Mr Voss claimed to hold one); nephew to apply to Court of Protection for deputyship; review MARM in 6 weeks.',
    contacts: [c('gp', 'both', 'conference'), c('other', 'both', 'conference'), c('police', 'both', 'conference'), c('family', 'both', 'conference')],
    concerns: ['neglect', 'exploitation', 'parental-mental-health'] },
  { key: 'asc-141223', date: day('14/12/2023', '2023-12-14'), author: 'SW2 (Adult Safeguarding Team)', type: 'Case Note',
    body: 'Email to the Office of the Public Guardian requesting a search of the registers for any LPA, EPA or deputyship order for Mrs Kelby.',
    contacts: [c('other', 'out', 'information-request')], concerns: [] },
  { key: 'asc-281223', date: day('28/12/2023', '2023-12-28'), author: 'SW2 (Adult Safeguarding Team)', type: 'Case Note',
    body: 'OPG search result received: no registered LPA, EPA or deputyship for Mrs Kelby. Nephew informed by telephone; he has started a Court of Protection deputyship application.',
    contacts: [c('other', 'in', 'information-share'), c('family', 'out', 'phone-call')], concerns: [] },
  { key: 'asc-040124', date: day('04/01/2024', '2024-01-04'), author: 'SW2 (Adult Safeguarding Team)', type: 'Visit',
    body: 'Joint Safe and Well visit with WFRS Home Safety Technician. Mrs Kelby at home with nephew. Smoke alarms tested; frayed electric blanket removed; clutter cleared from hallway by nephew. Mrs Kelby accepted carers restarting next week.',
    contacts: [c('other', 'both', 'home-visit'), c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'asc-050124', date: day('05/01/2024', '2024-01-05'), author: 'SW2 (Adult Safeguarding Team)', type: 'Case Note',
    body: 'POC restarted with Heartwood Home Care: 2 x daily (a.m. and tea) from Monday, confirmed by email with the branch. Referral sent to Yelmbridge Community Nursing Team for leg and pressure area review (MARM action).',
    contacts: [c('other', 'out', 'email'), c('other', 'out', 'referral')], concerns: [] },
  { key: 'asc-050224', date: day('05/02/2024', '2024-02-05'), author: 'SW2 (Adult Safeguarding Team)', type: 'Safeguarding – Closure',
    body: 'S42 enquiry review. No update received from police following email in December; outcome of the criminal investigation not known. Enquiry concluded: financial abuse by Mr Voss substantiated on the balance of probabilities; Mr Voss no longer at the address; nephew\'s deputyship application in progress. Risk reduced – safeguarding closed, case transferred to Long Term Team for care management. Email from DN about deterioration of sacral pressure ulcer (now category 3) noted – POC review to be booked.',
    contacts: [c('other', 'in', 'email')], concerns: ['exploitation', 'injury'] },
  { key: 'asc-200224', date: day('20/02/2024', '2024-02-20'), author: 'Duty SW (Hospital Social Work Team)', type: 'Contact – Safeguarding Concern',
    body: 'Safeguarding concern received by email from Cresswater Royal Hospital adult safeguarding team: Mrs Kelby admitted via ED with fractured neck of femur after a fall at home; category 3 sacral pressure ulcer present on admission; dehydration. Concerns about self-neglect and possible financial abuse by a former lodger. Linked to closed s42 enquiry. Screened: s42 criteria met – allocated to hospital SW to visit the ward.',
    contacts: [c('other', 'in', 'referral')], concerns: ['injury', 'neglect', 'exploitation'] },
  { key: 'asc-210224', date: day('21/02/2024', '2024-02-21'), author: 'Hospital SW (Hospital Social Work Team)', type: 'Case Note',
    body: 'Attended Ward 7 to begin enquiry and was informed by the ward sister that Mrs Kelby died earlier this morning. SAM1 informed; SAR referral to Westmoor Safeguarding Adults Board to be considered.',
    contacts: [c('other', 'in', 'information-share')], concerns: [] },
];

// ================================================================ 2. District nursing (XLSX)
const DN_FILE = 'district-nursing.xlsx';
// cells: [visit type, clinician, outcome]; excelDate: true -> written as a real Excel date
const dn = [
  { key: 'dn-041022', date: day('04/10/22', '2022-10-04'), cells: ['New patient – initial assessment', 'DN1', "Referral rec'd from Priory Lane PN. L gaiter venous leg ulcer 3x2cm. ABPI 0.92. Lives alone, mild dementia (Memory Service), nephew NOK lives away. Plan 2x weekly dressings + compression."],
    contacts: [c('gp', 'in', 'referral'), c('family', 'out', 'assessment')], concerns: ['parental-mental-health'] },
  { key: 'dn-wc1710', date: wc('w/c 17/10', '2022-10-17'), cells: ['Dressing x2', 'DN2 / CSW1', 'Dressings done Tue/Fri. Pt managing, carers (Heartwood) now calling a.m.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'dn-2111', date: day('21/11', '2022-11-21'), cells: ['Dressing', 'DN2', 'Ulcer reducing 2x1.5cm. Pt cheerful.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'dn-2012', date: day('20/12', '2022-12-20'), cells: ['Dressing', 'DN2', 'Male friend present (Darren), answered most questions for pt. Pt quiet. Dressing done.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'dn-wc0901', date: wc('w/c 9/1', '2023-01-09'), cells: ['Dressing x2', 'CSW1', 'Done. Darren now staying at the address – says he is helping pt.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'dn-060223', date: day('06/02/23', '2023-02-06'), cells: ['Review', 'DN1', 'Ulcer improving. Reduce to weekly. Pt asked nurse twice who Darren was "to her" – confused.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: ['parental-mental-health'] },
  { key: 'dn-0903', date: day('09/03', '2023-03-09'), cells: ['Dressing', 'DN1', 'Pt tearful when D went out to shop. Said "he takes my money, I don\'t know where it goes". When asked more said she didn\'t mean it and D is good to her. Discussed with TL.'],
    continuation: '(cont.) TL advised pt has capacity and D is her choice of carer – no safeguarding concern to raise at present. Monitor + document.',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['exploitation', 'parental-mental-health'] },
  { key: 'dn-0404', date: day('04/04', '2023-04-04'), cells: ['Dressing', 'DN2', 'No access. No reply, card left.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'dn-0604', date: day('06/04', '2023-04-06'), cells: ['Dressing', 'CSW1', 'No access – Darren answered, pt "at hairdresser". Rebooked.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'dn-wc1004', date: wc('w/c 10/4', '2023-04-10'), cells: ['Telephone', 'DN2', 'Tel x2 – no answer. LVM.'],
    contacts: [c('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'dn-180423', date: day('18/04/2023', '2023-04-18'), excelDate: true, cells: ['Dressing', 'DN1', 'Seen. Ulcer deteriorated 4x3cm, malodorous, bandages not changed since last visit. Pt in same clothes, fridge almost empty. D says he shops daily. Swab taken.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'dn-2504', date: day('25/4', '2023-04-25'), cells: ['Dressing', 'CSW1', 'NA – no reply.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'dn-0205', date: day('02/05', '2023-05-02'), cells: ['Dressing', 'DN2', 'NA – no reply, curtains closed. Card left.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'dn-0905', date: day('9/5', '2023-05-09'), cells: ['Dressing', 'DN2', 'NA. Neighbour says they went out in the car.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'dn-1605', date: day('16/05', '2023-05-16'), cells: ['Dressing', 'DN1', "D at door – says pt doesn't want nurses any more, he will do the dressings. Not allowed in, pt not seen."],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'dn-2305', date: day('23/05', '2023-05-23'), cells: ['Dressing', 'CSW1', 'NA – no reply. Continue to offer visits.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'dn-wc0506', date: wc('w/c 5/6', '2023-06-05'), cells: ['Telephone', 'DN2', 'Tel – no ans x2.'],
    contacts: [c('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'dn-1306', date: day('13/06', '2023-06-13'), cells: ['Dressing', 'DN1', 'Seen, D present. Ulcer 4x3cm sloughy. Pt says she is "going to the surgery" with D now. Agreed transfer to PN treatment room.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'dn-200623', date: day('20/06/23', '2023-06-20'), cells: ['Transfer / discharge', 'DN1', 'Transferred to Priory Lane Surgery treatment room (PN). Handover form sent: L leg ulcer, dressing regime Inadine + K-Two, ABPI. Safeguarding section: none. Discharged from DN caseload.'],
    contacts: [c('gp', 'out', 'information-share')], concerns: [] },
  { key: 'dn-nocontact', date: range('21/06/23 – 12/12/23', '2023-06-21', '2023-12-12'), cells: ['—', '—', 'No DN involvement during this period (pt under PN treatment room).'],
    contacts: [], concerns: [] },
  { key: 'dn-131223', date: day('13/12/23', '2023-12-13'), cells: ['MDT / MARM', 'DN TL', "Attended MARM (ASC chair) re EK – self-neglect, financial abuse. Action: DN to re-open for leg + pressure area review once referral rec'd."],
    contacts: [c('asc', 'both', 'conference')], concerns: ['neglect', 'exploitation'] },
  { key: 'dn-160124', date: day('16/01/24', '2024-01-16'), cells: ['New referral – assessment', 'DN1', "Referral from ASC (SW2) rec'd 08/01. Seen at home. L leg ulcer recurred 2x2cm. Sacrum cat 2 pressure ulcer. Wt 44kg, MUST 2. Declined pressure-relieving mattress. Plan 2x weekly."],
    contacts: [c('asc', 'in', 'referral'), c('family', 'out', 'assessment')], concerns: ['injury', 'neglect', 'non-engagement'] },
  { key: 'dn-2301', date: day('23/01', '2024-01-23'), cells: ['PAC / dressing', 'CSW1', 'NA – no reply, key safe code not on record.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'dn-2601', date: day('26/01', '2024-01-26'), cells: ['PAC / dressing', 'DN2', 'Seen. Sacrum cat 2, skin broken. Repositioning advice given; declined mattress again.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: ['injury', 'non-engagement'] },
  { key: 'dn-0202', date: day('02/02', '2024-02-02'), cells: ['PAC / dressing', 'DN1', 'Sacrum now cat 3 (3x2cm). Pt and carer (Heartwood) report no falls. Datix completed. Emailed SW2 re deterioration + mattress refusal.'],
    contacts: [c('family', 'out', 'home-visit'), c('asc', 'out', 'email')], concerns: ['injury'] },
  { key: 'dn-0602', date: day('06/02', '2024-02-06'), cells: ['PAC / dressing', 'CSW1', 'No access – key safe code given by office not working. Rang Heartwood office – no answer.'],
    contacts: [c('family', 'attempted', 'dna'), c('other', 'attempted', 'phone-call')], concerns: [] },
  { key: 'dn-0902', date: day('09/02', '2024-02-09'), cells: ['PAC / dressing', 'DN2', 'Seen. Pt drowsy, poor oral intake, sacrum cat 3 sloughy. Tel to GP (Dr GP1) – GP to visit Monday.'],
    contacts: [c('family', 'out', 'home-visit'), c('gp', 'out', 'phone-call')], concerns: ['injury', 'neglect'] },
];

// ================================================================ 3. GP (TXT, SystmOne-like)
const GP_FILE = 'gp-systmone.txt';
const gp = [
  { key: 'gp-050922', date: day('05-Sep-2022', '2022-09-05'), who: 'Admin (Docman)', line: 'Letter: Yelm Valley Memory Assessment Service – diagnosis Alzheimer\'s disease (mild). MMSE 23/30. Donepezil 5mg started. Lives alone; nephew NOK. Please review in 4/52.',
    contacts: [c('adult-mh', 'in', 'letter')], concerns: ['parental-mental-health'] },
  { key: 'gp-120922', date: day('12-Sep-2022', '2022-09-12'), who: 'Dr GP1', line: 'Telephone: Nephew (Paul Kelby) rang – aunt forgetting tablets, not eating regularly since dx. Consent obtained from pt by phone. Referral to Adult Social Care for Care Act assessment sent via e-form.',
    contacts: [c('family', 'in', 'phone-call'), c('asc', 'out', 'referral')], concerns: ['neglect'] },
  { key: 'gp-290922', date: day('29-Sep-2022', '2022-09-29'), who: 'PN1', line: 'Consultation: L leg ulcer gaiter area 3x2cm, exudate ++. Struggles to get to surgery (no longer drives). Referral to DN for housebound dressings.',
    contacts: [c('family', 'in', 'attendance'), c('other', 'out', 'referral')], concerns: [] },
  { key: 'gp-121022', date: day('12-Oct-2022', '2022-10-12'), who: 'Admin (Docman)', line: 'Letter: Westmoor ASC – Care Act assessment outcome: POC Heartwood Home Care 1x daily for meds prompting and meals.',
    contacts: [c('asc', 'in', 'letter')], concerns: [] },
  { key: 'gp-100123', date: day('10-Jan-2023', '2023-01-10'), who: 'Dr GP1', line: 'Consultation: Donepezil review. Attended with friend Darren V who says he is now her carer and is moving in to help. Pt says "Darren has my card and does all my shopping, he\'s very good to me". Pt happy with arrangement; has capacity to choose who helps her. Not felt to be a safeguarding issue. Darren added as carer/contact on record at pt\'s request.',
    contacts: [c('family', 'in', 'attendance')], concerns: ['exploitation', 'parental-mental-health'] },
  { key: 'gp-130323', date: day('13-Mar-2023', '2023-03-13'), who: 'Dr GP1', line: 'Telephone: Darren V (carer) rang asking for a letter for pt\'s bank confirming he can manage her account as she "can\'t cope with money". Advised GP cannot do this – would need LPA. Pt not spoken to.',
    contacts: [c('family', 'in', 'phone-call')], concerns: ['exploitation'] },
  { key: 'gp-220623', date: day('22-Jun-2023', '2023-06-22'), who: 'Admin (Docman)', line: 'Correspondence: Yelmbridge Community Nursing handover – transfer to treatment room for L leg ulcer dressings 2x weekly. Dressing plan attached. No other concerns noted. Booked with PN.',
    contacts: [c('other', 'in', 'information-share')], concerns: [] },
  { key: 'gp-270623', date: day('27-Jun-2023', '2023-06-27'), who: 'PN1', line: 'Consultation: L leg ulcer dressing, 4x3cm sloughy. Attended with friend, who stayed in the room.',
    contacts: [c('family', 'in', 'attendance')], concerns: [] },
  { key: 'gp-040723', date: day('04-Jul-2023', '2023-07-04'), who: 'Admin (Docman)', line: 'Letter: ED discharge summary Cresswater Royal 03/07/23 – fall at home, 3cm forehead laceration, steri-strips. No follow-up required.',
    contacts: [c('ed', 'in', 'letter')], concerns: ['injury'] },
  { key: 'gp-110723', date: day('11-Jul-2023', '2023-07-11'), who: 'PN1', line: 'DNA: Did not attend dressing appointment.',
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'gp-120723', date: day('12-Jul-2023', '2023-07-12'), who: 'Reception', line: 'Telephone: Rang pt re DNA – friend answered, rebooked for 26/07.',
    contacts: [c('family', 'out', 'phone-call')], concerns: [] },
  { key: 'gp-260723', date: day('26-Jul-2023', '2023-07-26'), who: 'PN1', line: 'Consultation: L leg ulcer larger 5x3cm. Pt unkempt, clothes stained. Friend says she won\'t let him help her wash. Swab sent.',
    continuation: 'Advised re hygiene + fluids. R/v 1/52.',
    contacts: [c('family', 'in', 'attendance')], concerns: ['neglect'] },
  { key: 'gp-090823', date: day('09-Aug-2023', '2023-08-09'), who: 'PN1', line: 'DNA: Did not attend.',
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'gp-200923', date: day('20-Sep-2023', '2023-09-20'), who: 'PN1', line: 'Consultation: L leg ulcer healed. Discharged from treatment room. Pt came alone by taxi.',
    contacts: [c('family', 'in', 'attendance')], concerns: [] },
  { key: 'gp-131223', date: day('13-Dec-2023', '2023-12-13'), who: 'Dr GP1', line: 'Meeting: Attended MARM (ASC) re self-neglect and financial abuse – see minutes when received. GP action: home visit, weight and bloods.',
    contacts: [c('asc', 'both', 'conference')], concerns: ['neglect', 'exploitation'] },
  { key: 'gp-110124', date: day('11-Jan-2024', '2024-01-11'), who: 'Dr GP1', line: 'Home visit: Seen at home, carer present. Thin, wt 44kg (58kg 10/22). L leg ulcer recurred. Declines hospital assessment and bloods – has capacity for this decision. Dietitian referral (community). Fortisip Rx.',
    contacts: [c('family', 'out', 'home-visit'), c('other', 'out', 'referral')], concerns: ['neglect', 'non-engagement'] },
  { key: 'gp-090224', date: day('09-Feb-2024', '2024-02-09'), who: 'Dr GP1', line: 'Telephone: Tel from DN2 – pt drowsy, poor intake, sacral PU cat 3. GP to visit Mon.',
    contacts: [c('other', 'in', 'phone-call')], concerns: ['injury', 'neglect'] },
  { key: 'gp-120224', date: day('12-Feb-2024', '2024-02-12'), who: 'Admin (Docman)', line: 'Notification: Cresswater Royal ED – attended 11/02/24, admitted Trauma (Ward 7), # NOF L.',
    contacts: [c('ed', 'in', 'notification')], concerns: ['injury'] },
  { key: 'gp-210224', date: day('21-Feb-2024', '2024-02-21'), who: 'Admin (Docman)', line: 'Notification: Cresswater Royal – patient died 21/02/24 (Ward 7). Coroner informed by hospital.',
    contacts: [c('other', 'in', 'notification')], concerns: [] },
];

// ================================================================ 4. Home care daily log (CSV)
const HC_FILE = 'heartwood-daily-log.csv';
const hc = [
  { key: 'hc-101022', date: day('10/10/22', '2022-10-10'), tin: '09:30', tout: '10:00', carer: 'JT', notes: '1st call - intro, care plan in folder. E pleasant but muddled re tabs, dosette from chemist ok. Nephew rang while I was there',
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'hc-241122', date: day('24/11/22', '2022-11-24'), tin: '11:15', tout: '', carer: 'MG (coord)', notes: '6wk review call from SW (council). all going well, no missed calls. no change',
    contacts: [c('asc', 'in', 'phone-call')], concerns: [] },
  { key: 'hc-081222', date: day('08/12/22', '2022-12-08'), tin: '09:35', tout: '10:00', carer: 'JT', notes: 'man called Darren here, says hes a friend from the Legion club, doing her shopping now. E happy',
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'hc-151222', date: day('15/12/22', '2022-12-15'), tin: '09:30', tout: '09:55', carer: 'SB', notes: 'E said she give Darren £200 for his van + he has her bank card for the shopping. E not sure how much in acct. told office',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['exploitation'] },
  { key: 'hc-161222', date: day('16/12/22', '2022-12-16'), tin: '14:00', tout: '', carer: 'MG (coord)', notes: 'rang E re above - says D a good freind and she is happy for him to help, her choice. E has capacity. not passed to SW - carers to monitor + report',
    contacts: [c('family', 'out', 'phone-call')], concerns: ['exploitation'] },
  { key: 'hc-230123', date: day('23/01/23', '2023-01-23'), tin: '09:45', tout: '10:10', carer: 'KM', notes: 'Darren now stopping here, his stuff in back bedrm. E says he dont pay rent and she buys his food. D asked us not to bother with the shopping anymore',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['exploitation'] },
  { key: 'hc-130223', date: day('13/02/23', '2023-02-13'), tin: '09:30', tout: '09:50', carer: 'JT', notes: 'E upset cant find purse. D says she keeps loosing it. found in bread bin. tabs given',
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'hc-030323', date: day('03/03/23', '2023-03-03'), tin: '09:40', tout: '10:00', carer: 'SB', notes: 'E says police came in the night, cant remember why. D v short with me, said mind my own business',
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'hc-240423', date: day('24/04/23', '2023-04-24'), tin: '09:30', tout: '09:55', carer: 'KM', notes: 'fire brigade been sat night - pan fire. new smoke alarms. kitchen walls black. E didnt know it happend',
    contacts: [c('family', 'out', 'home-visit')], concerns: [] },
  { key: 'hc-150523', date: day('15/05/23', '2023-05-15'), tin: '09:30', tout: '09:45', carer: 'JT', notes: 'no tabs taken 2 days, dosette full. D says she refused. E still in bed, not washed, bed wet',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'hc-120623', date: day('12/06/23', '2023-06-12'), tin: '09:35', tout: '09:50', carer: 'JT', notes: "D says he will do her tabs now so E dont need us. E said 'i suppose so'. dosette 3 days missed",
    contacts: [c('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'hc-140623', date: day('14/06/23', '2023-06-14'), tin: '11:20', tout: '', carer: 'MG (coord)', notes: 'Darren rang office to cancel all calls from Mon 19/6 - says he is her carer now + lives there. Emailed Adult Social Care SW team inbox to advise POC ending + that D lives with E and we had worries about her money in Dec',
    contacts: [c('family', 'in', 'phone-call'), c('asc', 'out', 'email')], concerns: ['exploitation'] },
  { key: 'hc-160623', date: day('16/6/23', '2023-06-16'), tin: '09:30', tout: '09:50', carer: 'SB', notes: 'last call. E v quiet. kitchen dirty, bins full, no milk. said bye',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { sectionRow: '*** POC ended 19/06/23. No calls until restart (see below) ***' },
  { key: 'hc-131223', date: day('13/12/23', '2023-12-13'), tin: '10:00', tout: '', carer: 'AR (branch mgr)', notes: 'attended MARM at council offices (ASC chair) re E. Agreed restart 2x daily from 8/1',
    contacts: [c('asc', 'both', 'conference')], concerns: [] },
  { key: 'hc-080124', date: day('08/01/24', '2024-01-08'), tin: '08:30', tout: '09:05', carer: 'JT', notes: 'restart. E pleased to see us. fridge empty, brought milk + bread from shop. strong smell urine in bedrm',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['neglect'] },
  { key: 'hc-150124', date: day('15/01/24', '2024-01-15'), tin: '08:40', tout: '09:00', carer: 'KM', notes: 'E refused wash, same clothes 3 days. wouldnt let me put DN cream on bottom',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['neglect', 'non-engagement'] },
  { key: 'hc-220124', date: day('22/01/24', '2024-01-22'), tin: '17:30', tout: '17:50', carer: 'SB', notes: 'tea call. ate half sandwich. sacrum v red, cream applied',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['injury'] },
  { key: 'hc-290124a', date: day('29/01/24', '2024-01-29'), tin: '07:45', tout: '08:30', carer: 'JT + KM', notes: 'found E on floor in lounge, says she fell in the night and couldnt get up. 2 of us got her up to chair. bruise L hip + L arm. E says no pain, did not want ambulance. told office',
    contacts: [c('family', 'out', 'home-visit')], concerns: ['injury'] },
  { key: 'hc-290124b', date: day('29/01/24', '2024-01-29'), tin: '10:10', tout: '', carer: 'MG (coord)', notes: 'fall noted. E has capacity + refused amb. nephew informed by phone. falls log done. carers to monitor',
    contacts: [c('family', 'out', 'phone-call')], concerns: ['injury'] },
  { key: 'hc-110224', date: day('11/02/24', '2024-02-11'), tin: '07:50', tout: '09:30', carer: 'JT', notes: 'found E on floor in bedrm, cold + confused, couldnt get up. 999 rang 07:55. amb arrived 09:20, E taken to Cresswater Royal. office + nephew told',
    contacts: [c('family', 'out', 'home-visit'), c('ambulance', 'out', 'phone-call')], concerns: ['injury'] },
];

// ================================================================ 5. Police and fire multi-service return (DOCX)
const PF_FILE = 'police-fire-return.docx';
const polCols = ['Date / Time', 'System ref', 'Officer / staff', 'Summary of contact', 'Action taken / outcome', 'Reviewer comment'];
const pol = [
  { key: 'pol-020323', date: day('02/03/2023', '2023-03-02'), dcell: '02/03/2023 0214hrs', time: '02:14',
    cells: ['STORM 0214-020323', 'Control / PC1, PC2 (Yelmbridge Response)', '999 call from Mrs KELBY (IP) stating a man in her house will not leave and has taken her purse. Officers attended 0240hrs. Male Darren VOSS present, states he lives there as her carer and that IP has dementia. IP confused, later said she had forgotten he lived there. Purse found in kitchen drawer.', 'No offences disclosed. Words of advice. Adult at risk – PPN to be submitted.', 'BWV reviewed; officers recorded IP as vulnerable.'],
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: ['parental-mental-health'] },
  { key: 'pol-030323', date: day('03/03/2023', '2023-03-03'), dcell: '03/03/2023 1130hrs', time: '11:30',
    cells: ['Niche PPN AV/23/1187', 'PC1', 'Adult Vulnerability PPN completed re Mrs KELBY: lives alone with dementia, male (VOSS) recently moved in and appears to control her finances and purse. Risk assessed MEDIUM.', 'PPN emailed to Westmoor ASC Adult Care Front Door (secure email).', 'Police email log shows PPN sent. ASC hold no record of receipt.'],
    contacts: [c('asc', 'out', 'notification')], concerns: ['exploitation', 'parental-mental-health'] },
  { key: 'pol-230823', date: day('23/08/2023', '2023-08-23'), dcell: '23/08/2023', time: null,
    cells: ['Niche OCC 23/44120', 'DC1 (CID, Yelmbridge)', 'Online safeguarding referral received from ASC re suspected financial abuse of Mrs KELBY by VOSS (approx £18k). Crime recorded: fraud by abuse of position.', 'Allocated DC1.', ''],
    contacts: [c('asc', 'in', 'referral')], concerns: ['exploitation', 'criminality'] },
  { key: 'pol-070923', date: day('07/09/2023', '2023-09-07'), dcell: '07/09/2023 1000hrs', time: '10:00',
    cells: ['—', 'DC1', 's42 strategy meeting (Teams) with ASC (SAM1, SW2).', 'Police to lead criminal investigation; ASC enquiry paused. DC1 to update ASC.', ''],
    contacts: [c('asc', 'both', 'strategy-discussion')], concerns: ['criminality'] },
  { key: 'pol-140923', date: day('14/09/2023', '2023-09-14'), dcell: '14/09/2023', time: null,
    cells: ['Niche OCC 23/44120', 'DC1', 'Visited IP at home with nephew present. IP unable to recall transactions or say who VOSS is to her; not able to give an account. ABE interview not viable.', 'Bank production order applied for.', ''],
    contacts: [c('family', 'out', 'home-visit')], concerns: ['parental-mental-health'] },
  { key: 'pol-280923', date: day('28/09/2023', '2023-09-28'), dcell: '28/09/2023', time: null,
    cells: ['Niche OCC 23/44120', 'DC1', 'VOSS attended Yelmbridge police station for voluntary interview under caution. Denies offence – states money was gifts and loans for IP\'s shopping and his van.', 'Released under investigation. File to CPS for advice.', ''],
    contacts: [c('family', 'in', 'attendance')], concerns: ['criminality'] },
  { key: 'pol-171023', date: day('17/10/2023', '2023-10-17'), dcell: '17/10/2023 2310hrs', time: '23:10',
    cells: ['STORM 2310-171023', 'PC3, PC4', 'Neighbour (Mrs PASCOE) reported IP missing from home. IP located 0030hrs on Cresswater Road in nightclothes, cold and confused; returned home. VOSS not present – neighbour states he moved out about two weeks ago. Large amount of scam mail / lottery letters in hallway. Herbert Protocol form left with neighbour.', 'Adult PPN submitted to ASC (18/10). Referral to Westmoor Trading Standards re scam mail.', ''],
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('asc', 'out', 'notification'), c('other', 'out', 'referral')], concerns: ['missing', 'parental-mental-health', 'exploitation'] },
  { key: 'pol-131223', date: day('13/12/2023', '2023-12-13'), dcell: '13/12/2023', time: null,
    cells: ['—', 'DC1', 'Attended MARM (ASC chair) re Mrs KELBY. Update given: investigation ongoing, file with CPS.', '', ''],
    contacts: [c('asc', 'both', 'conference')], concerns: [] },
  { key: 'pol-100124', date: day('10/01/2024', '2024-01-10'), dcell: '10/01/2024', time: null,
    cells: ['Niche OCC 23/44120', 'DC1', 'CPS charging advice received: no further action – insufficient evidence, IP unable to give evidence, gifts defence cannot be rebutted.', 'Crime filed NFA. Nephew informed by telephone.', 'No record that the outcome was passed to ASC.'],
    contacts: [c('other', 'in', 'information-share'), c('family', 'out', 'phone-call')], concerns: ['criminality'] },
];
const fireCols = ['Date', 'Incident / activity', 'Station / role', 'Details', 'Referrals / follow-up'];
const fire = [
  { key: 'fire-220423', date: day('22/04/2023', '2023-04-22'), dcell: '22/04/2023 18:52', time: '18:52',
    cells: ['Primary fire – dwelling (kitchen)', 'Yelmbridge Green Watch – Crew Manager 1', 'Pan left on hob; fire out on arrival, occupiers outside. Female occupier (80s) confused, could not say who the male was. Male (40s) said he was her lodger and carer; smokes indoors. Hall smoke alarm had no battery. Lounge cluttered, strong smell of urine, piles of unopened post.', '2 x smoke alarms fitted. Safe and Well referral to Prevention team. Safeguarding concern not submitted – male stated he is her carer.'],
    contacts: [c('family', 'out', 'other')], concerns: ['neglect', 'parental-mental-health'] },
  { key: 'fire-100523', date: day('10/05/23', '2023-05-10'), dcell: '10/05/23', time: null,
    cells: ['Safe and Well visit', 'Prevention – HST1', "Male answered, said occupier asleep and doesn't need a visit. Unable to speak with occupier. Visit declined.", '2nd visit booked.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'fire-240523', date: day('24/5/23', '2023-05-24'), dcell: '24/5/23', time: null,
    cells: ['Safe and Well visit (2nd attempt)', 'Prevention – HST1', 'No reply. Calling card left.', 'Closed – unable to engage.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: ['non-engagement'] },
  { key: 'fire-131223', date: day('13/12/23', '2023-12-13'), dcell: '13/12/23', time: null,
    cells: ['MARM', 'Station Manager, Prevention', 'Attended MARM (ASC chair). Agreed joint Safe and Well visit with SW.', ''],
    contacts: [c('asc', 'both', 'conference')], concerns: [] },
  { key: 'fire-040124', date: day('04/01/24', '2024-01-04'), dcell: '04/01/24', time: null,
    cells: ['Safe and Well visit (joint)', 'Prevention – HST1 with SW2 (ASC)', 'Joint visit. Alarms tested and working. Frayed electric blanket removed and replaced. Hall clutter cleared by nephew. Call blocker already fitted by Trading Standards.', 'Closed – low risk.'],
    contacts: [c('asc', 'both', 'home-visit'), c('family', 'out', 'home-visit')], concerns: [] },
];

// ================================================================ 6. Hospital IMR (DOCX)
const H_FILE = 'hospital-imr.docx';
// each paragraph of section 4: list of entries (sentences grouped); 'agency' by department
const hosp = [
  { para: '4.1', entries: [
    { key: 'h-030723', agency: 'ed', date: day('3 July 2023', '2023-07-03'), time: '21:35',
      text: 'On 3 July 2023 at 21:35 Mrs K attended the Emergency Department with a male friend, Mr D, with a 3cm laceration to her forehead after a fall at home. Mr D gave most of the history and said she had tripped on a rug. The wound was closed with adhesive strips and she was discharged home with Mr D. An ED discharge summary was sent to her GP. No cognitive screen or safeguarding consideration was documented.',
      contacts: [c('family', 'in', 'attendance'), c('gp', 'out', 'letter')], concerns: ['injury'] },
  ] },
  { para: '4.2', entries: [
    { key: 'h-110224', agency: 'ed', date: day('11 February 2024', '2024-02-11'), time: '09:48',
      text: 'There was no further contact with the Trust until 11 February 2024, when Mrs K was brought to the Emergency Department by ambulance at 09:48, having been found on the floor at home by her carers. On assessment she had a fractured left neck of femur, dehydration and acute kidney injury; a category 3 sacral pressure ulcer and older bruising to her left arm and hip were noted. She was admitted to the trauma ward (Ward 7) that afternoon.',
      contacts: [c('family', 'in', 'attendance'), c('ambulance', 'in', 'other')], concerns: ['injury', 'neglect'] },
  ] },
  { para: '4.3', entries: [
    { key: 'h-120224', agency: 'other', date: day('The next day', '2024-02-12'), time: null,
      text: 'The next day she underwent a left hemiarthroplasty. Ward nursing staff completed a body map and an incident report for the pressure ulcer present on admission; no safeguarding concern was raised with Adult Social Care at that time.',
      contacts: [], concerns: ['injury'] },
  ] },
  { para: '4.4', entries: [
    { key: 'h-140224', agency: 'other', date: day('14 February 2024', '2024-02-14'), time: null,
      text: 'On 14 February 2024 the ward discharge coordinator discussed discharge with Mrs K, who said that her friend Darren lived with her and looked after her. The discharge plan recorded "lives with friend (carer) – home with friend\'s support, no package of care needed". No information was sought from Adult Social Care, the GP or the home care provider.',
      contacts: [c('family', 'out', 'assessment')], concerns: [] },
  ] },
  { para: '4.5', entries: [
    { key: 'h-160224', agency: 'other', date: day('Two days later', '2024-02-16'), time: null,
      text: 'Two days later Mrs K\'s nephew telephoned Ward 7, concerned that his aunt might be discharged to the man who had taken her money, and explained that this man no longer lived with her. The ward sister referred the matter to the Trust\'s adult safeguarding team by internal referral.',
      contacts: [c('family', 'in', 'phone-call')], concerns: ['exploitation'] },
  ] },
  { para: '4.6', entries: [
    { key: 'h-190224', agency: 'other', date: day('19 February 2024', '2024-02-19'), time: null,
      text: 'On 19 February 2024 the adult safeguarding team reviewed the referral and emailed a safeguarding concern to Westmoor Adult Social Care about the pressure ulcer, self-neglect and possible financial abuse. This was eight days after admission and three days after the nephew\'s call; Trust policy is that a concern is raised within one working day of a category 3 or 4 pressure ulcer being identified.',
      contacts: [c('asc', 'out', 'referral')], concerns: ['injury', 'neglect', 'exploitation'] },
  ] },
  { para: '4.7', entries: [
    { key: 'h-200224', agency: 'other', date: day('The following day', '2024-02-20'), time: null,
      text: 'The following day Mrs K\'s condition deteriorated with a hospital-acquired pneumonia. After a telephone discussion with her nephew, a ReSPECT form was completed recording that she was for ward-based care only.',
      contacts: [c('family', 'out', 'phone-call')], concerns: ['other'] },
  ] },
  { para: '4.8', entries: [
    { key: 'h-210224', agency: 'other', date: day('21 February 2024', '2024-02-21'), time: '04:20',
      text: 'Mrs K died on Ward 7 at 04:20 on 21 February 2024. Her death was reported to the coroner, and the GP was notified the same day.',
      contacts: [c('other', 'out', 'notification'), c('gp', 'out', 'notification')], concerns: [] },
  ] },
];

// ================================================================ refs
const refOf = {};
const gold = [];
const pushEntries = (file, list, fn) => {
  let n = 0;
  for (const e of list) {
    if (e.sectionRow) continue;
    n += 1;
    const ref = `${file}#${n}`;
    if (refOf[e.key]) throw new Error('dup key ' + e.key);
    refOf[e.key] = ref;
    gold.push({ ref, key: e.key, ...fn(e) });
  }
};
pushEntries(ASC_FILE, asc, (e) => ({ agency: 'asc', date: e.date, time: null, text: e.body, contacts: e.contacts, concerns: e.concerns }));
pushEntries(DN_FILE, dn, (e) => ({ agency: 'other', date: e.date, time: null,
  text: e.cells.join(' | ') + (e.continuation ? ' ' + e.continuation : ''), contacts: e.contacts, concerns: e.concerns }));
pushEntries(GP_FILE, gp, (e) => ({ agency: 'gp', date: e.date, time: null,
  text: `${e.who}  ${e.line}` + (e.continuation ? ' ' + e.continuation : ''), contacts: e.contacts, concerns: e.concerns }));
pushEntries(HC_FILE, hc, (e) => ({ agency: 'other', date: e.date, time: e.tin || null,
  text: `${e.carer} | ${e.notes}`, contacts: e.contacts, concerns: e.concerns }));
pushEntries(PF_FILE, [...pol.map((x) => ({ ...x, ag: 'police' })), ...fire.map((x) => ({ ...x, ag: 'other' }))], (e) => ({
  agency: e.ag, date: e.date, time: e.time, text: e.cells.filter((s) => s && s.trim()).join(' | '), contacts: e.contacts, concerns: e.concerns }));
pushEntries(H_FILE, hosp.flatMap((p) => p.entries), (e) => ({ agency: e.agency, date: e.date, time: e.time, text: e.text, contacts: e.contacts, concerns: e.concerns }));
const R = (k) => { if (!refOf[k]) throw new Error('unknown key ' + k); return refOf[k]; };

// duplicates (first member = earliest; ties by file order then row order)
const dupGroups = [
  ['asc-241122', 'hc-241122'],
  ['asc-070923', 'pol-070923'],
  ['asc-131223', 'dn-131223', 'gp-131223', 'hc-131223', 'pol-131223', 'fire-131223'],
  ['asc-040124', 'fire-040124'],
  ['dn-0902', 'gp-090224'],
];
for (const g of dupGroups) {
  const head = R(g[0]);
  for (const k of g.slice(1)) {
    const e = gold.find((x) => x.key === k);
    e.duplicateOf = head;
  }
}

// ================================================================ gaps and decoys
const gaps = [
  { id: 'KF-G01', code: 'G1', alsoAcceptable: [], from: 'other', to: ['asc'], anchors: ['hc-151222', 'hc-161222'],
    note: 'Heartwood Home Care (other): a carer recorded that Mrs Kelby had given Mr Voss £200 and her bank card and did not know her balance; the coordinator decided it was "her choice" and expressly did not pass it to the social worker. ASC, which had commissioned the package, was not told of an early sign of financial exploitation.' },
  { id: 'KF-G02', code: 'G1', alsoAcceptable: [], from: 'gp', to: ['asc'], anchors: ['gp-100123', 'gp-130323'],
    note: 'The GP knew that a recently arrived "friend" with a dementia patient\'s bank card was calling himself her carer and moving in, and two months later that he was seeking a letter to manage her bank account. It was judged "not a safeguarding issue" and no concern was raised with ASC (ASC records show nothing from the GP after the original referral).' },
  { id: 'KF-G03', code: 'G10', alsoAcceptable: ['G3'], from: 'other', to: ['asc'], anchors: ['asc-160223'],
    note: 'The building society\'s vulnerable customer team reported suspected financial abuse (large cash withdrawals with a man doing the talking). The ASC front door recorded it as information and advice, "not a safeguarding concern", relying on a capacity view about care decisions from the previous autumn; no s42 screening, checks or visit.' },
  { id: 'KF-G04', code: 'G2', alsoAcceptable: [], from: 'police', to: ['asc'], anchors: ['pol-030323', 'asc-210823'],
    note: 'Police emailed an Adult Vulnerability PPN (medium risk, male appears to control her finances) to the ASC front door after the March 999 call. ASC has no record of receiving it; its August records check found no police notification on file.' },
  { id: 'KF-G05', code: 'G1', alsoAcceptable: [], from: 'other', to: ['asc'], anchors: ['dn-0903', 'dn-180423'],
    note: 'District nurses (Yelm Valley Community Health NHS Trust): Mrs Kelby disclosed "he takes my money", and later they saw unchanged bandages, the same clothes and an empty fridge. The team lead decided not to raise a safeguarding concern; ASC was not told.' },
  { id: 'KF-G06', code: 'G1', alsoAcceptable: ['G8'], from: 'other', to: ['asc'], anchors: ['fire-220423', 'fire-100523', 'fire-240523'],
    note: 'Westmoor Fire and Rescue Service attended a kitchen fire and recorded a confused older woman, a male "lodger and carer" who smoked indoors, clutter and smell of urine, but did not submit a safeguarding concern because the male said he cared for her. The follow-up Safe and Well visit was refused on the doorstep by the male and the case was closed "unable to engage", again without telling ASC.' },
  { id: 'KF-G07', code: 'G8', alsoAcceptable: [], from: 'other', to: ['gp', 'asc'],
    anchors: ['dn-0404', 'dn-0604', 'dn-wc1004', 'dn-2504', 'dn-0205', 'dn-0905', 'dn-1605', 'dn-2305', 'dn-wc0506', 'dn-200623'],
    note: 'Between April and June 2023 district nurses had repeated no-access visits, unanswered calls and a doorstep refusal by Mr Voss on Mrs Kelby\'s behalf. None of this was escalated to the GP or ASC; the episode ended with a transfer to the treatment room that recorded no concerns.' },
  { id: 'KF-G08', code: 'G3', alsoAcceptable: ['G10'], from: 'other', to: ['asc'], anchors: ['hc-140623', 'asc-150623'],
    note: 'Heartwood emailed ASC that Mr Voss, who lived with Mrs Kelby, had cancelled all care calls and that the agency had had worries about her money. ASC recorded "cancelled by family", ended the service and left the case closed, with no review of whether Mrs Kelby wanted this or who was now meeting her needs.' },
  { id: 'KF-G09', code: 'G9', alsoAcceptable: ['G5'], from: 'other', to: ['gp'], anchors: ['dn-200623', 'gp-220623'],
    note: 'On transfer from the district nursing caseload to the practice treatment room, the handover covered only the wound plan ("Safeguarding section: none"); the disclosure, the neglect signs and the months of no access were not passed on, and the practice recorded "no other concerns".' },
  { id: 'KF-G10', code: 'G6', alsoAcceptable: [], from: 'asc', to: ['gp', 'other'], anchors: ['asc-070923', 'pol-070923'],
    note: 'The s42 strategy meeting was ASC and police only. The GP practice, whose nurse was then seeing Mrs Kelby in the treatment room, and the district nurses, home care provider and fire service, who had all recorded concerns during the year, were not invited or asked for information.' },
  { id: 'KF-G11', code: 'G4', alsoAcceptable: ['G5'], from: 'police', to: ['asc'], anchors: ['asc-061223', 'pol-100124', 'asc-050224'],
    note: 'ASC referred the suspected fraud to police and paused its own enquiry pending the outcome. Police received NFA charging advice and filed the crime, informing the nephew but not ASC; ASC\'s request for an update went unanswered and it closed the s42 enquiry not knowing the outcome.' },
  { id: 'KF-G12', code: 'G1', alsoAcceptable: [], from: 'other', to: ['asc', 'gp', 'other'], anchors: ['hc-290124a', 'hc-290124b', 'dn-0202'],
    note: 'Carers found Mrs Kelby on the floor after a night-time fall with bruising to her hip and arm. The agency told only the nephew; the GP, ASC and the district nurses (who days later recorded "no falls") were not told. This was less than two weeks before the fall that led to her admission.' },
  { id: 'KF-G13', code: 'G5', alsoAcceptable: [], from: 'other', to: ['asc'], anchors: ['h-110224', 'h-120224', 'h-190224', 'asc-200224'],
    note: 'A category 3 pressure ulcer and old bruising were recorded on admission, but the hospital\'s safeguarding concern reached ASC only eight days later (and three days after the nephew\'s warning), against a one-working-day standard.' },
  { id: 'KF-G14', code: 'G7', alsoAcceptable: [], from: 'other', to: ['asc', 'gp'], anchors: ['h-140224'],
    note: 'Discharge planning accepted Mrs Kelby\'s own account that a friend lived with and cared for her, and planned discharge with no package of care, without asking ASC, the GP or the home care provider, all of whom knew the friend had left and was suspected of financial abuse.' },
];
const decoys = [
  { id: 'KF-D01', looksLike: ['G2', 'G3', 'G4'], refs: ['gp-120922', 'asc-150922', 'asc-290922', 'asc-061022', 'gp-121022'],
    note: 'The GP referral for a Care Act assessment was received and screened by the ASC front door within three days, the assessment was done two weeks later, and the outcome letter reached the GP.' },
  { id: 'KF-D02', looksLike: ['G2'], refs: ['pol-171023', 'asc-181023', 'asc-191023'],
    note: 'Unlike the March PPN, the October PPN after the missing episode was logged by ASC the next day, passed to the allocated worker and followed by a home visit.' },
  { id: 'KF-D03', looksLike: ['G6'], refs: ['asc-131223', 'dn-131223', 'gp-131223', 'hc-131223', 'pol-131223', 'fire-131223'],
    note: 'The December MARM included every agency then or recently involved (ASC, GP, district nursing, police, fire, home care) and the nephew; each agency recorded attending.' },
];

// ================================================================ write files
// ---------- 1. ASC PDF via DOCX
async function writeAsc() {
  const children = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Westmoor Council – Adult Social Care')] }),
    new Paragraph({ children: [new TextRun({ text: 'Case Notes Report (Mosaic) – extract for Safeguarding Adults Review', bold: true })] }),
    new Paragraph({ children: [new TextRun('Person: Mrs Edith KELBY    Person ID: 4471902    DOB: **/**/1941')] }),
    new Paragraph({ children: [new TextRun('Filter: all case notes, 01/09/2022 to 21/02/2024. Staff names replaced with role codes for the review.')] }),
    new Paragraph({ children: [] }),
  ];
  for (const e of asc) {
    children.push(new Paragraph({ border: { top: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 4 } },
      children: [new TextRun({ text: 'Date: ', bold: true }), new TextRun(e.date.raw)] }));
    children.push(new Paragraph({ children: [new TextRun({ text: 'Author: ', bold: true }), new TextRun(e.author)] }));
    children.push(new Paragraph({ children: [new TextRun({ text: 'Note type: ', bold: true }), new TextRun(e.type)] }));
    children.push(new Paragraph({ spacing: { before: 80, after: 200 }, children: [new TextRun(e.body)] }));
  }
  children.push(new Paragraph({ children: [new TextRun({ text: '— End of report —', italics: true })] }));
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'OFFICIAL-SENSITIVE – Westmoor ASC Case Notes', size: 16 })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
        new TextRun({ text: 'Printed 14/05/2024 by SAR Panel Officer    Page ', size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
        new TextRun({ text: ' of ', size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })] })] }) },
      children,
    }],
  });
  const tmpDocx = path.join(TMP, 'asc-case-notes.docx');
  fs.writeFileSync(tmpDocx, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, tmpDocx], { stdio: 'ignore' });
  if (!fs.existsSync(path.join(OUT, ASC_FILE))) throw new Error('PDF conversion failed');
}

// ---------- 2. DN XLSX
async function writeDn() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yelm Valley Community Health NHS Trust';
  const ws = wb.addWorksheet('Chronology');
  ws.columns = [{ width: 14 }, { width: 26 }, { width: 12 }, { width: 100 }];
  ws.addRow(['Yelm Valley Community Health NHS Trust – Yelmbridge Community Nursing Team']).font = { bold: true, size: 13 };
  ws.addRow(['SAR chronology – Mrs E Kelby (NHS no. withheld) – taken from SystmOne community unit']);
  ws.addRow([]);
  const hr = ws.addRow(['Date', 'Visit type', 'Clinician', 'Outcome']);
  hr.font = { bold: true };
  hr.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; });
  for (const e of dn) {
    let dcell = e.date.raw;
    if (e.excelDate) dcell = new Date(e.date.earliest + 'T00:00:00Z');
    const row = ws.addRow([dcell, ...e.cells]);
    if (e.excelDate) row.getCell(1).numFmt = 'dd/mm/yyyy';
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    if (e.continuation) ws.addRow(['', '', '', e.continuation]).getCell(4).alignment = { wrapText: true };
  }
  ws.addRow([]);
  ws.addRow(['', '', '', 'Completed by: DN Team Lead, Yelmbridge. Checked by Named Nurse Safeguarding Adults.']);
  const key = wb.addWorksheet('Key');
  key.columns = [{ width: 10 }, { width: 50 }];
  key.addRow(['Abbrev', 'Meaning']).font = { bold: true };
  for (const r of [['DN', 'District Nurse (DN1, DN2)'], ['CSW', 'Community staff nurse / support worker'], ['TL', 'Team Lead'],
    ['NA', 'No access'], ['PAC', 'Pressure area care'], ['PN', 'Practice nurse (GP surgery)'], ['LVM', 'Left voicemail'], ['ABPI', 'Ankle brachial pressure index']]) key.addRow(r);
  await wb.xlsx.writeFile(path.join(OUT, DN_FILE));
}

// ---------- 3. GP TXT
function wrapLine(text, width = 110) {
  // SystmOne-style print: long entries wrap onto indented continuation lines
  const words = text.split(' ');
  const lines = [];
  let cur = '';
  for (const w of words) {
    const cand = cur === '' ? w : cur + ' ' + w;
    if (cand.length > width && cur.trim() !== '') { lines.push(cur); cur = ' '.repeat(13) + w; } else cur = cand;
  }
  lines.push(cur);
  return lines;
}
function writeGp() {
  const L = [];
  L.push('PRIORY LANE SURGERY, YELMBRIDGE  –  SystmOne journal extract');
  L.push('Patient: Mrs Edith KELBY   DOB: **-***-1941   NHS No: *** *** ****');
  L.push('Extract for Safeguarding Adults Review: 01-Sep-2022 to 21-Feb-2024 (consultations, correspondence, tasks)');
  L.push('Prepared by: Practice Safeguarding Lead. Clinician names replaced by role codes.');
  L.push('-'.repeat(100));
  for (const e of gp) {
    const first = `${e.date.raw}  ${e.who}  ${e.line}`;
    L.push(...wrapLine(first));
    if (e.continuation) L.push(' '.repeat(13) + e.continuation);
  }
  L.push('-'.repeat(100));
  L.push('End of extract. 19 entries printed.');
  fs.writeFileSync(path.join(OUT, GP_FILE), L.join('\n') + '\n');
}

// ---------- 4. HC CSV
const csvq = (s) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
function writeHc() {
  const L = [];
  L.push(csvq('Heartwood Home Care Ltd - Yelmbridge branch - client: Edith Kelby (ref HH-2219) - daily log notes extract for SAR') + ',,,,');
  L.push('Date,Time in,Time out,Carer,Notes');
  for (const e of hc) {
    if (e.sectionRow) { L.push(',,,,' + csvq(e.sectionRow)); continue; }
    L.push([e.date.raw, e.tin, e.tout, e.carer, e.notes].map(csvq).join(','));
  }
  L.push(',,,,');
  L.push(',,,,' + csvq('extract taken from CareLog by branch manager AR. Routine calls with no notes not included.'));
  fs.writeFileSync(path.join(OUT, HC_FILE), L.join('\r\n') + '\r\n');
}

// ---------- 5. Police / fire DOCX
const cellP = (t, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold, size: 18 })] })] });
function table(cols, rows) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: cols.map((h) => cellP(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((t) => cellP(t)) }))],
  });
}
async function writePf() {
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Westmoor Safeguarding Adults Board – SAR "Mrs K"')] }),
        new Paragraph({ children: [new TextRun({ text: 'Multi-service return: Westmoor Constabulary and Westmoor Fire and Rescue Service', bold: true })] }),
        new Paragraph({ children: [new TextRun('Review period 01/09/2022 – 21/02/2024. Return compiled by the Constabulary Safeguarding Review Unit with WFRS Prevention. Staff identified by role.')] }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Part A – Police')] }),
        new Paragraph({ children: [new TextRun('Source systems: STORM (command and control), Niche RMS. Nil return for the period before the first call shown.')] }),
        table(polCols, pol.map((e) => [e.dcell, ...e.cells])),
        new Paragraph({ children: [] }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Part B – Fire and Rescue')] }),
        new Paragraph({ children: [new TextRun('Source: WFRS incident recording system and Prevention (CFRMIS) records.')] }),
        table(fireCols, fire.map((e) => [e.dcell, ...e.cells])),
        new Paragraph({ children: [] }),
        new Paragraph({ children: [new TextRun({ text: 'Signed off: DI, Safeguarding Review Unit; Group Manager, Prevention.', italics: true })] }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, PF_FILE), await Packer.toBuffer(doc));
}

// ---------- 6. Hospital IMR DOCX
async function writeHosp() {
  const P = (t) => new Paragraph({ spacing: { after: 160 }, children: [new TextRun(t)] });
  const H = (t) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t)] });
  const children = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Cresswater Hospitals NHS Foundation Trust')] }),
    new Paragraph({ children: [new TextRun({ text: 'Individual Management Review (IMR) – Safeguarding Adults Review "Mrs K"', bold: true })] }),
    new Paragraph({ children: [new TextRun('Author: Named Nurse, Adult Safeguarding. Version 1.2 (final).')] }),
    H('1. Introduction'),
    P('1.1 This IMR has been prepared for the Westmoor Safeguarding Adults Board. It describes the Trust\'s contact with Mrs K at Cresswater Royal Hospital and identifies learning for the Trust.'),
    H('2. Terms of reference'),
    P('2.1 The Board asked agencies to cover the period from 1 September 2022 to Mrs K\'s death, with particular attention to how concerns about financial abuse and self-neglect were recognised and shared.'),
    H('3. Sources'),
    P('3.1 Emergency Department records (Symphony), inpatient medical and nursing notes for Ward 7, discharge coordinator notes, incident reports and the adult safeguarding team database were reviewed. The ward sister and discharge coordinator were interviewed.'),
    H('4. Chronology of the Trust\'s involvement'),
  ];
  for (const p of hosp) children.push(P(`${p.para} ` + p.entries.map((e) => e.text).join(' ')));
  children.push(H('5. Analysis and learning'));
  children.push(P('5.1 The July attendance was an opportunity to ask Mrs K, on her own, how she came by the injury and who supported her at home. Her memory difficulties were not recognised because the history came from her companion.'));
  children.push(P('5.2 A category 3 pressure ulcer present on admission, in a frail woman found after a long lie, should have prompted a safeguarding concern on the day she was admitted, not once the nephew raised worries about money.'));
  children.push(P('5.3 Discharge planning relied on Mrs K\'s own account of her home circumstances. The Trust has since added a prompt to contact the GP and Adult Social Care for any patient with a cognitive impairment who reports an informal carer.'));
  children.push(H('6. Recommendations'));
  children.push(P('6.1 Safeguarding concerns for category 3 and 4 pressure ulcers present on admission to be raised by the admitting ward within one working day, with audit.'));
  const doc = new Document({ styles: { default: { document: { run: { font: 'Arial', size: 22 } } } }, sections: [{
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'CONFIDENTIAL – not for publication', size: 16 })] })] }) },
    children }] });
  fs.writeFileSync(path.join(OUT, H_FILE), await Packer.toBuffer(doc));
}

// ---------- gold + README
function writeGold() {
  const files = [
    { file: ASC_FILE, agency: 'asc', format: 'pdf' },
    { file: DN_FILE, agency: 'other', format: 'xlsx' },
    { file: GP_FILE, agency: 'gp', format: 'txt' },
    { file: HC_FILE, agency: 'other', format: 'csv' },
    { file: PF_FILE, agency: 'mixed', format: 'docx' },
    { file: H_FILE, agency: 'mixed', format: 'docx' },
  ];
  const entries = gold.map((e) => {
    const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time, text: e.text, contacts: e.contacts, concerns: e.concerns };
    if (e.duplicateOf) o.duplicateOf = e.duplicateOf;
    return o;
  });
  const g = {
    case: CASE,
    title: 'SAR Mrs K (Edith Kelby): financial abuse by a "friend" who moved in, self-neglect, falls and death in hospital – Westmoor',
    reviewType: 'sar',
    reviewPeriod: { from: '2022-09-01', to: '2024-02-21' },
    conventions: {
      mash: 'No MASH. The Westmoor Adult Care Front Door, adult safeguarding team and hospital social work team are all asc.',
      otherAgencies: 'District nursing (Yelm Valley Community Health NHS Trust, Yelmbridge Community Nursing Team), Heartwood Home Care, Westmoor Fire and Rescue Service, the building society vulnerable customer team, the Office of the Public Guardian, Trading Standards, CPS, the coroner, the community dietitian and the Cresswater Royal wards, discharge coordinator and adult safeguarding team are "other". The Memory Assessment Service is adult-mh. Cresswater Royal ED is ed. The practice nurse / treatment room is gp.',
      family: 'Mrs Kelby, her nephew Mr Paul Kelby, the neighbour Mrs Pascoe and the "friend" Mr Darren Voss (a household member and the alleged abuser) are all family.',
      mixedFiles: 'police-fire-return.docx: Part A rows are police, Part B rows are other (fire). hospital-imr.docx: ED paragraphs are ed, ward / discharge / safeguarding team paragraphs are other; ED and ward are one hospital, so contacts between them are internal.',
      internal: 'Carer to Heartwood office, DN to DN team lead, fire crew to WFRS Prevention team, ward sister to the Trust safeguarding team, and GP to practice nurse are internal and not contacts.',
      text: 'Table rows: the non-date, non-time cells joined with " | " (empty cells left out); the DN continuation row is appended to the row above. ASC notes: the prose body under the Date/Author/Note type header. GP lines: everything after the date, with the wrapped continuation lines. IMR: the sentences of the entry without the paragraph number.',
      time: 'Police Date/Time column, fire date column (where it has a time), home care "Time in"; IMR explicit clock time of the event; otherwise null.',
      noYearDates: 'DN dates without a year take the year of the surrounding rows (Oct–Dec 2022, Jan–Jun 2023, Jan–Feb 2024). The DN "21/06/23 – 12/12/23" row is a stated period of no contact and is an entry with a range date and no contacts.',
    },
    files,
    entries,
    gaps: gaps.map((x) => ({ id: x.id, code: x.code, alsoAcceptable: x.alsoAcceptable, from: x.from, to: x.to, anchors: x.anchors.map(R), note: x.note })),
    duplicates: dupGroups.map((grp) => grp.map(R)),
    decoys: decoys.map((d) => ({ id: d.id, looksLike: d.looksLike, refs: d.refs.map(R), note: d.note })),
  };
  fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(g, null, 2) + '\n');
  return g;
}

function writeReadme(g) {
  const byCode = {};
  for (const x of g.gaps) byCode[x.code] = (byCode[x.code] || 0) + 1;
  const counts = g.files.map((f) => `- \`${f.file}\` (${f.format}, ${f.agency}): ${g.entries.filter((e) => e.ref.startsWith(f.file + '#')).length} entries`).join('\n');
  const md = `# ${CASE} — invented Safeguarding Adults Review

Everything in this case is fictional (people, places, services, events).

## The case
**Mrs K** (Mrs Edith Kelby, 81) lived alone in a bungalow in Yelmbridge, Westmoor (an invented South West
England council area; other places: Cresswater). She was diagnosed with mild Alzheimer's disease in
September 2022 and had a venous leg ulcer. After a Care Act assessment Westmoor Adult Social Care (ASC)
commissioned one daily call from Heartwood Home Care, and district nurses from Yelm Valley Community
Health NHS Trust dressed her leg at home. Her nephew and next of kin, Mr Paul Kelby, lived out of county.

In December 2022 a "friend", **Mr D** (Darren Voss, 40s), began doing her shopping with her bank card; he moved
in in January 2023, called himself her carer, and over the following months about £18,000 was withdrawn and a
car finance agreement taken out in her name. The home care agency, GP, district nurses, her building society,
police (a 999 call in March) and the fire service (a kitchen fire in April) each saw part of this. Mr D turned
the nurses away and cancelled the care package in June. ASC opened a Section 42 enquiry only in August 2023
after the nephew called; police investigated, but CPS advised NFA in January 2024 and ASC was not told. Mr D
left in the autumn; Mrs K was found wandering at night in October, her home cold and without food. A MARM in
December restarted care. She fell at home in late January 2024 (not reported beyond the nephew), fell again on
11 February, was admitted to Cresswater Royal Hospital with a fractured neck of femur, dehydration and a
category 3 pressure ulcer, and died there on 21 February 2024.

Review period: 1 September 2022 – 21 February 2024.

## Files
${counts}

Layouts: ASC case notes exported from Mosaic to PDF, a Date/Author/Note type block per note; district
nursing spreadsheet (Date | Visit type | Clinician | Outcome, dates mostly without a year, "w/c" weeks, one real
Excel date, a continuation row, a stated no-contact period, a Key sheet); SystmOne-style GP journal, one line
per entry with wrapped continuation lines; home care CareLog CSV with carers' initials, times, typos; a
police/fire multi-service return with "Part A – Police" and "Part B – Fire and Rescue" tables of different
columns; and a numbered hospital IMR with relative dates ("The next day", "Two days later", "The following
day").

## Case conventions
${Object.entries(g.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

## Gold summary
${g.entries.length} entries; ${g.gaps.length} gaps (${Object.entries(byCode).map(([k, v]) => `${k}×${v}`).join(', ')}); ${g.decoys.length} decoys; ${g.duplicates.length} duplicate groups.

Decoys: the GP's Care Act referral that was received and acted on; the October police PPN that ASC logged and
acted on the next day (contrast with the March PPN that was never logged); the December MARM that included
every agency involved.

Generated by \`/work/blind/generators/${CASE}.mjs\`.
`;
  fs.writeFileSync(path.join(OUT, 'README.md'), md);
}

await writeAsc();
await writeDn();
writeGp();
writeHc();
await writePf();
await writeHosp();
const g = writeGold();
writeReadme(g);
fs.rmSync(TMP, { recursive: true, force: true });
console.log(`wrote ${OUT}: ${g.entries.length} entries, ${g.gaps.length} gaps, ${g.decoys.length} decoys`);
