/**
 * A report's own paragraph numbers ("5.3", "4.12", "12.") at the start of a
 * paragraph. They are split off into block.label so the importer can cite
 * "para 5.3" and the text starts with the words. Numbers that look like dates
 * ("14.03.23", "6.3.2023") are never labels: chronologies start lines with them.
 */
import { MONTH_BY_NAME } from '../../../shared/dates/months.ts';

/** "5.3", "5.3.1", "12.", "12.3." – a dotted number, or a whole number followed by a dot. */
const LABEL = /^(\d{1,3}(?:\.\d{1,3}){1,3}\.?|\d{1,3}\.)(?=\s|$)/;
/** A bare section number ("5 Narrative …"), only for headings. */
const HEADING_NUMBER = /^(\d{1,2})(?=\s+\S)/;

export function looksLikeDate(label: string): boolean {
  const parts = label.replace(/\.$/, '').split('.');
  if (parts.length === 3) {
    const [d, m, y] = parts.map((p) => Number(p)) as [number, number, number];
    const yLen = parts[2]!.length;
    return d >= 1 && d <= 31 && m >= 1 && m <= 12 && (yLen === 2 || yLen === 4 || y === 0);
  }
  if (parts.length === 2) {
    // "14.03" (day.month) is a date; "5.3" or "4.12" is a paragraph. Zero-padded months say date.
    return parts[1]!.length === 2 && parts[1]!.startsWith('0') && Number(parts[0]) >= 1 && Number(parts[0]) <= 31;
  }
  return false;
}

export interface LabelSplit {
  label: string;
  rest: string;
}

/** Split a paragraph label off the start of text, or null when there is none. */
export function splitLabel(text: string, opts: { heading?: boolean } = {}): LabelSplit | null {
  const t = text.replace(/^\s+/, '');
  const m = LABEL.exec(t) ?? (opts.heading ? HEADING_NUMBER.exec(t) : null);
  if (!m) return null;
  const label = m[1]!;
  if (looksLikeDate(label)) return null;
  const rest = t.slice(label.length).replace(/^[\s\u00a0]+/, '');
  // "10 Jan 2023 09:12 – Dr S (GP)", "3rd": a day and its month open a dated heading, not a numbered section.
  if (MONTH_BY_NAME.has(/^\p{L}+/u.exec(rest)?.[0]?.toLowerCase() ?? '')) return null;
  // "12. " followed by a lower-case word is more likely a sentence fragment than a label.
  if (/^[a-z]/.test(rest) && label.endsWith('.') && !label.slice(0, -1).includes('.')) return null;
  return { label: label.replace(/\.$/, ''), rest };
}
