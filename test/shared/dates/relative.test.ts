import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../../shared/model.ts';
import { parseFuzzyDate } from '../../../shared/dates/index.ts';
import { expected, summarise, type Row } from './helpers.ts';

/** Wednesday 14 June 2023. */
const previous: FuzzyDate = { raw: '14/06/2023', earliest: '2023-06-14', latest: '2023-06-14', precision: 'day', uncertain: false };
const parse = (raw: string, prev: FuzzyDate | null = previous) => summarise(parseFuzzyDate(raw, { previous: prev }));

describe('relative dates count from the entry before', () => {
  const rows: Row[] = [
    ['the next day', '2023-06-15', '2023-06-15', 'day', false, ['relative']],
    ['The following day', '2023-06-15', '2023-06-15', 'day', false, ['relative']],
    ['the day after', '2023-06-15', '2023-06-15', 'day', false, ['relative']],
    ['the next morning', '2023-06-15', '2023-06-15', 'day', false, ['relative']],
    ['the following morning', '2023-06-15', '2023-06-15', 'day', false, ['relative']],
    ['that evening', '2023-06-14', '2023-06-14', 'day', false, ['relative']],
    ['later that day', '2023-06-14', '2023-06-14', 'day', false, ['relative']],
    ['later the same day', '2023-06-14', '2023-06-14', 'day', false, ['relative']],
    ['the same day', '2023-06-14', '2023-06-14', 'day', false, ['relative']],
    ['the previous day', '2023-06-13', '2023-06-13', 'day', false, ['relative']],
    ['two days later', '2023-06-16', '2023-06-16', 'day', false, ['relative']],
    ['Four days later', '2023-06-18', '2023-06-18', 'day', false, ['relative']],
    ['3 days later', '2023-06-17', '2023-06-17', 'day', false, ['relative']],
    ['three days earlier', '2023-06-11', '2023-06-11', 'day', false, ['relative']],
    ['a week later', '2023-06-21', '2023-06-21', 'day', false, ['relative']],
    ['two weeks later', '2023-06-28', '2023-06-28', 'day', false, ['relative']],
    ['a fortnight later', '2023-06-28', '2023-06-28', 'day', false, ['relative']],
    ['a few days later', '2023-06-16', '2023-06-18', 'range', false, ['relative']],
    ['a couple of days later', '2023-06-16', '2023-06-16', 'day', false, ['relative']],
    ['a month later', '2023-07-14', '2023-07-14', 'day', false, ['relative']],
    ['two years later', '2025-06-14', '2025-06-14', 'day', false, ['relative']],
    ['the following week', '2023-06-19', '2023-06-25', 'week', false, ['relative']],
    ['the next month', '2023-07-01', '2023-07-31', 'month', false, ['relative']],
    ['the following Monday', '2023-06-19', '2023-06-19', 'day', false, ['relative']],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));

  it('gives null bounds, flag relative, when there is no entry before', () => {
    expect(parse('the next day', null)).toEqual({ earliest: null, latest: null, precision: 'day', uncertain: false, flags: ['relative'] });
  });
  it('shifts the whole interval of a vague entry before, and inherits its uncertainty', () => {
    const early: FuzzyDate = { raw: '?Early May 2023', earliest: '2023-05-01', latest: '2023-05-10', precision: 'range', uncertain: true };
    expect(parse('the next day', early)).toEqual({ earliest: '2023-05-02', latest: '2023-05-11', precision: 'range', uncertain: true, flags: ['relative'] });
  });
  it('says what it counted from', () => {
    expect(parseFuzzyDate('two days later', { previous })?.suggestion).toBe('counted from the entry before (14/06/2023): read as 16/06/2023');
  });
});
