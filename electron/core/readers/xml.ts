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
  'http://www.w3.org/XML/1998/namespace': 'xml',
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
  const known = opts.namespaces ?? OFFICE_NAMESPACES;
  const textEls = opts.textElements;
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: Frame[] = [{ el: root, raw: '#document', ns: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), keepText: false }];
  const n = xml.length;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;

  const lookup = (prefix: string): string | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const m = stack[k]!.ns;
      if (m?.has(prefix)) return m.get(prefix);
    }
    return undefined;
  };
  // Canonical names for the namespace bindings in scope. Office parts declare
  // their namespaces once, on the root, so this is rarely cleared (only when
  // an element that declares its own is entered or left).
  const canonical = new Map<string, string>();
  const canonOf = (qname: string, isAttr: boolean): string => {
    const key = isAttr ? `@${qname}` : qname;
    let name = canonical.get(key);
    if (name === undefined) {
      name = canon(qname, isAttr);
      canonical.set(key, name);
    }
    return name;
  };
  const canon = (qname: string, isAttr: boolean): string => {
    const colon = qname.indexOf(':');
    if (colon < 0) {
      if (isAttr) return qname;
      const uri = lookup('');
      const p = uri === undefined ? undefined : known[uri];
      return p ? `${p}:${qname}` : qname;
    }
    const prefix = qname.slice(0, colon);
    const uri = lookup(prefix);
    const p = uri === undefined ? undefined : known[uri];
    return p ? `${p}:${qname.slice(colon + 1)}` : qname;
  };

  while (i < n) {
    const lt = xml.indexOf('<', i);
    const top = stack[stack.length - 1]!;
    if (lt < 0) {
      if (top.keepText) top.el.children.push(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i && top.keepText) top.el.children.push(decodeEntities(xml.slice(i, lt)));
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlError('unterminated comment');
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlError('unterminated CDATA');
        if (top.keepText) top.el.children.push(xml.slice(lt + 9, end));
        i = end + 3;
      } else {
        // DOCTYPE and friends: skipped, never expanded.
        let depth = 0;
        let j = lt + 2;
        for (; j < n; j++) {
          const ch = xml.charCodeAt(j);
          if (ch === 0x5b) depth++;
          else if (ch === 0x5d) depth--;
          else if (ch === 0x3e && depth <= 0) break;
        }
        i = j + 1;
      }
      continue;
    }
    if (c1 === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('unterminated processing instruction');
      i = end + 2;
      continue;
    }
    if (c1 === 0x2f /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw new XmlError('unterminated end tag');
      const raw = xml.slice(lt + 2, end).trim();
      if (stack.length <= 1) throw new XmlError(`unexpected end tag ${raw}`);
      if (top.raw !== raw) throw new XmlError(`mismatched end tag ${raw}, expected ${top.raw}`);
      stack.pop();
      if (top.ns) canonical.clear();
      i = end + 1;
      continue;
    }
    // Start tag: name, then attributes (values may contain '>').
    let j = lt + 1;
    while (j < n) {
      const ch = xml.charCodeAt(j);
      if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0x3e || ch === 0x2f) break;
      j++;
    }
    const raw = xml.slice(lt + 1, j);
    if (!raw) throw new XmlError('empty tag name');
    const rawAttrs: Array<[string, string]> = [];
    let ns: Map<string, string> | null = null;
    let selfClosing = false;
    for (;;) {
      while (j < n && isXmlSpace(xml.charCodeAt(j))) j++;
      if (j >= n) throw new XmlError('unterminated start tag');
      const ch = xml[j]!;
      if (ch === '>') {
        j++;
        break;
      }
      if (ch === '/') {
        if (xml[j + 1] !== '>') throw new XmlError('bad self-closing tag');
        selfClosing = true;
        j += 2;
        break;
      }
      const eq = xml.indexOf('=', j);
      if (eq < 0) throw new XmlError('attribute without value');
      const aname = xml.slice(j, eq).trim();
      let q = eq + 1;
      while (q < n && isXmlSpace(xml.charCodeAt(q))) q++;
      const quote = xml[q];
      if (quote !== '"' && quote !== "'") throw new XmlError('unquoted attribute');
      const close = xml.indexOf(quote, q + 1);
      if (close < 0) throw new XmlError('unterminated attribute');
      const value = decodeEntities(xml.slice(q + 1, close));
      if (aname === 'xmlns') (ns ??= new Map()).set('', value);
      else if (aname.startsWith('xmlns:')) (ns ??= new Map()).set(aname.slice(6), value);
      else rawAttrs.push([aname, value]);
      j = close + 1;
    }
    const frame: Frame = { el: { name: '', attrs: {}, children: [] }, raw, ns, keepText: false };
    stack.push(frame); // so its own xmlns declarations apply to its name
    if (ns) canonical.clear();
    frame.el.name = canonOf(raw, false);
    for (const [k, v] of rawAttrs) frame.el.attrs[canonOf(k, true)] = v;
    frame.keepText = textEls ? textEls.has(frame.el.name) : true;
    top.el.children.push(frame.el);
    if (selfClosing) {
      stack.pop();
      if (ns) canonical.clear();
    }
    i = j;
  }
  if (stack.length > 1) throw new XmlError(`unclosed element ${stack[stack.length - 1]!.raw}`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new XmlError('no root element');
  return first;
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
