/**
 * The store's own types: what goes in (NewSource, NewEntry) and what comes
 * back (the model's types plus the ids and keys the store assigns).
 */
import type { Contact, Entry, Source } from '../../../shared/model.ts';
import type { CorrectionOp, GapDecisionKind } from '../../../shared/vocabulary.ts';

/** A source as the importer hands it over. The store assigns the id, stamps
 *  importedAt and counts the entries. */
export type NewSource = Omit<Source, 'id' | 'entryCount' | 'importedAt'>;

/** An entry as the importer hands it over, with the `ref` (file#ordinal) it
 *  was given there. The store takes `sourceFile` from the source and derives
 *  the text hash and the entry key. */
export type NewEntry = Omit<Entry, 'sourceFile'>;

/** An entry read back from the case. */
export interface StoredEntry extends Entry {
  id: number;
  sourceId: number;
  /** What corrections attach to: stable across re-imports of the same text. */
  entryKey: string;
  /** sha256 of the text, exact: what the entry key is made of. (Not the
   *  extraction cache key: that hashes everything extraction reads; see
   *  inputKey in pipeline/extract.ts.) */
  textHash: string;
}

/** What can be filtered when reading the chronology. Dates are ISO
 *  yyyy-mm-dd; an entry matches a range when its own date interval overlaps
 *  it, and undated entries never match a range. */
export interface EntryFilter {
  agency?: string;
  /** Any of these agencies. */
  agencies?: readonly string[];
  from?: string;
  to?: string;
  sourceId?: number;
}

export interface EntryPage extends EntryFilter {
  limit?: number;
  offset?: number;
}

export type CorrectionKind = 'contact' | 'concern' | 'duplicate' | 'entry-field';
export type { CorrectionOp } from '../../../shared/vocabulary.ts';

/** An author's edit to an entry's extracted data. */
export interface NewCorrection {
  entryKey: string;
  kind: CorrectionKind;
  op: CorrectionOp;
  /** JSON-serialisable; its shape belongs to the kind and is validated by the
   *  code that applies it (a Contact for kind 'contact', …). */
  payload: unknown;
  author: string | null;
}

export interface Correction extends NewCorrection {
  id: number;
  createdAt: string;
}

/** A contact as stored, with its row id and entry. */
export interface StoredContact extends Contact {
  id: number;
  entryId: number;
}

/** One extraction result to cache, keyed by its input and the lexicon version. */
export interface CachedExtraction {
  /** A hash of everything extraction read for the entry (inputKey in pipeline/extract.ts), not of its text alone. */
  inputKey: string;
  lexiconVersion: string;
  /** JSON-serialisable extraction output. */
  result: unknown;
}

/** A search hit: the entry and a snippet with the matching words marked. */
export interface SearchHit {
  entryId: number;
  ref: string;
  /** The snippet in pieces; `hit` pieces are the matched words. Parts rather
   *  than HTML, so the renderer never has to trust markup from case data. */
  snippet: Array<{ text: string; hit: boolean }>;
}

/** What the case says about itself. */
export interface CaseInfo {
  title: string | null;
  createdAt: string | null;
  /** The Threadline version that created the case. */
  createdWith: string | null;
  /** The case format (schema) version. */
  formatVersion: number;
}

/** The author's decision on a gap finding (see decisions.ts). */
export interface NewGapDecision {
  /** code | from | sorted entry keys of the entries the finding was raised on. */
  findingKey: string;
  code: string;
  from: string;
  entryKeys: string[];
  decision: GapDecisionKind;
  reason: string;
  /** For 'edited': what the author changed. */
  edit?: { code?: string; to?: string[]; explanation?: string } | null;
  author: string | null;
}

export interface GapDecision extends Omit<NewGapDecision, 'edit'> {
  id: number;
  edit: { code?: string; to?: string[]; explanation?: string } | null;
  decidedAt: string;
}
