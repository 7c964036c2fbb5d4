/**
 * Large returns are read whole: 10,000-row CSV and xlsx files and a
 * 2,000-row Word table, every row kept. How fast is for the benchmarks
 * (`npm run bench` prints throughput per format); a test asserting a time
 * would fail on a busy machine. Timings are printed (VERBOSE=1 shows them).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readChronologyBytes } from '../../../electron/core/readers/index.ts';
import { buildDocx, enc, w } from './fixtures.ts';

const ROWS = 10_000;
const event = (i: number): string => `Home visit ${i}: Ms K seen with L and M. Flat cold; discussed heating, food and the GP appointment. Next visit in two weeks.`;

async function timed<T>(label: string, f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await f();
  const ms = performance.now() - t0;
  console.log(`${label}: ${ms.toFixed(0)} ms`);
  return [v, ms];
}

describe('large files', () => {
  it(`CSV of ${ROWS} rows`, async () => {
    let text = 'Date,Time,Agency,Worker,Event,Outcome\r\n';
    for (let i = 0; i < ROWS; i++) text += `${(i % 28) + 1}/03/2023,10:${String(i % 60).padStart(2, '0')},Police,PC ${i % 40},"${event(i)}",NFA\r\n`;
    const bytes = enc(text);
    const [doc] = await timed(`csv ${ROWS} rows (${(bytes.length / 1e6).toFixed(1)} MB)`, () => readChronologyBytes(bytes, 'big.csv'));
    expect(doc.tables[0]!.rows).toHaveLength(ROWS + 1);
  });

  it(`xlsx of ${ROWS} rows with real dates`, async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chronology');
    ws.addRow(['Date', 'Time', 'Agency', 'Worker', 'Event', 'Outcome']);
    for (let i = 0; i < ROWS; i++) {
      const r = ws.addRow([new Date(Date.UTC(2023, 0, 1 + (i % 365))), '10:00', 'Police', `PC ${i % 40}`, event(i), 'NFA']);
      r.getCell(1).numFmt = 'dd/mm/yyyy';
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const [doc] = await timed(`xlsx ${ROWS} rows (${(bytes.length / 1e6).toFixed(1)} MB)`, () => readChronologyBytes(bytes, 'big.xlsx'));
    expect(doc.tables[0]!.rows).toHaveLength(ROWS + 1);
    expect(doc.tables[0]!.rows[1]!.cells[0]!.date).toEqual({ y: 2023, m: 1, d: 1 });
  });

  it(`docx table of ${ROWS / 5} rows`, async () => {
    const rows = [w.tr([w.tc(w.p('Date')), w.tc(w.p('Event'))])];
    for (let i = 0; i < ROWS / 5; i++) rows.push(w.tr([w.tc(w.p(`${(i % 28) + 1}/03/2023`)), w.tc(w.p(event(i)) + w.p('Second paragraph.'))]));
    const bytes = await buildDocx(w.tbl(rows));
    const [doc] = await timed(`docx ${ROWS / 5} rows (${(bytes.length / 1e6).toFixed(1)} MB)`, () => readChronologyBytes(bytes, 'big.docx'));
    expect(doc.tables[0]!.rows).toHaveLength(ROWS / 5 + 1);
  });
});
