/**
 * Numbered schema migrations, applied in order and all at once.
 *
 * The case format version is PRAGMA user_version: the number of the last
 * migration applied. Opening a case runs every pending migration in ONE
 * transaction, so a failure (a bug, a full disk, a power cut) leaves the file
 * exactly at its old version, never half upgraded.
 */
import { plural } from '../../../shared/text/plural.ts';
import { sql, sqlInt } from './sql.ts';
import type { Connection } from './db.ts';

/** One schema change. `up` runs inside the migration transaction and must be
 *  synchronous; it receives the connection, so it writes SQL with `sql`. */
export interface Migration {
  readonly version: number;
  /** kebab-case, as in the file name: 0002-extraction.ts → 'extraction'. */
  readonly name: string;
  up(db: Connection): void;
}

/**
 * Check a migration list is 1, 2, 3, … with no gaps, repeats or blank names.
 * Run at startup: a mis-numbered migration is a build error, and we would
 * rather fail before touching any file than apply changes out of order.
 */
export function checkMigrations(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration list is out of order: position ${i + 1} holds version ${m.version} (${m.name})`);
    }
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.name)) throw new Error(`Migration ${m.version} has a bad name: ${JSON.stringify(m.name)}`);
  });
}

/** The case format version of a connection (0 for an empty database). */
export function schemaVersion(db: Connection): number {
  return db.value<number>(sql`PRAGMA user_version`) ?? 0;
}

/**
 * Bring the database up to `to` (default: the last migration). Returns the
 * versions applied. Tests pass a lower `to` to build a database as an older
 * Threadline left it.
 */
export function migrate(db: Connection, migrations: readonly Migration[], to = migrations.length): number[] {
  checkMigrations(migrations);
  if (to < 0 || to > migrations.length) throw new RangeError(`No migration ${to}: the latest is ${migrations.length}`);
  const from = schemaVersion(db);
  if (from > to) throw new RangeError(`Cannot migrate down from ${from} to ${to}`);
  const pending = migrations.slice(from, to);
  if (pending.length === 0) return [];

  // Foreign keys off for the duration, as SQLite's "making other kinds of
  // table schema changes" procedure asks: a migration that rebuilds a table
  // (create new, copy, drop old, rename) would otherwise cascade-delete the
  // rows that point at the old one. The pragma is a no-op inside a
  // transaction, so it is set around it, and foreign_key_check below proves
  // the migrations left every reference intact before we commit.
  db.exec(sql`PRAGMA foreign_keys = OFF`);
  try {
    db.transaction(() => {
      for (const m of pending) m.up(db);
      const broken = db.all<{ table: string; parent: string }>(sql`PRAGMA foreign_key_check`);
      if (broken.length > 0) {
        const first = broken[0];
        const keys = plural(broken.length, 'foreign key', 'foreign keys');
        throw new Error(`Migration to ${to} broke ${keys}, first in ${first?.table} → ${first?.parent}`);
      }
      db.exec(sql`PRAGMA user_version = ${sqlInt(to)}`);
    });
  } finally {
    db.exec(sql`PRAGMA foreign_keys = ON`);
  }
  return pending.map((m) => m.version);
}
