/**
 * The analysis JSON written by `threadline analyse --json` (its shape is set
 * by ../shared/acceptance/README.md; we may add fields, never rename them).
 */
import type { AgencyId, Concern, ContactDirection, ContactType, Entry, FuzzyDate, GapCode, ImportIssue, Source } from './model.ts';
import type { ReviewType } from './review-type.ts';
import type { GapDecisionKind } from './vocabulary.ts';

export interface AnalysisContact {
  with: AgencyId;
  direction: ContactDirection;
  type: ContactType;
  /** Extra: the words it rests on, and how sure we are. */
  span?: string;
  /**
   * Where those words are in the entry's text (the same words may stand there twice: "Tel call to SW …
   * Told SW …"). Absent for a contact the author added, which rests on no words.
   */
  at?: { start: number; end: number };
  confidence?: number;
  /** Set when the author added or changed it. */
  origin?: 'author';
  /** On a negated contact: a plan or instruction, not a denial. */
  unrealised?: true;
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
  /** The practitioner or role the file names as the author, where it has such a column. */
  author?: string;
  /** People the entry names, as reviews anonymise them ("Ms K", "Child L", "HV1"). */
  people?: Array<{ name: string; role: 'child' | 'adult' | 'relative' | 'professional' }>;
  /** The entry records a new adult joining the household (a new partner, a man staying over). */
  newAdult?: boolean;
  source: { file: string; location: Entry['location'] };
}

export interface GapDecisionView {
  decision: GapDecisionKind;
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
  /** Findings the author rejected (with the decision and reason), kept so the decision can be reviewed or changed. */
  rejectedGaps?: AnalysisGap[];
  /** Patterns across the case that are not gaps by themselves: repeated referrals turned away, who was involved each month, silent periods, secondments. */
  patterns?: CasePatterns;
  /** The kind of review the case names (child safeguarding practice review, safeguarding adults review, domestic homicide review), when it does. */
  reviewType?: ReviewType | null;
}

export interface CasePatterns {
  /** Referrals the receiver judged below threshold, more than once from the same referrer or about the same family. */
  belowThreshold: Array<{ receiver: AgencyId; count: number; referrers: AgencyId[]; dates: string[]; refs: string[] }>;
  /** For each month with records: how many agencies and practitioners were involved. */
  involvement: Array<{ month: string; agencies: AgencyId[]; practitioners: number; entries: number }>;
  /** Stretches with no agency contact with the family. */
  quietPeriods: Array<{ from: string; to: string; days: number; before: string; after: string }>;
  /** Staff acting for one agency and employed by another, where the employer has no record of what they did. */
  secondments: Array<{ agency: AgencyId; employer: AgencyId; refs: string[]; employerTold: boolean }>;
}

export interface EntryAnalysis {
  contacts: AnalysisContact[];
  negatedContacts: AnalysisContact[];
  concerns: Concern[];
  duplicateOf: string | null;
  people?: NonNullable<AnalysisEntry['people']>;
  newAdult?: boolean;
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
    ...(e.author ? { author: e.author } : {}),
    ...(a.people?.length ? { people: a.people } : {}),
    ...(a.newAdult ? { newAdult: true } : {}),
    source: { file: e.sourceFile, location: e.location },
  };
}
