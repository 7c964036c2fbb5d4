/**
 * The invented reader fixtures (test/fixtures/returns/, written by
 * scripts/make-test-fixtures.ts) import entry by entry as their gold says:
 * every layout the readers handle, on a fresh clone with nothing beside it.
 */
import { describe, expect, it } from 'vitest';

import { caseFolders } from '../../support/gold.ts';
import { FIXTURES_DIR as FIXTURES } from '../../support/paths.ts';
import { describeImportAgainstGold } from '../../support/import-against-gold.ts';

const cases = caseFolders(FIXTURES);

describe('the reader fixtures', () => {
  it('are in the project', () => {
    expect(cases.map((c) => c.slice(FIXTURES.length + 1))).toEqual(['adult-v', 'child-t']);
  });
});

for (const dir of cases) describeImportAgainstGold(dir);
