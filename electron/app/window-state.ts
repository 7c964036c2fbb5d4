/**
 * Window size and position, remembered between runs in a small JSON file in
 * userData. The file is outside our control (an older version, a hand edit,
 * a monitor unplugged since), so it is validated on read and the window is
 * moved back onto a display it can be seen on.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { z } from 'zod';

import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window-options.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(20_000),
  maximized: z.boolean().default(false),
});

/** A stored state, or null if the text is not one (never throws). */
export function parseWindowState(text: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** Enough of the title bar on screen to grab it with the mouse. */
const GRAB = { width: 120, height: 40 };

/**
 * Where to put a window: its remembered place if enough of its top edge is on
 * some display's work area; otherwise centred on the first (primary) display.
 * The size never exceeds the chosen display.
 */
export function placeOnDisplays(wanted: Rect, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0];
  if (!primary) return wanted;
  const titleBar = { x: wanted.x, y: wanted.y, width: wanted.width, height: GRAB.height };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= GRAB.width && o.height >= GRAB.height;
  });
  const area = home ?? primary;
  const width = Math.min(wanted.width, area.width);
  const height = Math.min(wanted.height, area.height);
  if (home) {
    return {
      x: Math.min(Math.max(wanted.x, area.x), area.x + area.width - width),
      y: Math.min(Math.max(wanted.y, area.y), area.y + area.height - height),
      width,
      height,
    };
  }
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/** The first window's place: remembered, or default-sized and centred. */
export function initialBounds(stored: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height };
  const wanted = stored ?? { x: primary.x + Math.round((primary.width - DEFAULT_WINDOW_SIZE.width) / 2), y: primary.y + Math.round((primary.height - DEFAULT_WINDOW_SIZE.height) / 2), ...DEFAULT_WINDOW_SIZE };
  return { ...placeOnDisplays(wanted, workAreas), maximized: stored?.maximized ?? false };
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Written to a temporary file and renamed, so a crash mid-write leaves the old state. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}
