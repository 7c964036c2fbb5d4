/**
 * The selected entry in full: its text, date (and how it was written), who
 * recorded it, its contacts and concerns, and where it came from — the file,
 * sheet, table or page and row, and the raw cells exactly as read ("open the
 * source row"). Editing happens in place, through the corrections adapter.
 */
import { useEffect, useId, useState } from 'react';

import type { CorrectionView, EntryDetail, Result } from '../../../shared/api.ts';
import type { AnalysisEntry } from '../../../shared/analysis.ts';
import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import { formatIsoUk } from '../../../shared/dates/index.ts';
import type { Location } from '../../../shared/model.ts';
import { call } from '../../bridge.ts';
import { corrections } from '../../corrections.ts';
import { AgencyLabel } from '../../components/AgencyMark.tsx';
import { ConcernChip, ContactChip } from '../../components/Chips.tsx';
import { DateText, describeDate } from '../../components/DateText.tsx';
import { Highlighted } from '../../components/Highlighted.tsx';
import { useAppState, useCaseData, useDispatch } from '../../state/store.tsx';
import { highlightParts } from '../../text.ts';
import { EntryEditor } from './EntryEditor.tsx';

/** "Sheet Chronology, row 14" — where to find the entry in the file the agency sent. */
export function describeLocation(l: Location): string {
  const parts: string[] = [];
  if (l.sheet) parts.push(l.table ? l.sheet : `sheet “${l.sheet}”`);
  else if (l.table) parts.push(`table ${l.table}`);
  if (l.page) parts.push(`page ${l.page}`);
  if (l.row) parts.push(l.rowEnd && l.rowEnd !== l.row ? `rows ${l.row}–${l.rowEnd}` : `row ${l.row}`);
  if (l.paragraph) parts.push(l.label ? `paragraph ${l.label}` : `paragraph ${l.paragraph}`);
  return parts.length ? parts.join(', ') : 'position not recorded';
}

function useEntryDetail(ref: string): Result<EntryDetail> | null {
  const [loaded, setLoaded] = useState<{ ref: string; result: Result<EntryDetail> } | null>(null);
  useEffect(() => {
    let live = true;
    void call('entries.get', { ref }).then((result) => {
      if (live) setLoaded({ ref, result });
    });
    return () => {
      live = false;
    };
  }, [ref]);
  return loaded?.ref === ref ? loaded.result : null;
}

/** The corrections made by hand on this entry (none shown where the core cannot list them). */
function useCorrections(ref: string, entry: unknown): CorrectionView[] {
  const [loaded, setLoaded] = useState<{ ref: string; list: CorrectionView[] } | null>(null);
  useEffect(() => {
    let live = true;
    void corrections.list(ref).then((list) => {
      if (live) setLoaded({ ref, list });
    });
    return () => {
      live = false;
    };
    // `entry` changes when a correction is saved: list again.
  }, [ref, entry]);
  return loaded?.ref === ref ? loaded.list : [];
}

const CORRECTION_WORDS: Record<string, string> = { contact: 'contacts', concern: 'concerns', duplicate: 'same-event link', entry: 'entry' };

function CorrectionList({ list }: { list: CorrectionView[] }) {
  if (list.length === 0) return null;
  return (
    <>
      <h3>Changed by hand</h3>
      <ul className="plain-list">
        {list.map((c) => (
          <li key={c.id}>
            <span>
              {CORRECTION_WORDS[c.kind] ?? c.kind} ({c.op}){c.author ? ` by ${c.author}` : ''}, {formatIsoUk(c.createdAt.slice(0, 10))}
              {c.orphaned ? ' — the entry has changed since' : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function SourceRow({ detail }: { detail: EntryDetail }) {
  const cells = Object.entries(detail.entry.cells);
  return (
    <table className="source-cells">
      <caption>
        {detail.source.fileName}, {describeLocation(detail.entry.location)}
      </caption>
      <tbody>
        {cells.map(([heading, value]) => (
          <tr key={heading}>
            <th scope="row">{heading}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Contacts({ entry }: { entry: AnalysisEntry }) {
  const negated = entry.negatedContacts ?? [];
  if (entry.contacts.length === 0 && negated.length === 0) return <p className="muted">No contacts with other agencies found in this entry.</p>;
  return (
    <ul className="plain-list">
      {entry.contacts.map((c, i) => (
        <li key={`c${i}`}>
          <ContactChip contact={c} />
          {c.span ? <span className="quote">“{c.span}”</span> : null}
          {c.origin === 'author' ? <span className="quote">added or corrected by hand</span> : null}
        </li>
      ))}
      {negated.map((c, i) => (
        <li key={`n${i}`}>
          <ContactChip contact={c} negated />
          {c.span ? <span className="quote">“{c.span}”</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function EntryDetailPanel({ entryRef }: { entryRef: string }) {
  const data = useCaseData();
  const { search, view } = useAppState();
  const dispatch = useDispatch();
  const detail = useEntryDetail(entryRef);
  const [showSource, setShowSource] = useState(false);
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const index = data?.indexByRef.get(entryRef);
  const entry = index === undefined ? undefined : data?.entries[index];
  const history = useCorrections(entryRef, entry);
  const close = () => dispatch({ type: 'select/entry', ref: null });

  return (
    <aside
      className="detail"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !editing) close();
      }}
    >
      <div className="detail__head">
        <h2 id={headingId}>{entry ? <DateText date={entry.date} /> : entryRef}</h2>
        <button type="button" className="button button--quiet" onClick={close} aria-label="Close the entry">
          Close
        </button>
      </div>
      {!entry ? (
        <p className="muted">This entry is no longer in the case.</p>
      ) : editing ? (
        <EntryEditor entry={entry} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p className="detail__agency">
            <AgencyLabel agency={entry.agency} />
            {entry.time ? <span className="muted"> at {entry.time}</span> : null}
          </p>
          {entry.employer ? (
            <p className="detail__note">
              Written by staff employed by {agencyInfo(entry.employer).label}, working for {agencyInfo(entry.agency).label}.
            </p>
          ) : null}
          <p className="detail__date-note">{describeDate(entry.date)}</p>
          <p className="detail__text">
            <Highlighted parts={highlightParts(entry.text, search.q)} />
          </p>
          <h3>Contacts</h3>
          <Contacts entry={entry} />
          <h3>Concerns</h3>
          {entry.concerns.length ? (
            <p>
              {entry.concerns.map((c) => (
                <ConcernChip key={c} concern={c} />
              ))}
            </p>
          ) : (
            <p className="muted">None found in this entry.</p>
          )}
          {entry.duplicateOf ? (
            <p className="detail__note">
              The same event is recorded in{' '}
              <button type="button" className="link" onClick={() => dispatch({ type: 'select/entry', ref: entry.duplicateOf ?? null })}>
                {entry.duplicateOf}
              </button>
              .
            </p>
          ) : null}
          <CorrectionList list={history} />
          <h3>Where it came from</h3>
          <p>
            <span className="ref">{entry.ref}</span> — {entry.source.file}, {describeLocation(entry.source.location)}
          </p>
          {detail === null ? (
            <p className="muted" role="status">
              Reading the source row…
            </p>
          ) : !detail.ok ? (
            <p className="muted">The source row could not be read: {detail.error.message}</p>
          ) : (
            <>
              <button type="button" className="button" aria-expanded={showSource} onClick={() => setShowSource((s) => !s)}>
                {showSource ? 'Hide the source row' : 'Open the source row'}
              </button>
              {showSource ? <SourceRow detail={detail.value} /> : null}
            </>
          )}
          <div className="detail__actions">
            {view !== 'chronology' ? (
              <button type="button" className="button" onClick={() => dispatch({ type: 'view', view: 'chronology' })}>
                Show in the chronology
              </button>
            ) : null}
            {view !== 'timeline' && entry.date.earliest ? (
              <button type="button" className="button" onClick={() => dispatch({ type: 'view', view: 'timeline' })}>
                Show on the timeline
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit entry
            </button>
          </div>
        </>
      )}
    </aside>
  );
}
