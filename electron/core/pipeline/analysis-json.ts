/**
 * The analysis JSON for a whole case, read back from the store in the
 * integrated chronology's order, with each entry's extracted contacts and
 * concerns.
 */
import { analysisEntry, type AnalysisContact, type AnalysisJson } from '../../../shared/analysis.ts';
import { findDuplicates } from '../../../shared/chronology/duplicates.ts';
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
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const duplicates = new Map(
    findDuplicates(
      entries.map((e) => ({
        ref: e.ref,
        sourceFile: e.sourceFile,
        sourceOrder: order.get(e.sourceId) ?? 0,
        ordinal: e.ordinal,
        agency: e.agency,
        earliest: e.date.earliest,
        latest: e.date.latest,
        time: e.time,
        text: e.text,
        contacts: (extracted?.results.get(e.id)?.contacts ?? []).filter((c) => !c.negated),
      })),
    ).map((l) => [l.ref, l.duplicateOf]),
  );
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
        duplicateOf: duplicates.get(e.ref) ?? null,
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
