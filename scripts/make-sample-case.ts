/**
 * Writes resources/sample-case/: an INVENTED case ("Child B", in the made-up
 * town of Eastvale) for the welcome screen's "Open the sample case" and for
 * trying the views. No real person, place or case is behind it, and nothing
 * here is taken from the acceptance cases.
 *
 * One data definition below generates every file, in the formats agencies
 * really send: a police CSV, a children's services Excel workbook with a title
 * row, a health Word table (several services, a Service column), a school's
 * narrative text, a GP practice's semicolon CSV, and a mental health team CSV
 * with a seconded worker. It holds a few contacts between agencies, a
 * referral never acknowledged, a strategy discussion without health, missed
 * appointments that pile up, and vague UK dates ("w/c", "Spring 2023",
 * "Late June", "Summer term").
 *
 *   node scripts/make-sample-case.ts        (rewrites the folder)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { csv, FIXED_DATE, hardWrap, stableZip, word, wordDocument } from './lib/office-files.ts';

const ROOT = join(import.meta.dirname, '..');
export const SAMPLE_DIR = join(ROOT, 'resources', 'sample-case');

/** The case, file by file. Dates are written the way each agency writes them. */
export const SAMPLE = {
  police: {
    file: 'police.csv',
    headings: ['Date', 'Time', 'Incident ref', 'Summary', 'Action taken'],
    rows: [
      ['02/02/2023', '23:15', 'EV/23/01102', 'Neighbour called 999 reporting shouting at the flat of Ms D. Officers attended. Ms D and her partner Mr E were arguing; Ms D had a cut lip and said she had fallen. Child B (4) asleep in the bedroom, not seen.', 'DASH standard risk. Words of advice. Non-crime domestic incident recorded. PPN not submitted.'],
      ['19/03/2023', '21:40', 'EV/23/02871', '999 call from Ms D: Mr E pushed her against the wall and threatened her. She is 26 weeks pregnant. Child B present and crying. Mr E left before officers arrived.', 'DASH medium risk. PPN submitted to MASH. Mr E circulated as wanted.'],
      ['21/03/2023', '10:05', 'EV/23/02871', 'Mr E arrested and interviewed under caution. He denied the assault.', "Released on bail with conditions not to contact Ms D. Bail conditions emailed to children's social care."],
      ['04/05/2023', '22:50', 'EV/23/04411', 'Ms D reported Mr E at the address in breach of his bail. Officers attended; Mr E had gone. Child B awake on the landing.', 'Breach of bail recorded. PPN submitted to MASH.'],
      ['06/05/2023', '11:30', 'EV/23/04411', "Strategy discussion with children's social care about Child B and the unborn baby.", 'Section 47 enquiry agreed. Joint visit to be arranged. Health not present.'],
      ['08/05/2023', '14:00', 'EV/23/04411', 'Joint visit with the social worker to Ms D and Child B.', 'Child B seen; no marks seen.'],
      ['30/06/2023', '09:00', 'EV/23/02871', 'Mr E charged with assault by beating. Case listed at Eastvale Magistrates.', "Children's social care not informed of the charge."],
      ['12/08/2023', '01:10', 'EV/23/07702', "Call from Ms D: Mr E had taken the baby and would not bring her back. Officers found Mr E at his mother's address with Baby C (7 weeks) and she was returned.", 'DASH high risk. MARAC referral submitted. PPN submitted to MASH.'],
      ['24/08/2023', '10:00', 'MARAC/23/0211', "MARAC held. Present: police, IDVA service, children's social care, housing. Health visiting not represented.", 'Actions: IDVA to contact Ms D; police marker on the address.'],
      ['03/10/2023', '16:20', 'EV/23/02871', 'Case against Mr E discontinued by the CPS; bail ended.', "Ms D told by letter. Children's social care not notified."],
      ['21/11/2023', '19:20', 'EV/23/10555', 'Ambulance request for Child B (4), burn to the right hand while Mr E was looking after her. Officers attended with the ambulance crew.', 'Referral to MASH. Crime recorded.'],
    ],
  },
  csc: {
    file: 'childrens-services.xlsx',
    title: "Eastvale Council Children's Services: chronology for Child B",
    headings: ['Date', 'Worker', 'Contact type', 'Details', 'Outcome'],
    // A Date value is written as a real Excel date; a string is written as text, as a worker typed it.
    rows: [
      [new Date(Date.UTC(2023, 1, 6)), 'Duty SW', 'Contact', 'Phone call from the nursery: Child B arriving tired and hungry on several mornings.', 'Advice given to the nursery. No further action.'],
      ['w/c 06/03/2023', 'MASH', 'Records check', 'Records check for Child B requested by the GP practice. No open case.', 'Information shared with the GP by phone.'],
      [new Date(Date.UTC(2023, 2, 20)), 'MASH', 'Notification', 'PPN received from police: domestic incident on 19/03, Child B present, mother pregnant.', 'Threshold met for an assessment. Allocated to SW1.'],
      [new Date(Date.UTC(2023, 2, 22)), 'SW1', 'Email', 'Bail conditions received from police by email.', 'Placed on file.'],
      [new Date(Date.UTC(2023, 3, 3)), 'SW1', 'Home visit', 'Home visit: Ms D and Child B seen. Ms D says the relationship is over.', 'Child and family assessment continues.'],
      [new Date(Date.UTC(2023, 4, 5)), 'MASH', 'Notification', 'PPN received from police: breach of bail on 04/05.', 'Strategy discussion arranged.'],
      [new Date(Date.UTC(2023, 4, 6)), 'TM1', 'Strategy discussion', 'Strategy discussion held with police. The health visitor, GP and school were not invited.', 'Section 47 enquiry agreed.'],
      [new Date(Date.UTC(2023, 4, 8)), 'SW1', 'Joint visit', "Joint visit with police. Child B seen alone and said 'E shouts at Mummy'.", 'Section 47 enquiry continues.'],
      [new Date(Date.UTC(2023, 5, 2)), 'SW1', 'Assessment', 'Assessment completed. Ms D says she has separated from Mr E. Case stepped down to early help.', 'Closed to social care; stepped down to Early Help.'],
      [new Date(Date.UTC(2023, 7, 13)), 'MASH', 'Notification', 'PPN received from police: Mr E took Baby C; DASH high risk; MARAC referral made.', 'Case re-opened and allocated to SW2.'],
      [new Date(Date.UTC(2023, 7, 24)), 'SW2', 'Meeting', 'MARAC attended with police, the IDVA service and housing.', 'Safety plan agreed with Ms D.'],
      ['?14/09/2023', 'EH worker', 'Phone call', 'Tried to phone Ms D to arrange the first early help visit; no answer.', 'Letter sent.'],
      [new Date(Date.UTC(2023, 10, 22)), 'MASH', 'Referral', "Referral from police: burn to Child B's hand while in Mr E's care.", 'Strategy discussion with police; section 47 enquiry.'],
      [new Date(Date.UTC(2023, 10, 23)), 'SW2', 'Home visit', 'Child B seen at home with a bandaged hand. Ms D says Mr E only babysits.', 'Child protection medical requested from paediatrics.'],
    ] as Array<[Date | string, string, string, string, string]>,
  },
  health: {
    file: 'health.docx',
    title: 'Eastvale Health NHS Trust: combined health chronology for Child B and Baby C',
    headings: ['Date', 'Service', 'Practitioner', 'Event', 'Action'],
    rows: [
      ['10/01/2023', 'Midwifery', 'MW1', 'Booking appointment: Ms D 16 weeks pregnant. Partner present throughout; routine enquiry about domestic abuse not made.', 'Routine pathway.'],
      ['28/02/2023', 'Midwifery', 'MW1', 'Ms D did not attend her antenatal appointment.', 'Letter sent to rebook.'],
      ['15/03/2023', 'Midwifery', 'MW1', 'Did not attend again. Home visit: no access.', 'Not escalated.'],
      ['22/06/2023', 'Midwifery', 'MW2', 'Baby C born at Eastvale General Hospital. Mother and baby discharged home.', 'Birth notification sent to the GP and health visiting.'],
      ['04/07/2023', 'Health visiting', 'HV1', 'New birth visit: Baby C and Child B seen. Ms D low in mood.', 'Mood questionnaire done; follow-up in two weeks.'],
      ['18/07/2023', 'Health visiting', 'HV1', 'Planned visit: no access.', 'Card left.'],
      ['01/08/2023', 'Health visiting', 'HV1', 'Visit: no access again.', 'Tried to phone Ms D, no answer.'],
      ['Late August 2023', 'Health visiting', 'HV1', 'Heard from the GP that there had been a MARAC. Health visiting was not invited and had received no information.', 'Emailed MASH asking for information.'],
      ['21/11/2023', 'Emergency department', 'ED doctor', 'Child B (4) brought in by ambulance at 20.05 with a burn to the right hand; said she touched a pan.', 'Safeguarding referral to MASH; paediatric review.'],
      ['22/11/2023', 'Paediatrics', 'Paed1', 'Child protection medical: burn consistent with contact with a hot object; delay in seeking care.', 'Report sent to the social worker.'],
    ],
  },
  school: {
    file: 'school.txt',
    heading: ['EASTVALE PRIMARY SCHOOL: NURSERY AND RECEPTION', 'Safeguarding chronology for Child B, written by the Designated Safeguarding Lead from the safeguarding log.'],
    paragraphs: [
      ['6th February 2023', "Child B arrived tired and hungry for the third morning this week. I rang the children's services front door for advice."],
      ['14th March 2023', "Child B told her key worker that 'E hurt Mummy'. I sent a referral to MASH on the online form the same day."],
      ['w/c 27 March 2023', 'I had heard nothing about the referral, so I emailed MASH to ask what had happened. No reply was received.'],
      ['Spring 2023', "Child B's attendance fell to 71%. Letters were sent home about the absences."],
      ['Late June', 'Ms D collected Child B with the new baby in a pram. She said Mr E had moved out.'],
      ['Summer term 2023', "The SENCO and I reviewed Child B's speech and behaviour; a referral to speech and language therapy was discussed with Ms D."],
      ['?14/09/2023', "Child B started in reception. Ms D said the family had had 'a social worker before'. No information came to us from children's services."],
      ['2nd October 2023', 'Child B had a bruise on her forearm and said she fell off the sofa. Logged; no referral made.'],
      ['22nd November 2023', 'The social worker phoned to tell us about the burn. We had not been told about the MARAC or the earlier incidents.'],
    ],
  },
  gp: {
    file: 'gp.csv',
    headings: ['Date', 'Patient', 'Clinician', 'Consultation', 'Details'],
    rows: [
      ['16.01.23', 'Ms D', 'GP1', 'Face to face', '16 weeks pregnant. Anxiety. Partner attends with her and answers for her. Questions about home not asked.'],
      ['07.03.23', 'Child B', 'Practice nurse', 'Immunisation', 'Child B was not brought for her pre-school booster (WNB). Text reminder sent.'],
      ['08.03.23', 'Child B', 'GP1', 'Records check', 'MASH phoned for a records check; information shared by phone.'],
      ['04.04.23', 'Child B', 'Practice nurse', 'Immunisation', 'Was not brought again (WNB). Letter sent to Ms D.'],
      ['02.05.23', 'Child B', 'Practice nurse', 'Immunisation', 'Third missed appointment (WNB). No escalation recorded.'],
      ['23.06.23', 'Baby C', 'Admin', 'Registration', 'Birth notification received from midwifery.'],
      ['11.07.23', 'Ms D', 'GP1', 'Telephone', 'Postnatal check by phone. Low mood and poor sleep. Referral to the community mental health team (CMHT) sent.'],
      ['15.08.23', 'Baby C', 'Practice nurse', 'Immunisation', 'Baby C not brought for her 8-week immunisations.'],
      ['29.08.23', 'Ms D', 'GP1', 'Face to face', 'Ms D told me there had been a MARAC. The health visitor was not informed.'],
      ['23.11.23', 'Child B', 'GP1', 'Letter', 'Letter received from the emergency department: burn to the hand; safeguarding referral made.'],
    ],
  },
  mentalHealth: {
    file: 'adult-mental-health.csv',
    headings: ['Date', 'Team', 'Staff', 'Contact', 'Notes'],
    rows: [
      ['20/07/2023', 'CMHT', 'Duty worker', 'Referral', 'Referral received from the GP: postnatal low mood.'],
      ['03/08/2023', 'CMHT', 'CPN1', 'Assessment', 'Assessment at home. Ms D low in mood; Baby C and Child B present. Dependants: not recorded.'],
      ['between 10 and 12 October 2023', 'CMHT', 'AMHP (seconded from adult social care)', 'Mental Health Act assessment', "Mental Health Act assessment at home; not detained. Mr E present and looking after the children. No referral to children's services."],
      ['30/10/2023', 'CMHT', 'CPN1', 'Home visit', 'Ms D says Mr E is back and staying most nights. Not shared with the social worker.'],
    ],
  },
} as const;

/** The Word table: a title paragraph, a note and one table. */
async function docx(): Promise<Buffer> {
  const rows = word.row(SAMPLE.health.headings, true) + SAMPLE.health.rows.map((r) => word.row(r)).join('');
  return wordDocument(`${word.para(SAMPLE.health.title, { bold: true })}${word.para('Prepared for the review. All names are replaced by letters.')}${word.table(rows)}`);
}

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Threadline sample case (fictional)';
  // Fixed dates keep the file the same on every run.
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('Chronology');
  ws.addRow([SAMPLE.csc.title]);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.addRow([]);
  ws.addRow([...SAMPLE.csc.headings]);
  ws.getRow(3).font = { bold: true };
  for (const r of SAMPLE.csc.rows) ws.addRow([...r]);
  ws.getColumn(1).numFmt = 'dd/mm/yyyy';
  ws.getColumn(1).width = 14;
  ws.getColumn(4).width = 70;
  ws.getColumn(5).width = 40;
  return stableZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The school's narrative: one dated paragraph per entry, hard-wrapped as a person types in a plain editor. */
function narrative(): string {
  const paras = SAMPLE.school.paragraphs.map(([date, text]) => hardWrap(`${date} – ${text}`));
  return `${SAMPLE.school.heading.join('\n')}\n\n${paras.join('\n\n')}\n`;
}

const README = `# Sample case: Child B (fictional)

Everything in this folder is invented. Child B, Baby C, Ms D, Mr E, Eastvale
and every worker, reference and date were made up for trying Threadline; no
real child, family, worker, place or case is behind them.

The files are generated by \`node scripts/make-sample-case.ts\` from one data
definition, so they agree with each other. Do not edit them by hand.

| file | agency | format |
|---|---|---|
| \`police.csv\` | police | CSV |
| \`childrens-services.xlsx\` | children's social care | Excel, with a title row above the headings |
| \`health.docx\` | several (a Service column: midwifery, health visiting, emergency department, paediatrics) | Word table |
| \`school.txt\` | school | narrative text, one dated paragraph per entry |
| \`gp.csv\` | GP practice | semicolon-separated CSV, dates like 16.01.23 |
| \`adult-mental-health.csv\` | adult mental health (one worker seconded from adult social care) | CSV |

What there is to find: police domestic abuse call-outs passed to the MASH
but not to health or the school; the school's March referral to the MASH
that was never acknowledged; a strategy discussion held by police and
children's social care alone; missed antenatal, health visiting and
immunisation appointments that were not escalated; a MARAC the health
visitor was not told of; a mental health team that did not think of the
children; and vague dates ("w/c 27 March 2023", "Spring 2023", "Late June",
"Summer term 2023", "?14/09/2023").
`;

export async function writeSampleCase(dir = SAMPLE_DIR): Promise<string[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: Array<[string, string | Buffer]> = [
    [SAMPLE.police.file, csv(SAMPLE.police.headings, SAMPLE.police.rows)],
    [SAMPLE.csc.file, await xlsx()],
    [SAMPLE.health.file, await docx()],
    [SAMPLE.school.file, narrative()],
    [SAMPLE.gp.file, csv(SAMPLE.gp.headings, SAMPLE.gp.rows, ';')],
    [SAMPLE.mentalHealth.file, csv(SAMPLE.mentalHealth.headings, SAMPLE.mentalHealth.rows)],
    ['README.md', README],
  ];
  for (const [name, body] of files) writeFileSync(join(dir, name), body);
  return files.map(([name]) => join(dir, name));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await writeSampleCase();
  console.log(`threadline: wrote the sample case (${written.length} files) to ${SAMPLE_DIR}`);
}
