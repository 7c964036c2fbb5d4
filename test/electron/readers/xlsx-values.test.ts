/**
 * Excel numbers read the way their number format shows them. A date format
 * with no day in it is what Excel gives a cell someone typed "March 2023"
 * or "2023" into: the author meant the month or the year, not its first day.
 */
import { describe, expect, it } from 'vitest';

import { formatKind, isoDateCell, numberCell } from '../../../electron/core/readers/xlsx-values.ts';

// 45000 is 15 March 2023 in the 1900 date system.
const MARCH_15 = 45000;

describe('Excel number formats', () => {
  it.each([
    ['dd/mm/yyyy', 'date'],
    ['d-mmm-yy', 'date'],
    ['dd/mm/yyyy hh:mm', 'datetime'],
    ['hh:mm', 'time'],
    ['mmm-yy', 'month'],
    ['mmmm yyyy', 'month'],
    ['mm/yyyy', 'month'],
    ['yyyy', 'year'],
    ['0.00', 'number'],
    ['General', 'number'],
  ])('%s is a %s format', (fmt, kind) => {
    expect(formatKind(fmt)).toBe(kind);
  });

  it('reads a day-less date cell as the month or year it shows, so its bounds are the whole month or year', () => {
    expect(numberCell(MARCH_15, 'mmm-yy', false)).toEqual({ text: 'March 2023' });
    expect(numberCell(MARCH_15, 'yyyy', false)).toEqual({ text: '2023' });
    expect(isoDateCell('2023-03-15', 'mmmm yyyy')).toEqual({ text: 'March 2023' });
  });

  it('keeps a dated cell a real date', () => {
    expect(numberCell(MARCH_15, 'dd/mm/yyyy', false)).toEqual({ text: '15/03/2023', date: { y: 2023, m: 3, d: 15 } });
  });
});
