/**
 * Extraction over a case: cached by input and lexicon version, redone when
 * the lexicon changes, cancellable, bounded by a time limit, and never able
 * to lose the author's corrections.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

import { createCoreHandlers, createSession } from '../../../electron/core/handlers/index.ts';
import { dispatch } from '../../../electron/core/handlers/dispatch.ts';
import { analyseCase } from '../../../electron/core/pipeline/analysis-json.ts';
import { extractCase, inputKey } from '../../../electron/core/pipeline/extract.ts';
import { importFiles } from '../../../electron/core/pipeline/import-files.ts';
import { openCase, type CaseStore } from '../../../electron/core/store/index.ts';
import { WorkerPool } from '../../../electron/core/workers/pool.ts';
import { makeTempDir } from '../readers/fixtures.ts';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const RETURN = [
  'Date,Details,Outcome',
  '01/03/2023,Tel call to the health visitor about the family,Noted',
  '02/03/2023,Home visit - no access. Card left.,Rebook',
  '03/03/2023,Referral made to CSC via the MASH,Awaiting outcome',
  '04/03/2023,Strategy discussion with CSC; the GP was not invited,S47 agreed',
].join('\n');

async function caseWith(csv: string, name = 'police.csv'): Promise<{ store: CaseStore; path: string }> {
  const path = tmp.file(name, csv);
  const store = openCase(':memory:');
  const [o] = await importFiles(store.db, [{ path }]);
  expect(o?.ok).toBe(true);
  return { store, path };
}

describe('extraction cache', () => {
  it('extracts each entry once and recalls it after', async () => {
    const { store } = await caseWith(RETURN);
    const first = await extractCase(store);
    expect(first).toMatchObject({ extracted: 4, fromCache: 0 });
    const second = await extractCase(store);
    expect(second).toMatchObject({ extracted: 0, fromCache: 4 });
    expect([...second.results.values()].map((r) => r.contacts.filter((c) => !c.negated).map((c) => c.with))).toEqual([['health-visiting'], ['family'], ['mash'], ['csc']]);
    store.close();
  });

  it('for a case that lasts one command (persist: false), extracts the same but keeps nothing in the case', async () => {
    const { store } = await caseWith(RETURN);
    const once = await extractCase(store, { persist: false });
    expect(once).toMatchObject({ extracted: 4, fromCache: 0 });
    expect([...once.results.values()].map((r) => r.contacts.filter((c) => !c.negated).map((c) => c.with))).toEqual([['health-visiting'], ['family'], ['mash'], ['csc']]);
    expect(store.listContacts()).toEqual([]);
    expect(await extractCase(store)).toMatchObject({ extracted: 4, fromCache: 0 });
    store.close();
  });

  it('re-extracts everything when the lexicon version changes', async () => {
    const { store } = await caseWith(RETURN);
    await extractCase(store, { version: 'lexicon-a' });
    expect(await extractCase(store, { version: 'lexicon-a' })).toMatchObject({ extracted: 0 });
    expect(await extractCase(store, { version: 'lexicon-b' })).toMatchObject({ extracted: 4, fromCache: 0 });
    store.close();
  });

  it('keys a result by the whole input, not by the text alone', () => {
    const input = { text: 'Tel call to the GP', agency: 'police', employer: null, contactType: null, adult: false } as const;
    expect(inputKey(input)).toBe(inputKey({ ...input }));
    expect(inputKey({ ...input, agency: 'health-visiting' })).not.toBe(inputKey(input));
    expect(inputKey({ ...input, adult: true })).not.toBe(inputKey(input));
  });

  it('stops when cancelled', async () => {
    const { store } = await caseWith(RETURN);
    const ac = new AbortController();
    ac.abort();
    await expect(extractCase(store, { signal: ac.signal })).rejects.toMatchObject({ name: 'TaskCancelledError' });
    store.close();
  });
});

describe('refs', () => {
  it('an entry keeps the ref the importer gave it (file#ordinal), even when the file name has a # in it', async () => {
    const { store } = await caseWith(RETURN, 'police #2.csv');
    expect(store.getEntries().map((e) => [e.ref, e.sourceFile])).toEqual([1, 2, 3, 4].map((n) => [`police #2.csv#${n}`, 'police #2.csv']));
    store.close();
  });
});

describe('pathological entries', () => {
  const rows = ['Date,Details', `01/03/2023,"${'.'.repeat(100_000)}"`, `02/03/2023,"${Array.from({ length: 50_000 }, () => 'referral').join(' ')}"`, '03/03/2023,Tel call to the GP'];

  it('are cut off by the time limit and flagged, and the rest still extracts', async () => {
    const { store } = await caseWith(rows.join('\n'), 'police-odd.csv');
    const out = await extractCase(store, { entryTimeoutMs: 300 });
    const results = [...out.results.values()];
    expect(results[0]!.flags).toContain('truncated');
    expect(results[1]!.flags.length).toBeGreaterThan(0);
    expect(results[2]!.contacts.map((c) => c.with)).toEqual(['gp']);
    store.close();
  });

  it('on workers too: a batch that overruns is redone entry by entry', async () => {
    const many = ['Date,Details', ...Array.from({ length: 260 }, (_, i) => `0${1 + (i % 9)}/03/2023,Tel call to the GP number ${i}`), `10/03/2023,"${Array.from({ length: 50_000 }, () => 'referral').join(' ')}"`];
    const { store } = await caseWith(many.join('\n'), 'police-many.csv');
    const pool = new WorkerPool({ size: 2 });
    try {
      const out = await extractCase(store, { pool, entryTimeoutMs: 2_000 });
      expect(out.results.size).toBe(261);
      expect([...out.results.values()].filter((r) => r.contacts.some((c) => c.with === 'gp'))).toHaveLength(260);
    } finally {
      await pool.close();
      store.close();
    }
  });
});

describe('corrections', () => {
  it('always win, and survive re-extraction and re-importing the return', async () => {
    const { store, path } = await caseWith(RETURN);
    const session = createSession();
    session.store = store;
    session.path = ':memory:';
    const handlers = createCoreHandlers(session);
    const call = (channel: string, req: unknown) => dispatch(handlers, channel, req, { emit: () => {} });
    const ref = 'police.csv#1';
    // The author says the call was to the school nurse, not the health visitor, and adds a concern.
    const corrected = await call('contacts.correct', { ref, contacts: [{ with: 'school-nursing', direction: 'out', type: 'phone-call' }], reason: 'Record says HV but it was the school nurse', author: 'A. Reviewer' });
    expect(corrected).toMatchObject({ ok: true, value: { contacts: [{ with: 'school-nursing', direction: 'out', type: 'phone-call', origin: 'author' }] } });
    await call('concerns.correct', { ref, concerns: ['neglect'], reason: '' });
    const check = async (label: string) => {
      const a = await analyseCase(store, { version: label });
      const e = a.entries.find((x) => x.ref === ref)!;
      expect(e.contacts.map((c) => c.with), label).toEqual(['school-nursing']);
      expect(e.concerns, label).toEqual(['neglect']);
    };
    await check('after the correction');
    await check('with a new lexicon version (everything re-extracted)');
    // A changed return: a row added at the top; the corrected row's text is unchanged.
    writeFileSync(path, RETURN.replace('Date,Details,Outcome', 'Date,Details,Outcome\n28/02/2023,Officers attended the address,NFA'));
    const [o] = await importFiles(store.db, [{ path, replace: true }]);
    expect(o).toMatchObject({ ok: true, replaced: true, entries: 5 });
    const a = await analyseCase(store);
    const moved = a.entries.find((x) => x.text.startsWith('Tel call to the health visitor'))!;
    expect(moved.ref).toBe('police.csv#2');
    expect(moved.contacts.map((c) => c.with)).toEqual(['school-nursing']);
    const list = await call('corrections.list', {});
    expect(list).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ ref: 'police.csv#2', author: 'A. Reviewer', orphaned: false })]) });
    store.close();
  });

  it('change an entry\'s fields, and link or unlink duplicates', async () => {
    const { store } = await caseWith(RETURN);
    const session = createSession();
    session.store = store;
    const handlers = createCoreHandlers(session);
    const call = (channel: string, req: unknown) => dispatch(handlers, channel, req, { emit: () => {} });
    const updated = await call('entries.update', { ref: 'police.csv#1', changes: { agency: 'mash', dateRaw: 'w/c 27/02/2023', time: '09.30' }, reason: 'Row was written by the MASH police officer' });
    expect(updated).toMatchObject({ ok: true, value: { agency: 'mash', time: '09:30', date: { earliest: '2023-02-27', latest: '2023-03-05', precision: 'week' } } });
    expect(await call('entries.update', { ref: 'police.csv#1', changes: { dateRaw: 'sometime' }, reason: '' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('not a date') } });
    const linked = await call('duplicates.correct', { ref: 'police.csv#3', duplicateOf: 'police.csv#2', reason: 'same event' });
    expect(linked).toMatchObject({ ok: true, value: { duplicateOf: 'police.csv#2' } });
    const unlinked = await call('duplicates.correct', { ref: 'police.csv#3', duplicateOf: null, reason: 'not the same after all' });
    expect(unlinked).toMatchObject({ ok: true });
    expect((unlinked as { ok: true; value: { duplicateOf?: string } }).value.duplicateOf).toBeUndefined();
    store.close();
  });
});

describe('the analysis JSON', () => {
  it('fills contacts, negated contacts, concerns and duplicates', async () => {
    const { store } = await caseWith(RETURN);
    const a = await analyseCase(store);
    const strategy = a.entries.find((e) => e.ref === 'police.csv#4')!;
    expect(strategy.contacts).toEqual([expect.objectContaining({ with: 'csc', direction: 'both', type: 'strategy-discussion' })]);
    expect(strategy.negatedContacts).toEqual([expect.objectContaining({ with: 'gp', direction: 'both', type: 'strategy-discussion' })]);
    store.close();
  });
});
