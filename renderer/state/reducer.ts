/**
 * The app's state and how it changes: one small reducer, so every view reads
 * the same case, selection, time range and filters. Pure, so it is tested
 * without React.
 */
import type { CaseSummary, SearchHitView } from '../../shared/api.ts';
import type { AnalysisGap, AnalysisJson } from '../../shared/analysis.ts';
import type { AgencyId } from '../../shared/model.ts';
import { NO_FILTER, type EntryFilter } from '../../shared/views/filter.ts';

export const VIEWS = [
  { id: 'import', label: 'Import' },
  { id: 'chronology', label: 'Chronology' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'graph', label: 'Gap graph' },
  { id: 'findings', label: 'Findings' },
  { id: 'knowledge', label: 'Who knew what, when' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

export function isViewId(v: string | undefined): v is ViewId {
  return VIEWS.some((x) => x.id === v);
}

export interface Selection {
  /** The entry in focus everywhere (detail panel, highlighted row, mark, node). */
  ref: string | null;
  agency: AgencyId | null;
  /** Index into analysis.gaps (the findings still standing; rejected ones are never selected). */
  gap: number | null;
}

/** Something to tell the user, calmly: what happened and what to do. */
export interface Notice {
  tone: 'info' | 'problem';
  message: string;
}

/** The filters of the chronology and timeline; `refs` is filled from the search results. */
export type Filters = Omit<EntryFilter, 'refs'>;

export interface SearchState {
  q: string;
  /** null = no search running or done. */
  hits: readonly SearchHitView[] | null;
  /** The core stops at this many hits. */
  limited: boolean;
}

export interface AppState {
  phase: 'starting' | 'no-case' | 'loading' | 'ready';
  summary: CaseSummary | null;
  analysis: AnalysisJson | null;
  /** The case the analysis was read from (a reload of the same case keeps the user's place). */
  analysisPath: string | null;
  notice: Notice | null;
  view: ViewId;
  selection: Selection;
  /** The timeline's visible span (ms), kept when switching views. */
  timeRange: { start: number; end: number } | null;
  filters: Filters;
  search: SearchState;
  /** Paths waiting for the import view (dropped on the window, opened from the OS). */
  importQueue: readonly string[];
  /** The core is finding contacts and concerns: how far it has got (null when it is not). */
  extracting: { done: number; total: number } | null;
}

const { refs: _refs, ...noFilters } = NO_FILTER;
export const EMPTY_FILTERS: Filters = noFilters;
const NO_SELECTION: Selection = { ref: null, agency: null, gap: null };
const NO_SEARCH: SearchState = { q: '', hits: null, limited: false };

export const initialState: AppState = {
  phase: 'starting',
  summary: null,
  analysis: null,
  analysisPath: null,
  notice: null,
  view: 'chronology',
  selection: NO_SELECTION,
  timeRange: null,
  filters: EMPTY_FILTERS,
  search: NO_SEARCH,
  importQueue: [],
  extracting: null,
};

export type Action =
  | { type: 'case/none' }
  | { type: 'case/loading'; summary: CaseSummary | null }
  | { type: 'case/loaded'; summary: CaseSummary; analysis: AnalysisJson }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'view'; view: ViewId }
  | { type: 'select/entry'; ref: string | null }
  | { type: 'select/agency'; agency: AgencyId | null }
  | { type: 'select/gap'; gap: number | null }
  | { type: 'timeRange'; range: { start: number; end: number } | null }
  | { type: 'filters/set'; filters: Partial<Filters> }
  | { type: 'filters/clear' }
  | { type: 'search/query'; q: string }
  | { type: 'search/results'; q: string; hits: readonly SearchHitView[]; limited: boolean }
  | { type: 'entry/patched'; entry: AnalysisJson['entries'][number] }
  /** The core answered a decision with the finding as it now shows. */
  | { type: 'gap/decided'; gap: AnalysisGap }
  | { type: 'import/queue'; paths: readonly string[] }
  | { type: 'import/taken' }
  | { type: 'extract/progress'; done: number; total: number };

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'case/none':
      return { ...initialState, phase: 'no-case', notice: state.notice, importQueue: state.importQueue };
    case 'case/loading':
      return { ...state, phase: state.analysis ? state.phase : 'loading', summary: action.summary ?? state.summary };
    case 'case/loaded': {
      const sameCase = state.analysisPath === action.summary.path;
      const refs = new Set(action.analysis.entries.map((e) => e.ref));
      // A reload of the same case (after an import) keeps the user's place; a different case starts afresh.
      const kept = sameCase && state.selection.ref !== null && refs.has(state.selection.ref) ? state.selection : NO_SELECTION;
      // The selected finding is followed by its id: the findings may have moved (rules changed, one rejected elsewhere).
      const selection = sameCase ? { ...kept, gap: followGap(state.analysis, action.analysis, state.selection.gap) } : kept;
      const empty = action.analysis.entries.length === 0;
      return {
        ...state,
        phase: 'ready',
        summary: action.summary,
        analysis: action.analysis,
        analysisPath: action.summary.path,
        selection,
        ...(sameCase ? {} : { filters: EMPTY_FILTERS, search: NO_SEARCH, timeRange: null, view: empty ? 'import' : 'chronology' }),
      };
    }
    case 'notice':
      return { ...state, notice: action.notice };
    case 'view':
      return { ...state, view: action.view };
    case 'select/entry':
      return { ...state, selection: { ...state.selection, ref: action.ref } };
    case 'select/agency':
      return { ...state, selection: { ...state.selection, agency: action.agency } };
    case 'select/gap':
      return { ...state, selection: { ...state.selection, gap: action.gap } };
    case 'timeRange':
      return { ...state, timeRange: action.range };
    case 'filters/set':
      return { ...state, filters: { ...state.filters, ...action.filters } };
    case 'filters/clear':
      return { ...state, filters: EMPTY_FILTERS, search: NO_SEARCH };
    case 'search/query':
      return { ...state, search: action.q.trim() === '' ? NO_SEARCH : { ...state.search, q: action.q } };
    case 'search/results':
      // A late answer to an older query is dropped.
      return action.q === state.search.q ? { ...state, search: { q: action.q, hits: action.hits, limited: action.limited } } : state;
    case 'entry/patched': {
      // A correction answered with the entry as it now is: swap it in, no reload of the whole case.
      if (!state.analysis) return state;
      const i = state.analysis.entries.findIndex((e) => e.ref === action.entry.ref);
      if (i < 0) return state;
      const entries = [...state.analysis.entries];
      entries[i] = action.entry;
      return { ...state, analysis: { ...state.analysis, entries } };
    }
    case 'gap/decided': {
      if (!state.analysis) return state;
      const { gaps, rejectedGaps } = placeDecidedGap(state.analysis, action.gap);
      const analysis = { ...state.analysis, gaps, rejectedGaps };
      return { ...state, analysis, selection: { ...state.selection, gap: followGap(state.analysis, analysis, state.selection.gap) } };
    }
    case 'import/queue':
      return { ...state, importQueue: action.paths, view: 'import' };
    case 'import/taken':
      return { ...state, importQueue: [] };
    case 'extract/progress':
      return { ...state, extracting: action.done >= action.total ? null : { done: action.done, total: action.total } };
  }
}

/** The index in `after` of the finding that was at `index` in `before` (by id), or null when it is gone or rejected. */
function followGap(before: AnalysisJson | null, after: AnalysisJson, index: number | null): number | null {
  if (index === null) return null;
  const id = before?.gaps[index]?.id;
  if (id === undefined) return index < after.gaps.length ? index : null;
  const i = after.gaps.findIndex((g) => g.id === id);
  return i < 0 ? null : i;
}

function windowStart(g: AnalysisGap): string {
  return g.window?.from ?? g.window?.to ?? '';
}

/** Insert in window order (as the core lists findings), after any that start the same day. */
function insertInOrder(list: readonly AnalysisGap[], gap: AnalysisGap): AnalysisGap[] {
  const at = windowStart(gap);
  const i = list.findIndex((g) => windowStart(g) > at);
  return i < 0 ? [...list, gap] : [...list.slice(0, i), gap, ...list.slice(i)];
}

/**
 * A decided finding in its place: a rejected one moves to rejectedGaps; an
 * accepted or edited one stays where it was in gaps (or comes back from
 * rejectedGaps in window order). Exported for the tests.
 */
export function placeDecidedGap(analysis: Pick<AnalysisJson, 'gaps' | 'rejectedGaps'>, gap: AnalysisGap): { gaps: AnalysisGap[]; rejectedGaps: AnalysisGap[] } {
  const rejected = (analysis.rejectedGaps ?? []).filter((g) => g.id !== gap.id);
  const at = analysis.gaps.findIndex((g) => g.id === gap.id);
  const rest = analysis.gaps.filter((g) => g.id !== gap.id);
  if (gap.decision?.decision === 'rejected') return { gaps: rest, rejectedGaps: insertInOrder(rejected, gap) };
  if (at >= 0) return { gaps: [...rest.slice(0, at), gap, ...rest.slice(at)], rejectedGaps: rejected };
  return { gaps: insertInOrder(rest, gap), rejectedGaps: rejected };
}
