/**
 * Who knew what, when: agencies down the side, concerns across the top, and
 * in each cell the first date that agency knew (from its own records, from
 * being told, or from a meeting it attended). An empty cell means its
 * records never show it. Each date opens the entry that shows it.
 *
 * Keyboard: the matrix is one tab stop (a roving tabindex); arrows move
 * between cells, Enter opens the entry.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';

import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import { formatFuzzyDate } from '../../../shared/dates/index.ts';
import { concernLabel } from '../../../shared/concerns.ts';
import { knowledgeMatrix, type KnowledgeCell } from '../../../shared/views/knowledge.ts';
import { AgencyLabel } from '../../components/AgencyMark.tsx';
import { UntilSlider, useUntil } from '../../components/UntilSlider.tsx';
import { useAppState, useCaseData, useDispatch } from '../../state/store.tsx';

function viaText(c: KnowledgeCell): string {
  if (c.via === 'told') return c.source ? `told by ${agencyInfo(c.source).short}` : 'told';
  if (c.via === 'meeting') return c.source ? `at ${agencyInfo(c.source).short}’s meeting` : 'at a meeting';
  return 'own record';
}

export function KnowledgeView() {
  const data = useCaseData();
  const { selection } = useAppState();
  const dispatch = useDispatch();
  const tableRef = useRef<HTMLTableElement>(null);
  const [cursor, setCursor] = useState<[number, number]>([0, 0]);
  const analysis = data?.analysis ?? null;
  const untilChoice = useUntil(analysis);
  const { until } = untilChoice;
  const matrix = useMemo(() => (data ? knowledgeMatrix(data.entries, until) : null), [data, until]);
  if (!data || !matrix) return null;

  const rows = matrix.agencies;
  const cols = matrix.concerns;
  const focusCell = (r: number, c: number) => {
    const rr = Math.min(Math.max(r, 0), rows.length - 1);
    const cc = Math.min(Math.max(c, 0), cols.length - 1);
    setCursor([rr, cc]);
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${rr}-${cc}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const [r, c] = cursor;
    const moves: Record<string, [number, number]> = { ArrowUp: [r - 1, c], ArrowDown: [r + 1, c], ArrowLeft: [r, c - 1], ArrowRight: [r, c + 1], Home: [r, 0], End: [r, cols.length - 1] };
    const to = moves[e.key];
    if (to) {
      e.preventDefault();
      focusCell(to[0], to[1]);
    }
  };

  if (cols.length === 0) {
    return (
      <div className="empty">
        <h2>No concerns found yet</h2>
        <p>
          This view shows, for each agency, the first date its records show it knew of each concern (domestic abuse, a parent’s mental health, drugs or alcohol, and so on).
          No concerns have been found in this case’s entries yet.
        </p>
      </div>
    );
  }

  return (
    <div className="knowledge">
      <div className="graph-controls">
        <UntilSlider label="What was known by" choice={untilChoice} />
      </div>
      <p className="muted knowledge__note">
        Each date is the first time the agency’s own records show it knew: what it saw, what it was told, or what was said at a meeting it attended. A referral another
        agency says it sent does not count until the receiver records it. An empty cell means its records never show it.
      </p>
      <div className="knowledge__scroll">
        <table className="matrix" ref={tableRef} onKeyDown={onKeyDown} aria-label="Who knew what, when">
          <thead>
            <tr>
              <th scope="col">Agency</th>
              {cols.map((c) => (
                <th key={c} scope="col">
                  {concernLabel(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((agency, r) => (
              <tr key={agency}>
                <th scope="row">
                  <AgencyLabel agency={agency} />
                </th>
                {cols.map((concern, c) => {
                  const cell = matrix.cells.get(agency)?.get(concern);
                  const tabbable = cursor[0] === r && cursor[1] === c;
                  const entry = cell ? data.entries[cell.entry] : undefined;
                  const label = cell && entry ? `${agencyInfo(agency).label} knew of ${concernLabel(concern).toLowerCase()} from ${formatFuzzyDate(entry.date)}, ${viaText(cell)}` : `${agencyInfo(agency).label}: no record of ${concernLabel(concern).toLowerCase()}`;
                  return (
                    <td key={concern} className={cell ? 'matrix__known' : 'matrix__never'}>
                      <button
                        type="button"
                        className={`matrix__cell${cell && selection.ref === cell.ref ? ' matrix__cell--selected' : ''}`}
                        data-cell={`${r}-${c}`}
                        tabIndex={tabbable ? 0 : -1}
                        aria-label={label}
                        onFocus={() => setCursor([r, c])}
                        onClick={() => {
                          if (cell) dispatch({ type: 'select/entry', ref: cell.ref });
                        }}
                      >
                        {cell && entry ? (
                          <>
                            <span className="matrix__date">{formatFuzzyDate(entry.date)}</span>
                            <span className="matrix__via">{viaText(cell)}</span>
                          </>
                        ) : (
                          <span aria-hidden="true">—</span>
                        )}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
