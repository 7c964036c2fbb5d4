import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../../shared/dates/index.ts';
import { expected, summarise, TEST_CONVENTIONS, type Row } from './helpers.ts';

const parse = (raw: string) => summarise(parseFuzzyDate(raw, { conventions: TEST_CONVENTIONS }));

describe('dates with the month in words', () => {
  const rows: Row[] = [
    ['14th March 2023', '2023-03-14', '2023-03-14', 'day', false, []],
    ['14 Mar 2023', '2023-03-14', '2023-03-14', 'day', false, []],
    ['14th of March, 2023', '2023-03-14', '2023-03-14', 'day', false, []],
    ['March 14, 2023', '2023-03-14', '2023-03-14', 'day', false, []],
    ['January 27, 2020', '2020-01-27', '2020-01-27', 'day', false, []],
    ['Sept. 12, 2022', '2022-09-12', '2022-09-12', 'day', false, []],
    ['March the 14th 2023', '2023-03-14', '2023-03-14', 'day', false, []],
    ['Mon 12th Sept 22', '2022-09-12', '2022-09-12', 'day', false, ['two-digit-year']],
    ['Monday 12 September 2022', '2022-09-12', '2022-09-12', 'day', false, []],
    ['Monday, 12 September 2022', '2022-09-12', '2022-09-12', 'day', false, []],
    ['12-Sep-2022', '2022-09-12', '2022-09-12', 'day', false, []],
    ['12 Sep. 2022', '2022-09-12', '2022-09-12', 'day', false, []],
    ['3rd October 2022', '2022-10-03', '2022-10-03', 'day', false, []],
    ['22nd January 2024', '2024-01-22', '2024-01-22', 'day', false, []],
    ['14 MARCH 2023', '2023-03-14', '2023-03-14', 'day', false, []],
    ['14 Febuary 2023', '2023-02-14', '2023-02-14', 'day', false, []],
    ['Sept 2022', '2022-09-01', '2022-09-30', 'month', false, []],
    ['March 2023', '2023-03-01', '2023-03-31', 'month', false, []],
    ['February 2024', '2024-02-01', '2024-02-29', 'month', false, []],
    ['Mar-23', '2023-03-01', '2023-03-31', 'month', false, ['two-digit-year']],
    ['Sept 22', '2022-09-01', '2022-09-30', 'month', false, ['two-digit-year']],
    ["Mar '23", '2023-03-01', '2023-03-31', 'month', false, ['two-digit-year']],
    ['2023', '2023-01-01', '2023-12-31', 'year', false, []],
    ['In 2023', '2023-01-01', '2023-12-31', 'year', false, []],
    ['Christmas Day 2023', '2023-12-25', '2023-12-25', 'day', false, []],
    ["New Year's Eve 2023", '2023-12-31', '2023-12-31', 'day', false, []],
    ['Thursday 31 September 2023', '2023-09-30', '2023-09-30', 'day', true, ['impossible']],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));

  it('keeps the date when the weekday disagrees, without a flag', () => {
    // 12 September 2022 was a Monday.
    expect(parse('Friday 12 September 2022')).toEqual({ earliest: '2022-09-12', latest: '2022-09-12', precision: 'day', uncertain: false, flags: [] });
  });
});
