/**
 * The analysis JSON for a whole case, read back from the store in the
 * integrated chronology's order.
 */
import { analysisEntry, type AnalysisJson } from '../../../shared/analysis.ts';
import type { ImportIssue } from '../../../shared/model.ts';
import type { Connection } from '../store/db.ts';
import { getEntries } from '../store/entries.ts';
import { listSources } from '../store/sources.ts';
import { appVersion } from '../version.ts';

/** Build the analysis JSON from what the case holds. */
export function buildAnalysisJson(db: Connection, extraIssues: ImportIssue[] = []): AnalysisJson {
  const sources = listSources(db);
  const entries = getEntries(db);
  return {
    generator: { name: 'threadline', version: appVersion },
    sources: sources.map((s) => ({ fileName: s.fileName, format: s.format, agency: s.agency, layout: s.layout, entryCount: s.entryCount, title: s.title })),
    issues: [...sources.flatMap((s) => s.warnings), ...extraIssues],
    entries: entries.map((e) => analysisEntry(e)),
    gaps: [],
  };
}
