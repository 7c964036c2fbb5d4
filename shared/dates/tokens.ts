/**
 * A linear tokenizer for date text, and the small matching helpers the
 * grammar is built from. Everything downstream walks tokens with bounded
 * look-ahead instead of running backtracking regular expressions over the
 * text, so no input (100 kB of full stops, a word repeated 50,000 times) can
 * make parsing slow.
 */

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** The characters as written. */
  readonly text: string;
  /** Lower-cased, with dash, slash and apostrophe variants folded to '-', '/' and "'". */
  readonly norm: string;
  /** Offsets into the source text; end is exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Look-alike characters that practitioners (and Word's autocorrect) use for the same separator. */
const FOLDED_PUNCT: Readonly<Record<string, string>> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\uFE63': '-',
  '\uFF0D': '-',
  '\u2044': '/', // fraction slash
  '\u2215': '/', // division slash
  '\\': '/',
  '\u2018': "'",
  '\u2019': "'",
  '`': "'",
  '\u00B4': "'",
  '\uFF1A': ':',
};

const LETTER = /\p{L}/u;
const SPACE = /\s/u;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(text.charAt(i));
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(i));
}

/** Split text into runs of ASCII digits, runs of letters, and single punctuation characters; whitespace separates tokens and is dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigitCode(text.charCodeAt(i))) {
      kind = 'num';
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    } else if (isLetterAt(text, i)) {
      kind = 'word';
      while (i < n && isLetterAt(text, i)) i++;
    } else {
      kind = 'punct';
      i++;
    }
    const raw = text.slice(start, i);
    const norm = kind === 'punct' ? (FOLDED_PUNCT[raw] ?? raw) : raw.toLowerCase();
    tokens.push({ kind, text: raw, norm, start, end: i });
  }
  return tokens;
}

/** True when token i directly follows token i-1 with no space between. */
export function joined(ts: readonly Token[], i: number): boolean {
  const a = ts[i - 1];
  const b = ts[i];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The token's norm when it is the given kind, else undefined. */
export function normAt(ts: readonly Token[], i: number, kind: TokenKind): string | undefined {
  const t = ts[i];
  return t !== undefined && t.kind === kind ? t.norm : undefined;
}

export function isPunct(ts: readonly Token[], i: number, p: string): boolean {
  return normAt(ts, i, 'punct') === p;
}

export function isWord(ts: readonly Token[], i: number, w: string): boolean {
  return normAt(ts, i, 'word') === w;
}

/** The value of a run of digits whose length is within [minLen, maxLen], else null. */
export function digitsAt(ts: readonly Token[], i: number, minLen: number, maxLen: number): number | null {
  const t = ts[i];
  if (t === undefined || t.kind !== 'num' || t.text.length < minLen || t.text.length > maxLen) return null;
  return Number(t.text);
}

/** A word whose first letter is a capital: prose only trusts "May" and "March" as months when capitalised. */
export function isCapitalised(t: Token): boolean {
  const first = t.text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * A phrase is the token norms in order. An element that ends in '?' (other
 * than "?" itself) is optional: ['approx', '.?'] matches "approx" and "approx.".
 */
export type Phrase = readonly string[];

export interface PhraseEntry<T> {
  readonly phrase: Phrase;
  readonly value: T;
}

/** Phrase entries indexed by their first token, for quick look-ups in long prose. */
export type PhraseIndex<T> = ReadonlyMap<string, ReadonlyArray<PhraseEntry<T>>>;

function isOptional(element: string): boolean {
  return element.length > 1 && element.endsWith('?');
}

/** Token index after the phrase when it matches at i, else -1. */
export function matchPhrase(ts: readonly Token[], i: number, phrase: Phrase): number {
  let j = i;
  for (const element of phrase) {
    const optional = isOptional(element);
    const want = optional ? element.slice(0, -1) : element;
    if (ts[j]?.norm === want) j++;
    else if (!optional) return -1;
  }
  return j;
}

/** Index a vocabulary table by first token. The first element of a phrase must not be optional. */
export function indexPhrases<T>(entries: ReadonlyArray<PhraseEntry<T>>): PhraseIndex<T> {
  const index = new Map<string, Array<PhraseEntry<T>>>();
  for (const entry of entries) {
    const first = entry.phrase[0];
    if (first === undefined || isOptional(first)) throw new Error(`phrase must start with a required token: ${entry.phrase.join(' ')}`);
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  return index;
}

/** The longest phrase from the index that matches at i (earlier entries win ties). */
export function longestPhrase<T>(ts: readonly Token[], i: number, index: PhraseIndex<T>): { value: T; end: number } | null {
  const first = ts[i];
  if (first === undefined) return null;
  const candidates = index.get(first.norm);
  if (candidates === undefined) return null;
  let best: { value: T; end: number } | null = null;
  for (const entry of candidates) {
    const end = matchPhrase(ts, i, entry.phrase);
    if (end > i && (best === null || end > best.end)) best = { value: entry.value, end };
  }
  return best;
}

/** Build a lookup from words to values, e.g. month names to month numbers. */
export function wordTable<T>(rows: ReadonlyArray<{ readonly names: readonly string[]; readonly value: T }>): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const row of rows) for (const name of row.names) table.set(name, row.value);
  return table;
}
