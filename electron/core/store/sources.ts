/**
 * Sources: the files agencies sent. Adding one writes it and all its entries
 * in one transaction; re-importing a changed return replaces its entries but
 * keeps its place in the import order and every correction.
 */
import type { ColumnMapping, ImportIssue, Source, SourceFormat } from '../../../shared/model.ts';

import { correctionIdsForSource, orphansAmong } from './corrections.ts';
import { insertEntries } from './entries.ts';
import { DuplicateSourceError, SourceNameTakenError, SourceNotFoundError } from './errors.ts';
import { sql } from './sql.ts';
import type { Connection } from './db.ts';
import type { Query } from './sql.ts';
import type { Correction, NewEntry, NewSource } from './types.ts';

export interface AddedSource {
  sourceId: number;
  /** Ids of the entries, in the order they were given. */
  entryIds: number[];
}

export interface ReplacedSource extends AddedSource {
  /** Corrections that attached to the old entries and match none of the new
   *  ones (the text they were made on has gone), for the author to review. */
  orphanedCorrections: Correction[];
}

interface SourceRow {
  id: number;
  file_name: string;
  path: string;
  format: SourceFormat;
  agency: string;
  sha256: string;
  size: number;
  imported_at: string;
  title: string | null;
  layout: Source['layout'];
  mapping_json: string | null;
  warnings_json: string;
  entry_count: number;
}

const COLUMNS = sql`id, file_name, path, format, agency, sha256, size, imported_at, title, layout, mapping_json, warnings_json, entry_count`;

/**
 * Add a source and its entries, all or nothing.
 * @throws DuplicateSourceError if a file with the same content is already in the case.
 * @throws SourceNameTakenError if a different file has the same name.
 */
export function addSource(db: Connection, src: NewSource, entries: readonly NewEntry[]): AddedSource {
  return db.transaction(() => {
    refuseDuplicate(db, src);
    if (findSourceByFileName(db, src.fileName)) throw new SourceNameTakenError(src.fileName);
    const { lastInsertRowid: sourceId } = db.run(sql`
      INSERT INTO sources (file_name, path, format, agency, sha256, size, imported_at, title, layout, mapping_json, warnings_json, entry_count)
      VALUES (${src.fileName}, ${src.path}, ${src.format}, ${src.agency}, ${src.sha256}, ${src.size}, ${db.now()}, ${src.title},
              ${src.layout}, ${mappingJson(src.mapping)}, ${JSON.stringify(src.warnings)}, ${entries.length})`);
    return { sourceId, entryIds: insertEntries(db, sourceId, src.fileName, entries) };
  });
}

/**
 * Replace a source (by file name or id) with a new version of the file: its
 * entries (and, by cascade, their contacts) are replaced; the source keeps
 * its id, and so its place in the integrated order. Corrections are kept:
 * those on text that is still there re-attach through their entry key; the
 * rest are returned as orphans. Other sources are untouched.
 */
export function replaceSource(db: Connection, which: string | number, src: NewSource, entries: readonly NewEntry[]): ReplacedSource {
  return db.transaction(() => {
    const old = typeof which === 'number' ? getSource(db, which) : findSourceByFileName(db, which);
    if (!old) throw new SourceNotFoundError(which);
    refuseDuplicate(db, src, old.id);
    const clash = findSourceByFileName(db, src.fileName);
    if (clash && clash.id !== old.id) throw new SourceNameTakenError(src.fileName);

    const attached = correctionIdsForSource(db, old.id);
    db.run(sql`DELETE FROM entries WHERE source_id = ${old.id}`);
    db.run(sql`
      UPDATE sources SET
        file_name = ${src.fileName}, path = ${src.path}, format = ${src.format}, agency = ${src.agency},
        sha256 = ${src.sha256}, size = ${src.size}, imported_at = ${db.now()}, title = ${src.title},
        layout = ${src.layout}, mapping_json = ${mappingJson(src.mapping)},
        warnings_json = ${JSON.stringify(src.warnings)}, entry_count = ${entries.length}
      WHERE id = ${old.id}`);
    const entryIds = insertEntries(db, old.id, src.fileName, entries);
    return { sourceId: old.id, entryIds, orphanedCorrections: orphansAmong(db, attached) };
  });
}

/** Every source, in import order. */
export function listSources(db: Connection): Source[] {
  return select(db, sql`SELECT ${COLUMNS} FROM sources ORDER BY id`);
}

/** One source by id. */
export function getSource(db: Connection, id: number): Source | undefined {
  return select(db, sql`SELECT ${COLUMNS} FROM sources WHERE id = ${id}`)[0];
}

/** The source imported from a file of this name, if any. */
export function findSourceByFileName(db: Connection, fileName: string): Source | undefined {
  return select(db, sql`SELECT ${COLUMNS} FROM sources WHERE file_name = ${fileName}`)[0];
}

/** Same bytes already in the case (other than the source being replaced)? */
function refuseDuplicate(db: Connection, src: NewSource, exceptId?: number): void {
  const same = db.get<{ id: number; file_name: string; imported_at: string }>(
    sql`SELECT id, file_name, imported_at FROM sources WHERE sha256 = ${src.sha256}`,
  );
  if (same && same.id !== exceptId) {
    throw new DuplicateSourceError(src.fileName, { id: same.id, fileName: same.file_name, importedAt: same.imported_at });
  }
}

function mappingJson(m: ColumnMapping | null): string | null {
  return m === null ? null : JSON.stringify(m);
}

function select(db: Connection, q: Query): Source[] {
  return db.all<SourceRow>(q).map((r) => ({
    id: r.id,
    fileName: r.file_name,
    path: r.path,
    format: r.format,
    agency: r.agency,
    sha256: r.sha256,
    size: r.size,
    importedAt: r.imported_at,
    title: r.title,
    layout: r.layout,
    mapping: r.mapping_json === null ? null : (JSON.parse(r.mapping_json) as ColumnMapping),
    entryCount: r.entry_count,
    warnings: JSON.parse(r.warnings_json) as ImportIssue[],
  }));
}
