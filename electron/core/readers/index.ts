/**
 * One entry point for every file format: detect what the file really is (by
 * its bytes, not its name), then hand it to that format's reader. Each reader
 * turns bytes into a RawDocument (shared/import/raw.ts) and throws ImportError
 * for anything it cannot read.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError } from '../../../shared/errors.ts';
import type { RawDocument } from '../../../shared/import/raw.ts';
import { readDelimited } from './csv.ts';
import { detectFormat } from './detect.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { decodeText } from './encoding.ts';
import { DEFAULT_MAX_BYTES, cancelled, checkAbort, emptyFile, tooLarge, withCause, wrapUnexpected } from './limits.ts';
import { readPdf } from './pdf.ts';
import { readMarkdown, readPlainText } from './text.ts';
import { readXlsx } from './xlsx.ts';

export type { RawDocument } from '../../../shared/import/raw.ts';
export type { DetectedFormat } from './detect.ts';
export { detectFormat } from './detect.ts';

export interface ReadOptions {
  /** Refuse files larger than this (default 50 MB). */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Name shown in messages and stored on the document (default: the path's basename). */
  fileName?: string;
}

export async function readChronologyFile(path: string, opts: ReadOptions = {}): Promise<RawDocument> {
  const fileName = opts.fileName ?? basename(path);
  checkAbort(opts.signal, fileName);
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) {
      throw new ImportError('unsupported', fileName, 'This is a folder, not a file. Choose the chronology files inside it.');
    }
    size = st.size;
  } catch (e) {
    throw fsError(e, fileName);
  }
  if (size > max) throw tooLarge(fileName, size, max);
  if (size === 0) throw emptyFile(fileName);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path, opts.signal ? { signal: opts.signal } : {});
  } catch (e) {
    if ((e as { name?: string }).name === 'AbortError') throw cancelled(fileName);
    throw fsError(e, fileName);
  }
  return readChronologyBytes(bytes, fileName, { ...opts, fileName });
}

function fsError(e: unknown, fileName: string): ImportError {
  if (e instanceof ImportError) return e;
  const code = (e as { code?: string }).code;
  const message =
    code === 'ENOENT'
      ? 'The file could not be found. It may have been moved, renamed or deleted; choose it again.'
      : code === 'EACCES' || code === 'EPERM'
        ? 'Threadline is not allowed to open this file. Check that it is not open in another program and that you have permission to read it, then try again.'
        : code === 'EBUSY'
          ? 'The file is in use by another program. Close it there and try again.'
          : 'The file could not be opened. Check that it is still there and not open in another program, then try again.';
  return withCause(new ImportError('read-failed', fileName, message), e);
}

/** Only whitespace (and perhaps a byte-order mark) in the whole file? */
function blankBytes(b: Uint8Array): boolean {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) i = 2;
  for (; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x00 && c !== 0x0c) return false;
  }
  return true;
}

export async function readChronologyBytes(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<RawDocument> {
  const name = opts.fileName ?? fileName;
  checkAbort(opts.signal, name);
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) throw tooLarge(name, bytes.length, max);
  if (bytes.length === 0 || blankBytes(bytes)) throw emptyFile(name, bytes.length === 0 ? 'The file is empty' : 'The file has nothing in it but blank space');

  const detected = detectFormat(bytes, name);
  if (!detected.ok) throw new ImportError(detected.code, name, detected.message);
  const warnings: RawDocument['warnings'] = [];
  if (detected.mismatch) warnings.push({ code: 'format-mismatch', message: detected.mismatch });

  try {
    switch (detected.format) {
      case 'csv':
      case 'tsv': {
        const decoded = decodeText(bytes, name);
        warnings.push(...decoded.warnings);
        if (decoded.text.trim() === '') throw emptyFile(name, 'The file has nothing in it but blank space');
        const res = await readDelimited(decoded.text, { fileName: name, signal: opts.signal, ...(detected.delimiter ? { delimiter: detected.delimiter } : {}) });
        if (!res.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c.text.trim() !== '')))) throw emptyFile(name, 'The file has no values in it, only separators');
        return { fileName: name, format: res.delimiter === '\t' ? 'tsv' : 'csv', title: null, tables: res.tables, blocks: [], warnings: [...warnings, ...res.warnings] };
      }
      case 'txt':
      case 'md': {
        const decoded = decodeText(bytes, name);
        warnings.push(...decoded.warnings);
        if (decoded.text.trim() === '') throw emptyFile(name, 'The file has nothing in it but blank space');
        checkAbort(opts.signal, name);
        const res = detected.format === 'md' ? readMarkdown(decoded.text, name) : readPlainText(decoded.text);
        return { fileName: name, format: detected.format, ...res, warnings: [...warnings, ...res.warnings] };
      }
      case 'html': {
        const decoded = decodeText(bytes, name);
        warnings.push(...decoded.warnings);
        checkAbort(opts.signal, name);
        const res = readHtml(decoded.text, name);
        return { fileName: name, format: 'html', ...res, warnings: [...warnings, ...res.warnings] };
      }
      case 'xlsx': {
        const res = await readXlsx(bytes, { fileName: name, ...(opts.signal ? { signal: opts.signal } : {}) });
        return { fileName: name, format: 'xlsx', ...res, warnings: [...warnings, ...res.warnings] };
      }
      case 'docx': {
        const res = readDocx(bytes, { fileName: name, ...(opts.signal ? { signal: opts.signal } : {}) });
        return { fileName: name, format: 'docx', ...res, warnings: [...warnings, ...res.warnings] };
      }
      case 'pdf': {
        const res = await readPdf(bytes, { fileName: name, ...(opts.signal ? { signal: opts.signal } : {}) });
        return { fileName: name, format: 'pdf', ...res, warnings: [...warnings, ...res.warnings] };
      }
    }
  } catch (e) {
    throw wrapUnexpected(e, name, 'read-failed', 'Threadline could not read this file. Open it in the program that made it, save a new copy, and import that.');
  }
}
