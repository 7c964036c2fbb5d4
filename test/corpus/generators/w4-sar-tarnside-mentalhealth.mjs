// Generator for invented SAR case w4-sar-tarnside-mentalhealth (Adult D, Tarnside).
// Writes the five agency files, gold.json and README.md into /work/blind/w4-sar-tarnside-mentalhealth/.
// Everything here is fictional.
import { createRequire } from 'module';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'w4-sar-tarnside-mentalhealth';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

const F = {
  rio: 'ntmh-rio-progress-notes.docx',
  housing: 'tarnside-homes-contact-log.csv',
  police: 'northmoor-police-imr.pdf',
  asc: 'tarnside-asc-mosaic-chronology.xlsx',
  gp: 'brackenshaw-mp-emis-extract.txt',
};
const FILE_ORDER = ['rio', 'housing', 'police', 'asc', 'gp'];
const FILE_AGENCY = { rio: 'adult-mh', housing: 'housing', police: 'police', asc: 'asc', gp: 'gp' };
const FILE_FORMAT = { rio: 'docx', housing: 'csv', police: 'pdf', asc: 'xlsx', gp: 'txt' };

// ---------- helpers ----------
const MH = 'parental-mental-health', SM = 'substance-misuse', NG = 'neglect', NE = 'non-engagement',
  HO = 'housing', OT = 'other';
const c = (w, d, t) => ({ with: w, direction: d, type: t });
// day-precision date
const D = (raw, iso, extra = {}) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain: false, ...extra });

// ====================================================================================
// 1. Mental health trust – RiO progress notes (docx table)
// ====================================================================================
const CC1 = 'CC1 – CPN (Care Coordinator), Coldwell Bank CMHT';
const CC2 = 'CC2 – CPN (Care Coordinator), Coldwell Bank CMHT';
const CPN2 = 'CPN2 – Depot Clinic Nurse, Coldwell Bank CMHT';
const TM1 = 'TM1 – Team Manager, Coldwell Bank CMHT';
const DW1 = 'DW1 – Duty Worker (CPN), Coldwell Bank CMHT';
const STR1 = 'STR1 – Support Time Recovery Worker';
const P1 = 'Dr P1 – Consultant Psychiatrist';
const CRHT1 = 'CRHT1 – Crisis Practitioner, Tarnside CRHT';

const rio = [
  { k: 'R1', dt: '05/10/2023 10:30', iso: '2023-10-05', type: 'Home Visit', author: CC1, note: [
    'Planned HV to Mr D at home address (Fellgarth Court). Seen alone.',
    'MSE: Casually dressed, some staining on clothes. Good rapport. Speech normal rate/volume. Mood subjectively "alright", objectively euthymic. No FTD. Residual persecutory beliefs re: neighbours "listening through the wall" – longstanding, not acting on them. Denies AVH. No SI or thoughts of self harm. Insight partial – accepts depot "keeps the voices down".',
    'Alcohol: reports 4-6 cans strong lager per day, "more at weekends". Declines referral to Tarnside Recovery again.',
    'Home: cluttered, kitchen untidy, heating on. On ESA (support group) – says money is "tight".',
    'Plan: continue Clopixol 200mg 2/52 via depot clinic. CC HV 2 monthly. CPA review due 03/2024.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [MH, SM] },
  { k: 'R2', dt: '19/10/2023 14:10', iso: '2023-10-19', type: 'Depot Clinic', author: CPN2, note: [
    'Attended depot clinic. Zuclopenthixol decanoate (Clopixol) 200mg IM given R) gluteal, batch no. recorded on chart. No EPSE observed. Next due 02/11/2023.'],
    contacts: [c('family', 'in', 'attendance')], concerns: [MH] },
  { k: 'R3', dt: '02/11/2023 13:55', iso: '2023-11-02', type: 'Depot Clinic', author: CPN2, note: [
    'Attended. Clopixol 200mg IM given L) glut. Smelt of alcohol but steady on feet, said he had "only had a couple". Next due 16/11.'],
    contacts: [c('family', 'in', 'attendance')], concerns: [MH, SM] },
  { k: 'R4', dt: '16/11/2023 14:20', iso: '2023-11-16', type: 'Depot Clinic', author: CPN2, note: [
    'Attended late. Clopixol 200mg IM given R) glut. Unkempt, wearing 2 coats, said his flat is "like a fridge" and he has been sleeping in the chair.',
    'Advised to discuss with CC. Task sent to CC1.'],
    contacts: [c('family', 'in', 'attendance')], concerns: [MH, NG] },
  { k: 'R5', dt: '05/12/2023 11:00', iso: '2023-12-05', type: 'Home Visit', author: CC1, note: [
    'HV. Seen alone. Flat cold – Mr D says boiler "playing up" for 2-3 wks, has not reported it. CC advised him to ring Tarnside Homes repairs, Mr D agreed to do this today.',
    'MSE: unkempt, unshaven. Mood low-ish, "fed up with the cold". Some paranoid content re: neighbours "complaining about me to the council". No AVH reported. No SI.',
    'Alcohol: "about the same". Cans in kitchen.',
    'No contact from other agencies since last CPA review and CC not aware of any incidents.',
    'Plan: CC to review 2/12. Depot continues.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [MH, SM, HO, NG] },
  { k: 'R6', dt: '14/12/2023 14:05', iso: '2023-12-14', type: 'Depot Clinic', author: CPN2, note: [
    'Attended. Clopixol 200mg IM given L) glut. Says boiler now fixed. Next due 28/12 – clinic open over Xmas.'],
    contacts: [c('family', 'in', 'attendance')], concerns: [MH] },
  { k: 'R7', dt: '11/01/2024 14:15', iso: '2024-01-11', type: 'Depot Clinic', author: CPN2, note: [
    'Attended. Clopixol 200mg given R) glut. Coughing ++, looked pale. Advised to see GP re: chest. Next 25/01.'],
    contacts: [c('family', 'in', 'attendance')], concerns: [MH] },
  { k: 'R8', dt: '25/01/2024 14:00', iso: '2024-01-25', type: 'Depot Clinic', author: CPN2, note: [
    'Attended. Clopixol 200mg IM given L) glut. Mr D said the GP has given him "antibiotics and steroids" for his chest. No letter or correspondence from GP on RiO. Next due 08/02.'],
    contacts: [c('family', 'in', 'attendance')], concerns: [MH] },
  { k: 'R9', dt: '02/02/2024 15:05', iso: '2024-02-02', type: 'Duty Note', author: DW1, note: [
    'T/c recd from PC B, Northmoor Police. Police called to Coldwell Bank Post Office this afternoon – Mr D shouting at staff that his money "has been stolen by the DWP", appeared paranoid and smelled of alcohol. No offences. Officers have taken him home. PC asked that his mental health team be made aware.',
    'Duty checked RiO – CC1 allocated, depot up to date (25/01).',
    '15:30 duty rang Mr D – answered. Calmer. Said the Post Office "wouldn\'t give him his money". Denies thoughts of harm to self or others. Agreed CC1 will visit Monday.',
    'CC1 informed by task, HV booked 05/02/2024. PC B updated by phone 15:40.'],
    contacts: [c('police', 'in', 'phone-call'), c('family', 'out', 'phone-call'), c('police', 'out', 'phone-call')], concerns: [MH, SM] },
  { k: 'R10', dt: '05/02/2024 10:00', iso: '2024-02-05', type: 'Home Visit', author: CC1, note: [
    'HV following police contact on 02/02 (see duty note). Seen alone.',
    'Flat untidy ++, approx 30-40 empty cider bottles/cans in kitchen and living room, very little food (half a loaf, tea bags). Bedroom window cracked and covered with cardboard – says "the council know". Flat cold, heating on low.',
    'MSE: unkempt, malodorous. Guarded initially. Persecutory ideas re: DWP and Post Office "taking my money" – some of this may be reality based (?ESA paid late last week). No AVH. No SI/HI. Capacity not formally assessed – able to discuss his finances.',
    'D/w Dr P1 by phone – no change to meds, increase CC contact to 2/52, consider ASC referral re: self-care and budgeting.',
    'Plan: CC to follow up ESA payment; HV 2/52.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [MH, SM, NG] },
  { k: 'R11', dt: '07/03/2024 11:15', iso: '2024-03-07', type: 'Home Visit', author: CC1, note: [
    'HV. Mr D showed CC a DWP letter – "Migration Notice": he must claim Universal Credit by 04/06/2024 or his ESA will stop. Very distressed – "they want all my details", believes DWP "are watching" him. Reassured.',
    'Home conditions worse than last visit – mattress moved to living room floor as bedroom "too cold", window still boarded, smell of urine in bathroom. Visibly lost weight – trousers held up with string. Says he is eating "bits". Drinking approx 3L cider/day.',
    'Depot given at home (due today) – Clopixol 200mg IM L) glut.',
    'MSE: persecutory ideation re: DWP, no AVH, no SI.',
    'Plan: 1) referral to ASC for Care Act assessment (self-care, nutrition, home conditions, finances). 2) STR worker to support UC claim before deadline. 3) Discuss at CPA review.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [MH, SM, NG, OT] },
  { k: 'R12', dt: '12/03/2024 16:40', iso: '2024-03-12', type: 'Referral', author: CC1, note: [
    'Referral sent by secure email to Tarnside Council Adult Social Care Contact Centre (asc.contactcentre@tarnside.gov.uk) requesting a Care Act assessment.',
    'Concerns: self-neglect (weight loss, poor diet, home conditions), alcohol dependence, difficulty managing finances, UC migration deadline 04/06/24. Mr D consented to referral.',
    'Copy of referral saved in RiO Documents. Await response.'],
    contacts: [c('asc', 'out', 'referral')], concerns: [NG, SM, OT] },
  { k: 'R13', dt: '04/04/2024 15:00', iso: '2024-04-04', type: 'Case Note', author: CC1, note: [
    'Final contact before retirement. Saw Mr D at depot clinic – Clopixol 200mg given by CPN2. Explained a new CC will be allocated.',
    'Transfer summary completed: Paranoid schizophrenia, stable on depot. Alcohol use ongoing, declines services. Risk: LOW (self/others). Outstanding actions: nil.',
    'Case to TM1 for reallocation.'],
    contacts: [c('family', 'in', 'attendance')], concerns: [MH, SM] },
  { k: 'R14', dt: '10/04/2024 09:30', iso: '2024-04-10', type: 'Team Meeting', author: TM1, note: [
    'Allocation meeting. Mr D – no CC capacity. Added to unallocated list; duty to hold, depot clinic to continue. Review at next allocation mtg.'],
    contacts: [], concerns: [] },
  { k: 'R15', dt: '02/05/2024 14:50', iso: '2024-05-02', type: 'Depot Clinic', author: CPN2, note: [
    'DNA depot clinic. Tel x2 – no answer.',
    'D/w duty (DW2) and Dr P1: depot will be overdue, risk of relapse – home visit tomorrow a.m.'],
    contacts: [c('family', 'attempted', 'dna'), c('family', 'attempted', 'phone-call')], concerns: [MH, NE] },
  { k: 'R16', dt: '03/05/2024 11:30', iso: '2024-05-03', type: 'Home Visit', author: CPN2, note: [
    'Late entry – entered 07/05/2024 (RiO unavailable on the day).',
    'HV with DW2. Mr D answered after several knocks – had been asleep, "forgot the day". Agreed to depot: Clopixol 200mg IM given R) glut. Flat untidy, cans ++. No acute concerns on MSE. Reminded of clinic dates, reminder card given.',
    'Letter sent to GP (Brackenshaw MP) informing of missed depot and home administration.'],
    contacts: [c('family', 'out', 'home-visit'), c('gp', 'out', 'letter')], concerns: [MH, SM] },
  { k: 'R17', dt: '16/05/2024 13:40', iso: '2024-05-16', type: 'Depot Clinic', author: CPN2, note: [
    'Attended on time. Clopixol 200mg IM given L) glut. Next due 30/05.'],
    contacts: [c('family', 'in', 'attendance')], concerns: [MH] },
  { k: 'R18', dt: '30/05/2024 11:00', iso: '2024-05-30', type: 'Home Visit', author: STR1, note: [
    'Duty STR visit (unallocated list) to help Mr D claim Universal Credit before migration deadline 04/06. Claim completed online with Mr D using STR tablet. Mr D reluctant to give bank details, eventually agreed.',
    'DWP message on journal: ID verification – to attend Kellburn Jobcentre, appt to follow. Mr D has no working mobile. Advised to check journal at library. STR unable to offer further visits – unallocated.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [OT] },
  { k: 'R19', dt: '13/06/2024 12:00', iso: '2024-06-13', type: 'Team Meeting', author: TM1, note: [
    'Allocated to CC2 (CPN). Handover from duty: attending depot, UC claim made 30/05 with STR1.'],
    contacts: [], concerns: [] },
  { k: 'R20', dt: '17/06/2024 10:20', iso: '2024-06-17', type: 'Letter', author: CC2, note: [
    'CPA review arranged 25/06/2024 14:00 at Coldwell Bank CMHT. Invitation letters sent to Mr D and brother (B1, NOK).',
    'Email invitation to Tarnside Homes HO1 (Mr D consented). Letter to GP, Brackenshaw MP, requesting physical health report for the review.'],
    contacts: [c('family', 'out', 'letter'), c('housing', 'out', 'email'), c('gp', 'out', 'information-request')], concerns: [] },
  { k: 'R21', dt: '25/06/2024 14:00', iso: '2024-06-25', type: 'CPA Review', author: CC2, note: [
    'CPA Review. Present: Mr D, B1 (brother), CC2 (CPN), Dr P1 (Consultant Psychiatrist), HO1 (Housing Officer, Tarnside Homes). Apologies: none. Report recd from Dr G2 (GP) – COPD, weight 56.8kg (down approx 7kg in 12 months), alcohol excess, DNA\'d GP review in Jan.',
    'MH: stable on depot, residual paranoid ideas, no relapse indicators.',
    'Alcohol: 3L cider/day; declines Tarnside Recovery.',
    'Housing: HO1 reports arrears £540 and that the tenancy audit in Feb found the flat in poor condition; window now repaired. Agreed HO1 to refer to Tarnside Homes Tenancy Sustainment.',
    'Finances: UC claim made 30/05 – ID verification at Jobcentre still outstanding; B1 to support Mr D to attend.',
    'Risk: self-neglect – moderate; to others – low.',
    'Plan: CC2 HV 4-weekly; depot 2/52 clinic; B1 to help with Jobcentre; HO1 TSO referral; review 6/12. Outcome letter to GP.'],
    contacts: [c('housing', 'both', 'conference'), c('family', 'both', 'conference'), c('gp', 'in', 'information-share')], concerns: [MH, SM, NG, HO] },
  { k: 'R22', dt: '27/06/2024 09:45', iso: '2024-06-27', type: 'Letter', author: P1, note: [
    'CPA review outcome letter to GP (Dr G2), copy to Mr D: diagnosis, depot, risks and plan as above.'],
    contacts: [c('gp', 'out', 'letter'), c('family', 'out', 'letter')], concerns: [MH] },
  { k: 'R23', dt: '23/07/2024 11:00', iso: '2024-07-23', type: 'Home Visit', author: CC2, note: [
    'Planned HV – no answer. Card left with new appt 20/08.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
  { k: 'R24', dt: '25/07/2024 14:10', iso: '2024-07-25', type: 'Depot Clinic', author: CPN2, note: [
    'Attended. Clopixol 200mg IM given R) glut. Said he "isn\'t giving the Jobcentre anything else" – has not been to ID appt. Says brother "too busy". Task to CC2.'],
    contacts: [c('family', 'in', 'attendance')], concerns: [MH, OT] },
  { k: 'R25', dt: '08/08/2024 14:30', iso: '2024-08-08', type: 'Depot Clinic', author: CPN2, note: [
    'DNA depot clinic. Task to CC2.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: [MH, NE] },
  { k: 'R26', dt: '20/08/2024 10:45', iso: '2024-08-20', type: 'Home Visit', author: CC2, note: [
    'Email recd from HO1 (Tarnside Homes) 19/08: saw Mr D at door, very thin, no electric credit, no food; she has raised a safeguarding concern with ASC.',
    'Planned HV today – no answer, curtains closed. Card left.'],
    contacts: [c('housing', 'in', 'email'), c('family', 'attempted', 'dna')], concerns: [NG, NE] },
  { k: 'R27', dt: '22/08/2024 14:40', iso: '2024-08-22', type: 'Depot Clinic', author: CPN2, note: [
    'DNA x2. Tel – no answer.'],
    contacts: [c('family', 'attempted', 'dna'), c('family', 'attempted', 'phone-call')], concerns: [MH, NE] },
  { k: 'R28', dt: '23/08/2024 12:15', iso: '2024-08-23', type: 'Letter', author: CC2, note: [
    'DNA letter sent to Mr D – depot appt offered 05/09/2024. Advised that if we are unable to contact him the CMHT will review his care under the Engagement policy.'],
    contacts: [c('family', 'out', 'letter')], concerns: [NE] },
  { k: 'R29', dt: '05/09/2024 14:35', iso: '2024-09-05', type: 'Depot Clinic', author: CPN2, note: [
    'DNA x3 depot.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: [MH, NE] },
  { k: 'R30', dt: '12/09/2024 16:00', iso: '2024-09-12', type: 'Discharge', author: CC2, note: [
    'D/w TM1 in supervision. Mr D has DNA\'d 3 consecutive depots (08/08, 22/08, 05/09) and 2 planned HVs, no response to DNA letter. Under the Trust Engagement & DNA policy – discharge from CPA/CMHT to GP. Depot to be transferred to practice nurse at Brackenshaw MP.',
    'Discharge letter sent to GP: "Mr D has been stable on zuclopenthixol decanoate 200mg 2-weekly. He is being discharged to primary care who will continue the depot. No current risks identified. No other agencies involved." Copy to Mr D.',
    'Closed on RiO. NFA CMHT.'],
    contacts: [c('gp', 'out', 'letter'), c('family', 'out', 'letter')], concerns: [MH, NE] },
  { k: 'R31', dt: '23/11/2024 20:10', iso: '2024-11-23', type: 'Telephone Contact', author: CRHT1, note: [
    'T/c from PC F, Northmoor Police, at Mr D\'s flat. Police called by brother. Flat very cold, no gas or electric credit, Mr D thin, wrapped in blankets, "a bit confused". Police asking if crisis team will see him tonight.',
    'RiO checked – discharged from CMHT to GP 12/09/2024; depot via GP.',
    'Spoke to Mr D on PC\'s phone – answers brief, denies SI, "just cold". No evidence of acute psychotic relapse reported by police.',
    'Outcome: does not meet threshold for crisis assessment. Advised police to refer to ASC re: welfare and to contact GP. Email sent to Brackenshaw MP (nhs.net) requesting GP review next week. NFA CRHT.'],
    contacts: [c('police', 'in', 'phone-call'), c('family', 'out', 'phone-call'), c('gp', 'out', 'email')], concerns: [MH, NG] },
];

// ====================================================================================
// 2. Housing provider – tenancy management export (csv)
// ====================================================================================
const IO1 = 'IO1 (Income Officer)', NO1 = 'NO1 (Neighbourhood Officer)', HO1 = 'HO1 (Housing Officer)';
const NGAS = 'Northgas (gas servicing contractor)', TSO1 = 'TSO1 (Tenancy Sustainment)', MA1 = 'MA1 (Money Advice)';
const housing = [
  { k: 'H1', date: D('17/10/2023', '2023-10-17'), officer: IO1, method: 'Letter', subject: 'Rent arrears',
    details: 'Arrears £212.40 (HB shortfall - water rates/service charge). 1st arrears letter sent, invited to contact Income Team.',
    contacts: [c('family', 'out', 'letter')], concerns: [HO] },
  { k: 'H2', date: D('Mon 20/11', '2023-11-20'), officer: NO1, method: 'Phone in', subject: 'ASB - noise/smell',
    details: 'N1 (flat 21) rang re tenant at no.22 shouting at night "at the walls", strong smell of urine from his door. Says police were out to him last week. Diary sheets to be sent. NO1 to write to tenant.',
    contacts: [c('family', 'in', 'phone-call')], concerns: [HO, NG] },
  { k: 'H3', date: D('23/11/2023', '2023-11-23'), officer: NO1, method: 'Letter', subject: 'ASB',
    details: 'Letter to tenant re noise complaint - reminder of tenancy conditions (clause 6 nuisance). Diary sheets posted to N1.',
    contacts: [c('family', 'out', 'letter')], concerns: [HO] },
  { k: 'H4', date: D('07/12/2023', '2023-12-07'), officer: 'Repairs Contact Centre', method: 'Phone in', subject: 'Repair - no heating',
    details: 'Tenant reported boiler not working, no heating or hot water approx 3 wks. Job raised P2 (24hr) to Northgas. Engineer attended 08/12 - low pressure, repressurised, working on leaving.',
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], concerns: [HO] },
  { k: 'H5', date: D('22/01/2024', '2024-01-22'), officer: HO1, method: 'Letter', subject: 'Tenancy audit',
    details: 'Tenancy audit appointment letter - 06/02/2024 am.',
    contacts: [c('family', 'out', 'letter')], concerns: [] },
  { k: 'H6', date: D('06/02/2024', '2024-02-06'), officer: HO1, method: 'Home visit', subject: 'Tenancy audit',
    details: 'Audit completed, tenant in. Property in very poor condition - rubbish bags in hallway, 50+ empty cider bottles, strong smell, mattress on living room floor. Kitchen: no food in fridge, cooker not used (says uses kettle only). Bedroom window cracked, taped cardboard - repair order raised.',
    cont: ['Tenant talking to himself/TV during visit, said the neighbours "are in on it". Says he has a nurse "from the mental health" who comes. Appeared very thin. Declined help with cleaning.',
      'Action: repair order (window) raised; tenancy conditions letter to follow; HO to revisit in 3 months.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [NG, SM, HO, MH] },
  { k: 'H7', date: D('09/02/2024', '2024-02-09'), officer: HO1, method: 'Letter', subject: 'Tenancy conditions',
    details: 'Letter re condition of property - tenant must keep property clean and free of rubbish (clause 4.2). Revisit 3 months.',
    contacts: [c('family', 'out', 'letter')], concerns: [HO] },
  { k: 'H8', date: D('14/03/2024', '2024-03-14'), officer: 'Northgas (repairs)', method: 'Operative visit', subject: 'Repair completed',
    details: 'Bedroom window reglazed. Job closed.',
    contacts: [c('family', 'out', 'other')], concerns: [HO] },
  { k: 'H9', date: D('Mon 13/05', '2024-05-13'), officer: IO1, method: 'Phone out', subject: 'Rent arrears',
    details: 'Arrears £486.15. T/c to tenant - no answer, no VM. 2nd arrears letter sent.',
    contacts: [c('family', 'attempted', 'phone-call'), c('family', 'out', 'letter')], concerns: [HO, NE] },
  { k: 'H10', date: D('18/06/2024', '2024-06-18'), officer: HO1, method: 'Email', subject: 'CPA review',
    details: 'Replied to email invite from CC2 (Coldwell Bank CMHT) - will attend CPA review 25/06.',
    contacts: [c('adult-mh', 'out', 'email')], concerns: [] },
  { k: 'H11', date: D('25/06/2024', '2024-06-25'), officer: HO1, method: 'Meeting', subject: 'CPA review',
    details: 'Attended CPA review at Coldwell Bank CMHT with tenant, his brother, CC2 and Dr P1. Arrears £540 and Feb audit discussed. UC claim made 30/05 - housing costs not yet in payment. Agreed: HO1 to refer to Tenancy Sustainment; brother to help with Jobcentre appt.',
    contacts: [c('adult-mh', 'both', 'conference'), c('family', 'both', 'conference')], concerns: [HO] },
  { k: 'H12', date: D('27/06/2024', '2024-06-27'), officer: HO1, method: 'Internal', subject: 'TST referral',
    details: 'Referral to Tenancy Sustainment Team - support with UC, budgeting, property condition.',
    contacts: [], concerns: [HO] },
  { k: 'H13', date: D('Wed 17/07', '2024-07-17'), officer: IO1, method: 'UC portal', subject: 'UC / arrears',
    details: 'UC landlord portal - housing costs request verified. APA (managed payment to landlord) from next assessment period. Arrears £601.92.',
    contacts: [c('dwp', 'out', 'information-share')], concerns: [HO] },
  { k: 'H14', date: D('24/07/2024', '2024-07-24'), officer: TSO1, method: 'Home visit', subject: 'TST',
    details: 'Initial visit - no answer. Card left with mobile no.',
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
  { k: 'H15', date: D('12/08/2024', '2024-08-12'), time: '09:30', officer: HO1, method: 'Home visit', subject: 'Welfare',
    details: 'N1 rang 09:30 - not seen tenant for a week, smell from flat, post piling up. HO1 visited 10:00 - no answer, strong smell through letterbox, lots of post. Reported to police 101 for welfare check (log 0246). PC rang back 15:10 - tenant seen, alive, "fine", declined help. HO1 to revisit next week.',
    contacts: [c('family', 'in', 'phone-call'), c('family', 'attempted', 'dna'), c('police', 'out', 'phone-call'), c('police', 'in', 'phone-call')], concerns: [NG, NE] },
  { k: 'H16', date: D('19/08/2024', '2024-08-19'), time: '12:40', officer: HO1, method: 'Home visit', subject: 'Safeguarding',
    details: 'Revisit. Tenant answered door. Very thin, shaking, strong smell of urine/alcohol. Electric meter on emergency credit, fridge empty. Said "I\'m managing". Would not let HO in. Raised safeguarding concern with ASC Contact Centre by phone 12:40 (ref 2408-1193), online form completed. Emailed CC2 at CMHT to make aware.',
    cont: ['Tenant told HO he "doesn\'t need anybody". TST referral still open - no contact made.'],
    contacts: [c('family', 'out', 'home-visit'), c('asc', 'out', 'referral'), c('adult-mh', 'out', 'email')], concerns: [NG, SM, NE] },
  { k: 'H17', date: D('02/09/2024', '2024-09-02'), officer: HO1, method: 'Email', subject: 'Safeguarding',
    details: 'Emailed ASC Contact Centre asking for an update on safeguarding concern 19/08 (ref 2408-1193). No reply recieved.',
    contacts: [c('asc', 'out', 'email')], concerns: [] },
  { k: 'H18', date: D('23/09/2024', '2024-09-23'), officer: HO1, method: 'Phone out', subject: 'Safeguarding',
    details: 'Rang ASC Contact Centre for update - held 25 mins, call cut off. Left VM on Adult Safeguarding Team duty line. No call back.',
    contacts: [c('asc', 'attempted', 'phone-call')], concerns: [] },
  { k: 'H19', date: D('14/10/2024', '2024-10-14'), officer: IO1, method: 'UC portal', subject: 'UC / arrears',
    details: 'Landlord portal: UC claim CLOSED 27/09/2024 - housing costs ended. Arrears now £1,126.80. T/c to tenant - no answer. Final arrears letter, warning of NOSP.',
    contacts: [c('dwp', 'in', 'notification'), c('family', 'attempted', 'phone-call'), c('family', 'out', 'letter')], concerns: [HO, OT, NE] },
  { k: 'H20', date: D('28/10/2024', '2024-10-28'), officer: IO1, method: 'Hand delivered', subject: 'NOSP',
    details: 'Notice of Seeking Possession served - hand delivered through letterbox (no answer). Photo on file.',
    contacts: [c('family', 'out', 'letter')], concerns: [HO] },
  { k: 'H21', date: D('Mon 04/11', '2024-11-04'), officer: NGAS, method: 'Visit', subject: 'Gas safety check',
    details: 'LGSR due 30/11. No access. Card left - 1st appt.',
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
  { k: 'H22', date: D('Mon 18/11', '2024-11-18'), officer: NGAS, method: 'Visit', subject: 'Gas safety check',
    details: 'No access - 2nd appt. Meter cupboard (communal) checked: gas and electric prepayment meters showing no credit. Access letter 2 sent.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: [NE, NG] },
  { k: 'H23', date: D('26/11/2024', '2024-11-26'), officer: HO1, method: 'Phone in', subject: 'Police concern',
    details: 'T/c from PC F (Northmoor Police) - attended tenant Sat 23/11, no gas or electric, flat freezing, tenant very thin. Asked if we can help. HO1 advised of arrears/NOSP and TST; agreed to ask Money Advice to contact tenant re fuel vouchers.',
    contacts: [c('police', 'in', 'phone-call')], concerns: [NG, HO] },
  { k: 'H24', date: D('Mon 02/12', '2024-12-02'), officer: NGAS, method: 'Visit', subject: 'Gas safety check',
    details: 'No access - 3rd appt. Passed to Tarnside Homes Legal for access injunction (LGSR expired 30/11).',
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
  { k: 'H25', date: D('05/12/2024', '2024-12-05'), officer: MA1, method: 'Letter', subject: 'Money advice',
    details: 'Letter to tenant offering money advice appt 16/12 at Coldwell Bank office, with info on Household Support Fund fuel vouchers.',
    contacts: [c('family', 'out', 'letter')], concerns: [OT] },
  { k: 'H26', date: D('16/12/2024', '2024-12-16'), officer: MA1, method: 'Office appt', subject: 'Money advice',
    details: 'Tenant DNA money advice appt. Case closed, letter sent.',
    cont: ['(No further contact before 09/01.)'],
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: [NE] },
  { k: 'H27', date: D('10/01/2025', '2025-01-10'), officer: HO1, method: 'Phone in', subject: 'Tenant deceased',
    details: 'T/c from Northmoor Police - tenant found deceased at the property 09/01/2025. Property secured. Void/next steps to Area Manager. Internal incident review opened.',
    contacts: [c('police', 'in', 'notification')], concerns: [OT] },
];

// ====================================================================================
// 3. Police – narrative IMR extract (docx -> pdf)
// ====================================================================================
// Each entry = sentences; paragraphs group entries.
const police = [
  { k: 'P1', date: D('14 November 2023', '2023-11-14'), time: '16:35', s: [
    'At 16:35 on 14 November 2023 officers attended Mr D\'s flat at Fellgarth Court, Coldwell Bank, after a neighbour telephoned 101 to say that he had not been seen for several days and could be heard shouting.',
    'PC A and PC 2 found Mr D at home.',
    'The flat was very cold, the heating was not on and officers could see their breath indoors.',
    'There was little food, a large number of empty cider cans and a strong smell of urine.',
    'Mr D was wearing two coats, was thin and said that people in the building were "trying to get him out"; he said he had a "mental health nurse" but could not give a name.',
    'PC A completed an Adult Concern Notification (ACN), graded HIGH on the force risk matrix, recording self-neglect, paranoid beliefs and a risk to his life if he remained in a cold flat through the winter.',
    'The ACN was sent by secure email to Tarnside Adult Social Care the same evening and asked that the outcome be returned to the Vulnerability Desk.'],
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('asc', 'out', 'referral')], concerns: [NG, SM, MH] },
  { k: 'P2', date: D('20 December 2023', '2023-12-20'), time: null, s: [
    'On 20 December 2023 the Vulnerability Desk reviewed the ACN as part of its routine review.',
    'No outcome had been received from Adult Social Care and the occurrence was closed with no further police action.',
    'There is no record that the Desk contacted Adult Social Care to ask for the outcome.'],
    contacts: [], concerns: [] },
  { k: 'P3', date: D('2 February 2024', '2024-02-02'), time: '14:20', s: [
    'At 14:20 on 2 February 2024 officers attended Coldwell Bank Post Office, Market Street, after staff reported a man shouting that his money had been stolen.',
    'PC B spoke with Mr D, who smelled of alcohol and said that the DWP and the Post Office were "in it together".',
    'No offences were disclosed and staff did not want any action, and officers drove Mr D home.',
    'At 15:05 PC B telephoned the Coldwell Bank Community Mental Health Team duty line and passed on the details; the duty worker called back at 15:40 to say that his care coordinator would visit him.',
    'No ACN was submitted as the mental health team had taken the matter on.'],
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('adult-mh', 'out', 'phone-call'), c('adult-mh', 'in', 'phone-call')], concerns: [MH, SM] },
  { k: 'P4', date: D('12 August 2024', '2024-08-12'), time: '10:05', s: [
    'At 10:05 on 12 August 2024 Tarnside Homes reported via 101 that Mr D had not been seen for a week and that there was a smell from the flat.',
    'PCSO C and PC D attended at 13:30 and Mr D answered the door.',
    'He appeared thin and unkempt but said he was fine and declined any help; officers did not enter the flat.',
    'PC D rang the housing officer back to update her, and the housing officer said that she would revisit and consider a safeguarding referral, so no ACN was submitted.'],
    contacts: [c('housing', 'in', 'phone-call'), c('family', 'out', 'other'), c('housing', 'out', 'phone-call')], concerns: [NG, NE] },
  { k: 'P5', date: D('Saturday 23 November 2024', '2024-11-23'), time: '19:45', s: [
    'At 19:45 on Saturday 23 November 2024 Mr D\'s brother telephoned 101 to say he had been unable to contact Mr D for two weeks.',
    'PC F and PC 6 attended and found the front door unlocked.',
    'Mr D was sitting in the living room wrapped in blankets and coats; the gas and electricity prepayment meters had no credit and the flat was described as "freezing".',
    'He was very thin, confused about the day and said "they\'ve stopped my money".',
    'Officers bought £20 of electricity credit from a nearby shop so that a heater could be used.',
    'PC F telephoned the Crisis Resolution and Home Treatment Team, who spoke to Mr D and advised that he did not need a crisis assessment and that police should contact Adult Social Care and his GP.',
    'PC F submitted an ACN to Tarnside Adult Social Care graded HIGH, stating that there was an immediate risk to Mr D\'s life from cold and self-neglect and that his benefits had stopped.'],
    contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('adult-mh', 'out', 'phone-call'), c('asc', 'out', 'referral')], concerns: [NG, MH, OT] },
  { k: 'P6', date: D('Three days later', '2024-11-26'), time: null, s: [
    'Three days later PC F telephoned Tarnside Homes to tell them about the condition of the flat and that the meters had no credit, and asked whether the tenant could be helped with fuel.'],
    contacts: [c('housing', 'out', 'phone-call')], concerns: [NG] },
  { k: 'P7', date: D('4 December 2024', '2024-12-04'), time: null, s: [
    'On 4 December 2024 a safeguarding strategy discussion about the ACN was held by Microsoft Teams between the Adult Social Care Adult Safeguarding Team Manager and DS H of the Vulnerability Hub.',
    'It was agreed that the concern did not meet the criteria for a Section 42 enquiry and that Adult Social Care would complete a Care Act assessment.',
    'Police took no further action.'],
    contacts: [c('asc', 'both', 'strategy-discussion')], concerns: [] },
  { k: 'P8', date: D('9 January 2025', '2025-01-09'), time: '11:40', s: [
    'At 11:40 on 9 January 2025 officers attended Fellgarth Court at the request of Adult Social Care, whose social worker had not been able to get an answer at the flat.',
    'Officers forced entry and found Mr D deceased in the living room.',
    'The temperature in the flat was recorded as 4°C; there was no credit on either meter and no food in the flat.',
    'Officers called an ambulance and paramedics confirmed life extinct.',
    'PS G telephoned the social worker to tell her.',
    'The death was not treated as suspicious and was reported to HM Coroner, and Mr D\'s brother was informed by telephone that afternoon.'],
    contacts: [c('asc', 'in', 'phone-call'), c('family', 'out', 'other'), c('ambulance', 'out', 'phone-call'), c('asc', 'out', 'phone-call'), c('other', 'out', 'notification'), c('family', 'out', 'phone-call')], concerns: [NG, OT] },
  { k: 'P9', date: D('The following day', '2025-01-10'), time: null, s: [
    'The following day the officer in the case informed Tarnside Homes by telephone so that the property could be secured.'],
    contacts: [c('housing', 'out', 'notification')], concerns: [] },
];

// ====================================================================================
// 4. Adult social care – Mosaic chronology (xlsx, one sheet per year)
// ====================================================================================
const CCA1 = 'CCA1 – Contact Centre Advisor', CCA2 = 'CCA2 – Contact Centre Advisor', CCA3 = 'CCA3 – Contact Centre Advisor';
const TM2 = 'TM2 – Team Manager, Adult Safeguarding Team', SW2 = 'SW2 – Social Worker, Adult Safeguarding Team';
const TM3 = 'TM3 – Team Manager, Locality (Kellburn & Coldwell)', SW3 = 'SW3 – Social Worker, Locality Team';
const asc = [
  { k: 'A1', sheet: '2023', cell: new Date(Date.UTC(2023, 10, 15)), date: D('15/11/2023', '2023-11-15'),
    activity: 'Contact – Adult Concern Notification (ACN) from Northmoor Police, recd by secure email late on 14/11',
    worker: CCA1,
    outcome: 'ACN re welfare concern, Fellgarth Court. Police attended - flat cold and untidy, male drinking, "paranoid". Police grading: High. Mosaic checks - not known to ASC. Known to mental health services (CMHT). No care and support needs identified for ASC. Risk assessed as low. Information only - NFA.',
    contacts: [c('police', 'in', 'referral')], concerns: [NG, SM, MH] },
  { k: 'A2', sheet: '2023', cell: '27/11/23', date: D('27/11/23', '2023-11-27'),
    activity: 'Telephone – self contact', worker: CCA3,
    outcome: 'Mr D rang asking for "a grant for a heater, mine\'s broke". Advised re Local Welfare Assistance scheme - number given. Signposted to Citizens Advice Tarnside. NFA.',
    contacts: [c('family', 'in', 'phone-call')], concerns: [OT] },
  { k: 'A3', sheet: '2024', cell: new Date(Date.UTC(2024, 7, 19)), date: D('19/08/2024', '2024-08-19'),
    activity: 'Contact – Safeguarding concern (telephone) from Tarnside Homes, HO1. Ref 2408-1193', worker: CCA2,
    outcome: 'Housing officer reports self-neglect: tenant very thin, smell of urine, no electric credit, no food, refusing entry. Known to CMHT (per housing). Mosaic checks: police ACN 15/11/2023 (NFA), self contact 27/11/2023. No other referrals or contacts on file. Passed to Adult Safeguarding Team for s42 screening.',
    contacts: [c('housing', 'in', 'referral')], concerns: [NG, NE] },
  { k: 'A4', sheet: '2024', cell: new Date(Date.UTC(2024, 7, 21)), date: D('21/08/2024', '2024-08-21'),
    activity: 'S42 screening', worker: TM2,
    outcome: 'Screened against s42(1): care and support needs (MH, alcohol) - possibly; experiencing or at risk of abuse/neglect (self-neglect) - yes; unable to protect self - unclear. Allocated to SW2 to contact adult to establish views and desired outcomes (MSP) before decision.',
    contacts: [], concerns: [NG, MH, SM] },
  { k: 'A5', sheet: '2024', cell: new Date(Date.UTC(2024, 8, 10)), date: D('10/09/2024', '2024-09-10'),
    activity: 'Telephone call to adult', worker: SW2,
    outcome: 'No answer. No voicemail facility.',
    contacts: [c('family', 'attempted', 'phone-call')], concerns: [NE] },
  { k: 'A6', sheet: '2024', cell: new Date(Date.UTC(2024, 8, 17)), date: D('17/09/2024', '2024-09-17'),
    activity: 'Letter to adult', worker: SW2,
    outcome: 'Letter sent asking Mr D to contact SW2 within 10 working days.',
    contacts: [c('family', 'out', 'letter')], concerns: [] },
  { k: 'A7', sheet: '2024', cell: new Date(Date.UTC(2024, 9, 3)), date: D('03/10/2024', '2024-10-03'),
    activity: 'Decision / closure', worker: 'SW2 / TM2',
    outcome: 'No response from adult to call or letter. Presumed to have capacity (MCA s1) - adult has the right to make unwise decisions. Known to MH services. Does not meet s42 criteria at this time. NFA - case closed on Mosaic.',
    contacts: [], concerns: [NE, MH] },
  { blank: true, sheet: '2024' },
  { k: 'A8', sheet: '2024', cell: new Date(Date.UTC(2024, 10, 25)), date: D('25/11/2024', '2024-11-25'),
    activity: 'Contact – ACN from Northmoor Police (PC F), recd 24/11', worker: CCA1,
    outcome: 'ACN graded HIGH by police: no gas/electric credit, flat "freezing", very thin, confused, benefits stopped. Previous safeguarding concern closed 03/10/24 - adult did not engage. Not s42 - appears to be care and support needs/financial. Passed to Locality Team (Kellburn & Coldwell) for Care Act assessment - priority ROUTINE. Sent to TM2 for info.',
    contacts: [c('police', 'in', 'referral')], concerns: [NG, OT, NE] },
  { k: 'A9', sheet: '2024', cell: new Date(Date.UTC(2024, 11, 4)), date: D('04/12/2024', '2024-12-04'),
    activity: 'Safeguarding strategy discussion (Teams)', worker: TM2,
    outcome: 'Present: TM2 (ASC Adult Safeguarding), DS H (Northmoor Police Vulnerability Hub). Re ACN 23/11. Adult has capacity and has previously declined contact with ASC. Not s42 at this time. Outcome: Care Act assessment by Locality Team - routine; police NFA.',
    contacts: [c('police', 'both', 'strategy-discussion')], concerns: [NE] },
  { k: 'A10', sheet: '2024', cell: 'w/c 09/12/2024',
    date: { raw: 'w/c 09/12/2024', earliest: '2024-12-09', latest: '2024-12-15', precision: 'week', uncertain: false },
    activity: 'Allocation – Care Act assessment (s9)', worker: TM3,
    outcome: 'Allocated to SW3 from waiting list. Assessment visit booked 08/01/2025 - appointment letter to Mr D.',
    contacts: [c('family', 'out', 'letter')], concerns: [] },
  { k: 'A11', sheet: '2025', cell: new Date(Date.UTC(2025, 0, 8)), date: D('08/01/2025', '2025-01-08'),
    activity: 'Home visit – Care Act assessment', worker: SW3,
    outcome: 'No answer at door x3 knocks. Curtains closed. Card left. Will ask police for welfare check if no contact tomorrow.',
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
  { k: 'A12', sheet: '2025', cell: new Date(Date.UTC(2025, 0, 9)), date: D('09/01/2025', '2025-01-09'), time: '09:40',
    activity: 'Telephone – police', worker: SW3,
    outcome: '09:40 rang 101 - requested concern for welfare check at Fellgarth Court (log 0311). 13:05 PS G rang back: Mr D found deceased at home. TM3 and Safeguarding Adults Manager informed.',
    contacts: [c('police', 'out', 'phone-call'), c('police', 'in', 'phone-call')], concerns: [OT] },
  { k: 'A13', sheet: '2025', cell: new Date(Date.UTC(2025, 0, 10)), date: D('10/01/2025', '2025-01-10'),
    activity: 'SAR referral', worker: 'SAM1 – Safeguarding Adults Manager',
    outcome: 'Referral to Tarnside Safeguarding Adults Board for consideration of a Safeguarding Adults Review (Care Act s44).',
    contacts: [c('other', 'out', 'referral')], concerns: [] },
];

// ====================================================================================
// 5. GP practice – EMIS extract (txt, one line per entry)
// ====================================================================================
const gp = [
  { k: 'G1', raw: '12/10/23', iso: '2023-10-12', type: 'Consultation', who: 'PN1',
    text: 'F2F COPD annual review. Spirometry declined. Smoker 20/day. Alcohol: 4-5 cans/day, AUDIT-C 10. Flu vacc given L deltoid. Brief advice alcohol + smoking.',
    contacts: [c('family', 'in', 'attendance')], concerns: [SM] },
  { k: 'G2', raw: '09/11/23', iso: '2023-11-09', type: 'Repeat Rx', who: 'Dr G1',
    text: 'Repeat issued: procyclidine 5mg tds, salbutamol 100mcg inh 2 puffs prn, thiamine 100mg bd.',
    contacts: [], concerns: [] },
  { k: 'G3', raw: '?27/11/23', iso: '2023-11-27', uncertain: true, type: 'Telephone', who: 'RC1 (reception)',
    text: 'Pt rang asking for "something for sleep" and a letter "for the council about my heating". Offered appt with GP - declined, rang off. (logged late, date of call not certain)',
    contacts: [c('family', 'in', 'phone-call')], concerns: [NE, HO] },
  { k: 'G4', raw: '21/12/23', iso: '2023-12-21', type: 'Repeat Rx', who: 'Dr G1',
    text: 'Repeat issued as above.', contacts: [], concerns: [] },
  { k: 'G5', raw: '08/01/24', iso: '2024-01-08', type: 'Pharmacy', who: 'RC2 (reception)',
    text: 'T/c from Kellburn Pharmacy (pharmacist): pt has not collected repeat issued 21/12 or Nov inhaler. Came in today for cough mixture, looked thin and unkempt, smelled of alcohol. Pharmacist concerned. Task to Dr G1.',
    contacts: [c('other', 'in', 'phone-call')], concerns: [NG, SM] },
  { k: 'G6', raw: '15/01/24', iso: '2024-01-15', type: 'Consultation', who: 'Dr G1',
    text: 'F2F. c/o cough, SOB 2/52, green sputum. Hx: "can\'t afford to have the heating on", sits in his coat, eating "not much". Drinking approx 3L cider/day. O/E unkempt, thin, wt 58.2kg (64.0kg 07/23), T 37.8, sats 93% RA, wheeze ++. Imp: infective exac COPD; weight loss ?alcohol/poor intake. Rx amoxicillin 500mg tds 5/7, prednisolone 30mg od 5/7. Tarnside Recovery number given. FBC/LFTs requested. Rv 2/52.',
    contacts: [c('family', 'in', 'attendance')], concerns: [SM, NG, OT] },
  { k: 'G7', raw: '29/01/24', iso: '2024-01-29', type: 'DNA', who: 'Dr G1',
    text: 'DNA r/v. Bloods not done. No mobile no. for text. Letter sent to rebook.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: [NE] },
  { k: 'G8', raw: '13/02/24', iso: '2024-02-13', type: 'Repeat Rx', who: 'Dr G2',
    text: 'Repeat issued. Medication review due - not to issue further without r/v.', contacts: [], concerns: [] },
  { k: 'G9', raw: '09/05/24', iso: '2024-05-09', type: 'Letter in', who: 'Admin',
    text: 'Letter from Coldwell Bank CMHT (CPN2) 03/05/24: missed depot 02/05, seen at home 03/05 and depot given. Filed, Dr G2 noted, no action needed.',
    contacts: [c('adult-mh', 'in', 'letter')], concerns: [MH, NE] },
  { k: 'G10', raw: '05/06/24', iso: '2024-06-05', type: 'Letter in', who: 'Dr G2',
    text: 'UC113 (medical information request) recd from DWP re Universal Credit claim. Completed: paranoid schizophrenia on depot, COPD, alcohol dependence; limited capability for work supported. Returned 07/06.',
    contacts: [c('dwp', 'in', 'information-request'), c('dwp', 'out', 'information-share')], concerns: [MH, SM] },
  { k: 'G11', raw: '19/06/24', iso: '2024-06-19', type: 'Letter out', who: 'Dr G2',
    text: 'Report to CMHT (CC2) for CPA review 25/06: COPD, wt 56.8kg, alcohol excess, DNA\'d r/v Jan, bloods never done.',
    contacts: [c('adult-mh', 'out', 'information-share')], concerns: [SM, NE] },
  { k: 'G12', raw: '09/07/24', iso: '2024-07-09', type: 'Letter in', who: 'Admin',
    text: 'CPA review letter from Dr P1 (Coldwell Bank CMHT) dated 27/06: stable, depot 2-weekly, alcohol ongoing, self-neglect risk moderate, rent arrears. Plan noted.',
    contacts: [c('adult-mh', 'in', 'letter')], concerns: [MH, SM, NG, HO] },
  { k: 'G13', raw: '16/07/24', iso: '2024-07-16', type: 'Repeat Rx', who: 'Dr G2',
    text: 'Procyclidine, salbutamol issued x1 - med review overdue, message on script.', contacts: [], concerns: [] },
  { k: 'G14', raw: '27/08/24', iso: '2024-08-27', type: 'Pharmacy', who: 'RC1 (reception)',
    text: 'Kellburn Pharmacy: Rx from 16/07 not collected, returned to Spine. FYI.',
    contacts: [c('other', 'in', 'notification')], concerns: [NE] },
  { k: 'G15', raw: '01/10/24', iso: '2024-10-01', type: 'Letter in', who: 'Admin',
    text: 'Discharge letter from Coldwell Bank CMHT (CC2) dated 12/09/24: discharged from CPA to primary care. "Stable on zuclopenthixol decanoate 200mg 2-weekly. No current risks identified. No other agencies involved." Requests practice nurse continue depot. Task to PN1 to set up.',
    contacts: [c('adult-mh', 'in', 'letter')], concerns: [MH] },
  { k: 'G16', raw: '03/10/24', iso: '2024-10-03', type: 'Admin', who: 'PN1',
    text: 'Depot added to PN list - Clopixol 200mg IM 2-weekly. Appt 08/10 - letter to pt.',
    contacts: [c('family', 'out', 'letter')], concerns: [MH] },
  { k: 'G17', raw: '08/10/24', iso: '2024-10-08', type: 'Depot', who: 'PN1',
    text: 'Attended. Zuclopenthixol decanoate 200mg IM R glut given. Thin, smelt of alcohol. Next due 22/10.',
    contacts: [c('family', 'in', 'attendance')], concerns: [MH, SM] },
  { k: 'G18', raw: '22/10/24', iso: '2024-10-22', type: 'DNA', who: 'PN1',
    text: 'DNA depot. Rang x1 - no answer. Rebooked 29/10.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'attempted', 'phone-call')], concerns: [MH, NE] },
  { k: 'G19', raw: '29/10/24', iso: '2024-10-29', type: 'DNA', who: 'PN1',
    text: 'DNA depot x2. Letter sent.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: [MH, NE] },
  { k: 'G20', raw: '12/11/24', iso: '2024-11-12', type: 'DNA', who: 'PN1',
    text: 'DNA depot x3 - now 3 wks overdue. Task to Dr G2 ?action.',
    contacts: [c('family', 'attempted', 'dna')], concerns: [MH, NE] },
  { k: 'G21', raw: '13/11/24', iso: '2024-11-13', type: 'Task', who: 'Dr G2',
    text: 'Noted. Letter to pt - please book depot. PN to keep trying.',
    contacts: [c('family', 'out', 'letter')], concerns: [MH, NE] },
  { k: 'G22', raw: '25/11/24', iso: '2024-11-25', type: 'Email in', who: 'Dr G2',
    text: 'nhs.net email from CRHT (crisis practitioner) re police call 23/11: flat cold, no gas/electric, thin, confused; not in MH crisis; please review. Rang pt x2 - no answer. PN to book depot + r/v together.',
    contacts: [c('adult-mh', 'in', 'email'), c('family', 'attempted', 'phone-call')], concerns: [NG, MH, NE] },
  { k: 'G23', raw: '03/12/24', iso: '2024-12-03', type: 'DNA', who: 'PN1',
    text: 'DNA depot x4. Letter.',
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: [MH, NE] },
  { k: 'G24', raw: '17/12/24', iso: '2024-12-17', type: 'Pharmacy', who: 'RC2 (reception)',
    text: 'T/c Kellburn Pharmacy: pt came in yesterday asking for "something for the cold", no coat, very thin, could not pay for OTC items. Pharmacist advised him to see GP. Message to Dr G2.',
    contacts: [c('other', 'in', 'phone-call')], concerns: [NG, OT] },
  { k: 'G25', raw: '18/12/24', iso: '2024-12-18', type: 'Task', who: 'Dr G2',
    text: 'Noted. Appt letter sent for 07/01/25.',
    contacts: [c('family', 'out', 'letter')], concerns: [] },
  { k: 'G26', raw: '07/01/25', iso: '2025-01-07', type: 'DNA', who: 'Dr G2',
    text: 'DNA.', contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
  { k: 'G27', raw: '10/01/25', iso: '2025-01-10', type: 'Admin', who: 'PM (practice manager)',
    text: 'T/c from coroner\'s officer: pt died at home 09/01/25. Records requested. Deceased flag added.',
    contacts: [c('other', 'in', 'phone-call')], concerns: [OT] },
];

// ====================================================================================
// Build gold entries (text as the file shows it)
// ====================================================================================
const entries = []; // {key, fileKey, ref, ...}
const byKey = {};
function addEntry(fileKey, idx, e, text, date, time) {
  const ref = `${F[fileKey]}#${idx}`;
  const g = { ref, agency: FILE_AGENCY[fileKey], date, time: time ?? null, text, contacts: e.contacts, concerns: e.concerns };
  entries.push({ key: e.k, fileKey, idx, gold: g });
  if (byKey[e.k]) throw new Error('dup key ' + e.k);
  byKey[e.k] = { ref, fileKey, idx, gold: g };
}
rio.forEach((e, i) => {
  const [dpart, tpart] = e.dt.split(' ');
  addEntry('rio', i + 1, e, [e.type, e.author, e.note.join('\n')].join(' | '), D(dpart, e.iso), tpart);
});
housing.forEach((e, i) => {
  let text = [e.officer, e.method, e.subject, e.details].join(' | ');
  if (e.cont) text += ' ' + e.cont.join(' ');
  addEntry('housing', i + 1, e, text, e.date, e.time ?? null);
});
police.forEach((e, i) => addEntry('police', i + 1, e, e.s.join(' '), e.date, e.time));
let ai = 0;
asc.forEach((e) => { if (e.blank) return; ai++; addEntry('asc', ai, e, [e.activity, e.worker, e.outcome].join(' | '), e.date, e.time ?? null); });
const gpLine = (e) => `${e.raw} - ${e.type} - ${e.who} - ${e.text}`;
gp.forEach((e, i) => addEntry('gp', i + 1, e, gpLine(e), D(e.raw, e.iso, e.uncertain ? { uncertain: true } : {}), null));

// ---------- duplicates ----------
const dupGroups = [['R21', 'H11'], ['H23', 'P6'], ['P7', 'A9'], ['H27', 'P9']];
const duplicates = [];
for (const grp of dupGroups) {
  const members = grp.map((k) => byKey[k]);
  members.sort((a, b) => a.gold.date.earliest.localeCompare(b.gold.date.earliest)
    || FILE_ORDER.indexOf(a.fileKey) - FILE_ORDER.indexOf(b.fileKey) || a.idx - b.idx);
  const first = members[0];
  for (const m of members.slice(1)) m.gold.duplicateOf = first.ref;
  duplicates.push(members.map((m) => m.ref));
}

// ---------- gaps ----------
const R = (...ks) => ks.map((k) => { if (!byKey[k]) throw new Error('no key ' + k); return byKey[k].ref; });
const gaps = [
  { id: 'T-G01', code: 'G10', alsoAcceptable: ['G3'], from: 'police', to: ['asc'], anchors: R('P1', 'A1'),
    note: 'Police graded the November 2023 ACN HIGH (cold flat, no heating, self-neglect, paranoid beliefs, risk to life over the winter). The ASC Contact Centre recorded it as low risk, "no care and support needs", information only, NFA, without contacting Mr D.' },
  { id: 'T-G02', code: 'G4', alsoAcceptable: [], from: 'asc', to: ['police'], anchors: R('P1', 'A1', 'P2'),
    note: 'The ACN asked that the outcome be returned to the Vulnerability Desk. ASC recorded NFA and there is no record that the outcome was sent; the Desk closed the occurrence on 20/12/2023 with no outcome received.' },
  { id: 'T-G03', code: 'G1', alsoAcceptable: ['G3'], from: 'asc', to: ['adult-mh'], anchors: R('A1', 'A2', 'R5'),
    note: 'ASC noted that Mr D was known to the CMHT but did not pass the police concern (or his own call about a broken heater) to the care coordinator; CC1\'s visit on 05/12/2023 records no contact from other agencies and no knowledge of any incident.' },
  { id: 'T-G04', code: 'G1', alsoAcceptable: ['G5'], from: 'gp', to: ['adult-mh'], anchors: R('G5', 'G6', 'R8'),
    note: 'In January 2024 the GP knew from the pharmacy and a consultation of uncollected medication, 6kg weight loss, unkemptness, heavy drinking and that he could not afford heating. None of this was shared with the CMHT (depot clinic notes "no correspondence from GP"); the GP only reported weight loss and alcohol for the CPA review in June.' },
  { id: 'T-G05', code: 'G1', alsoAcceptable: ['G5'], from: 'housing', to: ['asc', 'adult-mh'], anchors: R('H2', 'H6', 'A3'),
    note: 'Tarnside Homes heard from a neighbour in November 2023 of shouting and a smell of urine and found severe self-neglect at the February 2024 tenancy audit (no food, 50+ bottles, mattress on the floor, very thin, tenant said he had a mental health nurse). It treated these as ASB and tenancy-condition matters: no safeguarding concern to ASC and no contact with the CMHT. ASC\'s August 2024 checks show no earlier housing referral; the CMHT only heard of the audit at the June CPA review.' },
  { id: 'T-G06', code: 'G2', alsoAcceptable: [], from: 'adult-mh', to: ['asc'], anchors: R('R12', 'A3'),
    note: 'CC1 emailed a Care Act assessment referral (self-neglect, nutrition, finances, UC migration deadline) to the ASC Contact Centre on 12/03/2024. ASC holds no record of it (its August checks list only the police ACN and a self-contact), and the CMHT never chased it: CC1\'s transfer summary listed no outstanding actions.' },
  { id: 'T-G07', code: 'G7', alsoAcceptable: ['G3'], from: 'asc', to: ['adult-mh', 'gp'], anchors: R('A3', 'A4', 'A7'),
    note: 'The August 2024 safeguarding concern was screened and closed after one unanswered call and a letter. ASC knew Mr D was known to the CMHT, but made no checks with the CMHT or his GP (both held information on self-neglect, alcohol, weight loss and missed appointments) before closing it as "does not meet s42".' },
  { id: 'T-G08', code: 'G4', alsoAcceptable: [], from: 'asc', to: ['housing'], anchors: R('H17', 'H18', 'A7'),
    note: 'Tarnside Homes chased the outcome of its safeguarding concern by email and phone and heard nothing; ASC closed the concern on 03/10/2024 without telling the referrer.' },
  { id: 'T-G09', code: 'G8', alsoAcceptable: [], from: 'adult-mh', to: ['gp', 'asc'], anchors: R('R23', 'R25', 'R26', 'R27', 'R28', 'R29', 'R30'),
    note: 'After two no-access visits and three missed depots (August–September 2024), and despite housing\'s email that Mr D was very thin with no food or electricity, the CMHT made no further home visit, did not tell the GP about the missed depots and raised no safeguarding concern; it discharged him under the DNA/engagement policy.' },
  { id: 'T-G10', code: 'G9', alsoAcceptable: ['G5'], from: 'adult-mh', to: ['gp'], anchors: R('R30', 'G15'),
    note: 'On discharge from CPA to primary care, the letter to the GP said he was stable with "no current risks" and "no other agencies involved". It left out the missed depots, self-neglect, weight loss, alcohol dependence, arrears, the UC problems and housing\'s safeguarding concern, all known to the CMHT. The letter dated 12/09 was filed by the GP on 01/10.' },
  { id: 'T-G11', code: 'G8', alsoAcceptable: [], from: 'gp', to: ['adult-mh'], anchors: R('G18', 'G19', 'G20', 'G21', 'G22', 'G23', 'G24'),
    note: 'The practice nurse recorded four missed depot injections (22/10 to 03/12/2024). The GP was also told by the crisis team of a freezing flat and by the pharmacy of a very thin man without a coat. The practice sent letters to Mr D but did not refer him back to the CMHT or tell mental health services that his antipsychotic depot had stopped.' },
  { id: 'T-G12', code: 'G1', alsoAcceptable: ['G8'], from: 'housing', to: ['asc'], anchors: R('H19', 'H20', 'H21', 'H22', 'H23', 'H24'),
    note: 'From October 2024 Tarnside Homes knew that Mr D\'s UC had closed and all income had stopped, that arrears were rising (NOSP served), that both prepayment meters had no credit, and, from the police, that the flat was freezing. It also had three failed gas safety visits. It responded through arrears, legal-access and money-advice routes and did not re-refer to ASC, whose earlier concern it had never had an answer on.' },
  { id: 'T-G13', code: 'G10', alsoAcceptable: ['G3'], from: 'police', to: ['asc'], anchors: R('P5', 'A8', 'A9', 'A10'),
    note: 'The November 2024 ACN was graded HIGH and described an immediate risk to life from cold and self-neglect with benefits stopped. ASC recorded it as a routine Care Act assessment from the waiting list; the first visit was booked for 08/01/2025 and Mr D was found dead the next day.' },
  { id: 'T-G14', code: 'G6', alsoAcceptable: [], from: 'asc', to: ['gp', 'housing'], anchors: R('A9', 'P7'),
    note: 'The 04/12/2024 safeguarding strategy discussion was between ASC and police only. Tarnside Homes (which had raised the August concern and knew of the closed UC claim, the empty meters, the NOSP and the no-access visits) and the GP (depot stopped, crisis-team and pharmacy information) were not involved.' },
];
const decoys = [
  { id: 'T-D01', looksLike: ['G6'], refs: R('R21', 'H11'),
    note: 'The June 2024 CPA review included everyone involved at the time: Mr D, his brother, CMHT, psychiatrist and the housing officer in person, and the GP by written report. ASC had no open involvement (it never received the March referral).' },
  { id: 'T-D02', looksLike: ['G2', 'G3'], refs: R('P3', 'R9', 'R10'),
    note: 'Police told the CMHT about the Post Office incident on 02/02/2024. The duty worker logged it, rang Mr D the same afternoon, called police back, and CC1 visited on 05/02. The information was received and acted on.' },
  { id: 'T-D03', looksLike: ['G8'], refs: R('R15', 'R16', 'G9'),
    note: 'The missed depot on 02/05/2024 was escalated the same day (duty worker and consultant). It was followed by a home visit the next day, where the depot was given, and the GP was told by letter, which the GP recorded.' },
];

// ---------- validation ----------
const AG = new Set(['police', 'csc', 'mash', 'early-help', 'gp', 'health-visiting', 'midwifery', 'school-nursing', 'ed', 'ambulance', 'paediatrics', 'camhs', 'adult-mh', 'substance-misuse', 'asc', 'school', 'housing', 'probation', 'da-service', 'voluntary', 'dwp', 'family', 'other']);
const TY = new Set(['referral', 'notification', 'information-request', 'information-share', 'phone-call', 'letter', 'email', 'home-visit', 'appointment', 'dna', 'strategy-discussion', 'conference', 'assessment', 'attendance', 'other']);
const DI = new Set(['out', 'in', 'both', 'attempted']);
const CO = new Set(['domestic-abuse', 'parental-mental-health', 'substance-misuse', 'injury', 'neglect', 'non-engagement', 'exploitation', 'young-carer', 'missing', 'housing', 'criminality', 'child-development', 'other']);
const REVIEW = { from: '2023-10-01', to: '2025-01-10' };
const WD = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 0, Saturday: 6 };
for (const { gold } of entries) {
  for (const x of gold.contacts) {
    if (!AG.has(x.with) || !TY.has(x.type) || !DI.has(x.direction)) throw new Error('bad contact ' + gold.ref + JSON.stringify(x));
    if (x.with === gold.agency) throw new Error('internal contact ' + gold.ref);
  }
  for (const k of gold.concerns) if (!CO.has(k)) throw new Error('bad concern ' + gold.ref + k);
  if (gold.date.earliest < REVIEW.from || gold.date.latest > REVIEW.to) throw new Error('out of period ' + gold.ref);
  const m = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Saturday)\b/.exec(gold.date.raw);
  if (m && new Date(gold.date.earliest + 'T00:00:00Z').getUTCDay() !== WD[m[1]]) throw new Error('weekday mismatch ' + gold.ref);
  // sorted within each file?
}
for (const g of gaps) for (const t of [g.from, ...g.to]) if (!AG.has(t)) throw new Error('bad gap agency ' + g.id);

// ====================================================================================
// Write agency files
// ====================================================================================
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel,
  AlignmentType, PageOrientation, ShadingType, Header, Footer, PageNumber, BorderStyle } = docx;

// --- RiO docx ---
async function writeRio() {
  const small = (t, o = {}) => new TextRun({ text: t, size: 18, font: 'Arial', ...o });
  const cell = (paras, w, head = false) => new TableCell({
    width: { size: w, type: WidthType.DXA },
    shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
    children: paras.map((p) => new Paragraph({ children: [small(p, head ? { bold: true } : {})], spacing: { after: 60 } })),
  });
  const W = [1500, 1500, 2600, 8800];
  const header = new TableRow({ tableHeader: true, children: ['Date/Time', 'Note type', 'Author', 'Note'].map((h, i) => cell([h], W[i], true)) });
  const rows = rio.map((e) => new TableRow({ children: [cell([e.dt], W[0]), cell([e.type], W[1]), cell([e.author], W[2]), cell(e.note, W[3])] }));
  const doc = new Document({
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }, margin: { top: 900, bottom: 900, left: 900, right: 900 } } },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [small('OFFICIAL-SENSITIVE – PERSONAL', { color: '808080' })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [small('RiO Progress Notes – Page '), new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })] }) },
      children: [
        new Paragraph({ children: [new TextRun({ text: 'North Tarn Mental Health and Wellbeing NHS Foundation Trust', bold: true, size: 26, font: 'Arial' })] }),
        new Paragraph({ children: [small('RiO – Progress Notes (extract of relevant entries) for Tarnside Safeguarding Adults Board – SAR Adult D', { bold: true })] }),
        new Paragraph({ children: [small('Client: Mr D     RiO ID: [redacted]     NHS No: [redacted]     Teams: Coldwell Bank CMHT (Adult Recovery); Tarnside Crisis Resolution & Home Treatment Team')] }),
        new Paragraph({ children: [small('Notes filtered: all note types. Entries shown in date order. Prepared by Named Nurse Safeguarding Adults.')], spacing: { after: 200 } }),
        new Table({ rows: [header, ...rows], columnWidths: W, width: { size: W.reduce((a, b) => a + b), type: WidthType.DXA } }),
        new Paragraph({ children: [small('End of extract.')], spacing: { before: 200 } }),
      ],
    }],
  });
  fs.writeFileSync(path.join(OUT, F.rio), await Packer.toBuffer(doc));
}

// --- housing csv ---
function writeHousing() {
  const q = (v) => (/[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
  const lines = [];
  lines.push(q('Tarnside Homes - Contact History Report (NEC Housing)'));
  lines.push(q('Tenancy ref 0042118 - 22 Fellgarth Court, Coldwell Bank - Lead tenant: Mr D - report run 21/01/2025 for SAR'));
  lines.push(['Date', 'Officer', 'Contact method', 'Subject', 'Details'].join(','));
  for (const e of housing) {
    lines.push([e.date.raw, e.officer, e.method, e.subject, e.details].map(q).join(','));
    for (const cont of e.cont ?? []) lines.push(['', '', '', '', cont].map(q).join(','));
  }
  fs.writeFileSync(path.join(OUT, F.housing), lines.join('\r\n') + '\r\n', 'utf8');
}

// --- police docx -> pdf ---
async function writePolice() {
  const T = (t, o = {}) => new TextRun({ text: t, size: 22, font: 'Arial', ...o });
  const P = (t, o = {}) => new Paragraph({ children: [T(t, o)], spacing: { after: 160 }, alignment: AlignmentType.JUSTIFIED });
  const H = (t) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: t, bold: true, size: 24, font: 'Arial' })], spacing: { before: 240, after: 120 } });
  const pk = Object.fromEntries(police.map((e) => [e.k, e]));
  const para = (num, ...keys) => P(`${num}  ` + keys.map((k) => pk[k].s.join(' ')).join(' '));
  const body = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [T('NORTHMOOR POLICE', { bold: true, size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [T('Tarnside Safeguarding Adults Board – Safeguarding Adults Review: Adult D', { bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [T('Individual Management Review – Chronology of Police Contact (extract)')], spacing: { after: 240 } }),
    P('Author: DI 2, Public Protection – Vulnerability Review Unit. Version 2 (final). Officers are referred to by role or collar number only.'),
    H('1. Introduction'),
    P('1.1  This extract sets out Northmoor Police contact with Mr D during the period under review, 1 October 2023 to 10 January 2025, as set by the SAB terms of reference.'),
    P('1.2  Information has been drawn from Command and Control (STORM) logs, Niche RMS occurrences and Adult Concern Notifications (ACNs). An ACN is the force\'s referral to adult social care for an adult believed to be at risk.'),
    P('1.3  Before the review period Mr D was known to police only as an occasional caller and as the victim of a minor theft.'),
    H('2. Chronology of contact'),
    H('Incident 1 – Concern for welfare, Fellgarth Court, Coldwell Bank (Niche OCC-23-118204)'),
    para('2.1', 'P1'),
    para('2.2', 'P2'),
    H('Incident 2 – 2 February 2024 – Coldwell Bank Post Office (STORM log 0611)'),
    para('2.3', 'P3'),
    H('Incident 3 – Welfare check requested by Tarnside Homes (STORM log 0246)'),
    para('2.4', 'P4'),
    H('Incident 4 – Concern for welfare, Fellgarth Court (Niche OCC-24-201877)'),
    para('2.5', 'P5', 'P6'),
    para('2.6', 'P7'),
    H('Incident 5 – Sudden death, Fellgarth Court (Niche OCC-25-004419)'),
    para('2.7', 'P8', 'P9'),
    H('3. Learning identified by Northmoor Police'),
    P('3.1  The grading of the November ACN was appropriate, but the Vulnerability Desk closed the occurrence without seeking the outcome from Adult Social Care. The force has since introduced a 14-day follow-up for all ACNs graded HIGH.'),
    P('3.2  Officers at the final welfare incident showed compassion and initiative. However, there was no escalation when Adult Social Care treated the second HIGH ACN as a routine assessment.'),
  ];
  const doc = new Document({ sections: [{
    properties: { page: { margin: { top: 1200, bottom: 1200, left: 1200, right: 1200 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [T('OFFICIAL – SENSITIVE   Northmoor Police IMR – Adult D', { size: 16, color: '808080' })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [T('Page ', { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })] }) },
    children: body }] });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tarnside-'));
  const docxPath = path.join(tmp, F.police.replace(/\.pdf$/, '.docx'));
  fs.writeFileSync(docxPath, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, docxPath], { stdio: 'ignore' });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (!fs.existsSync(path.join(OUT, F.police))) throw new Error('pdf conversion failed');
}

// --- ASC xlsx ---
async function writeAsc() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tarnside Council ASC';
  for (const sh of ['2023', '2024', '2025']) {
    const ws = wb.addWorksheet(sh);
    ws.columns = [{ width: 14 }, { width: 48 }, { width: 34 }, { width: 100 }];
    ws.addRow([`Tarnside Council – Adult Social Care – Mosaic chronology – Adult D (Mr D) – ${sh}`]).font = { bold: true };
    ws.addRow([]);
    const h = ws.addRow(['Date', 'Activity', 'Worker', 'Outcome']);
    h.font = { bold: true };
    h.eachCell((cl) => { cl.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } }; });
    for (const e of asc.filter((x) => x.sheet === sh)) {
      if (e.blank) { ws.addRow([]); continue; }
      const r = ws.addRow([e.cell, e.activity, e.worker, e.outcome]);
      if (e.cell instanceof Date) r.getCell(1).numFmt = 'dd/mm/yyyy;@';
      r.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  await wb.xlsx.writeFile(path.join(OUT, F.asc));
}

// --- GP txt ---
function writeGp() {
  const lines = [
    'BRACKENSHAW MEDICAL PRACTICE, Station Road, Kellburn',
    'EMIS Web journal extract for Tarnside SAB (Adult D) - prepared by practice safeguarding lead',
    'Patient: Mr D    DOB: [redacted]    NHS No: [redacted]',
    'Extract period 01/10/2023 - 10/01/2025.  Format: date - entry type - clinician - text.  RC = reception, PN = practice nurse, PM = practice manager',
    '',
  ];
  let year = null;
  for (const e of gp) {
    const y = e.iso.slice(0, 4);
    if (y !== year) { lines.push(`---------- ${y} ----------`); year = y; }
    lines.push(gpLine(e));
  }
  lines.push('', '*** end of extract ***');
  fs.writeFileSync(path.join(OUT, F.gp), lines.join('\n') + '\n', 'utf8');
}

// ====================================================================================
// gold.json and README.md
// ====================================================================================
function writeGold() {
  const gold = {
    case: CASE,
    title: 'SAR Adult D (Tarnside): self-neglect, severe mental illness and alcohol dependence; death from hypothermia after benefits stopped',
    reviewType: 'sar',
    reviewPeriod: REVIEW,
    conventions: {
      agencies: 'North Tarn Mental Health and Wellbeing NHS FT (Coldwell Bank CMHT, depot clinic, STR worker, Tarnside Crisis Resolution & Home Treatment Team) = adult-mh. Tarnside Homes (ALMO) incl. its Repairs Contact Centre, Income Team, Tenancy Sustainment, Money Advice and its contractor Northgas (gas servicing/repairs) = housing. Tarnside Council Adult Social Care incl. the Adult Social Care Contact Centre, Adult Safeguarding Team and Locality Team = asc. Brackenshaw Medical Practice = gp. Northmoor Police incl. the Vulnerability Desk/Hub = police. DWP / Universal Credit / Jobcentre = dwp (no chronology supplied). Kellburn Pharmacy, HM Coroner, the SAB = other. Paramedics = ambulance. Neighbours, brother (B1), Post Office staff and Mr D himself = family.',
      mash: 'There is no MASH in this case. The ASC Contact Centre is ASC\'s own front door (asc).',
      acn: 'Police "Adult Concern Notification (ACN)" is the police referral form to ASC (referral).',
      dates: 'Housing rows dated "Mon 20/11" etc. take the year of the rows around them. GP "?27/11/23" is uncertain (bounds kept). ASC "w/c 09/12/2024" = Mon 09/12 to Sun 15/12/2024. Police "Three days later" = 26/11/2024 (after 23/11), "The following day" = 10/01/2025. RiO late entry for 03/05/2024 keeps the event date shown in the Date/Time column. Headings, the police introduction (terms-of-reference period) and police learning paragraphs are not entries.',
      entries: 'RiO: one table row per entry, text = Note type | Author | Note (paragraphs joined by newline). Housing CSV: one data row per entry; rows with a blank Date are continuations of the row above (appended with a space). ASC: one data row per entry across sheets 2023, 2024, 2025 (title rows, header rows and the blank row are not entries). GP: one line per entry, text = the whole line. Police: each sentence introducing a new date starts an entry.',
      duplicates: 'A phone call that is narrated inside another agency\'s incident entry is not a duplicate of the other side\'s note of that call, because the police entry\'s main event is the incident: police calls to the CMHT duty line (02/02/2024) and the crisis team (23/11/2024); housing\'s 101 report (12/08/2024, where the housing row\'s main event is its own no-access visit); ASC\'s 101 request and PS G\'s call back (09/01/2025). Calls that are the main event of both records (26/11/2024 police-housing, 10/01/2025 police-housing) are duplicates, as are the two records of the CPA review and of the strategy discussion. Sending and receipt of a letter or referral are not duplicates.',
      concerns: 'Any mention of the depot/antipsychotic (Clopixol, zuclopenthixol, "depot") is tagged parental-mental-health (the subject\'s own mental health). Benefits stopping, inability to pay for heating or food, and the death itself are tagged other.',
      time: 'RiO: the time in the Date/Time column. Other files have no time column: time = the explicit clock time in the text; where an entry mentions several, the first one.',
    },
    files: FILE_ORDER.map((k) => ({ file: F[k], agency: FILE_AGENCY[k], format: FILE_FORMAT[k] })),
    entries: entries.map((e) => e.gold),
    gaps,
    duplicates,
    decoys,
  };
  fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
  return gold;
}

function writeReadme(gold) {
  const count = (fk) => entries.filter((e) => e.fileKey === fk).length;
  const codes = {};
  for (const g of gaps) codes[g.code] = (codes[g.code] || 0) + 1;
  const md = `# ${CASE}: SAR Adult D (Tarnside)

Invented case. Every person, place, service and record is fictional. The real national schemes used are the Care Act s42, CPA, Universal Credit managed migration and the Household Support Fund.

## Brief
**Mr D** (Adult D), 55, lived alone in a third-floor council flat at Fellgarth Court, **Coldwell Bank**, in the invented North East borough of **Tarnside**. Other towns: Kellburn and Wyndlaw. He had paranoid schizophrenia (severe and enduring mental illness, on CPA, fortnightly zuclopenthixol depot), alcohol dependence and COPD. His brother (B1) lived in Wyndlaw and was his next of kin.

Review period: **1 October 2023 to 10 January 2025**. On 9 January 2025 police, at ASC's request, forced entry and found Mr D dead in a flat at 4°C with no credit on either prepayment meter. He died of hypothermia. His ESA had ended under Universal Credit managed migration. His UC claim was closed on 27/09/2024 when ID verification was never completed, and from then on he had no income.

What went wrong (in brief):
- Two police Adult Concern Notifications graded HIGH (Nov 2023, Nov 2024) were recorded by ASC as low risk or routine. No outcome went back to police, and the first was not passed to the CMHT.
- The GP (Jan 2024) and the housing provider (Nov 2023, Feb 2024) knew of serious self-neglect and did not tell the CMHT or ASC.
- A CMHT referral to ASC for a Care Act assessment (March 2024) was never received and never chased; the care coordinator retired and the case sat unallocated.
- Housing's safeguarding concern (Aug 2024) was closed by ASC after one call and a letter. ASC made no checks with the CMHT or GP and gave the referrer no feedback.
- The CMHT discharged Mr D to the GP after missed depots, without escalation. The discharge letter said "no current risks" and "no other agencies involved".
- The GP practice recorded four missed depots and crisis-team and pharmacy warnings without referring back to mental health services.
- Housing knew all his income had stopped and both meters were empty, and did not re-refer. The December 2024 strategy discussion was ASC and police only.

## Files (${entries.length} entries)
| file | agency | layout | entries |
|---|---|---|---|
| ${F.rio} | adult-mh | RiO progress notes, Word table: Date/Time, Note type, Author, Note (long multi-paragraph notes) | ${count('rio')} |
| ${F.housing} | housing | Tarnside Homes NEC export, CSV with two title lines: Date, Officer, Contact method, Subject, Details; continuation rows with blank date; some dates like "Mon 20/11" | ${count('housing')} |
| ${F.police} | police | Northmoor Police IMR narrative (PDF): numbered paragraphs under incident headings, dates inside sentences | ${count('police')} |
| ${F.asc} | asc | Mosaic chronology, Excel, one sheet per year (2023, 2024, 2025): Date, Activity, Worker, Outcome | ${count('asc')} |
| ${F.gp} | gp | EMIS journal extract, text, one line per entry "dd/mm/yy - type - clinician - text" | ${count('gp')} |

Gaps: ${gaps.length} (${Object.entries(codes).map(([k, v]) => `${k}×${v}`).join(', ')}). Decoys: ${decoys.length}. Duplicate groups: ${duplicates.length}.

## Case-specific conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

Generated by \`/work/blind/generators/${CASE}.mjs\`; do not edit the files by hand.
`;
  fs.writeFileSync(path.join(OUT, 'README.md'), md);
}

await writeRio();
writeHousing();
await writePolice();
await writeAsc();
writeGp();
const gold = writeGold();
writeReadme(gold);
const byFile = FILE_ORDER.map((k) => `${F[k]}: ${entries.filter((e) => e.fileKey === k).length}`);
console.log('entries', entries.length, byFile.join('; '));
console.log('gaps', gaps.length, gaps.map((g) => g.code).join(' '), 'decoys', decoys.length, 'dups', JSON.stringify(duplicates));
