/**
 * HTML: what case management systems export as "Excel" (a web page named
 * .xls) and what a chronology saved from a browser or a web form looks like.
 * Tables become tables (cells spanning rows or columns marked as merged, as
 * Word's are); text outside tables becomes blocks (headings, paragraphs,
 * list items, lines broken by <br>).
 *
 * A tolerant reader on purpose: real exports leave tags unclosed (<td>
 * without </td>, <p> without </p>) and mix upper and lower case. Scripts,
 * styles and comments are skipped; nothing is run or fetched.
 */
import type { RawBlock, RawCell, RawDocument, RawRow, RawTable } from '../../../shared/import/raw.ts';
import { MAX_COLUMNS, tooManyColumns } from './limits.ts';

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  pound: '£', euro: '€', hellip: '…', bull: '•', middot: '·', copy: '©', reg: '®', deg: '°', frac12: '½', eacute: 'é', egrave: 'è', ecirc: 'ê',
  aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ccedil: 'ç', ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß', times: '×',
};

function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (m, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

/** Tags that end a line of text inside a cell or a block. */
const LINE_BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'hr']);
/** Tags whose content is never text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'object', 'iframe']);

interface OpenTable {
  rows: Array<{ cells: Array<{ text: string; colspan: number; rowspan: number }> }>;
  cell: { text: string; colspan: number; rowspan: number } | null;
}

function spanOf(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d{1,4})`, 'i').exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 ? Math.min(n, 1000) : 1;
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** The spans laid out on a grid: the top-left cell of a span holds the text, the cells it covers are empty and marked merged. */
function grid(t: OpenTable, number: number, file: string): RawTable {
  const out: RawCell[][] = [];
  t.rows.forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of row.cells) {
      while (out[r]![c]) c++;
      if (c + cell.colspan > MAX_COLUMNS) throw tooManyColumns(file, r + 1, c + cell.colspan);
      const dir = cell.colspan > 1 && cell.rowspan > 1 ? 'both' : cell.colspan > 1 ? 'h' : cell.rowspan > 1 ? 'v' : null;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          const master = dr === 0 && dc === 0;
          (out[r + dr] ??= [])[c + dc] = { text: master ? tidy(cell.text) : '', ...(dir ? { merge: { dir, master } } : {}) };
        }
      }
      c += cell.colspan;
    }
  });
  const rows: RawRow[] = out.map((cells, i) => ({ index: i + 1, cells: Array.from({ length: cells.length }, (_, k) => cells[k] ?? { text: '' }) }));
  return { name: `Table ${number}`, number, rows };
}

// Attributes stop at the next "<" as well as at ">", so text full of stray "<" stays linear.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^<>]*>|<\?[^<>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>|[^<]+|</g;

export function readHtml(html: string, fileName: string): Pick<RawDocument, 'title' | 'tables' | 'blocks' | 'warnings'> {
  const reader = new HtmlReader(fileName);
  for (const m of html.matchAll(TOKEN)) reader.token(m);
  return reader.finish();
}

/** The cell being read goes into the table's last row (a row of its own if the table has none yet). */
function closeCell(t: OpenTable): void {
  if (!t.cell) return;
  if (!t.rows.length) t.rows.push({ cells: [] });
  t.rows[t.rows.length - 1]!.cells.push(t.cell);
  t.cell = null;
}

/** One pass over the page's tokens: text, tags opening and closing tables, rows, cells and lines. */
class HtmlReader {
  private readonly fileName: string;
  private readonly tables: RawTable[] = [];
  private readonly blocks: RawBlock[] = [];
  /** The tables open around the current token, innermost last. */
  private readonly stack: OpenTable[] = [];
  private title: string | null = null;
  private inTitle = false;
  /** A tag whose content is never text (SKIPPED), until it closes. */
  private skipping: string | null = null;
  /** Text outside tables since the last block, and whether a heading tag opened it. */
  private text = '';
  private heading = false;

  constructor(fileName: string) {
    this.fileName = fileName;
  }

  token(m: RegExpMatchArray): void {
    const tok = m[0];
    const name = m[1]?.toLowerCase();
    if (!name) {
      this.textToken(tok);
      return;
    }
    const closing = tok[1] === '/';
    if (this.skipping) {
      if (closing && name === this.skipping) this.skipping = null;
      return;
    }
    if (name === 'title') this.inTitle = !closing;
    else if (!closing && SKIPPED.has(name) && !/\/\s*>$/.test(tok)) this.skipping = name;
    else if (name === 'table') this.tableTag(closing);
    else if (!this.cellTag(name, closing, m[2] ?? '')) this.lineTag(name, closing);
  }

  finish(): Pick<RawDocument, 'title' | 'tables' | 'blocks' | 'warnings'> {
    // A table the page never closes still counts.
    while (this.stack.length) this.closeTable();
    this.flushBlock();
    const firstHeading = this.blocks.find((b) => b.kind === 'heading')?.text ?? null;
    const cleanTitle = this.title ? tidy(this.title) : '';
    return { title: cleanTitle || firstHeading, tables: this.tables, blocks: this.blocks, warnings: [] };
  }

  /** Text, or a comment, CDATA section, DOCTYPE or processing instruction (none of them text). */
  private textToken(tok: string): void {
    if (tok.startsWith('<!') || tok.startsWith('<?')) return;
    if (this.skipping) return;
    const t = decodeHtmlEntities(tok).replace(/\s+/g, ' ');
    if (this.inTitle) this.title = `${this.title ?? ''}${t}`;
    else this.addText(t);
  }

  private openTable(): OpenTable | undefined {
    return this.stack[this.stack.length - 1];
  }

  private addText(s: string): void {
    const table = this.openTable();
    if (!table) this.text += s;
    else if (table.cell) table.cell.text += s;
  }

  private flushBlock(): void {
    const t = tidy(this.text);
    this.text = '';
    const kind = this.heading ? 'heading' : 'paragraph';
    if (t) for (const line of t.split('\n')) if (line) this.blocks.push({ kind, text: line, index: this.blocks.length + 1 });
    this.heading = false;
  }

  private tableTag(closing: boolean): void {
    const table = this.openTable();
    if (!closing) {
      if (!table) this.flushBlock();
      this.stack.push({ rows: [], cell: null });
    } else if (table) this.closeTable();
  }

  private closeTable(): void {
    const table = this.stack.pop();
    if (!table) return;
    closeCell(table);
    const parent = this.openTable();
    if (parent?.cell) {
      // A table inside a cell: its text joins the cell's.
      parent.cell.text += `\n${table.rows.map((r) => r.cells.map((c) => tidy(c.text)).join(' ')).join('\n')}`;
    } else if (table.rows.some((r) => r.cells.some((c) => tidy(c.text) !== ''))) {
      this.tables.push({ ...grid(table, this.tables.length + 1, this.fileName), afterBlock: this.blocks.length });
    }
  }

  /** A row or cell tag inside a table; false for any other tag, or outside tables. */
  private cellTag(name: string, closing: boolean, attrs: string): boolean {
    const table = this.openTable();
    if (!table) return false;
    if (name === 'tr') {
      closeCell(table);
      if (!closing) table.rows.push({ cells: [] });
      return true;
    }
    if (name !== 'td' && name !== 'th') return false;
    closeCell(table);
    if (!closing) table.cell = { text: '', colspan: spanOf(attrs, 'colspan'), rowspan: spanOf(attrs, 'rowspan') };
    return true;
  }

  /** A tag that ends a line: a new line in a cell, a new block outside tables (a heading after <h1>–<h6>). */
  private lineTag(name: string, closing: boolean): void {
    if (!LINE_BREAKS.has(name)) return;
    if (this.openTable()) {
      this.addText('\n');
      return;
    }
    this.flushBlock();
    if (!closing && /^h[1-6]$/.test(name)) this.heading = true;
  }
}
