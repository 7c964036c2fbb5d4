/**
 * A chronology table inside a PDF (a Word or Excel return printed or saved
 * as PDF): the text layer has no cells, only positioned text, so the table
 * is rebuilt from it.
 *
 * 1. The header: a line whose pieces, grouped where they stand apart, name at
 *    least three columns we know, one of them a date ("Date", "Agency",
 *    "Details"…, shared/import/headings). Its cells' left edges are the
 *    columns; a header wrapped over two lines is joined.
 * 2. Rows: every later line puts each piece in the column it starts in. A
 *    line whose date cell opens with a date starts a row; any other line
 *    carries on the row above (cell text wraps onto several lines in a
 *    PDF). The header repeated at the top of a later page is left out.
 * The importer then reads the table as it reads any other (header mapping,
 * section rows, continuation rows); each row keeps its page.
 *
 * Pure: pdf.ts feeds it the laid-out lines; tests feed it lines directly.
 */
import { findLeadingDate } from '../../../shared/dates/index.ts';
import { classifyHeading, normaliseHeading } from '../../../shared/import/headings.ts';
import type { RawRow, RawTable } from '../../../shared/import/raw.ts';
import { joinWrapped, type PdfLine } from './pdf-layout.ts';

/** Pieces closer than this (in font sizes) are one cell's text. */
const CELL_GAP = 0.8;
/** Only the top of a document is searched for the header. */
const HEADER_SEARCH_LINES = 80;
const MIN_COLUMNS = 3;

interface Cell {
  x: number;
  text: string;
}

/** The line's pieces as cells: neighbours closer than a gap join. */
function cellsOf(line: PdfLine): Cell[] {
  const cells: Array<Cell & { right: number }> = [];
  for (const p of line.pieces) {
    const last = cells[cells.length - 1];
    if (last && p.x - last.right < CELL_GAP * line.size) {
      last.text += (p.x - last.right > 0.2 * line.size && !/\s$/.test(last.text) ? ' ' : '') + p.text;
      last.right = Math.max(last.right, p.right);
    } else cells.push({ x: p.x, right: p.right, text: p.text });
  }
  return cells.map((c) => ({ x: c.x, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text !== '');
}

/** The header's columns, or null when the line is not a chronology table's header. */
function headerColumns(line: PdfLine): Cell[] | null {
  const cells = cellsOf(line);
  if (cells.length < MIN_COLUMNS) return null;
  const fields = cells.map((c) => classifyHeading(c.text)?.field ?? null);
  if (!fields.includes('date') || fields.filter((f) => f !== null).length < MIN_COLUMNS) return null;
  return cells;
}

/** Which column a piece starting at x belongs to: the last one starting at or before it (with some slack). */
function columnAt(columns: readonly Cell[], x: number, slack: number): number {
  let k = 0;
  for (let c = 0; c < columns.length; c++) if (columns[c]!.x - slack <= x) k = c;
  return k;
}

/**
 * A piece that runs across a column's start: the PDF drew two cells as one
 * run ("17/04/2023 MASH SW (JB)"). Split it at the space nearest where the
 * column starts, estimating positions from the piece's width.
 */
function splitAcross(piece: { x: number; right: number; text: string }, columns: readonly Cell[], size: number): Cell[] {
  const width = piece.right - piece.x;
  const n = piece.text.length;
  if (width <= 0 || n < 2) return [{ x: piece.x, text: piece.text }];
  const out: Cell[] = [];
  let from = 0;
  let fromX = piece.x;
  for (const col of columns) {
    if (col.x <= fromX + size || col.x >= piece.right - size) continue;
    const target = Math.round(((col.x - piece.x) / width) * n);
    // The space nearest the estimate (widths vary by letter, so allow a quarter of the run either way).
    let best = -1;
    const reach = Math.max(4, Math.ceil(n / 4));
    for (let d = 0; d <= reach && best < 0; d++) {
      if (piece.text[target - d] === ' ' && target - d > from) best = target - d;
      else if (piece.text[target + d] === ' ' && target + d > from) best = target + d;
    }
    if (best < 0) continue;
    out.push({ x: fromX, text: piece.text.slice(from, best).trim() });
    from = best + 1;
    fromX = col.x;
  }
  out.push({ x: fromX, text: piece.text.slice(from).trim() });
  return out.filter((c) => c.text !== '');
}

/** The line's text by column. Pieces of one cell join with a space only where the PDF leaves a gap ("safe" + "guarding" is one word). */
function placed(line: PdfLine, columns: readonly Cell[]): string[] {
  const out = columns.map(() => '');
  const lastRight = columns.map(() => -Infinity);
  for (const piece of line.pieces) {
    const parts = splitAcross(piece, columns, line.size);
    parts.forEach((cell, i) => {
      const k = columnAt(columns, cell.x, line.size);
      const gap = cell.x - lastRight[k]!;
      out[k] = out[k] && (gap > 0.2 * line.size || i > 0) ? `${out[k]} ${cell.text}` : out[k] + cell.text;
      lastRight[k] = i === parts.length - 1 ? piece.right : cell.x;
    });
  }
  return out.map((t) => t.replace(/\s+/g, ' ').trim());
}

export interface PdfTable {
  table: RawTable;
  /** Pages after the header with text but no dated row: more columns of a sheet printed across pages, most likely. Left out. */
  pagesWithoutRows: number[];
}

/** Find the chronology table in a PDF's lines, or null when it has none. */
export function tableFromLines(lines: readonly PdfLine[], name: string): PdfTable | null {
  let at = -1;
  let columns: Cell[] | null = null;
  for (let i = 0; i < Math.min(lines.length, HEADER_SEARCH_LINES) && !columns; i++) {
    columns = headerColumns(lines[i]!);
    at = i;
  }
  if (!columns) return null;
  const dateCol = columns.findIndex((c) => classifyHeading(c.text)?.field === 'date');
  const heading = columns.map((c) => c.text);
  const headerKey = heading.map(normaliseHeading).join('|');
  const rows: Array<{ page: number; cells: string[] }> = [];
  let headerDone = false;
  const body = lines.slice(at + 1).map((line) => {
    const cells = placed(line, columns);
    const date = cells[dateCol] ?? '';
    return { line, cells, startsRow: date !== '' && findLeadingDate(date) !== null };
  });
  const pagesWithRows = new Set(body.filter((b) => b.startsRow).map((b) => b.line.page));
  const headerPage = lines[at]!.page;
  const pagesWithoutRows = [...new Set(body.map((b) => b.line.page))].filter((p) => p !== headerPage && !pagesWithRows.has(p));
  const leftOut = new Set(pagesWithoutRows);
  for (const { line, cells, startsRow } of body) {
    if (leftOut.has(line.page)) continue;
    if (cells.map(normaliseHeading).join('|') === headerKey) continue; // the header again, on a later page
    if (startsRow) {
      headerDone = true;
      rows.push({ page: line.page, cells });
      continue;
    }
    const current = rows[rows.length - 1];
    if (!headerDone) {
      // Before the first dated row: the header wrapped onto a second line ("Contact /" over "event").
      cells.forEach((t, k) => {
        if (t) heading[k] = `${heading[k]} ${t}`;
      });
      continue;
    }
    if (!current) continue;
    // A PDF wraps a cell's text where the column ends, not where its writer broke the line: rejoin with a space.
    cells.forEach((t, k) => {
      if (t) current.cells[k] = current.cells[k] ? joinWrapped(current.cells[k], t) : t;
    });
  }
  if (rows.length === 0) return null;
  const toRow = (index: number, cells: string[], page?: number): RawRow => ({ index, cells: cells.map((text) => ({ text })), ...(page !== undefined ? { page } : {}) });
  return { table: { name, number: 1, rows: [toRow(1, heading), ...rows.map((r, i) => toRow(i + 2, r.cells, r.page))] }, pagesWithoutRows };
}
