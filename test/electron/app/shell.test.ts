/**
 * The shell's small pure parts: case paths from argv, window placement,
 * the recent list, the quit guard, held events, dialogs and the menu.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../mocks/electron.ts'));

import { casePathsFromArgv } from '../../../electron/app/argv.ts';
import { MAX_HELD_EVENTS, createEventHold } from '../../../electron/app/event-hold.ts';
import { menuTemplate, type MenuActions } from '../../../electron/app/menu.ts';
import { shellPaths } from '../../../electron/app/paths.ts';
import { createQuitGuard } from '../../../electron/app/quit-guard.ts';
import { MAX_RECENT_CASES, createRecentCases, parseRecentCases, withRecentCase } from '../../../electron/app/recent-cases.ts';
import { createShellHandlers, locateSample, openDialogOptions, safeFileName, saveDialogOptions } from '../../../electron/app/shell-handlers.ts';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample-case');
import { initialBounds, parseWindowState, placeOnDisplays, readWindowState, writeWindowState } from '../../../electron/app/window-state.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'threadline-shell-'));

describe('case files from argv', () => {
  it('takes .threadline paths, absolute against the working directory, and ignores switches and the app folder', () => {
    expect(casePathsFromArgv(['/opt/Threadline/threadline', '--allow-file-access', '.', 'Case A.threadline', '/srv/B.THREADLINE', 'notes.docx', '-psn_0_123', '.threadline'], '/home/me')).toEqual([
      '/home/me/Case A.threadline',
      '/srv/B.THREADLINE',
    ]);
    expect(casePathsFromArgv(['/opt/Threadline/threadline'], '/')).toEqual([]);
  });
});

describe('window placement', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 870 };
  const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

  it('keeps a window where it was when that place is on a display', () => {
    expect(placeOnDisplays({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop, monitor])).toEqual({ x: 1600, y: 100, width: 1200, height: 800 });
  });

  it('brings a window back from a display that is no longer there', () => {
    const placed = placeOnDisplays({ x: 5000, y: 3000, width: 1200, height: 800 }, [laptop]);
    expect(placed).toEqual({ x: 120, y: 35, width: 1200, height: 800 });
  });

  it('brings back a window whose title bar is above the top of the screen', () => {
    const placed = placeOnDisplays({ x: 100, y: -500, width: 800, height: 600 }, [laptop]);
    expect(placed.y).toBeGreaterThanOrEqual(0);
  });

  it('never makes a window larger than its display', () => {
    const placed = placeOnDisplays({ x: 0, y: 0, width: 4000, height: 3000 }, [laptop]);
    expect(placed).toMatchObject({ width: 1440, height: 870 });
  });

  it('centres a default-sized first window', () => {
    expect(initialBounds(null, [laptop])).toEqual({ x: 80, y: 25, width: 1280, height: 820, maximized: false });
  });

  it.each(['', 'null', '[]', '{"x":0}', '{"x":"0","y":0,"width":900,"height":700}', '{"x":0,"y":0,"width":10,"height":10}', '{"x":1e12,"y":0,"width":900,"height":700}', 'not json'])(
    'ignores a stored state that is not valid: %s',
    (text) => {
      expect(parseWindowState(text)).toBeNull();
    },
  );

  it('writes and reads back a state', () => {
    const file = join(tmp(), 'nested', 'window-state.json');
    writeWindowState(file, { x: 10, y: 20, width: 900, height: 700, maximized: true });
    expect(readWindowState(file)).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: true });
    expect(readWindowState(join(tmp(), 'missing.json'))).toBeNull();
  });
});

describe('recent cases', () => {
  it('puts the newest first, without duplicates, up to the limit', () => {
    let list: string[] = [];
    for (let i = 0; i < 15; i++) list = withRecentCase(list, `/cases/${i}.threadline`);
    list = withRecentCase(list, '/cases/10.threadline');
    expect(list[0]).toBe('/cases/10.threadline');
    expect(list).toHaveLength(MAX_RECENT_CASES);
    expect(new Set(list).size).toBe(list.length);
  });

  it('reads only absolute paths from a valid file', () => {
    expect(parseRecentCases('["/a.threadline","relative.threadline",3]')).toEqual([]);
    expect(parseRecentCases('["/a.threadline","relative.threadline"]')).toEqual(['/a.threadline']);
    expect(parseRecentCases('{')).toEqual([]);
  });

  it('persists, mirrors to the OS list and tells the menu', () => {
    const file = join(tmp(), 'recent-cases.json');
    const hooks = { addToOs: vi.fn(), clearOs: vi.fn(), changed: vi.fn() };
    const recent = createRecentCases(file, hooks);
    recent.add('/cases/a.threadline');
    recent.add('relative.threadline');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(['/cases/a.threadline']);
    expect(hooks.addToOs).toHaveBeenCalledWith('/cases/a.threadline');
    expect(createRecentCases(file, hooks).list()).toEqual(['/cases/a.threadline']);
    recent.clear();
    expect(hooks.clearOs).toHaveBeenCalled();
    expect(hooks.changed).toHaveBeenCalledTimes(2);
  });

  it('survives a corrupt file', () => {
    const file = join(tmp(), 'recent-cases.json');
    writeFileSync(file, '\u0000\u0001garbage');
    expect(createRecentCases(file, { addToOs: () => {}, clearOs: () => {}, changed: () => {} }).list()).toEqual([]);
  });
});

describe('quit guard', () => {
  function guard(importRunning: boolean, agree: boolean) {
    let finishDrain = () => {};
    const deps = {
      importRunning: () => importRunning,
      confirmQuitDuringImport: vi.fn(() => agree),
      cancelImports: vi.fn(),
      drain: vi.fn(() => new Promise<void>((resolve) => (finishDrain = resolve))),
      quit: vi.fn(),
    };
    return { deps, g: createQuitGuard(deps), finishDrain: () => finishDrain() };
  }
  const event = () => ({ preventDefault: vi.fn() });

  it('waits for calls in flight, then quits, then lets the quit through', async () => {
    const { deps, g, finishDrain } = guard(false, true);
    const first = event();
    g.onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(deps.confirmQuitDuringImport).not.toHaveBeenCalled();
    expect(g.quitting).toBe(true);
    const impatient = event();
    g.onBeforeQuit(impatient);
    expect(impatient.preventDefault).toHaveBeenCalled();
    expect(deps.drain).toHaveBeenCalledTimes(1);
    finishDrain();
    await new Promise((r) => setTimeout(r, 0));
    expect(deps.quit).toHaveBeenCalledTimes(1);
    const last = event();
    g.onBeforeQuit(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('asks during an import and stays if the user says no', () => {
    const { deps, g } = guard(true, false);
    const e = event();
    g.onBeforeQuit(e);
    expect(e.preventDefault).toHaveBeenCalled();
    expect(deps.confirmQuitDuringImport).toHaveBeenCalled();
    expect(deps.cancelImports).not.toHaveBeenCalled();
    expect(g.quitting).toBe(false);
  });

  it('cancels the import when the user agrees', () => {
    const { deps, g } = guard(true, true);
    g.onBeforeQuit(event());
    expect(deps.cancelImports).toHaveBeenCalled();
    expect(deps.drain).toHaveBeenCalled();
  });
});

describe('held events', () => {
  it('queues until open, delivers in order, holds again after close', () => {
    const hold = createEventHold();
    const got: unknown[] = [];
    hold.emit('files.opened', { paths: ['/a'] });
    hold.emit('case.changed', null);
    hold.open((event, payload) => got.push([event, payload]));
    expect(got).toEqual([['files.opened', { paths: ['/a'] }], ['case.changed', null]]);
    hold.close();
    hold.emit('case.changed', null);
    expect(got).toHaveLength(2);
    expect(hold.queued).toBe(1);
  });

  it('drops the oldest progress ticks first when a closed page falls far behind', () => {
    const hold = createEventHold();
    hold.emit('case.changed', null);
    for (let i = 0; i < MAX_HELD_EVENTS + 50; i++) hold.emit('import.progress', { file: 'a.csv', index: i, total: 1, phase: 'reading' });
    const got: string[] = [];
    hold.open((event) => got.push(event));
    expect(got).toHaveLength(MAX_HELD_EVENTS);
    expect(got[0]).toBe('case.changed');
  });
});

describe('dialogs', () => {
  it('filters chronology formats; folders too where the OS can pick both', () => {
    expect(openDialogOptions('chronologies', 'win32').properties).toEqual(['openFile', 'multiSelections']);
    expect(openDialogOptions('chronologies', 'darwin').properties).toContain('openDirectory');
    expect(openDialogOptions('chronologies', 'linux').filters[0]?.extensions).toEqual(expect.arrayContaining(['docx', 'xlsx', 'csv', 'pdf', 'txt']));
    expect(openDialogOptions('case', 'linux')).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['threadline'] }] });
  });

  it('suggests safe file names with the right extension', () => {
    expect(saveDialogOptions('case', undefined, '/docs').defaultPath).toBe('/docs/Untitled case.threadline');
    expect(saveDialogOptions('analysis-json', '../../etc/passwd', '/docs').defaultPath).toBe('/docs/etc passwd.json');
    expect(safeFileName('CSPR: "Child A" <2023>', 'x')).toBe('CSPR Child A 2023');
    expect(safeFileName('...', 'fallback')).toBe('fallback');
  });

  it('returns the chosen paths, [] or null when cancelled, and adds a missing extension', async () => {
    const dialogs = {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/a.csv', '/b.docx'] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/docs/My case' })),
      platform: 'linux' as const,
      documentsDir: () => '/docs',
      sampleDir: SAMPLE_DIR,
    };
    const handlers = createShellHandlers(dialogs);
    const ctx = { emit: () => {} };
    expect(await handlers['dialog.openFiles']({ purpose: 'chronologies' }, ctx)).toEqual(['/a.csv', '/b.docx']);
    expect(await handlers['dialog.saveFile']({ purpose: 'case' }, ctx)).toBe('/docs/My case.threadline');
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: ['/ignored'] });
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '/ignored' });
    expect(await handlers['dialog.openFiles']({ purpose: 'case' }, ctx)).toEqual([]);
    expect(await handlers['dialog.saveFile']({ purpose: 'analysis-json' }, ctx)).toBeNull();
    const sample = await handlers['sample.locate']({}, ctx);
    expect(sample.folder).toBe(SAMPLE_DIR);
    expect(sample.files.map((f) => basename(f)).sort()).toEqual(['adult-mental-health.csv', 'childrens-services.xlsx', 'gp.csv', 'health.docx', 'police.csv', 'school.txt']);
    expect(() => locateSample(join(SAMPLE_DIR, 'missing'))).toThrow(/sample case is missing/);
  });
});

describe('menu', () => {
  const actions: MenuActions = {
    newCase: vi.fn(),
    openCase: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    importChronologies: vi.fn(),
    exportAnalysis: vi.fn(),
    showView: vi.fn(),
    find: vi.fn(),
    about: vi.fn(),
  };
  type Item = { label?: string; role?: string; accelerator?: string; submenu?: Item[]; click?: () => void; enabled?: boolean };
  const find = (items: Item[], label: string) => items.find((i) => i.label === label || i.role === label);

  it('has File, Edit, View and Help with the commands the app needs', () => {
    const menu = menuTemplate(actions, { platform: 'linux', recent: ['/cases/a.threadline'], devTools: false }) as Item[];
    const file = find(menu, 'File')!.submenu!;
    expect(file.map((i) => i.label ?? i.role).filter(Boolean)).toEqual(['New Case…', 'Open Case…', 'Open Recent', 'Import Chronologies…', 'Export Analysis JSON…', 'Close Window', 'Quit']);
    find(file, 'Open Recent')!.submenu![0]!.click!();
    expect(actions.openRecent).toHaveBeenCalledWith('/cases/a.threadline');
    const view = find(menu, 'View')!.submenu!;
    expect(view.slice(0, 5).map((i) => i.label)).toEqual(['Chronology', 'Timeline', 'Gap graph', 'Findings', 'Who knew what']);
    find(view, 'Who knew what')!.click!();
    expect(actions.showView).toHaveBeenCalledWith('knowledge');
    expect(view.map((i) => i.role)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(view.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(find(menu, 'Edit')!.submenu!.map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    find(find(menu, 'help')!.submenu!, 'About Threadline')!.click!();
    expect(actions.about).toHaveBeenCalled();
  });

  it('offers DevTools only in development, and the macOS app menu only on macOS', () => {
    const dev = menuTemplate(actions, { platform: 'darwin', recent: [], devTools: true }) as Item[];
    expect(dev[0]?.label).toBe('Threadline');
    expect(find(dev, 'View')!.submenu!.map((i) => i.role)).toContain('toggleDevTools');
    expect(find(find(dev, 'File')!.submenu!, 'Open Recent')!.submenu).toEqual([{ label: 'No recent cases', enabled: false }]);
  });
});

describe('paths', () => {
  it('finds the preload and renderer beside the main bundle', () => {
    expect(shellPaths('/app/resources/app.asar/dist/electron')).toEqual({
      preload: '/app/resources/app.asar/dist/electron/preload.cjs',
      rendererRoot: '/app/resources/app.asar/dist/renderer',
      icon: '/app/resources/app.asar/resources/icons/icon.png',
      worker: '/app/resources/app.asar/dist/electron/worker.cjs',
      sampleDir: '/app/resources/app.asar/resources/sample-case',
    });
  });

  it('finds the sample case beside a packaged app, outside the asar', () => {
    expect(shellPaths('/app/resources/app.asar/dist/electron', '/app/resources').sampleDir).toBe('/app/resources/sample-case');
  });
});
