/**
 * The security hooks, applied to the session and to every webContents
 * (CONVENTIONS.md, Security). Side effects are handed in, so tests drive
 * them with the Electron mock and hostile inputs.
 *
 *  - navigation: will-navigate (and will-frame-navigate for subframes) and
 *    will-redirect are always prevented: the UI is one page and never goes
 *    anywhere else (in-page hash changes are not navigations);
 *  - new windows: setWindowOpenHandler always denies;
 *  - <webview>: will-attach-webview is always prevented (webviewTag is off too);
 *  - permissions: every request and every check is denied (camera, geolocation,
 *    notifications, clipboard-read, HID/serial/USB devices, …);
 *  - network: the session cancels every request that is not app://threadline
 *    (plus devtools:// while DevTools is allowed in development), on top of
 *    the CSP's connect-src 'self';
 *  - downloads are refused.
 */
import { isAllowedExternalUrl, isAllowedSessionRequest, type RequestPolicy } from './url-guards.ts';

interface Preventable {
  preventDefault: () => void;
  url?: string;
  isMainFrame?: boolean;
}

// Method syntax on purpose: Electron's overloaded `on` and handler types
// are only assignable to these small shapes with method parameter checking.
export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
  };
  on(event: 'will-download', listener: (event: Preventable) => void): unknown;
}

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface SecurityLog {
  /** Where refusals are reported (console in development, silent in tests). */
  refused: (what: string, url: string) => void;
}

const quiet: SecurityLog = { refused: () => {} };

export function hardenSession(session: SessionLike, policy: RequestPolicy, log: SecurityLog = quiet): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    log.refused(`permission ${permission}`, '');
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedSessionRequest(details.url, policy);
    if (!allowed) log.refused('request', details.url);
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContentsLike, log: SecurityLog = quiet): void {
  const refuse = (what: string) => (event: Preventable) => {
    log.refused(what, event.url ?? '');
    event.preventDefault();
  };
  contents.on('will-navigate', refuse('navigation'));
  // The main frame is will-navigate's; this catches subframes, which the
  // CSP (frame-src 'none') should already have stopped from existing.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame === false) refuse('frame navigation')(event);
  });
  contents.on('will-redirect', refuse('redirect'));
  contents.on('will-attach-webview', refuse('webview'));
  contents.setWindowOpenHandler((details) => {
    // No gesture information reaches this handler, so it never opens links
    // itself; an external link would go through openExternalGuarded from a
    // click the main process can see (a menu item).
    log.refused('window.open', details.url);
    return { action: 'deny' };
  });
}

/**
 * The only way to open a URL in the user's browser: http(s), an allowlisted
 * host, and only in answer to a user gesture. Returns whether it opened.
 */
export function openExternalGuarded(url: string, opts: { userGesture: boolean; allowedHosts?: readonly string[] }, openExternal: (url: string) => Promise<void>): boolean {
  if (!opts.userGesture || !isAllowedExternalUrl(url, opts.allowedHosts)) return false;
  void openExternal(url);
  return true;
}
