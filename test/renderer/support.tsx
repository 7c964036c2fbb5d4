/**
 * The renderer tests' small DSL: a fake window.threadline answering from
 * a map of channel handlers (what is not there answers "unknown channel",
 * as the real bridge does), events the test can emit, layout stubs jsdom
 * lacks (sizes, canvas, animation frames), and app/view renderers.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';

import type { CaseSummary, EntryDetail, EventName, Events, Result, ThreadlineBridge } from '../../shared/api.ts';
import type { AnalysisJson } from '../../shared/analysis.ts';
import { App } from '../../renderer/App.tsx';
import { initialState, type AppState } from '../../renderer/state/reducer.ts';
import { StoreProvider } from '../../renderer/state/store.tsx';

export type FakeHandlers = Partial<Record<string, (request: unknown) => unknown>>;

export interface FakeBridge {
  calls: Array<{ channel: string; request: unknown }>;
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
}

/** Install window.threadline; handlers may throw { kind, message } to answer with an error. */
export function installBridge(handlers: FakeHandlers): FakeBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: FakeBridge['calls'] = [];
  const invoke = async (channel: string, request: unknown): Promise<Result<unknown>> => {
    calls.push({ channel, request });
    const h = handlers[channel];
    if (!h) return { ok: false, error: { kind: 'unknown-channel', message: `There is no "${channel}" in the API.` } };
    try {
      return { ok: true, value: await h(request) };
    } catch (err) {
      const e = err as { kind?: string; message?: string };
      return { ok: false, error: { kind: e.kind ?? 'failed', message: e.message ?? String(err) } };
    }
  };
  const bridge = {
    invoke,
    on: (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    ready: () => undefined,
    pathForFile: () => null,
  } as unknown as ThreadlineBridge;
  window.threadline = bridge;
  return {
    calls,
    emit: (event, payload) => {
      for (const l of listeners.get(event) ?? []) l(payload);
    },
  };
}

export function summaryOf(analysis: AnalysisJson, path = '/cases/test.threadline'): CaseSummary {
  return {
    file: 'test.threadline',
    path,
    title: 'Test case',
    createdAt: '2024-01-01T00:00:00Z',
    formatVersion: 3,
    readonly: false,
    sources: [],
    entryCount: analysis.entries.length,
    dateRange: { from: null, to: null },
    agencies: [],
  };
}

/** entries.get from the analysis: the entry with raw cells made from its text. */
export function entryDetailFrom(analysis: AnalysisJson) {
  return (request: unknown): EntryDetail => {
    const { ref } = request as { ref: string };
    const e = analysis.entries.find((x) => x.ref === ref);
    if (!e) throw { kind: 'not-found', message: `There is no entry ${ref} in this case.` };
    return {
      entry: {
        id: 1,
        ref: e.ref,
        sourceFile: e.source.file,
        ordinal: Number(e.ref.split('#')[1]),
        agency: e.agency,
        employer: e.employer ?? null,
        date: { raw: e.date.raw, earliest: e.date.earliest, latest: e.date.latest, precision: e.date.precision, uncertain: e.date.uncertain },
        time: e.time,
        text: e.text,
        author: null,
        team: null,
        subject: null,
        contactType: null,
        sourceRef: null,
        location: e.source.location,
        cells: { Date: e.date.raw, Details: e.text },
      },
      source: { id: 1, fileName: e.source.file, path: `/returns/${e.source.file}`, format: 'csv', agency: e.agency, sha256: 'x', size: 1, importedAt: '2024-01-01', title: null, layout: 'table', mapping: null, entryCount: 1, warnings: [] },
    };
  };
}

/** The whole app against a fake core holding this analysis. */
export function renderApp(analysis: AnalysisJson | null, extra: FakeHandlers = {}): { result: RenderResult; bridge: FakeBridge } {
  const bridge = installBridge({
    'case.summary': () => (analysis ? summaryOf(analysis) : null),
    'analysis.get': () => analysis,
    ...(analysis ? { 'entries.get': entryDetailFrom(analysis) } : {}),
    ...extra,
  });
  return { result: render(<App />), bridge };
}

/** A view inside a store already holding the analysis, against a fake core holding the same case. */
export function renderWithCase(ui: ReactNode, analysis: AnalysisJson, extra: FakeHandlers = {}, state: Partial<AppState> = {}): RenderResult & { bridge: FakeBridge } {
  const bridge = installBridge({ 'case.summary': () => summaryOf(analysis), 'analysis.get': () => analysis, 'entries.get': entryDetailFrom(analysis), ...extra });
  const initial: AppState = { ...initialState, phase: 'ready', summary: summaryOf(analysis), analysis, analysisPath: summaryOf(analysis).path, ...state };
  return { ...render(<StoreProvider initial={initial}>{ui}</StoreProvider>), bridge };
}

/** jsdom has no layout: give elements a size so the virtualiser renders rows. */
export function stubLayout(width = 1200, height = 800): void {
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => width });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => height });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  Element.prototype.scrollIntoView = () => undefined;
}

/** A canvas context that accepts every call and draws nothing (jsdom has no canvas). */
export function stubCanvas(): void {
  const ctx = new Proxy(
    {},
    {
      get: (_t, prop) => (prop === 'measureText' ? () => ({ width: 20 }) : prop === 'canvas' ? undefined : () => undefined),
      set: () => true,
    },
  );
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => ctx });
}

/** Animation frames the test runs by hand, to count draws per frame. */
export function manualFrames(): { flush: () => number; pending: () => number } {
  let queue: FrameRequestCallback[] = [];
  window.requestAnimationFrame = (cb) => {
    queue.push(cb);
    return queue.length;
  };
  window.cancelAnimationFrame = () => undefined;
  return {
    flush: () => {
      const run = queue;
      queue = [];
      run.forEach((cb) => cb(performance.now()));
      return run.length;
    },
    pending: () => queue.length,
  };
}
