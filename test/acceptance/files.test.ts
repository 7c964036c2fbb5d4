/**
 * The acceptance cases' files, read as they are. Counts were checked by hand
 * against the files (wc -l, the sheets in Excel, the Word table, the PDF).
 */
import { describe, expect, it } from 'vitest';
import { readChronologyFile } from '../../electron/core/readers/index.ts';
import type { RawDocument, RawTable } from '../../shared/import/raw.ts';
import { ACCEPTANCE_DIR as ACCEPTANCE } from '../support/acceptance.ts';

const childL = (f: string): string => `${ACCEPTANCE}/child-l/${f}`;
const adultS = (f: string): string => `${ACCEPTANCE}/adult-s/${f}`;

function only(doc: RawDocument): RawTable {
  expect(doc.tables).toHaveLength(1);
  return doc.tables[0]!;
}
const texts = (t: RawTable, row: number): string[] => t.rows.find((r) => r.index === row)!.cells.map((c) => c.text);

describe('child-l CSV files', () => {
  it('police.csv: CRLF, one record spanning two lines, row.index is the starting line', async () => {
    const doc = await readChronologyFile(childL('police.csv'));
    expect(doc.format).toBe('csv');
    const t = only(doc);
    expect(t.name).toBe('police.csv');
    expect(t.rows).toHaveLength(19); // 20 physical lines, one record with an embedded line break
    expect(t.rows.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(texts(t, 1)).toEqual(['Date', 'Time', 'Incident Ref', 'Summary', 'Action taken']);
    const multi = t.rows.find((r) => r.index === 10)!;
    expect(multi.cells[0]!.text).toBe('05/11/2023');
    expect(multi.cells.some((c) => c.text.includes('\nL (3) had a swollen bruise'))).toBe(true);
    expect(t.rows.flatMap((r) => r.cells).some((c) => c.text.includes('\r'))).toBe(false);
    expect(texts(t, 3)[1]).toBe('2040hrs');
    expect(texts(t, 16)[0]).toBe('12/13/2023');
    expect(doc.warnings).toEqual([]);
  });

  it('gp.csv: semicolon-separated, 22 rows of 6 columns', async () => {
    const t = only(await readChronologyFile(childL('gp.csv')));
    expect(t.rows).toHaveLength(22);
    expect(texts(t, 1)).toEqual(['Date', 'Patient', 'Consultation type', 'Clinician', 'Read code', 'Details']);
    expect(texts(t, 2)[0]).toBe('14.03.23');
    expect(t.rows.every((r) => r.cells.length <= 6)).toBe(true);
  });

  it('housing.csv: the BOM is gone from the first header cell', async () => {
    const doc = await readChronologyFile(childL('housing.csv'));
    const t = only(doc);
    expect(t.rows).toHaveLength(8);
    expect(texts(t, 1)[0]).toBe('Date');
    expect(texts(t, 2)[0]).toBe('6/3/23');
    expect(doc.warnings).toEqual([]);
  });

  it('probation.csv and combined-extract.csv', async () => {
    expect(only(await readChronologyFile(childL('probation.csv'))).rows).toHaveLength(11);
    const c = only(await readChronologyFile(childL('combined-extract.csv')));
    expect(c.rows).toHaveLength(12);
    expect(texts(c, 4)[0]).toBe('05/01/2023 - 09/01/2023');
  });
});

describe('adult-s ambulance.tsv', () => {
  it('is tab-separated with 4 columns', async () => {
    const doc = await readChronologyFile(adultS('ambulance.tsv'));
    expect(doc.format).toBe('tsv');
    const t = only(doc);
    expect(t.rows).toHaveLength(11);
    expect(texts(t, 1)).toEqual(['Incident date/time', 'Call category', 'Outcome', 'Safeguarding referral made (Y/N)']);
    expect(texts(t, 3)[0]).toBe('2022-11-14 03:12');
  });
});

describe('Excel workbooks', () => {
  it('csc.xlsx: merged title row, blank row 2, header on row 3, real and text dates', async () => {
    const doc = await readChronologyFile(childL('csc.xlsx'));
    expect(doc.format).toBe('xlsx');
    const t = only(doc);
    expect(t.name).toBe('Chronology');
    expect(t.rows).toHaveLength(35);
    expect(t.rows.map((r) => r.index)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    const title = t.rows[0]!;
    expect(title.cells).toHaveLength(5);
    expect(title.cells[0]!.text).toMatch(/^Northtown Children's Services - single agency chronology/);
    expect(title.cells[0]!.merge).toEqual({ dir: 'h', master: true });
    for (const c of title.cells.slice(1)) expect(c).toEqual({ text: '', merge: { dir: 'h', master: false } });
    expect(t.rows[1]!.cells).toEqual([]); // the blank row is kept, with its row number
    expect(texts(t, 3)).toEqual(['Date of contact', 'Worker', 'Type of contact', 'Details', 'Outcome']);
    expect(t.rows[3]!.cells[0]).toEqual({ text: 'w/c 06/03/2023' });
    expect(t.rows[4]!.cells[0]).toEqual({ text: '17/04/2023' }); // typed as text
    expect(t.rows[5]!.cells[0]).toEqual({ text: '17/04/2023', date: { y: 2023, m: 4, d: 17 } }); // a real date
    expect(t.rows.filter((r) => r.cells[0]?.date).length).toBe(29);
    expect(doc.title).toMatch(/^Northtown Children's Services/);
  });

  it('cmht.xlsx: two sheets, the second is the Abbreviations list', async () => {
    const doc = await readChronologyFile(childL('cmht.xlsx'));
    expect(doc.tables.map((t) => [t.number, t.name, t.rows.length, t.hidden ?? false])).toEqual([
      [1, 'CMHT chronology', 20, false],
      [2, 'Abbreviations', 9, false],
    ]);
    const t = doc.tables[0]!;
    expect(texts(t, 2)[0]).toBe('Spring 2023');
    expect(texts(t, 2)[2]).toBe(''); // an empty cell in the middle stays in place
    expect(t.rows[3]!.cells[0]).toEqual({ text: '09/05/2023', date: { y: 2023, m: 5, d: 9 } });
    expect(texts(t, 5)[0]).toBe('?22/05/2023');
  });

  it('sar-combined.xlsx: 34 real dates, text dates kept as typed', async () => {
    const t = only(await readChronologyFile(adultS('sar-combined.xlsx')));
    expect(t.rows).toHaveLength(40);
    expect(t.rows.filter((r) => r.cells[0]?.date).length).toBe(34);
    const textDates = t.rows.slice(1).filter((r) => !r.cells[0]!.date).map((r) => r.cells[0]!.text);
    expect(textDates).toEqual(['07/07/2022', 'Winter 2022', '20/03/2023', '?14/06/2023', '31/09/2023']);
    expect(t.rows[19]!.cells).toHaveLength(4); // trailing empty "Outcome" trimmed
  });
});

describe('Word documents', () => {
  it('health.docx: one table of 29 rows, the repeated header row kept, cells keep their paragraphs', async () => {
    const doc = await readChronologyFile(childL('health.docx'));
    expect(doc.format).toBe('docx');
    const t = only(doc);
    expect(t.name).toBe('Table 1');
    expect(t.rows).toHaveLength(29);
    expect(t.rows.map((r) => r.index)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    const header = ['Date', 'Time', 'Service', 'Practitioner', 'Contact / event', 'Outcome / plan'];
    expect(texts(t, 1)).toEqual(header);
    expect(texts(t, 21)).toEqual(header); // repeated mid-table: present as a row
    const booking = texts(t, 2)[4]!;
    expect(booking.split('\n')).toHaveLength(3);
    expect(booking).toMatch(/^Booking appointment.*\nHistory of depression.*\nHandheld notes carry a safeguarding sticker: 'CSC involved - Southborough'/);
    expect(texts(t, 8)[1]).toBe('20.05pm');
    expect(doc.title).toBe('Northtown Health NHS Trust - single agency chronology');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('housing-notes.docx: narrative with bold date lead-ins', async () => {
    const doc = await readChronologyFile(adultS('housing-notes.docx'));
    expect(doc.tables).toEqual([]);
    expect(doc.blocks).toHaveLength(16);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Westmere Council Housing Services',
      'Chronology for the Safeguarding Adults Review: Adult S',
    ]);
    const leads = doc.blocks.filter((b) => b.leadIn).map((b) => b.leadIn);
    expect(leads).toHaveLength(12);
    expect(leads[0]).toBe('3rd October 2022:');
    expect(leads[1]).toBe('10th October:');
    expect(leads).toContain('Mid-December 2023:');
    expect(doc.blocks[3]!.text).toMatch(/^3rd October 2022: Annual tenancy visit by TO1\./);
    expect(doc.title).toBe('Westmere Council Housing Services — Chronology for the Safeguarding Adults Review: Adult S');
  });
});

describe('narrative text', () => {
  it('school.txt: title lines, one block per hard-wrapped paragraph', async () => {
    const doc = await readChronologyFile(childL('school.txt'));
    expect(doc.format).toBe('txt');
    expect(doc.title).toBe('HILLSIDE NURSERY SCHOOL — Safeguarding chronology - Child L');
    expect(doc.blocks).toHaveLength(20); // 2 title lines, "Compiled by…", the intro, 16 dated paragraphs
    const b = doc.blocks.find((x) => x.text.startsWith('14th March 2023'))!;
    expect([b.line, b.lineEnd]).toEqual([8, 11]);
    expect(b.text).toBe(
      '14th March 2023 – Ms K came in to ask about a place for L. She said they had just moved to Northtown from Southborough and were staying with her mum. L has not been to a nursery before. I asked whether any other professionals were working with the family and she said no.',
    );
    expect(doc.blocks.filter((x) => /^(\d|Early|w\/c|Late|Summer|Undated)/.test(x.text))).toHaveLength(16);
    expect(doc.blocks.at(-1)).toMatchObject({ line: 75, lineEnd: 76 });
  });
});

describe('PDF overview report', () => {
  it('numbered paragraphs 5.3–5.15, headings, no running header or page numbers', async () => {
    const doc = await readChronologyFile(adultS('overview-report-extract.pdf'));
    expect(doc.format).toBe('pdf');
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(paras.map((b) => b.label)).toEqual(['5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10', '5.11', '5.12', '5.13', '5.14', '5.15']);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Narrative of key episodes (continued)',
      'Key episode 2: an emergency admission',
      'Key episode 3: benefits stopped',
      'Key episode 4: mental health and alcohol',
      'Key episode 5: discharge and the safeguarding enquiry',
      'Key episode 6: the last weeks',
    ]);
    for (const b of doc.blocks) {
      expect(b.text).not.toMatch(/Page 1[45]|OFFICIAL|Westmere Safeguarding Adults Board/);
      expect(b.text).not.toMatch(/^5\.\d/); // label split off
    }
    const p53 = paras[0]!;
    expect(p53.page).toBe(1);
    expect(p53.text).toMatch(/^On 14 November 2022 at 03:12 an ambulance crew attended S, who had rung 999 because he could not get his breath\./);
    expect(p53.text).toMatch(/and a copy of the discharge summary to the GP\.$/);
    expect(paras.find((b) => b.label === '5.9')!.page).toBe(2);
    // words laid out one by one in the PDF come back with single spaces
    expect(paras.find((b) => b.label === '5.10')!.text).toContain('no capacity assessment was carried out and S was not visited. The next day the social worker held a safeguarding');
    expect(doc.title).toBe('SAR Adult S - Overview report (extract)');
    expect(doc.warnings.map((w) => w.code)).toEqual(['pdf-running-text-removed']);
  });
});
