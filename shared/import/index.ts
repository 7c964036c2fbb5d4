/**
 * The importer: a RawDocument (any format, already read) → the entries of
 * one source, with the layout, column mapping and agency it detected and
 * every problem worth telling the author about. Pure: no files, no database.
 */
import { findAgencyMentions, isRecipientBody, suggestFileAgency, type AgencySuggestion } from '../agencies/index.ts';
import { findDateMentions, findLeadingDate } from '../dates/index.ts';
import { ImportError } from '../errors.ts';
import type { AgencyId, ColumnMapping, Entry, ImportIssue } from '../model.ts';
import { finaliseDrafts, type DraftEntry } from './draft.ts';
import { detectHeader, headerSignature } from './header-row.ts';
import { classifyHeading } from './headings.ts';
import { draftsFromLetters } from './letters.ts';
import { draftsFromDatedParagraphs, draftsFromProse, narrativeShape, undatedParagraphs } from './narrative.ts';
import { recordsAsTable } from './records.ts';
import { documentSections, sheetAgencies } from './sections.ts';
import type { RawBlock, RawDocument, RawTable } from './raw.ts';
import { draftsFromTable } from './table.ts';

export type { RawDocument } from './raw.ts';
export { headerSignature } from './header-row.ts';

export interface ImportOptions {
  /** The agency the user says sent the file; 'mixed' for a combined chronology; absent = suggest. */
  agency?: AgencyId | 'mixed' | null;
  /** Column mappings the user chose, by table number (1-based), overriding detection. */
  mappings?: Array<{ table: number; mapping: ColumnMapping }>;
  /** A mapping remembered for this agency's header, if any (from the case store). */
  recallMapping?: (agency: AgencyId | 'mixed' | null, signature: string) => ColumnMapping | null;
  /** Day-month order; 'auto' detects a US-style file and reports it. */
  dateOrder?: 'dmy' | 'mdy' | 'auto';
}

export interface TableReport {
  name: string;
  number: number;
  headerRow: number;
  mapping: ColumnMapping;
  signature: string;
  entries: number;
}

export interface ImportResult {
  entries: Entry[];
  issues: ImportIssue[];
  layout: 'table' | 'narrative' | 'prose';
  /** The file's agency as used: the user's, the suggestion, or 'mixed'. */
  agency: AgencyId | 'mixed';
  suggestion: AgencySuggestion | null;
  tables: TableReport[];
  dateOrder: 'dmy' | 'mdy';
  /** Both orders in one file (see FinaliseResult). */
  mixedDates: boolean;
  title: string | null;
}

/** Headings of a review or its partnership rather than of an agency. */
const REVIEW_HEADING = /\b(?:board|partnership|review|SAR|CSPR|DHR|overview|panel)\b/i;
const ADULT_CUES = /\b(adult social care|safeguarding adults?|adult at risk|section 42|s\.? ?42|care act|self-neglect|safeguarding adults review|SAR)\b/gi;
const CHILD_CUES = /\b(child protection|children'?s social care|children'?s services|child in need|CIN|s\.? ?47|section 47|ICPC|RCPC|core group|child practice review|CSPR|Child [A-Z]\b)/g;

/** Whether a document is about an adult rather than a child: it changes what "social worker" means. */
function documentContext(doc: RawDocument): string {
  const all = [doc.title ?? '', ...doc.blocks.map((b) => b.text), ...doc.tables.flatMap((t) => t.rows.slice(0, 400).flatMap((r) => r.cells.map((c) => c.text)))].join(' ');
  const adult = all.match(ADULT_CUES)?.length ?? 0;
  const child = all.match(CHILD_CUES)?.length ?? 0;
  return adult > child ? 'adult social care' : '';
}

/** Whether a heading names an organisation that is not a forum (a board, a MARAC): a service that sends returns. */
function namesSender(text: string): boolean {
  return findAgencyMentions(text).some((m) => !isRecipientBody(m) && !m.person);
}

/** The blocks a file opens with (letterhead, title, the first form's heading), which say what kind of service wrote it. */
const OPENING_BLOCKS = 8;
/** Longer than this, a first line is a paragraph, not a letterhead. */
const LETTERHEAD_MAX_CHARS = 160;

/** An agency column headed "Source" (of the information): under a section heading, not the row's author. */
const SOURCE_HEADING = /^\s*source\b/i;

/** How many of the records read from "Label: value" blocks have a date in a date field. */
function datedRecords(table: RawTable): number {
  const [header, ...rows] = table.rows;
  const dateColumns = (header?.cells ?? []).flatMap((c, i) => (classifyHeading(c.text)?.field === 'date' ? [i] : []));
  return rows.filter((r) => dateColumns.some((i) => findLeadingDate(r.cells[i]?.text ?? '') !== null)).length;
}

/** One warning for the paragraphs a prose account left out as commentary, naming them. */
function undatedIssues(fileName: string, blocks: readonly RawBlock[]): ImportIssue[] {
  if (blocks.length === 0) return [];
  const names = blocks.slice(0, 8).map((b) => (b.label ? `paragraph ${b.label}` : b.line !== undefined ? `line ${b.line}` : `paragraph ${b.index}`));
  const more = blocks.length > 8 ? ` and ${blocks.length - 8} more` : '';
  const one = blocks.length === 1;
  const n = one ? 'One paragraph has' : `${blocks.length} paragraphs have`;
  return [
    {
      file: fileName,
      ...(blocks[0]!.line !== undefined ? { row: blocks[0]!.line } : {}),
      severity: 'warning',
      code: 'undated-paragraphs',
      message: `${n} no date of ${one ? 'its' : 'their'} own and ${one ? 'was' : 'were'} read as commentary, not as ${one ? 'an entry' : 'entries'} (${names.join(', ')}${more}). If ${one ? 'it tells' : 'one tells'} of an event, check its date in the file.`,
    },
  ];
}

/**
 * A file whose title names no agency (a PDF's title is often its running header) still has its letterhead:
 * the headings it opens with, or, in a text file, which has none, its first line if short and undated.
 * It is read on its own words: the file's name was weighed with its title.
 */
function letterheadSuggestion(doc: RawDocument, opening: string): AgencySuggestion | null {
  const headed = doc.blocks.slice(0, Math.max(0, doc.blocks.findIndex((b) => b.kind !== 'heading'))).map((b) => b.text).join(' — ');
  const first = doc.blocks[0]?.text ?? '';
  const leading = headed || (first.length <= LETTERHEAD_MAX_CHARS && findDateMentions(first).length === 0 ? first : '');
  if (!leading || leading === doc.title) return null;
  const letterhead = suggestFileAgency('', leading, undefined, opening);
  // A review's own heading, the board's or partnership's, names no sender: "other" from it is no suggestion,
  // unless the heading names a sender too, "<Trust> – return to the Safeguarding Adults Board".
  return letterhead?.agency === 'other' && REVIEW_HEADING.test(leading) && !namesSender(leading) ? null : letterhead;
}

/** Import one read document. Throws ImportError when it holds no chronology. */
export function importDocument(doc: RawDocument, opts: ImportOptions = {}): ImportResult {
  const contextText = documentContext(doc);
  const opening = `${doc.blocks.slice(0, OPENING_BLOCKS).map((b) => b.text).join(' ')} ${contextText}`;
  const suggestion = suggestFileAgency(doc.fileName, doc.title, undefined, opening) ?? letterheadSuggestion(doc, opening);
  const userAgency = opts.agency ?? null;
  const fileAgency: AgencyId | 'mixed' | null = userAgency ?? suggestion?.agency ?? null;
  const issues: ImportIssue[] = doc.warnings.map((w) => ({ file: doc.fileName, ...(w.row !== undefined ? { row: w.row } : {}), severity: 'warning', code: w.code, message: w.message }));

  const drafts: DraftEntry[] = [];
  const tables: TableReport[] = [];
  const sections = documentSections(doc, contextText);
  const sheets = sheetAgencies(doc, contextText);
  let hasTimeColumn = false;
  let hasAgencyColumn = false;
  // A series of letters or titled forms is one entry per document (read below); otherwise case notes
  // printed as "Label: value" records are a table in all but layout.
  const lettersRead = doc.tables.length === 0 ? draftsFromLetters(doc.blocks) : null;
  const recordsRead = doc.tables.length === 0 ? recordsAsTable(doc.blocks, doc.fileName) : null;
  // Both can see their layout in a file of "Date: …" headed blocks; the reading that finds more entries is the file's.
  const lettersWin = lettersRead !== null && (recordsRead === null || lettersRead.length >= datedRecords(recordsRead));
  const letters = lettersWin ? lettersRead : null;
  const records = lettersWin ? null : recordsRead;
  for (const table of records ? [records] : doc.tables) {
    const detected = detectHeader(table);
    if (!detected) continue;
    const signature = headerSignature(detected.mapping);
    const chosen =
      opts.mappings?.find((m) => m.table === table.number)?.mapping ?? opts.recallMapping?.(fileAgency, signature) ?? detected.mapping;
    const headerPos = chosen.headerRow === 0 ? -1 : table.rows.findIndex((r) => r.index === chosen.headerRow);
    const where = doc.format === 'xlsx' ? { sheet: table.name } : doc.format === 'docx' || doc.format === 'md' || doc.format === 'html' ? { table: table.number } : {};
    const tableDrafts = draftsFromTable({ fileName: doc.fileName, table, mapping: chosen, where }, headerPos);
    if (sections && table.afterBlock !== undefined) {
      const agency = sections.at(table.afterBlock);
      const several = sections.severalAt(table.afterBlock);
      // Under a section heading, a "Source" column says where the information came from, not who wrote the row.
      const fromSource = SOURCE_HEADING.test(chosen.columns.find((c) => c.field === 'agency')?.heading ?? '');
      for (const d of tableDrafts) {
        if (several) d.sectionAgencies = several;
        else d.sectionAgency = agency;
        if (fromSource && (agency || several)) d.agencyLabel = '';
      }
    }
    const sheetAgency = sheets?.get(table.number);
    if (sheetAgency) for (const d of tableDrafts) d.sectionAgency = sheetAgency;
    if (chosen.columns.some((c) => c.field === 'time')) hasTimeColumn = true;
    if (chosen.columns.some((c) => c.field === 'agency')) hasAgencyColumn = true;
    drafts.push(...tableDrafts);
    tables.push({
      name: table.name,
      number: table.number,
      headerRow: chosen.headerRow,
      mapping: chosen,
      signature,
      entries: tableDrafts.filter((d) => d.kind === 'entry').length,
    });
  }

  let layout: ImportResult['layout'] = 'table';
  if (tables.length === 0) {
    const shape = letters ? 'narrative' : narrativeShape(doc.blocks);
    layout = shape;
    const narrative = letters ?? (shape === 'narrative' ? draftsFromDatedParagraphs(doc.blocks) : draftsFromProse(doc.blocks, contextText));
    if (!letters && shape === 'prose') issues.push(...undatedIssues(doc.fileName, undatedParagraphs(doc.blocks, narrative)));
    if (sections) for (const d of narrative) d.sectionAgency = d.location.paragraph !== undefined ? sections.at(d.location.paragraph) : null;
    drafts.push(...narrative);
  }
  if (!drafts.some((d) => d.kind === 'entry')) {
    throw new ImportError(
      'no-entries',
      doc.fileName,
      'No chronology found: there is no table with a date column and no paragraph that starts with a date. Check that this is the agency\u2019s chronology, or set the columns in the import view.',
    );
  }
  const perRowAgency = hasAgencyColumn || (layout === 'prose' && !userAgency && !suggestion);
  const result = finaliseDrafts(drafts, {
    fileName: doc.fileName,
    fileAgency: perRowAgency && !userAgency ? 'mixed' : fileAgency,
    dateOrder: opts.dateOrder ?? 'auto',
    contextText,
    hasTimeColumn,
  });
  if (layout === 'table' && result.entries.every((e) => e.date.earliest === null)) throw noDates(doc.fileName, tables[0]!, result.entries[0]!);
  const agencies = new Set(result.entries.map((e) => e.agency));
  const agency: AgencyId | 'mixed' = userAgency ?? (perRowAgency || agencies.size > 1 ? 'mixed' : (fileAgency ?? [...agencies][0] ?? 'other'));
  if (!userAgency && !suggestion && !perRowAgency) {
    issues.push({
      file: doc.fileName,
      severity: 'warning',
      code: 'agency-guessed',
      message: 'Neither the file name nor its title says which agency sent it; each entry\u2019s agency was read from its own text. Choose the agency in the import view.',
    });
  }
  return {
    entries: result.entries,
    issues: [...issues, ...result.issues],
    layout,
    agency,
    suggestion,
    tables,
    dateOrder: result.dateOrder,
    mixedDates: result.mixedDates,
    title: doc.title,
  };
}

/** A date column in which nothing reads as a date means the mapping is wrong: say so, with the row. */
function noDates(fileName: string, table: TableReport, first: Entry): ImportError {
  const col = table.mapping.columns.find((c) => c.field === 'date');
  const said = first.date.raw ? ` (row ${first.location.row} says "${first.date.raw.slice(0, 40)}")` : '';
  return new ImportError(
    'no-dates',
    fileName,
    `The column "${col?.heading ?? 'Date'}" has no dates we can read in any row${said}. Choose the column that holds the dates in the import view.`,
    first.location.row,
  );
}
