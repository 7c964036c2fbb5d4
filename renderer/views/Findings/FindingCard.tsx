/**
 * One finding: its kind in words, who should have told whom and when, how
 * serious and how sure, the explanation, and the entries it rests on (each a
 * click from its row). Below, the author's decision with who and when, or
 * the three ways to decide; a decision can always be changed.
 */
import { memo, useEffect, useRef, useState } from 'react';

import type { AnalysisGap } from '../../../shared/analysis.ts';
import { gapTitle } from '../../../shared/views/labels.ts';
import { AgencyLabel } from '../../components/AgencyMark.tsx';
import { DateText } from '../../components/DateText.tsx';
import type { GapDecisionKind } from '../../corrections.ts';
import type { CaseData } from '../../state/caseData.ts';
import { useAppState, useDispatch } from '../../state/store.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { basisWords, confidenceWords, DECISION_WORDS, decisionLine, GAP_SIDES, SEVERITY_WORDS, windowText } from './words.ts';

const DECISION_MARKS = { accepted: '✓', rejected: '✕', edited: '✎' } as const;

function excerpt(text: string, n = 220): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function Evidence({ gap, data, onOpen }: { gap: AnalysisGap; data: CaseData; onOpen: (ref: string) => void }) {
  const { selection } = useAppState();
  const triggers = new Set(gap.triggers ?? []);
  // The entries the finding was raised on first, then the rest it cites.
  const refs = [...gap.evidence].sort((a, b) => Number(!triggers.has(a)) - Number(!triggers.has(b)));
  return (
    <ul className="evidence">
      {refs.map((r) => {
        const e = data.entries[data.indexByRef.get(r) ?? -1];
        const selected = selection.ref === r;
        return (
          <li key={r}>
            <button type="button" className={`evidence__item${selected ? ' evidence__item--selected' : ''}`} aria-pressed={selected} onClick={() => onOpen(r)}>
              <span className="evidence__meta">
                {e ? <DateText date={e.date} /> : null}
                {e ? <AgencyLabel agency={e.agency} short /> : null}
                <span className="ref">{r}</span>
                {triggers.has(r) ? <span className="badge badge--trigger">Raised the finding</span> : null}
              </span>
              {e ? <span className="evidence__text">{excerpt(e.text)}</span> : <span className="muted">This entry is no longer in the case.</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export const FindingCard = memo(function FindingCard({
  gap,
  index,
  data,
  selected,
  onDecided,
}: {
  gap: AnalysisGap;
  /** Index into analysis.gaps; null for a rejected finding. */
  index: number | null;
  data: CaseData;
  selected: boolean;
  onDecided: (gap: AnalysisGap) => void;
}) {
  const dispatch = useDispatch();
  const [mode, setMode] = useState<GapDecisionKind | 'choose' | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const headingId = `finding-${gap.id ?? index ?? 'x'}`;
  useEffect(() => {
    if (selected) articleRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const when = windowText(gap.window);
  const decision = gap.decision;
  const basis = basisWords(gap.explicit);
  const [fromWords, toWords] = GAP_SIDES[gap.code] ?? ['From', 'to'];
  const open = (ref: string) => {
    if (index !== null) dispatch({ type: 'select/gap', gap: index });
    dispatch({ type: 'select/entry', ref });
  };
  const saved = (next: AnalysisGap) => {
    setMode(null);
    onDecided(next);
    // A decision that keeps the finding here: put the reader on what was saved.
    if (next.decision?.decision !== 'rejected' || index === null) requestAnimationFrame(() => statusRef.current?.focus());
  };

  /** The ways to decide; while changing a decision, not the one already made (an edit can be edited again). */
  const actions = (current: GapDecisionKind | null) => (
    <div className="finding__actions" role="group" aria-label="Decide on this finding">
      {current !== 'accepted' ? (
        <button type="button" className="button" onClick={() => setMode('accepted')}>
          Accept…
        </button>
      ) : null}
      {current !== 'rejected' ? (
        <button type="button" className="button" onClick={() => setMode('rejected')}>
          Reject…
        </button>
      ) : null}
      <button type="button" className="button" onClick={() => setMode('edited')}>
        Edit…
      </button>
      {decision ? (
        <button type="button" className="button button--quiet" onClick={() => setMode(null)}>
          Keep the decision
        </button>
      ) : null}
    </div>
  );

  return (
    <article
      ref={articleRef}
      className={`finding${selected ? ' finding--selected' : ''}${decision ? ` finding--${decision.decision}` : ''}`}
      aria-labelledby={headingId}
      data-gap={index ?? undefined}
      data-gap-id={gap.id}
      data-code={gap.code}
      data-from={gap.from}
      tabIndex={-1}
    >
      <header className="finding__head">
        <span className="gap-code">{gap.code}</span>
        <h2 id={headingId}>{gapTitle(gap.code)}</h2>
        <span className={`decision-badge decision-badge--${decision?.decision ?? 'open'}`}>
          {decision ? (
            <>
              <span aria-hidden="true">{DECISION_MARKS[decision.decision]}</span> {DECISION_WORDS[decision.decision]}
            </>
          ) : (
            'Not decided yet'
          )}
        </span>
      </header>
      <p className="finding__agencies">
        <span className="finding__label">{fromWords}</span>
        <AgencyLabel agency={gap.from} />
        <span className="finding__arrow" aria-hidden="true">
          →
        </span>
        <span className="finding__label">{toWords}</span>
        {gap.to.map((a, i) => (
          <span key={a} className="finding__to">
            <AgencyLabel agency={a} />
            {i < gap.to.length - 1 ? <span aria-hidden="true">,</span> : null}
          </span>
        ))}
      </p>
      <p className="finding__facts">
        {when ? <span className="finding__when">{when}</span> : null}
        {gap.severity ? <span className={`badge badge--${gap.severity}`}>{SEVERITY_WORDS[gap.severity]}</span> : null}
        {gap.confidence !== undefined ? <span className="finding__fact">{confidenceWords(gap.confidence)}</span> : null}
        {basis ? <span className="finding__fact">{basis}</span> : null}
      </p>
      <p className="finding__explanation">{gap.explanation}</p>
      <details className="finding__evidence" open={selected || (index !== null && gap.evidence.length <= 2) ? true : undefined}>
        <summary>
          The {gap.evidence.length === 1 ? 'entry' : `${gap.evidence.length} entries`} it rests on
        </summary>
        <Evidence gap={gap} data={data} onOpen={open} />
      </details>
      {index !== null ? (
        <div className="finding__links">
          <button
            type="button"
            className="link"
            onClick={() => {
              dispatch({ type: 'select/gap', gap: index });
              dispatch({ type: 'view', view: 'timeline' });
            }}
          >
            Show on the timeline
          </button>
        </div>
      ) : null}
      <footer className="finding__foot">
        {decision && mode === null ? (
          <div className="finding__decided" ref={statusRef} tabIndex={-1} data-testid="decision">
            <p className="finding__decided-line">
              <span aria-hidden="true">{DECISION_MARKS[decision.decision]} </span>
              {decisionLine(decision)}
            </p>
            {decision.reason ? <p className="finding__reason">{decision.decision === 'accepted' ? 'Note' : 'Reason'}: “{decision.reason}”</p> : null}
            <button type="button" className="button" onClick={() => setMode('choose')}>
              Change the decision
            </button>
          </div>
        ) : mode === null ? (
          actions(null)
        ) : mode === 'choose' ? (
          actions(decision?.decision ?? null)
        ) : gap.id ? (
          <DecisionForm gap={{ ...gap, id: gap.id }} kind={mode} agencies={data.agencies.map((a) => a.id)} onSaved={saved} onCancel={() => setMode(decision ? 'choose' : null)} />
        ) : (
          <p className="muted">This finding has no id, so a decision cannot be kept for it. Analyse the case again to decide on it.</p>
        )}
      </footer>
    </article>
  );
});
