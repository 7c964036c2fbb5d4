/**
 * The preload: exposes window.threadline (ThreadlineBridge) and no other
 * Node or Electron surface. Runs sandboxed with context isolation, bundled
 * to one file by scripts/build.ts.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';

import { createBridge } from './preload-bridge.ts';

contextBridge.exposeInMainWorld('threadline', createBridge(ipcRenderer, webUtils));
