/**
 * A chronology table printed to PDF (a Word return saved as PDF): rebuilt
 * from the text's positions, then imported like any other table. The rows are
 * invented.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { importFiles } from '../../../electron/core/pipeline/import-files.ts';
import type { PdfLine } from '../../../electron/core/readers/pdf-layout.ts';
import { tableFromLines } from '../../../electron/core/readers/pdf-table.ts';
import { openCase } from '../../../electron/core/store/index.ts';
import { buildPdf, makeTempDir, type PdfTextLine } from './fixtures.ts';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const COLS = { date: 50, who: 120, details: 230, outcome: 430 };
const header = (y: number): PdfTextLine[] => [
  { x: COLS.date, y, text: 'Date', bold: true },
  { x: COLS.who, y, text: 'Practitioner', bold: true },
  { x: COLS.details, y, text: 'Details of contact', bold: true },
  { x: COLS.outcome, y, text: 'Outcome', bold: true },
];

/** A row with its details wrapped over several lines, top-aligned as Word prints table cells. */
function row(y: number, date: string, who: string, details: string[], outcome: string): PdfTextLine[] {
  return [
    { x: COLS.date, y, text: date },
    { x: COLS.who, y, text: who },
    ...details.map((text, k) => ({ x: COLS.details, y: y - 14 * k, text })),
    { x: COLS.outcome, y, text: outcome },
  ];
}

describe('a table in a PDF', () => {
  it('is read as a table: one entry per dated row, wrapped text joined, the header repeated on page 2 left out, each row with its page', async () => {
    const page1 = [
      { x: 50, y: 790, text: 'Riverside Early Help - single agency chronology', size: 14, bold: true },
      ...header(750),
      ...row(730, '03/02/2023', 'Family worker', ['Home visit. Mother and both children seen;', 'the flat was cold and there was little food.'], 'Food bank voucher'),
      ...row(690, '10/02/2023', 'Team manager', ['Case discussed in supervision.'], 'Keep open'),
      ...row(664, '16/02/2023', 'Family worker', ['Telephone call to the health visitor about', 'the baby\u2019s weight; no reply, message left.'], 'Try again'),
    ];
    const page2 = [...header(790), ...row(770, '24/02/2023', 'Family worker', ['Did not attend the group session.'], 'Letter sent')];
    const store = openCase(':memory:');
    const [out] = await importFiles(store.db, [{ path: tmp.file('early-help.pdf', buildPdf([{ lines: page1 }, { lines: page2 }])) }]);
    expect(out).toMatchObject({ ok: true, entries: 4, result: { layout: 'table' } });
    const entries = store.getEntries();
    expect(entries.map((e) => e.date.earliest)).toEqual(['2023-02-03', '2023-02-10', '2023-02-16', '2023-02-24']);
    expect(entries[0]!.text).toBe('Home visit. Mother and both children seen; the flat was cold and there was little food. | Food bank voucher');
    expect(entries[2]!.text).toContain('the baby\u2019s weight; no reply');
    expect(entries.map((e) => e.author)).toEqual(['Family worker', 'Team manager', 'Family worker', 'Family worker']);
    expect(entries.map((e) => e.location.page)).toEqual([1, 1, 1, 2]);
    store.close();
  });

  it('splits text the PDF drew as one run across two columns at the space nearest the column', () => {
    const line = (y: number, pieces: Array<[number, number, string]>): PdfLine => ({
      page: 1, y, x: pieces[0]![0], right: pieces.at(-1)![1], size: 10, bold: false, text: pieces.map((p) => p[2]).join(' '),
      segments: [], firstItem: pieces[0]![2], gapAfterFirst: 0,
      pieces: pieces.map(([x, right, text]) => ({ x, right, text })),
    });
    const found = tableFromLines(
      [
        line(700, [[50, 72, 'Date'], [120, 160, 'Agency'], [230, 270, 'Details']]),
        // "14/03/2023 Police" as one run from x 50: the date is 10 of its 17 characters wide.
        line(686, [[50, 134, '14/03/2023 Police'], [230, 330, 'Attended the address.']]),
      ],
      'merged.pdf',
    );
    expect(found?.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Date', 'Agency', 'Details'],
      ['14/03/2023', 'Police', 'Attended the address.'],
    ]);
  });

  it('leaves out a page with no dated rows (more columns of a sheet printed across pages), and says so', async () => {
    const page1 = [...header(750), ...row(730, '03/02/2023', 'Family worker', ['Home visit.'], 'Open'), ...row(716, '04/02/2023', 'Family worker', ['Phone call.'], 'Open')];
    const page2 = [{ x: 50, y: 750, text: 'Notes' }, { x: 50, y: 736, text: 'More text that belongs to columns printed on another page.' }];
    const store = openCase(':memory:');
    const [out] = await importFiles(store.db, [{ path: tmp.file('wide.pdf', buildPdf([{ lines: page1 }, { lines: page2 }])) }]);
    expect(out).toMatchObject({ ok: true, entries: 2 });
    expect(out && out.ok ? out.issues.map((i) => i.message).join(' ') : '').toMatch(/Page 2 of this PDF has no dates in the table's date column/);
    expect(store.getEntries().map((e) => e.text)).toEqual(['Home visit. | Open', 'Phone call. | Open']);
    store.close();
  });

  it('is not found in running prose', () => {
    const prose: PdfLine = { page: 1, y: 700, x: 72, right: 500, size: 11, bold: false, text: 'On 14 March 2023 the date of the agency details was recorded.', segments: [], firstItem: 'On', gapAfterFirst: 0, pieces: [{ x: 72, right: 500, text: 'On 14 March 2023 the date of the agency details was recorded.' }] };
    expect(tableFromLines([prose], 'report.pdf')).toBeNull();
  });
});
