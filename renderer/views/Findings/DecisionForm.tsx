/**
 * Accept, reject or edit one finding, with a reason. A reason is needed to
 * reject or edit (the core refuses without one, and so do we, before
 * sending); an edit changes the kind of gap, the agencies that should have
 * been told, or the words. The answer is the finding as it now shows.
 */
import { useId, useRef, useState, type FormEvent } from 'react';

import type { AnalysisGap } from '../../../shared/analysis.ts';
import type { AgencyId, GapCode } from '../../../shared/model.ts';
import { sortAgencies } from '../../../shared/views/agencies.ts';
import { GAP_CODES, gapTitle } from '../../../shared/views/labels.ts';
import { rememberAuthor, rememberedAuthor } from '../../author.ts';
import { AgencyChoices } from '../../components/AgencyChoices.tsx';
import { corrections, type GapDecisionKind, type GapDecisionRequest } from '../../corrections.ts';

const SUBMIT_WORDS: Readonly<Record<GapDecisionKind, string>> = { accepted: 'Accept the finding', rejected: 'Reject the finding', edited: 'Save the edit' };
const REASON_WORDS: Readonly<Record<GapDecisionKind, string>> = {
  accepted: 'A note for the report (optional)',
  rejected: 'Why is this not a gap?',
  edited: 'Why the change?',
};

export function DecisionForm({
  gap,
  kind,
  agencies,
  onSaved,
  onCancel,
}: {
  gap: AnalysisGap & { id: string };
  kind: GapDecisionKind;
  /** The case's agencies, offered as receivers in an edit. */
  agencies: readonly AgencyId[];
  onSaved: (gap: AnalysisGap) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [author, setAuthor] = useState(rememberedAuthor);
  const [code, setCode] = useState<GapCode>(gap.code);
  const [to, setTo] = useState<readonly AgencyId[]>(gap.to);
  const [explanation, setExplanation] = useState(gap.explanation);
  const [problem, setProblem] = useState<{ field: 'reason' | 'to' | 'edit' | null; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);


  const fail = (field: 'reason' | 'to' | 'edit' | null, message: string) => {
    setProblem({ field, message });
    // After the message renders: take the author to what needs doing.
    requestAnimationFrame(() => (field === 'reason' ? reasonRef.current?.focus() : problemRef.current?.focus()));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    if (kind !== 'accepted' && reason.trim() === '') return fail('reason', kind === 'rejected' ? 'Give a reason for rejecting the finding: it is kept with the decision for the review.' : 'Give a reason for the change: it is kept with the decision for the review.');
    const request: GapDecisionRequest = { id: gap.id, decision: kind, reason: reason.trim(), ...(author.trim() ? { author: author.trim() } : {}) };
    if (kind === 'edited') {
      if (to.length === 0) return fail('to', 'Choose at least one agency that should have been told.');
      const edit: NonNullable<GapDecisionRequest['edit']> = {};
      if (code !== gap.code) edit.code = code;
      if (to.join() !== sortAgencies(gap.to).join()) edit.to = [...to];
      if (explanation.trim() !== gap.explanation.trim() && explanation.trim() !== '') edit.explanation = explanation.trim();
      if (Object.keys(edit).length === 0) return fail('edit', 'Nothing has been changed yet: change the kind of gap, the agencies or the words, or choose Cancel.');
      request.edit = edit;
    }
    setSaving(true);
    setProblem(null);
    const r = await corrections.decideGap(request);
    setSaving(false);
    if (!r.ok) return fail(null, r.error.message);
    rememberAuthor(author);
    onSaved(r.value);
  };

  const problemId = `${id}-problem`;
  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)} aria-label={`${SUBMIT_WORDS[kind]}: ${gap.code} ${gapTitle(gap.code)}`} noValidate>
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
          <AgencyChoices
            legend="Agencies that should have been told"
            offered={[...agencies, ...gap.to]}
            chosen={to}
            onChange={setTo}
            describedBy={problem?.field === 'to' ? problemId : undefined}
          />
          <div className="field">
            <label htmlFor={`${id}-expl`}>The finding in plain words</label>
            <textarea id={`${id}-expl`} rows={4} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
          </div>
        </>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{REASON_WORDS[kind]}</label>
        <textarea
          id={`${id}-reason`}
          ref={reasonRef}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-required={kind !== 'accepted'}
          aria-invalid={problem?.field === 'reason' ? true : undefined}
          aria-describedby={problem?.field === 'reason' ? problemId : undefined}
        />
      </div>
      <div className="field decision-form__author">
        <label htmlFor={`${id}-author`}>Your name or initials (optional)</label>
        <input id={`${id}-author`} type="text" value={author} onChange={(e) => setAuthor(e.target.value)} autoComplete="name" maxLength={200} aria-describedby={`${id}-author-hint`} />
        <span className="field__hint" id={`${id}-author-hint`}>
          Shown with the decision. Left blank, your computer’s user name is used.
        </span>
      </div>
      {problem ? (
        <p className="notice notice--problem decision-form__problem" role="alert" id={problemId} ref={problemRef} tabIndex={-1}>
          {problem.message}
        </p>
      ) : null}
      <div className="finding__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : SUBMIT_WORDS[kind]}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
