/**
 * PDF (review reports, PDF exports of chronologies): the text layer via
 * pdfjs, laid out into paragraphs by pdf-layout.ts. Tables in PDFs are not
 * rebuilt; their text comes through as blocks.
 *
 * pdfjs runs in this thread (no worker; we register its worker module as the
 * "main-thread handler", which also keeps bundlers happy), with eval off and
 * its console chatter silenced. A scanned PDF (no text on any page) and a
 * password-protected PDF get their own errors; a PDF that takes too long is
 * abandoned rather than left to hang.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../../../shared/errors.ts';
import type { RawDocument } from '../../../shared/import/raw.ts';
import { MAX_PDF_PAGES, cancelled, checkAbort, withCause } from './limits.ts';
import { tableFromLines } from './pdf-table.ts';
import { cleanPdfText, layoutParagraphs } from './pdf-layout.ts';
import type { PdfItem, PdfLayoutResult, PdfPageText } from './pdf-layout.ts';

export interface ReadPdfOptions {
  fileName: string;
  signal?: AbortSignal;
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
}

type PdfjsModule = typeof Pdfjs;
let pdfjsPromise: Promise<PdfjsModule> | null = null;
let standardFontDataUrl: string | undefined;

async function loadPdfjs(): Promise<PdfjsModule> {
  pdfjsPromise ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    try {
      const require = createRequire(import.meta.url);
      standardFontDataUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + sep;
    } catch {
      standardFontDataUrl = undefined;
    }
    return lib;
  })();
  return pdfjsPromise;
}

/** Load the PDF library ahead of the first PDF (a worker does this once it is
 *  ready, so the first PDF a user imports does not wait for ~6 MB of code). */
export async function preloadPdfReader(): Promise<void> {
  await loadPdfjs();
}

const BOLD_NAME = /bold|black|heavy|semibold|demibold|demi\b|-bd\b|,b\b/i;

function cleanTitle(t: unknown): string | null {
  if (typeof t !== 'string') return null;
  let s = cleanPdfText(t).replace(/^microsoft (word|excel) - /i, '').trim();
  s = s.replace(/\.(docx?|pdf|rtf|odt|xlsx?)$/i, '').trim();
  if (!s || /^(untitled|document\d*|title|microsoft word)$/i.test(s) || s.length > 200) return null;
  return s;
}

function scanned(file: string): ImportError {
  return new ImportError(
    'scanned-pdf',
    file,
    "This PDF has no text Threadline can read: it is a scanned image with no text layer. Run OCR on it (for example in Adobe Acrobat or the scanner's software) or ask the agency for the Word version.",
  );
}

export async function readPdf(bytes: Uint8Array, opts: ReadPdfOptions): Promise<Pick<RawDocument, 'title' | 'tables' | 'blocks' | 'warnings'>> {
  const file = opts.fileName;
  const pdfjs = await loadPdfjs();
  checkAbort(opts.signal, file);
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of the buffer it is given
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    ...(standardFontDataUrl ? { standardFontDataUrl } : {}),
  });

  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void task.destroy();
      reject(new ImportError('read-failed', file, 'This PDF took too long to read and was abandoned. Open it and save or print it to a new PDF, then import that copy.'));
    }, opts.timeoutMs ?? 120_000);
    if (opts.signal) {
      onAbort = () => {
        void task.destroy();
        reject(cancelled(file));
      };
      opts.signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  guard.catch(() => undefined);

  try {
    return await Promise.race([extract(task, opts), guard]);
  } catch (e) {
    throw toImportError(e, file);
  } finally {
    clearTimeout(timer);
    if (onAbort) opts.signal?.removeEventListener('abort', onAbort);
    void task.destroy();
  }
}

type LoadingTask = ReturnType<PdfjsModule['getDocument']>;
type PdfDoc = Awaited<LoadingTask['promise']>;
type PdfPage = Awaited<ReturnType<PdfDoc['getPage']>>;
type TextItem = Extract<Awaited<ReturnType<PdfPage['getTextContent']>>['items'][number], { str: string }>;

async function extract(task: LoadingTask, opts: ReadPdfOptions): Promise<Pick<RawDocument, 'title' | 'tables' | 'blocks' | 'warnings'>> {
  const file = opts.fileName;
  const doc = await task.promise;
  const warnings: RawDocument['warnings'] = [];
  const numPages = Math.min(doc.numPages, MAX_PDF_PAGES);
  if (doc.numPages > MAX_PDF_PAGES) {
    warnings.push({ code: 'pdf-truncated', message: `This PDF has ${doc.numPages} pages; only the first ${MAX_PDF_PAGES} were read.` });
  }
  const { pages, emptyPages, rotated } = await readPages(doc, numPages, opts);
  if (emptyPages.length === numPages) throw scanned(file);
  if (emptyPages.length > 0) {
    warnings.push({
      code: 'pdf-pages-without-text',
      message: `${emptyPages.length === 1 ? 'Page' : 'Pages'} ${listPages(emptyPages)} of this PDF ${emptyPages.length === 1 ? 'has' : 'have'} no text layer (scanned images?), so nothing was read from ${emptyPages.length === 1 ? 'it' : 'them'}. Run OCR on the PDF or ask the agency for the Word version.`,
    });
  }
  if (rotated > 0) warnings.push({ code: 'pdf-rotated-text', message: 'Some rotated text (a watermark or margin note) was left out.' });
  checkAbort(opts.signal, file);

  const layout = layoutParagraphs(pages);
  if (layout.runningText.length || layout.pageNumbersRemoved) {
    const shown = layout.runningText.slice(0, 3).map((t) => `"${t.replace(/\s{2,}/g, ' … ')}"`).join(', ');
    warnings.push({
      code: 'pdf-running-text-removed',
      message: `Running headers/footers${shown ? ` (${shown})` : ''}${layout.pageNumbersRemoved ? ' and page numbers' : ''} were left out of the text.`,
    });
  }
  const title = await pdfTitle(doc, layout);
  await doc.destroy();
  // A table printed to PDF is read as a table; its lines are also kept as text, which the importer reads if the table's columns cannot be mapped.
  const found = tableFromLines(layout.lines, file);
  if (found?.pagesWithoutRows.length) {
    warnings.push({
      code: 'pdf-table-pages',
      message: `${found.pagesWithoutRows.length === 1 ? 'Page' : 'Pages'} ${listPages(found.pagesWithoutRows)} of this PDF ${found.pagesWithoutRows.length === 1 ? 'has' : 'have'} no dates in the table's date column, so ${found.pagesWithoutRows.length === 1 ? 'it was' : 'they were'} left out: a spreadsheet printed across several pages puts its other columns there. Ask the agency for the spreadsheet itself, or for a PDF that fits the table to the page width.`,
    });
  }
  return { title, tables: found ? [found.table] : [], blocks: layout.blocks, warnings };
}

/** Each page's upright text items, the pages that have none, and how many rotated items were left out. */
async function readPages(doc: PdfDoc, numPages: number, opts: ReadPdfOptions): Promise<{ pages: PdfPageText[]; emptyPages: number[]; rotated: number }> {
  const boldByFont = new Map<string, boolean>();
  const pages: PdfPageText[] = [];
  const emptyPages: number[] = [];
  let rotated = 0;
  for (let n = 1; n <= numPages; n++) {
    checkAbort(opts.signal, opts.fileName);
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const textItems = content.items.flatMap((i) => ('str' in i && Array.isArray(i.transform) ? [i] : []));
    await learnBoldFonts(page, new Set(textItems.map((i) => i.fontName)), boldByFont);
    const items: PdfItem[] = [];
    for (const it of textItems) {
      const item = uprightItem(it, boldByFont);
      if (item) items.push(item);
      else if (it.str.trim()) rotated++; // rotated text: watermarks, margin notes
    }
    if (!items.some((i) => i.str.trim() !== '')) emptyPages.push(n);
    const v = page.view as [number, number, number, number];
    pages.push({ number: n, view: [v[0], v[1], v[2], v[3]], items });
    page.cleanup();
  }
  return { pages, emptyPages, rotated };
}

/** Whether each of the page's fonts is bold, for those not yet known. */
async function learnBoldFonts(page: PdfPage, fonts: Set<string>, boldByFont: Map<string, boolean>): Promise<void> {
  if (![...fonts].some((f) => !boldByFont.has(f))) return;
  // Font names (and so boldness) are only known once the page's fonts are loaded.
  try {
    await page.getOperatorList();
  } catch {
    // keep going without bold information
  }
  for (const f of fonts) {
    if (!boldByFont.has(f)) boldByFont.set(f, isBoldFont(page, f));
  }
}

function isBoldFont(page: PdfPage, f: string): boolean {
  try {
    if (!page.commonObjs.has(f)) return false;
    const font = page.commonObjs.get(f) as { name?: string; bold?: boolean; black?: boolean } | null;
    return Boolean(font?.bold || font?.black || (font?.name && BOLD_NAME.test(font.name)));
  } catch {
    return false;
  }
}

/** A text item as positioned text, or undefined when it is rotated or mirrored. */
function uprightItem(it: TextItem, boldByFont: Map<string, boolean>): PdfItem | undefined {
  const [a, b, c, d, e, f] = it.transform as [number, number, number, number, number, number];
  if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) return undefined;
  const size = Math.abs(d) || it.height;
  return { str: it.str, x: e, y: f, w: it.width, size, bold: boldByFont.get(it.fontName) ?? false };
}

/** The document's own title, else the longest running header's part, else its first one or two headings. */
async function pdfTitle(doc: PdfDoc, layout: PdfLayoutResult): Promise<string | null> {
  let title: string | null;
  try {
    const meta = await doc.getMetadata();
    title = cleanTitle((meta.info as { Title?: unknown } | undefined)?.Title);
  } catch {
    title = null;
  }
  if (title) return title;
  if (layout.runningText.length) {
    const longest = layout.runningText.flatMap((t) => t.split(/\s{2,}/)).sort((a, b) => b.length - a.length)[0];
    if (longest) return longest;
  }
  const heads: string[] = [];
  for (const b of layout.blocks) {
    if (b.kind !== 'heading' || heads.length >= 2) break;
    heads.push(b.label ? `${b.label} ${b.text}` : b.text);
  }
  return heads.length ? heads.join(' — ') : null;
}

function listPages(ns: number[]): string {
  if (ns.length <= 6) return ns.join(', ');
  return `${ns.slice(0, 5).join(', ')} and ${ns.length - 5} more`;
}

function toImportError(e: unknown, file: string): ImportError {
  if (e instanceof ImportError) return e;
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return withCause(
      new ImportError(
        'encrypted',
        file,
        'This PDF is protected with a password. Ask the agency for a copy without a password, or open it with the password and save or print it to a new PDF, then import that.',
      ),
      e,
    );
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'MissingPDFException') {
    return withCause(
      new ImportError('corrupt', file, 'This PDF is damaged or incomplete, so it cannot be read. Ask the agency to send it again, or open it and save a new copy.'),
      e,
    );
  }
  return withCause(
    new ImportError('read-failed', file, 'Threadline could not read this PDF. Open it, save or print it to a new PDF, and import that copy; or ask the agency for the Word version.'),
    e,
  );
}
