/**
 * The analysis JSON written by `threadline analyse --json` (its shape is set
 * by ../shared/acceptance/README.md; we may add fields, never rename them).
 */
import type { AgencyId, Concern, ContactDirection, ContactType, Entry, FuzzyDate, GapCode, ImportIssue, Source } from './model.ts';

export interface AnalysisContact {
  with: AgencyId;
  direction: ContactDirection;
  type: ContactType;
  /** Extra: the words it rests on, and how sure we are. */
  span?: string;
  confidence?: number;
  /** Set when the author added or changed it. */
  origin?: 'author';
}

export interface AnalysisEntry {
  ref: string;
  agency: AgencyId;
  employer?: AgencyId;
  date: Pick<FuzzyDate, 'raw' | 'earliest' | 'latest' | 'precision' | 'uncertain'> & { flags?: FuzzyDate['flags']; suggestion?: string };
  time: string | null;
  text: string;
  contacts: AnalysisContact[];
  /** Negated contacts ("school were not informed"): not contacts, kept as evidence. */
  negatedContacts?: AnalysisContact[];
  concerns: Concern[];
  duplicateOf?: string;
  source: { file: string; location: Entry['location'] };
}

export interface GapDecisionView {
  decision: 'accepted' | 'rejected' | 'edited';
  reason: string;
  by: string | null;
  at: string;
}

export interface AnalysisGap {
  /** Stable across re-analysis while the entries it rests on are the same (decisions attach to it). */
  id?: string;
  code: GapCode;
  from: AgencyId;
  to: AgencyId[];
  /** Every entry the finding cites: those it rests on, the other side's records, and other records of the same events. */
  evidence: string[];
  /** The entries the rule fired on (a subset of evidence). */
  triggers?: string[];
  explanation: string;
  window?: { from: string | null; to: string | null };
  severity?: 'high' | 'medium' | 'low';
  confidence?: number;
  /** The expected flow it breaks (resources/rules/flows.json). */
  rule?: string;
  /** The record says so in words, rather than the rule inferring it from silence. */
  explicit?: boolean;
  /** The author's decision, where there is one. An edited finding shows the edit. */
  decision?: GapDecisionView;
}

export interface AnalysisJson {
  generator: { name: 'threadline'; version: string };
  sources: Array<Pick<Source, 'fileName' | 'format' | 'agency' | 'layout' | 'entryCount'> & { title: string | null }>;
  issues: ImportIssue[];
  entries: AnalysisEntry[];
  gaps: AnalysisGap[];
}

export interface EntryAnalysis {
  contacts: AnalysisContact[];
  negatedContacts: AnalysisContact[];
  concerns: Concern[];
  duplicateOf: string | null;
}

const NO_ANALYSIS: EntryAnalysis = { contacts: [], negatedContacts: [], concerns: [], duplicateOf: null };

/** One entry as the analysis JSON shows it. */
export function analysisEntry(e: Entry, a: EntryAnalysis = NO_ANALYSIS): AnalysisEntry {
  const date: AnalysisEntry['date'] = {
    raw: e.date.raw,
    earliest: e.date.earliest,
    latest: e.date.latest,
    precision: e.date.precision,
    uncertain: e.date.uncertain,
    ...(e.date.flags?.length ? { flags: e.date.flags } : {}),
    ...(e.date.suggestion ? { suggestion: e.date.suggestion } : {}),
  };
  return {
    ref: e.ref,
    agency: e.agency,
    ...(e.employer ? { employer: e.employer } : {}),
    date,
    time: e.time,
    text: e.text,
    contacts: a.contacts,
    ...(a.negatedContacts.length ? { negatedContacts: a.negatedContacts } : {}),
    concerns: a.concerns,
    ...(a.duplicateOf ? { duplicateOf: a.duplicateOf } : {}),
    source: { file: e.sourceFile, location: e.location },
  };
}
