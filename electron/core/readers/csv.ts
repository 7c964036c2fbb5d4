/**
 * CSV and TSV (and semicolon- or pipe-separated text): one RawTable named after
 * the file. Quoted fields may hold line breaks and doubled quotes; rows may be
 * ragged; trailing empty cells are trimmed; blank lines stay as empty rows so
 * the importer sees the file's real shape. row.index is the physical line on
 * which the record starts, counting from 1, as a text editor would show it.
 */
import { parse } from 'csv-parse';
import { ImportError } from '../../../shared/errors.ts';
import type { RawCell, RawDocument, RawRow } from '../../../shared/import/raw.ts';
import { excelSepLine, sniffDelimiter } from './delimiter.ts';
import type { Delimiter } from './delimiter.ts';
import { MAX_COLUMNS, cancelled, checkAbort, tooManyColumns, withCause } from './limits.ts';

export interface ReadDelimitedOptions {
  fileName: string;
  delimiter?: Delimiter;
  signal?: AbortSignal;
}

const CHUNK = 1 << 20;

interface CsvRecordOut {
  record: string[];
  info: { lines: number };
  raw: string;
}

interface CsvSkipError {
  code?: string;
  lines?: number;
  raw?: string;
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function trimTrailing(cells: RawCell[]): RawCell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.text.trim() === '') end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

export async function readDelimited(text: string, opts: ReadDelimitedOptions): Promise<Pick<RawDocument, 'tables' | 'warnings'> & { delimiter: Delimiter }> {
  const file = opts.fileName;
  const warnings: RawDocument['warnings'] = [];
  let body = text;
  let lineOffset = 0;
  const sep = excelSepLine(text);
  if (sep) {
    const nl = text.indexOf('\n');
    body = nl < 0 ? '' : text.slice(nl + 1);
    lineOffset = 1;
  }
  const delimiter: Delimiter = sep ?? opts.delimiter ?? sniffDelimiter(body)?.delimiter ?? ',';
  const quote = sniffQuote(body, delimiter);

  const rows: RawRow[] = [];
  const addRow = (index: number, fields: string[]): void => {
    const cells = trimTrailing(fields.map((f) => ({ text: f })));
    if (cells.length > MAX_COLUMNS) throw tooManyColumns(file, index, cells.length);
    rows.push({ index, cells });
  };
  const show = delimiter === '\t' ? 'tab' : delimiter;
  // An opening quote that is never closed would swallow the rest of the file. Read
  // that one line as plain text, warn, and carry on parsing from the next line.
  for (;;) {
    const unclosed = await parsePart(body, lineOffset, delimiter, quote, file, opts.signal, addRow, (line) =>
      warnings.push({
        row: line,
        code: 'csv-bad-quotes',
        message: `Line ${line} has quotation marks where a CSV file does not allow them, so it was read as plain text split at each "${show}". Check that row.`,
      }),
    );
    if (!unclosed) break;
    const nl = unclosed.rest.indexOf('\n');
    const first = nl < 0 ? unclosed.rest : unclosed.rest.slice(0, nl);
    addRow(unclosed.line, first.split(delimiter));
    warnings.push({
      row: unclosed.line,
      code: 'csv-unclosed-quote',
      message: `Line ${unclosed.line} opens a quotation mark (${quote}) that is never closed, so that line was read as plain text split at each "${show}". Check that row and the one after it.`,
    });
    if (nl < 0) break;
    body = unclosed.rest.slice(nl + 1);
    lineOffset = unclosed.line;
  }
  checkAbort(opts.signal, file);
  return { tables: [{ name: file, number: 1, rows }], warnings, delimiter };
}

/**
 * The quotation mark the file wraps its fields in: '"' as the CSV standard
 * has it, or "'" where the program that wrote it was set that way (most
 * fields of the first lines start and end with one, and few with '"').
 */
function sniffQuote(body: string, delimiter: Delimiter): string {
  let single = 0;
  let double = 0;
  let fields = 0;
  const lines = body.split('\n', 50);
  for (const line of lines) {
    for (const raw of line.replace(/\r$/, '').split(delimiter)) {
      const f = raw.trim();
      if (!f) continue;
      fields++;
      if (f.length >= 2 && f.startsWith("'") && f.endsWith("'")) single++;
      else if (f.startsWith('"')) double++;
    }
  }
  return single >= 3 && single >= 0.5 * fields && single > 3 * double ? "'" : '"';
}

/**
 * Stream one stretch of text through csv-parse. Returns where an unclosed
 * quote began (and the text from there on), or null when it reached the end.
 */
async function parsePart(
  body: string,
  lineOffset: number,
  delimiter: Delimiter,
  quote: string,
  file: string,
  signal: AbortSignal | undefined,
  addRow: (index: number, fields: string[]) => void,
  warnBadQuotes: (line: number) => void,
): Promise<{ line: number; rest: string } | null> {
  let failure: unknown = null;
  let unclosed: { line: number; rest: string } | null = null;
  let lastLine = lineOffset;
  const parser = parse({
    delimiter,
    record_delimiter: '\n',
    quote,
    escape: quote,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    info: true,
    raw: true,
    bom: false,
  });
  const startLine = (endLine: number, raw: string): number => {
    const inner = raw.endsWith('\n') ? raw.length - 1 : raw.length;
    return endLine - countNewlines(raw, inner) + lineOffset;
  };
  parser.on('readable', () => {
    try {
      let r: CsvRecordOut | null;
      while ((r = parser.read() as CsvRecordOut | null) !== null) {
        const line = startLine(r.info.lines, r.raw);
        addRow(line, r.record);
        lastLine = line + countNewlines(r.raw, r.raw.length - 1);
      }
    } catch (e) {
      failure ??= e;
      parser.destroy();
    }
  });
  parser.on('skip', (err: CsvSkipError) => {
    const raw = err.raw ?? '';
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      unclosed = { line: lastLine + 1, rest: raw };
      return;
    }
    const line = typeof err.lines === 'number' ? startLine(err.lines, raw) : lastLine + 1;
    try {
      addRow(line, raw.replace(/\n$/, '').split(delimiter));
      lastLine = line + countNewlines(raw, raw.length - 1);
    } catch (e) {
      failure ??= e;
      parser.destroy();
      return;
    }
    warnBadQuotes(line);
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('close', resolve);
    parser.on('error', reject);
  });
  try {
    for (let i = 0; i < body.length && !failure; i += CHUNK) {
      if (signal?.aborted) {
        parser.destroy();
        throw cancelled(file);
      }
      parser.write(body.slice(i, i + CHUNK));
      // Let the parser drain and an abort be delivered.
      await new Promise<void>((r) => setImmediate(r));
    }
    if (!failure) parser.end();
    await done;
  } catch (e) {
    failure ??= e;
  }
  if (failure) throw toImportError(failure, file, lastLine + 1);
  return unclosed;
}

function toImportError(e: unknown, file: string, next: number): ImportError {
  if (e instanceof ImportError) return e;
  const code = (e as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return withCause(
      new ImportError(
        'corrupt',
        file,
        'a quotation mark (") opened on this row is never closed, so the rest of the file cannot be read. ' +
          'Open the file in a text editor or Excel, correct that row, save it and import it again.',
        next,
      ),
      e,
    );
  }
  return withCause(
    new ImportError('read-failed', file, 'Threadline could not read this file as a CSV table. Open it in Excel, save it again as "CSV UTF-8", and import that copy.', next),
    e,
  );
}
