/**
 * A return saved as CSV on a computer set to US dates: the spreadsheet's real
 * date cells come out month-first, the dates typed as text stay day-first.
 * Every entry still gets its real day, and the author is told what happened.
 * The rows are invented.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { importFiles } from '../../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../../electron/core/store/index.ts';
import { MIXED_DATES_DAYS, mixedDatesCsv } from '../../support/mixed-dates.ts';
import { makeTempDir } from '../readers/fixtures.ts';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const CSV = mixedDatesCsv();

describe('a CSV that mixes day-first and month-first dates', () => {
  it('reads every entry on its real day, flags the guesses and says why', async () => {
    const store = openCase(':memory:');
    const [out] = await importFiles(store.db, [{ path: tmp.file('early-help.csv', CSV) }]);
    expect(out?.ok).toBe(true);
    const entries = store.getEntries();
    expect(entries.map((e) => e.date.earliest)).toEqual(MIXED_DATES_DAYS);
    const issues = out && out.ok ? out.issues : [];
    expect(issues.find((i) => i.code === 'us-dates')?.message).toMatch(/mixes day-first and month-first dates/);
    store.close();
  });
});
