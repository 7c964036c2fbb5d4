/**
 * The application menu, as a pure template over handed-in actions (the
 * shell decides what each does; tests read the template). Views, Find and
 * Import are the renderer's: they go to it as `menu` events. Opening and
 * creating cases, and exporting, need a file chosen in main.
 */
import { basename } from 'node:path';

import type { MenuItemConstructorOptions } from 'electron';

/** The renderer's view ids (renderer/state/reducer.ts VIEWS); the menu sends them as `menu` events. */
export const VIEWS = [
  { id: 'chronology', label: 'Chronology' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'graph', label: 'Gap graph' },
  { id: 'findings', label: 'Findings' },
  { id: 'knowledge', label: 'Who knew what' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

export interface MenuActions {
  newCase: () => void;
  openCase: () => void;
  openRecent: (path: string) => void;
  clearRecent: () => void;
  importChronologies: () => void;
  exportAnalysis: () => void;
  showView: (view: ViewId) => void;
  find: () => void;
  about: () => void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  recent: readonly string[];
  /** Development only: reload and DevTools. */
  devTools: boolean;
}

function recentMenu(actions: MenuActions, recent: readonly string[]): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent cases', enabled: false }];
  return [
    ...recent.map((path): MenuItemConstructorOptions => ({ label: basename(path), sublabel: path, toolTip: path, click: () => actions.openRecent(path) })),
    { type: 'separator' },
    { label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}

export function menuTemplate(actions: MenuActions, ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Threadline',
          submenu: [
            { label: 'About Threadline', click: () => actions.about() },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: 'Quit Threadline' },
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Case…', accelerator: 'CmdOrCtrl+N', click: () => actions.newCase() },
      { label: 'Open Case…', accelerator: 'CmdOrCtrl+O', click: () => actions.openCase() },
      { label: 'Open Recent', submenu: recentMenu(actions, ctx.recent) },
      { type: 'separator' },
      { label: 'Import Chronologies…', accelerator: 'CmdOrCtrl+I', click: () => actions.importChronologies() },
      { label: 'Export Analysis JSON…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportAnalysis() },
      { type: 'separator' },
      { role: 'close', label: 'Close Window' },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...VIEWS.map((v, i): MenuItemConstructorOptions => ({ label: v.label, accelerator: `CmdOrCtrl+${i + 1}`, click: () => actions.showView(v.id) })),
      { type: 'separator' },
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.find() },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(ctx.devTools ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'About Threadline', click: () => actions.about() }],
  };
  return [...appMenu, file, edit, view, windowMenu, help];
}
