/**
 * Small invented chronologies for the gap rule tests. Each row goes through
 * the real extraction (contacts, negations, concerns), so a test states what
 * a practitioner wrote and checks what the engine makes of it, in words that
 * are deliberately not those of the acceptance cases.
 */
import type { AnalysisContact, AnalysisEntry, AnalysisGap } from '../../../shared/analysis.ts';
import type { Contact } from '../../../shared/model.ts';
import { extractEntry } from '../../../shared/extract/index.ts';
import { analyseGaps, type FlowOverrides } from '../../../shared/gaps/index.ts';
import type { ReviewType } from '../../../shared/review-type.ts';

/** [ref, agency, ISO day, text]; the file is the part of the ref before '#'. */
export type Row = [ref: string, agency: string, day: string, text: string];

function asAnalysis(c: Contact): AnalysisContact {
  const at = c.span.end > c.span.start ? { at: { start: c.span.start, end: c.span.end } } : {};
  return { with: c.with, direction: c.direction, type: c.type, span: c.span.text, ...at, confidence: c.confidence, ...(c.unrealised ? { unrealised: true as const } : {}) };
}

export function entries(rows: readonly Row[], opts: { adult?: boolean } = {}): AnalysisEntry[] {
  return rows.map(([ref, agency, day, text]) => {
    const x = extractEntry({ text, agency, adult: opts.adult === true });
    const [file] = ref.split('#');
    return {
      ref,
      agency,
      date: { raw: day, earliest: day, latest: day, precision: 'day', uncertain: false },
      time: null,
      text,
      contacts: x.contacts.filter((c) => !c.negated).map(asAnalysis),
      negatedContacts: x.contacts.filter((c) => c.negated).map(asAnalysis),
      concerns: x.concerns,
      ...(x.people.length ? { people: x.people.map((p) => ({ name: p.name, role: p.role })) } : {}),
      ...(x.newAdult ? { newAdult: true } : {}),
      source: { file: file ?? ref, location: {} },
    };
  });
}

export function gapsOf(rows: readonly Row[], opts: { adult?: boolean; overrides?: FlowOverrides; reviewType?: ReviewType } = {}): AnalysisGap[] {
  return analyseGaps(entries(rows, opts), { ...(opts.overrides ? { overrides: opts.overrides } : {}), ...(opts.reviewType ? { reviewType: opts.reviewType } : {}) }).gaps;
}

/** The findings with a code, as "code from→to1,to2 [evidence]" lines, for readable failures. */
export function summary(gaps: readonly AnalysisGap[]): string[] {
  return gaps.map((g) => `${g.code} ${g.from}→${g.to.join(',')} [${g.evidence.join(' ')}]`);
}

export function find(gaps: readonly AnalysisGap[], code: string, from: string): AnalysisGap | undefined {
  return gaps.find((g) => g.code === code && g.from === from);
}
