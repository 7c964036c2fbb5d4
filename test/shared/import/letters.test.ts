/**
 * A file of letters one after another (discharge summaries, attendance
 * letters, notifications), each opening with the same letterhead: one entry
 * per letter, dated by its date field, with its body kept. And a running
 * page header in a report, which repeats too but is no letter. Invented.
 */
import { describe, expect, it } from 'vitest';

import { extractEntry } from '../../../shared/extract/index.ts';
import { importDocument } from '../../../shared/import/index.ts';
import type { RawBlock, RawDocument } from '../../../shared/import/raw.ts';

function lines(texts: string[]): RawBlock[] {
  return texts.map((text, i) => ({ kind: i % 12 === 0 ? 'heading' : 'paragraph', text, index: i + 1, line: i + 1 }));
}
const doc = (fileName: string, blocks: RawBlock[]): RawDocument => ({ fileName, format: 'txt', title: null, tables: [], blocks, warnings: [] });

const LETTERS = [
  'BRAMLEY VALE HOSPITALS NHS TRUST',
  'Minor Injuries Unit',
  'Patient: Tom QUILLER DOB: 02/02/1951',
  'Date of attendance: 04/04/2024 Time of arrival: 10:20',
  'Dear Dr Amberley,',
  'Tom attended with his daughter after a fall at home. Bruising to the left hip.',
  'Yours sincerely, N. Farrant, ENP',
  'BRAMLEY VALE HOSPITALS NHS TRUST',
  'Safeguarding Team',
  'Date: 12/04/2024',
  'Dear Dr Amberley,',
  'We have raised a safeguarding concern with adult social care today.',
  'Kind regards, P. Oduya cc: Registered Manager, Elm Court',
];

describe('a file of letters', () => {
  it('is one entry per letter, dated by its date field (not the date of birth), with the time beside it and the body kept', () => {
    const r = importDocument(doc('mi-unit-letters.txt', lines(LETTERS)), { agency: 'ed' });
    expect(r.entries.map((e) => [e.date.earliest, e.time])).toEqual([
      ['2024-04-04', '10:20'],
      ['2024-04-12', null],
    ]);
    expect(r.entries[0]!.text).toContain('Bruising to the left hip');
    expect(r.entries[1]!.text).toContain('raised a safeguarding concern');
  });

  it('is a letter to whoever it greets and copies', () => {
    const r = importDocument(doc('mi-unit-letters.txt', lines(LETTERS)), { agency: 'ed' });
    const out = (i: number) =>
      extractEntry({ text: r.entries[i]!.text, agency: 'ed' })
        .contacts.filter((c) => c.type === 'letter' && !c.negated)
        .map((c) => c.with)
        .sort();
    expect(out(0)).toEqual(['gp']);
    expect(out(1)).toEqual(['gp', 'other']);
  });

  it('is not a letter when it is received: "Letter from" a hospital in the GP record is read by the usual frames', () => {
    const got = extractEntry({ text: 'Letter from the ED:\nDear Dr Amberley,\nTom attended after a fall.\nYours sincerely, ENP', agency: 'gp' });
    expect(got.contacts.filter((c) => c.with === 'gp')).toEqual([]);
  });

  it('is not what a report with a running page header is: its pages open with dates, one event each', () => {
    const pages = lines([
      'OFFICIAL SENSITIVE - CHRONOLOGY',
      '03/01/2024 - Home visit by the health visitor. Baby seen.',
      '10/01/2024 - Call to the GP about weight.',
      'OFFICIAL SENSITIVE - CHRONOLOGY',
      '17/01/2024 - Missed clinic appointment.',
      '24/01/2024 - Letter to the family.',
    ]);
    const r = importDocument(doc('hv-chronology.txt', pages), { agency: 'health-visiting' });
    expect(r.entries.map((e) => e.date.earliest)).toEqual(['2024-01-03', '2024-01-10', '2024-01-17', '2024-01-24']);
  });
});

describe('a file of minutes, one titled form after another (invented)', () => {
  const blocks: RawBlock[] = [
    { kind: 'heading', text: 'Marlow County Council – Children\'s Services', index: 1 },
    { kind: 'heading', text: 'STRATEGY MEETING – CHILD B', index: 2 },
    { kind: 'paragraph', text: 'Date: 02/03/2024 Time: 09:30 Venue: Teams', index: 3 },
    { kind: 'heading', text: 'Present:', index: 4 },
    { kind: 'paragraph', text: 'DS4 - Detective Sergeant, police', index: 5 },
    { kind: 'paragraph', text: 'HV2 - Health Visitor', index: 6 },
    { kind: 'heading', text: 'Information shared', index: 7 },
    { kind: 'paragraph', text: 'Police: DS4 reported two call-outs to the address.', index: 8 },
    { kind: 'heading', text: 'CORE GROUP MEETING – CHILD B', index: 9 },
    { kind: 'paragraph', text: 'Date of meeting: 20/03/2024 Time: 14:00 Venue: family home', index: 10 },
    { kind: 'heading', text: 'Present:', index: 11 },
    { kind: 'paragraph', text: 'SW3 - Social Worker', index: 12 },
    { kind: 'paragraph', text: 'School DSL', index: 13 },
  ];

  it('is one entry per meeting, from its title, dated by its date field', () => {
    const r = importDocument(doc('cp-minutes.docx', blocks), { agency: 'csc' });
    expect(r.entries.map((e) => [e.date.earliest, e.time, e.text.split('\n')[0]])).toEqual([
      ['2024-03-02', '09:30', 'STRATEGY MEETING – CHILD B'],
      ['2024-03-20', '14:00', 'CORE GROUP MEETING – CHILD B'],
    ]);
  });

  it('has as contacts who was present, not what each reported, nor the child it is about', () => {
    const r = importDocument(doc('cp-minutes.docx', blocks), { agency: 'csc' });
    const got = extractEntry({ text: r.entries[0]!.text, agency: 'csc' }).contacts.filter((c) => !c.negated).map((c) => [c.with, c.type]);
    expect(got).toEqual([
      ['police', 'strategy-discussion'],
      ['health-visiting', 'strategy-discussion'],
    ]);
  });
});

describe('numbered forms, one after another, with no colons (invented)', () => {
  const blocks: RawBlock[] = [
    { kind: 'heading', text: 'Fenmoor Ambulance Service NHS Trust', index: 1 },
    { kind: 'paragraph', text: 'Patient records extract for the review.', index: 2 },
    { kind: 'heading', text: 'PATIENT RECORD – SUMMARY (1 of 2)', index: 3 },
    { kind: 'paragraph', text: 'Incident no FAS-1234 Date 04/02/2024 Time of call 19:02 Patient Child M', index: 4 },
    { kind: 'paragraph', text: 'Conveyed to Not conveyed', index: 5 },
    { kind: 'heading', text: 'PATIENT RECORD – SUMMARY (2 of 2)', index: 6 },
    { kind: 'paragraph', text: 'Incident no FAS-1299 Date 19/03/2024 Time of call 07:52 Patient Ms W', index: 7 },
  ];
  it('is one entry per form, and the letterhead names the sender when the title does not', () => {
    const r = importDocument({ fileName: 'fas-summary.pdf', format: 'pdf', title: 'FAS – OFFICIAL – page 1', tables: [], blocks, warnings: [] });
    expect(r.entries.map((e) => e.date.earliest)).toEqual(['2024-02-04', '2024-03-19']);
    expect(r.agency).toBe('ambulance');
  });
});

describe('discharge summaries one after another (invented)', () => {
  const summary = (start: number, admitted: string, discharged: string, course: string[]): RawBlock[] => [
    { kind: 'heading', text: 'ALDMOOR HOSPITALS NHS FOUNDATION TRUST', index: start },
    { kind: 'paragraph', text: 'INPATIENT DISCHARGE SUMMARY Patient: Mrs Q', index: start + 1 },
    { kind: 'paragraph', text: `Date of admission: ${admitted}`, index: start + 2 },
    { kind: 'paragraph', text: `Date of discharge: ${discharged}`, index: start + 3 },
    ...course.map((text, i) => ({ kind: 'paragraph' as const, text, index: start + 4 + i })),
  ];
  const blocks: RawBlock[] = [
    { kind: 'paragraph', text: 'Aldmoor Hospitals NHS Foundation Trust - return to the Safeguarding Adults Board', index: 0 },
    ...summary(1, '03/05/2023', '09/05/2023', ['On 04/05 seen by the tissue viability nurse. On 06/05 delirium settling.']),
    ...summary(10, '18/08/2023', '22/08/2023', ['Reviewed in clinic on 6/12 before this admission; no change to medication.']),
  ];
  const r = importDocument(doc('summaries.txt', blocks));

  it('tells a day-by-day course event by event, its undated-year days in the admission\'s year', () => {
    expect(r.entries.slice(0, 4).map((e) => e.date.earliest)).toEqual(['2023-05-03', '2023-05-09', '2023-05-04', '2023-05-06']);
  });
  it('keeps a summary that mentions one other date as one entry, dated by its admission', () => {
    expect(r.entries.slice(4).map((e) => e.date.earliest)).toEqual(['2023-08-18']);
  });
  it('reads the file as the hospital wards\' record, not the board\'s', () => {
    expect(r.entries.every((e) => e.agency === 'other')).toBe(true);
    expect(r.suggestion?.agency).toBe('other');
  });
});
