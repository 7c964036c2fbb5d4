/**
 * Case notes printed as records (what case management systems print): each
 * entry a block of "Label: value" lines, starting with its date.
 *
 *   Date: 14/03/2023 10:15
 *   Worker: A Smith (Social Worker)
 *   Type: Telephone call
 *   Note: Call from the school about attendance.
 *
 * The labels are the column headings agencies use (shared/import/headings),
 * so the records become a table and are read as one: a row per record, a
 * column per label; a line without a label carries on the value above.
 */
import { findLeadingDate } from '../dates/index.ts';
import { classifyHeading, labelledFields } from './headings.ts';
import type { RawBlock, RawRow, RawTable } from './raw.ts';

const RULE = /^\s*[-=_*~·•]{4,}\s*$/;

/** At least this many records, each with at least this many labelled lines on average. */
const MIN_RECORDS = 2;
const MIN_LABELS_PER_RECORD = 2;

/** The column a note's unlabelled text goes in when its header holds only short fields. */
const NOTE = 'Note';

/** Whether a label heads text (the note, the action) rather than a short field (a date, an author, a type). */
function isTextField(label: string): boolean {
  const field = classifyHeading(label)?.field;
  return field === 'event' || field === 'action';
}

/** The records as a table, or null when the blocks are not records. */
export function recordsAsTable(blocks: readonly RawBlock[], name: string): RawTable | null {
  const records: Array<{ at: number; values: Map<string, string> }> = [];
  const labels: string[] = [];
  let last: string | null = null;
  let labelledLines = 0;
  let opener: string | undefined;
  let otherLines = 0;
  for (const block of blocks) {
    // A rule between records ("-----") is layout, not text.
    if (RULE.test(block.text)) continue;
    const fields = labelledFields(block.text);
    // Title lines before the first record are not part of it; a record's own header line set in bold is.
    if (block.kind === 'heading' && records.length === 0 && !fields.some((f) => f.field === 'date')) continue;
    for (const kv of fields) {
      const current = records[records.length - 1];
      if (kv.field === 'date' && findLeadingDate(kv.value) !== null) {
        // The label that opens a record opens each one ("Date:"), or a date label this record already has;
        // another date inside a record ("Date of discharge" after "Date of admission") is its field.
        // (A record with no date yet takes its first: "Time:" may come first.)
        opener ??= kv.label;
        const dated = current ? [...current.values.keys()].some((l) => classifyHeading(l)?.field === 'date') : false;
        if (!current || current.values.has(kv.label) || (dated && kv.label === opener)) {
          records.push({ at: block.line ?? block.index, values: new Map() });
        }
      }
      const rec = records[records.length - 1];
      if (!rec) continue;
      if (!labels.includes(kv.label)) labels.push(kv.label);
      rec.values.set(kv.label, rec.values.has(kv.label) ? `${rec.values.get(kv.label)}\n${kv.value}` : kv.value);
      last = kv.label;
      labelledLines++;
    }
    const rec = records[records.length - 1];
    if (fields.length > 0 || !rec) continue;
    if (last) {
      // The note's own words after a header of short fields ("Date: … / Author: … / Note type: Contact", then
      // prose): its text, in a column of its own, not more of the note type.
      const into: string = isTextField(last) ? last : NOTE;
      if (into === NOTE && !labels.includes(NOTE)) labels.push(NOTE);
      rec.values.set(into, `${rec.values.get(into) ?? ''}\n${block.text}`.trim());
      otherLines++;
    }
  }
  if (records.length < MIN_RECORDS || labelledLines < MIN_LABELS_PER_RECORD * records.length) return null;
  // Mostly prose with a label here and there is a narrative, unless every record has its header of fields.
  const headed = records.filter((r) => r.values.size - (r.values.has(NOTE) ? 1 : 0) >= MIN_LABELS_PER_RECORD).length;
  if (labelledLines < otherLines && headed < records.length) return null;
  // Rows keep the line their record starts on; the made-up header row goes just before the first
  // (numbering the records in order instead when the first starts on line 1: 0 would mean "no header").
  const firstAt = records[0]!.at;
  const byLine = firstAt >= 2 && records.every((r, i) => i === 0 || r.at > records[i - 1]!.at);
  const header: RawRow = { index: byLine ? firstAt - 1 : 1, cells: labels.map((text) => ({ text })) };
  const rows: RawRow[] = records.map((r, i) => ({ index: byLine ? r.at : i + 2, cells: labels.map((l) => ({ text: r.values.get(l) ?? '' })) }));
  return { name, number: 1, rows: [header, ...rows] };
}
