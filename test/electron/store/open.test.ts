/**
 * Opening case files from disk: pragmas, WAL, and the files we must refuse
 * without changing them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openDatabase } from '../../../electron/core/store/db.ts';
import { APPLICATION_ID, LATEST_VERSION, openCase } from '../../../electron/core/store/index.ts';
import { migrate } from '../../../electron/core/store/migrate.ts';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.ts';
import { sql } from '../../../electron/core/store/sql.ts';
import { CaseFileError } from '../../../shared/errors.ts';

import { FIXED_NOW, entry, inFile, source } from './fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'threadline-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const quiet = { logger: () => {}, now: () => FIXED_NOW };

function caseWithData(name = 'review.threadline', n = 3): string {
  const path = join(dir, name);
  const store = openCase(path, quiet);
  store.addSource(
    source('police.csv'),
    inFile('police.csv', Array.from({ length: n }, (_, i) => entry(i + 1, `Entry ${i + 1}: officers attended and shared a DASH form with children's services.`))),
  );
  store.close();
  return path;
}

function caseFileError(fn: () => unknown): CaseFileError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CaseFileError) return err;
    throw err;
  }
  throw new Error('expected a CaseFileError');
}

describe('a new case file', () => {
  it('uses WAL, foreign keys, synchronous FULL and a busy timeout', () => {
    const { db } = openDatabase(join(dir, 'new.threadline'), LATEST_VERSION, quiet);
    try {
      expect(db.value(sql`PRAGMA journal_mode`)).toBe('wal');
      expect(db.value(sql`PRAGMA foreign_keys`)).toBe(1);
      expect(db.value(sql`PRAGMA synchronous`)).toBe(2); // FULL
      expect(db.value(sql`PRAGMA busy_timeout`)).toBe(5000);
      expect(db.value(sql`PRAGMA application_id`)).toBe(APPLICATION_ID);
    } finally {
      db.close();
    }
  });

  it('is stamped with the application id, the case format and WAL in its header', () => {
    const path = caseWithData();
    const header = readFileSync(path).subarray(0, 100);
    expect(header.readInt32BE(68)).toBe(APPLICATION_ID);
    expect(header.readUInt32BE(60)).toBe(LATEST_VERSION);
    expect(header[18]).toBe(2); // WAL write version
    expect(existsSync(`${path}-wal`)).toBe(false); // folded back in on close
  });

  it('keeps its data and its creation record across close and reopen', () => {
    const path = caseWithData();
    const store = openCase(path, { ...quiet, now: () => new Date('2030-01-01T00:00:00Z') });
    try {
      expect(store.countEntries()).toBe(3);
      expect(store.info()).toMatchObject({ createdAt: FIXED_NOW.toISOString(), formatVersion: LATEST_VERSION });
    } finally {
      store.close();
    }
  });

  it('turns an empty file (made by a save dialog) into a case', () => {
    const path = join(dir, 'empty.threadline');
    writeFileSync(path, '');
    const store = openCase(path, quiet);
    expect(store.info().formatVersion).toBe(LATEST_VERSION);
    store.close();
  });
});

describe('slow-query log', () => {
  it('logs the SQL text of slow statements but never their parameters', () => {
    const lines: string[] = [];
    // slowQueryMs 0: every statement counts as slow, so the test is not timed.
    const store = openCase(':memory:', { logger: (m) => lines.push(m), slowQueryMs: 0 });
    store.addSource(source('police.csv'), inFile('police.csv', [entry(1, 'Zoë Smith-Okafor disclosed abuse')]));
    store.close();
    expect(lines.some((l) => l.includes('INSERT INTO entries'))).toBe(true);
    expect(lines.some((l) => l.includes('PRAGMA optimize'))).toBe(true); // close() runs it
    expect(lines.join('\n')).not.toMatch(/Zoë|Okafor|police\.csv/);
  });

  it('reports a bulk write as one batch, with its size', () => {
    const lines: string[] = [];
    const store = openCase(':memory:', { logger: (m) => lines.push(m), slowQueryMs: 0 });
    store.addSource(source('police.csv'), inFile('police.csv', [entry(1, 'one'), entry(2, 'two'), entry(3, 'three')]));
    store.close();
    expect(lines.filter((l) => l.includes('INSERT INTO entries ('))).toEqual([expect.stringMatching(/^slow batch of 3 statements \(/)]);
  });

  it('stays quiet below the threshold', () => {
    const lines: string[] = [];
    const store = openCase(':memory:', { logger: (m) => lines.push(m), slowQueryMs: 60_000 });
    store.addSource(source('police.csv'), inFile('police.csv', [entry(1, 'text')]));
    store.close();
    expect(lines).toEqual([]);
  });
});

describe('Connection.runEach', () => {
  it('runs one statement per item and returns the rowids in order', () => {
    const store = openCase(':memory:');
    store.db.exec(sql`CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT`);
    const ids = store.db.transaction(() => store.db.runEach(['a', 'b', 'c'], (v) => sql`INSERT INTO t (v) VALUES (${v})`));
    expect(ids).toEqual([1, 2, 3]);
    expect(store.db.all<{ v: string }>(sql`SELECT v FROM t ORDER BY id`).map((r) => r.v)).toEqual(['a', 'b', 'c']);
    expect(store.db.runEach([], (v: string) => sql`INSERT INTO t (v) VALUES (${v})`)).toEqual([]);
    store.close();
  });

  it('refuses items that build different statements', () => {
    const store = openCase(':memory:');
    store.db.exec(sql`CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT`);
    expect(() => store.db.runEach(['a', 'b'], (v, i) => (i === 0 ? sql`INSERT INTO t (v) VALUES (${v})` : sql`INSERT OR IGNORE INTO t (v) VALUES (${v})`))).toThrow(/same statement/);
    store.close();
  });
});

describe('files that are not cases', () => {
  it.each([
    ['a Word document', Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml garbage garbage garbage', 'latin1')],
    ['a CSV file', Buffer.from('Date,Agency,Event\n14/03/2023,Police,Attended\n')],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['a few bytes', Buffer.from('SQL')],
  ])('refuses %s as not-a-case and leaves it alone', (_label, bytes) => {
    const path = join(dir, 'notes.threadline');
    writeFileSync(path, bytes);
    const err = caseFileError(() => openCase(path, quiet));
    expect(err.code).toBe('not-a-case');
    expect(err.message).toBe('notes.threadline is not a Threadline case file');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a SQLite database from another application', () => {
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    other.pragma('application_id = 1234');
    other.close();
    const before = readFileSync(path);
    const err = caseFileError(() => openCase(path, quiet));
    expect(err.code).toBe('not-a-case');
    expect(err.message).toBe('other.db is not a Threadline case file');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a SQLite database with no application id', () => {
    const path = join(dir, 'plain.db');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(caseFileError(() => openCase(path, quiet)).code).toBe('not-a-case');
  });
});

describe('damaged case files', () => {
  it('reports a case whose schema page is overwritten as damaged', () => {
    const path = caseWithData('broken.threadline', 200);
    const bytes = readFileSync(path);
    bytes.fill(0xa5, 100, 4096); // keep the 100-byte header, wreck the rest of page 1
    writeFileSync(path, bytes);
    const err = caseFileError(() => openCase(path, quiet));
    expect(err.code).toBe('damaged');
    expect(err.message).toMatch(/^broken\.threadline is damaged and cannot be opened safely \(.+\)\. Open a backup copy of the case\.$/);
  });

  it('reports a truncated case (a half-finished copy) as damaged', () => {
    const path = caseWithData('cut.threadline', 200);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2 / 4096) * 4096));
    expect(caseFileError(() => openCase(path, quiet)).code).toBe('damaged');
  });

  it('reports data pages overwritten with garbage as damaged', () => {
    const path = caseWithData('pages.threadline', 200);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 * 3, bytes.length - 4096);
    writeFileSync(path, bytes);
    expect(caseFileError(() => openCase(path, quiet)).code).toBe('damaged');
  });
});

describe('a case from a newer Threadline', () => {
  function newerCase(): string {
    const path = caseWithData('future.threadline');
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 3}`);
    raw.close();
    return path;
  }

  it.each([false, true])('is refused with an update message, readonly=%s, and not modified', (readonly) => {
    const path = newerCase();
    const before = readFileSync(path);
    const err = caseFileError(() => openCase(path, { ...quiet, readonly }));
    expect(err.code).toBe('newer-version');
    expect(err.message).toBe(
      `future.threadline was saved by a newer version of Threadline (case format ${LATEST_VERSION + 3}; this version reads up to ${LATEST_VERSION}). Update Threadline to open it.`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

describe('read-only opening', () => {
  it('reads a current case and refuses writes', () => {
    const path = caseWithData();
    const store = openCase(path, { ...quiet, readonly: true });
    try {
      expect(store.readonly).toBe(true);
      expect(store.countEntries()).toBe(3);
      expect(() => store.setTitle('x')).toThrow(/readonly|read-only/i);
    } finally {
      store.close();
    }
  });

  it('upgrades a case from an older Threadline in memory, leaving the file as it was', () => {
    const path = join(dir, 'old.threadline');
    const { db } = openDatabase(path, LATEST_VERSION, quiet);
    migrate(db, MIGRATIONS, 1);
    db.run(sql`INSERT INTO meta (key, value) VALUES ('title', 'Child Q')`);
    db.close();
    const before = readFileSync(path);

    const store = openCase(path, { ...quiet, readonly: true });
    try {
      expect(store.info()).toMatchObject({ title: 'Child Q', formatVersion: LATEST_VERSION });
      expect(store.listContacts()).toEqual([]); // a table from migration 2 is there
      expect(() => store.setTitle('x')).toThrow(/readonly|read-only/i);
    } finally {
      store.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('sees commits still in the WAL of a case open in another window', () => {
    const path = caseWithData();
    const writer = openCase(path, quiet);
    try {
      writer.setTitle('Child Q');
      expect(existsSync(`${path}-wal`)).toBe(true);
      const reader = openCase(path, { ...quiet, readonly: true });
      expect(reader.info().title).toBe('Child Q');
      expect(reader.countEntries()).toBe(3);
      reader.close();
    } finally {
      writer.close();
    }
  });

  it('does not create a missing file', () => {
    const path = join(dir, 'missing.threadline');
    expect(() => openCase(path, { ...quiet, readonly: true })).toThrow('missing.threadline could not be found');
    expect(existsSync(path)).toBe(false);
  });
});
