import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type DateConventions } from '../../../shared/dates/index.ts';
import { expected, summarise, TEST_CONVENTIONS, type Row } from './helpers.ts';

const parse = (raw: string, conventions: DateConventions = TEST_CONVENTIONS) => summarise(parseFuzzyDate(raw, { conventions }));

describe('seasons (meteorological)', () => {
  const rows: Row[] = [
    ['Spring 2023', '2023-03-01', '2023-05-31', 'season', false, []],
    ['Spring 1999', '1999-03-01', '1999-05-31', 'season', false, []],
    ['summer 2023', '2023-06-01', '2023-08-31', 'season', false, []],
    ['the summer of 2023', '2023-06-01', '2023-08-31', 'season', false, []],
    ['Autumn 2023', '2023-09-01', '2023-11-30', 'season', false, []],
    ['Winter 2022', '2022-12-01', '2023-02-28', 'season', false, []],
    ['Winter 2023', '2023-12-01', '2024-02-29', 'season', false, []],
    ['Winter 2022/23', '2022-12-01', '2023-02-28', 'season', false, []],
    ['spring 23', '2023-03-01', '2023-05-31', 'season', false, ['two-digit-year']],
    ['approx. autumn 2023', '2023-09-01', '2023-11-30', 'season', true, []],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));

  it('follows the winter convention when it is changed', () => {
    expect(parse('Winter 2023', { ...TEST_CONVENTIONS, winterYear: 'ends' })?.earliest).toBe('2022-12-01');
  });
});

describe('early / mid / late', () => {
  const rows: Row[] = [
    ['Early May 2023', '2023-05-01', '2023-05-10', 'range', false, []],
    ['Mid-December 2023', '2023-12-11', '2023-12-20', 'range', false, []],
    ['mid December 2023', '2023-12-11', '2023-12-20', 'range', false, []],
    ['Late June 2023', '2023-06-21', '2023-06-30', 'range', false, []],
    ['late February 2024', '2024-02-21', '2024-02-29', 'range', false, []],
    ['beginning of March 2023', '2023-03-01', '2023-03-10', 'range', false, []],
    ['start of March 2023', '2023-03-01', '2023-03-10', 'range', false, []],
    ['the end of March 2023', '2023-03-21', '2023-03-31', 'range', false, []],
    ['first half of March 2023', '2023-03-01', '2023-03-15', 'range', false, []],
    ['early 2023', '2023-01-01', '2023-04-30', 'range', false, []],
    ['mid 2023', '2023-05-01', '2023-08-31', 'range', false, []],
    ['mid-2023', '2023-05-01', '2023-08-31', 'range', false, []],
    ['late 2023', '2023-09-01', '2023-12-31', 'range', false, []],
    ['the first week of March 2023', '2023-03-01', '2023-03-07', 'range', false, []],
    ['last week of June 2023', '2023-06-24', '2023-06-30', 'range', false, []],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));
});

describe('weeks', () => {
  const rows: Row[] = [
    ['w/c 06/03/2023', '2023-03-06', '2023-03-12', 'week', false, []],
    ['W/C 12/6/23', '2023-06-12', '2023-06-18', 'week', false, ['two-digit-year']],
    ['w/c 12 June 2023', '2023-06-12', '2023-06-18', 'week', false, []],
    ['week commencing Monday 12th June 2023', '2023-06-12', '2023-06-18', 'week', false, []],
    ['w/b 12.06.2023', '2023-06-12', '2023-06-18', 'week', false, []],
    // Not a Monday: still the date and the six days after, with no flag.
    ['w/c 14/06/2023', '2023-06-14', '2023-06-20', 'week', false, []],
    ['w/e 18/06/2023', '2023-06-12', '2023-06-18', 'week', false, []],
    ['week ending 18 June 2023', '2023-06-12', '2023-06-18', 'week', false, []],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));
});

describe('school terms, half terms and holidays (England default calendar)', () => {
  const rows: Row[] = [
    ['Summer term 2023', '2023-04-15', '2023-07-22', 'range', false, []],
    ['Autumn term 2023', '2023-09-01', '2023-12-20', 'range', false, []],
    ['Spring term 2024', '2024-01-04', '2024-03-31', 'range', false, []],
    ['Spring term 2023/24', '2024-01-04', '2024-03-31', 'range', false, []],
    ['Autumn term 2023/24', '2023-09-01', '2023-12-20', 'range', false, []],
    // Half terms: the last Mon–Fri of October / May that fits in the month; the week containing 14 February.
    ['Autumn half term 2023', '2023-10-23', '2023-10-27', 'range', false, []],
    ['October half-term 2022', '2022-10-24', '2022-10-28', 'range', false, []],
    ['Spring half term 2024', '2024-02-12', '2024-02-16', 'range', false, []],
    ['February half term 2023', '2023-02-13', '2023-02-17', 'range', false, []],
    ['Summer half term 2023', '2023-05-22', '2023-05-26', 'range', false, []],
    ['May half term 2024', '2024-05-27', '2024-05-31', 'range', false, []],
    // Halves: to the Friday before half term, from the Monday after it.
    ['Autumn 1 2023', '2023-09-01', '2023-10-20', 'range', false, []],
    ['Autumn 2 2023', '2023-10-30', '2023-12-20', 'range', false, []],
    ['Spring term 1 2024', '2024-01-04', '2024-02-09', 'range', false, []],
    ['Summer holidays 2023', '2023-07-23', '2023-08-31', 'range', false, []],
    ['Christmas holidays 2023', '2023-12-21', '2024-01-03', 'range', false, []],
    ['Christmas 2023', '2023-12-21', '2024-01-03', 'range', false, []],
    ['Easter holidays 2024', '2024-04-01', '2024-04-14', 'range', false, []],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));
});

describe('financial and academic years', () => {
  const rows: Row[] = [
    ['FY 2023/24', '2023-04-01', '2024-03-31', 'range', false, []],
    ['FY23/24', '2023-04-01', '2024-03-31', 'range', false, ['two-digit-year']],
    ['financial year 2022-23', '2022-04-01', '2023-03-31', 'range', false, []],
    ['academic year 2022/23', '2022-09-01', '2023-08-31', 'range', false, []],
    ['2022/23 academic year', '2022-09-01', '2023-08-31', 'range', false, []],
  ];
  it.each(rows)('%s', (...row) => expect(parse(row[0])).toEqual(expected(row)));
});
