/**
 * Plain-text and Markdown narratives → blocks.
 *
 * Paragraphs are separated by blank lines; lines inside a paragraph that were
 * hard-wrapped are joined with a space. Not every line break is a wrap, though:
 * a line that stops well short of the file's wrap width although the next word
 * would have fitted, followed by a line that starts a new sentence, was broken
 * on purpose (a title, an address, a list of dated lines), so each such line
 * starts a new block. A file with no blank lines at all is one block per line.
 * block.line/lineEnd are the physical lines (1-based).
 */
import { findLeadingDate } from '../../../shared/dates/index.ts';
import type { RawBlock, RawDocument, RawRow, RawTable } from '../../../shared/import/raw.ts';
import { splitLabel } from './labels.ts';
import { leadInOf } from './leadin.ts';
import { MAX_COLUMNS, tooManyColumns } from './limits.ts';

type TextResult = Pick<RawDocument, 'title' | 'tables' | 'blocks' | 'warnings'>;

interface Line {
  n: number; // 1-based physical line
  text: string; // trailing whitespace removed
}

interface Draft {
  kind: RawBlock['kind'];
  lines: Line[];
  label?: string;
  leadIn?: string;
  /** Markdown: text already cleaned, lines joined. */
  text?: string;
}

const BULLET = /^\s*(?:[-*+•·▪◦‣]|\(?[0-9]{1,3}[.)]|\(?[a-z][.)])\s+/;
const SENTENCE_END = /[.!?;,]$/;
/** A horizontal rule or an underline. */
const RULE = /^[=\-_*~#]{3,}$/;
/** A rule with a label in it ("---------- 2023 ----------", "==== Part 2 ===="): a heading set off as a line of its own. */
const LABELLED_RULE = /^[-=*_~#]{3,}\s*([^-=*_~#\s][^-=*_~#]{0,60}?)\s*[-=*_~#]{3,}$/;

function lengthsPercentile(lines: Line[], p: number): number {
  const ls = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (ls.length === 0) return 0;
  return ls[Math.min(ls.length - 1, Math.floor(p * (ls.length - 1)))]!;
}

function firstWord(s: string): string {
  return /^\S+/.exec(s.trim())?.[0] ?? '';
}

/** Was the break between prev and next deliberate (new block) rather than a wrap? */
function deliberateBreak(prev: string, next: string, wrap: number): boolean {
  const n = next.trim();
  const p = prev.trim();
  // A rule ("-----", "=====") is a line of its own: it underlines or separates, it never wraps.
  if (RULE.test(n) || RULE.test(p) || LABELLED_RULE.test(n) || LABELLED_RULE.test(p)) return true;
  if (BULLET.test(next)) return true;
  // A finished sentence, then a line that opens with a date ("approx 25/05 Bank details …" too): the next dated
  // entry, however long the lines are.
  if (/[.!?;:)\]]$/.test(p) && findLeadingDate(n) !== null) return true;
  if (/^[a-z]/.test(n)) return false; // continues a sentence
  if (/[-,]$/.test(p) && !/\s-$/.test(p)) return false;
  return p.length + 1 + firstWord(n).length < 0.85 * wrap;
}

function titleLike(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= 80 && /\p{L}/u.test(t) && !/^\d/.test(t) && !SENTENCE_END.test(t) && !/[.!?]\s/.test(t) && !BULLET.test(t);
}

function allCapsHeading(s: string): boolean {
  const t = s.trim();
  const letters = t.replace(/[^\p{L}]/gu, '');
  return t.length <= 80 && letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !SENTENCE_END.test(t);
}

function splitLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ n: i + 1, text: t.replace(/[ \t\u00a0]+$/, '') }));
}

/** Groups of consecutive non-blank lines. */
function paragraphs(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Split one blank-line-delimited group into blocks at deliberate line breaks. */
function splitGroup(group: Line[], wrap: number, perLine: boolean): Line[][] {
  if (perLine) return group.map((l) => [l]);
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of group) {
    const prev = cur.at(-1);
    if (prev && deliberateBreak(prev.text, l.text, wrap)) {
      out.push(cur);
      cur = [];
    }
    cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** A file with no blank lines, hard-wrapped, whose paragraphs start with an indent. */
function indentedParagraphs(group: Line[], wrap: number): Line[][] | null {
  const indented = group.filter((l) => /^(\t| {2,})\S/.test(l.text)).length;
  if (indented < 2 || indented > group.length * 0.6) return null;
  const wrapped = group.filter((l) => l.text.trim().length >= 0.75 * wrap).length;
  if (wrapped < group.length * 0.4) return null;
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of group) {
    if (cur.length && /^(\t| {2,})\S/.test(l.text)) {
      out.push(cur);
      cur = [];
    }
    cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

function joinLines(lines: Line[]): string {
  return lines
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/[ \t]{2,}/g, ' ');
}

function finish(drafts: Draft[]): RawBlock[] {
  return drafts.map((d, i) => {
    const b: RawBlock = { kind: d.kind, text: d.text ?? joinLines(d.lines), index: i + 1, line: d.lines[0]!.n, lineEnd: d.lines.at(-1)!.n };
    if (d.label !== undefined) b.label = d.label;
    if (d.leadIn !== undefined) b.leadIn = d.leadIn;
    return b;
  });
}

function titleFrom(drafts: Draft[], getText: (d: Draft) => string): string | null {
  const parts: string[] = [];
  for (const d of drafts) {
    if (d.kind !== 'heading') break;
    parts.push(getText(d));
    if (parts.length === 3) break;
  }
  return parts.length ? parts.join(' — ') : null;
}

/** Leading title lines of the first group: short, no sentence punctuation, not a date line. */
function markTitle(blocks: Line[][], firstGroupBlocks: number): Draft[] {
  const drafts: Draft[] = blocks.map((lines) => ({ kind: 'paragraph', lines }));
  let k = 0;
  while (k < Math.min(3, firstGroupBlocks, drafts.length - 1) && drafts[k]!.lines.length === 1 && titleLike(drafts[k]!.lines[0]!.text)) {
    drafts[k]!.kind = 'heading';
    k++;
  }
  return drafts;
}

export function readPlainText(text: string): TextResult {
  const lines = splitLines(text);
  const groups = paragraphs(lines);
  const wrap = Math.max(40, lengthsPercentile(lines, 0.95));
  const noBlank = groups.length === 1;
  const blocks: Line[][] = [];
  let firstGroupBlocks = 0;
  groups.forEach((g, gi) => {
    const split = noBlank ? (indentedParagraphs(g, wrap) ?? g.map((l) => [l])) : splitGroup(g, wrap, false);
    if (gi === 0) firstGroupBlocks = split.length;
    blocks.push(...split);
  });
  // Setext-style underlines ("=====" under a title) mark the line above as a heading.
  const drafts = markTitle(blocks, firstGroupBlocks);
  const out: Draft[] = [];
  for (const d of drafts) {
    const only = d.lines.length === 1 ? d.lines[0]!.text.trim() : '';
    if (RULE.test(only)) {
      const prev = out.at(-1);
      // An underline is right under its line; a rule after a blank line separates, it underlines nothing.
      // And it underlines a title, not a dated line or a sentence that a rule merely follows.
      const above = prev?.lines[0]?.text ?? '';
      if (prev && prev.lines.length === 1 && /^[=-]/.test(only) && prev.lines[0]!.n + 1 === d.lines[0]!.n && !findLeadingDate(above.trim()) && !/[.!?]$/.test(above.trim())) prev.kind = 'heading';
      continue; // a rule or underline, not content
    }
    if (d.lines.length === 1 && d.kind === 'paragraph' && allCapsHeading(only)) d.kind = 'heading';
    const ruled = d.lines.length === 1 ? LABELLED_RULE.exec(only) : null;
    if (ruled) {
      d.kind = 'heading';
      d.text = ruled[1]!.trim();
      out.push(d);
      continue;
    }
    let joined = joinLines(d.lines);
    const bullet = /^[-*•·▪◦‣]\s+/.exec(joined);
    if (bullet) {
      joined = joined.slice(bullet[0].length);
      d.text = joined;
    }
    const lab = splitLabel(joined, { heading: d.kind === 'heading' });
    if (lab && (lab.rest || d.kind === 'paragraph')) {
      d.label = lab.label;
      d.text = lab.rest;
    }
    out.push(d);
  }
  const title = titleFrom(out, (d) => d.text ?? joinLines(d.lines));
  return { title, tables: [], blocks: finish(out), warnings: [] };
}

// ---------------------------------------------------------------- Markdown

/** Inline Markdown → plain text. */
export function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/(^|[\s(])_(?=\S)([^_\n]*?\S)_(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

const ATX = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const TABLE_SEP = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)+\|?\s*$|^\s*\|\s*:?-{1,}:?\s*\|\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

function tableCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells.map((c) => stripInline(c.trim()));
}

function boldLeadIn(raw: string): string | undefined {
  const m = /^\s*(\*\*|__)(?=\S)([\s\S]*?\S)\1/.exec(raw);
  if (!m) return undefined;
  return leadInOf(stripInline(m[2]!), stripInline(raw.slice(m[0].length)));
}

/** A paragraph's lines as blocks: a list item's number, a bold lead-in and a "Label:" become the block's label and lead-in. */
function paragraphDrafts(para: Line[], wrap: number): Draft[] {
  const drafts: Draft[] = [];
  for (const b of splitGroup(para, wrap, false)) {
    let first = b[0]!.text.replace(/^\s*>\s?/, '');
    const d: Draft = { kind: 'paragraph', lines: b };
    const bullet = /^\s*(?:[-*+]|(\d{1,3})[.)])\s+/.exec(first);
    if (bullet) {
      if (bullet[1]) d.label = bullet[1];
      first = first.slice(bullet[0].length);
    }
    const rawText = [first, ...b.slice(1).map((l) => l.text.replace(/^\s*>\s?/, ''))].map((s) => s.trim()).join(' ');
    const leadIn = boldLeadIn(rawText);
    if (leadIn) d.leadIn = leadIn;
    d.text = stripInline(rawText).replace(/[ \t]{2,}/g, ' ');
    const lab = bullet ? null : splitLabel(d.text);
    if (lab) {
      d.label = lab.label;
      d.text = lab.rest;
    }
    drafts.push(d);
  }
  return drafts;
}

/** A fenced code block opening at line i: its text as one paragraph (null when empty), and where its closing fence is. */
function fencedBlock(lines: readonly Line[], i: number): { draft: Draft | null; end: number } {
  const start = i;
  const body: Line[] = [];
  for (i++; i < lines.length && !FENCE.test(lines[i]!.text); i++) body.push(lines[i]!);
  const all = [lines[start]!, ...body, ...(i < lines.length ? [lines[i]!] : [])];
  const draft: Draft | null = body.some((b) => b.text.trim()) ? { kind: 'paragraph', lines: all, text: body.map((b) => b.text).join('\n').trim() } : null;
  return { draft, end: i };
}

/** A pipe table whose header row is line i (its separator the line below): the table, and its last line. */
function pipeTable(lines: readonly Line[], i: number, fileName: string, number: number): { table: RawTable; end: number } {
  const rows: RawRow[] = [];
  const addRow = (line: Line): void => {
    const cells = tableCells(line.text).map((c) => ({ text: c }));
    while (cells.length && cells.at(-1)!.text === '') cells.pop();
    if (cells.length > MAX_COLUMNS) throw tooManyColumns(fileName, line.n, cells.length);
    rows.push({ index: line.n, cells });
  };
  addRow(lines[i]!);
  for (i += 2; i < lines.length && lines[i]!.text.includes('|') && lines[i]!.text.trim() !== ''; i++) addRow(lines[i]!);
  return { table: { name: `Table ${number}`, number, rows }, end: i - 1 };
}

/**
 * Leading headings make the title (those above the first table: a heading over a table is that table's section);
 * otherwise the plain-text rule, which makes a title-like first line a heading.
 */
function markdownTitle(drafts: Draft[], tables: readonly RawTable[]): string | null {
  const firstTableLine = tables[0]?.rows[0]?.index ?? Infinity;
  const above = drafts.filter((d) => d.lines[0]!.n < firstTableLine);
  const overTable = above.length > 1 && above.at(-1)!.kind === 'heading' ? above.slice(0, -1) : above;
  const title = titleFrom(overTable, (d) => d.text ?? '');
  if (title === null && drafts.length > 1 && drafts[0]!.lines.length === 1 && titleLike(drafts[0]!.text ?? '')) {
    drafts[0]!.kind = 'heading';
    return drafts[0]!.text ?? null;
  }
  return title;
}

export function readMarkdown(text: string, fileName: string): TextResult {
  const lines = splitLines(text);
  const wrap = Math.max(40, lengthsPercentile(lines, 0.95));
  const drafts: Draft[] = [];
  const tables: RawTable[] = [];
  let para: Line[] = [];
  const flushPara = (): void => {
    if (!para.length) return;
    drafts.push(...paragraphDrafts(para, wrap));
    para = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text;
    if (FENCE.test(t)) {
      flushPara();
      const fenced = fencedBlock(lines, i);
      if (fenced.draft) drafts.push(fenced.draft);
      i = fenced.end;
      continue;
    }
    if (t.trim() === '') {
      flushPara();
      continue;
    }
    const atx = ATX.exec(t);
    if (atx) {
      flushPara();
      drafts.push({ kind: 'heading', lines: [l], text: stripInline(atx[2]!) });
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(t) && !para.length) continue; // horizontal rule
    if (/^\s{0,3}(=+|-+)\s*$/.test(t) && para.length === 1) {
      const only = para[0]!;
      para = [];
      drafts.push({ kind: 'heading', lines: [only, l], text: stripInline(only.text.trim()) });
      continue;
    }
    const next = lines[i + 1];
    if (t.includes('|') && next && TABLE_SEP.test(next.text)) {
      flushPara();
      const piped = pipeTable(lines, i, fileName, tables.length + 1);
      tables.push(piped.table);
      i = piped.end;
      continue;
    }
    para.push(l);
  }
  flushPara();
  const title = markdownTitle(drafts, tables);
  const blocks = finish(drafts.filter((d) => (d.text ?? '').trim() !== '')).map((b, i) => ({ ...b, index: i + 1 }));
  // Each table sits after the blocks above it, so a section heading ("## MARU") can say whose it is.
  for (const t of tables) {
    const firstLine = t.rows[0]?.index ?? 0;
    t.afterBlock = blocks.filter((b) => (b.line ?? 0) < firstLine).length;
  }
  return { title, tables, blocks, warnings: [] };
}
