/**
 * splitDateTime: a cell holding both ("2022-11-14 03:12", "14/03/2023 10:15",
 * "2022-11-14T03:12:00Z") into its date text and its time.
 */
import { envFor } from './context.ts';
import { parseAt } from './grammar.ts';
import { parseTime, parseTimeAt } from './time.ts';
import { indexPhrases, joined, longestPhrase, type Token, tokenize } from './tokens.ts';

/** What may stand between a date and its time. */
const CONNECTORS = indexPhrases<true>([
  { phrase: [','], value: true },
  { phrase: ['@'], value: true },
  { phrase: ['at'], value: true },
  { phrase: ['-'], value: true },
  { phrase: ['t'], value: true },
]);

function skipConnector(ts: readonly Token[], k: number): number {
  const c = longestPhrase(ts, k, CONNECTORS);
  if (c === null) return k;
  // ISO's "T" only counts glued to both sides.
  if (ts[k]?.norm === 't' && !(joined(ts, k) && joined(ts, k + 1))) return k;
  return c.end;
}

/** Split a cell into date text and time ("HH:MM"). With no time, date is the whole cell, trimmed. */
export function splitDateTime(raw: string): { date: string; time: string | null } {
  const text = raw.trim();
  const ts = tokenize(text);
  const env = envFor('cell', undefined);
  const parsed = ts.length === 0 ? null : parseAt(ts, 0, env);
  const last = parsed === null ? undefined : ts[parsed.end - 1];
  if (parsed !== null && last !== undefined && parsed.end < ts.length) {
    const at = ts[skipConnector(ts, parsed.end)];
    const time = at === undefined ? null : parseTime(text.slice(at.start));
    if (time !== null) return { date: text.slice(0, last.end).trimEnd(), time };
  }
  // Time first: "10:15 14/03/2023".
  const leadingTime = parseTimeAt(ts, 0);
  if (leadingTime !== null) {
    const k = skipConnector(ts, leadingTime.end);
    const rest = ts[k];
    const timeEnd = ts[leadingTime.end - 1]?.end ?? 0;
    if (rest !== undefined && parseAt(ts, k, env) !== null) {
      const time = parseTime(text.slice(0, timeEnd));
      if (time !== null) return { date: text.slice(rest.start), time };
    }
  }
  return { date: text, time: null };
}
