/**
 * The rules the findings come from: each expected flow of information in
 * plain words (when this happens, it should reach these agencies), with a
 * switch to stop looking for it in this case, its day limits and, where the
 * rule names them, the agencies it should reach. Changes are
 * this case's only; saving stores them and looks for findings again.
 * "Restore the defaults" clears every change.
 */
import { useEffect, useId, useState } from 'react';

import type { RulesView } from '../../../shared/api.ts';
import type { Flow, FlowOverride, FlowOverrides } from '../../../shared/gaps/rules.ts';
import { agencyInfo } from '../../../shared/agencies/taxonomy.ts';
import type { AgencyId, GapCode } from '../../../shared/model.ts';
import { plural } from '../../../shared/text/plural.ts';
import { sortAgencies } from '../../../shared/views/agencies.ts';
import { GAP_CODES, gapTitle } from '../../../shared/views/labels.ts';
import { call } from '../../bridge.ts';
import { AgencyChoices } from '../../components/AgencyChoices.tsx';

/** The day and count limits a case may change (shared/gaps/rules.ts flowOverrideSchema), in words. */
export const PARAMETERS = [
  { key: 'withinDays', before: 'Expected within', after: 'days', min: 0, max: 3650 },
  { key: 'windowDays', before: 'Counted over', after: 'days', min: 1, max: 3650 },
  { key: 'minEvents', before: 'Only after', after: 'or more of them', min: 1, max: 100 },
  { key: 'escalateWithinDays', before: 'Escalated within', after: 'days', min: 0, max: 3650 },
  { key: 'recentDays', before: 'Counts agencies in contact in the last', after: 'days', min: 1, max: 3650 },
  { key: 'minRecentEntries', before: 'With at least', after: 'entries in that time', min: 1, max: 100 },
] as const satisfies ReadonlyArray<{ key: keyof FlowOverride & keyof Flow; before: string; after: string; min: number; max: number }>;
type ParamKey = (typeof PARAMETERS)[number]['key'];

/** One flow as the form holds it: on or off, each of its limits as typed (text, so a half-typed number is not lost), and the agencies it should reach where the rule names them. */
interface Draft {
  enabled: boolean;
  values: Partial<Record<ParamKey, string>>;
  targets?: readonly AgencyId[];
}

function draftOf(flow: Flow): Draft {
  const values: Draft['values'] = {};
  for (const p of PARAMETERS) if (flow[p.key] !== undefined) values[p.key] = String(flow[p.key]);
  return { enabled: flow.enabled, values, ...(flow.targets ? { targets: sortAgencies(flow.targets) } : {}) };
}

function sameAgencies(a: readonly AgencyId[] | undefined, b: readonly AgencyId[] | undefined): boolean {
  return sortAgencies(a ?? []).join() === sortAgencies(b ?? []).join();
}

function codeRank(code: GapCode): number {
  return GAP_CODES.indexOf(code);
}

/** A limit that is not a whole number in range, in words; null when it is fine. */
function limitProblem(text: string, p: (typeof PARAMETERS)[number]): string | null {
  if (!/^\d+$/.test(text.trim())) return 'Enter a whole number.';
  const n = Number(text);
  if (n < p.min || n > p.max) return `Enter a number from ${p.min} to ${p.max}.`;
  return null;
}

/** The overrides for this form: what differs from the defaults. */
export function overridesFrom(rules: RulesView, drafts: ReadonlyMap<string, Draft>): FlowOverrides {
  const out: FlowOverrides = {};
  for (const { flow, defaults } of rules.flows) {
    const d = drafts.get(flow.id);
    if (!d) continue;
    const o: FlowOverride = {};
    if (d.enabled !== defaults.enabled) o.enabled = d.enabled;
    for (const p of PARAMETERS) {
      const text = d.values[p.key];
      if (text === undefined || defaults[p.key] === undefined) continue;
      const n = Number(text);
      if (n !== defaults[p.key]) o[p.key] = n;
    }
    if (d.targets && defaults.targets && !sameAgencies(d.targets, defaults.targets)) o.targets = [...d.targets];
    if (Object.keys(o).length > 0) out[flow.id] = o;
  }
  return out;
}

function differsFromDefaults(d: Draft, defaults: Flow): boolean {
  if (d.enabled !== defaults.enabled) return true;
  if (d.targets && defaults.targets && !sameAgencies(d.targets, defaults.targets)) return true;
  return PARAMETERS.some((p) => d.values[p.key] !== undefined && Number(d.values[p.key]) !== defaults[p.key]);
}

function sameDraft(a: Draft | undefined, b: Draft): boolean {
  return a !== undefined && a.enabled === b.enabled && sameAgencies(a.targets, b.targets) && PARAMETERS.every((p) => (a.values[p.key] ?? '') === (b.values[p.key] ?? ''));
}

/** onSaved reloads the findings and answers with a sentence on what changed ("31 findings now; there were 34."). */
export function RulesPanel({ onSaved, onClose }: { onSaved: (rules: RulesView) => Promise<string | null>; onClose: () => void }) {
  const id = useId();
  const [rules, setRules] = useState<RulesView | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmRestore, setConfirmRestore] = useState(false);

  const take = (view: RulesView) => {
    setRules(view);
    setDrafts(new Map(view.flows.map(({ flow }) => [flow.id, draftOf(flow)])));
  };

  useEffect(() => {
    let live = true;
    void call('rules.get', {}).then((r) => {
      if (!live) return;
      if (r.ok) take(r.value);
      else setProblem(`The rules could not be read: ${r.error.message}`);
    });
    return () => {
      live = false;
    };
  }, []);

  const flows = rules ? [...rules.flows].sort((a, b) => codeRank(a.flow.code) - codeRank(b.flow.code)) : [];
  const unsaved = rules ? rules.flows.filter(({ flow }) => !sameDraft(drafts.get(flow.id), draftOf(flow))).length : 0;
  const invalid = [...drafts.entries()].some(([, d]) => (d.targets !== undefined && d.targets.length === 0) || PARAMETERS.some((p) => d.values[p.key] !== undefined && limitProblem(d.values[p.key]!, p) !== null));
  const anyChanged = rules ? rules.flows.some((f) => f.changed) : false;

  const update = (flowId: string, change: (d: Draft) => Draft) => {
    const d = drafts.get(flowId);
    if (!d) return;
    setDrafts(new Map(drafts).set(flowId, change(d)));
    setStatus(null);
  };

  const save = async (overrides: FlowOverrides, done: string) => {
    setSaving(true);
    setProblem(null);
    setStatus(null);
    const r = await call('rules.set', { overrides });
    if (!r.ok) {
      setSaving(false);
      setProblem(`The rules were not saved: ${r.error.message} Nothing has changed in the case.`);
      return;
    }
    take(r.value);
    const outcome = await onSaved(r.value);
    setSaving(false);
    setStatus(outcome ? `${done} ${outcome}` : done);
  };

  return (
    <section className="rules" aria-labelledby={`${id}-title`} id="rules-panel">
      <div className="rules__head">
        <h2 id={`${id}-title`}>Rules: what should reach whom</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close the rules
        </button>
      </div>
      <p className="rules__intro">
        Threadline raises a finding where one of these expected flows of information did not happen. You can stop looking for one in this case, or change its time
        limits and, where a rule names them, the agencies it should reach. Changes apply to this case only.
      </p>
      {problem ? (
        <p className="notice notice--problem" role="alert">
          {problem}
        </p>
      ) : null}
      {!rules ? (
        problem ? null : (
          <p className="muted" role="status">
            Reading the rules…
          </p>
        )
      ) : (
        <form
          className="rules__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!invalid && unsaved > 0) void save(overridesFrom(rules, drafts), 'Saved. The findings have been looked for again with these rules.');
          }}
        >
          <ol className="rules__list">
            {flows.map(({ flow, defaults, changed }) => {
              const d = drafts.get(flow.id) ?? draftOf(flow);
              const switchId = `${id}-${flow.id}-on`;
              const pending = !sameDraft(d, draftOf(flow));
              const offDefault = differsFromDefaults(d, defaults);
              return (
                <li key={flow.id} className={`rule${d.enabled ? '' : ' rule--off'}`} data-flow={flow.id}>
                  <div className="rule__head">
                    <span className="gap-code">{flow.code}</span>
                    <h3 id={`${id}-${flow.id}-title`}>{gapTitle(flow.code)}</h3>
                    {changed ? <span className="badge badge--changed">Changed for this case</span> : null}
                    {pending ? <span className="badge badge--pending">Not saved yet</span> : null}
                  </div>
                  <dl className="rule__words">
                    <dt>When</dt>
                    <dd>{flow.when}</dd>
                    <dt>It should reach</dt>
                    <dd>
                      {defaults.shouldReach}
                      {flow.targets && defaults.targets && !sameAgencies(flow.targets, defaults.targets) ? (
                        <span className="rule__targets-now">In this case: {sortAgencies(flow.targets).map((a) => agencyInfo(a).label).join(', ')}.</span>
                      ) : null}
                    </dd>
                  </dl>
                  <div className="rule__controls">
                    <label className="switch" htmlFor={switchId}>
                      <input
                        id={switchId}
                        type="checkbox"
                        role="switch"
                        checked={d.enabled}
                        aria-describedby={`${id}-${flow.id}-title`}
                        onChange={(e) => update(flow.id, (x) => ({ ...x, enabled: e.target.checked }))}
                      />
                      <span className="switch__track" aria-hidden="true">
                        <span className="switch__thumb" />
                      </span>
                      <span className="switch__text">{d.enabled ? 'Looked for in this case' : 'Not looked for in this case'}</span>
                    </label>
                    {PARAMETERS.filter((p) => defaults[p.key] !== undefined).map((p) => {
                      const inputId = `${id}-${flow.id}-${p.key}`;
                      const text = d.values[p.key] ?? '';
                      const bad = limitProblem(text, p);
                      const dflt = defaults[p.key];
                      return (
                        <div key={p.key} className="rule__param">
                          <label htmlFor={inputId}>{p.before}</label>
                          <input
                            id={inputId}
                            type="number"
                            inputMode="numeric"
                            min={p.min}
                            max={p.max}
                            step={1}
                            value={text}
                            disabled={!d.enabled}
                            aria-invalid={bad ? true : undefined}
                            aria-describedby={`${inputId}-after${bad ? ` ${inputId}-bad` : ''}`}
                            onChange={(e) => update(flow.id, (x) => ({ ...x, values: { ...x.values, [p.key]: e.target.value } }))}
                          />
                          <span id={`${inputId}-after`}>
                            {p.after}
                            {String(dflt) !== text.trim() ? <span className="muted"> (usually {dflt})</span> : null}
                          </span>
                          {bad ? (
                            <span className="field__problem" id={`${inputId}-bad`}>
                              {bad}
                            </span>
                          ) : null}
                        </div>
                      );
                    })}
                    {d.targets ? (
                      <div className="rule__targets">
                        <AgencyChoices
                          legend="Agencies it should reach"
                          offered={defaults.targets ?? []}
                          chosen={d.targets}
                          moreLabel="Another agency"
                          disabled={!d.enabled}
                          describedBy={d.targets.length === 0 ? `${id}-${flow.id}-targets-bad` : undefined}
                          onChange={(targets) => update(flow.id, (x) => ({ ...x, targets }))}
                        />
                        {d.targets.length === 0 ? (
                          <span className="field__problem" id={`${id}-${flow.id}-targets-bad`}>
                            Choose at least one agency, or switch the rule off.
                          </span>
                        ) : null}
                      </div>
                    ) : null}
                    {offDefault ? (
                      <button type="button" className="link rule__reset" onClick={() => update(flow.id, () => draftOf(defaults))}>
                        Back to the usual setting
                      </button>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
          <div className="rules__bar">
            <p className="rules__status" role="status">
              {status}
            </p>
            <button type="submit" className="button button--primary" disabled={saving || invalid || unsaved === 0}>
              {saving ? 'Saving and looking again…' : unsaved > 0 ? `Save ${plural(unsaved, 'change', 'changes')} and look again` : 'No changes to save'}
            </button>
            {confirmRestore ? (
              <span className="rules__confirm" role="group" aria-label="Restore the defaults?">
                <span>Undo every change to the rules for this case?</span>
                <button
                  type="button"
                  className="button"
                  disabled={saving}
                  onClick={() => {
                    setConfirmRestore(false);
                    void save({}, 'The usual rules are back. The findings have been looked for again.');
                  }}
                >
                  Yes, restore the defaults
                </button>
                <button type="button" className="button button--quiet" onClick={() => setConfirmRestore(false)}>
                  Keep my changes
                </button>
              </span>
            ) : (
              <button type="button" className="button" disabled={saving || (!anyChanged && unsaved === 0)} onClick={() => setConfirmRestore(true)}>
                Restore the defaults…
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
