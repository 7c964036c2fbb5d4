/**
 * The renderer build: renderer/index.html → dist/renderer, served in the app
 * from app://threadline/ and in e2e tests by the harness. Relative asset
 * URLs (base './') work under both. scripts/build.ts runs it.
 */
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

export default defineConfig(({ mode }) => ({
  root,
  base: './',
  plugins: [react()],
  // The renderer is a browser app: nothing from the environment leaks into it.
  envPrefix: 'THREADLINE_PUBLIC_',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome128',
    sourcemap: mode !== 'production',
    // WARNING: the CSP has no 'unsafe-inline' and font-src 'self' (no data:),
    // so nothing may be inlined into the HTML or CSS as data: URLs.
    assetsInlineLimit: 0,
    // Chromium supports modulepreload; the polyfill is not needed.
    modulePreload: { polyfill: false },
    cssCodeSplit: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { strictPort: true },
}));
