/**
 * Case notes printed as records ("Date: … / Worker: … / Note: …"), and
 * dated lines with the date in brackets: two layouts case management
 * systems print. The notes are invented.
 */
import { describe, expect, it } from 'vitest';

import { findLeadingDate } from '../../../shared/dates/index.ts';
import { importDocument } from '../../../shared/import/index.ts';
import type { RawBlock, RawDocument } from '../../../shared/import/raw.ts';
import { recordsAsTable } from '../../../shared/import/records.ts';

function lines(texts: string[]): RawBlock[] {
  return texts.map((text, i) => ({ kind: 'paragraph', text, index: i + 1, line: i + 3 }));
}
const doc = (blocks: RawBlock[]): RawDocument => ({ fileName: 'notes.txt', format: 'txt', title: null, tables: [], blocks, warnings: [] });

const NOTES = lines([
  'Date: 02/05/2023 09:30',
  'Recorded by: C Patel (Family Support Worker)',
  'Contact type: Home visit',
  'Notes: Mother and baby seen. Flat cold; no food in the fridge.',
  'Referred to the food bank.',
  'Date: 09/05/2023',
  'Recorded by: C Patel (Family Support Worker)',
  'Contact type: Telephone',
  'Notes: Rang mother, no answer. Text sent.',
]);

describe('case notes printed as records', () => {
  it('become a table: a row per record, a column per label, unlabelled lines carrying on the value above', () => {
    const t = recordsAsTable(NOTES, 'notes.txt');
    expect(t?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Date', 'Recorded by', 'Contact type', 'Notes'],
      ['02/05/2023 09:30', 'C Patel (Family Support Worker)', 'Home visit', 'Mother and baby seen. Flat cold; no food in the fridge.\nReferred to the food bank.'],
      ['09/05/2023', 'C Patel (Family Support Worker)', 'Telephone', 'Rang mother, no answer. Text sent.'],
    ]);
    expect(t?.rows.map((r) => r.index)).toEqual([2, 3, 8]);
  });

  it('import with their dates, times, authors and text, each pointing at the line its record starts on', () => {
    const r = importDocument(doc(NOTES), { agency: 'early-help' });
    expect(r.layout).toBe('table');
    expect(r.entries.map((e) => [e.date.earliest, e.time, e.author, e.location.row])).toEqual([
      ['2023-05-02', '09:30', 'C Patel (Family Support Worker)', 3],
      ['2023-05-09', null, 'C Patel (Family Support Worker)', 8],
    ]);
    expect(r.entries[0]!.text).toContain('Referred to the food bank.');
  });

  it('are not found in a narrative that only has the odd "Outcome:" line', () => {
    const narrative = lines(['14/03/2023 - Home visit, no access.', 'Outcome: card left.', '21/03/2023 - Phone call to mother.', 'Outcome: visit booked.']);
    expect(recordsAsTable(narrative, 'n.txt')).toBeNull();
    expect(importDocument(doc(narrative), { agency: 'early-help' }).layout).toBe('narrative');
  });
});

describe('a date in brackets at the start of a line', () => {
  it.each(['[14/03/2023] Home visit.', '(14/03/2023) Home visit.', '[14/03/2023 10:15] Home visit.'])('%s is a leading date', (text) => {
    expect(findLeadingDate(text)).toMatchObject({ bracketed: true, date: { earliest: '2023-03-14' } });
  });
  it('needs its closing bracket', () => {
    expect(findLeadingDate('[14/03/2023 Home visit.')).toBeNull();
  });
  it('makes each bracketed line an entry', () => {
    const r = importDocument(doc(lines(['[03/04/2023] New birth visit. Mother and baby well.', '[17/04/2023] Telephone contact; no concerns.'])), { agency: 'health-visiting' });
    expect(r.entries.map((e) => [e.date.earliest, e.text])).toEqual([
      ['2023-04-03', 'New birth visit. Mother and baby well.'],
      ['2023-04-17', 'Telephone contact; no concerns.'],
    ]);
  });
});

describe('case notes whose text follows a header of short fields (invented)', () => {
  const NOTES2 = lines([
    'Date: 02/05/2024',
    'Author: SW3 (Adult Team)',
    'Note type: Contact',
    'Call from the pharmacy: Mr B has not collected his medication for two weeks.',
    'Pharmacist worried about his memory.',
    'Date: 09/05/2024',
    'Author: SW3 (Adult Team)',
    'Note type: Visit',
    'Home visit. Mr B confused; flat cold.',
  ]);

  it('puts the text in a note column of its own, not into the note type, even when it is most of the lines', () => {
    const t = recordsAsTable(NOTES2, 'notes.txt');
    expect(t?.rows[0]?.cells.map((c) => c.text)).toEqual(['Date', 'Author', 'Note type', 'Note']);
    expect(t?.rows[1]?.cells.map((c) => c.text)).toEqual(['02/05/2024', 'SW3 (Adult Team)', 'Contact', 'Call from the pharmacy: Mr B has not collected his medication for two weeks.\nPharmacist worried about his memory.']);
  });

  it('is still not a table when a narrative has a dated label now and then', () => {
    const prose = lines(['Date: 02/05/2024', 'The team met the family.', 'They talked about school.', 'Date: 09/05/2024', 'Another long paragraph of narrative.', 'And more narrative here.']);
    expect(recordsAsTable(prose, 'notes.txt')).toBeNull();
  });
});

describe('records whose fields share a line', () => {
  it('reads "Date: … Officer: … Type: …" as three fields and the lines under it as the note, rules between records ignored', () => {
    const r = importDocument(
      doc(
        lines([
          'Date: 03 March 2023 Officer: TO2 Type: Home visit',
          'Mr at the address although his bail conditions bar him. Mrs said he is back for good.',
          '------------------------------------------------',
          'Date: 20 March 2023   Officer: IO1   Type: Letter',
          'Arrears letter sent to both tenants.',
        ]),
      ),
      { agency: 'housing' },
    );
    expect(r.layout).toBe('table');
    expect(r.entries.map((e) => [e.date.earliest, e.contactType, e.author, e.text])).toEqual([
      ['2023-03-03', 'Home visit', 'TO2', 'Mr at the address although his bail conditions bar him. Mrs said he is back for good.'],
      ['2023-03-20', 'Letter', 'IO1', 'Arrears letter sent to both tenants.'],
    ]);
  });
});

describe('a workbook with a sheet per service', () => {
  it('gives each sheet the agency its name names', () => {
    const sheet = (number: number, name: string, text: string) => ({
      name,
      number,
      rows: [
        { index: 1, cells: [{ text: 'Date' }, { text: 'Entry' }] },
        { index: 2, cells: [{ text: '14/03/2023' }, { text }] },
      ],
    });
    const r = importDocument({
      fileName: 'health-board.xlsx',
      format: 'xlsx',
      title: 'Health board chronology',
      tables: [sheet(1, 'GP', 'Seen with low mood.'), sheet(2, 'Mental Health', 'Crisis team assessment in ED.'), sheet(3, 'ED', 'Attended with a head injury.')],
      blocks: [],
      warnings: [],
    });
    expect(r.entries.map((e) => e.agency)).toEqual(['gp', 'adult-mh', 'ed']);
    expect(r.agency).toBe('mixed');
  });
});

describe('records and letters in one file', () => {
  it('reads each bold "Date: … Clinician: …" header as a record, and a second date inside a record as its field', () => {
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Practice record extract', index: 1, line: 1 },
      { kind: 'heading', text: 'Date: 14 Feb 2023 Clinician: Dr A (GP) Type: Face to face', index: 2, line: 2 },
      { kind: 'paragraph', text: 'History: Leaking wound on the shin, lives alone.', index: 3, line: 3 },
      { kind: 'heading', text: 'Date: 28 Mar 2023 Clinician: PN1 Type: Telephone', index: 4, line: 4 },
      { kind: 'paragraph', text: 'Date of next review: 30 Mar 2023', index: 5, line: 5 },
      { kind: 'paragraph', text: 'History: Results given by phone.', index: 6, line: 6 },
    ];
    const r = importDocument(doc(blocks), { agency: 'gp' });
    expect(r.entries.map((e) => e.date.earliest)).toEqual(['2023-02-14', '2023-03-28']);
  });
});
