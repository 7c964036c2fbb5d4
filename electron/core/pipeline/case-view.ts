/**
 * The case as the analysis reads it: the stored entries with the author's
 * field corrections laid over them (a corrected agency, date or time), and
 * every entry's corrections to hand. Extraction, duplicates and gaps all read
 * this, so a correction changes every view the same way.
 */
import { compareEntries } from '../../../shared/chronology/merge.ts';
import { applyCorrections, type CorrectionLike } from '../../../shared/extract/corrections.ts';
import type { Source } from '../../../shared/model.ts';
import type { CaseStore, Correction, StoredEntry } from '../store/index.ts';

export interface CaseView {
  sources: Source[];
  entries: StoredEntry[];
  /** By entry key, oldest first. */
  corrections: Map<string, Correction[]>;
}

/** Entry field corrections applied; the rest kept for after extraction. */
export function loadCaseView(store: CaseStore): CaseView {
  const corrections = new Map<string, Correction[]>();
  for (const c of store.listCorrections()) {
    const list = corrections.get(c.entryKey) ?? [];
    list.push(c);
    corrections.set(c.entryKey, list);
  }
  const entries = store.getEntries().map((e) => {
    const list = corrections.get(e.entryKey)?.filter((c) => c.kind === 'entry-field');
    if (!list?.length) return e;
    const { overlay } = applyCorrections({ contacts: [], concerns: [] }, list as CorrectionLike[]);
    return {
      ...e,
      ...(overlay.agency ? { agency: overlay.agency } : {}),
      ...(overlay.time !== undefined ? { time: overlay.time } : {}),
      ...(overlay.date ? { date: { ...e.date, uncertain: false, ...overlay.date, flags: [] } } : {}),
      ...(overlay.text ? { text: overlay.text } : {}),
    };
  });
  // The one order of the integrated chronology, taken after the corrections: an entry corrected to an
  // earlier date moves to it (the store's own order is by the dates as imported).
  const sources = store.listSources();
  const sourceOrder = new Map(sources.map((s, i) => [s.id, i]));
  const ordered = entries
    .map((entry) => ({ entry, sourceOrder: sourceOrder.get(entry.sourceId) ?? sources.length }))
    .sort(compareEntries)
    .map((o) => o.entry);
  return { sources, entries: ordered, corrections };
}
