/**
 * One entry point for every file format: detect what the file really is (by
 * its bytes, not its name), then hand it to that format's reader. Each reader
 * turns bytes into a RawDocument (shared/import/raw.ts) and throws ImportError
 * for anything it cannot read.
 */
export type { RawDocument } from '../../../shared/import/raw.ts';
