/**
 * The domain model: what a case is made of. Pure types, shared by the core,
 * the command line and the renderer. Runtime schemas for anything that crosses
 * a boundary live in shared/schemas.ts.
 *
 * See ../shared/DESIGN.md ("The data model") and ../shared/acceptance/README.md
 * for the analysis JSON these types serialise to.
 */
import type { ContactDirection, ContactOrigin, ContactType, Precision, SourceLayout } from './vocabulary.ts';

/** A canonical agency id ("police", "csc", "health-visiting", …). The taxonomy
 *  is data (resources/lexicon/agencies.json) and extensible, so this is a string
 *  checked against the taxonomy at the edges rather than a closed union. */
export type AgencyId = string;

/** The closed vocabularies (precision, contact type and direction, concern, gap code) are lists in
 *  shared/vocabulary.ts; their types are re-exported here for the modules that read the model. */
export type { Concern, ContactDirection, ContactType, GapCode, Precision } from './vocabulary.ts';

/** Why a date needs the author's eye. */
export type DateFlag =
  /** The text names a day that does not exist (31/09/2023); bounds hold the suggested reading. */
  | 'impossible'
  /** Only makes sense month-first (12/13/2023); read day-first where possible, else swapped. */
  | 'us-order'
  /** No year in the text: taken from the entries around it. */
  | 'year-inferred'
  /** "the next day", "two weeks later": counted from the entry before. */
  | 'relative'
  /** Two-digit year expanded (23 → 2023). */
  | 'two-digit-year'
  /** The text has no readable date at all (kept, undated). */
  | 'unparsed';

/** A date as practitioners write it, with the interval it can mean. ISO
 *  yyyy-mm-dd bounds, inclusive; both null only when the text has no date. */
export interface FuzzyDate {
  raw: string;
  earliest: string | null;
  latest: string | null;
  precision: Precision;
  uncertain: boolean;
  flags?: DateFlag[];
  /** For flagged dates: the reading we chose, in UK form, and why ("31/09/2023 does not exist: read as 30/09/2023"). */
  suggestion?: string;
}

/** File formats we read. */
export type SourceFormat = 'csv' | 'tsv' | 'xlsx' | 'docx' | 'pdf' | 'txt' | 'md' | 'html';

/** The logical fields a column (or a narrative entry) can supply. */
export type FieldName =
  | 'date'
  | 'time'
  | 'agency'
  | 'author'
  | 'team'
  | 'subject'
  | 'contactType'
  | 'event'
  | 'action'
  | 'sourceRef'
  | 'flag'
  | 'ignore';

/** Which column feeds which field, by column index. Headings are kept so a
 *  remembered mapping can be re-applied to the next return with the same headings. */
export interface ColumnMapping {
  headerRow: number;
  columns: Array<{ index: number; heading: string; field: FieldName }>;
}

/** Where in its file an entry came from: enough to open the source row. */
export interface Location {
  /** Sheet name (xlsx) or "Table 2" (docx). */
  sheet?: string;
  /** 1-based table number within a Word document. */
  table?: number;
  /** 1-based page of a PDF. */
  page?: number;
  /** 1-based physical row(s) of the sheet, table or text file the entry came from. */
  row?: number;
  rowEnd?: number;
  /** 1-based paragraph number in a narrative; label is the report's own ("5.3"). */
  paragraph?: number;
  label?: string;
}

/** One file an agency sent. Never modified once imported. */
export interface Source {
  id: number;
  fileName: string;
  path: string;
  format: SourceFormat;
  /** The agency that sent it, or "mixed" for a combined chronology with an agency column. */
  agency: AgencyId | 'mixed';
  sha256: string;
  size: number;
  importedAt: string;
  title: string | null;
  layout: SourceLayout;
  mapping: ColumnMapping | null;
  entryCount: number;
  warnings: ImportIssue[];
}

/** A problem found while importing, always naming the file and, where there is one, the row. */
export interface ImportIssue {
  file: string;
  row?: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

/** One dated record in a chronology. */
export interface Entry {
  /** file name + '#' + 1-based ordinal in that file. */
  ref: string;
  sourceFile: string;
  ordinal: number;
  agency: AgencyId;
  /** For seconded staff: the organisation that employs the author. */
  employer: AgencyId | null;
  date: FuzzyDate;
  /** HH:MM, or null. */
  time: string | null;
  /** The narrative: event, then action/outcome, as one text. */
  text: string;
  author: string | null;
  team: string | null;
  subject: string | null;
  contactType: string | null;
  sourceRef: string | null;
  location: Location;
  /** The raw cells by heading, exactly as read. */
  cells: Record<string, string>;
}

/** A contact between the recording agency and another, extracted or added by hand. */
export interface Contact {
  with: AgencyId;
  direction: ContactDirection;
  type: ContactType;
  /** The text says it did not happen ("school were not informed"). Not a contact; evidence for gaps. */
  negated: boolean;
  /** Negated because it is a plan, an instruction or an offer ("referral to be made"), not a denial: no evidence of a gap. */
  unrealised?: true;
  /** Character offsets into the entry text and the words the contact rests on. */
  span: { start: number; end: number; text: string };
  confidence: number;
  /** Why we said so: the rule or lexicon entry that fired. */
  rule: string;
  origin: ContactOrigin;
}
