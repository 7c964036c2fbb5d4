import type { AgencyMention } from '../agencies/lexicon.ts';

/**
 * Tokens and clauses for extraction. A token keeps its offsets so every
 * contact and concern can point at the words it rests on. Compounds that
 * practitioners write with hyphens, slashes or apostrophes stay one token
 * ("t/c", "e-mail", "call-back", "rec'd", "0-19").
 */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Punctuation and symbols are tokens too: they end phrases and lists. */
  punct: boolean;
}

const TOKEN_RE = /\d{1,2}:\d{2}(?![\p{N}])|[\p{L}\p{N}]+(?:['’][\p{L}]+|[-/+&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Split text into tokens, punctuation included. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: offset + m.index, end: offset + m.index + t.length, punct: !/[\p{L}\p{N}]/u.test(t[0]!) });
  }
  return out;
}

/** The word tokens of a phrase, as strings (for compiling the lexicon). */
export function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.text);
}

export interface Clause {
  text: string;
  /** The agencies the clause names, found once and shared by parties and concerns. */
  mentions?: AgencyMention[];
  start: number;
  end: number;
  /** Index of the sentence the clause belongs to, for cues that look beyond their clause (meetings). */
  sentence: number;
  /** Index of the cell (" | " separated part) it came from. */
  cell: number;
  tokens: Token[];
}

const ABBREV = /(?:\b(?:Dr|Mr|Mrs|Ms|Miss|St|No|approx|e\.g|i\.e|etc|Sgt|Insp|Det|Tel|Ref|c|cf|vs)|\b[A-Z])\.$/;

/**
 * Split an entry into clauses: cells (" | "), sentences, and the separators
 * practitioners use inside a sentence (";", " - ", ", then"). Colons do not
 * split: what follows a colon belongs to the words before it ("Present: …",
 * "Tel call to CPN (CMHT): …").
 */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let cell = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) {
      const slice = text.slice(start, end);
      clauses.push({ text: slice, start, end, sentence, cell, tokens: tokenize(slice, start) });
    }
  };
  let clauseStart = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const ch = text[i]!;
    if (ch === '|' && text[i - 1] === ' ' && text[i + 1] === ' ') {
      push(clauseStart, i);
      clauseStart = i + 1;
      sentence++;
      cell++;
    } else if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= len || /\s/.test(text[i + 1]!))) {
      if (ch === '.' && ABBREV.test(text.slice(Math.max(0, i - 6), i + 1)) && !/^\s+(?:The|He|She|They|It|His|Her|On|In|At|No|Not|This|That)\b/.test(text.slice(i + 1, i + 8))) continue;
      push(clauseStart, i + 1);
      clauseStart = i + 1;
      sentence++;
    } else if (ch === ';') {
      push(clauseStart, i);
      clauseStart = i + 1;
    } else if ((ch === '-' || ch === '–' || ch === '—') && text[i - 1] === ' ' && text[i + 1] === ' ') {
      push(clauseStart, i);
      clauseStart = i + 1;
    } else if (ch === ',' && /^,\s+(?:then|and then)\b/i.test(text.slice(i, i + 12))) {
      push(clauseStart, i);
      clauseStart = i + 1;
    }
  }
  push(clauseStart, len);
  return clauses;
}

/** Find a phrase from an index at token position i; returns its length in tokens, or 0. */
export function phraseAt<T>(tokens: readonly Token[], i: number, index: Map<string, Array<{ tokens: string[]; caseSensitive: boolean; value: T }>>): { length: number; value: T } | null {
  const first = tokens[i];
  if (!first) return null;
  const list = index.get(first.lower);
  if (!list) return null;
  for (const spec of list) {
    const n = spec.tokens.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const t = tokens[i + k]!;
      ok = (spec.caseSensitive ? t.text : t.lower) === spec.tokens[k];
    }
    if (ok) return { length: n, value: spec.value };
  }
  return null;
}
