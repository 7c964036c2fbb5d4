/**
 * Fixture builders for the reader tests: every file is made here, in a temp
 * dir, from the installed libraries or by hand (CFB containers, PDFs).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ImportError } from '../../../shared/errors.ts';

export { FIXTURES_DIR as FIXTURES, SAMPLE_CASE_DIR } from '../../support/paths.ts';

export function makeTempDir(): { dir: string; file: (name: string, data: Uint8Array | string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-readers-'));
  return {
    dir,
    file: (name, data) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Await a promise that must reject with an ImportError; returns it. */
export async function importError(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw new Error(`expected an ImportError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected an ImportError, but it resolved');
}

// ------------------------------------------------------------------- CFB

/**
 * A minimal valid compound file (v3, 512-byte sectors): one FAT sector, one
 * directory sector, zero-length streams with the given names (at most 3).
 */
export function buildCfb(streamNames: string[], opts: { storages?: string[] } = {}): Uint8Array {
  const entries = [...streamNames.map((n) => ({ name: n, type: 2 })), ...(opts.storages ?? []).map((n) => ({ name: n, type: 1 }))];
  if (entries.length > 3) throw new Error('buildCfb: at most 3 entries');
  const b = new Uint8Array(512 * 3);
  const dv = new DataView(b.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((v, i) => (b[i] = v));
  dv.setUint16(0x18, 0x003e, true);
  dv.setUint16(0x1a, 0x0003, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, 1, true); // FAT sectors
  dv.setUint32(0x30, 1, true); // first directory sector
  dv.setUint32(0x38, 4096, true);
  dv.setUint32(0x3c, 0xfffffffe, true);
  dv.setUint32(0x44, 0xfffffffe, true);
  dv.setUint32(0x4c, 0, true); // DIFAT[0] = sector 0
  for (let k = 1; k < 109; k++) dv.setUint32(0x4c + k * 4, 0xffffffff, true);
  // Sector 0 (file offset 512): the FAT.
  const fat = 512;
  for (let k = 0; k < 128; k++) dv.setUint32(fat + k * 4, 0xffffffff, true);
  dv.setUint32(fat, 0xfffffffd, true);
  dv.setUint32(fat + 4, 0xfffffffe, true);
  // Sector 1 (file offset 1024): the directory.
  const dir = 1024;
  const writeEntry = (i: number, name: string, type: number, child: number, right: number): void => {
    const o = dir + i * 128;
    for (let c = 0; c < name.length; c++) dv.setUint16(o + c * 2, name.charCodeAt(c), true);
    dv.setUint16(o + 0x40, (name.length + 1) * 2, true);
    b[o + 0x42] = type;
    b[o + 0x43] = 1;
    dv.setUint32(o + 0x44, 0xffffffff, true); // left
    dv.setUint32(o + 0x48, right, true);
    dv.setUint32(o + 0x4c, child, true);
    dv.setUint32(o + 0x74, 0xfffffffe, true); // start sector
  };
  writeEntry(0, 'Root Entry', 5, entries.length ? 1 : 0xffffffff, 0xffffffff);
  entries.forEach((e, i) => writeEntry(i + 1, e.name, e.type, 0xffffffff, i + 2 <= entries.length ? i + 2 : 0xffffffff));
  return b;
}

// ------------------------------------------------------------------ DOCX

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="Report section"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

export async function buildDocx(bodyXml: string, opts: { styles?: string; numbering?: string; documentPath?: string; prefix?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const docPath = opts.documentPath ?? 'word/document.xml';
  const p = opts.prefix ?? 'w';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${docPath}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${docPath}"/></Relationships>`,
  );
  const rels: string[] = [];
  const dir = docPath.slice(0, docPath.lastIndexOf('/') + 1);
  zip.file(`${dir}styles.xml`, opts.styles ?? DEFAULT_STYLES);
  rels.push('<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>');
  if (opts.numbering) {
    zip.file(`${dir}numbering.xml`, opts.numbering);
    rels.push('<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>');
  }
  zip.file(`${dir}_rels/${docPath.slice(dir.length)}.rels`, `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file(docPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}:document xmlns:${p}="${W_NS}"><${p}:body>${bodyXml}</${p}:body></${p}:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Word XML helpers. */
export const w = {
  p: (text: string, opts: { style?: string; bold?: boolean } = {}): string =>
    `<w:p>${opts.style ? `<w:pPr><w:pStyle w:val="${opts.style}"/></w:pPr>` : ''}<w:r>${opts.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`,
  runs: (...runs: Array<[string, boolean?]>): string =>
    `<w:p>${runs.map(([t, b]) => `<w:r>${b ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('')}</w:p>`,
  tc: (content: string, pr = ''): string => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${content}</w:tc>`,
  tr: (cells: string[], pr = ''): string => `<w:tr>${pr ? `<w:trPr>${pr}</w:trPr>` : ''}${cells.join('')}</w:tr>`,
  tbl: (rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`,
};

// ------------------------------------------------------------------- ZIP

/** Rewrite the declared uncompressed size of every entry (central directory and local headers). */
export function patchZipSizes(bytes: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(bytes);
  const dv = new DataView(b.buffer);
  for (let i = 0; i + 46 <= b.length; i++) {
    if (dv.getUint32(i, true) === 0x02014b50) dv.setUint32(i + 24, size, true);
  }
  return b;
}

// ------------------------------------------------------------------- PDF

export interface PdfTextLine {
  x: number;
  y: number;
  text: string;
  size?: number;
  bold?: boolean;
}

export interface PdfPageSpec {
  lines?: PdfTextLine[];
  /** Draw a 1×1 grey image scaled up (a "scan"). */
  image?: boolean;
}

function pdfString(s: string): string {
  // WinAnsi: map the few non-ASCII characters tests use to octal escapes.
  const map: Record<string, string> = { '–': '\\226', '’': '\\222', '£': '\\243', '—': '\\227' };
  return `(${[...s].map((c) => map[c] ?? (c === '(' || c === ')' || c === '\\' ? `\\${c}` : c)).join('')})`;
}

/** A small PDF with Helvetica text placed line by line (and optionally an image), xref computed. */
export function buildPdf(pages: PdfPageSpec[], opts: { encrypt?: boolean; title?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const img = add('<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream');
  const kids: number[] = [];
  for (const pg of pages) {
    let content = '';
    if (pg.image) content += 'q 400 0 0 600 100 100 cm /Im1 Do Q\n';
    for (const l of pg.lines ?? []) {
      content += `BT /${l.bold ? 'F2' : 'F1'} ${l.size ?? 11} Tf ${l.x} ${l.y} Td ${pdfString(l.text)} Tj ET\n`;
    }
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> /XObject << /Im1 ${img} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let info = 0;
  if (opts.title) info = add(`<< /Title ${pdfString(opts.title)} /Producer (threadline-tests) >>`);
  let encrypt = 0;
  if (opts.encrypt) {
    const h32 = (c: string): string => `<${c.repeat(64)}>`;
    encrypt = add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${h32('a')} /U ${h32('b')} /P -44 >>`);
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Hard-wrap text into lines of about `width` characters. */
export function wrap(text: string, width: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const word of words) {
    if (cur && cur.length + 1 + word.length > width) {
      // Break a hyphenated word at its hyphen when the first part still fits, as word processors do.
      const h = word.indexOf('-');
      if (h > 0 && cur.length + 1 + h + 1 <= width) {
        lines.push(`${cur} ${word.slice(0, h + 1)}`);
        cur = word.slice(h + 1);
      } else {
        lines.push(cur);
        cur = word;
      }
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}

// ------------------------------------------------------------- XLSX by hand

/**
 * A workbook as a non-Excel program might write it: no styles, inline strings,
 * any part name, optionally ISO Strict namespaces.
 */
export async function buildXlsxByHand(sheetXml: string, opts: { sheetPath?: string; strict?: boolean; sharedStrings?: string[]; styles?: string } = {}): Promise<Uint8Array> {
  const main = opts.strict ? 'http://purl.oclc.org/ooxml/spreadsheetml/main' : 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relNs = opts.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const relType = (t: string): string => (opts.strict ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${t}` : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`);
  const sp = opts.sheetPath ?? 'xl/worksheets/sheet1.xml';
  const z = new JSZip();
  z.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>');
  z.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType('officeDocument')}" Target="xl/workbook.xml"/></Relationships>`);
  z.file('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${relNs}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  const extra: string[] = [];
  if (opts.sharedStrings) {
    z.file('xl/strings.xml', `<?xml version="1.0"?><sst xmlns="${main}">${opts.sharedStrings.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('')}</sst>`);
    extra.push(`<Relationship Id="rId2" Type="${relType('sharedStrings')}" Target="strings.xml"/>`);
  }
  if (opts.styles) {
    z.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${main}">${opts.styles}</styleSheet>`);
    extra.push(`<Relationship Id="rId3" Type="${relType('styles')}" Target="styles.xml"/>`);
  }
  z.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType('worksheet')}" Target="/${sp}"/>${extra.join('')}</Relationships>`);
  z.file(sp, `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData>${sheetXml}</sheetData></worksheet>`);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
