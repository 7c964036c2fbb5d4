/** Reading the integrated chronology: pages, one entry with its source, search. */
import type { Handlers } from '../../../shared/api.ts';
import { analyseCase } from '../pipeline/analysis-json.ts';
import { requireStore, type Session } from './session.ts';

export function entryHandlers(session: Session): Handlers<'sources.list' | 'entries.page' | 'entries.get' | 'entries.search' | 'analysis.get'> {
  return {
    'sources.list': () => requireStore(session).listSources(),
    'entries.page': ({ filter, offset, limit }) => {
      const store = requireStore(session);
      const f = {
        ...(filter.agencies ? { agencies: filter.agencies } : {}),
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
        ...(filter.sourceId ? { sourceId: filter.sourceId } : {}),
      };
      return { rows: store.getEntries({ ...f, offset, limit }), total: store.countEntries(f) };
    },
    'entries.get': ({ ref }) => {
      const store = requireStore(session);
      const entry = store.getEntryByRef(ref);
      if (!entry) throw new Error(`There is no entry ${ref} in this case.`);
      const source = store.listSources().find((s) => s.id === entry.sourceId);
      if (!source) throw new Error(`The source of ${ref} is missing from this case.`);
      return { entry, source };
    },
    'entries.search': ({ q, limit }) =>
      requireStore(session)
        .searchEntries(q, { limit })
        .map((h) => ({ ref: h.ref, snippet: h.snippet })),
    'analysis.get': (_req, ctx) =>
      analyseCase(requireStore(session), { ...(session.pool ? { pool: session.pool } : {}), onProgress: (p) => ctx.emit('extract.progress', p) }),
  };
}
