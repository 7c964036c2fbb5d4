/**
 * Case windows: one BrowserWindow per open case, each with its own core
 * Session, its own handlers (the core's plus the shell's dialogs bound to the
 * window), its held events and its calls in flight. The IPC wrapper finds a
 * window's binding by webContents id; nothing else crosses windows.
 */
import { BrowserWindow, dialog, screen } from 'electron';

import type { CaseSummary, Channel, EventName, Events, HandlerContext, RequestOf, ResponseOf, Result } from '../../shared/api.ts';
import { createCoreHandlers, createSession, type Session } from '../core/handlers/index.ts';
import { dispatch } from '../core/handlers/dispatch.ts';
import { closeSessionCase } from '../core/handlers/session.ts';
import type { WorkerPool } from '../core/workers/pool.ts';
import { APP_ENTRY_URL } from './app-protocol.ts';
import { createEventHold } from './event-hold.ts';
import { createInFlight } from './in-flight.ts';
import type { WindowBinding } from './ipc.ts';
import { EVENT_CHANNEL } from './ipc-channels.ts';
import { createShellHandlers } from './shell-handlers.ts';
import { caseWindowOptions } from './window-options.ts';
import { initialBounds, readWindowState, writeWindowState, type Rect } from './window-state.ts';

export interface CaseWindow {
  readonly window: BrowserWindow;
  readonly session: Session;
  readonly binding: WindowBinding;
  hasCase: () => boolean;
  importRunning: () => boolean;
  /** A call started by main (a menu command), through the same dispatch as IPC. */
  call: <K extends Channel>(channel: K, request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
}

export interface CaseWindowsDeps {
  /** The app's worker pool, shared by every window's session. */
  pool?: WorkerPool;
  preload: string;
  devTools: boolean;
  icon?: string;
  windowStateFile: string;
  platform: NodeJS.Platform;
  documentsDir: () => string;
  sampleDir: string;
  /** True once the user agreed to quit: closing windows must not ask again. */
  isQuitting: () => boolean;
  /** A case was created or opened in some window (for Open Recent). */
  caseOpened: (path: string) => void;
}

export interface CaseWindows {
  lookup: (webContentsId: number) => WindowBinding | undefined;
  open: () => CaseWindow;
  all: () => CaseWindow[];
  focused: () => CaseWindow | undefined;
  /** The window a newly opened case should go in: the focused one if it is empty, else a new one. */
  forNewCase: () => CaseWindow;
  /** The window already showing this case file, if any. */
  showing: (path: string) => CaseWindow | undefined;
}

const CASCADE = 28;

function windowTitle(summary: CaseSummary | null): string {
  if (!summary) return 'Threadline';
  const name = summary.title ?? summary.path.split(/[\\/]/).pop() ?? summary.path;
  return `${name} — Threadline`;
}

function workAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return [primary, ...others].map((d) => d.workArea);
}

export function createCaseWindows(deps: CaseWindowsDeps): CaseWindows {
  const byContentsId = new Map<number, CaseWindow>();

  function bounds() {
    const first = initialBounds(readWindowState(deps.windowStateFile), workAreas());
    const n = byContentsId.size;
    return { ...first, x: first.x + n * CASCADE, y: first.y + n * CASCADE };
  }

  function open(): CaseWindow {
    const place = bounds();
    const window = new BrowserWindow(
      caseWindowOptions({ preload: deps.preload, devTools: deps.devTools, bounds: { x: place.x, y: place.y, width: place.width, height: place.height }, ...(deps.icon ? { icon: deps.icon } : {}) }),
    );
    const contents = window.webContents;
    const contentsId = contents.id;
    const session = createSession(deps.pool ?? null);
    const events = createEventHold();
    const inflight = createInFlight();

    const ctx: HandlerContext = {
      emit(event, payload) {
        if (event === 'case.changed') {
          const summary = payload as CaseSummary | null;
          if (!window.isDestroyed()) {
            window.setTitle(windowTitle(summary));
            if (deps.platform === 'darwin') window.setRepresentedFilename(summary && summary.path !== ':memory:' ? summary.path : '');
          }
          if (summary && summary.path !== ':memory:') deps.caseOpened(summary.path);
        }
        events.emit(event, payload);
      },
    };
    const handlers = {
      ...createCoreHandlers(session),
      ...createShellHandlers({
        showOpenDialog: (options) => dialog.showOpenDialog(window, options),
        showSaveDialog: (options) => dialog.showSaveDialog(window, options),
        platform: deps.platform,
        documentsDir: deps.documentsDir,
        sampleDir: deps.sampleDir,
      }),
    };
    const binding: WindowBinding = {
      handlers,
      ctx,
      events,
      inflight,
      deliver(event, payload) {
        if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, payload);
      },
    };

    const caseWindow: CaseWindow = {
      window,
      session,
      binding,
      hasCase: () => session.store !== null,
      importRunning: () => session.importAbort !== null,
      call: <K extends Channel>(channel: K, request: RequestOf<K>) => inflight.track(dispatch(handlers, channel, request, ctx)) as Promise<Result<ResponseOf<K>>>,
      emit: (event, payload) => ctx.emit(event, payload),
    };
    byContentsId.set(contentsId, caseWindow);

    // A reload or a crashed renderer means a page that has not said ready yet.
    contents.on('did-start-loading', () => events.close());
    contents.on('render-process-gone', () => events.close());
    // The window title follows the case, not the page's <title>.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.once('ready-to-show', () => {
      if (place.maximized) window.maximize();
      window.show();
    });
    window.on('close', (event) => {
      writeWindowState(deps.windowStateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
      if (deps.isQuitting() || !caseWindow.importRunning()) return;
      const choice = dialog.showMessageBoxSync(window, {
        type: 'warning',
        buttons: ['Keep Importing', 'Close Anyway'],
        defaultId: 0,
        cancelId: 0,
        message: 'An import is running in this window.',
        detail: 'Closing the window cancels the import. Files that have finished importing stay in the case.',
      });
      if (choice === 0) event.preventDefault();
    });
    window.on('closed', () => {
      byContentsId.delete(contentsId);
      session.importAbort?.abort();
      // Close the case file only once its writes have finished.
      void inflight.drain().then(() => closeSessionCase(session));
    });

    void window.loadURL(APP_ENTRY_URL);
    return caseWindow;
  }

  const all = () => [...byContentsId.values()];
  const focused = () => {
    const win = BrowserWindow.getFocusedWindow();
    return all().find((w) => w.window === win);
  };

  return {
    lookup: (id) => byContentsId.get(id)?.binding,
    open,
    all,
    focused,
    forNewCase() {
      const current = focused() ?? all()[0];
      if (current && !current.hasCase()) return current;
      return all().find((w) => !w.hasCase()) ?? open();
    },
    showing: (path) => all().find((w) => w.session.path === path),
  };
}
