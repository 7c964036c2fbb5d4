/**
 * The end-to-end harness server: the built renderer (dist/renderer) served
 * on 127.0.0.1 with the production CSP header, and the bridge over HTTP to
 * the real core (no mocks): POST /api/<channel> → dispatch(core handlers +
 * harness shell handlers) → Result as JSON; events over SSE.
 *
 * Control endpoints for tests (also reachable through the helpers returned):
 *   POST /harness/queue-open {paths}   the next dialog.openFiles answers
 *   POST /harness/queue-save {path}    the next dialog.saveFile answers
 *   POST /harness/emit {event,payload} send a main→renderer event (menu, files.opened)
 *
 * One server per test: a fresh temp data dir and a fresh core Session.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build } from 'esbuild';

import { channelListOnly, ROOT } from '../../../scripts/build.ts';
import type { EventName, Events, Handlers, ShellChannel } from '../../../shared/api.ts';
import { serveAppRequest, securityHeaders } from '../../../electron/app/app-protocol.ts';
import { createEventHold } from '../../../electron/app/event-hold.ts';
import { locateSample, saveDialogOptions } from '../../../electron/app/shell-handlers.ts';
import { createCoreHandlers, createSession } from '../../../electron/core/handlers/index.ts';
import { dispatch } from '../../../electron/core/handlers/dispatch.ts';
import { closeSessionCase } from '../../../electron/core/handlers/session.ts';

export const RENDERER_ROOT = join(ROOT, 'dist', 'renderer');
export const SAMPLE_DIR = join(ROOT, 'resources', 'sample-case');
export const BRIDGE_SCRIPT_PATH = '/harness-bridge.js';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

let bridgeScript: Promise<string> | null = null;

/** The browser bridge as one classic script (built once per test process). */
export function harnessBridgeScript(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [join(import.meta.dirname, 'bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    plugins: [channelListOnly()],
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bridgeScript;
}

/** index.html with the bridge script placed before the app's module script (never inline: the CSP forbids it). */
export function withBridgeScript(html: string): string {
  const tag = `<script src=".${BRIDGE_SCRIPT_PATH}"></script>`;
  const at = html.search(/<script\b/i);
  if (at < 0) throw new Error('dist/renderer/index.html has no <script>; was the renderer built?');
  return `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`;
}

export interface HarnessServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  origin: string;
  /** A fresh temporary folder for this test's files (removed on close). */
  dataDir: string;
  queueOpenPaths: (paths: string[]) => void;
  queueSavePath: (path: string | null) => void;
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
  close: () => Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string>): void {
  res.writeHead(status, { ...securityHeaders(), ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8' });
}

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { ok: false };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return { ok: true, value: text ? (JSON.parse(text) as unknown) : {} };
  } catch {
    return { ok: false };
  }
}

export async function startHarnessServer(opts: { rendererRoot?: string } = {}): Promise<HarnessServer> {
  const root = opts.rendererRoot ?? RENDERER_ROOT;
  const script = await harnessBridgeScript();
  const dataDir = mkdtempSync(join(tmpdir(), 'threadline-e2e-'));
  const session = createSession();
  const hold = createEventHold();
  const openQueue: string[][] = [];
  const saveQueue: Array<string | null> = [];
  let stream: ServerResponse | null = null;
  let readyRequested = false;

  const openWhenListening = () => {
    if (!stream || !readyRequested) return;
    const target = stream;
    hold.open((event, payload) => target.write(`data: ${JSON.stringify({ event, payload })}\n\n`));
  };

  const shellHandlers: Handlers<ShellChannel> = {
    'dialog.openFiles': () => openQueue.shift() ?? [],
    'dialog.saveFile': ({ purpose, suggestedName }) => (saveQueue.length > 0 ? saveQueue.shift()! : saveDialogOptions(purpose, suggestedName, dataDir).defaultPath),
    'sample.locate': () => locateSample(SAMPLE_DIR),
  };
  const handlers = { ...createCoreHandlers(session), ...shellHandlers };
  const ctx = { emit: hold.emit };

  let origin = '';
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      // The harness's stand-in for the shell's sender check: our own host only.
      if (req.headers.host !== new URL(origin).host) return send(res, 403, 'forbidden', { 'Content-Type': 'text/plain' });
      const path = url.pathname;

      if (req.method === 'GET' && path === '/api/events') {
        res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        stream = res;
        openWhenListening();
        req.on('close', () => {
          if (stream !== res) return;
          stream = null;
          readyRequested = false;
          hold.close();
        });
        return;
      }
      if (req.method === 'POST' && path === '/api/ready') {
        readyRequested = true;
        openWhenListening();
        return sendJson(res, { ok: true, value: null });
      }
      if (req.method === 'POST' && path.startsWith('/api/')) {
        const body = await readJson(req);
        if (!body.ok) return sendJson(res, { ok: false, error: { kind: 'invalid-request', message: 'The request was not valid JSON.' } });
        return sendJson(res, await dispatch(handlers, decodeURIComponent(path.slice('/api/'.length)), body.value, ctx));
      }
      if (req.method === 'POST' && path.startsWith('/harness/')) {
        const body = await readJson(req);
        const value = (body.ok ? body.value : {}) as { paths?: string[]; path?: string | null; event?: EventName; payload?: unknown };
        if (path === '/harness/queue-open') openQueue.push(value.paths ?? []);
        else if (path === '/harness/queue-save') saveQueue.push(value.path ?? null);
        else if (path === '/harness/emit' && value.event) hold.emit(value.event, value.payload as never);
        else return send(res, 404, 'unknown harness command', { 'Content-Type': 'text/plain' });
        return sendJson(res, { ok: true, value: null });
      }
      if (req.method === 'GET' && path === BRIDGE_SCRIPT_PATH) return send(res, 200, script, { 'Content-Type': 'text/javascript; charset=utf-8' });

      const served = await serveAppRequest(req.method ?? 'GET', url.href, root, { origin });
      const isPage = served.status === 200 && served.headers['Content-Type']?.startsWith('text/html');
      const body = isPage ? withBridgeScript(Buffer.from(served.body).toString('utf8')) : served.body;
      send(res, served.status, body, served.headers);
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, String(err), { 'Content-Type': 'text/plain' });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('harness: no port');
  origin = `http://127.0.0.1:${address.port}`;

  return {
    url: `${origin}/`,
    origin,
    dataDir,
    queueOpenPaths: (paths) => void openQueue.push(paths),
    queueSavePath: (path) => void saveQueue.push(path),
    emit: (event, payload) => hold.emit(event, payload),
    async close() {
      stream?.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      closeSessionCase(session);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
