/**
 * Quitting safely: if an import is running, ask first; then cancel imports
 * and wait for every call in flight (writes to the case file) to settle
 * before letting the app go, so a case is never closed mid-transaction.
 */
export interface QuitGuardDeps {
  importRunning: () => boolean;
  /** Ask "An import is running. Quit anyway?"; true to quit. */
  confirmQuitDuringImport: () => boolean;
  cancelImports: () => void;
  /** Resolves when no call is in flight in any window. */
  drain: () => Promise<void>;
  /** Call app.quit() again, this time to let it through. */
  quit: () => void;
}

export interface QuitGuard {
  /** app.on('before-quit', …) */
  onBeforeQuit: (event: { preventDefault: () => void }) => void;
  /** True once the user has agreed to quit: windows closing now must not ask again. */
  readonly quitting: boolean;
}

export function createQuitGuard(deps: QuitGuardDeps): QuitGuard {
  let phase: 'running' | 'draining' | 'done' = 'running';
  return {
    onBeforeQuit(event) {
      if (phase === 'done') return;
      // WARNING: every path below must either prevent the quit or reach
      // phase 'done'; a second Cmd+Q while draining is simply absorbed.
      event.preventDefault();
      if (phase === 'draining') return;
      if (deps.importRunning() && !deps.confirmQuitDuringImport()) return;
      phase = 'draining';
      deps.cancelImports();
      void deps
        .drain()
        .catch(() => {})
        .then(() => {
          phase = 'done';
          deps.quit();
        });
    },
    get quitting() {
      return phase !== 'running';
    },
  };
}
