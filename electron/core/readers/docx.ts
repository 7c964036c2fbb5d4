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

/**
 * Containers inside a paragraph whose children are read as if they were in place. Everything
 * else is not shown or not text: deleted or moved-away content (w:del, w:moveFrom), properties
 * (w:pPr, w:rPr, w:sdtPr, w:sdtEndPr), proofing and bookmark marks, mc:AlternateContent.
 */
const TRANSPARENT = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:ins', 'w:moveTo', 'w:fldSimple', 'w:bdo', 'w:dir', 'w:sdtContent']);

/** The element whose children hold more of a paragraph's runs, if `c` is a container of them. */
function runContainer(c: XmlElement): XmlElement | undefined {
  if (c.name === 'w:sdt') return child(c, 'w:sdtContent');
  if (c.name === 'w:ruby') return child(c, 'w:rubyBase');
  return TRANSPARENT.has(c.name) ? c : undefined;
}

/** Wrappers around block content (custom XML, tracked insertions and moves) read as if unwrapped. */
const BLOCK_WRAPPERS = new Set(['w:customXml', 'w:ins', 'w:moveTo']);

/**
 * Calls `visit` for each element child of `el` in order, looking through content controls
 * (w:sdt, whose w:sdtContent stands in the document) and the wrappers above.
 */
function forEachContent(el: XmlElement, visit: (c: XmlElement) => void): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:sdt') {
      const content = child(c, 'w:sdtContent');
      if (content) forEachContent(content, visit);
    } else if (BLOCK_WRAPPERS.has(c.name)) forEachContent(c, visit);
    else visit(c);
  }
}

/** The `name` elements of `el`'s content (a table's rows, a row's cells), through controls and wrappers. */
function contentChildren(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  forEachContent(el, (c) => {
    if (c.name === name) out.push(c);
  });
  return out;
}

/** Where a vertically merged run of cells starts: its row, the cell's place in it, and its grid span. */
interface VMergeMaster {
  row: number;
  cell: number;
  span: number;
}

/** Appends `count` cells covered by a merge: empty, pointing to their master. */
function pushCovered(cells: RawCell[], count: number, dir: 'h' | 'v' | 'both'): void {
  for (let k = 0; k < count; k++) cells.push({ text: '', merge: { dir, master: false } });
}

/** A nested table's row as one line of its cell's text. */
function nestedRowLine(row: RawRow): string {
  return row.cells.map((x) => x.text.replace(/\n/g, ' ')).filter((t) => t !== '').join(' | ');
}

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
    this.runs(p, paraBold, runs, { inFieldCode: false });
    const numbering = this.listNumber(child(pPr, 'w:numPr'), style);
    const text = runs.map((r) => r.text).join('');
    return { runs, text, style, numbering };
  }

  private runs(el: XmlElement, paraBold: boolean, out: Run[], state: { inFieldCode: boolean }): void {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:r') {
        this.run(c, paraBold, out, state);
        continue;
      }
      const inner = runContainer(c);
      if (inner) this.runs(inner, paraBold, out, state);
    }
  }

  /** The paragraph's automatic number (its own or its style's), advancing the list; none for list 0. */
  private listNumber(numPr: XmlElement | undefined, style: string | undefined): Para['numbering'] {
    const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? this.styles.find(style, (s) => s.numId);
    if (!numId || numId === '0') return null;
    const ilvl = Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? this.styles.find(style, (s) => s.ilvl) ?? 0);
    return this.numbering.next(numId, ilvl);
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
    forEachContent(tc, (c) => {
      if (c.name === 'w:p') {
        this.tick();
        const p = this.paragraph(c);
        const prefix = p.numbering ? `${p.numbering.text} ` : '';
        lines.push((prefix + p.text).replace(/[ \t]+$/gm, ''));
      } else if (c.name === 'w:tbl') {
        for (const row of this.tableRows(c)) lines.push(nestedRowLine(row));
      }
    });
    return lines.join('\n').replace(/^\s+|\s+$/g, '');
  }

  /** Rows of a table, merges resolved; `headerRows` collects rows marked w:tblHeader. */
  tableRows(tbl: XmlElement, headerRows?: number[]): RawRow[] {
    const rows: RawRow[] = [];
    const vMaster = new Map<number, VMergeMaster>();
    for (const tr of contentChildren(tbl, 'w:tr')) {
      this.tick();
      const trPr = child(tr, 'w:trPr');
      if (child(trPr, 'w:del')) continue; // row deleted with tracked changes
      const index = rows.length + 1;
      if (headerRows && onOff(child(trPr, 'w:tblHeader'))) headerRows.push(index);
      const cells = this.rowCells(tr, index, rows, vMaster);
      let end = cells.length;
      while (end > 0 && cells[end - 1]!.text === '' && !cells[end - 1]!.merge) end--;
      if (end > MAX_COLUMNS) throw tooManyColumns(this.file, index, end, `table row`);
      rows.push({ index, cells: cells.slice(0, end) });
    }
    return rows;
  }

  /**
   * A row's cells on the table's grid: gridBefore's empty cells, then each w:tc as its master cell
   * followed by the cells its gridSpan covers; a cell that continues a merge (a legacy hMerge, or a
   * vMerge under the master in `vMaster`) is a covered cell, and marks its master as merged.
   */
  private rowCells(tr: XmlElement, index: number, rows: RawRow[], vMaster: Map<number, VMergeMaster>): RawCell[] {
    const cells: RawCell[] = [];
    const before = Number(attr(child(child(tr, 'w:trPr'), 'w:gridBefore'), 'w:val') ?? 0);
    for (let k = 0; k < before; k++) cells.push({ text: '' });
    let col = before;
    let hMasterAt = -1;
    for (const tc of contentChildren(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1) || 1);
      const vm = child(tcPr, 'w:vMerge');
      const hm = child(tcPr, 'w:hMerge');
      const vmVal = vm ? (vm.attrs['w:val'] ?? 'continue') : null;
      const vmMaster = vmVal === 'continue' ? vMaster.get(col) : undefined;
      if (hm && (hm.attrs['w:val'] ?? 'continue') === 'continue' && hMasterAt >= 0) {
        // legacy horizontal merge: a covered cell
        const m = cells[hMasterAt]!;
        m.merge = { dir: m.merge?.dir === 'v' || m.merge?.dir === 'both' ? 'both' : 'h', master: true };
        pushCovered(cells, span, 'h');
      } else if (vmMaster) {
        const masterCell = rows[vmMaster.row - 1]?.cells[vmMaster.cell];
        if (masterCell) masterCell.merge = { dir: span > 1 || vmMaster.span > 1 ? 'both' : 'v', master: true };
        pushCovered(cells, span, span > 1 ? 'both' : 'v');
      } else {
        const cell: RawCell = { text: this.cellText(tc) };
        if (span > 1) cell.merge = { dir: 'h', master: true };
        const at = cells.length;
        cells.push(cell);
        pushCovered(cells, span - 1, 'h');
        hMasterAt = hm && (hm.attrs['w:val'] ?? '') === 'restart' ? at : -1;
        if (vmVal === 'restart') vMaster.set(col, { row: index, cell: at, span });
        else for (let k = 0; k < span; k++) vMaster.delete(col + k);
      }
      col += span;
    }
    return cells;
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
  const parts = openParts(zip, opts);
  const body = new BodyReader(new DocReader(parts.styles, parts.numbering, file, opts.signal), parts.styles);
  body.walk(parts.body);
  checkAbort(opts.signal, file);
  return body.result(file);
}

/** The main document part's body (found through the package's relationships), with its styles and numbering. */
function openParts(zip: ZipArchive, opts: ReadDocxOptions): { body: XmlElement; styles: Styles; numbering: Numbering } {
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
  return { body, styles, numbering };
}

/** A short paragraph that is bold throughout reads as a heading, whatever its style. */
function looksLikeHeading(runs: Run[], text: string): boolean {
  const nonSpace = runs.filter((r) => r.text.trim() !== '');
  const allBold = nonSpace.length > 0 && nonSpace.every((r) => r.bold);
  return allBold && text.length <= 100 && !/[.;,]$/.test(text) && !text.includes('\n');
}

/** A paragraph as a block: heading or paragraph, its number or typed label, and its bold lead-in; none if empty. */
function paragraphBlock(para: Para, styleHeading: boolean, index: number): RawBlock | undefined {
  const text = para.text.replace(/\t/g, ' ').replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n').trim();
  if (!text) return undefined;
  const kind: RawBlock['kind'] = styleHeading || looksLikeHeading(para.runs, text) ? 'heading' : 'paragraph';
  const block: RawBlock = { kind, text, index };
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
  return block;
}

/** The body in document order: paragraphs become blocks, tables RawTables, and the first headings the title. */
class BodyReader {
  private readonly reader: DocReader;
  private readonly styles: Styles;
  private readonly tables: RawTable[] = [];
  private readonly blocks: RawBlock[] = [];
  private readonly titleParts: string[] = [];
  private collectingTitle = true;
  private altChunks = 0;

  constructor(reader: DocReader, styles: Styles) {
    this.reader = reader;
    this.styles = styles;
  }

  walk(el: XmlElement): void {
    forEachContent(el, (c) => {
      if (c.name === 'w:p') this.paragraph(c);
      else if (c.name === 'w:tbl') {
        // A one-cell table used as a frame around the content (a nested chronology
        // table inside it) is unwrapped, so the real table is not flattened to text.
        const frame = layoutFrameCell(c);
        if (frame) this.walk(frame);
        else this.table(c);
      } else if (c.name === 'w:altChunk') this.altChunks++;
    });
  }

  result(file: string): DocxResult {
    const { tables, blocks, reader, altChunks, titleParts } = this;
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

  private paragraph(p: XmlElement): void {
    this.reader.tick();
    if (this.styles.isToc(attr(child(child(p, 'w:pPr'), 'w:pStyle'), 'w:val'))) return;
    const para = this.reader.paragraph(p);
    const styleHeading = this.styles.isHeading(para.style);
    const block = paragraphBlock(para, styleHeading, this.blocks.length + 1);
    if (!block) return;
    this.blocks.push(block);
    if (this.collectingTitle) this.noteTitle(block, styleHeading);
  }

  /** The title is the heading(s) before the content starts. */
  private noteTitle(block: RawBlock, styleHeading: boolean): void {
    if (block.kind === 'heading') {
      if (this.titleParts.length < 3) this.titleParts.push(block.label && styleHeading ? `${block.label} ${block.text}` : block.text);
    } else if (this.titleParts.length > 0 || block.leadIn || block.label || /^\d/.test(block.text) || block.text.length > 120) {
      // A short unstyled line (a protective marking, say) before the first heading does not end it.
      this.collectingTitle = false;
    }
  }

  private table(tbl: XmlElement): void {
    const headerRows: number[] = [];
    const rows = this.reader.tableRows(tbl, headerRows);
    const number = this.tables.length + 1;
    this.tables.push({ name: `Table ${number}`, number, rows, afterBlock: this.blocks.length });
    // Header rows at the top repeat on each printed page; one further down repeats the heading by hand.
    let top = 0;
    while (headerRows[top] === top + 1) top++;
    for (const r of headerRows.slice(top)) {
      this.reader.warnings.push({ row: r, code: 'repeated-header-row', message: `Table ${number}, row ${r} repeats the table's header row.` });
    }
    this.collectingTitle = false;
  }
}
