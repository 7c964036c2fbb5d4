/**
 * What every view derives from the analysis, computed once per analysis
 * (not per render or per view): the entries by ref, the agencies in view
 * order, their colours and shapes, and which entries findings cite.
 */
import type { AnalysisEntry, AnalysisJson } from '../../shared/analysis.ts';
import type { AgencyId } from '../../shared/model.ts';
import { involvedAgencies, type InvolvedAgency } from '../../shared/views/agencies.ts';
import { gapEvidence } from '../../shared/views/filter.ts';
import { agencyPalette, fallbackStyle, type AgencyStyle } from '../../shared/views/palette.ts';

export interface CaseData {
  analysis: AnalysisJson;
  entries: readonly AnalysisEntry[];
  /** ref → index into entries. */
  indexByRef: ReadonlyMap<string, number>;
  agencies: readonly InvolvedAgency[];
  styleOf: (agency: AgencyId) => AgencyStyle;
  evidence: ReadonlySet<string>;
}

export function deriveCaseData(analysis: AnalysisJson): CaseData {
  const agencies = involvedAgencies(analysis);
  const palette = agencyPalette(agencies.map((a) => a.id));
  return {
    analysis,
    entries: analysis.entries,
    indexByRef: new Map(analysis.entries.map((e, i) => [e.ref, i])),
    agencies,
    styleOf: (agency) => palette.get(agency) ?? fallbackStyle(agency),
    evidence: gapEvidence(analysis.gaps),
  };
}
