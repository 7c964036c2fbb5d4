/**
 * Gap findings through the handler map: decisions with who, when and why,
 * that survive re-analysis and re-import; a case's own flow settings; the
 * analysis exported to a file.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

import type { AnalysisGap, AnalysisJson } from '../../../shared/analysis.ts';
import type { HandlerContext, RulesView } from '../../../shared/api.ts';
import { dispatch } from '../../../electron/core/handlers/dispatch.ts';
import { createCoreHandlers, createSession } from '../../../electron/core/handlers/index.ts';
import { SAMPLE_CASE_DIR } from '../../support/paths.ts';

function harness() {
  const session = createSession();
  const handlers = createCoreHandlers(session);
  const ctx: HandlerContext = { emit: () => {} };
  const call = async <T>(channel: string, req: unknown = {}): Promise<T> => {
    const r = await dispatch(handlers, channel, req, ctx);
    if (!r.ok) throw new Error(`${channel}: ${r.error.kind}: ${r.error.message}`);
    return r.value as T;
  };
  const raw = (channel: string, req: unknown = {}) => dispatch(handlers, channel, req, ctx);
  return { call, raw };
}

/** Four returns of the invented sample case, copied so a test can change one and re-import it. */
const RETURNS = ['police.csv', 'childrens-services.xlsx', 'school.txt', 'health.docx'];
function workingCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-gaps-'));
  for (const f of RETURNS) copyFileSync(join(SAMPLE_CASE_DIR, f), join(dir, f));
  return dir;
}

describe('gap findings through the handlers', () => {
  let h: ReturnType<typeof harness>;
  let dir: string;
  beforeEach(async () => {
    h = harness();
    dir = workingCopy();
    await h.call('case.create', { path: ':memory:' });
    await h.call('import.run', { files: RETURNS.map((f) => ({ path: join(dir, f) })) });
  });

  const findings = async () => h.call<AnalysisJson>('analysis.get');
  // The police charged Mr E and did not tell children's social care (police.csv#7).
  const policeToCsc = (a: AnalysisJson) => a.gaps.find((g) => g.code === 'G1' && g.from === 'police' && g.to.includes('csc') && g.evidence.includes('police.csv#7'));

  it('lists findings with ids, evidence, windows and explanations', async () => {
    const a = await findings();
    expect(a.gaps.length).toBeGreaterThan(3);
    for (const g of a.gaps) {
      expect(g.id).toBeTruthy();
      expect(g.evidence.length).toBeGreaterThan(0);
      expect(g.explanation.length).toBeGreaterThan(20);
    }
    expect(policeToCsc(a)).toBeDefined();
    expect(a.patterns?.involvement.length).toBeGreaterThan(6);
  });

  it('keeps a decision with who, when and why, and it survives re-analysis and re-import', async () => {
    const g = policeToCsc(await findings())!;
    const decided = await h.call<AnalysisGap>('gaps.decide', { id: g.id, decision: 'accepted', reason: 'The social worker had no way to know.', author: 'Reviewer A' });
    expect(decided.decision).toMatchObject({ decision: 'accepted', reason: 'The social worker had no way to know.', by: 'Reviewer A' });
    expect(decided.decision!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // Analysed again: still decided.
    expect(policeToCsc(await findings())?.decision?.decision).toBe('accepted');

    // The police return comes again with an extra row at the end: refs of unchanged rows hold, the decision too.
    const police = readFileSync(join(dir, 'police.csv'), 'utf8');
    writeFileSync(join(dir, 'police.csv'), `${police.trimEnd()}\n30/03/2024,10:00,X99,Officers attended a further call: no answer at the door.,Log only.\n`);
    await h.call('import.run', { files: [{ path: join(dir, 'police.csv'), replace: true }] });
    const again = policeToCsc(await findings());
    expect(again?.decision).toMatchObject({ decision: 'accepted', by: 'Reviewer A' });
  });

  it('moves a rejected finding aside and shows an edited one as edited', async () => {
    const a = await findings();
    const [first, second] = a.gaps;
    await h.call('gaps.decide', { id: first!.id, decision: 'rejected', reason: 'Shared verbally at the time (see the IMR).' });
    await h.call('gaps.decide', { id: second!.id, decision: 'edited', reason: 'The receiver was the MASH.', edit: { to: ['mash'], explanation: 'Reworded by the author.' } });
    const b = await findings();
    expect(b.gaps.find((g) => g.id === first!.id)).toBeUndefined();
    expect(b.rejectedGaps?.find((g) => g.id === first!.id)?.decision).toMatchObject({ decision: 'rejected', reason: 'Shared verbally at the time (see the IMR).' });
    const edited = b.gaps.find((g) => g.id === second!.id)!;
    expect(edited).toMatchObject({ to: ['mash'], explanation: 'Reworded by the author.', decision: { decision: 'edited' } });
    // Changing one's mind: the latest decision wins.
    await h.call('gaps.decide', { id: first!.id, decision: 'accepted', reason: '' });
    expect((await findings()).gaps.find((g) => g.id === first!.id)?.decision?.decision).toBe('accepted');
  });

  it('asks for a reason to reject or edit, and for what to change', async () => {
    const g = (await findings()).gaps[0]!;
    expect(await h.raw('gaps.decide', { id: g.id, decision: 'rejected', reason: '  ' })).toMatchObject({ ok: false, error: { kind: 'invalid-request', message: 'Give a reason for rejecting or editing a finding.' } });
    expect(await h.raw('gaps.decide', { id: g.id, decision: 'edited', reason: 'x' })).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(await h.raw('gaps.decide', { id: 'g1-000000000000', decision: 'accepted', reason: '' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no longer in the analysis') } });
  });

  it('lets the case change a flow, and back', async () => {
    const before = await findings();
    expect(before.gaps.some((g) => g.code === 'G8')).toBe(true);
    const view = await h.call<RulesView>('rules.set', { overrides: { 'missed-appointments': { enabled: false } } });
    expect(view.flows.find((f) => f.flow.id === 'missed-appointments')).toMatchObject({ changed: true, flow: { enabled: false }, defaults: { enabled: true } });
    expect((await findings()).gaps.some((g) => g.code === 'G8')).toBe(false);
    expect(await h.raw('rules.set', { overrides: { 'no-such-flow': { enabled: false } } })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no flow called') } });
    await h.call('rules.set', { overrides: {} });
    expect((await findings()).gaps.some((g) => g.code === 'G8')).toBe(true);
    expect((await h.call<RulesView>('rules.get')).overrides).toEqual({});
  });

  it('exports the analysis JSON to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'threadline-export-')), 'analysis.json');
    const r = await h.call<{ path: string; entries: number; gaps: number }>('analysis.export', { path: out });
    const written = JSON.parse(readFileSync(out, 'utf8')) as AnalysisJson;
    expect(written.entries.length).toBe(r.entries);
    expect(written.gaps.length).toBe(r.gaps);
    expect(await h.raw('analysis.export', { path: join(out, 'not-a-dir', 'x.json') })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Could not write') } });
  });
});

describe('the chronology order after a correction', () => {
  it('moves an entry corrected to an earlier date to that date, in the analysis and its export', async () => {
    const h = harness();
    await h.call('case.create', { path: ':memory:' });
    const dir = mkdtempSync(join(tmpdir(), 'threadline-order-'));
    const file = join(dir, 'school.csv');
    writeFileSync(file, 'Date,Details\n10/01/2023,Child seen in class; tired.\n12/03/2023,Call from mum about a new address.\n14/05/2023,Attendance letter sent home.\n');
    await h.call('import.run', { files: [{ path: file }] });
    const before = (await h.call<AnalysisJson>('analysis.get')).entries.map((e) => e.ref);
    expect(before).toEqual(['school.csv#1', 'school.csv#2', 'school.csv#3']);
    // The author finds the last entry was really written in 2022.
    await h.call('entries.update', { ref: 'school.csv#3', changes: { dateRaw: '14/05/2022' }, reason: 'Typed with the wrong year; see the school log.' });
    const after = await h.call<AnalysisJson>('analysis.get');
    expect(after.entries.map((e) => e.ref)).toEqual(['school.csv#3', 'school.csv#1', 'school.csv#2']);
    expect(after.entries[0]!.date.earliest).toBe('2022-05-14');
    const out = join(dir, 'analysis.json');
    await h.call('analysis.export', { path: out });
    expect((JSON.parse(readFileSync(out, 'utf8')) as AnalysisJson).entries.map((e) => e.ref)).toEqual(['school.csv#3', 'school.csv#1', 'school.csv#2']);
  });
});
