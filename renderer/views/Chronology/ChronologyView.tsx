/** The merged chronology: filters above, the virtualised grid below, a count that says how much is shown. */
import { useCallback, useMemo } from 'react';

import { plural } from '../../../shared/text/plural.ts';
import { useAppState, useCaseData, useDispatch, useFiltered } from '../../state/store.tsx';
import { ChronologyTable } from './ChronologyTable.tsx';
import { FilterBar } from './FilterBar.tsx';

export function ChronologyView() {
  const data = useCaseData();
  const indices = useFiltered();
  const { selection, search } = useAppState();
  const dispatch = useDispatch();
  const onSelect = useCallback((ref: string) => dispatch({ type: 'select/entry', ref }), [dispatch]);
  const hits = search.hits;
  const snippets = useMemo(() => (hits ? new Map(hits.map((h) => [h.ref, h.snippet])) : null), [hits]);
  if (!data) return null;
  const total = data.entries.length;
  const hidden = selection.ref !== null && !indices.some((i) => data.entries[i]?.ref === selection.ref);

  return (
    <div className="chronology">
      <FilterBar />
      <div className="view-status">
        <span data-testid="entry-count" aria-live="polite">
          {indices.length === total
            ? plural(total, 'entry', 'entries')
            : `${indices.length.toLocaleString('en-GB')} of ${plural(total, 'entry', 'entries')}`}
        </span>
        {search.q && search.hits === null ? <span> · Searching…</span> : null}
        {search.limited ? <span> · Showing the first {search.hits?.length.toLocaleString('en-GB')} matches; add words to narrow the search.</span> : null}
        {hidden ? (
          <span>
            {' '}
            · The selected entry is hidden by the filters.{' '}
            <button type="button" className="link" onClick={() => dispatch({ type: 'filters/clear' })}>
              Clear filters
            </button>
          </span>
        ) : null}
      </div>
      {total === 0 ? (
        <div className="empty">
          <p>This case has no entries yet.</p>
          <button type="button" className="button button--primary" onClick={() => dispatch({ type: 'view', view: 'import' })}>
            Import chronologies
          </button>
        </div>
      ) : indices.length === 0 ? (
        <div className="empty">
          <p>No entries match these filters.</p>
          <button type="button" className="button" onClick={() => dispatch({ type: 'filters/clear' })}>
            Clear filters
          </button>
        </div>
      ) : (
        <ChronologyTable entries={data.entries} indices={indices} selectedRef={selection.ref} onSelect={onSelect} snippets={snippets} query={search.q} compact={selection.ref !== null} />
      )}
    </div>
  );
}
