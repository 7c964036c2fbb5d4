/**
 * A case folder analysed as the command line analyses it, and the negation
 * examples its README gives: shared by `npm run eval` and the acceptance
 * accuracy test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { AnalysisJson } from '../../shared/analysis.ts';
import { collectFiles } from '../../electron/core/pipeline/collect-files.ts';
import { analyseCase } from '../../electron/core/pipeline/analysis-json.ts';
import { importFiles } from '../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../electron/core/store/index.ts';
import type { Gold } from '../support/gold.ts';

/** Import a case folder into a fresh in-memory case and analyse it, as the CLI does. */
export async function analyseFolder(dir: string): Promise<AnalysisJson> {
  const store = openCase(':memory:');
  try {
    const { files } = collectFiles([dir]);
    await importFiles(store.db, files.map((f) => ({ path: f.path, fileName: f.fileName })));
    return await analyseCase(store);
  } finally {
    store.close();
  }
}

/** The negation examples the case's README and gold conventions give, to check none is counted as a contact. */
export function negationExamples(dir: string, gold: Gold): string[] {
  const readmePath = join(dir, 'README.md');
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
  const conventions = JSON.stringify((gold as unknown as { conventions?: { negation?: string } }).conventions?.negation ?? '');
  const quoted = [...readme.matchAll(/"([^"]{6,80})"/g), ...conventions.matchAll(/\\"([^"\\]{6,80})\\"/g)].map((m) => m[1]!);
  return [...new Set(quoted.filter((q) => /\b(?:not|no|nobody|no one|did not|should have|to be|without|never|N)\b/.test(q)))];
}

