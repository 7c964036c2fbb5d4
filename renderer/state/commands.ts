/**
 * Things the user asks for that involve the core: load the open case, start
 * a new one, open one, search, export the analysis. Each reports failures as
 * a calm notice and never leaves the app half-changed.
 */
import type { Dispatch } from 'react';

import type { AnalysisJson } from '../../shared/analysis.ts';
import { plural } from '../../shared/text/plural.ts';
import { call } from '../bridge.ts';
import type { Action } from './reducer.ts';

/** Read the open case (summary and analysis) again, e.g. after an import, on 'case.changed' or after the rules changed. Answers with the analysis read, if any. */
export async function loadCase(dispatch: Dispatch<Action>): Promise<AnalysisJson | null> {
  const summary = await call('case.summary', {});
  if (!summary.ok) {
    dispatch({ type: 'notice', notice: { tone: 'problem', message: summary.error.message } });
    dispatch({ type: 'case/none' });
    return null;
  }
  if (summary.value === null) {
    dispatch({ type: 'case/none' });
    return null;
  }
  dispatch({ type: 'case/loading', summary: summary.value });
  const analysis = await call('analysis.get', {});
  if (!analysis.ok) {
    dispatch({ type: 'notice', notice: { tone: 'problem', message: `The case is open but its chronology could not be read: ${analysis.error.message}` } });
    return null;
  }
  dispatch({ type: 'case/loaded', summary: summary.value, analysis: analysis.value });
  return analysis.value;
}

/**
 * File → Export: ask where, then write the analysis JSON (what
 * `threadline analyse --json` writes). Cancelling the dialog changes nothing.
 */
export async function exportAnalysis(dispatch: Dispatch<Action>, caseName: string | null): Promise<void> {
  const where = await call('dialog.saveFile', { purpose: 'analysis-json', suggestedName: `${caseName?.trim() || 'Case'} - analysis` });
  if (!where.ok) return void dispatch({ type: 'notice', notice: { tone: 'problem', message: `The analysis was not exported: ${where.error.message}` } });
  if (where.value === null) return;
  const written = await call('analysis.export', { path: where.value });
  if (!written.ok) {
    dispatch({ type: 'notice', notice: { tone: 'problem', message: `The analysis was not exported: ${written.error.message} Nothing in the case has changed.` } });
    return;
  }
  const { path, entries, gaps } = written.value;
  dispatch({ type: 'notice', notice: { tone: 'info', message: `Exported the analysis, ${plural(entries, 'entry', 'entries')} and ${plural(gaps, 'finding', 'findings')}, to ${path}.` } });
}

/** "New case…": ask where to save it, then create it. */
export async function newCase(dispatch: Dispatch<Action>): Promise<void> {
  const where = await call('dialog.saveFile', { purpose: 'case', suggestedName: 'New case.threadline' });
  if (!where.ok) return void dispatch({ type: 'notice', notice: { tone: 'problem', message: where.error.message } });
  if (where.value === null) return; // the user cancelled
  const created = await call('case.create', { path: where.value });
  if (!created.ok) return void dispatch({ type: 'notice', notice: { tone: 'problem', message: created.error.message } });
  dispatch({ type: 'notice', notice: null });
  await loadCase(dispatch);
}

/** "Open case…": ask which file, then open it. */
export async function openCase(dispatch: Dispatch<Action>): Promise<void> {
  const which = await call('dialog.openFiles', { purpose: 'case' });
  if (!which.ok) return void dispatch({ type: 'notice', notice: { tone: 'problem', message: which.error.message } });
  const path = which.value[0];
  if (!path) return;
  const opened = await call('case.open', { path });
  if (!opened.ok) return void dispatch({ type: 'notice', notice: { tone: 'problem', message: opened.error.message } });
  dispatch({ type: 'notice', notice: null });
  await loadCase(dispatch);
}

export const SEARCH_LIMIT = 1000;

/** Full-text search in the core; the results arrive tagged with their query, so a late answer is dropped. */
export async function runSearch(dispatch: Dispatch<Action>, q: string): Promise<void> {
  const r = await call('entries.search', { q, limit: SEARCH_LIMIT });
  if (!r.ok) {
    dispatch({ type: 'notice', notice: { tone: 'problem', message: `The search did not work: ${r.error.message}` } });
    dispatch({ type: 'search/results', q, hits: [], limited: false });
    return;
  }
  dispatch({ type: 'search/results', q, hits: r.value, limited: r.value.length >= SEARCH_LIMIT });
}
