/**
 * The analysis JSON for a whole case, read back from the store in the
 * integrated chronology's order, with each entry's extracted contacts and
 * concerns.
 */
import { analysisEntry, type AnalysisContact, type AnalysisJson } from '../../../shared/analysis.ts';
import type { Contact, ImportIssue } from '../../../shared/model.ts';
import type { CaseStore } from '../store/index.ts';
import { appVersion } from '../version.ts';
import { extractCase, type ExtractedCase, type ExtractOptions } from './extract.ts';

function asAnalysisContact(c: Contact): AnalysisContact {
  return { with: c.with, direction: c.direction, type: c.type, span: c.span.text, confidence: Number(c.confidence.toFixed(2)) };
}

/** Build the analysis JSON from what the case holds and its extraction. */
export function buildAnalysisJson(store: CaseStore, extracted: ExtractedCase | null, extraIssues: ImportIssue[] = []): AnalysisJson {
  const sources = store.listSources();
  const entries = store.getEntries();
  return {
    generator: { name: 'threadline', version: appVersion },
    sources: sources.map((s) => ({ fileName: s.fileName, format: s.format, agency: s.agency, layout: s.layout, entryCount: s.entryCount, title: s.title })),
    issues: [...sources.flatMap((s) => s.warnings), ...extraIssues],
    entries: entries.map((e) => {
      const x = extracted?.results.get(e.id);
      return analysisEntry(e, {
        contacts: (x?.contacts ?? []).filter((c) => !c.negated).map(asAnalysisContact),
        negatedContacts: (x?.contacts ?? []).filter((c) => c.negated).map(asAnalysisContact),
        concerns: x?.concerns ?? [],
        duplicateOf: null,
      });
    }),
    gaps: [],
  };
}

/** Extract what is not cached yet, then build the analysis JSON. */
export async function analyseCase(store: CaseStore, opts: ExtractOptions = {}, extraIssues: ImportIssue[] = []): Promise<AnalysisJson> {
  const extracted = await extractCase(store, opts);
  const issues = [...extraIssues];
  for (const ref of extracted.timedOut) {
    const [file] = ref.split('#');
    issues.push({ file: file ?? ref, severity: 'warning', code: 'extraction-timeout', message: `${ref}: this entry is too long or too unusual to read for contacts within the time limit; its contacts and concerns are left for you to add.` });
  }
  return buildAnalysisJson(store, extracted, issues);
}
