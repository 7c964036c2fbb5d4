/**
 * findLeadingDate: the date phrase a narrative line or paragraph opens with
 * ("14th March 2023 – Ms K came…", "w/c 12 June – L came…", "Undated –
 * approx. autumn 2023 – A note…", "12/03/2023 10:15 Visit…").
 */
import type { FuzzyDate } from '../model.ts';
import { envFor, hintsFor, type DateContext } from './context.ts';
import { isolated, parseAt } from './grammar.ts';
import { interpret } from './interpret.ts';
import { SEPARATORS } from './markers.ts';
import { parseTimeAt } from './time.ts';
import { type Token, tokenize } from './tokens.ts';
import { atBoundary } from './written.ts';

/** List bullets a line may start with before its date. */
const BULLETS: ReadonlySet<string> = new Set(['•', '*', '·', '▪', '‣', '◦', '–']);

export interface LeadingDate {
  /** The date phrase as written, markers included ("Undated – approx. autumn 2023"). */
  raw: string;
  /** Offset where the rest of the line begins, after any time and separator. */
  rest: number;
  date: FuzzyDate;
  /** A clock time written straight after the date ("12/03/2023 10:15 Visit…"), as HH:MM, else null. */
  time: string | null;
  /** The date stood in brackets ("[14/03/2023] Visit…", "(14.03.23) Call…"): a label, whatever follows. */
  bracketed?: boolean;
}

const CLOSING: Readonly<Record<string, string>> = { '[': ']', '(': ')' };

function skipSeparators(ts: readonly Token[], k: number): number {
  let j = k;
  // At most two: "14th March 2023 – Ms K", "3rd October 2022: Annual", "… —: …".
  for (let n = 0; n < 2; n++) {
    const t = ts[j];
    if (t === undefined || t.kind !== 'punct' || !SEPARATORS.has(t.norm) || t.norm === '(') break;
    j++;
  }
  return j;
}

/** The date phrase at the very start of a narrative line, or null. */
export function findLeadingDate(text: string, ctx?: DateContext): LeadingDate | null {
  const ts = tokenize(text);
  let i = 0;
  while (i < 2 && ts[i] !== undefined && BULLETS.has(ts[i]?.text ?? '')) i++;
  const open = ts[i]?.kind === 'punct' ? CLOSING[ts[i]!.text] : undefined;
  if (open) i++;
  const parsed = parseAt(ts, i, envFor('leading', ctx));
  const first = ts[i];
  const last = parsed === null ? undefined : ts[parsed.end - 1];
  if (parsed === null || first === undefined || last === undefined || !isolated(ts, i, parsed.end)) return null;
  // A bare year opening a line is a date only when set off from the text ("2023 – Annual review").
  if (parsed.spec?.kind === 'year' && !atBoundary(ts, parsed.end)) return null;
  let k = parsed.end;
  const clock = parseTimeAt(ts, k);
  let time: string | null = null;
  if (clock !== null) {
    time = `${String(clock.hours).padStart(2, '0')}:${String(clock.minutes).padStart(2, '0')}`;
    k = clock.end;
  }
  // "[14/03/2023]": only with its closing bracket is it a bracketed date.
  if (open) {
    if (ts[k]?.text !== open) return null;
    k++;
  }
  k = skipSeparators(ts, k);
  const raw = text.slice(first.start, last.end);
  return { raw, rest: ts[k]?.start ?? text.length, date: interpret(raw, parsed, hintsFor(ctx)), time, ...(open ? { bracketed: true } : {}) };
}
