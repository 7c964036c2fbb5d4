/**
 * Where the shell's files are at run time. `here` is the folder of the
 * running main bundle: dist/electron (in a packaged app, inside app.asar).
 */
import { join } from 'node:path';

export interface ShellPaths {
  preload: string;
  rendererRoot: string;
  icon: string;
  /** The core's worker-thread bundle: pass pathToFileURL(worker) as the pool's workerUrl. */
  worker: string;
  /** The sample case: resources/sample-case in a checkout, beside app.asar (extraResources) when packaged. */
  sampleDir: string;
}

export function shellPaths(here: string, resourcesPath: string | null = null): ShellPaths {
  return {
    sampleDir: resourcesPath ? join(resourcesPath, 'sample-case') : join(here, '..', '..', 'resources', 'sample-case'),
    preload: join(here, 'preload.cjs'),
    rendererRoot: join(here, '..', 'renderer'),
    icon: join(here, '..', '..', 'resources', 'icons', 'icon.png'),
    worker: join(here, 'worker.cjs'),
  };
}
