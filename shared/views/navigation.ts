/**
 * Keyboard movement between timeline entries: left and right step through
 * the lane in time order, up and down jump to the nearest entry in time in
 * the next lane that has any.
 */
import type { TimelineModel } from './timeline-model.ts';

export type Step = 'left' | 'right' | 'up' | 'down' | 'first' | 'last';

/** The mark (index into model.marks) a key press moves to from `current`, or `current` when there is nowhere to go. */
export function stepMark(model: TimelineModel, current: number | null, step: Step): number | null {
  if (model.marks.length === 0) return null;
  const m = current === null ? undefined : model.marks[current];
  if (current === null || !m) return step === 'last' ? model.marks.length - 1 : 0;
  const lane = model.laneMarks[m.lane] ?? [];
  const pos = lane.indexOf(current);
  switch (step) {
    case 'first':
      return 0;
    case 'last':
      return model.marks.length - 1;
    case 'left':
      return pos > 0 ? lane[pos - 1]! : current;
    case 'right':
      return pos >= 0 && pos < lane.length - 1 ? lane[pos + 1]! : current;
    case 'up':
    case 'down': {
      const dir = step === 'up' ? -1 : 1;
      for (let l = m.lane + dir; l >= 0 && l < model.laneMarks.length; l += dir) {
        const list = model.laneMarks[l]!;
        if (list.length === 0) continue;
        let best = list[0]!;
        for (const k of list) if (Math.abs(model.marks[k]!.at - m.at) < Math.abs(model.marks[best]!.at - m.at)) best = k;
        return best;
      }
      return current;
    }
  }
}
