/**
 * The chronology's filters: agency, concern, contact, cited by a finding,
 * dates (typed the way practitioners write them, read by the shared date
 * parser) and full-text search. Every control has a visible label.
 */
import { memo, useId, useState } from 'react';

import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import { formatIsoUk, parseFuzzyDate } from '../../../shared/dates/index.ts';
import type { Concern } from '../../../shared/model.ts';
import { CONCERN_ORDER, concernLabel } from '../../../shared/concerns.ts';
import { isFiltering } from '../../../shared/views/filter.ts';
import type { Filters } from '../../state/reducer.ts';
import { useAppState, useCaseData, useDispatch } from '../../state/store.tsx';

/** "March 2023" → its first day (for From) or last day (for To); null if it is not a date. */
function readDay(text: string, end: 'earliest' | 'latest'): string | null {
  if (text.trim() === '') return null;
  const d = parseFuzzyDate(text.trim());
  return d?.[end] ?? null;
}

function DateField({ label, value, end, onChange }: { label: string; value: string | null; end: 'earliest' | 'latest'; onChange: (iso: string | null) => void }) {
  const id = useId();
  const [text, setText] = useState(value ? formatIsoUk(value) : '');
  const [problem, setProblem] = useState<string | null>(null);
  // Follow the filter when it changes elsewhere (cleared, or set from the timeline).
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value ? formatIsoUk(value) : '');
    setProblem(null);
  }
  const commit = () => {
    if (text.trim() === '') {
      setProblem(null);
      onChange(null);
      return;
    }
    const iso = readDay(text, end);
    if (iso === null) setProblem('Type a date such as 14/03/2023 or March 2023.');
    else {
      setProblem(null);
      setText(formatIsoUk(iso));
      onChange(iso);
    }
  };
  return (
    <div className="field field--date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="text"
        placeholder={end === 'earliest' ? 'e.g. 1/3/2023' : 'e.g. June 2023'}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {problem ? (
        <span id={`${id}-problem`} className="field__problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

export const FilterBar = memo(function FilterBar() {
  const data = useCaseData();
  const { filters, search } = useAppState();
  const dispatch = useDispatch();
  const ids = { agency: useId(), concern: useId(), contact: useId(), search: useId(), gap: useId() };
  const set = (f: Partial<Filters>) => dispatch({ type: 'filters/set', filters: f });
  if (!data) return null;
  const concernsPresent = new Set(data.entries.flatMap((e) => e.concerns));
  const concerns = CONCERN_ORDER.filter((c) => concernsPresent.has(c));
  const withEntries = data.agencies.filter((a) => a.entries > 0);
  const active = isFiltering({ ...filters, refs: search.q ? new Set() : null });

  return (
    <form className="filter-bar" role="search" aria-label="Filter the chronology" onSubmit={(e) => e.preventDefault()}>
      <div className="field field--search">
        <label htmlFor={ids.search}>Search the text</label>
        <input
          id={ids.search}
          type="search"
          placeholder="Words or phrases"
          value={search.q}
          onChange={(e) => dispatch({ type: 'search/query', q: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.agency}>Agency</label>
        <select id={ids.agency} value={filters.agencies[0] ?? ''} onChange={(e) => set({ agencies: e.target.value ? [e.target.value] : [] })}>
          <option value="">All agencies</option>
          {withEntries.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label} ({a.entries})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.concern}>Concern</label>
        <select id={ids.concern} value={filters.concerns[0] ?? ''} onChange={(e) => set({ concerns: e.target.value ? [e.target.value as Concern] : [] })} disabled={concerns.length === 0}>
          <option value="">{concerns.length ? 'Any concern' : 'None found yet'}</option>
          {concerns.map((c) => (
            <option key={c} value={c}>
              {concernLabel(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.contact}>Contacts</label>
        <select id={ids.contact} value={filters.contact ?? ''} onChange={(e) => set({ contact: e.target.value || null })}>
          <option value="">With or without</option>
          <option value="any">Has a contact</option>
          {data.agencies.map((a) => (
            <option key={a.id} value={a.id}>
              Contact with {agencyInfo(a.id).label}
            </option>
          ))}
        </select>
      </div>
      <DateField label="From" value={filters.from} end="earliest" onChange={(from) => set({ from })} />
      <DateField label="To" value={filters.to} end="latest" onChange={(to) => set({ to })} />
      <div className="field field--check">
        <input id={ids.gap} type="checkbox" checked={filters.inGap} onChange={(e) => set({ inGap: e.target.checked })} />
        <label htmlFor={ids.gap}>Cited by a finding</label>
      </div>
      {active ? (
        <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'filters/clear' })}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
});
