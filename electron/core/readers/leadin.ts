/**
 * A bold lead-in: narratives often start each entry with the date in bold,
 * "3rd October 2022: Annual tenancy visit…" or "**14/03/2023 –** Home visit".
 * Given the bold text at the start of a paragraph and the text after it,
 * return the lead-in (with its separator) or undefined. A paragraph that is
 * bold throughout has no lead-in: it is a heading or emphasis.
 */
export function leadInOf(bold: string, after: string): string | undefined {
  const b = bold.replace(/\s+/g, ' ').trim();
  if (!b || after.trim() === '') return undefined;
  if (b.length > 120) return undefined;
  if (/[:–—]$/.test(b) || /\s-$/.test(b)) return b;
  const sep = /^[ \t\u00a0]*(:|[–—]|-(?=\s))/.exec(after);
  if (sep) return `${b}${after.slice(0, sep[0].length).replace(/[\t\u00a0]/g, ' ').replace(/\s+/g, ' ')}`.trim();
  if (/^\t/.test(after)) return b;
  return undefined;
}
