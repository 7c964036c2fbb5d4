/**
 * The import view's own state: the files chosen, what the preview found and
 * what the user changed (agency, date order, column mapping, replace), then
 * progress and outcomes. A reducer, so the flow is tested without a browser.
 */
import type { Events, FilePreview, ImportOutcome, RequestOf } from '../../../shared/api.ts';
import type { AgencyId, ColumnMapping, FieldName } from '../../../shared/model.ts';

export type OkPreview = Extract<FilePreview, { ok: true }>;

export interface FileChoice {
  preview: FilePreview;
  include: boolean;
  agency: AgencyId | 'mixed';
  dateOrder: 'dmy' | 'mdy' | 'mixed';
  /** Mappings the user changed, by table number. */
  mappings: Readonly<Record<number, ColumnMapping>>;
  replace: boolean;
}

export type Stage = 'choose' | 'previewing' | 'review' | 'importing' | 'done';

export interface ImportState {
  stage: Stage;
  files: FileChoice[];
  progress: Events['import.progress'] | null;
  outcomes: ImportOutcome[] | null;
  problem: string | null;
  cancelling: boolean;
}

export const initialImportState: ImportState = { stage: 'choose', files: [], progress: null, outcomes: null, problem: null, cancelling: false };

export type ImportAction =
  | { type: 'previewing' }
  | { type: 'previewed'; previews: FilePreview[] }
  | { type: 'problem'; message: string }
  | { type: 'include'; index: number; include: boolean }
  | { type: 'agency'; index: number; agency: AgencyId | 'mixed' }
  | { type: 'dateOrder'; index: number; dateOrder: 'dmy' | 'mdy' | 'mixed' }
  | { type: 'replace'; index: number; replace: boolean }
  | { type: 'field'; index: number; table: number; column: number; field: FieldName }
  | { type: 'importing' }
  | { type: 'progress'; progress: Events['import.progress'] }
  | { type: 'cancelling' }
  | { type: 'done'; outcomes: ImportOutcome[] }
  | { type: 'reset' };

function choiceFor(p: FilePreview): FileChoice {
  if (!p.ok) return { preview: p, include: false, agency: 'mixed', dateOrder: 'dmy', mappings: {}, replace: false };
  // The same content is already in the case: importing it again would only duplicate entries, so it starts unticked.
  return { preview: p, include: p.already?.kind !== 'same-content', agency: p.agency, dateOrder: p.dateOrder, mappings: {}, replace: p.already?.kind === 'same-name' };
}

function update(state: ImportState, index: number, patch: (f: FileChoice) => FileChoice): ImportState {
  return { ...state, files: state.files.map((f, i) => (i === index ? patch(f) : f)) };
}

export function importReducer(state: ImportState, a: ImportAction): ImportState {
  switch (a.type) {
    case 'previewing':
      return { ...state, stage: 'previewing', problem: null };
    case 'previewed': {
      // Files added later join those already chosen; the same path is previewed afresh.
      const paths = new Set(a.previews.map((p) => p.path));
      return { ...state, stage: 'review', files: [...state.files.filter((f) => !paths.has(f.preview.path)), ...a.previews.map(choiceFor)], outcomes: null };
    }
    case 'problem':
      return { ...state, stage: state.files.length ? 'review' : 'choose', problem: a.message, cancelling: false };
    case 'include':
      return update(state, a.index, (f) => ({ ...f, include: a.include && f.preview.ok }));
    case 'agency':
      return update(state, a.index, (f) => ({ ...f, agency: a.agency }));
    case 'dateOrder':
      return update(state, a.index, (f) => ({ ...f, dateOrder: a.dateOrder }));
    case 'replace':
      return update(state, a.index, (f) => ({ ...f, replace: a.replace }));
    case 'field':
      return update(state, a.index, (f) => {
        if (!f.preview.ok) return f;
        const table = f.preview.tables.find((t) => t.number === a.table);
        if (!table) return f;
        const current = f.mappings[a.table] ?? table.mapping;
        const mapping: ColumnMapping = { ...current, columns: current.columns.map((c) => (c.index === a.column ? { ...c, field: a.field } : c)) };
        return { ...f, mappings: { ...f.mappings, [a.table]: mapping } };
      });
    case 'importing':
      return { ...state, stage: 'importing', progress: null, problem: null, cancelling: false };
    case 'progress':
      return { ...state, progress: a.progress };
    case 'cancelling':
      return { ...state, cancelling: true };
    case 'done':
      return { ...state, stage: 'done', outcomes: a.outcomes, progress: null, cancelling: false };
    case 'reset':
      return initialImportState;
  }
}

/** The import.run request for the files the user kept, with only what they changed spelt out. */
export function runRequest(files: readonly FileChoice[]): RequestOf<'import.run'>['files'] {
  return files
    .filter((f): f is FileChoice & { preview: OkPreview } => f.include && f.preview.ok)
    .map((f) => {
      const mappings = Object.entries(f.mappings).map(([table, mapping]) => ({ table: Number(table), mapping }));
      return {
        path: f.preview.path,
        fileName: f.preview.fileName,
        agency: f.agency,
        // 'mixed' is what detection found, so asking for it is asking for detection.
        ...(f.dateOrder !== f.preview.dateOrder ? { dateOrder: f.dateOrder === 'mixed' ? ('auto' as const) : f.dateOrder } : {}),
        ...(mappings.length ? { mappings } : {}),
        ...(f.replace && f.preview.already?.kind === 'same-name' ? { replace: true } : {}),
      };
    });
}
