/**
 * Findings end to end on the invented sample case (Child B, resources/sample-case):
 * the real renderer against the real core.
 * Import the returns through the import view, read the findings, accept,
 * reject and edit one each with reasons (and see who and when), change a rule and
 * restore it, export the analysis from the File menu, and check the
 * timeline marks the findings and the graph draws them as dashed edges.
 * Screenshots go to test-results/screenshots/findings-*.png.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AnalysisJson } from '../../../shared/analysis.ts';
import { SAMPLE_CASE_DIR } from '../../support/paths.ts';
import { launchAtWelcome, type AppUnderTest } from '../harness/app.ts';
import type { PageGlobals } from '../harness/page-globals.ts';

const SAMPLE = SAMPLE_CASE_DIR;
const REVIEWER = 'Reviewer A';

/** The canvas shapes the painted-pixels probe needs (the Node tsconfig has no DOM). */
interface ProbeCanvas {
  width: number;
  height: number;
  getContext: (kind: '2d') => { getImageData: (x: number, y: number, w: number, h: number) => { data: ArrayLike<number> } } | null;
}

let app: AppUnderTest;

async function analysis(): Promise<AnalysisJson> {
  return app.page.evaluate(async () => {
    const r = await (globalThis as unknown as PageGlobals).threadline!.invoke('analysis.get', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  });
}

beforeAll(async () => {
  app = await launchAtWelcome();
  const { page } = app;
  await app.queueSavePath(join(app.dataDir, 'child-b.threadline'));
  await page.locator('.welcome').getByRole('button', { name: 'New case…' }).click();
  const files = readdirSync(SAMPLE)
    .filter((f) => !/^README\.md$/i.test(f))
    .map((f) => join(SAMPLE, f));
  await app.queueOpenPaths(files);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await page.getByRole('button', { name: `Import ${files.length} files` }).click({ timeout: 60_000 });
  await page.getByRole('heading', { name: /^Imported \d+ entries/ }).waitFor({ timeout: 90_000 });
  await page.getByRole('tab', { name: 'Findings' }).click();
  await page.getByTestId('findings-count').waitFor();
});
afterAll(async () => {
  await app?.close();
});

describe('findings on the sample case', () => {
  it('lists the findings in words, among them a G1 from police and a G6 from children’s social care', async () => {
    const { page } = app;
    const a = await analysis();
    expect(a.gaps.length).toBeGreaterThan(10);
    await expect(page.getByTestId('findings-count').textContent()).resolves.toBe(`${a.gaps.length} findings`);
    await expect(page.locator('article.finding').count()).resolves.toBe(a.gaps.length);
    const g1 = page.locator('article.finding[data-code="G1"][data-from="police"]').first();
    await expect(g1.getByRole('heading', { name: 'Known but not passed on' }).count()).resolves.toBe(1);
    await expect(g1.locator('.finding__agencies').textContent()).resolves.toMatch(/^Known byPolice→not passed to/);
    const g6 = page.locator('article.finding[data-code="G6"][data-from="csc"]').first();
    await expect(g6.getByRole('heading', { name: 'Meeting held without a key agency' }).count()).resolves.toBe(1);
    await expect(g6.locator('.finding__agencies').textContent()).resolves.toMatch(/^Meeting held byChildren's social care→without/);
    // Dates in UK form, severity and confidence in words.
    await expect(g6.locator('.finding__when').textContent()).resolves.toMatch(/^\d{1,2}(–\d{1,2})? \w{3}( – \d{1,2} \w{3})? \d{4}$/);
    await expect(g6.locator('.finding__facts').textContent()).resolves.toMatch(/(High|Medium|Low) severity.*(Very likely|Likely|Possible)/);
    await app.screenshot('findings-01-list');
  });

  it('opens an entry from a finding’s evidence', async () => {
    const { page } = app;
    const g1 = page.locator('article.finding[data-code="G1"][data-from="police"]').first();
    const evidence = g1.locator('.evidence__item').first();
    const ref = (await evidence.locator('.ref').textContent())!;
    await evidence.click();
    await page.locator('aside.detail').waitFor();
    await expect(page.locator('aside.detail').textContent()).resolves.toContain(ref);
    await app.screenshot('findings-02-evidence-open');
    await page.getByRole('button', { name: 'Close the entry' }).click();
  });

  it('accepts a finding with a reason, and shows who and when', async () => {
    const { page } = app;
    const card = page.locator('article.finding[data-code="G1"][data-from="police"]').first();
    const id = (await card.getAttribute('data-gap-id'))!;
    await card.getByRole('button', { name: 'Accept…' }).click();
    await card.getByLabel('A note for the report (optional)').fill('Confirmed against the police IMR: the charge was not shared.');
    await card.getByLabel('Your name or initials (optional)').fill(REVIEWER);
    await app.screenshot('findings-03-accepting');
    await card.getByRole('button', { name: 'Accept the finding' }).click();
    const decided = page.locator(`article.finding[data-gap-id="${id}"]`).getByTestId('decision');
    await decided.waitFor();
    await expect(decided.textContent()).resolves.toMatch(new RegExp(`Accepted by ${REVIEWER} on \\d{1,2} \\w{3} \\d{4} at \\d\\d:\\d\\d`));
    await expect(decided.textContent()).resolves.toContain('Note: “Confirmed against the police IMR: the charge was not shared.”');
    await app.screenshot('findings-04-accepted');
    const kept = (await analysis()).gaps.find((g) => g.id === id);
    expect(kept?.decision).toMatchObject({ decision: 'accepted', by: REVIEWER, reason: 'Confirmed against the police IMR: the charge was not shared.' });
  });

  it('rejects a finding with a reason, and it moves to Rejected', async () => {
    const { page } = app;
    const before = (await analysis()).gaps.length;
    // The school's referral that the MASH never logged (G2): the author finds it was logged after all.
    const card = page.locator('article.finding[data-code="G2"][data-from="school"]').first();
    const id = (await card.getAttribute('data-gap-id'))!;
    await card.getByRole('button', { name: 'Reject…' }).click();
    // No reason: the form asks for one and sends nothing.
    await card.getByRole('button', { name: 'Reject the finding' }).click();
    await expect(card.getByRole('alert').textContent()).resolves.toMatch(/Give a reason for rejecting/);
    await card.getByLabel('Why is this not a gap?').fill('The MASH log shows the referral on the day; see the CSC case notes.');
    await card.getByRole('button', { name: 'Reject the finding' }).click();
    await page.getByText(/was rejected\. It is kept, with your reason, under “Rejected”/).waitFor();
    await expect(page.getByTestId('findings-count').textContent()).resolves.toBe(`${before - 1} findings`);
    const rejected = page.getByTestId('rejected');
    await expect(rejected.locator(':scope > summary').textContent()).resolves.toMatch(/^Rejected \(1\)/);
    await rejected.locator(':scope > summary').click();
    const moved = rejected.locator(`article.finding[data-gap-id="${id}"]`);
    await moved.scrollIntoViewIfNeeded();
    await expect(moved.getByTestId('decision').textContent()).resolves.toContain('Reason: “The MASH log shows the referral on the day; see the CSC case notes.”');
    await app.screenshot('findings-05-rejected');
    const a = await analysis();
    expect(a.gaps.some((g) => g.id === id)).toBe(false);
    expect(a.rejectedGaps?.find((g) => g.id === id)?.decision?.decision).toBe('rejected');
  });

  it('edits a finding: the agencies that should have been told, and the words', async () => {
    const { page } = app;
    const card = page.locator('article.finding[data-code="G4"]').first();
    const id = (await card.getAttribute('data-gap-id'))!;
    await card.getByRole('button', { name: 'Edit…' }).click();
    const form = card.getByRole('form');
    await form.getByRole('group', { name: 'Agencies that should have been told' }).getByRole('checkbox', { name: 'Multi-agency safeguarding hub' }).check();
    await form.getByLabel('The finding in plain words').fill('Neither children’s social care nor the MASH told the school what had happened after its referral.');
    await form.getByLabel('Why the change?').fill('The call went to the MASH first (see the MASH log).');
    await form.scrollIntoViewIfNeeded();
    await app.screenshot('findings-05b-editing');
    await form.getByRole('button', { name: 'Save the edit' }).click();
    const edited = page.locator(`article.finding[data-gap-id="${id}"]`);
    await edited.getByTestId('decision').waitFor();
    await expect(edited.getByTestId('decision').textContent()).resolves.toContain(`Edited by ${REVIEWER} on `);
    await expect(edited.locator('.finding__agencies').textContent()).resolves.toContain('Multi-agency safeguarding hub');
    const shown = (await analysis()).gaps.find((g) => g.id === id)!;
    expect(shown.to).toContain('mash');
    expect(shown.explanation).toBe('Neither children’s social care nor the MASH told the school what had happened after its referral.');
    expect(shown.decision?.decision).toBe('edited');
  });

  it('filters by decision', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Accepted (1)', exact: true }).click();
    await expect(page.locator('article.finding').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Edited (1)', exact: true }).click();
    await expect(page.locator('article.finding.finding--edited').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Rejected (1)', exact: true }).click();
    await expect(page.locator('article.finding.finding--rejected').count()).resolves.toBe(1);
    await page.getByRole('group', { name: 'Decision' }).getByRole('button', { name: /^All/ }).click();
  });

  it('switches a rule off for this case, looks again, and restores the defaults', async () => {
    const { page } = app;
    const withG8 = (await analysis()).gaps.filter((g) => g.code === 'G8').length;
    expect(withG8).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Rules the findings come from' }).click();
    const panel = page.getByRole('region', { name: 'Rules: what should reach whom' });
    const missed = panel.locator('li[data-flow="missed-appointments"]');
    await missed.getByRole('switch').waitFor();
    await app.screenshot('findings-06-rules');
    await missed.getByLabel('Escalated within').fill('28');
    await missed.getByRole('switch').uncheck();
    // Off: its limits are kept but cannot be changed until it is on again.
    await expect(missed.getByLabel('Escalated within').isDisabled()).resolves.toBe(true);
    await panel.getByRole('button', { name: /^Save 1 change and look again$/ }).click();
    await panel.getByText(/Saved\. The findings have been looked for again/).waitFor();
    await expect(missed.getByText('Changed for this case').count()).resolves.toBe(1);
    expect((await analysis()).gaps.filter((g) => g.code === 'G8')).toHaveLength(0);
    await expect(page.locator('article.finding[data-code="G8"]').count()).resolves.toBe(0);
    await app.screenshot('findings-07-rules-changed');

    // A rule that names its agencies: the case can send it to others.
    const injury = panel.locator('li[data-flow="injury-non-mobile"]');
    const reach = injury.getByRole('group', { name: 'Agencies it should reach' });
    await reach.getByLabel('Another agency').selectOption('health-visiting');
    await panel.getByRole('button', { name: /^Save 1 change and look again$/ }).click();
    await injury.getByText(/In this case: .*Health visiting/i).waitFor();
    await expect(injury.getByText('Changed for this case').count()).resolves.toBe(1);
    await injury.scrollIntoViewIfNeeded();
    await app.screenshot('findings-08-rule-targets');

    await panel.getByRole('button', { name: 'Restore the defaults…' }).click();
    await panel.getByRole('button', { name: 'Yes, restore the defaults' }).click();
    await panel.getByText(/The usual rules are back/).waitFor();
    await expect(page.locator('article.finding[data-code="G8"]').count()).resolves.toBe(withG8);
    await panel.getByRole('button', { name: 'Close the rules' }).click();
  });

  it('shows the patterns across the case', async () => {
    const { page } = app;
    const patterns = page.getByTestId('patterns');
    await expect(patterns.locator(':scope > summary').textContent()).resolves.toMatch(/up to \d+ agencies in a month · 1 secondment the employer was not told of/);
    await patterns.locator(':scope > summary').click();
    await patterns.getByRole('heading', { name: 'Who was involved, month by month' }).waitFor();
    await expect(patterns.getByText(/The employer’s records do not show it was told/).count()).resolves.toBeGreaterThan(0);
    await app.screenshot('findings-08-patterns');
    await patterns.locator(':scope > summary').click();
  });

  it('exports the analysis from the File menu', async () => {
    const { page } = app;
    const out = join(app.dataDir, 'child-b-analysis.json');
    await app.queueSavePath(out);
    await app.emit('menu', { command: 'export-json' });
    await page.getByText(/^Exported the analysis, \d+ entries and \d+ findings, to /).waitFor();
    expect(existsSync(out)).toBe(true);
    const written = JSON.parse(readFileSync(out, 'utf8')) as AnalysisJson;
    const a = await analysis();
    expect(written.gaps.length).toBe(a.gaps.length);
    expect(written.rejectedGaps?.length).toBe(1);
    await app.screenshot('findings-09-exported');
    await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
  });

  it('marks the findings on the timeline', async () => {
    const { page } = app;
    const a = await analysis();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('group', { name: new RegExp(`with ${a.gaps.length} findings marked`) }).waitFor();
    await expect(page.locator('line.overview__gap').count()).resolves.toBe(a.gaps.length);
    // Gap markers are painted in the gap colour (#B8450A) on the canvas.
    const gapPixels = await page.getByTestId('timeline-canvas').evaluate((el) => {
      const c = el as unknown as ProbeCanvas;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs((data[i] ?? 0) - 0xb8) < 12 && Math.abs((data[i + 1] ?? 0) - 0x45) < 12 && Math.abs((data[i + 2] ?? 0) - 0x0a) < 12) n += 1;
      return n;
    });
    expect(gapPixels).toBeGreaterThan(200);
    await app.screenshot('findings-10-timeline');
  });

  it('draws the findings as dashed gap edges in the graph, and not the rejected one', async () => {
    const { page } = app;
    const a = await analysis();
    await page.getByRole('tab', { name: 'Gap graph' }).click();
    await page.getByTestId('gap-graph').waitFor();
    // One dashed curve for each agency → agency pair with findings, carrying every finding between them.
    const pairs = new Set(a.gaps.flatMap((g) => g.to.map((t) => `${g.from}>${t}`)));
    const edges = page.locator('[data-testid="gap-graph"] g.edge--gap');
    await expect(edges.count()).resolves.toBe(pairs.size);
    const carried = await edges.evaluateAll((els) => els.reduce((n, e) => n + Number((e as unknown as { getAttribute: (k: string) => string | null }).getAttribute('data-findings')), 0));
    expect(carried).toBe(a.gaps.reduce((n, g) => n + g.to.length, 0));
    const rejected = a.rejectedGaps![0]!;
    // The rejected finding's lines are gone unless another finding shares the pair.
    for (const t of rejected.to) {
      const others = a.gaps.filter((g) => g.from === rejected.from && g.to.includes(t)).length;
      const curve = page.locator(`[data-testid="gap-graph"] g.edge--gap[data-edge="gaps:${rejected.from}>${t}"]`);
      if (others === 0) await expect(curve.count()).resolves.toBe(0);
      else await expect(curve.getAttribute('data-findings')).resolves.toBe(String(others));
    }
    await expect(edges.first().locator('path.edge__line').getAttribute('stroke-dasharray')).resolves.toBe('7 5');
    await edges.first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Open this finding' }).first().waitFor();
    await app.screenshot('findings-11-graph');
    await page.getByRole('button', { name: 'Open this finding' }).first().click();
    await page.locator('article.finding--selected').waitFor();
  });

  it('logged no errors in the page', () => {
    expect(app.console.filter((m) => m.type() === 'error').map((m) => m.text())).toEqual([]);
  });
});
