/** The same event recorded in more than one place (invented entries). */
import { describe, expect, it } from 'vitest';

import { findDuplicates, type DuplicateCandidate } from '../../../shared/chronology/duplicates.ts';
import type { Contact } from '../../../shared/model.ts';

let n = 0;
function entry(sourceFile: string, agency: string, date: string | [string, string], text: string, contacts: Array<[string, Contact['direction'], Contact['type']]> = []): DuplicateCandidate {
  n++;
  const [earliest, latest] = typeof date === 'string' ? [date, date] : date;
  return {
    ref: `${sourceFile}#${n}`,
    sourceFile,
    sourceOrder: sourceFile.charCodeAt(0),
    ordinal: n,
    agency: agency as DuplicateCandidate['agency'],
    earliest,
    latest,
    time: null,
    text,
    contacts: contacts.map(([w, direction, type], i): Contact => ({ with: w as Contact['with'], direction, type, negated: false, span: { start: i, end: i + 1, text: '' }, confidence: 0.9, rule: 'test', origin: 'extracted' as const })),
  };
}

describe('duplicates', () => {
  it('links two agencies’ records of one incident told alike, where one names the other', () => {
    const a = entry('police.docx', 'police', '2023-03-04', 'Officers attended a domestic incident at the flat; the victim had a cut lip and the suspect was arrested.', [['family', 'out', 'other']]);
    const b = entry('combined.csv', 'csc', '2023-03-04', 'PPN from police: domestic incident at the flat, victim had a cut lip, suspect arrested.', [['police', 'in', 'notification']]);
    expect(findDuplicates([a, b]).map((l) => [l.ref, l.duplicateOf].sort())).toEqual([[a.ref, b.ref].sort()]);
  });

  it('does not link two agencies’ different events of the same day', () => {
    const a = entry('police.docx', 'police', '2023-03-04', 'Officers attended a shoplifting report at the supermarket.', [['family', 'out', 'other']]);
    const b = entry('gp.csv', 'gp', '2023-03-04', 'Seen in surgery with earache. Police mentioned in passing.', [['police', 'in', 'information-share']]);
    expect(findDuplicates([a, b])).toEqual([]);
  });

  it('links a retelling dated only to the month with the one dated record of it', () => {
    const exact = entry('camhs.docx', 'camhs', '2022-10-12', 'Choice appointment attended with mother; low mood and exclusion from school discussed.');
    const vague = entry('overview.pdf', 'camhs', ['2022-10-01', '2022-10-31'], 'In October 2022 CAMHS saw him at a Choice appointment with his mother; low mood and exclusion discussed.');
    expect(findDuplicates([exact, vague]).map((l) => [l.ref, l.duplicateOf].sort())).toEqual([[exact.ref, vague.ref].sort()]);
  });

  it('links two agencies’ records of one visit told in most of the same words, though neither names the other', () => {
    const sw = entry('asc.docx', 'asc', '2023-10-19', 'Visited R at the flat. K present throughout and answered for R. R said everything is fine. Unable to see R alone.', [['family', 'out', 'home-visit']]);
    const log = entry('provider.xlsx', 'other', '2023-10-19', 'Social worker visited. K present throughout, answered for R. R said everything fine.');
    expect(findDuplicates([sw, log]).map((l) => [l.ref, l.duplicateOf].sort())).toEqual([[sw.ref, log.ref].sort()]);
  });

  it('does not link short unconnected records of the same day that share a few words by chance', () => {
    const a = entry('asc.docx', 'asc', '2023-10-19', 'R seen at home. Fine.', [['family', 'out', 'home-visit']]);
    const b = entry('provider.xlsx', 'other', '2023-10-19', 'R at home all day, fine.');
    expect(findDuplicates([a, b])).toEqual([]);
  });
});
