import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../../shared/dates/index.ts';
import { expected, summarise, TEST_CONVENTIONS, type Row } from './helpers.ts';

const parse = (raw: string) => summarise(parseFuzzyDate(raw, { conventions: TEST_CONVENTIONS }));

describe('uncertain dates keep their bounds', () => {
  const rows: Row[] = [
    ['?14/03/23', '2023-03-14', '2023-03-14', 'day', true, ['two-digit-year']],
    ['?22/05/2023', '2023-05-22', '2023-05-22', 'day', true, []],
    ['14/03/2023?', '2023-03-14', '2023-03-14', 'day', true, []],
    ['approx. 14/03/2023', '2023-03-14', '2023-03-14', 'day', true, []],
    ['approximately March 2023', '2023-03-01', '2023-03-31', 'month', true, []],
    ['about 2019', '2019-01-01', '2019-12-31', 'year', true, []],
    ['around 14 May 2023', '2023-05-14', '2023-05-14', 'day', true, []],
    ['c. 2019', '2019-01-01', '2019-12-31', 'year', true, []],
    ['circa 2019', '2019-01-01', '2019-12-31', 'year', true, []],
    ['est. June 2023', '2023-06-01', '2023-06-30', 'month', true, []],
    ['14/03/2023 (date uncertain)', '2023-03-14', '2023-03-14', 'day', true, []],
    ['(date uncertain) 14/03/2023', '2023-03-14', '2023-03-14', 'day', true, []],
    ['14/03/2023 (approx)', '2023-03-14', '2023-03-14', 'day', true, []],
    ['Undated – approx. autumn 2023', '2023-09-01', '2023-11-30', 'season', true, []],
    ['Undated (probably 2019)', '2019-01-01', '2019-12-31', 'year', true, []],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));
});

describe('undated and not-a-date', () => {
  it('gives an explicitly undated entry null bounds, uncertain, flag unparsed', () => {
    for (const raw of ['Undated', 'undated', 'Date unknown', 'not dated', 'No date']) {
      expect(parseFuzzyDate(raw), raw).toEqual({ raw, earliest: null, latest: null, precision: 'day', uncertain: true, flags: ['unparsed'] });
    }
  });
  it('returns null for text that holds no date at all', () => {
    for (const raw of ['n/a', 'N/A', 'unknown', 'TBC', '', '   ', 'see above', 'Details', 'Date', 'Time', 'Mon', 'Summary of events', 'Fall (alcohol)', '2 children', '-', '?']) {
      expect(parseFuzzyDate(raw), JSON.stringify(raw)).toBeNull();
    }
  });
  it('keeps raw as the input, trimmed', () => {
    expect(parseFuzzyDate('  14/03/2023 10:15 \n')?.raw).toBe('14/03/2023 10:15');
  });
});
