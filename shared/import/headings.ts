/**
 * Which field a column heading names ("Date of contact" → date, "Action
 * taken" → action), from the heading vocabulary in resources/lexicon/
 * headings.json.
 */
import { z } from 'zod';
import data from '../../resources/lexicon/headings.json' with { type: 'json' };
import type { FieldName } from '../model.ts';

const fieldRule = z.object({ exact: z.array(z.string()), words: z.array(z.array(z.string())) });
const headingsSchema = z.object({ version: z.number(), fields: z.record(z.string(), fieldRule) });

const vocabulary = headingsSchema.parse(data);

/** Fields a heading can name; 'flag' and 'ignore' are decided from content. */
const HEADING_FIELDS: FieldName[] = ['date', 'time', 'agency', 'author', 'team', 'subject', 'contactType', 'event', 'action', 'sourceRef'];

/** Lower-case, fold punctuation and brackets to spaces, collapse spaces. "Date/Time" → "date time". */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/\(y\s*\/\s*n\)|\by\s*\/\s*n\b/g, ' ')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const exactIndex = new Map<string, FieldName>();
for (const field of HEADING_FIELDS) {
  for (const h of vocabulary.fields[field]?.exact ?? []) {
    const key = normaliseHeading(h);
    if (!exactIndex.has(key)) exactIndex.set(key, field);
  }
}

export interface HeadingMatch {
  field: FieldName;
  /** 2 for an exact heading, 1 for a heading that contains the field's words. */
  score: number;
}

/** The field a heading names, or null when it names none we know. */
export function classifyHeading(heading: string): HeadingMatch | null {
  const norm = normaliseHeading(heading);
  if (!norm || norm.length > 60) return null;
  const exact = exactIndex.get(norm);
  if (exact) return { field: exact, score: 2 };
  const words = new Set(norm.split(' '));
  for (const field of HEADING_FIELDS) {
    for (const group of vocabulary.fields[field]?.words ?? []) {
      if (group.every((w) => words.has(w))) return { field, score: 1 };
    }
  }
  return null;
}

/** "Label: value", the label short and starting with a letter. */
const LABELLED = /^\s*([A-Za-z][A-Za-z /&'()-]{0,30}?)\s*:\s*(.*)$/s;

export interface LabelledField {
  label: string;
  value: string;
  field: FieldName;
}

/**
 * A line that is a field of a printed record: "Label: value" whose label is a
 * heading we know ("Date: 14/03/2023", "Worker: A Smith", "Note type: Visit").
 * Records, letters and the PDF layout all read fields this way.
 */
export function labelledField(text: string): LabelledField | null {
  const m = LABELLED.exec(text);
  const match = m ? classifyHeading(m[1]!) : null;
  return match ? { label: m![1]!.trim(), value: m![2]!.trim(), field: match.field } : null;
}

/** Where one printed line holds several fields: "Date: 03 March 2023   Officer: TO2   Type: Home visit". */
const FIELD_GAP = /\s{3,}|\t+|\s+\|\s+/;

/**
 * The fields of one line: "Date: … Officer: … Type: …" is three when each later label is a heading we
 * know (the gaps between them are often lost: a text file's reader keeps one space), else the line's one
 * field, or none.
 */
export function labelledFields(text: string): LabelledField[] {
  const first = labelledField(text);
  if (!first || text.length > 240) return first ? [first] : [];
  const gapped = text.split(FIELD_GAP).filter((p) => p.trim() !== '');
  if (gapped.length >= 2) {
    const fields = gapped.map(labelledField);
    if (fields.every((f): f is LabelledField => f !== null)) return fields;
  }
  // Later labels: the one to three words before a colon, where they (or their last words) are a heading we know.
  const cuts: number[] = [];
  for (const m of first.value.matchAll(/(?:^|\s)((?:[A-Za-z][A-Za-z/&'()-]*\s){0,2}[A-Za-z][A-Za-z/&'()-]*)\s*:(?=\s)/dg)) {
    const words = m[1]!.split(/\s+/);
    const k = words.findIndex((_, i) => classifyHeading(words.slice(i).join(' ')) !== null);
    if (k >= 0) cuts.push(m.indices![1]![0] + m[1]!.indexOf(words.slice(k).join(' ')));
  }
  if (cuts.length === 0) return [first];
  const out: LabelledField[] = [];
  const value = first.value;
  const starts = [0, ...cuts];
  for (let i = 0; i < starts.length; i++) {
    const part = value.slice(starts[i], starts[i + 1] ?? value.length).trim();
    if (i === 0) out.push({ ...first, value: part });
    else {
      const f = labelledField(part);
      if (!f) return [first];
      out.push(f);
    }
  }
  return out;
}

/** Version of the heading vocabulary, part of the remembered-mapping signature. */
export const headingsVersion = vocabulary.version;
