/**
 * The views end to end: the real renderer against the real core (Chromium
 * through the harness, or Electron where it exists). A user's path: create a
 * case, import the returns of an invented case (Child T, the reader fixtures
 * in test/fixtures/returns/child-t: seven files in seven layouts) through the
 * import view, then read the
 * chronology, timeline, gap graph, findings and "who knew what, when".
 * Screenshots of every view go to test-results/screenshots/ for a person to
 * look at.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FIXTURES_DIR } from '../../support/paths.ts';
import { launchAtWelcome, type AppUnderTest } from '../harness/app.ts';
import type { PageGlobals } from '../harness/page-globals.ts';

const CHILD_T = join(FIXTURES_DIR, 'child-t');
const ENTRIES = 55;
/** Agencies that send returns, or appear in the Service column of the health return. */
const AGENCIES = ['police', 'csc', 'gp', 'health-visiting', 'ed', 'paediatrics', 'adult-mh', 'school', 'housing'];

/** The few canvas shapes the painted-pixels probe needs (the Node tsconfig has no DOM). */
interface ProbeCanvas {
  width: number;
  height: number;
  dataset: Record<string, string | undefined>;
  getContext: (kind: '2d') => { getImageData: (x: number, y: number, w: number, h: number) => { data: ArrayLike<number> } } | null;
}

let app: AppUnderTest;

function chronologyFiles(): string[] {
  return readdirSync(CHILD_T)
    .filter((f) => !/^gold\.json$/i.test(f))
    .map((f) => join(CHILD_T, f));
}

beforeAll(async () => {
  app = await launchAtWelcome();
});
afterAll(async () => {
  await app?.close();
});

describe('the views on Child T', () => {
  it('starts with a welcome that says what Threadline does', async () => {
    await expect(app.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/chronologies/i);
    await app.page.getByRole('button', { name: 'New case…' }).first().waitFor();
    await app.screenshot('views-01-welcome');
  });

  it('creates a case and imports the returns through the import view', async () => {
    const { page } = app;
    await app.queueSavePath(join(app.dataDir, 'child-t.threadline'));
    await page.locator('.welcome').getByRole('button', { name: 'New case…' }).click();
    await page.getByRole('button', { name: 'Choose files…' }).waitFor();

    const files = chronologyFiles();
    await app.queueOpenPaths(files);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await page.getByRole('button', { name: `Import ${files.length} files` }).waitFor({ timeout: 60_000 });
    await expect(page.locator('.file-card').count()).resolves.toBe(files.length);
    await app.screenshot('views-02-import-preview');
    // police.csv has a month-first date to check; its card shows it with the row.
    const police = page.getByRole('article', { name: 'police.csv' });
    await police.scrollIntoViewIfNeeded();
    await police.getByRole('heading', { name: 'Dates to check' }).waitFor();
    await app.screenshot('views-02b-import-police-dates');

    await page.getByRole('button', { name: `Import ${files.length} files` }).click();
    await page.getByRole('heading', { name: `Imported ${ENTRIES} entries from ${files.length} files` }).waitFor({ timeout: 90_000 });
    await app.screenshot('views-03-import-done');
  });

  it('lists every entry in the chronology, and finds a known entry by searching', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Go to the chronology' }).click();
    const count = page.getByTestId('entry-count');
    await expect(count.textContent()).resolves.toBe(`${ENTRIES} entries`);
    await page.getByRole('grid', { name: 'Chronology' }).waitFor();
    await app.screenshot('views-04-chronology');

    await page.getByLabel('Search the text').fill('controlling');
    // The police record and children's social care's record of the PPN both say it.
    await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).document.getElementById('root')?.innerText.includes(`2 of ${n} entries`) ?? false, ENTRIES);
    await page.locator('[data-ref="police.csv#5"]').waitFor();
    await expect(page.locator('[data-ref="police.csv#5"] mark').first().textContent()).resolves.toMatch(/controlling/i);
    await page.locator('[data-ref="police.csv#5"]').click();
    await page.getByRole('button', { name: 'Open the source row' }).click();
    await page.locator('.source-cells').waitFor();
    await app.screenshot('views-05-chronology-search-detail');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(count.textContent()).resolves.toBe(`${ENTRIES} entries`);
  });

  it('draws the timeline on a canvas, a lane for each agency', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Close the entry' }).click();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const canvas = page.getByTestId('timeline-canvas');
    await canvas.waitFor();
    await page.waitForFunction(() => Number(((globalThis as unknown as PageGlobals).document.getElementById('root') as unknown as { querySelector: (s: string) => ProbeCanvas | null }).querySelector('canvas')?.dataset.frames ?? 0) > 0);
    const painted = await canvas.evaluate((el) => {
      const c = el as unknown as ProbeCanvas;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      let ink = 0;
      for (let i = 0; i < data.length; i += 16) if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) ink += 1;
      return ink;
    });
    expect(painted).toBeGreaterThan(500);
    const lanes = await page.locator('.lane-labels__lane').evaluateAll((els) => els.map((e) => (e as unknown as { dataset: Record<string, string> }).dataset.agency));
    for (const a of AGENCIES) expect(lanes).toContain(a);
    await app.screenshot('views-06-timeline');

    // Keyboard: focus the plot, move to an entry, select it.
    await page.locator('.timeline-focus').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('aside.detail').waitFor();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.waitForTimeout(300);
    await app.screenshot('views-07-timeline-zoomed');
  });

  it('shows the gap graph with a node for each agency', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Close the entry' }).click();
    await page.getByRole('tab', { name: 'Gap graph' }).click();
    await page.getByTestId('gap-graph').waitFor();
    const nodes = await page.locator('[data-testid="gap-graph"] g.node').evaluateAll((els) => els.map((e) => (e as unknown as { getAttribute: (n: string) => string | null }).getAttribute('data-agency')));
    for (const a of AGENCIES) expect(nodes).toContain(a);
    const edges = await page.locator('[data-testid="gap-graph"] g.edge').count();
    if (edges > 0) {
      await page.locator('[data-testid="gap-graph"] g.edge').first().focus();
      await page.keyboard.press('Enter');
      await page.locator('.graph-side .evidence').waitFor();
    }
    await app.screenshot('views-08-gap-graph');
  });

  it('shows the findings view with as many findings as the analysis has', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Findings' }).click();
    const gaps = await page.evaluate(async () => {
      const r = await (globalThis as unknown as PageGlobals).threadline!.invoke('analysis.get', {});
      return r.ok ? r.value.gaps.length : -1;
    });
    if (gaps === 0) await page.getByTestId('findings-empty').getByRole('heading', { name: 'No findings yet' }).waitFor();
    else await expect(page.getByTestId('findings-count').textContent()).resolves.toBe(`${gaps} ${gaps === 1 ? 'finding' : 'findings'}`);
    await app.screenshot('views-09-findings');
  });

  it('shows who knew what, when', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Who knew what, when' }).click();
    await page.locator('.knowledge, .empty').first().waitFor();
    await app.screenshot('views-10-knowledge');
  });

  it('logged no errors in the page', () => {
    expect(app.console.filter((m) => m.type() === 'error').map((m) => m.text())).toEqual([]);
  });
});
