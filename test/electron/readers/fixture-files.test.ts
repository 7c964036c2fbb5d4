/**
 * The reader fixtures' files (test/fixtures/returns/, invented, written by
 * scripts/make-test-fixtures.ts), read as they are: each pins one layout the
 * readers must handle. Counts were checked by hand against the files (the
 * CSV's lines, the sheets, the Word table, pdftotext of the PDF).
 */
import { describe, expect, it } from 'vitest';

import { readChronologyFile } from '../../../electron/core/readers/index.ts';
import type { RawDocument, RawTable } from '../../../shared/import/raw.ts';
import { FIXTURES } from './fixtures.ts';

const childT = (f: string): string => `${FIXTURES}/child-t/${f}`;
const adultV = (f: string): string => `${FIXTURES}/adult-v/${f}`;

function only(doc: RawDocument): RawTable {
  expect(doc.tables).toHaveLength(1);
  return doc.tables[0]!;
}
const texts = (t: RawTable, row: number): string[] => t.rows.find((r) => r.index === row)!.cells.map((c) => c.text);

describe('CSV and TSV', () => {
  it('police.csv: CRLF, one record spanning two lines, row.index is the starting line', async () => {
    const doc = await readChronologyFile(childT('police.csv'));
    expect(doc.format).toBe('csv');
    const t = only(doc);
    expect(t.name).toBe('police.csv');
    expect(t.rows.map((r) => r.index)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]); // 12 lines, record 4 spans two
    expect(texts(t, 1)).toEqual(['Date', 'Time', 'Occurrence', 'Summary', 'Action taken']);
    expect(texts(t, 4)[3]).toBe('Call from Ms P: Mr W at the door and refusing to leave.\nOfficers attended; Mr W gone on arrival. Child T awake and upset.');
    expect(t.rows.flatMap((r) => r.cells).some((c) => c.text.includes('\r'))).toBe(false);
    expect(texts(t, 2)[1]).toBe('2215hrs');
    expect(texts(t, 10)[0]).toBe('10/23/2023');
    expect(doc.warnings).toEqual([]);
  });

  it('gp.csv: semicolon-separated, 9 rows of 6 columns', async () => {
    const t = only(await readChronologyFile(childT('gp.csv')));
    expect(t.rows).toHaveLength(9);
    expect(texts(t, 1)).toEqual(['Date', 'Patient', 'Consultation type', 'Clinician', 'Code', 'Details']);
    expect(texts(t, 2)[0]).toBe('16.01.23');
    expect(texts(t, 2)[5]).toBe('Anxious, poor sleep. Says things are difficult at home; did not want to say more. Sertraline started.');
    expect(t.rows.every((r) => r.cells.length === 6)).toBe(true);
  });

  it('housing.csv: the byte order mark is gone from the first heading', async () => {
    const doc = await readChronologyFile(childT('housing.csv'));
    const t = only(doc);
    expect(t.rows).toHaveLength(6);
    expect(texts(t, 1)[0]).toBe('Date');
    expect(texts(t, 2)[0]).toBe('6/2/23');
    expect(doc.warnings).toEqual([]);
  });

  it('ambulance.tsv: tab-separated, 4 columns, date and time in one cell', async () => {
    const doc = await readChronologyFile(adultV('ambulance.tsv'));
    expect(doc.format).toBe('tsv');
    const t = only(doc);
    expect(t.rows).toHaveLength(5);
    expect(texts(t, 1)).toEqual(['Incident date/time', 'Category', 'Crew findings', 'Conveyed']);
    expect(texts(t, 3)[0]).toBe('2023-03-14 18:20');
  });
});

describe('Excel workbooks', () => {
  it('csc.xlsx: merged title row, blank row 2, headings on row 3, real and typed dates', async () => {
    const doc = await readChronologyFile(childT('csc.xlsx'));
    expect(doc.format).toBe('xlsx');
    const t = only(doc);
    expect(t.name).toBe('Chronology');
    expect(t.rows.map((r) => r.index)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const title = t.rows[0]!;
    expect(title.cells).toHaveLength(5);
    expect(title.cells[0]).toEqual({ text: "Ravensmoor Council Children's Services - chronology for Child T", merge: { dir: 'h', master: true } });
    for (const c of title.cells.slice(1)) expect(c).toEqual({ text: '', merge: { dir: 'h', master: false } });
    expect(t.rows[1]!.cells).toEqual([]); // the blank row is kept, with its row number
    expect(texts(t, 3)).toEqual(['Date of contact', 'Worker', 'Type of contact', 'Details', 'Outcome']);
    expect(t.rows[3]!.cells[0]).toEqual({ text: 'w/c 09/01/2023' });
    expect(t.rows[4]!.cells[0]).toEqual({ text: '22/02/2023' }); // typed as text
    expect(t.rows[5]!.cells[0]).toEqual({ text: '02/03/2023', date: { y: 2023, m: 3, d: 2 } }); // a real date
    expect(t.rows.filter((r) => r.cells[0]?.date).length).toBe(9);
    expect(t.rows[7]!.cells).toHaveLength(4); // an empty Outcome at the end of a row is not a cell
    expect(doc.title).toBe("Ravensmoor Council Children's Services - chronology for Child T");
  });

  it('cmht.xlsx: two sheets, the second an abbreviations list', async () => {
    const doc = await readChronologyFile(childT('cmht.xlsx'));
    expect(doc.tables.map((t) => [t.number, t.name, t.rows.length, t.hidden ?? false])).toEqual([
      [1, 'CMHT chronology', 7, false],
      [2, 'Abbreviations', 7, false],
    ]);
    const t = doc.tables[0]!;
    expect(texts(t, 2)[0]).toBe('Spring 2023');
    expect(texts(t, 2)[2]).toBe(''); // an empty cell in the middle stays in place
    expect(t.rows[2]!.cells[0]).toEqual({ text: '09/05/2023', date: { y: 2023, m: 5, d: 9 } });
    expect(texts(t, 5)[0]).toBe('?18/07/2023');
  });

  it('combined.xlsx: 7 real dates, typed dates kept as typed, trailing empty cells trimmed', async () => {
    const t = only(await readChronologyFile(adultV('combined.xlsx')));
    expect(t.rows).toHaveLength(12);
    expect(t.rows.filter((r) => r.cells[0]?.date).length).toBe(7);
    const typed = t.rows.slice(1).filter((r) => !r.cells[0]!.date).map((r) => r.cells[0]!.text);
    expect(typed).toEqual(['12/10/2022', 'Winter 2022', '31/04/2023', '?03/05/2023']);
    expect(t.rows[2]!.cells).toHaveLength(3);
  });
});

describe('Word documents', () => {
  it('health.docx: one table, the repeated heading row kept, cells keep their paragraphs', async () => {
    const doc = await readChronologyFile(childT('health.docx'));
    expect(doc.format).toBe('docx');
    const t = only(doc);
    expect(t.name).toBe('Table 1');
    expect(t.rows.map((r) => r.index)).toEqual(Array.from({ length: 9 }, (_, i) => i + 1));
    const heading = ['Date', 'Time', 'Service', 'Practitioner', 'Contact / event', 'Outcome / plan'];
    expect(texts(t, 1)).toEqual(heading);
    expect(texts(t, 6)).toEqual(heading); // repeated mid-table: present as a row
    expect(texts(t, 2)[4]!.split('\n')).toEqual(['Home visit for the routine 3-year review.', 'T playing happily; speech delayed.', 'Ms P quiet; her partner present throughout.']);
    expect(texts(t, 4)[1]).toBe('19.45pm');
    expect(doc.title).toBe('Ravensmoor Community Health NHS Trust - single agency chronology');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('housing-notes.docx: a narrative with headings and bold date lead-ins', async () => {
    const doc = await readChronologyFile(adultV('housing-notes.docx'));
    expect(doc.tables).toEqual([]);
    expect(doc.blocks).toHaveLength(11);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Saltmarsh Homes', 'Chronology for the Safeguarding Adults Review: Adult V']);
    const leads = doc.blocks.filter((b) => b.leadIn).map((b) => b.leadIn);
    expect(leads).toEqual(['2nd February 2023:', '9th February:', 'Early March 2023:', '24th April 2023:', 'Mid-July 2023:', '3rd October 2023:', '10th October:', 'Late November 2023:']);
    expect(doc.blocks[3]!.text).toBe('2nd February 2023: Tenancy visit by TO1. The flat was cold; V said the boiler had broken.');
    expect(doc.title).toBe('Saltmarsh Homes — Chronology for the Safeguarding Adults Review: Adult V');
  });
});

describe('narrative text', () => {
  it('school.txt: title lines, one block per hard-wrapped paragraph', async () => {
    const doc = await readChronologyFile(childT('school.txt'));
    expect(doc.format).toBe('txt');
    expect(doc.title).toBe('LITTLE ACORNS NURSERY — Safeguarding chronology - Child T');
    expect(doc.blocks).toHaveLength(12); // 2 title lines, "Compiled by…", the intro, 8 dated paragraphs
    const b = doc.blocks.find((x) => x.text.startsWith('22nd February 2023'))!;
    expect([b.line, b.lineEnd]).toEqual([12, 13]);
    expect(b.text).toBe('22nd February 2023 – T said "W hurt mummy" during circle time. I rang the MASH and spoke to the duty worker, who said they would look into it.');
    expect(doc.blocks.filter((x) => /^(\d|Early|w\/c|Late|Summer|Undated)/.test(x.text))).toHaveLength(8);
    expect(doc.blocks.at(-1)).toMatchObject({ line: 27, lineEnd: 28 });
  });
});

describe('PDF overview report', () => {
  it('numbered paragraphs 4.1–4.7 over two pages, headings, no running header or page numbers', async () => {
    const doc = await readChronologyFile(adultV('overview.pdf'));
    expect(doc.format).toBe('pdf');
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(paras.map((b) => b.label)).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7']);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['SAR Adult V - Overview report (extract)', 'Key episode 1: a fall in January', 'Key episode 2: the last months']);
    for (const b of doc.blocks) {
      expect(b.text).not.toMatch(/Page [12]|OFFICIAL|Saltmarsh Safeguarding Adults Board/);
      expect(b.text).not.toMatch(/^4\.\d/); // label split off
    }
    expect(paras[0]!.page).toBe(1);
    expect(paras[0]!.text).toBe('On 9 January 2023 at 02:47 an ambulance crew attended V, who had been found on the floor by a neighbour. The crew took her to the emergency department, where she was admitted with hypothermia and stayed for a week.');
    expect(paras.find((b) => b.label === '4.4')!.page).toBe(2);
    expect(doc.title).toBe('SAR Adult V - Overview report (extract)');
    expect(doc.warnings.map((w) => w.code)).toEqual(['pdf-running-text-removed']);
  });
});
