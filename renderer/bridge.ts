/**
 * The renderer's only way to the core: window.threadline, provided by the
 * Electron preload or, in end-to-end tests, by the test harness. Typed from
 * shared/api.ts. Nothing else in the renderer touches window.threadline.
 */
import type { Channel, EventName, Events, RequestOf, ResponseOf, Result, ThreadlineBridge } from '../shared/api.ts';

declare global {
  interface Window {
    threadline?: ThreadlineBridge;
  }
}

const NOT_CONNECTED: Result<never> = {
  ok: false,
  error: { kind: 'not-connected', message: "Threadline's core is not connected, so nothing can be opened or saved. Close the window and start Threadline again." },
};

export function hasBridge(): boolean {
  return typeof window !== 'undefined' && window.threadline !== undefined;
}

/** Call a channel. Never throws: a failure of the bridge itself comes back as an error result. */
export async function call<K extends Channel>(channel: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  const bridge = window.threadline;
  if (!bridge) return NOT_CONNECTED;
  try {
    return await bridge.invoke(channel, request);
  } catch (err) {
    return { ok: false, error: { kind: 'bridge-failed', message: err instanceof Error ? err.message : String(err) } };
  }
}

/** Listen to an event from the core or shell; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  const bridge = window.threadline;
  if (!bridge) return () => undefined;
  return bridge.on(event, listener);
}

/** Tell the shell the renderer is listening, so it releases queued events. */
export function ready(): void {
  window.threadline?.ready();
}

/** The path of a dropped file, where the shell can tell it (null in a plain browser). */
export function pathForFile(file: File): string | null {
  try {
    return window.threadline?.pathForFile(file) ?? null;
  } catch {
    return null;
  }
}
