/**
 * Turning names into agency ids: an "Agency" cell ("Police (Southborough)"),
 * a file's name and title ("Northtown Children's Services - single agency
 * chronology"), a role that says who employs its holder ("AMHP (seconded from
 * ASC)").
 */
import type { AgencyId } from '../model.ts';
import { defaultLexicon, findAgencyMentions, findRecordSystem, resolveMention, type AgencyMention, type CompiledLexicon } from './lexicon.ts';

/** Mentions that name an organisation rather than a person or relative. */
function organisationMentions(mentions: AgencyMention[]): AgencyMention[] {
  return mentions.filter((m) => m.agency !== 'family' || !m.person);
}

/**
 * The agency a short label names ("Health Visiting", "GP (Fernbank Surgery)",
 * "Family (niece)"). Lexicon terms beat generic name patterns; among terms the
 * first wins ("MH liaison (ED)" is mental health). Null when nothing matches.
 */
export function agencyFromLabel(label: string, contextText = '', lex: CompiledLexicon = defaultLexicon): AgencyId | null {
  const mentions = findAgencyMentions(label, lex);
  if (mentions.length === 0) return null;
  const terms = mentions.filter((m) => m.via === 'term');
  const orgs = organisationMentions(terms);
  const pick = orgs[0] ?? terms[0] ?? mentions[0]!;
  return resolveMention(pick, `${label} ${contextText}`, lex);
}

export interface AgencySuggestion {
  agency: AgencyId;
  /** Where it came from, in words for the import view. */
  why: string;
}

/** Words in file names that say "several agencies", so no single agency is suggested. */
// (Not "multi-agency meetings": minutes of a strategy meeting are the chairing agency's record.)
const MIXED_WORDS = /\b(combined|integrated|composite|multi[- ]?agency(?!\s+(?:meetings?|strategy|panel|forum))|merged|overview|all[- ]agencies|joint)\b/i;

/**
 * Suggest the agency that sent a file from its title and its name. Null for
 * a combined chronology or when nothing points to one agency; the user
 * decides then (or an agency column does, row by row).
 */
export function suggestFileAgency(fileName: string, title: string | null, lex: CompiledLexicon = defaultLexicon, context = ''): AgencySuggestion | null {
  const stem = fileName.replace(/\.[A-Za-z0-9]+$/, '');
  const nameWords = stem.replace(/[_.]+/g, ' ').replace(/-(?!\d)/g, ' ');
  if (MIXED_WORDS.test(nameWords) || (title && MIXED_WORDS.test(title))) return null;
  const titleMentions = title ? findAgencyMentions(title, lex) : [];
  // (What the file goes on to say decides a name that depends on context: a hospital's wards or its emergency department.)
  const fromTitle = title ? pickSingle(titleMentions, `${title} ${context}`, lex) : null;
  // File names are often all lower case ("idva.csv", "hv-notes.docx"): abbreviations the lexicon matches by case are tried in capitals too.
  const fromName = pickSingle(findAgencyMentions(nameWords, lex), nameWords, lex) ?? pickSingle(findAgencyMentions(nameWords.toUpperCase(), lex), nameWords, lex);
  // A title that names an agency only by the shape of an organisation's name ("Safer Homes Wrenshire" looks
  // like a housing association) gives way to a file name that names one in words ("da-service.pdf").
  const titleByShapeOnly = titleMentions.length > 0 && titleMentions.every((m) => m.via === 'pattern');
  // So does a title that names only the forum the return was written for ("<Place> Safeguarding Children
  // Partnership – Child Safeguarding Practice Review"), which says nothing of who wrote it.
  const titleOrgs = titleMentions.filter((m) => !m.person);
  const titleForumOnly = titleOrgs.length > 0 && titleOrgs.every(isRecipientBody);
  if (fromTitle && !(fromName && fromName !== fromTitle && (titleByShapeOnly || titleForumOnly))) return { agency: fromTitle, why: `from the title "${title!.slice(0, 80)}"` };
  if (fromName) return { agency: fromName, why: `from the file name "${fileName}"` };
  // Nothing names the sender, but an extract is often named after the system it came from ("mosaic-extract.csv").
  const system = findRecordSystem(nameWords, title ?? '', lex);
  if (system) {
    const agency = resolveMention(system, `${nameWords} ${title ?? ''} ${context}`, lex, 'file');
    return { agency, why: `from the record system it names, ${system.text}` };
  }
  return null;
}

/** A forum (a MARAC) or a review's board or partnership: where a return is sent, not who sent it. */
export function isRecipientBody(mention: AgencyMention): boolean {
  return mention.context === 'forum' || mention.context === 'board';
}

/** One agency clearly named (ignoring people); null if none or several disagree. */
function pickSingle(mentions: AgencyMention[], context: string, lex: CompiledLexicon): AgencyId | null {
  const named = organisationMentions(mentions).filter((m) => !m.person || m.via === 'term');
  // "<Trust> – return to the <Place> Safeguarding Adults Board": the board (or a MARAC) a return is sent to is
  // not who sent it, when the title names a sender too.
  const senders = named.filter((m) => !isRecipientBody(m));
  // A board or partnership alone names no sender: it keeps no case record (a MARAC's own minutes do exist).
  if (senders.length === 0 && named.length > 0 && named.every((m) => m.context === 'board')) return null;
  const orgs = senders.length > 0 ? senders : named;
  const ids = new Set(orgs.map((m) => resolveMention(m, context, lex, 'file')));
  if (ids.size === 1) return [...ids][0]!;
  if (ids.size > 1) {
    // "Hillside Nursery School" matches school twice; "Northtown Health NHS
    // Trust – midwifery, health visiting" names several: no single agency.
    const first = orgs[0]!;
    const firstId = resolveMention(first, context, lex, 'file');
    const dominant = orgs.filter((m) => resolveMention(m, context, lex, 'file') === firstId).length;
    if (dominant > orgs.length / 2) return firstId;
  }
  return null;
}

/**
 * The employer a role or author cell names for seconded staff, if it says so:
 * "AMHP (seconded from ASC)", "social worker employed by adult social care".
 */
export function employerFromRole(role: string, lex: CompiledLexicon = defaultLexicon): AgencyId | null {
  const lower = role.toLowerCase();
  for (const cue of lex.secondedCues) {
    const at = lower.indexOf(cue);
    if (at < 0) continue;
    const after = role.slice(at + cue.length);
    const id = agencyFromLabel(after, '', lex);
    if (id) return id;
  }
  return null;
}
