import { defineConfig } from 'vitest/config';

// The acceptance command (`npm run test:acceptance`): the acceptance cases in
// ../shared/acceptance, read where they live. Not part of `npm test`, which a
// fresh clone with nothing beside it must pass; .ci/run runs this after it
// when the cases are there. The global setup stops at once, saying where to
// put the cases, when they are not.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/acceptance/**/*.test.ts'],
    globalSetup: ['test/acceptance/require-cases.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    silent: process.env.VERBOSE ? false : 'passed-only',
  },
});
