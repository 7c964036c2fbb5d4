/**
 * The acceptance cases, read where they live (../shared/acceptance beside the
 * project, as in CI). Never copied into the project, and never read by
 * `npm test`: only `npm run eval` and `npm run test:acceptance` use them.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import { caseFolders, readGold as readGoldIn, type Gold } from './gold.ts';

export type { Gold, GoldContact, GoldEntry, GoldGap } from './gold.ts';

export const ACCEPTANCE_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'acceptance');

/** What to tell someone who runs an acceptance command without the cases beside the project. */
export const MISSING_ACCEPTANCE = `The acceptance cases are not beside the project. Put them in ${ACCEPTANCE_DIR} (a folder called shared/acceptance next to the project's folder, one sub-folder per case with its gold.json), then run this again. npm test does not need them.`;

export function acceptanceAvailable(): boolean {
  return existsSync(ACCEPTANCE_DIR);
}

/** The acceptance case names that have a gold.json. */
export function acceptanceCases(): string[] {
  return caseFolders(ACCEPTANCE_DIR).map((d) => basename(d));
}

export function caseDir(name: string): string {
  return join(ACCEPTANCE_DIR, name);
}

export function readGold(name: string): Gold {
  return readGoldIn(caseDir(name));
}
