// Generator for invented case w2-cspr-riverbend-retold (CSPR, "Riverbend").
// Writes the agency/review files, gold.json and README.md from one source.
// Run: node /work/blind/generators/w2-cspr-riverbend-retold.mjs
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Header, Footer,
  AlignmentType, PageNumber, TabStopType,
} = docx;

const CASE = 'w2-cspr-riverbend-retold';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const day = (raw, iso, extra = {}) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain: false, ...extra });
const month = (raw, ym, extra = {}) => {
  const [y, m] = ym.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { raw, earliest: `${ym}-01`, latest: `${ym}-${String(last).padStart(2, '0')}`, precision: 'month', uncertain: false, ...extra };
};
const range = (raw, a, b, precision = 'range', extra = {}) => ({ raw, earliest: a, latest: b, precision, uncertain: false, ...extra });
const c = (w, direction, type) => ({ with: w, direction, type });

// A paragraph is { num?, parts: [...] } or { num?, commentary: 'text' }.
// part: { e: id, text, agency, date, time, contacts, concerns, dup } starts an entry;
//       { cont: 'text' } continues the previous entry (same paragraph).
const E = (e, agency, date, text, contacts = [], concerns = [], more = {}) =>
  ({ e, agency, date, text, contacts, concerns, time: null, ...more });
const K = (text) => ({ cont: text });

// ================================================================ OVERVIEW (PDF)
const overview = [
  { heading: '4. Narrative chronology of agency involvement' },
  { num: '4.1', commentary: 'This section sets out what happened, in the order in which it happened, drawing on the combined chronology, the agencies’ individual management reviews and the conversations held with practitioners and with Child R’s maternal grandmother. Analysis of the key practice episodes follows in Section 5. Ms T had been looked after by Riverbend City Council from the age of twelve and, at the start of the period under review, was living at Larkspur House, a supported accommodation scheme for young people run by Beacon Housing Group, with an allocated personal adviser from the council’s Leaving Care Service.' },
  { sub: 'Period 1: the pregnancy (October to December 2022)' },
  { num: '4.2', parts: [
    E('O-booking', 'midwifery', day('6 October 2022', '2022-10-06'),
      'On 6 October 2022 Ms T, then seventeen, booked her pregnancy with a community midwife from Riverbend and Eastfield Hospitals NHS Trust at around nineteen weeks’ gestation, and told the midwife that her partner, Mr D, was twenty-four and was not the baby’s father.',
      [c('family', 'in', 'attendance')]),
    K('The midwife completed the trust’s vulnerability screening tool, recorded that Ms T was a care leaver and a young parent, and noted that she would refer to children’s social care.'),
    E('O-mwref', 'midwifery', day('11 October', '2022-10-11'),
      'Five days after the booking, on 11 October, the midwife sent a pre-birth referral to the First Contact Team of Riverbend Children’s Services (the front door), setting out Ms T’s age, her care history and the age difference between her and Mr D.',
      [c('csc', 'out', 'referral')], [], { dup: 'mwref' }),
    E('O-screen1', 'csc', day('the next day', '2022-10-12'),
      'The referral was screened by a duty social worker the next day and the team manager agreed that a pre-birth assessment should be completed by the Referral and Assessment Team; a social worker was allocated the same afternoon.',
      [c('midwifery', 'in', 'referral')], [], { dup: 'screen1' }),
  ] },
  { num: '4.3', parts: [
    E('O-prob', 'probation', day('2 November', '2022-11-02'),
      'On 2 November Mr D attended a supervision appointment with his probation practitioner, who was overseeing a community order for assault by beating of a former partner, and told her that his ‘new girlfriend’ was expecting a baby in February.',
      [c('family', 'in', 'attendance')], ['domestic-abuse', 'criminality'], { dup: 'prob' }),
    K('The practitioner noted the pregnancy in the case record but made no domestic abuse and safeguarding enquiry with children’s social care, and the information went no further.'),
    E('O-swv1', 'csc', day('9 November', '2022-11-09'),
      'A week later, on 9 November, the allocated social worker visited Ms T at Larkspur House; Mr D was not present, and Ms T said that he was working away and would ‘definitely’ be there next time.',
      [c('family', 'out', 'home-visit')]),
  ] },
  { num: '4.4', parts: [
    E('O-pa1', 'csc', day('24 November', '2022-11-24'),
      'On 24 November the personal adviser visited Ms T for her pathway plan review, and in the course of the visit Ms T mentioned that Mr D had ‘been in a bit of trouble with the police when he was younger but it’s all sorted now’.',
      [c('family', 'out', 'home-visit')], ['criminality']),
    K('The personal adviser did not pass this on to the social worker completing the pre-birth assessment, and no police checks were requested.'),
    E('O-swv2', 'csc', day('7 December', '2022-12-07'),
      'The social worker visited again on 7 December, but Mr D was again not there, and he was not seen at any point in the assessment.',
      [c('family', 'out', 'home-visit')], ['non-engagement']),
    E('O-close', 'csc', day('15 December', '2022-12-15'),
      'On 15 December the pre-birth assessment was concluded and the case was closed by the team manager with a recommendation of ‘universal services and ongoing support from the PA’; the assessment described Ms T as ‘mature beyond her years’ and Mr D as ‘a supportive partner’, although no checks had been made about him with the police or with probation.',
      [c('midwifery', 'out', 'information-share')], [], { dup: 'close' }),
    K('A copy of the closure summary was sent to the community midwife. By this time Ms T was spending most nights at Mr D’s flat on the Gorsey Bank estate, a Riverbend Homes tenancy in his sole name, although she kept her room at Larkspur House.'),
  ] },
  { sub: 'Period 2: birth and the first weeks (January to March 2023)' },
  { num: '4.5', parts: [
    E('O-hvan', 'health-visiting', day('17 January 2023', '2023-01-17'),
      'On 17 January 2023 the health visitor made an unannounced antenatal visit to Larkspur House, but there was no answer and a card was left asking Ms T to telephone the 0–19 service, which is provided by Riverbend Community Healthcare NHS Trust.',
      [c('family', 'attempted', 'dna')], ['non-engagement'], { dup: 'hvan' }),
    E('O-pbmeet', 'midwifery', day('Two days later', '2023-01-19'),
      'Two days later a pre-birth planning meeting was held on the maternity unit, convened by the trust’s specialist safeguarding midwife and attended by the community midwife and the personal adviser.',
      [c('csc', 'both', 'conference')], [], { dup: 'pbmeet' }),
    K('Neither the health visiting service nor the GP practice was invited, and the plan that came out of the meeting, which included ‘HV to be made aware of partner and of closed PBA’, was not sent to either of them.'),
  ] },
  { num: '4.6', parts: [
    E('O-birth', 'midwifery', day('4 February', '2023-02-04'),
      'Child R was born at Riverbend Royal Infirmary on 4 February, a healthy baby at thirty-eight weeks, and two days later mother and baby went home to Mr D’s flat rather than to Larkspur House.',
      [c('family', 'in', 'attendance')]),
    E('O-transfer', 'midwifery', day('14 February', '2023-02-14'),
      'On 14 February the community midwife discharged Ms T and Child R to the health visiting service; the transfer form recorded ‘CSC PBA – closed, no concerns’ and said nothing about Mr D, about the planning meeting or about the plan that the health visitor should be told about him.',
      [c('health-visiting', 'out', 'notification')], [], { dup: 'transfer' }),
    E('O-nbv', 'health-visiting', day('two days later', '2023-02-16'),
      'The new birth visit took place two days later at Mr D’s flat, where the health visitor found Child R feeding well and described Mr D, who answered most of the questions put to Ms T, as ‘very hands-on’.',
      [c('family', 'out', 'home-visit')], ['domestic-abuse']),
    K('Unaware of the pre-birth assessment or of the planning meeting, the health visitor placed the family on the universal pathway.'),
  ] },
  { num: '4.7', parts: [
    E('O-na1', 'health-visiting', day('22 March', '2023-03-22'),
      'On 22 March the 6–8 week review at the flat could not take place because no one came to the door.',
      [c('family', 'attempted', 'dna')], ['non-engagement'], { dup: 'na1' }),
    E('O-gp8', 'gp', day('29 March', '2023-03-29'),
      'A week later, on 29 March, Child R’s eight-week check was completed at Canal Street Medical Practice, when Ms T attended alone and nothing of concern was found; the practice had not been told of the missed review.',
      [c('family', 'in', 'attendance')]),
  ] },
  { sub: 'Period 3: April to June 2023' },
  { num: '4.8', parts: [
    E('O-na2', 'health-visiting', day('5 April 2023', '2023-04-05'),
      'The health visiting review was rebooked at the clinic for 5 April 2023, and Child R was not brought.',
      [c('family', 'attempted', 'dna')], ['non-engagement']),
    E('O-hvlet', 'health-visiting', day('12 April', '2023-04-12'),
      'A letter asking Ms T to telephone the service was sent on 12 April; no further attempt was made to see Child R for a month, and the missed contacts were not discussed with the GP, the personal adviser or children’s social care.',
      [c('family', 'out', 'letter')], ['non-engagement'], { dup: 'hvlet' }),
  ] },
  { num: '4.9', parts: [
    E('O-gpeye', 'gp', day('18 April', '2023-04-18'),
      'On 18 April Ms T took Child R, then ten weeks old, back to the practice with a ‘sticky eye’, and the locum GP who saw them recorded ‘small bruise L cheek – mum says caught with own fingernail’ and advised bathing the eye with cooled boiled water.',
      [c('family', 'in', 'attendance')], ['injury'], { dup: 'gpeye' }),
    K('The partnership’s protocol for bruising in non-mobile babies was not followed: no referral was made to children’s social care, the health visitor was not told, and the locum did not seek advice from the practice’s safeguarding lead.'),
  ] },
  { num: '4.10', parts: [
    E('O-hv10may', 'health-visiting', day('10 May', '2023-05-10'),
      'On 10 May a new health visitor, who had taken over the caseload the week before, visited the flat after Ms T telephoned in response to the April letter, and found Ms T tearful and exhausted.',
      [c('family', 'out', 'home-visit')], ['parental-mental-health', 'domestic-abuse'], { dup: 'hv10may' }),
    K('Ms T said that Mr D ‘gets wound up when she cries’, that he checked her phone, and that he kept her bank card ‘to help her budget’; Mr D was at work.'),
    E('O-hvref', 'health-visiting', day('The next day', '2023-05-11'),
      'The next day the health visitor made a referral to the front door, describing Ms T’s low mood, Mr D’s ‘controlling behaviour around money and her phone’ and the two missed reviews, and asking for a social work assessment.',
      [c('csc', 'out', 'referral')], ['domestic-abuse', 'parental-mental-health', 'non-engagement'], { dup: 'hvref' }),
    E('O-screen2', 'csc', day('12 May', '2023-05-12'),
      'The May referral was screened by a duty worker on 12 May and recorded as ‘young mum – requesting parenting support’, no checks were made on Mr D, and the case was stepped down to Early Help with a referral sent to Northside Family Hub.',
      [c('health-visiting', 'in', 'referral'), c('early-help', 'out', 'referral')], [], { dup: 'screen2' }),
    K('The health visitor was not told the outcome, and Northside Family Hub has no record that the step-down referral ever arrived.'),
  ] },
  { num: '4.11', parts: [
    E('O-pf1', 'health-visiting', day('6 June', '2023-06-06'),
      'On 6 June the health visitor called at the flat to offer the overdue review and was told by a neighbour that the baby was ‘staying with his sister’; Ms T confirmed on the telephone that Child R had been with Mr D’s sister, Ms K, ‘since about the middle of May’.',
      [c('family', 'out', 'home-visit'), c('family', 'out', 'phone-call')], ['other']),
    E('O-pfemail', 'health-visiting', day('The same day', '2023-06-06'),
      'The same day the health visitor emailed the front door to ask whether this was a private fostering arrangement, copying in the personal adviser.',
      [c('csc', 'out', 'email')], ['other'], { dup: 'pfemail' }),
    E('O-pfcall', 'csc', day('The next day', '2023-06-07'),
      'The next day the duty worker telephoned Ms K and arranged to visit.',
      [c('family', 'out', 'phone-call')]),
    E('O-pfvisit', 'csc', day('8 June', '2023-06-08'),
      'On 8 June the duty worker visited Ms K’s home and established that Child R had returned to her mother that morning after twenty-four days, so that the arrangement had not become private fostering; Child R was seen at the flat later that day and was well.',
      [c('family', 'out', 'home-visit')], ['other'], { dup: 'pfvisit' }),
    E('O-pfout', 'csc', day('the following day', '2023-06-09'),
      'The outcome was emailed to the health visitor and the personal adviser the following day.',
      [c('health-visiting', 'out', 'email')], [], { dup: 'pfout' }),
  ] },
  { num: '4.12', parts: [
    E('O-ed', 'ed', day('the evening of 19 June', '2023-06-19'),
      'On the evening of 19 June Ms T and Mr D brought Child R, then four months old, to the Children’s Emergency Department at Riverbend Royal Infirmary at 21:50, saying that she had ‘rolled off the changing mat’ on the sofa onto a laminate floor.',
      [c('family', 'in', 'attendance')], ['injury'], { time: '21:50', dup: 'ed' }),
    K('She had a small swelling and bruise above the right eyebrow; she was assessed by a junior doctor, observed for four hours and discharged home with head injury advice shortly after 02:00. The ED safeguarding checklist was marked ‘no concerns’, although a four-month-old who is ‘rolling off’ a changing mat should prompt professional curiosity, no referral was made to children’s social care and the child protection information system was not checked.'),
    E('O-ednotif', 'ed', day('Two days later', '2023-06-21'),
      'Two days later the paediatric liaison nurse sent the routine attendance notification to the health visitor and to the GP practice.',
      [c('health-visiting', 'out', 'notification'), c('gp', 'out', 'notification')], [], { dup: 'ednotif' }),
    E('O-hvfile', 'health-visiting', day('22 June', '2023-06-22'),
      'It was received by the health visiting team on 22 June and filed without any contact with the family.',
      [c('ed', 'in', 'notification')], [], { dup: 'hvfile' }),
  ] },
  { sub: 'Period 4: July 2023 to the index incident' },
  { num: '4.13', parts: [
    E('O-call', 'police', day('Saturday 15 July 2023', '2023-07-15'),
      'At 23:48 on Saturday 15 July 2023 a neighbour rang Avonmere Police on 101 to complain about loud music from Mr D’s flat and ‘a man shouting and a girl crying’.',
      [c('family', 'in', 'phone-call')], ['domestic-abuse'], { time: '23:48' }),
    E('O-attend', 'police', day('the following morning', '2023-07-16'),
      'Two officers attended at 00:20 the following morning; Mr D came to the door, said that he had ‘had a few mates round’, and agreed to turn the music down.',
      [c('family', 'out', 'other')], [], { time: '00:20', dup: 'attend' }),
    K('A baby could be heard crying inside, but the officers did not ask to see Ms T or the child, no checks were made on the occupants, and the call was closed as ‘ASB – noise, words of advice’ with no notification to children’s social care.'),
    E('O-hsg', 'housing', day('17 July', '2023-07-17'),
      'On 17 July Riverbend Homes received an email from the same neighbour complaining of ‘constant shouting, a girl crying and the baby screaming for ages’ over several nights.',
      [c('family', 'in', 'email')], ['domestic-abuse'], { dup: 'hsg' }),
    E('O-hsglet', 'housing', day('Three days later', '2023-07-20'),
      'Three days later the housing officer wrote to Mr D warning him that noise nuisance was a breach of his tenancy; the complaint was treated as a tenancy matter and was not shared with children’s social care.',
      [c('family', 'out', 'letter')], ['housing']),
  ] },
  { num: '4.14', parts: [
    E('O-pa27', 'csc', day('27 July', '2023-07-27'),
      'On 27 July the personal adviser visited; Mr D answered the door and said that Ms T was asleep, and the personal adviser left after a short conversation on the doorstep without seeing either Ms T or Child R.',
      [c('family', 'out', 'home-visit')], ['non-engagement']),
    E('O-paphone', 'csc', range('The following week', '2023-07-31', '2023-08-06', 'week'),
      'The following week the personal adviser telephoned Ms T, who said that everything was ‘fine’, and a visit was booked for 12 September.',
      [c('family', 'out', 'phone-call')]),
    E('O-hvaug', 'health-visiting', day('14 August', '2023-08-14'),
      'On 14 August the health visitor wrote to offer a combined review, but the letter had been sent to Larkspur House and was returned marked ‘not known at this address’; no further attempt was made to trace the family.',
      [c('family', 'attempted', 'letter')]),
  ] },
  { num: '4.15', parts: [
    E('O-999', 'ambulance', day('Saturday 9 September', '2023-09-09'),
      'At 07:12 on Saturday 9 September Mr D rang 999 to say that Child R was ‘floppy and not waking up properly’ after ‘rolling off the bed’, and a crew from Mid-Shires Ambulance Service NHS Trust arrived at 07:26 and conveyed her, drowsy and with a boggy swelling to the back of her head, to Riverbend Royal Infirmary.',
      [c('family', 'in', 'phone-call'), c('family', 'out', 'other')], ['injury'], { time: '07:12', dup: '999' }),
    E('O-ambref', 'ambulance', day('Later that morning', '2023-09-09'),
      'Later that morning, at 09:40, the crew submitted a safeguarding referral to the council’s Emergency Duty Team, noting that the account of a fall from a bed did not fit a seven-month-old who, according to her mother, was ‘not rolling yet’.',
      [c('csc', 'out', 'referral')], ['injury'], { time: '09:40' }),
    E('O-edref', 'ed', day('the same morning', '2023-09-09'),
      'At 10:15 the same morning, after a CT scan had shown bilateral subdural haematomas of different ages, the emergency department consultant referred Child R to the Emergency Duty Team and to the police.',
      [c('csc', 'out', 'referral'), c('police', 'out', 'referral')], ['injury'], { time: '10:15', dup: 'edref' }),
    E('O-strat', 'csc', day('That afternoon', '2023-09-09'),
      'That afternoon, at 14:00, a strategy discussion was held by video call, chaired by the Emergency Duty Team manager and attended by a detective sergeant from the police Child Abuse Investigation Team, the consultant paediatrician, the emergency department consultant, the named nurse for safeguarding from the 0–19 service, who brought the health visiting records, and the practice’s safeguarding lead GP.',
      [c('police', 'both', 'strategy-discussion'), c('paediatrics', 'both', 'strategy-discussion'), c('ed', 'both', 'strategy-discussion'), c('health-visiting', 'both', 'strategy-discussion'), c('gp', 'both', 'strategy-discussion')],
      ['injury'], { time: '14:00', dup: 'strat' }),
    K('It agreed a section 47 enquiry, a child protection medical and a joint police and social care investigation.'),
    E('O-arrest', 'police', day('That evening', '2023-09-09'),
      'That evening Mr D and Ms T were arrested by officers from the Child Abuse Investigation Team on suspicion of causing grievous bodily harm to Child R, who had by then been transferred to the paediatric intensive care unit at Kingsford Children’s Hospital, where retinal haemorrhages were found.',
      [c('family', 'out', 'other')], ['injury', 'criminality'], { dup: 'arrest' }),
    E('O-checks', 'police', day('Two days later', '2023-09-11'),
      'Two days later police checks showed that Mr D had convictions for assaults on two former partners and a domestic abuse marker from another force area, and this was shared with children’s social care the same day; none of it had been known to the social worker, the health visitor or the personal adviser.',
      [c('csc', 'out', 'information-share')], ['criminality', 'domestic-abuse'], { dup: 'checks' }),
  ] },
  { num: '4.16', commentary: 'Child R survived. She has continuing difficulties with her sight and her development and is cared for by foster carers under an interim care order. The criminal investigation is continuing.' },
];

// ================================================================ RAPID REVIEW (DOCX)
const rapid = [
  { title: 'Riverbend Safeguarding Children Partnership' },
  { title: 'Rapid Review – Child R' },
  { title: 'Summary of agency involvement, prepared for the rapid review meeting on 26 September 2023' },
  { commentary: 'This summary was compiled by the partnership business unit from the information returned by each agency. It is a summary, not a full chronology, and some details may change as the single-agency reviews are completed. Child R was seven months old when she was brought to hospital with a serious head injury; her mother, Ms T, is seventeen and a care leaver, and her mother’s partner, Mr D, is twenty-four.' },
  { heading: 'Children’s social care' },
  { parts: [
    E('R-screen1', 'csc', day('12 October 2022', '2022-10-12'),
      'A pre-birth referral from the community midwife was received by the First Contact Team on 12 October 2022 and passed for a pre-birth assessment.',
      [c('midwifery', 'in', 'referral')], [], { dup: 'screen1' }),
    E('R-close', 'csc', day('15 December 2022', '2022-12-15'),
      'The assessment was closed on 15 December 2022 with no further role for children’s social care; no checks were made about Mr D with the police or probation.',
      [], [], { dup: 'close' }),
  ] },
  { parts: [
    E('R-screen2', 'csc', day('12 May 2023', '2023-05-12'),
      'On 12 May 2023 the front door screened a referral from the health visitor about Ms T’s low mood and Mr D’s controlling behaviour, recorded it as a request for parenting support and stepped the case down to Early Help.',
      [c('health-visiting', 'in', 'referral'), c('early-help', 'out', 'referral')], ['parental-mental-health', 'domestic-abuse'], { dup: 'screen2' }),
    K('The outcome was not sent to the health visitor.'),
  ] },
  { parts: [
    E('R-pfvisit', 'csc', day('8 June', '2023-06-08'),
      'Following an email from the health visitor, a duty worker visited Mr D’s sister, Ms K, on 8 June to establish whether Child R was privately fostered, and found that she had returned home that day after twenty-four days.',
      [c('family', 'out', 'home-visit')], ['other'], { dup: 'pfvisit' }),
    E('R-pfout', 'csc', day('the next day', '2023-06-09'),
      'The outcome was shared with the health visitor and the personal adviser by email the next day.',
      [c('health-visiting', 'out', 'email')], [], { dup: 'pfout' }),
  ] },
  { parts: [
    E('R-edtref', 'csc', day('9 September 2023', '2023-09-09'),
      'On 9 September 2023 the Emergency Duty Team received referrals from the ambulance crew and from the emergency department consultant.',
      [c('ambulance', 'in', 'referral'), c('ed', 'in', 'referral')]),
    E('R-strat', 'csc', day('that afternoon', '2023-09-09'),
      'A strategy discussion followed that afternoon, attended by the police, the consultant paediatrician, the emergency department, the 0–19 service and the GP practice, and a section 47 enquiry was started.',
      [c('police', 'both', 'strategy-discussion'), c('paediatrics', 'both', 'strategy-discussion'), c('ed', 'both', 'strategy-discussion'), c('health-visiting', 'both', 'strategy-discussion'), c('gp', 'both', 'strategy-discussion')],
      [], { dup: 'strat' }),
  ] },
  { heading: 'Midwifery' },
  { parts: [
    E('R-mwref', 'midwifery', day('11 October 2022', '2022-10-11'),
      'Riverbend and Eastfield Hospitals NHS Trust’s maternity service made a pre-birth referral to children’s social care on 11 October 2022, five days after Ms T booked at around nineteen weeks.',
      [c('csc', 'out', 'referral')], [], { dup: 'mwref' }),
    E('R-pbmeet', 'midwifery', day('19 January 2023', '2023-01-19'),
      'A pre-birth planning meeting was convened by the specialist safeguarding midwife on 19 January 2023 with the community midwife and the personal adviser; the health visitor and the GP were not invited.',
      [c('csc', 'both', 'conference')], [], { dup: 'pbmeet' }),
    E('R-transfer', 'midwifery', day('14 February 2023', '2023-02-14'),
      'Care was transferred to health visiting on 14 February 2023; the transfer form did not include the pre-birth history or any information about Mr D.',
      [c('health-visiting', 'out', 'notification')], [], { dup: 'transfer' }),
  ] },
  { heading: 'Health visiting' },
  { parts: [
    E('R-hvan', 'health-visiting', day('17 January 2023', '2023-01-17'),
      'The 0–19 service (Riverbend Community Healthcare NHS Trust) attempted an antenatal visit on 17 January 2023, with no access.',
      [c('family', 'attempted', 'dna')], ['non-engagement'], { dup: 'hvan' }),
    E('R-na', 'health-visiting', day('22 March', '2023-03-22'),
      'The 6–8 week review was not achieved: there was no access on 22 March and Child R was not brought to the rebooked clinic appointment on 5 April.',
      [c('family', 'attempted', 'dna')], ['non-engagement'], { dup: 'na1' }),
    E('R-hvlet', 'health-visiting', day('12 April', '2023-04-12'),
      'A letter was sent on 12 April, and the missed contacts were not escalated to the GP or to children’s social care.',
      [c('family', 'out', 'letter')], ['non-engagement'], { dup: 'hvlet' }),
  ] },
  { parts: [
    E('R-hv10may', 'health-visiting', day('10 May 2023', '2023-05-10'),
      'HV2 visited on 10 May 2023, when Ms T disclosed low mood and said that Mr D checked her phone and kept her bank card.',
      [c('family', 'out', 'home-visit')], ['parental-mental-health', 'domestic-abuse'], { dup: 'hv10may' }),
    E('R-hvref', 'health-visiting', day('the next day', '2023-05-11'),
      'A referral to the front door followed the next day; HV2 heard nothing further and assumed that Early Help were involved.',
      [c('csc', 'out', 'referral')], [], { dup: 'hvref' }),
    E('R-pfemail', 'health-visiting', day('6 June', '2023-06-06'),
      'On 6 June HV2 emailed the front door to ask whether Child R, who had been staying with Mr D’s sister, was privately fostered.',
      [c('csc', 'out', 'email')], ['other'], { dup: 'pfemail' }),
  ] },
  { parts: [
    E('R-hvfile', 'health-visiting', day('22 June', '2023-06-22'),
      'The emergency department’s notification of Child R’s head injury was received on 22 June and filed; no contact was made with the family to discuss it.',
      [c('ed', 'in', 'notification')], ['injury'], { dup: 'hvfile' }),
  ] },
  { heading: 'General practice' },
  { parts: [
    E('R-gpeye', 'gp', day('18 April 2023', '2023-04-18'),
      'Canal Street Medical Practice saw Child R on 18 April 2023 with a sticky eye; the locum GP recorded a small bruise to the left cheek, attributed by Ms T to her own fingernail, and did not recognise it as a safeguarding concern in a non-mobile baby.',
      [c('family', 'in', 'attendance')], ['injury'], { dup: 'gpeye' }),
    E('R-gpcode', 'gp', day('26 June', '2023-06-26'),
      'The emergency department discharge letter was coded by administrative staff on 26 June without review by a GP.',
      [c('ed', 'in', 'notification')]),
  ] },
  { heading: 'Emergency department' },
  { parts: [
    E('R-ed', 'ed', range('19/20 June 2023', '2023-06-19', '2023-06-20'),
      'Child R attended the Children’s Emergency Department on 19/20 June 2023, aged four months, after a reported fall from a changing mat, with bruising and swelling above the right eye, and was discharged after four hours’ observation without a safeguarding referral.',
      [c('family', 'in', 'attendance')], ['injury'], { dup: 'ed' }),
    E('R-ednotif', 'ed', day('21 June', '2023-06-21'),
      'A routine attendance notification was sent to the health visitor and the GP on 21 June.',
      [c('health-visiting', 'out', 'notification'), c('gp', 'out', 'notification')], [], { dup: 'ednotif' }),
  ] },
  { parts: [
    E('R-edref', 'ed', day('9 September 2023', '2023-09-09'),
      'On 9 September 2023, after a CT scan showed subdural haematomas, the ED consultant referred Child R to the Emergency Duty Team and the police at 10:15.',
      [c('csc', 'out', 'referral'), c('police', 'out', 'referral')], ['injury'], { time: '10:15', dup: 'edref' }),
  ] },
  { heading: 'Ambulance service' },
  { parts: [
    E('R-999', 'ambulance', day('9 September 2023', '2023-09-09'),
      'Mid-Shires Ambulance Service received a 999 call from Mr D at 07:12 on 9 September 2023; the crew found Child R drowsy with a swelling to the back of her head, conveyed her to Riverbend Royal Infirmary and made a safeguarding referral to the Emergency Duty Team.',
      [c('family', 'in', 'phone-call'), c('family', 'out', 'other'), c('csc', 'out', 'referral')], ['injury'], { time: '07:12', dup: '999' }),
  ] },
  { heading: 'Police' },
  { parts: [
    E('R-attend', 'police', day('16 July 2023', '2023-07-16'),
      'Avonmere Police attended Mr D’s flat at 00:20 on 16 July 2023 following a neighbour’s complaint about loud music late the previous evening; officers spoke to Mr D at the door, heard a baby crying, and closed the call as noise nuisance without seeing the child, making checks or notifying children’s social care.',
      [c('family', 'out', 'other')], [], { time: '00:20', dup: 'attend' }),
  ] },
  { parts: [
    E('R-arrest', 'police', day('the evening of 9 September 2023', '2023-09-09'),
      'Mr D and Ms T were arrested on the evening of 9 September 2023 on suspicion of causing grievous bodily harm to Child R.',
      [c('family', 'out', 'other')], ['injury', 'criminality'], { dup: 'arrest' }),
    E('R-checks', 'police', day('11 September', '2023-09-11'),
      'Checks completed on 11 September showed that Mr D had convictions for assaults on two former partners; this had not been known to any other agency working with the family.',
      [], ['criminality', 'domestic-abuse'], { dup: 'checks' }),
  ] },
  { heading: 'Probation' },
  { commentary: 'Mr D was subject to a community order for assault by beating of a former partner, supervised by the Probation Service’s Riverbend delivery unit.' },
  { parts: [
    E('R-prob', 'probation', day('2 November 2022', '2022-11-02'),
      'At a supervision appointment on 2 November 2022 Mr D told his probation practitioner that his new girlfriend was pregnant; no domestic abuse and safeguarding enquiry was made with children’s social care.',
      [c('family', 'in', 'attendance')], ['criminality'], { dup: 'prob' }),
    E('R-probend', 'probation', day('18 April 2023', '2023-04-18'),
      'The order ended on 18 April 2023 and the termination report made no reference to the baby.',
      [], ['criminality']),
  ] },
  { heading: 'Housing' },
  { parts: [
    E('R-hsg', 'housing', day('17 July 2023', '2023-07-17'),
      'Riverbend Homes received an email complaint from a neighbour on 17 July 2023 about shouting, a young woman crying and a baby screaming at Mr D’s flat, and a tenancy warning letter was sent to Mr D three days later; no safeguarding concern was raised.',
      [c('family', 'in', 'email'), c('family', 'out', 'letter')], ['domestic-abuse', 'housing'], { dup: 'hsg' }),
  ] },
  { heading: 'Early Help' },
  { parts: [
    E('R-eh', 'early-help', month('May 2023', '2023-05'),
      'Northside Family Hub has no record of receiving a step-down referral for Ms T or Child R in May 2023, or at any other time, and the family were not known to Early Help.',
      []),
  ] },
];

// ================================================================ LEARNING BRIEFING (TXT)
const briefing = [
  { title: 'RIVERBEND SAFEGUARDING CHILDREN PARTNERSHIP' },
  { title: '7-MINUTE BRIEFING: CHILD R (CHILD SAFEGUARDING PRACTICE REVIEW)' },
  { title: 'For: everyone working with babies, young parents and care leavers. Please use this in team meetings and supervision.' },
  { heading: '1. WHY THIS BRIEFING' },
  { parts: [
    E('B-admit', 'ed', day('9 September 2023', '2023-09-09'),
      'On 9 September 2023 Child R, a seven-month-old girl, was brought by ambulance to the emergency department at Riverbend Royal Infirmary with bleeding on the brain and behind the eyes.',
      [c('family', 'in', 'attendance')], ['injury']),
    K("Doctors believe her injuries were inflicted. Her mother, Ms T, was 17 and a care leaver; her mother's partner, Mr D, was 24."),
  ] },
  { heading: '2. THE STORY IN BRIEF' },
  { parts: [
    E('B-mwref', 'midwifery', month('In October 2022', '2022-10'),
      'In October 2022 the midwife who booked Ms T\'s pregnancy made a prompt, clear referral to children\'s social care, setting out her age, her care history and her much older partner.',
      [c('csc', 'out', 'referral')], [], { dup: 'mwref' }),
    E('B-close', 'csc', month('in December', '2022-12'),
      'The pre-birth assessment that followed was closed in December without anyone meeting Mr D or checking his background with the police.',
      [], [], { dup: 'close' }),
    E('B-pbmeet', 'midwifery', month('In January 2023', '2023-01'),
      'In January 2023 the maternity safeguarding team held a planning meeting with the personal adviser that did not include the health visitor or the GP.',
      [c('csc', 'both', 'conference')], [], { dup: 'pbmeet' }),
  ] },
  { parts: [
    E('B-na', 'health-visiting', range('Between March and April', '2023-03-01', '2023-04-30'),
      'Between March and April two health visiting reviews were missed, and the family dropped out of the service\'s sight for more than a month.',
      [c('family', 'attempted', 'dna')], ['non-engagement']),
    E('B-gpeye', 'gp', day('18 April', '2023-04-18'),
      'On 18 April, when Child R was ten weeks old, a GP saw her for a sticky eye and noted a bruise on her cheek, which was accepted as accidental.',
      [c('family', 'in', 'attendance')], ['injury'], { dup: 'gpeye' }),
    E('B-hvref', 'health-visiting', month('In May', '2023-05'),
      'In May the health visitor referred her worries about Mr D\'s controlling behaviour to the front door, but the referral was recorded as a request for parenting support and stepped down to an Early Help service that never received it.',
      [c('csc', 'out', 'referral')], ['domestic-abuse'], { dup: 'hvref' }),
    E('B-pfout', 'csc', month('In June', '2023-06'),
      'In June the front door answered the health visitor\'s question about private fostering within three days and told both her and the personal adviser what it had found.',
      [c('health-visiting', 'out', 'email')], ['other'], { dup: 'pfout' }),
  ] },
  { parts: [
    E('B-ed', 'ed', day('19 June', '2023-06-19'),
      'On 19 June Child R, then four months old, was brought to the emergency department after a reported fall from a changing mat and was sent home with head injury advice.',
      [c('family', 'in', 'attendance')], ['injury'], { dup: 'ed' }),
    E('B-attend', 'police', day('16 July', '2023-07-16'),
      'On 16 July police officers called to a late-night noise complaint at the flat heard a baby crying but did not ask to see her or her mother.',
      [c('family', 'out', 'other')], [], { dup: 'attend' }),
    E('B-hsg', 'housing', day('The next day', '2023-07-17'),
      'The next day the landlord received an email from the same neighbour about shouting and a baby \'screaming for ages\', and treated it as a tenancy matter.',
      [c('family', 'in', 'email')], ['domestic-abuse'], { dup: 'hsg' }),
  ] },
  { commentary: 'Mr D, it later emerged, had convictions for violence against two former partners. Nobody working with Ms T knew, because nobody asked.' },
  { heading: '3. WHAT WE FOUND' },
  { commentary: 'Each contact was handled as a small, separate matter: a closed assessment, a missed review, a sticky eye, a bump on the head, a noisy party. No single professional saw the bruise, the fall, the missed reviews and the partner\'s behaviour together, and the people who held pieces of the picture did not pass them on.' },
  { commentary: 'Ms T was herself a child and a care leaver. Professionals described her as "mature" and her partner as "supportive" without ever meeting him or checking who he was. The man in the household was invisible.' },
  { heading: '4. WHY IT MATTERS' },
  { commentary: 'A bruise on a baby who is not yet mobile is never a minor finding. National learning, and our own bruising protocol, say that any bruise in a non-mobile baby needs a referral to children\'s social care and a paediatric assessment, whatever the explanation.' },
  { heading: '5. WHAT GOOD LOOKED LIKE' },
  { commentary: 'The midwife\'s referral was timely and clear. The health visitor\'s referral described coercive and controlling behaviour in plain words. The front door\'s response to the private fostering question was quick, child-focused and fed back to everyone who needed to know.' },
  { heading: '6. WHAT WE ARE CHANGING' },
  { commentary: 'Pre-birth assessments will not be closed until every adult in the household has been seen and police and probation checks have been completed. The front door will send the outcome of every professional referral to the referrer. Step-down referrals will be confirmed as received. Housing and police call handlers will be reminded to ask whether a child lives at an address.' },
  { heading: '7. QUESTIONS FOR YOUR TEAM' },
  { commentary: '- Who is the man in the house, and what do we know about him?\n- When a baby is not brought, who else needs to know?\n- Do I know the outcome of the last referral I made?\n- Have I read the bruising protocol? Could I find it now?\n- Working Together to Safeguard Children 2023 expects practitioners to share information without waiting to be asked: do I?' },
];

// ================================================================ FAMILY ACCOUNT (TXT)
const family = [
  { title: 'CHILD R CSPR - ACCOUNT OF THE MATERNAL GRANDMOTHER (MGM)' },
  { title: 'Given to the lead reviewer at MGM\'s home and written up from the reviewer\'s notes. Agreed with MGM. Names have been replaced with initials in square brackets.' },
  { commentary: 'I\'m [T]\'s mum. She went into care when she was twelve and we didn\'t speak for a long time, but we had started talking again before she got pregnant.' },
  { parts: [
    E('F-xmas', 'family', range('About a week before Christmas', '2022-12-15', '2022-12-21', 'range', { uncertain: true }),
      'About a week before Christmas she rang me and said she was moving in with [D], and I said, you\'ve only known him five minutes.'),
  ] },
  { parts: [
    E('F-jan', 'family', month('January I think', '2023-01', { uncertain: true }),
      'In the new year, January I think, I went round to the flat and met him for the first time, and he did all the talking while she kept looking at him before she said anything.',
      [], ['domestic-abuse']),
  ] },
  { parts: [
    E('F-spring', 'family', range('In the spring', '2023-03-01', '2023-05-31', 'season'),
      'In the spring I saw a mark on the baby\'s cheek, like a little bruise, and she said [R] had scratched herself.',
      [], ['injury']),
    E('F-easter', 'family', range('Around Easter', '2023-04-02', '2023-04-16', 'range', { uncertain: true }),
      'Around Easter I rang the number for the health visitor from the red book because I was worried, but it went to an answerphone and I didn\'t leave a message, which I wish I had.',
      [c('health-visiting', 'attempted', 'phone-call')]),
  ] },
  { parts: [
    E('F-june', 'family', month('one night in June', '2023-06'),
      'Then one night in June she phoned me from the hospital because the baby had rolled off the changing mat, she said, and had a lump on her head, and they were sending her home.',
      [], ['injury']),
  ] },
  { parts: [
    E('F-bh', 'family', range('The August bank holiday weekend', '2023-08-26', '2023-08-28'),
      'The August bank holiday weekend I went round with a present and he wouldn\'t open the door; he spoke to me through the letterbox and said they were all asleep.'),
  ] },
  { commentary: 'Nobody ever asked me anything. Not the social worker, not the health visitor, not the lady from leaving care. I could have told them he wasn\'t right for her.' },
  { parts: [
    E('F-police', 'family', day('the Saturday it happened', '2023-09-09'),
      'On the Saturday it happened a police officer rang me at about dinner time to say the baby was in Kingsford and they were both under arrest.',
      [c('police', 'in', 'phone-call')], ['criminality']),
  ] },
];

// ================================================================ build entries / refs
const FILES = [
  { file: 'overview-report-narrative.pdf', agency: 'mixed', format: 'pdf', blocks: overview },
  { file: 'rapid-review-summary.docx', agency: 'mixed', format: 'docx', blocks: rapid },
  { file: 'learning-briefing.txt', agency: 'mixed', format: 'txt', blocks: briefing },
  { file: 'family-account.txt', agency: 'family', format: 'txt', blocks: family },
];

const entries = [];
const byId = {};
FILES.forEach((f, fi) => {
  let n = 0;
  for (const b of f.blocks) {
    if (!b.parts) continue;
    if (b.parts[0].cont) throw new Error('paragraph starts with continuation: ' + b.parts[0].cont);
    let cur = null;
    b.paraText = b.parts.map((p) => p.text || p.cont).join(' ');
    for (const p of b.parts) {
      if (p.cont) { cur.text += ' ' + p.cont; continue; }
      n++;
      if (!p.text.includes(p.date.raw)) throw new Error(`raw date not in text: ${p.e} ${p.date.raw}`);
      if (p.time && !p.text.includes(p.time)) throw new Error(`time not in text: ${p.e}`);
      cur = {
        id: p.e, fileIndex: fi, ord: n, ref: `${f.file}#${n}`, agency: p.agency, date: p.date,
        time: p.time || null, text: p.text, contacts: p.contacts, concerns: p.concerns, dup: p.dup,
      };
      if (byId[p.e]) throw new Error('dup id ' + p.e);
      byId[p.e] = cur;
      entries.push(cur);
    }
  }
});
const R = (id) => { if (!byId[id]) throw new Error('unknown id ' + id); return byId[id].ref; };

// duplicates: root = earliest date.earliest, then file order, then ordinal
const groups = {};
for (const e of entries) if (e.dup) (groups[e.dup] ||= []).push(e);
const duplicates = [];
for (const [k, g] of Object.entries(groups)) {
  if (g.length < 2) throw new Error('singleton dup group ' + k);
  g.sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.fileIndex - b.fileIndex || a.ord - b.ord);
  for (const e of g.slice(1)) e.duplicateOf = g[0].ref;
  duplicates.push(g.map((e) => e.ref));
}

// ================================================================ gaps / decoys
const gaps = [
  { id: 'RB-G01', code: 'G7', from: 'csc', to: ['police', 'probation'],
    anchors: ['O-pa1', 'O-close', 'R-close', 'B-close', 'O-screen2'],
    note: 'Children\'s social care never checked who Mr D was: the pre-birth assessment was closed without police or probation checks on a 24-year-old partner who was never seen, although the personal adviser had been told he had been "in trouble with the police"; the May referral was again screened without checks on him. Police held convictions for assaults on two former partners and probation was supervising him for one.' },
  { id: 'RB-G02', code: 'G1', from: 'probation', to: ['csc'],
    anchors: ['O-prob', 'R-prob', 'R-probend'],
    note: 'Probation knew from November 2022 that Mr D, on a community order for assaulting a former partner, had a pregnant girlfriend, but made no domestic abuse and safeguarding enquiry with children\'s social care and did not share the information.' },
  { id: 'RB-G03', code: 'G6', from: 'midwifery', to: ['health-visiting', 'gp'],
    anchors: ['O-pbmeet', 'R-pbmeet', 'B-pbmeet'],
    note: 'The January pre-birth planning meeting was held by maternity with the personal adviser only; the health visitor and the GP, who would carry the case after birth, were not invited and the plan ("HV to be made aware of partner") was never sent to them.' },
  { id: 'RB-G04', code: 'G5', alsoAcceptable: ['G1', 'G9'], from: 'midwifery', to: ['health-visiting'],
    anchors: ['O-transfer', 'R-transfer', 'O-nbv'],
    note: 'The midwifery-to-health-visiting transfer was partial: it recorded "CSC PBA – closed, no concerns" and left out Mr D, the planning meeting and its plan, so the health visitor placed the family on the universal pathway unaware of the history.' },
  { id: 'RB-G05', code: 'G8', from: 'health-visiting', to: ['csc', 'gp'],
    anchors: ['O-hvan', 'O-na1', 'O-na2', 'O-hvlet', 'R-hvan', 'R-na', 'R-hvlet', 'B-na', 'O-gp8'],
    note: 'A no-access antenatal visit, a no-access 6–8 week review and a was-not-brought clinic appointment for a baby of a 17-year-old care leaver were followed only by a letter; they were not escalated to the GP (who saw the baby a week later unaware), the personal adviser or children\'s social care.' },
  { id: 'RB-G06', code: 'G1', from: 'gp', to: ['csc', 'health-visiting'],
    anchors: ['O-gpeye', 'R-gpeye', 'B-gpeye'],
    note: 'The locum GP recorded a bruise on the cheek of a ten-week-old, non-mobile baby at a sticky-eye appointment and accepted the explanation; no referral to children\'s social care under the bruising protocol and nothing to the health visitor.' },
  { id: 'RB-G07', code: 'G10', alsoAcceptable: ['G3'], from: 'health-visiting', to: ['csc'],
    anchors: ['O-hvref', 'O-screen2', 'R-screen2', 'R-hvref', 'B-hvref'],
    note: 'The health visitor\'s May referral described low mood and controlling behaviour by Mr D (phone checking, keeping her bank card) and asked for a social work assessment; the front door recorded it as "young mum – requesting parenting support" and stepped it down.' },
  { id: 'RB-G08', code: 'G4', from: 'csc', to: ['health-visiting'],
    anchors: ['O-screen2', 'R-screen2', 'R-hvref'],
    note: 'The health visitor was never told the outcome of her May referral and assumed Early Help were involved.' },
  { id: 'RB-G09', code: 'G2', from: 'csc', to: ['early-help'],
    anchors: ['O-screen2', 'R-screen2', 'R-eh', 'B-hvref'],
    note: 'The step-down referral to Northside Family Hub is recorded as sent by the front door but Early Help has no record of receiving it; no one noticed it had not arrived.' },
  { id: 'RB-G10', code: 'G1', from: 'ed', to: ['csc'],
    anchors: ['O-ed', 'R-ed', 'B-ed'],
    note: 'A four-month-old with a bruise and swelling after a reported roll off a changing mat was discharged with the safeguarding checklist marked "no concerns"; no referral to children\'s social care and CP-IS not checked.' },
  { id: 'RB-G11', code: 'G3', from: 'ed', to: ['health-visiting', 'gp'],
    anchors: ['O-ednotif', 'O-hvfile', 'R-hvfile', 'R-gpcode', 'R-ednotif'],
    note: 'The ED attendance notification reached the health visiting team and the GP practice but was filed by health visiting without contacting the family and coded by GP administrative staff without GP review.' },
  { id: 'RB-G12', code: 'G1', alsoAcceptable: ['G7'], from: 'police', to: ['csc'],
    anchors: ['O-call', 'O-attend', 'R-attend', 'B-attend'],
    note: 'Police attending a late-night call about shouting and a girl crying heard a baby inside but did not see the child or Ms T, made no checks on the occupants (which would have shown Mr D\'s DA history) and sent no notification to children\'s social care.' },
  { id: 'RB-G13', code: 'G1', from: 'housing', to: ['csc'],
    anchors: ['O-hsg', 'O-hsglet', 'R-hsg', 'B-hsg'],
    note: 'Riverbend Homes received a neighbour\'s report of constant shouting, a girl crying and a baby screaming over several nights and dealt with it only as a tenancy breach; no safeguarding concern was raised with children\'s social care.' },
];
const decoys = [
  { id: 'RB-D01', looksLike: ['G3', 'G4'], refs: ['O-pfemail', 'O-pfcall', 'O-pfvisit', 'O-pfout', 'R-pfemail', 'R-pfvisit', 'R-pfout', 'B-pfout'],
    note: 'The health visitor\'s private fostering question was received, acted on the next day (call, visit to Ms K, baby seen) and the outcome was emailed back to the health visitor and the personal adviser within three days; the arrangement had lasted 24 days, under the 28-day threshold.' },
  { id: 'RB-D02', looksLike: ['G2', 'G3'], refs: ['O-mwref', 'O-screen1', 'R-screen1', 'R-mwref', 'B-mwref'],
    note: 'The midwife\'s pre-birth referral was received and screened the next day and a pre-birth assessment was allocated; the failing lay in the assessment\'s content (RB-G01), not in receipt or action.' },
  { id: 'RB-D03', looksLike: ['G6'], refs: ['O-strat', 'R-strat'],
    note: 'The strategy discussion on 9 September included police, paediatrics, ED, the 0–19 service and the GP practice, i.e. every agency then involved with the child.' },
];
const mapRefs = (ids) => ids.map(R);

// ================================================================ write files
const stripForTxt = (s) => s;

// --- overview PDF (via docx)
async function writeOverview() {
  const children = [];
  for (const b of overview) {
    if (b.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { after: 160 }, children: [new TextRun({ text: b.heading, bold: true, size: 28, font: 'Arial' })] }));
    else if (b.sub) children.push(new Paragraph({ spacing: { before: 200, after: 120 }, keepNext: true, children: [new TextRun({ text: b.sub, bold: true, size: 23, font: 'Arial' })] }));
    else {
      const text = b.commentary || b.paraText;
      children.push(new Paragraph({
        spacing: { after: 140, line: 264 }, alignment: AlignmentType.JUSTIFIED,
        indent: { left: 680, hanging: 680 }, tabStops: [{ type: TabStopType.LEFT, position: 680 }],
        children: [new TextRun({ text: b.num, font: 'Arial', size: 21 }), new TextRun({ text: '\t' + text, font: 'Arial', size: 21 })],
      }));
    }
  }
  const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Riverbend Safeguarding Children Partnership  |  CSPR Child R  |  Overview Report – FINAL', size: 16, font: 'Arial', color: '555555' })] })] });
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
    new TextRun({ text: 'OFFICIAL – SENSITIVE     Page ', size: 16, font: 'Arial' }),
    new TextRun({ children: [PageNumber.CURRENT], size: 16, font: 'Arial' }),
    new TextRun({ text: ' of ', size: 16, font: 'Arial' }),
    new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, font: 'Arial' }),
  ] })] });
  const doc = new Document({ sections: [{ properties: { page: { margin: { top: 1200, bottom: 1100, left: 1200, right: 1200 } } }, headers: { default: header }, footers: { default: footer }, children }] });
  const tmp = fs.mkdtempSync('/tmp/rb-');
  const p = path.join(tmp, 'overview-report-narrative.docx');
  fs.writeFileSync(p, await Packer.toBuffer(doc));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, p], { stdio: 'ignore' });
}

async function writeRapid() {
  const children = [];
  for (const b of rapid) {
    if (b.title) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [new TextRun({ text: b.title, bold: true, size: 26, font: 'Calibri' })] }));
    else if (b.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 100 }, children: [new TextRun({ text: b.heading })] }));
    else children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.commentary || b.paraText, size: 22, font: 'Calibri' })] }));
  }
  const doc = new Document({ sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, 'rapid-review-summary.docx'), await Packer.toBuffer(doc));
}

function wrap(s, w = 78) {
  return s.split('\n').map((line) => {
    const words = line.split(' ');
    const out = []; let cur = '';
    for (const wd of words) { if ((cur + ' ' + wd).trim().length > w) { out.push(cur); cur = wd; } else cur = (cur ? cur + ' ' : '') + wd; }
    if (cur) out.push(cur);
    return out.join('\n');
  }).join('\n');
}
function writeTxt(blocks, file) {
  const out = [];
  for (const b of blocks) {
    if (b.title) out.push(b.title);
    else if (b.heading) out.push('', b.heading);
    else out.push('', wrap(b.commentary || b.paraText));
  }
  fs.writeFileSync(path.join(OUT, file), out.join('\n').replace(/^\n/, '') + '\n');
}

await writeOverview();
await writeRapid();
// txt files: plain ASCII quotes
for (const b of [...briefing, ...family]) if (b.title) b.title = b.title;
writeTxt(briefing, 'learning-briefing.txt');
// blank line after the title block of the briefing
writeTxt(family, 'family-account.txt');

// ================================================================ gold
const gold = {
  case: CASE,
  title: 'Child R: serious head injury to a seven-month-old baby of a 17-year-old care leaver (Riverbend)',
  reviewType: 'cspr',
  reviewPeriod: { from: '2022-10-01', to: '2023-09-12' },
  conventions: {
    frontDoor: 'Riverbend has no MASH. The "front door" is Riverbend Children\'s Services\' First Contact Team (csc); the Emergency Duty Team, the Referral and Assessment Team, the duty worker and the Leaving Care Service personal adviser are all csc, so contacts between them are internal.',
    housing: 'Larkspur House (Beacon Housing Group supported accommodation) and Riverbend Homes (landlord of Mr D\'s flat) are housing.',
    earlyHelp: 'Northside Family Hub is early-help.',
    health: 'Children\'s ED and its paediatric liaison nurse are ed; the consultant paediatrician and Kingsford Children\'s Hospital PICU are paediatrics; the 0–19 service, HV1/HV2 and its named nurse for safeguarding are health-visiting; Canal Street Medical Practice (locum GP, safeguarding lead GP, administrative staff) is gp; Mid-Shires Ambulance Service is ambulance; Avonmere Police (incl. CAIT) is police.',
    entrySplitting: 'Prose: a sentence that opens or contains a new date (explicit, relative, or a relative time-of-day phrase such as "That afternoon", "That evening", "Later that morning", "The same day") starts an entry; the entry takes the same date as the event it is relative to. A sentence that mentions two dates is one entry, dated by its first (leading) date. Back-references ("the May referral", "the April letter", "the week before" inside a sentence) start nothing. Undated paragraphs (background, commentary, the briefing\'s findings and questions) are not entries. Title lines, headings, page headers/footers and paragraph numbers (4.1 …) are not entries.',
    dates: 'Years inferred from the surrounding entries. "19/20 June 2023" is a range 19–20 June (attendance spanning midnight). "The following week" after Thu 27 July 2023 = Mon 31 July – Sun 6 Aug. "Around Easter" (Easter Sunday 9 April 2023) = 2–16 April, uncertain. "About a week before Christmas" = 15–21 Dec 2022, uncertain. "The August bank holiday weekend" = Sat 26 – Mon 28 Aug 2023. "The Saturday it happened" = 9 Sept 2023.',
    family: 'The grandmother\'s account is agency family; family-to-family events (calls and visits between relatives) carry no contacts; her call to the health visitor\'s number and the police call to her are contacts with health-visiting and police.',
    duplicates: 'The overview, rapid review summary and learning briefing retell the same events, so most key events form duplicate groups across files. duplicateOf points at the member with the earliest date.earliest, then file order, then ordinal (so a month-precision retelling such as "In October 2022" can be the root). A sender\'s record of a referral/notification and the receiver\'s record of receiving or screening it are not duplicates.',
    arrestsAndAttendance: 'Officers or a crew attending the address and an arrest are contacts with family (out, other). A birth on the maternity unit and ED attendances are family (in, attendance).',
  },
  files: FILES.map(({ file, agency, format }) => ({ file, agency, format })),
  entries: entries.map((e) => {
    const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time, text: e.text, contacts: e.contacts, concerns: e.concerns };
    if (e.duplicateOf) o.duplicateOf = e.duplicateOf;
    return o;
  }),
  gaps: gaps.map((g) => ({ id: g.id, code: g.code, ...(g.alsoAcceptable ? { alsoAcceptable: g.alsoAcceptable } : {}), from: g.from, to: g.to, anchors: mapRefs(g.anchors), note: g.note })),
  duplicates,
  decoys: decoys.map((d) => ({ id: d.id, looksLike: d.looksLike, refs: mapRefs(d.refs), note: d.note })),
};
fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// ================================================================ README
const perFile = FILES.map((f) => `- \`${f.file}\` (${f.format}): ${entries.filter((e) => e.fileIndex === FILES.indexOf(f)).length} entries`).join('\n');
const codeCount = {};
gaps.forEach((g) => { codeCount[g.code] = (codeCount[g.code] || 0) + 1; });
const readme = `# ${CASE}: CSPR Child R (Riverbend)

Invented child safeguarding practice review material from the fictional
Riverbend Safeguarding Children Partnership (a Midlands-style unitary council).
Everything here is invented. Written from \`/work/blind/generators/${CASE}.mjs\`.

## The case
- **Child R**, girl, born 4 February 2023; on 9 September 2023, aged seven
  months, brought to Riverbend Royal Infirmary with bilateral subdural
  haematomas and retinal haemorrhages (inflicted injury suspected).
- **Ms T**, mother, 17, looked after since age 12, a care leaver with a personal
  adviser from the council's Leaving Care Service; lived at Larkspur House
  (supported accommodation) and increasingly at Mr D's flat.
- **Mr D**, Ms T's partner (not Child R's father), 24; convictions for assaults
  on two former partners and on a probation community order until April 2023,
  none of it known to children's social care, health visiting or the PA.
- **MGM**, Ms T's mother; **Ms K**, Mr D's sister, who cared for Child R for 24
  days in May–June 2023 (private fostering question).
- Review period: 1 October 2022 (booking) to 12 September 2023.

## What went wrong (as the records show it)
Pre-birth assessment closed without Mr D being seen or checked; probation knew
of the pregnancy and made no safeguarding enquiry; maternity's pre-birth
planning meeting left out the HV and GP and the transfer to HV omitted the
history; missed HV contacts not escalated; a bruise on a non-mobile 10-week-old
seen by a locum GP at a "sticky eye" appointment and not referred; the HV's May
referral about controlling behaviour misread as a parenting-support request,
no feedback, and the step-down to Early Help never arrived; an ED attendance
for a "fall from a changing mat" not referred and the notification filed by HV
and GP; police attended a noise call and did not check on the baby; the
landlord treated a neighbour's report of shouting and a screaming baby as a
tenancy matter. Decoys: the private fostering query (answered well), the
midwife's pre-birth referral (received and acted on) and the post-incident
strategy discussion (all involved agencies present).

## Files (all prose; no agency tables)
${perFile}

- \`overview-report-narrative.pdf\`: Section 4 of the overview report, numbered
  paragraphs (4.1–4.16) under period headings, running header and "Page X of Y"
  footer; made from a .docx via LibreOffice.
- \`rapid-review-summary.docx\`: the rapid review's summary of agency
  involvement, prose under one heading per agency.
- \`learning-briefing.txt\`: a 7-minute briefing; section 2 retells the key
  episodes, the other sections are undated commentary.
- \`family-account.txt\`: the maternal grandmother's first-person account with
  vague dates.

Total entries: ${entries.length}. Gaps: ${gaps.length} (${Object.entries(codeCount).map(([k, v]) => `${k}×${v}`).join(', ')}). Decoys: ${decoys.length}. Duplicate groups: ${duplicates.length}.

## Case-specific conventions
${Object.entries(gold.conventions).map(([k, v]) => `- **${k}**: ${v}`).join('\n')}
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme);

console.log(`entries: ${entries.length}`);
FILES.forEach((f, i) => console.log(f.file, entries.filter((e) => e.fileIndex === i).length));
console.log('gaps', gaps.length, codeCount, 'dup groups', duplicates.length);
