/**
 * What a file really is, from its bytes first and its name second. Agencies
 * rename files (a CSV saved as .xls, a .doc renamed .docx), systems export web
 * pages with spreadsheet names, and people send password-protected copies, so
 * the extension is only a tie-breaker between text formats.
 */
import type { ImportErrorCode } from '../../../shared/errors.ts';
import type { SourceFormat } from '../../../shared/model.ts';
import { classifyCfb, isCfb, readCfbDirectory } from './cfb.ts';
import { excelSepLine, isConfidentTable, sniffDelimiter } from './delimiter.ts';
import type { Delimiter } from './delimiter.ts';
import { looksBinary, wideEncoding } from './encoding.ts';
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, tooLargeUnzippedMessage } from './limits.ts';
import { ZipError, findEntry, isZip, openZip } from './zip.ts';
import type { ZipArchive } from './zip.ts';
import iconv from 'iconv-lite';

export type DetectedFormat =
  | {
      ok: true;
      format: SourceFormat;
      /** For csv/tsv: the delimiter sniffed from the content. */
      delimiter?: Delimiter;
      /** Set when the name says one thing and the content another (shown as a warning). */
      mismatch?: string;
      /** A macro-enabled or template variant read as its plain format (xlsm, docm, dotx…). */
      variant?: string;
    }
  | { ok: false; code: ImportErrorCode; message: string };

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

const SPREADSHEET_EXT = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xls', 'ods', 'numbers', 'xlsb']);
const WORD_EXT = new Set(['docx', 'docm', 'dotx', 'dotm', 'doc', 'odt', 'pages', 'rtf']);

function fail(code: ImportErrorCode, message: string): DetectedFormat {
  return { ok: false, code, message };
}

const SAVE_AS_XLSX = 'Open it in Excel (or LibreOffice Calc) and use File › Save As › Excel Workbook (.xlsx), then import that copy.';
const SAVE_AS_DOCX = 'Open it in Word (or LibreOffice Writer) and use File › Save As › Word Document (.docx), then import that copy.';

export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) return fail('empty', 'The file is empty. Check that you chose the right file, or ask the agency to send it again.');
  if (isZip(bytes)) return detectZip(bytes, ext);
  if (isCfb(bytes)) return detectCfb(bytes, ext);
  if (startsWithAscii(bytes, '%PDF', 1024)) return { ok: true, format: 'pdf', ...mismatch(ext, 'pdf') };
  if (startsWithAscii(bytes, 'SQLite format 3', 0)) {
    return fail('unsupported', ext === 'threadline' ? 'This is a Threadline case, not a chronology: open it with File › Open case.' : 'This is a database file, not a chronology. Export the chronology from the system that holds it as Excel, Word or CSV.');
  }
  if (startsWithAscii(bytes, '{\\rtf', 16)) {
    return fail('unsupported', `This is a Rich Text (.rtf) file. ${SAVE_AS_DOCX}`);
  }
  const image = imageKind(bytes);
  if (image) {
    return fail(
      'unsupported',
      `This is a picture (${image} image), not a document with text in it. If it is a photo or scan of a chronology, ask the agency for the Word or Excel version.`,
    );
  }
  const archive = archiveKind(bytes);
  if (archive) return fail('unsupported', `This is a compressed ${archive} archive, not a chronology. Extract the files from it and import those.`);
  if (looksBinary(bytes)) {
    return fail(
      'binary',
      `This file contains binary data, not text, so it is not a${ext ? ` .${ext}` : ''} text file` +
        `${ext ? ' (it may have been renamed)' : ''}. Check that you chose the right file; if it came from a spreadsheet or Word, ask the agency for the .xlsx, .docx or .csv.`,
    );
  }
  return detectText(bytes, ext);
}

function startsWithAscii(b: Uint8Array, s: string, within: number): boolean {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, within + s.length)).toString('latin1');
  return within <= 16 ? head.startsWith(s) : head.includes(s);
}

function imageKind(b: Uint8Array): string | null {
  const h = (o: number, ...v: number[]): boolean => v.every((x, i) => b[o + i] === x);
  if (h(0, 0x89, 0x50, 0x4e, 0x47)) return 'PNG';
  if (h(0, 0xff, 0xd8, 0xff)) return 'JPEG';
  if (h(0, 0x47, 0x49, 0x46, 0x38)) return 'GIF';
  if (h(0, 0x49, 0x49, 0x2a, 0x00) || h(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'TIFF';
  if (h(4, 0x66, 0x74, 0x79, 0x70) && /^(heic|heix|mif1|avif)/.test(Buffer.from(b.subarray(8, 12)).toString('latin1'))) return 'HEIC';
  return null;
}

function archiveKind(b: Uint8Array): string | null {
  const h = (...v: number[]): boolean => v.every((x, i) => b[i] === x);
  if (h(0x1f, 0x8b)) return 'gzip';
  if (h(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return '7-Zip';
  if (h(0x52, 0x61, 0x72, 0x21)) return 'RAR';
  return null;
}

function mismatch(ext: string, actual: 'xlsx' | 'docx' | 'pdf'): { mismatch?: string } {
  if (!ext) return {};
  const names: Record<typeof actual, string> = { xlsx: 'an Excel workbook', docx: 'a Word document', pdf: 'a PDF' };
  const fits =
    (actual === 'xlsx' && SPREADSHEET_EXT.has(ext)) || (actual === 'docx' && WORD_EXT.has(ext)) || (actual === 'pdf' && ext === 'pdf');
  return fits ? {} : { mismatch: `The file is named .${ext} but is ${names[actual]}; it was read as ${names[actual]}.` };
}

function damagedMessage(ext: string, bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1 << 20)).toString('latin1');
  const kind = head.includes('xl/') || SPREADSHEET_EXT.has(ext) ? 'Excel file' : head.includes('word/') || WORD_EXT.has(ext) ? 'Word document' : 'file';
  return (
    `This ${kind} is damaged or incomplete, so it cannot be opened. It may not have finished downloading or copying: ` +
    `ask the agency to send it again, or open it in ${kind === 'Word document' ? 'Word' : kind === 'Excel file' ? 'Excel' : 'the program that made it'} and save a new copy.`
  );
}

/** Open a zip with our guards, mapping container problems to user-facing failures. */
export function openZipChecked(bytes: Uint8Array, ext: string): { zip: ZipArchive } | { failure: Extract<DetectedFormat, { ok: false }> } {
  try {
    return { zip: openZip(bytes, { maxTotal: MAX_UNZIPPED_BYTES, maxEntries: MAX_ZIP_ENTRIES }) };
  } catch (e) {
    if (!(e instanceof ZipError)) throw e;
    switch (e.problem) {
      case 'too-large':
        return { failure: { ok: false, code: 'too-large', message: tooLargeUnzippedMessage(e.size || MAX_UNZIPPED_BYTES + 1) } };
      case 'encrypted':
        return { failure: { ok: false, code: 'encrypted', message: 'This zip file is protected with a password. Ask the agency for an unprotected copy.' } };
      default:
        return { failure: { ok: false, code: 'corrupt', message: damagedMessage(ext, bytes) } };
    }
  }
}

function detectZip(bytes: Uint8Array, ext: string): DetectedFormat {
  const opened = openZipChecked(bytes, ext);
  if ('failure' in opened) return opened.failure;
  const zip = opened.zip;
  const names = [...zip.entries.keys()].map((n) => n.replace(/^\//, '').toLowerCase());
  const has = (n: string): boolean => names.includes(n);
  const under = (p: string): boolean => names.some((n) => n.startsWith(p));

  if (has('mimetype') || (has('content.xml') && has('meta-inf/manifest.xml'))) {
    let mime = '';
    try {
      const m = findEntry(zip, 'mimetype');
      if (m) mime = zip.readText(m).trim();
    } catch {
      mime = '';
    }
    const sheet = mime.includes('spreadsheet') || (!mime.includes('text') && (ext === 'ods' || SPREADSHEET_EXT.has(ext)));
    return sheet
      ? fail('unsupported', `This is an OpenDocument spreadsheet (.ods). ${SAVE_AS_XLSX}`)
      : fail('unsupported', `This is an OpenDocument text file (.odt). ${SAVE_AS_DOCX}`);
  }
  if (has('index/document.iwa') || under('index/') && names.some((n) => n.endsWith('.iwa'))) {
    return SPREADSHEET_EXT.has(ext) || ext === 'numbers'
      ? fail('unsupported', 'This is an Apple Numbers file. In Numbers use File › Export To › Excel, then import the .xlsx file.')
      : fail('unsupported', 'This is an Apple Pages or Numbers file. Use File › Export To › Word (or Excel) in the Apple app, then import that file.');
  }
  if (has('[content_types].xml') || under('xl/') || under('word/')) {
    if (has('xl/workbook.bin')) return fail('unsupported', `This is an Excel Binary Workbook (.xlsb). ${SAVE_AS_XLSX}`);
    if (under('xl/')) {
      const variant = ext && ext !== 'xlsx' && SPREADSHEET_EXT.has(ext) ? ext : undefined;
      return { ok: true, format: 'xlsx', ...mismatch(ext, 'xlsx'), ...(variant ? { variant } : {}) };
    }
    if (under('word/')) {
      const variant = ext && ext !== 'docx' && WORD_EXT.has(ext) ? ext : undefined;
      return { ok: true, format: 'docx', ...mismatch(ext, 'docx'), ...(variant ? { variant } : {}) };
    }
    if (under('ppt/')) return fail('unsupported', 'This is a PowerPoint presentation, not a chronology. Ask the agency for the chronology as a Word or Excel file.');
    return fail('corrupt', damagedMessage(ext, bytes));
  }
  return fail(
    'corrupt',
    `This is a zip archive, not an Excel workbook or Word document${ext && ext !== 'zip' ? ` (even though it is named .${ext})` : ''}. ` +
      'If it holds the chronologies, extract the files from it and import those; otherwise ask the agency to send the file again.',
  );
}

function detectCfb(bytes: Uint8Array, ext: string): DetectedFormat {
  const kind = classifyCfb(readCfbDirectory(bytes));
  switch (kind) {
    case 'encrypted-ooxml': {
      const what = SPREADSHEET_EXT.has(ext) ? 'Excel workbook' : WORD_EXT.has(ext) ? 'Word document' : 'Office file';
      const app = what === 'Excel workbook' ? 'Excel' : what === 'Word document' ? 'Word' : 'Word or Excel';
      return fail(
        'encrypted',
        `This ${what} is protected with a password. Open it in ${app}, remove the password (File › Info › Protect, then Encrypt with Password and clear it), save it, and import it again. ` +
          'If it has a sensitivity label that encrypts it, ask the sender for an unprotected copy.',
      );
    }
    case 'doc':
      return fail('legacy-format', 'This is an old Word 97–2003 .doc file. Open it in Word or LibreOffice and save it as .docx, then import that.');
    case 'xls':
      return fail('legacy-format', 'This is an old Excel 97–2003 .xls file. Open it in Excel or LibreOffice and save it as .xlsx, then import that.');
    case 'ppt':
      return fail('unsupported', 'This is an old PowerPoint file, not a chronology. Ask the agency for the chronology as a Word or Excel file.');
    case 'msg':
      return fail('unsupported', 'This is an Outlook email (.msg). Open it in Outlook, save the attached chronology to your computer, and import that file.');
    default:
      if (ext === 'doc') return fail('legacy-format', 'This is an old Word 97–2003 .doc file. Open it in Word or LibreOffice and save it as .docx, then import that.');
      if (ext === 'xls') return fail('legacy-format', 'This is an old Excel 97–2003 .xls file. Open it in Excel or LibreOffice and save it as .xlsx, then import that.');
      return fail('unsupported', `This is an old Microsoft Office file that Threadline cannot read. ${SAVE_AS_DOCX.replace('Open it in Word (or LibreOffice Writer) and use', 'Open it in the Office program that made it and use')}`);
  }
}

/** Decode just enough of the start of a text file to look at it. */
function textHead(bytes: Uint8Array, max = 262144): string {
  const wide = wideEncoding(bytes);
  const slice = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, max));
  let s = wide ? iconv.decode(slice, wide.replace('-', '')) : slice.toString('utf8');
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s.replace(/\r\n?/g, '\n');
}

/** Text formats that hold data or code, by extension. */
const DATA_FORMATS: Record<string, string> = {
  json: 'JSON data',
  jsonl: 'JSON data',
  geojson: 'JSON data',
  xml: 'XML data',
  yaml: 'YAML data',
  yml: 'YAML data',
  js: 'JavaScript',
  mjs: 'JavaScript',
  ts: 'TypeScript',
  py: 'Python',
  sql: 'SQL',
  ics: 'calendar (.ics)',
  vcf: 'contact card (.vcf)',
  eml: 'e-mail message (.eml)',
};

function detectText(bytes: Uint8Array, ext: string): DetectedFormat {
  const head = textHead(bytes);
  const lead = head.slice(0, 4096).trimStart().toLowerCase();
  if (lead.startsWith('<!doctype html') || lead.startsWith('<html') || (lead.startsWith('<') && /<table[\s>]/.test(lead) && !lead.startsWith('<?xml'))) {
    // Case-management systems export "Excel" files this way: read the page's tables.
    const named = ext && ext !== 'html' && ext !== 'htm';
    return { ok: true, format: 'html', ...(named ? { mismatch: `The file is named .${ext} but is a web page (HTML), as case-management systems often export "Excel" files; its tables were read.` } : {}) };
  }
  if (lead.startsWith('<?xml') || lead.startsWith('<')) {
    if (lead.includes('urn:schemas-microsoft-com:office:spreadsheet')) return fail('unsupported', `This is an Excel 2003 XML spreadsheet. ${SAVE_AS_XLSX}`);
    if (lead.includes('schemas.microsoft.com/office/word/2003/wordml') || lead.includes('<pkg:package')) {
      return fail('unsupported', `This is a Word XML document. ${SAVE_AS_DOCX}`);
    }
  }
  // Data and code files are text too, but never a chronology: say what they are rather than import their lines.
  const dataFormat = DATA_FORMATS[ext] ?? (/^[[{]/.test(lead) && /^[[{][\s\S]*"\s*:/.test(lead.slice(0, 400)) ? 'JSON data' : null);
  if (dataFormat) {
    return fail('unsupported', `This is a ${dataFormat} file, not a chronology. Import the agency's chronology itself (Word, Excel, CSV, text or PDF).`);
  }
  const sep = excelSepLine(head);
  const guess = sniffDelimiter(sep ? head.slice(head.indexOf('\n') + 1) : head);
  const delimited = (d: Delimiter): DetectedFormat => ({ ok: true, format: d === '\t' ? 'tsv' : 'csv', delimiter: d });
  switch (ext) {
    case 'csv':
      return delimited(sep ?? guess?.delimiter ?? ',');
    case 'tsv':
    case 'tab':
      return delimited(sep ?? (guess && guess.delimiter !== '\t' && guess.score > 1.5 && guess.consistency > 0.9 ? guess.delimiter : '\t'));
    case 'psv':
      return delimited('|');
    case 'md':
    case 'markdown':
      return { ok: true, format: 'md' };
    case 'txt':
    case 'text':
    case 'log':
      if (sep) return delimited(sep);
      return isConfidentTable(guess) ? delimited(guess!.delimiter) : { ok: true, format: 'txt' };
    default: {
      const mis = ext && (SPREADSHEET_EXT.has(ext) || WORD_EXT.has(ext) || ext === 'pdf');
      if (sep || isConfidentTable(guess)) {
        const d = sep ?? guess!.delimiter;
        const r = delimited(d);
        return mis && r.ok
          ? { ...r, mismatch: `The file is named .${ext} but is ${d === '\t' ? 'tab-separated' : 'comma-separated (CSV)'} text; it was read as a table.` }
          : r;
      }
      return mis ? { ok: true, format: 'txt', mismatch: `The file is named .${ext} but is plain text; it was read as text.` } : { ok: true, format: 'txt' };
    }
  }
}
