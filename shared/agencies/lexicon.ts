/**
 * Finding agencies in text: every name, abbreviation and role in the lexicon
 * data, matched on word tokens (not one giant regex) so matching stays linear
 * in the text and fast enough to run on every entry of a large case.
 */
import type { AgencyId } from '../model.ts';
import { agencyData, type LexiconFile } from './taxonomy.ts';

export interface AgencyMention {
  agency: AgencyId;
  start: number;
  end: number;
  /** The words as they appear in the text. */
  text: string;
  /** The lexicon term (or pattern) that matched, for "why did it say that". */
  term: string;
  /** A practitioner or person ("HV", "social worker", "mother"), not the organisation itself. */
  person: boolean;
  /** Named context that can change the agency ("social-worker", "hospital"). */
  context?: string;
  via: 'term' | 'pattern';
}

interface CompiledTerm {
  tokens: string[];
  caseSensitive: boolean;
  /** A role abbreviation in capitals ("SN", "HV", "CPN"): "SN1", "CPN2" are that role, numbered. */
  numbered: boolean;
  agency: AgencyId;
  term: string;
  person: boolean;
  context?: string;
}

interface CompiledPattern {
  re: RegExp;
  /** A cheap test the text must pass before the pattern is tried (its keywords). */
  hint: RegExp | null;
  agency: AgencyId;
  person: boolean;
  context?: string;
  source: string;
}

/** A case-record system ("Mosaic", "EMIS"): which kind of service keeps its records there. */
interface CompiledSystem {
  name: string;
  /** Matched by case in a title ("SIMS", "STORM" are also words). */
  caseSensitive: boolean;
  agency: AgencyId;
  context?: string;
}

export interface CompiledLexicon {
  version: number;
  /** First token (lower case) → candidate terms, longest first. */
  byFirst: Map<string, CompiledTerm[]>;
  patterns: CompiledPattern[];
  contexts: LexiconFile['contexts'];
  secondedCues: string[];
  systems: CompiledSystem[];
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Words are runs of letters and digits; '&' is kept as a token so "A&E" and
// "A & E" read alike; apostrophes and hyphens split ("0-19" = "0 19").
const TOKEN_RE = /[\p{L}\p{N}]+|&/gu;

/** Split text into word tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/** Build the matcher from the lexicon data. Pure: callers may compile a case's own extended lexicon. */
export function compileLexicon(data: LexiconFile): CompiledLexicon {
  const byFirst = new Map<string, CompiledTerm[]>();
  for (const [agency, terms] of Object.entries(data.terms)) {
    for (const raw of terms) {
      const spec = typeof raw === 'string' ? { t: raw } : raw;
      const tokens = tokenize(spec.t).map((t) => t.text);
      if (tokens.length === 0) continue;
      const caseSensitive = spec.cs === true;
      const compiled: CompiledTerm = {
        tokens: caseSensitive ? tokens : tokens.map((t) => t.toLowerCase()),
        caseSensitive,
        numbered: tokens.length === 1 && /^[A-Z]{2,5}$/.test(spec.t),
        agency,
        term: spec.t,
        person: spec.person === true,
        ...(spec.context ? { context: spec.context } : {}),
      };
      const key = tokens[0]!.toLowerCase();
      const list = byFirst.get(key) ?? [];
      list.push(compiled);
      byFirst.set(key, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const patterns = data.patterns.map((p) => ({
    re: new RegExp(p.re, 'gu'),
    hint: p.hint ? new RegExp(`(?:${p.hint})`) : null,
    agency: p.agency,
    person: p.person === true,
    ...(p.context ? { context: p.context } : {}),
    source: p.re,
  }));
  const systems = data.systems.entries.flatMap((e) =>
    e.names.map((name) => ({ name, caseSensitive: e.cs === true, agency: e.agency, ...(e.context ? { context: e.context } : {}) })),
  );
  return { version: data.version, byFirst, patterns, contexts: data.contexts, secondedCues: data.seconded.cues, systems };
}

/** The lexicon as shipped. */
export const defaultLexicon: CompiledLexicon = compileLexicon(agencyData);

function tokenMatches(term: CompiledTerm, i: number, tok: Token, isLast: boolean): boolean {
  const want = term.tokens[i]!;
  const have = term.caseSensitive ? tok.text : tok.lower;
  if (have === want) return true;
  // Numbered roles: "SW2", "HV1", "PO1", "DN2" are the role "SW", "HV", "PO", "DN".
  if (isLast && (term.caseSensitive || term.numbered)) {
    const written = term.caseSensitive ? have : tok.text;
    const role = term.caseSensitive ? want : want.toUpperCase();
    if (written.length <= role.length + 2 && written.startsWith(role) && /^\d{1,2}$/.test(written.slice(role.length))) return true;
  }
  // Plurals ("health visitors", "HVs", "GPs") on the last word of a term.
  if (isLast && want.length >= 2 && (have === `${want}s` || have === `${want}es`)) return true;
  return false;
}

/**
 * Every agency mention in the text, left to right, longest match first and
 * never overlapping. Lexicon terms win over the generic name patterns
 * ("Northtown General paediatrics" is paediatrics, not the hospital).
 */
export function findAgencyMentions(text: string, lex: CompiledLexicon = defaultLexicon): AgencyMention[] {
  const tokens = tokenize(text);
  const found: AgencyMention[] = [];
  const longestAt = (i: number): CompiledTerm | null => {
    const first = tokens[i]!;
    // "SN1", "CPN2": a numbered role is looked up by its letters.
    const numbered = /^([a-z]{2,5})\d{1,2}$/.exec(first.lower);
    const candidates = lex.byFirst.get(first.lower) ?? (numbered ? lex.byFirst.get(numbered[1]!)?.filter((t) => t.tokens.length === 1) : undefined) ?? [];
    for (const term of candidates) {
      const n = term.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = tokenMatches(term, k, tokens[i + k]!, k === n - 1);
      // Tokens of one term must be adjacent words, not split by a sentence break.
      if (ok && n > 1 && /[.;:!?\n]/.test(text.slice(first.end, tokens[i + n - 1]!.start))) ok = false;
      if (ok) return term;
    }
    return null;
  };
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const term = longestAt(i);
    let best: { term: CompiledTerm; last: Token } | null = term ? { term, last: tokens[i + term.tokens.length - 1]! } : null;
    // "the family support worker": a longer term starting inside this one wins ("the family" would hide it).
    if (term) {
      for (let k = 1; k < term.tokens.length; k++) {
        const inner = longestAt(i + k);
        if (inner && k + inner.tokens.length > term.tokens.length) {
          best = null;
          break;
        }
      }
    }
    if (best) {
      found.push({
        agency: best.term.agency,
        start: first.start,
        end: best.last.end,
        text: text.slice(first.start, best.last.end),
        term: best.term.term,
        person: best.term.person,
        ...(best.term.context ? { context: best.term.context } : {}),
        via: 'term',
      });
      i += best.term.tokens.length;
    } else {
      i += 1;
    }
  }
  for (const p of lex.patterns) {
    if (p.hint && !p.hint.test(text)) continue;
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({
        agency: p.agency,
        start,
        end,
        text: m[0],
        term: p.source,
        person: p.person,
        ...(p.context ? { context: p.context } : {}),
        via: 'pattern',
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // A named organisation followed by a term names that service of it: "Northtown General ED" is the ED,
  // "Northtown General paediatrics" paediatrics. Merge the two into one mention with the term's agency.
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    if (a.via === 'pattern' && b.via === 'term' && /^\s+$/.test(text.slice(a.end, b.start))) {
      found.splice(k, 2, { ...b, start: a.start, text: text.slice(a.start, b.end) });
    }
  }
  return found;
}

function hasCue(haystackLower: string, cue: string): boolean {
  const c = cue.toLowerCase();
  let from = 0;
  for (;;) {
    const at = haystackLower.indexOf(c, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : haystackLower[at - 1]!;
    const after = haystackLower[at + c.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

/**
 * The agency a context-dependent mention stands for, given the text around it
 * (the entry, its file's title, the case's kind). "social worker" is CSC
 * unless the context speaks of adult social care. A file's own sender is resolved in 'file' scope, which
 * reads rules that would mislead on one entry's words ("S is an inpatient" does not make Ward 7 another
 * service; a file of inpatient discharge summaries is the wards' record).
 */
export function resolveMention(
  mention: AgencyMention,
  contextText: string,
  lex: CompiledLexicon = defaultLexicon,
  scope: 'entry' | 'file' = 'entry',
): AgencyId {
  if (!mention.context) return mention.agency;
  const ctx = lex.contexts[mention.context];
  if (!ctx) return mention.agency;
  const hay = contextText.toLowerCase();
  for (const rule of scope === 'file' ? [...ctx.when, ...(ctx.fileWhen ?? [])] : ctx.when) {
    if (rule.cues.some((cue) => hasCue(hay, cue))) return rule.agency;
  }
  return ctx.default === '' ? mention.agency : (ctx.default as AgencyId);
}

/**
 * The record system a file's name or title names, as a mention whose context the rest of the file resolves
 * ("mosaic-case-extract.csv" under a safeguarding adults review is adult social care). A file name's case says
 * nothing, so it is matched without case; a title by case where the name is also a word.
 */
export function findRecordSystem(fileWords: string, title: string, lex: CompiledLexicon = defaultLexicon): AgencyMention | null {
  const nameTokens = new Set(tokenize(fileWords).map((t) => t.lower));
  const titleTokens = tokenize(title);
  for (const sys of lex.systems) {
    const words = tokenize(sys.name);
    const inName = words.length > 0 && words.every((w) => nameTokens.has(w.lower));
    const inTitle = titleTokens.some((t, i) => words.every((w, k) => sameWord(titleTokens[i + k], w, sys.caseSensitive)));
    if (inName || inTitle) {
      return { agency: sys.agency, start: 0, end: 0, text: sys.name, term: sys.name, person: false, via: 'term', ...(sys.context ? { context: sys.context } : {}) };
    }
  }
  return null;
}

function sameWord(token: Token | undefined, word: Token, caseSensitive: boolean): boolean {
  return token !== undefined && (caseSensitive ? token.text === word.text : token.lower === word.lower);
}

/** Whether any of the cue phrases occurs in the text as whole words (case-insensitive). */
export function mentionsAny(text: string, cues: readonly string[]): boolean {
  const hay = text.toLowerCase();
  return cues.some((cue) => hasCue(hay, cue));
}
