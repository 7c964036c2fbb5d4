/**
 * Sentence splitting for report prose. A full stop ends a sentence unless it
 * belongs to an abbreviation practitioners use ("Dr.", "approx.", "e.g.",
 * "No.", initials) or sits inside a number ("35.0C", "5.3").
 */

const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'miss', 'st', 'no', 'nos', 'approx', 'apprx', 'c', 'ca', 'e.g', 'eg', 'i.e', 'ie', 'etc', 'vs', 'v', 'cf',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ref', 'tel', 'dob', 'prof', 'sgt', 'insp', 'det', 'con', 'supt', 'fig', 'para', 'paras', 'sec', 'ss', 'pp', 'p', 'ext', 'est', 'inc', 'ltd', 'dept', 'govt',
]);

const SENTENCE_STARTERS = /^["'‘“(]?(?:The|He|She|They|It|His|Her|Their|A|An|On|In|At|This|That|There|No|Nobody|None|When|After|Before|Later|Police|I|We)\b/;

/** Split text into sentences, keeping each sentence's own punctuation. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["'’”)]*\s+(?=["'‘“(]?[A-Z0-9])/g;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index + 1);
    const lastWord = /([A-Za-z.]+)\.$/.exec(before)?.[1]?.toLowerCase() ?? '';
    // "Dr. Smith", "approx. 3pm", "S. Jones": not the end of a sentence.
    if (ABBREVIATIONS.has(lastWord.replace(/\.$/, ''))) continue;
    // A lone capital is an initial ("J. Smith") unless a sentence plainly starts after it ("… found S. He was …").
    if (/^[a-z]$/i.test(lastWord) && !SENTENCE_STARTERS.test(text.slice(end))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}
