/**
 * The README's screenshots, made from the bundled sample case (invented),
 * opened the way a new user would: "Open the sample case" on the welcome
 * screen. The timeline, the gap graph with one line's findings open, and the
 * findings with one accepted and the rules open beside them, at 1400 × 850.
 *
 * Runs with the rest of the e2e suite (screenshots to
 * test-results/screenshots/readme-*.png). To refresh the README's copies in
 * docs/screenshots/:
 *
 *   node scripts/build.ts --renderer
 *   THREADLINE_README_SCREENSHOTS=1 npx vitest run -c test/e2e/vitest.config.ts test/e2e/views/readme-screenshots.test.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT } from '../../../scripts/build.ts';
import { SCREENSHOT_DIR } from '../harness/browser.ts';
import { launchApp, type AppUnderTest } from '../harness/app.ts';

const TO_DOCS = process.env.THREADLINE_README_SCREENSHOTS === '1';
const OUT_DIR = TO_DOCS ? join(ROOT, 'docs', 'screenshots') : SCREENSHOT_DIR;
const SIZE = { width: 1400, height: 850 };

let app: AppUnderTest;

async function shoot(name: string): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  // Let the last frame (canvas, fonts) settle, so the picture is what a person sees.
  await app.page.waitForTimeout(200);
  await app.page.screenshot({ path: join(OUT_DIR, `${TO_DOCS ? '' : 'readme-'}${name}.png`), animations: 'disabled' });
}

beforeAll(async () => {
  app = await launchApp();
  await app.page.setViewportSize(SIZE);
});
afterAll(async () => {
  await app?.close();
});

describe('the README screenshots, from the sample case', () => {
  it('opens the sample case from the welcome screen', async () => {
    const { page } = app;
    await app.queueSavePath(join(app.dataDir, 'Sample case - Child B.threadline'));
    await page.getByRole('button', { name: 'Open the sample case' }).click();
    await page.getByTestId('entry-count').waitFor({ timeout: 90_000 });
    await expect(page.locator('.app-header__case').textContent()).resolves.toContain('Sample case: Child B (fictional)');
  });

  it('the timeline', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('group', { name: /findings marked/ }).waitFor();
    await shoot('timeline');
  });

  it('the gap graph, with the findings from police to children’s social care open', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Gap graph' }).click();
    const curve = page.locator('[data-testid="gap-graph"] g.edge--gap[data-edge="gaps:police>csc"]');
    await curve.waitFor();
    await curve.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: "From Police to Children's social care" }).waitFor();
    await shoot('gap-graph');
  });

  it('the findings, one accepted with a note, and the rules beside them', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Findings' }).click();
    const card = page.locator('article.finding[data-code="G1"][data-from="police"]').first();
    await card.getByRole('button', { name: 'Accept…' }).click();
    await card.getByLabel('A note for the report (optional)').fill('Agreed at the review panel: no PPN was sent.');
    await card.getByLabel('Your name or initials (optional)').fill('Lead reviewer');
    await card.getByRole('button', { name: 'Accept the finding' }).click();
    await card.getByTestId('decision').waitFor();
    await page.getByRole('button', { name: 'Rules the findings come from' }).click();
    await page.getByRole('region', { name: 'Rules: what should reach whom' }).getByRole('switch').first().waitFor();
    await page.locator('main.view').evaluate((el) => {
      (el as unknown as { scrollTop: number }).scrollTop = 0;
    });
    await shoot('findings');
  });
});
