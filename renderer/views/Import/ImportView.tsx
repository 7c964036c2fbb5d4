/**
 * Import: choose or drop the agencies' files, check what Threadline found in
 * each (and change it), then import with progress and a way to cancel.
 * Errors are per file and never undo what was imported; each one says which
 * row and what to do.
 */
import { useEffect, useReducer, useState, type Dispatch, type DragEvent } from 'react';

import type { ImportOutcome } from '../../../shared/api.ts';

import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import { plural } from '../../../shared/text/plural.ts';
import { call, on, pathForFile } from '../../bridge.ts';
import { loadCase } from '../../state/commands.ts';
import { useAppState, useDispatch } from '../../state/store.tsx';
import { FileCard } from './FileCard.tsx';
import { importReducer, initialImportState, runRequest, type ImportAction, type ImportState } from './importState.ts';

async function preview(paths: readonly string[], dispatch: Dispatch<ImportAction>): Promise<void> {
  if (paths.length === 0) return;
  dispatch({ type: 'previewing' });
  const r = await call('import.preview', { paths: [...paths] });
  if (!r.ok) dispatch({ type: 'problem', message: `The files could not be read: ${r.error.message}` });
  else if (r.value.length === 0) dispatch({ type: 'problem', message: 'No chronologies were found there. Choose Word, Excel, CSV, text or PDF files.' });
  else dispatch({ type: 'previewed', previews: r.value });
}

export function ImportView() {
  const app = useAppState();
  const appDispatch = useDispatch();
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const [dragging, setDragging] = useState(false);
  const importing = state.stage === 'importing';

  // Files dropped on the window or opened from the OS arrive through the store.
  const queued = app.importQueue;
  useEffect(() => {
    if (queued.length === 0) return;
    appDispatch({ type: 'import/taken' });
    void preview(queued, dispatch);
  }, [queued, appDispatch]);

  useEffect(() => {
    if (!importing) return undefined;
    return on('import.progress', (progress) => dispatch({ type: 'progress', progress }));
  }, [importing]);

  const choose = async () => {
    const r = await call('dialog.openFiles', { purpose: 'chronologies' });
    if (!r.ok) dispatch({ type: 'problem', message: r.error.message });
    else await preview(r.value, dispatch);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    const paths = files.map((f) => pathForFile(f)).filter((p): p is string => p !== null);
    if (files.length > 0 && paths.length === 0) {
      dispatch({ type: 'problem', message: 'Threadline could not tell where the dropped files are. Use “Choose files…” instead.' });
      return;
    }
    void preview(paths, dispatch);
  };

  const run = async () => {
    const files = runRequest(state.files);
    if (files.length === 0) return;
    dispatch({ type: 'importing' });
    const r = await call('import.run', { files });
    if (!r.ok) {
      dispatch({ type: 'problem', message: `The import stopped: ${r.error.message} Anything already imported has been kept.` });
      await loadCase(appDispatch);
      return;
    }
    dispatch({ type: 'done', outcomes: r.value });
    await loadCase(appDispatch);
  };

  const cancel = async () => {
    dispatch({ type: 'cancelling' });
    await call('import.cancel', {});
  };

  const toImport = runRequest(state.files);
  const entries = state.files.reduce((n, f) => n + (f.include && f.preview.ok ? f.preview.entries : 0), 0);

  return (
    <div className="import">
      <div
        className={`dropzone${dragging ? ' dropzone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h2>Import chronologies</h2>
        <p>Add the files the agencies sent: Word tables, Excel workbooks, CSV files, text or PDF. Drop them here, or choose them. Nothing is stored until you press Import.</p>
        <button type="button" className="button button--primary" onClick={() => void choose()} disabled={importing || state.stage === 'previewing'}>
          Choose files…
        </button>
      </div>

      {state.problem ? (
        <div className="notice notice--problem" role="alert">
          <p>{state.problem}</p>
        </div>
      ) : null}
      {state.stage === 'previewing' ? (
        <p role="status" className="muted">
          Reading the files…
        </p>
      ) : null}

      {state.outcomes ? <Outcomes outcomes={state.outcomes} onReset={() => dispatch({ type: 'reset' })} /> : null}

      {state.files.length > 0 && state.stage !== 'done' ? (
        <>
          <div className="import__files">
            {state.files.map((f, i) => (
              <FileCard key={f.preview.path} choice={f} index={i} dispatch={dispatch} disabled={importing} />
            ))}
          </div>
          <div className="import__bar">
            {importing ? (
              <>
                <ImportProgress p={state.progress} />
                <button type="button" className="button" onClick={() => void cancel()} disabled={state.cancelling}>
                  {state.cancelling ? 'Stopping…' : 'Cancel'}
                </button>
              </>
            ) : (
              <>
                <span>
                  {toImport.length} of {plural(state.files.length, 'file', 'files')} ticked,{' '}
                  {plural(entries, 'entry', 'entries')}.
                </span>
                <button type="button" className="button button--primary" onClick={() => void run()} disabled={toImport.length === 0}>
                  Import {toImport.length === 1 ? 'the file' : `${toImport.length} files`}
                </button>
                <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'reset' })}>
                  Start again
                </button>
              </>
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}

function ImportProgress({ p }: { p: ImportState['progress'] }) {
  const label = p ? `${p.phase === 'reading' ? 'Reading' : p.phase === 'storing' ? 'Storing' : p.phase === 'failed' ? 'Could not import' : 'Imported'} ${p.file} (${p.index + 1} of ${p.total})` : 'Starting…';
  return (
    <span className="progress" role="status">
      <progress max={p?.total ?? 1} value={p ? p.index + (p.phase === 'done' || p.phase === 'failed' ? 1 : 0.5) : 0} aria-label="Import progress" />
      <span>{label}</span>
    </span>
  );
}

function Outcomes({ outcomes, onReset }: { outcomes: readonly ImportOutcome[]; onReset: () => void }) {
const appDispatch = useDispatch();
  const ok = outcomes.filter((o) => o.ok);
  const failed = outcomes.filter((o) => !o.ok);
  const total = ok.reduce((n, o) => n + (o.ok ? o.entries : 0), 0);
  return (
    <section className="outcomes" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">
        {failed.length === 0
          ? `Imported ${plural(total, 'entry', 'entries')} from ${plural(ok.length, 'file', 'files')}`
          : `Imported ${ok.length} of ${plural(outcomes.length, 'file', 'files')}`}
      </h2>
      <ul className="outcomes__list">
        {outcomes.map((o) =>
          o.ok ? (
            <li key={o.file}>
              <strong>{o.file}</strong>: {plural(o.entries, 'entry', 'entries')}
              {o.agency !== 'mixed' ? ` from ${agencyInfo(o.agency).label}` : ''}
              {o.replaced ? ', replacing the earlier version' : ''}.
              {o.issues.length
                ? ` ${plural(o.issues.length, 'thing', 'things')} to check (see the file’s warnings).`
                : ''}
            </li>
          ) : (
            <li key={o.file} className="outcomes__failed">
              <strong>{o.file}</strong> was not imported{o.error.row !== undefined ? ` (row ${o.error.row})` : ''}: {o.error.message} The other files are not affected; fix this one
              and import it again.
            </li>
          ),
        )}
      </ul>
      <div className="import__bar">
        <button type="button" className="button button--primary" onClick={() => appDispatch({ type: 'view', view: 'chronology' })}>
          Go to the chronology
        </button>
        <button type="button" className="button" onClick={onReset}>
          Import more files
        </button>
      </div>
    </section>
  );
}
