import { describe, expect, it } from 'vitest';
import { readChronologyBytes } from '../../../electron/core/readers/index.ts';
import { importDocument } from '../../../shared/import/index.ts';
import { buildLines, layoutParagraphs } from '../../../electron/core/readers/pdf-layout.ts';
import type { PdfItem, PdfPageText } from '../../../electron/core/readers/pdf-layout.ts';
import { buildPdf, enc, importError, wrap } from './fixtures.ts';
import type { PdfTextLine } from './fixtures.ts';

const LEFT = 72;
const LH = 14;

/** Lay out paragraphs top-down like a word processor; returns lines per page. */
function typeset(paras: Array<{ text: string; bold?: boolean; size?: number; gapBefore?: number }>, opts: { top?: number; bottom?: number } = {}): PdfTextLine[][] {
  const top = opts.top ?? 760;
  const bottom = opts.bottom ?? 90;
  const pages: PdfTextLine[][] = [[]];
  let y = top;
  for (const p of paras) {
    y -= p.gapBefore ?? 0;
    for (const line of wrap(p.text, 88)) {
      if (y < bottom) {
        pages.push([]);
        y = top;
      }
      pages.at(-1)!.push({ x: LEFT, y, text: line, ...(p.bold ? { bold: true } : {}), ...(p.size ? { size: p.size } : {}) });
      y -= LH;
    }
  }
  return pages;
}

const LONG =
  'The health visitor saw the family at home and noted that the flat was cold and that there was little food in the cupboards. She recorded that Ms K seemed low in mood and that L was quiet and did not play. She did not ask about domestic abuse because Mr R was present throughout the visit, and she did not share her observations with the GP or with the nursery, although she had planned to do so at the next planned safe-guarding supervision session with her manager.';

describe('PDF reading', () => {
  it('drops running headers and page numbers, joins a paragraph across a page break, finds headings and gaps', async () => {
    const paras = [
      { text: 'Chronology of agency involvement', bold: true, size: 16 },
      { text: 'Background', gapBefore: 10 },
      { text: 'This section sets out what each agency knew about the family before the incident in March.', gapBefore: 10 },
      ...Array.from({ length: 9 }, (_, i) => ({ text: `Paragraph ${i + 1}. ${LONG}`, gapBefore: 10 })),
      { text: 'Key episode 1: the first referral', bold: true, gapBefore: 12 },
      { text: '6.1 On 14 March 2023 the police attended after a call from a neighbour. Officers spoke to both adults and recorded the incident as verbal only.', gapBefore: 10 },
      { text: '6.2 The next day the MASH screened the notification and decided that no further action was needed at that time.', gapBefore: 10 },
    ];
    const pages = typeset(paras);
    expect(pages.length).toBe(2);
    // the page break falls inside a paragraph (not at a paragraph end)
    expect(pages[0]!.at(-1)!.text).not.toMatch(/\.$/);
    const withFurniture = pages.map((lines, i) => ({
      lines: [
        { x: LEFT, y: 800, text: 'Northtown Safeguarding Partnership – CSPR Child L', size: 9 },
        { x: 400, y: 800, text: 'OFFICIAL', size: 9 },
        ...lines,
        { x: 280, y: 40, text: `Page ${i + 3} of ${pages.length + 2}`, size: 9 },
      ],
    }));
    const doc = await readChronologyBytes(buildPdf(withFurniture), 'report.pdf');
    const kinds = doc.blocks.map((b) => [b.kind, b.label ?? '', b.text.slice(0, 30)]);
    expect(kinds).toEqual([
      ['heading', '', 'Chronology of agency involveme'],
      ['heading', '', 'Background'],
      ['paragraph', '', 'This section sets out what eac'],
      ['paragraph', '', 'Paragraph 1. The health visito'],
      ['paragraph', '', 'Paragraph 2. The health visito'],
      ['paragraph', '', 'Paragraph 3. The health visito'],
      ['paragraph', '', 'Paragraph 4. The health visito'],
      ['paragraph', '', 'Paragraph 5. The health visito'],
      ['paragraph', '', 'Paragraph 6. The health visito'],
      ['paragraph', '', 'Paragraph 7. The health visito'],
      ['paragraph', '', 'Paragraph 8. The health visito'],
      ['paragraph', '', 'Paragraph 9. The health visito'],
      ['heading', '', 'Key episode 1: the first refer'],
      ['paragraph', '6.1', 'On 14 March 2023 the police at'],
      ['paragraph', '6.2', 'The next day the MASH screened'],
    ]);
    for (const b of doc.blocks) expect(b.text).not.toMatch(/Page \d|OFFICIAL|Northtown Safeguarding Partnership/);
    // every long paragraph is whole, including the one that runs over the page break
    for (const b of doc.blocks.filter((x) => x.text.startsWith('Paragraph'))) {
      expect(b.text.endsWith('with her manager.')).toBe(true);
      expect(b.text).toContain('next planned safeguarding supervision'); // "safe-" + "guarding" rejoined
    }
    // page 2 starts mid-paragraph: its first line belongs to a block that started on page 1
    const carried = doc.blocks.find((b) => b.text.includes(pages[1]![0]!.text))!;
    expect(carried.page).toBe(1);
    expect(doc.title).toBe('Northtown Safeguarding Partnership – CSPR Child L');
    expect(doc.warnings.map((w) => w.code)).toEqual(['pdf-running-text-removed']);
  });

  it('takes the title from the PDF metadata when it has one', async () => {
    const doc = await readChronologyBytes(buildPdf([{ lines: [{ x: 72, y: 700, text: 'Hello there.' }] }], { title: 'Microsoft Word - SAR Adult S overview.docx' }), 'x.pdf');
    expect(doc.title).toBe('SAR Adult S overview');
  });

  it('a scanned PDF (images, no text layer) is "scanned-pdf"', async () => {
    const e = await importError(readChronologyBytes(buildPdf([{ image: true }, { image: true }]), 'scan.pdf'));
    expect(e.code).toBe('scanned-pdf');
    expect(e.message).toBe(
      "scan.pdf: This PDF has no text Threadline can read: it is a scanned image with no text layer. Run OCR on it (for example in Adobe Acrobat or the scanner's software) or ask the agency for the Word version.",
    );
  });

  it('some scanned pages among text pages give a warning', async () => {
    const doc = await readChronologyBytes(buildPdf([{ lines: [{ x: 72, y: 700, text: 'Typed page.' }] }, { image: true }]), 'mixed.pdf');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Typed page.']);
    expect(doc.warnings.map((w) => w.code)).toEqual(['pdf-pages-without-text']);
    expect(doc.warnings[0]!.message).toMatch(/^Page 2 of this PDF has no text layer/);
  });

  it('a password-protected PDF is "encrypted"', async () => {
    const e = await importError(readChronologyBytes(buildPdf([{ lines: [{ x: 72, y: 700, text: 'Secret' }] }], { encrypt: true }), 'locked.pdf'));
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/^locked\.pdf: This PDF is protected with a password\./);
  });

  it('a damaged PDF is "corrupt" or "read-failed", never a pdfjs message', async () => {
    const e = await importError(readChronologyBytes(enc('%PDF-1.4\nthis is not really a pdf at all\n'), 'broken.pdf'));
    expect(['corrupt', 'read-failed', 'scanned-pdf']).toContain(e.code);
    expect(e.message).toMatch(/^broken\.pdf: /);
    expect(e.message).not.toMatch(/Exception|XRef|Invalid PDF structure/);
  });

  it('a lone page number on a one-page PDF is dropped', async () => {
    const doc = await readChronologyBytes(buildPdf([{ lines: [{ x: 72, y: 700, text: 'Only paragraph here.' }, { x: 290, y: 40, text: '12' }] }]), 'one.pdf');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Only paragraph here.']);
  });
});

describe('PDF layout heuristics (synthetic items)', () => {
  const item = (str: string, x: number, y: number, extra: Partial<PdfItem> = {}): PdfItem => ({ str, x, y, w: str.length * 5.5, size: 11, bold: false, ...extra });
  const page = (items: PdfItem[], number = 1): PdfPageText => ({ number, view: [0, 0, 595, 842], items });

  it('builds lines: gaps become spaces, superscripts stay on their line, fake bold is not doubled, ligatures expand', () => {
    const lines = buildLines(
      page([
        item('The', 72, 700),
        item('ofﬁce', 72 + 3 * 5.5 + 3, 700), // gap → space; ﬁ ligature
        item('1', 72 + 8 * 5.5 + 3, 704, { size: 7, w: 4 }), // superscript footnote mark
        item('Second', 72, 686),
        item('Second', 72.4, 686), // drawn twice for bold
      ]),
    );
    expect(lines.map((l) => l.text)).toEqual(['The office1', 'Second']);
  });

  it('labels only at the margin; a wrapped line starting with a number is not a new paragraph', () => {
    const items = [
      item('4.1', 72, 700, { w: 15 }),
      item('The nurse recorded that the dressing was changed and that the patient', 110, 700),
      item('2.5 litres of fluid had been given overnight, and said so in her notes.', 110, 686),
      item('4.2', 72, 660, { w: 15 }),
      item('The next day nothing happened.', 110, 660),
    ];
    const { blocks } = layoutParagraphs([page(items)]);
    expect(blocks.map((b) => [b.label, b.text.slice(0, 20)])).toEqual([
      ['4.1', 'The nurse recorded t'],
      ['4.2', 'The next day nothing'],
    ]);
  });

  it('a hyphen before a capital letter stays', () => {
    const { blocks } = layoutParagraphs([page([item('He met the Anglo-', 72, 700, { w: 480 }), item('Saxon scholar.', 72, 686)])]);
    expect(blocks[0]!.text).toBe('He met the Anglo-Saxon scholar.'.replace('-Saxon', '- Saxon'));
  });
});

describe('case notes printed to PDF (invented)', () => {
  it('keeps a note\'s header fields apart from its text, so each note is one entry with its words', async () => {
    const lines: PdfTextLine[] = [];
    let y = 760;
    const put = (text: string) => {
      lines.push({ x: LEFT, y, text });
      y -= LH;
    };
    put('Case Notes Report – extract for the review');
    y -= 10;
    for (const [date, who, type, note] of [
      ['03/04/2024', 'SW1 (Community Team)', 'Contact', 'Call from the surgery: Mr T is not eating and has stopped collecting his prescriptions. Request for an assessment.'],
      ['10/04/2024', 'SW1 (Community Team)', 'Visit', 'Home visit. Mr T at home, flat cold, little food. Agreed to a care call each morning.'],
      ['18/04/2024', 'Duty SW', 'Case Note', 'Email to the care agency confirming the start date.'],
    ]) {
      put(`Date: ${date}`);
      put(`Author: ${who}`);
      put(`Note type: ${type}`);
      for (const l of wrap(note!, 60)) put(l);
      y -= 10;
    }
    const doc = await readChronologyBytes(buildPdf([{ lines }]), 'asc-notes.pdf');
    const r = importDocument(doc);
    expect(r.entries.map((e) => [e.date.earliest, e.text.slice(0, 20)])).toEqual([
      ['2024-04-03', 'Call from the surger'],
      ['2024-04-10', 'Home visit. Mr T at '],
      ['2024-04-18', 'Email to the care ag'],
    ]);
    expect(r.entries[1]!.contactType).toBe('Visit');
  });
});
