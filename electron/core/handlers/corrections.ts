/**
 * The author's corrections: the views send the whole corrected list (or the
 * changed fields) and the core stores only the difference from what the
 * entry shows now, as corrections apart from extraction. They always win and
 * survive re-extraction and re-import (keyed by the entry's text, not its id).
 */

import type { AnalysisEntryView, CorrectionView, Handlers } from '../../../shared/api.ts';
import { parseFuzzyDate } from '../../../shared/dates/index.ts';
import { isAgencyId } from '../../../shared/agencies/index.ts';
import type { ContactKey } from '../../../shared/extract/corrections.ts';
import { analyseCase } from '../pipeline/analysis-json.ts';
import type { CaseStore, NewCorrection, StoredEntry } from '../store/index.ts';
import { authorName } from './author.ts';
import { requireStore, type Session } from './session.ts';

function entryOf(store: CaseStore, ref: string): StoredEntry {
  const e = store.getEntryByRef(ref);
  if (!e) throw new Error(`There is no entry ${ref} in this case.`);
  return e;
}

async function current(session: Session, ref: string): Promise<AnalysisEntryView> {
  const analysis = await analyseCase(requireStore(session), session.pool ? { pool: session.pool } : {});
  const e = analysis.entries.find((x) => x.ref === ref);
  if (!e) throw new Error(`There is no entry ${ref} in this case.`);
  return e;
}

const key = (c: { with: string; direction: string; type: string }) => `${c.with}|${c.direction}|${c.type}`;

export function correctionHandlers(session: Session): Handlers<'contacts.correct' | 'concerns.correct' | 'duplicates.correct' | 'entries.update' | 'corrections.list'> {
  const save = (entry: StoredEntry, kind: NewCorrection['kind'], op: NewCorrection['op'], payload: Record<string, unknown>, reason: string, author: string | undefined) =>
    requireStore(session).addCorrection({ entryKey: entry.entryKey, kind, op, payload: reason ? { ...payload, reason } : payload, author: authorName(author) });

  return {
    'contacts.correct': async ({ ref, contacts, reason, author }) => {
      const store = requireStore(session);
      const entry = entryOf(store, ref);
      const now = await current(session, ref);
      const want = contacts.filter((c) => !c.negated);
      const have = now.contacts;
      store.transaction(() => {
        for (const c of have) if (!want.some((w) => key(w) === key(c))) save(entry, 'contact', 'remove', { with: c.with, direction: c.direction, type: c.type }, reason, author);
        for (const w of want) if (!have.some((c) => key(c) === key(w))) save(entry, 'contact', 'add', { with: w.with, direction: w.direction, type: w.type } satisfies ContactKey, reason, author);
      });
      return current(session, ref);
    },
    'concerns.correct': async ({ ref, concerns, reason, author }) => {
      const store = requireStore(session);
      const entry = entryOf(store, ref);
      const now = await current(session, ref);
      store.transaction(() => {
        for (const c of now.concerns) if (!concerns.includes(c)) save(entry, 'concern', 'remove', { concern: c }, reason, author);
        for (const c of concerns) if (!now.concerns.includes(c)) save(entry, 'concern', 'add', { concern: c }, reason, author);
      });
      return current(session, ref);
    },
    'duplicates.correct': async ({ ref, duplicateOf, reason, author }) => {
      const store = requireStore(session);
      const entry = entryOf(store, ref);
      const now = await current(session, ref);
      store.transaction(() => {
        if (now.duplicateOf && now.duplicateOf !== duplicateOf) save(entry, 'duplicate', 'remove', { otherKey: entryOf(store, now.duplicateOf).entryKey }, reason, author);
        if (duplicateOf && duplicateOf !== now.duplicateOf) {
          if (duplicateOf === ref) throw new Error('An entry cannot be a duplicate of itself.');
          save(entry, 'duplicate', 'add', { otherKey: entryOf(store, duplicateOf).entryKey }, reason, author);
        }
      });
      return current(session, ref);
    },
    'entries.update': async ({ ref, changes, reason, author }) => {
      const store = requireStore(session);
      const entry = entryOf(store, ref);
      const patch: Record<string, unknown> = {};
      if (changes.agency !== undefined) {
        if (!isAgencyId(changes.agency)) throw new Error(`"${changes.agency}" is not an agency Threadline knows.`);
        patch.agency = changes.agency;
      }
      if (changes.time !== undefined) patch.time = changes.time === null ? null : changes.time.replace('.', ':').padStart(5, '0');
      if (changes.text !== undefined) patch.text = changes.text;
      if (changes.dateRaw !== undefined) {
        const year = entry.date.earliest ? Number(entry.date.earliest.slice(0, 4)) : undefined;
        const d = parseFuzzyDate(changes.dateRaw, year !== undefined ? { year } : {});
        if (!d || !d.earliest || !d.latest) throw new Error(`"${changes.dateRaw}" is not a date Threadline can read. Try a form such as 14/03/2023, March 2023 or w/c 06/03/2023.`);
        patch.date = { raw: d.raw, earliest: d.earliest, latest: d.latest, precision: d.precision, uncertain: d.uncertain };
      }
      if (Object.keys(patch).length === 0) throw new Error('Nothing to change.');
      save(entry, 'entry-field', 'change', patch, reason, author);
      return current(session, ref);
    },
    'corrections.list': ({ ref }) => {
      const store = requireStore(session);
      const entries = store.getEntries();
      const refByKey = new Map(entries.map((e) => [e.entryKey, e.ref]));
      const key = ref ? entryOf(store, ref).entryKey : undefined;
      return store.listCorrections(key).map(
        (c): CorrectionView => ({ id: c.id, ref: refByKey.get(c.entryKey) ?? null, kind: c.kind, op: c.op, payload: c.payload, author: c.author, createdAt: c.createdAt, orphaned: !refByKey.has(c.entryKey) }),
      );
    },
  };
}
