/**
 * Corrections and decisions: the author's edits to an entry, its contacts,
 * concerns and duplicate link, and decisions on findings. One adapter, so
 * the views never care whether a channel exists yet: a missing one (an older
 * core, or 'gaps.decide', which the contract does not have yet) comes back
 * as a calm message that says nothing was changed and the edit is still in
 * the form.
 */
import { z } from 'zod';

import type { AnalysisEntryView, CorrectionView, RequestOf, Result } from '../shared/api.ts';
import type { AgencyId, GapCode } from '../shared/model.ts';
import { call, callUnlisted } from './bridge.ts';

export type EntryUpdate = RequestOf<'entries.update'>;
export type ContactsCorrection = RequestOf<'contacts.correct'>;
export type ConcernsCorrection = RequestOf<'concerns.correct'>;
export type DuplicateCorrection = RequestOf<'duplicates.correct'>;

export type GapDecisionKind = 'accepted' | 'rejected' | 'edited';

/**
 * 'gaps.decide' request (assumed; not in the contract yet). Gaps have no id in
 * the analysis JSON, so the gap is named by its index and its content.
 */
export interface GapDecisionRequest {
  gap: { index: number; code: GapCode; from: AgencyId; to: AgencyId[]; evidence: string[] };
  decision: GapDecisionKind;
  reason: string;
  edit?: { code?: GapCode; to?: AgencyId[]; explanation?: string };
}

const decisionSchema = z.object({
  decision: z.enum(['accepted', 'rejected', 'edited']),
  reason: z.string().optional(),
  by: z.string().nullable().optional(),
  at: z.string().nullable().optional(),
});
export type GapDecision = z.infer<typeof decisionSchema>;

/** Error kinds that mean "this core cannot do that yet", not "it went wrong". */
const NOT_YET = new Set(['unknown-channel', 'unavailable', 'not-implemented']);

type Failure = Extract<Result<never>, { ok: false }>;

/** A failure the user reads: calm, says whether anything was lost and what to do. */
function explain(r: Failure, what: string): Failure {
  if (NOT_YET.has(r.error.kind)) {
    return {
      ok: false,
      error: { kind: 'not-yet', message: `Saving ${what} is not available in this version of Threadline yet. Nothing has changed in the case, and your edit is still in the form.` },
    };
  }
  return { ok: false, error: { kind: r.error.kind, message: `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be saved: ${r.error.message}` } };
}

async function saved<T>(pending: Promise<Result<T>>, what: string): Promise<Result<T>> {
  const r = await pending;
  return r.ok ? r : explain(r, what);
}

export const corrections = {
  updateEntry: (req: EntryUpdate): Promise<Result<AnalysisEntryView>> => saved(call('entries.update', req), 'changes to the entry'),
  correctContacts: (req: ContactsCorrection): Promise<Result<AnalysisEntryView>> => saved(call('contacts.correct', req), 'the corrected contacts'),
  correctConcerns: (req: ConcernsCorrection): Promise<Result<AnalysisEntryView>> => saved(call('concerns.correct', req), 'the corrected concerns'),
  correctDuplicate: (req: DuplicateCorrection): Promise<Result<AnalysisEntryView>> => saved(call('duplicates.correct', req), 'the duplicate link'),
  /** The corrections made by hand on an entry; an empty list where the core cannot say. */
  async list(ref: string): Promise<CorrectionView[]> {
    const r = await call('corrections.list', { ref });
    return r.ok ? r.value : [];
  },
  async decideGap(req: GapDecisionRequest): Promise<Result<GapDecision>> {
    const r = await callUnlisted('gaps.decide', req);
    if (!r.ok) return explain(r, 'the decision');
    const parsed = decisionSchema.safeParse(r.value);
    // A core that answers with nothing useful still took the decision: show it without who and when.
    return { ok: true, value: parsed.success ? parsed.data : { decision: req.decision, reason: req.reason } };
  },
};
