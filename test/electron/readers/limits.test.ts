import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readChronologyBytes, readChronologyFile } from '../../../electron/core/readers/index.ts';
import { enc, FIXTURES, importError, makeTempDir } from './fixtures.ts';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

describe('empty files', () => {
  it('0 bytes', async () => {
    const e = await importError(readChronologyFile(tmp.file('empty.csv', '')));
    expect(e.code).toBe('empty');
    expect(e.message).toBe('empty.csv: The file is empty. Check that you chose the right file, or ask the agency to send it again.');
  });

  it('only whitespace, or only a BOM', async () => {
    for (const bytes of [enc('  \r\n\t\n'), new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])]) {
      const e = await importError(readChronologyBytes(bytes, 'blank.txt'));
      expect(e.code).toBe('empty');
      expect(e.file).toBe('blank.txt');
    }
  });
});

describe('size limits', () => {
  it('a 200 MB file is refused from its size, with a message that says what to do', async () => {
    const p = join(tmp.dir, 'huge.csv');
    writeFileSync(p, '');
    truncateSync(p, 200 * 1024 * 1024); // sparse: nothing is written
    const e = await importError(readChronologyFile(p));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe(
      'huge.csv: the file is 200 MB, and the largest file Threadline can import is 50 MB. Ask the agency for a smaller extract (for example only the scoping period), or split the file into parts and import each one.',
    );
  });

  it('is refused without being read: a 3 GB file Node could not even read into memory is refused as too large', async () => {
    // Node refuses to read a file over 2 GB into one buffer (a read-failed error), so only a check of
    // the size before reading can give 'too-large' here; no clock is needed to tell.
    const p = join(tmp.dir, 'enormous.csv');
    writeFileSync(p, '');
    truncateSync(p, 3 * 1024 * 1024 * 1024);
    const e = await importError(readChronologyFile(p));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/^enormous\.csv: the file is 3072 MB, and the largest file Threadline can import is 50 MB/);
  });

  it('maxBytes is configurable, for bytes and for files', async () => {
    const e = await importError(readChronologyBytes(enc('Date,Event\n01/02/2023,Visit\n'), 'small.csv', { maxBytes: 10 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('the file is 1 KB, and the largest file Threadline can import is 1 KB');
    const p = tmp.file('ok.csv', 'Date,Event\n01/02/2023,Visit\n');
    expect((await readChronologyFile(p, { maxBytes: 1024 })).tables[0]!.rows).toHaveLength(2);
  });
});

describe('file system problems', () => {
  it('a missing file, a folder', async () => {
    const missing = await importError(readChronologyFile(join(tmp.dir, 'gone.xlsx')));
    expect(missing.code).toBe('read-failed');
    expect(missing.message).toMatch(/^gone\.xlsx: The file could not be found/);
    const dir = await importError(readChronologyFile(tmp.dir));
    expect(dir.code).toBe('unsupported');
    expect(dir.message).toContain('This is a folder, not a file');
  });

  it('the display name can be given', async () => {
    const p = tmp.file('upload-123.tmp.csv', 'Date,Event\n01/02/2023,Visit\n');
    const doc = await readChronologyFile(p, { fileName: 'police.csv' });
    expect(doc.fileName).toBe('police.csv');
    expect(doc.tables[0]!.name).toBe('police.csv');
  });
});

describe('cancellation', () => {
  it('an already-aborted signal stops before reading', async () => {
    const ac = new AbortController();
    ac.abort();
    const e = await importError(readChronologyFile(`${FIXTURES}/child-t/police.csv`, { signal: ac.signal }));
    expect(e.code).toBe('cancelled');
    expect(e.message).toBe('police.csv: the import was cancelled.');
  });

  it('aborting during a large CSV stops it', async () => {
    const row = '01/02/2023,Police,"A fairly long event description, with a comma",Outcome text here\n';
    const bytes = enc(`Date,Agency,Event,Outcome\n${row.repeat(200_000)}`); // ~17 MB
    const ac = new AbortController();
    const p = readChronologyBytes(bytes, 'big.csv', { signal: ac.signal });
    // Aborted once the read is under way: it must end as cancelled, not run on to a document.
    setTimeout(() => ac.abort(), 5);
    const e = await importError(p);
    expect(e.code).toBe('cancelled');
  });

  it('aborting an Excel read returns at once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (let i = 0; i < 3000; i++) ws.addRow([new Date(Date.UTC(2023, 0, 1 + (i % 300))), 'Police', `Event ${i}`]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const ac = new AbortController();
    const p = readChronologyBytes(bytes, 'big.xlsx', { signal: ac.signal });
    ac.abort();
    expect((await importError(p)).code).toBe('cancelled');
  });

  it('aborting a PDF read', async () => {
    const ac = new AbortController();
    const p = readChronologyFile(`${FIXTURES}/adult-v/overview.pdf`, { signal: ac.signal });
    setTimeout(() => ac.abort(), 0);
    expect((await importError(p)).code).toBe('cancelled');
  });
});
