/**
 * Bytes → text for the text formats (CSV, TSV, TXT, MD). Agencies' files come
 * from Excel ("CSV" is Windows-1252, "CSV UTF-8" has a BOM), Notepad (UTF-16
 * "Unicode"), Google Sheets, LibreOffice and case-management exports, and are
 * sometimes stitched together from several of them.
 *
 * Heuristic, in order:
 *  1. a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
 *  2. no BOM but every other byte NUL in ASCII-range text → UTF-16 without BOM;
 *  3. valid UTF-8 → UTF-8;
 *  4. invalid UTF-8: if most non-ASCII bytes still form valid UTF-8 sequences,
 *     keep those and read only the stray bytes as Windows-1252 (a file edited
 *     by two programs); otherwise read the whole file as Windows-1252.
 *     Either way the document gets a warning;
 *  5. reject with 'encoding' only when the result is not text: many control or
 *     undefined characters, or mostly non-ASCII letters (another code page).
 * Line endings become \n, the BOM is dropped.
 */
import iconv from 'iconv-lite';
import { ImportError } from '../../../shared/errors.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1252' | 'utf-8+windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
  warnings: Array<{ code: string; message: string }>;
}

const CP1252: string[] = (() => {
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  return Array.from(iconv.decode(Buffer.from(all), 'win1252'));
})();

function bomOf(b: Uint8Array): { enc: TextEncodingName; len: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { enc: 'utf-8', len: 3 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00 && b.length >= 4) return { enc: 'utf-32le', len: 4 };
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return { enc: 'utf-32be', len: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { enc: 'utf-16le', len: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { enc: 'utf-16be', len: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII-heavy text has NUL in every other byte. */
export function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Declared or sniffed Unicode encoding that is not UTF-8 (affects the binary test: NULs are expected). */
export function wideEncoding(b: Uint8Array): TextEncodingName | null {
  const bom = bomOf(b);
  if (bom && bom.enc !== 'utf-8') return bom.enc;
  return sniffUtf16(b);
}

/** Some exporters pad a file with NUL bytes at the end; that padding is not content. */
export function withoutNulPadding(b: Uint8Array): Uint8Array {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0) end--;
  return end === b.length ? b : b.subarray(0, end);
}

/** A file that is not text at all: NUL bytes or many control characters in the first 64 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (wideEncoding(bytes)) return false;
  const b = withoutNulPadding(bytes);
  const n = Math.min(b.length, 65536);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a) ctrl++;
  }
  return n > 0 && ctrl / n > 0.01;
}

/** Length of a valid UTF-8 sequence starting at i, or 0 when the byte there starts none. */
function utf8SeqLen(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (len === 0) return 0;
  const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
  if (i + len > b.length) return 0;
  let cp = c & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
  for (let k = 1; k < len; k++) {
    const cc = b[i + k]!;
    if ((cc & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const utf8Loose = new TextDecoder('utf-8');

export function normaliseNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

function encodingError(file: string): ImportError {
  return new ImportError(
    'encoding',
    file,
    'the text in this file uses a character set Threadline cannot recognise, so it would come out garbled. ' +
      "Open it in Excel or Notepad and save it again as 'CSV UTF-8' (for a spreadsheet) or as UTF-8 text, then import that copy.",
  );
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const warnings: DecodedText['warnings'] = [];
  const bom = bomOf(bytes);
  let text: string;
  let encoding: TextEncodingName;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  if (bom && bom.enc !== 'utf-8') {
    encoding = bom.enc;
    text = iconv.decode(buf.subarray(bom.len), bom.enc.replace('-', ''));
  } else {
    const wide = bom ? null : sniffUtf16(bytes);
    const body = wide ? bytes : withoutNulPadding(bom ? bytes.subarray(3) : bytes);
    if (wide) {
      encoding = wide;
      text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), wide.replace('-', ''));
    } else {
      try {
        text = utf8Fatal.decode(body);
        encoding = 'utf-8';
      } catch {
        ({ text, encoding } = decodeInvalidUtf8(body));
        warnings.push({
          code: 'encoding-guessed',
          message:
            encoding === 'windows-1252'
              ? 'The file is not UTF-8, so it was read as Windows-1252 (the usual encoding of CSV files saved by older Excel). Check that £ signs, dashes and accented letters look right.'
              : 'Most of the file is UTF-8 but a few characters are not; those were read as Windows-1252. Check that £ signs, dashes and accented letters look right.',
        });
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  text = normaliseNewlines(end === text.length ? text : text.slice(0, end));
  if (!looksLikeText(text, encoding)) throw encodingError(file);
  return { text, encoding, hadBom: bom !== null, warnings };
}

function decodeInvalidUtf8(b: Uint8Array): { text: string; encoding: TextEncodingName } {
  let validMulti = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8SeqLen(b, i);
    if (len > 1) {
      validMulti++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  if (validMulti <= invalid * 2) {
    return { text: iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), 'win1252'), encoding: 'windows-1252' };
  }
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < b.length; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8SeqLen(b, i);
    if (len > 1) {
      i += len;
      continue;
    }
    if (i > runStart) parts.push(utf8Loose.decode(b.subarray(runStart, i)));
    parts.push(CP1252[b[i]!]!);
    i++;
    runStart = i;
  }
  if (runStart < b.length) parts.push(utf8Loose.decode(b.subarray(runStart)));
  return { text: parts.join(''), encoding: 'utf-8+windows-1252' };
}

/** Is the decoded result plausible text? Catches wrong code pages and non-text. */
function looksLikeText(text: string, enc: TextEncodingName): boolean {
  const n = Math.min(text.length, 200_000);
  if (n === 0) return true;
  let weird = 0;
  let letters = 0;
  let nonAsciiLetters = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x1a) || c === 0x7f || (c >= 0x80 && c <= 0x9f) || c === 0xfffd) weird++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) {
      letters++;
      nonAsciiLetters++;
    }
  }
  if (weird / n > 0.02) return false;
  // A single-byte guess that produced mostly accented letters is another code page.
  if (enc === 'windows-1252' && letters > 20 && nonAsciiLetters / letters > 0.3) return false;
  return true;
}
