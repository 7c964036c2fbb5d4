/**
 * One return, several services: "Part 1 – Adult Social Care … Part 2 –
 * Housing Services …", one table per service under its heading, a narrative
 * with each service's records under its own heading. The heading says whose
 * records follow, so it decides the agency of the entries under it (issue
 * 11, cause 2). A document is read this way only when its headings name two
 * agencies or more; a single heading naming a service is a title.
 */
import { findAgencyMentions, resolveMention } from '../agencies/index.ts';
import type { AgencyId } from '../model.ts';
import type { RawBlock, RawDocument } from './raw.ts';

/** A paragraph that opens a section by its wording, whatever its style ("SECTION B - Mrs H's own notes"). */
const SECTION_OPENER = /^(?:part|section|appendix|annex|schedule)\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4})\b/i;

/** Relatives and neighbours, whose own notes a section may hold (a "client" or "patient" is whom the records are about). */
const KIN = /^(?:mother|father|mum|dad|parents?|sister|brother|niece|nephew|aunt|uncle|grand\w+|daughter|son|wife|husband|partner|family|the family|relatives?|neighbours?|friends?)$/i;

export interface Sections {
  /** The agency of the section a block (by its 1-based index) or a table (by the blocks before it) sits in; null outside any. */
  at(blockIndex: number): AgencyId | null;
  /** The agencies a joint section's heading names ("CAMHS / Community Paediatrics"), or null for a single one. */
  severalAt(blockIndex: number): AgencyId[] | null;
}

/** "1. CALDERBROOK RECOVERY SERVICE – contact with C": a numbered line in capitals that is no sentence. */
function isNumberedCapitalsTitle(b: RawBlock): boolean {
  return b.label !== undefined && /^(?:\d{1,2}|[A-Z])$/.test(b.label) && b.text.length <= 100 && !/[.!?;:]$/.test(b.text.trim()) && /^[A-Z][A-Z&'’ -]{3,}\b/u.test(b.text);
}

function isSectionTitle(b: RawBlock): boolean {
  if (b.text.length > 140) return false;
  return b.kind === 'heading' || SECTION_OPENER.test(b.text) || isNumberedCapitalsTitle(b);
}

/** The agency a section title names: an organisation first, a relative ("her mother's own notes") only when none is. */
function agencyOfTitle(text: string, contextText: string): AgencyId | null {
  // A title in capitals ("PENNINE VALE HOMES") names organisations the way text does in title case; its acronyms stay as they are.
  const capitals = text.replace(/[^A-Za-z]/g, '').length > 0 && !/[a-z]{2}/.test(text.split(/[–—-]/)[0] ?? '');
  const mentions = [...findAgencyMentions(text), ...(capitals ? findAgencyMentions(titleCase(text)) : [])];
  const org = mentions.find((m) => m.agency !== 'family' && (!m.person || m.via === 'term')) ?? serviceNamed(text);
  const pick = org ?? mentions.find((m) => m.agency === 'family' && KIN.test(m.text));
  return pick ? resolveMention(pick, `${text} ${contextText}`) : null;
}

/** A short title that is a field of work ("Mental Health", "Substance Misuse") names the service for it. */
function serviceNamed(text: string): ReturnType<typeof findAgencyMentions>[number] | undefined {
  const words = text.trim();
  if (words.length === 0 || words.length > 40 || /\d/.test(words)) return undefined;
  return findAgencyMentions(`${words} service`).find((m) => m.agency !== 'family' && m.start === 0);
}

function titleCase(text: string): string {
  return text.replace(/\p{Lu}+/gu, (w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
}

/** The sections of a document whose headings name two agencies or more, else null. */
export function documentSections(doc: RawDocument, contextText: string): Sections | null {
  // The title lines at the top name the sender, not a section.
  let first = 0;
  // (Only the headings the title was made of: "## MARU" straight after it, with its table between, is a section.)
  while (doc.title && first < doc.blocks.length && doc.blocks[first]!.kind === 'heading' && !SECTION_OPENER.test(doc.blocks[first]!.text) && doc.title.includes(doc.blocks[first]!.text)) first++;
  const starts: Array<{ index: number; agency: AgencyId | null; several: AgencyId[] | null }> = [];
  for (const b of doc.blocks.slice(first)) {
    if (!isSectionTitle(b)) continue;
    const all = titleAgencies(b.text, contextText);
    starts.push({ index: b.index, agency: agencyOfTitle(b.text, contextText), several: all.length >= 2 ? all : null });
  }
  const named = new Set(starts.flatMap((s) => s.several ?? (s.agency ? [s.agency] : [])));
  if (named.size < 2) return null;
  const sectionAt = (blockIndex: number) => {
    let current: (typeof starts)[number] | null = null;
    for (const s of starts) {
      if (s.index > blockIndex) break;
      current = s;
    }
    return current;
  };
  return {
    at: (blockIndex) => sectionAt(blockIndex)?.agency ?? null,
    severalAt: (blockIndex) => sectionAt(blockIndex)?.several ?? null,
  };
}

/** Every agency a section title names as an organisation, in order, each once. */
function titleAgencies(text: string, contextText: string): AgencyId[] {
  const orgs = findAgencyMentions(text).filter((m) => m.agency !== 'family' && (!m.person || m.via === 'term'));
  return [...new Set(orgs.map((m) => resolveMention(m, `${text} ${contextText}`)))];
}

/**
 * A workbook with a sheet per service ("GP", "Mental Health", "ED"): each sheet's agency, by table number,
 * where the sheet names name two agencies or more (a sheet per year, or one named "Chronology", names none).
 */
export function sheetAgencies(doc: RawDocument, contextText: string): Map<number, AgencyId> | null {
  if (doc.format !== 'xlsx' || doc.tables.length < 2) return null;
  const out = new Map<number, AgencyId>();
  for (const t of doc.tables) {
    const agency = t.name ? agencyOfTitle(t.name, contextText) : null;
    if (agency && agency !== 'family') out.set(t.number, agency);
  }
  return new Set(out.values()).size >= 2 ? out : null;
}
