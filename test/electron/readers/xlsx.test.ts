import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readChronologyBytes } from '../../../electron/core/readers/index.ts';
import type { RawDocument, RawRow } from '../../../shared/import/raw.ts';
import { buildXlsxByHand, FIXTURES, importError, patchZipSizes, SAMPLE_CASE_DIR } from './fixtures.ts';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let doc: RawDocument;
let fixtureBytes: Uint8Array;
const row = (n: number, sheet = 0): RawRow => doc.tables[sheet]!.rows.find((r) => r.index === n)!;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chronology');
  ws.getCell('A1').value = 'Northtown Police – chronology';
  ws.mergeCells('A1:D1');
  ws.getRow(3).values = ['Date', 'Time', 'Details', 'Link'];
  ws.getCell('A4').value = new Date(Date.UTC(2023, 2, 14));
  ws.getCell('A4').numFmt = 'dd/mm/yyyy';
  ws.getCell('B4').value = 0.8368055555555556; // 20:05 as a fraction of a day
  ws.getCell('B4').numFmt = 'hh:mm';
  ws.getCell('C4').value = { richText: [{ text: 'Seen ', font: { bold: true } }, { text: 'at home.\r\nNo concerns.' }] };
  ws.getCell('D4').value = { text: 'Case note 12', hyperlink: 'https://example.invalid/12' };
  ws.getCell('A5').value = new Date(Date.UTC(2023, 2, 15, 9, 30));
  ws.getCell('A5').numFmt = 'dd/mm/yyyy hh:mm';
  ws.getCell('B5').value = { formula: 'B4+1', result: 2 };
  ws.getCell('C5').value = { formula: 'A4+1', result: new Date(Date.UTC(2023, 2, 15)) };
  ws.getCell('C5').numFmt = 'd mmm yyyy';
  ws.getCell('D5').value = true;
  ws.getCell('E5').value = { error: '#N/A' };
  ws.getCell('A6').value = 45000;
  ws.getCell('A6').numFmt = '[$-809]dddd, d mmmm yyyy';
  ws.getCell('B6').value = 1234.5;
  ws.getCell('B6').numFmt = '#,##0.00';
  ws.getCell('C6').value = 0.25;
  ws.getCell('C6').numFmt = '0%';
  ws.getCell('D6').value = 1.1 + 2.2;
  ws.getCell('E6').value = '14/03/2023';
  ws.getCell('F6').value = 44927;
  ws.getCell('F6').numFmt = '0'; // a serial shown as a plain number is a number
  ws.getCell('A7').value = 'Spans two rows';
  ws.mergeCells('A7:A8');
  ws.getCell('B7').value = 'Block';
  ws.mergeCells('B7:C8');
  ws.getCell('D8').value = 'after';
  ws.getCell('A9').value = { formula: 'A4*2' } as ExcelJS.CellFormulaValue;
  ws.getCell('A10').value = 'last';
  ws.getCell('Z10').numFmt = '0.00'; // styled but empty: trimmed
  ws.getCell('A12').value = '  ';
  const hidden = wb.addWorksheet('Lookups', { state: 'hidden' });
  hidden.getCell('A1').value = 'PPN';
  wb.addWorksheet('Empty');
  fixtureBytes = await bytesOf(wb);
  doc = await readChronologyBytes(fixtureBytes, 'police.xlsx');
});

describe('xlsx cells', () => {
  it('sheets in order, hidden flagged with a warning, empty sheets kept', () => {
    expect(doc.tables.map((t) => [t.number, t.name, t.hidden ?? false])).toEqual([
      [1, 'Chronology', false],
      [2, 'Lookups', true],
      [3, 'Empty', false],
    ]);
    expect(doc.tables[2]!.rows).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['formula-without-value', 'hidden-sheet']);
    expect(doc.warnings[0]!.message).toMatch(/^Sheet "Chronology" has 1 formula cell with no saved result/);
    expect(doc.warnings[1]!.message).toContain('Sheet "Lookups" is hidden');
  });

  it('merged title row: master text, covered cells blank and flagged', () => {
    expect(row(1).cells).toEqual([
      { text: 'Northtown Police – chronology', merge: { dir: 'h', master: true } },
      { text: '', merge: { dir: 'h', master: false } },
      { text: '', merge: { dir: 'h', master: false } },
      { text: '', merge: { dir: 'h', master: false } },
    ]);
    expect(row(2).cells).toEqual([]);
    expect(doc.title).toBe('Northtown Police – chronology');
  });

  it('dates, times, rich text with line breaks, hyperlinks', () => {
    expect(row(4).cells).toEqual([
      { text: '14/03/2023', date: { y: 2023, m: 3, d: 14 } },
      { text: '20:05' },
      { text: 'Seen at home.\nNo concerns.' },
      { text: 'Case note 12' },
    ]);
  });

  it('date-times, formulas (cached results), booleans, errors', () => {
    expect(row(5).cells).toEqual([
      { text: '15/03/2023 09:30', date: { y: 2023, m: 3, d: 15, hh: 9, mm: 30 } },
      { text: '2' },
      { text: '15/03/2023', date: { y: 2023, m: 3, d: 15 } },
      { text: 'TRUE' },
      { text: '#N/A' },
    ]);
  });

  it('number formats: custom date format, thousands, percent, float noise, text dates, serials as numbers', () => {
    expect(row(6).cells).toEqual([
      { text: '15/03/2023', date: { y: 2023, m: 3, d: 15 } },
      { text: '1,234.50' },
      { text: '25%' },
      { text: '3.3' },
      { text: '14/03/2023' },
      { text: '44927' },
    ]);
  });

  it('vertical and two-way merges', () => {
    expect(row(7).cells).toEqual([
      { text: 'Spans two rows', merge: { dir: 'v', master: true } },
      { text: 'Block', merge: { dir: 'both', master: true } },
      { text: '', merge: { dir: 'both', master: false } },
    ]);
    expect(row(8).cells).toEqual([
      { text: '', merge: { dir: 'v', master: false } },
      { text: '', merge: { dir: 'both', master: false } },
      { text: '', merge: { dir: 'both', master: false } },
      { text: 'after' },
    ]);
  });

  it('a formula with no saved value is blank (and warned about); styled empty cells are trimmed', () => {
    expect(row(9).cells).toEqual([]);
    expect(row(10).cells).toEqual([{ text: 'last' }]);
    expect(row(11).cells).toEqual([]);
    expect(doc.tables[0]!.rows.at(-1)!.index).toBe(12);
    expect(row(12).cells).toEqual([{ text: '  ' }]);
  });
});

describe('xlsx workbooks', () => {
  it('1904 date system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 43000;
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('A2').value = new Date(Date.UTC(2023, 2, 14, 23, 40));
    ws.getCell('A2').numFmt = 'dd/mm/yy hh:mm';
    const d = await readChronologyBytes(await bytesOf(wb), 'mac.xlsx');
    expect(d.tables[0]!.rows.map((r) => r.cells[0])).toEqual([
      { text: '23/09/2021', date: { y: 2021, m: 9, d: 23 } },
      { text: '14/03/2023 23:40', date: { y: 2023, m: 3, d: 14, hh: 23, mm: 40 } },
    ]);
  });

  it('a row with 10,000 columns is refused, naming the sheet and row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Wide');
    ws.getRow(1).values = ['Date', 'Event'];
    ws.getRow(2).values = Array.from({ length: 10_000 }, (_, i) => i);
    const e = await importError(readChronologyBytes(await bytesOf(wb), 'wide.xlsx'));
    expect(e.code).toBe('too-many-columns');
    expect(e.row).toBe(2);
    expect(e.message).toMatch(/^wide\.xlsx, row 2: sheet "Wide": this row has 10,000 columns/);
  });

  it('a workbook with nothing in it is "empty"', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const e = await importError(readChronologyBytes(await bytesOf(wb), 'blank.xlsx'));
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/^blank\.xlsx: Every sheet in this workbook is empty/);
  });
});

describe('zip bomb guards', () => {
  async function small(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 'x';
    return bytesOf(wb);
  }

  it('declared uncompressed sizes over 200 MB are refused before anything is inflated', async () => {
    // Only the check of the declared sizes gives this message: the entries' real content is a few bytes.
    const e = await importError(readChronologyBytes(patchZipSizes(await small(), 30 * 1024 * 1024), 'bomb.xlsx'));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/^bomb\.xlsx: The file unpacks to \d+ MB of content, more than the 200 MB Threadline allows/);
  });

  it('an entry that inflates past its declared size is stopped at that size, as damaged', async () => {
    const e = await importError(readChronologyBytes(patchZipSizes(await small(), 10), 'liar.xlsx'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^liar\.xlsx: This Excel file is damaged or incomplete/);
  });

  it('a merge over millions of cells is refused instead of allocated', async () => {
    const zip = await JSZip.loadAsync(await small());
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:Z100000"/></mergeCells>');
    zip.file('xl/worksheets/sheet1.xml', sheet);
    const e = await importError(readChronologyBytes(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'merged.xlsx'));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('merges millions of cells');
  });
});

describe('workbooks exceljs cannot read faithfully (read part by part instead)', () => {
  const cellsOf = (d: RawDocument): string[][] => d.tables[0]!.rows.map((r) => r.cells.map((c) => c.text + (c.date ? ` ${JSON.stringify(c.date)}` : '')));
  const sheet =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="B1" t="s"><v>0</v></c></row>' +
    '<row r="2"><c r="A2" t="d"><v>2023-03-14T10:30:00</v></c><c r="B2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" s="1"><v>45000.5</v></c><c r="F2" s="2"><v>0.25</v></c></row>' +
    '<row r="4"><c r="A4" t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>ignored</t></rPh></is></c></row>';
  const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="20"/></cellXfs>';
  const expected = [
    ['Date', 'Event'],
    ['14/03/2023 10:30 {"y":2023,"m":3,"d":14,"hh":10,"mm":30}', 'ab', 'TRUE', '#N/A', '15/03/2023 12:00 {"y":2023,"m":3,"d":15,"hh":12,"mm":0}', '06:00'],
    [],
    ['rich text'],
  ];

  it('a sheet part that is not called sheetN.xml, ISO date cells, inline strings', async () => {
    const bytes = await buildXlsxByHand(sheet, { sheetPath: 'xl/worksheets/Data.xml', sharedStrings: ['Event'], styles });
    expect(cellsOf(await readChronologyBytes(bytes, 'export.xlsx'))).toEqual(expected);
  });

  it('ISO Strict Open XML', async () => {
    const bytes = await buildXlsxByHand(sheet, { strict: true, sharedStrings: ['Event'], styles });
    expect(cellsOf(await readChronologyBytes(bytes, 'strict.xlsx'))).toEqual(expected);
  });

  it('agrees with exceljs, read as an independent reference, on the invented fixture workbooks and the sample case', async () => {
    const files: Array<[string, Uint8Array]> = [
      ['police.xlsx', fixtureBytes],
      ...['child-t/csc.xlsx', 'child-t/cmht.xlsx', 'adult-v/combined.xlsx'].map((f): [string, Uint8Array] => [f, new Uint8Array(readFileSync(`${FIXTURES}/${f}`))]),
      ['childrens-services.xlsx', new Uint8Array(readFileSync(`${SAMPLE_CASE_DIR}/childrens-services.xlsx`))],
    ];
    for (const [name, bytes] of files) {
      const ours = await readChronologyBytes(bytes, name);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      expect(ours.tables.map((t) => t.name)).toEqual(wb.worksheets.map((w) => w.name));
      let compared = 0;
      wb.worksheets.forEach((ws, i) => {
        const rows = new Map(ours.tables[i]!.rows.map((r) => [r.index, r.cells]));
        ws.eachRow((row, rowNumber) => {
          row.eachCell((cell, col) => {
            const mine = rows.get(rowNumber)?.[col - 1];
            const v = cell.value;
            if (cell.isMerged && cell.master.address !== cell.address) {
              expect(mine?.merge?.master, `${name} ${ws.name} ${cell.address}`).toBe(false);
            } else if (typeof v === 'string') {
              expect(mine?.text ?? '', `${name} ${ws.name} ${cell.address}`).toBe(v);
            } else if (v instanceof Date && v.getUTCFullYear() > 1904) {
              // (exceljs gives time-only cells as a Date on its epoch; we read those as "HH:MM" text.)
              expect(mine?.date, `${name} ${ws.name} ${cell.address}`).toMatchObject({ y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() });
            } else {
              return;
            }
            compared++;
          });
        });
      });
      expect(compared, name).toBeGreaterThan(20);
    }
  });
});
