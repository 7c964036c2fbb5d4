/**
 * The import view's preview of a file: what we detected (format, layout,
 * agency, header row and column mapping, first rows) and the dates that need
 * the author's decision, before anything is stored.
 */
import { basename } from 'node:path';

import type { FilePreview, ImportRequest, TablePreview } from '../../../shared/api.ts';
import { cellText } from '../../../shared/import/header-row.ts';
import type { RawDocument } from '../../../shared/import/raw.ts';
import type { CaseStore } from '../store/index.ts';
import { describeError } from './import-files.ts';
import { interpretFile, sha256Of } from './interpret.ts';

const SAMPLE_ROWS = 8;

const DATE_ISSUE_CODES = new Set(['date-check', 'us-dates', 'undated']);

function sampleOf(doc: RawDocument, tableNumber: number, headerRow: number): string[][] {
  const table = doc.tables.find((t) => t.number === tableNumber);
  if (!table) return [];
  const start = Math.max(0, table.rows.findIndex((r) => r.index === headerRow));
  return table.rows.slice(start, start + SAMPLE_ROWS + 1).map((r) => r.cells.map((_, i) => cellText(r, i)));
}

/** Preview one file for the import view. Never throws: a file we cannot read is an error preview. */
export async function previewFile(req: ImportRequest, store: CaseStore | null): Promise<FilePreview> {
  const fileName = req.fileName ?? basename(req.path);
  try {
    const { doc, result, bytes } = await interpretFile(req, fileName, {
      ...(store ? { recall: (agency, sig) => store.recallMapping(agency ?? 'mixed', sig) ?? null } : {}),
    });
    const tables: TablePreview[] = result.tables.map((t) => ({
      number: t.number,
      name: t.name,
      headerRow: t.headerRow,
      mapping: t.mapping,
      sample: sampleOf(doc, t.number, t.headerRow),
      entries: t.entries,
    }));
    let already: Extract<FilePreview, { ok: true }>['already'] = null;
    if (store) {
      const sha = sha256Of(bytes);
      const sources = store.listSources();
      const same = sources.find((s) => s.sha256 === sha);
      if (same) already = { kind: 'same-content', fileName: same.fileName };
      else if (sources.some((s) => s.fileName === fileName)) already = { kind: 'same-name', fileName };
    }
    return {
      ok: true,
      path: req.path,
      fileName,
      format: doc.format,
      layout: result.layout,
      title: result.title,
      agency: result.agency,
      suggestion: result.suggestion,
      tables,
      entries: result.entries.length,
      dateOrder: result.mixedDates ? 'mixed' : result.dateOrder,
      dateIssues: result.issues.filter((i) => DATE_ISSUE_CODES.has(i.code)),
      issues: result.issues.filter((i) => !DATE_ISSUE_CODES.has(i.code)),
      already,
    };
  } catch (err) {
    const e = describeError(err, fileName);
    return { ok: false, path: req.path, fileName, error: { kind: e.code, message: e.message } };
  }
}
