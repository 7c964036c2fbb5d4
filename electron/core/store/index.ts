/**
 * The case store: one review = one SQLite file. openCase() opens (or
 * creates) the file, refuses anything that is not a case this build can read,
 * applies pending migrations in one transaction, and returns a CaseStore: the
 * small typed API the domain handlers use. Nothing else in the app touches
 * SQLite.
 */
import * as cache from './cache.ts';
import * as contacts from './contacts.ts';
import * as corrections from './corrections.ts';
import * as decisions from './decisions.ts';
import { openDatabase } from './db.ts';
import { appVersion } from '../version.ts';
import * as entries from './entries.ts';
import * as mappings from './mappings.ts';
import * as meta from './meta.ts';
import { migrate } from './migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import * as search from './search.ts';
import * as sources from './sources.ts';
import type { ColumnMapping, Contact, Source } from '../../../shared/model.ts';
import type { Connection, ConnectionOptions } from './db.ts';
import type { AddedSource, ReplacedSource } from './sources.ts';
import type {
  CachedExtraction,
  CaseInfo,
  Correction,
  EntryFilter,
  EntryPage,
  GapDecision,
  NewCorrection,
  NewGapDecision,
  NewEntry,
  NewSource,
  SearchHit,
  StoredContact,
  StoredEntry,
} from './types.ts';

export { DuplicateSourceError, SourceNameTakenError, SourceNotFoundError } from './errors.ts';
export { APPLICATION_ID } from './db.ts';
export type { Connection } from './db.ts';
export { LATEST_VERSION } from './migrations/index.ts';
export { textHash } from './entries.ts';
export { ftsQuery } from './search.ts';
export type * from './types.ts';
export type { AddedSource, ReplacedSource } from './sources.ts';

export interface OpenCaseOptions extends ConnectionOptions {
  /** Recorded in a new case as the version that created it. */
  appVersion?: string;
}

/** An open case. Every method is synchronous (better-sqlite3); writes are
 *  each one transaction. */
export interface CaseStore {
  /** The connection, for domain code written as plain functions of
   *  (db, args) over the store modules (sources.ts, entries.ts, …). */
  readonly db: Connection;
  /** The file name, as messages show it. */
  readonly file: string;
  readonly readonly: boolean;

  info(): CaseInfo;
  setTitle(title: string): void;

  /** Add a source and its entries in one transaction.
   *  @throws DuplicateSourceError, SourceNameTakenError */
  addSource(src: NewSource, entries: readonly NewEntry[]): AddedSource;
  /** Re-import a changed return: replace the entries of the source with this
   *  file name (or id), keep corrections, return those left orphaned. */
  replaceSource(which: string | number, src: NewSource, entries: readonly NewEntry[]): ReplacedSource;
  findSourceByFileName(fileName: string): Source | undefined;
  listSources(): Source[];

  /** The integrated chronology (see entries.getEntries for the order). */
  getEntries(page?: EntryPage): StoredEntry[];
  countEntries(filter?: EntryFilter): number;
  getEntryByRef(ref: string): StoredEntry | undefined;
  /** Full-text search; any input is safe. */
  searchEntries(query: string, opts?: { limit?: number }): SearchHit[];

  rememberMapping(agency: string, headerSignature: string, mapping: ColumnMapping): void;
  recallMapping(agency: string, headerSignature: string): ColumnMapping | undefined;

  addCorrection(c: NewCorrection): Correction;
  listCorrections(entryKey?: string): Correction[];
  listOrphanCorrections(): Correction[];

  addGapDecision(d: NewGapDecision): GapDecision;
  listGapDecisions(): GapDecision[];
  /** The case's changes to the expected flows (validated by the caller), or null. */
  getFlowOverrides(): unknown;
  setFlowOverrides(overrides: unknown): void;

  /** Cached extraction results by input key (pipeline/extract.ts inputKey), for this lexicon version. */
  getCachedExtractions<T = unknown>(inputKeys: readonly string[], lexiconVersion: string): Map<string, T>;
  putCachedExtractions(rows: readonly CachedExtraction[]): void;

  replaceContacts(rows: ReadonlyArray<{ entryId: number; contacts: readonly Contact[] }>): void;
  listContacts(entryId?: number): StoredContact[];

  /** Run fn in one transaction (nested calls become savepoints). fn must be
   *  synchronous. */
  transaction<T>(fn: () => T): T;
  /** PRAGMA optimize, then close. Safe to call twice. */
  close(): void;
}

/**
 * Open the case at `path` (created if missing or empty) or a fresh in-memory
 * case for ':memory:'.
 * @throws CaseFileError 'not-a-case' | 'damaged' | 'newer-version' | 'locked'
 */
export function openCase(path: string, opts: OpenCaseOptions = {}): CaseStore {
  const { db, created } = openDatabase(path, LATEST_VERSION, opts);
  try {
    migrate(db, MIGRATIONS);
    if (created) meta.initMeta(db, opts.appVersion ?? appVersion);
    if (db.readonly) db.lockReadOnly();
  } catch (err) {
    db.close();
    throw err;
  }

  return {
    db,
    file: db.file,
    readonly: db.readonly,
    info: () => meta.getCaseInfo(db),
    setTitle: (title) => meta.setCaseTitle(db, title),
    addSource: (src, list) => sources.addSource(db, src, list),
    replaceSource: (which, src, list) => sources.replaceSource(db, which, src, list),
    findSourceByFileName: (fileName) => sources.findSourceByFileName(db, fileName),
    listSources: () => sources.listSources(db),
    getEntries: (page) => entries.getEntries(db, page),
    countEntries: (filter) => entries.countEntries(db, filter),
    getEntryByRef: (ref) => entries.getEntryByRef(db, ref),
    searchEntries: (query, o) => search.searchEntries(db, query, o),
    rememberMapping: (agency, sig, mapping) => mappings.rememberMapping(db, agency, sig, mapping),
    recallMapping: (agency, sig) => mappings.recallMapping(db, agency, sig),
    addCorrection: (c) => corrections.addCorrection(db, c),
    listCorrections: (key) => corrections.listCorrections(db, key),
    listOrphanCorrections: () => corrections.listOrphanCorrections(db),
    addGapDecision: (d) => decisions.addGapDecision(db, d),
    listGapDecisions: () => decisions.listGapDecisions(db),
    getFlowOverrides: () => meta.getFlowOverrides(db),
    setFlowOverrides: (o) => meta.setFlowOverrides(db, o),
    getCachedExtractions: <T>(inputKeys: readonly string[], lexiconVersion: string) =>
      cache.getCachedExtractions<T>(db, inputKeys, lexiconVersion),
    putCachedExtractions: (rows) => cache.putCachedExtractions(db, rows),
    replaceContacts: (rows) => contacts.replaceContacts(db, rows),
    listContacts: (entryId) => contacts.listContacts(db, entryId),
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
  };
}
