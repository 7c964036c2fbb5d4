/**
 * Corrections and decisions: the author's edits to an entry, its contacts,
 * concerns and duplicate link, and decisions on findings. One adapter, so
 * the views never care whether a channel exists in the core they talk to: a
 * missing one (an older core) comes back as a calm message that says nothing
 * was changed and the edit is still in the form.
 */
import type { AnalysisGap } from '../shared/analysis.ts';
import type { AnalysisEntryView, CorrectionView, RequestOf, Result } from '../shared/api.ts';
import { call } from './bridge.ts';

export type EntryUpdate = RequestOf<'entries.update'>;
export type ContactsCorrection = RequestOf<'contacts.correct'>;
export type ConcernsCorrection = RequestOf<'concerns.correct'>;
export type DuplicateCorrection = RequestOf<'duplicates.correct'>;

export type GapDecisionKind = 'accepted' | 'rejected' | 'edited';

/** A decision on a finding, named by its id (stable across re-analysis). */
export type GapDecisionRequest = RequestOf<'gaps.decide'>;

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
  // A request the core refused names the channel and field first ("Invalid request to gaps.decide: reason: …"): keep the words meant for the user.
  const message = r.error.kind === 'invalid-request' ? r.error.message.replace(/^Invalid request to [\w.]+: (?:[\w.]+: )?/, '') : r.error.message;
  return { ok: false, error: { kind: r.error.kind, message: `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be saved: ${message}` } };
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
  /** Answers with the finding as it now shows: with its decision, and with the edit laid over it. */
  decideGap: (req: GapDecisionRequest): Promise<Result<AnalysisGap>> => saved(call('gaps.decide', req), 'the decision'),
};
