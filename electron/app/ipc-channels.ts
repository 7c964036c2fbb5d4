/**
 * The IPC channel names shared by main and the preload. Kept apart from
 * ipc.ts so the preload bundle does not pull in the core (and SQLite): a
 * sandboxed preload can only require 'electron' and a few built-ins.
 */
import type { Channel } from '../../shared/api.ts';

/** Every API channel is registered as `tl:<channel>`; nothing else answers invoke(). */
export const IPC_PREFIX = 'tl:';
/** Main → renderer: one channel carrying (eventName, payload). */
export const EVENT_CHANNEL = 'tl:event';
/** Renderer → main: the page is listening, release held events. */
export const READY_CHANNEL = 'tl:ready';

export function ipcChannelFor(channel: Channel): string {
  return `${IPC_PREFIX}${channel}`;
}
