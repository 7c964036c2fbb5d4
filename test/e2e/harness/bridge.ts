/**
 * window.threadline for the browser harness: ThreadlineBridge over HTTP to
 * test/e2e/harness/server.ts, which runs the real core. Calls are
 * POST /api/<channel>; events come over Server-Sent Events (GET /api/events);
 * ready() is POST /api/ready. Everything is same-origin, so the production
 * CSP (connect-src 'self') allows it unchanged.
 *
 * Bundled at test time by the server into a classic script, /harness-bridge.js,
 * which the server puts before the app's module script in index.html. The
 * Electron build never contains it. Like the preload, it refuses channel
 * names that are not in the contract before they leave the page.
 */
import { channelNames, type Channel, type EventName, type Events, type Result, type ThreadlineBridge } from '../../../shared/api.ts';

const known: ReadonlySet<string> = new Set(channelNames);
const listeners = new Map<string, Set<(payload: unknown) => void>>();

function failure(kind: string, message: string): Result<never> {
  return { ok: false, error: { kind, message } };
}

const events = new EventSource('./api/events');
events.addEventListener('message', (message) => {
  const { event, payload } = JSON.parse(String(message.data)) as { event: string; payload: unknown };
  for (const listener of listeners.get(event) ?? []) {
    try {
      listener(payload);
    } catch (err) {
      console.error(`threadline harness: a listener for "${event}" failed`, err);
    }
  }
});

const bridge: ThreadlineBridge = {
  async invoke<K extends Channel>(channel: K, request: unknown) {
    if (typeof channel !== 'string' || !known.has(channel)) return failure('unknown-channel', `There is no "${String(channel)}" in the API.`);
    try {
      const response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request ?? {}),
      });
      return (await response.json()) as Result<never>;
    } catch (err) {
      return failure('ipc-failed', `The call to ${channel} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  },
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  },
  ready() {
    void fetch('./api/ready', { method: 'POST' });
  },
  // A plain browser cannot tell a dropped file's path.
  pathForFile: () => null,
};

Object.defineProperty(globalThis, 'threadline', { value: Object.freeze(bridge), enumerable: true });
