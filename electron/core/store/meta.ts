/**
 * What a case says about itself: its title, when and by which Threadline it
 * was created. A key/value table, so adding a fact needs no migration.
 */
import { schemaVersion } from './migrate.ts';
import { sql } from './sql.ts';
import type { Connection } from './db.ts';
import type { CaseInfo } from './types.ts';

type MetaKey = 'title' | 'created_at' | 'created_with' | 'flow_overrides';

function getMeta(db: Connection, key: MetaKey): string | null {
  return db.value<string>(sql`SELECT value FROM meta WHERE key = ${key}`) ?? null;
}

function setMeta(db: Connection, key: MetaKey, value: string): void {
  db.run(sql`INSERT INTO meta (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

/** Record the birth of a new case. */
export function initMeta(db: Connection, appVersion: string): void {
  db.transaction(() => {
    setMeta(db, 'created_at', db.now());
    setMeta(db, 'created_with', appVersion);
  });
}

/** Title, creation record and format version. */
export function getCaseInfo(db: Connection): CaseInfo {
  return {
    title: getMeta(db, 'title'),
    createdAt: getMeta(db, 'created_at'),
    createdWith: getMeta(db, 'created_with'),
    formatVersion: schemaVersion(db),
  };
}

/** Name the case ("Child Safeguarding Practice Review: Child Q"). */
export function setCaseTitle(db: Connection, title: string): void {
  setMeta(db, 'title', title);
}

/** The case's own changes to the expected flows (resources/rules/flows.json), as JSON; null when it has none. */
export function getFlowOverrides(db: Connection): unknown {
  const raw = getMeta(db, 'flow_overrides');
  return raw === null ? null : (JSON.parse(raw) as unknown);
}

export function setFlowOverrides(db: Connection, overrides: unknown): void {
  setMeta(db, 'flow_overrides', JSON.stringify(overrides));
}
