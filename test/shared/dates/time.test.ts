import { describe, expect, it } from 'vitest';
import { parseTime, splitDateTime } from '../../../shared/dates/index.ts';

describe('parseTime', () => {
  const rows: Array<[string, string]> = [
    ['23:40', '23:40'],
    ['2040hrs', '20:40'],
    ['2040 hrs', '20:40'],
    ['20.05pm', '20:05'],
    ['8.05pm', '20:05'],
    ['10:15am', '10:15'],
    ['12:30am', '00:30'],
    ['12pm', '12:00'],
    ['12am', '00:00'],
    ['9am', '09:00'],
    ['9 a.m.', '09:00'],
    ['1435', '14:35'],
    ['14.35', '14:35'],
    ['0105', '01:05'],
    ['930hrs', '09:30'],
    ['23:40:15', '23:40'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ['approx 10:15', '10:15'],
    ['10:15 - 10:45', '10:15'],
    ['10:15 (approx)', '10:15'],
  ];
  it.each(rows)('%s → %s', (raw, want) => expect(parseTime(raw)).toBe(want));

  it.each(['25:00', '12:60', '2400', '20.05am', '14/03/2023', '14.03.2023', 'unknown', '10', '930', '5.3', '1435 calls', 'PHQ-9', '', 'n/a'])('rejects %s', (raw) => {
    expect(parseTime(raw)).toBeNull();
  });
});

describe('splitDateTime', () => {
  const rows: Array<[string, string, string | null]> = [
    ['2022-11-14 03:12', '2022-11-14', '03:12'],
    ['14/03/2023 10:15', '14/03/2023', '10:15'],
    ['2022-11-14T03:12:00Z', '2022-11-14', '03:12'],
    ['14/03/2023, 10:15am', '14/03/2023', '10:15'],
    ['14/03/2023 @ 2040hrs', '14/03/2023', '20:40'],
    ['14 March 10:15', '14 March', '10:15'],
    ['10:15 14/03/2023', '14/03/2023', '10:15'],
    ['14/03/2023', '14/03/2023', null],
    ['  Spring 2023 ', 'Spring 2023', null],
    ['n/a', 'n/a', null],
  ];
  it.each(rows)('%s', (raw, date, time) => expect(splitDateTime(raw)).toEqual({ date, time }));
});
