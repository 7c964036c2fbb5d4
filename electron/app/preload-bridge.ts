/**
 * window.threadline as the preload builds it: ThreadlineBridge from
 * shared/api.ts over ipcRenderer, and nothing more. Written against small
 * interfaces so tests can drive it without Electron.
 *
 * WARNING: this file is bundled into the sandboxed preload, which can only
 * require 'electron' and a few built-ins. Import nothing from node:* or from
 * the core here; scripts/build.ts fails the build if the bundle requires
 * anything but 'electron'.
 */
import { channelNames, type Channel, type EventName, type Events, type Result, type ThreadlineBridge } from '../../shared/api.ts';
import { EVENT_CHANNEL, READY_CHANNEL, ipcChannelFor } from './ipc-channels.ts';

export interface IpcRendererLike {
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>;
  send: (channel: string, ...args: unknown[]) => void;
  on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => unknown;
}

export interface WebUtilsLike {
  getPathForFile: (file: never) => string;
}

const known: ReadonlySet<string> = new Set(channelNames);

function failure(kind: string, message: string): Result<never> {
  return { ok: false, error: { kind, message } };
}

/** A Result from main, or a failure if something other than a Result came back. */
function asResult(value: unknown): Result<never> {
  if (typeof value === 'object' && value !== null && 'ok' in value) return value as Result<never>;
  return failure('ipc-failed', 'Threadline did not get an answer it understood from the main process.');
}

export function createBridge(ipc: IpcRendererLike, webUtils: WebUtilsLike): ThreadlineBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  ipc.on(EVENT_CHANNEL, (_event, name, payload) => {
    if (typeof name !== 'string') return;
    for (const listener of listeners.get(name) ?? []) {
      try {
        listener(payload);
      } catch (err) {
        // One broken listener must not stop the others hearing the event.
        console.error(`threadline: a listener for "${name}" failed`, err);
      }
    }
  });

  const bridge: ThreadlineBridge = {
    invoke<K extends Channel>(channel: K, request: unknown) {
      // No generic invoke: only the channels of the contract reach main.
      if (typeof channel !== 'string' || !known.has(channel)) {
        return Promise.resolve(failure('unknown-channel', `There is no "${String(channel)}" in the API.`));
      }
      return ipc.invoke(ipcChannelFor(channel), request).then(asResult, (err: unknown) =>
        failure('ipc-failed', `The call to ${channel} failed: ${err instanceof Error ? err.message : String(err)}`),
      );
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
      ipc.send(READY_CHANNEL);
    },
    pathForFile(file: object) {
      try {
        return webUtils.getPathForFile(file as never) || null;
      } catch {
        return null;
      }
    },
  };
  return Object.freeze(bridge);
}
