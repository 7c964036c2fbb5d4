/**
 * Main → renderer events, held until the page says it is listening (the
 * Electron Fiddle pattern): a case opened from the OS before React has
 * mounted must still reach the UI. The window and the e2e harness each give
 * it their own way to deliver.
 */
import type { EventName, Events } from '../../shared/api.ts';

export type DeliverEvent = (event: EventName, payload: unknown) => void;

export interface EventHold {
  /** Send now if the page is listening, otherwise queue. */
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
  /** The page is listening: deliver the queue in order, then pass events straight through. */
  open: (deliver: DeliverEvent) => void;
  /** The page went away (reload, crash): hold events again until the next open(). */
  close: () => void;
  readonly queued: number;
}

/** Enough for any real burst; beyond it the oldest progress ticks go first. */
export const MAX_HELD_EVENTS = 1000;

export function createEventHold(): EventHold {
  const queue: Array<{ event: EventName; payload: unknown }> = [];
  let deliver: DeliverEvent | null = null;
  return {
    emit(event, payload) {
      if (deliver) {
        deliver(event, payload);
        return;
      }
      queue.push({ event, payload });
      if (queue.length > MAX_HELD_EVENTS) {
        const progress = queue.findIndex((q) => q.event === 'import.progress');
        queue.splice(progress >= 0 ? progress : 0, 1);
      }
    },
    open(next) {
      deliver = next;
      for (const held of queue.splice(0)) next(held.event, held.payload);
    },
    close() {
      deliver = null;
    },
    get queued() {
      return queue.length;
    },
  };
}
