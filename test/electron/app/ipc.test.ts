/**
 * The IPC wrapper end to end, with the Electron mock in place of Electron
 * and the real core behind it: preload bridge → ipcRenderer → ipcMain →
 * sender check → dispatch (zod) → core handlers on an in-memory case.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../mocks/electron.ts'));

import { channelNames, type Channel, type ThreadlineBridge } from '../../../shared/api.ts';
import { createCoreHandlers, createSession } from '../../../electron/core/handlers/index.ts';
import { createEventHold } from '../../../electron/app/event-hold.ts';
import { createInFlight } from '../../../electron/app/in-flight.ts';
import { invokeChecked, registerIpc, type WindowBinding } from '../../../electron/app/ipc.ts';
import { EVENT_CHANNEL, READY_CHANNEL } from '../../../electron/app/ipc-channels.ts';
import { createBridge } from '../../../electron/app/preload-bridge.ts';
import { MockFrame, MockWebContents, attachRenderer, contextBridge, ipcMain, ipcRenderer, resetElectronMock, webUtils } from '../../mocks/electron.ts';

interface Harness {
  contents: MockWebContents;
  binding: WindowBinding;
  bridge: ThreadlineBridge;
  unregister: () => void;
}

function setUp(url = 'app://threadline/index.html'): Harness {
  const contents = new MockWebContents();
  contents.mainFrame.url = url;
  const session = createSession();
  const events = createEventHold();
  const binding: WindowBinding = {
    handlers: {
      ...createCoreHandlers(session),
      'dialog.openFiles': () => ['/tmp/a.csv'],
    },
    ctx: { emit: events.emit },
    events,
    deliver: (event, payload) => contents.send(EVENT_CHANNEL, event, payload),
    inflight: createInFlight(),
  };
  const unregister = registerIpc(ipcMain, (id) => (id === contents.id ? binding : undefined));
  attachRenderer(contents);
  const bridge = createBridge(ipcRenderer, webUtils);
  return { contents, binding, bridge, unregister };
}

beforeEach(() => resetElectronMock());

describe('IPC wrapper', () => {
  it('registers exactly one handler per API channel, and nothing else', () => {
    setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channelNames.map((c) => `tl:${c}`).sort());
  });

  it('runs a valid call against the real core and returns { ok: true, value }', async () => {
    const { bridge } = setUp();
    const created = await bridge.invoke('case.create', { path: ':memory:' });
    expect(created).toMatchObject({ ok: true, value: { path: ':memory:', entryCount: 0, sources: [] } });
    const summary = await bridge.invoke('case.summary', {});
    expect(summary.ok && summary.value?.path).toBe(':memory:');
  });

  it('answers a shell channel from the window’s own handlers', async () => {
    const { bridge } = setUp();
    expect(await bridge.invoke('dialog.openFiles', { purpose: 'chronologies' })).toEqual({ ok: true, value: ['/tmp/a.csv'] });
  });

  it('returns a core error as { ok: false, error } (no case open)', async () => {
    const { bridge } = setUp();
    expect(await bridge.invoke('sources.list', {})).toMatchObject({ ok: false, error: { kind: 'no-case' } });
  });

  it.each([
    ['case.create', { path: 42 }],
    ['case.create', {}],
    ['case.create', 'case.threadline'],
    ['case.create', [':memory:']],
    ['case.open', { path: '' }],
    ['entries.page', { limit: -1 }],
    ['entries.page', { limit: 1e9 }],
    ['import.preview', { paths: [] }],
    ['dialog.openFiles', { purpose: 'anything' }],
    ['case.setTitle', { title: 'x'.repeat(10_000) }],
  ] as const)('refuses a malformed request to %s (%j) as invalid-request', async (channel, request) => {
    const { bridge } = setUp();
    const result = await bridge.invoke(channel as Channel, request as never);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
  });

  it('refuses a sender on another origin as forbidden, without running the handler', async () => {
    const { contents, bridge } = setUp('https://evil.example/');
    const result = await bridge.invoke('case.create', { path: ':memory:' });
    expect(result).toEqual({ ok: false, error: { kind: 'forbidden', message: expect.any(String) } });
    attachRenderer(contents, new MockFrame('app://threadline/index.html'));
    expect(await bridge.invoke('case.summary', {})).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('refuses an iframe in our own window', async () => {
    const { contents, bridge } = setUp();
    attachRenderer(contents, new MockFrame('app://threadline/index.html', contents.mainFrame));
    expect(await bridge.invoke('case.summary', {})).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('refuses a webContents that is not one of our windows', async () => {
    setUp();
    const stranger = new MockWebContents();
    stranger.mainFrame.url = 'app://threadline/index.html';
    attachRenderer(stranger);
    const bridge = createBridge(ipcRenderer, webUtils);
    expect(await bridge.invoke('case.summary', {})).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('refuses an unknown channel in the preload, before it reaches main', async () => {
    const { bridge } = setUp();
    ipcRenderer.invoke.mockClear();
    for (const name of ['fs.readFile', 'tl:case.open', '__proto__', 'constructor', 'case.create ', '']) {
      expect(await bridge.invoke(name as Channel, {} as never)).toMatchObject({ ok: false, error: { kind: 'unknown-channel' } });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel in main: no handler is registered for it', async () => {
    const { contents } = setUp();
    await expect(ipcMain.invokeAs({ sender: contents, senderFrame: contents.mainFrame }, 'tl:fs.readFile', { path: '/etc/passwd' })).rejects.toThrow(/No handler registered/);
  });

  it('lets the wrapper refuse a channel name it does not know (defence in depth)', async () => {
    const { contents, binding } = setUp();
    const result = await invokeChecked({ sender: contents, senderFrame: contents.mainFrame }, '__proto__', {}, (id) => (id === contents.id ? binding : undefined));
    expect(result).toMatchObject({ ok: false, error: { kind: 'unknown-channel' } });
  });

  it('holds events until the renderer calls ready(), then delivers them in order', async () => {
    const { bridge } = setUp();
    const seen: unknown[] = [];
    bridge.on('case.changed', (summary) => seen.push(summary?.path ?? null));
    await bridge.invoke('case.create', { path: ':memory:' });
    await bridge.invoke('case.close', {});
    expect(seen).toEqual([]);
    bridge.ready();
    expect(seen).toEqual([':memory:', null]);
    await bridge.invoke('case.create', { path: ':memory:' });
    expect(seen).toEqual([':memory:', null, ':memory:']);
  });

  it('ignores ready() from a forbidden sender', async () => {
    const { contents, bridge } = setUp();
    await bridge.invoke('case.create', { path: ':memory:' });
    attachRenderer(contents, new MockFrame('https://evil.example/'));
    bridge.ready();
    expect(contents.sent).toEqual([]);
  });

  it('stops delivering to a listener once unsubscribed', async () => {
    const { bridge } = setUp();
    bridge.ready();
    const listener = vi.fn();
    const off = bridge.on('case.changed', listener);
    await bridge.invoke('case.create', { path: ':memory:' });
    off();
    await bridge.invoke('case.close', {});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps one failing listener from stopping the others', async () => {
    const { bridge } = setUp();
    bridge.ready();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = vi.fn();
    bridge.on('case.changed', () => {
      throw new Error('boom');
    });
    bridge.on('case.changed', good);
    await bridge.invoke('case.create', { path: ':memory:' });
    expect(good).toHaveBeenCalledTimes(1);
  });

  it('tracks calls in flight until they settle', async () => {
    const { bridge, binding } = setUp();
    let release = () => {};
    binding.handlers['dialog.saveFile'] = () => new Promise<string | null>((resolve) => (release = () => resolve('/tmp/x.threadline')));
    const pending = bridge.invoke('dialog.saveFile', { purpose: 'case' });
    await new Promise((r) => setTimeout(r, 0));
    expect(binding.inflight.count).toBe(1);
    let drained = false;
    const drain = binding.inflight.drain().then(() => (drained = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(drained).toBe(false);
    release();
    expect(await pending).toEqual({ ok: true, value: '/tmp/x.threadline' });
    await drain;
    expect(binding.inflight.count).toBe(0);
  });

  it('turns a rejected invoke into a failed Result rather than a thrown error', async () => {
    const { bridge, unregister } = setUp();
    unregister();
    expect(await bridge.invoke('case.summary', {})).toMatchObject({ ok: false, error: { kind: 'ipc-failed' } });
  });
});

describe('preload', () => {
  it('exposes window.threadline with exactly the ThreadlineBridge functions', async () => {
    await import('../../../electron/app/preload.ts');
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('threadline');
    const exposed = contextBridge.exposed.threadline as Record<string, unknown>;
    expect(Object.keys(exposed).sort()).toEqual(['invoke', 'on', 'pathForFile', 'ready']);
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it('sends ready on its own channel', () => {
    const { bridge } = setUp();
    bridge.ready();
    expect(ipcRenderer.send).toHaveBeenCalledWith(READY_CHANNEL);
  });

  it('gives dropped files their path through webUtils, or null', () => {
    const { bridge } = setUp();
    expect(bridge.pathForFile({ path: '/Users/me/Police return.docx' })).toBe('/Users/me/Police return.docx');
    expect(bridge.pathForFile({})).toBeNull();
    webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new TypeError('not a File');
    });
    expect(bridge.pathForFile({ name: 'x' })).toBeNull();
  });
});
