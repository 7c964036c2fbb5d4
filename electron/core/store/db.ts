/**
 * The connection: opening a case file safely and running every statement
 * through one helper that prepares (once), times and maps errors.
 *
 * Opening refuses, before anything is written, a file that is not a
 * Threadline case, is damaged, or comes from a newer Threadline; see
 * openDatabase. Migrations are applied by the caller (index.ts).
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';

import Database from 'better-sqlite3';

import { CaseFileError } from '../../../shared/errors.ts';

import { sql, sqlInt } from './sql.ts';
import type { Query, SqlValue } from './sql.ts';

/** PRAGMA application_id of every case file: "THRD" in ASCII. Lets us tell a
 *  case from any other SQLite database without guessing from its tables. */
export const APPLICATION_ID = 0x54485244;

/** How long a statement waits for a lock held by another connection before
 *  failing. A case is used by one person, so contention is rare and short
 *  (a backup tool, a second window); five seconds covers it. */
const BUSY_TIMEOUT_MS = 5000;

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface ConnectionOptions {
  /** Open without writing: the case is read into memory and the file is
   *  never touched (a case from an older Threadline is upgraded in the copy). */
  readonly?: boolean;
  /** Where slow-query reports go; console.warn if not given. */
  logger?: (msg: string) => void;
  /** Statements taking at least this long are logged (Signal's threshold). */
  slowQueryMs?: number;
  /** The clock, for timestamps the store writes; a fixed one in tests. */
  now?: () => Date;
}

/** What a write did: rows changed, and the rowid of the last insert. */
export interface RunResult {
  changes: number;
  lastInsertRowid: number;
}

/**
 * A case database connection. Everything goes through `run`, `get`, `all` and
 * `exec`, which take a Query from the `sql` tag, so there is one place that
 * prepares statements (cached by text, so a loop reuses one statement), times
 * them and turns SQLite's corruption and lock errors into CaseFileError.
 */
export class Connection {
  /** The file's name, as messages show it. */
  readonly file: string;
  /** Opened read-only: an in-memory snapshot that refuses writes. */
  readonly readonly: boolean;
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement<SqlValue[]>>();
  readonly #logger: (msg: string) => void;
  readonly #slowQueryMs: number;
  readonly #now: () => Date;

  constructor(db: Database.Database, file: string, opts: ConnectionOptions) {
    this.#db = db;
    this.file = file;
    this.readonly = opts.readonly ?? false;
    this.#logger = opts.logger ?? ((msg) => console.warn(msg));
    this.#slowQueryMs = opts.slowQueryMs ?? 40;
    this.#now = opts.now ?? (() => new Date());
  }

  /** The current time as an ISO 8601 string, from the connection's clock. */
  now(): string {
    return this.#now().toISOString();
  }

  /** Report something worth knowing but not worth failing for. */
  log(msg: string): void {
    this.#logger(msg);
  }

  /** Refuse all writes from now on. Called once migrations (which may run on
   *  an in-memory copy of a read-only file) are done. */
  lockReadOnly(): void {
    this.exec(sql`PRAGMA query_only = ON`);
  }

  /** Run a statement that returns no rows. */
  run(q: Query): RunResult {
    return this.#timed(q.text, 1, () => {
      const r = this.#prepare(q.text).run(...q.params);
      return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
    });
  }

  /**
   * Run one statement per item, for bulk writes: build gives each item's
   * Query, all from the same template (so one prepared statement serves
   * them), and the batch is timed as a whole. Returns each insert's rowid.
   * Call inside a transaction.
   */
  runEach<T>(items: readonly T[], build: (item: T, index: number) => Query): number[] {
    if (items.length === 0) return [];
    const first = build(items[0]!, 0);
    // A batch is slow when its rows are: thousands of fast rows take longer than one slow query.
    return this.#timed(first.text, items.length, () => {
      const stmt = this.#prepare(first.text);
      const ids: number[] = new Array(items.length);
      ids[0] = Number(stmt.run(...first.params).lastInsertRowid);
      for (let i = 1; i < items.length; i++) {
        const q = build(items[i]!, i);
        if (q.text !== first.text) throw new TypeError('runEach(): every item must build the same statement');
        ids[i] = Number(stmt.run(...q.params).lastInsertRowid);
      }
      return ids;
    });
  }

  /** The first row, or undefined. Row is the caller's description of the
   *  columns it selected; SQLite does not check it. */
  get<Row>(q: Query): Row | undefined {
    return this.#timed(q.text, 1, () => this.#prepare(q.text).get(...q.params) as Row | undefined);
  }

  /** All rows. */
  all<Row>(q: Query): Row[] {
    return this.#timed(q.text, 1, () => this.#prepare(q.text).all(...q.params) as Row[]);
  }

  /** The first column of the first row (PRAGMA reads, counts). */
  value<T extends SqlValue>(q: Query): T | undefined {
    return this.#timed(q.text, 1, () => this.#prepare(q.text).pluck().get(...q.params) as T | undefined);
  }

  /** Several statements at once, for DDL in migrations. Parameters cannot be
   *  bound here, so a Query with any is refused. */
  exec(q: Query): void {
    if (q.params.length > 0) throw new TypeError('exec() cannot bind parameters: use run() for statements with values');
    this.#timed(q.text, 1, () => this.#db.exec(q.text));
  }

  /** Run fn in a transaction (a savepoint when nested): all or nothing.
   *  WARNING: fn must be synchronous; an awaited step would run after commit. */
  transaction<T>(fn: () => T): T {
    return this.#db.transaction(fn)();
  }

  /** Close, after letting SQLite refresh its query-planner statistics (the
   *  PRAGMA optimize that SQLite recommends before closing). Safe to call twice. */
  close(): void {
    if (!this.#db.open) return;
    try {
      // optimize may write statistics, which a read-only connection cannot.
      if (!this.readonly) this.exec(sql`PRAGMA optimize`);
    } finally {
      this.#statements.clear();
      this.#db.close();
    }
  }

  #prepare(text: string): Database.Statement<SqlValue[]> {
    let stmt = this.#statements.get(text);
    if (stmt === undefined) {
      stmt = this.#db.prepare<SqlValue[]>(text);
      this.#statements.set(text, stmt);
    }
    // pluck is a mode on the shared statement: value() turns it on, so reset it.
    return stmt.reader ? stmt.pluck(false) : stmt;
  }

  /** The one helper every statement runs through: it times the statement and
   *  logs the slow ones with their SQL text. Never the parameters: they are
   *  case data (names, what happened to a child). */
  #timed<T>(text: string, rows: number, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } catch (err) {
      throw asCaseFileError(err, this.file) ?? err;
    } finally {
      const ms = performance.now() - start;
      if (rows === 1 ? ms >= this.#slowQueryMs : ms >= this.#slowQueryMs && ms / rows >= this.#slowQueryMs / 100) {
        this.#logger(`slow ${rows === 1 ? 'query' : `batch of ${rows} statements`} (${ms.toFixed(1)} ms): ${oneLine(text)}`);
      }
    }
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** SQLite's words for "this file is broken" and "someone else holds it",
 *  turned into errors a user can act on. Anything else is a bug, kept as is. */
function asCaseFileError(err: unknown, file: string): CaseFileError | undefined {
  if (!(err instanceof Database.SqliteError)) return undefined;
  if (err.code.startsWith('SQLITE_CORRUPT') || err.code === 'SQLITE_NOTADB') return damaged(file, err.message);
  if (err.code.startsWith('SQLITE_BUSY') || err.code.startsWith('SQLITE_LOCKED')) {
    return new CaseFileError('locked', `${file} is in use by another program or another Threadline window. Close it there and try again.`);
  }
  return undefined;
}

function damaged(file: string, detail: string): CaseFileError {
  return new CaseFileError('damaged', `${file} is damaged and cannot be opened safely (${detail}). Open a backup copy of the case.`);
}

function notACase(file: string): CaseFileError {
  return new CaseFileError('not-a-case', `${file} is not a Threadline case file`);
}

export interface OpenedDatabase {
  db: Connection;
  /** True when the file (or memory) was empty and is now a fresh case. */
  created: boolean;
}

/**
 * Open a case file (or ':memory:') and check it is one this build can read.
 * `latestVersion` is the newest migration this build knows. Nothing is
 * written to an existing file until every check has passed.
 */
export function openDatabase(path: string, latestVersion: number, opts: ConnectionOptions = {}): OpenedDatabase {
  const readonly = opts.readonly ?? false;
  if (path === ':memory:') {
    const db = new Connection(new Database(':memory:'), 'in-memory case', opts);
    configure(db, { wal: false });
    stamp(db);
    return { db, created: true };
  }

  const file = basename(path);
  const size = fileSize(path);
  if (size === undefined || size === 0) {
    if (readonly) {
      if (size === undefined) throw new Error(`${file} could not be found`);
      throw notACase(file);
    }
    // A missing or empty file becomes a new case: the "New case" dialog may
    // have created the empty file already.
    const db = new Connection(new Database(path, { timeout: BUSY_TIMEOUT_MS }), file, opts);
    configure(db, { wal: true });
    stamp(db);
    return { db, created: true };
  }

  // Look at the bytes first: a Word document or a CSV picked by mistake never
  // reaches SQLite, and a file that claims to be SQLite but fails to read is
  // damaged rather than foreign.
  if (!hasSqliteMagic(path)) throw notACase(file);

  const db = readonly
    ? new Connection(snapshot(path, file), file, opts)
    : new Connection(new Database(path, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS }), file, opts);
  try {
    inspect(db, latestVersion);
    configure(db, { wal: !readonly });
  } catch (err) {
    db.close();
    throw err;
  }
  return { db, created: false };
}

/**
 * A read-only case is opened as an in-memory snapshot of the file. SQLite
 * itself cannot open a WAL database read-only without creating -wal and
 * -shm files beside it (and a read-only connection cannot remove them), and
 * a case from an older Threadline needs migrating before it can be queried;
 * a snapshot is left with neither problem and the file is never touched.
 */
function snapshot(path: string, file: string): Database.Database {
  let bytes: Buffer;
  if (existsSync(`${path}-wal`)) {
    // Open elsewhere, or not closed cleanly: recent commits may be in the
    // WAL only, so let SQLite assemble the current state (the sidecar files
    // exist already, so nothing new appears beside the case).
    const raw = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    try {
      bytes = raw.serialize();
    } catch (err) {
      throw asCaseFileError(err, file) ?? err;
    } finally {
      raw.close();
    }
  } else {
    bytes = readFileSync(path);
  }
  // Bytes 18-19 say "WAL"; an in-memory database cannot be in WAL mode, so
  // mark the copy as a rollback-journal database (1, 1) before loading it.
  if (bytes.length >= 20) bytes.fill(1, 18, 20);
  try {
    return new Database(bytes);
  } catch (err) {
    throw asCaseFileError(err, file) ?? err;
  }
}

function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function hasSqliteMagic(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** Checks on an existing file that read and never write; returns its case
 *  format version. */
function inspect(db: Connection, latestVersion: number): number {
  const appId = db.value<number>(sql`PRAGMA application_id`);
  if (appId !== APPLICATION_ID) throw notACase(db.file);
  const version = db.value<number>(sql`PRAGMA user_version`) ?? 0;
  if (version > latestVersion) {
    throw new CaseFileError(
      'newer-version',
      `${db.file} was saved by a newer version of Threadline (case format ${version}; this version reads up to ${latestVersion}). Update Threadline to open it.`,
    );
  }
  // A case is a document people copy around on USB sticks and sync folders,
  // where truncation happens. quick_check reads every page once (a few ms for
  // a typical case) so damage is reported on opening, not halfway through an
  // author's edit.
  const problems = db.all<{ quick_check: string }>(sql`PRAGMA quick_check`).map((r) => r.quick_check);
  if (problems.length !== 1 || problems[0] !== 'ok') throw damaged(db.file, problems.slice(0, 3).join('; '));
  return version;
}

function configure(db: Connection, { wal }: { wal: boolean }): void {
  if (wal) {
    // WAL: readers never block the writer, and a crash mid-write leaves the
    // last committed state. The -wal file is folded back in on close.
    const mode = db.value<string>(sql`PRAGMA journal_mode = WAL`);
    // Some network drives cannot do WAL; SQLite then keeps its rollback
    // journal, which is just as safe, only slower with readers about.
    if (mode !== 'wal') db.log(`${db.file}: WAL is not available here, using journal mode ${String(mode)}`);
  }
  db.exec(sql`PRAGMA foreign_keys = ON`);
  // FULL, not NORMAL: a case file is a document. NORMAL in WAL mode can lose
  // the last commits on a power cut; losing an author's corrections is worse
  // than slightly slower writes (and our writes are small and batched).
  db.exec(sql`PRAGMA synchronous = FULL`);
  db.exec(sql`PRAGMA busy_timeout = ${sqlInt(BUSY_TIMEOUT_MS)}`);
}

/** Mark a new database as a Threadline case. */
function stamp(db: Connection): void {
  db.exec(sql`PRAGMA application_id = ${sqlInt(APPLICATION_ID)}`);
}
