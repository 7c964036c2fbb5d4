/**
 * The handler map called directly on an in-memory case (Actual Budget style):
 * what the UI does, without the UI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Events, HandlerContext } from '../../../shared/api.ts';
import { dispatch } from '../../../electron/core/handlers/dispatch.ts';
import { createCoreHandlers, createSession } from '../../../electron/core/handlers/index.ts';
import { FIXTURES_DIR } from '../../support/paths.ts';

const CHILD_T = join(FIXTURES_DIR, 'child-t');

function harness() {
  const session = createSession();
  const handlers = createCoreHandlers(session);
  const events: Array<{ event: keyof Events; payload: unknown }> = [];
  const ctx: HandlerContext = { emit: (event, payload) => events.push({ event, payload }) };
  const call = async (channel: string, req: unknown = {}) => dispatch(handlers, channel, req, ctx);
  return { session, handlers, events, call };
}

describe('core handlers', () => {
  let h: ReturnType<typeof harness>;
  beforeEach(async () => {
    h = harness();
    expect((await h.call('case.create', { path: ':memory:' })).ok).toBe(true);
  });

  it('refuses calls before a case is open', async () => {
    const fresh = harness();
    const r = await fresh.call('entries.page', {});
    expect(r).toEqual({ ok: false, error: { kind: 'no-case', message: expect.stringContaining('No case is open') } });
  });

  it('validates requests against the contract', async () => {
    expect(await h.call('entries.page', { limit: -5 })).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(await h.call('case.open', { path: 42 })).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(await h.call('no.such.channel', {})).toMatchObject({ ok: false, error: { kind: 'unknown-channel' } });
  });

  it('previews a file with its layout, agency, mapping and date decisions', async () => {
    const r = await h.call('import.preview', { paths: [join(CHILD_T, 'police.csv')] });
    expect(r.ok).toBe(true);
    const [p] = (r as { ok: true; value: Array<Record<string, unknown>> }).value;
    expect(p).toMatchObject({ ok: true, fileName: 'police.csv', format: 'csv', layout: 'table', agency: 'police', entries: 10 });
    // Line 10 holds the one month-first date (10/23/2023): it is a date to check.
    expect((p!.dateIssues as Array<{ row: number }>).map((i) => i.row)).toContain(10);
    expect((p!.tables as Array<{ mapping: { columns: Array<{ field: string }> } }>)[0]!.mapping.columns.map((c) => c.field)).toEqual(['date', 'time', 'sourceRef', 'event', 'action']);
  });

  it('imports, pages the integrated chronology, finds an entry and searches', async () => {
    const run = await h.call('import.run', { files: [{ path: join(CHILD_T, 'police.csv') }, { path: join(CHILD_T, 'gp.csv') }] });
    expect(run).toMatchObject({ ok: true, value: [{ ok: true, entries: 10 }, { ok: true, entries: 8 }] });
    expect(h.events.some((e) => e.event === 'import.progress')).toBe(true);
    const page = (await h.call('entries.page', { limit: 5 })) as { ok: true; value: { rows: Array<{ ref: string; date: { earliest: string } }>; total: number } };
    expect(page.value.total).toBe(18);
    const dates = page.value.rows.map((r) => r.date.earliest);
    expect([...dates].sort()).toEqual(dates);
    const one = await h.call('entries.get', { ref: 'gp.csv#3' });
    expect(one).toMatchObject({ ok: true, value: { entry: { ref: 'gp.csv#3', agency: 'gp' }, source: { fileName: 'gp.csv' } } });
    const hits = (await h.call('entries.search', { q: 'controlling' })) as { ok: true; value: Array<{ ref: string }> };
    expect(hits.value.map((x) => x.ref)).toEqual(['police.csv#5']);
  });

  it('keeps what was imported when a later file cannot be read, and names the bad file', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tl-handlers-'));
    const bad = join(tmp, 'broken.xlsx');
    writeFileSync(bad, Buffer.from('PK\u0003\u0004 this is not really a workbook'));
    const run = (await h.call('import.run', { files: [{ path: join(CHILD_T, 'police.csv') }, { path: bad }] })) as {
      ok: true;
      value: Array<{ ok: boolean; error?: { message: string } }>;
    };
    expect(run.value[0]!.ok).toBe(true);
    expect(run.value[1]!.ok).toBe(false);
    expect(run.value[1]!.error!.message).toContain('broken.xlsx');
    const page = (await h.call('entries.page', {})) as { ok: true; value: { total: number } };
    expect(page.value.total).toBe(10);
  });

  it('detects the same file imported twice and replaces a changed return on request', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tl-reimport-'));
    const file = join(tmp, 'police.csv');
    writeFileSync(file, 'Date,Details\n01/02/2023,Call from neighbour about shouting\n02/02/2023,Officers attended\n');
    expect((await h.call('import.run', { files: [{ path: file }] })).ok).toBe(true);
    const again = (await h.call('import.run', { files: [{ path: file }] })) as { ok: true; value: Array<{ ok: boolean; error?: { kind: string; message: string } }> };
    expect(again.value[0]).toMatchObject({ ok: false, error: { kind: 'duplicate', message: expect.stringContaining('already imported') } });
    writeFileSync(file, 'Date,Details\n01/02/2023,Call from neighbour about shouting\n02/02/2023,Officers attended\n03/02/2023,PPN sent to MASH\n');
    const replaced = (await h.call('import.run', { files: [{ path: file, replace: true }] })) as { ok: true; value: Array<{ ok: boolean; replaced?: boolean; entries?: number }> };
    expect(replaced.value[0]).toMatchObject({ ok: true, replaced: true, entries: 3 });
    const page = (await h.call('entries.page', {})) as { ok: true; value: { total: number } };
    expect(page.value.total).toBe(3);
  });

  it('remembers a column mapping the author chose for that agency', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tl-mapping-'));
    const a = join(tmp, 'housing-return-1.csv');
    const b = join(tmp, 'housing-return-2.csv');
    // "Note" and "Comment" both read as text columns; the author says Comment is the outcome.
    writeFileSync(a, 'When,Note,Comment\n01/02/2023,Visit,Tenant not in\n');
    writeFileSync(b, 'When,Note,Comment\n05/02/2023,Phone call,No answer\n');
    const preview = (await h.call('import.preview', { paths: [a] })) as { ok: true; value: Array<{ tables: Array<{ mapping: { headerRow: number; columns: Array<{ index: number; heading: string; field: string }> } }> }> };
    const mapping = preview.value[0]!.tables[0]!.mapping;
    const chosen = { ...mapping, columns: mapping.columns.map((c) => (c.heading === 'Note' ? { ...c, field: 'contactType' } : c.heading === 'Comment' ? { ...c, field: 'event' } : c)) };
    await h.call('import.run', { files: [{ path: a, agency: 'housing', mappings: [{ table: 1, mapping: chosen }] }] });
    await h.call('import.run', { files: [{ path: b, agency: 'housing' }] });
    const e = (await h.call('entries.get', { ref: 'housing-return-2.csv#1' })) as { ok: true; value: { entry: { contactType: string; text: string } } };
    expect(e.value.entry).toMatchObject({ contactType: 'Phone call', text: 'No answer' });
  });
});
