/**
 * Writers for the invented files the project generates (the sample case, the
 * test fixtures): CSV in an agency's own separator, hard-wrapped text, and
 * Word documents written part by part, each re-packed so the same data gives
 * the same bytes on every run.
 */
import JSZip from 'jszip';

export const FIXED_DATE = new Date(Date.UTC(2024, 0, 15));

function csvField(s: string, sep: string): string {
  return /["\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file with CRLF line ends, as spreadsheet programs save it. */
export function csv(headings: readonly string[], rows: ReadonlyArray<readonly string[]>, sep = ','): string {
  return `${[headings, ...rows].map((r) => r.map((c) => csvField(c, sep)).join(sep)).join('\r\n')}\r\n`;
}

/** Hard-wrap a paragraph at a width, as a person typing in a plain editor does. */
export function hardWrap(s: string, width = 76): string {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Re-pack a zip (xlsx, docx) with fixed timestamps and no folder entries, so the same data gives the same bytes. */
export async function stableZip(bytes: Buffer | Uint8Array): Promise<Buffer> {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(src.files).sort()) {
    const f = src.files[name]!;
    if (f.dir) continue;
    out.file(name, await f.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

export const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** WordprocessingML pieces for hand-written documents (no 'docx' package in the project). */
export const word = {
  /** A paragraph of one run; `style` names a paragraph style such as Heading1. */
  para(text: string, opts: { bold?: boolean; style?: string } = {}): string {
    const pPr = opts.style ? `<w:pPr><w:pStyle w:val="${opts.style}"/></w:pPr>` : '';
    return `<w:p>${pPr}<w:r>${opts.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  },
  /** A paragraph that opens with a bold lead-in ("3rd May 2023:") and runs on in plain text. */
  leadIn(lead: string, rest: string): string {
    return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${xmlEscape(lead)}</w:t></w:r><w:r><w:t xml:space="preserve"> ${xmlEscape(rest)}</w:t></w:r></w:p>`;
  },
  /** A table cell; a cell's text with line breaks becomes one paragraph per line. */
  cell(text: string, bold = false): string {
    return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${text.split('\n').map((line) => word.para(line, { bold })).join('')}</w:tc>`;
  },
  /** A table row; `header` marks it as a heading row Word repeats on each page. */
  row(cells: readonly string[], header = false): string {
    return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c) => word.cell(c, header)).join('')}</w:tr>`;
  },
  /** A bordered table of rows already written with `row`. */
  table(rowsXml: string): string {
    const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4"/>`).join('');
    return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>${rowsXml}</w:tbl>`;
  },
};

const HEADING_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style></w:styles>`;

/** A Word document from its body XML; `styles` adds the heading styles the body's pStyle refers to. */
export async function wordDocument(bodyXml: string, opts: { styles?: boolean } = {}): Promise<Buffer> {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`;
  const stylesOverride = opts.styles ? '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' : '';
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${stylesOverride}</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', document);
  if (opts.styles) {
    zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
    zip.file('word/styles.xml', HEADING_STYLES);
  }
  return stableZip(await zip.generateAsync({ type: 'nodebuffer' }));
}
