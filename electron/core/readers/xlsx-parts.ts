/**
 * A direct reading of a workbook's XML parts, used when exceljs cannot give a
 * faithful result: it finds parts by fixed file names (so workbooks whose
 * sheets are called "xl/worksheets/Data.xml" come back empty), reads ISO date
 * cells (t="d") as numbers, and does not know ISO Strict namespaces. Here
 * every part is found through the relationships, as Excel itself does.
 */
import type { RawCell } from '../../../shared/import/raw.ts';
import { checkAbort } from './limits.ts';
import { child, children, parseXml, textOf } from './xml.ts';
import type { XmlElement } from './xml.ts';
import { cleanExcelString, isoDateCell, mergeDir, numberCell, parseRef } from './xlsx-values.ts';
import type { MergeRange } from './xlsx-values.ts';
import { findEntry } from './zip.ts';
import type { ZipArchive } from './zip.ts';

export interface SheetData {
  name: string;
  hidden: boolean;
  /** Row number → cells (untrimmed, untouched by merges unless noted). */
  rows: Map<number, RawCell[]>;
  formulaWithoutValue: number;
}

const TEXT = new Set(['x:t', 'x:v', 'x:f', 'rel:Relationship']);

/** Excel's built-in number formats that matter for telling dates and times from numbers. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'dd/mm/yyyy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'dd/mm/yyyy h:mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
// Locale-specific built-in date formats (East Asian calendars and the like).
for (const id of [27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]) BUILTIN_FORMATS[id] = 'dd/mm/yyyy';
for (const id of [32, 33, 55, 56]) BUILTIN_FORMATS[id] = 'h:mm';

function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const dir = base.includes('/') ? base.slice(0, base.lastIndexOf('/') + 1) : '';
  const out: string[] = [];
  for (const p of (dir + target).split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function rels(zip: ZipArchive, part: string): Array<{ id: string; type: string; target: string }> {
  const dir = part.includes('/') ? part.slice(0, part.lastIndexOf('/') + 1) : '';
  const name = findEntry(zip, `${dir}_rels/${part.slice(dir.length)}.rels`);
  if (!name) return [];
  const root = parseXml(zip.readText(name), { textElements: TEXT });
  return children(root, 'rel:Relationship')
    .filter((r) => r.attrs.TargetMode !== 'External')
    .map((r) => ({ id: r.attrs.Id ?? '', type: (r.attrs.Type ?? '').replace(/.*\//, ''), target: resolvePart(part, r.attrs.Target ?? '') }));
}

function readXml(zip: ZipArchive, part: string): XmlElement | undefined {
  const name = findEntry(zip, part);
  return name ? parseXml(zip.readText(name), { textElements: TEXT }) : undefined;
}

/** Plain text of a shared or inline string: its runs' text, without phonetic guides. */
function stringItem(si: XmlElement): string {
  let s = '';
  for (const c of si.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'x:t') s += textOf(c);
    else if (c.name === 'x:r') for (const t of children(c, 'x:t')) s += textOf(t);
  }
  return cleanExcelString(s);
}

export function readWorkbookParts(zip: ZipArchive, file: string, signal: AbortSignal | undefined): { sheets: SheetData[]; date1904: boolean } {
  const rootRels = rels(zip, '');
  const wbPart = rootRels.find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const wb = readXml(zip, wbPart);
  if (!wb) throw new Error('workbook part missing');
  const pr = child(wb, 'x:workbookPr');
  const date1904 = /^(1|true)$/i.test(pr?.attrs.date1904 ?? '');
  const wbRels = rels(zip, wbPart);
  const byId = new Map(wbRels.map((r) => [r.id, r]));

  const sst: string[] = [];
  const sstRel = wbRels.find((r) => r.type === 'sharedStrings');
  const sstXml = readXml(zip, sstRel?.target ?? 'xl/sharedStrings.xml');
  if (sstXml) for (const si of children(sstXml, 'x:si')) sst.push(stringItem(si));

  const formats: Array<string | undefined> = [];
  const stylesRel = wbRels.find((r) => r.type === 'styles');
  const styles = readXml(zip, stylesRel?.target ?? 'xl/styles.xml');
  if (styles) {
    const custom = new Map<number, string>();
    for (const f of children(child(styles, 'x:numFmts'), 'x:numFmt')) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
    for (const xf of children(child(styles, 'x:cellXfs'), 'x:xf')) {
      const id = Number(xf.attrs.numFmtId ?? 0);
      formats.push(custom.get(id) ?? BUILTIN_FORMATS[id]);
    }
  }

  const sheets: SheetData[] = [];
  for (const s of children(child(wb, 'x:sheets'), 'x:sheet')) {
    checkAbort(signal, file);
    const rel = byId.get(s.attrs['r:id'] ?? '');
    if (!rel || rel.type !== 'worksheet') continue; // chart sheets and dialog sheets hold no cells
    const ws = readXml(zip, rel.target);
    if (!ws) continue;
    const state = s.attrs.state ?? 'visible';
    sheets.push({ name: s.attrs.name ?? `Sheet ${sheets.length + 1}`, hidden: state === 'hidden' || state === 'veryHidden', ...readSheet(ws, sst, formats, date1904) });
  }
  return { sheets, date1904 };
}

function readSheet(ws: XmlElement, sst: string[], formats: Array<string | undefined>, date1904: boolean): Pick<SheetData, 'rows' | 'formulaWithoutValue'> {
  const rows = new Map<number, RawCell[]>();
  let formulaWithoutValue = 0;
  let rowNo = 0;
  for (const r of children(child(ws, 'x:sheetData'), 'x:row')) {
    rowNo = r.attrs.r ? Number(r.attrs.r) : rowNo + 1;
    const cells: RawCell[] = [];
    let col = 0;
    for (const c of children(r, 'x:c')) {
      const ref = c.attrs.r ? parseRef(c.attrs.r) : null;
      col = ref ? ref.col : col + 1;
      const fmt = formats[Number(c.attrs.s ?? 0)];
      const v = child(c, 'x:v');
      const raw = v ? textOf(v) : undefined;
      let cell: RawCell;
      switch (c.attrs.t) {
        case 's':
          cell = { text: sst[Number(raw)] ?? '' };
          break;
        case 'inlineStr': {
          const is = child(c, 'x:is');
          cell = { text: is ? stringItem(is) : '' };
          break;
        }
        case 'str':
          cell = { text: cleanExcelString(raw ?? '') };
          break;
        case 'b':
          cell = { text: raw === undefined ? '' : raw === '1' || raw.toLowerCase() === 'true' ? 'TRUE' : 'FALSE' };
          break;
        case 'e':
          cell = { text: raw ?? '' };
          break;
        case 'd':
          cell = raw ? isoDateCell(raw, fmt) : { text: '' };
          break;
        default: {
          const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
          cell = Number.isFinite(n) ? numberCell(n, fmt, date1904) : { text: raw ?? '' };
        }
      }
      if (raw === undefined && child(c, 'x:f') && c.attrs.t !== 'inlineStr') formulaWithoutValue++;
      while (cells.length < col - 1) cells.push({ text: '' });
      cells[col - 1] = cell;
    }
    if (cells.length) rows.set(rowNo, cells);
  }
  // Merged ranges: master keeps its text, covered cells become '' with the flag.
  for (const m of children(child(ws, 'x:mergeCells'), 'x:mergeCell')) {
    const [a, b] = (m.attrs.ref ?? '').split(':');
    const tl = a ? parseRef(a) : null;
    const br = b ? parseRef(b) : tl;
    if (!tl || !br) continue;
    const range: MergeRange = { top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) };
    if (range.top === range.bottom && range.left === range.right) continue;
    const dir = mergeDir(range);
    for (let y = range.top; y <= range.bottom; y++) {
      let cells = rows.get(y);
      if (!cells) rows.set(y, (cells = []));
      while (cells.length < range.right) cells.push({ text: '' });
      for (let x = range.left; x <= range.right; x++) {
        const master = y === range.top && x === range.left;
        const cur = cells[x - 1]!;
        cells[x - 1] = master ? { ...cur, merge: { dir, master: true } } : { text: '', merge: { dir, master: false } };
      }
    }
  }
  return { rows, formulaWithoutValue };
}

/** How many worksheets (not chart sheets) the workbook lists. */
export function worksheetCount(zip: ZipArchive): number {
  try {
    const wbPart = rels(zip, '').find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
    const wb = readXml(zip, wbPart);
    if (!wb) return 0;
    const byId = new Map(rels(zip, wbPart).map((r) => [r.id, r.type]));
    return children(child(wb, 'x:sheets'), 'x:sheet').filter((s) => byId.get(s.attrs['r:id'] ?? '') === 'worksheet').length;
  } catch {
    return 0;
  }
}
