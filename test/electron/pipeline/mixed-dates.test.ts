/**
 * A return saved as CSV on a computer set to US dates: the spreadsheet's real
 * date cells come out month-first, the dates typed as text stay day-first.
 * Every entry still gets its real day, and the author is told what happened.
 * The rows are invented.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { importFiles } from '../../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../../electron/core/store/index.ts';
import { makeTempDir } from '../readers/fixtures.ts';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const CSV = [
  'Early Help Service - chronology,,',
  ',,',
  'Date,Practitioner,Note',
  'w/c 06/03/2023,Family worker,Referral received from the school nurse.',
  '03/14/2023,Family worker,Home visit; mother and two children seen.',
  '22/03/2023,Family worker,Telephone call to the GP surgery.',
  '04/05/2023,Team manager,Case discussed in supervision.',
  '04/19/2023,Family worker,Letter sent offering a group place.',
  '05/03/2023,Family worker,Did not attend the group.',
  '05/17/2023,Family worker,Case closed: no engagement.',
].join('\r\n');

describe('a CSV that mixes day-first and month-first dates', () => {
  it('reads every entry on its real day, flags the guesses and says why', async () => {
    const store = openCase(':memory:');
    const [out] = await importFiles(store.db, [{ path: tmp.file('early-help.csv', CSV) }]);
    expect(out?.ok).toBe(true);
    const entries = store.getEntries();
    expect(entries.map((e) => e.date.earliest)).toEqual(['2023-03-06', '2023-03-14', '2023-03-22', '2023-04-05', '2023-04-19', '2023-05-03', '2023-05-17']);
    const issues = out && out.ok ? out.issues : [];
    expect(issues.find((i) => i.code === 'us-dates')?.message).toMatch(/mixes day-first and month-first dates/);
    store.close();
  });
});
