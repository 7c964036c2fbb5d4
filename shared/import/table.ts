/**
 * Rows of a chronology table → draft entries. Knows the shapes agencies'
 * tables take: continuation rows (no date, text carrying on from the row
 * above), repeated header rows, blank rows, section rows ("2023", "Key
 * episode 2"), date cells merged down several rows.
 */
import type { ColumnMapping, FieldName, Location } from '../model.ts';
import { cellText, nonEmptyCount, repeatedHeaderTest } from './header-row.ts';
import { blankDraft, type DraftEntry } from './draft.ts';
import type { RawRow, RawTable } from './raw.ts';

const STRUCTURAL: FieldName[] = ['author', 'agency', 'time', 'contactType', 'team', 'sourceRef'];

function columnsOf(mapping: ColumnMapping, field: FieldName): number[] {
  return mapping.columns.filter((c) => c.field === field).map((c) => c.index);
}

function firstValue(row: RawRow, cols: number[]): string {
  for (const c of cols) {
    const t = cellText(row, c);
    if (t) return t;
  }
  return '';
}

/** What flatten() would change besides trimming; most cells have none of it. */
const NEEDS_FLATTENING = /\n|\t| {2}/;

/** Collapse a cell's line breaks and runs of spaces into single spaces. */
export function flatten(text: string): string {
  if (!NEEDS_FLATTENING.test(text)) return text.trim();
  return text.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

/** A heading by its wording or its capitals. */
const SECTION_WORDS = /^(?:(?:part|section|period|phase|stage|episode|key (?:practice )?episode|chapter)\s+[\dA-Z]{1,3}\b|background\b|(?:pre-?)?scoping\b)/i;
const ALL_CAPS = /^(?=.*[A-Z])[^a-z]{6,}$/;

function isSectionRow(row: RawRow, textCols: ReadonlySet<number>, dateCol: number): boolean {
  const filled = nonEmptyCount(row);
  if (filled !== 1) return false;
  const merged = row.cells.some((c) => c.merge && c.merge.master && (c.merge.dir === 'h' || c.merge.dir === 'both'));
  if (merged) return true;
  // One short value and nothing else: a heading row ("2023", "Jan–Mar 2023", "Key episode 2").
  const only = row.cells.findIndex((_, i) => cellText(row, i) !== '');
  const text = cellText(row, only);
  if (only === dateCol) return true;
  // In the text column too, when it reads as a heading, not as more of the entry above:
  // "PART A: 01/01/2022 - 31/05/2022 (EIP period)", "SECTION 2 – HOUSING", "Background".
  if (textCols.has(only)) return text.length <= 100 && (SECTION_WORDS.test(text) || ALL_CAPS.test(text)) && !/[.;,]$/.test(text);
  return text.length <= 60;
}

interface TableContext {
  fileName: string;
  table: RawTable;
  mapping: ColumnMapping;
  /** Location keys that identify this table in the file. */
  where: Pick<Location, 'sheet' | 'table'>;
}

/**
 * Turn one table's body into draft entries, in row order. Rows that are not
 * entries are skipped (and counted); section rows become context drafts so a
 * year heading can date the rows below it.
 */
export function draftsFromTable(ctx: TableContext, headerPos: number): DraftEntry[] {
  const { table, mapping } = ctx;
  const dateCol = columnsOf(mapping, 'date')[0] ?? -1;
  const eventCols = columnsOf(mapping, 'event');
  const actionCols = columnsOf(mapping, 'action');
  const flagCols = columnsOf(mapping, 'flag');
  const structuralCols = STRUCTURAL.flatMap((f) => columnsOf(mapping, f));
  const colsOf = {
    time: columnsOf(mapping, 'time'),
    agency: columnsOf(mapping, 'agency'),
    author: columnsOf(mapping, 'author'),
    team: columnsOf(mapping, 'team'),
    subject: columnsOf(mapping, 'subject'),
    contactType: columnsOf(mapping, 'contactType'),
    sourceRef: columnsOf(mapping, 'sourceRef'),
  };
  const flagHeadings = new Map(flagCols.map((c) => [c, (mapping.columns[c]?.heading ?? '').replace(/\s*\((?:y\s*\/\s*n)\)\s*$/i, '').trim()]));
  const isRepeatedHeader = repeatedHeaderTest(mapping);
  const textCols = new Set([...eventCols, ...actionCols]);
  const drafts: DraftEntry[] = [];
  let current: DraftEntry | null = null;
  // The value of a date cell merged down several rows: each row is its own entry on that date.
  let mergedDate: { text: string; date?: DraftEntry['cellDate'] } | null = null;

  for (let pos = headerPos + 1; pos < table.rows.length; pos++) {
    const row = table.rows[pos]!;
    if (nonEmptyCount(row) === 0) continue;
    if (headerPos >= 0 && isRepeatedHeader(row)) continue;

    const dateCell = dateCol >= 0 ? row.cells[dateCol] : undefined;
    let dateText = dateCol >= 0 ? cellText(row, dateCol) : '';
    let cellDate = dateCell?.date;
    if (dateCell?.merge && (dateCell.merge.dir === 'v' || dateCell.merge.dir === 'both')) {
      if (dateCell.merge.master) mergedDate = { text: dateCell.text.trim(), ...(dateCell.date ? { date: dateCell.date } : {}) };
      else if (mergedDate) {
        dateText = mergedDate.text;
        cellDate = mergedDate.date;
      }
    } else {
      mergedDate = null;
    }

    if (isSectionRow(row, textCols, dateCol)) {
      const only = row.cells.findIndex((_, i) => cellText(row, i) !== '');
      drafts.push(contextDraft(ctx, row, cellText(row, only)));
      current = null;
      continue;
    }

    const event = eventCols.map((c) => flatten(cellText(row, c))).filter(Boolean);
    const action = actionCols.map((c) => flatten(cellText(row, c))).filter(Boolean);
    const flags = flagCols
      .map((c) => {
        const v = cellText(row, c);
        return v ? `${flagHeadings.get(c) ?? ''}: ${v}` : '';
      })
      .filter(Boolean);

    // No date and no text of its own: a footer or a note across the table ("End of extract: 5 incidents"), not an entry.
    if (!dateText && !cellDate && event.length === 0 && action.length === 0) {
      if (current && flags.length) appendContinuation(current, event, action, flags, row, mapping);
      continue;
    }
    if (!dateText) {
      const structural = structuralCols.map((c) => cellText(row, c)).filter(Boolean);
      const differs = current !== null && structural.some((v) => !Object.values(current!.cells).includes(v));
      if (current && !differs) {
        // Continuation: text carrying on from the row above belongs to its entry.
        appendContinuation(current, event, action, flags, row, mapping);
        continue;
      }
    }

    const cells: Record<string, string> = {};
    for (const col of mapping.columns) {
      const t = cellText(row, col.index);
      if (t) cells[col.heading] = t;
    }
    const draft: DraftEntry = {
      kind: 'entry',
      dateText,
      ...(cellDate ? { cellDate } : {}),
      timeText: firstValue(row, colsOf.time),
      agencyLabel: firstValue(row, colsOf.agency),
      author: firstValue(row, colsOf.author),
      team: firstValue(row, colsOf.team),
      subject: firstValue(row, colsOf.subject),
      contactType: flatten(firstValue(row, colsOf.contactType)),
      sourceRef: flatten(firstValue(row, colsOf.sourceRef)),
      event,
      action,
      flags,
      location: { ...ctx.where, ...(row.page !== undefined ? { page: row.page } : {}), row: row.index },
      cells,
    };
    drafts.push(draft);
    current = draft;
  }
  return drafts;
}

function appendContinuation(target: DraftEntry, event: string[], action: string[], flags: string[], row: RawRow, mapping: ColumnMapping): void {
  if (event.length) target.event.push(...event);
  if (action.length) target.action.push(...action);
  if (flags.length) target.flags.push(...flags);
  target.location.rowEnd = row.index;
  for (const col of mapping.columns) {
    const t = cellText(row, col.index);
    if (!t) continue;
    const prev = target.cells[col.heading];
    target.cells[col.heading] = prev ? `${prev}\n${t}` : t;
  }
}

function contextDraft(ctx: TableContext, row: RawRow, text: string): DraftEntry {
  return blankDraft('context', text, { ...ctx.where, row: row.index });
}
