/**
 * Narrative chronologies → draft entries. Two shapes:
 * - "dated paragraphs": an agency's own return written as text, each
 *   paragraph or line opening with its date ("14th March 2023 – …",
 *   "3rd October 2022: …"). One paragraph = one entry.
 * - "prose": an overview report's narrative, where dates sit inside the
 *   sentences ("On 20 February DWP ended …", "… discharged S on 6 October").
 *   Each sentence that introduces a new date starts an entry; sentences
 *   without one belong to the entry before; a paragraph that dates nothing
 *   (commentary) is not an entry (acceptance README, "An entry is …").
 */
import { findDateMentions, findLeadingDate, hasAbsoluteDateMention, type DateMention } from '../dates/index.ts';
import { findAgencyMentions, resolveMention } from '../agencies/index.ts';
import type { AgencyId, FuzzyDate } from '../model.ts';
import { blankDraft, type DraftEntry } from './draft.ts';
import { labelledField } from './headings.ts';
import type { RawBlock } from './raw.ts';
import { splitSentences } from './sentences.ts';
import { timeInText } from './time-in-text.ts';

export type NarrativeShape = 'narrative' | 'prose';

const SEPARATOR_AFTER_DATE = /^\s*(?:[-–—:,]|\)|\.\s)/;
/** A date in figures opening a line ("17.02.22 HV1 …", "4/1 email from …"): a diary's label even with no separator after it. */
const FIGURES_DATE = /^[?~([]*\s*(?:\p{L}{3,9}\.?,?\s+)?\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\]?\)?$/u;
/** A weekday and an ordinal day ("Sat 18th", "Tues 21st"): a diary's label. */
const WEEKDAY_DAY = /^\p{L}{3,9}\.?,?\s+\d{1,2}(?:st|nd|rd|th)$/iu;
/** A service or author in brackets after a line's date and time ("08/06/23 14:20 [ED - Dr E1] …"). */
const BRACKET_LABEL = /^\[([^\]]{2,60})\]\s*/;

type Label = { raw: string; rest: string; time: string | null; by: string | null } | null;

// Layout detection and drafting both ask this of every paragraph: answered once per block.
const labelOfBlock = new WeakMap<RawBlock, Label>();
const looseLabelOfBlock = new WeakMap<RawBlock, NonNullable<Label>>();

/** Whether a block opens with a date written as a label ("14th March 2023 –", bold "3rd October 2022:"). */
function leadingDateLabel(block: RawBlock): Label {
  let label = labelOfBlock.get(block);
  if (label === undefined) {
    const read = readLeadingDateLabel(block);
    // A date not set off as a label counts only inside a diary (see diaryLabel).
    if (read && 'loose' in read) {
      const { loose: _loose, ...rest } = read;
      looseLabelOfBlock.set(block, rest);
      label = null;
    } else label = read;
    labelOfBlock.set(block, label);
  }
  return label;
}

function readLeadingDateLabel(block: RawBlock): (NonNullable<Label> & { loose?: true }) | null {
  if (block.leadIn) {
    const lead = block.leadIn.replace(/[\s:–—-]+$/, '');
    const found = findLeadingDate(lead);
    if (found) return withBracketLabel({ raw: lead, rest: block.text.slice(block.text.indexOf(block.leadIn) + block.leadIn.length).replace(/^[\s:–—-]+/, ''), time: found.time, by: null });
  }
  const found = findLeadingDate(block.text);
  if (!found) return null;
  const raw = found.raw.trim();
  // The date reader steps over an opening bracket after the date and time: put it back for the bracketed label.
  const rest = block.text.slice(found.rest).trim();
  const label = { raw, rest: /\[\s*$/.test(block.text.slice(0, found.rest)) ? `[${rest}` : rest, time: found.time, by: null };
  if (found.bracketed) return withBracketLabel(label);
  const after = block.text.slice(found.raw.length);
  // "On 14 November 2022 the crew …" is prose; "14 November 2022 – the crew …" is a label.
  if (/^\s*on\b/i.test(found.raw)) return null;
  const labelled = SEPARATOR_AFTER_DATE.test(after) || found.time !== null || ((FIGURES_DATE.test(raw) || WEEKDAY_DAY.test(raw)) && /^\s+\S/.test(after));
  return labelled ? withBracketLabel(label) : { ...label, loose: true };
}

/**
 * In a diary of dated lines, the date a line opens with, however it is set
 * off ("Late Oct 22 SN1 Caseload supervision …"), or a date the text reader
 * took for a paragraph number ("13.10 SN1 Drop-in …").
 */
function diaryLabel(block: RawBlock): NonNullable<Label> | null {
  const lead = leadingDateLabel(block);
  if (lead) return lead;
  const loose = looseLabelOfBlock.get(block);
  if (loose) return loose;
  if (block.label && DAY_MONTH_LABEL.test(block.label)) {
    const [d, m] = block.label.split('.').map(Number);
    if (d! >= 1 && d! <= 31 && m! >= 1 && m! <= 12) return withBracketLabel({ raw: block.label, rest: block.text, time: null, by: null });
  }
  return null;
}

/** A heading that is a year, perhaps with a word or two ("2023", "Year 2024", "2023 (Jan–Dec)"). */
const YEAR_HEADING = /^(?:year\s+|calendar year\s+)?((?:19|20)\d{2})(?:\s*\([^)]{0,30}\))?$/i;
const DAY_MONTH_LABEL = /^\d{2}\.\d{2}$/;
/** A numbered role code opening a diary line: "HV1", "SN2", "SW3", "CPN1". */
const ROLE_CODE = /^([A-Z]{2,5}\d{1,2})\b/;

/** "[ED - Dr E1] Registered …": the bracketed service or author is the line's, not part of its text. */
function withBracketLabel(label: NonNullable<Label>): NonNullable<Label> {
  const m = BRACKET_LABEL.exec(label.rest);
  return m ? { ...label, rest: label.rest.slice(m[0].length), by: m[1]!.trim() } : label;
}

/** Decide the shape of a narrative from its paragraphs. */
export function narrativeShape(blocks: RawBlock[]): NarrativeShape {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  let labelled = 0;
  let dated = 0;
  for (const b of paragraphs) {
    if (leadingDateLabel(b)) labelled++;
    else if (hasAbsoluteDateMention(b.text)) dated++;
  }
  return labelled > 0 && labelled >= dated ? 'narrative' : 'prose';
}

function emptyDraft(block: RawBlock, dateText: string): DraftEntry {
  return blankDraft('entry', dateText, {
    paragraph: block.index,
    ...(block.page !== undefined ? { page: block.page } : {}),
    ...(block.line !== undefined ? { row: block.line } : {}),
    ...(block.lineEnd !== undefined && block.lineEnd !== block.line ? { rowEnd: block.lineEnd } : {}),
    ...(block.label ? { label: block.label } : {}),
  });
}

/** Words a sentence cannot stop on: a paragraph ending with one was cut mid-sentence. */
const OPEN_ENDING = /\b(?:to|the|a|an|and|or|but|of|with|at|in|on|for|by|from|into|that|than|her|his|their|its|was|were|is|are|had|has|have|be|been|not|who|which|about|after|before|said|told|asked)\s*$/;

/** Whether the next paragraph carries on the previous one's sentence: that one stops mid-sentence and this one starts in lower case. */
function runsOn(previous: string, next: string): boolean {
  if (/[.!?:;)\]"'”’]\s*$/.test(previous)) return false;
  // "… rang her at" + "10am": a figure too, after a word in lower case;
  // and anything after a word no sentence ends on ("We talked to" + "Ms K").
  return /^\s*\p{Ll}/u.test(next) || (/\p{Ll}\s*$/u.test(previous) && /^\s*\d/.test(next)) || OPEN_ENDING.test(previous);
}

/** Dated paragraphs: one entry per paragraph that opens with a date; undated paragraphs continue the entry above. */
export function draftsFromDatedParagraphs(blocks: RawBlock[]): DraftEntry[] {
  const drafts: DraftEntry[] = [];
  let current: DraftEntry | null = null;
  for (const block of blocks) {
    // "10 Jan 2023 09:12 – Dr S (GP) – Home visit" styled as a heading: each consultation's own header, an entry.
    if (block.kind === 'heading' && !datedHeader(block)) {
      current = null;
      // "--- 2023 ---", "2024": a heading that gives the year dates the lines under it that give only day and month.
      const year = YEAR_HEADING.exec(block.text.trim());
      if (year) drafts.push(blankDraft('context', year[1]!, { paragraph: block.index, ...(block.line !== undefined ? { row: block.line } : {}) }));
      continue;
    }
    const lead = diaryLabel(block);
    if (lead) {
      current = emptyDraft(block, lead.raw);
      current.event.push(lead.rest);
      current.cells = { Date: lead.raw, ...(lead.time ? { Time: lead.time } : {}), ...(lead.by ? { By: lead.by } : {}), Text: lead.rest };
      if (lead.time) current.timeText = lead.time;
      // "HV1 Riley – …", "SN1 Drop-in …": a role code opening the line is who wrote it.
      const role = ROLE_CODE.exec(lead.rest);
      if (role && !lead.by) current.author = role[1]!;
      // A bracketed service names who wrote the line ("[PAEDS - Dr P1]"): its agency, where it names one.
      if (lead.by) {
        current.author = lead.by;
        current.agencyLabel = lead.by;
      }
      drafts.push(current);
      current = splitAtOpeningDates(current, block, drafts);
    } else if (current && openingDate(block.text)) {
      // "On 13/07/2023 no access again …" under a dated paragraph: a new entry, not more of the one above.
      current.event.push('');
      current = splitAtOpeningDates(current, block, drafts, block.text);
    } else if (current) {
      const last = current.event.length - 1;
      // A line broken mid-sentence by hard returns (a text file pasted into Word: one paragraph per line) runs on.
      if (last >= 0 && runsOn(current.event[last]!, block.text)) current.event[last] = `${current.event[last]} ${block.text}`;
      else current.event.push(block.text);
      current.cells.Text = `${current.cells.Text ?? ''}\n${block.text}`;
      if (block.lineEnd !== undefined) current.location.rowEnd = block.lineEnd;
    }
    // Text before the first dated paragraph is the return's introduction, not an entry.
  }
  return drafts;
}

/** A heading that opens with a whole date (a day, its month, its year) and goes on to say what happened. */
function datedHeader(block: RawBlock): boolean {
  const lead = diaryLabel(block);
  return lead !== null && lead.rest.trim() !== '' && /^\s*\d{1,2}(?:st|nd|rd|th)?[\s./-]/.test(lead.raw) && /\d{2,4}\s*$/.test(lead.raw);
}

/** A relative date that moves on from the one before: "two days later", "the next day", "the following week". */
const STEP_FORWARD = /\b(?:later|next|following|after(?:wards)?)\b/i;

/**
 * The date a sentence inside a dated paragraph opens with, when it plainly
 * dates a new event: "On 20/02/23 visit completed …", "In early March …",
 * or a date with its year ("13/07/2023 – no access again"). A bare "12/12"
 * (an age or a dose, "12/12 imms due") or a relative date is not enough there.
 */
function openingDate(sentence: string): DateMention | null {
  const first = findDateMentions(sentence)[0];
  if (!first || !OPENING.test(sentence.slice(0, first.start))) return null;
  // "Two days later she attended …", "The next morning …": a step forward that opens its sentence is a new
  // event (the guide's rule for prose, and a diary paragraph writes the same way); "the same day" carries on.
  if (first.kind === 'relative') return STEP_FORWARD.test(first.raw) && !SAME_DAY.test(first.raw) ? first : null;
  const introduced = /^\s*(?:on|in|at|during)\b/i.test(sentence);
  return introduced || /\b\d{4}\b|\d{1,2}[./]\d{1,2}[./]\d{2}\b/.test(first.raw) ? first : null;
}

/**
 * A dated paragraph that goes on to another date in a sentence of its own
 * ("16/02/23 – No access. On 20/02/23 visit completed by DN3 …"): each such
 * sentence starts an entry, as in prose. `text`, when given, is a whole
 * undated paragraph to read this way. Returns the entry now being written.
 */
function splitAtOpeningDates(draft: DraftEntry, block: RawBlock, drafts: DraftEntry[], text?: string): DraftEntry {
  const last = draft.event.length - 1;
  const sentences = splitSentences(text ?? draft.event[last] ?? '');
  if (sentences.length < (text ? 1 : 2)) return draft;
  let current = draft;
  const kept: string[] = [];
  sentences.forEach((sentence, k) => {
    const date = k === 0 && !text ? null : openingDate(sentence);
    if (date && date.raw !== current.dateText) {
      if (current === draft) current.event[last] = kept.join(' ');
      else current.event = [kept.join(' ')];
      kept.length = 0;
      if (current === draft && current.event[last] === '') current.event.splice(last, 1);
      const next = emptyDraft(block, date.raw);
      next.cells = { Text: sentence };
      drafts.push(next);
      current = next;
    }
    kept.push(sentence);
  });
  if (current === draft) current.event[last] = kept.join(' ');
  else current.event = [kept.join(' ')];
  return current;
}

/** Headings of a report's sections that weigh the events rather than tell them. */
const COMMENTARY_HEADING = /\b(?:introduction|scope|methodology|purpose of|about this|terms of reference|analysis|learning|lessons|findings|conclusions?|recommendations?|reflections?|commentary|comment|good practice|what (?:went well|could have been better)|questions for|key (?:issues|themes)|themes)\b/i;
/** A heading that also names the account itself ("Chronology of involvement and analysis") still narrates. */
const NARRATING_HEADING = /\b(?:chronology|involvement|contacts?|events|timeline|history|narrative|sequence)\b/i;

/** An analysis or learning section, which looks back at events and narrates none. */
function isCommentaryHeading(text: string): boolean {
  return COMMENTARY_HEADING.test(text) && !NARRATING_HEADING.test(text);
}

/**
 * Paragraphs of a prose account read as commentary: after the first entry, outside an analysis or learning
 * section, long enough to narrate something, and the source of no entry. The author is told which, so that
 * an event written without a date of its own is not lost unseen.
 */
export function undatedParagraphs(blocks: readonly RawBlock[], drafts: readonly DraftEntry[]): RawBlock[] {
  const used = new Set(drafts.map((d) => d.location.paragraph));
  const first = Math.min(...drafts.map((d) => d.location.paragraph ?? Infinity));
  const out: RawBlock[] = [];
  let commentary = false;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      commentary = isCommentaryHeading(b.text);
      continue;
    }
    if (!commentary && b.index > first && !used.has(b.index) && b.text.trim().length >= UNDATED_MIN_CHARS) out.push(b);
  }
  return out;
}

/** Shorter than this, an undated paragraph is a caption or a signature, not an account of something. */
const UNDATED_MIN_CHARS = 60;

/** "Date of statement: 4 March 2024", "Date written: 12/05/23": the document's own date, a field, not an event. */
function isDateField(text: string): boolean {
  const field = labelledField(text);
  if (!field || field.field !== 'date') return false;
  const lead = findLeadingDate(field.value);
  return lead !== null && field.value.slice(lead.rest).trim().length === 0;
}

/** Words before a date that make it a back-reference, not the date of this sentence's event. */
const BACK_REFERENCE = /\b(?:of|since|from|until|till|before|by|than|dated|last|previous|earlier)\s*$/i;
/** "… in the early hours of 14 September", "on the evening of 7 December": the time of day of the event, not a back-reference. */
const TIME_OF_DAY_OF = /\b(?:hours|morning|afternoon|evening|night|weekend|day)\s+of\s*$/i;
/** A date of birth or a record's own date is not an event: "DOB 02/08/21", "born on", "Version 2, 27 November 2023". */
const NOT_AN_EVENT = /\b(?:DOB|D\.O\.B\.?|date of birth|born(?:\s+on)?|b\.|version\s+\d+,?|dated|updated|printed|prepared on)\s*:?\s*$/i;
/**
 * A sentence about the document, not the case: its author, scope or period
 * ("This IMR covers contact from 1 February 2023 to …", "IMR author: …",
 * "This section summarises …"). Its dates start no entry.
 */
const ABOUT_THE_DOCUMENT = /\b(?:this|the present)\s+(?:IMR|individual management review|management review|report|review|chronology|section|summary|extract|document|return|overview|briefing|account)\b|\b(?:IMR|report)\s+author\b|\b(?:review|scoping|scope|reporting)\s+period\b|\bperiod under review\b|\bterms of reference\b|\bprepared (?:by|for|at the request)\b/i;
/**
 * A relative date that is the day already being told: "the same day", "that day". (A part of the day is
 * another time, so more often another event: "A strategy discussion followed that afternoon".)
 */
const SAME_DAY = /^(?:on\s+)?(?:the\s+same\s+(?:day|date)|that\s+(?:same\s+)?day)$/i;
/** What may stand before a sentence's own date: "On", "In", "At 2250 hrs on", "In the early hours of", "During", "Early on". */
const OPENING = /^(?:\s|,|on|in|at|during|by|from|around|about|approximately|approx\.?|early|late|mid|the|of|hours|morning|afternoon|evening|night|lunchtime|just|before|after|midnight|shortly|\d{1,2}[:.]\d{2}|\d{3,4}\s*hrs?|\d{1,2}\s*(?:am|pm)|hrs)*$/i;

/**
 * The mention, if any, by which a sentence introduces a new date. A date the
 * sentence opens with always does ("On 5 January 2023 …", even going back in
 * time); one inside the sentence does unless it is a back-reference: after
 * "of", "since" and the like, used as an adjective ("the February injury"),
 * or earlier than the entry it would follow ("CAMHS had closed the case in
 * December 2022", read in June 2023). A relative date introduces one wherever
 * it stands ("She wrote to the GP the following day"), unless the sentence
 * dates itself outright.
 */
function introducedDate(sentence: string, mentions: DateMention[], current: FuzzyDate | null): DateMention | null {
  if (ABOUT_THE_DOCUMENT.test(sentence)) return null;
  let relative: DateMention | null = null;
  for (const m of mentions) {
    const before = sentence.slice(0, m.start);
    if (NOT_AN_EVENT.test(before)) continue;
    if (m.kind === 'relative') {
      relative ??= m;
      continue;
    }
    const opens = OPENING.test(before);
    if (!opens) {
      if (BACK_REFERENCE.test(before) && !TIME_OF_DAY_OF.test(before)) continue;
      // "the 14/03 incident", "the February injury": a date used as an adjective.
      const after = sentence.slice(m.end);
      if (/^\s+(?:incident|injury|assault|referral|letter|meeting|visit|report|call|email|conference|discussion|admission|overdose)\b/i.test(after) && /\bthe\s*$/i.test(before)) continue;
      if (current?.earliest && m.date?.latest && m.date.latest < current.earliest) continue;
    }
    return m;
  }
  return relative;
}

/** The agency a sentence narrates: the first organisation or practitioner named in it. */
function narratedAgency(sentence: string, contextText: string): AgencyId | null {
  const mentions = findAgencyMentions(sentence).filter((m) => m.agency !== 'family');
  const first = mentions[0];
  return first ? resolveMention(first, `${sentence} ${contextText}`) : null;
}

/**
 * Prose: split paragraphs into sentences and start an entry at each sentence
 * that introduces a new date. `contextText` (the document's overall subject)
 * helps read role words such as "the social worker".
 */
export function draftsFromProse(blocks: RawBlock[], contextText: string): DraftEntry[] {
  const drafts: DraftEntry[] = [];
  // The date of the entry being written, so a later date inside a sentence reads as new and an earlier one as looking back.
  let lastDate: FuzzyDate | null = null;
  // The same, but only within the current section: what an earlier date inside a sentence is compared with.
  let sectionDate: FuzzyDate | null = null;
  let commentary = false;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      // A new section (one agency's involvement, the next period) starts its own run of dates; an analysis or
      // learning section looks back at events, it narrates none.
      sectionDate = null;
      commentary = isCommentaryHeading(block.text);
      continue;
    }
    if (commentary || isDateField(block.text)) continue;
    let current: DraftEntry | null = null;
    const pending: string[] = [];
    for (const sentence of splitSentences(block.text)) {
      const mentions = findDateMentions(sentence, { previous: lastDate, rollover: 'nearest' });
      let intro = introducedDate(sentence, mentions, sectionDate);
      // "The referral was screened the same day": the same day said inside a sentence carries on the entry's event.
      // ("The same day the health visitor emailed …" opens a new one, as does "later that night".)
      // (A sentence whose subject is another service, "The MASH screened it the same day", is that service's own entry.)
      if (intro?.kind === 'relative' && current && SAME_DAY.test(intro.raw.trim()) && !OPENING.test(sentence.slice(0, intro.start))) {
        const subject = findAgencyMentions(sentence).find((m) => m.agency !== 'family' && /^\s*(?:the\s+)?$/i.test(sentence.slice(0, m.start)));
        const actor = subject ? resolveMention(subject, `${sentence} ${contextText}`) : null;
        if (actor === null || actor === current.narratedAgency) intro = null;
      }
      if (intro?.date?.earliest) lastDate = sectionDate = intro.date;
      if (intro && (!current || intro.raw !== current.dateText)) {
        current = emptyDraft(block, intro.raw);
        current.event.push([...pending.splice(0), sentence].join(' '));
        current.narratedAgency = narratedAgency(sentence.slice(0, intro.start) + sentence.slice(intro.end), `${block.text} ${contextText}`);
        current.narrativeTime = timeInText(sentence);
        current.cells = { Paragraph: block.label ?? String(block.index), Text: sentence };
        drafts.push(current);
      } else if (current) {
        // One narrative: sentences of an entry read as one text, not as cells.
        current.event[current.event.length - 1] += ` ${sentence}`;
        current.cells.Text = `${current.cells.Text ?? ''} ${sentence}`;
      } else {
        pending.push(sentence);
      }
    }
    // Sentences of a paragraph that dates nothing are commentary, not an entry.
  }
  for (const d of drafts) {
    if (!d.narratedAgency) d.narratedAgency = null;
  }
  return drafts;
}
