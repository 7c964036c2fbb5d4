/**
 * What extraction needs to know about the case as a whole: whether it is an
 * adults' review (then "social worker" means adult social care, and an
 * assessment of the adult is a contact with "family"), and each source's own
 * place names (so "Southborough CSC" in a Northtown return is another area's
 * service, not the recording agency itself).
 */
import { findAgencyMentions, resolveMention } from '../agencies/index.ts';
import type { AgencyId } from '../model.ts';

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

/**
 * The people of a case by name, learned from how its records introduce them
 * (issue 11, cause 3: people named by relationship or occupation): the family
 * and public ("Jade (11)", "Edith W (75)", "Lorraine DUNMORE", "his mother
 * Edith", "Ms Kellett", "IP Jodie") and practitioners with their agency
 * ("Karen at probation", "Sam (CPN)", "Tom (duty SW at ASC)"). Extraction
 * then reads "Dean rang", "told Karen" as contacts with them.
 */
export interface CaseCast {
  family: string[];
  staff: Record<string, AgencyId>;
  /**
   * The case's own abbreviations for the organisations it names: "KGH" where
   * the records also write "Kessingford General Hospital", "HCS" beside
   * "Hollin Cross Surgery". An organisation, not a person.
   */
  aliases?: Record<string, CaseAlias>;
}

export interface CaseAlias {
  agency: AgencyId;
  /** The named context of the full name ("hospital"), so the abbreviation resolves as the name would. */
  context?: string;
}

const NAME = String.raw`([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)`;
const KIN = String.raw`(?:mother|mum|mam|father|dad|son|daughter|sister|brother|niece|nephew|partner|ex-partner|husband|wife|boyfriend|girlfriend|grandmother|grandfather|nan|gran|aunt|uncle|cousin|neighbour|friend|stepfather|stepmother|stepdad|carer|victim|suspect|claimant|applicant|client|patient|pt|IP|injured party|service user|tenant|resident)`;
const FAMILY_INTRODUCTIONS: RegExp[] = [
  new RegExp(String.raw`\b${NAME}(?:\s+[A-Z](?![\p{L}]))?\s*\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yrs?|years?)?\s*[),]`, 'gu'),
  new RegExp(String.raw`\b${NAME}\s+[A-Z]{4,}\b(?![\s-]*[A-Z][a-z])`, 'gu'),
  new RegExp(String.raw`\b(?:his|her|their|the|[A-Z]'s)\s+${KIN}\s*,?\s*\(?${NAME}\b`, 'gu'),
  new RegExp(String.raw`\b${NAME}\s*,?\s*\(?\s*(?:his|her|their|the)\s+${KIN}\b`, 'gu'),
  new RegExp(String.raw`\b(?:IP|victim|suspect|claimant|client|patient|applicant|Ms|Mr|Mrs|Miss)\s+${NAME}\b`, 'gu'),
];
/** "Karen at probation", "Sam (CPN)", "Tom (duty SW at ASC)", "Mel from Lantern". */
const STAFF_INTRODUCTION = new RegExp(String.raw`\b${NAME}\s*(?:\(([^)]{2,40})\)|\s+(?:at|from)\s+((?:the\s+)?[A-Za-z][A-Za-z']{1,20}(?:\s+[A-Z][A-Za-z']{1,20})?))`, 'gu');
/** A name followed by what people do in records: the subject of a verb. */
const SUBJECT = new RegExp(String.raw`\b${NAME}\s+(?:said|says|rang|phoned|called|told|was|is|has|had|did|didn['’]t|does|seen|attended|reported|asked|stated|refused|declined|agreed|went|came|left|returned|disclosed|denied|wants|wanted|turned up|got|became|appeared|presented)\b`, 'gu');
/** A role in brackets or after "at": whoever it describes is a practitioner, whatever the agency. */
const PRACTITIONER = /\b(?:worker|lead|officer|nurse|manager|coordinator|co-ordinator|practitioner|doctor|consultant|volunteer|staff|SW|CPN|GP|PC|DC|DS|keyworker|key worker|navigator|advocate|adviser|advisor|chair|clinician|therapist|psychiatrist|paramedic|teacher|head|DSL|social worker|team)\b/i;

/** Capitalised words that open sentences or name things, never a person. */
const NOT_NAMES = new Set(['The', 'This', 'That', 'His', 'Her', 'Their', 'Child', 'Baby', 'Adult', 'Sib', 'Officer', 'Worker', 'Nurse', 'Doctor', 'Team', 'Ward', 'Room', 'Flat', 'Block', 'Section', 'Part', 'Appendix', 'Risk', 'Level', 'Tier', 'Band', 'Grade', 'Stage', 'Year', 'Class', 'Form', 'Page', 'Table', 'Case', 'Crime', 'Incident', 'Call', 'Email', 'Letter', 'Referral', 'Home', 'Visit', 'Seen', 'Told', 'Tel', 'Duty', 'Police', 'Plan', 'Action', 'Outcome', 'Note', 'Notes', 'Date', 'Time', 'Mon', 'Tue', 'Tues', 'Wed', 'Weds', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Spring', 'Summer', 'Autumn', 'Winter', 'Safeguarding', 'Review', 'Mental', 'Health', 'Social', 'Care', 'Services', 'Service', 'Council', 'Trust', 'General', 'Hospital', 'Royal', 'Street', 'Road', 'Lane', 'Close', 'Court', 'House', 'Centre', 'School', 'Academy', 'Surgery', 'Practice', 'Report', 'Minutes', 'Present', 'Apologies', 'Attendees', 'Chair', 'Agreed', 'Rang', 'Phoned', 'Called', 'Emailed', 'Discussed', 'Advised', 'Tried']);

function nameOk(n: string): boolean {
  return !NOT_NAMES.has(n) && findAgencyMentions(n).length === 0;
}

/**
 * How each capitalised word is used across the case, read in one pass: the
 * word before it and the capitalised word after it. A person's name is never
 * written in lower case ("Attended", "Department"), is used inside a sentence
 * at least once (not only as a sentence's first word, like "Officers"), and is
 * never a place ("in Trefelin", "Marrowfield General", "Fenholt EIP").
 */
class WordUse {
  readonly lower = new Set<string>();
  readonly midSentence = new Set<string>();
  readonly afterPlaceWord = new Set<string>();
  readonly followers = new Map<string, Set<string>>();
  constructor(all: string) {
    let prev = '';
    for (const m of all.matchAll(/[\p{L}\p{N}'’-]+|[.!?;:\n|]/gu)) {
      const w = m[0];
      if (/^[.!?;:\n|]$/.test(w)) {
        prev = '';
        continue;
      }
      if (/^\p{Ll}/u.test(w)) this.lower.add(w.toLowerCase());
      else if (/^\p{Lu}\p{Ll}/u.test(w)) {
        if (prev) this.midSentence.add(w);
        if (/^(?:in|at|near|around|outside|across)$/.test(prev)) this.afterPlaceWord.add(w);
      }
      if (/^\p{Lu}/u.test(w) && /^\p{Lu}\p{Ll}/u.test(prev)) {
        const set = this.followers.get(prev) ?? new Set<string>();
        set.add(w);
        this.followers.set(prev, set);
      }
      prev = w;
    }
  }
}

function personLike(name: string, use: WordUse): boolean {
  if (use.lower.has(name.toLowerCase()) || /(?:ed|ing|ly|ion|ment|ness|ity)$/.test(name)) return false;
  if (!use.midSentence.has(name) || use.afterPlaceWord.has(name)) return false;
  for (const next of use.followers.get(name) ?? []) {
    if (next === name.toUpperCase() || /^[A-Z]$/.test(next)) continue;
    if (NOT_NAMES.has(next) || findAgencyMentions(`${name} ${next}`).some((x) => x.agency !== 'family')) return false;
  }
  return true;
}

/** Small words a name's initials skip: "Department for Work and Pensions" is DWP. */
const INITIAL_SKIPS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/** The initials of a multi-word name, when every word is capitalised or a small joining word ("Kessingford General Hospital" → KGH). */
function initialsOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w && !INITIAL_SKIPS.has(w.toLowerCase()));
  if (words.length < 2 || words.some((w) => !/^\p{Lu}/u.test(w))) return null;
  const initials = words.map((w) => w[0]!).join('').toUpperCase();
  return initials.length <= 6 ? initials : null;
}

/** "KESSINGFORD GENERAL HOSPITAL" → "Kessingford General Hospital", so a letterhead in capitals reads as the name it is. */
const CAPITALS_RUN = /(?<![\p{L}\p{N}])[A-Z][A-Z'’-]{2,}(?:\s+(?:OF|AND|FOR|THE|&)?\s*[A-Z][A-Z'’-]{2,})+(?![\p{L}\p{N}])/gu;
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?\p{Lu}[\p{L}'’-]*){2,}/gu;
/** Capitalised words right before a mention, within its sentence. */
const LEADING_NAME = /(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|the|&)\s+)?)+$/u;
const titleCase = (run: string) => run.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()).replace(/\b(Of|And|For|The)\b/g, (w) => w.toLowerCase());

/**
 * The abbreviations a case coins for the organisations it names (issue 11,
 * agency aliases): "KGH" where the records also write "Kessingford General
 * Hospital" (or its letterhead, in capitals), "MVP" beside "Mercia Vale
 * Police (MVP)". Only the name's own initials count (a bracket after a name
 * is as often a qualifier: "(HIGH)", "CMHT (NSMHT)"); two letters are too
 * often something else ("HR", "MP"); a word the case also writes in lower case
 * is a word; an abbreviation the lexicon knows keeps its meaning; one two
 * names share is left out.
 */
function aliasesOf(list: readonly string[], all: string, use: WordUse): Record<string, CaseAlias> {
  const standalone = new Set((all.match(/(?<![\p{L}\p{N}])[A-Z]{3,6}(?![\p{L}\p{N}])/gu) ?? []).filter((a) => !use.lower.has(a.toLowerCase()) && findAgencyMentions(a).length === 0));
  const found = new Map<string, CaseAlias>();
  const clash = new Set<string>();
  if (standalone.size === 0) return {};
  const read = (text: string) => {
    for (const m of findAgencyMentions(text)) {
      if (m.person || m.agency === 'family') continue;
      // The lexicon names the kind ("Police", "General Hospital"); the words before it name which one ("Mercia Vale").
      const lead = LEADING_NAME.exec(text.slice(0, m.start))?.[0] ?? '';
      const initials = [initialsOf(lead + m.text), initialsOf(m.text)].find((x) => x !== null && standalone.has(x));
      if (!initials) continue;
      const had = found.get(initials);
      if (had && had.agency !== m.agency) clash.add(initials);
      else found.set(initials, { agency: m.agency, ...(m.context ? { context: m.context } : {}) });
    }
  };
  // Reading mentions is the costly part: only a text with a run of capitalised words whose initials stand alone elsewhere can coin one.
  const initialsRun = (run: string) => {
    const letters = run.split(/\s+/).filter((w) => !INITIAL_SKIPS.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
    for (let i = 0; i < letters.length; i++) for (let n = 3; n <= 6 && i + n <= letters.length; n++) if (standalone.has(letters.slice(i, i + n))) return true;
    return false;
  };
  for (const t of list) {
    if (![...t.matchAll(CAPITALISED_RUN)].some((m) => initialsRun(m[0]))) continue;
    read(t);
    for (const m of t.matchAll(CAPITALS_RUN)) read(titleCase(m[0]));
  }
  for (const a of clash) found.delete(a);
  return Object.fromEntries([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The cast of a case, from all its entries' words (names seen once as family and once as staff are left out). */
export function castOf(entries: ReadonlyArray<{ text: string; sourceFile?: string }>): CaseCast {
  const list = entries.map((e) => e.text);
  const sourceOf = entries.map((e) => e.sourceFile ?? '');
  const all = list.join('\n');
  const use = new WordUse(all);
  const verdicts = new Map<string, boolean>();
  const ok = (n: string) => {
    let v = verdicts.get(n);
    if (v === undefined) verdicts.set(n, (v = nameOk(n) && personLike(n, use)));
    return v;
  };
  const family = new Set<string>();
  const staff = new Map<string, AgencyId>();
  const clash = new Set<string>();
  const practitioners = new Set<string>();
  for (const t of list) {
    for (const re of FAMILY_INTRODUCTIONS) {
      re.lastIndex = 0;
      for (const m of t.matchAll(re)) {
        const n = m[1]!;
        if (ok(n)) family.add(n);
      }
    }
    STAFF_INTRODUCTION.lastIndex = 0;
    for (const m of t.matchAll(STAFF_INTRODUCTION)) {
      const n = m[1]!;
      if (!ok(n)) continue;
      const role = (m[2] ?? m[3] ?? '').trim();
      // "Edith (mother of DW, open to CMHT)": a relative, whatever service the brackets go on to name.
      if (new RegExp(String.raw`^\s*(?:his|her|their|the)?\s*${KIN}\b`, 'i').test(role)) {
        family.add(n);
        continue;
      }
      if (PRACTITIONER.test(role)) practitioners.add(n);
      // "duty SW at ASC": the organisation a role names is its employer, before the role word's own default.
      const named = findAgencyMentions(role).filter((x) => x.agency !== 'family');
      const mention = named.find((x) => !x.person) ?? named[0];
      if (!mention) continue;
      const agency = resolveMention(mention, role);
      const had = staff.get(n);
      if (had && had !== agency) clash.add(n);
      else staff.set(n, agency);
    }
  }
  // The main people of a case are the subjects of its verbs, again and again ("Dean rang", "Edith said").
  // Someone the records of two agencies or more speak of that way is the family's, not one agency's own worker.
  const subjects = new Map<string, { count: number; sources: Set<string> }>();
  list.forEach((t, i) => {
    for (const m of t.matchAll(SUBJECT)) {
      const seen = subjects.get(m[1]!) ?? { count: 0, sources: new Set<string>() };
      seen.count++;
      seen.sources.add(sourceOf[i] ?? '');
      subjects.set(m[1]!, seen);
    }
  });
  for (const [n, seen] of subjects) if (seen.count >= 3 && seen.sources.size >= 2 && !staff.has(n) && !practitioners.has(n) && ok(n)) family.add(n);
  for (const n of practitioners) family.delete(n);
  for (const n of staff.keys()) if (family.has(n)) clash.add(n);
  for (const n of clash) {
    family.delete(n);
    staff.delete(n);
  }
  const aliases = aliasesOf(list, all, use);
  return { family: [...family].sort(), staff: Object.fromEntries([...staff].sort()), ...(Object.keys(aliases).length ? { aliases } : {}) };
}

/** The part of the cast an entry's text names, so an entry's cached extraction changes only when its own people do. */
export function castIn(cast: CaseCast, text: string): CaseCast | undefined {
  const named = (n: string) => new RegExp(String.raw`\b(?:${n}|${n.toUpperCase()})\b`).test(text);
  const family = cast.family.filter(named);
  const staff = Object.fromEntries(Object.entries(cast.staff).filter(([n]) => named(n)));
  const aliases = Object.fromEntries(Object.entries(cast.aliases ?? {}).filter(([a]) => new RegExp(String.raw`(?<![\p{L}\p{N}])${a}(?![\p{L}\p{N}])`, 'u').test(text)));
  const hasAliases = Object.keys(aliases).length > 0;
  return family.length || Object.keys(staff).length || hasAliases ? { family, staff, ...(hasAliases ? { aliases } : {}) } : undefined;
}
