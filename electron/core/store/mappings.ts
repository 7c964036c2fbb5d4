/**
 * Column mappings the author chose, remembered per agency and header row, so
 * the next return from the same agency in the same layout maps itself. The
 * signature of a header row is made by the importer (shared/import:
 * headerSignature); the store only keys on it.
 */
import type { ColumnMapping } from '../../../shared/model.ts';

import { sql } from './sql.ts';
import type { Connection } from './db.ts';

/** Remember (or update) the mapping for an agency's header row. */
export function rememberMapping(db: Connection, agency: string, signature: string, mapping: ColumnMapping): void {
  db.run(sql`
    INSERT INTO mappings (agency, header_signature, mapping_json, updated_at)
    VALUES (${agency}, ${signature}, ${JSON.stringify(mapping)}, ${db.now()})
    ON CONFLICT (agency, header_signature) DO UPDATE SET
      mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`);
}

/** The mapping last remembered for this agency and header row, if any. */
export function recallMapping(db: Connection, agency: string, signature: string): ColumnMapping | undefined {
  const json = db.value<string>(sql`
    SELECT mapping_json FROM mappings WHERE agency = ${agency} AND header_signature = ${signature}`);
  return json === undefined ? undefined : (JSON.parse(json) as ColumnMapping);
}

/** Every remembered mapping, for importers that run where the database is not (worker threads). */
export function listMappings(db: Connection): Array<{ agency: string; signature: string; mapping: ColumnMapping }> {
  return db
    .all<{ agency: string; header_signature: string; mapping_json: string }>(sql`SELECT agency, header_signature, mapping_json FROM mappings`)
    .map((r) => ({ agency: r.agency, signature: r.header_signature, mapping: JSON.parse(r.mapping_json) as ColumnMapping }));
}
