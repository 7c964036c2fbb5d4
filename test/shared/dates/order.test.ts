import { describe, expect, it } from 'vitest';
import { detectDateOrder } from '../../../shared/dates/index.ts';

describe('detectDateOrder', () => {
  it('sees a US-ordered file', () => {
    expect(detectDateOrder(['01/27/2020', '02/14/2020', '3/30/21', '04/02/2020', 'May 2020'])).toEqual({
      order: 'mdy',
      dmyOnly: 0,
      mdyOnly: 3,
      examples: ['01/27/2020', '02/14/2020', '3/30/21'],
    });
  });
  it('sees a UK file, and is not thrown by one typo', () => {
    const r = detectDateOrder(['28/03/2023', '14/04/2023', '15/04/2023', '04/05/2023', '12/13/2023', '2023-01-10', '16.07.23']);
    expect(r).toEqual({ order: 'dmy', dmyOnly: 4, mdyOnly: 1, examples: ['28/03/2023', '14/04/2023', '15/04/2023', '12/13/2023'] });
  });
  it('says ambiguous for a mixed file or one with no evidence', () => {
    expect(detectDateOrder(['13/01/2023', '01/13/2023', '14/02/2023', '02/14/2023']).order).toBe('ambiguous');
    expect(detectDateOrder(['01/02/2023', '2023-03-14', 'Spring 2023', '']).order).toBe('ambiguous');
  });
});
