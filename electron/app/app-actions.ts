/**
 * What the menu and the OS ask the shell to do. Anything that needs a file
 * chooses it with a native dialog here and then calls the core through the
 * window's own dispatch (so the core emits case.changed as usual); anything
 * that is a matter of the UI goes to the renderer as a `menu` event.
 */
import { writeFile } from 'node:fs/promises';

import { app, dialog } from 'electron';

import type { CaseWindow, CaseWindows } from './case-windows.ts';
import type { MenuActions } from './menu.ts';
import type { RecentCases } from './recent-cases.ts';
import { openDialogOptions, saveDialogOptions, withExtension } from './shell-handlers.ts';

export interface AppActions extends MenuActions {
  /** Open a case file (menu, Open Recent, the OS): focus its window if it is already open. */
  openCasePath: (path: string) => Promise<void>;
}

export interface AppActionsDeps {
  windows: CaseWindows;
  recent: RecentCases;
  platform: NodeJS.Platform;
}

function showError(win: CaseWindow | undefined, message: string, detail: string): void {
  const options = { type: 'error' as const, message, detail, buttons: ['OK'] };
  void (win ? dialog.showMessageBox(win.window, options) : dialog.showMessageBox(options));
}

function focus(win: CaseWindow): void {
  if (win.window.isMinimized()) win.window.restore();
  win.window.focus();
}

export function createAppActions(deps: AppActionsDeps): AppActions {
  const { windows, recent } = deps;
  const documents = () => app.getPath('documents');
  const target = () => windows.focused() ?? windows.all()[0] ?? windows.open();

  async function openCasePath(path: string): Promise<void> {
    const already = windows.showing(path);
    if (already) return focus(already);
    const win = windows.forNewCase();
    const result = await win.call('case.open', { path });
    if (!result.ok) {
      if (result.error.kind === 'failed' && /could not be found/.test(result.error.message)) recent.remove(path);
      showError(win, 'The case could not be opened.', result.error.message);
      return;
    }
    focus(win);
  }

  return {
    openCasePath,
    async newCase() {
      const parent = windows.focused();
      const options = saveDialogOptions('case', undefined, documents());
      const chosen = parent ? await dialog.showSaveDialog(parent.window, options) : await dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return;
      const win = windows.forNewCase();
      const result = await win.call('case.create', { path: withExtension(chosen.filePath, '.threadline') });
      if (!result.ok) showError(win, 'The case could not be created.', result.error.message);
      else focus(win);
    },
    async openCase() {
      const parent = windows.focused();
      const options = openDialogOptions('case', deps.platform);
      const chosen = parent ? await dialog.showOpenDialog(parent.window, options) : await dialog.showOpenDialog(options);
      const path = chosen.filePaths[0];
      if (!chosen.canceled && path) await openCasePath(path);
    },
    openRecent: (path) => void openCasePath(path),
    clearRecent: () => recent.clear(),
    // The import flow (preview, agency, mapping) is the renderer's; it asks
    // for files through dialog.openFiles itself.
    importChronologies: () => target().emit('menu', { command: 'import' }),
    async exportAnalysis() {
      const win = windows.focused();
      if (!win?.hasCase()) {
        showError(win, 'There is no case to export.', 'Open or create a case first.');
        return;
      }
      const title = win.session.path?.split(/[\\/]/).pop()?.replace(/\.threadline$/i, '');
      const options = saveDialogOptions('analysis-json', title ? `${title} analysis` : undefined, documents());
      const chosen = await dialog.showSaveDialog(win.window, options);
      if (chosen.canceled || !chosen.filePath) return;
      const analysis = await win.call('analysis.get', {});
      if (!analysis.ok) {
        showError(win, 'The analysis could not be exported.', analysis.error.message);
        return;
      }
      try {
        await writeFile(withExtension(chosen.filePath, '.json'), `${JSON.stringify(analysis.value, null, 2)}\n`);
      } catch (err) {
        showError(win, 'The analysis could not be saved.', err instanceof Error ? err.message : String(err));
      }
    },
    showView: (view) => target().emit('menu', { command: 'view', view }),
    find: () => target().emit('menu', { command: 'find' }),
    about: () => app.showAboutPanel(),
  };
}
