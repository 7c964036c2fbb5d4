/**
 * The main process wired up, with the Electron mock: what happens before
 * 'ready' (sandbox, privileged scheme, single-instance lock, open-file), and
 * after it (session hardening, protocol, IPC, menu, a hardened window on
 * app://threadline), then the OS handing us case files and the quit guard.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../mocks/electron.ts'));

// Record each window's core Session so a test can play an import in progress.
const sessions = vi.hoisted(() => [] as Array<{ importAbort: AbortController | null }>);
vi.mock('../../../electron/core/handlers/session.ts', async (importOriginal) => {
  const original = await importOriginal<typeof SessionModule>();
  return {
    ...original,
    createSession: () => {
      const created = original.createSession();
      sessions.push(created);
      return created;
    },
  };
});

import { channelNames } from '../../../shared/api.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/app/csp.ts';
import { BrowserWindow, Menu, app, attachRenderer, dialog, ipcMain, ipcRenderer, protocol, resetElectronMock, session, webUtils } from '../../mocks/electron.ts';
import { createBridge } from '../../../electron/app/preload-bridge.ts';
import type * as SessionModule from '../../../electron/core/handlers/session.ts';

const dir = mkdtempSync(join(tmpdir(), 'threadline-main-'));
const argvBefore = process.argv;

// WARNING: vitest clears mock call records before every test (clearMocks
// defaults to true), so what happens in beforeAll is copied out here.
const recorded = {
  enableSandbox: 0,
  lock: 0,
  schemes: [] as unknown[],
  menuInstalled: 0,
  loadedUrls: [] as unknown[][],
  messages: [] as unknown[][],
  recentDocuments: [] as unknown[][],
};

beforeAll(async () => {
  resetElectronMock();
  writeFileSync(join(dir, 'from-argv.threadline'), '');
  process.argv = ['/opt/Threadline/threadline', '--no-sandbox', join(dir, 'from-argv.threadline')];
  await import('../../../electron/app/main.ts');
  recorded.enableSandbox = app.enableSandbox.mock.calls.length;
  recorded.lock = app.requestSingleInstanceLock.mock.calls.length;
  recorded.schemes = protocol.registerSchemesAsPrivileged.mock.calls.map((c) => c[0]);
});
afterAll(() => {
  process.argv = argvBefore;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('before ready', () => {
  it('enables the sandbox for every renderer', () => {
    expect(recorded.enableSandbox).toBe(1);
  });

  it('registers app:// as a privileged standard, secure scheme', () => {
    expect(recorded.schemes).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]]);
  });

  it('takes the single-instance lock', () => {
    expect(recorded.lock).toBe(1);
  });

  it('queues a case opened from the OS before ready (macOS open-file)', () => {
    expect(app.fire('open-file', join(dir, 'missing.threadline')).prevented).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});

describe('after ready', () => {
  beforeAll(async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    await app.emitReady();
    await settle();
    recorded.menuInstalled = Menu.setApplicationMenu.mock.calls.length;
    recorded.loadedUrls = BrowserWindow.instances.map((w) => w.webContents.loadURL.mock.calls.map((c) => c[0]));
    recorded.messages = dialog.showMessageBox.mock.calls;
    recorded.recentDocuments = app.addRecentDocument.mock.calls;
  });

  it('hardens the default session: permissions denied, non-app requests cancelled', () => {
    const s = session.defaultSession;
    expect(s.askPermission('media')).toBe(false);
    expect(s.permissionCheckHandler?.({}, 'geolocation')).toBe(false);
    expect(s.request('https://example.com/')).toEqual({ cancel: true });
    expect(s.request('app://threadline/index.html')).toEqual({ cancel: false });
  });

  it('serves app:// with the CSP on every response, GET only', async () => {
    const handler = protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const refused = await handler!(new Request('app://threadline/index.html', { method: 'POST', body: 'x' }));
    expect(refused.status).toBe(405);
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const missing = await handler!(new Request('app://threadline/..%2f..%2fpackage.json'));
    expect(missing.status).toBe(403);
  });

  it('registers the IPC wrapper for every channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channelNames.map((c) => `tl:${c}`).sort());
  });

  it('installs the application menu', () => {
    expect(recorded.menuInstalled).toBeGreaterThan(0);
    const labels = (Menu.current?.template as Array<{ label?: string; role?: string }>).map((m) => m.label ?? m.role);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'help']));
  });

  it('opens one window per case from argv and open-file, hardened, on app://threadline', () => {
    expect(BrowserWindow.instances.length).toBe(2);
    BrowserWindow.instances.forEach((win, i) => {
      const prefs = win.options.webPreferences as Record<string, unknown>;
      expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false, devTools: true });
      expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
      expect(recorded.loadedUrls[i]).toEqual(['app://threadline/index.html']);
      expect(win.webContents.fire('will-navigate', { url: 'https://example.com/' }).prevented).toBe(true);
      expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    });
  });

  it('opened the argv case in its window, and reported the missing one', () => {
    const [first] = BrowserWindow.instances;
    expect(first?.title).toBe('from-argv.threadline — Threadline');
    expect(recorded.messages).toContainEqual([expect.anything(), expect.objectContaining({ message: 'The case could not be opened.' })]);
  });

  it('remembers opened cases for Open Recent', () => {
    expect(recorded.recentDocuments).toContainEqual([join(dir, 'from-argv.threadline')]);
  });

  it('serves the window’s own session to its page over IPC, events after ready()', async () => {
    const win = BrowserWindow.instances[0]!;
    attachRenderer(win.webContents);
    const bridge = createBridge(ipcRenderer, webUtils);
    const summary = await bridge.invoke('case.summary', {});
    expect(summary.ok && summary.value?.path).toBe(join(dir, 'from-argv.threadline'));
    const seen: string[] = [];
    bridge.on('case.changed', (s) => seen.push(s?.file ?? 'none'));
    bridge.ready();
    expect(seen).toEqual(['from-argv.threadline']);
  });

  it('focuses the existing window when the same case is opened again (second instance)', async () => {
    const before = BrowserWindow.instances.length;
    app.emit('second-instance', {}, ['/opt/Threadline/threadline', 'from-argv.threadline'], dir);
    await settle();
    expect(BrowserWindow.instances.length).toBe(before);
  });

  it('sends view commands from the menu to the focused window’s page', () => {
    const win = BrowserWindow.instances[0]!;
    win.focus();
    const view = (Menu.current?.template as Array<{ label?: string; submenu?: Array<{ label?: string; click?: () => void }> }>).find((m) => m.label === 'View');
    view?.submenu?.find((i) => i.label === 'Timeline')?.click?.();
    expect(win.webContents.sent).toContainEqual(['tl:event', 'menu', { command: 'view', view: 'timeline' }]);
  });

  it('asks before quitting during an import, and stays open if the user says no', () => {
    const win = BrowserWindow.instances[0]!;
    attachRenderer(win.webContents);
    // An import in progress, as the core records it.
    const running = new AbortController();
    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    const sessionOf = findSession(win);
    sessionOf.importAbort = running;
    expect(app.fire('before-quit').prevented).toBe(true);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(expect.objectContaining({ message: 'An import is running. Quit anyway?' }));
    expect(app.quit).not.toHaveBeenCalled();
    expect(running.signal.aborted).toBe(false);

    // Closing the window during the import asks too.
    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(win.close().prevented).toBe(true);
    sessionOf.importAbort = null;
  });

  it('cancels the import, waits for calls in flight, then quits when the user agrees', async () => {
    const win = BrowserWindow.instances[0]!;
    const running = new AbortController();
    findSession(win).importAbort = running;
    dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(app.fire('before-quit').prevented).toBe(true);
    expect(running.signal.aborted).toBe(true);
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
    // The second before-quit, from that app.quit(), is let through.
    findSession(win).importAbort = null;
    expect(app.fire('before-quit').prevented).toBe(false);
  });
});

/** The core Session behind a window (windows and sessions are created in the same order). */
function findSession(win: BrowserWindow): { importAbort: AbortController | null } {
  const found = sessions[BrowserWindow.instances.indexOf(win)];
  if (!found) throw new Error('no session recorded for this window');
  return found;
}
