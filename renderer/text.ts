/**
 * Text helpers for highlighting. Search hits are rendered as <mark>
 * elements from parts, never as HTML, so nothing in a chronology can inject
 * markup into the page.
 */

export interface TextPart {
  text: string;
  hit: boolean;
}

/** The words of a search query worth highlighting (quotes and operators dropped). */
export function queryTerms(q: string): string[] {
  return q
    .replace(/["()*]/g, ' ')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2 && !/^(AND|OR|NOT|NEAR)$/.test(w));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Split text into parts where the query's words (or words starting with them) are hits. */
export function highlightParts(text: string, q: string): TextPart[] {
  const terms = queryTerms(q);
  if (terms.length === 0) return [{ text, hit: false }];
  const re = new RegExp(`\\b(${terms.map(escapeRegExp).join('|')})\\w*`, 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const i = m.index;
    if (i > last) parts.push({ text: text.slice(last, i), hit: false });
    parts.push({ text: m[0], hit: true });
    last = i + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}
