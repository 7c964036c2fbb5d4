/** No case open: say what Threadline does in two sentences, and offer the three ways in. */
import { useState } from 'react';

import { openSampleCase } from '../../sample.ts';
import { newCase, openCase, loadCase } from '../../state/commands.ts';
import { useAppState, useDispatch } from '../../state/store.tsx';

export function Welcome() {
  const dispatch = useDispatch();
  const { importQueue } = useAppState();
  const [busy, setBusy] = useState(false);

  const sample = async () => {
    setBusy(true);
    const r = await openSampleCase();
    setBusy(false);
    if (!r.ok) dispatch({ type: 'notice', notice: { tone: 'info', message: r.error.message } });
    else await loadCase(dispatch);
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
      <p className="welcome__note">The sample case is invented: no real child, family or worker is in it.</p>
    </section>
  );
}
