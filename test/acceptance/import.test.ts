/**
 * Issue 3's acceptance: every file of every acceptance case imports with the
 * entry refs, agencies, employers, date bounds and times of its gold.json,
 * asserted entry by entry, through the same pipeline the CLI uses.
 */
import { expect, it } from 'vitest';

import { describeImportAgainstGold } from '../support/import-against-gold.ts';
import { acceptanceCases, caseDir } from '../support/acceptance.ts';

const cases = acceptanceCases();

it('finds the acceptance cases beside the project', () => {
  expect(cases).toEqual(expect.arrayContaining(['adult-s', 'child-l']));
});

for (const name of cases) describeImportAgainstGold(caseDir(name));
