/**
 * Debian Chromium, driven by playwright-core (no Playwright browser download:
 * it is not reachable from these machines). A missing Chromium fails the
 * run with the command that installs it; the e2e suite is never skipped.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { ROOT } from '../../../scripts/build.ts';

export const CHROMIUM_PATH = process.env.THREADLINE_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. The end-to-end tests need it: apt-get update && apt-get install -y chromium (or set THREADLINE_CHROMIUM to its path).`);
  }
  return CHROMIUM_PATH;
}

/** A Chromium with a new, empty profile (its own --user-data-dir). */
export async function launchChromium(): Promise<{ context: BrowserContext; userDataDir: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'threadline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    // Playwright turns the popup blocker off; a user's browser (and Electron's
    // handler) would not let a page open windows at will, so keep it on.
    ignoreDefaultArgs: ['--disable-popup-blocking'],
    viewport: { width: 1280, height: 820 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  return { context, userDataDir };
}

/** Save a screenshot to test-results/screenshots/<name>.png; returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
