/**
 * Word documents (.docx/.docm/.dotx, and Word files written by LibreOffice,
 * Google Docs or Pages): tables in document order as RawTables ("Table N"),
 * text outside tables as RawBlocks.
 *
 * We read word/document.xml ourselves (our zip guard + a small XML walk)
 * rather than through mammoth: mammoth's HTML loses what the importer needs
 * (w:tblHeader on repeated header rows, the exact gridSpan/vMerge shape to
 * mark covered cells, bold runs for lead-ins, auto-numbered paragraph labels),
 * and an HTML round trip would have to be parsed again anyway.
 *
 * - cells: paragraphs joined with \n; nested tables flattened into the text
 *   (one line per nested row, cells separated by " | ");
 * - gridSpan / vMerge / hMerge: master keeps the text, covered cells are ''
 *   with merge {dir, master:false}; gridBefore inserts empty cells so columns line up;
 * - tracked changes: inserted and moved-to text kept, deleted and moved-from
 *   text dropped, deleted rows dropped; hidden (w:vanish) text dropped;
 * - headings: Word heading/Title styles (by style name, so localised style ids
 *   work) or an outline level, plus short paragraphs that are bold throughout;
 * - leadIn: bold text at the start of a paragraph ending in ":" or " –";
 * - label: Word's automatic list numbering ("5.3") or a typed number at the start;
 * - a repeated header row (w:tblHeader below the top of a table) is kept as a
 *   row and reported in a warning; the importer drops it by content.
 */
import { ImportError } from '../../../shared/errors.ts';
import type { RawBlock, RawCell, RawDocument, RawRow, RawTable } from '../../../shared/import/raw.ts';
import { openZipChecked } from './detect.ts';
import { splitLabel } from './labels.ts';
import { leadInOf } from './leadin.ts';
import { MAX_COLUMNS, checkAbort, emptyFile, tooManyColumns, withCause } from './limits.ts';
import { XmlError, child, children, parseXml } from './xml.ts';
import type { XmlElement } from './xml.ts';
import { ZipError, findEntry } from './zip.ts';
import type { ZipArchive } from './zip.ts';

export interface ReadDocxOptions {
  fileName: string;
  signal?: AbortSignal;
}

type DocxResult = Pick<RawDocument, 'title' | 'tables' | 'blocks' | 'warnings'>;

const TEXT_ELEMENTS = new Set(['w:t', 'rel:Relationship', 'w:lvlText']);

function damaged(file: string): ImportError {
  return new ImportError(
    'corrupt',
    file,
    'This Word document is damaged or incomplete, so it cannot be opened. It may not have finished downloading or copying: ask the agency to send it again, or open it in Word and save a new copy.',
  );
}

function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs[name];
}

// ------------------------------------------------------------------ styles

interface Style {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
  bold?: boolean;
  vanish?: boolean;
  outline?: number;
  numId?: string;
  ilvl?: number;
}

class Styles {
  private readonly byId = new Map<string, Style>();
  defaultParagraph: string | undefined;
  defaultBold = false;

  constructor(root: XmlElement | undefined) {
    if (!root) return;
    const dd = child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
    this.defaultBold = onOff(child(dd, 'w:b')) ?? false;
    for (const s of children(root, 'w:style')) {
      const id = s.attrs['w:styleId'] ?? '';
      const rPr = child(s, 'w:rPr');
      const pPr = child(s, 'w:pPr');
      const numPr = child(pPr, 'w:numPr');
      const st: Style = { id, type: s.attrs['w:type'] ?? 'paragraph', name: (attr(child(s, 'w:name'), 'w:val') ?? id).toLowerCase() };
      const based = attr(child(s, 'w:basedOn'), 'w:val');
      if (based) st.basedOn = based;
      const b = onOff(child(rPr, 'w:b'));
      if (b !== undefined) st.bold = b;
      const v = onOff(child(rPr, 'w:vanish'));
      if (v !== undefined) st.vanish = v;
      const ol = attr(child(pPr, 'w:outlineLvl'), 'w:val');
      if (ol !== undefined) st.outline = Number(ol);
      const numId = attr(child(numPr, 'w:numId'), 'w:val');
      if (numId !== undefined) st.numId = numId;
      const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val');
      if (ilvl !== undefined) st.ilvl = Number(ilvl);
      this.byId.set(id, st);
      if (st.type === 'paragraph' && onOff({ name: '', attrs: { 'w:val': s.attrs['w:default'] ?? '0' }, children: [] })) this.defaultParagraph = id;
    }
  }

  /** Walk a style and its basedOn chain until pick() gives a value. */
  find<T>(id: string | undefined, pick: (s: Style) => T | undefined): T | undefined {
    const seen = new Set<string>();
    for (let cur = id; cur && !seen.has(cur); ) {
      seen.add(cur);
      const s = this.byId.get(cur);
      if (!s) return undefined;
      const v = pick(s);
      if (v !== undefined) return v;
      cur = s.basedOn;
    }
    return undefined;
  }

  isHeading(id: string | undefined): boolean {
    return (
      this.find(id, (s) => (/^(heading\s*[1-9]|title|subtitle)$/.test(s.name) ? true : undefined)) === true ||
      (this.find(id, (s) => s.outline) ?? 9) < 9
    );
  }

  isToc(id: string | undefined): boolean {
    return this.find(id, (s) => (/^(toc\s*\d|toc heading|table of figures)$/.test(s.name) ? true : undefined)) === true;
  }
}

// --------------------------------------------------------------- numbering

interface Level {
  start: number;
  fmt: string;
  text: string;
}

class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly overridden = new Set<string>();

  constructor(root: XmlElement | undefined) {
    if (!root) return;
    for (const a of children(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of children(a, 'w:lvl')) {
        levels.set(Number(l.attrs['w:ilvl'] ?? 0), {
          start: Number(attr(child(l, 'w:start'), 'w:val') ?? 1),
          fmt: attr(child(l, 'w:numFmt'), 'w:val') ?? 'decimal',
          text: attr(child(l, 'w:lvlText'), 'w:val') ?? '',
        });
      }
      this.abstracts.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of children(root, 'w:num')) {
      const overrides = new Map<number, number>();
      for (const o of children(n, 'w:lvlOverride')) {
        const so = attr(child(o, 'w:startOverride'), 'w:val');
        if (so !== undefined) overrides.set(Number(o.attrs['w:ilvl'] ?? 0), Number(so));
      }
      this.nums.set(n.attrs['w:numId'] ?? '', { abstractId: attr(child(n, 'w:abstractNumId'), 'w:val') ?? '', overrides });
    }
  }

  /** Advance the list and return what Word shows before the paragraph: "5.3.", "(a)", "•", or null. */
  next(numId: string, ilvl: number): { text: string; bullet: boolean } | null {
    const num = this.nums.get(numId);
    if (!num) return null;
    const levels = this.abstracts.get(num.abstractId);
    const lvl = levels?.get(ilvl);
    if (!levels || !lvl) return null;
    const key = num.abstractId;
    let c = this.counters.get(key);
    if (!c) this.counters.set(key, (c = []));
    if (!this.overridden.has(numId) && num.overrides.size) {
      this.overridden.add(numId);
      for (const [l, v] of num.overrides) c[l] = v - 1;
      for (let d = 0; d < c.length; d++) if (!num.overrides.has(d) && d > Math.min(...num.overrides.keys())) c[d] = undefined;
    }
    c[ilvl] = c[ilvl] === undefined ? lvl.start : c[ilvl]! + 1;
    for (let d = ilvl + 1; d < c.length; d++) c[d] = undefined;
    if (lvl.fmt === 'bullet') return { text: '•', bullet: true };
    if (lvl.fmt === 'none') return null;
    const text = lvl.text.replace(/%([1-9])/g, (_, k: string) => {
      const li = Number(k) - 1;
      const L = levels.get(li);
      const v = c[li] ?? L?.start ?? 1;
      return formatNumber(v, li === ilvl ? lvl.fmt : (L?.fmt ?? 'decimal'));
    });
    return text.trim() ? { text: text.trim(), bullet: false } : null;
  }
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

function letters(n: number): string {
  const ch = String.fromCharCode(65 + ((Math.max(1, n) - 1) % 26));
  return ch.repeat(Math.floor((Math.max(1, n) - 1) / 26) + 1);
}

function roman(n: number): string {
  const map: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let v = Math.max(1, Math.min(3999, n));
  for (const [k, s] of map) {
    while (v >= k) {
      out += s;
      v -= k;
    }
  }
  return out;
}

// -------------------------------------------------------------- paragraphs

interface Run {
  text: string;
  bold: boolean;
}

interface Para {
  runs: Run[];
  text: string;
  style: string | undefined;
  numbering: { text: string; bullet: boolean } | null;
}

/** Containers whose children are read as if they were in place. */
const TRANSPARENT = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:ins', 'w:moveTo', 'w:fldSimple', 'w:bdo', 'w:dir', 'w:sdtContent']);
/** Content that is not shown (deleted by tracked changes, or moved away). */
const DROPPED = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:sdtPr', 'w:sdtEndPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd', 'mc:AlternateContent']);

class DocReader {
  private readonly styles: Styles;
  private readonly numbering: Numbering;
  readonly warnings: RawDocument['warnings'] = [];
  private readonly file: string;
  private readonly signal: AbortSignal | undefined;
  private steps = 0;

  constructor(styles: Styles, numbering: Numbering, file: string, signal: AbortSignal | undefined) {
    this.styles = styles;
    this.numbering = numbering;
    this.file = file;
    this.signal = signal;
  }

  tick(): void {
    if (++this.steps % 500 === 0) checkAbort(this.signal, this.file);
  }

  paragraph(p: XmlElement): Para {
    const pPr = child(p, 'w:pPr');
    const style = attr(child(pPr, 'w:pStyle'), 'w:val') ?? this.styles.defaultParagraph;
    const runs: Run[] = [];
    const paraBold = this.styles.find(style, (s) => s.bold) ?? this.styles.defaultBold;
    const state = { inFieldCode: false };
    const walk = (el: XmlElement): void => {
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        if (c.name === 'w:r') this.run(c, paraBold, runs, state);
        else if (c.name === 'w:sdt') {
          const content = child(c, 'w:sdtContent');
          if (content) walk(content);
        } else if (c.name === 'w:ruby') {
          const base = child(c, 'w:rubyBase');
          if (base) walk(base);
        } else if (TRANSPARENT.has(c.name)) walk(c);
        else if (DROPPED.has(c.name)) continue;
      }
    };
    walk(p);
    let numbering: Para['numbering'] = null;
    const numPr = child(pPr, 'w:numPr');
    const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? this.styles.find(style, (s) => s.numId);
    if (numId && numId !== '0') {
      const ilvl = Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? this.styles.find(style, (s) => s.ilvl) ?? 0);
      numbering = this.numbering.next(numId, ilvl);
    }
    const text = runs.map((r) => r.text).join('');
    return { runs, text, style, numbering };
  }

  private run(r: XmlElement, paraBold: boolean, out: Run[], state: { inFieldCode: boolean }): void {
    const rPr = child(r, 'w:rPr');
    const rStyle = attr(child(rPr, 'w:rStyle'), 'w:val');
    const vanish = onOff(child(rPr, 'w:vanish')) ?? this.styles.find(rStyle, (s) => s.vanish) ?? false;
    const bold = onOff(child(rPr, 'w:b')) ?? this.styles.find(rStyle, (s) => s.bold) ?? paraBold;
    let text = '';
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:t':
          // Non-breaking spaces show as spaces; the importer should not have to know them.
          if (!state.inFieldCode) text += c.children.join('').replace(/\u00a0/g, ' ');
          break;
        case 'w:tab':
        case 'w:ptab':
          if (!state.inFieldCode) text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (!state.inFieldCode) text += '\n';
          break;
        case 'w:noBreakHyphen':
          text += '-';
          break;
        case 'w:fldChar': {
          const t = c.attrs['w:fldCharType'];
          if (t === 'begin') state.inFieldCode = true;
          else if (t === 'separate' || t === 'end') state.inFieldCode = false;
          break;
        }
        default:
          break; // delText, instrText, drawings, footnote marks, symbols
      }
    }
    if (!vanish && text) out.push({ text, bold });
  }

  /** Cell or nested content: paragraphs and nested tables as lines. */
  cellText(tc: XmlElement): string {
    const lines: string[] = [];
    const walk = (el: XmlElement): void => {
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        if (c.name === 'w:p') {
          this.tick();
          const p = this.paragraph(c);
          const prefix = p.numbering ? `${p.numbering.text} ` : '';
          lines.push((prefix + p.text).replace(/[ \t]+$/gm, ''));
        } else if (c.name === 'w:tbl') {
          for (const row of this.tableRows(c)) lines.push(row.cells.map((x) => x.text.replace(/\n/g, ' ')).filter((t) => t !== '').join(' | '));
        } else if (c.name === 'w:sdt') {
          const content = child(c, 'w:sdtContent');
          if (content) walk(content);
        } else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') walk(c);
      }
    };
    walk(tc);
    return lines.join('\n').replace(/^\s+|\s+$/g, '');
  }

  /** Rows of a table, merges resolved; `headerRows` collects rows marked w:tblHeader. */
  tableRows(tbl: XmlElement, headerRows?: number[]): RawRow[] {
    const rows: RawRow[] = [];
    const vMaster = new Map<number, { row: number; cell: number; span: number }>();
    const trs: XmlElement[] = [];
    const collect = (el: XmlElement): void => {
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        if (c.name === 'w:tr') trs.push(c);
        else if (c.name === 'w:sdt') {
          const content = child(c, 'w:sdtContent');
          if (content) collect(content);
        } else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') collect(c);
      }
    };
    collect(tbl);
    for (const tr of trs) {
      this.tick();
      const trPr = child(tr, 'w:trPr');
      if (child(trPr, 'w:del')) continue; // row deleted with tracked changes
      const index = rows.length + 1;
      if (headerRows && onOff(child(trPr, 'w:tblHeader'))) headerRows.push(index);
      const cells: RawCell[] = [];
      let col = 0;
      const before = Number(attr(child(trPr, 'w:gridBefore'), 'w:val') ?? 0);
      for (let k = 0; k < before; k++) cells.push({ text: '' });
      col += before;
      const tcs: XmlElement[] = [];
      const collectCells = (el: XmlElement): void => {
        for (const c of el.children) {
          if (typeof c === 'string') continue;
          if (c.name === 'w:tc') tcs.push(c);
          else if (c.name === 'w:sdt') {
            const content = child(c, 'w:sdtContent');
            if (content) collectCells(content);
          } else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') collectCells(c);
        }
      };
      collectCells(tr);
      let hMasterAt = -1;
      for (const tc of tcs) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1) || 1);
        const vm = child(tcPr, 'w:vMerge');
        const hm = child(tcPr, 'w:hMerge');
        const vmVal = vm ? (vm.attrs['w:val'] ?? 'continue') : null;
        if (hm && (hm.attrs['w:val'] ?? 'continue') === 'continue' && hMasterAt >= 0) {
          // legacy horizontal merge: a covered cell
          const m = cells[hMasterAt]!;
          m.merge = { dir: m.merge?.dir === 'v' || m.merge?.dir === 'both' ? 'both' : 'h', master: true };
          for (let k = 0; k < span; k++) cells.push({ text: '', merge: { dir: 'h', master: false } });
          col += span;
          continue;
        }
        if (vmVal === 'continue' && vMaster.has(col)) {
          const m = vMaster.get(col)!;
          const masterCell = rows[m.row - 1]?.cells[m.cell];
          if (masterCell) masterCell.merge = { dir: span > 1 || m.span > 1 ? 'both' : 'v', master: true };
          const dir = span > 1 ? 'both' : 'v';
          for (let k = 0; k < span; k++) cells.push({ text: '', merge: { dir, master: false } });
          col += span;
          continue;
        }
        const cell: RawCell = { text: this.cellText(tc) };
        const at = cells.length;
        cells.push(cell);
        if (span > 1) {
          cell.merge = { dir: 'h', master: true };
          for (let k = 1; k < span; k++) cells.push({ text: '', merge: { dir: 'h', master: false } });
        }
        hMasterAt = hm && (hm.attrs['w:val'] ?? '') === 'restart' ? at : -1;
        if (vmVal === 'restart') vMaster.set(col, { row: index, cell: at, span });
        else for (let k = 0; k < span; k++) vMaster.delete(col + k);
        col += span;
      }
      let end = cells.length;
      while (end > 0 && cells[end - 1]!.text === '' && !cells[end - 1]!.merge) end--;
      if (end > MAX_COLUMNS) throw tooManyColumns(this.file, index, end, `table row`);
      rows.push({ index, cells: cells.slice(0, end) });
    }
    return rows;
  }
}

function boldPrefix(runs: Run[]): { bold: string; rest: string } {
  let bold = '';
  let k = 0;
  let pendingSpace = '';
  for (; k < runs.length; k++) {
    const r = runs[k]!;
    if (r.bold) {
      bold += pendingSpace + r.text;
      pendingSpace = '';
    } else if (r.text.trim() === '' && bold) pendingSpace += r.text;
    else if (r.text.trim() === '' && !bold) continue;
    else break;
  }
  const rest = pendingSpace + runs.slice(k).map((r) => r.text).join('');
  return { bold, rest };
}

/** The single cell of a 1×1 table that holds a table of its own, or undefined. */
function layoutFrameCell(tbl: XmlElement): XmlElement | undefined {
  const rows = children(tbl, 'w:tr');
  if (rows.length !== 1 || tbl.children.some((c) => typeof c !== 'string' && c.name === 'w:sdt')) return undefined;
  const cells = children(rows[0]!, 'w:tc');
  if (cells.length !== 1) return undefined;
  return children(cells[0]!, 'w:tbl').length > 0 ? cells[0] : undefined;
}

function relTargets(zip: ZipArchive, relsPath: string): Map<string, string> {
  const out = new Map<string, string>();
  const name = findEntry(zip, relsPath);
  if (!name) return out;
  const root = parseXml(zip.readText(name), { textElements: TEXT_ELEMENTS });
  for (const r of children(root, 'rel:Relationship')) {
    const type = r.attrs.Type ?? '';
    const target = r.attrs.Target ?? '';
    if (r.attrs.TargetMode === 'External') continue;
    out.set(type.slice(type.lastIndexOf('/') + 1), target);
  }
  return out;
}

function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const dir = base.includes('/') ? base.slice(0, base.lastIndexOf('/') + 1) : '';
  const parts = (dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function readDocx(bytes: Uint8Array, opts: ReadDocxOptions): DocxResult {
  const file = opts.fileName;
  const opened = openZipChecked(bytes, 'docx');
  if ('failure' in opened) throw new ImportError(opened.failure.code, file, opened.failure.message);
  const zip = opened.zip;
  try {
    return readDocxParts(zip, opts);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (e instanceof ZipError || e instanceof XmlError) throw withCause(damaged(file), e);
    throw withCause(new ImportError('read-failed', file, 'Threadline could not read this Word document. Open it in Word, use File › Save As › Word Document (.docx), and import that copy.'), e);
  }
}

function readDocxParts(zip: ZipArchive, opts: ReadDocxOptions): DocxResult {
  const file = opts.fileName;
  const rootRels = relTargets(zip, '_rels/.rels');
  const mainName = findEntry(zip, resolvePart('', rootRels.get('officeDocument') ?? 'word/document.xml')) ?? findEntry(zip, 'word/document.xml');
  if (!mainName) throw damaged(file);
  const docRels = relTargets(zip, resolvePart(mainName, `_rels/${mainName.slice(mainName.lastIndexOf('/') + 1)}.rels`));
  const partXml = (type: string, fallback: string): XmlElement | undefined => {
    const target = docRels.get(type);
    const name = findEntry(zip, target ? resolvePart(mainName, target) : fallback);
    return name ? parseXml(zip.readText(name), { textElements: TEXT_ELEMENTS }) : undefined;
  };
  const styles = new Styles(partXml('styles', 'word/styles.xml'));
  const numbering = new Numbering(partXml('numbering', 'word/numbering.xml'));
  checkAbort(opts.signal, file);
  const doc = parseXml(zip.readText(mainName), { textElements: TEXT_ELEMENTS });
  checkAbort(opts.signal, file);
  const body = child(doc, 'w:body');
  if (!body) throw damaged(file);

  const reader = new DocReader(styles, numbering, file, opts.signal);
  const tables: RawTable[] = [];
  const blocks: RawBlock[] = [];
  const titleParts: string[] = [];
  let collectingTitle = true;
  let altChunks = 0;

  const addParagraph = (p: XmlElement): void => {
    reader.tick();
    if (styles.isToc(attr(child(child(p, 'w:pPr'), 'w:pStyle'), 'w:val'))) return;
    const para = reader.paragraph(p);
    const text = para.text.replace(/\t/g, ' ').replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n').trim();
    if (!text) return;
    const styleHeading = styles.isHeading(para.style);
    const nonSpace = para.runs.filter((r) => r.text.trim() !== '');
    const allBold = nonSpace.length > 0 && nonSpace.every((r) => r.bold);
    const kind: RawBlock['kind'] = styleHeading || (allBold && text.length <= 100 && !/[.;,]$/.test(text) && !text.includes('\n')) ? 'heading' : 'paragraph';
    const block: RawBlock = { kind, text, index: blocks.length + 1 };
    if (para.numbering && !para.numbering.bullet) {
      block.label = para.numbering.text.replace(/[.)]$/, '');
    } else {
      const lab = splitLabel(text, { heading: kind === 'heading' });
      if (lab && lab.rest) {
        block.label = lab.label;
        block.text = lab.rest;
      }
    }
    if (kind === 'paragraph') {
      const { bold, rest } = boldPrefix(para.runs);
      const lead = leadInOf(bold, rest);
      if (lead) block.leadIn = lead;
    }
    blocks.push(block);
    if (collectingTitle) {
      if (kind === 'heading') {
        if (titleParts.length < 3) titleParts.push(block.label && styleHeading ? `${block.label} ${block.text}` : block.text);
      } else if (titleParts.length > 0 || block.leadIn || block.label || /^\d/.test(block.text) || block.text.length > 120) {
        // The title is the heading(s) before the content starts; a short unstyled line
        // (a protective marking, say) before the first heading does not end it.
        collectingTitle = false;
      }
    }
  };

  const addTable = (tbl: XmlElement): void => {
    const headerRows: number[] = [];
    const rows = reader.tableRows(tbl, headerRows);
    const number = tables.length + 1;
    tables.push({ name: `Table ${number}`, number, rows, afterBlock: blocks.length });
    // Header rows at the top repeat on each printed page; one further down repeats the heading by hand.
    let top = 0;
    while (headerRows[top] === top + 1) top++;
    for (const r of headerRows.slice(top)) {
      reader.warnings.push({ row: r, code: 'repeated-header-row', message: `Table ${number}, row ${r} repeats the table's header row.` });
    }
    collectingTitle = false;
  };

  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:p':
          addParagraph(c);
          break;
        case 'w:tbl': {
          // A one-cell table used as a frame around the content (a nested chronology
          // table inside it) is unwrapped, so the real table is not flattened to text.
          const frame = layoutFrameCell(c);
          if (frame) walk(frame);
          else addTable(c);
          break;
        }
        case 'w:sdt': {
          const content = child(c, 'w:sdtContent');
          if (content) walk(content);
          break;
        }
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          walk(c);
          break;
        case 'w:altChunk':
          altChunks++;
          break;
        default:
          break;
      }
    }
  };
  walk(body);
  checkAbort(opts.signal, file);

  if (altChunks > 0) {
    reader.warnings.push({
      code: 'embedded-content',
      message: `Part of this document (${altChunks} section${altChunks === 1 ? '' : 's'}) is embedded from another file and was not read. Open it in Word and save it again as .docx to include that text.`,
    });
  }
  const title = titleParts.length ? titleParts.join(' — ') : null;
  const hasTableText = tables.some((t) => t.rows.some((r) => r.cells.some((c) => c.text.trim() !== '')));
  if (!hasTableText && blocks.length === 0) throw emptyFile(file, 'This Word document has no text in it');
  return { title, tables, blocks, warnings: reader.warnings };
}
