/**
 * The author's decisions laid over freshly computed findings. A finding is
 * recognised by what it rests on (its code, its agency and the entry keys of
 * the entries it was raised on), so a decision survives re-analysis,
 * re-import of an unchanged return and rule changes; when the episode has
 * grown or shrunk (an entry joined it), a decision on the same code and
 * agency that shares an entry still applies.
 */
import type { AnalysisGap, GapDecisionView } from '../../../shared/analysis.ts';
import type { GapCode } from '../../../shared/model.ts';
import type { GapDecision } from '../store/index.ts';

export function findingKey(code: string, from: string, entryKeys: readonly string[]): string {
  return `${code}|${from}|${[...entryKeys].sort().join(',')}`;
}

/** The entry keys of the entries a finding was raised on. */
export function triggerKeys(gap: AnalysisGap, keyOfRef: ReadonlyMap<string, string>): string[] {
  return (gap.triggers ?? gap.evidence).map((r) => keyOfRef.get(r)).filter((k): k is string => k !== undefined);
}

function view(d: GapDecision): GapDecisionView {
  return { decision: d.decision, reason: d.reason, by: d.author, at: d.decidedAt };
}

export interface DecidedGaps {
  gaps: AnalysisGap[];
  rejected: AnalysisGap[];
}

/** Apply the latest matching decision to each finding: accepted and edited stay (edits shown), rejected move aside. */
export function applyGapDecisions(gaps: readonly AnalysisGap[], decisions: readonly GapDecision[], keyOfRef: ReadonlyMap<string, string>): DecidedGaps {
  const latestByKey = new Map<string, GapDecision>();
  for (const d of decisions) latestByKey.set(d.findingKey, d);
  const out: DecidedGaps = { gaps: [], rejected: [] };
  for (const g of gaps) {
    const keys = triggerKeys(g, keyOfRef);
    let d = latestByKey.get(findingKey(g.code, g.from, keys));
    if (!d) {
      const mine = new Set(keys);
      d = [...decisions].reverse().find((x) => x.code === g.code && x.from === g.from && x.entryKeys.some((k) => mine.has(k)));
    }
    if (!d) {
      out.gaps.push(g);
      continue;
    }
    const shown: AnalysisGap = { ...g, decision: view(d) };
    if (d.decision === 'edited' && d.edit) {
      if (d.edit.code) shown.code = d.edit.code as GapCode;
      if (d.edit.to?.length) shown.to = d.edit.to;
      if (d.edit.explanation) shown.explanation = d.edit.explanation;
    }
    (d.decision === 'rejected' ? out.rejected : out.gaps).push(shown);
  }
  return out;
}
