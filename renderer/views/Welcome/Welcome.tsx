/** No case open: say what Threadline does in two sentences, and offer the three ways in. */
import { useState } from 'react';

import { plural } from '../../../shared/text/plural.ts';
import { openSampleCase } from '../../sample.ts';
import { newCase, openCase, loadCase } from '../../state/commands.ts';
import { useAppState, useDispatch } from '../../state/store.tsx';

export function Welcome() {
  const dispatch = useDispatch();
  const { importQueue } = useAppState();
  const [busy, setBusy] = useState(false);

  const sample = async () => {
    setBusy(true);
    // The new case opens (and this screen gives way to it) before its files are in: say what is happening meanwhile.
    const r = await openSampleCase((files) => {
      const message = `Importing the sample case’s ${plural(files, 'file', 'files')}. This takes a few seconds…`;
      dispatch({ type: 'notice', notice: { tone: 'info', message } });
    });
    setBusy(false);
    if (!r.ok) return void dispatch({ type: 'notice', notice: { tone: 'problem', message: r.error.message } });
    if (r.value === null) return; // the save dialog was cancelled: nothing changed
    const failed = r.value.filter((o) => !o.ok);
    dispatch({
      type: 'notice',
      notice: failed.length ? { tone: 'problem', message: `${failed.length} of the sample case’s files could not be imported: ${failed.map((o) => (o.ok ? '' : `${o.file} (${o.error.message})`)).join('; ')}` } : null,
    });
    await loadCase(dispatch);
    dispatch({ type: 'view', view: 'chronology' });
  };

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Bring the agencies’ chronologies together</h1>
      <p className="welcome__lead">
        Threadline reads the chronologies each agency sends to a review and merges them into one, with every row traced back to the file it came from.
        It then shows who was in contact with whom, and where information was not passed on.
      </p>
      {importQueue.length > 0 ? (
        <p className="welcome__queued" role="status">
          {importQueue.length === 1 ? 'One file is' : `${importQueue.length} files are`} waiting to be imported. Start a new case or open one to import{' '}
          {importQueue.length === 1 ? 'it' : 'them'}.
        </p>
      ) : null}
      <div className="welcome__actions">
        <button type="button" className="button button--primary" onClick={() => void sample()} disabled={busy}>
          {busy ? 'Opening the sample case…' : 'Open the sample case'}
        </button>
        <button type="button" className="button" onClick={() => void newCase(dispatch)}>
          New case…
        </button>
        <button type="button" className="button" onClick={() => void openCase(dispatch)}>
          Open case…
        </button>
      </div>
      <p className="welcome__note">
        The sample case is invented: no real child, family or worker is in it. Threadline asks where to keep your copy, so what you try on it is saved.
      </p>
    </section>
  );
}
