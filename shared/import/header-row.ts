/**
 * Finding a table's header row and mapping its columns to fields. Agencies
 * put titles, blank rows and notes above the header; some send no header at
 * all. We score candidate rows by how many cells read as known headings and
 * check that the rows below carry dates in the date column.
 */
import { parseFuzzyDate } from '../dates/index.ts';
import type { ColumnMapping, FieldName } from '../model.ts';
import { classifyHeading, normaliseHeading } from './headings.ts';
import type { RawRow, RawTable } from './raw.ts';

/** How far down a sheet we look for the header (titles, logos, notes above it). */
const HEADER_SEARCH_ROWS = 40;

export function cellText(row: RawRow, index: number): string {
  const cell = row.cells[index];
  if (!cell) return '';
  if (cell.merge && !cell.merge.master) return '';
  return cell.text.trim();
}

export function nonEmptyCount(row: RawRow): number {
  let n = 0;
  for (let i = 0; i < row.cells.length; i++) if (cellText(row, i)) n++;
  return n;
}

function looksLikeDate(text: string): boolean {
  if (!text || text.length > 60) return false;
  return parseFuzzyDate(text) !== null;
}

interface HeaderCandidate {
  rowPos: number;
  score: number;
  fields: Array<FieldName | null>;
}

function scoreHeaderRow(row: RawRow): HeaderCandidate | null {
  const fields: Array<FieldName | null> = [];
  let score = 0;
  let matched = 0;
  let filled = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const text = cellText(row, i);
    if (!text) {
      fields.push(null);
      continue;
    }
    filled++;
    // A header cell is a short label; a date or a sentence means a data row.
    if (text.length > 60 || looksLikeDate(text)) return null;
    const m = classifyHeading(text);
    fields.push(m ? m.field : null);
    if (m) {
      matched++;
      score += m.score;
    }
  }
  if (filled < 2 || matched < 2) return null;
  if (!fields.includes('date')) return null;
  // Most cells of a header name something we know, or at least three do (a wide case-management export
  // names a date, a time and a notes column among "Priority", "Caller", "Disposition" …).
  if (matched / filled < 0.5 && matched < 3) return null;
  return { rowPos: -1, score, fields };
}

/** The date column of a headerless table: the column most of whose cells are dates. */
function guessDateColumn(rows: RawRow[]): number {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  let best = -1;
  let bestShare = 0;
  for (let c = 0; c < Math.min(width, 8); c++) {
    let dated = 0;
    let filled = 0;
    for (const r of rows.slice(0, 200)) {
      const t = cellText(r, c);
      if (!t) continue;
      filled++;
      if (looksLikeDate(t)) dated++;
    }
    const share = filled ? dated / filled : 0;
    if (filled >= 2 && share > bestShare) {
      bestShare = share;
      best = c;
    }
  }
  return bestShare >= 0.6 ? best : -1;
}

/** Average text length per column: the longest is the narrative. */
function textColumnByLength(rows: RawRow[], exclude: Set<number>): number {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  let best = -1;
  let bestLen = 0;
  for (let c = 0; c < width; c++) {
    if (exclude.has(c)) continue;
    let total = 0;
    for (const r of rows.slice(0, 200)) total += cellText(r, c).length;
    if (total > bestLen) {
      bestLen = total;
      best = c;
    }
  }
  return best;
}

const YES_NO = /^(y|n|yes|no|true|false|✓|✗|x|-|n\/a)$/i;
/** Words, not codes: "Son", "Conveyed to AVGH ED", "Risk: high" (a reference such as "CMA-230327-0412" has none). */
const WORDS = /\p{L}{3,}(?:\s+\p{L}{2,})?/u;

/**
 * A column no heading names, shown in the entry's text as "Heading: value"
 * rather than lost (issue 11, cause 9): yes/no answers ("Safeguarding
 * referral made: N"), and any column that holds words ("Caller: Son",
 * "Receiving unit: ED", a second narrative column such as "Risks").
 */
function isDetailColumn(rows: RawRow[], c: number): boolean {
  let filled = 0;
  let flags = 0;
  let words = 0;
  for (const r of rows.slice(0, 300)) {
    const t = cellText(r, c);
    if (!t) continue;
    filled++;
    if (YES_NO.test(t)) flags++;
    else if (WORDS.test(t)) words++;
  }
  return filled > 0 && (flags === filled || (words + flags) / filled >= 0.6);
}

export interface DetectedHeader {
  /** Position in table.rows of the header row, or -1 for a headerless table. */
  rowPos: number;
  mapping: ColumnMapping;
}

/**
 * Find the header row of a table and map its columns. Null when the table is
 * not a chronology (no date column by heading or by content): an
 * "Abbreviations" sheet, a signature block, a table of contents.
 */
export function detectHeader(table: RawTable): DetectedHeader | null {
  const rows = table.rows;
  let best: HeaderCandidate | null = null;
  for (let pos = 0; pos < Math.min(rows.length, HEADER_SEARCH_ROWS); pos++) {
    const cand = scoreHeaderRow(withHeadingsFromAbove(rows, pos));
    if (cand && (!best || cand.score > best.score)) best = { ...cand, rowPos: pos };
    if (best && best.score >= 6) break;
  }
  if (best) {
    const header = withHeadingsFromAbove(rows, best.rowPos);
    const body = rows.slice(best.rowPos + 1);
    return { rowPos: best.rowPos, mapping: completeMapping(header, body, best.fields) };
  }
  const dateCol = guessDateColumn(rows);
  if (dateCol < 0) return null;
  // No row reads as a header by our words, but the row just above the first dated one heads the date column
  // "Date": it is the header, in words we do not know for the other columns, not an entry.
  const firstDated = rows.findIndex((r) => looksLikeDate(cellText(r, dateCol)));
  const above = firstDated > 0 ? rows[firstDated - 1]! : null;
  if (above && classifyHeading(cellText(above, dateCol))?.field === 'date') {
    const headed = above.cells.map((_, i) => classifyHeading(cellText(above, i))?.field ?? null);
    return { rowPos: firstDated - 1, mapping: completeMapping(above, rows.slice(firstDated), headed) };
  }
  const fields: Array<FieldName | null> = [];
  fields[dateCol] = 'date';
  const textCol = textColumnByLength(rows, new Set([dateCol]));
  if (textCol >= 0) fields[textCol] = 'event';
  return { rowPos: -1, mapping: completeMapping(null, rows, fields) };
}

/**
 * A header over two rows ("Contact" above "Date" and "Time", with
 * "Clinician" and "Summary" merged down both): the lower row's cells that a
 * merge covers take their heading from the merged cell above.
 */
function withHeadingsFromAbove(rows: readonly RawRow[], pos: number): RawRow {
  const row = rows[pos]!;
  if (pos === 0 || !row.cells.some((c) => c.merge && !c.merge.master && c.merge.dir !== 'h')) return row;
  const cells = row.cells.map((c, i) => {
    if (!c.merge || c.merge.master || c.merge.dir === 'h') return c;
    for (let up = pos - 1; up >= 0 && up >= pos - 3; up--) {
      const above = rows[up]!.cells[i];
      if (above?.merge?.master && above.merge.dir !== 'h') return { text: above.text };
      if (!above?.merge) break;
    }
    return c;
  });
  return { ...row, cells };
}

/** Fill in what headings did not say: the narrative column, flag columns, ignored ones. */
function completeMapping(header: RawRow | null, body: RawRow[], fields: Array<FieldName | null>): ColumnMapping {
  const width = Math.max(header?.cells.length ?? 0, fields.length, ...body.slice(0, 200).map((r) => r.cells.length));
  const resolved: FieldName[] = [];
  let sawDate = false;
  for (let c = 0; c < width; c++) {
    let f = fields[c] ?? null;
    // A second date column ("Date recorded" beside "Date of contact") is kept as a cell only.
    if (f === 'date') {
      if (sawDate) f = null;
      sawDate = true;
    }
    resolved.push(f ?? 'ignore');
  }
  if (!resolved.includes('event')) {
    const exclude = new Set<number>();
    resolved.forEach((f, i) => {
      if (f === 'date' || f === 'time') exclude.add(i);
    });
    const textCol = textColumnByLength(body, exclude);
    if (textCol >= 0) resolved[textCol] = 'event';
  }
  for (let c = 0; c < width; c++) {
    if (resolved[c] === 'ignore' && isDetailColumn(body, c)) resolved[c] = 'flag';
  }
  return {
    headerRow: header ? header.index : 0,
    columns: resolved.map((field, index) => ({
      index,
      heading: header ? cellText(header, index) || `Column ${index + 1}` : `Column ${index + 1}`,
      field,
    })),
  };
}

/** A stable signature of a header row, for remembering a mapping per agency. */
export function headerSignature(mapping: ColumnMapping): string {
  return mapping.columns.map((c) => normaliseHeading(c.heading)).join('|');
}

/**
 * A test for rows that repeat the header (Word repeats it on every page;
 * exports repeat it per section). Built once per table: it runs on every row.
 */
export function repeatedHeaderTest(mapping: ColumnMapping): (row: RawRow) => boolean {
  const headings = mapping.columns.map((col) => ({ index: col.index, heading: col.heading, norm: normaliseHeading(col.heading) }));
  return (row) => {
    let same = 0;
    let filled = 0;
    for (const col of headings) {
      const t = cellText(row, col.index);
      if (!t) continue;
      filled++;
      // Cheap first: a data cell is rarely the same length as its heading.
      if (t === col.heading || (t.length <= col.heading.length + 4 && normaliseHeading(t) === col.norm)) same++;
    }
    return filled >= 2 && same / filled >= 0.6;
  };
}
