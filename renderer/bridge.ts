/**
 * The renderer's only way to the core: window.threadline, provided by the
 * Electron preload or, in end-to-end tests, by the test harness.
 * TODO(issue 6): typed from shared/api.ts once the handler map exists.
 */
export {};
