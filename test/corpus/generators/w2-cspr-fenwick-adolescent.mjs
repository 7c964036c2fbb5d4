// Generator for invented CSPR case w2-cspr-fenwick-adolescent ("Fenwick Cross", Child I).
// Writes the agency files, gold.json and README.md from one source of truth.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { execSync } from 'child_process';
const require = createRequire('/work/blind/tools/package.json');
const docx = require('docx');
const ExcelJS = require('exceljs');

const CASE = 'w2-cspr-fenwick-adolescent';
const OUT = `/work/blind/${CASE}`;
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
const day = (raw, iso, opt = {}) => ({ raw, earliest: iso, latest: iso, precision: 'day', uncertain: false, ...opt });
const C = (w, d, t) => ({ with: w, direction: d, type: t });
const dmy = (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; };
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const emis = (iso) => { const [y, m, d] = iso.split('-'); return `${d}-${MON[+m - 1]}-${y}`; };

const FILES = [
  { file: 'school-safeguarding-log.csv', agency: 'school', format: 'csv' },
  { file: 'camhs-record.xlsx', agency: 'camhs', format: 'xlsx' },
  { file: 'gp-record.docx', agency: 'gp', format: 'docx' },
  { file: 'ed-attendances.tsv', agency: 'ed', format: 'tsv' },
  { file: 'police-and-csc.pdf', agency: 'mixed', format: 'pdf' },
];
const entries = []; // gold entries in file order, each with key
const addEntry = (file, key, e) => { entries.push({ file, key, ...e }); };

// =====================================================================
// 1. SCHOOL SAFEGUARDING LOG (CSV export, CPOMS-style)
// =====================================================================
const S = [
  { key: 's1', iso: '2023-09-07', time: '08:50', cat: 'Self-harm', by: 'TBr',
    desc: `During registration I noticed several thin red scratches across I's left forearm when she pushed her sleeves up to write. Some looked fresh. I asked quietly if she was OK and she said "it's nothing, it's the cat, honestly Miss, don't make it a thing". She pulled her sleeves down straight away and was quiet for the rest of registration. She has seemed tired and withdrawn since the start of term.`,
    action: `Passed to LMc (Pastoral Lead Y11) via CPOMS.`, linked: '',
    contacts: [], concerns: ['injury'] },
  { key: 's2', iso: '2023-09-12', time: '13:15', cat: 'Self-harm', by: 'LMc',
    desc: `Met with I in the pastoral base period 4 following TBr's log. I was tearful at first but then talked quite openly. She showed me her arm and said "I've been doing it since the summer, it's not like I want to die or anything, it just makes everything go quiet for a bit". She said she uses a pencil sharpener blade and keeps it in her pencil case. I asked about home and she said things were "rubbish at the moment" and "Dad gets loud when he's had a drink and Mum just goes to bed, so I go to my room". She said she had not told anyone else.`,
    action: `Blade handed over by I and disposed of. Phoned mum 15:40 - mum aware of "some scratching" and will make a GP appointment. School nurse drop-in info given to I. DSL alerted on CPOMS.`, linked: '',
    cont: { desc: `(cont.) I also said her brother (Y7) "hides in his room when Dad's like that, he's only little".` },
    contacts: [C('family', 'out', 'phone-call')], concerns: ['injury', 'substance-misuse'] },
  { key: 's3', iso: '2023-09-28', time: '11:05', cat: 'Online safety', by: 'LMc',
    desc: `Student X came to see me at break, worried about I. X said "I is talking to some older guy on Snapchat, he sends her money for pictures, she showed us a £20 thing he sent". I spoke to I at lunchtime. She laughed it off and said "he's just a mate, he's like 20, he's not weird, I haven't sent anything bad, just selfies". She would not say his name or show me her phone. I explained the risks of sharing images and showed her the CEOP button and Report Remove.`,
    action: `Online safety advice given. Passed to DSL (RPr).`, linked: 'Student X (11KT)',
    contacts: [], concerns: ['exploitation'] },
  { key: 's4', iso: '2023-09-29', time: '09:30', cat: 'Safeguarding - DSL', by: 'RPr',
    desc: `Reviewed LMc's log of 28/09. Spoke briefly to I at end of P2. She says she has blocked him and "it was nothing, X is being dramatic". No images confirmed. I asked that her parents are not told as "my dad will go mental". Mum not contacted at this stage.`,
    action: `Monitor via pastoral. No referral at this stage.`, linked: '',
    contacts: [], concerns: ['exploitation'] },
  { key: 's5', iso: '2023-10-16', time: '11:25', cat: 'Attendance', by: 'KDa',
    desc: `I signed in late at reception at 11:20, no call from home. Said she had "overslept". Tutor says she looked exhausted and was wearing the same clothes as on Friday. She did not want to talk.`,
    action: `Late mark (U) recorded. Text message sent to parent re unexplained morning absence.`, linked: '',
    contacts: [C('family', 'out', 'other')], concerns: [] },
  { key: 's6', iso: '2023-11-06', time: '08:40', cat: 'Attendance', by: 'KDa',
    desc: `Mum rang 08:30 - I has been off since Thursday 02/11 with a "sickness bug", back Wednesday.`,
    action: `Absence authorised (I) 02/11 - 07/11.`, linked: '',
    contacts: [C('family', 'in', 'phone-call')], concerns: [] },
  { key: 's7', iso: '2023-11-20', time: '12:35', cat: 'Online safety', by: 'LMc',
    desc: `Found I crying in the girls' toilets at lunch. Brought her to the pastoral base. She showed me messages on her phone from an account called "jay_xx22" (I did not look at any images). She said "there's this man, I thought he was 20 but I don't think he is, he's got pictures of me, I sent them in the summer, and now he says he'll send them to everyone in my year and to my dad if I don't send more. I sent him forty pounds of my birthday money last week and he still wants more, he says I've got till Friday". She was shaking and said "please don't tell my dad, he'll go mental, he's drinking again and it'll be my fault". She said she had thought about "just ending it" over the weekend but "I wouldn't actually".`,
    action: `Did not view images. Phone left with I. DSL (RPr) called to pastoral base immediately - see DSL entry.`, linked: '',
    contacts: [], concerns: ['exploitation', 'substance-misuse', 'other'] },
  { key: 's8', iso: '2023-11-20', time: '13:20', cat: 'Safeguarding - DSL', by: 'RPr',
    desc: `Spoke with I, LMc present. Advised her not to send anything more and not to pay, to screenshot and block. Explained Report Remove (Childline/IWF). I agreed mum could be told but not dad. Phoned mum 13:50; mum came into school at 15:00 and met with me and LMc. Mum very upset, says she will report it to police tonight and will "deal with her dad". Agreed mum leads on the police report.`,
    action: `Parents informed. Mum reporting to police. No MASH referral - parent taking protective action and police will be involved. Review Friday.`, linked: '',
    contacts: [C('family', 'out', 'phone-call'), C('family', 'in', 'attendance')], concerns: ['exploitation'] },
  { key: 's9', iso: '2023-12-11', time: '15:30', cat: 'Self-harm', by: 'RPr',
    desc: `SN (0-19 school nurse) in college for Y9 drop-in. In passing she mentioned she had received a notification from Fenwick Cross General ED "back in November" about I - I attended ED on 02/11 after taking an overdose of paracetamol and was admitted overnight. This is the first the college has heard of this; the absence 02/11-07/11 was reported by mum as a sickness bug. SN understands I is open to CAMHS.`,
    action: `Noted on file. LMc to check in with I. No further action - CAMHS involved.`, linked: '',
    contacts: [C('school-nursing', 'in', 'information-share')], concerns: ['other'] },
  { key: 's10', iso: '2023-12-14', time: '10:50', cat: 'Self-harm', by: 'SJo',
    desc: `While the girls were changing for PE I noticed fresh cuts on the top of I's thighs, lots of them, and one looked red and sore. I asked her quietly to stay behind. She said "it's the only thing that makes the noise stop". When I said I would need to pass it on she said "don't ring home, please, Dad's been really bad since he lost his job, he was drinking all weekend and Mum was crying, I can't make it worse". She sat out of PE.`,
    action: `Logged to LMc/DSL on CPOMS. Sent to medical room for first aid.`, linked: '',
    contacts: [], concerns: ['injury', 'substance-misuse'] },
  { key: 's11', iso: '2023-12-14', time: '14:30', cat: 'Safeguarding - DSL', by: 'RPr',
    desc: `Discussed SJo's log with LMc. Wound on thigh cleaned and dressed by first aider, no signs of infection needing GP. I is open to CAMHS (per SN and mum). Dad's drinking noted. I did not want mum called.`,
    action: `No referral - CAMHS aware of self-harm and family known to services. Monitor. Will update CAMHS if it escalates.`, linked: '',
    contacts: [], concerns: ['injury', 'substance-misuse'] },
  { key: 's12', iso: '2024-01-08', time: '09:00', cat: 'Attendance', by: 'KDa',
    desc: `Autumn term attendance 81.2% (below persistent absence threshold). Mix of illness, lates and unexplained a.m. absences.`,
    action: `Attendance letter 1 sent to parents.`, linked: '',
    contacts: [C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 's13', iso: '2024-02-05', time: '10:15', cat: 'Online safety', by: 'LMc',
    desc: `Students Y and Z came to me after P2 to say a nude picture of I was being shared in a Y11 Snapchat group and "everyone's seen it". I was brought to the pastoral base. She was hysterical and kept saying "he said he'd do it and he did, he actually did it. Everyone's seen it. I want to die, I honestly want to die, I can't ever come back here". She said the picture was one she had sent "the man" in the summer. She would not let go of my hand for a long time.`,
    action: `Did not view the image. DSL informed immediately. I stayed in pastoral base with LMc until mum collected her at 11:30.`, linked: 'Student Y (11RS); Student Z (11KT)',
    contacts: [], concerns: ['exploitation', 'other'] },
  { key: 's14', iso: '2024-02-05', time: '12:40', cat: 'Safeguarding - DSL', by: 'RPr',
    desc: `Phones of Y and Z checked with HT present; image found in group chat and deleted, Y and Z say it was forwarded to them from another school. Phoned PCSO (college liaison, Fenwick NPT) - PCSO to come in tomorrow to speak to Y and Z and their parents. Spoke to mum when she collected I at 11:30: mum says the police are "still dealing with the man" and CAMHS are involved. Told mum I had said she wants to die - advised to keep her close at home, remove medication and contact GP/111 or ED if worried. Report Remove link emailed to mum.`,
    action: `PCSO informed. Parents informed. No MASH referral - police already involved.`, linked: 'Student Y (11RS); Student Z (11KT)',
    contacts: [C('police', 'out', 'phone-call'), C('family', 'in', 'attendance'), C('family', 'out', 'email')], concerns: ['exploitation', 'other'] },
  { key: 's15', iso: '2024-02-06', time: '14:00', cat: 'Online safety', by: 'RPr',
    desc: `PCSO1 in college 14:00. Spoke to Y and Z with their parents about sharing indecent images. PCSO says it will be recorded as youth-produced imagery ("outcome 21") with no further police action. PCSO did not have any information about the man I says the picture was sent to and said I should ring 101 if there was anything else.`,
    action: `Y and Z - internal sanction per behaviour policy.`, linked: 'Student Y (11RS); Student Z (11KT)',
    contacts: [C('police', 'in', 'other')], concerns: ['exploitation'] },
  { key: 's16', iso: '2024-02-26', time: '08:45', cat: 'Attendance', by: 'KDa',
    desc: `Mum rang 08:45 - I will not be in today. Mum said I "went missing a couple of nights over half term" and police found her "at that lad's flat, J, he's 19". Mum asked if college could "have a word with her about him". Mum says I has not been sleeping.`,
    action: `Absence authorised. DSL and LMc informed.`, linked: '',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['missing', 'exploitation'] },
  { key: 's17', iso: '2024-02-27', time: '12:10', cat: 'Relationships', by: 'LMc',
    desc: `Met with I re mum's call. I said "J's not like that, he looks after me, it's his mates that are the problem". She said his mates give her vodka and "say I owe them for it, and for the lifts and stuff" and that sometimes she has to "go round theirs" when J tells her to. She said "I'd rather be at J's than at home when Dad's like that". When I said this worried me she said "you sound like the police".`,
    action: `DSL informed. Passed to RPr to consider MASH referral.`, linked: '',
    contacts: [], concerns: ['exploitation'] },
  { key: 's18', iso: '2024-02-27', time: '15:00', cat: 'Safeguarding - DSL', by: 'RPr',
    desc: `Considered MASH referral re I's 19-year-old boyfriend and his friends. Phoned mum: mum says police "are on it" and social services "closed it in January". Mum does not want another social worker "upsetting everyone".`,
    action: `Not referred - police and CSC already aware per mum. Pastoral daily check-in.`, linked: '',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['exploitation'] },
  { key: 's19', iso: '2024-03-14', time: '10:00', cat: 'Safeguarding - DSL', by: 'RPr',
    desc: `Attended MACE panel (Teams) 10:00-11:30 re I. Chair: CSC exploitation lead. Present: police (MASH DS), CSC, CAMHS SPA manager, school nurse; GP report sent in. First time the college has been told about the strategy discussion on 20/02 and that police found I at J's (Adult B's) address on three occasions. Police said they would serve a warning notice on J. No update was given about the man online.`,
    action: `Actions for college: re-refer to CAMHS SPA; daily check-in; safety plan with I; attendance support.`, linked: '',
    contacts: [C('csc', 'both', 'conference'), C('police', 'both', 'conference'), C('camhs', 'both', 'conference'), C('school-nursing', 'both', 'conference')],
    concerns: ['exploitation', 'missing'] },
  { key: 's20', iso: '2024-03-15', time: '09:20', cat: 'Self-harm', by: 'RPr',
    desc: `Referral to CAMHS SPA submitted on the online form (MACE action). Included: ongoing self-harm (arms and thighs); image shared among peers 05/02 and I saying "I want to die"; three missing episodes and concerns about 19-year-old boyfriend and his friends; police investigation into man online; dad's drinking.`,
    action: `Referral sent. Awaiting outcome.`, linked: '',
    contacts: [C('camhs', 'out', 'referral')], concerns: ['injury', 'other', 'exploitation', 'missing', 'substance-misuse'] },
  { key: 's21', iso: '2024-04-16', time: '11:00', cat: 'Safeguarding - DSL', by: 'RPr',
    desc: `No outcome received from CAMHS SPA re referral of 15/03. Emailed SPA inbox 28/03 and again today - no reply to either. Mum says she "got a letter saying no" but the college has not received anything.`,
    action: `Chase again w/c 22/04. Pastoral support continues.`, linked: '',
    contacts: [C('camhs', 'out', 'email')], concerns: [] },
  { key: 's22', iso: '2024-04-24', time: '10:40', cat: 'Attendance', by: 'KDa',
    desc: `Attendance home visit 10:15 (I absent 3 days, no contact from home). Dad answered the door, smelt strongly of alcohol and was unsteady on his feet. He said I was "in bed, she's ill, just leave her alone" and shut the door. I not seen. Attendance this term 58%.`,
    action: `Emailed SW2 (CSC Adolescent Support Team) and DSL at 10:40 with details of visit.`, linked: '',
    contacts: [C('family', 'out', 'home-visit'), C('csc', 'out', 'email')], concerns: ['substance-misuse', 'non-engagement'] },
  { key: 's23', iso: '2024-05-16', time: '11:50', cat: 'Online safety', by: 'LMc',
    desc: `I asked to see me at break. She said "he's messaging me again from a new account, he says if I go to court he'll post everything again and this time he'll send them to my nan and to J". She showed me the account name but not the messages. She said "I can't do court, I can't, I'd rather be dead". She asked me not to tell her mum because "she's got enough on with Dad".`,
    action: `DSL informed. RPr rang 101 at 12:30 and reported the new account and the threats - given call ref 0412. Advised I not to reply.`, linked: '',
    contacts: [C('police', 'out', 'phone-call')], concerns: ['exploitation', 'other'] },
  { key: 's24', iso: '2024-05-21', time: '09:05', cat: 'Self-harm', by: 'LMc',
    desc: `I came straight to the pastoral base at 08:50. She showed me new cuts on her left forearm, deeper than before, one still bleeding. She said "I can't do it anymore, I'm so tired of all of it, I just want to sleep and not wake up". She said she had not slept and that Dad had been "on it" all weekend.`,
    action: `First aid. RPr rang CAMHS (CP2) - no answer, message left. Mum phoned and collected I at 10:30.`, linked: '',
    contacts: [C('camhs', 'attempted', 'phone-call'), C('family', 'out', 'phone-call')], concerns: ['injury', 'other', 'substance-misuse'] },
  { key: 's25', iso: '2024-05-24', time: '15:20', cat: 'Safeguarding - DSL', by: 'RPr',
    desc: `Half-term safety plan agreed with I and LMc: Childline, Shout and CAMHS crisis numbers given, pastoral check-in call arranged for Wednesday. Mum informed of the plan by phone. I says she has a CAMHS appointment after school today.`,
    action: `Safety plan on file. LMc to ring I on Wed 29/05.`, linked: '',
    contacts: [C('family', 'out', 'phone-call')], concerns: ['other'] },
];
{
  const q = (v) => `"${String(v).replace(/"/g, '""')}"`;
  const lines = [['Date', 'Time', 'Category', 'Recorded by', 'Description', 'Action', 'Linked students'].map(q).join(',')];
  for (const r of S) {
    lines.push([dmy(r.iso), r.time, r.cat, r.by, r.desc, r.action, r.linked].map(q).join(','));
    let text = [r.cat, r.by, r.desc, r.action, r.linked].filter(Boolean).join(' | ');
    if (r.cont) {
      lines.push(['', '', '', '', r.cont.desc, '', ''].map(q).join(','));
      text += ' | ' + r.cont.desc;
    }
    addEntry('school-safeguarding-log.csv', r.key, {
      agency: 'school', date: day(dmy(r.iso), r.iso), time: r.time, text, contacts: r.contacts, concerns: r.concerns,
    });
  }
  fs.writeFileSync(path.join(OUT, 'school-safeguarding-log.csv'), lines.join('\r\n') + '\r\n');
}

// =====================================================================
// 2. CAMHS RECORD (xlsx, one sheet, title row, real + typed dates)
// =====================================================================
// date: ISO string -> real date cell; {typed:'..'} -> text cell
const CM = [
  { key: 'c1', iso: '2023-10-05', time: '09:40', staff: 'SPA Admin', team: 'SPA', type: 'Referral received',
    note: `Referral rec'd from GP (GP1, Ashgrove Medical Practice). Low mood approx 3/12, SH (cutting forearms) since summer, denies SI. Logged for SPA triage.`, rag: '',
    contacts: [C('gp', 'in', 'referral')], concerns: ['injury', 'other'] },
  { key: 'c2', iso: '2023-10-12', time: '', staff: 'SPA1', team: 'SPA', type: 'MDT triage',
    note: `SPA MDT triage. Info from: GP referral only. SH superficial, no SI/plans, protective factors identified (family, school). Does not meet criteria for specialist CAMHS at this time. Signposted to Kindred Online (online counselling) and school pastoral support. Outcome letter to GP and parent. Closed to SPA.`, rag: 'Green',
    contacts: [C('gp', 'out', 'letter'), C('family', 'out', 'letter')], concerns: ['injury'] },
  { key: 'c3', iso: '2023-11-03', time: '11:15', staff: 'CLP1', team: 'CAMHS Liaison', type: 'Ward assessment',
    note: `Referral from ED (PLN) 02/11 - pt on Ward 7 (paeds) post paracetamol OD. Seen on ward with mum. Impulsive OD after argument at home, dad "had been drinking". Cutting 2-3x/wk. Denies current intent. Safety plan agreed with I and mum. Open to Getting Help team - f/u within 7 days.`, rag: 'Amber',
    contacts: [C('ed', 'in', 'referral'), C('family', 'out', 'assessment')], concerns: ['other', 'injury', 'substance-misuse'] },
  { key: 'c4', typed: '?09/11/23', iso: '2023-11-09', uncertain: true, time: '', staff: 'CP1', team: 'Getting Help', type: 'Follow-up appt',
    note: `WNB. T/c mum x2 - no answer. Letter sent with new appt 16/11.`, rag: 'Amber',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { key: 'c5', iso: '2023-11-16', time: '14:00', staff: 'CP1', team: 'Getting Help', type: 'Choice appt',
    note: `Attended with mum. Low mood, sleep poor, RCADS completed (elevated depression subscale). Cutting ~weekly "when things kick off at home". Agreed 6 x CBT-informed sessions. Open to CP1.`, rag: 'Amber',
    contacts: [C('family', 'in', 'attendance')], concerns: ['injury', 'other'] },
  { key: 'c6', iso: '2023-11-23', time: '16:00', staff: 'CP1', team: 'Getting Help', type: 'Session 1',
    note: `Attended. I said she had "a problem with someone online" and that mum had been to the police. Did not want to discuss. Grounding techniques practised. Police involvement noted.`, rag: 'Amber',
    contacts: [C('family', 'in', 'attendance')], concerns: ['other'] },
  { key: 'c7', iso: '2023-12-14', time: '08:50', staff: 'CP1', team: 'Getting Help', type: 'Session 2 - cancelled',
    note: `Mum rang 08:50 to cancel - I "unwell". Rebooked 10/01 (Xmas).`, rag: 'Amber',
    contacts: [C('family', 'in', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'c8', iso: '2024-01-10', time: '16:00', staff: 'CP1', team: 'Getting Help', type: 'Session 2',
    note: `Attended alone (mum waited in car). I said dad is "drinking all the time since he lost his job" and she stays in her room. SH ongoing - now thighs. Safety plan reviewed. Consider family session.`, rag: 'Amber',
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse', 'injury'] },
  { key: 'c9', iso: '2024-01-24', time: '16:00', staff: 'CP1', team: 'Getting Help', type: 'Session 3',
    note: `Attended. I said SW "closed it" last week and police "still have his phone". Low mood persists. Discussed online safety and Report Remove.`, rag: 'Amber',
    contacts: [C('family', 'in', 'attendance')], concerns: ['other'] },
  { key: 'c10', typed: '31.01.24', iso: '2024-01-31', time: '16:00', staff: 'CP1', team: 'Getting Help', type: 'Session 4',
    note: `WNB. Text reminder had been sent 29/01. LVM for mum.`, rag: 'Amber',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'c11', iso: '2024-02-07', time: '16:00', staff: 'CP1', team: 'Getting Help', type: 'Session 5',
    note: `WNB (2nd consecutive). T/c mum - no answer.`, rag: 'Amber',
    contacts: [C('family', 'attempted', 'dna'), C('family', 'attempted', 'phone-call')], concerns: ['non-engagement'] },
  { key: 'c12', iso: '2024-02-14', time: '', staff: 'CP1', team: 'Getting Help', type: 'Discharge',
    note: `Discharged to GP as per DNA/WNB policy (2 consecutive WNB, no contact from family). Discharge letter to GP and parents - can re-refer via SPA.`, rag: 'Closed',
    contacts: [C('gp', 'out', 'letter'), C('family', 'out', 'letter')], concerns: ['non-engagement'] },
  { section: 'RE-REFERRALS - MARCH 2024 ONWARDS' },
  { key: 'c13', iso: '2024-03-14', time: '10:00', staff: 'SPA2 (SPA manager)', team: 'SPA', type: 'MACE panel',
    note: `Attended MACE panel re I.W. (chair: CSC exploitation lead). Present: police, CSC, college DSL, school nurse; GP report tabled. Informed panel I discharged 14/02 after WNB. Action for college to re-refer to SPA.`, rag: '',
    contacts: [C('csc', 'both', 'conference'), C('police', 'both', 'conference'), C('school', 'both', 'conference'), C('school-nursing', 'both', 'conference')],
    concerns: ['exploitation', 'non-engagement'] },
  { key: 'c14', typed: '18/03/24', iso: '2024-03-18', time: '', staff: 'SPA Admin', team: 'SPA', type: 'Referral received',
    note: `Referral rec'd from Fenwick Cross Community College (DSL) via online form 15/03. Concerns: image shared by peers Feb, statements "I want to die", ongoing SH, missing episodes/older boyfriend, father's alcohol use. Logged for triage.`, rag: '',
    contacts: [C('school', 'in', 'referral')], concerns: ['exploitation', 'injury', 'missing', 'other', 'substance-misuse'] },
  { key: 'c15', iso: '2024-03-22', time: '', staff: 'SPA1', team: 'SPA', type: 'MDT triage',
    note: `Not accepted - does not meet criteria. Recently discharged following non-engagement. SH chronic, low lethality. Statements re wanting to die in context of peer incident, no plan/intent reported. Exploitation concerns being managed via MACE/CSC. Signposted to Kindred Online. Outcome letter to GP.`, rag: 'Green',
    contacts: [C('gp', 'out', 'letter')], concerns: ['injury', 'non-engagement', 'exploitation', 'other'] },
  { key: 'c16', iso: '2024-04-11', time: '09:10', staff: 'SPA1', team: 'SPA', type: 'Referral received / triage',
    note: `Urgent referral rec'd 10/04 from GP1 (Ashgrove MP) - daily cutting, ED 02/04 laceration, mum fears she "will do something". Accepted. Choice appt booked 18/04. Letters to GP and family.`, rag: 'Amber',
    contacts: [C('gp', 'in', 'referral'), C('gp', 'out', 'letter'), C('family', 'out', 'letter')], concerns: ['injury', 'other'] },
  { key: 'c17', iso: '2024-04-18', time: '15:30', staff: 'CP2', team: 'Getting Help', type: 'Choice appt',
    note: `Attended with mum. Suicidal thoughts daily, has thought about method. Cutting daily. RAG raised to Red. Safety plan, means restriction advice to mum. Weekly appts. T/c to SW2 (CSC Adolescent Support Team) - informed of risk; SW2 confirmed open to CSC and MACE.`, rag: 'Red',
    contacts: [C('family', 'in', 'attendance'), C('csc', 'out', 'phone-call')], concerns: ['other', 'injury'] },
  { key: 'c18', iso: '2024-05-11', time: '10:30', staff: 'CLP2', team: 'CAMHS Liaison', type: 'Ward assessment',
    note: `Referral from ED. Seen on Ward 7 following OD ibuprofen + alcohol 10/05. "I just want it all to stop". High risk. Increase to twice weekly, crisis team contact over weekend. SW2 to be informed Monday.`, rag: 'Red',
    contacts: [C('ed', 'in', 'referral'), C('family', 'out', 'assessment')], concerns: ['other', 'substance-misuse'] },
  { key: 'c19', iso: '2024-05-22', time: '09:15', staff: 'CP2', team: 'Getting Help', type: 'Tel',
    note: `Returned call to DSL at college (msg left 21/05). DSL reports fresh deep cuts, I said "I can't do it anymore". Appt brought forward to 24/05. College to keep I in pastoral base.`, rag: 'Red',
    contacts: [C('school', 'out', 'phone-call')], concerns: ['injury', 'other'] },
  { key: 'c20', iso: '2024-05-24', time: '16:00', staff: 'CP2', team: 'Getting Help', type: 'Session',
    note: `Attended with mum. Denies current plan. Safety plan reviewed incl half term. Next appt 31/05.`, rag: 'Red',
    contacts: [C('family', 'in', 'attendance')], concerns: ['other'] },
];
async function writeCamhs() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('SPA and case notes');
  ws.columns = [{ width: 12 }, { width: 7 }, { width: 18 }, { width: 15 }, { width: 22 }, { width: 90 }, { width: 8 }];
  ws.addRow(['Fenwick & Vale CAMHS (Severnmoor Health and Care NHS Trust) - Single Point of Access and clinical notes extract']);
  ws.mergeCells('A1:G1');
  ws.getRow(1).font = { bold: true, size: 12 };
  ws.addRow(['Client: I.W.   DOB 03/07/2008   NHS no: [redacted]   Extract prepared for CSPR (Fenwick Cross SCP)']);
  ws.mergeCells('A2:G2');
  ws.addRow([]);
  const h = ws.addRow(['Date', 'Time', 'Staff', 'Team', 'Contact type', 'Note', 'RAG']);
  h.font = { bold: true };
  for (const r of CM) {
    if (r.section) { const sr = ws.addRow([r.section]); sr.font = { bold: true, italic: true }; continue; }
    const [y, m, d] = r.iso.split('-').map(Number);
    const dateCell = r.typed ? r.typed : new Date(Date.UTC(y, m - 1, d));
    const row = ws.addRow([dateCell, r.time, r.staff, r.team, r.type, r.note, r.rag]);
    if (!r.typed) row.getCell(1).numFmt = 'dd/mm/yyyy';
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    const raw = r.typed || dmy(r.iso);
    addEntry('camhs-record.xlsx', r.key, {
      agency: 'camhs', date: day(raw, r.iso, r.uncertain ? { uncertain: true } : {}), time: r.time || null,
      text: [r.staff, r.team, r.type, r.note, r.rag].filter(Boolean).join(' | '), contacts: r.contacts, concerns: r.concerns,
    });
  }
  await wb.xlsx.writeFile(path.join(OUT, 'camhs-record.xlsx'));
}

// =====================================================================
// 3. GP RECORD (docx table: Date, Clinician, Type, Entry; SOAP)
// =====================================================================
const G = [
  { key: 'g1', iso: '2023-10-03', who: 'GP1', type: 'Face to face',
    entry: [`S: Attends with mum. Low mood approx 3/12, poor sleep, cutting forearms since summer hols. Denies SI. Says "stuff at home".`, `O: Alert, poor eye contact. Multiple healed superficial linear scars L forearm, no fresh wounds.`, `A: Low mood with self-harm.`, `P: Referral to CAMHS SPA. Kindred Online info given. Safety-netting - 111/ED if thoughts of suicide. R/v 4/52.`],
    contacts: [C('family', 'in', 'attendance'), C('camhs', 'out', 'referral')], concerns: ['injury', 'other'] },
  { key: 'g2', iso: '2023-10-16', who: 'Admin (workflow)', type: 'Letter in',
    entry: [`Letter from Fenwick & Vale CAMHS SPA dated 12/10/23: referral not accepted, does not meet criteria for specialist CAMHS. Signposted to Kindred Online. Reviewed GP1 - file, no action.`],
    contacts: [C('camhs', 'in', 'letter')], concerns: [] },
  { key: 'g3', iso: '2023-11-03', who: 'Admin (workflow)', type: 'ED notification',
    entry: [`Paediatric liaison notification, Fenwick Cross General ED: attended 02/11 - DSH, paracetamol OD, admitted Ward 7 for NAC. CAMHS liaison to see. Code added: Child is cause for concern.`],
    contacts: [C('ed', 'in', 'notification')], concerns: ['other'] },
  { key: 'g4', iso: '2023-11-07', who: 'GP1', type: 'Telephone',
    entry: [`S: T/c mum post OD. I home since Sat, seen by CAMHS on ward, f/u booked. Mum says dad "not coping" since losing his job.`, `A: Post-OD review.`, `P: Mum to lock away all medication. Safety-netting 111/999. R/v 2/52.`],
    contacts: [C('family', 'out', 'phone-call')], concerns: ['other'] },
  { key: 'g5', iso: '2023-11-23', who: 'GP2 (safeguarding lead)', type: 'Admin - safeguarding',
    entry: [`Request from MASH health navigator re I (PPN - online sexual exploitation). Info shared via secure email same day: low mood/SH, OD 02/11, open to CAMHS. No known concerns re parents on practice records.`],
    contacts: [C('mash', 'in', 'information-request'), C('mash', 'out', 'information-share')], concerns: ['exploitation', 'other'] },
  { key: 'g6', iso: '2023-12-27', who: 'Admin (workflow)', type: 'ED notification',
    entry: [`PLN notification: ED 23/12 - alcohol intoxication, brought in by police after missing episode. MASH referral made by ED. Filed - GP1 to note.`],
    contacts: [C('ed', 'in', 'notification')], concerns: ['missing', 'substance-misuse'] },
  { key: 'g7', iso: '2024-01-15', who: 'GP3', type: 'Telephone [linked record - father]',
    entry: [`Mr W (father). S: Asking for help with alcohol. 8-9 cans strong lager daily since redundancy in Sept (approx 70 u/wk), morning shakes, wife "fed up". Lives with wife + 2 children (15 and 11).`, `O: AUDIT 27.`, `A: Alcohol dependence.`, `P: Bloods incl LFT/GGT. Thiamine. Info re self-referral to Fenwick Recovery (drug and alcohol service). R/v with results.`],
    contacts: [C('family', 'in', 'phone-call')], concerns: ['substance-misuse'] },
  { key: 'g8', iso: '2024-01-24', who: 'Admin (workflow)', type: 'Letter in',
    entry: [`Letter from Fenwick County Council Children's Social Care: child and family assessment re I completed, closed NFA 19/01. Filed.`],
    contacts: [C('csc', 'in', 'letter')], concerns: [] },
  { key: 'g9', iso: '2024-01-26', who: 'GP3', type: 'Face to face [linked record - father]',
    entry: [`Mr W. S: Results. Still drinking daily, has not contacted Fenwick Recovery.`, `O: GGT 212, ALT raised. Smelt of alcohol at 11:00.`, `A: Alcohol dependence, deranged LFTs.`, `P: Encouraged self-referral, leaflet given. R/v 4/52.`],
    contacts: [C('family', 'in', 'attendance')], concerns: ['substance-misuse'] },
  { key: 'g10', iso: '2024-02-19', who: 'Admin (workflow)', type: 'Letter in',
    entry: [`CAMHS discharge letter (dated 14/02): discharged after 2 WNB, re-refer via SPA if needed. Filed.`],
    contacts: [C('camhs', 'in', 'letter')], concerns: ['non-engagement'] },
  { key: 'g11', iso: '2024-02-26', who: 'Admin (workflow)', type: 'Letter in',
    entry: [`Letter from Fenwick Cross General ED: attended 25/02 02:15, left before being seen. Filed.`],
    contacts: [C('ed', 'in', 'letter')], concerns: ['non-engagement'] },
  { key: 'g12', iso: '2024-03-11', who: 'GP2 (safeguarding lead)', type: 'Admin - safeguarding',
    entry: [`Request from CSC (exploitation lead) for GP report for MACE panel 14/03 re I. Report sent by secure email: SH history, OD 02/11, CAMHS referral declined Oct, discharged Feb after WNB. Unable to attend panel.`],
    contacts: [C('csc', 'in', 'information-request'), C('csc', 'out', 'information-share')], concerns: ['exploitation', 'other'] },
  { key: 'g13', iso: '2024-03-27', who: 'Admin (workflow)', type: 'Letter in',
    entry: [`CAMHS SPA letter dated 22/03: referral from college not accepted, signposted to Kindred Online. Filed.`],
    contacts: [C('camhs', 'in', 'letter')], concerns: [] },
  { key: 'g14', iso: '2024-04-03', who: 'Admin (workflow)', type: 'ED notification',
    entry: [`PLN notification: ED 02/04 - self-inflicted laceration L forearm, steri-strips, d/c home. Task to GP1.`],
    contacts: [C('ed', 'in', 'notification')], concerns: ['injury'] },
  { key: 'g15', iso: '2024-04-09', who: 'GP1', type: 'Telephone',
    entry: [`S: T/c mum re ED notification. I cutting daily, not sleeping, refusing school. Mum frightened she "will do something" - CAMHS "said no" in March.`, `A: Escalating self-harm, high risk.`, `P: Urgent referral to CAMHS SPA today (email + e-RS). Advised 111/ED if immediate risk. Mum to remove meds/sharps.`],
    contacts: [C('family', 'out', 'phone-call'), C('camhs', 'out', 'referral')], concerns: ['injury', 'other'] },
  { key: 'g16', iso: '2024-05-13', who: 'Admin (workflow)', type: 'ED notification',
    entry: [`PLN notification: ED 10/05 - OD ibuprofen with alcohol, admitted Ward 7, seen by CAMHS liaison 11/05.`],
    contacts: [C('ed', 'in', 'notification')], concerns: ['other', 'substance-misuse'] },
];
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, Header, Footer, PageNumber, AlignmentType, HeadingLevel } = docx;
async function writeGp() {
  const cell = (paras, bold = false, w) => new TableCell({
    width: w ? { size: w, type: WidthType.PERCENTAGE } : undefined,
    children: paras.map((t) => new Paragraph({ children: [new TextRun({ text: t, bold, size: 18 })] })),
  });
  const rows = [new TableRow({ tableHeader: true, children: [cell(['Date'], true, 12), cell(['Clinician'], true, 16), cell(['Type'], true, 14), cell(['Entry'], true, 58)] })];
  for (const r of G) {
    rows.push(new TableRow({ children: [cell([emis(r.iso)]), cell([r.who]), cell([r.type]), cell(r.entry)] }));
    addEntry('gp-record.docx', r.key, {
      agency: 'gp', date: day(emis(r.iso), r.iso), time: null,
      text: [r.who, r.type, r.entry.join(' ')].join(' | '), contacts: r.contacts, concerns: r.concerns,
    });
  }
  const doc = new Document({ sections: [{ children: [
    new Paragraph({ children: [new TextRun({ text: 'Ashgrove Medical Practice, Fenwick Cross', bold: true, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: 'GP chronology for CSPR Child I - prepared by practice safeguarding lead (GP2)', size: 22 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Records searched: patient I.W. and, where relevant, linked household record (father, Mr W). Period: 01/09/2023 - 28/05/2024. System: EMIS Web.', italics: true, size: 18 })] }),
    new Paragraph({ text: '' }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    new Paragraph({ text: '' }),
    new Paragraph({ children: [new TextRun({ text: 'No other contacts with I.W. in the period. Key: GP1 registered GP; GP2 practice safeguarding lead; GP3 salaried GP.', size: 18 })] }),
  ] }] });
  fs.writeFileSync(path.join(OUT, 'gp-record.docx'), await Packer.toBuffer(doc));
}

// =====================================================================
// 4. ED ATTENDANCES (TSV)
// =====================================================================
const E = [
  { key: 'e1', date: '02/11/2023', iso: '2023-11-02', time: '01:40', mode: 'Private car', pc: 'DSH - OD paracetamol', tri: '2 - Very urgent',
    sum: 'Pt 15yo F. Took 16 x 500mg paracetamol approx 23:00 after argument at home. NOK mum present - reports dad "had a drink" and there was a row. Pt denies ongoing SI. Healed scars L forearm. 4hr level above treatment line - NAC commenced.',
    disp: 'Admitted Ward 7 (paeds) for NAC. CAMHS liaison referral for a.m.', sg: 'N', notif: 'PLN notification to SN (0-19 team) + GP 03/11/23',
    contacts: [C('family', 'in', 'attendance'), C('camhs', 'out', 'referral'), C('school-nursing', 'out', 'notification'), C('gp', 'out', 'notification')],
    concerns: ['other', 'injury', 'substance-misuse'] },
  { key: 'e2', date: '23/12/23', iso: '2023-12-23', time: '05:10', mode: 'Police', pc: 'Alcohol intoxication', tri: '3 - Urgent',
    sum: 'BIBP after missing episode - found in car in lay-by with 19yo "boyfriend" and 2 older males. Smells of alcohol, GCS 14/15. Pt said "sometimes I have to do stuff for his mates, it\'s fine". Old healed cuts to thighs. NOK mum attended 06:00.',
    disp: 'Obs 4hrs. D/c home with mum 09:30.', sg: 'Y', notif: 'MASH referral (online form) 23/12 09:45; PLN notification to SN + GP',
    contacts: [C('police', 'in', 'other'), C('family', 'in', 'attendance'), C('mash', 'out', 'referral'), C('school-nursing', 'out', 'notification'), C('gp', 'out', 'notification')],
    concerns: ['missing', 'exploitation', 'substance-misuse', 'injury'] },
  { key: 'e3', date: '25/02/2024', iso: '2024-02-25', time: '02:15', mode: 'Walk-in', pc: '?DSH - cuts to thighs', tri: '3 - Urgent',
    sum: 'Attended with 19yo male who states he is her boyfriend. Superficial cuts to thighs. Pt quiet, male answered most questions. No NOK contacted. Left before being seen 02:50.',
    disp: 'LWBS', sg: 'N', notif: 'LWBS letter to GP 26/02',
    contacts: [C('family', 'in', 'attendance'), C('gp', 'out', 'letter')],
    concerns: ['injury', 'exploitation', 'non-engagement'] },
  { key: 'e4', date: '02/04/2024', iso: '2024-04-02', time: '20:50', mode: 'Walk-in (with friend)', pc: 'DSH - laceration L forearm', tri: '3 - Urgent',
    sum: 'Self-inflicted laceration 4cm L forearm, steri-strips. Pt states she is "under CAMHS". Calm, denies SI. NOK mum contacted by phone, attended 21:40.',
    disp: 'D/c home with mum. Advised GP f/u. CAMHS not contacted - pt known to CAMHS.', sg: 'N', notif: 'PLN notification to GP + SN 03/04/24',
    contacts: [C('family', 'in', 'attendance'), C('family', 'out', 'phone-call'), C('gp', 'out', 'notification'), C('school-nursing', 'out', 'notification')],
    concerns: ['injury'] },
  { key: 'e5', date: '10/05/2024', iso: '2024-05-10', time: '23:30', mode: 'Ambulance', pc: 'DSH - OD ibuprofen + alcohol', tri: '2 - Very urgent',
    sum: 'BIBA. Took approx 20 x ibuprofen 400mg with vodka at about 21:00. States "I just want it all to stop". Previous DSH attendances this yr. NOK mum + dad present - dad appeared intoxicated, verbally aggressive to staff.',
    disp: 'Admitted Ward 7 (paeds). CAMHS liaison referral.', sg: 'Y', notif: 'Safeguarding referral to CSC (EDT) 11/05 00:40; PLN notification to SN, GP, CAMHS 13/05',
    contacts: [C('ambulance', 'in', 'other'), C('family', 'in', 'attendance'), C('camhs', 'out', 'referral'), C('csc', 'out', 'referral'), C('school-nursing', 'out', 'notification'), C('gp', 'out', 'notification'), C('camhs', 'out', 'notification')],
    concerns: ['other', 'substance-misuse'] },
];
{
  const head = ['Arrival date', 'Arrival time', 'Mode of arrival', 'Presenting complaint', 'Triage category', 'Clinical summary', 'Disposal', 'Safeguarding referral (Y/N)', 'Notifications sent'];
  const lines = ['Fenwick Cross General Hospital - Emergency Department - attendance extract (Symphony) - Patient: I.W. - for CSPR', head.join('\t')];
  for (const r of E) {
    const cells = [r.mode, r.pc, r.tri, r.sum, r.disp, r.sg, r.notif];
    lines.push([r.date, r.time, ...cells].join('\t'));
    addEntry('ed-attendances.tsv', r.key, {
      agency: 'ed', date: day(r.date, r.iso), time: r.time, text: cells.join(' | '), contacts: r.contacts, concerns: r.concerns,
    });
  }
  lines.push('');
  lines.push('5 attendances in period 01/09/2023 - 28/05/2024. PLN = paediatric liaison nurse.');
  fs.writeFileSync(path.join(OUT, 'ed-attendances.tsv'), lines.join('\n') + '\n');
}

// =====================================================================
// 5. POLICE AND CSC SECTION OF OVERVIEW REPORT (docx -> pdf)
// =====================================================================
// segments: { t: text, e: {gold fields} } starts entry; { t } continues previous entry.
const P = [
  { h: '5. Police and Children\'s Social Care: narrative chronology' },
  { n: '5.1', segs: [{ t: 'This section draws on the individual management reviews of Wexcombe Constabulary and of Fenwick County Council Children\'s Social Care (CSC), and on the records of Harbour Youth Trust, which the council commissions to carry out return home interviews (RHIs). The Fenwick MASH is run by CSC, with seconded police and health staff. Isla was not known to CSC before the period under review.' }] },
  { h: 'Background' },
  { n: '5.2', segs: [
    { t: 'In June 2023 police received intelligence that Adult B, then 19, had been seen on the Marlow estate with two girls believed to be under 16 in his car and was suspected of giving them alcohol and cannabis.',
      e: { key: 'p1', agency: 'police', date: { raw: 'June 2023', earliest: '2023-06-01', latest: '2023-06-30', precision: 'month', uncertain: false }, time: null, contacts: [], concerns: ['exploitation'] } },
    { t: 'The intelligence was graded and recorded but no further action was taken.' }] },
  { h: 'Period 1: September to December 2023' },
  { n: '5.3', segs: [
    { t: 'At 23:10 on 14 October 2023 Isla\'s mother telephoned police to report that Isla had not come home.',
      e: { key: 'p2', agency: 'police', date: day('14 October 2023', '2023-10-14'), time: '23:10', contacts: [C('family', 'in', 'phone-call')], concerns: ['missing'] } },
    { t: 'Isla was graded as a medium-risk missing person.' },
    { t: 'At 08:40 the next morning officers found her at the flat of Adult B, her 19-year-old boyfriend, on the Marlow estate and took her home.',
      e: { key: 'p3', agency: 'police', date: day('the next morning', '2023-10-15'), time: '08:40', contacts: [C('family', 'out', 'other')], concerns: ['missing', 'exploitation'] } }] },
  { n: '5.4', segs: [
    { t: 'A PPN was sent to the MASH on 15 October.',
      e: { key: 'p4', agency: 'police', date: day('15 October', '2023-10-15'), time: null, contacts: [C('mash', 'out', 'notification')], concerns: ['missing', 'exploitation'] } },
    { t: 'It recorded Adult B only as "boyfriend (19)" and did not include the June intelligence.' }] },
  { n: '5.5', segs: [
    { t: 'The MASH screened the PPN on 16 October as a first missing episode, gave it a green RAG rating and asked Harbour Youth Trust to complete a return home interview.',
      e: { key: 'p5', agency: 'csc', date: day('16 October', '2023-10-16'), time: null, contacts: [C('police', 'in', 'notification'), C('voluntary', 'out', 'referral')], concerns: ['missing'] } },
    { t: 'No other action was taken and the college was not informed of the missing episode.' }] },
  { n: '5.6', segs: [
    { t: 'The RHI worker saw Isla at home on 19 October.',
      e: { key: 'p6', agency: 'voluntary', date: day('19 October', '2023-10-19'), time: null, contacts: [C('family', 'out', 'home-visit'), C('mash', 'out', 'information-share')], concerns: ['missing', 'substance-misuse'] } },
    { t: 'Isla said her boyfriend was "nice to her" and that she did not like being at home "when Dad\'s had a drink".' },
    { t: 'The worker\'s report, which was sent to the MASH, described the father\'s drinking as a push factor and recommended no further action.' }] },
  { n: '5.7', segs: [
    { t: 'On the evening of 21 November Isla\'s mother went to Fenwick Cross police station and reported that a man Isla had met on Snapchat was threatening to share sexual images of her with her year group and her father unless she sent more images and money.',
      e: { key: 'p7', agency: 'police', date: day('21 November', '2023-11-21'), time: null, contacts: [C('family', 'in', 'attendance')], concerns: ['exploitation'] } },
    { t: 'Isla had already sent him £40. Officers recorded offences of blackmail and sexual communication with a child, and the investigation was allocated to DC1 in the Online Child Sexual Abuse Team. Isla\'s phone was taken for examination with her consent.' }] },
  { n: '5.8', segs: [
    { t: 'DC1 sent a PPN to the MASH on 22 November.',
      e: { key: 'p8', agency: 'police', date: day('22 November', '2023-11-22'), time: null, contacts: [C('mash', 'out', 'notification')], concerns: ['exploitation'] } },
    { t: 'The PPN described the offence but did not name Isla\'s school, and at no point in the investigation did police contact the college.' }] },
  { n: '5.9', segs: [
    { t: 'The MASH reviewed the PPN on 23 November.',
      e: { key: 'p9', agency: 'csc', date: day('23 November', '2023-11-23'), time: null, contacts: [C('police', 'in', 'notification'), C('gp', 'out', 'information-request')], concerns: ['exploitation'] } },
    { t: 'Checks were requested from the GP through the MASH health navigator; no checks were made with the college or with CAMHS. The MASH manager decided that the threshold for a child and family assessment was met and the case was allocated to SW1 in the Assessment Team.' }] },
  { n: '5.10', segs: [
    { t: 'Police arrested Adult C, a 34-year-old man from Hartleigh, at his home on 5 December 2023.',
      e: { key: 'p10', agency: 'police', date: day('5 December 2023', '2023-12-05'), time: null, contacts: [], concerns: ['exploitation', 'criminality'] } },
    { t: 'His devices were seized and he was interviewed and released under investigation. Examination of the devices later found images of Isla and of at least four other girls.' }] },
  { n: '5.11', segs: [
    { t: 'SW1 visited the family home on 7 December and saw Isla with her mother; her father was said to be at work.',
      e: { key: 'p11', agency: 'csc', date: day('7 December', '2023-12-07'), time: null, contacts: [C('family', 'out', 'home-visit')], concerns: ['substance-misuse'] } },
    { t: 'Isla said "it\'s sorted, the police have got it". Her mother described her husband\'s drinking as "a few cans at the weekend". SW1 did not see Isla alone.' }] },
  { n: '5.12', segs: [
    { t: 'At 21:30 on 22 December Isla\'s mother reported her missing again.',
      e: { key: 'p12', agency: 'police', date: day('22 December', '2023-12-22'), time: '21:30', contacts: [C('family', 'in', 'phone-call')], concerns: ['missing'] } },
    { t: 'Officers found her at 04:15 the following morning in a car parked in a lay-by on the Hartleigh road with Adult B and two older men, who were not identified.',
      e: { key: 'p13', agency: 'police', date: day('the following morning', '2023-12-23'), time: '04:15', contacts: [C('family', 'out', 'other'), C('ed', 'out', 'other')], concerns: ['missing', 'exploitation', 'substance-misuse'] } },
    { t: 'She was intoxicated and was taken by officers to the ED at Fenwick Cross General Hospital.' }] },
  { n: '5.13', segs: [
    { t: 'A PPN for the second missing episode was sent to the MASH on 23 December.',
      e: { key: 'p14', agency: 'police', date: day('23 December', '2023-12-23'), time: null, contacts: [C('mash', 'out', 'notification')], concerns: ['missing'] } },
    { t: 'Like the first, it did not mention the intelligence about Adult B.' }] },
  { n: '5.14', segs: [
    { t: 'On 27 December the MASH received the PPN together with the ED\'s safeguarding referral, which quoted Isla as saying "sometimes I have to do stuff for his mates".',
      e: { key: 'p15', agency: 'csc', date: day('27 December', '2023-12-27'), time: null, contacts: [C('police', 'in', 'notification'), C('ed', 'in', 'referral'), C('voluntary', 'out', 'referral')], concerns: ['missing', 'exploitation'] } },
    { t: 'Both were added to the open assessment as information for SW1, and a second return home interview was requested from Harbour Youth Trust. No strategy discussion was considered and the college was not told.' }] },
  { n: '5.15', segs: [
    { t: 'Between 29 December and 4 January 2024 the RHI worker tried three times to see Isla at home.',
      e: { key: 'p16', agency: 'voluntary', date: { raw: 'Between 29 December and 4 January 2024', earliest: '2023-12-29', latest: '2024-01-04', precision: 'range', uncertain: false }, time: null, contacts: [C('family', 'attempted', 'home-visit')], concerns: ['missing', 'non-engagement'] } },
    { t: 'Isla declined each time and the RHI was not completed.' }] },
  { h: 'Period 2: January to March 2024' },
  { n: '5.16', segs: [
    { t: 'SW1 did not see Isla again before the assessment was closed with no further action on 19 January 2024.',
      e: { key: 'p17', agency: 'csc', date: day('19 January 2024', '2024-01-19'), time: null, contacts: [C('family', 'out', 'letter'), C('gp', 'out', 'letter')], concerns: ['exploitation', 'missing'] } },
    { t: 'The recorded rationale was that the online risk was being managed by the police investigation, that Isla was "open to CAMHS" and that her parents were protective. The missing episodes were described as "relationship issues with an older boyfriend". Isla\'s father was not seen at any point. A closure letter was sent to the parents and to the GP; the college and CAMHS were not told.' }] },
  { n: '5.17', segs: [{ t: 'Comment: the assessment relied on the mother\'s account and on the existence of a police investigation. It did not consider the risk to Isla outside the home from Adult B and his associates, and the information held by the college about self-harm, the father\'s drinking and the earlier online contact was never sought.' }] },
  { n: '5.18', segs: [
    { t: 'On 6 February PCSO1, the neighbourhood officer linked to the college, visited the college at the request of the DSL and spoke to two pupils who had shared a sexual image of Isla in a year group chat.',
      e: { key: 'p18', agency: 'police', date: day('6 February', '2024-02-06'), time: null, contacts: [C('school', 'out', 'other')], concerns: ['exploitation'] } },
    { t: 'The matter was recorded as youth-produced imagery with no further police action. PCSO1 did not check police systems, the officer in the case was not told, and the college was not told that a man had been arrested for obtaining images of Isla.' }] },
  { n: '5.19', segs: [
    { t: 'At 19:50 on 13 February, during the half-term holiday, Isla\'s mother reported her missing for the third time.',
      e: { key: 'p19', agency: 'police', date: day('13 February', '2024-02-13'), time: '19:50', contacts: [C('family', 'in', 'phone-call')], concerns: ['missing'] } },
    { t: 'She was found at 15:00 the next day at Adult B\'s flat.',
      e: { key: 'p20', agency: 'police', date: day('the next day', '2024-02-14'), time: '15:00', contacts: [C('family', 'out', 'other'), C('mash', 'out', 'notification')], concerns: ['missing', 'exploitation'] } },
    { t: 'Officers considered a Child Abduction Warning Notice for Adult B but did not issue one, and a PPN was sent to the MASH.' }] },
  { n: '5.20', segs: [
    { t: 'Harbour Youth Trust completed the third return home interview by telephone on 16 February.',
      e: { key: 'p21', agency: 'voluntary', date: day('16 February', '2024-02-16'), time: null, contacts: [C('family', 'out', 'phone-call'), C('mash', 'out', 'information-share')], concerns: ['missing', 'exploitation'] } },
    { t: 'Isla told the worker that Adult B\'s friends gave her vodka and told her she "owed" them. The report was sent to the MASH.' }] },
  { n: '5.21', segs: [
    { t: 'On 20 February TM1 held a strategy discussion by telephone with the police MASH sergeant.',
      e: { key: 'p22', agency: 'csc', date: day('20 February', '2024-02-20'), time: null, contacts: [C('police', 'both', 'strategy-discussion')], concerns: ['exploitation'] } },
    { t: 'Police shared the June 2023 intelligence about Adult B for the first time. No other agency took part: the college, CAMHS, the GP and the ED were not invited or consulted. It was agreed that the threshold for a section 47 enquiry was not met, that the duty social worker would complete a CSE screening tool and that Isla would be referred to the Multi-Agency Child Exploitation (MACE) panel.' },
    { t: 'The screening tool rated Isla at medium risk and the MACE referral was made on 22 February.',
      e: { key: 'p23', agency: 'csc', date: day('22 February', '2024-02-22'), time: null, contacts: [C('other', 'out', 'referral')], concerns: ['exploitation'] } }] },
  { n: '5.22', segs: [
    { t: 'The MACE panel met on 14 March 2024.',
      e: { key: 'p24', agency: 'csc', date: day('14 March 2024', '2024-03-14'), time: null,
        contacts: [C('police', 'both', 'conference'), C('school', 'both', 'conference'), C('camhs', 'both', 'conference'), C('school-nursing', 'both', 'conference'), C('gp', 'in', 'information-share')], concerns: ['exploitation'] } },
    { t: 'It was chaired by the CSC exploitation lead and attended by police, the college DSL, the CAMHS single point of access manager and the school nurse; the GP sent a written report. Police updated the panel on Adult B but not on the investigation into Adult C. The actions agreed were that CSC would allocate a social worker for a new assessment, that police would serve a CAWN on Adult B and that the college would re-refer Isla to CAMHS.' }] },
  { n: '5.23', segs: [
    { t: 'Police served a CAWN on Adult B on 21 March.',
      e: { key: 'p25', agency: 'police', date: day('21 March', '2024-03-21'), time: null, contacts: [C('family', 'out', 'other')], concerns: ['exploitation'] } }] },
  { n: '5.24', segs: [
    { t: 'SW2 of the Adolescent Support Team, allocated after the panel, made an unannounced home visit on 26 March; there was no reply.',
      e: { key: 'p26', agency: 'csc', date: day('26 March', '2024-03-26'), time: null, contacts: [C('family', 'attempted', 'home-visit')], concerns: ['non-engagement'] } }] },
  { h: 'Period 3: April and May 2024' },
  { n: '5.25', segs: [
    { t: 'SW2 saw Isla alone at home on 4 April.',
      e: { key: 'p27', agency: 'csc', date: day('4 April', '2024-04-04'), time: null, contacts: [C('family', 'out', 'home-visit')], concerns: ['substance-misuse'] } },
    { t: 'Isla said she was "fine" and did not want to talk about Adult B. Her father was present at the start of the visit and denied drinking; SW2 recorded "no smell of alcohol".' }] },
  { n: '5.26', segs: [
    { t: 'On 18 April the CAMHS practitioner telephoned SW2 to say that Isla had described suicidal thoughts with a method in mind and had been rated red.',
      e: { key: 'p28', agency: 'csc', date: day('18 April', '2024-04-18'), time: null, contacts: [C('camhs', 'in', 'phone-call')], concerns: ['other'] } },
    { t: 'SW2 recorded that the CSC assessment would continue.' }] },
  { n: '5.27', segs: [
    { t: 'Adult C was charged on 19 April with blackmail, causing a child to engage in sexual activity and making indecent images of children, and was bailed to appear at Crown Court.',
      e: { key: 'p29', agency: 'police', date: day('19 April', '2024-04-19'), time: null, contacts: [C('family', 'out', 'phone-call'), C('csc', 'out', 'email')], concerns: ['exploitation', 'criminality'] } },
    { t: 'DC1 told Isla\'s mother by telephone and emailed SW2. The college was not told.' }] },
  { n: '5.28', segs: [
    { t: 'On 24 April SW2 received an email from the college attendance officer, who had visited the home that morning and found Isla\'s father smelling strongly of alcohol.',
      e: { key: 'p30', agency: 'csc', date: day('24 April', '2024-04-24'), time: null, contacts: [C('school', 'in', 'email')], concerns: ['substance-misuse'] } },
    { t: 'SW2 noted that this would be discussed with the parents at the next visit.' }] },
  { n: '5.29', segs: [
    { t: 'SW2 visited on 2 May and saw Isla and both parents together.',
      e: { key: 'p31', agency: 'csc', date: day('2 May', '2024-05-02'), time: null, contacts: [C('family', 'out', 'home-visit')], concerns: ['substance-misuse'] } },
    { t: 'The father\'s drinking was not discussed.' }] },
  { n: '5.30', segs: [
    { t: 'In the early hours of 11 May the Emergency Duty Team received the ED\'s safeguarding referral after Isla had taken an overdose of ibuprofen with vodka the previous evening.',
      e: { key: 'p32', agency: 'csc', date: day('11 May', '2024-05-11'), time: null, contacts: [C('ed', 'in', 'referral')], concerns: ['other', 'substance-misuse'] } },
    { t: 'SW2 spoke to the CAMHS liaison practitioner on 13 May and the team manager agreed that a child in need meeting would be held in the week commencing 27 May.',
      e: { key: 'p33', agency: 'csc', date: day('13 May', '2024-05-13'), time: null, contacts: [C('camhs', 'out', 'phone-call')], concerns: [] } }] },
  { n: '5.31', segs: [{ t: 'The police IMR found no record on police systems of any call from the college reporting renewed contact with Isla by Adult C, and the officer in the case was unaware of any such contact.' }] },
  { n: '5.32', segs: [
    { t: 'At 08:20 on 28 May 2024 police were called by the ambulance service to the family home, where Isla had been found unresponsive in her bedroom by her younger brother.',
      e: { key: 'p34', agency: 'police', date: day('28 May 2024', '2024-05-28'), time: '08:20', contacts: [C('ambulance', 'in', 'phone-call'), C('family', 'out', 'other'), C('other', 'out', 'notification'), C('csc', 'out', 'notification')], concerns: ['other'] } },
    { t: 'Paramedics had confirmed her death at 08:12. Officers attended, the death was reported to the coroner and the Emergency Duty Team was informed. The child in need meeting had not yet been held.' }] },
];
async function writePdf() {
  const children = [
    new Paragraph({ children: [new TextRun({ text: 'Child Safeguarding Practice Review: Child I ("Isla")', bold: true, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: 'Overview report - Section 5 (Police and Children\'s Social Care)', size: 24 })] }),
    new Paragraph({ text: '' }),
  ];
  let cur = null;
  for (const item of P) {
    if (item.h) { children.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: item.h, bold: true, size: 24 })] })); continue; }
    children.push(new Paragraph({ spacing: { after: 160 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text: `${item.n}\t${item.segs.map((s) => s.t).join(' ')}`, size: 22 })] }));
    for (const s of item.segs) {
      if (s.e) { cur = { ...s.e, text: s.t }; const { key, ...rest } = cur; addEntry('police-and-csc.pdf', key, rest); cur = entries[entries.length - 1]; }
      else if (cur && item.segs[0].e) { cur.text += ' ' + s.t; }
    }
    if (!item.segs[0].e) cur = null; // undated paragraph: not an entry
  }
  const doc = new Document({ sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Fenwick Cross Safeguarding Children Partnership - CSPR Child I - Overview Report (draft v3) - OFFICIAL-SENSITIVE', size: 16 })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 16, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }) },
    children,
  }] });
  const tmp = fs.mkdtempSync('/tmp/fenwick-');
  const docxPath = path.join(tmp, 'police-and-csc.docx');
  fs.writeFileSync(docxPath, await Packer.toBuffer(doc));
  execSync(`libreoffice --headless --convert-to pdf --outdir ${OUT} ${docxPath}`, { stdio: 'ignore' });
}

// =====================================================================
// GOLD
// =====================================================================
await writeCamhs();
await writeGp();
await writePdf();

// order entries by files order (they were added per file already, but be safe)
const fileOrder = FILES.map((f) => f.file);
entries.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file));
const counters = {};
const refOf = {};
for (const e of entries) { counters[e.file] = (counters[e.file] || 0) + 1; e.ref = `${e.file}#${counters[e.file]}`; refOf[e.key] = e.ref; }
const R = (...keys) => keys.map((k) => { if (!refOf[k]) throw new Error('no key ' + k); return refOf[k]; });

// duplicates: groups of keys; earliest by date then file order then row order
const DUPS = [['s15', 'p18'], ['s19', 'c13', 'p24'], ['c17', 'p28'], ['s22', 'p30']];
const duplicates = [];
for (const g of DUPS) {
  const members = g.map((k) => entries.find((e) => e.key === k));
  members.sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || entries.indexOf(a) - entries.indexOf(b));
  for (const m of members.slice(1)) m.duplicateOf = members[0].ref;
  duplicates.push(members.map((m) => m.ref));
}

const gaps = [
  { id: 'FW-G01', code: 'G1', from: 'school', to: ['csc'], anchors: R('s3', 's4', 's7', 's8', 's10', 's11', 's13', 's14', 's17', 's18'),
    note: 'The college held repeated, escalating concerns (older man paying for pictures in September; sextortion disclosure with money paid and thoughts of "ending it" in November; fresh self-harm and the father\'s drinking in December; the image circulated and "I want to die" in February; the 19-year-old boyfriend\'s friends saying she "owed" them) and the DSL never made a referral to the MASH, each time relying on parents or on police/CAMHS being involved.' },
  { id: 'FW-G02', code: 'G1', from: 'school', to: ['camhs'], anchors: R('s10', 's11', 's13', 's14'),
    note: 'While Isla was open to CAMHS (November to 14 February) the college knew of fresh cuts to the thighs, the father\'s drinking and, on 5 February, her saying she wanted to die, and told CAMHS none of it; CAMHS discharged her nine days later for non-attendance.' },
  { id: 'FW-G03', code: 'G7', from: 'camhs', to: ['school'], anchors: R('c2'),
    note: 'The SPA rejected the GP referral in October on the GP referral alone ("Info from: GP referral only"); no information was sought from the college, which already held disclosures of self-harm, the father\'s drinking and online contact with an older man.' },
  { id: 'FW-G04', code: 'G5', alsoAcceptable: ['G1'], from: 'school-nursing', to: ['school'], anchors: R('e1', 's9', 's6'),
    note: 'ED\'s paediatric liaison nurse notified the school nursing service of the paracetamol overdose on 3 November; the college, which had recorded the absence as a sickness bug, only heard of it in passing from the school nurse on 11 December.' },
  { id: 'FW-G05', code: 'G1', from: 'police', to: ['school'], anchors: R('p7', 'p8', 'p10', 'p18', 'p24', 'p29', 's15'),
    note: 'Police investigated Adult C from November (arrest in December, charge in April) but never told the college: the PPN did not name the school, the PCSO who dealt with the circulated image in February did not check systems, the MACE update omitted it and the college was not told of the charge.' },
  { id: 'FW-G06', code: 'G5', alsoAcceptable: ['G1'], from: 'police', to: ['csc'], anchors: R('p1', 'p4', 'p14', 'p22'),
    note: 'Police held intelligence from June 2023 that Adult B was suspected of giving alcohol and cannabis to under-16 girls; the PPNs for the October and December missing episodes left it out and it was first shared at the strategy discussion on 20 February.' },
  { id: 'FW-G07', code: 'G1', from: 'csc', to: ['school'], anchors: R('p5', 'p15', 's5', 's16'),
    note: 'The MASH received the PPNs for the missing episodes (and the ED referral of the December episode) and did not tell the college; the college saw only a late arrival in October and learned of the missing episodes from the mother in late February.' },
  { id: 'FW-G08', code: 'G7', from: 'csc', to: ['school', 'camhs'], anchors: R('p9', 'p17'),
    note: 'The child and family assessment (November to January) made checks with the GP only; no information was sought from the college or CAMHS, the father was never seen, and the case was closed NFA on the mother\'s account.' },
  { id: 'FW-G09', code: 'G3', alsoAcceptable: ['G10'], from: 'ed', to: ['csc'], anchors: R('e2', 'p15', 'p17'),
    note: 'The ED\'s safeguarding referral after the December missing episode recorded clear sexual exploitation indicators ("sometimes I have to do stuff for his mates", found with older men); CSC filed it as information on the open assessment, held no strategy discussion and closed the case three weeks later describing the episodes as "relationship issues with an older boyfriend".' },
  { id: 'FW-G10', code: 'G8', from: 'camhs', to: ['csc'], anchors: R('c10', 'c11', 'c12'),
    note: 'After two consecutive missed sessions CAMHS discharged a 15-year-old with a recent overdose, ongoing self-harm and known police involvement "to GP as per DNA policy" by letter, without escalating to CSC or discussing with anyone else involved.' },
  { id: 'FW-G11', code: 'G6', from: 'csc', to: ['school', 'camhs', 'gp', 'ed'], anchors: R('p22'),
    note: 'The strategy discussion on 20 February after the third missing episode was held by telephone between CSC and police only; the college, CAMHS, the GP and the ED, which between them held most of what was known, were not invited or consulted.' },
  { id: 'FW-G12', code: 'G10', alsoAcceptable: ['G3'], from: 'school', to: ['camhs'], anchors: R('s20', 'c14', 'c15'),
    note: 'The college\'s March referral set out suicidal statements, ongoing self-harm, sexual exploitation and missing episodes; the SPA rated it green as "chronic, low lethality" self-harm and signposted to an online service.' },
  { id: 'FW-G13', code: 'G4', from: 'camhs', to: ['school'], anchors: R('c15', 's21'),
    note: 'The SPA sent its decision on the college\'s referral to the GP only; the college emailed twice for the outcome and heard nothing.' },
  { id: 'FW-G14', code: 'G1', alsoAcceptable: ['G8'], from: 'ed', to: ['csc'], anchors: R('e3'),
    note: 'A 15-year-old attended ED at 02:15 with self-harm, accompanied by a 19-year-old "boyfriend" who answered for her, and left before being seen; no safeguarding referral was made and only a routine LWBS letter went to the GP.' },
  { id: 'FW-G15', code: 'G7', alsoAcceptable: ['G1'], from: 'ed', to: ['camhs', 'csc'], anchors: R('e4'),
    note: 'At the April self-harm attendance ED accepted that Isla was "known to CAMHS" without checking (she had been discharged and refused) and made no safeguarding referral or check with CSC despite its own earlier MASH referral.' },
  { id: 'FW-G16', code: 'G1', from: 'gp', to: ['csc'], anchors: R('g7', 'g9', 'g8', 'g12', 'g5'),
    note: 'The practice told the MASH in November there were no known concerns about the parents; in January the father disclosed alcohol dependence (about 70 units a week) on his linked record, the practice received CSC\'s NFA closure days later and its MACE report in March still did not mention it.' },
  { id: 'FW-G17', code: 'G2', from: 'school', to: ['police'], anchors: R('s23'),
    note: 'The DSL rang 101 on 16 May to report renewed threats from Adult C through a new account; police systems hold no record of the call and the officer in the case never knew.' },
];
const decoys = [
  { id: 'FW-D01', looksLike: ['G2', 'G3'], refs: R('g15', 'c16'),
    note: 'The GP\'s urgent re-referral of 9 April was received by the SPA, accepted and a choice appointment offered within nine days; it was not lost or ignored.' },
  { id: 'FW-D02', looksLike: ['G6'], refs: R('p24', 's19', 'c13'),
    note: 'The MACE panel included police, CSC, the college, CAMHS and school nursing, and the GP sent a written report: everyone involved at the time took part (the omission was in what police shared, covered by FW-G05).' },
  { id: 'FW-D03', looksLike: ['G4', 'G2'], refs: R('s24', 'c19'),
    note: 'The DSL\'s call to CAMHS on 21 May went to voicemail, but CAMHS returned it the next morning and brought the appointment forward.' },
];

const gold = {
  case: CASE,
  title: 'Fenwick Cross CSPR: Child I ("Isla"), aged 15 - self-harm, online sexual extortion and exploitation by a 19-year-old boyfriend, suicide',
  reviewType: 'cspr',
  reviewPeriod: { from: '2023-09-01', to: '2024-05-28' },
  conventions: {
    mash: 'The Fenwick MASH is run by Children\'s Social Care: MASH, duty, assessment, adolescent team and EDT actions are csc; other agencies\' contacts that name the MASH use "mash"; gap from/to use csc.',
    rhi: 'Return home interviews are done by Harbour Youth Trust, a commissioned charity: voluntary.',
    online: 'Kindred Online (online counselling) is voluntary; being signposted to it is not a contact.',
    ed: 'The paediatric liaison nurse (PLN) is part of the ED (ed). Ward 7 is the children\'s ward of the same hospital, so ED-to-ward admissions are internal. CAMHS liaison on the ward is camhs.',
    schoolNursing: 'The 0-19 school nurse (SN) is school-nursing.',
    mace: 'The MACE panel is a conference chaired by CSC; a referral to the MACE panel is a referral to "other". The coroner is "other".',
    schoolContacts: 'Conversations between college staff and Isla in college are not counted as contacts; contacts with her parents are (family).',
    boyfriend: 'Adult B, the 19-year-old boyfriend, counts as family for contacts (a CAWN served on him is family/out/other); Adult C, the online offender, is not family and his arrest is not a contact.',
    gpLinked: 'The GP file includes entries from the father\'s linked record; they are gp entries about the household.',
    concerns: 'Self-harm cuts and lacerations: injury; overdoses, suicidal statements and wishes to die: other; the father\'s drinking and Isla\'s own intoxication: substance-misuse; older boyfriend, older men, sextortion, MACE: exploitation.',
    text: 'Table entries: the cells other than date and time, joined with " | " (the school log continuation row is appended to its row). GP SOAP paragraphs inside one cell are joined with a space. PDF entries: the sentences of the entry, without the paragraph number.',
    pdfDates: 'PDF dates without a year take the year of the surrounding entries (Sept-Dec 2023, Jan-May 2024).',
  },
  files: FILES,
  entries: entries.map(({ file, key, ...e }) => {
    const o = { ref: e.ref, agency: e.agency, date: e.date, time: e.time ?? null, text: e.text, contacts: e.contacts, concerns: e.concerns };
    if (e.employer) o.employer = e.employer;
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
const byFile = Object.entries(counters).map(([f, n]) => `- \`${f}\`: ${n} entries`).join('\n');
const codeCount = {};
for (const g of gaps) codeCount[g.code] = (codeCount[g.code] || 0) + 1;
const readme = `# ${CASE}: CSPR Child I ("Isla"), Fenwick Cross

Invented case. Fenwick Cross is an invented market town in the South West of
England, served by Fenwick County Council, Wexcombe Constabulary, Fenwick Cross
General Hospital (ED and children's Ward 7), Severnmoor Health and Care NHS Trust
(Fenwick & Vale CAMHS; 0-19 school nursing) and Ashgrove Medical Practice. Every
person, place and event is fictional.

## People
- **Isla (Child I)**, 15 (DOB 03/07/2008), Year 11 at Fenwick Cross Community College.
- **Mother** (Mrs W); **father** (Mr W), made redundant September 2023, alcohol dependent;
  **brother**, 11.
- **Adult B** ("J"), 19, Isla's boyfriend; police intelligence (June 2023) about him and
  under-16 girls.
- **Adult C**, 34, from Hartleigh; met Isla on Snapchat, obtained images and extorted
  money and more images (sextortion); arrested December 2023, charged April 2024.
- College staff (initials in the log): TBr form tutor; LMc pastoral lead Y11; RPr DSL;
  KDa attendance officer; SJo PE teacher. CAMHS: SPA1/SPA2 (SPA clinician/manager), CLP1/2
  (CAMHS liaison), CP1/CP2 (Getting Help practitioners). GP1-3. Police: DC1 (OCSAT), PCSO1.
  CSC: SW1 (Assessment Team), SW2 (Adolescent Support Team), TM1.

## Review period
1 September 2023 to 28 May 2024 (Isla's death by suicide at home, half-term week).
One background entry (police intelligence, June 2023) predates it.

## What went wrong (in brief)
Months of self-harm known to the college, which logged long, detailed disclosures
(the older man online, sextortion, the father's drinking, "I want to die") but whose DSL
never referred to the MASH. The CAMHS single point of access rejected the GP's referral in
October ("does not meet criteria", signposted to an online service) on the GP letter alone,
and rejected the college's March referral the same way without telling the college.
ED attendances for self-harm were notified by the paediatric liaison nurse to school
nursing and the GP, but the college heard of the first overdose five weeks later and one
night-time attendance with the 19-year-old boyfriend produced no referral. Three missing
episodes went to the MASH; return home interviews were done once in person, once not at
all and once by phone. CSC's assessment after the sextortion PPN checked only the GP,
never saw the father and closed NFA, treating the ED's exploitation referral as
information. Police investigated Adult C but never told the college, and held back their
intelligence on Adult B until a police-and-CSC-only strategy discussion in February. The
GP knew of the father's alcohol dependence and did not pass it on. CAMHS discharged Isla
after two missed sessions without escalation.

## Files
${byFile}

Layouts: school log = CSV export (Date, Time, Category, Recorded by, Description, Action,
Linked students) with one continuation row; CAMHS = one-sheet xlsx with a two-line title,
blank row, header on row 4, a section-heading row, real date cells and three typed dates
("?09/11/23", "31.01.24", "18/03/24"); GP = Word table (Date, Clinician, Type, Entry) with
SOAP paragraphs in the Entry cell and EMIS dates ("03-Oct-2023"); ED = TSV with a title
line, date and time in separate columns, and a footer note; police-and-csc = overview
report section 5 as numbered prose paragraphs (docx converted by LibreOffice) with running
header and page numbers, some paragraphs narrating two dated events, and three undated
paragraphs (5.1, 5.17, 5.31) that are not entries.

## Case conventions
- **The MASH is run by Children's Social Care.** MASH, duty, EDT, assessment and
  adolescent-team actions are \`csc\`; other agencies' contacts naming the MASH use
  \`mash\`; gaps use \`csc\`.
${Object.entries(gold.conventions).filter(([k]) => k !== 'mash').map(([k, v]) => `- **${k}**: ${v}`).join('\n')}

## Gold summary
${entries.length} entries; ${gaps.length} gaps (${Object.entries(codeCount).sort().map(([c, n]) => `${c} x${n}`).join(', ')});
${duplicates.length} duplicate groups; ${decoys.length} decoys.
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
console.log('entries', entries.length, counters, 'gaps', gaps.length, codeCount);
