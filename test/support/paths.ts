/** Where the project's own invented test data lives (nothing here reads outside the project). */
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** The reader fixtures: two invented cases in every layout the readers handle (scripts/make-test-fixtures.ts). */
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures', 'returns');
/** The invented sample case the app offers on its welcome screen (scripts/make-sample-case.ts). */
export const SAMPLE_CASE_DIR = join(ROOT, 'resources', 'sample-case');
/** The invented evaluation corpus that `npm run eval` scores (written blind, see test/corpus/README.md). */
export const CORPUS_DIR = join(ROOT, 'test', 'corpus');
