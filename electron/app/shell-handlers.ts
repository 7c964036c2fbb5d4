/**
 * The channels only the shell can answer: native open and save dialogs
 * (shellChannels in shared/api.ts). The dialog functions are handed in, bound
 * to the window that asked, so each dialog is modal to its window.
 */
import { join } from 'node:path';

import type { Handlers, ShellChannel } from '../../shared/api.ts';
import { collectFiles } from '../core/pipeline/collect-files.ts';
import { CASE_EXTENSION } from './argv.ts';

/**
 * What the readers can read or explain (electron/core/pipeline/collect-files.ts
 * keeps the same list for folders).
 */
export const CHRONOLOGY_EXTENSIONS = ['docx', 'docm', 'doc', 'odt', 'rtf', 'xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'tab', 'txt', 'md', 'pdf', 'html', 'htm'] as const;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenDialogOptionsLike {
  title: string;
  buttonLabel: string;
  properties: Array<'openFile' | 'openDirectory' | 'multiSelections'>;
  filters: FileFilter[];
}

export interface SaveDialogOptionsLike {
  title: string;
  buttonLabel: string;
  defaultPath: string;
  filters: FileFilter[];
  properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
}

export interface ShellDialogs {
  showOpenDialog: (options: OpenDialogOptionsLike) => Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog: (options: SaveDialogOptionsLike) => Promise<{ canceled: boolean; filePath?: string }>;
  platform: NodeJS.Platform;
  documentsDir: () => string;
  /** The bundled sample case's folder (resources/sample-case, or beside a packaged app). */
  sampleDir: string;
}

/** The sample case's chronology files, for the empty state's "open the sample case". */
export function locateSample(folder: string): { folder: string; files: string[] } {
  const found = collectFiles([folder]);
  if (found.files.length === 0) throw new Error(`The sample case is missing from ${folder}. Reinstall Threadline, or import your own chronologies.`);
  return { folder, files: found.files.map((f) => f.path) };
}

const CASE_FILTER: FileFilter = { name: 'Threadline case', extensions: [CASE_EXTENSION.slice(1)] };

export function openDialogOptions(purpose: 'chronologies' | 'case', platform: NodeJS.Platform): OpenDialogOptionsLike {
  if (purpose === 'case') {
    return { title: 'Open case', buttonLabel: 'Open', properties: ['openFile'], filters: [CASE_FILTER] };
  }
  return {
    title: 'Import chronologies',
    buttonLabel: 'Import',
    // WARNING: Windows and Linux cannot pick files and folders in one dialog
    // (asking for both gives a folder picker), so there the dialog picks
    // files and folders come in by drag and drop. macOS can do both.
    properties: platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: [
      { name: 'Chronologies', extensions: [...CHRONOLOGY_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

interface SaveKind {
  title: string;
  buttonLabel: string;
  extension: string;
  fallbackName: string;
  filter: FileFilter;
}

const SAVE_KINDS: Readonly<Record<'case' | 'analysis-json', SaveKind>> = {
  case: { title: 'New case', buttonLabel: 'Create', extension: CASE_EXTENSION, fallbackName: 'Untitled case', filter: CASE_FILTER },
  'analysis-json': { title: 'Export analysis', buttonLabel: 'Export', extension: '.json', fallbackName: 'analysis', filter: { name: 'JSON', extensions: ['json'] } },
};

/** A file name safe on every OS: no separators or reserved characters, not empty. */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
    .replace(/\.{2,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cleaned.slice(0, 200) || fallback;
}

/** Add the extension when the user typed a name without it (Linux dialogs do not add one). */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}

export function saveDialogOptions(purpose: 'case' | 'analysis-json', suggestedName: string | undefined, documentsDir: string): SaveDialogOptionsLike {
  const kind = SAVE_KINDS[purpose];
  const name = withExtension(safeFileName(suggestedName ?? '', kind.fallbackName), kind.extension);
  return {
    title: kind.title,
    buttonLabel: kind.buttonLabel,
    defaultPath: join(documentsDir, name),
    filters: [kind.filter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function createShellHandlers(dialogs: ShellDialogs): Handlers<ShellChannel> {
  return {
    'dialog.openFiles': async ({ purpose }) => {
      const result = await dialogs.showOpenDialog(openDialogOptions(purpose, dialogs.platform));
      return result.canceled ? [] : result.filePaths;
    },
    'dialog.saveFile': async ({ purpose, suggestedName }) => {
      const result = await dialogs.showSaveDialog(saveDialogOptions(purpose, suggestedName, dialogs.documentsDir()));
      if (result.canceled || !result.filePath) return null;
      return withExtension(result.filePath, SAVE_KINDS[purpose].extension);
    },
    'sample.locate': () => locateSample(dialogs.sampleDir),
  };
}
