/** Case handlers: create, open, close, describe. */
import { existsSync, statSync } from 'node:fs';

import type { CaseSummary, Handlers } from '../../../shared/api.ts';
import { agencyIds } from '../../../shared/agencies/index.ts';
import type { CaseStore } from '../store/index.ts';
import { closeSessionCase, openSessionCase, requireStore, type Session } from './session.ts';

/** What the views show about the open case. */
export function caseSummary(store: CaseStore, path: string): CaseSummary {
  const info = store.info();
  const sources = store.listSources();
  const counts = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  for (const e of store.getEntries()) {
    counts.set(e.agency, (counts.get(e.agency) ?? 0) + 1);
    if (e.date.earliest && (!from || e.date.earliest < from)) from = e.date.earliest;
    if (e.date.latest && (!to || e.date.latest > to)) to = e.date.latest;
  }
  const order = (a: string) => {
    const i = agencyIds.indexOf(a);
    return i < 0 ? agencyIds.length : i;
  };
  return {
    file: store.file,
    path,
    title: info.title,
    createdAt: info.createdAt,
    formatVersion: info.formatVersion,
    readonly: store.readonly,
    sources,
    entryCount: [...counts.values()].reduce((a, b) => a + b, 0),
    dateRange: { from, to },
    agencies: [...counts.entries()].sort((a, b) => order(a[0]) - order(b[0])).map(([agency, entries]) => ({ agency, entries })),
  };
}

export function caseHandlers(session: Session): Handlers<'case.create' | 'case.open' | 'case.close' | 'case.summary' | 'case.setTitle'> {
  const summary = () => caseSummary(requireStore(session), session.path ?? ':memory:');
  return {
    'case.create': ({ path }, ctx) => {
      if (path !== ':memory:' && existsSync(path) && statSync(path).size > 0) {
        throw new Error(`${path} already exists. Open it, or choose another name for the new case.`);
      }
      openSessionCase(session, path);
      const s = summary();
      ctx.emit('case.changed', s);
      return s;
    },
    'case.open': ({ path }, ctx) => {
      if (path !== ':memory:' && !existsSync(path)) throw new Error(`${path} could not be found.`);
      openSessionCase(session, path);
      const s = summary();
      ctx.emit('case.changed', s);
      return s;
    },
    'case.close': (_req, ctx) => {
      closeSessionCase(session);
      ctx.emit('case.changed', null);
      return null;
    },
    'case.summary': () => (session.store ? summary() : null),
    'case.setTitle': ({ title }, ctx) => {
      requireStore(session).setTitle(title.trim());
      const s = summary();
      ctx.emit('case.changed', s);
      return s;
    },
  };
}
