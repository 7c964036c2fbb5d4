/**
 * The build: the renderer with Vite (dist/renderer), the Electron main
 * process and the preload with esbuild (dist/electron/main.cjs, preload.cjs).
 *
 *   node scripts/build.ts                 everything, production
 *   node scripts/build.ts --renderer      only the renderer (the e2e suite)
 *   node scripts/build.ts --electron      only main and preload
 *   node scripts/build.ts --development   source maps on
 *
 * Main is one CommonJS bundle of the shell, the core and its pure-JS
 * dependencies (zod, mammoth, pdfjs-dist, compromise…); only Electron and
 * native modules stay outside, loaded from node_modules. The core's worker
 * thread gets its own bundle, dist/electron/worker.cjs.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build as esbuild, type BuildOptions, type Plugin } from 'esbuild';
import { build as viteBuild } from 'vite';

import { CONTENT_SECURITY_POLICY } from '../electron/app/csp.ts';
import { channelNames } from '../shared/api.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/**
 * Modules required at run time, not bundled: Electron itself and anything
 * native. @napi-rs/canvas is required by pdfjs-dist in Node (through
 * createRequire, which esbuild cannot see) for DOMMatrix; PDFs fail without
 * it. WARNING: each of these (but electron) must also be in the `files` of
 * electron-builder.yml, or the packaged app will not find it.
 */
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', '@napi-rs/canvas'];

/** The only module a sandboxed preload bundle may require. */
export const PRELOAD_ALLOWED_REQUIRES = ['electron'];

const META_URL = '__threadline_import_meta_url';

/**
 * WARNING: the sources are ES modules and use import.meta (the pdf reader and
 * pdfjs-dist itself call createRequire(import.meta.url); main.ts reads
 * import.meta.dirname). A CommonJS bundle has no import.meta, and esbuild
 * would silently turn it into {}, so each use is defined to its CommonJS
 * equivalent here.
 */
function commonJsImportMeta(): Pick<BuildOptions, 'define' | 'banner'> {
  return {
    define: { 'import.meta.url': META_URL, 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
    banner: { js: `const ${META_URL} = require('node:url').pathToFileURL(__filename).href;` },
  };
}

export function mainBundleOptions(opts: { development: boolean; entry?: string; outfile?: string }): BuildOptions {
  return {
    entryPoints: [opts.entry ?? join(ROOT, 'electron/app/main.ts')],
    outfile: opts.outfile ?? join(DIST, 'electron/main.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: MAIN_EXTERNALS,
    sourcemap: opts.development ? 'linked' : false,
    legalComments: 'linked',
    logLevel: 'warning',
    ...commonJsImportMeta(),
  };
}

/**
 * The preload needs only the list of channel names from shared/api.ts, not
 * its zod schemas: this swaps the module for its channel list, computed from
 * the real contract at build time. It keeps zod (~700 kB) out of every
 * window's isolated world; the unit tests run the preload code against the
 * real module.
 */
export function channelListOnly(): Plugin {
  return {
    name: 'threadline-channel-list-only',
    setup(build) {
      build.onResolve({ filter: /[\\/]shared[\\/]api\.ts$/ }, (args) => ({ path: join(args.resolveDir, args.path), namespace: 'channel-list' }));
      build.onLoad({ filter: /.*/, namespace: 'channel-list' }, () => ({
        contents: `export const channelNames = Object.freeze(${JSON.stringify(channelNames)});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The worker thread's entry (electron/core/workers/worker.ts) as its own
 * bundle beside main.cjs: the pool in electron/core/workers/pool.ts defaults
 * to worker.ts, which a packaged app cannot run, so the shell passes
 * dist/electron/worker.cjs as its workerUrl (shellPaths().worker).
 * Workers load from inside app.asar since Electron 18.
 */
export function workerBundleOptions(opts: { development: boolean; outfile?: string }): BuildOptions {
  return mainBundleOptions({ ...opts, entry: join(ROOT, 'electron/core/workers/worker.ts'), outfile: opts.outfile ?? join(DIST, 'electron/worker.cjs') });
}

export function preloadBundleOptions(opts: { development: boolean; outfile?: string }): BuildOptions {
  return {
    plugins: [channelListOnly()],
    entryPoints: [join(ROOT, 'electron/app/preload.ts')],
    outfile: opts.outfile ?? join(DIST, 'electron/preload.cjs'),
    bundle: true,
    // A sandboxed preload is neither Node nor a page: a browser-like context
    // with a tiny `require`. Bundle everything but 'electron' into one file.
    platform: 'node',
    format: 'cjs',
    target: 'chrome128',
    external: PRELOAD_ALLOWED_REQUIRES,
    sourcemap: opts.development ? 'inline' : false,
    logLevel: 'warning',
  };
}

/** Every module a CommonJS bundle requires by name at run time. */
export function requiredModules(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) found.add(m[1]!);
  return [...found].sort();
}

/**
 * Throws unless the built index.html carries exactly the app's CSP and no
 * inline script or style (which that CSP would block, leaving a blank window).
 */
export function checkRendererHtml(html: string): void {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (meta?.[1] !== CONTENT_SECURITY_POLICY) throw new Error('dist/renderer/index.html does not carry the CSP of electron/app/csp.ts.');
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /<style[\s>]|\sstyle="/i.test(html)) {
    throw new Error('dist/renderer/index.html has an inline script or style, which the CSP blocks.');
  }
}

export async function buildRenderer(opts: { development: boolean }): Promise<void> {
  await viteBuild({ configFile: join(ROOT, 'vite.config.ts'), mode: opts.development ? 'development' : 'production', logLevel: 'warn' });
  checkRendererHtml(await readFile(join(DIST, 'renderer/index.html'), 'utf8'));
}

/** Throws if a preload bundle requires anything a sandboxed preload cannot. */
export function checkPreloadBundle(code: string): void {
  const extra = requiredModules(code).filter((m) => !PRELOAD_ALLOWED_REQUIRES.includes(m));
  if (extra.length > 0) {
    throw new Error(`The preload bundle requires ${extra.join(', ')}; a sandboxed preload can only require 'electron'. Remove the import.`);
  }
}

export async function buildElectron(opts: { development: boolean }): Promise<void> {
  // No stale source maps or bundles from an earlier (development) build.
  await rm(join(DIST, 'electron'), { recursive: true, force: true });
  await esbuild(mainBundleOptions(opts));
  await esbuild(workerBundleOptions(opts));
  await esbuild(preloadBundleOptions(opts));
  checkPreloadBundle(await readFile(join(DIST, 'electron/preload.cjs'), 'utf8'));
}

async function main(argv: readonly string[]): Promise<void> {
  const development = argv.includes('--development');
  const only = argv.includes('--renderer') ? 'renderer' : argv.includes('--electron') ? 'electron' : 'all';
  const started = Date.now();
  if (only !== 'electron') await buildRenderer({ development });
  if (only !== 'renderer') await buildElectron({ development });
  console.log(`threadline: built ${only === 'all' ? 'renderer and electron' : only} (${development ? 'development' : 'production'}) in ${Date.now() - started} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
