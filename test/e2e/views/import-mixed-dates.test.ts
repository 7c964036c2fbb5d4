/**
 * A return saved as CSV with US date settings, through the import view: the
 * card says the file mixes both orders, offers "both, as found" (chosen), and
 * the entries land on their real days. The rows are invented.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type AppUnderTest } from '../harness/app.ts';

let app: AppUnderTest;

beforeAll(async () => {
  app = await launchApp();
  await app.page.getByRole('button', { name: 'Open the sample case' }).waitFor();
});
afterAll(async () => {
  await app?.close();
});

describe('importing a CSV with both date orders in it', () => {
  it('shows the mix, keeps "both, as found", and reads every date on its real day', async () => {
    const { page } = app;
    const csv = join(app.dataDir, 'early-help.csv');
    writeFileSync(
      csv,
      [
        'Date,Practitioner,Note',
        'w/c 06/03/2023,Family worker,Referral received from the school nurse.',
        '03/14/2023,Family worker,Home visit; mother and two children seen.',
        '22/03/2023,Family worker,Telephone call to the GP surgery.',
        '04/05/2023,Team manager,Case discussed in supervision.',
        '04/19/2023,Family worker,Letter sent offering a group place.',
        '05/17/2023,Family worker,Case closed: no engagement.',
      ].join('\r\n'),
    );
    await app.queueSavePath(join(app.dataDir, 'mixed.threadline'));
    await page.locator('.welcome').getByRole('button', { name: 'New case…' }).click();
    await page.getByRole('button', { name: 'Choose files…' }).waitFor();
    await app.queueOpenPaths([csv]);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    const card = page.getByRole('article', { name: 'early-help.csv' });
    await card.waitFor({ timeout: 60_000 });
    const both = card.getByLabel(/Both, as found/);
    await expect(both.isChecked()).resolves.toBe(true);
    await card.getByText(/mixes day-first and month-first dates/).waitFor();
    await app.screenshot('import-mixed-dates');
    await page.getByRole('button', { name: 'Import the file' }).click();
    await page.getByRole('heading', { name: /Imported 6 entries from 1 file/ }).waitFor({ timeout: 60_000 });
    const days = await page.evaluate(async () => {
      const bridge = (globalThis as unknown as { threadline: { invoke: (c: string, r: unknown) => Promise<{ ok: boolean; value: { entries: Array<{ date: { earliest: string } }> } }> } }).threadline;
      const r = await bridge.invoke('analysis.get', {});
      return r.ok ? r.value.entries.map((e) => e.date.earliest) : null;
    });
    expect(days).toEqual(['2023-03-06', '2023-03-14', '2023-03-22', '2023-04-05', '2023-04-19', '2023-05-17']);
  });
});
