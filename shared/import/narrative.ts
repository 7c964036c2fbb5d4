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
import type { AgencyId } from '../model.ts';
import { blankDraft, type DraftEntry } from './draft.ts';
import type { RawBlock } from './raw.ts';
import { splitSentences } from './sentences.ts';
import { timeInText } from './time-in-text.ts';

export type NarrativeShape = 'narrative' | 'prose';

const SEPARATOR_AFTER_DATE = /^\s*(?:[-–—:,]|\)|\.\s)/;

type Label = { raw: string; rest: string } | null;

// Layout detection and drafting both ask this of every paragraph: answered once per block.
const labelOfBlock = new WeakMap<RawBlock, Label>();

/** Whether a block opens with a date written as a label ("14th March 2023 –", bold "3rd October 2022:"). */
function leadingDateLabel(block: RawBlock): Label {
  let label = labelOfBlock.get(block);
  if (label === undefined) {
    label = readLeadingDateLabel(block);
    labelOfBlock.set(block, label);
  }
  return label;
}

function readLeadingDateLabel(block: RawBlock): Label {
  if (block.leadIn) {
    const lead = block.leadIn.replace(/[\s:–—-]+$/, '');
    const found = findLeadingDate(lead);
    if (found) return { raw: lead, rest: block.text.slice(block.text.indexOf(block.leadIn) + block.leadIn.length).replace(/^[\s:–—-]+/, '') };
  }
  const found = findLeadingDate(block.text);
  if (!found) return null;
  if (found.bracketed) return { raw: found.raw.trim(), rest: block.text.slice(found.rest).trim() };
  const after = block.text.slice(found.raw.length);
  // "On 14 November 2022 the crew …" is prose; "14 November 2022 – the crew …" is a label.
  if (/^\s*on\b/i.test(found.raw)) return null;
  if (!SEPARATOR_AFTER_DATE.test(after) && !/^\s+\d{1,2}[:.]\d{2}/.test(after)) return null;
  return { raw: found.raw.trim(), rest: block.text.slice(found.rest).trim() };
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
    if (block.kind === 'heading') {
      current = null;
      continue;
    }
    const lead = leadingDateLabel(block);
    if (lead) {
      current = emptyDraft(block, lead.raw);
      current.event.push(lead.rest);
      current.cells = { Date: lead.raw, Text: lead.rest };
      drafts.push(current);
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

/** Words before a date that make it a back-reference, not the date of this sentence's event. */
const BACK_REFERENCE = /\b(?:of|since|from|until|till|before|by|than|dated|last|previous|earlier)\s*$/i;

/** The mention, if any, by which a sentence introduces a new date. */
function introducedDate(sentence: string, mentions: DateMention[]): DateMention | null {
  for (const m of mentions) {
    const before = sentence.slice(0, m.start);
    if (m.kind === 'relative') {
      // "The next day …", "Four days later …": relative dates introduce only at the start of a sentence.
      if (before.trim() === '') return m;
      continue;
    }
    if (BACK_REFERENCE.test(before)) continue;
    // "the 14/03 incident", "the February injury": a date used as an adjective.
    const after = sentence.slice(m.end);
    if (/^\s+(?:incident|injury|assault|referral|letter|meeting|visit|report|call|email|conference|discussion|admission|overdose)\b/i.test(after) && /\bthe\s*$/i.test(before)) continue;
    return m;
  }
  return null;
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
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    let current: DraftEntry | null = null;
    const pending: string[] = [];
    for (const sentence of splitSentences(block.text)) {
      const mentions = findDateMentions(sentence);
      const intro = introducedDate(sentence, mentions);
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
