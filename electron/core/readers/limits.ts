/**
 * The limits every reader enforces, and the helpers that turn a broken limit,
 * a cancellation or an unexpected library failure into an ImportError a
 * social worker can act on. No library message ever reaches the user: the
 * original exception is kept as `cause` for the log.
 */
import { ImportError } from '../../../shared/errors.ts';
import type { ImportErrorCode } from '../../../shared/errors.ts';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Total uncompressed size an xlsx/docx may unpack to before we refuse it (zip bomb guard). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** More entries than this in one Office zip is not a document anyone wrote. */
export const MAX_ZIP_ENTRIES = 20_000;
export const MAX_COLUMNS = 1000;
/** A PDF longer than this is not a chronology or a review extract. */
export const MAX_PDF_PAGES = 3000;

const MB = 1024 * 1024;

export function formatMB(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / MB;
  return mb >= 10 ? `${Math.round(mb)} MB` : `${mb.toFixed(1)} MB`;
}

export function tooLarge(file: string, size: number, limit: number): ImportError {
  return new ImportError(
    'too-large',
    file,
    `the file is ${formatMB(size)}, and the largest file Threadline can import is ${formatMB(limit)}. ` +
      'Ask the agency for a smaller extract (for example only the scoping period), or split the file into parts and import each one.',
  );
}

export function tooLargeUnzippedMessage(size: number): string {
  return (
    `The file unpacks to ${formatMB(size)} of content, more than the ${formatMB(MAX_UNZIPPED_BYTES)} Threadline allows, ` +
      'so it was not opened. A chronology is never this big: the file may be damaged or not what it seems. ' +
      'Open it in Word or Excel, copy the chronology into a new file and import that.'
  );
}

export function tooLargeUnzipped(file: string, size: number): ImportError {
  return new ImportError('too-large', file, tooLargeUnzippedMessage(size));
}

export function tooManyColumns(file: string, row: number, columns: number, where?: string): ImportError {
  return new ImportError(
    'too-many-columns',
    file,
    `${where ? `${where}: ` : ''}this row has ${columns.toLocaleString('en-GB')} columns, and Threadline reads at most ${MAX_COLUMNS.toLocaleString('en-GB')}. ` +
      'The file may be damaged or may not be a chronology. Open it in Excel, delete the columns that are not part of the chronology, save it and import it again.',
    row,
  );
}

export function emptyFile(file: string, what = 'The file is empty'): ImportError {
  return new ImportError('empty', file, `${what}. Check that you chose the right file, or ask the agency to send it again.`);
}

export function cancelled(file: string): ImportError {
  return new ImportError('cancelled', file, 'the import was cancelled.');
}

/** Throw 'cancelled' if the signal has fired. Call between stages and inside long loops. */
export function checkAbort(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw cancelled(file);
}

/**
 * Race a library promise against cancellation, so a cancelled import returns
 * at once even while a library call is still running (its result is dropped).
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, file: string): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(cancelled(file));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(cancelled(file));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** Attach the library's exception for logs without showing it to the user. */
export function withCause(err: ImportError, cause: unknown): ImportError {
  Object.defineProperty(err, 'cause', { value: cause, enumerable: false, configurable: true });
  return err;
}

/**
 * Wrap anything that is not already an ImportError. `code` is 'corrupt' when the
 * library choked on the file's content, 'read-failed' when we cannot tell.
 */
export function wrapUnexpected(e: unknown, file: string, code: Extract<ImportErrorCode, 'corrupt' | 'read-failed'>, message: string): ImportError {
  if (e instanceof ImportError) return e;
  return withCause(new ImportError(code, file, message), e);
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
