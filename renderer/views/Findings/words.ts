/**
 * The findings view's words: severity, confidence, dates and decisions said
 * the way a reviewer would say them. Pure, so the tests read the same text.
 */
import type { AnalysisGap, GapDecisionView } from '../../../shared/analysis.ts';
import { formatIsoUk } from '../../../shared/dates/index.ts';
import type { GapCode } from '../../../shared/model.ts';
import type { GapDecisionKind } from '../../../shared/vocabulary.ts';

/**
 * What "from" and "to" mean for each kind of gap, as words before each side:
 * "Known by Police, not passed to CSC"; "Meeting held by CSC, without the GP".
 */
export const GAP_SIDES: Readonly<Record<GapCode, readonly [string, string]>> = {
  G1: ['Known by', 'not passed to'],
  G2: ['Sent by', 'not recorded by'],
  G3: ['Sent by', 'nothing done by'],
  G4: ['No feedback from', 'to'],
  G5: ['Shared late by', 'with'],
  G6: ['Meeting held by', 'without'],
  G7: ['Checks not made by', 'with'],
  G8: ['Missed appointments at', 'not escalated to'],
  G9: ['Lost on transfer by', 'to'],
  G10: ['Sent by', 'read as less by'],
};

export const SEVERITY_WORDS = { high: 'High severity', medium: 'Medium severity', low: 'Low severity' } as const;

/** How sure the engine is, in words first and the number after. */
export function confidenceWords(confidence: number): string {
  const pct = `${Math.round(confidence * 100)}%`;
  if (confidence >= 0.85) return `Very likely (${pct})`;
  if (confidence >= 0.7) return `Likely (${pct})`;
  return `Possible: check the records (${pct})`;
}

/** Whether the record says so, or the finding rests on what the records do not show. */
export function basisWords(explicit: boolean | undefined): string | null {
  if (explicit === undefined) return null;
  return explicit ? 'The record says so in words' : 'Read from what the records do not show';
}

/** The finding's dates in UK form: "28 Mar 2023", "25 May – 2 Jun 2023". */
export function windowText(w: AnalysisGap['window']): string | null {
  if (!w || (!w.from && !w.to)) return null;
  if (w.from && w.to) {
    if (w.from === w.to) return formatIsoUk(w.from);
    const a = formatIsoUk(w.from);
    const b = formatIsoUk(w.to);
    // Say the month and year once where they are the same: "3–9 Apr 2023", "25 May – 2 Jun 2023".
    if (w.from.slice(0, 7) === w.to.slice(0, 7)) return `${a.replace(/ .*$/, '')}–${b}`;
    if (w.from.slice(0, 4) === w.to.slice(0, 4)) return `${a.replace(/ \d{4}$/, '')} – ${b}`;
    return `${a} – ${b}`;
  }
  return w.from ? `from ${formatIsoUk(w.from)}` : `until ${formatIsoUk(w.to ?? '')}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** When a decision was made, in the reader's own time: "2 May 2024 at 10:15". */
export function decidedAtText(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatIsoUk(day)} at ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const DECISION_WORDS = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  edited: 'Edited',
} as const satisfies Record<GapDecisionKind, string>;

/** "Accepted by Reviewer A on 2 May 2024 at 10:15" */
export function decisionLine(d: GapDecisionView): string {
  return `${DECISION_WORDS[d.decision]}${d.by ? ` by ${d.by}` : ''} on ${decidedAtText(d.at)}`;
}

/** "2023-11" → "Nov 2023" */
export function monthText(month: string): string {
  return formatIsoUk(`${month}-01`).replace(/^1 /, '');
}

/** "A", "A and B", "A, B and C" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
