/**
 * An invented early help return as it comes out of a spreadsheet saved as CSV
 * on a computer set to US dates: the real date cells month-first, the dates
 * typed as text day-first. Shared by the pipeline test and the end-to-end one.
 */
export const MIXED_DATES_ROWS: ReadonlyArray<readonly [date: string, who: string, note: string, day: string]> = [
  ['w/c 06/03/2023', 'Family worker', 'Referral received from the school nurse.', '2023-03-06'],
  ['03/14/2023', 'Family worker', 'Home visit; mother and two children seen.', '2023-03-14'],
  ['22/03/2023', 'Family worker', 'Telephone call to the GP surgery.', '2023-03-22'],
  ['04/05/2023', 'Team manager', 'Case discussed in supervision.', '2023-04-05'],
  ['04/19/2023', 'Family worker', 'Letter sent offering a group place.', '2023-04-19'],
  ['05/03/2023', 'Family worker', 'Did not attend the group.', '2023-05-03'],
  ['05/17/2023', 'Family worker', 'Case closed: no engagement.', '2023-05-17'],
];

/** The CSV text (with a title row above the header, as exports have). */
export function mixedDatesCsv(): string {
  return ['Early Help Service - chronology,,', ',,', 'Date,Practitioner,Note', ...MIXED_DATES_ROWS.map(([d, w, n]) => `${d},${w},${n}`)].join('\r\n');
}

/** The day each entry really happened on, in order. */
export const MIXED_DATES_DAYS = MIXED_DATES_ROWS.map((r) => r[3]);
