/**
 * The window: a header with the case, the views as tabs, the active view,
 * and the entry detail panel beside it whenever an entry is selected.
 * Selection, time range and filters live in the store, so the views stay
 * linked as the user moves between them.
 */
import { useCallback, useRef, type KeyboardEvent } from 'react';

import { plural } from '../shared/text/plural.ts';
import { NoticeBar } from './components/NoticeBar.tsx';
import { newCase, openCase } from './state/commands.ts';
import { VIEWS, type ViewId } from './state/reducer.ts';
import { caseDisplayName, StoreProvider, useAppState, useDispatch } from './state/store.tsx';
import { ChronologyView } from './views/Chronology/ChronologyView.tsx';
import { EntryDetailPanel } from './views/Detail/EntryDetailPanel.tsx';
import { FindingsView } from './views/Findings/FindingsView.tsx';
import { GapGraphView } from './views/GapGraph/GapGraphView.tsx';
import { ImportView } from './views/Import/ImportView.tsx';
import { KnowledgeView } from './views/Knowledge/KnowledgeView.tsx';
import { TimelineView } from './views/Timeline/TimelineView.tsx';
import { Welcome } from './views/Welcome/Welcome.tsx';

export function App() {
  return (
    <StoreProvider>
      <Shell />
    </StoreProvider>
  );
}

function ActiveView({ view }: { view: ViewId }) {
  switch (view) {
    case 'import':
      return <ImportView />;
    case 'chronology':
      return <ChronologyView />;
    case 'timeline':
      return <TimelineView />;
    case 'graph':
      return <GapGraphView />;
    case 'findings':
      return <FindingsView />;
    case 'knowledge':
      return <KnowledgeView />;
  }
}

function Shell() {
  const state = useAppState();
  const dispatch = useDispatch();
  const dismiss = useCallback(() => dispatch({ type: 'notice', notice: null }), [dispatch]);
  const title = caseDisplayName(state.summary);

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-header__name">Threadline</span>
        {title ? (
          <span className="app-header__case">
            <span className="visually-hidden">Case: </span>
            {title}
          </span>
        ) : null}
        {state.summary ? (
          <span className="app-header__meta">
            {plural(state.summary.entryCount, 'entry', 'entries')} from{' '}
            {plural(state.summary.sources.length, 'file', 'files')}
          </span>
        ) : null}
        {state.extracting ? (
          <span className="app-header__meta" role="status">
            Finding contacts and concerns: {state.extracting.done.toLocaleString('en-GB')} of {state.extracting.total.toLocaleString('en-GB')} entries
          </span>
        ) : null}
        <span className="app-header__actions">
          <button type="button" className="button button--quiet" onClick={() => void newCase(dispatch)}>
            New case…
          </button>
          <button type="button" className="button button--quiet" onClick={() => void openCase(dispatch)}>
            Open case…
          </button>
        </span>
      </header>
      {state.notice ? <NoticeBar notice={state.notice} onDismiss={dismiss} /> : null}
      {state.phase === 'no-case' ? (
        <Welcome />
      ) : state.phase !== 'ready' ? (
        <p className="loading" role="status">
          Opening the case…
        </p>
      ) : (
        <>
          <ViewTabs current={state.view} />
          <div className="workspace">
            <main className="view" id={`panel-${state.view}`} role="tabpanel" aria-labelledby={`tab-${state.view}`}>
              <ActiveView view={state.view} />
            </main>
            {state.selection.ref ? <EntryDetailPanel entryRef={state.selection.ref} /> : null}
          </div>
        </>
      )}
    </div>
  );
}

/** Tabs with the usual keys: left and right move between them (roving tab stop), Home and End jump. */
function ViewTabs({ current }: { current: ViewId }) {
  const dispatch = useDispatch();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = VIEWS.findIndex((v) => v.id === current);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const view = VIEWS[(next + VIEWS.length) % VIEWS.length]!;
    dispatch({ type: 'view', view: view.id });
    list.current?.querySelector<HTMLButtonElement>(`#tab-${view.id}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="Views" ref={list} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          id={`tab-${v.id}`}
          type="button"
          role="tab"
          className="tab"
          aria-selected={v.id === current}
          aria-controls={`panel-${v.id}`}
          tabIndex={v.id === current ? 0 : -1}
          onClick={() => dispatch({ type: 'view', view: v.id })}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
