/**
 * The UI benchmark: the built renderer in Chromium against the real core
 * (through the e2e harness), on a generated 20,000-entry case. Prints:
 *   - timeline first paint (tab click → first frame painted; target ≤ 1 s)
 *   - timeline pan/zoom: frame interval p95 and paint time p95 while wheel
 *     zooming and dragging (target ≤ 16 ms)
 *   - chronology scroll: frame interval p95 while wheel scrolling
 *   - gap graph layout time (d3-force, run to rest)
 * Figures are printed, not asserted: machines differ.
 *
 *   npm run bench:ui            (builds the renderer first)
 *   BENCH_ENTRIES=5000 npm run bench:ui
 */
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { launchApp } from '../../e2e/harness/app.ts';
import type { PageGlobals } from '../../e2e/harness/page-globals.ts';
import { writeBenchCase } from './generate.ts';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 20_000);

/** The few page shapes the probes use (the Node tsconfig has no DOM). */
interface ProbeElement {
  dataset: Record<string, string | undefined>;
  click: () => void;
  getBoundingClientRect: () => { left: number; top: number; width: number; height: number };
}
interface ProbeWindow {
  document: { querySelector: (s: string) => ProbeElement | null; getElementById: (id: string) => ProbeElement | null };
  requestAnimationFrame: (cb: (t: number) => void) => number;
  performance: { now: () => number };
  __frames?: number[];
  __paints?: number[];
  __recording?: boolean;
}

const p95 = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Start recording every animation frame's timestamp, and the timeline's paint time each frame. */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as ProbeWindow;
    w.__frames = [];
    w.__paints = [];
    w.__recording = true;
    let lastFrames = '';
    const tick = (t: number) => {
      if (!w.__recording) return;
      w.__frames!.push(t);
      const canvas = w.document.querySelector('canvas[data-testid="timeline-canvas"]');
      const frames = canvas?.dataset.frames ?? '';
      if (canvas && frames !== lastFrames) {
        lastFrames = frames;
        w.__paints!.push(Number(canvas.dataset.drawMs ?? 'NaN'));
      }
      w.requestAnimationFrame(tick);
    };
    w.requestAnimationFrame(tick);
  });
}

async function stopRecording(page: Page): Promise<{ intervals: number[]; paints: number[] }> {
  return page.evaluate(() => {
    const w = globalThis as unknown as ProbeWindow;
    w.__recording = false;
    const f = w.__frames ?? [];
    return { intervals: f.slice(1).map((t, i) => t - f[i]!), paints: (w.__paints ?? []).filter((x) => Number.isFinite(x)) };
  });
}

async function main(): Promise<void> {
  const app = await launchApp();
  const { page } = app;
  try {
    const files = writeBenchCase(join(app.dataDir, 'returns'), ENTRIES);
    console.log(`bench:ui — ${ENTRIES.toLocaleString('en-GB')} entries in ${files.length} files, ${app.kind}`);

    const importStarted = Date.now();
    const imported = await page.evaluate(
      async ({ casePath, paths }) => {
        const bridge = (globalThis as unknown as PageGlobals).threadline!;
        const created = await bridge.invoke('case.create', { path: casePath });
        if (!created.ok) return created.error.message;
        const run = await bridge.invoke('import.run', { files: paths.map((path) => ({ path })) });
        if (!run.ok) return run.error.message;
        return run.value.reduce((n, o) => n + (o.ok ? o.entries : 0), 0);
      },
      { casePath: join(app.dataDir, 'bench.threadline'), paths: files },
    );
    if (typeof imported === 'string') throw new Error(`import failed: ${imported}`);
    console.log(`  import (core, for context):       ${((Date.now() - importStarted) / 1000).toFixed(1)} s for ${imported.toLocaleString('en-GB')} entries`);

    // The UI reloads on case.changed; wait until the chronology shows them all.
    await page.getByRole('tab', { name: 'Chronology' }).click();
    await page.getByTestId('entry-count').filter({ hasText: `${imported.toLocaleString('en-GB')} entries` }).waitFor({ timeout: 120_000 });

    // 1. Timeline first paint: from the tab click to the first frame drawn.
    const firstPaint = await page.evaluate(async () => {
      const w = globalThis as unknown as ProbeWindow;
      const t0 = w.performance.now();
      w.document.getElementById('tab-timeline')!.click();
      return new Promise<number>((resolve) => {
        const poll = () => {
          const at = w.document.querySelector('canvas[data-testid="timeline-canvas"]')?.dataset.firstPaintAt;
          if (at) resolve(Number(at) - t0);
          else w.requestAnimationFrame(poll);
        };
        poll();
      });
    });
    console.log(`  timeline first paint:             ${ms(firstPaint)}  (target ≤ 1000 ms)`);
    await app.screenshot('bench-timeline-20k');

    // 2. Pan and zoom: wheel in and out over the plot, then drag.
    const box = (await page.getByTestId('timeline-canvas').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(box.height / 2, 200);
    await page.mouse.move(cx, cy);
    await startRecording(page);
    for (let i = 0; i < 30; i += 1) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(16);
    }
    for (let i = 0; i < 30; i += 1) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
    }
    for (let i = 0; i < 12; i += 1) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(16);
    }
    await page.mouse.down();
    for (let i = 0; i < 60; i += 1) await page.mouse.move(cx - i * 8, cy, { steps: 1 });
    for (let i = 0; i < 60; i += 1) await page.mouse.move(cx - 480 + i * 8, cy, { steps: 1 });
    await page.mouse.up();
    const panZoom = await stopRecording(page);
    console.log(`  timeline pan/zoom frame interval: p95 ${ms(p95(panZoom.intervals))}, median ${ms(median(panZoom.intervals))} over ${panZoom.intervals.length} frames`);
    console.log(`  timeline paint per frame:         p95 ${ms(p95(panZoom.paints))}, median ${ms(median(panZoom.paints))} over ${panZoom.paints.length} paints  (target ≤ 16 ms)`);
    await app.screenshot('bench-timeline-20k-zoomed');

    // 3. Chronology scroll.
    await page.getByRole('tab', { name: 'Chronology' }).click();
    const grid = (await page.getByRole('grid', { name: 'Chronology' }).boundingBox())!;
    await page.mouse.move(grid.x + grid.width / 2, grid.y + grid.height / 2);
    await startRecording(page);
    for (let i = 0; i < 80; i += 1) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(16);
    }
    for (let i = 0; i < 40; i += 1) {
      await page.mouse.wheel(0, -1200);
      await page.waitForTimeout(16);
    }
    const scroll = await stopRecording(page);
    console.log(`  chronology scroll frame interval: p95 ${ms(p95(scroll.intervals))}, median ${ms(median(scroll.intervals))} over ${scroll.intervals.length} frames`);
    await app.screenshot('bench-chronology-20k');

    // 4. Gap graph layout.
    await page.getByRole('tab', { name: 'Gap graph' }).click();
    const layoutMs = Number(await page.getByTestId('gap-graph').getAttribute('data-layout-ms'));
    console.log(`  gap graph layout (d3-force):      ${ms(layoutMs)}`);
    await app.screenshot('bench-gap-graph-20k');
  } finally {
    await app.close();
  }
}

await main();
