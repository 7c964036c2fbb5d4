/**
 * The app under test, one fixture for both ways of running it:
 *  - the real Electron app (playwright-core's _electron.launch) where an
 *    Electron binary exists: THREADLINE_ELECTRON, or node_modules/electron's
 *    own download;
 *  - otherwise Debian Chromium on the built renderer, served by the harness
 *    server with the real core behind an HTTP bridge.
 * Tests get a Page and a few controls that mean the same on both.
 *
 *   const app = await launchApp();
 *   app.queueOpenPaths(['/tmp/police.csv']);   // the next dialog.openFiles answer
 *   await app.screenshot('import-preview');   // test-results/screenshots/import-preview.png
 *   await app.close();
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron, type BrowserContext, type ConsoleMessage, type ElectronApplication, type Page } from 'playwright-core';

import { ROOT } from '../../../scripts/build.ts';
import type { EventName, Events } from '../../../shared/api.ts';
import { launchChromium, saveScreenshot } from './browser.ts';
import { startHarnessServer } from './server.ts';

export interface AppUnderTest {
  kind: 'electron' | 'chromium';
  page: Page;
  /** The page's origin: app://threadline in Electron, http://127.0.0.1:<port> in the harness. */
  origin: string;
  /** A fresh temporary folder for this test's files. */
  dataDir: string;
  /** Console messages from the page, for diagnosing a failure. */
  console: ConsoleMessage[];
  /** Requests the network guard refused (harness only: in Electron, session.webRequest refuses them). */
  blockedRequests: string[];
  /** Answer the next dialog.openFiles with these paths. */
  queueOpenPaths: (paths: string[]) => Promise<void>;
  /** Answer the next dialog.saveFile with this path (null: cancelled). */
  queueSavePath: (path: string | null) => Promise<void>;
  /** Send a main → renderer event, as the menu or the OS would. */
  emit: <E extends EventName>(event: E, payload: Events[E]) => Promise<void>;
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * The Electron binary to test against, or null for the Chromium harness.
 * WARNING: do not require('electron') to find it: with no binary present,
 * electron's index.js starts a download (which hangs or fails offline).
 */
export function electronBinary(): string | null {
  const fromEnv = process.env.THREADLINE_ELECTRON;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`THREADLINE_ELECTRON is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export function launchApp(): Promise<AppUnderTest> {
  const binary = electronBinary();
  return binary ? launchElectron(binary) : launchHarness();
}

/** Launch the app and wait for its welcome screen (no case open): where every view test starts. */
export async function launchAtWelcome(): Promise<AppUnderTest> {
  const app = await launchApp();
  await app.page.getByRole('button', { name: 'Open the sample case' }).waitFor();
  return app;
}

async function launchHarness(): Promise<AppUnderTest> {
  const server = await startHarnessServer();
  const { context, userDataDir } = await launchChromium();
  const blockedRequests: string[] = [];
  await guardNetwork(context, server.origin, blockedRequests);
  const page = context.pages()[0] ?? (await context.newPage());
  const messages: ConsoleMessage[] = [];
  page.on('console', (m) => messages.push(m));
  await page.goto(server.url);
  return {
    kind: 'chromium',
    page,
    origin: server.origin,
    dataDir: server.dataDir,
    console: messages,
    blockedRequests,
    queueOpenPaths: async (paths) => server.queueOpenPaths(paths),
    queueSavePath: async (path) => server.queueSavePath(path),
    emit: async (event, payload) => server.emit(event, payload),
    screenshot: (name) => saveScreenshot(page, name),
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The harness's stand-in for the shell's session.webRequest guard: any
 * request that is not to the harness itself is refused and recorded. The
 * CSP stops most before they are made; this catches what it does not govern
 * (a popup's or a top-level navigation).
 */
async function guardNetwork(context: BrowserContext, origin: string, blocked: string[]): Promise<void> {
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
}

async function launchElectron(executablePath: string): Promise<AppUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'threadline-e2e-electron-'));
  const userData = mkdtempSync(join(tmpdir(), 'threadline-e2e-userdata-'));
  const electronApp: ElectronApplication = await _electron.launch({
    executablePath,
    // Chromium refuses to run sandboxed as root (CI containers); the app itself still asks for the sandbox.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
    env: { ...process.env, THREADLINE_USER_DATA_DIR: userData, ELECTRON_ENABLE_LOGGING: '1' },
    timeout: 60_000,
  });
  const page = await electronApp.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const messages: ConsoleMessage[] = [];
  page.on('console', (m) => messages.push(m));
  return {
    kind: 'electron',
    page,
    origin: 'app://threadline',
    dataDir,
    console: messages,
    blockedRequests: [],
    // Playwright runs these in the main process: the native dialog is replaced for one call.
    queueOpenPaths: (paths) =>
      electronApp.evaluate(({ dialog }, filePaths) => {
        const original = dialog.showOpenDialog;
        dialog.showOpenDialog = (async () => {
          dialog.showOpenDialog = original;
          return { canceled: false, filePaths };
        }) as typeof dialog.showOpenDialog;
      }, paths),
    queueSavePath: (path) =>
      electronApp.evaluate(({ dialog }, filePath) => {
        const original = dialog.showSaveDialog;
        dialog.showSaveDialog = (async () => {
          dialog.showSaveDialog = original;
          return filePath === null ? { canceled: true } : { canceled: false, filePath };
        }) as typeof dialog.showSaveDialog;
      }, path),
    emit: (event, payload) =>
      electronApp.evaluate(({ BrowserWindow }, [name, body]) => {
        BrowserWindow.getAllWindows()[0]?.webContents.send('tl:event', name, body);
      }, [event, payload] as const),
    screenshot: (name) => saveScreenshot(page, name),
    async close() {
      await electronApp.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(userData, { recursive: true, force: true });
    },
  };
}
