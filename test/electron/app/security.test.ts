/**
 * The shell's security settings, pinned: the real window options, the real
 * CSP (and index.html's copy of it), the app:// file guard, the sender
 * check, navigation/new-window/webview/permission/network denial, and the
 * fuse configuration. Any loosening fails here. Hostile inputs throughout.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../mocks/electron.ts'));

import { APP_SCHEME_PRIVILEGES, decideAppRequest, mimeTypeFor, serveAppRequest } from '../../../electron/app/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/app/csp.ts';
import { createEventHold } from '../../../electron/app/event-hold.ts';
import { createInFlight } from '../../../electron/app/in-flight.ts';
import { trustedBinding, type WindowBinding } from '../../../electron/app/ipc.ts';
import { hardenSession, hardenWebContents, openExternalGuarded } from '../../../electron/app/security.ts';
import { isAllowedExternalUrl, isAllowedSessionRequest, isAppUrl } from '../../../electron/app/url-guards.ts';
import { caseWindowOptions, secureWebPreferences } from '../../../electron/app/window-options.ts';
import { MockFrame, MockSession, MockWebContents, resetElectronMock } from '../../mocks/electron.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

beforeEach(() => resetElectronMock());

describe('window options', () => {
  it('pins every webPreference that keeps the renderer away from Node', () => {
    const options = caseWindowOptions({ preload: '/app/dist/electron/preload.cjs', devTools: false });
    expect(options.webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    });
  });

  it('only changes devTools between development and packaged builds', () => {
    const dev = secureWebPreferences('/p.cjs', true);
    const packaged = secureWebPreferences('/p.cjs', false);
    expect({ ...dev, devTools: false }).toEqual(packaged);
    expect(packaged.devTools).toBe(false);
  });

  it('registers app:// as standard and secure, and nothing that bypasses the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
  });
});

describe('content security policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values.join(' ')];
  }));

  it('is exactly the policy in CONVENTIONS.md', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'",
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
  });

  it('allows no inline code, eval or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|https?:|\*/);
  });

  it('is identical in renderer/index.html', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // no inline scripts
    expect(html).not.toMatch(/<style[\s>]|\sstyle="/i);
  });
});

describe('app:// file guard', () => {
  const base = mkdtempSync(join(tmpdir(), 'threadline-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(base, 'secret.txt'), 'SECRET');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));

  it('serves our files with their MIME type and the CSP', async () => {
    const page = await serveAppRequest('GET', 'app://threadline/index.html', root);
    expect(page.status).toBe(200);
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['X-Content-Type-Options']).toBe('nosniff');
    const script = await serveAppRequest('GET', 'app://threadline/assets/app.js', root);
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect((await serveAppRequest('GET', 'app://threadline/', root)).status).toBe(200);
  });

  it.each([
    'app://threadline/../../etc/passwd',
    'app://threadline/%2e%2e/%2e%2e/etc/passwd',
    'app://threadline/..%2f..%2fsecret.txt',
    'app://threadline/assets/..%2f..%2fsecret.txt',
    'app://threadline/%2e%2e%2fsecret.txt',
    'app://threadline/..%5c..%5csecret.txt',
    'app://threadline/index.html%00.js',
    'app://threadline/%252e%252e/secret.txt',
    'app://threadline/assets/link.txt',
    'app://threadline//etc/passwd',
    'app://threadline/%E0%A4%A',
  ])('never serves a file outside the root: %s', async (url) => {
    const response = await serveAppRequest('GET', url, root);
    expect([400, 403, 404]).toContain(response.status);
    expect(String(response.body)).not.toContain('SECRET');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    const decision = decideAppRequest('GET', url, root);
    if (decision.ok) expect(decision.file.startsWith(root)).toBe(true);
  });

  it('refuses an encoded traversal before touching the disk', () => {
    expect(decideAppRequest('GET', 'app://threadline/..%2f..%2fsecret.txt', root)).toMatchObject({ ok: false, status: 403 });
    expect(decideAppRequest('GET', 'app://threadline/..%5csecret.txt', root)).toMatchObject({ ok: false, status: 400 });
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'get'])('refuses method %s', async (method) => {
    const response = await serveAppRequest(method, 'app://threadline/index.html', root);
    expect(response.status).toBe(405);
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://evil/index.html',
    'app://threadline.evil.example/index.html',
    'app://threadline:8080/index.html',
    'app://user:pass@threadline/index.html',
    'https://threadline/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses any other origin: %s', async (url) => {
    expect((await serveAppRequest('GET', url, root)).status).toBeGreaterThanOrEqual(400);
  });

  it('types files from a fixed table and never lets the browser sniff', () => {
    expect(mimeTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('Makefile')).toBe('application/octet-stream');
  });
});

describe('sender check', () => {
  function binding(): WindowBinding {
    return { handlers: {}, ctx: { emit: () => {} }, events: createEventHold(), deliver: () => {}, inflight: createInFlight() };
  }
  const ours = new MockWebContents();
  ours.mainFrame.url = 'app://threadline/index.html';
  const ourBinding = binding();
  const lookup = (id: number) => (id === ours.id ? ourBinding : undefined);

  it('accepts the top frame of our window on app://threadline', () => {
    expect(trustedBinding({ sender: ours, senderFrame: ours.mainFrame }, lookup)).toBe(ourBinding);
  });

  it('refuses a page on another origin in our window', () => {
    const evil = new MockWebContents();
    evil.mainFrame.url = 'https://evil.example/';
    const lookupEvil = (id: number) => (id === evil.id ? ourBinding : undefined);
    expect(trustedBinding({ sender: evil, senderFrame: evil.mainFrame }, lookupEvil)).toBeNull();
  });

  it.each(['file:///etc/passwd', 'https://threadline/', 'app://evil/index.html', 'app://threadline.evil/index.html', 'devtools://devtools/bundled/inspector.html', 'about:blank', 'data:text/html,hi'])(
    'refuses a top frame on %s',
    (url) => {
      const contents = new MockWebContents();
      contents.mainFrame.url = url;
      expect(trustedBinding({ sender: contents, senderFrame: contents.mainFrame }, () => ourBinding)).toBeNull();
    },
  );

  it('refuses an iframe, even one on app://threadline', () => {
    const iframe = new MockFrame('app://threadline/index.html', ours.mainFrame);
    expect(trustedBinding({ sender: ours, senderFrame: iframe }, lookup)).toBeNull();
  });

  it('refuses a frame that claims to be top but is not the main frame', () => {
    const other = new MockFrame('app://threadline/index.html', null);
    expect(trustedBinding({ sender: ours, senderFrame: other }, lookup)).toBeNull();
  });

  it('refuses a destroyed or navigated frame (senderFrame null)', () => {
    expect(trustedBinding({ sender: ours, senderFrame: null }, lookup)).toBeNull();
  });

  it('refuses a webContents that is not one of our windows', () => {
    const stranger = new MockWebContents();
    stranger.mainFrame.url = 'app://threadline/index.html';
    expect(trustedBinding({ sender: stranger, senderFrame: stranger.mainFrame }, lookup)).toBeNull();
  });
});

describe('navigation, new windows and webviews', () => {
  it.each(['https://example.com/', 'file:///etc/passwd', 'app://threadline/index.html', 'javascript:alert(1)'])('prevents navigating to %s', (url) => {
    const contents = new MockWebContents();
    hardenWebContents(contents);
    expect(contents.fire('will-navigate', { url }).prevented).toBe(true);
    expect(contents.fire('will-redirect', { url }).prevented).toBe(true);
    expect(contents.fire('will-frame-navigate', { url, isMainFrame: false }).prevented).toBe(true);
  });

  it.each(['https://example.com/', 'app://threadline/index.html', 'about:blank', 'javascript:alert(1)'])('denies window.open(%s)', (url) => {
    const contents = new MockWebContents();
    hardenWebContents(contents);
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });

  it('blocks <webview>', () => {
    const contents = new MockWebContents();
    hardenWebContents(contents);
    expect(contents.fire('will-attach-webview', { src: 'https://example.com/' }).prevented).toBe(true);
  });
});

describe('session: permissions, network, downloads', () => {
  function hardened(allowDevTools = false): MockSession {
    const session = new MockSession();
    hardenSession(session, { allowDevTools });
    return session;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'pointerLock', 'midi', 'hid', 'serial', 'usb', 'unknown'])(
    'denies the %s permission, on request and on check',
    (permission) => {
      const session = hardened();
      expect(session.askPermission(permission)).toBe(false);
      expect(session.permissionCheckHandler?.({}, permission)).toBe(false);
      expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
    },
  );

  it('lets our own files through', () => {
    const session = hardened();
    expect(session.request('app://threadline/index.html')).toEqual({ cancel: false });
    expect(session.request('app://threadline/assets/app.js')).toEqual({ cancel: false });
    expect(session.request('data:image/png;base64,iVBORw0KGgo=')).toEqual({ cancel: false });
    expect(session.request('blob:app://threadline/5f0c6e1e-0000-4000-8000-000000000000')).toEqual({ cancel: false });
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'ws://localhost/',
    'wss://example.com/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'app://evil/index.html',
    'app://threadline.evil.example/',
    'blob:https://example.com/5f0c6e1e',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    'not a url',
  ])('cancels a request to %s', (url) => {
    expect(hardened().request(url)).toEqual({ cancel: true });
  });

  it('allows devtools:// only while DevTools is allowed (development)', () => {
    expect(hardened(true).request('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    expect(hardened(true).request('https://example.com/')).toEqual({ cancel: true });
  });

  it('refuses downloads', () => {
    expect(hardened().fire('will-download').prevented).toBe(true);
  });

  it('pure guards agree', () => {
    expect(isAllowedSessionRequest('https://example.com', { allowDevTools: true })).toBe(false);
    expect(isAppUrl('app://threadline/x')).toBe(true);
    expect(isAppUrl('app://user@threadline/x')).toBe(false);
    expect(isAppUrl('app://threadline.evil/x')).toBe(false);
  });
});

describe('opening links outside the app', () => {
  it('opens only http(s) links to allowlisted hosts, on a user gesture', () => {
    const open = vi.fn(async (_url: string) => {});
    const hosts = ['www.gov.uk'];
    expect(openExternalGuarded('https://www.gov.uk/guidance', { userGesture: true, allowedHosts: hosts }, open)).toBe(true);
    expect(open).toHaveBeenCalledWith('https://www.gov.uk/guidance');
    open.mockClear();
    for (const url of ['https://www.gov.uk/guidance']) expect(openExternalGuarded(url, { userGesture: false, allowedHosts: hosts }, open)).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://www.gov.uk/share', 'https://user:pw@www.gov.uk/', 'https://www.gov.uk.evil.example/', 'ms-msdt:/id']) {
      expect(openExternalGuarded(url, { userGesture: true, allowedHosts: hosts }, open)).toBe(false);
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('has no allowlisted host today', () => {
    expect(isAllowedExternalUrl('https://www.gov.uk/')).toBe(false);
  });
});

describe('electron-builder fuses and packaging', () => {
  const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
  /** The `key: value` pairs of one top-level block, enough for these checks without a YAML parser. */
  function block(name: string): Record<string, string> {
    const lines = yml.split('\n');
    const start = lines.findIndex((l) => l.startsWith(`${name}:`));
    const out: Record<string, string> = {};
    for (const line of lines.slice(start + 1)) {
      if (/^\S/.test(line)) break;
      const m = /^\s+(\w+):\s*(\S+)/.exec(line);
      if (m) out[m[1]!] = m[2]!;
    }
    return out;
  }

  it('sets the fuses as in Electron Fiddle, plus GrantFileProtocolExtraPrivileges off', () => {
    expect(block('electronFuses')).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('packs into an asar, does not rebuild natives, and associates .threadline files', () => {
    expect(yml).toMatch(/^asar: true$/m);
    expect(yml).toMatch(/^npmRebuild: false$/m);
    expect(yml).toMatch(/ext: threadline/);
    expect(yml).toMatch(/better-sqlite3/);
  });
});
