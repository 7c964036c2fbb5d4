/**
 * The gold.json shape shared by every case the project measures or tests
 * against: the acceptance cases beside the project (read only by
 * test/acceptance and the eval), the invented corpus (test/corpus/) and the
 * reader fixtures (test/fixtures/returns/). test/corpus/WRITING-GUIDE.md
 * describes the fields.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
  text?: string;
  contacts?: GoldContact[];
  concerns?: string[];
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
  reviewType?: string;
  files: Array<{ file: string; agency: string; format: string }>;
  entries: GoldEntry[];
  gaps?: GoldGap[];
  duplicates?: string[][];
  decoys?: Array<{ id: string; looksLike: string[]; refs: string[]; note: string }>;
}

/** The folders under root that hold a gold.json, sorted by name; none when root is missing. */
export function caseFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'gold.json')))
    .sort()
    .map((d) => join(root, d));
}

export function readGold(dir: string): Gold {
  return JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
}
