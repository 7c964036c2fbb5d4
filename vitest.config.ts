import { defineConfig } from 'vitest/config';

// Unit and integration tests run on Node with real dependencies (a real
// in-memory SQLite, the real readers). The end-to-end suite drives Chromium
// and has its own config (test/e2e/vitest.config.ts); so do the acceptance
// cases beside the project (test/acceptance/vitest.config.ts), which npm test
// never reads.
export default defineConfig({
  test: {
    include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    silent: process.env.VERBOSE ? false : 'passed-only',
  },
});
