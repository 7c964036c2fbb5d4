/**
 * The date floor on the project's invented reader fixtures: every gold date,
 * read in file order, gives exactly the gold bounds (test/fixtures/returns,
 * written by scripts/make-test-fixtures.ts).
 */
import { caseFolders, readGold } from '../../support/gold.ts';
import { describeGoldDates } from '../../support/gold-dates.ts';
import { FIXTURES_DIR } from '../../support/paths.ts';

for (const dir of caseFolders(FIXTURES_DIR)) describeGoldDates(readGold(dir));
