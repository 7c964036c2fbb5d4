/**
 * A date column with both orders in it, as a spreadsheet saved as CSV on a
 * computer set to US dates comes out: the real date cells month-first, the
 * dates someone typed as text still day-first.
 */
import { describe, expect, it } from 'vitest';

import { resolveMixedOrderSequence } from '../../../shared/dates/index.ts';

const days = (raws: string[], majority: 'dmy' | 'mdy') => resolveMixedOrderSequence(raws, majority).map((d) => d?.earliest ?? null);

describe('resolveMixedOrderSequence', () => {
  it('reads each date the only way it makes sense, and an either-way one as it fits between its neighbours', () => {
    const raws = ['06/03/2023', '17/04/2023', '04/18/2023', '05/02/2023', '05/20/2023', '11/09/2023', '10/11/2023', '11/13/2023'];
    expect(days(raws, 'mdy')).toEqual([
      '2023-03-06', // June would come after the 17 April below it: day-first
      '2023-04-17',
      '2023-04-18',
      '2023-05-02', // 2 May or 5 February: only May fits after 18 April
      '2023-05-20',
      '2023-11-09', // both fit between 20 May and 13 November: the file's usual order
      '2023-11-10', // 11 October would come before the 9 November above it
      '2023-11-13',
    ]);
  });

  it('flags the dates read against the file\'s usual order, saying why', () => {
    const out = resolveMixedOrderSequence(['17/04/2023', '04/18/2023', '11/02/2023', '10/11/2023', '11/13/2023'], 'mdy');
    expect(out[3]).toMatchObject({ earliest: '2023-11-10', flags: expect.arrayContaining(['us-order']) });
    expect(out[3]!.suggestion).toMatch(/could be read either way; read day-first as 10 Nov 2023/);
    expect(out[2]).toMatchObject({ earliest: '2023-11-02' });
    expect(out[2]!.flags ?? []).not.toContain('us-order');
  });

  it('keeps the usual order where the column is not in date order (grouped by service, say)', () => {
    const raws = ['17/04/2023', '11/20/2023', '04/18/2023', '10/11/2023', '02/13/2023', '12/01/2023'];
    const usual = resolveMixedOrderSequence(raws, 'mdy');
    expect(usual[3]?.earliest).toBe('2023-10-11');
    expect(usual[5]?.earliest).toBe('2023-12-01');
  });

  it('changes nothing in a day-first file that is in order, typo or not', () => {
    const raws = ['01/03/2023', '14/03/2023', '03/04/2023', '04/13/2023', '20/04/2023', '02/05/2023'];
    expect(days(raws, 'dmy')).toEqual(['2023-03-01', '2023-03-14', '2023-04-03', '2023-04-13', '2023-04-20', '2023-05-02']);
  });
});
