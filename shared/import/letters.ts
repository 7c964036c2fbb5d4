/**
 * A file of letters or forms one after another (a hospital's discharge
 * summaries and attendance letters, a service's notifications): each opens
 * with the same letterhead, carries its date in a labelled field
 * ("Date of admission: 18/03/2023", "Date: 16/10/2023") and tells its event
 * in undated prose ("Dear Dr W, … Yours sincerely"). Each letter is one
 * entry, whole: read as prose, its body would be dropped as commentary.
 *
 * Minutes written out one meeting after another are read the same way: each
 * opens with its own title ("STRATEGY MEETING – CHILD B") and its date field.
 *
 * A running page header in a report repeats too; what tells a letter apart
 * is its form (a salutation, a sign-off, a cc line, labelled fields, the lists
 * of minutes) and that it tells one event (no more than one paragraph opening
 * with a date).
 */
import { findDateMentions, findLeadingDate, hasAbsoluteDateMention } from '../dates/index.ts';
import { blankDraft, type DraftEntry } from './draft.ts';
import { labelledField } from './headings.ts';
import { draftsFromProse } from './narrative.ts';
import type { RawBlock } from './raw.ts';

/** The form of a letter: how it greets, signs off and copies. */
const LETTER_FORM = /^\s*(?:dear\b|yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+wishes|with\s+regards|cc\s*:|c\.c\.|re\s*:|for\s+the\s+attention\s+of\b|f\.?a\.?o\.?\b)/i;
/** The form of minutes: who chaired, where, who came and who sent apologies. */
const MINUTES_FORM = /^\s*(?:present|apologies|chair(?:ed by)?|venue|attendees|in attendance|also in attendance|minute taker|actions?)\s*:/i;
/** Labels that date a person, not the letter's event. */
const NOT_THE_EVENT = /\b(?:birth|dob|d\.o\.b|born|printed|typed|dictated)\b/i;
/** A letter's own time field, or the time beside its date ("Time of arrival: 04:22"). */
const TIME_FIELD = /\b(?:time(?:\s+of\s+(?:arrival|call|incident|attendance|admission))?|arrival\s+time)\s*:\s*(\d{1,2}[:.]\d{2})\b/i;

const norm = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

interface LetterDate {
  raw: string;
  block: RawBlock;
}

/** The letter's date: the first date field that is not a birth date, else its first date that is not one. */
function letterDate(blocks: readonly RawBlock[]): LetterDate | null {
  for (const block of blocks) {
    for (const part of block.text.split(/\s{2,}|(?<=\d)\s+(?=[A-Z][A-Za-z ]{0,30}:)/)) {
      const f = labelledField(part);
      if (!f || f.field !== 'date' || NOT_THE_EVENT.test(f.label)) continue;
      const found = findLeadingDate(f.value);
      if (found) return { raw: found.raw.trim(), block };
    }
  }
  for (const block of blocks) {
    for (const mention of findDateMentions(block.text)) {
      if (mention.kind !== 'absolute' || !mention.date?.earliest) continue;
      if (NOT_THE_EVENT.test(block.text.slice(Math.max(0, mention.start - 20), mention.start))) continue;
      return { raw: mention.raw, block };
    }
  }
  return null;
}

/** Whether a run of blocks reads as a letter or form rather than a page of a report or diary. */
function isLetter(blocks: readonly RawBlock[]): boolean {
  const form = blocks.some((b) => LETTER_FORM.test(b.text) || MINUTES_FORM.test(b.text));
  const fields = blocks.filter((b) => labelledField(b.text) !== null).length;
  return (form || fields >= 2) && datedParagraphs(blocks) <= 1;
}

/** How many paragraphs open with a date: a diary's page has many, a letter or form at most one. */
function datedParagraphs(blocks: readonly RawBlock[]): number {
  return blocks.filter((b) => b.kind === 'paragraph' && findLeadingDate(b.text) !== null).length;
}

/**
 * Where each letter starts: at every repeat of its letterhead, the first line of the file that repeats (a
 * covering note, "Return to the Safeguarding Adults Board: discharge summaries …", may come before it).
 */
function letterheadStarts(blocks: readonly RawBlock[]): number[] {
  // (Only lines before the first date: "Present:" repeats in every set of minutes but heads none.)
  for (const first of blocks.slice(0, LETTERHEAD_WITHIN)) {
    if (findDateMentions(first.text).length > 0) break;
    const head = norm(first.text);
    const starts = blocks.flatMap((b, i) => (norm(b.text) === head ? [i] : []));
    if (starts.length >= 2) return starts;
  }
  return [];
}

/** How far into a file its first letterhead may be. */
const LETTERHEAD_WITHIN = 4;

/** A heading's text with its numbers taken out: "SUMMARY (2 of 5)" and "SUMMARY (3 of 5)" are one form's title. */
const unnumbered = (text: string): string => norm(text).replace(/\d+/g, '#');

/**
 * Where each form starts in a file of numbered forms (an ambulance service's patient records, "SUMMARY (1 of 5)",
 * "(2 of 5)" …): at each repeat of a heading that, numbers aside, recurs; with no colons its fields are told
 * apart by the layout, so the repeat itself is the form.
 */
function repeatedHeadingStarts(blocks: readonly RawBlock[]): number[] {
  const counts = new Map<string, number>();
  // (A heading that opens with a date is a dated record's own header, "19 Oct 2023 15:30 – Dr T (GP) – Telephone": an entry.)
  for (const b of blocks) if (b.kind === 'heading' && /\d/.test(b.text) && !findLeadingDate(b.text)) counts.set(unnumbered(b.text), (counts.get(unnumbered(b.text)) ?? 0) + 1);
  const [key] = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])[0] ?? [];
  return key === undefined ? [] : blocks.flatMap((b, i) => (b.kind === 'heading' && unnumbered(b.text) === key ? [i] : []));
}

/** A "Date: …" or "Date of conference: …" field opening a block. */
function isDateField(block: RawBlock): boolean {
  const f = labelledField(block.text);
  return f !== null && f.field === 'date' && !NOT_THE_EVENT.test(f.label) && findLeadingDate(f.value) !== null;
}

/**
 * Where each form starts in a file of titled forms (the minutes of a strategy meeting, a conference and a
 * core group, one after another): at each heading followed at once by its date field.
 */
function titledFormStarts(blocks: readonly RawBlock[]): number[] {
  // (A heading over another, as a file's own title over the first meeting's, is not where a form starts.)
  const dated = (i: number) => {
    const next = blocks[i + 1];
    const after = blocks[i + 2];
    return (next !== undefined && isDateField(next)) || (next !== undefined && next.kind !== 'heading' && after !== undefined && isDateField(after));
  };
  return blocks.flatMap((b, i) => (b.kind === 'heading' && findDateMentions(b.text).length === 0 && dated(i) ? [i] : []));
}

/**
 * The letters or forms of a file as drafts, or null when the file is not a
 * series of them: at least two, each opening with the file's letterhead (or
 * each with its own title and date field), each a letter or form in shape
 * and each dated.
 */
export function draftsFromLetters(blocks: readonly RawBlock[]): DraftEntry[] | null {
  let starts = letterheadStarts(blocks);
  if (starts.length < 2) starts = titledFormStarts(blocks);
  let numbered = false;
  if (starts.length < 2) {
    starts = repeatedHeadingStarts(blocks);
    numbered = true;
  }
  if (starts.length < 2) return null;
  const letters = starts.map((start, k) => blocks.slice(start, starts[k + 1] ?? blocks.length));
  const dated = letters.map((letter) => ({ letter, date: letterDate(letter) }));
  const shaped = (letter: readonly RawBlock[]) => (numbered ? datedParagraphs(letter) <= 1 : isLetter(letter));
  if (!dated.every(({ letter, date }) => date !== null && letter.length >= 2 && shaped(letter))) return null;
  return dated.flatMap(({ letter, date }) => letterEntries(letter, date!));
}

/** One letter as its entry, whole, unless it tells more than one dated event (below). */
function letterDraft(letter: readonly RawBlock[], date: LetterDate): DraftEntry {
  const opening = letter[0]!;
  const last = letter[letter.length - 1]!;
  const draft = blankDraft('entry', date.raw, {
    paragraph: opening.index,
    ...(opening.page !== undefined ? { page: opening.page } : {}),
    ...(opening.line !== undefined ? { row: opening.line } : {}),
    ...((last.lineEnd ?? last.line) !== undefined && (last.lineEnd ?? last.line) !== opening.line ? { rowEnd: last.lineEnd ?? last.line } : {}),
  });
  const text = letter.map((b) => b.text).join('\n');
  draft.event.push(text);
  const time = TIME_FIELD.exec(date.block.text)?.[1] ?? null;
  if (time) draft.timeText = time;
  draft.cells = { Date: date.raw, ...(time ? { Time: time } : {}), Text: text };
  return draft;
}

/**
 * A letter's entries. Most tell one event and are one entry. A discharge summary whose clinical course is
 * told day by day tells several: its "Date of admission:" and "Date of discharge:" fields are two dated
 * lines (two events), and the course written as prose ("On 04/05 reviewed by the TVN … On 06/05 delirium
 * settling …") starts an entry at each sentence that brings a new date, as any prose does. The paragraphs
 * before the first such sentence stay with the letter; the undated sentences that open its own paragraph go
 * with its first event, as narrative reads them.
 */
function letterEntries(letter: readonly RawBlock[], date: LetterDate): DraftEntry[] {
  // Each prose paragraph read once, as narrative: its dated sentences, each with the undated ones before it.
  const proseOf = new Map(letter.filter(isProse).map((b) => [b, draftsFromProse([b], '')]));
  // A letter that mentions one other date ("seen in clinic on 6/12", "attended on 14/10/2023") refers back to
  // an event; only a course of two or more dated sentences is told event by event.
  const dated = [...proseOf.values()].flat().filter((d) => hasAbsoluteDateMention(d.dateText));
  if (dated.length < MIN_COURSE) return [letterDraft(letter, date)];
  const out: DraftEntry[] = [];
  let part: RawBlock[] = [];
  let partDate = date;
  let splitByProse = false;
  const close = () => {
    if (part.length) out.push(letterDraft(part, partDate));
    part = [];
  };
  for (const block of letter) {
    const field = fieldDate(block);
    if (field && field.raw !== partDate.raw && part.includes(partDate.block)) {
      close();
      partDate = field;
    }
    const prose = proseOf.get(block) ?? [];
    // A minute's "Actions: … timescale: same day" counts from the meeting; only a sentence with a date of its
    // own starts a run of events, after which "the next day" counts from the one before.
    const startsEvents = prose.length > 0 && (splitByProse || hasAbsoluteDateMention(prose[0]!.dateText));
    if (!startsEvents || !part.includes(partDate.block)) {
      part.push(block);
      continue;
    }
    close();
    // The course runs from the admission, not from the discharge just read: its dates without a year take the
    // letter's first date's year ("On 18/08 …" after "Date of discharge: 13/09/2023" is still August 2023).
    out.push(blankDraft('context', date.raw, { paragraph: block.index }), ...prose);
    splitByProse = true;
  }
  close();
  return out;
}

/** Dated sentences a letter must tell before it is read as a course of events. */
const MIN_COURSE = 2;

/** A paragraph of running prose, not a "Label: value" field. */
const isProse = (block: RawBlock): boolean => block.kind === 'paragraph' && !labelledField(block.text);

/** A block that is a date field ("Date of discharge: 09/05/2023 …"), as the date of what follows it. */
function fieldDate(block: RawBlock): LetterDate | null {
  if (!isDateField(block)) return null;
  const found = findLeadingDate(labelledField(block.text)!.value);
  return found ? { raw: found.raw.trim(), block } : null;
}
