import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../electron/core/readers/delimiter.ts';
import { decodeText } from '../../../electron/core/readers/encoding.ts';
import { readChronologyBytes } from '../../../electron/core/readers/index.ts';
import type { RawTable } from '../../../shared/import/raw.ts';
import { enc, importError } from './fixtures.ts';

async function table(text: string | Uint8Array, name = 'agency.csv'): Promise<RawTable> {
  const doc = await readChronologyBytes(typeof text === 'string' ? enc(text) : text, name);
  expect(doc.tables).toHaveLength(1);
  return doc.tables[0]!;
}
const grid = (t: RawTable): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));

describe('delimiter sniffing', () => {
  const rows = [
    ['Date', 'Agency', 'Event'],
    ['01/02/2023', 'Police', 'Call, then visit'],
    ['02/02/2023', 'CSC', 'Strategy discussion'],
    ['03/02/2023', 'GP', 'Appointment'],
  ];
  for (const [d, label] of [
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ] as const) {
    it(`${label}`, async () => {
      const text = rows.map((r) => r.map((c) => (c.includes(d) || (d === ',' && c.includes(',')) ? `"${c}"` : c)).join(d)).join('\r\n') + '\r\n';
      expect(sniffDelimiter(text)?.delimiter).toBe(d);
      const t = await table(text, label === 'tab' ? 'x.tsv' : 'x.csv');
      expect(grid(t)).toEqual(rows);
    });
  }

  it('a semicolon file whose text is full of commas', () => {
    const text = 'Date;Details\n01/02/23;Seen at home, with L, and Mr R, no concerns\n02/02/23;Call, no answer\n03/02/23;Letter\n';
    expect(sniffDelimiter(text)?.delimiter).toBe(';');
  });

  it('quoted delimiters do not count', () => {
    const text = '"a;b";c,d\n"e;f";g,h\n"i;j";k,l\n';
    expect(sniffDelimiter(text)?.delimiter).toBe(',');
  });

  it("honours Excel's sep= line and keeps physical line numbers", async () => {
    const t = await table('sep=;\nDate;Event\n01/02/2023;Visit, with L\n');
    expect(grid(t)).toEqual([['Date', 'Event'], ['01/02/2023', 'Visit, with L']]);
    expect(t.rows.map((r) => r.index)).toEqual([2, 3]);
  });
});

describe('CSV structure', () => {
  it('embedded line breaks, doubled quotes, ragged rows, trailing empties, blank lines', async () => {
    const text = [
      'Date,Time,Summary,,',
      '01/02/2023,10:00,"Said ""no"" to the visit,',
      'then left",',
      '',
      '02/02/2023,,Short,,,',
      '03/02/2023',
      '   ',
      '04/02/2023,11:00,Last,extra,cols,here',
    ].join('\r\n');
    const t = await table(text);
    expect(t.rows.map((r) => [r.index, r.cells.map((c) => c.text)])).toEqual([
      [1, ['Date', 'Time', 'Summary']],
      [2, ['01/02/2023', '10:00', 'Said "no" to the visit,\nthen left']],
      [4, []],
      [5, ['02/02/2023', '', 'Short']],
      [6, ['03/02/2023']],
      [7, []],
      [8, ['04/02/2023', '11:00', 'Last', 'extra', 'cols', 'here']],
    ]);
  });

  it("fields wrapped in single quotes (a spreadsheet program set to ') lose their quotes, and a quoted delimiter stays text", async () => {
    const t = await table("'Date'|'Worker'|'Note'\n'01/02/2023'|'SW'|'Home visit | no access'\n'02/02/2023'|'TM'|'Mum''s call returned'\n");
    expect(grid(t)).toEqual([
      ['Date', 'Worker', 'Note'],
      ['01/02/2023', 'SW', 'Home visit | no access'],
      ['02/02/2023', 'TM', "Mum's call returned"],
    ]);
  });

  it('an apostrophe in ordinary fields is not taken for a quote', async () => {
    const t = await table("Date,Worker,Note\n01/02/2023,SW,'Mum's friend' called\n02/02/2023,TM,Case closed\n03/02/2023,SW,Letter 'urgent'\n");
    expect(grid(t)[1]).toEqual(['01/02/2023', 'SW', "'Mum's friend' called"]);
  });

  it('CR-only line endings (old Mac) become \\n', async () => {
    const t = await table('Date,Event\r01/02/2023,"two\rlines"\r');
    expect(grid(t)).toEqual([['Date', 'Event'], ['01/02/2023', 'two\nlines']]);
  });

  it('a stray quote inside a field is kept', async () => {
    const t = await table('Date,Note\n01/02/2023,He is 6\'2" tall\n02/02/2023,"ok"\n');
    expect(grid(t)[1]).toEqual(['01/02/2023', '6\'2" tall'.replace(/^/, 'He is ')]);
  });

  it('an unclosed quote spoils one line, not the rest of the file, and is reported with its row', async () => {
    const doc = await readChronologyBytes(enc('Date,Note\n01/02/2023,ok\n02/02/2023,"never closed\n03/02/2023,more\n04/02/2023,fine\n'), 'broken.csv');
    expect(doc.tables[0]!.rows.map((r) => [r.index, r.cells.map((c) => c.text)])).toEqual([
      [1, ['Date', 'Note']],
      [2, ['01/02/2023', 'ok']],
      [3, ['02/02/2023', '"never closed']],
      [4, ['03/02/2023', 'more']],
      [5, ['04/02/2023', 'fine']],
    ]);
    expect(doc.warnings).toEqual([
      { row: 3, code: 'csv-unclosed-quote', message: expect.stringMatching(/^Line 3 opens a quotation mark \("\) that is never closed/) },
    ]);
  });

  it('a row with 10,000 columns is refused, naming the row', async () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const e = await importError(readChronologyBytes(enc(`Date,Event\n01/02/2023,Visit\n${wide}\n`), 'wide.csv'));
    expect(e.code).toBe('too-many-columns');
    expect(e.row).toBe(3);
    expect(e.message).toMatch(/^wide\.csv, row 3: this row has 10,000 columns, and Threadline reads at most 1,000/);
  });

  it('10,000 empty trailing separators are just trimmed', async () => {
    const t = await table(`Date,Event${','.repeat(10_000)}\n01/02/2023,Visit\n`);
    expect(grid(t)).toEqual([['Date', 'Event'], ['01/02/2023', 'Visit']]);
  });

  it('a file of separators only is empty', async () => {
    const e = await importError(readChronologyBytes(enc(',,,\n,,,\n'), 'blank.csv'));
    expect(e.code).toBe('empty');
  });
});

describe('encodings', () => {
  const sample = 'Date,Note\n14/03/2023,Paid £20 – “urgent” café visit\n';

  it('UTF-8 with BOM: the BOM is stripped, no warning', async () => {
    const doc = await readChronologyBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(sample)]), 'bom.csv');
    expect(doc.tables[0]!.rows[0]!.cells[0]!.text).toBe('Date');
    expect(doc.tables[0]!.rows[1]!.cells[1]!.text).toBe('Paid £20 – “urgent” café visit');
    expect(doc.warnings).toEqual([]);
  });

  it('Windows-1252 (0x96 en dash, 0xA3 pound) is read with a warning', async () => {
    const bytes = new Uint8Array(iconv.encode(sample, 'win1252'));
    expect(bytes.includes(0x96)).toBe(true);
    expect(bytes.includes(0xa3)).toBe(true);
    const doc = await readChronologyBytes(bytes, 'excel-export.csv');
    expect(doc.tables[0]!.rows[1]!.cells[1]!.text).toBe('Paid £20 – “urgent” café visit');
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]!.code).toBe('encoding-guessed');
    expect(doc.warnings[0]!.message).toContain('read as Windows-1252');
  });

  it('UTF-16 LE and BE with BOM', async () => {
    for (const [bom, codec] of [
      [[0xff, 0xfe], 'utf16le'],
      [[0xfe, 0xff], 'utf16be'],
    ] as const) {
      const bytes = new Uint8Array([...bom, ...iconv.encode(sample, codec)]);
      const doc = await readChronologyBytes(bytes, `u16-${codec}.csv`);
      expect(grid(doc.tables[0]!)).toEqual([['Date', 'Note'], ['14/03/2023', 'Paid £20 – “urgent” café visit']]);
      expect(doc.warnings).toEqual([]);
    }
  });

  it('UTF-16 LE without a BOM (NUL in every other byte) is not "binary"', async () => {
    const doc = await readChronologyBytes(new Uint8Array(iconv.encode(sample, 'utf16le')), 'nobom.csv');
    expect(grid(doc.tables[0]!)[1]).toEqual(['14/03/2023', 'Paid £20 – “urgent” café visit']);
  });

  it('NUL padding at the end of an export is not "binary"', async () => {
    const doc = await readChronologyBytes(new Uint8Array([...enc(sample), ...new Uint8Array(512)]), 'padded.csv');
    expect(grid(doc.tables[0]!)).toEqual([['Date', 'Note'], ['14/03/2023', 'Paid £20 – “urgent” café visit']]);
  });

  it('mostly UTF-8 with one stray 1252 byte keeps the UTF-8 and fixes the byte', () => {
    const bytes = new Uint8Array([...enc('Café “one” – two '), 0x96, ...enc(' three')]);
    const d = decodeText(bytes, 'mixed.txt');
    expect(d.text).toBe('Café “one” – two – three');
    expect(d.encoding).toBe('utf-8+windows-1252');
    expect(d.warnings).toHaveLength(1);
  });

  it('text in another code page entirely is refused with "encoding"', async () => {
    // Russian in Windows-1251 read as 1252 would be all accented letters.
    const bytes = new Uint8Array(iconv.encode('Дата,Событие\n14.03.2023,Визит социального работника на дом\n', 'win1251'));
    const e = await importError(readChronologyBytes(bytes, 'cyrillic.csv'));
    expect(e.code).toBe('encoding');
    expect(e.message).toMatch(/^cyrillic\.csv: the text in this file uses a character set Threadline cannot recognise.*CSV UTF-8/);
  });
});
