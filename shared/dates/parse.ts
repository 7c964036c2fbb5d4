/**
 * parseFuzzyDate: one date cell (or a cell that starts with a date) to a
 * FuzzyDate.
 */
import type { FuzzyDate } from '../model.ts';
import { envFor, hintsFor, type DateContext } from './context.ts';
import { parseAt } from './grammar.ts';
import { interpret } from './interpret.ts';
import { tokenize } from './tokens.ts';

/**
 * Parse a date cell or a leading date phrase. Returns null when the text
 * holds no date at all ("n/a", "TBC", "see above", a heading). An explicitly
 * undated entry ("Undated") gives null bounds, uncertain, flag 'unparsed'.
 * Text after the date (a time, a note) is ignored; raw is the whole input,
 * trimmed.
 */
export function parseFuzzyDate(raw: string, ctx?: DateContext): FuzzyDate | null {
  const text = raw.trim();
  const ts = tokenize(text);
  if (ts.length === 0) return null;
  const parsed = parseAt(ts, 0, envFor('cell', ctx));
  return parsed === null ? null : interpret(text, parsed, hintsFor(ctx));
}
