import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../../shared/dates/index.ts';
import { expected, summarise, TEST_CONVENTIONS, type Row } from './helpers.ts';

const parse = (raw: string, year?: number) => summarise(parseFuzzyDate(raw, { conventions: TEST_CONVENTIONS, ...(year === undefined ? {} : { year }) }));

describe('explicit ranges', () => {
  const rows: Row[] = [
    ['05/01/2023 - 09/01/2023', '2023-01-05', '2023-01-09', 'range', false, []],
    ['05/01/2023 to 09/01/2023', '2023-01-05', '2023-01-09', 'range', false, []],
    ['05/01/2023–09/01/2023', '2023-01-05', '2023-01-09', 'range', false, []],
    ['between 10 and 12 April 2023', '2023-04-10', '2023-04-12', 'range', false, []],
    ['between the 10th and 12th of April 2023', '2023-04-10', '2023-04-12', 'range', false, []],
    ['10-12 April 2023', '2023-04-10', '2023-04-12', 'range', false, []],
    ['from 5 to 9 January 2023', '2023-01-05', '2023-01-09', 'range', false, []],
    ['5-9/1/2023', '2023-01-05', '2023-01-09', 'range', false, []],
    ['14 March - 12 April 2023', '2023-03-14', '2023-04-12', 'range', false, []],
    ['28 Dec - 3 Jan 2024', '2023-12-28', '2024-01-03', 'range', false, []],
    ['May to July 2012', '2012-05-01', '2012-07-31', 'range', false, []],
    ['May–July 2012', '2012-05-01', '2012-07-31', 'range', false, []],
    ['Jan-Mar 2023', '2023-01-01', '2023-03-31', 'range', false, []],
    ['Nov–Feb 2023', '2022-11-01', '2023-02-28', 'range', false, []],
    ['Dec 2022 - Feb 2023', '2022-12-01', '2023-02-28', 'range', false, []],
    ['between March and May 2023', '2023-03-01', '2023-05-31', 'range', false, []],
    ['Spring–Summer 2023', '2023-03-01', '2023-08-31', 'range', false, []],
    ['2019-2021', '2019-01-01', '2021-12-31', 'range', false, []],
    ['2019 - 2021', '2019-01-01', '2021-12-31', 'range', false, []],
    ['2019-21', '2019-01-01', '2021-12-31', 'range', false, []],
    ['2023/24', '2023-01-01', '2024-12-31', 'range', false, []],
    ['05/01/2023 - 05/01/2023', '2023-01-05', '2023-01-05', 'day', false, []],
    ['June 12-14, 2023', '2023-06-12', '2023-06-14', 'range', false, []],
    ['12th-14th June 2023', '2023-06-12', '2023-06-14', 'range', false, []],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));

  it('reads a range with no year in the year given', () => {
    expect(parse('10th–12th April', 2023)).toEqual({ earliest: '2023-04-10', latest: '2023-04-12', precision: 'range', uncertain: false, flags: ['year-inferred'] });
  });
  it('keeps a range written end first, in order, and marks it uncertain', () => {
    expect(parse('09/01/2023 - 05/01/2023')).toEqual({ earliest: '2023-01-05', latest: '2023-01-09', precision: 'range', uncertain: true, flags: [] });
  });
  it('does not read a date and a time as a range', () => {
    expect(parse('14/03/2023 - 10:15')).toEqual({ earliest: '2023-03-14', latest: '2023-03-14', precision: 'day', uncertain: false, flags: [] });
  });
});
