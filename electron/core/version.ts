/** The app's version, from package.json (read once; shown in the CLI and stamped into case files). */
import pkg from '../../package.json' with { type: 'json' };

export const appVersion: string = pkg.version;
