/** Import handlers: preview files, import them with progress, cancel. */
import type { Handlers, ImportOutcome } from '../../../shared/api.ts';
import { collectFiles } from '../pipeline/collect-files.ts';
import { extractCase } from '../pipeline/extract.ts';
import { importFiles } from '../pipeline/import-files.ts';
import { previewFile } from '../pipeline/preview.ts';
import { caseSummary } from './case.ts';
import { requireStore, type Session } from './session.ts';

export function importHandlers(session: Session): Handlers<'import.preview' | 'import.run' | 'import.cancel'> {
  return {
    'import.preview': async ({ paths }) => {
      // Folders dropped on the window expand to the chronologies inside them.
      const { files, missing } = collectFiles(paths);
      const previews = [];
      for (const f of files) previews.push(await previewFile({ path: f.path, fileName: f.fileName }, session.store));
      for (const m of missing) previews.push({ ok: false as const, path: m, fileName: m, error: { kind: 'not-found', message: `${m}: the file could not be found` } });
      return previews;
    },
    'import.run': async ({ files }, ctx) => {
      const store = requireStore(session);
      if (session.importAbort) throw new Error('An import is already running. Wait for it to finish, or cancel it.');
      const abort = new AbortController();
      session.importAbort = abort;
      try {
        const outcomes = await importFiles(store.db, files, { signal: abort.signal, onProgress: (p) => ctx.emit('import.progress', p), ...(session.pool ? { pool: session.pool } : {}) });
        // Extract the new entries now, with progress, so the views open on a finished analysis.
        // A cancel stops extraction only: what was imported stays, and is extracted when next analysed.
        try {
          await extractCase(store, { signal: abort.signal, onProgress: (p) => ctx.emit('extract.progress', p), ...(session.pool ? { pool: session.pool } : {}) });
        } catch (err) {
          if ((err as Error).name !== 'TaskCancelledError') throw err;
        }
        ctx.emit('case.changed', caseSummary(store, session.path ?? ':memory:'));
        return outcomes.map((o): ImportOutcome =>
          o.ok
            ? { ok: true, file: o.file, sourceId: o.sourceId, entries: o.entries, replaced: o.replaced, agency: o.result.agency, layout: o.result.layout, issues: o.issues }
            : { ok: false, file: o.file, error: { kind: o.error.code, message: o.error.message, ...(o.error.row !== undefined ? { row: o.error.row } : {}) } },
        );
      } finally {
        session.importAbort = null;
      }
    },
    'import.cancel': () => {
      session.importAbort?.abort();
      return null;
    },
  };
}
