/**
 * Scoring an analysis against a gold.json (see eval.ts for what is measured).
 * Pure: the eval script prints these figures and the accuracy tests assert
 * the targets with them.
 */
import type { AnalysisJson } from '../../shared/analysis.ts';
import type { Gold, GoldGap } from '../support/gold.ts';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  gold: number;
}

export interface CaseScore {
  entries: number;
  /** Share of gold entries found under their ref. */
  entriesFound: number;
  /** Share of gold entries given the gold's agency. */
  agencyRight: number;
  contacts: PRF;
  typeAccuracy: number;
  negationsCounted: number;
  concerns: PRF;
  duplicates: PRF;
  datesExact: number;
  gaps: { recall: number; precision: number; found: number; gold: number; predicted: number; decoysFlagged: number };
  details: string[];
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? NaN : tp / (tp + fp);
  const recall = tp + fn === 0 ? NaN : tp / (tp + fn);
  const f1 = precision + recall === 0 || Number.isNaN(precision) || Number.isNaN(recall) ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, gold: tp + fn };
}

/** Pairs of refs from duplicate groups, order-free. */
function pairs(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) out.add([g[i]!, g[j]!].sort().join(' = '));
  return out;
}

/** Duplicate groups from duplicateOf pointers. */
function groupsOf(analysis: AnalysisJson): string[][] {
  const byRoot = new Map<string, string[]>();
  for (const e of analysis.entries) {
    if (!e.duplicateOf) continue;
    const list = byRoot.get(e.duplicateOf) ?? [e.duplicateOf];
    list.push(e.ref);
    byRoot.set(e.duplicateOf, list);
  }
  return [...byRoot.values()];
}

export function scoreCase(gold: Gold, analysis: AnalysisJson, negationPhrases: string[]): CaseScore {
  const goldGaps = gold.gaps ?? [];
  const details: string[] = [];
  const byRef = new Map(analysis.entries.map((e) => [e.ref, e]));

  // Contacts: multiset match on (ref, with, direction); among matches prefer the same type.
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let typeRight = 0;
  for (const g of gold.entries) {
    const got = [...(byRef.get(g.ref)?.contacts ?? [])];
    const want = [...(g.contacts ?? [])];
    const matched: Array<[string, string]> = [];
    // First pass: exact (with, direction, type); second: (with, direction).
    for (const pass of [true, false]) {
      for (let i = want.length - 1; i >= 0; i--) {
        const w = want[i]!;
        const j = got.findIndex((c) => c.with === w.with && c.direction === w.direction && (!pass || c.type === w.type));
        if (j < 0) continue;
        matched.push([w.type, got[j]!.type]);
        got.splice(j, 1);
        want.splice(i, 1);
      }
    }
    tp += matched.length;
    typeRight += matched.filter(([a, b]) => a === b).length;
    fp += got.length;
    fn += want.length;
    for (const [a, b] of matched) if (a !== b) details.push(`type    ${g.ref}: gold ${a}, got ${b}`);
    for (const w of want) details.push(`missed  ${g.ref}: ${w.with} ${w.direction} ${w.type}   | ${(g.text ?? '').slice(0, 140)}`);
    for (const c of got) details.push(`false   ${g.ref}: ${c.with} ${c.direction} ${c.type} on "${c.span ?? ''}"   | ${(g.text ?? '').slice(0, 140)}`);
  }

  // Negation phrases: no positive contact may rest on them.
  let negationsCounted = 0;
  for (const e of analysis.entries) {
    for (const phrase of negationPhrases) {
      const at = e.text.toLowerCase().indexOf(phrase.toLowerCase());
      if (at < 0) continue;
      for (const c of e.contacts) {
        const span = c.span ?? '';
        if (span && (phrase.toLowerCase().includes(span.toLowerCase()) || span.toLowerCase().includes(phrase.toLowerCase()))) {
          negationsCounted++;
          details.push(`negation counted ${e.ref}: "${phrase}" → ${c.with} ${c.direction} ${c.type}`);
        }
      }
    }
  }

  // Concerns: (ref, concern) pairs.
  let ctp = 0;
  let cfp = 0;
  let cfn = 0;
  for (const g of gold.entries) {
    const got = new Set<string>(byRef.get(g.ref)?.concerns ?? []);
    const want = new Set<string>(g.concerns ?? []);
    for (const c of got) {
      if (want.has(c)) ctp++;
      else {
        cfp++;
        details.push(`concern+ ${g.ref}: ${c}`);
      }
    }
    for (const c of want) {
      if (got.has(c)) continue;
      cfn++;
      details.push(`concern- ${g.ref}: ${c}`);
    }
  }

  // Duplicates: pairs.
  const goldPairs = pairs(gold.duplicates ?? []);
  const gotPairs = pairs(groupsOf(analysis));
  let dtp = 0;
  for (const p of gotPairs) {
    if (goldPairs.has(p)) dtp++;
    else details.push(`dup+    ${p}`);
  }
  for (const p of goldPairs) if (!gotPairs.has(p)) details.push(`dup-    ${p}`);

  const entriesFound = gold.entries.filter((g) => byRef.has(g.ref)).length;
  const agencyRight = gold.entries.filter((g) => byRef.get(g.ref)?.agency === g.agency).length;
  for (const g of gold.entries) {
    const e = byRef.get(g.ref);
    if (!e) details.push(`entry-  ${g.ref}: not found   | ${(g.text ?? '').slice(0, 100)}`);
    else if (e.agency !== g.agency) details.push(`agency  ${g.ref}: gold ${g.agency}, got ${e.agency}   | ${(g.text ?? '').slice(0, 100)}`);
  }
  const goldRefs = new Set(gold.entries.map((g) => g.ref));
  for (const e of analysis.entries) if (!goldRefs.has(e.ref)) details.push(`entry+  ${e.ref}: not in gold   | ${e.text.slice(0, 100)}`);

  const datesExact = gold.entries.filter((g) => {
    const e = byRef.get(g.ref);
    return e && e.date.earliest === g.date.earliest && e.date.latest === g.date.latest;
  }).length;

  // Gaps: a gold gap is found when a finding has its code (or an acceptable one), the same from, an overlapping to, and cites an anchor.
  const findings = analysis.gaps;
  const matchesGold = (f: AnalysisJson['gaps'][number], g: GoldGap) =>
    (f.code === g.code || (g.alsoAcceptable ?? []).includes(f.code)) && f.from === g.from && f.to.some((t) => g.to.includes(t)) && f.evidence.some((r) => g.anchors.includes(r));
  let found = 0;
  for (const g of goldGaps) {
    if (findings.some((f) => matchesGold(f, g))) found++;
    else details.push(`gap-    ${g.id} ${g.code} ${g.from} → ${g.to.join(',')} anchors ${g.anchors.join(' ')}`);
  }
  const goodFindings = findings.filter((f) => goldGaps.some((g) => matchesGold(f, g))).length;
  for (const f of findings) if (!goldGaps.some((g) => matchesGold(f, g))) details.push(`gap+    ${f.code} ${f.from} → ${f.to.join(',')} ${f.evidence.join(' ')}: ${f.explanation.slice(0, 120)}`);
  let decoysFlagged = 0;
  for (const d of gold.decoys ?? []) {
    const flagged = findings.some((f) => d.looksLike.includes(f.code) && f.evidence.some((r) => d.refs.includes(r)) && !goldGaps.some((g) => matchesGold(f, g)));
    if (flagged) {
      decoysFlagged++;
      details.push(`decoy!  ${d.id} (${d.looksLike.join('/')}) ${d.refs.join(' ')}`);
    }
  }

  return {
    entries: gold.entries.length,
    entriesFound: entriesFound / gold.entries.length,
    agencyRight: agencyRight / gold.entries.length,
    contacts: prf(tp, fp, fn),
    typeAccuracy: tp === 0 ? NaN : typeRight / tp,
    negationsCounted,
    concerns: prf(ctp, cfp, cfn),
    duplicates: prf(dtp, gotPairs.size - dtp, goldPairs.size - dtp),
    datesExact: datesExact / gold.entries.length,
    gaps: { recall: found / goldGaps.length, precision: findings.length ? goodFindings / findings.length : NaN, found, gold: goldGaps.length, predicted: findings.length, decoysFlagged },
    details,
  };
}
