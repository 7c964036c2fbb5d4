/**
 * Format detection by content: legacy and protected Office files, RTF,
 * OpenDocument, zips that are not Office, damaged containers, renamed files.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { readCfbDirectory } from '../../../electron/core/readers/cfb.ts';
import { detectFormat, readChronologyBytes, readChronologyFile } from '../../../electron/core/readers/index.ts';
import { buildCfb, buildDocx, buildPdf, enc, importError, makeTempDir, w } from './fixtures.ts';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

async function smallXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['Date', 'Event']);
  ws.addRow(['01/02/2023', 'Home visit']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('OLE compound files', () => {
  it('reads stream names from the real directory', () => {
    const dir = readCfbDirectory(buildCfb(['EncryptionInfo', 'EncryptedPackage'], { storages: ['\u0006DataSpaces'] }));
    expect(dir.parsed).toBe(true);
    expect(dir.names).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
  });

  it('a password-protected .docx is "encrypted" with a way out', async () => {
    const p = tmp.file('protected.docx', buildCfb(['EncryptionInfo', 'EncryptedPackage']));
    const e = await importError(readChronologyFile(p));
    expect(e.code).toBe('encrypted');
    expect(e.file).toBe('protected.docx');
    expect(e.message).toMatch(/^protected\.docx: This Word document is protected with a password\. Open it in Word, remove the password \(File › Info › Protect/);
  });

  it('a password-protected .xlsx names Excel', async () => {
    const e = await importError(readChronologyBytes(buildCfb(['EncryptedPackage', 'EncryptionInfo']), 'returns.xlsx'));
    expect(e.code).toBe('encrypted');
    expect(e.message).toContain('This Excel workbook is protected with a password');
  });

  it('still finds the streams when the directory is damaged', () => {
    const b = buildCfb(['EncryptionInfo', 'EncryptedPackage']);
    new DataView(b.buffer).setUint16(0x1e, 3, true); // impossible sector size
    const dir = readCfbDirectory(b);
    expect(dir.parsed).toBe(false);
    expect(dir.names).toEqual(expect.arrayContaining(['EncryptionInfo', 'EncryptedPackage']));
    const d = detectFormat(b, 'x.docx');
    expect(d).toMatchObject({ ok: false, code: 'encrypted' });
  });

  it('a legacy .doc and .xls say exactly what to do', async () => {
    const doc = await importError(readChronologyBytes(buildCfb(['WordDocument', '1Table', '\u0005SummaryInformation']), 'gp-notes.doc'));
    expect(doc.code).toBe('legacy-format');
    expect(doc.message).toBe(
      'gp-notes.doc: This is an old Word 97–2003 .doc file. Open it in Word or LibreOffice and save it as .docx, then import that.',
    );
    const xls = await importError(readChronologyBytes(buildCfb(['Workbook', '\u0005SummaryInformation']), 'police.xls'));
    expect(xls.code).toBe('legacy-format');
    expect(xls.message).toContain('old Excel 97–2003 .xls file');
    // by content: a .doc renamed .docx is still a .doc
    expect(detectFormat(buildCfb(['WordDocument']), 'renamed.docx')).toMatchObject({ ok: false, code: 'legacy-format' });
    // Excel 5 workbooks call the stream "Book"
    expect(detectFormat(buildCfb(['Book']), 'old.xls')).toMatchObject({ ok: false, code: 'legacy-format' });
  });

  it('an Outlook .msg is explained', () => {
    expect(detectFormat(buildCfb(['__properties_version1.0', '__substg1.0_0037001F']), 'chronology.msg')).toMatchObject({
      ok: false,
      code: 'unsupported',
      message: expect.stringContaining('Outlook email'),
    });
  });
});

describe('zip containers', () => {
  it('tells xlsx from docx by the parts inside, not the name', async () => {
    const xlsx = await smallXlsx();
    const docx = await buildDocx(w.p('Hello'));
    expect(detectFormat(xlsx, 'a.xlsx')).toEqual({ ok: true, format: 'xlsx' });
    expect(detectFormat(docx, 'a.docx')).toEqual({ ok: true, format: 'docx' });
    expect(detectFormat(xlsx, 'a.xlsm')).toEqual({ ok: true, format: 'xlsx', variant: 'xlsm' });
    expect(detectFormat(docx, 'a.dotx')).toEqual({ ok: true, format: 'docx', variant: 'dotx' });
    const d = detectFormat(docx, 'misnamed.xlsx');
    expect(d).toMatchObject({ ok: true, format: 'docx', mismatch: expect.stringContaining('named .xlsx but is a Word document') });
    const doc = await readChronologyBytes(docx, 'misnamed.xlsx');
    expect(doc.format).toBe('docx');
    expect(doc.warnings[0]!.code).toBe('format-mismatch');
  });

  it('a truncated xlsx is "corrupt", naming the file', async () => {
    const xlsx = await smallXlsx();
    const p = tmp.file('truncated.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)));
    const e = await importError(readChronologyFile(p));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^truncated\.xlsx: This Excel file is damaged or incomplete/);
    expect(e.message).not.toMatch(/central|End of data|CEN|zip/i);
  });

  it('a docx with a damaged part (bad CRC) is "corrupt"', async () => {
    const docx = await buildDocx(w.p('Some text that will be damaged in the middle of the stream'));
    const zip = await JSZip.loadAsync(docx);
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const i = Buffer.from(stored).indexOf('Some text');
    stored[i] = 'X'.charCodeAt(0);
    const e = await importError(readChronologyBytes(stored, 'damaged.docx'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^damaged\.docx: This Word document is damaged or incomplete/);
  });

  it('a zip that is not an Office file', async () => {
    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const e = await importError(readChronologyBytes(bytes, 'chronologies.zip'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^chronologies\.zip: This is a zip archive, not an Excel workbook or Word document\. If it holds the chronologies, extract/);
    const renamed = await importError(readChronologyBytes(bytes, 'police.xlsx'));
    expect(renamed.message).toContain('(even though it is named .xlsx)');
  });

  it('OpenDocument files ask to be saved as .xlsx / .docx', async () => {
    for (const [mime, name, want] of [
      ['application/vnd.oasis.opendocument.spreadsheet', 'a.ods', /OpenDocument spreadsheet \(\.ods\)\. Open it in Excel .*Excel Workbook \(\.xlsx\)/],
      ['application/vnd.oasis.opendocument.text', 'a.odt', /OpenDocument text file \(\.odt\)\. Open it in Word .*Word Document \(\.docx\)/],
    ] as const) {
      const zip = new JSZip();
      zip.file('mimetype', mime, { compression: 'STORE' });
      zip.file('content.xml', '<office:document-content/>');
      zip.file('META-INF/manifest.xml', '<manifest/>');
      const e = await importError(readChronologyBytes(await zip.generateAsync({ type: 'uint8array' }), name));
      expect(e.code).toBe('unsupported');
      expect(e.message).toMatch(want);
    }
  });
});

describe('data files that are text but not chronologies', () => {
  it('JSON (by name or by content), XML data and a case file each say what they are', async () => {
    const json = await importError(readChronologyBytes(enc('{"entries": [{"date": "14/03/2023"}]}'), 'answers.json'));
    expect(json.code).toBe('unsupported');
    expect(json.message).toMatch(/^answers\.json: This is a JSON data file, not a chronology/);
    expect((await importError(readChronologyBytes(enc('[{"date": "14/03/2023", "text": "x"}]'), 'export.txt'))).message).toContain('JSON data');
    expect((await importError(readChronologyBytes(enc('<records><r date="2023-03-14"/></records>'), 'export.xml'))).message).toContain('XML data');
    const sqlite = new Uint8Array(4096);
    sqlite.set(enc('SQLite format 3\u0000'));
    expect((await importError(readChronologyBytes(sqlite, 'review.threadline'))).message).toContain('open it with File › Open case');
  });
});

describe('other content', () => {
  it('RTF', async () => {
    const e = await importError(readChronologyBytes(enc('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello}'), 'chronology.doc'));
    expect(e.code).toBe('unsupported');
    expect(e.message).toBe(
      'chronology.doc: This is a Rich Text (.rtf) file. Open it in Word (or LibreOffice Writer) and use File › Save As › Word Document (.docx), then import that copy.',
    );
  });

  it('a binary file renamed .csv is "binary"', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + 11) % 256;
    const p = tmp.file('police.csv', bytes);
    const e = await importError(readChronologyFile(p));
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/^police\.csv: This file contains binary data, not text, so it is not a \.csv text file \(it may have been renamed\)/);
  });

  it('a picture is named as a picture', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const e = await importError(readChronologyBytes(png, 'scan.csv'));
    expect(e.code).toBe('unsupported');
    expect(e.message).toContain('This is a picture (PNG image)');
  });

  it('an HTML table saved as .xls (a case-management "Excel" export) is read as a web page, with a warning', async () => {
    const doc = await readChronologyBytes(enc('<html><body><table><tr><td>Date</td><td>Note</td></tr><tr><td>01/02/2023</td><td>Call</td></tr></table></body></html>'), 'export.xls');
    expect(doc.format).toBe('html');
    expect(doc.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['Date', 'Note'], ['01/02/2023', 'Call']]);
    expect(doc.warnings.map((x) => x.message)).toEqual([expect.stringMatching(/named \.xls but is a web page \(HTML\)/)]);
  });

  it('a CSV saved with an .xls name is read as a table, with a warning', async () => {
    const doc = await readChronologyBytes(enc('Date,Agency,Event\n01/02/2023,Police,Call\n02/02/2023,CSC,Visit\n03/02/2023,GP,Appt\n'), 'export.xls');
    expect(doc.format).toBe('csv');
    expect(doc.tables[0]!.rows).toHaveLength(4);
    expect(doc.warnings.map((x) => x.code)).toEqual(['format-mismatch']);
  });

  it('a PDF is a PDF whatever its name', () => {
    expect(detectFormat(buildPdf([{ lines: [{ x: 72, y: 700, text: 'Hello' }] }]), 'report.txt')).toMatchObject({ ok: true, format: 'pdf' });
  });

  it('text formats by extension and content', () => {
    expect(detectFormat(enc('a;b;c\n1;2;3\n'), 'x.csv')).toEqual({ ok: true, format: 'csv', delimiter: ';' });
    expect(detectFormat(enc('a\tb\n1\t2\n'), 'x.tsv')).toEqual({ ok: true, format: 'tsv', delimiter: '\t' });
    expect(detectFormat(enc('# Title\n\nText.\n'), 'notes.md')).toEqual({ ok: true, format: 'md' });
    expect(detectFormat(enc('Some narrative, with commas, here.\nAnd more, here.\n'), 'notes.txt')).toEqual({ ok: true, format: 'txt' });
    // a tab-separated export named .txt
    expect(detectFormat(enc('Date\tTime\tEvent\n01/02/23\t10:00\tCall\n02/02/23\t11:00\tVisit\n03/02/23\t12:00\tLetter\n'), 'export.txt')).toEqual({ ok: true, format: 'tsv', delimiter: '\t' });
    expect(detectFormat(new Uint8Array(0), 'x.csv')).toMatchObject({ ok: false, code: 'empty' });
  });
});
