/**
 * The app:// protocol: how the UI's files are served, as pure functions so
 * the guards can be tested with hostile URLs and the end-to-end harness can
 * serve dist/renderer with exactly the same rules and headers.
 *
 * Rules (CONVENTIONS.md, Security): GET only, the exact host, the path
 * resolved against the renderer root and refused if it escapes it, a MIME
 * type from a fixed table, and the CSP header on every response, errors
 * included.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

import { CONTENT_SECURITY_POLICY } from './csp.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'threadline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * protocol.registerSchemesAsPrivileged for app://. `standard` gives the
 * scheme real origins and relative URLs; `secure` makes it a secure context;
 * `supportFetchAPI` and `corsEnabled` let module scripts (always fetched in
 * CORS mode) load from it. No service workers, no bypassing the CSP.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file name; unknown kinds are served as opaque bytes (never sniffed). */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every response carries, whatever its status. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

export type AppRequestDecision = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 | 405; reason: string };

export interface AppRequestRules {
  /** The scheme and host a request must have, e.g. app://threadline or http://127.0.0.1:4321. */
  origin: string;
}

/** True when `child` is `root` or inside it (both absolute and resolved). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/**
 * Decide which file under `root` a request may read. Pure: no file system.
 * WARNING: the URL parser already collapses "/../" and "%2e%2e" segments,
 * but not an encoded slash ("..%2f..%2fetc"): that only becomes a traversal
 * after decoding, which is why the decoded path is resolved and then checked
 * to be inside the root, rather than trusting the URL's own normalisation.
 */
export function decideAppRequest(method: string, rawUrl: string, root: string, rules: AppRequestRules = { origin: APP_ORIGIN }): AppRequestDecision {
  if (method !== 'GET') return { ok: false, status: 405, reason: `method ${method} is not allowed` };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  // WARNING: Node gives custom schemes an origin of "null"; compare protocol and host.
  if (`${url.protocol}//${url.host}` !== rules.origin) {
    return { ok: false, status: 404, reason: `unknown origin ${url.protocol}//${url.host}` };
  }
  if (url.username || url.password) return { ok: false, status: 400, reason: 'credentials in URL' };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  // Backslashes are separators on Windows; NUL truncates paths in some APIs.
  if (path.includes('\0') || path.includes('\\')) return { ok: false, status: 400, reason: 'forbidden character in path' };
  const relativePath = path.replace(/^\/+/, '') || 'index.html';
  const absoluteRoot = resolve(root);
  const file = resolve(absoluteRoot, relativePath);
  if (!isInside(absoluteRoot, file) || file === absoluteRoot) return { ok: false, status: 403, reason: 'path escapes the app root' };
  return { ok: true, file };
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/** Serve one request: decide, then read the file. Used by protocol.handle and by the e2e harness. */
export async function serveAppRequest(method: string, rawUrl: string, root: string, rules?: AppRequestRules): Promise<AppResponse> {
  const decision = decideAppRequest(method, rawUrl, root, rules);
  if (!decision.ok) return { status: decision.status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }, body: `${decision.status}` };
  try {
    const info = await stat(decision.file);
    if (!info.isFile()) throw new Error('not a file');
    // A symbolic link inside the root could still point outside it.
    if (!isInside(await realpath(root), await realpath(decision.file))) throw new Error('outside the root');
    const body = await readFile(decision.file);
    return { status: 200, headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(decision.file) }, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  } catch {
    return { status: 404, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }, body: '404' };
  }
}
