/**
 * The ONE wrapper between the renderer and the core (CONVENTIONS.md, IPC
 * contract). Every channel in shared/api.ts is registered here and nowhere
 * else; each call:
 *   1. checks the sender: the top frame of one of our windows, on app://threadline;
 *   2. validates the request with the channel's schema and runs the handler
 *      (dispatch() in electron/core, shared with the e2e harness);
 *   3. returns { ok, value } | { ok, error }, never a thrown error.
 * Calls are tracked per window so closing and quitting wait for writes.
 */
import { channelNames, type HandlerContext, type Handlers, type Result } from '../../shared/api.ts';
import { dispatch } from '../core/handlers/dispatch.ts';
import type { DeliverEvent, EventHold } from './event-hold.ts';
import type { InFlight } from './in-flight.ts';
import { READY_CHANNEL, ipcChannelFor } from './ipc-channels.ts';
import { isAppUrl } from './url-guards.ts';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly routingId: number;
}

export interface SenderLike {
  readonly id: number;
  readonly mainFrame: FrameLike;
}

export interface IpcEventLike {
  readonly sender: SenderLike;
  /** Null when the frame has navigated away or been destroyed since sending. */
  readonly senderFrame: FrameLike | null;
}

// Method syntax so both Electron's ipcMain and the test mock fit this shape.
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
  removeAllListeners(channel: string): unknown;
}

/** What one window brings to the wrapper: its handlers (core + shell), events and calls in flight. */
export interface WindowBinding {
  handlers: Partial<Handlers>;
  ctx: HandlerContext;
  events: EventHold;
  /** How this window's events reach its page once it is ready (webContents.send on EVENT_CHANNEL). */
  deliver: DeliverEvent;
  inflight: InFlight;
}

export type BindingLookup = (webContentsId: number) => WindowBinding | undefined;

export const FORBIDDEN: Result<never> = {
  ok: false,
  error: { kind: 'forbidden', message: 'This request did not come from a Threadline window.' },
};

function sameFrame(a: FrameLike, b: FrameLike): boolean {
  return a.processId === b.processId && a.routingId === b.routingId;
}

/**
 * The sender check. Refuses: a destroyed or navigated frame, any subframe
 * (an iframe could only exist if something got past the CSP), a top frame
 * not on app://threadline, and a webContents that is not one of our windows.
 */
export function trustedBinding(event: IpcEventLike, lookup: BindingLookup): WindowBinding | null {
  const frame = event.senderFrame;
  if (!frame) return null;
  if (frame.parent !== null || !sameFrame(frame, event.sender.mainFrame)) return null;
  if (!isAppUrl(frame.url)) return null;
  return lookup(event.sender.id) ?? null;
}

/** One checked call: sender, then dispatch (schema + handler), tracked until it settles. */
export async function invokeChecked(event: IpcEventLike, channel: string, request: unknown, lookup: BindingLookup): Promise<Result<unknown>> {
  const binding = trustedBinding(event, lookup);
  if (!binding) return FORBIDDEN;
  return binding.inflight.track(dispatch(binding.handlers, channel, request, binding.ctx));
}

/**
 * Register every API channel, and the ready signal. Returns an unregister
 * function (tests; a real app keeps them for its lifetime). Channels not in
 * shared/api.ts are never registered, so Electron itself refuses them.
 */
export function registerIpc(ipcMain: IpcMainLike, lookup: BindingLookup): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(ipcChannelFor(channel), (event, request) => invokeChecked(event, channel, request, lookup));
  }
  ipcMain.on(READY_CHANNEL, (event) => {
    const binding = trustedBinding(event, lookup);
    binding?.events.open(binding.deliver);
  });
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(ipcChannelFor(channel));
    ipcMain.removeAllListeners(READY_CHANNEL);
  };
}
