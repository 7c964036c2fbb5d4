/**
 * HTML as case-management systems export it ("Excel" files that are web
 * pages) and as chronologies saved from a browser: tolerant of unclosed
 * tags, spans laid out as merged cells, text outside tables as blocks. The
 * rows are invented.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { importFiles } from '../../../electron/core/pipeline/import-files.ts';
import { readHtml } from '../../../electron/core/readers/html.ts';
import { openCase } from '../../../electron/core/store/index.ts';
import { makeTempDir } from './fixtures.ts';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const grid = (html: string) => readHtml(html, 'x.html').tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

describe('reading HTML', () => {
  it('reads rows and cells even when the export never closes its tags', () => {
    expect(grid('<TABLE><TR><TH>Date<TH>Note<TR><TD>01/02/2023<TD>Home visit<TR><TD>02/02/2023<TD>Call</TABLE>')).toEqual([
      [['Date', 'Note'], ['01/02/2023', 'Home visit'], ['02/02/2023', 'Call']],
    ]);
  });

  it('lays spans out as merged cells, the text in the first', () => {
    const t = readHtml('<table><tr><th colspan=2>Contact</th><th rowspan="2">Worker</th></tr><tr><td>Date</td><td>Time</td></tr></table>', 'x.html').tables[0]!;
    expect(t.rows.map((r) => r.cells.map((c) => [c.text, c.merge?.dir ?? '', c.merge?.master ?? '']))).toEqual([
      [['Contact', 'h', true], ['', 'h', false], ['Worker', 'v', true]],
      [['Date', '', ''], ['Time', '', ''], ['', 'v', false]],
    ]);
  });

  it('keeps line breaks inside a cell, decodes entities, and skips scripts, styles and comments', () => {
    const html = "<style>td{color:red}</style><script>alert('x')</script><!-- note --><table><tr><td>Seen at home.<br>Mum&#39;s partner present &amp; &quot;hostile&quot;&nbsp;&ndash; 50&pound;</td></tr></table>";
    expect(grid(html)).toEqual([[['Seen at home.\nMum\u2019s partner present & "hostile" \u2013 50\u00a3'.replace('\u2019', "'")]]]);
  });

  it('reads text outside tables as headings and paragraphs, and the title', () => {
    const doc = readHtml('<html><head><title>Early Help chronology</title></head><body><h2>Background</h2><p>Family known since 2021.</p><p>Referral from school.<br>No action.</p></body></html>', 'x.html');
    expect(doc.title).toBe('Early Help chronology');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Background'],
      ['paragraph', 'Family known since 2021.'],
      ['paragraph', 'Referral from school.'],
      ['paragraph', 'No action.'],
    ]);
  });

  it('keeps a table the page never closes', () => {
    expect(grid('<table><tr><td>Date<td>Note<tr><td>01/02/2023<td>Visit')).toEqual([[['Date', 'Note'], ['01/02/2023', 'Visit']]]);
  });

  // Linear reading takes well under a second here; a quadratic one would take minutes. The generous
  // per-test limit is the guard, so a slow or busy machine never trips it.
  it('stays linear on hostile markup: stray "<" everywhere, unclosed comments, tables nested thousands deep', () => {
    expect(readHtml(`<table><tr><td>${'a<b '.repeat(100_000)}</td></tr></table>`, 'x.html').tables).toHaveLength(1);
    readHtml('<!-- x '.repeat(50_000), 'x.html');
    readHtml('<!x '.repeat(100_000), 'x.html');
    expect(readHtml(`${'<table><tr><td>'.repeat(3_000)}x`, 'x.html').tables).toHaveLength(1);
  }, 30_000);

  it('folds a table inside a cell into that cell', () => {
    expect(grid('<table><tr><td>01/02/2023</td><td>Visit<table><tr><td>Mum</td><td>seen</td></tr></table></td></tr></table>')).toEqual([[['01/02/2023', 'Visit\nMum seen']]]);
  });

  it('imports an "Excel" export named .xls as a chronology, saying what it really is', async () => {
    const html = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table border=1>
      <tr><td colspan=4><b>Northshire Children's Services - case notes</b></td></tr>
      <tr><td>Date</td><td>Worker</td><td>Contact type</td><td>Note</td></tr>
      <tr><td x:str>14/03/2023 10:15</td><td>SW A Smith</td><td>Telephone</td><td>Call from the school about attendance.<br style='mso-data-placement:same-cell'>Agreed to visit.</td></tr>
      <tr><td x:str>16/03/2023</td><td>SW A Smith</td><td>Home visit</td><td>No answer; card left.</td></tr>
    </table></body></html>`;
    const store = openCase(':memory:');
    const [out] = await importFiles(store.db, [{ path: tmp.file('casenotes-export.xls', html), agency: 'csc' }]);
    expect(out).toMatchObject({ ok: true, entries: 2, result: { layout: 'table' } });
    expect(store.getEntries().map((e) => [e.date.earliest, e.time, e.author, e.contactType, e.location.table, e.location.row])).toEqual([
      ['2023-03-14', '10:15', 'SW A Smith', 'Telephone', 1, 3],
      ['2023-03-16', null, 'SW A Smith', 'Home visit', 1, 4],
    ]);
    expect(store.getEntries()[0]!.text).toBe('Call from the school about attendance. Agreed to visit.');
    store.close();
  });
});
