import { describe, expect, it } from 'vitest';
import type { FuzzyDate, Precision } from '../../../shared/model.ts';
import { formatFuzzyDate, formatIsoUk, parseFuzzyDate } from '../../../shared/dates/index.ts';

const fd = (earliest: string | null, latest: string | null, precision: Precision, uncertain = false, raw = ''): FuzzyDate => ({ raw, earliest, latest, precision, uncertain });

describe('formatFuzzyDate', () => {
  it.each([
    [fd('2023-03-14', '2023-03-14', 'day'), '14 Mar 2023'],
    [fd('2023-03-06', '2023-03-12', 'week'), 'w/c 6 Mar 2023'],
    [fd('2023-03-01', '2023-03-31', 'month'), 'Mar 2023'],
    [fd('2023-03-01', '2023-05-31', 'season'), 'Spring 2023'],
    [fd('2022-12-01', '2023-02-28', 'season'), 'Winter 2022/23'],
    [fd('2023-01-01', '2023-12-31', 'year'), '2023'],
    [fd('2023-04-10', '2023-04-12', 'range'), '10–12 Apr 2023'],
    [fd('2023-04-28', '2023-05-03', 'range'), '28 Apr – 3 May 2023'],
    [fd('2023-12-28', '2024-01-03', 'range'), '28 Dec 2023 – 3 Jan 2024'],
    [fd('2012-05-01', '2012-07-31', 'range'), 'May–Jul 2012'],
    [fd('2019-01-01', '2021-12-31', 'range'), '2019–2021'],
    [fd('2023-03-14', '2023-03-14', 'day', true), 'c. 14 Mar 2023'],
    [fd(null, null, 'day', true, 'Undated'), 'Undated'],
    [fd(null, null, 'day', true, ''), 'Undated'],
  ])('%j → %s', (d, want) => expect(formatFuzzyDate(d)).toBe(want));

  it('round-trips what the parser reads', () => {
    const show = (raw: string) => {
      const d = parseFuzzyDate(raw);
      return d === null ? null : formatFuzzyDate(d);
    };
    expect(show('w/c 06/03/2023')).toBe('w/c 6 Mar 2023');
    expect(show('?14/03/23')).toBe('c. 14 Mar 2023');
    expect(show('Summer term 2023')).toBe('15 Apr – 22 Jul 2023');
  });
});

describe('formatIsoUk', () => {
  it('writes an ISO day the UK way', () => {
    expect(formatIsoUk('2023-03-14')).toBe('14 Mar 2023');
    expect(formatIsoUk('2023-03-04')).toBe('4 Mar 2023');
  });
  it('leaves anything else alone', () => {
    expect(formatIsoUk('2023-02-30')).toBe('2023-02-30');
    expect(formatIsoUk('14/03/2023')).toBe('14/03/2023');
  });
});
