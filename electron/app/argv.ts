/**
 * Case files handed to us by the OS on Windows and Linux: double-clicking a
 * .threadline file starts (or, through the single-instance lock, messages)
 * the app with the path on the command line.
 */
import { resolve } from 'node:path';

export const CASE_EXTENSION = '.threadline';

/**
 * The .threadline paths in an argv, made absolute against `cwd`. argv[0] is
 * the executable; switches (Chromium adds its own) and anything that is not
 * a case file (in development, the app folder ".") are ignored.
 */
export function casePathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(CASE_EXTENSION) && arg.length > CASE_EXTENSION.length)
    .map((arg) => resolve(cwd, arg));
}
