import { describe, expect, it } from 'vitest';
import { readChronologyBytes } from '../../../electron/core/readers/index.ts';
import type { RawDocument } from '../../../shared/import/raw.ts';
import { buildDocx, importError, w } from './fixtures.ts';

const cells = (doc: RawDocument, row: number): Array<{ text: string; merge?: unknown }> => doc.tables[0]!.rows.find((r) => r.index === row)!.cells;

describe('docx tables', () => {
  it('merges, header rows, nested tables, tracked changes, hidden text', async () => {
    const p = w.p;
    const body =
      p('Police chronology', { style: 'Title' }) +
      w.tbl([
        w.tr([w.tc(p('Date')), w.tc(p('Agency')), w.tc(p('Event'))], '<w:tblHeader/>'),
        w.tr([w.tc(p('01/02/2023')), w.tc(p('Police')), w.tc(p('First paragraph.') + p('Second paragraph.') + '<w:p/>')]),
        w.tr([w.tc(p('Merged across'), '<w:gridSpan w:val="2"/>'), w.tc(p('x'))]),
        w.tr([w.tc(p('14/03/2023'), '<w:vMerge w:val="restart"/>'), w.tc(p('Police')), w.tc(p('first'))]),
        w.tr([w.tc('<w:p/>', '<w:vMerge/>'), w.tc(p('CSC')), w.tc(p('second'))]),
        w.tr([w.tc(p('Date')), w.tc(p('Agency')), w.tc(p('Event'))], '<w:tblHeader/>'),
        w.tr([w.tc(p('Agency only')), w.tc(p('Event only'))], '<w:gridBefore w:val="1"/>'),
        w.tr([w.tc(p('02/02/2023')), w.tc(p('GP')), w.tc(p('See:') + w.tbl([w.tr([w.tc(p('a')), w.tc(p('b'))]), w.tr([w.tc(p('c')), w.tc(p('d'))])]))]),
        w.tr([
          w.tc(p('03/02/2023')),
          w.tc(p('HV')),
          w.tc(
            '<w:p><w:r><w:t xml:space="preserve">Visit </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>cancelled</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>completed</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> by parent</w:t></w:r></w:p>',
          ),
        ]),
        w.tr([w.tc(p('deleted row')), w.tc(p('X')), w.tc(p('Y'))], '<w:del w:id="3" w:author="A"/>'),
        w.tr([
          w.tc(p('04/02/2023')),
          w.tc('<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret </w:t></w:r><w:r><w:t>ED</w:t></w:r></w:p>'),
          w.tc(
            '<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>line two</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> [3]</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
          ),
        ]),
      ]);
    const doc = await readChronologyBytes(await buildDocx(body), 'police.docx');
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect(t.name).toBe('Table 1');
    expect(t.rows.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(cells(doc, 2).map((c) => c.text)).toEqual(['01/02/2023', 'Police', 'First paragraph.\nSecond paragraph.']);
    expect(cells(doc, 3)).toEqual([
      { text: 'Merged across', merge: { dir: 'h', master: true } },
      { text: '', merge: { dir: 'h', master: false } },
      { text: 'x' },
    ]);
    expect(cells(doc, 4)[0]).toEqual({ text: '14/03/2023', merge: { dir: 'v', master: true } });
    expect(cells(doc, 5)).toEqual([{ text: '', merge: { dir: 'v', master: false } }, { text: 'CSC' }, { text: 'second' }]);
    expect(cells(doc, 6).map((c) => c.text)).toEqual(['Date', 'Agency', 'Event']);
    expect(cells(doc, 7)).toEqual([{ text: '' }, { text: 'Agency only' }, { text: 'Event only' }]);
    expect(cells(doc, 8)[2]!.text).toBe('See:\na | b\nc | d');
    expect(cells(doc, 9)[2]!.text).toBe('Visit cancelled by parent');
    expect(cells(doc, 10).map((c) => c.text)).toEqual(['04/02/2023', 'ED', 'Line one\nline two [3]']);
    expect(doc.warnings).toEqual([{ row: 6, code: 'repeated-header-row', message: "Table 1, row 6 repeats the table's header row." }]);
    expect(doc.title).toBe('Police chronology');
    expect(doc.blocks).toEqual([{ kind: 'heading', text: 'Police chronology', index: 1 }]);
  });

  it('a one-cell frame table around the real table is unwrapped', async () => {
    const inner = w.tbl([w.tr([w.tc(w.p('Date')), w.tc(w.p('Event'))]), w.tr([w.tc(w.p('01/02/2023')), w.tc(w.p('Visit'))])]);
    const doc = await readChronologyBytes(await buildDocx(w.tbl([w.tr([w.tc(w.p('Agency: Police') + inner)])])), 'framed.docx');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['Date', 'Event'], ['01/02/2023', 'Visit']]);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Agency: Police']);
  });

  it('several tables keep document order and numbering', async () => {
    const body = w.tbl([w.tr([w.tc(w.p('A'))])]) + w.p('Between.') + w.tbl([w.tr([w.tc(w.p('B'))])]);
    const doc = await readChronologyBytes(await buildDocx(body), 'two.docx');
    expect(doc.tables.map((t) => [t.number, t.name, t.rows[0]!.cells[0]!.text])).toEqual([
      [1, 'Table 1', 'A'],
      [2, 'Table 2', 'B'],
    ]);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Between.']);
    expect(doc.title).toBeNull();
  });
});

const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const numbered = (text: string, numId: number, ilvl: number, style?: string): string =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('docx narrative', () => {
  it('headings by style name and outline level, lead-ins, labels, TOC skipped', async () => {
    const body = [
      w.p('Westmere Council Housing', { style: 'Title' }),
      w.p('Chronology for the review', { style: 'berschrift1' }), // a German style id, "heading 1" by name
      w.p('Contents  3', { style: 'TOC1' }),
      w.p('Tenancy: Flat 41, a secure tenancy held for many years.'),
      w.runs(['3rd October 2022:', true], [' Annual tenancy visit.']),
      w.runs(['10th October', true], [': Engineer called, no access.']),
      w.runs(['Mid-December 2023 –', true], [' Neighbour concerned.']),
      w.runs(['14/03/2023', true], ['\u00a0– Letter sent.']),
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>12/05/2023</w:t></w:r><w:r><w:tab/><w:t>Home visit.</w:t></w:r></w:p>',
      w.runs(['Mr R', true], [' was not seen.']), // bold, no separator: not a lead-in
      '<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>1st June 2023:</w:t></w:r><w:r><w:t xml:space="preserve"> By character style.</w:t></w:r></w:p>',
      w.p('Key episode 2', { bold: true }), // short and bold throughout: a heading
      w.p('Findings', { style: 'MyHeading' }),
      w.p('5.3 On 14 November 2022 the crew attended.'),
      w.p('14.03.23 Home visit, no concerns.'), // a date, not a label
      numbered('Narrative', 1, 0, 'Heading2'),
      numbered('First numbered paragraph.', 1, 1),
      numbered('Second numbered paragraph.', 1, 1),
      numbered('A bullet.', 2, 0),
      '<w:p/>',
    ].join('');
    const doc = await readChronologyBytes(await buildDocx(body, { numbering: NUMBERING }), 'housing.docx');
    const brief = doc.blocks.map((b) => [b.kind, b.label ?? '', b.leadIn ?? '', b.text]);
    expect(brief).toEqual([
      ['heading', '', '', 'Westmere Council Housing'],
      ['heading', '', '', 'Chronology for the review'],
      ['paragraph', '', '', 'Tenancy: Flat 41, a secure tenancy held for many years.'],
      ['paragraph', '', '3rd October 2022:', '3rd October 2022: Annual tenancy visit.'],
      ['paragraph', '', '10th October:', '10th October: Engineer called, no access.'],
      ['paragraph', '', 'Mid-December 2023 –', 'Mid-December 2023 – Neighbour concerned.'],
      ['paragraph', '', '14/03/2023 –', '14/03/2023 – Letter sent.'],
      ['paragraph', '', '12/05/2023', '12/05/2023 Home visit.'],
      ['paragraph', '', '', 'Mr R was not seen.'],
      ['paragraph', '', '1st June 2023:', '1st June 2023: By character style.'],
      ['heading', '', '', 'Key episode 2'],
      ['heading', '', '', 'Findings'],
      ['paragraph', '5.3', '', 'On 14 November 2022 the crew attended.'],
      ['paragraph', '', '', '14.03.23 Home visit, no concerns.'],
      ['heading', '5', '', 'Narrative'],
      ['paragraph', '5.1', '', 'First numbered paragraph.'],
      ['paragraph', '5.2', '', 'Second numbered paragraph.'],
      ['paragraph', '', '', 'A bullet.'],
    ]);
    expect(doc.blocks.map((b) => b.index)).toEqual(brief.map((_, i) => i + 1));
    expect(doc.title).toBe('Westmere Council Housing — Chronology for the review');
  });

  it('any namespace prefix and a main part that is not word/document.xml', async () => {
    const body = '<ns0:p><ns0:r><ns0:t>Written by another program</ns0:t></ns0:r></ns0:p>';
    const doc = await readChronologyBytes(await buildDocx(body, { prefix: 'ns0', documentPath: 'word/document2.xml' }), 'odd.docx');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Written by another program']);
  });

  it('a document with no text is "empty"', async () => {
    const e = await importError(readChronologyBytes(await buildDocx('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>'), 'blank.docx'));
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/^blank\.docx: This Word document has no text in it/);
  });

  it('broken XML inside a whole zip is "corrupt", never an XML parser message', async () => {
    const e = await importError(readChronologyBytes(await buildDocx('<w:p><w:r><w:t>unclosed</w:r></w:p>'), 'bad.docx'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^bad\.docx: This Word document is damaged or incomplete/);
  });
});
