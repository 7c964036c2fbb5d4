/**
 * Every migration, in order. Add a new one as the next numbered file, append
 * it here, add its case to test/electron/store/migrations.test.ts, and update
 * the schema snapshot (UPDATE_SCHEMA_SNAPSHOT=1). Never edit a migration that
 * has shipped: case files in the wild were made by it. A CHECK on a column of
 * a closed vocabulary is written from its shared list, sqlCheckIn(column,
 * LIST) (test/electron/store/vocabulary.test.ts holds every CHECK to its list).
 */
import { migration0001 } from './0001-initial.ts';
import { migration0002 } from './0002-extraction.ts';
import { migration0003 } from './0003-fts-bulk.ts';
import { migration0004 } from './0004-gap-decisions.ts';
import type { Migration } from '../migrate.ts';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];

/** The case format this build writes. */
export const LATEST_VERSION = MIGRATIONS.length;
