/**
 * Diaries of dated lines written the way practitioners type them, and returns
 * that hold several services' records under section headings. All text is
 * invented.
 */
import { describe, expect, it } from 'vitest';

import { importDocument } from '../../../shared/import/index.ts';
import type { RawBlock, RawDocument, RawTable } from '../../../shared/import/raw.ts';

function doc(fileName: string, blocks: Array<string | [RawBlock['kind'], string]>, opts: { title?: string; tables?: RawTable[] } = {}): RawDocument {
  return {
    fileName,
    format: fileName.endsWith('.docx') ? 'docx' : 'txt',
    title: opts.title ?? null,
    tables: opts.tables ?? [],
    blocks: blocks.map((b, i) => (typeof b === 'string' ? { kind: 'paragraph', text: b, index: i + 1 } : { kind: b[0], text: b[1], index: i + 1 })),
    warnings: [],
  };
}

describe('a diary of dated lines', () => {
  it('reads a date in figures with no separator after it as the line’s label, "dd.mm" too', () => {
    const r = importDocument(
      doc('health-visiting.txt', [
        'Baby Q DOB 02/08/21 (HV caseload).',
        '17.02.22 HV2 WNB baby clinic. t/c mum, no answer.',
        '07.03.22 HV2 HV at home. Baby seen, weight on the 9th centile.',
        '23.08 HV2 1yr review at home. Mum says Dad has left.',
      ]),
      { agency: 'health-visiting' },
    );
    expect(r.layout).toBe('narrative');
    expect(r.entries.map((e) => [e.date.earliest, e.text.slice(0, 12)])).toEqual([
      ['2022-02-17', 'HV2 WNB baby'],
      ['2022-03-07', 'HV2 HV at ho'],
      ['2022-08-23', 'HV2 1yr revi'],
    ]);
  });

  it('reads "Sat 18th" after "Fri 17/03/23" as the next day, and "Tues 21st" as the Tuesday after', () => {
    const r = importDocument(doc('outreach.txt', ['Fri 17/03/23 – Referral by email from the probation officer.', 'Sat 18th – Found him under the bridge.', 'Tues 21st – Did not come to the drop-in.']), {
      agency: 'voluntary',
    });
    expect(r.entries.map((e) => e.date.earliest)).toEqual(['2023-03-17', '2023-03-18', '2023-03-21']);
  });

  it('takes a bracketed service after the date and time as the line’s time, author and agency', () => {
    const r = importDocument(
      doc('hospital-notes.txt', ['09/02/24 10:05  [ED Triage - RN4]  Toddler brought in by mother, burn to the palm.', '09/02/24 11:40  [PAEDS - Dr Q2]  Reviewed on the ward; skeletal survey planned.']),
      {},
    );
    expect(r.entries.map((e) => [e.agency, e.time, e.author, e.text])).toEqual([
      ['ed', '10:05', 'ED Triage - RN4', 'Toddler brought in by mother, burn to the palm.'],
      ['paediatrics', '11:40', 'PAEDS - Dr Q2', 'Reviewed on the ward; skeletal survey planned.'],
    ]);
  });

  it('gives the lines of a 0-19 service’s school nurse to school nursing, its health visitor’s to health visiting', () => {
    const r = importDocument(
      doc('0-19-team.txt', ['02.03.23 HV3 Home visit, baby well.', '10.03.23 SN2 Drop-in at the high school; pupil says she cares for her dad.', '14.03.23 SN2 Letter to the GP.', '20.03.23 HV3 Clinic, weight check.']),
      { agency: 'health-visiting' },
    );
    expect(r.entries.map((e) => e.agency)).toEqual(['health-visiting', 'school-nursing', 'school-nursing', 'health-visiting']);
  });

  it('does not take one stray role for a second service', () => {
    const r = importDocument(doc('gp-notes.txt', ['02.03.23 GP2 Seen with cough.', '10.03.23 HV3 rang about the baby’s weight.', '14.03.23 GP2 Letter to the CMHT.']), { agency: 'gp' });
    expect(r.entries.map((e) => e.agency)).toEqual(['gp', 'gp', 'gp']);
  });
});

describe('one return, several services under their headings', () => {
  it('gives each narrative section the agency its heading names, a relative’s own notes to the family', () => {
    const r = importDocument(
      doc('benefits-and-family.txt', [
        ['heading', 'SAR "Adult W" – information for the review'],
        ['heading', 'SECTION A – DWP case notes'],
        '04/05/2023 Call from the claimant asking for a new appointee.',
        ['heading', 'SECTION B – notes kept by his sister'],
        '12th May 2023 – rang adult social care, nobody called back.',
      ], { title: 'SAR "Adult W" – information for the review' }),
      {},
    );
    expect(r.entries.map((e) => e.agency)).toEqual(['dwp', 'family']);
    expect(r.agency).toBe('mixed');
  });

  it('gives each table of a Word return the agency of the heading above it', () => {
    const table = (number: number, rows: string[][]): RawTable => ({ name: `Table ${number}`, number, rows: rows.map((cells, i) => ({ index: i + 1, cells: cells.map((text) => ({ text })) })), afterBlock: number === 1 ? 3 : 5 });
    const r = importDocument(
      doc('multi-agency-return.docx', [['heading', 'Combined return'], 'Prepared for the review.', ['heading', 'Part 1 – Adult Social Care'], 'x', ['heading', 'Part 2 – Housing Services']], {
        title: 'Combined return',
        tables: [table(1, [['Date', 'Details'], ['01/06/2023', 'Care Act assessment at home.']]), table(2, [['Date', 'Notes'], ['05/06/2023', 'Tenancy visit; flat cold.']])],
      }),
      {},
    );
    expect(r.entries.map((e) => e.agency)).toEqual(['asc', 'housing']);
  });
});

describe('report prose', () => {
  it('reads each agency section’s dates afresh, and no entries from its introduction or its analysis', () => {
    const r = importDocument(
      doc('rapid-review.docx', [
        ['heading', 'Introduction'],
        'This report covers the period from 1 January 2023 to 30 November 2023.',
        ['heading', 'Health visiting'],
        'On 3 May 2023 the health visitor saw the baby at home. The visit on 2 August 2023 found no one in.',
        ['heading', 'General practice'],
        'The practice saw the baby on 14 April 2023 with a rash.',
        ['heading', 'Analysis and learning'],
        'The visit in August 2023 was a missed opportunity to escalate.',
      ], { title: 'Rapid review' }),
      { agency: 'mixed' },
    );
    expect(r.entries.map((e) => e.date.earliest)).toEqual(['2023-05-03', '2023-08-02', '2023-04-14']);
  });

  it('keeps an earlier date inside a section’s sentence as a look back, not a new entry', () => {
    const r = importDocument(doc('imr.docx', ['On 20 June 2023 a strategy meeting was held with the police. CAMHS had closed the case in December 2022 and was not invited.']), { agency: 'csc' });
    expect(r.entries).toHaveLength(1);
  });
});

describe('two services\' narratives under numbered headings in capitals (invented)', () => {
  const blocks: RawBlock[] = [
    { kind: 'heading', text: 'SAFEGUARDING ADULTS REVIEW – "MR V"', index: 1 },
    { kind: 'paragraph', text: 'ASHTON DRUG AND ALCOHOL SERVICE – work with Mr V', index: 2, label: '1' },
    { kind: 'paragraph', text: 'On 3 April 2024 the service received a referral from the surgery. It was screened the same day and an appointment offered.', index: 3 },
    { kind: 'paragraph', text: 'Mr V attended an assessment on 10 April 2024.', index: 4 },
    { kind: 'paragraph', text: 'HOLLIN BRIDGE HOMES – tenancy records', index: 5, label: '2' },
    { kind: 'paragraph', text: 'On 12 April 2024 a neighbour complained about noise from the flat. The same day the officer wrote to Mr V.', index: 6 },
  ];
  const d: RawDocument = { fileName: 'returns-ashton.txt', format: 'txt', title: 'SAFEGUARDING ADULTS REVIEW', tables: [], blocks, warnings: [] };

  it('reads each numbered heading in capitals as the section of the service it names', () => {
    const r = importDocument(d);
    expect(r.entries.map((e) => e.agency)).toEqual(['substance-misuse', 'substance-misuse', 'housing', 'housing']);
  });

  it('"the same day" inside a sentence carries on the entry; opening a sentence it starts a new one', () => {
    const r = importDocument(d);
    expect(r.entries.map((e) => e.date.raw)).toEqual(['3 April 2024', '10 April 2024', '12 April 2024', 'The same day']);
    expect(r.entries[0]!.text).toContain('screened the same day');
  });
});

describe('"the same day" said of another service (invented)', () => {
  it('starts that service\'s own entry when it is the sentence\'s subject', () => {
    const r = importDocument(doc('overview.txt', ['On 3 April 2024 the GP referred Mr V to the memory service. The MASH screened a second referral the same day.']));
    expect(r.entries.map((e) => e.date.raw)).toEqual(['3 April 2024', 'the same day']);
  });
});

describe('prose accounts', () => {
  it('read the document\'s own date as a field, not an entry, and tell the author which paragraphs dated nothing', () => {
    const blocks = [
      'Date of statement: 4 March 2024',
      'In the spring of 2023 colleagues started to mention a man who sat in a car near the staff car park.',
      'We did not know who he was and nobody thought to ask him, which on reflection we should have done.',
      'In November she gave us a new phone number and asked us to keep it off the shift lists.',
    ].map((text, i) => ({ kind: 'paragraph' as const, text, index: i + 1, line: i + 1 }));
    const r = importDocument({ fileName: 'employer.txt', format: 'txt', title: null, tables: [], blocks, warnings: [] }, { agency: 'other' });
    expect(r.entries.map((e) => [e.date.raw, e.date.earliest])).toEqual([
      ['the spring of 2023', '2023-03-01'],
      ['November', '2023-11-01'],
    ]);
    expect(r.issues.find((i) => i.code === 'undated-paragraphs')?.message).toMatch(/One paragraph .*line 3/);
  });
});

describe('section headings', () => {
  it('read "Chronology of involvement and analysis" as the account, not as commentary', () => {
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Chronology of involvement and analysis', index: 1, line: 1 },
      { kind: 'paragraph', text: 'On 16 June 2022 the service received a police referral following an assault by her son.', index: 2, line: 2 },
      { kind: 'heading', text: 'Analysis and learning', index: 3, line: 3 },
      { kind: 'paragraph', text: 'On 16 June 2022 the referral should have been read as a pattern, not as an incident.', index: 4, line: 4 },
    ];
    const r = importDocument({ fileName: 'imr.txt', format: 'txt', title: null, tables: [], blocks, warnings: [] }, { agency: 'da-service' });
    expect(r.entries.map((e) => e.location.paragraph)).toEqual([2]);
  });
});

describe('dated paragraphs that narrate a second event', () => {
  it('start a new entry at a sentence that opens with a step forward ("Two days later"), not at "the same day"', () => {
    const blocks: RawBlock[] = [
      '7 November 2022: Telephone consultation, low mood. Sertraline started. Two days later she attended the practice nurse for a BP check; a fading bruise was noted.',
      '21 November 2022: Seen with her son. Urgent referral to the EIP team the same day. The same day the referral was acknowledged.',
    ].map((text, i) => ({ kind: 'paragraph', text, index: i + 1, line: i + 1 }));
    const r = importDocument({ fileName: 'health.txt', format: 'txt', title: null, tables: [], blocks, warnings: [] }, { agency: 'gp' });
    expect(r.entries.map((e) => [e.date.raw, e.date.earliest])).toEqual([
      ['7 November 2022', '2022-11-07'],
      ['Two days later', '2022-11-09'],
      ['21 November 2022', '2022-11-21'],
    ]);
  });
});
