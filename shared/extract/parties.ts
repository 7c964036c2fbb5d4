/**
 * The parties a clause names: other agencies (canonical ids, context-resolved:
 * "social worker" is adult social care in an adults' review), the family and
 * public ("Ms K", "the niece", "a neighbour"), and the recording agency itself
 * ("I", "we", its own roles such as "HV1" in a health visitor's record).
 */
import { findAgencyMentions, resolveMention, type AgencyMention } from '../agencies/index.ts';
import type { AgencyId } from '../model.ts';
import type { CompiledContactLexicon } from './lexicon.ts';
import type { Clause, Token } from './tokens.ts';
import type { CaseCast } from './case-context.ts';

export type PartyKind = 'agency' | 'family' | 'self' | 'pronoun';

export interface Party {
  kind: PartyKind;
  /** The agency id ('family' for the family and public; the recording agency for self). */
  agency: AgencyId;
  /** Token positions within the clause, [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** A practitioner or person rather than an organisation. */
  person: boolean;
  /** MARAC/MAPPA: a multi-agency forum, not an agency. */
  forum: boolean;
  /** Names another area's service of the same kind ("Southborough CSC" in a Northtown return). */
  otherArea: boolean;
}

export interface PartyContext {
  /** The agency whose record this is. */
  recording: AgencyId;
  /** Its employer, for seconded staff: their own employer's roles are self too. */
  employer: AgencyId | null;
  /** Context for role words: the entry text, plus "adult social care" in an adults' review. */
  contextText: string;
  /** Place names the recording agency's own file uses (from its title): "Northtown". */
  homePlaces: ReadonlySet<string>;
  /** The case's people by name: relatives and public, and practitioners with their agency. */
  cast?: CaseCast;
  lexicon: CompiledContactLexicon;
}

// Anonymised people as reviews write them: "Ms K", "Mr R", "Child L", "Baby M", "Sib 1", and bare initials "L", "S".
const NAMED = /\b(?:(?:Ms|Mr|Mrs|Miss|Mx|Master)\.?\s+[A-Z](?![\p{L}])|(?:Child|Baby|Adult|Sib|Sibling)\s+[A-Z0-9](?![\p{L}])|[A-Z](?=['’]s\b)|(?<![\p{L}\p{N}'’.\-/])[B-HJ-Z](?![\p{L}\p{N}\-/&]|\.[\p{L}\p{N}]))/gu;

function tokenSpan(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

/** Capitalised words that start sentences in chronologies and are not places. */
const NOT_PLACES = new Set(['The', 'This', 'That', 'Tel', 'Call', 'Email', 'Emailed', 'Letter', 'Referral', 'Joint', 'Home', 'Phone', 'Phoned', 'Told', 'Informed', 'Notified', 'Contact', 'From', 'With', 'Via', 'Report', 'Reply', 'Seen', 'Visit', 'Urgent', 'Routine', 'Local', 'Allocated', 'Duty', 'Named', 'Designated', 'Safeguarding', 'Previous', 'Former', 'New', 'Our', 'Their', 'His', 'Her', 'Both', 'Each', 'Every', 'Another', 'Other', 'Further', 'Second', 'Third', 'First', 'Last', 'Next']);

/**
 * A place qualifier on a mention: a proper noun right before it ("from
 * Southborough CSC"), or in brackets right after it ("Police (Southborough)").
 * Used to tell another area's service of the same kind from the recording
 * agency itself (a transfer between areas is a contact, not internal).
 */
function placeOf(clause: Clause, start: number, end: number): string | null {
  const lead = clause.text.slice(0, start - clause.start);
  const before = /(^|[\s(])([A-Z][a-z]{3,})\s+$/.exec(lead);
  if (before && !NOT_PLACES.has(before[2]!)) {
    // A capitalised word that does not start the sentence is a name.
    const atStart = lead.slice(0, lead.length - before[0].length + before[1]!.length).trim() === '';
    if (!atStart || !NOT_PLACES.has(before[2]!)) return before[2]!;
  }
  const paren = /^\s*\(([A-Z][a-z]{3,})\)/.exec(clause.text.slice(end - clause.start));
  return paren ? paren[1]! : null;
}

const BETWEEN_AREAS = /\b(?:transferr?(?:ed|ing|s)?|transfer|moved|moving|relocat\w*|handover|handed over|out of area|cross-border)\b/i;

/** The agencies a clause names, found once per clause. */
export function mentionsOf(clause: Clause): AgencyMention[] {
  clause.mentions ??= findAgencyMentions(clause.text);
  return clause.mentions;
}

/** Every party named in a clause, in order, not overlapping. */
export function partiesIn(clause: Clause, ctx: PartyContext): Party[] {
  const parties: Party[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  for (const m of mentionsOf(clause)) {
    const start = clause.start + m.start;
    const end = clause.start + m.end;
    const span = tokenSpan(clause.tokens, start, end);
    if (!span) continue;
    const agency = resolveMention(m, ctx.contextText);
    const place = agency === 'family' ? null : placeOf(clause, start, end);
    // Another area's service of our own kind only when we know our own places, or the clause moves someone between areas:
    // with no title to go by, "a neighbour rang Avonmere Police" in a police record is this force.
    const otherArea = place !== null && !ctx.homePlaces.has(place) && (ctx.homePlaces.size > 0 || agency !== ctx.recording || BETWEEN_AREAS.test(clause.text));
    const self = !otherArea && (agency === ctx.recording || (m.person && ctx.employer !== null && agency === ctx.employer && agency !== 'family'));
    parties.push({
      kind: agency === 'family' ? 'family' : self ? 'self' : 'agency',
      agency: self ? ctx.recording : agency,
      first: span[0],
      last: span[1],
      start,
      end,
      text: m.text,
      person: m.person,
      forum: m.context === 'forum',
      otherArea,
    });
    taken.push([start, end]);
  }
  for (const m of clause.text.matchAll(NAMED)) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    // "DS E", "PC A", "SW B": a practitioner's initial after their role, not a member of the family.
    if (m[0].length === 1 && parties.some((p) => p.person && p.kind !== 'family' && p.end <= start && /^\s*$/.test(clause.text.slice(p.end - clause.start, start - clause.start)))) continue;
    const span = tokenSpan(clause.tokens, start, end);
    if (!span) continue;
    parties.push({ kind: 'family', agency: 'family', first: span[0], last: span[1], start, end, text: m[0], person: true, forum: false, otherArea: false });
    taken.push([start, end]);
  }
  if (ctx.cast) {
    clause.tokens.forEach((t, i) => {
      if (overlaps(t.start, t.end) || !/^\p{Lu}/u.test(t.text)) return;
      const alias = ctx.cast!.aliases?.[t.text];
      if (alias) {
        // The case's own abbreviation of an organisation it names ("KGH"): that organisation, read in this entry's context.
        const agency = resolveMention({ agency: alias.agency, start: t.start, end: t.end, text: t.text, term: t.text, person: false, ...(alias.context ? { context: alias.context } : {}), via: 'term' }, ctx.contextText);
        const self = agency === ctx.recording;
        parties.push({ kind: self ? 'self' : 'agency', agency, first: i, last: i, start: t.start, end: t.end, text: t.text, person: false, forum: false, otherArea: false });
        taken.push([t.start, t.end]);
        return;
      }
      const name = t.text.length > 1 && t.text === t.text.toUpperCase() ? t.text[0] + t.text.slice(1).toLowerCase() : t.text;
      const staff = ctx.cast!.staff[name];
      const family = ctx.cast!.family.includes(name);
      if (!staff && !family) return;
      const agency: AgencyId = staff ?? 'family';
      const self = agency === ctx.recording;
      parties.push({ kind: family ? 'family' : self ? 'self' : 'agency', agency, first: i, last: i, start: t.start, end: t.end, text: t.text, person: true, forum: false, otherArea: false });
      taken.push([t.start, t.end]);
    });
  }
  clause.tokens.forEach((t, i) => {
    if (overlaps(t.start, t.end)) return;
    const self = ctx.lexicon.selfPronouns.has(t.lower) && (t.lower !== 'us' || t.text === 'us');
    const other = ctx.lexicon.otherPronouns.has(t.lower);
    if (!self && !other) return;
    // "I" only as a word on its own, not the letter in a list.
    if (t.text === 'I' && /^\s*[).,]/.test(clause.text.slice(t.end - clause.start, t.end - clause.start + 2))) return;
    parties.push({ kind: self ? 'self' : 'pronoun', agency: self ? ctx.recording : 'family', first: i, last: i, start: t.start, end: t.end, text: t.text, person: true, forum: false, otherArea: false });
  });
  return parties.sort((a, b) => a.first - b.first);
}
