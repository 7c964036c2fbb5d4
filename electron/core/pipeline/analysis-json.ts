/**
 * The analysis JSON for a whole case, read back from the store in the
 * integrated chronology's order: each entry with its contacts and concerns
 * (extraction, then the author's corrections, which always win) and its
 * duplicate link.
 */
import { analysisEntry, type AnalysisContact, type AnalysisJson } from '../../../shared/analysis.ts';
import { findDuplicates } from '../../../shared/chronology/duplicates.ts';
import { applyCorrections, type CorrectedEntry, type CorrectionLike } from '../../../shared/extract/corrections.ts';
import { analyseGaps, flowOverridesSchema, type FlowOverrides } from '../../../shared/gaps/index.ts';
import type { Contact, ImportIssue } from '../../../shared/model.ts';
import type { CaseStore } from '../store/index.ts';
import { appVersion } from '../version.ts';
import { loadCaseView, type CaseView } from './case-view.ts';
import { extractCase, type ExtractedCase, type ExtractOptions } from './extract.ts';
import { applyGapDecisions } from './gap-decisions.ts';
import { detectReviewType, type ReviewType } from '../../../shared/review-type.ts';

function asAnalysisContact(c: Contact): AnalysisContact {
  // The span is carried with its offsets: the gap rules quote and order contacts by where their words are.
  const at = c.span.end > c.span.start ? { at: { start: c.span.start, end: c.span.end } } : {};
  return { with: c.with, direction: c.direction, type: c.type, span: c.span.text, ...at, confidence: Number(c.confidence.toFixed(2)), ...(c.origin === 'author' ? { origin: 'author' as const } : {}), ...(c.unrealised ? { unrealised: true as const } : {}) };
}

/** Each entry's contacts and concerns after the author's corrections, by entry id. */
export function correctedResults(view: CaseView, extracted: ExtractedCase | null): Map<number, CorrectedEntry> {
  const out = new Map<number, CorrectedEntry>();
  for (const e of view.entries) {
    const x = extracted?.results.get(e.id);
    out.set(e.id, applyCorrections({ contacts: x?.contacts ?? [], concerns: x?.concerns ?? [] }, (view.corrections.get(e.entryKey) ?? []) as CorrectionLike[]));
  }
  return out;
}

/** Duplicate links: found, then the author's added and removed ones. */
function duplicateLinks(view: CaseView, corrected: Map<number, CorrectedEntry>): Map<string, string> {
  const order = new Map(view.sources.map((s, i) => [s.id, i]));
  const links = new Map(
    findDuplicates(
      view.entries.map((e) => ({
        ref: e.ref,
        sourceFile: e.sourceFile,
        sourceOrder: order.get(e.sourceId) ?? 0,
        ordinal: e.ordinal,
        agency: e.agency,
        earliest: e.date.earliest,
        latest: e.date.latest,
        time: e.time,
        text: e.text,
        contacts: (corrected.get(e.id)?.contacts ?? []).filter((c) => !c.negated),
      })),
    ).map((l) => [l.ref, l.duplicateOf]),
  );
  const byKey = new Map(view.entries.map((e) => [e.entryKey, e]));
  const position = new Map(view.entries.map((e, i) => [e.ref, i]));
  for (const e of view.entries) {
    const c = corrected.get(e.id);
    for (const key of c?.duplicatesRemoved ?? []) {
      const other = byKey.get(key);
      if (!other) continue;
      if (links.get(e.ref) === other.ref) links.delete(e.ref);
      if (links.get(other.ref) === e.ref) links.delete(other.ref);
    }
    for (const key of c?.duplicatesAdded ?? []) {
      const other = byKey.get(key);
      if (!other) continue;
      // The later in the integrated chronology points at the earlier (or at what the earlier already points at).
      const [first, later] = (position.get(e.ref) ?? 0) <= (position.get(other.ref) ?? 0) ? [e, other] : [other, e];
      links.set(later.ref, links.get(first.ref) ?? first.ref);
    }
  }
  return links;
}

/** The case's own changes to the expected flows; a stored value this build cannot read is ignored (and said so). */
export function caseFlowOverrides(store: CaseStore): FlowOverrides {
  const parsed = flowOverridesSchema.safeParse(store.getFlowOverrides() ?? {});
  return parsed.success ? parsed.data : {};
}

/** The kind of review the case's titles and words name. */
export function reviewTypeOf(sources: ReadonlyArray<{ title?: string | null; fileName: string }>, entries: ReadonlyArray<{ text: string }>): ReviewType | null {
  return detectReviewType(sources.map((s) => s.title ?? s.fileName), entries.map((e) => e.text));
}

/** Findings, with the author's decisions laid over them, and the case's patterns. */
function gapsOf(store: CaseStore, view: CaseView, entries: AnalysisJson['entries']): Pick<AnalysisJson, 'gaps' | 'rejectedGaps' | 'patterns' | 'reviewType'> {
  const reviewType = reviewTypeOf(view.sources, entries);
  const found = analyseGaps(entries, { overrides: caseFlowOverrides(store), reviewType });
  const keyOfRef = new Map(view.entries.map((e) => [e.ref, e.entryKey]));
  const decided = applyGapDecisions(found.gaps, store.listGapDecisions(), keyOfRef);
  return { gaps: decided.gaps, ...(decided.rejected.length ? { rejectedGaps: decided.rejected } : {}), patterns: found.patterns, reviewType };
}

/** Build the analysis JSON from what the case holds and its extraction. */
export function buildAnalysisJson(store: CaseStore, extracted: ExtractedCase | null, extraIssues: ImportIssue[] = [], view: CaseView = loadCaseView(store)): AnalysisJson {
  const corrected = correctedResults(view, extracted);
  const duplicates = duplicateLinks(view, corrected);
  const entries = view.entries.map((e) => {
    const c = corrected.get(e.id)!;
    return analysisEntry(e, {
      contacts: c.contacts.filter((x) => !x.negated).map(asAnalysisContact),
      negatedContacts: c.contacts.filter((x) => x.negated).map(asAnalysisContact),
      concerns: c.concerns,
      duplicateOf: duplicates.get(e.ref) ?? null,
      people: (extracted?.results.get(e.id)?.people ?? []).map((p) => ({ name: p.name, role: p.role })),
      newAdult: extracted?.results.get(e.id)?.newAdult === true,
    });
  });
  return {
    generator: { name: 'threadline', version: appVersion },
    sources: view.sources.map((s) => ({ fileName: s.fileName, format: s.format, agency: s.agency, layout: s.layout, entryCount: s.entryCount, title: s.title })),
    issues: [...view.sources.flatMap((s) => s.warnings), ...extraIssues],
    entries,
    ...gapsOf(store, view, entries),
  };
}

/** Extract what is not cached yet, then build the analysis JSON. */
export async function analyseCase(store: CaseStore, opts: ExtractOptions = {}, extraIssues: ImportIssue[] = []): Promise<AnalysisJson> {
  const view = loadCaseView(store);
  const extracted = await extractCase(store, opts, view);
  const issues = [...extraIssues];
  for (const { ref, sourceFile } of extracted.timedOut) {
    issues.push({ file: sourceFile, severity: 'warning', code: 'extraction-timeout', message: `${ref}: this entry is too long or too unusual to read for contacts within the time limit; its contacts and concerns are left for you to add.` });
  }
  return buildAnalysisJson(store, extracted, issues, view);
}
