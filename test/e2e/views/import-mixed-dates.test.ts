/**
 * A return saved as CSV with US date settings, through the import view: the
 * card says the file mixes both orders, offers "both, as found" (chosen), and
 * the entries land on their real days. The rows are invented.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MIXED_DATES_DAYS, mixedDatesCsv } from '../../support/mixed-dates.ts';
import { launchAtWelcome, type AppUnderTest } from '../harness/app.ts';

let app: AppUnderTest;

beforeAll(async () => {
  app = await launchAtWelcome();
});
afterAll(async () => {
  await app?.close();
});

describe('importing a CSV with both date orders in it', () => {
  it('shows the mix, keeps "both, as found", and reads every date on its real day', async () => {
    const { page } = app;
    const csv = join(app.dataDir, 'early-help.csv');
    writeFileSync(csv, mixedDatesCsv());
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
    await page.getByRole('heading', { name: /Imported 7 entries from 1 file/ }).waitFor({ timeout: 60_000 });
    const days = await page.evaluate(async () => {
      const bridge = (globalThis as unknown as { threadline: { invoke: (c: string, r: unknown) => Promise<{ ok: boolean; value: { entries: Array<{ date: { earliest: string } }> } }> } }).threadline;
      const r = await bridge.invoke('analysis.get', {});
      return r.ok ? r.value.entries.map((e) => e.date.earliest) : null;
    });
    expect(days).toEqual(MIXED_DATES_DAYS);
  });
});
