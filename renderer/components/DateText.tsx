/**
 * A date as the chronology shows it (UK form, "14 Mar 2023"), with the
 * record's own words and any doubt one hover away. Uncertain dates carry a
 * "?" badge; vague ones say they are a span, never a false day.
 */
import { memo } from 'react';

import type { AnalysisEntry } from '../../shared/analysis.ts';
import { formatFuzzyDate, formatIsoUk } from '../../shared/dates/index.ts';

export function describeDate(d: AnalysisEntry['date']): string {
  const parts: string[] = [];
  if (d.earliest && d.latest && d.earliest !== d.latest) parts.push(`Some time between ${formatIsoUk(d.earliest)} and ${formatIsoUk(d.latest)}.`);
  if (d.uncertain) parts.push('The record marks this date as uncertain.');
  if (!d.earliest) parts.push('The record has no date Threadline could read.');
  if (d.suggestion) parts.push(d.suggestion);
  if (d.raw.trim() !== '') parts.push(`As written: “${d.raw.trim()}”.`);
  return parts.join(' ');
}

/** Readings that may be wrong, not just inferred: these get the "?" badge too. */
const DOUBTFUL_FLAGS = new Set(['impossible', 'us-order', 'unparsed']);

export const DateText = memo(function DateText({ date }: { date: AnalysisEntry['date'] }) {
  const vague = date.precision !== 'day' || (date.earliest !== null && date.earliest !== date.latest);
  const doubtful = date.uncertain || (date.flags ?? []).some((f) => DOUBTFUL_FLAGS.has(f));
  return (
    <span className={`date-text${vague ? ' date-text--vague' : ''}`} title={describeDate(date)}>
      {formatFuzzyDate(date)}
      {doubtful ? (
        <span className="badge badge--uncertain" aria-label="date uncertain">
          ?
        </span>
      ) : null}
    </span>
  );
});
