/**
 * Errors a user can act on. Every one names the file and, where there is one,
 * the row, and says what to do instead. They cross the IPC boundary as
 * { kind, message } (see shared/api.ts), so the message must stand alone.
 */

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'corrupt'
  | 'encrypted'
  | 'legacy-format'
  | 'scanned-pdf'
  | 'binary'
  | 'unsupported'
  | 'encoding'
  | 'too-many-columns'
  | 'no-header'
  | 'no-dates'
  | 'no-entries'
  | 'us-dates'
  | 'read-failed'
  | 'cancelled';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly row: number | undefined;

  constructor(code: ImportErrorCode, file: string, message: string, row?: number) {
    super(row === undefined ? `${file}: ${message}` : `${file}, row ${row}: ${message}`);
    this.code = code;
    this.file = file;
    this.row = row;
  }
}

/** A case file that this version cannot open (newer schema, not a case, damaged). */
export class CaseFileError extends Error {
  override readonly name = 'CaseFileError';
  readonly code: 'newer-version' | 'not-a-case' | 'damaged' | 'locked';
  constructor(code: CaseFileError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/** For exhaustive switches: the compiler proves this is never reached. */
export function missingCaseError(x: never): Error {
  return new Error(`Unhandled case: ${String(x)}`);
}
