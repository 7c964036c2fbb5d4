/**
 * Excel date cells reach the importer as typed dates (shared/import/raw.ts
 * CellDate) and date their entries as they are; text cells in the same
 * column still go through the UK date parser. The workbook is written the way
 * LibreOffice writes one (numbers with a custom date format, shared-string-free
 * inline text), so resaved files are covered as well as Excel's own.
 */
import { describe, expect, it } from 'vitest';
import { readChronologyBytes } from '../../../electron/core/readers/index.ts';
import { importDocument } from '../../../shared/import/index.ts';
import { buildXlsxByHand } from './fixtures.ts';

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="DD/MM/YYYY\\ HH:MM"/></numFmts>' +
  '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="165" applyNumberFormat="true"/><xf numFmtId="166" applyNumberFormat="true"/></cellXfs>';

const text = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const serial = (ref: string, v: number, style: number): string => `<c r="${ref}" s="${style}" t="n"><v>${v}</v></c>`;

const SHEET = [
  `<row r="1">${text('A1', 'Date')}${text('B1', 'Details')}</row>`,
  // 44999 = 14/03/2023; 45000.3958333 = 15/03/2023 09:30; 45051 = 05/05/2023.
  `<row r="2">${serial('A2', 44999, 1)}${text('B2', 'Home visit by the health visitor.')}</row>`,
  `<row r="3">${serial('A3', 45000.3958333, 2)}${text('B3', 'Strategy discussion with police.')}</row>`,
  `<row r="4">${text('A4', '03/04')}${text('B4', 'Telephone call to the school.')}</row>`,
  `<row r="5">${serial('A5', 45051, 1)}${text('B5', 'Case closed.')}</row>`,
].join('');

async function imported(dateOrder: 'dmy' | 'mdy') {
  const doc = await readChronologyBytes(await buildXlsxByHand(SHEET, { styles: STYLES }), 'health.xlsx');
  return { doc, result: importDocument(doc, { agency: 'health', dateOrder }) };
}

describe('typed Excel dates', () => {
  it('the reader hands date cells over as typed dates, with the time when there is one, and text as text', async () => {
    const { doc } = await imported('dmy');
    const dates = doc.tables[0]!.rows.slice(1).map((r) => r.cells[0]);
    expect(dates).toEqual([
      { text: '14/03/2023', date: { y: 2023, m: 3, d: 14 } },
      { text: '15/03/2023 09:30', date: { y: 2023, m: 3, d: 15, hh: 9, mm: 30 } },
      { text: '03/04' },
      { text: '05/05/2023', date: { y: 2023, m: 5, d: 5 } },
    ]);
  });

  it('entries are dated by the typed value, whatever the day/month order, and text dates are parsed around them', async () => {
    for (const order of ['dmy', 'mdy'] as const) {
      const { result } = await imported(order);
      expect(result.entries.map((e) => [e.date.raw, e.date.earliest, e.date.precision, e.time])).toEqual([
        ['14/03/2023', '2023-03-14', 'day', null],
        ['15/03/2023', '2023-03-15', 'day', '09:30'],
        // The text is parsed in the file's order, taking its year from the typed date above.
        ['03/04', order === 'dmy' ? '2023-04-03' : '2023-03-04', 'day', null],
        ['05/05/2023', '2023-05-05', 'day', null],
      ]);
    }
  });
});
