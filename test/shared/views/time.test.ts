import { describe, expect, it } from 'vitest';

import { entryInterval, isoToMs, MS_DAY, MS_HOUR, msToIso, padExtent, timeScale, timeTicks, toTime, toX } from '../../../shared/views/time.ts';
import { entry } from './fixtures.ts';

describe('entryInterval', () => {
  it('puts a known day with a time at that time', () => {
    const iv = entryInterval(entry({ ref: 'a#1', agency: 'police', earliest: '2023-03-14', time: '23:40' }))!;
    expect(iv.vague).toBe(false);
    expect(iv.at - isoToMs('2023-03-14')!).toBe(23 * MS_HOUR + 40 * 60_000);
    expect(iv.start).toBe(iv.end);
  });

  it('puts a known day without a time at midday', () => {
    const iv = entryInterval(entry({ ref: 'a#1', agency: 'police', earliest: '2023-03-14' }))!;
    expect(iv.at - isoToMs('2023-03-14')!).toBe(12 * MS_HOUR);
  });

  it('draws a vague date as its whole range, to the end of the last day', () => {
    const iv = entryInterval(entry({ ref: 'a#1', agency: 'gp', earliest: '2023-03-01', latest: '2023-05-31', precision: 'season' }))!;
    expect(iv.vague).toBe(true);
    expect(iv.start).toBe(isoToMs('2023-03-01'));
    expect(iv.end).toBe(isoToMs('2023-06-01'));
    expect(iv.at).toBe((iv.start + iv.end) / 2);
  });

  it('treats a week or month as vague even when read to one day', () => {
    expect(entryInterval(entry({ ref: 'a#1', agency: 'gp', earliest: '2023-03-06', latest: '2023-03-06', precision: 'week' }))!.vague).toBe(true);
  });

  it('has no interval for an undated entry', () => {
    expect(entryInterval(entry({ ref: 'a#1', agency: 'gp', earliest: null }))).toBeNull();
  });
});

describe('scales', () => {
  it('maps time to pixels and back', () => {
    const s = timeScale(0, 10 * MS_DAY, 100, 1100);
    expect(toX(s, 5 * MS_DAY)).toBe(600);
    expect(toTime(s, 600)).toBe(5 * MS_DAY);
  });

  it('pads an extent, and widens a single day to about a week', () => {
    const p = padExtent({ start: 0, end: 0 });
    expect(p.end - p.start).toBeGreaterThanOrEqual(7 * MS_DAY);
    expect(msToIso(isoToMs('2024-02-29')!)).toBe('2024-02-29');
  });
});

describe('timeTicks', () => {
  const span = (from: string, to: string, width = 1000) => timeScale(isoToMs(from)!, isoToMs(to)!, 0, width);

  it('labels years for a decade', () => {
    const ticks = timeTicks(span('2015-06-01', '2024-06-01'));
    expect(ticks.map((t) => t.label)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('labels months the UK way for a year, with the year on the first and on January', () => {
    const labels = timeTicks(span('2023-01-15', '2024-01-15', 1200)).map((t) => t.label);
    expect(labels[0]).toBe('Feb 2023');
    expect(labels).toContain('Jan 2024');
    expect(labels).toContain('Jun');
  });

  it('labels days and hours when zoomed in', () => {
    expect(timeTicks(span('2023-03-01', '2023-03-15')).some((t) => /^\d{1,2} Mar/.test(t.label))).toBe(true);
    const hours = timeTicks(timeScale(isoToMs('2023-03-14')! + 8 * MS_HOUR, isoToMs('2023-03-14')! + 14 * MS_HOUR, 0, 1000));
    expect(hours.map((t) => t.label)).toContain('10:00');
  });

  it('puts week ticks on Mondays', () => {
    const ticks = timeTicks(span('2023-03-01', '2023-05-01', 800));
    for (const t of ticks) expect(new Date(t.t).getUTCDay()).toBe(1);
  });
});
