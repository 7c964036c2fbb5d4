/**
 * From positioned text items (what a PDF's text layer holds) to paragraphs.
 * Pure: pdf.ts feeds it items from pdfjs; tests feed it items directly.
 *
 * 1. Lines: items on one baseline (within ~half the font size), sorted by x;
 *    a space goes where the gap between items is wider than a fifth of the
 *    font size; a very wide gap splits the line into segments (a running
 *    header's left and right parts, columns of a table).
 * 2. Running headers and footers: lines in the top or bottom 8% of the page,
 *    among its three outermost lines and standing apart from the body, whose
 *    text (digits ignored) repeats at the same height on most pages, and page
 *    numbers there ("14", "Page 14", "14 of 30", "- 14 -"), are dropped.
 * 3. Paragraphs: a new one starts at a heading (font noticeably bigger than the
 *    body, or bold when the body is not), at a paragraph number at the left
 *    margin ("5.3", "4.12", "12."), at a vertical gap wider than the usual line
 *    spacing, at an indented first line after a finished sentence, and after a
 *    short line that ends a sentence. A paragraph runs on over a page break
 *    unless the new page starts with one of those.
 * 4. A one-line paragraph that is short, has no closing punctuation and stands
 *    alone between gaps is a heading too ("Key episode 2").
 * Words broken at a line end are rejoined when a lower-case letter continues
 * them ("safe-" + "guarding" → "safeguarding").
 */
import { labelledField } from '../../../shared/import/headings.ts';
import type { RawBlock } from '../../../shared/import/raw.ts';
import { splitLabel } from './labels.ts';

export interface PdfItem {
  str: string;
  /** Left edge and baseline, in page units (y grows upwards). */
  x: number;
  y: number;
  /** Advance width of the whole string. */
  w: number;
  /** Font size (height of the text). */
  size: number;
  bold: boolean;
}

export interface PdfPageText {
  number: number;
  /** Page box: [x0, y0, x1, y1]. */
  view: [number, number, number, number];
  items: PdfItem[];
}

interface Segment {
  x: number;
  right: number;
  text: string;
}

export interface PdfLine {
  page: number;
  y: number;
  x: number;
  right: number;
  size: number;
  bold: boolean;
  text: string;
  segments: Segment[];
  /** The first item's text and the gap after it (for "5.3   On 14 …" label layouts). */
  firstItem: string;
  gapAfterFirst: number;
  /** The text items themselves, left to right (pdf-table.ts places them in columns). */
  pieces: Segment[];
}

export interface PdfLayoutResult {
  blocks: RawBlock[];
  /** The lines the blocks were made from, running headers and footers removed. */
  lines: PdfLine[];
  /** Distinct texts removed as running headers/footers (page numbers not listed). */
  runningText: string[];
  pageNumbersRemoved: number;
}

const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u200b\ufeff]/g;

export function cleanPdfText(s: string): string {
  return s
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u00a0\u2002-\u200a\u202f]/g, ' ')
    .replace(CONTROL_CHARS, '');
}

// ------------------------------------------------------------------ lines

export function buildLines(page: PdfPageText): PdfLine[] {
  const items = page.items
    .map((it) => ({ ...it, str: cleanPdfText(it.str) }))
    .filter((it) => it.str.trim() !== '' && it.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Array<{ y: number; size: number; items: PdfItem[] }> = [];
  for (const it of items) {
    let target: (typeof groups)[number] | undefined;
    for (let k = groups.length - 1; k >= 0; k--) {
      const g = groups[k]!;
      if (g.y - it.y > Math.max(g.size, it.size) * 1.5) break;
      if (Math.abs(g.y - it.y) <= Math.max(1.5, 0.45 * Math.max(g.size, it.size))) {
        target = g;
        break;
      }
    }
    if (target) {
      target.items.push(it);
      if (it.size > target.size) target.size = it.size;
    } else groups.push({ y: it.y, size: it.size, items: [it] });
  }
  const lines: PdfLine[] = [];
  for (const g of groups) {
    const its = g.items.sort((a, b) => a.x - b.x);
    // Dominant baseline and size: the item carrying most characters.
    const main = its.reduce((a, b) => (b.str.length > a.str.length ? b : a));
    const segments: Segment[] = [];
    const pieces: Segment[] = [];
    let text = '';
    let cur: Segment | null = null;
    let prev: PdfItem | null = null;
    let gapAfterFirst = 0;
    for (const it of its) {
      if (prev && it.str === prev.str && Math.abs(it.x - prev.x) < 1.5) continue; // "fake bold": same text drawn twice
      const size = Math.min(it.size, prev?.size ?? it.size);
      const gap = prev ? it.x - (prev.x + prev.w) : 0;
      pieces.push({ x: it.x, right: it.x + it.w, text: it.str });
      if (prev && prev === its[0]) gapAfterFirst = gap;
      if (!cur || gap > 3 * size) {
        if (cur) segments.push(cur);
        cur = { x: it.x, right: it.x + it.w, text: it.str };
        text += prev ? (/\s$/.test(text) ? '' : ' ') + it.str : it.str;
      } else {
        const space = gap > 0.2 * size && !/\s$/.test(cur.text) && !/^\s/.test(it.str) ? ' ' : '';
        cur.text += space + it.str;
        cur.right = Math.max(cur.right, it.x + it.w);
        text += space + it.str;
      }
      prev = it;
    }
    if (cur) segments.push(cur);
    const chars = its.reduce((n, it) => n + it.str.replace(/\s/g, '').length, 0);
    const boldChars = its.reduce((n, it) => n + (it.bold ? it.str.replace(/\s/g, '').length : 0), 0);
    lines.push({
      page: page.number,
      y: main.y,
      x: its[0]!.x,
      right: Math.max(...its.map((i) => i.x + i.w)),
      size: main.size,
      bold: chars > 0 && boldChars === chars,
      text: text.replace(/\s+/g, ' ').trim(),
      segments: segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })),
      firstItem: its[0]!.str.trim(),
      gapAfterFirst: its.length > 1 ? gapAfterFirst : 0,
      pieces,
    });
  }
  return lines;
}

// ------------------------------------------------- running headers/footers

const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^(?:page\s+)?[ivxlc]{1,7}$/i;

function inMargin(line: PdfLine, view: PdfPageText['view']): boolean {
  const h = view[3] - view[1];
  const rel = (line.y - view[1]) / (h || 1);
  return rel > 0.92 || rel < 0.08;
}

function normKey(s: string): string {
  return s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export function removeRunningText(pages: Array<{ view: PdfPageText['view']; lines: PdfLine[] }>): { runningText: string[]; pageNumbers: number } {
  const { running, texts } = repeatedAcrossPages(pages.map(runningCandidates));
  let pageNumbers = 0;
  for (const p of pages) pageNumbers += dropRunningText(p, running);
  return { runningText: [...texts], pageNumbers };
}

/** The lines of a page that can be running text: among its three outermost at each end, in the margins. */
function runningCandidates(p: { view: PdfPageText['view']; lines: PdfLine[] }): PdfLine[] {
  const byY = [...p.lines].sort((a, b) => b.y - a.y);
  const outer = new Set([...byY.slice(0, 3), ...byY.slice(-3)]);
  const body = p.lines.filter((l) => !inMargin(l, p.view));
  // ...and only when they stand apart from the body text (not its first or last line).
  return p.lines.filter((l) => outer.has(l) && inMargin(l, p.view) && body.every((b) => Math.abs(b.y - l.y) > 1.2 * Math.max(b.size, l.size)));
}

/** The candidate lines whose text (digits ignored) stands at the same height on at least half the pages. */
function repeatedAcrossPages(candidates: PdfLine[][]): { running: Set<PdfLine>; texts: Set<string> } {
  const running = new Set<PdfLine>();
  const texts = new Set<string>();
  if (candidates.length < 2) return { running, texts };
  const need = Math.max(2, Math.ceil(candidates.length * 0.5));
  candidates.forEach((lines, i) => {
    for (const l of lines) {
      if (pagesShowing(candidates, i, l) < need) continue;
      running.add(l);
      // Segments kept apart by two spaces, so a title can be taken from one of them.
      if (!PAGE_NUMBER.test(l.text)) texts.add(l.segments.map((g) => g.text).filter((t) => !PAGE_NUMBER.test(t)).join('  '));
    }
  });
  return { running, texts };
}

/** How many pages show page `i`'s line `l` (its own included): the same text within 6 units of its height. */
function pagesShowing(candidates: PdfLine[][], i: number, l: PdfLine): number {
  const key = normKey(l.text);
  let count = 1;
  for (let j = 0; j < candidates.length; j++) {
    if (j !== i && candidates[j]!.some((o) => Math.abs(o.y - l.y) <= 6 && normKey(o.text) === key)) count++;
  }
  return count;
}

/** Drops a page's running lines and the page numbers in its margins; returns how many page numbers went. */
function dropRunningText(p: { view: PdfPageText['view']; lines: PdfLine[] }, running: Set<PdfLine>): number {
  let pageNumbers = 0;
  p.lines = p.lines.filter((l) => {
    if (running.has(l)) {
      if (PAGE_NUMBER.test(l.text) || l.segments.some((s) => PAGE_NUMBER.test(s.text))) pageNumbers++;
      return false;
    }
    if (!inMargin(l, p.view)) return true;
    if (PAGE_NUMBER.test(l.text)) {
      pageNumbers++;
      return false;
    }
    // "OFFICIAL        Page 3 of 20": drop the page-number segment only.
    const keep = l.segments.filter((s) => !PAGE_NUMBER.test(s.text));
    if (keep.length === l.segments.length) return true;
    pageNumbers++;
    if (!keep.length) return false;
    l.segments = keep;
    l.text = keep.map((s) => s.text).join(' ');
    return true;
  });
  return pageNumbers;
}

// ------------------------------------------------------------ paragraphs

function mode(values: number[]): number {
  const m = new Map<number, number>();
  let best = 0;
  let bestN = -1;
  for (const v of values) {
    const n = (m.get(v) ?? 0) + 1;
    m.set(v, n);
    if (n > bestN || (n === bestN && v < best)) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))]!;
}

const ENDS_SENTENCE = /[.!?:;]["”’')\]]*$/;

interface Para {
  kind: RawBlock['kind'];
  lines: PdfLine[];
  label?: string;
  /** Started after a vertical gap (or at the top), so a lone short line there can be a heading. */
  gapBefore: boolean;
  gapAfter: boolean;
}

/** Text broken at a line end, joined again: a word hyphenated there ("safe-" + "guarding") is one word; anything else takes a space. */
export function joinWrapped(a: string, b: string): string {
  if (/\u00ad$/.test(a)) return a.slice(0, -1) + b;
  if (/[A-Za-z]-$/.test(a) && !/\s-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const t = raw.trim();
    if (!t) continue;
    out = out ? joinWrapped(out, t) : t;
  }
  return out.replace(/\u00ad/g, '');
}

/** Fields a record's header holds, one to a line: the label names a date, time, author, team, type or reference column. */
const HEADER_FIELDS = new Set(['date', 'time', 'author', 'team', 'contactType', 'sourceRef']);

function isFieldLine(l: PdfLine): boolean {
  if (l.text.length > 120 || !/^[A-Z]/.test(l.text)) return false;
  const f = labelledField(l.text);
  return f !== null && f.label.length <= 25 && f.value !== '' && HEADER_FIELDS.has(f.field);
}

export function layoutParagraphs(pages: PdfPageText[]): PdfLayoutResult {
  const perPage = pages.map((p) => ({ view: p.view, lines: buildLines(p) }));
  const { runningText, pageNumbers } = removeRunningText(perPage);
  const lines = perPage.flatMap((p) => p.lines);
  if (!lines.length) return { blocks: [], lines, runningText, pageNumbersRemoved: pageNumbers };
  const body = bodyStats(lines);
  const paras = groupParagraphs(lines, body);
  const blocks: RawBlock[] = [];
  paras.forEach((p, i) => {
    const b = paraBlock(p, i + 1 < paras.length, body, blocks.length + 1);
    if (b) blocks.push(b);
  });
  return { blocks, lines, runningText, pageNumbersRemoved: pageNumbers };
}

/** What the body text looks like: its font size, how much of it is bold, its margins and its line spacing. */
interface BodyStats {
  size: number;
  boldShare: number;
  textLeft: number;
  rightEdge: number;
  spacing: number;
}

function isBodySize(l: PdfLine, bodySize: number): boolean {
  return Math.abs(l.size - bodySize) <= bodySize * 0.08;
}

/** Body statistics, weighted by characters. */
function bodyStats(lines: PdfLine[]): BodyStats {
  const sizes: number[] = [];
  for (const l of lines) for (let k = 0; k < Math.min(l.text.length, 200); k += 10) sizes.push(Math.round(l.size * 2) / 2);
  const size = mode(sizes) || 10;
  const bodyLines = lines.filter((l) => isBodySize(l, size));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || !isBodySize(a, size) || !isBodySize(b, size)) continue;
    const d = a.y - b.y;
    if (d > 0 && d < size * 3) gaps.push(d);
  }
  return {
    size,
    boldShare: bodyLines.filter((l) => l.bold).length / Math.max(1, bodyLines.length),
    textLeft: mode(bodyLines.map((l) => Math.round(l.x))) || 0,
    rightEdge: percentile(bodyLines.map((l) => l.right), 0.9),
    spacing: median(gaps) || size * 1.2,
  };
}

/** A heading line: a font noticeably bigger than the body's, or bold when the body is not. */
function isHeadingLine(l: PdfLine, body: BodyStats): boolean {
  if (l.text.length > 200) return false;
  if (l.size >= body.size * 1.12) return true;
  return l.bold && body.boldShare < 0.5 && l.size >= body.size * 0.95;
}

/**
 * The paragraph number a line starts with at the left margin ("5.3", "12."): taken when it stands
 * apart (its own item with a gap after it, or hanging left of the margin), after a gap, at the top,
 * or after a finished sentence.
 */
function labelOf(l: PdfLine, prev: PdfLine | undefined, gap: boolean, body: BodyStats): { label: string; strong: boolean } | null {
  const { textLeft, size } = body;
  if (l.x > textLeft + size * 1.5 && l.x > textLeft) return null; // deep indent: not at the margin
  const s = splitLabel(l.text);
  if (!s || !s.rest) return null;
  const separate = l.firstItem === s.label || l.firstItem === `${s.label}.` || l.firstItem.replace(/\.$/, '') === s.label;
  const strong = (separate && l.gapAfterFirst > size * 0.5) || l.x < textLeft - size * 0.5;
  if (strong || gap || !prev || ENDS_SENTENCE.test(prev.text)) return { label: s.label, strong };
  return null;
}

/** Lines into paragraphs: each line continues the paragraph before it unless it breaks (lineBreak). */
function groupParagraphs(lines: PdfLine[], body: BodyStats): Para[] {
  const paras: Para[] = [];
  let cur: Para | null = null;
  let prev: PdfLine | undefined;
  for (const l of lines) {
    const heading = isHeadingLine(l, body);
    const brk: LineBreak = cur && prev ? lineBreak(l, prev, cur, heading, body) : { start: true, gapBefore: !prev };
    if (brk.start) {
      if (cur) {
        cur.gapAfter = brk.gapBefore;
        paras.push(cur);
      }
      cur = { kind: heading ? 'heading' : 'paragraph', lines: [l], gapBefore: brk.gapBefore, gapAfter: false };
      const label = heading ? null : labelOf(l, prev, true, body);
      if (label) cur.label = label.label;
    } else if (cur) cur.lines.push(l);
    prev = l;
  }
  if (cur) {
    cur.gapAfter = true;
    paras.push(cur);
  }
  return paras;
}

/** Whether a line starts a new paragraph, and whether a gap (or a page break) comes before it. */
interface LineBreak {
  start: boolean;
  gapBefore: boolean;
}

/** Whether line `l` starts a new paragraph after `prev`, the last line of `cur`. */
function lineBreak(l: PdfLine, prev: PdfLine, cur: Para, heading: boolean, body: BodyStats): LineBreak {
  const samePage = prev.page === l.page;
  const dy = prev.y - l.y;
  const vgap = samePage && (dy > body.spacing * 1.4 || dy < -body.size);
  const gapBefore = vgap || !samePage;
  if (heading !== (cur.kind === 'heading')) return { start: true, gapBefore };
  if (heading) {
    const start = !samePage || dy > Math.max(prev.size, l.size) * 1.7 || Math.abs(prev.size - l.size) > 0.5 || prev.bold !== l.bold;
    return { start, gapBefore };
  }
  const { textLeft, size, rightEdge } = body;
  const label = labelOf(l, prev, vgap, body);
  // A case note's header fields, one to a line ("Date: 15/09/2022", "Author: SW1", "Note type: Contact"),
  // and the note that follows them, are blocks of their own: read as one paragraph, the fields run into the text.
  const field = isFieldLine(l) || isFieldLine(prev);
  const indented = l.x > textLeft + size * 0.8 && prev.x <= textLeft + size * 0.5 && ENDS_SENTENCE.test(prev.text);
  // A short line that ends a sentence ends its paragraph, on the same page or over a page break.
  const shortPrev = prev.right < rightEdge - (rightEdge - textLeft) * 0.15 && ENDS_SENTENCE.test(prev.text);
  return { start: label !== null || vgap || indented || field || shortPrev, gapBefore };
}

/** A paragraph as a block, its label split off; a short lone line between gaps becomes a heading. */
function paraBlock(p: Para, hasNext: boolean, body: BodyStats, index: number): RawBlock | null {
  let text = joinLines(p.lines.map((l) => l.text));
  let label = p.label;
  if (label) {
    const s = splitLabel(text);
    if (s) text = s.rest;
  }
  let kind = p.kind;
  if (kind === 'heading') {
    const s = splitLabel(text, { heading: true });
    if (s && s.rest) {
      label = s.label;
      text = s.rest;
    }
  } else if (!label && hasNext && standsAloneAsHeading(p, text, body)) {
    kind = 'heading';
  }
  if (!text) return null;
  const b: RawBlock = { kind, text, index, page: p.lines[0]!.page };
  if (label) b.label = label;
  return b;
}

/** One short line with no closing punctuation, between gaps, that starts with a capital or a digit. */
function standsAloneAsHeading(p: Para, text: string, body: BodyStats): boolean {
  return (
    p.lines.length === 1 &&
    p.gapBefore &&
    p.gapAfter &&
    text.length <= 80 &&
    !/[.,;:!?]$/.test(text) &&
    /^[\p{Lu}\d]/u.test(text) &&
    p.lines[0]!.right < body.textLeft + (body.rightEdge - body.textLeft) * 0.75
  );
}
