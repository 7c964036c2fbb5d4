/**
 * The core's state between calls: the case that is open (at most one per
 * window) and the import in progress. Handlers are plain functions over it,
 * so tests create a Session on an in-memory case and call them directly.
 */
import { openCase, type CaseStore } from '../store/index.ts';
import type { WorkerPool } from '../workers/pool.ts';

export class NoCaseError extends Error {
  override readonly name = 'NoCaseError';
  constructor() {
    super('No case is open. Create a new case or open one first.');
  }
}

export interface Session {
  store: CaseStore | null;
  path: string | null;
  importAbort: AbortController | null;
  /** Worker threads for reading and extraction; the app keeps one for its lifetime. Absent in tests. */
  pool: WorkerPool | null;
}

export function createSession(pool: WorkerPool | null = null): Session {
  return { store: null, path: null, importAbort: null, pool };
}

/** Open (or create) a case, closing the one open before. */
export function openSessionCase(session: Session, path: string): CaseStore {
  const store = openCase(path);
  session.store?.close();
  session.store = store;
  session.path = path;
  return store;
}

export function closeSessionCase(session: Session): void {
  session.importAbort?.abort();
  session.store?.close();
  session.store = null;
  session.path = null;
}

export function requireStore(session: Session): CaseStore {
  if (!session.store) throw new NoCaseError();
  return session.store;
}
