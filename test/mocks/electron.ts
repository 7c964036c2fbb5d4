/**
 * The ONE Electron mock for main-process unit tests (CONVENTIONS.md, Tests).
 * Wire it with
 *   vi.mock('electron', () => import('../../mocks/electron.ts'));
 * and import the same objects from this file to drive and inspect them.
 *
 * It records what the shell does (window options, IPC handlers, protocol
 * handlers, session hooks, dialogs, menus) and lets a test play the OS and the
 * renderer: emit app events, fire preventable webContents events, and call
 * IPC as a given frame through a mock ipcRenderer connected to ipcMain.
 * Call resetElectronMock() in beforeEach.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { vi } from 'vitest';

// ---------------------------------------------------------------- frames

let nextId = 1;

export class MockFrame {
  url: string;
  parent: MockFrame | null;
  readonly processId: number;
  readonly routingId: number;
  constructor(url: string, parent: MockFrame | null = null, processId = 1) {
    this.url = url;
    this.parent = parent;
    this.processId = processId;
    this.routingId = nextId++;
  }
}

export interface FiredEvent {
  prevented: boolean;
}

// ---------------------------------------------------------- webContents

export class MockWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new MockFrame('about:blank');
  /** Everything main sent to this page: [channel, ...args]. */
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
    if (renderer.contents === this) renderer.receive(channel, args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  readonly loadURL = vi.fn(async (url: string) => {
    this.emit('did-start-loading');
    this.mainFrame.url = url;
  });
  /** Emit a preventable event as Electron would; reports whether a listener prevented it. */
  fire(event: string, details: Record<string, unknown> = {}): FiredEvent {
    const result = { prevented: false };
    this.emit(event, { ...details, preventDefault: () => void (result.prevented = true) });
    return result;
  }
}

// -------------------------------------------------------- BrowserWindow

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }

  readonly options: Record<string, unknown>;
  readonly webContents = new MockWebContents();
  title = '';
  destroyed = false;
  visible = false;
  maximized = false;
  bounds: { x: number; y: number; width: number; height: number };

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    const n = (key: string, fallback: number) => (typeof options[key] === 'number' ? (options[key] as number) : fallback);
    this.bounds = { x: n('x', 0), y: n('y', 0), width: n('width', 800), height: n('height', 600) };
    BrowserWindow.instances.push(this);
    BrowserWindow.focused = this;
    // Electron announces every new webContents on the app.
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    BrowserWindow.focused = this;
  }
  maximize(): void {
    this.maximized = true;
  }
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setRepresentedFilename(_path: string): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Ask to close, as the user would: 'close' can be prevented, then 'closed'. */
  close(): FiredEvent {
    const result = { prevented: false };
    this.emit('close', { preventDefault: () => void (result.prevented = true) });
    if (!result.prevented) {
      this.destroyed = true;
      this.webContents.destroyed = true;
      if (BrowserWindow.focused === this) BrowserWindow.focused = null;
      this.emit('closed');
    }
    return result;
  }
}

// ------------------------------------------------------------------ app

function tempUserData(): string {
  return mkdtempSync(join(tmpdir(), 'threadline-mock-userdata-'));
}

class MockApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  paths: Record<string, string> = {};
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly addRecentDocument = vi.fn();
  readonly clearRecentDocuments = vi.fn();
  readonly setAboutPanelOptions = vi.fn();
  readonly showAboutPanel = vi.fn();
  readonly getVersion = vi.fn(() => '0.0.0-test');
  readonly setPath = vi.fn((name: string, value: string) => void (this.paths[name] = value));
  readonly getPath = vi.fn((name: string) => {
    this.paths[name] ??= name === 'userData' ? tempUserData() : join(tmpdir(), `threadline-mock-${name}`);
    return this.paths[name];
  });
  #readyResolvers: Array<() => void> = [];
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.#readyResolvers.push(resolve));
  }
  isReady(): boolean {
    return this.ready;
  }
  /** Play Electron reaching 'ready'; resolves after the shell's whenReady callbacks ran. */
  async emitReady(): Promise<void> {
    this.ready = true;
    for (const resolve of this.#readyResolvers.splice(0)) resolve();
    this.emit('ready');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  /** Emit a preventable app event (before-quit, open-file…). */
  fire(event: string, ...args: unknown[]): FiredEvent {
    const result = { prevented: false };
    this.emit(event, { preventDefault: () => void (result.prevented = true) }, ...args);
    return result;
  }
}

export const app = new MockApp();

// ------------------------------------------------------------------ IPC

/** What an IPC listener in main receives from the mock renderer. */
export interface MockIpcEvent {
  sender: MockWebContents;
  senderFrame: MockFrame | null;
}
type MainHandler = (event: MockIpcEvent, ...args: unknown[]) => unknown;

class MockIpcMain extends EventEmitter {
  readonly handlers = new Map<string, MainHandler>();
  handle(channel: string, handler: MainHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What Electron does with ipcRenderer.invoke: no handler, a rejected promise. */
  async invokeAs(event: MockIpcEvent, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export const ipcMain = new MockIpcMain();

/** The renderer side of the mock: which page is talking, and from which frame. */
const renderer = {
  contents: null as MockWebContents | null,
  frame: null as MockFrame | null,
  listeners: new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>(),
  event(): MockIpcEvent {
    if (!renderer.contents) throw new Error('electron mock: call attachRenderer(webContents) before using ipcRenderer');
    return { sender: renderer.contents, senderFrame: renderer.frame };
  },
  receive(channel: string, args: unknown[]) {
    for (const listener of renderer.listeners.get(channel) ?? []) listener({}, ...args);
  },
};

/**
 * Make ipcRenderer speak as `contents`, from its main frame or from `frame`
 * (an iframe, a page on another origin, or null for a destroyed frame).
 */
export function attachRenderer(contents: MockWebContents, frame: MockFrame | null = contents.mainFrame): void {
  renderer.contents = contents;
  renderer.frame = frame;
}

export const ipcRenderer = {
  invoke: vi.fn((channel: string, ...args: unknown[]) => ipcMain.invokeAs(renderer.event(), channel, ...args)),
  send: vi.fn((channel: string, ...args: unknown[]) => void ipcMain.emit(channel, renderer.event(), ...args)),
  on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
    const set = renderer.listeners.get(channel) ?? new Set();
    renderer.listeners.set(channel, set);
    set.add(listener);
    return ipcRenderer;
  }),
};

export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld: vi.fn((key: string, api: unknown) => void (contextBridge.exposed[key] = api)),
};

export const webUtils = {
  getPathForFile: vi.fn((file: { path?: string }) => file.path ?? ''),
};

// ------------------------------------------------------------ protocol

export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => void protocol.handlers.set(scheme, handler)),
};

// ------------------------------------------------------------- session

export class MockSession extends EventEmitter {
  permissionRequestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null = null;
  setPermissionRequestHandler(handler: MockSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: MockSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: MockSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
  readonly webRequest = {
    onBeforeRequest: (listener: NonNullable<MockSession['beforeRequest']>) => void (this.beforeRequest = listener),
  };
  /** Would the session let this request through? */
  request(url: string): { cancel?: boolean } {
    if (!this.beforeRequest) throw new Error('electron mock: no onBeforeRequest listener');
    let answer: { cancel?: boolean } = {};
    this.beforeRequest({ url }, (response) => void (answer = response));
    return answer;
  }
  /** Ask for a permission; resolves to what the handler granted. */
  askPermission(permission: string): boolean | undefined {
    let granted: boolean | undefined;
    this.permissionRequestHandler?.({}, permission, (g) => void (granted = g));
    return granted;
  }
  fire(event: string): FiredEvent {
    const result = { prevented: false };
    this.emit(event, { preventDefault: () => void (result.prevented = true) });
    return result;
  }
}

export const session = { defaultSession: new MockSession() };

// -------------------------------------------- dialog, menu, shell, screen

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
  showErrorBox: vi.fn(),
};

export const Menu = {
  current: null as { template: unknown[] } | null,
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => void (Menu.current = menu)),
};

export const shell = { openExternal: vi.fn(async (_url: string) => {}) };

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
export const screen = {
  getPrimaryDisplay: vi.fn(() => ({ id: 1, workArea })),
  getAllDisplays: vi.fn(() => [{ id: 1, workArea }]),
};

// ---------------------------------------------------------------- reset

/** Fresh state for the next test: no windows, handlers, hooks or recorded calls. */
export function resetElectronMock(): void {
  vi.resetAllMocks();
  BrowserWindow.instances = [];
  BrowserWindow.focused = null;
  app.removeAllListeners();
  app.isPackaged = false;
  app.ready = false;
  app.paths = {};
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  renderer.contents = null;
  renderer.frame = null;
  renderer.listeners.clear();
  contextBridge.exposed = {};
  protocol.handlers.clear();
  session.defaultSession = new MockSession();
  Menu.current = null;
}

export default { app, BrowserWindow, ipcMain, ipcRenderer, contextBridge, webUtils, protocol, session, dialog, Menu, shell, screen };
