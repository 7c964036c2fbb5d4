/**
 * The shipped sample case (resources/sample-case, invented) imported through
 * the import view: every file reads, and every view has something to show.
 * Screenshots go to test-results/screenshots/sample-*.png.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT } from '../../../scripts/build.ts';
import { launchAtWelcome, type AppUnderTest } from '../harness/app.ts';

const SAMPLE = join(ROOT, 'resources', 'sample-case');
const SAMPLE_ENTRIES = 58;

let app: AppUnderTest;

beforeAll(async () => {
  app = await launchAtWelcome();
});
afterAll(async () => {
  await app?.close();
});

describe('the sample case', () => {
  it('imports through the import view', async () => {
    const { page } = app;
    await app.queueSavePath(join(app.dataDir, 'sample.threadline'));
    await page.locator('.welcome').getByRole('button', { name: 'New case…' }).click();
    const files = readdirSync(SAMPLE)
      .filter((f) => f !== 'README.md')
      .map((f) => join(SAMPLE, f));
    await app.queueOpenPaths(files);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await page.getByRole('button', { name: `Import ${files.length} files` }).click();
    await page.getByRole('heading', { name: `Imported ${SAMPLE_ENTRIES} entries from ${files.length} files` }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Go to the chronology' }).click();
    await expect(page.getByTestId('entry-count').textContent()).resolves.toBe(`${SAMPLE_ENTRIES} entries`);
    await app.screenshot('sample-01-chronology');
  });

  it('shows the seconded worker, the vague dates and the contacts', async () => {
    const { page } = app;
    // The grid is virtualised: filter to bring the rows into the DOM.
    await page.getByLabel('Agency', { exact: true }).selectOption('adult-mh');
    await expect(page.getByText('Employed by ASC').count()).resolves.toBe(1);
    await page.getByLabel('Agency', { exact: true }).selectOption('school');
    await expect(page.getByText('Spring 2023', { exact: true }).count()).resolves.toBe(1);
    await app.screenshot('sample-01b-chronology-school');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByTestId('timeline-canvas').waitFor();
    await app.screenshot('sample-02-timeline');
    await page.getByRole('tab', { name: 'Gap graph' }).click();
    await page.locator('[data-testid="gap-graph"] g.edge').first().waitFor();
    await expect(page.locator('[data-testid="gap-graph"] g.node[data-agency="adult-mh"] .badge').count()).resolves.toBe(1);
    await app.screenshot('sample-03-gap-graph');
    await page.getByRole('tab', { name: 'Who knew what, when' }).click();
    await page.getByRole('table', { name: 'Who knew what, when' }).waitFor();
    await app.screenshot('sample-04-knowledge');
  });
});
