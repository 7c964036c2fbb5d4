import { describe, expect, it } from 'vitest';
import { findLeadingDate } from '../../../shared/dates/index.ts';

function lead(text: string, year?: number) {
  const r = findLeadingDate(text, year === undefined ? undefined : { year });
  return r === null ? null : { raw: r.raw, rest: text.slice(r.rest), earliest: r.date.earliest, latest: r.date.latest, precision: r.date.precision, uncertain: r.date.uncertain, time: r.time };
}

describe('findLeadingDate', () => {
  it('reads the date phrase and where the rest of the line starts', () => {
    expect(lead('14th March 2023 – Ms K came in to ask')).toEqual({ raw: '14th March 2023', rest: 'Ms K came in to ask', earliest: '2023-03-14', latest: '2023-03-14', precision: 'day', uncertain: false, time: null });
    expect(lead('3rd October 2022: Annual gas check')?.rest).toBe('Annual gas check');
    expect(lead('1st November 2023, visit')?.rest).toBe('visit');
    expect(lead('6/3/23 - Tenancy signed')?.rest).toBe('Tenancy signed');
  });
  it('reads vague and year-less openings with the year given', () => {
    expect(lead('w/c 12 June – L came to one session', 2023)).toMatchObject({ raw: 'w/c 12 June', rest: 'L came to one session', earliest: '2023-06-12', latest: '2023-06-18', precision: 'week' });
    expect(lead('Late June – At collection', 2023)).toMatchObject({ raw: 'Late June', earliest: '2023-06-21', latest: '2023-06-30', precision: 'range' });
    expect(lead('Summer term 2023 – Through the term')).toMatchObject({ raw: 'Summer term 2023', rest: 'Through the term', precision: 'range' });
  });
  it('keeps an undated opening, with or without an estimate', () => {
    expect(lead('Undated – approx. autumn 2023 – A note in the journal')).toEqual({ raw: 'Undated – approx. autumn 2023', rest: 'A note in the journal', earliest: '2023-09-01', latest: '2023-11-30', precision: 'season', uncertain: true, time: null });
    expect(lead('Undated – A note in the journal')).toEqual({ raw: 'Undated', rest: 'A note in the journal', earliest: null, latest: null, precision: 'day', uncertain: true, time: null });
  });
  it('takes a time written straight after the date', () => {
    expect(lead('12/03/2023 10:15 Visit by HV1')).toMatchObject({ raw: '12/03/2023', rest: 'Visit by HV1', time: '10:15' });
    expect(lead('12/03/2023 2040hrs – Call')).toMatchObject({ rest: 'Call', time: '20:40' });
  });
  it('skips a list bullet', () => {
    expect(lead('• 14/03/2023 - Visit')).toMatchObject({ raw: '14/03/2023', rest: 'Visit' });
  });
  it('does not read a paragraph number, a sentence or a bare word as a date', () => {
    for (const text of ['5.3 On 14 November 2022, S was seen', '2023 was a hard year', 'May have been seen', 'Ms K came in', '12 children attended', '']) {
      expect(lead(text), text).toBeNull();
    }
    expect(lead('2023 – Annual review')).toMatchObject({ raw: '2023', rest: 'Annual review', precision: 'year' });
  });
});
