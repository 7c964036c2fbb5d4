import { describe, expect, it } from 'vitest';
import { DEFAULT_DATE_CONVENTIONS, parseFuzzyDate } from '../../../shared/dates/index.ts';
import { expected, summarise, TEST_CONVENTIONS, type Row } from './helpers.ts';

const parse = (raw: string, order: 'dmy' | 'mdy' = 'dmy') => summarise(parseFuzzyDate(raw, { conventions: TEST_CONVENTIONS, order }));

describe('numeric dates, day-first', () => {
  const rows: Row[] = [
    ['14/03/2023', '2023-03-14', '2023-03-14', 'day', false, []],
    ['6/3/23', '2023-03-06', '2023-03-06', 'day', false, ['two-digit-year']],
    ['18/1/24', '2024-01-18', '2024-01-18', 'day', false, ['two-digit-year']],
    ['14.03.23', '2023-03-14', '2023-03-14', 'day', false, ['two-digit-year']],
    ['14-03-2023', '2023-03-14', '2023-03-14', 'day', false, []],
    ['22.05/16', '2016-05-22', '2016-05-22', 'day', false, ['two-digit-year']],
    ['2023-03-14', '2023-03-14', '2023-03-14', 'day', false, []],
    ['2023/03/14', '2023-03-14', '2023-03-14', 'day', false, []],
    ['20230314', '2023-03-14', '2023-03-14', 'day', false, []],
    ['2023-03', '2023-03-01', '2023-03-31', 'month', false, []],
    ['03/2023', '2023-03-01', '2023-03-31', 'month', false, []],
    ['Wed 14/06/2023', '2023-06-14', '2023-06-14', 'day', false, []],
    ['2022-11-14 03:12', '2022-11-14', '2022-11-14', 'day', false, []],
    ['2022-11-14T03:12:00Z', '2022-11-14', '2022-11-14', 'day', false, []],
    ['14/03/2023 10:15', '2023-03-14', '2023-03-14', 'day', false, []],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));
});

describe('two-digit years', () => {
  it('expands up to the cut-off as 20yy and above it as 19yy', () => {
    expect(parse('01/02/30')?.earliest).toBe('2030-02-01');
    expect(parse('01/02/31')?.earliest).toBe('1931-02-01');
    expect(parse('01/02/89')?.earliest).toBe('1989-02-01');
  });
  it('defaults the cut-off to the current two-digit year + 5', () => {
    const cutoff = (new Date().getUTCFullYear() % 100) + 5;
    expect(DEFAULT_DATE_CONVENTIONS.twoDigitYearCutoff).toBe(cutoff);
  });
});

describe('order fallbacks and impossible dates', () => {
  it('reads a date that only makes sense month-first swapped, uncertain, flagged us-order', () => {
    const d = parseFuzzyDate('12/13/2023');
    expect(summarise(d)).toEqual({ earliest: '2023-12-13', latest: '2023-12-13', precision: 'day', uncertain: true, flags: ['us-order'] });
    expect(d?.suggestion).toBe('12/13/2023 only makes sense month-first; read as 13/12/2023');
  });
  it('reads month-first when the file is month-first', () => {
    expect(parse('03/14/2023', 'mdy')).toEqual({ earliest: '2023-03-14', latest: '2023-03-14', precision: 'day', uncertain: false, flags: [] });
    expect(parse('04/05/2023', 'mdy')?.earliest).toBe('2023-04-05');
    expect(parse('14/03/2023', 'mdy')).toEqual({ earliest: '2023-03-14', latest: '2023-03-14', precision: 'day', uncertain: true, flags: ['us-order'] });
  });
  it('never drops an impossible day: reads the month’s last day, flags it and says why', () => {
    const d = parseFuzzyDate('31/09/2023');
    expect(summarise(d)).toEqual({ earliest: '2023-09-30', latest: '2023-09-30', precision: 'day', uncertain: true, flags: ['impossible'] });
    expect(d?.suggestion).toBe('31/09/2023 does not exist; read as 30/09/2023');
    expect(parse('30/02/2023')).toEqual({ earliest: '2023-02-28', latest: '2023-02-28', precision: 'day', uncertain: true, flags: ['impossible'] });
    expect(parse('29/02/2023')?.earliest).toBe('2023-02-28');
    expect(parse('29/02/2024')).toEqual({ earliest: '2024-02-29', latest: '2024-02-29', precision: 'day', uncertain: false, flags: [] });
  });
  it('keeps the year of a numeric date that names no day in either order', () => {
    const d = parseFuzzyDate('15/13/2023');
    expect(summarise(d)).toEqual({ earliest: '2023-01-01', latest: '2023-12-31', precision: 'year', uncertain: true, flags: ['impossible'] });
    expect(d?.suggestion).toContain('15/13/2023');
  });
  it('is not fooled by number runs that are not dates', () => {
    for (const raw of ['1.2.3', '1/1/1', '14/03/202', '00/00/0000', '45000', '1435', '2040hrs', '12', '3.1 kg', '2.5', 'NT/23/031877', '01234 567890']) expect(parse(raw), raw).toBeNull();
  });
  it('reads a year-less day and month in a date column', () => {
    expect(parseFuzzyDate('14/9', { year: 2023 })?.earliest).toBe('2023-09-14');
    expect(parseFuzzyDate('14.9', { year: 2023 })?.earliest).toBe('2023-09-14');
    expect(parseFuzzyDate('1/2', { year: 2023 })?.earliest).toBe('2023-02-01');
  });
});
