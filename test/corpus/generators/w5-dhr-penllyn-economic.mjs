// Generator for invented DHR case w5-dhr-penllyn-economic.
// Writes all agency files, gold.json and README.md into /work/blind/w5-dhr-penllyn-economic/
// Run: node /work/blind/generators/w5-dhr-penllyn-economic.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'w5-dhr-penllyn-economic';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const DA = 'domestic-abuse', PMH = 'parental-mental-health', SM = 'substance-misuse',
  INJ = 'injury', NE = 'non-engagement', HOU = 'housing', CRIM = 'criminality', OTH = 'other';
const c = (w, direction, type) => ({ with: w, direction, type });
const conf = (all, self) => all.filter((a) => a !== self).map((a) => c(a, 'both', 'conference'));
const MARAC1 = ['police', 'da-service', 'housing', 'asc', 'csc', 'probation'];
const MARAC2 = ['police', 'da-service', 'housing', 'asc', 'csc', 'probation', 'adult-mh', 'gp'];
const DVDSPANEL = ['police', 'probation', 'da-service'];
const day = (raw, iso, uncertain = false) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain });
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const month = (raw, y, m) => ({ raw, earliest: `${y}-${String(m).padStart(2, '0')}-01`,
  latest: `${y}-${String(m).padStart(2, '0')}-${lastDay(y, m)}`, precision: 'month', uncertain: false });
const range = (raw, from, to) => ({ raw, earliest: from, latest: to, precision: 'range', uncertain: false });
const week = (raw, monday) => {
  const d = new Date(monday + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 6);
  return { raw, earliest: monday, latest: d.toISOString().slice(0, 10), precision: 'week', uncertain: false };
};
const hhmm = (t) => (t ? `${t.replace(/hrs|:/g, '').slice(0, 2)}:${t.replace(/hrs|:/g, '').slice(2, 4)}` : null);

const gold = { entries: [] };
const keyRef = {}; // key -> ref
function addEntry(file, key, e) {
  const n = gold.entries.filter((x) => x.ref.startsWith(file + '#')).length + 1;
  const ref = `${file}#${n}`;
  if (key) keyRef[key] = ref;
  gold.entries.push({ ref, ...e, _dupKey: e._dupKey });
  return ref;
}

// =====================================================================
// 1. POLICE  (police.docx) – Word IMR chronology table
// =====================================================================
const policeRows = [
  { section: '2022' },
  { k: 'P1', date: day('Sat 02/04/22', '2022-04-02'), time: '2247', src: 'STORM 0422-1187 / Niche OCC 22000381',
    det: "999 call from neighbour at Heol y Garreg, Aberhenllys reporting shouting and a woman crying. PC 1 and PC 2 attended 2305hrs. Verbal argument between Nerys and her husband Gareth about money – Nerys stated he had taken her bank card 'so I don't waste it'. No injuries seen or disclosed. Gareth had been drinking (smelt of intoxicants) but was calm with officers. Parties spoken to separately. DASH completed with Nerys – 6 ticks. No offences disclosed. Words of advice given to both. No children in household.",
    risk: 'Standard', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('family', 'out', 'assessment')], concerns: [DA, SM] },
  { k: 'P2', date: day('04/04', '2022-04-04'), time: '', src: 'Niche',
    det: "PPN reviewed by DA desk (PPU). Standard risk. With Nerys's consent PPN shared with Llwybr Newydd (New Path) DA Service outreach team by secure email. No further police action.",
    risk: 'Standard', contacts: [c('da-service', 'out', 'referral')], concerns: [DA] },
  { k: 'P3', date: day('13/08/22', '2022-08-13'), time: '1932', src: 'STORM 0822-0642 / Niche OCC 22001796',
    det: "101 call from Nerys reporting her husband had locked her out of the house and would not give her her purse. PC 3 attended 2010hrs. Nerys found sitting in her car outside the address, upset. Gareth inside, intoxicated, verbally hostile to officers but let them in. Nerys disclosed that Gareth 'takes' her wages from the joint account each month, gives her £20 a week, holds her debit card and PIN, and has taken out a loan 'in my name' which she did not agree to. She has no access to online banking and said 'he says I can't be trusted with money'. She said this had been going on 'for years' but was worse since he lost his job. Officer recorded 'financial control – ?CCB' on the DASH. DASH – 9 ticks. No crime recorded (officer noted insufficient detail for s76 controlling or coercive behaviour offence). Gareth agreed to stay at his brother's address overnight. Niche checks on Gareth – no DA history on Niche.",
    risk: 'Standard', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('family', 'out', 'assessment')], concerns: [DA, SM] },
  { k: 'P4', date: day('15/08', '2022-08-15'), time: '', src: 'Niche',
    det: 'PPN reviewed by DA desk – standard. Shared with Llwybr Newydd outreach (2nd referral this year). Secondary risk review not completed. Not referred to MARAC (below 14 ticks, no escalation criteria identified).',
    risk: 'Standard', contacts: [c('da-service', 'out', 'referral')], concerns: [DA] },
  { k: 'P5', date: range('16/08/22 – 10/01/23', '2022-08-16', '2023-01-10'), time: '', src: 'Niche / STORM',
    det: 'No police contact with Nerys or Gareth during this period.', risk: '—', contacts: [], concerns: [] },
  { section: '2023' },
  { k: 'P6', date: day('11/01/23', '2023-01-11'), time: '1420', src: 'Niche DVDS/23/0019',
    det: "Domestic Violence Disclosure Scheme (Clare's Law) 'Right to Ask' application made online by Ffion (adult daughter of Nerys) concerning Gareth. Ffion concerned that Gareth controls all of her mother's money, has stopped her working and keeps her from seeing family; asks whether he has a history of abuse. Application created on Niche and placed on the DVDS SPOC queue (PPU). Not risk assessed at point of receipt.",
    risk: 'Not graded', contacts: [c('family', 'in', 'information-request')], concerns: [DA] },
  { k: 'P7', date: day('13/01', '2023-01-13'), time: '0915', src: 'Niche DVDS/23/0019',
    det: 'DVDS SPOC (DC 1) phoned Ffion to acknowledge application. Face-to-face verification meeting offered – first available slot 27/01 owing to SPOC leave and backlog.',
    risk: '', contacts: [c('family', 'out', 'phone-call')], concerns: [DA] },
  { k: 'P8', date: day('27/01', '2023-01-27'), time: '1100', src: 'Niche DVDS/23/0019',
    det: 'Ffion attended Aberhenllys police station for DVDS verification meeting with DC 1. Identity confirmed. Ffion repeated her concerns about money and isolation. Advised that checks would be made and a decision is normally made within 28 days.',
    risk: '', contacts: [c('family', 'in', 'attendance')], concerns: [DA] },
  { k: 'P9', date: day('Sat 04/02/23', '2023-02-04'), time: '0112', src: 'STORM 0223-0051 / Niche OCC 23000247',
    det: "999 call from Nerys – line open, female heard screaming 'get off me', male voice shouting, call then cut off. Graded immediate. PC 4 and PC 5 attended 0121hrs. Nerys in hallway, distressed and hoarse, with red marks to both sides of her neck. She said Gareth grabbed her by the throat with both hands and pushed her against the wall 'until I saw stars' after she asked for her bank card back to buy food. Her mobile phone had been smashed. Gareth present, intoxicated, stated 'she's lying, she fell'. Gareth arrested on suspicion of non-fatal strangulation (s75A Serious Crime Act 2015) and criminal damage. BWV on. DASH – 16 ticks – HIGH (strangulation, escalation, financial control, isolation, separation being considered, Gareth's talk of suicide). Nerys conveyed by officers to ED, Ysbyty Aberhenllys (strangulation – medical check advised).",
    risk: 'HIGH', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('family', 'out', 'assessment')], concerns: [DA, SM, CRIM] },
  { k: 'P10', date: day('04/02', '2023-02-04'), time: '1640', src: 'Niche custody record',
    det: "Gareth interviewed under caution – denied offence, said Nerys 'fell against the door'. Released on pre-charge bail to return 06/03/23 with conditions not to contact Nerys directly or indirectly and not to attend Heol y Garreg. Stated he would stay at his brother's address.",
    risk: 'HIGH', contacts: [c('family', 'out', 'other')], concerns: [DA, CRIM] },
  { k: 'P11', date: day('06/02', '2023-02-06'), time: '', src: 'Niche',
    det: "DA desk (DS 1): MARAC referral form (MARF) submitted to the Penllyn MARAC coordinator – high risk. High-risk IDVA referral sent to Llwybr Newydd with DASH and MARF. Warning marker placed on the address (STORM). No children – no PPN to Children's Services.",
    risk: 'HIGH', contacts: [c('other', 'out', 'referral'), c('da-service', 'out', 'referral')], concerns: [DA] },
  { k: 'P12', dup: 'MARAC1', date: day('23/02', '2023-02-23'), time: '', src: 'MARAC minutes',
    det: "Penllyn MARAC (Aberhenllys): Nerys heard as a new high-risk case (case 4). Present: IDVA, housing (Cartrefi Bro Henllys and Housing Options), Adult Services, Children's Services, Probation. Health not represented. Police actions: address marker confirmed, bail conditions to be monitored, DVDS application to be progressed.",
    risk: 'HIGH', contacts: conf(MARAC1, 'police'), concerns: [DA] },
  { k: 'P13', date: day('01/03', '2023-03-01'), time: '', src: 'Niche DVDS/23/0019',
    det: 'DVDS SPOC completed PNC/PND checks (delayed – backlog of 31 applications, one SPOC covering two posts). PND shows Gareth: caution 2012 for common assault on his former wife (former force area); 2014 harassment allegation by former wife – NFA. Case prepared for decision-making panel.',
    risk: '', contacts: [], concerns: [DA, CRIM] },
  { k: 'P14', date: day('06/03', '2023-03-06'), time: '1000', src: 'Niche custody record',
    det: 'Gareth answered bail at Aberhenllys. File with CPS for charging advice. Bail extended to 03/04/23, same conditions.',
    risk: '', contacts: [c('family', 'in', 'attendance')], concerns: [DA, CRIM] },
  { k: 'P15', date: day('15/03', '2023-03-15'), time: '1430', src: 'Niche OCC 23000247',
    det: "OIC (PC 4) visited Nerys at home at her request. Retraction statement taken – Nerys does not support a prosecution, says Gareth 'is getting help for his nerves'. Nerys stated Gareth has not been to the address and is staying at his brother's. IDVA (Llwybr Newydd) informed by email. Evidence-led prosecution to be considered with CPS (BWV, 999 recording, ED notes).",
    risk: 'HIGH', contacts: [c('family', 'out', 'home-visit'), c('da-service', 'out', 'email')], concerns: [DA] },
  { k: 'P16', dup: 'DVDSPANEL', date: day('29/03', '2023-03-29'), time: '1400', src: 'DVDS panel',
    det: "DVDS local decision-making panel (DI PPU chair, Probation, Llwybr Newydd IDVA). Right to Ask application of 11/01: disclosure to Nerys agreed (previous DA history). To be made jointly with IDVA. Applicant (Ffion) will not receive details.",
    risk: '', contacts: conf(DVDSPANEL, 'police'), concerns: [DA] },
  { k: 'P17', date: day('30/03', '2023-03-30'), time: '', src: 'Niche OCC 23000247',
    det: 'CPS charging decision received: NFA – evidential stage not met without victim support. Bail cancelled. Nerys informed by phone by OIC. Gareth informed that bail conditions no longer apply.',
    risk: '', contacts: [c('other', 'in', 'information-share'), c('family', 'out', 'phone-call')], concerns: [DA, CRIM] },
  { k: 'P18', dup: 'DVDSDISC', date: day('18/04', '2023-04-18'), time: '1030', src: 'Niche DVDS/23/0019',
    det: 'DVDS disclosure made to Nerys by DC 1 at the Llwybr Newydd office, IDVA 1 present. Disclosed: 2012 caution for assault on former partner and 2014 harassment report. Nerys visibly shocked. Safety plan reviewed with IDVA. Nerys signed undertaking not to share the information. Total time from application: 97 days.',
    risk: '', contacts: [c('family', 'out', 'information-share'), c('da-service', 'both', 'other')], concerns: [DA, CRIM] },
  { k: 'P19', date: day('19/04', '2023-04-19'), time: '', src: 'Niche DVDS/23/0019',
    det: 'Ffion phoned and told that her application has concluded and appropriate action has been taken (no details given). Ffion unhappy at the length of time taken.',
    risk: '', contacts: [c('family', 'out', 'phone-call')], concerns: [DA] },
  { k: 'P20', date: day('Sat 06/05/23', '2023-05-06'), time: '2355hrs', src: 'STORM 0523-1903 / Niche OCC 23001042',
    det: "999 call from Ffion (at her home in Pentre Gwyddno): her mother had rung her crying and Gareth could be heard shouting 'I'll finish this'. PC 6 and PC 7 attended Heol y Garreg 0030hrs (07/05). Both present, Gareth intoxicated. Nerys said 'it was just an argument about money' and declined to answer DASH questions with Gareth in the house; she would not leave the address. Officer professional judgement: HIGH – repeat (previous MARAC 23/02/23). Gareth agreed to leave for the night to his brother's. No offences disclosed. DVPN considered – not authorised (no offence or violence identified).",
    risk: 'HIGH (repeat)', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('family', 'out', 'assessment')], concerns: [DA, SM, NE] },
  { k: 'P21', date: day('08/05', '2023-05-08'), time: '', src: 'Niche',
    det: 'Repeat MARAC referral (MARF) submitted by DA desk.',
    risk: 'HIGH', contacts: [c('other', 'out', 'referral')], concerns: [DA] },
  { k: 'P22', dup: 'MARAC2', date: day('25/05', '2023-05-25'), time: '', src: 'MARAC minutes',
    det: "Penllyn MARAC: Nerys heard as a repeat case. Present: IDVA, Cartrefi Bro Henllys, Adult Services, Children's Services, Probation, GP practice (Meddygfa Stryd y Felin) and mental health (CMHT). Police actions: address marker, DVPN to be considered at any further call, offender flag for Gareth on Niche.",
    risk: 'HIGH', contacts: conf(MARAC2, 'police'), concerns: [DA] },
  { k: 'P23', date: day('15/06', '2023-06-15'), time: '1452', src: 'STORM 0623-0788',
    det: "Call via 101 from Llwybr Newydd IDVA requesting a welfare check on Nerys (MARAC high risk, not contactable for two weeks). PC 8 attended 1605hrs. Nerys spoke to the officer alone in the front garden: said she was fine, her phone was broken and Gareth was 'being good'. No concerns observed. IDVA updated by phone 1640hrs.",
    risk: 'HIGH', contacts: [c('da-service', 'in', 'phone-call'), c('family', 'out', 'home-visit'), c('da-service', 'out', 'phone-call')], concerns: [DA] },
  { k: 'P24', date: day('Sat 24/06/23', '2023-06-24'), time: '0748', src: 'STORM 0623-1544 / Niche OCC 23001377',
    det: "999 call from Gareth stating 'I've killed my wife'. Officers and WAST attended 0756hrs. Nerys found deceased in the kitchen. Gareth arrested at the scene on suspicion of murder. Major Investigation Team deployed; DHR notification made to the Community Safety Partnership.",
    risk: '', contacts: [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('other', 'out', 'notification')], concerns: [DA, CRIM] },
  { section: 'Post-incident enquiries (included at the request of the DHR panel)' },
  { k: 'P25', date: range('Jan 2022 – Jun 2023', '2022-01-01', '2023-06-30'), time: '', src: 'Financial investigation (production orders)',
    det: "Bank records show Nerys's wages from Cartref Gofal Bryn Eithin were paid into the joint account and transferred within 24 hours to an account in Gareth's sole name every month until she left work in Oct 2022. Two unsecured loans (£2,500 Sept 2022; £1,700 Jan 2023) and a catalogue account were opened in Nerys's name using Gareth's email address and phone number. Universal Credit (joint claim, paid into Gareth's account): the housing element was not passed to the landlord in most months from Dec 2021. Nerys's own account: average balance under £15.",
    risk: '—', contacts: [], concerns: [DA, HOU] },
];

// =====================================================================
// 2. IDVA  (idva.csv) – Llwybr Newydd case management export, ';'
// =====================================================================
const C1 = 'LN-22-0417', C2 = 'LN-23-0112';
const idvaRows = [
  { k: 'I1', date: day('2022-04-05', '2022-04-05'), id: C1, act: 'Referral received', meth: 'Secure email',
    notes: 'PPN recd from Heddlu Gwernydd DA desk - standard risk. Verbal argument re money, husband took her bank card. Consent to contact. Allocated outreach (OW1).', w: 'TL1',
    contacts: [c('police', 'in', 'referral')], concerns: [DA] },
  { k: 'I2', date: day('06.04.22', '2022-04-06'), id: C1, act: 'Call attempt', meth: 'Phone',
    notes: 'Tried mobile x2 - no answer, no voicemail set up. No message left (safety).', w: 'OW1',
    contacts: [c('family', 'attempted', 'phone-call')], concerns: [NE] },
  { k: 'I3', date: day('2022-04-11', '2022-04-11'), id: C1, act: 'Call attempt', meth: 'Phone',
    notes: "3rd attempt - answered by a male who said 'wrong number' and hung up. ?perp. No further calls to this number.", w: 'OW1',
    contacts: [c('family', 'attempted', 'phone-call')], concerns: [DA, NE] },
  { k: 'I4', date: day('20.04.22', '2022-04-20'), id: C1, act: 'Case closed', meth: 'Admin',
    notes: 'Closed - unable to contact (3 attempts per outreach policy). Closure reason: no engagement. Referrer not updated.', w: 'TL1',
    contacts: [], concerns: [NE] },
  { k: 'I5', date: day('2022-08-16', '2022-08-16'), id: C1, act: 'Referral received', meth: 'Secure email',
    notes: '2nd PPN from police (incident 13/08) - locked out, financial control: wages taken, loan in her name, no access to bank. Standard. Case re-opened.', w: 'TL1',
    contacts: [c('police', 'in', 'referral')], concerns: [DA] },
  { k: 'I6', date: day('17.08.22', '2022-08-17'), id: C1, act: 'Call', meth: 'Phone',
    notes: "Spoke to Nerys on her work mobile (number from officer). Can only talk on breaks at work. G 'handles' all money, she gets £20/wk, he has her debit card + PIN. Safe word agreed.", w: 'OW1',
    contacts: [c('family', 'out', 'phone-call')], concerns: [DA] },
  { k: 'I7', date: day('2022-08-24', '2022-08-24'), id: C1, act: 'Appointment', meth: "F2F - client's workplace",
    notes: "Met Nerys in staff room at Cartref Gofal Bryn Eithin on her break. DASH review 9 ticks - standard. Economic abuse screening: joint a/c controlled by G, possible loan in her name, no online banking. Safety plan. Discussed opening a sole bank account + debt advice. Nerys does NOT want housing contacted 'in case he finds out'.", w: 'OW1',
    contacts: [c('family', 'out', 'appointment')], concerns: [DA] },
  { k: 'I8', date: day('07.09.22', '2022-09-07'), id: C1, act: 'Referral', meth: 'Online form',
    notes: 'Referral to Cyngor ar Bopeth (Citizens Advice) Aberhenllys for debt advice - with consent. Contact via work mobile only.', w: 'OW1',
    contacts: [c('voluntary', 'out', 'referral')], concerns: [OTH] },
  { k: 'I9', date: day('2022-09-21', '2022-09-21'), id: C1, act: 'Call attempt', meth: 'Phone',
    notes: 'No answer x2. Safe text sent to work mobile.', w: 'OW1',
    contacts: [c('family', 'attempted', 'phone-call'), c('family', 'out', 'other')], concerns: [NE] },
  { k: 'I10', date: day('05.10.22', '2022-10-05'), id: C1, act: 'Call', meth: 'Phone',
    notes: "Nerys rang back from a friend's phone. Has left her job - G 'wants her at home'. Work mobile handed back. Not ready for further support. Agreed closure, can self-refer any time. Given Live Fear Free number.", w: 'OW1',
    contacts: [c('family', 'in', 'phone-call')], concerns: [DA] },
  { k: 'I11', date: day('2022-10-06', '2022-10-06'), id: C1, act: 'Case closed', meth: 'Admin',
    notes: 'Closed - client choice. Risk standard. Referrer notified (email to PPU DA desk).', w: 'TL1',
    contacts: [c('police', 'out', 'email')], concerns: [] },
  { k: 'I12', date: day('2023-01-09', '2023-01-09'), id: 'HL-23-0031', act: 'Helpline call', meth: 'Phone (Llinell Gymorth / Helpline)',
    notes: "Call from Ffion re her mother ('Mam') in Aberhenllys. Stepdad takes all Mam's money, made her give up work, Mam not allowed to visit her. On New Year's Day he told Ffion 'if she ever leaves me I'll end it all and I'm taking her with me'. Ffion frightened. Advised re Clare's Law right to ask + Live Fear Free. Ffion doesn't want police involved 'yet'. Risk assessment: not completed (third-party caller). Caller details logged on helpline record - not checked against existing cases.", w: 'HLW2',
    contacts: [c('family', 'in', 'phone-call')], concerns: [DA, OTH] },
  { k: 'I13', date: day('06.02.23', '2023-02-06'), id: C2, act: 'Referral received', meth: 'ISR form (email)',
    notes: 'Information Sharing and Referral form recd from ED Ysbyty Aberhenllys (sent Sat 04/02) - Nerys attended after being strangled by husband. Ask and Act completed by ED nurse. Consents to IDVA contact.', w: 'TL1',
    contacts: [c('ed', 'in', 'referral')], concerns: [DA] },
  { k: 'I14', date: day('2023-02-06', '2023-02-06'), id: C2, act: 'Referral received', meth: 'Secure email',
    notes: 'High-risk IDVA referral + DASH (16) + MARF copy recd from police DA desk. Allocated IDVA1. Linked to ED ISR. Previous case LN-22-0417 (closed 10/22).', w: 'TL1',
    contacts: [c('police', 'in', 'referral')], concerns: [DA] },
  { k: 'I15', date: day('06.02.23', '2023-02-06'), id: C2, act: 'Call', meth: 'Phone',
    notes: "IDVA1 spoke to Nerys (on Ffion's phone). G on bail, not to attend the address. Nerys staying at Ffion's in Pentre Gwyddno. Safety plan. Joint account emptied; 2 loans + a catalogue account in her name she knew nothing about; UC joint claim paid into G's account; rent arrears approx £2k, joint tenancy with Cartrefi Bro Henllys. Consent to share with housing + GP.", w: 'IDVA1',
    contacts: [c('family', 'out', 'phone-call')], concerns: [DA, HOU] },
  { k: 'I16', date: day('2023-02-09', '2023-02-09'), id: C2, act: 'Visit', meth: "F2F - daughter's home",
    notes: "F2F at Ffion's. Economic abuse tools completed. Supported Nerys to ring the bank's vulnerable customer team - joint card stopped, sole account opened. Advised re UC split payment / new claim. Nerys plans to return home once G's bail conditions are confirmed.", w: 'IDVA1',
    contacts: [c('family', 'out', 'home-visit'), c('other', 'out', 'phone-call')], concerns: [DA] },
  { k: 'I17', date: day('13.02.23', '2023-02-13'), id: C2, act: 'Referral', meth: 'ISR form (email)',
    notes: 'ISR form sent to Cartrefi Bro Henllys tenancy officer - high-risk DA, MARAC 23/02. Requests: flag address; sanctuary survey; sole tenancy options; hold arrears action.', w: 'IDVA1', quote: true,
    contacts: [c('housing', 'out', 'referral')], concerns: [DA, HOU] },
  { k: 'I18', dup: 'CALL0216', date: day('2023-02-16', '2023-02-16'), id: C2, act: 'Call', meth: 'Phone',
    notes: 'TO2 (Cartrefi Bro Henllys) rang - NOSP action on hold, arrears £2,284. Sanctuary to be raised at MARAC.', w: 'IDVA1',
    contacts: [c('housing', 'in', 'phone-call')], concerns: [HOU] },
  { k: 'I19', dup: 'MARAC1', date: day('23.02.23', '2023-02-23'), id: C2, act: 'MARAC', meth: 'Teams',
    notes: 'Attended Penllyn MARAC (police chair, housing, ASC, CSC, probation). No health rep - no GP or health research. IDVA presented economic abuse + DVDS application pending. IDVA action: inform GP of MARAC with consent.', w: 'IDVA1',
    contacts: conf(MARAC1, 'da-service'), concerns: [DA] },
  { k: 'I20', date: day('2023-02-24', '2023-02-24'), id: C2, act: 'Email', meth: 'Email',
    notes: 'Emailed Meddygfa Stryd y Felin generic admin mailbox: Nerys high risk DA, heard at MARAC 23/02, please flag records + consider Ask and Act at any appt. No acknowledgement received.', w: 'IDVA1',
    contacts: [c('gp', 'out', 'email')], concerns: [DA] },
  { k: 'I21', date: day('02.03.23', '2023-03-02'), id: C2, act: 'Call', meth: 'Phone',
    notes: "Nerys back home since 20/02. Says G staying at his brother's, no contact. Safety plan reviewed. Sanctuary survey booked by housing.", w: 'IDVA1',
    contacts: [c('family', 'out', 'phone-call')], concerns: [DA] },
  { k: 'I22', date: day('2023-03-15', '2023-03-15'), id: C2, act: 'Email', meth: 'Email',
    notes: 'Email from OIC: Nerys has made a retraction statement.', w: 'IDVA1',
    contacts: [c('police', 'in', 'email')], concerns: [DA] },
  { k: 'I23', date: day('16.03.23', '2023-03-16'), id: C2, act: 'Call', meth: 'Phone',
    notes: "Nerys - withdrew because 'he's getting help for his nerves'. Wants him home. Says money 'sorted'. IDVA to stay involved until DVDS outcome.", w: 'IDVA1',
    contacts: [c('family', 'out', 'phone-call')], concerns: [DA] },
  { k: 'I24', date: day('2023-03-20', '2023-03-20'), id: C2, act: 'Email', meth: 'Email',
    notes: "Chased police DVDS SPOC re Ffion's right to ask (applied 11/01) - no update to Ffion or IDVA so far. No reply.", w: 'IDVA1',
    contacts: [c('police', 'out', 'email')], concerns: [DA] },
  { k: 'I25', dup: 'DVDSPANEL', date: day('29.03.23', '2023-03-29'), id: C2, act: 'DVDS panel', meth: 'Teams',
    notes: 'Attended DVDS decision panel (police PPU, probation). Disclosure agreed, to be joint with police.', w: 'IDVA1',
    contacts: conf(DVDSPANEL, 'da-service'), concerns: [DA] },
  { k: 'I26', dup: 'DVDSDISC', date: day('2023-04-18', '2023-04-18'), id: C2, act: 'DVDS disclosure', meth: 'F2F - LN office',
    notes: "Joint disclosure with DC 1 (police) at our office. G: caution 2012 assault on ex-wife, harassment report 2014. Nerys shocked - 'he told me she was a liar'. Refuge space offered - declined. Safety plan updated.", w: 'IDVA1',
    contacts: [c('police', 'both', 'other'), c('family', 'in', 'attendance')], concerns: [DA, CRIM] },
  { k: 'I27', date: day('08.05.23', '2023-05-08'), id: C2, act: 'Email', meth: 'Email',
    notes: 'Email from police DA desk: incident 06/05 (Ffion called 999), repeat MARAC referral made.', w: 'IDVA1',
    contacts: [c('police', 'in', 'email')], concerns: [DA] },
  { k: 'I28', date: day('2023-05-09', '2023-05-09'), id: C2, act: 'Call', meth: 'Phone',
    notes: "Nerys - G back home, 'he's sorry'. G in the house - she couldn't talk, ended call.", w: 'IDVA1',
    contacts: [c('family', 'out', 'phone-call')], concerns: [DA] },
  { k: 'I29', dup: 'MARAC2', date: day('25.05.23', '2023-05-25'), id: C2, act: 'MARAC', meth: 'Teams',
    notes: "Repeat MARAC (police chair, housing, ASC, CSC, probation, GP, mental health). MH shared that the crisis team assessed G on 20/03 - said if Nerys left he'd take her with him and then himself. Not known to IDVA before today. Actions: IDVA weekly contact; housing welfare visit + report back.", w: 'IDVA1',
    contacts: conf(MARAC2, 'da-service'), concerns: [DA, OTH] },
  { k: 'I30', date: day('2023-06-01', '2023-06-01'), id: C2, act: 'Call attempt', meth: 'Phone',
    notes: 'No answer. No VM.', w: 'IDVA1',
    contacts: [c('family', 'attempted', 'phone-call')], concerns: [NE] },
  { k: 'I31', date: day('08.06.23', '2023-06-08'), id: C2, act: 'Email recd', meth: 'Email',
    notes: 'Email from LPMHSS (Gwernydd UHB): Gareth DNA x2, discharged to GP with risk letter.', w: 'IDVA1',
    contacts: [c('adult-mh', 'in', 'email')], concerns: [NE] },
  { k: 'I32', date: day('2023-06-08', '2023-06-08'), id: C2, act: 'Call attempt', meth: 'Phone',
    notes: 'No answer x2. Safe text sent.', w: 'IDVA1',
    contacts: [c('family', 'attempted', 'phone-call'), c('family', 'out', 'other')], concerns: [NE] },
  { k: 'I33', date: day('14.06.23', '2023-06-14'), id: C2, act: 'Call attempt', meth: 'Phone',
    notes: "Number unobtainable. Rang Ffion - hasn't heard from Mam for 10 days.", w: 'IDVA1',
    contacts: [c('family', 'attempted', 'phone-call'), c('family', 'out', 'phone-call')], concerns: [NE] },
  { k: 'I34', date: day('2023-06-15', '2023-06-15'), id: C2, act: 'Escalation', meth: 'Phone',
    notes: 'Rang police 101 requesting welfare check - high-risk MARAC client, no contact for 2 wks. Police rang back same afternoon: Nerys seen, well, phone broken, will call IDVA.', w: 'IDVA1',
    contacts: [c('police', 'out', 'phone-call'), c('police', 'in', 'phone-call')], concerns: [DA, NE] },
  { k: 'I35', date: day('20.06.23', '2023-06-20'), id: C2, act: 'Call', meth: 'Phone',
    notes: "Nerys rang from landline. 'All fine'. Booked F2F at office 27/06.", w: 'IDVA1',
    contacts: [c('family', 'in', 'phone-call')], concerns: [] },
];

// =====================================================================
// 3. HEALTH BOARD (health-board.xlsx) – three sheets
// =====================================================================
const gpRows = [
  { k: 'G1', date: day('18/01/2022', '2022-01-18'), dt: [2022, 1, 18], pt: 'Nerys', cl: 'Dr 1 (GP partner)',
    entry: "F2F. Low mood, poor sleep, tearful for 3/12. Worries about money – 'my husband deals with it, he says I'm hopeless with money'. PHQ-9 16. Started sertraline 50mg od. R/v 4/52.",
    act: 'Depressive episode (coded)', contacts: [c('family', 'in', 'attendance')], concerns: [PMH, OTH] },
  { k: 'G2', date: day('15/02/2022', '2022-02-15'), dt: [2022, 2, 15], pt: 'Nerys', cl: 'Dr 1',
    entry: "Tel consultation – sertraline r/v. Pt quiet, husband heard in background prompting her answers. Says she is 'fine'. Continue.",
    act: '–', contacts: [c('family', 'out', 'phone-call')], concerns: [PMH, DA] },
  { k: 'G3', date: day('14/06/2022', '2022-06-14'), dt: [2022, 6, 14], pt: 'Gareth', cl: 'Dr 2',
    entry: "F2F. Low mood since redundancy (quarry) last year. Drinking 'more than I should' – approx 40 u/wk. AUDIT-C 10. Irritable, short-tempered at home. Declined referral to alcohol service. Citalopram 20mg.",
    act: 'Alcohol misuse; low mood', contacts: [c('family', 'in', 'attendance')], concerns: [SM, OTH] },
  { k: 'G4', date: day('22/09/2022', '2022-09-22'), dt: [2022, 9, 22], pt: 'Nerys', cl: 'Dr 3 (locum)',
    entry: "F2F. Bruise L forearm – 'caught it on the kitchen door'. Low mood worse, has lost weight. Husband in waiting room. Asked re safety at home – denied any problems.",
    act: '–', contacts: [c('family', 'in', 'attendance')], concerns: [INJ, PMH] },
  { blank: true },
  { k: 'G5', date: month('Dec 2022', 2022, 12), dt: null, pt: 'Nerys', cl: 'PN1',
    entry: 'Cervical screening recall – 2 invitations not responded to; DNA flu clinic. Letter sent.',
    act: 'DNA coded', contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: [NE] },
  { k: 'G6', date: day('06/02/2023', '2023-02-06'), dt: [2023, 2, 6], pt: 'Nerys', cl: 'Dr 1',
    entry: "ED discharge letter rec'd (attended 04/02 – strangled by husband, police involved, ISR to IDVA). Reviewed same day. Tel call to Nerys – spoke alone (at daughter's), safe to talk. Offered appt; Live Fear Free no. given. Aware police and IDVA involved.",
    act: 'Domestic abuse victim (coded); DA alert added to record', contacts: [c('ed', 'in', 'letter'), c('family', 'out', 'phone-call')], concerns: [DA] },
  { k: 'G7', date: day('24/03/2023', '2023-03-24'), dt: [2023, 3, 24], pt: 'Gareth', cl: 'Dr 2',
    entry: "Letter rec'd from CRHT (Tîm Argyfwng) re assessment in ED 20/03: intoxicated, thoughts of ending his life, said if his wife leaves he would 'take her with him'; no plan; not for CRHT follow-up; GP to review medication and consider LPMHSS. Workflowed to Dr 2.",
    act: "Filed – 'noted, no action'", contacts: [c('adult-mh', 'in', 'letter')], concerns: [DA, SM, OTH] },
  { k: 'G8', date: day('28/03/2023', '2023-03-28'), dt: [2023, 3, 28], pt: 'Nerys', cl: 'Dr 4 (GP registrar)',
    entry: "F2F. Anxiety, poor sleep, weight 52kg (↓6kg since Sept). DA alert noted – Ask and Act: 'things are better at home now, he's getting help'. No MARAC notification on practice record.",
    act: 'Sertraline ↑100mg', cont: '(cont.) Husband waiting in car park. R/v 2/52 – not booked.',
    contacts: [c('family', 'in', 'attendance')], concerns: [PMH, DA] },
  { k: 'G9', date: day('17/04/2023', '2023-04-17'), dt: [2023, 4, 17], pt: 'Gareth', cl: 'Dr 2',
    entry: "F2F. Wants help with 'temper and nerves'. Drinking 50 u/wk. Says 'the wife's talking about leaving'. Referral to LPMHSS (Gwasanaeth Cymorth Iechyd Meddwl Sylfaenol Lleol) marked URGENT: 'CRHT assessment 20/03 – thoughts of harming wife when drunk; wife known DA victim (ED Feb) – please assess risk'.",
    act: 'Referral sent (WCCIS)', contacts: [c('family', 'in', 'attendance'), c('adult-mh', 'out', 'referral')], concerns: [DA, SM, OTH] },
  { k: 'G10', dup: 'MARAC2', date: day('25/05/2023', '2023-05-25'), dt: [2023, 5, 25], pt: 'Nerys', cl: 'Dr 1 (practice safeguarding lead)',
    entry: 'Attended Penllyn MARAC (Teams) re Nerys, with police, IDVA, housing, ASC, CSC, probation and mental health – first MARAC notification to the practice. IDVA email of Feb not found in practice mailbox/Docman. MARAC flag added; Gareth\'s record linked.',
    act: 'MARAC (coded)', contacts: conf(MARAC2, 'gp'), concerns: [DA] },
  { k: 'G11', date: day('02/06/2023', '2023-06-02'), dt: [2023, 6, 2], pt: 'Nerys', cl: 'Dr 1',
    entry: 'Post-MARAC tel call to Nerys – no answer. No message left (safety).',
    act: '–', contacts: [c('family', 'attempted', 'phone-call')], concerns: [NE] },
  { k: 'G12', date: day('09/06/2023', '2023-06-09'), dt: [2023, 6, 9], pt: 'Gareth', cl: 'Dr 2',
    entry: "LPMHSS discharge letter rec'd – DNA x2; 'known MARAC case, threats to wife in March, please review'. Letter sent to Gareth offering GP review.",
    act: 'Task – review', contacts: [c('adult-mh', 'in', 'letter'), c('family', 'out', 'letter')], concerns: [NE, DA] },
];
const mhRows = [
  { k: 'M1', date: day('20/03/2023', '2023-03-20'), team: 'CRHT (Tîm Argyfwng – Crisis Resolution & Home Treatment)',
    contact: "Referral from ED 22:15 – Gareth, intoxicated, 'wants to end it all'.", outcome: 'Accepted – to assess in ED when fit.', time: '22:15',
    contacts: [c('ed', 'in', 'referral')], concerns: [SM, OTH] },
  { k: 'M2', date: day('20/03/2023', '2023-03-20'), team: 'CRHT',
    contact: "Assessment in ED 23:40 (CRHT1 + specialty doctor). Low mood, drinking heavily, redundancy, money worries. 'The wife keeps talking about leaving – if she goes I'll take her with me and then myself.' Said he was arrested last month 'over a row with the wife – it's been dropped'. Denies current plan or intent. No collateral obtained – wife not contacted. No police/MARAC/DA checks made.",
    outcome: "Risk to self: moderate (when intoxicated). Risk to others: 'low–moderate'. Not for CRHT home treatment. Discharged home 01:10 with GP letter and self-referral details for substance misuse service. No safeguarding referral / ISR.", time: '23:40',
    contacts: [c('family', 'out', 'assessment')], concerns: [DA, SM, OTH, CRIM] },
  { k: 'M3', date: day('22/03/2023', '2023-03-22'), team: 'CRHT',
    contact: 'Assessment letter to GP (Meddygfa Stryd y Felin) via Docman.', outcome: 'Closed to CRHT.', time: null,
    contacts: [c('gp', 'out', 'letter')], concerns: [] },
  { k: 'M4', date: day('21/04/2023', '2023-04-21'), team: 'LPMHSS (Gwasanaeth Cymorth Iechyd Meddwl Sylfaenol Lleol / Local Primary Mental Health Support Service)',
    contact: "GP referral rec'd (marked urgent). Screened by PMHW1: 'low mood, alcohol, relationship difficulties'.", outcome: 'Routine – waiting list (approx 8 wks). Urgent criteria not met.', time: null,
    contacts: [c('gp', 'in', 'referral')], concerns: [SM, OTH, DA] },
  { k: 'M5', dup: 'MARAC2', date: day('25/05/2023', '2023-05-25'), team: 'CMHT (team manager – mental health MARAC rep)',
    contact: 'Attended Penllyn MARAC with police, IDVA, housing, ASC, CSC, probation and GP. Shared CRHT assessment of Gareth (20/03) incl. threat toward wife. Action: LPMHSS to expedite appt and report outcome to MARAC.',
    outcome: 'LPMHSS appt brought forward to 31/05.', time: null,
    contacts: conf(MARAC2, 'adult-mh'), concerns: [DA] },
  { k: 'M6', date: day('31/05/2023', '2023-05-31'), team: 'LPMHSS',
    contact: '1st appt (expedited) – DNA.', outcome: '2nd appt letter sent for 07/06.', time: null,
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'letter')], concerns: [NE] },
  { k: 'M7', date: day('07/06/2023', '2023-06-07'), team: 'LPMHSS',
    contact: '2nd appt – DNA. PMHW1 rang Gareth x2 – no answer.', outcome: 'Discussed with team lead (MARAC case).', time: null,
    contacts: [c('family', 'attempted', 'dna'), c('family', 'attempted', 'phone-call')], concerns: [NE] },
  { k: 'M8', date: day('08/06/2023', '2023-06-08'), team: 'LPMHSS',
    contact: "Discharged to GP under DNA policy with risk letter: 'known MARAC case, threats to wife in March, please review'. MARAC coordinator and Llwybr Newydd IDVA emailed re disengagement.",
    outcome: 'Closed.', time: null,
    contacts: [c('gp', 'out', 'letter'), c('police', 'out', 'email'), c('da-service', 'out', 'email')], concerns: [NE, DA] },
];
const edRows = [
  { k: 'E1', date: day('12/11/2022', '2022-11-12'), dt: [2022, 11, 12], time: '14:20', pt: 'Nerys', dept: 'MIU (Uned Mân Anafiadau / Minor Injuries Unit)',
    pc: "Painful R wrist – 'slipped on the stairs'.", ax: 'X-ray: no #. Soft tissue injury/sprain. Routine enquiry (Ask and Act) not documented.', disp: 'Discharged. GP letter.',
    contacts: [c('family', 'in', 'attendance'), c('gp', 'out', 'letter')], concerns: [INJ] },
  { k: 'E2', date: day('04/02/2023', '2023-02-04'), dt: [2023, 2, 4], time: '02:05', pt: 'Nerys', dept: 'ED',
    pc: 'BIBP. Assault by husband – strangled with both hands, pushed against wall. Hoarse voice, ?LOC.',
    ax: 'Red marks both sides of neck, petechiae. Strangulation pathway: neuro obs, CT angiogram neck – NAD. Ask and Act (Gofyn a Gweithredu) – DA disclosed. ISR form to Llwybr Newydd IDVA service with consent. Health board safeguarding team notified.',
    disp: "Discharged 07:30 to daughter's address. Discharge letter to GP.",
    contacts: [c('family', 'in', 'attendance'), c('da-service', 'out', 'referral'), c('gp', 'out', 'letter')], concerns: [DA] },
  { k: 'E3', date: day('20/03/2023', '2023-03-20'), dt: [2023, 3, 20], time: '21:50', pt: 'Gareth', dept: 'ED',
    pc: "Self-presented, intoxicated, 'wants to end it all'. Mentions 'trouble with the wife'.", ax: 'Triage cat 3. Referred to CRHT 22:15.', disp: 'Discharged 01:10 after CRHT assessment.',
    contacts: [c('family', 'in', 'attendance'), c('adult-mh', 'out', 'referral')], concerns: [SM, OTH] },
  { k: 'E4', date: day('24/06/2023', '2023-06-24'), dt: [2023, 6, 24], time: '08:20', pt: 'Nerys', dept: 'ED (Resus)',
    pc: 'BIBA (WAST) with police – cardiac arrest, multiple stab wounds. Husband arrested at scene (per police).', ax: 'Resuscitation. Life pronounced extinct 08:47.', disp: 'Coroner and police informed.',
    contacts: [c('ambulance', 'in', 'other'), c('other', 'out', 'notification'), c('police', 'out', 'notification')], concerns: [DA] },
];

// =====================================================================
// 4. HOUSING (housing.txt) – Cartrefi Bro Henllys tenancy notes
// =====================================================================
const housingRows = [
  { k: 'H1', date: day('07 February 2022', '2022-02-07'), off: 'IO1', type: 'Letter',
    lines: ['Arrears letter 1 sent - balance £612.40. UC housing costs not received since Dec.', 'Joint tenants - letter addressed to both.'],
    contacts: [c('family', 'out', 'letter')], concerns: [HOU] },
  { k: 'H2', date: day('21 February 2022', '2022-02-21'), off: 'IO1', type: 'Phone call (in)',
    lines: ["Mr rang. Said UC had been a 'mix up', will pay £50/wk extra.", "Asked that all letters come to him only - 'the wife gets stressed'. Arrangement agreed."],
    contacts: [c('family', 'in', 'phone-call')], concerns: [HOU] },
  { k: 'H3', date: day('14 March 2022', '2022-03-14'), off: 'TO1', type: 'Home visit',
    lines: ['Annual tenancy check. Both tenants present. Mr did all the talking, Mrs quiet, made tea.', 'Property tidy, no repairs reported. Mr says arrears are under control.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [HOU] },
  { k: 'H4', date: day('10 May 2022', '2022-05-10'), off: 'IO1', type: 'Letter',
    lines: ['Arrangement broken. Arrears £1,105.60. Letter 2 - warning of Notice of Seeking Possession.'],
    contacts: [c('family', 'out', 'letter')], concerns: [HOU] },
  { k: 'H5', date: day('20 June 2022', '2022-06-20'), off: 'IO1', type: 'Notice',
    lines: ['Notice of Seeking Possession (NOSP) served - hand delivered. Arrears £1,420.18.'],
    contacts: [c('family', 'out', 'letter')], concerns: [HOU] },
  { k: 'H6', date: day('23 June 2022', '2022-06-23'), off: 'TO1', type: 'Office visit',
    lines: ["Mrs came into the Aberhenllys office on her own about the NOSP. Very upset and tearful.",
      "Says she gives all her wages to Mr, he keeps her bank cards, she 'doesn't see a penny' and did not know the rent wasn't being paid.",
      'Asked if the tenancy could be put in her name only and letters sent to her daughter\'s address.',
      "Explained both joint tenants are liable and we cannot remove a joint tenant without consent or a court order.",
      "Told her about Llwybr Newydd - gave leaflet, said she could ring them herself. Mrs asked us not to tell Mr she had been in.",
      'Arrears passed to Money Advice (internal).'],
    contacts: [c('family', 'in', 'attendance')], concerns: [DA, HOU] },
  { k: 'H7', date: day('12 July 2022', '2022-07-12'), off: 'IO1', type: 'Phone call (out)',
    lines: ['Rang Mr re NOSP. Agreed £75/wk by direct debit from his account. Court action on hold while DD is maintained.'],
    contacts: [c('family', 'out', 'phone-call')], concerns: [HOU] },
  { k: 'H8', date: week('w/c 10 October 2022', '2022-10-10'), off: 'TO1 / TO2', type: 'Case transfer',
    lines: ["Patch change - case handed over TO1 to TO2. Handover note: 'arrears case, arrangement in place, no other issues'."],
    contacts: [], concerns: [HOU] },
  { k: 'H9', date: day('14 February 2023', '2023-02-14'), off: 'TO2', type: 'Email (in)',
    lines: ["ISR form rec'd from Llwybr Newydd IDVA - high risk DA, MARAC pending.", 'Requests: flag address, sanctuary survey, sole tenancy advice, hold arrears action.', "Flag added to tenancy: 'DA - do not discuss with Mr'."],
    contacts: [c('da-service', 'in', 'referral')], concerns: [DA, HOU] },
  { k: 'H10', dup: 'CALL0216', date: day('16 February 2023', '2023-02-16'), off: 'TO2', type: 'Phone call (out)',
    lines: ['Rang IDVA1 (Llwybr Newydd). Arrears now £2,284. Agreed to hold NOSP action. Sanctuary referral to be discussed at MARAC.'],
    contacts: [c('da-service', 'out', 'phone-call')], concerns: [HOU] },
  { k: 'H11', dup: 'MARAC1', date: day('23 February 2023', '2023-02-23'), off: 'TO2', type: 'Meeting',
    lines: ['MARAC (Teams) - attended with police chair, IDVA, Housing Options, ASC, CSC, probation. Health sent apologies.', 'Mr on police bail - not to attend the address.', 'Actions for CBH: flag address, sanctuary survey, hold arrears action, sole tenancy options.'],
    contacts: conf(MARAC1, 'housing'), concerns: [DA, CRIM] },
  { k: 'H12', date: day('03 March 2023', '2023-03-03'), off: 'TO2', type: 'Home visit',
    lines: ["Visit for sanctuary survey with contractor. Mr answered the door - said he was 'back for good' and the charges were 'being dropped'.",
      "Mrs in the kitchen, said very little. Mr refused the survey - 'we don't need locks, it's my house'.",
      'Could not speak to Mrs alone. Visit ended.'],
    contacts: [c('family', 'out', 'home-visit')], concerns: [DA, NE] },
  { k: 'H13', date: day('20 March 2023', '2023-03-20'), off: 'IO1', type: 'Letter',
    lines: ['Arrears letter - £2,410 - sent to both tenants (DA flag does not apply to automated letters).'],
    contacts: [c('family', 'out', 'letter')], concerns: [HOU] },
  { k: 'H14', date: day('19 April 2023', '2023-04-19'), off: 'TO2', type: 'Phone call (in)',
    lines: ["Mrs rang from her daughter's phone. Asked about moving on her own.",
      'Advised: Housing Options at the council (homeless application if fleeing); CBH can consider a management transfer.',
      "Said she had 'found something out' about Mr's past. Will ring back."],
    contacts: [c('family', 'in', 'phone-call')], concerns: [DA, HOU] },
  { k: 'H15', dup: 'MARAC2', date: day('25 May 2023', '2023-05-25'), off: 'TO2', type: 'Meeting',
    lines: ['Repeat MARAC (Teams) - police, IDVA, ASC, CSC, probation, GP, mental health.', 'Action for CBH: welfare visit within 7 days and report back to IDVA / MARAC coordinator.'],
    contacts: conf(MARAC2, 'housing'), concerns: [DA] },
  { k: 'H16', date: day('01 June 2023', '2023-06-01'), off: 'TO2', type: 'Home visit',
    lines: ['Welfare visit (MARAC action). No answer. Car on drive. Card left.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
  { k: 'H17', date: day('08 June 2023', '2023-06-08'), off: 'TO2', type: 'Home visit',
    lines: ["2nd visit. No answer, curtains closed. Neighbour said 'they keep themselves to themselves'. Will try again."],
    contacts: [c('family', 'attempted', 'dna'), c('family', 'out', 'other')], concerns: [NE] },
  { k: 'H18', date: day('16 June 2023', '2023-06-16'), off: 'TO2', type: 'Home visit',
    lines: ['3rd attempt. No answer. No access x3 - to raise at next patch meeting.'],
    contacts: [c('family', 'attempted', 'dna')], concerns: [NE] },
];

// =====================================================================
// 5. MARAC minutes (marac-minutes.pdf) – two meetings
// =====================================================================
const marac1 = {
  k: 'MM1', dup: 'MARAC1', date: day('Thursday 23 February 2023', '2023-02-23'),
  head: 'Meeting: Aberhenllys MARAC',
  dateLine: 'Date: Thursday 23 February 2023, 10:00–13:00, Microsoft Teams',
  chair: 'Chair: Detective Inspector, Public Protection Unit, Heddlu Gwernydd',
  present: [
    'Heddlu Gwernydd Police – DI (Chair); MARAC Coordinator; DA Officer (DS 1)',
    'Llwybr Newydd (New Path) Domestic Abuse Service – IDVA 1; IDVA 2',
    'Cartrefi Bro Henllys (housing association) – Tenancy Officer (TO2)',
    'Cyngor Sir Penllyn – Housing Options Officer',
    'Gwasanaethau Cymdeithasol Oedolion (Adult Social Services) – Safeguarding SW',
    "Gwasanaethau Plant (Children's Services) – Team Manager",
    'Gwasanaeth Prawf (Probation Service) – Probation Practitioner',
  ],
  apologies: [
    'Bwrdd Iechyd Prifysgol Gwernydd (Gwernydd University Health Board) – Health MARAC representative (Safeguarding). No health research submitted; primary care (GP) and mental health not represented.',
    'Gwasanaeth Camddefnyddio Sylweddau Penllyn (Penllyn Substance Misuse Service)',
  ],
  items: [
    ['1. Minutes of the previous meeting', ['Agreed as accurate.']],
    ['2. Cases 1–3', ['Not relevant to this review – redacted.']],
    ['3. Case 4 – NERYS (victim, 55); GARETH (husband, 58) – referred by Police (DASH 16) – new case', [
      "Police: Incident earlier this month – Gareth strangled Nerys and smashed her phone. Arrested; on pre-charge bail with conditions not to contact Nerys or attend Heol y Garreg. Two previous standard-risk incidents last year, both about money. A DVDS 'right to ask' application by Nerys's daughter is in progress.",
      'IDVA: Nerys engaging. Significant economic abuse – wages taken, loans and a catalogue account in her name, Universal Credit paid to Gareth, no access to money. Currently staying with her daughter; wishes to return home.',
      'Housing (Cartrefi Bro Henllys): Joint tenancy. Arrears £2,284; NOSP served last year – action on hold. Flag added.',
      "Children's Services: No children in household. No records.",
      'Adult Services: Not known. No care and support needs identified.',
      'Probation: Gareth not known.',
      'Health: Not represented – no information available.',
      "Risks identified: strangulation; economic abuse; isolation; perpetrator's alcohol use and talk of suicide; separation.",
      'Actions:',
      '3.1 Police – maintain address marker; monitor bail conditions; progress DVDS application.',
      "3.2 IDVA – continue support and safety planning incl. financial safety; inform GP of MARAC with Nerys's consent.",
      '3.3 Cartrefi Bro Henllys – sanctuary survey; hold arrears action; advise on sole tenancy.',
      '3.4 Housing Options – advise on options if Nerys wishes to move.',
      '3.5 MARAC Coordinator – send case details to Health Board safeguarding for research and flagging of records.',
    ]],
    ['4. Any other business', ['None.']],
  ],
  footer: 'Minutes and actions circulated to MARAC partners by secure email.',
  contacts: conf(MARAC1, 'police'), concerns: [DA, CRIM, HOU, SM, OTH],
};
const marac2 = {
  k: 'MM2', dup: 'MARAC2', date: day('Thursday 25 May 2023', '2023-05-25'),
  head: 'Meeting: Aberhenllys MARAC',
  dateLine: 'Date: Thursday 25 May 2023, 10:00–12:30, Microsoft Teams',
  chair: 'Chair: Detective Inspector, Public Protection Unit, Heddlu Gwernydd',
  present: [
    'Heddlu Gwernydd Police – DI (Chair); MARAC Coordinator; DA Officer',
    'Llwybr Newydd (New Path) Domestic Abuse Service – IDVA 1',
    'Cartrefi Bro Henllys – Tenancy Officer (TO2)',
    'Gwasanaethau Cymdeithasol Oedolion (Adult Social Services) – Safeguarding SW',
    "Gwasanaethau Plant (Children's Services) – Team Manager",
    'Gwasanaeth Prawf (Probation Service) – Probation Practitioner',
    'Bwrdd Iechyd Prifysgol Gwernydd – CMHT Team Manager (mental health MARAC representative)',
    'Meddygfa Stryd y Felin (Mill Street Surgery) – Dr 1, practice safeguarding lead (for case 2)',
  ],
  apologies: [
    'Gwasanaeth Camddefnyddio Sylweddau Penllyn (Penllyn Substance Misuse Service)',
    'Cyngor Sir Penllyn – Housing Options',
  ],
  items: [
    ['1. Minutes of the previous meeting', ['Agreed.']],
    ['2. Case 2 – NERYS – REPEAT (Police, professional judgement – high)', [
      "Police: Repeat incident this month – Nerys's daughter called 999; Gareth heard shouting 'I'll finish this'. Nerys declined the DASH questions. Gareth intoxicated. No offences disclosed. DVDS disclosure made to Nerys last month. CPS NFA on the strangulation offence.",
      'IDVA: Engagement reduced since Gareth returned home; Nerys cannot talk freely.',
      "Mental health: CRHT assessed Gareth in ED in March when intoxicated – he said that if his wife left he would 'take her with him and then himself'. This was not referred on at the time. Gareth since referred to LPMHSS by GP and triaged as routine.",
      'GP: DA alert on Nerys\'s record since the ED letter in February. The practice had not received notification of the first MARAC. Nerys last seen in March – said things were better.',
      'Housing: Arrears now about £2,600. No recent contact with Nerys. Able to carry out a welfare visit.',
      "Probation: not known. Children's Services: no children. Adult Services: not known.",
      'Actions:',
      '2.1 Cartrefi Bro Henllys – welfare visit within 7 days; report back to IDVA and MARAC Coordinator.',
      '2.2 IDVA – weekly contact attempts; review safety plan.',
      '2.3 Police – consider DVPN/DVPO at any further call; flag Gareth on Niche.',
      '2.4 Mental health – expedite LPMHSS appointment and report outcome to MARAC.',
      '2.5 GP – link records; offer Nerys an appointment.',
    ]],
    ['3. Other cases', ['Redacted – not relevant to this review.']],
  ],
  footer: 'Minutes and actions circulated to MARAC partners by secure email.',
  contacts: conf(MARAC2, 'police'), concerns: [DA, SM, OTH, NE, HOU],
};

// =====================================================================
// Register gold entries in file order
// =====================================================================
const files = [
  { file: 'police.docx', agency: 'police', format: 'docx' },
  { file: 'idva.csv', agency: 'da-service', format: 'csv' },
  { file: 'health-board.xlsx', agency: 'mixed', format: 'xlsx' },
  { file: 'housing.txt', agency: 'housing', format: 'txt' },
  { file: 'marac-minutes.pdf', agency: 'police', format: 'pdf' },
];
const dupOf = {}; // dupKey -> first ref
const dupGroups = {};
function reg(file, row, agency, text, time) {
  const ref = addEntry(file, row.k, { agency, date: row.date, time, text, contacts: row.contacts, concerns: row.concerns });
  const ent = gold.entries[gold.entries.length - 1];
  if (row.dup) {
    if (!dupOf[row.dup]) { dupOf[row.dup] = ref; dupGroups[row.dup] = [ref]; }
    else { ent.duplicateOf = dupOf[row.dup]; dupGroups[row.dup].push(ref); }
  }
  delete ent._dupKey;
}
for (const r of policeRows) if (!r.section)
  reg('police.docx', r, 'police', [r.src, r.det, r.risk].filter(Boolean).join(' | '), hhmm(r.time));
for (const r of idvaRows)
  reg('idva.csv', r, 'da-service', [r.id, r.act, r.meth, r.notes, r.w].join(' | '), null);
for (const r of gpRows) if (!r.blank)
  reg('health-board.xlsx', r, 'gp', [r.pt, r.cl, r.entry + (r.cont ? ' ' + r.cont : ''), r.act].join(' | '), null);
for (const r of mhRows)
  reg('health-board.xlsx', r, 'adult-mh', [r.team, r.contact, r.outcome].join(' | '), r.time);
for (const r of edRows)
  reg('health-board.xlsx', r, 'ed', [r.pt, r.dept, r.pc, r.ax, r.disp].join(' | '), r.time);
const housingHead = (r) => `Date: ${r.date.raw}   Officer: ${r.off}   Type: ${r.type}`;
for (const r of housingRows)
  reg('housing.txt', r, 'housing', [housingHead(r), ...r.lines].join('\n'), null);
const maracText = (m) => [m.head, m.dateLine, m.chair, 'Present:', ...m.present, 'Apologies:', ...m.apologies,
  ...m.items.flatMap(([h, ps]) => [h, ...ps]), m.footer].join('\n');
for (const m of [marac1, marac2])
  reg('marac-minutes.pdf', m, 'police', maracText(m), m.dateLine.match(/(\d\d:\d\d)/)[1]);

const R = (k) => { if (!keyRef[k]) throw new Error('no key ' + k); return keyRef[k]; };

// =====================================================================
// Gaps and decoys
// =====================================================================
const gaps = [
  { id: 'PEN-G01', code: 'G4', alsoAcceptable: [], from: 'da-service', to: ['police'],
    anchors: [R('P2'), R('I1'), R('I3'), R('I4')],
    note: "Llwybr Newydd closed the first PPN (April 2022) after three failed calls – the third answered by a man, possibly the perpetrator – and recorded 'Referrer not updated'. The police were never told that the standard-risk victim had not been reached (contrast the October 2022 closure, where the referrer was notified)." },
  { id: 'PEN-G02', code: 'G1', alsoAcceptable: [], from: 'housing', to: ['da-service'],
    anchors: [R('H6')],
    note: "In June 2022 Nerys told the tenancy officer that her husband took all her wages and kept her bank cards, and asked for the tenancy and letters to be moved away from him – a clear disclosure of economic abuse. The officer handed her a leaflet; no Ask and Act, no DASH and no referral (with consent) to Llwybr Newydd, which had had her as a client two months earlier. The disclosure was also lost at the October handover ('no other issues')." },
  { id: 'PEN-G03', code: 'G1', alsoAcceptable: [], from: 'da-service', to: ['police'],
    anchors: [R('I12')],
    note: "On 9 January 2023 Nerys's daughter told the Llwybr Newydd helpline that Gareth had said he would 'end it all' and take her mother 'with him' – a threat to kill linked to separation. No risk assessment was done, the call was not linked to Nerys's existing case and nothing was passed to the police (her DVDS application two days later does not mention the threat)." },
  { id: 'PEN-G04', code: 'G5', alsoAcceptable: ['G7'], from: 'police', to: ['family'],
    anchors: [R('P6'), R('P7'), R('P8'), R('P13'), R('P16'), R('P18'), R('I24')],
    note: "The Clare's Law right-to-ask application of 11 January 2023 took 97 days to reach a disclosure (18 April). Checks were not run until 1 March because of a SPOC backlog, even though the perpetrator strangled Nerys on 4 February while the application sat in the queue. The IDVA's chase on 20 March got no reply. Nerys went through the MARAC and the retraction without knowing about Gareth's earlier abuse of his former wife." },
  { id: 'PEN-G05', code: 'G6', alsoAcceptable: [], from: 'police', to: ['gp'],
    anchors: [R('MM1'), R('P12'), R('I19'), R('H11')],
    note: "At the first MARAC (23 February 2023) the health board sent apologies and submitted no research: neither the GP (who had treated Nerys's depression for a year, seen an unexplained bruise and coded the strangulation only days before) nor any other health service was represented. Action 3.5 left flagging health records to a later email." },
  { id: 'PEN-G06', code: 'G2', alsoAcceptable: ['G5'], from: 'da-service', to: ['gp'],
    anchors: [R('I20'), R('G8'), R('G10')],
    note: "The IDVA emailed the practice's generic admin mailbox on 24 February 2023 to say Nerys was a high-risk MARAC case. No acknowledgement came back and the practice has no record of it: on 28 March the registrar found 'no MARAC notification on practice record', and at the repeat MARAC the practice said the February email was never found." },
  { id: 'PEN-G07', code: 'G1', alsoAcceptable: [], from: 'housing', to: ['police', 'da-service'],
    anchors: [R('H12'), R('H11'), R('MM1'), R('P15')],
    note: "The tenancy officer knew from the MARAC that Gareth's bail conditions barred him from the address, yet on 3 March 2023 found him living there ('back for good'), refusing the sanctuary survey, with Nerys unable to speak. Neither the police nor the IDVA were told; on 15 March Nerys told the OIC he had not been to the house and the retraction went ahead." },
  { id: 'PEN-G08', code: 'G1', alsoAcceptable: ['G5'], from: 'adult-mh', to: ['police', 'da-service'],
    anchors: [R('M2'), R('MM2'), R('I29'), R('M5')],
    note: "When the crisis team assessed Gareth in ED on 20 March 2023 he said that if his wife left he would take her with him and then himself, and he disclosed a recent arrest for assaulting her. He was sent home to her with no safeguarding referral, ISR or message to the police or DA service. This came out only at the repeat MARAC two months later ('not referred on at the time')." },
  { id: 'PEN-G09', code: 'G7', alsoAcceptable: [], from: 'adult-mh', to: ['police'],
    anchors: [R('M2')],
    note: "The crisis team rated risk to others 'low–moderate' without any collateral history: it did not contact the wife and made no police, MARAC or DA checks, even though Gareth said he had been arrested 'over a row with the wife' and the address had a MARAC flag." },
  { id: 'PEN-G10', code: 'G3', alsoAcceptable: [], from: 'adult-mh', to: ['gp'],
    anchors: [R('G7'), R('M3'), R('G8')],
    note: "The GP practice received the crisis team letter on 24 March 2023, which recorded that Gareth had threatened to take his wife 'with him'. It was filed 'noted, no action': nothing on Nerys's record, no safeguarding referral, no contact with police or IDVA. Four days later Nerys was seen at the same practice and the threat was not considered." },
  { id: 'PEN-G11', code: 'G10', alsoAcceptable: ['G3'], from: 'gp', to: ['adult-mh'],
    anchors: [R('G9'), R('M4')],
    note: "The GP's April 2023 referral to LPMHSS was marked URGENT and named the threats to harm his wife and her status as a known DA victim. LPMHSS screened it as 'low mood, alcohol, relationship difficulties' and put it on the routine 8-week list. It was brought forward only after the repeat MARAC." },
  { id: 'PEN-G12', code: 'G8', alsoAcceptable: ['G1'], from: 'housing', to: ['da-service', 'police'],
    anchors: [R('H15'), R('H16'), R('H17'), R('H18'), R('MM2')],
    note: "After the repeat MARAC the housing association was tasked with a welfare visit within 7 days and a report back to the IDVA and MARAC coordinator. Three no-access visits (1, 8 and 16 June 2023) were not reported to anyone and were left 'to raise at next patch meeting'. A calling card was left at a high-risk address. The IDVA found out independently and asked for a police welfare check." },
];
const decoys = [
  { id: 'PEN-D01', looksLike: ['G2', 'G3'], refs: [R('E2'), R('G6')],
    note: 'The ED discharge letter after the strangulation (4 Feb 2023) WAS received by the GP on 6 Feb. The GP acted the same day: coded DA, added an alert and phoned Nerys alone. The ED ISR also reached the IDVA service (idva.csv, 6 Feb).' },
  { id: 'PEN-D02', looksLike: ['G6'], refs: [R('MM2'), R('G10'), R('M5')],
    note: 'The repeat MARAC (25 May 2023) did include everyone involved: the GP practice safeguarding lead and the mental health MARAC representative were present. The only apologies came from the substance misuse service, which had no involvement with either party, and from council Housing Options, while the housing association was present.' },
  { id: 'PEN-D03', looksLike: ['G8'], refs: [R('M6'), R('M7'), R('M8'), R('I31'), R('G12')],
    note: "Gareth's two missed LPMHSS appointments were escalated: he was discharged with a risk letter to the GP, which the GP received and acted on, and the MARAC coordinator and IDVA were emailed. This is not the 'DNA and discharge' pattern." },
];

// =====================================================================
// Render files
// =====================================================================
// ---- police.docx
{
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, PageOrientation, ShadingType } = docx;
  const cell = (t, opts = {}) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold: !!opts.bold, size: 18 })] })], columnSpan: opts.span, shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.shade } : undefined, width: opts.w ? { size: opts.w, type: WidthType.DXA } : undefined });
  const widths = [600, 1300, 800, 1900, 7000, 1200];
  const head = new TableRow({ tableHeader: true, children: ['Ser', 'Date', 'Time', 'Source (Niche/ STORM)', 'Details', 'Risk grading'].map((h, i) => cell(h, { bold: true, shade: 'D9D9D9', w: widths[i] })) });
  let ser = 0;
  const rows = [head];
  for (const r of policeRows) {
    if (r.section) { rows.push(new TableRow({ children: [cell(r.section, { bold: true, span: 6, shade: 'EDEDED' })] })); continue; }
    ser++;
    rows.push(new TableRow({ children: [String(ser), r.date.raw, r.time, r.src, r.det, r.risk].map((t, i) => cell(t, { w: widths[i] })) }));
  }
  const p = (t, o = {}) => new Paragraph({ alignment: o.center ? AlignmentType.CENTER : undefined, children: [new TextRun({ text: t, bold: !!o.bold, size: o.size || 22 })] });
  const doc = new Document({ sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: [
    p('HEDDLU GWERNYDD POLICE', { bold: true, center: true, size: 28 }),
    p('Domestic Homicide Review – Penllyn Community Safety Partnership – DHR 2023/02 ("Nerys")', { bold: true, center: true }),
    p('Individual Management Review (IMR) – Chronology of Agency Involvement', { center: true }),
    p('Subjects: Nerys (victim, 55) · Gareth (husband, 58) · Ffion (daughter of Nerys, 31). Review period 01/01/2022 – 24/06/2023.'),
    p('Prepared by: DS, Public Protection Unit (IMR author – no prior involvement). Sources: Niche RMS, STORM command and control.'),
    p(''),
    new Table({ rows, width: { size: 12800, type: WidthType.DXA } }),
    p(''),
    p('End of chronology. OFFICIAL-SENSITIVE.'),
  ] }] });
  fs.writeFileSync(path.join(OUT, 'police.docx'), await Packer.toBuffer(doc));
}

// ---- idva.csv
{
  const q = (s) => (/[;"\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
  const lines = ['Case ID;Date;Activity;Method;Notes;Worker'];
  for (const r of idvaRows) lines.push([r.id, r.date.raw, r.act, r.meth, r.notes, r.w].map(q).join(';'));
  fs.writeFileSync(path.join(OUT, 'idva.csv'), lines.join('\r\n') + '\r\n');
}

// ---- health-board.xlsx
{
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gwernydd UHB Safeguarding';
  const d = (a) => new Date(Date.UTC(a[0], a[1] - 1, a[2]));
  // GP sheet
  const gp = wb.addWorksheet('GP');
  gp.addRow(['Meddygfa Stryd y Felin (Mill Street Surgery), Aberhenllys – primary care chronology for DHR 2023/02 (patients: Nerys; Gareth)']);
  gp.addRow(['Source: EMIS Web. Compiled by practice safeguarding lead.']);
  gp.addRow([]);
  const gh = gp.addRow(['Date seen', 'Patient', 'Clinician', 'Entry', 'Code / action']); gh.font = { bold: true };
  for (const r of gpRows) {
    if (r.blank) { gp.addRow([]); continue; }
    const row = gp.addRow([r.dt ? d(r.dt) : r.date.raw, r.pt, r.cl, r.entry, r.act]);
    if (r.dt) row.getCell(1).numFmt = 'dd/mm/yyyy';
    if (r.cont) gp.addRow(['', '', '', r.cont, '']);
  }
  gp.columns.forEach((col, i) => { col.width = [12, 10, 26, 90, 32][i]; });
  // MH sheet
  const mh = wb.addWorksheet('Mental Health');
  mh.addRow(['Gwernydd UHB – Mental Health & Learning Disabilities Division – contacts with Gareth (perpetrator)']);
  mh.addRow([]);
  const mhh = mh.addRow(['Date', 'Team', 'Contact', 'Outcome']); mhh.font = { bold: true };
  for (const r of mhRows) mh.addRow([r.date.raw, r.team, r.contact, r.outcome]);
  mh.columns.forEach((col, i) => { col.width = [12, 40, 90, 60][i]; });
  // ED sheet
  const ed = wb.addWorksheet('ED');
  ed.addRow(['Ysbyty Aberhenllys – Emergency Department / MIU attendances (Symphony)']);
  ed.addRow([]);
  const edh = ed.addRow(['Arrival', 'Time', 'Patient', 'Dept', 'Presenting complaint', 'Assessment / actions', 'Disposal']); edh.font = { bold: true };
  for (const r of edRows) { const row = ed.addRow([d(r.dt), r.time, r.pt, r.dept, r.pc, r.ax, r.disp]); row.getCell(1).numFmt = 'dd/mm/yyyy'; }
  ed.columns.forEach((col, i) => { col.width = [12, 8, 10, 24, 50, 70, 36][i]; });
  await wb.xlsx.writeFile(path.join(OUT, 'health-board.xlsx'));
}

// ---- housing.txt
{
  const dash = '-'.repeat(72);
  const out = [
    'CARTREFI BRO HENLLYS CYF (Bro Henllys Homes) - TENANCY MANAGEMENT NOTES',
    'Tenancy ref: CBH/0457/HYG - 14 Heol y Garreg, Aberhenllys - Joint tenants: Mr G and Mrs N',
    'Extract prepared for DHR 2023/02 panel - period 01/01/2022 to 24/06/2023',
    'Officer codes: TO1 = Tenancy Officer (to Oct 2022), TO2 = Tenancy Officer (from Oct 2022), IO1 = Income Officer',
    dash,
  ];
  for (const r of housingRows) { out.push(housingHead(r), ...r.lines, dash); }
  out.push('End of extract.');
  fs.writeFileSync(path.join(OUT, 'housing.txt'), out.join('\n') + '\n');
}

// ---- marac-minutes.pdf (via docx)
{
  const { Document, Packer, Paragraph, TextRun, HeadingLevel } = docx;
  const p = (t, o = {}) => new Paragraph({ heading: o.h, indent: o.indent ? { left: 360 } : undefined, children: [new TextRun({ text: t, bold: !!o.bold })] });
  const children = [
    p('PENLLYN MARAC – Multi-Agency Risk Assessment Conference', { h: HeadingLevel.HEADING_1 }),
    p('Cynhadledd Asesu Risg Aml-Asiantaeth', { bold: true }),
    p('MINUTES – CONFIDENTIAL – for MARAC partners only. Extract for DHR 2023/02 (case discussions for Nerys only).'),
    p(''),
  ];
  for (const m of [marac1, marac2]) {
    children.push(p(m.head, { h: HeadingLevel.HEADING_2 }), p(m.dateLine, { bold: true }), p(m.chair), p('Present:', { bold: true }));
    m.present.forEach((x) => children.push(p(x, { indent: true })));
    children.push(p('Apologies:', { bold: true }));
    m.apologies.forEach((x) => children.push(p(x, { indent: true })));
    for (const [h, ps] of m.items) { children.push(p(h, { bold: true })); ps.forEach((x) => children.push(p(x, { indent: true }))); }
    children.push(p(m.footer), p(''));
  }
  const doc = new Document({ sections: [{ children }] });
  const tmp = path.join(OUT, 'marac-minutes.docx');
  fs.writeFileSync(tmp, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, tmp], { stdio: 'ignore' });
  fs.unlinkSync(tmp);
}

// =====================================================================
// gold.json and README.md
// =====================================================================
const conventions = {
  entryText: "Table rows: the text cells joined with ' | ' without the date/time/serial cells (police: Source | Details | Risk grading; idva.csv: Case ID | Activity | Method | Notes | Worker; GP sheet: Patient | Clinician | Entry (+ continuation row) | Code / action; Mental Health sheet: Team | Contact | Outcome; ED sheet: Patient | Dept | Presenting complaint | Assessment / actions | Disposal). housing.txt: the whole block, header line included. MARAC minutes: one entry per meeting (heading to circulation line).",
  sectionRows: "police.docx has merged section rows ('2022', '2023', 'Post-incident enquiries') that are not entries; Date cells such as '04/04' take the year of their section.",
  maracAgency: 'The Penllyn MARAC is chaired by Heddlu Gwernydd and its coordinator sits in the police Public Protection Unit, so the minutes are a police record. An LPMHSS email to the MARAC coordinator counts as a contact with police. A referral to the MARAC is a referral to "other".',
  noMash: 'There is no MASH in this case. There are no children in the household.',
  healthBoard: 'health-board.xlsx is a mixed file: GP sheet = gp (Meddygfa Stryd y Felin); Mental Health sheet = adult-mh (CRHT/Tîm Argyfwng crisis team, CMHT, LPMHSS primary mental health); ED sheet = ed (ED and MIU at Ysbyty Aberhenllys).',
  otherIds: 'Llwybr Newydd (IDVA, outreach and helpline) = da-service. Cartrefi Bro Henllys housing association and council Housing Options = housing. Cyngor ar Bopeth (Citizens Advice) = voluntary. The bank, CPS, coroner and Community Safety Partnership = other. WAST = ambulance.',
  concernsMentalHealth: "parental-mental-health is used only for Nerys's own mental health (the DHR subject). Gareth's low mood and suicidal talk are tagged 'other'. His drinking is tagged substance-misuse, a DHR risk factor.",
  injury: "Marks on Nerys in DA incidents (strangulation, fatal wounds) are domestic-abuse. Injuries with no DA account (bruise 'caught on door', wrist sprain) are injury.",
  family: 'Nerys, Gareth, Ffion (her adult daughter), neighbours = family. Police interviewing Gareth in custody is recorded as a family contact (out, other).',
  meetings: 'MARAC and the DVDS decision-making panel are conferences: each record of them has one "both" contact with every other agency present. The same meeting recorded by several agencies is a duplicate group. A call between housing and the IDVA recorded by both is a duplicate. Referral/letter sender and receiver records are not.',
  times: "Police Time column (e.g. '2247', '2355hrs') gives the time. The ED sheet has a Time column. Mental Health entries take the clock time in the text. For MARAC minutes it is the start time.",
};
const out = {
  case: CASE,
  title: "DHR 'Nerys' – Penllyn: economic abuse and coercive control by a husband, ending in homicide",
  reviewType: 'dhr',
  reviewPeriod: { from: '2022-01-01', to: '2023-06-24' },
  conventions,
  files,
  entries: gold.entries,
  gaps,
  duplicates: Object.values(dupGroups).filter((g) => g.length > 1),
  decoys,
};
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(out, null, 2) + '\n');

const countBy = (f) => gold.entries.filter((e) => e.ref.startsWith(f + '#')).length;
const readme = `# ${CASE} – invented DHR case ("Nerys", Penllyn)

Everything here is invented. Places are fictional: Aberhenllys, Pentre Gwyddno, Cyngor Sir Penllyn, Heddlu Gwernydd,
Bwrdd Iechyd Prifysgol Gwernydd, Cartrefi Bro Henllys, Llwybr Newydd. The national schemes are real: DASH, MARAC, DVDS/Clare's Law,
Ask and Act, Live Fear Free, ISR forms, LPMHSS.

## People
- **Nerys** (55), the victim. She worked in a care home until October 2022, was treated by her GP for depression, and was a joint tenant of Cartrefi Bro Henllys.
- **Gareth** (58), her husband and the perpetrator. He was made redundant, drinks heavily and has low mood. He had a 2012 caution for assaulting a former wife in another force area.
- **Ffion** (31), Nerys's adult daughter from an earlier relationship. She rang the DA charity's helpline and made the Clare's Law application.

## Period and outline (01/01/2022 – 24/06/2023)
Gareth controlled the money throughout: he took Nerys's wages, held her cards, took out loans in her name and kept the UC housing element, so rent arrears and a NOSP followed.
- 2022: two standard-risk police call-outs (April, August) over money, each sent to Llwybr Newydd as a PPN. The first case was closed without contact or feedback; the second led to short outreach, closed at Nerys's choice.
- June 2022: Nerys disclosed the financial control to the tenancy officer, who only gave her a leaflet.
- January 2023: Ffion told the helpline about a threat to kill, which was not passed on. She then made a DVDS right-to-ask application, which took 97 days.
- 4 February 2023: strangulation, DASH high, arrest and bail. The first MARAC (23 Feb) had no health representation. The IDVA's email to the GP was never logged.
- 3 March 2023: housing found Gareth back at the address in breach of bail and did not report it. Nerys retracted and the CPS gave NFA.
- 20 March 2023: the crisis team assessed Gareth in ED after he threatened to "take her with me". The threat was not shared, no checks were made, and the GP filed the letter. The GP's urgent LPMHSS referral in April was triaged routine.
- May 2023: repeat incident and repeat MARAC, this time with GP and mental health present. Housing's welfare-visit action ended in three no-access visits that were not reported.
- 24 June 2023: homicide.

## Files
- police.docx (${countBy('police.docx')} entries): Word IMR table "Ser | Date | Time | Source (Niche/ STORM) | Details | Risk grading", with merged year rows.
- idva.csv (${countBy('idva.csv')}): Llwybr Newydd export, separated by ';', with mixed ISO and dd.mm.yy dates.
- health-board.xlsx (${countBy('health-board.xlsx')}): sheets GP, Mental Health and ED, each with its own columns.
- housing.txt (${countBy('housing.txt')}): tenancy notes in dash-separated blocks.
- marac-minutes.pdf (${countBy('marac-minutes.pdf')}): minutes of two MARAC meetings (one entry each).

## Case conventions
${Object.entries(conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

Gaps: ${gaps.length} (${[...new Set(gaps.map((g) => g.code))].map((code) => `${code}×${gaps.filter((g) => g.code === code).length}`).join(', ')}); decoys: ${decoys.length}.
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
console.log('entries', gold.entries.length, Object.fromEntries(files.map((f) => [f.file, countBy(f.file)])), 'gaps', gaps.length, 'decoys', decoys.length);
