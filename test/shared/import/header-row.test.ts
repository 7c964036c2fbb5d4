/**
 * A header over two rows, as Word and Excel returns often have it: "Contact"
 * across "Date" and "Time", the other headings merged down both rows. The
 * rows are invented.
 */
import { describe, expect, it } from 'vitest';

import { detectHeader } from '../../../shared/import/header-row.ts';
import type { RawCell, RawTable } from '../../../shared/import/raw.ts';

const t = (text: string): RawCell => ({ text });
const downMaster = (text: string): RawCell => ({ text, merge: { dir: 'v', master: true } });
const downCovered: RawCell = { text: '', merge: { dir: 'v', master: false } };

const TABLE: RawTable = {
  name: 'Table 1',
  number: 1,
  rows: [
    { index: 1, cells: [{ text: 'Contact', merge: { dir: 'h', master: true } }, { text: '', merge: { dir: 'h', master: false } }, downMaster('Clinician'), downMaster('Summary of consultation'), downMaster('Action / outcome')] },
    { index: 2, cells: [t('Date'), t('Time'), downCovered, downCovered, downCovered] },
    { index: 3, cells: [t('08/01/2024'), t('09:10'), t('Dr A (GP)'), t('Mother and baby seen; baby well.'), t('Review in a month.')] },
    { index: 4, cells: [t('14/02/2024'), t('16:20'), t('Dr C (GP)'), t('Bruise to the baby\u2019s ear; mother says he fell.'), t('No referral made.')] },
  ],
};

describe('a header over two rows', () => {
  it('takes the merged headings from the row above, so every column is mapped', () => {
    const found = detectHeader(TABLE);
    expect(found?.rowPos).toBe(1);
    expect(found?.mapping.columns.map((c) => [c.heading, c.field])).toEqual([
      ['Date', 'date'],
      ['Time', 'time'],
      ['Clinician', 'author'],
      ['Summary of consultation', 'event'],
      ['Action / outcome', 'action'],
    ]);
  });
});

describe('date headings in other systems\' words', () => {
  it('finds a prevention log\'s header under its merged title rows by the words such logs use', () => {
    const table: RawTable = {
      name: 'Sheet1',
      number: 1,
      rows: [
        { index: 1, cells: [{ text: 'WESTFELL FIRE AND RESCUE', merge: { dir: 'h', master: true } }, { text: '', merge: { dir: 'h', master: false } }] },
        { index: 3, cells: [t('Visit ID'), t('Date'), t('Type'), t('Crew/Advocate'), t('Findings'), t('Risk score'), t('Referral made (Y/N)'), t('Referred to')] },
        { index: 4, cells: [t('PV23/1187'), t('12.4.23'), t('HFSC'), t('CM1, FF2'), t('Door-knock after a chimney fire; hoarding throughout.'), t('Very High (38)'), t('N'), t('declined consent')] },
      ],
    };
    const found = detectHeader(table);
    expect(found?.rowPos).toBe(1);
    expect(found?.mapping.columns.map((c) => c.field)).toEqual(['sourceRef', 'date', 'contactType', 'author', 'event', 'flag', 'action', 'action']);
  });
  it('reads "Logged", "Reported" and "Date created" as the date column', () => {
    for (const heading of ['Logged', 'Reported', 'Date created']) {
      const table: RawTable = {
        name: 'Table 1',
        number: 1,
        rows: [
          { index: 1, cells: [t(heading), t('Category'), t('Concern'), t('Action')] },
          { index: 2, cells: [t('Mon 14 Nov 22 08:55'), t('Wellbeing'), t('Tearful in tutor time.'), t('Logged with DSL.')] },
          { index: 3, cells: [t('Fri 18 Nov 22 09:30'), t('External agency'), t('Email to the front door.'), t('Chase next week.')] },
        ],
      };
      const found = detectHeader(table);
      expect(found?.rowPos, heading).toBe(0);
      expect(found?.mapping.columns[0]?.field, heading).toBe('date');
    }
  });
});

describe('a header in words we do not know', () => {
  it('is still the header when it heads the date column "Date" just above the first dated row', () => {
    const table: RawTable = {
      name: 'Sheet1',
      number: 1,
      rows: [
        { index: 1, cells: [t('Ref'), t('Date'), t('Gubbins'), t('Whatsit')] },
        { index: 2, cells: [t('A1'), t('12/04/2023'), t('Door-knock after a chimney fire; hoarding throughout the house.'), t('x')] },
        { index: 3, cells: [t('A2'), t('23/05/2023'), t('Access to the front room only; cooking on a camping stove.'), t('y')] },
      ],
    };
    const found = detectHeader(table);
    expect(found?.rowPos).toBe(0);
    expect(found?.mapping.columns[1]?.field).toBe('date');
  });
});
