/**
 * The Electron main process: the composition root of the shell. It owns
 * the app lifecycle and wires the pieces (security, protocol, IPC, windows,
 * menu, quit guard); each piece lives in its own module.
 *
 * Order matters:
 *  - enableSandbox() and registerSchemesAsPrivileged() run before 'ready'
 *    (Electron ignores them after);
 *  - 'open-file' (macOS) can fire before 'ready', so it is listened for at
 *    once and queued;
 *  - the single-instance lock is taken before anything else happens, so a
 *    second launch (double-clicking another case) hands its argv to us.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';

import { createAppActions, type AppActions } from './app-actions.ts';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol.ts';
import { casePathsFromArgv } from './argv.ts';
import { createCaseWindows } from './case-windows.ts';
import { registerIpc } from './ipc.ts';
import { menuTemplate } from './menu.ts';
import { shellPaths } from './paths.ts';
import { WorkerPool } from '../core/workers/pool.ts';
import { createQuitGuard } from './quit-guard.ts';
import { createRecentCases } from './recent-cases.ts';
import { hardenSession, hardenWebContents, type SecurityLog } from './security.ts';

app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startShell();
}

function startShell(): void {
  // DevTools, reload and console logging of refusals only when not packaged.
  const development = !app.isPackaged;
  const log: SecurityLog = development ? { refused: (what, url) => console.warn(`threadline: refused ${what} ${url}`) } : { refused: () => {} };
  // Lets the e2e suite run Electron on a fresh profile; ignored in packaged builds.
  const userDataOverride = process.env.THREADLINE_USER_DATA_DIR;
  if (development && userDataOverride) app.setPath('userData', userDataOverride);

  const paths = shellPaths(import.meta.dirname, app.isPackaged ? process.resourcesPath : null);
  const pending: string[] = casePathsFromArgv(process.argv, process.cwd());
  let actions: AppActions | null = null;
  const openOrQueue = (path: string): void => {
    if (actions) void actions.openCasePath(path);
    else pending.push(path);
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    openOrQueue(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));

  let installMenu = () => {};
  const recent = createRecentCases(join(app.getPath('userData'), 'recent-cases.json'), {
    addToOs: (path) => app.addRecentDocument(path),
    clearOs: () => app.clearRecentDocuments(),
    changed: () => installMenu(),
  });

  const quitGuard = createQuitGuard({
    importRunning: () => windows.all().some((w) => w.importRunning()),
    confirmQuitDuringImport: () =>
      dialog.showMessageBoxSync({
        type: 'warning',
        buttons: ['Keep Importing', 'Quit Anyway'],
        defaultId: 0,
        cancelId: 0,
        message: 'An import is running. Quit anyway?',
        detail: 'Quitting cancels the import. Files that have finished importing stay in the case.',
      }) === 1,
    cancelImports: () => windows.all().forEach((w) => w.session.importAbort?.abort()),
    drain: async () => {
      await Promise.all(windows.all().map((w) => w.binding.inflight.drain()));
    },
    quit: () => app.quit(),
  });

  // One pool of worker threads for every window: workers load their modules once, and reading and extraction never block this process.
  const pool = new WorkerPool({ workerUrl: pathToFileURL(paths.worker) });
  app.on('will-quit', () => void pool.close());

  const windows = createCaseWindows({
    pool,
    preload: paths.preload,
    devTools: development,
    icon: paths.icon,
    windowStateFile: join(app.getPath('userData'), 'window-state.json'),
    platform: process.platform,
    documentsDir: () => app.getPath('documents'),
    sampleDir: paths.sampleDir,
    isQuitting: () => quitGuard.quitting,
    caseOpened: (path) => recent.add(path),
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const cases = casePathsFromArgv(argv, workingDirectory);
    if (cases.length > 0) return cases.forEach(openOrQueue);
    const win = windows.focused() ?? windows.all()[0];
    if (win) win.window.focus();
    else if (app.isReady()) windows.open();
  });
  app.on('before-quit', (event) => quitGuard.onBeforeQuit(event));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, { allowDevTools: development }, log);
    protocol.handle(APP_SCHEME, async (request) => {
      const response = await serveAppRequest(request.method, request.url, paths.rendererRoot);
      return new Response(response.body, { status: response.status, headers: response.headers });
    });
    registerIpc(ipcMain, windows.lookup);
    app.setAboutPanelOptions({ applicationName: 'Threadline', applicationVersion: app.getVersion(), copyright: 'Threadline' });

    actions = createAppActions({ windows, recent, platform: process.platform });
    const menuActions = actions;
    installMenu = () => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuActions, { platform: process.platform, recent: recent.list(), devTools: development })));
    installMenu();

    const queued = pending.splice(0);
    if (queued.length === 0) windows.open();
    for (const path of queued) void menuActions.openCasePath(path);

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) windows.open();
    });
  });
}
