import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, resolveDateSequence } from '../../../shared/dates/index.ts';
import { summarise } from './helpers.ts';

const bounds = (raws: Array<string | null>, opts?: Parameters<typeof resolveDateSequence>[1]) =>
  resolveDateSequence(raws, opts).map((d) => (d === null ? null : `${d.earliest}..${d.latest}`));

describe('year carry-over in a column', () => {
  it('takes the year of the rows above', () => {
    expect(bounds(['14th March 2023', '19 December', '14/9', 'w/c 12 June', 'Late June'])).toEqual([
      '2023-03-14..2023-03-14',
      '2023-12-19..2023-12-19',
      // Month goes backwards from December: the next year.
      '2024-09-14..2024-09-14',
      '2025-06-12..2025-06-18',
      '2025-06-21..2025-06-30',
    ]);
  });
  it('rolls forward into the next year when the month goes backwards', () => {
    expect(bounds(['28/11/2023', '14/1', '3 March'])).toEqual(['2023-11-28..2023-11-28', '2024-01-14..2024-01-14', '2024-03-03..2024-03-03']);
  });
  it('stays in the same year within a month, even if the day goes back', () => {
    expect(bounds(['20/11/2023', '14/11'])).toEqual(['2023-11-20..2023-11-20', '2023-11-14..2023-11-14']);
  });
  it('flags an inferred year and says which', () => {
    const [, d] = resolveDateSequence(['2 February 2023', '20 February']);
    expect(summarise(d ?? null)).toEqual({ earliest: '2023-02-20', latest: '2023-02-20', precision: 'day', uncertain: false, flags: ['year-inferred'] });
    expect(d?.suggestion).toBe('no year written; took 2023 from the entries around it');
  });
  it('uses defaultYear before any row gives a year', () => {
    expect(bounds(['14/9', '2 October'], { defaultYear: 2022 })).toEqual(['2022-09-14..2022-09-14', '2022-10-02..2022-10-02']);
  });
  it('leaves the bounds for the importer when no year is known at all', () => {
    expect(summarise(resolveDateSequence(['Late June'])[0] ?? null)).toEqual({ earliest: null, latest: null, precision: 'range', uncertain: false, flags: ['year-inferred', 'unparsed'] });
    expect(summarise(parseFuzzyDate('19 December'))).toEqual({ earliest: null, latest: null, precision: 'day', uncertain: false, flags: ['year-inferred', 'unparsed'] });
  });
  it('parseFuzzyDate prefers ctx.year, then the previous entry’s year with roll-over', () => {
    const previous = parseFuzzyDate('05/11/2023');
    expect(parseFuzzyDate('14/1', { year: 2023, previous })?.earliest).toBe('2023-01-14');
    expect(parseFuzzyDate('14/1', { previous })?.earliest).toBe('2024-01-14');
    expect(parseFuzzyDate('14/1', { previous, rollover: 'nearest' })?.earliest).toBe('2024-01-14');
    expect(parseFuzzyDate('14/9', { previous, rollover: 'nearest' })?.earliest).toBe('2023-09-14');
  });
});

describe('relative dates in a column', () => {
  it('counts each from the row before, chaining', () => {
    expect(bounds(['14 November 2022', 'Four days later', 'The next morning', 'a week later'])).toEqual([
      '2022-11-14..2022-11-14',
      '2022-11-18..2022-11-18',
      '2022-11-19..2022-11-19',
      '2022-11-26..2022-11-26',
    ]);
  });
  it('passes null items through and counts across them', () => {
    expect(bounds(['27/12/2023', null, '', 'Three days later'])).toEqual(['2023-12-27..2023-12-27', null, null, '2023-12-30..2023-12-30']);
  });
  it('cannot count from an undated row', () => {
    const [, , d] = resolveDateSequence(['27/12/2023', 'Undated', 'the next day']);
    expect(summarise(d ?? null)).toEqual({ earliest: null, latest: null, precision: 'day', uncertain: false, flags: ['relative'] });
  });
  it('carries the year across an undated row', () => {
    expect(bounds(['3rd October 2022', 'Undated', '10th October'])).toEqual(['2022-10-03..2022-10-03', 'null..null', '2022-10-10..2022-10-10']);
  });
  it('reads month-first when told to', () => {
    expect(bounds(['03/14/2023', '04/02/2023'], { order: 'mdy' })).toEqual(['2023-03-14..2023-03-14', '2023-04-02..2023-04-02']);
  });
});

describe('typed days in a column (Excel date cells)', () => {
  it('takes a typed day as it is, in UK form, with no order to misread it, and dates the rows after it', () => {
    for (const order of ['dmy', 'mdy'] as const) {
      const [typed, yearless] = resolveDateSequence([{ y: 2023, m: 3, d: 4 }, '20 March'], { order });
      expect(typed).toEqual({ raw: '04/03/2023', earliest: '2023-03-04', latest: '2023-03-04', precision: 'day', uncertain: false });
      expect(yearless?.earliest).toBe('2023-03-20');
    }
  });
  it('a typed year the conventions do not take for a year (a typo) is no date, as its text would not be', () => {
    expect(resolveDateSequence([{ y: 2203, m: 3, d: 14 }, '14/03/2203'])).toEqual([null, null]);
  });
});
