/**
 * Builders for store tests: a fixed clock, and sources and entries with
 * sensible defaults so each test states only what it is about.
 */
import { createHash } from 'node:crypto';

import { openCase } from '../../../electron/core/store/index.ts';
import type { CaseStore, NewEntry, NewSource, OpenCaseOptions } from '../../../electron/core/store/index.ts';
import type { Precision } from '../../../shared/model.ts';

export const FIXED_NOW = new Date('2024-05-01T10:00:00.000Z');

/** An in-memory case with a fixed clock and a silent logger. */
export function memoryCase(opts: OpenCaseOptions = {}): CaseStore {
  return openCase(':memory:', { now: () => FIXED_NOW, logger: () => {}, appVersion: '0.0.0-test', ...opts });
}

/** A source whose hash is derived from its name (and a salt, for "changed" returns). */
export function source(fileName: string, over: Partial<NewSource> & { salt?: string } = {}): NewSource {
  const { salt = '', ...rest } = over;
  return {
    fileName,
    path: `/returns/${fileName}`,
    format: 'csv',
    agency: 'police',
    sha256: createHash('sha256').update(fileName + salt).digest('hex'),
    size: 1234,
    title: null,
    layout: 'table',
    mapping: null,
    warnings: [],
    ...rest,
  };
}

/** A day, month, … as a FuzzyDate; undefined start gives an undated entry. */
export function date(earliest: string | null, precision: Precision = 'day', latest: string | null = earliest): NewEntry['date'] {
  return { raw: earliest ?? 'unknown', earliest, latest, precision, uncertain: false };
}

/** An entry's fields; inFile() gives it the ref the importer would (file#ordinal). */
export type EntryFields = Omit<NewEntry, 'ref'>;

export function entry(ordinal: number, text: string, over: Partial<EntryFields> = {}): EntryFields {
  return {
    ordinal,
    agency: 'police',
    employer: null,
    date: date('2023-03-14'),
    time: null,
    text,
    author: null,
    team: null,
    subject: null,
    contactType: null,
    sourceRef: null,
    location: { row: ordinal + 1 },
    cells: { Event: text },
    ...over,
  };
}

/** Entries as the importer hands them over for a file: each with its ref, file#ordinal. */
export function inFile(fileName: string, entries: readonly EntryFields[]): NewEntry[] {
  return entries.map((e) => ({ ...e, ref: `${fileName}#${e.ordinal}` }));
}
