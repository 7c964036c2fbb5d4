/**
 * Writes test/fixtures/returns/: two INVENTED cases whose files are in the
 * layouts the readers must handle, for `npm test` (a fresh clone has no
 * acceptance cases beside it). "Child T" (Ravensmoor) and "Adult V"
 * (Saltmarsh) are made up; no real person, place, worker or case is behind
 * them, and nothing here is taken from the acceptance cases.
 *
 * Each file comes with its expected reading in the case's gold.json (entry
 * refs, agency, date bounds, precision, uncertainty, time), written here
 * beside the row that makes it, so the two cannot drift apart:
 *
 *   child-t/police.csv        CRLF, a record spanning two lines, a time "2215hrs", one month-first date
 *   child-t/gp.csv            semicolon-separated, dates like 16.01.23
 *   child-t/housing.csv       a byte order mark, dates like 6/2/23, a month
 *   child-t/csc.xlsx          a merged title row, a blank row, headings on row 3, real and typed dates
 *   child-t/cmht.xlsx         two sheets (the second an abbreviations list), a season, "?dd/mm/yyyy", a range
 *   child-t/health.docx       a Word table with a title, a repeated heading row and multi-paragraph cells
 *   child-t/school.txt        a hard-wrapped narrative with title lines and vague dates
 *   adult-v/ambulance.tsv     tab-separated, "Incident date/time" as 2023-01-09 02:47
 *   adult-v/combined.xlsx     an Agency column, real dates, typed dates, trailing empty cells
 *   adult-v/housing-notes.docx  a narrative with headings and bold date lead-ins
 *   adult-v/overview.pdf      an overview report's numbered paragraphs over two pages,
 *                             with a running header and page numbers
 *
 * overview.pdf is made by LibreOffice from overview.fodt (written here) when
 * `libreoffice` is on PATH; the PDF is committed, so tests never need it.
 *
 *   node scripts/make-test-fixtures.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { csv, FIXED_DATE, hardWrap, stableZip, word, wordDocument, xmlEscape } from './lib/office-files.ts';

const ROOT = join(import.meta.dirname, '..');
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures', 'returns');

type Precision = 'day' | 'week' | 'month' | 'season' | 'year' | 'range';

/** What a careful reader takes from one entry's date: bounds (latest defaults to earliest), precision, uncertain. */
interface Reading {
  earliest: string;
  latest?: string;
  precision?: Precision;
  uncertain?: boolean;
}

interface GoldEntry {
  ref: string;
  agency: string;
  employer?: string;
  date: { raw: string; earliest: string; latest: string; precision: Precision; uncertain: boolean };
  time: string | null;
}

/** One gold entry; `ordinal` counts entries in the file, 1-based. */
function gold(file: string, ordinal: number, agency: string, raw: string, r: Reading, time: string | null = null, employer?: string): GoldEntry {
  return {
    ref: `${file}#${ordinal}`,
    agency,
    ...(employer ? { employer } : {}),
    date: { raw, earliest: r.earliest, latest: r.latest ?? r.earliest, precision: r.precision ?? 'day', uncertain: r.uncertain ?? false },
    time,
  };
}

const day = (iso: string, uncertain = false): Reading => ({ earliest: iso, uncertain });
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

// ------------------------------------------------------------------ Child T

const POLICE = {
  file: 'police.csv',
  headings: ['Date', 'Time', 'Occurrence', 'Summary', 'Action taken'],
  rows: [
    ['09/01/2023', '2215hrs', 'RM/23/00311', 'Neighbour rang 999 reporting a woman screaming at 4 Tern Close. Officers attended. Ms P had a red mark to her cheek; Mr W had left. Child T (3) in the front room.', 'DASH medium. PPN submitted to MASH.'],
    ['10/01/2023', '09:30', 'RM/23/00311', "Mr W arrested at his brother's address and interviewed.", 'Released under investigation.'],
    ['21/02/2023', '23:05', 'RM/23/01780', 'Call from Ms P: Mr W at the door and refusing to leave.\nOfficers attended; Mr W gone on arrival. Child T awake and upset.', 'DASH standard. PPN not submitted.'],
    ['02/03/2023', '14:10', 'RM/23/02012', "Strategy discussion with children's social care about Child T.", 'Section 47 enquiry agreed.'],
    ['17/04/2023', '20:40', 'RM/23/03333', 'Ms P reported that Mr W had taken her phone and would not let her leave the flat.', 'Crime recorded: controlling behaviour. PPN submitted.'],
    ['30/06/2023', '01:15', 'RM/23/05120', 'Ms P rang: Mr W outside the flat shouting. Officers attended.', 'Words of advice given.'],
    ['20/10/2023', '19:00', 'RM/23/08804', "Missing person report from Ms P's sister: Ms P and T not seen for two days. Both found safe at a friend's flat.", 'Closed.'],
    ['10/23/2023', '16:45', 'RM/23/00311', 'Mr W charged with assault by beating (the January incident).', "Children's social care not informed of the charge."],
    ['05/12/2023', '21:30', 'RM/23/10022', '999 call: Mr W assaulted Ms P in front of T. T (3) had a graze to his forehead.', 'Mr W arrested. Referral to MASH.'],
    ['06/12/2023', '10:00', 'RM/23/10022', 'Joint visit with the social worker to Ms P and T at the refuge.', 'T seen.'],
  ],
  readings: [
    [day('2023-01-09'), '22:15'],
    [day('2023-01-10'), '09:30'],
    [day('2023-02-21'), '23:05'],
    [day('2023-03-02'), '14:10'],
    [day('2023-04-17'), '20:40'],
    [day('2023-06-30'), '01:15'],
    [day('2023-10-20'), '19:00'],
    [day('2023-10-23', true), '16:45'], // month-first among day-first: read as it fits, flagged
    [day('2023-12-05'), '21:30'],
    [day('2023-12-06'), '10:00'],
  ] as Array<[Reading, string]>,
};

const GP = {
  file: 'gp.csv',
  headings: ['Date', 'Patient', 'Consultation type', 'Clinician', 'Code', 'Details'],
  rows: [
    ['16.01.23', 'Ms P', 'Face to face', 'GP1', 'Anxiety', 'Anxious, poor sleep. Says things are difficult at home; did not want to say more. Sertraline started.'],
    ['30.01.23', 'Ms P', 'Telephone', 'GP1', 'Medication review', 'Tolerating sertraline.'],
    ['13.03.23', 'Child T', 'Face to face', 'PN1', 'Immunisation', 'Pre-school boosters given. Mum quiet.'],
    ['24.04.23', 'Ms P', 'Face to face', 'GP2', 'Injury', 'Bruise to the left forearm; says she walked into a door.'],
    ['09.05.23', 'Child T', 'Did not attend', 'PN1', 'DNA', 'Did not attend for a hearing check. Letter sent.'],
    ['19.06.23', 'Ms P', 'Letter received', 'GP1', 'Correspondence', 'Letter from the CMHT: assessed, low mood, open to the team.'],
    ['05.09.23', 'Child T', 'Telephone', 'GP2', 'Cough', 'Telephone consultation with mum about a cough; advice given.'],
    ['07.12.23', 'Child T', 'Letter received', 'GP1', 'Safeguarding', 'Letter from the MASH: Child T is the subject of a section 47 enquiry after a domestic incident.'],
  ],
  readings: ['2023-01-16', '2023-01-30', '2023-03-13', '2023-04-24', '2023-05-09', '2023-06-19', '2023-09-05', '2023-12-07'].map((d) => day(d)),
};

const HOUSING = {
  file: 'housing.csv',
  headings: ['Date', 'Officer', 'Contact', 'Notes'],
  rows: [
    ['6/2/23', 'HO1', 'Home visit', 'Annual tenancy check at 4 Tern Close. Damp in the bedroom; repair raised.'],
    ['March 2023', 'HO1', 'Phone call', 'Ms P asked about a move; told the waiting list is long.'],
    ['18/4/23', 'HO2', 'Letter', 'Letter to Ms P about rent arrears.'],
    ['2/8/23', 'HO2', 'Home visit', 'No access. Card left.'],
    ['21/12/23', 'HO1', 'Email', 'Email from the refuge: Ms P and T have moved out; they ask for a management transfer.'],
  ],
  readings: [day('2023-02-06'), { earliest: '2023-03-01', latest: '2023-03-31', precision: 'month' }, day('2023-04-18'), day('2023-08-02'), day('2023-12-21')] as Reading[],
};

const CSC = {
  file: 'csc.xlsx',
  title: "Ravensmoor Council Children's Services - chronology for Child T",
  headings: ['Date of contact', 'Worker', 'Type of contact', 'Details', 'Outcome'],
  // A Date is written as a real Excel date; a string is text as a worker typed it.
  rows: [
    ['w/c 09/01/2023', 'MASH', 'Notification', 'PPN received from police: domestic incident on 09/01 at 4 Tern Close, T present.', 'Screened: below threshold. Letter to Ms P with advice.'],
    ['22/02/2023', 'MASH', 'Contact', 'Call from the nursery: T said "W hurt mummy".', 'Strategy discussion to be arranged.'],
    [utc('2023-03-02'), 'TM1', 'Strategy discussion', 'Strategy discussion with police. Health and the nursery not invited.', 'Section 47 enquiry agreed; allocated to SW1.'],
    [utc('2023-03-03'), 'SW1', 'Home visit', 'Home visit: Ms P and T seen. Ms P says Mr W has left for good.', 'Assessment continues.'],
    [utc('2023-03-20'), 'SW1', 'Telephone call', 'Tel call to the health visitor: no concerns from health.', ''],
    [utc('2023-04-18'), 'MASH', 'Notification', "PPN received: controlling behaviour; Mr W took Ms P's phone.", 'Passed to SW1.'],
    [utc('2023-05-12'), 'SW1', 'Assessment', 'Child and family assessment completed. Case closed with advice.', 'Closed.'],
    [utc('2023-12-06'), 'MASH', 'Referral', "Referral from police: assault on Ms P in front of T; graze to T's forehead.", 'Strategy discussion today.'],
    [utc('2023-12-06'), 'TM2', 'Strategy discussion', 'Strategy discussion with police and the health visitor.', 'Section 47 enquiry.'],
    [utc('2023-12-06'), 'SW2', 'Joint visit', 'Joint visit with police at the refuge. T seen and spoken to.', ''],
    [utc('2023-12-19'), 'SW2', 'Conference', 'Initial child protection conference. T made subject to a child protection plan.', 'CP plan: emotional harm.'],
  ] as Array<[Date | string, string, string, string, string]>,
  readings: [
    { earliest: '2023-01-09', latest: '2023-01-15', precision: 'week' },
    day('2023-02-22'),
    ...['2023-03-02', '2023-03-03', '2023-03-20', '2023-04-18', '2023-05-12', '2023-12-06', '2023-12-06', '2023-12-06', '2023-12-19'].map((d) => day(d)),
  ] as Reading[],
};

const CMHT = {
  file: 'cmht.xlsx',
  headings: ['Date', 'Worker', 'Contact', 'Notes'],
  rows: [
    ['Spring 2023', 'Duty', '', 'Referral from the GP: low mood and anxiety.'],
    [utc('2023-05-09'), 'CPN1', 'Assessment', 'Initial assessment at the clinic. Ms P low in mood; one child at home (T, 3).'],
    [utc('2023-06-13'), 'CPN1', 'Letter', 'Letter to the GP with the assessment.'],
    ['?18/07/2023', 'CPN1', 'DNA', 'Did not attend; the date on the appointment card is unclear.'],
    [utc('2023-08-22'), 'CPN1', 'Home visit', 'Home visit. Mr W answered the door; Ms P would not talk in front of him.'],
    ['between 4 and 6 October 2023', 'AMHP (seconded from adult social care)', 'MHA assessment', 'Mental Health Act assessment at home; not detained. T present.'],
  ] as Array<[Date | string, string, string, string]>,
  readings: [
    { earliest: '2023-03-01', latest: '2023-05-31', precision: 'season' },
    day('2023-05-09'),
    day('2023-06-13'),
    day('2023-07-18', true),
    day('2023-08-22'),
    { earliest: '2023-10-04', latest: '2023-10-06', precision: 'range' },
  ] as Reading[],
  abbreviations: [
    ['CPN', 'Community psychiatric nurse'],
    ['AMHP', 'Approved mental health professional'],
    ['MHA', 'Mental Health Act'],
    ['DNA', 'Did not attend'],
    ['GP', 'General practitioner'],
    ['CMHT', 'Community mental health team'],
  ],
};

const HEALTH = {
  file: 'health.docx',
  title: 'Ravensmoor Community Health NHS Trust - single agency chronology',
  headings: ['Date', 'Time', 'Service', 'Practitioner', 'Contact / event', 'Outcome / plan'],
  // null marks where Word repeats the heading row mid-table (a page break in the original).
  rows: [
    ['11/01/2023', '10:00', 'Health visiting', 'HV1', 'Home visit for the routine 3-year review.\nT playing happily; speech delayed.\nMs P quiet; her partner present throughout.', 'Review in 3 months.'],
    ['20/03/2023', '', 'Health visiting', 'HV1', 'Tel call from the social worker asking about T.', 'Told no concerns.'],
    ['28/03/2023', '19.45pm', 'Emergency department', 'ED nurse', 'T brought in by Ms P with a burn to the hand from a hair straightener.', 'Dressed; discharged. Letter to the GP.'],
    ['14/04/2023', '', 'Health visiting', 'HV1', 'No access visit.', 'Letter sent.'],
    null,
    ['03/07/2023', '11:30', 'Health visiting', 'HV1', 'Home visit: T well; Ms P says Mr W has gone.', 'Universal.'],
    ['06/12/2023', '13:00', 'Health visiting', 'HV2', 'Strategy discussion with children’s social care and police by phone.', 'Section 47 enquiry.'],
    ['08/12/2023', '', 'Paediatrics', 'Paediatrician', 'Child protection medical: graze to the forehead consistent with the account.', 'Report to children’s social care.'],
  ] as Array<string[] | null>,
  readings: [
    ['health-visiting', '2023-01-11', '10:00'],
    ['health-visiting', '2023-03-20', null],
    ['ed', '2023-03-28', '19:45'],
    ['health-visiting', '2023-04-14', null],
    ['health-visiting', '2023-07-03', '11:30'],
    ['health-visiting', '2023-12-06', '13:00'],
    ['paediatrics', '2023-12-08', null],
  ] as Array<[string, string, string | null]>,
};

const SCHOOL = {
  file: 'school.txt',
  heading: ['LITTLE ACORNS NURSERY', 'Safeguarding chronology - Child T', '', 'Compiled by the designated safeguarding lead, January 2024'],
  intro: 'This chronology is taken from our safeguarding log. T attended three mornings a week from January 2023.',
  paragraphs: [
    ['9th January 2023', 'T started at nursery three mornings a week. Ms P said the family were known to no other services.', day('2023-01-09')],
    ['22nd February 2023', 'T said "W hurt mummy" during circle time. I rang the MASH and spoke to the duty worker, who said they would look into it.', day('2023-02-22')],
    ['Early March 2023', 'T tired and hungry on arrival most mornings this week.', { earliest: '2023-03-01', latest: '2023-03-10', precision: 'range' }],
    ['w/c 15 May', 'T absent all week; no reason given when we rang home.', { earliest: '2023-05-15', latest: '2023-05-21', precision: 'week' }],
    ['Late June', 'Ms P told staff that Mr W had moved back in with them.', { earliest: '2023-06-21', latest: '2023-06-30', precision: 'range' }],
    ['Summer term 2023', 'Attendance for the term was 71%.', { earliest: '2023-04-15', latest: '2023-07-22', precision: 'range' }],
    ['Undated – approx. autumn 2023', 'T told his key worker he was scared of the dark and of W.', { earliest: '2023-09-01', latest: '2023-11-30', precision: 'season', uncertain: true }],
    ['4th December 2023', 'T came in with a bruise on his arm; his mum said he fell at the park.', day('2023-12-04')],
  ] as Array<[string, string, Reading]>,
};

// ------------------------------------------------------------------ Adult V

const AMBULANCE = {
  file: 'ambulance.tsv',
  headings: ['Incident date/time', 'Category', 'Crew findings', 'Conveyed'],
  rows: [
    ['2023-01-09 02:47', 'Cat 2', 'Adult V, 81, found on the floor by a neighbour. Cold; no injuries.', 'Yes - Saltmarsh General ED'],
    ['2023-03-14 18:20', 'Cat 3', 'Fall at home. Flat very cold, little food in the kitchen.', 'No - left in the care of her niece'],
    ['2023-06-02 07:05', 'Cat 2', 'Breathless. Smell of urine; leg ulcer undressed.', 'Yes'],
    ['2023-11-28 23:50', 'Cat 1', 'Unresponsive. Neighbour rang 999.', 'Yes'],
  ],
};

const COMBINED = {
  file: 'combined.xlsx',
  headings: ['Date', 'Agency', 'Event', 'Outcome'],
  rows: [
    [utc('2022-10-04'), 'GP', 'Annual review with the practice nurse. Leg ulcer; referral to the district nurses.', 'Referral sent.', 'gp', day('2022-10-04')],
    ['12/10/2022', 'District Nursing', 'First visit: ulcer dressed.', '', 'other', day('2022-10-12')],
    ['Winter 2022', 'Adult Social Care', 'Niece rang the front door team worried about the cold flat.', 'Advice given.', 'asc', { earliest: '2022-12-01', latest: '2023-02-28', precision: 'season' }],
    [utc('2023-01-09'), 'Ambulance Service', 'Conveyed to the emergency department after a fall.', '', 'ambulance', day('2023-01-09')],
    [utc('2023-01-10'), 'Emergency Department', 'Admitted with hypothermia.', 'Discharged 17/01.', 'ed', day('2023-01-10')],
    [utc('2023-02-20'), 'Adult Social Care', 'Care Act assessment at home.', 'Care package of two calls a day.', 'asc', day('2023-02-20')],
    ['31/04/2023', 'Housing', 'Heating repair reported by the niece.', '', 'housing', day('2023-04-30', true)],
    ['?03/05/2023', 'Family (niece)', 'Niece rang the GP practice to say V was not eating.', '', 'family', day('2023-05-03', true)],
    [utc('2023-06-02'), 'Ambulance Service', 'Conveyed to the emergency department: breathless.', '', 'ambulance', day('2023-06-02')],
    [utc('2023-07-15'), 'Police', 'Welfare check at the flat after a call from a neighbour; V well.', 'No further action.', 'police', day('2023-07-15')],
    [utc('2023-11-29'), 'Emergency Department', 'V died on the ward.', '', 'ed', day('2023-11-29')],
  ] as Array<[Date | string, string, string, string, string, Reading]>,
};

const HOUSING_NOTES = {
  file: 'housing-notes.docx',
  headings: ['Saltmarsh Homes', 'Chronology for the Safeguarding Adults Review: Adult V'],
  intro: 'Prepared by the tenancy team from the housing management system.',
  paragraphs: [
    ['2nd February 2023:', 'Tenancy visit by TO1. The flat was cold; V said the boiler had broken.', day('2023-02-02')],
    ['9th February:', 'Repair raised for the boiler.', day('2023-02-09')],
    ['Early March 2023:', 'Boiler repaired by the contractor.', { earliest: '2023-03-01', latest: '2023-03-10', precision: 'range' }],
    ['24th April 2023:', 'Niece rang: V has not paid her rent for two months.', day('2023-04-24')],
    ['Mid-July 2023:', 'Arrears letter sent.', { earliest: '2023-07-11', latest: '2023-07-20', precision: 'range' }],
    ['3rd October 2023:', 'No access on a gas safety visit.', day('2023-10-03')],
    ['10th October:', 'Second no access. Case passed to the tenancy sustainment team.', day('2023-10-10')],
    ['Late November 2023:', 'Told by the niece that V had died.', { earliest: '2023-11-21', latest: '2023-11-30', precision: 'range' }],
  ] as Array<[string, string, Reading]>,
};

const OVERVIEW = {
  file: 'overview.pdf',
  header: 'Saltmarsh Safeguarding Adults Board – OFFICIAL',
  title: 'SAR Adult V - Overview report (extract)',
  // [heading, [label, text]...]; the second episode starts on a new page.
  episodes: [
    [
      'Key episode 1: a fall in January',
      [
        ['4.1', 'On 9 January 2023 at 02:47 an ambulance crew attended V, who had been found on the floor by a neighbour. The crew took her to the emergency department, where she was admitted with hypothermia and stayed for a week.'],
        ['4.2', 'On 20 February 2023 a social worker completed a Care Act assessment at V’s home. V agreed to two care calls a day. The assessment did not mention the cold flat or the broken boiler that the housing provider knew about.'],
        ['4.3', 'On 24 April 2023 the housing officer learned from V’s niece that the rent had not been paid for two months. The next day the housing officer wrote to V about the arrears, but did not tell adult social care.'],
      ],
    ],
    [
      'Key episode 2: the last months',
      [
        ['4.4', 'On 15 July 2023 police officers carried out a welfare check at the flat after a neighbour rang. They found V well and took no further action.'],
        ['4.5', 'On 3 October 2023 the gas engineer could not get into the flat, and the housing provider passed the case to its tenancy sustainment team.'],
        ['4.6', 'The review found that no agency held the whole picture of V’s circumstances, and that each saw one part of it.'],
        ['4.7', 'On 28 November 2023 at 23:50 an ambulance crew attended after a neighbour rang 999; V was unresponsive. She was taken to the emergency department, where she died.'],
      ],
    ],
  ] as Array<[string, Array<[string, string]>]>,
  // One entry per sentence that introduces a date (4.3 narrates two; 4.6 none).
  entries: [
    ['ambulance', '9 January 2023', day('2023-01-09'), '02:47'],
    ['asc', '20 February 2023', day('2023-02-20'), null],
    ['housing', '24 April 2023', day('2023-04-24'), null],
    ['housing', 'The next day', day('2023-04-25'), null],
    ['police', '15 July 2023', day('2023-07-15'), null],
    ['housing', '3 October 2023', day('2023-10-03'), null],
    ['ambulance', '28 November 2023', day('2023-11-28'), '23:50'],
  ] as Array<[string, string, Reading, string | null]>,
};

// ------------------------------------------------------------------ writers

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Threadline test fixtures (fictional)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  build(wb);
  return stableZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

function sheet(wb: ExcelJS.Workbook, name: string, headings: readonly string[], rows: ReadonlyArray<ReadonlyArray<Date | string>>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow([...headings]).font = { bold: true };
  // Trailing empty cells are left out, as Excel saves a row whose last cells were never typed in.
  for (const r of rows) ws.addRow(trimEnd(r));
  ws.getColumn(1).numFmt = 'dd/mm/yyyy';
  return ws;
}

const trimEnd = <T>(r: ReadonlyArray<T>): T[] => {
  const out = [...r];
  while (out.length && out.at(-1) === '') out.pop();
  return out;
};

function cscWorkbook(): Promise<Buffer> {
  return workbook((wb) => {
    const ws = wb.addWorksheet('Chronology');
    ws.addRow([CSC.title]).font = { bold: true, size: 14 };
    ws.mergeCells('A1:E1');
    ws.addRow([]);
    ws.addRow([...CSC.headings]).font = { bold: true };
    for (const r of CSC.rows) ws.addRow(trimEnd(r));
    ws.getColumn(1).numFmt = 'dd/mm/yyyy';
  });
}

function healthDocx(): Promise<Buffer> {
  const heading = word.row(HEALTH.headings, true);
  const rows = HEALTH.rows.map((r) => (r ? word.row(r) : word.row(HEALTH.headings, true))).join('');
  return wordDocument(
    `${word.para(HEALTH.title, { style: 'Heading1' })}${word.para('Prepared for the child safeguarding practice review.')}${word.para('Names are replaced by letters throughout.')}${word.table(heading + rows)}`,
    { styles: true },
  );
}

function housingNotesDocx(): Promise<Buffer> {
  const [h1, h2] = HOUSING_NOTES.headings;
  return wordDocument(
    `${word.para(h1!, { style: 'Heading1' })}${word.para(h2!, { style: 'Heading2' })}${word.para(HOUSING_NOTES.intro)}${HOUSING_NOTES.paragraphs.map(([lead, rest]) => word.leadIn(lead, rest)).join('')}`,
    { styles: true },
  );
}

function schoolText(): string {
  const paras = SCHOOL.paragraphs.map(([date, text]) => hardWrap(`${date} – ${text}`, 72));
  return `${SCHOOL.heading.join('\n')}\n\n${hardWrap(SCHOOL.intro, 72)}\n\n${paras.join('\n\n')}\n`;
}

/** The overview report as a flat OpenDocument text, with a running header and page numbers, for LibreOffice to print. */
function overviewFodt(): string {
  const p = (style: string, text: string) => `<text:p text:style-name="${style}">${xmlEscape(text)}</text:p>`;
  const body = OVERVIEW.episodes
    .map(([heading, paras], k) => `${p(k === 0 ? 'Heading' : 'HeadingNewPage', heading)}${paras.map(([label, text]) => p('Para', `${label}\t${text}`)).join('')}`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${xmlEscape(OVERVIEW.title)}</dc:title></office:meta>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="HeadingNewPage" style:family="paragraph" style:parent-style-name="Heading"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Para" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.2cm" fo:text-indent="-1.2cm" fo:margin-bottom="0.25cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Furniture">${xmlEscape(OVERVIEW.header)}</text:p></style:header>
<style:footer><text:p text:style-name="Furniture">Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>${p('Title', OVERVIEW.title)}${body}</office:text></office:body>
</office:document>
`;
}

function printOverview(dir: string): boolean {
  const fodt = join(dir, 'overview.fodt');
  writeFileSync(fodt, overviewFodt());
  const r = spawnSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, fodt], { encoding: 'utf8' });
  rmSync(fodt, { force: true });
  return r.status === 0;
}

// ------------------------------------------------------------------ gold

function childTGold(): GoldEntry[] {
  const out: GoldEntry[] = [];
  POLICE.rows.forEach((r, i) => out.push(gold(POLICE.file, i + 1, 'police', r[0]!, POLICE.readings[i]![0], POLICE.readings[i]![1])));
  GP.rows.forEach((r, i) => out.push(gold(GP.file, i + 1, 'gp', r[0]!, GP.readings[i]!)));
  HOUSING.rows.forEach((r, i) => out.push(gold(HOUSING.file, i + 1, 'housing', r[0]!, HOUSING.readings[i]!)));
  CSC.rows.forEach((r, i) => out.push(gold(CSC.file, i + 1, 'csc', typeof r[0] === 'string' ? r[0] : ukDate(r[0]), CSC.readings[i]!)));
  CMHT.rows.forEach((r, i) =>
    out.push(gold(CMHT.file, i + 1, 'adult-mh', typeof r[0] === 'string' ? r[0] : ukDate(r[0]), CMHT.readings[i]!, null, r[1].startsWith('AMHP') ? 'asc' : undefined)),
  );
  HEALTH.rows.filter((r): r is string[] => r !== null).forEach((r, i) => {
    const [agency, iso, time] = HEALTH.readings[i]!;
    out.push(gold(HEALTH.file, i + 1, agency, r[0]!, day(iso), time));
  });
  SCHOOL.paragraphs.forEach(([raw, , reading], i) => out.push(gold(SCHOOL.file, i + 1, 'school', raw, reading)));
  return out;
}

function adultVGold(): GoldEntry[] {
  const out: GoldEntry[] = [];
  AMBULANCE.rows.forEach((r, i) => out.push(gold(AMBULANCE.file, i + 1, 'ambulance', r[0]!, day(r[0]!.slice(0, 10)), r[0]!.slice(11))));
  COMBINED.rows.forEach((r, i) => out.push(gold(COMBINED.file, i + 1, r[4], typeof r[0] === 'string' ? r[0] : ukDate(r[0]), r[5])));
  HOUSING_NOTES.paragraphs.forEach(([lead, , reading], i) => out.push(gold(HOUSING_NOTES.file, i + 1, 'housing', lead.replace(/:$/, ''), reading)));
  OVERVIEW.entries.forEach(([agency, raw, reading, time], i) => out.push(gold(OVERVIEW.file, i + 1, agency, raw, reading, time)));
  return out;
}

/** A real Excel date cell's raw text, as the gold gives it (dd/mm/yyyy). */
function ukDate(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

function goldFile(name: string, entries: GoldEntry[], files: Array<[string, string, string]>): string {
  return `${JSON.stringify({ case: name, invented: true, files: files.map(([file, agency, format]) => ({ file, agency, format })), entries }, null, 2)}\n`;
}

export async function writeTestFixtures(dir = FIXTURES_DIR): Promise<{ files: string[]; pdf: boolean }> {
  const childT = join(dir, 'child-t');
  const adultV = join(dir, 'adult-v');
  for (const d of [childT, adultV]) mkdirSync(d, { recursive: true });
  const files: Array<[string, string | Buffer]> = [
    [join(childT, POLICE.file), csv(POLICE.headings, POLICE.rows)],
    [join(childT, GP.file), csv(GP.headings, GP.rows, ';')],
    [join(childT, HOUSING.file), `\uFEFF${csv(HOUSING.headings, HOUSING.rows)}`],
    [join(childT, CSC.file), await cscWorkbook()],
    [join(childT, CMHT.file), await workbook((wb) => {
      sheet(wb, 'CMHT chronology', CMHT.headings, CMHT.rows);
      sheet(wb, 'Abbreviations', ['Abbreviation', 'Meaning'], CMHT.abbreviations);
    })],
    [join(childT, HEALTH.file), await healthDocx()],
    [join(childT, SCHOOL.file), schoolText()],
    [
      join(childT, 'gold.json'),
      goldFile('child-t', childTGold(), [
        [POLICE.file, 'police', 'csv'], [GP.file, 'gp', 'csv'], [HOUSING.file, 'housing', 'csv'], [CSC.file, 'csc', 'xlsx'],
        [CMHT.file, 'adult-mh', 'xlsx'], [HEALTH.file, 'mixed', 'docx'], [SCHOOL.file, 'school', 'txt'],
      ]),
    ],
    [join(adultV, AMBULANCE.file), `${[AMBULANCE.headings, ...AMBULANCE.rows].map((r) => r.join('\t')).join('\n')}\n`],
    [join(adultV, COMBINED.file), await workbook((wb) => void sheet(wb, 'Combined', COMBINED.headings, COMBINED.rows.map((r) => r.slice(0, 4) as Array<Date | string>)))],
    [join(adultV, HOUSING_NOTES.file), await housingNotesDocx()],
    [
      join(adultV, 'gold.json'),
      goldFile('adult-v', adultVGold(), [
        [AMBULANCE.file, 'ambulance', 'tsv'], [COMBINED.file, 'mixed', 'xlsx'], [HOUSING_NOTES.file, 'housing', 'docx'], [OVERVIEW.file, 'mixed', 'pdf'],
      ]),
    ],
  ];
  for (const [path, body] of files) writeFileSync(path, body);
  const pdf = printOverview(adultV);
  return { files: files.map(([p]) => p), pdf };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, pdf } = await writeTestFixtures();
  console.log(`threadline: wrote ${files.length} fixture files to ${FIXTURES_DIR}${pdf ? ', and overview.pdf with LibreOffice' : '; overview.pdf left as it was (no libreoffice on PATH)'}`);
}
