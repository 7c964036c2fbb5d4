/**
 * A small, strict-enough XML reader for the parts of Office files we read
 * ourselves (word/document.xml, styles, relationships). It resolves namespace
 * prefixes to canonical ones (so a file that binds WordprocessingML to "ns0:"
 * or uses ISO Strict URIs reads the same as Word's own), keeps text only for
 * the elements the caller names (documents are large and mostly whitespace
 * between tags), and never expands DOCTYPE entities (no billion-laughs).
 */

export interface XmlElement {
  /** Canonical qualified name, e.g. "w:p"; unknown namespaces keep their own prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  override readonly name = 'XmlError';
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Namespace URIs → the prefix we use for them in code. */
export const OFFICE_NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'x',
  'http://purl.oclc.org/ooxml/spreadsheetml/main': 'x',
  [XML_NAMESPACE]: 'xml',
};

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16), m);
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10), m);
    return NAMED_ENTITIES[body] ?? m;
  });
}

function safeCodePoint(cp: number, fallback: string): string {
  return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

interface Frame {
  el: XmlElement;
  /** Raw qualified name as written, to match the end tag. */
  raw: string;
  ns: Map<string, string> | null;
  keepText: boolean;
}

export interface ParseXmlOptions {
  /** Canonical element names whose text content is kept (e.g. "w:t"). Others drop text nodes. */
  textElements?: ReadonlySet<string>;
  namespaces?: Record<string, string>;
}

/** XML's whitespace (S): space, tab, CR, LF. */
function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

export function parseXml(xml: string, opts: ParseXmlOptions = {}): XmlElement {
  return new XmlParser(xml, opts.namespaces ?? OFFICE_NAMESPACES, opts.textElements).parse();
}

/** A start tag's attributes as written, its own namespace declarations, and where the tag ends. */
interface StartTag {
  attrs: Array<[string, string]>;
  ns: Map<string, string> | null;
  selfClosing: boolean;
  end: number;
}

/** Where a tag's name ends: at whitespace, '>' or '/'. */
function endsName(code: number): boolean {
  return isXmlSpace(code) || code === 0x3e || code === 0x2f;
}

/**
 * One pass over the text: each '<' starts a declaration (comment, CDATA, DOCTYPE), a processing
 * instruction, an end tag or a start tag; the text between is kept only where the element asks.
 */
class XmlParser {
  readonly xml: string;
  readonly known: Record<string, string>;
  readonly textEls: ReadonlySet<string> | undefined;
  readonly root: XmlElement = { name: '#document', attrs: {}, children: [] };
  readonly stack: Frame[];
  // Canonical names for the namespace bindings in scope. Office parts declare
  // their namespaces once, on the root, so this is rarely cleared (only when
  // an element that declares its own is entered or left).
  readonly canonical = new Map<string, string>();

  constructor(xml: string, known: Record<string, string>, textEls: ReadonlySet<string> | undefined) {
    this.xml = xml;
    this.known = known;
    this.textEls = textEls;
    this.stack = [{ el: this.root, raw: '#document', ns: new Map([['xml', XML_NAMESPACE]]), keepText: false }];
  }

  parse(): XmlElement {
    const { xml, stack } = this;
    const n = xml.length;
    let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < n) {
      const lt = xml.indexOf('<', i);
      const top = stack[stack.length - 1]!;
      if (lt < 0) {
        this.text(top, i, n);
        break;
      }
      if (lt > i) this.text(top, i, lt);
      i = this.markup(lt, top);
    }
    if (stack.length > 1) throw new XmlError(`unclosed element ${stack[stack.length - 1]!.raw}`);
    const first = this.root.children.find((c): c is XmlElement => typeof c !== 'string');
    if (!first) throw new XmlError('no root element');
    return first;
  }

  /** Reads the markup that opens at `lt`, inside `top`; returns where the text after it starts. */
  markup(lt: number, top: Frame): number {
    switch (this.xml.charCodeAt(lt + 1)) {
      case 0x21 /* ! */:
        return this.declaration(lt, top);
      case 0x3f /* ? */:
        return this.find('?>', lt + 2, 'unterminated processing instruction') + 2;
      case 0x2f /* / */:
        return this.endTag(lt, top);
      default:
        return this.startTag(lt, top);
    }
  }

  text(top: Frame, from: number, to: number): void {
    if (top.keepText) top.el.children.push(decodeEntities(this.xml.slice(from, to)));
  }

  /** The index of `token` at or after `from`; a file that ends first is malformed. */
  find(token: string, from: number, problem: string): number {
    const at = this.xml.indexOf(token, from);
    if (at < 0) throw new XmlError(problem);
    return at;
  }

  /** A comment, a CDATA section (text, where kept) or a DOCTYPE and friends (skipped, never expanded). */
  declaration(lt: number, top: Frame): number {
    const { xml } = this;
    if (xml.startsWith('<!--', lt)) return this.find('-->', lt + 4, 'unterminated comment') + 3;
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = this.find(']]>', lt + 9, 'unterminated CDATA');
      if (top.keepText) top.el.children.push(xml.slice(lt + 9, end));
      return end + 3;
    }
    let depth = 0;
    let j = lt + 2;
    for (; j < xml.length; j++) {
      const ch = xml.charCodeAt(j);
      if (ch === 0x5b) depth++;
      else if (ch === 0x5d) depth--;
      else if (ch === 0x3e && depth <= 0) break;
    }
    return j + 1;
  }

  endTag(lt: number, top: Frame): number {
    const end = this.find('>', lt + 2, 'unterminated end tag');
    const raw = this.xml.slice(lt + 2, end).trim();
    if (this.stack.length <= 1) throw new XmlError(`unexpected end tag ${raw}`);
    if (top.raw !== raw) throw new XmlError(`mismatched end tag ${raw}, expected ${top.raw}`);
    this.leave(top);
    return end + 1;
  }

  startTag(lt: number, top: Frame): number {
    const { xml } = this;
    let j = lt + 1;
    while (j < xml.length && !endsName(xml.charCodeAt(j))) j++;
    const raw = xml.slice(lt + 1, j);
    if (!raw) throw new XmlError('empty tag name');
    const tag = this.attributes(j);
    const frame: Frame = { el: { name: '', attrs: {}, children: [] }, raw, ns: tag.ns, keepText: false };
    this.stack.push(frame); // so its own xmlns declarations apply to its name
    if (tag.ns) this.canonical.clear();
    frame.el.name = this.canonOf(raw, false);
    for (const [k, v] of tag.attrs) frame.el.attrs[this.canonOf(k, true)] = v;
    frame.keepText = this.textEls ? this.textEls.has(frame.el.name) : true;
    top.el.children.push(frame.el);
    if (tag.selfClosing) this.leave(frame);
    return tag.end;
  }

  /** The attributes from `j` to the tag's '>' or '/>' (values may contain '>'). */
  attributes(j: number): StartTag {
    const { xml } = this;
    const attrs: Array<[string, string]> = [];
    let ns: Map<string, string> | null = null;
    for (;;) {
      j = this.skipSpace(j);
      if (j >= xml.length) throw new XmlError('unterminated start tag');
      const ch = xml[j]!;
      if (ch === '>') return { attrs, ns, selfClosing: false, end: j + 1 };
      if (ch === '/') {
        if (xml[j + 1] !== '>') throw new XmlError('bad self-closing tag');
        return { attrs, ns, selfClosing: true, end: j + 2 };
      }
      const eq = this.find('=', j, 'attribute without value');
      const aname = xml.slice(j, eq).trim();
      const q = this.skipSpace(eq + 1);
      const quote = xml[q];
      if (quote !== '"' && quote !== "'") throw new XmlError('unquoted attribute');
      const close = this.find(quote, q + 1, 'unterminated attribute');
      const value = decodeEntities(xml.slice(q + 1, close));
      if (aname === 'xmlns') (ns ??= new Map()).set('', value);
      else if (aname.startsWith('xmlns:')) (ns ??= new Map()).set(aname.slice(6), value);
      else attrs.push([aname, value]);
      j = close + 1;
    }
  }

  skipSpace(j: number): number {
    while (j < this.xml.length && isXmlSpace(this.xml.charCodeAt(j))) j++;
    return j;
  }

  leave(frame: Frame): void {
    this.stack.pop();
    if (frame.ns) this.canonical.clear();
  }

  canonOf(qname: string, isAttr: boolean): string {
    const key = isAttr ? `@${qname}` : qname;
    let name = this.canonical.get(key);
    if (name === undefined) {
      name = this.canon(qname, isAttr);
      this.canonical.set(key, name);
    }
    return name;
  }

  /** The name with its prefix replaced by ours for its namespace; unprefixed attributes have none. */
  canon(qname: string, isAttr: boolean): string {
    const colon = qname.indexOf(':');
    if (colon < 0 && isAttr) return qname;
    const uri = this.lookup(colon < 0 ? '' : qname.slice(0, colon));
    const p = uri === undefined ? undefined : this.known[uri];
    return p ? `${p}:${qname.slice(colon + 1)}` : qname;
  }

  lookup(prefix: string): string | undefined {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const m = this.stack[k]!.ns;
      if (m?.has(prefix)) return m.get(prefix);
    }
    return undefined;
  }
}

export function isElement(n: XmlNode | undefined): n is XmlElement {
  return n !== undefined && typeof n !== 'string';
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** All text below an element (only text the parser kept). */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}
