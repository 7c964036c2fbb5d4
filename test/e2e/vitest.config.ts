import { defineConfig } from 'vitest/config';

// The end-to-end suite: a real browser (Debian Chromium, or Electron where a
// binary exists) on the built renderer with the real core. `npm run test:e2e`
// builds first. One fork, one file at a time: each test starts its own
// browser and harness server.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    silent: process.env.VERBOSE ? false : 'passed-only',
  },
});
