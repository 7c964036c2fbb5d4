/**
 * What a file reader hands to the importer: the file's content as tables
 * and/or text blocks, with nothing interpreted yet. Readers (electron/core/
 * readers) know file formats; the importer (shared/import) knows chronologies.
 * Keeping this seam pure means layout detection and column mapping are tested
 * without any file at all.
 */
import type { Ymd } from '../dates/index.ts';
import type { SourceFormat } from '../model.ts';

/** A date/time held as a real value in the file (an Excel date cell), not text: the importer dates the entry by it without parsing. */
export interface CellDate extends Ymd {
  /** Present when the cell carries a time of day other than midnight. */
  hh?: number;
  mm?: number;
}

export interface RawCell {
  /** The cell's text as a user sees it; line breaks inside the cell kept as \n. */
  text: string;
  /** Set when the cell is a real date value. text then holds it as dd/mm/yyyy (plus " HH:MM" if timed). */
  date?: CellDate;
  /** Set on cells in a merged range: 'h' when merged across columns, 'v' down rows.
   *  The top-left (master) cell holds the text; every covered cell has text '' and master false. */
  merge?: { dir: 'h' | 'v' | 'both'; master: boolean };
}

export interface RawRow {
  /** 1-based physical row number in the sheet, table or text file, as the user would count it. */
  index: number;
  cells: RawCell[];
  /** The page it is on, for a table read from a PDF. */
  page?: number;
}

export interface RawTable {
  /** Sheet name for a workbook; "Table N" for a Word table; the file name for CSV. */
  name: string;
  /** 1-based position among the file's tables/sheets. */
  number: number;
  rows: RawRow[];
  /** Sheets the workbook marks hidden are read but reported as such. */
  hidden?: boolean;
  /** In a document with text and tables (Word, web pages): how many blocks come before this table, so the heading above it is known. */
  afterBlock?: number;
}

/** A block of running text: a paragraph, a heading, or a line. */
export interface RawBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** 1-based position among the blocks. */
  index: number;
  /** 1-based physical line where the block starts (text files), or page (PDF). */
  line?: number;
  lineEnd?: number;
  page?: number;
  /** A report's own paragraph number ("5.3"), split off the text by the reader. */
  label?: string;
  /** Text that was bold/strong at the start of the paragraph (Word "3rd October 2022:"). */
  leadIn?: string;
}

export interface RawDocument {
  fileName: string;
  format: SourceFormat;
  /** Headings/title lines seen before the content, used to suggest the agency. */
  title: string | null;
  tables: RawTable[];
  /** Text outside tables, in document order. */
  blocks: RawBlock[];
  /** Non-fatal things the reader noticed (hidden sheet skipped, encoding guessed). */
  warnings: Array<{ row?: number; code: string; message: string }>;
}
