/**
 * The store: React context around the reducer, plus what is derived from it
 * once (the case data, the filtered entries). Views read it through the
 * hooks below; only this file talks to the bridge's events.
 */
import { createContext, use, useEffect, useMemo, useReducer, useRef, type Dispatch, type ReactNode } from 'react';

import type { CaseSummary } from '../../shared/api.ts';
import { filterEntries } from '../../shared/views/filter.ts';
import { on, ready } from '../bridge.ts';
import { deriveCaseData, type CaseData } from './caseData.ts';
import { exportAnalysis, loadCase, newCase, openCase, runSearch } from './commands.ts';
import { initialState, isViewId, reducer, type Action, type AppState } from './reducer.ts';

const StateContext = createContext<AppState>(initialState);
const DispatchContext = createContext<Dispatch<Action>>(() => undefined);
const CaseDataContext = createContext<CaseData | null>(null);
/** Indices into the entries that pass the filters and search, in chronology order. */
const FilteredContext = createContext<readonly number[]>([]);

const SEARCH_DELAY_MS = 200;

export function StoreProvider({ children, initial = initialState }: { children: ReactNode; initial?: AppState }) {
  const [state, dispatch] = useReducer(reducer, initial);
  // The menu listener is set up once; it reads the case's name when the command comes.
  const caseName = useRef<string | null>(null);
  const summary = state.summary;
  useEffect(() => {
    caseName.current = caseDisplayName(summary);
  }, [summary]);

  // Events first, then "ready", so nothing the shell queued is missed (Fiddle).
  useEffect(() => {
    const offs = [
      on('case.changed', () => void loadCase(dispatch)),
      on('files.opened', ({ paths }) => dispatch({ type: 'import/queue', paths })),
      on('extract.progress', ({ done, total }) => dispatch({ type: 'extract/progress', done, total })),
      on('menu', ({ command, view }) => {
        if (command === 'new-case') void newCase(dispatch);
        else if (command === 'open-case') void openCase(dispatch);
        else if (command === 'import') dispatch({ type: 'view', view: 'import' });
        else if (command === 'export-json') void exportAnalysis(dispatch, caseName.current);
        else if (command === 'find') {
          dispatch({ type: 'view', view: 'chronology' });
          // After the chronology has rendered: put the cursor in its search box.
          requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.filter-bar input[type="search"]')?.focus());
        }
        else if (command === 'view' && isViewId(view)) dispatch({ type: 'view', view });
      }),
    ];
    ready();
    void loadCase(dispatch);
    return () => offs.forEach((off) => off());
  }, []);

  const q = state.search.q;
  useEffect(() => {
    if (q.trim() === '') return undefined;
    const t = setTimeout(() => void runSearch(dispatch, q), SEARCH_DELAY_MS);
    return () => clearTimeout(t);
  }, [q]);

  const caseData = useMemo(() => (state.analysis ? deriveCaseData(state.analysis) : null), [state.analysis]);
  const hits = state.search.hits;
  const hitRefs = useMemo(() => (hits ? new Set(hits.map((h) => h.ref)) : null), [hits]);
  const filters = state.filters;
  const filtered = useMemo(
    () => (caseData ? filterEntries(caseData.entries, { ...filters, refs: hitRefs }, caseData.evidence) : []),
    [caseData, filters, hitRefs],
  );

  return (
    <DispatchContext value={dispatch}>
      <StateContext value={state}>
        <CaseDataContext value={caseData}>
          <FilteredContext value={filtered}>{children}</FilteredContext>
        </CaseDataContext>
      </StateContext>
    </DispatchContext>
  );
}

export function useAppState(): AppState {
  return use(StateContext);
}

export function useDispatch(): Dispatch<Action> {
  return use(DispatchContext);
}

export function useCaseData(): CaseData | null {
  return use(CaseDataContext);
}

export function useFiltered(): readonly number[] {
  return use(FilteredContext);
}

/** The case's name as the header shows it: its title, else its file name without the extension. */
export function caseDisplayName(summary: CaseSummary | null): string | null {
  return summary?.title || summary?.file.replace(/\.threadline$/, '') || null;
}
