/**
 * Findings: each gap with its plain-words explanation, the agencies, when,
 * and the entries it rests on (each one a click from its row). The author
 * accepts, rejects or edits each, with a reason, through the decisions
 * adapter; who decided and when is shown once the core returns it.
 */
import { useEffect, useId, useRef, useState } from 'react';

import type { AnalysisGap } from '../../../shared/analysis.ts';
import { agencyIds, agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import { formatIsoUk } from '../../../shared/dates/index.ts';
import type { GapCode } from '../../../shared/model.ts';
import { GAP_CODES, gapTitle } from '../../../shared/views/labels.ts';
import { AgencyLabel } from '../../components/AgencyMark.tsx';
import { DateText } from '../../components/DateText.tsx';
import { corrections, type GapDecision, type GapDecisionKind } from '../../corrections.ts';
import type { CaseData } from '../../state/caseData.ts';
import { useAppState, useCaseData, useDispatch } from '../../state/store.tsx';

const SEVERITY_WORDS = { high: 'High concern', medium: 'Medium concern', low: 'Low concern' } as const;

function windowText(w: AnalysisGap['window']): string | null {
  if (!w || (!w.from && !w.to)) return null;
  if (w.from && w.to) return w.from === w.to ? formatIsoUk(w.from) : `${formatIsoUk(w.from)} – ${formatIsoUk(w.to)}`;
  return w.from ? `from ${formatIsoUk(w.from)}` : `until ${formatIsoUk(w.to ?? '')}`;
}

function decisionText(d: GapDecision): string {
  const what = { accepted: 'Accepted', rejected: 'Rejected', edited: 'Edited' }[d.decision];
  const by = d.by ? ` by ${d.by}` : '';
  const at = d.at ? ` on ${formatIsoUk(d.at.slice(0, 10))}${d.at.length > 10 ? ` at ${d.at.slice(11, 16)}` : ''}` : '';
  return `${what}${by}${at}${d.reason ? `: “${d.reason}”` : ''}`;
}

function DecisionForm({ gap, index, onDecided }: { gap: AnalysisGap; index: number; onDecided: (d: GapDecision) => void }) {
  const id = useId();
  const [kind, setKind] = useState<GapDecisionKind | null>(null);
  const [reason, setReason] = useState('');
  const [code, setCode] = useState<GapCode>(gap.code);
  const [to, setTo] = useState<string>(gap.to.join(', '));
  const [explanation, setExplanation] = useState(gap.explanation);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!kind) return;
    setSaving(true);
    setMessage(null);
    const toIds = to
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const r = await corrections.decideGap({
      gap: { index, code: gap.code, from: gap.from, to: gap.to, evidence: gap.evidence },
      decision: kind,
      reason,
      ...(kind === 'edited' ? { edit: { code, to: toIds, explanation } } : {}),
    });
    setSaving(false);
    if (!r.ok) setMessage(r.error.message);
    else {
      onDecided(r.value);
      setKind(null);
    }
  };

  if (!kind) {
    return (
      <div className="finding__actions">
        <button type="button" className="button" onClick={() => setKind('accepted')}>
          Accept…
        </button>
        <button type="button" className="button" onClick={() => setKind('rejected')}>
          Reject…
        </button>
        <button type="button" className="button" onClick={() => setKind('edited')}>
          Edit…
        </button>
      </div>
    );
  }
  return (
    <form
      className="finding__decision"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {kind === 'edited' ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-code`}>Kind of gap</label>
            <select id={`${id}-code`} value={code} onChange={(e) => setCode(e.target.value as GapCode)}>
              {GAP_CODES.map((c) => (
                <option key={c} value={c}>
                  {c}: {gapTitle(c)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>Agencies not told (ids, separated by commas)</label>
            <input id={`${id}-to`} type="text" value={to} onChange={(e) => setTo(e.target.value)} list={`${id}-agencies`} />
            <datalist id={`${id}-agencies`}>
              {agencyIds.map((a) => (
                <option key={a} value={a}>
                  {agencyInfo(a).label}
                </option>
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor={`${id}-expl`}>In plain words</label>
            <textarea id={`${id}-expl`} rows={3} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
          </div>
        </>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{kind === 'rejected' ? 'Why is this not a gap?' : kind === 'accepted' ? 'Any note for the report? (optional)' : 'Why the change?'}</label>
        <textarea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required={kind === 'rejected'} />
      </div>
      {message ? (
        <p className="notice notice--problem" role="alert">
          {message}
        </p>
      ) : null}
      <div className="finding__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : kind === 'accepted' ? 'Accept the finding' : kind === 'rejected' ? 'Reject the finding' : 'Save the edit'}
        </button>
        <button type="button" className="button" onClick={() => setKind(null)} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function FindingCard({ gap, index, data, selected }: { gap: AnalysisGap; index: number; data: CaseData; selected: boolean }) {
  const dispatch = useDispatch();
  const { selection } = useAppState();
  const [decision, setDecision] = useState<GapDecision | null>(null);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const when = windowText(gap.window);
  return (
    <article ref={ref} className={`finding${selected ? ' finding--selected' : ''}`} aria-labelledby={`finding-${index}`} data-gap={index}>
      <header className="finding__head">
        <span className="gap-code">{gap.code}</span>
        <h2 id={`finding-${index}`}>{gapTitle(gap.code)}</h2>
        {gap.severity ? <span className={`badge badge--${gap.severity}`}>{SEVERITY_WORDS[gap.severity]}</span> : null}
        {gap.confidence !== undefined ? <span className="muted">{Math.round(gap.confidence * 100)}% confident</span> : null}
      </header>
      <p className="finding__agencies">
        <AgencyLabel agency={gap.from} /> <span aria-hidden="true">→</span>
        <span className="visually-hidden">to</span>{' '}
        {gap.to.map((a, i) => (
          <span key={a}>
            <AgencyLabel agency={a} />
            {i < gap.to.length - 1 ? ',' : ''}
          </span>
        ))}
        {when ? <span className="muted"> · {when}</span> : null}
      </p>
      <p className="finding__explanation">{gap.explanation}</p>
      <h3 className="finding__subhead">The entries it rests on</h3>
      <ul className="evidence">
        {gap.evidence.map((r) => {
          const e = data.entries[data.indexByRef.get(r) ?? -1];
          return (
            <li key={r}>
              <button
                type="button"
                className={`evidence__item${selection.ref === r ? ' evidence__item--selected' : ''}`}
                aria-pressed={selection.ref === r}
                onClick={() => {
                  dispatch({ type: 'select/gap', gap: index });
                  dispatch({ type: 'select/entry', ref: r });
                }}
              >
                <span className="evidence__meta">
                  {e ? <DateText date={e.date} /> : null} {e ? <AgencyLabel agency={e.agency} short /> : null} <span className="ref">{r}</span>
                </span>
                {e ? <span className="evidence__text">{e.text.length > 200 ? `${e.text.slice(0, 199)}…` : e.text}</span> : <span className="muted">Not in this case.</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {decision ? (
        <p className="finding__decided" role="status">
          {decisionText(decision)}
        </p>
      ) : (
        <DecisionForm gap={gap} index={index} onDecided={setDecision} />
      )}
    </article>
  );
}

export function FindingsView() {
  const data = useCaseData();
  const { selection } = useAppState();
  const [code, setCode] = useState<GapCode | null>(null);
  if (!data) return null;
  const gaps = data.analysis.gaps;
  const counts = new Map<GapCode, number>();
  for (const g of gaps) counts.set(g.code, (counts.get(g.code) ?? 0) + 1);
  const shown = gaps.map((g, i) => ({ g, i })).filter(({ g }) => code === null || g.code === code);

  if (gaps.length === 0) {
    return (
      <div className="empty findings-empty" data-testid="findings-empty">
        <h2>No findings yet</h2>
        <p>
          When Threadline has looked for places where information was not passed on, each finding will be listed here in plain words, with the entries it rests on,
          for you to accept, reject or edit.
        </p>
        <p className="muted">The chronology, timeline and gap graph already show every entry and every contact found.</p>
      </div>
    );
  }
  return (
    <div className="findings">
      <div className="view-status">
        <span data-testid="findings-count">
          {gaps.length} {gaps.length === 1 ? 'finding' : 'findings'}
        </span>
        <div className="code-filter" role="group" aria-label="Show findings of one kind">
          <button type="button" className="chip chip--toggle" aria-pressed={code === null} onClick={() => setCode(null)}>
            All
          </button>
          {GAP_CODES.filter((c) => counts.has(c)).map((c) => (
            <button key={c} type="button" className="chip chip--toggle" aria-pressed={code === c} onClick={() => setCode(code === c ? null : c)} title={gapTitle(c)}>
              {c} ({counts.get(c)})
            </button>
          ))}
        </div>
      </div>
      <div className="findings__list">
        {shown.map(({ g, i }) => (
          <FindingCard key={i} gap={g} index={i} data={data} selected={selection.gap === i} />
        ))}
      </div>
    </div>
  );
}
