/**
 * The API contract: the one typed map between the UI and the core (Actual
 * Budget's handler map). Each channel has a request schema (validated at the
 * IPC edge: requests are `unknown` until parsed) and a response type. The
 * core implements the domain channels (electron/core/handlers); the shell
 * implements the few that need Electron itself (native dialogs), and the
 * end-to-end harness stands in for those.
 *
 * Every call returns `{ ok: true, value } | { ok: false, error }`; the error's
 * message is written for the user (it names the file and row where there is
 * one).
 */
import { z } from 'zod';

import type { AnalysisGap, AnalysisJson } from './analysis.ts';
import { flowOverridesSchema, type Flow, type FlowOverrides } from './gaps/rules.ts';
import type { AgencyId, ColumnMapping, Entry, ImportIssue, Source } from './model.ts';
import {
  agencyIdSchema as agency,
  concernSchema as concernName,
  contactDirectionSchema,
  contactTypeSchema,
  gapCodeSchema,
  gapDecisionSchema,
} from './vocabulary.ts';

const path = z.string().min(1).max(4096);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const fieldName = z.enum(['date', 'time', 'agency', 'author', 'team', 'subject', 'contactType', 'event', 'action', 'sourceRef', 'flag', 'ignore']);

export const columnMappingSchema = z.object({
  headerRow: z.number().int().min(0),
  columns: z.array(z.object({ index: z.number().int().min(0).max(1000), heading: z.string().max(500), field: fieldName })).max(1000),
});

export const importFileSchema = z.object({
  path,
  fileName: z.string().min(1).max(512).optional(),
  agency: z.union([agency, z.literal('mixed')]).nullable().optional(),
  dateOrder: z.enum(['dmy', 'mdy', 'auto']).optional(),
  mappings: z.array(z.object({ table: z.number().int().min(1), mapping: columnMappingSchema })).max(100).optional(),
  /** Replace the source already in the case with this name (a changed return). */
  replace: z.boolean().optional(),
});
/** One file to preview or import: what the renderer asks for and what the pipeline reads, the one type for both. */
export type ImportRequest = z.output<typeof importFileSchema>;

export const entryFilterSchema = z.object({
  agencies: z.array(agency).max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sourceId: z.number().int().positive().optional(),
});

const contactKey = z.object({
  with: agency,
  direction: contactDirectionSchema,
  type: contactTypeSchema,
  negated: z.boolean().default(false),
});
const ref = z.string().min(1).max(600);
const reason = z.string().max(2000).default('');

/** Request schemas, by channel. */
export const requestSchemas = {
  'case.create': z.object({ path }),
  'case.open': z.object({ path }),
  'case.close': z.object({}),
  'case.summary': z.object({}),
  'case.setTitle': z.object({ title: z.string().max(300) }),
  'import.preview': z.object({ paths: z.array(path).min(1).max(500) }),
  'import.run': z.object({ files: z.array(importFileSchema).min(1).max(500) }),
  'import.cancel': z.object({}),
  'sources.list': z.object({}),
  'entries.page': z.object({ filter: entryFilterSchema.default({}), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(50_000).default(200) }),
  'entries.get': z.object({ ref: z.string().min(1).max(600) }),
  'entries.search': z.object({ q: z.string().max(500), limit: z.number().int().min(1).max(1000).default(100) }),
  'analysis.get': z.object({}),
  /** The author's corrections. Each sends the whole corrected list or the changed fields; the core stores the difference, apart from extraction. */
  'contacts.correct': z.object({ ref, contacts: z.array(contactKey).max(200), reason, author: z.string().max(200).optional() }),
  'concerns.correct': z.object({ ref, concerns: z.array(concernName).max(20), reason, author: z.string().max(200).optional() }),
  'duplicates.correct': z.object({ ref, duplicateOf: ref.nullable(), reason, author: z.string().max(200).optional() }),
  'entries.update': z.object({
    ref,
    changes: z.object({ agency: agency.optional(), dateRaw: z.string().min(1).max(200).optional(), time: z.string().regex(/^\d{1,2}[:.]\d{2}$/).nullable().optional(), text: z.string().min(1).max(100_000).optional() }),
    reason,
    author: z.string().max(200).optional(),
  }),
  'corrections.list': z.object({ ref: ref.optional() }),
  /** The author's decision on a gap finding, by its id; a reason is needed to reject or edit. */
  'gaps.decide': z
    .object({
      id: z.string().min(1).max(64),
      decision: gapDecisionSchema,
      reason,
      edit: z
        .object({
          code: gapCodeSchema.optional(),
          to: z.array(agency).min(1).max(30).optional(),
          explanation: z.string().min(1).max(5000).optional(),
        })
        .optional(),
      author: z.string().max(200).optional(),
    })
    .refine((d) => d.decision === 'accepted' || d.reason.trim().length > 0, { message: 'Give a reason for rejecting or editing a finding.', path: ['reason'] })
    .refine((d) => d.decision !== 'edited' || (d.edit !== undefined && Object.keys(d.edit).length > 0), { message: 'Say what to change in the finding.', path: ['edit'] }),
  /** The expected flows the gap engine checks, with this case's changes. */
  'rules.get': z.object({}),
  'rules.set': z.object({ overrides: flowOverridesSchema }),
  /** Write the analysis JSON (what `threadline analyse --json` writes) to a file. */
  'analysis.export': z.object({ path }),
  /** Implemented by the shell (native dialogs), or the test harness. */
  'dialog.openFiles': z.object({ purpose: z.enum(['chronologies', 'case']) }),
  'dialog.saveFile': z.object({ purpose: z.enum(['case', 'analysis-json']), suggestedName: z.string().max(255).optional() }),
  /** Where the bundled sample case is (its files), for the empty state. Implemented by the shell. */
  'sample.locate': z.object({}),
} as const;

export type Channel = keyof typeof requestSchemas;
export type RequestOf<K extends Channel> = z.input<(typeof requestSchemas)[K]>;
export type ParsedRequestOf<K extends Channel> = z.output<(typeof requestSchemas)[K]>;

export interface CaseSummary {
  file: string;
  path: string;
  title: string | null;
  createdAt: string | null;
  formatVersion: number;
  readonly: boolean;
  sources: Source[];
  entryCount: number;
  dateRange: { from: string | null; to: string | null };
  agencies: Array<{ agency: AgencyId; entries: number }>;
}

export interface TablePreview {
  number: number;
  name: string;
  headerRow: number;
  mapping: ColumnMapping;
  /** The first rows as the user would see them, for checking the mapping. */
  sample: string[][];
  entries: number;
}

export type FilePreview =
  | {
      ok: true;
      path: string;
      fileName: string;
      format: Source['format'];
      layout: Source['layout'];
      title: string | null;
      agency: AgencyId | 'mixed';
      suggestion: { agency: AgencyId; why: string } | null;
      tables: TablePreview[];
      entries: number;
      /** 'mixed': some dates only make sense day-first and others month-first; each is read the way it fits. */
      dateOrder: 'dmy' | 'mdy' | 'mixed';
      /** Dates that need a decision: impossible, US-style, uncertain, undated. */
      dateIssues: ImportIssue[];
      issues: ImportIssue[];
      /** Already in the case: the same content, or a different file with the same name. */
      already: { kind: 'same-content' | 'same-name'; fileName: string } | null;
    }
  | { ok: false; path: string; fileName: string; error: ApiError };

export type ImportOutcome =
  | { ok: true; file: string; sourceId: number; entries: number; replaced: boolean; agency: AgencyId | 'mixed'; layout: Source['layout']; issues: ImportIssue[] }
  | { ok: false; file: string; error: ApiError & { row?: number } };

/** An entry as the views read it: the model plus its row id. */
export type EntryRow = Entry & { id: number };

export interface EntryDetail {
  entry: EntryRow;
  source: Source;
}

/** One entry of the analysis after a correction: what the views redraw. */
export type AnalysisEntryView = AnalysisJson['entries'][number];

export interface CorrectionView {
  id: number;
  ref: string | null;
  kind: string;
  op: string;
  payload: unknown;
  author: string | null;
  createdAt: string;
  /** The entry it was made on is no longer in the case (its text changed on re-import). */
  orphaned: boolean;
}

export interface SearchHitView {
  ref: string;
  snippet: Array<{ text: string; hit: boolean }>;
}

/** The expected flows as the rules panel shows them: each with its defaults and this case's values. */
export interface RulesView {
  flows: Array<{ flow: Flow; defaults: Flow; changed: boolean }>;
  overrides: FlowOverrides;
}

/** Response types, by channel. */
export interface Responses {
  'case.create': CaseSummary;
  'case.open': CaseSummary;
  'case.close': null;
  'case.summary': CaseSummary | null;
  'case.setTitle': CaseSummary;
  'import.preview': FilePreview[];
  'import.run': ImportOutcome[];
  'import.cancel': null;
  'sources.list': Source[];
  'entries.page': { rows: EntryRow[]; total: number };
  'entries.get': EntryDetail;
  'entries.search': SearchHitView[];
  'analysis.get': AnalysisJson;
  'contacts.correct': AnalysisEntryView;
  'concerns.correct': AnalysisEntryView;
  'duplicates.correct': AnalysisEntryView;
  'entries.update': AnalysisEntryView;
  'corrections.list': CorrectionView[];
  'gaps.decide': AnalysisGap;
  'rules.get': RulesView;
  'rules.set': RulesView;
  'analysis.export': { path: string; entries: number; gaps: number };
  'sample.locate': { files: string[]; folder: string };
  'dialog.openFiles': string[];
  'dialog.saveFile': string | null;
}

export type ResponseOf<K extends Channel> = Responses[K];

export interface ApiError {
  /** A stable code ("no-case", "invalid-request", "corrupt", …) for the UI to branch on. */
  kind: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Events from the core/shell to the renderer. */
export interface Events {
  'import.progress': { file: string; index: number; total: number; phase: 'reading' | 'storing' | 'done' | 'failed' };
  'extract.progress': { done: number; total: number };
  'case.changed': CaseSummary | null;
  /** A menu item the renderer acts on (the shell owns the menu). */
  menu: { command: 'new-case' | 'open-case' | 'import' | 'export-json' | 'find' | 'view'; view?: string };
  /** Files dropped on the window or opened from the OS. */
  'files.opened': { paths: string[] };
}
export type EventName = keyof Events;

export interface HandlerContext {
  /** Emit an event to the renderer (progress, case changes). */
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
}

/** Implementations of channels, as plain functions of the parsed request. */
export type Handlers<K extends Channel = Channel> = {
  [C in K]: (req: ParsedRequestOf<C>, ctx: HandlerContext) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** The channels the shell implements; the core implements every other one. */
export const shellChannels = ['dialog.openFiles', 'dialog.saveFile', 'sample.locate'] as const satisfies readonly Channel[];
export type ShellChannel = (typeof shellChannels)[number];
export type CoreChannel = Exclude<Channel, ShellChannel>;

/** Every channel name, for the preload to expose one function each (no generic invoke). */
export const channelNames = Object.keys(requestSchemas) as Channel[];

/** What the preload puts on window.threadline. */
export interface ThreadlineBridge {
  invoke: <K extends Channel>(channel: K, request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
  on: <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => () => void;
  /** The renderer is ready for queued events (Fiddle: events are held until then). */
  ready: () => void;
  /** Paths of files dropped on the window (Electron's webUtils), or null where unavailable. */
  pathForFile: (file: object) => string | null;
}
