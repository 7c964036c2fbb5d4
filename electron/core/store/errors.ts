/**
 * Errors the store throws for things a user did, worded to be shown as they
 * are (they cross IPC as { kind, message }).
 */

/** Formats an ISO timestamp as a UK date, 14 Mar 2023, without depending on
 *  the machine's locale data. */
export function ukDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** The same file (by content) is already in the case. */
export class DuplicateSourceError extends Error {
  override readonly name = 'DuplicateSourceError';
  readonly fileName: string;
  readonly existingFileName: string;
  readonly existingSourceId: number;
  readonly importedAt: string;

  constructor(fileName: string, existing: { id: number; fileName: string; importedAt: string }) {
    super(`${fileName} was already imported on ${ukDate(existing.importedAt)} (as ${existing.fileName})`);
    this.fileName = fileName;
    this.existingFileName = existing.fileName;
    this.existingSourceId = existing.id;
    this.importedAt = existing.importedAt;
  }
}

/** A different file with the same name is already in the case. Entry refs
 *  are file#N, so names must be unique: replace the source, or rename. */
export class SourceNameTakenError extends Error {
  override readonly name = 'SourceNameTakenError';
  readonly fileName: string;

  constructor(fileName: string) {
    super(`A different file called ${fileName} is already in this case. Replace it with the new return, or rename the new file and import it again.`);
    this.fileName = fileName;
  }
}

/** The source to replace is not in the case. */
export class SourceNotFoundError extends Error {
  override readonly name = 'SourceNotFoundError';

  constructor(which: string | number) {
    super(typeof which === 'number' ? `There is no source ${which} in this case` : `${which} is not in this case`);
  }
}
