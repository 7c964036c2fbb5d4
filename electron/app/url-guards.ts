/**
 * Pure URL checks behind every security hook: what the renderer may load,
 * which frames may call the API, and which links may leave the app. Kept
 * free of Electron so tests can throw hostile inputs at them.
 */
import { APP_HOST, APP_SCHEME } from './app-protocol.ts';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for app://threadline/… and nothing else. WARNING: Node's URL gives
 * custom schemes an origin of "null", so compare protocol and host, never
 * `.origin`. The host must match exactly (no port, no user info).
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

export interface RequestPolicy {
  /** DevTools in development loads its own devtools:// pages. */
  allowDevTools: boolean;
}

/**
 * May the renderer's session make this request at all? Only our own
 * files (and inline data/blob images the CSP already limits). Everything
 * else, http(s), ws, file, ftp, is cancelled: the app shows no remote
 * content and a case must never leave the machine.
 */
export function isAllowedSessionRequest(url: string, policy: RequestPolicy): boolean {
  if (isAppUrl(url)) return true;
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'data:') return true;
  if (u.protocol === 'blob:') return isAppUrl(url.slice('blob:'.length));
  return policy.allowDevTools && (u.protocol === 'devtools:' || u.protocol === 'chrome-devtools:');
}

/** Hosts the app may open in the user's browser. None today: the app has no external links. */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [];

/** Only https/http links to an allowlisted host, with nothing odd in them. */
export function isAllowedExternalUrl(url: string, allowedHosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return false;
  if (u.username || u.password) return false;
  return allowedHosts.includes(u.hostname.toLowerCase());
}
