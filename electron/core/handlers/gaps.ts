/**
 * Gap findings: the author's decisions on them, the expected flows the
 * engine checks (with this case's changes), and exporting the analysis.
 */
import { writeFileSync } from 'node:fs';

import type { Handlers, RulesView } from '../../../shared/api.ts';
import { isAgencyId } from '../../../shared/agencies/index.ts';
import { analyseGaps, describeFlows, gapRules, type FlowOverrides } from '../../../shared/gaps/index.ts';
import { analyseCase, caseFlowOverrides, reviewTypeOf } from '../pipeline/analysis-json.ts';
import { applyGapDecisions, findingKey, triggerKeys } from '../pipeline/gap-decisions.ts';
import type { CaseStore } from '../store/index.ts';
import { authorName } from './author.ts';
import { requireStore, type Session } from './session.ts';

function rulesView(store: CaseStore): RulesView {
  const overrides = caseFlowOverrides(store);
  const defaults = new Map(describeFlows(gapRules()).map((f) => [f.id, f]));
  return {
    flows: describeFlows(gapRules(overrides)).map((flow) => ({ flow, defaults: defaults.get(flow.id)!, changed: overrides[flow.id] !== undefined })),
    overrides,
  };
}

export function gapHandlers(session: Session): Handlers<'gaps.decide' | 'rules.get' | 'rules.set' | 'analysis.export'> {
  const analyse = () => analyseCase(requireStore(session), session.pool ? { pool: session.pool } : {});
  return {
    'gaps.decide': async ({ id, decision, reason, edit, author }) => {
      const store = requireStore(session);
      const analysis = await analyse();
      // The finding as the engine raised it (before any edit laid over it): decisions are keyed by what it rests on.
      const gap = analyseGaps(analysis.entries, { overrides: caseFlowOverrides(store), reviewType: reviewTypeOf(analysis.sources, analysis.entries) }).gaps.find((g) => g.id === id);
      if (!gap) throw new Error('That finding is no longer in the analysis (the entries it rested on have changed). Refresh the findings and decide again.');
      if (edit?.to) {
        const unknown = edit.to.filter((a) => !isAgencyId(a));
        if (unknown.length) throw new Error(`Unknown agency ${unknown.join(', ')}: choose agencies from the list.`);
      }
      const keyOfRef = new Map(store.getEntries().map((e) => [e.ref, e.entryKey] as const));
      const keys = triggerKeys(gap, keyOfRef);
      const saved = store.addGapDecision({ findingKey: findingKey(gap.code, gap.from, keys), code: gap.code, from: gap.from, entryKeys: keys, decision, reason: reason.trim(), edit: decision === 'edited' ? (edit ?? null) : null, author: authorName(author) });
      // The finding as it now shows: the same overlay analysis.get lays, without analysing the case again.
      const decided = applyGapDecisions([gap], [saved], keyOfRef);
      return (decided.gaps[0] ?? decided.rejected[0])!;
    },
    'rules.get': () => rulesView(requireStore(session)),
    'rules.set': ({ overrides }) => {
      const store = requireStore(session);
      const known = new Set(describeFlows(gapRules()).map((f) => f.id));
      const unknown = Object.keys(overrides).filter((k) => !known.has(k));
      if (unknown.length) throw new Error(`There is no flow called ${unknown.join(', ')}.`);
      for (const o of Object.values(overrides)) {
        const bad = (o.targets ?? []).filter((a) => !isAgencyId(a));
        if (bad.length) throw new Error(`Unknown agency ${bad.join(', ')} in the flow's targets.`);
      }
      // Keep only real changes, so "back to the defaults" leaves nothing behind.
      const clean: FlowOverrides = Object.fromEntries(Object.entries(overrides).filter(([, o]) => Object.keys(o).length > 0));
      store.setFlowOverrides(clean);
      return rulesView(store);
    },
    'analysis.export': async ({ path }) => {
      const analysis = await analyse();
      try {
        writeFileSync(path, `${JSON.stringify(analysis, null, 2)}\n`);
      } catch (err) {
        throw new Error(`Could not write ${path}: ${(err as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (err as Error).message}.`, { cause: err });
      }
      return { path, entries: analysis.entries.length, gaps: analysis.gaps.length };
    },
  };
}
