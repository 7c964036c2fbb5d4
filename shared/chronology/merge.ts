/**
 * The integrated chronology's one order (electron/core/pipeline/case-view.ts sorts
 * by it, after the author's corrections): every source's entries in date order.
 * Entries sort by their earliest possible date, then by precision (a known
 * day before a vague month that starts on the same day), then by the order
 * the sources were imported, then by each source's own order, so rows an
 * agency wrote in sequence on one day stay in that sequence.
 */
import type { Entry, Precision } from '../model.ts';

/** Precise dates first among entries that start on the same day. */
export const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, range: 3, season: 4, year: 5 };

export interface OrderedEntry {
  entry: Entry;
  /** Position of the entry's source among the case's sources (import order). */
  sourceOrder: number;
}

/** Compare two entries for the integrated chronology. Undated entries go last. */
export function compareEntries(a: OrderedEntry, b: OrderedEntry): number {
  const da = a.entry.date.earliest;
  const db = b.entry.date.earliest;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  const pa = PRECISION_RANK[a.entry.date.precision];
  const pb = PRECISION_RANK[b.entry.date.precision];
  if (pa !== pb) return pa - pb;
  if (a.sourceOrder !== b.sourceOrder) return a.sourceOrder - b.sourceOrder;
  return a.entry.ordinal - b.entry.ordinal;
}
