/**
 * File › Open Recent: the last cases opened, newest first, in a JSON file in
 * userData (validated on read), and mirrored to the OS list with
 * app.addRecentDocument (handed in).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';

import { z } from 'zod';

export const MAX_RECENT_CASES = 10;

const recentSchema = z.array(z.string().min(1).max(4096)).max(100);

/** The stored list, or empty if the text is not one. Only absolute paths survive. */
export function parseRecentCases(text: string): string[] {
  try {
    const parsed = recentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.filter((p) => isAbsolute(p)).slice(0, MAX_RECENT_CASES) : [];
  } catch {
    return [];
  }
}

/** `path` first, without duplicates, at most MAX_RECENT_CASES. */
export function withRecentCase(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, MAX_RECENT_CASES);
}

export interface RecentCases {
  list: () => readonly string[];
  add: (path: string) => void;
  remove: (path: string) => void;
  clear: () => void;
}

export function createRecentCases(file: string, hooks: { addToOs: (path: string) => void; clearOs: () => void; changed: () => void }): RecentCases {
  let list: string[] = (() => {
    try {
      return parseRecentCases(readFileSync(file, 'utf8'));
    } catch {
      return [];
    }
  })();
  const save = () => {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(list));
      renameSync(`${file}.tmp`, file);
    } catch {
      // The recent list is a convenience; never fail an open over it.
    }
    hooks.changed();
  };
  return {
    list: () => list,
    add(path) {
      if (!isAbsolute(path)) return;
      list = withRecentCase(list, path);
      hooks.addToOs(path);
      save();
    },
    remove(path) {
      list = list.filter((p) => p !== path);
      save();
    },
    clear() {
      list = [];
      hooks.clearOs();
      save();
    },
  };
}
