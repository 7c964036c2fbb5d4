/**
 * The acceptance cases, read where they live (../shared/acceptance beside the
 * project, as in CI). Never copied into the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACCEPTANCE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'acceptance');

export interface GoldContact {
  with: string;
  direction: string;
  type: string;
}

export interface GoldEntry {
  ref: string;
  agency: string;
  employer?: string;
  date: { raw: string; earliest: string; latest: string; precision: string; uncertain: boolean };
  time: string | null;
  text: string;
  contacts: GoldContact[];
  concerns: string[];
  duplicateOf?: string;
}

export interface GoldGap {
  id: string;
  code: string;
  alsoAcceptable?: string[];
  from: string;
  to: string[];
  anchors: string[];
  note?: string;
}

export interface Gold {
  case: string;
  files: Array<{ file: string; agency: string; format: string }>;
  entries: GoldEntry[];
  gaps: GoldGap[];
  duplicates: string[][];
  decoys?: Array<{ id: string; looksLike: string[]; refs: string[]; note: string }>;
}

/** The acceptance case folders that have a gold.json. */
export function acceptanceCases(): string[] {
  if (!existsSync(ACCEPTANCE_DIR)) return [];
  return readdirSync(ACCEPTANCE_DIR)
    .filter((d) => existsSync(join(ACCEPTANCE_DIR, d, 'gold.json')))
    .sort();
}

export function caseDir(name: string): string {
  return join(ACCEPTANCE_DIR, name);
}

export function readGold(name: string): Gold {
  return JSON.parse(readFileSync(join(ACCEPTANCE_DIR, name, 'gold.json'), 'utf8')) as Gold;
}
