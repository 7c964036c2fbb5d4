/**
 * Findings: every place the records show information was not passed on, in
 * plain words, with the entries each rests on. The author accepts, rejects
 * or edits each one with a reason; rejected findings wait, with their
 * reasons, under "Rejected". Filters by kind of gap and by decision. The
 * rules the findings come from open beside the list, and the patterns across
 * the case sit above it.
 */
import { useCallback, useRef, useState } from 'react';

import type { AnalysisGap } from '../../../shared/analysis.ts';
import type { RulesView } from '../../../shared/api.ts';
import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import type { GapCode } from '../../../shared/model.ts';
import { plural } from '../../../shared/text/plural.ts';
import { GAP_CODES, gapTitle } from '../../../shared/views/labels.ts';
import type { GapDecisionKind } from '../../../shared/vocabulary.ts';
import { exportAnalysis, loadCase } from '../../state/commands.ts';
import { caseDisplayName, useAppState, useCaseData, useDispatch } from '../../state/store.tsx';
import { FindingCard } from './FindingCard.tsx';
import { PatternsSection } from './PatternsSection.tsx';
import { RulesPanel } from './RulesPanel.tsx';

export type DecisionFilter = 'all' | 'open' | GapDecisionKind;

const DECISION_FILTERS: ReadonlyArray<{ id: DecisionFilter; label: string }> = [
  { id: 'all', label: 'All' },
  { id: 'open', label: 'Not decided yet' },
  { id: 'accepted', label: 'Accepted' },
  { id: 'edited', label: 'Edited' },
  { id: 'rejected', label: 'Rejected' },
];

function decisionOf(g: AnalysisGap): DecisionFilter {
  return g.decision?.decision ?? 'open';
}

export function FindingsView() {
  const data = useCaseData();
  const { selection, summary } = useAppState();
  const dispatch = useDispatch();
  const [code, setCode] = useState<GapCode | null>(null);
  const [decided, setDecided] = useState<DecisionFilter>('all');
  const [rulesOpen, setRulesOpen] = useState(false);
  const [rejectedOpen, setRejectedOpen] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const announceRef = useRef<HTMLParagraphElement>(null);
  const rulesButton = useRef<HTMLButtonElement>(null);

  const gaps = data?.analysis.gaps ?? [];
  const rejected = data?.analysis.rejectedGaps ?? [];
  const selectedGap = selection.gap;

  // A finding chosen elsewhere (the timeline, the graph) is always shown, whatever the filters:
  // checked when the selection changes (during render, React's pattern for state that follows a prop).
  const [seenGap, setSeenGap] = useState(selectedGap);
  if (seenGap !== selectedGap) {
    setSeenGap(selectedGap);
    const g = selectedGap === null ? undefined : gaps[selectedGap];
    if (g && ((code !== null && g.code !== code) || (decided !== 'all' && decisionOf(g) !== decided))) {
      setCode(null);
      setDecided('all');
    }
  }

  const onDecided = useCallback(
    (gap: AnalysisGap) => {
      dispatch({ type: 'gap/decided', gap });
      const d = gap.decision?.decision;
      const what = `The ${gap.code} finding from ${agencyInfo(gap.from).label}`;
      if (d === 'rejected') {
        setAnnouncement(`${what} was rejected. It is kept, with your reason, under “Rejected” at the end of the list.`);
        requestAnimationFrame(() => announceRef.current?.focus());
      } else setAnnouncement(d === 'accepted' ? `${what} was accepted.` : d === 'edited' ? `${what} was edited.` : null);
    },
    [dispatch],
  );

  const onRulesSaved = useCallback(
    async (_rules: RulesView): Promise<string | null> => {
      const before = gaps.length;
      setAnnouncement(null);
      const after = await loadCase(dispatch);
      if (!after) return null;
      const n = after.gaps.length;
      return n === before ? `Still ${plural(n, 'finding', 'findings')}.` : `${plural(n, 'finding', 'findings')} now; there were ${before}.`;
    },
    [dispatch, gaps.length],
  );

  if (!data) return null;

  const all = [...gaps, ...rejected];
  const codeCounts = new Map<GapCode, number>();
  for (const g of all) codeCounts.set(g.code, (codeCounts.get(g.code) ?? 0) + 1);
  const ofCode = (g: AnalysisGap) => code === null || g.code === code;
  const decisionCounts = new Map<DecisionFilter, number>([['all', 0], ['open', 0], ['accepted', 0], ['edited', 0], ['rejected', 0]]);
  for (const g of all.filter(ofCode)) {
    decisionCounts.set('all', decisionCounts.get('all')! + 1);
    decisionCounts.set(decisionOf(g), (decisionCounts.get(decisionOf(g)) ?? 0) + 1);
  }
  const shown = decided === 'rejected' ? [] : gaps.map((g, i) => ({ g, i })).filter(({ g }) => ofCode(g) && (decided === 'all' || decisionOf(g) === decided));
  const shownRejected = rejected.filter(ofCode);
  const patterns = data.analysis.patterns;
  const toggleRules = () => setRulesOpen((o) => !o);

  return (
    <div className={`findings${rulesOpen ? ' findings--with-rules' : ''}`}>
      <div className="findings__bar">
        <p className="findings__count">
          <span data-testid="findings-count">{plural(gaps.length, 'finding', 'findings')}</span>
          {rejected.length ? <span className="muted"> · {rejected.length} rejected</span> : null}
          {decisionCounts.get('open') && gaps.length ? <span className="muted"> · {gaps.filter((g) => !g.decision).length} not decided yet</span> : null}
        </p>
        <div className="findings__tools">
          <button type="button" className="button" ref={rulesButton} aria-expanded={rulesOpen} aria-controls="rules-panel" onClick={toggleRules}>
            {rulesOpen ? 'Hide the rules' : 'Rules the findings come from'}
          </button>
          <button type="button" className="button" onClick={() => void exportAnalysis(dispatch, caseDisplayName(summary))}>
            Export the analysis…
          </button>
        </div>
      </div>
      {all.length > 0 ? (
        <div className="findings__filters">
          <div className="filter-group" role="group" aria-labelledby="filter-code-label">
            <span className="filter-group__label" id="filter-code-label">
              Kind of gap
            </span>
            <button type="button" className="chip chip--toggle" aria-pressed={code === null} onClick={() => setCode(null)}>
              All
            </button>
            {GAP_CODES.filter((c) => codeCounts.has(c)).map((c) => (
              <button key={c} type="button" className="chip chip--toggle" aria-pressed={code === c} onClick={() => setCode(code === c ? null : c)} title={gapTitle(c)} aria-label={`${c} (${codeCounts.get(c)}): ${gapTitle(c)}`}>
                {c} ({codeCounts.get(c)})
              </button>
            ))}
          </div>
          <div className="filter-group" role="group" aria-labelledby="filter-decision-label">
            <span className="filter-group__label" id="filter-decision-label">
              Decision
            </span>
            {DECISION_FILTERS.map((f) => (
              <button key={f.id} type="button" className="chip chip--toggle" aria-pressed={decided === f.id} onClick={() => setDecided(f.id)}>
                {f.label} ({decisionCounts.get(f.id) ?? 0})
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <p className="findings__announce" role="status" ref={announceRef} tabIndex={-1}>
        {announcement}
      </p>
      <div className="findings__layout">
        <div className="findings__main">
          {patterns && data.entries.length > 0 ? <PatternsSection patterns={patterns} /> : null}
          {all.length === 0 ? (
            <div className="empty findings-empty" data-testid="findings-empty">
              {data.entries.length === 0 ? (
                <>
                  <h2>No findings yet</h2>
                  <p>
                    Once the agencies’ chronologies are imported, each place where information was not passed on will be listed here in plain words, with the entries it
                    rests on, for you to accept, reject or edit.
                  </p>
                </>
              ) : (
                <>
                  <h2>No findings</h2>
                  <p>With the rules as they are set for this case, Threadline found no place where information was not passed on.</p>
                  <p className="muted">The chronology, timeline and gap graph still show every entry and every contact found.</p>
                  {!rulesOpen ? (
                    <button type="button" className="button" onClick={toggleRules}>
                      Check the rules
                    </button>
                  ) : null}
                </>
              )}
            </div>
          ) : (
            <>
              <div className="findings__list">
                {shown.map(({ g, i }) => (
                  <FindingCard key={g.id ?? `i${i}`} gap={g} index={i} data={data} selected={selectedGap === i} onDecided={onDecided} />
                ))}
                {decided === 'rejected' ? (
                  shownRejected.map((g, i) => <FindingCard key={g.id ?? `r${i}`} gap={g} index={null} data={data} selected={false} onDecided={onDecided} />)
                ) : shown.length === 0 ? (
                  <p className="muted findings__none">No findings match these filters.</p>
                ) : null}
              </div>
              {decided === 'all' && shownRejected.length > 0 ? (
                <details className="rejected" open={rejectedOpen} onToggle={(e) => setRejectedOpen(e.currentTarget.open)} data-testid="rejected">
                  <summary>
                    <span className="rejected__title">Rejected ({shownRejected.length})</span>
                    <span className="muted"> Findings you decided are not gaps, with your reasons. You can change your mind.</span>
                  </summary>
                  <div className="findings__list">
                    {shownRejected.map((g, i) => (
                      <FindingCard key={g.id ?? `r${i}`} gap={g} index={null} data={data} selected={false} onDecided={onDecided} />
                    ))}
                  </div>
                </details>
              ) : null}
            </>
          )}
        </div>
        {rulesOpen ? (
          <RulesPanel
            onSaved={onRulesSaved}
            onClose={() => {
              setRulesOpen(false);
              rulesButton.current?.focus();
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
