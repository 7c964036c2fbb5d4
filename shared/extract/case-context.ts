/**
 * What extraction needs to know about the case as a whole: whether it is an
 * adults' review (then "social worker" means adult social care, and an
 * assessment of the adult is a contact with "family"), and each source's own
 * place names (so "Southborough CSC" in a Northtown return is another area's
 * service, not the recording agency itself).
 */
import { findAgencyMentions } from '../agencies/index.ts';

const ADULT = /\b(?:adult social care|safeguarding adults?|adult at risk|section 42|s\.? ?42|care act|self-neglect|safeguarding adults review|SAR)\b/gi;
const CHILD = /\b(?:child protection|children'?s social care|children'?s services|child in need|CIN|s\.? ?47|section 47|ICPC|RCPC|core group|CP plan|child practice review|CSPR|Child [A-Z]\b|health visitor|nursery|school)/g;

/** Whether the case is about an adult rather than a child, from all its entries' words. */
export function isAdultCase(texts: Iterable<string>): boolean {
  let adult = 0;
  let child = 0;
  for (const t of texts) {
    adult += t.match(ADULT)?.length ?? 0;
    child += t.match(CHILD)?.length ?? 0;
  }
  return adult > child;
}

const COMMON = new Set(['The', 'Single', 'Agency', 'Chronology', 'Child', 'Adult', 'Review', 'Safeguarding', 'Practice', 'Services', 'Service', 'Council', 'Trust', 'NHS', 'Health', 'Foundation', 'Borough', 'County', 'City', 'District', 'Of', 'And', 'For', 'Notes', 'Record', 'Records', 'Case', 'Summary', 'Extract', 'Report', 'Overview', 'Combined', 'Integrated', 'Chronologies', 'Chronologie']);

/** Place names in a source's title ("Northtown Health NHS Trust" → Northtown). */
export function homePlacesOf(title: string | null): string[] {
  if (!title) return [];
  const agencyWords = new Set(findAgencyMentions(title).flatMap((m) => m.text.split(/\s+/)));
  return [...new Set((title.match(/\b[A-Z][a-z]{3,}\b/g) ?? []).filter((w) => !COMMON.has(w) && !agencyWords.has(w)))];
}
