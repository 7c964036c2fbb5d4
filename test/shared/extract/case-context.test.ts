/**
 * What extraction learns from the case as a whole (shared/extract/case-context.ts),
 * on invented records: the family and practitioners by name, and the
 * abbreviations a case coins for the organisations it names.
 */
import { describe, expect, it } from 'vitest';

import { castIn, castOf, isAdultCase } from '../../../shared/extract/case-context.ts';
import { extractEntry } from '../../../shared/extract/index.ts';

const entries = (...texts: string[]) => texts.map((text, i) => ({ text, sourceFile: `file-${i % 2}.docx` }));

describe('the cast of a case', () => {
  it('learns relatives from how records introduce them, and practitioners with their agency', () => {
    const cast = castOf(
      entries(
        'Home visit. Present: Tessa (14) and her mother Gwen.',
        'Spoke with Omar (duty SW at ASC) about the referral.',
        'Tessa said she had not been to school since Monday.',
        'School rang to say Tessa was absent again.',
        'Gwen rang to cancel the appointment.',
      ),
    );
    expect(cast.family).toEqual(expect.arrayContaining(['Tessa', 'Gwen']));
    expect(cast.staff).toEqual({ Omar: 'asc' });
  });

  it('takes a name given a role as a practitioner, and leaves out one given two agencies', () => {
    const practitioner = castOf(entries('Ms Rowe attended with her son.', 'Spoke with Rowe (probation officer) about the hostel.'));
    expect(practitioner.family).not.toContain('Rowe');
    expect(practitioner.staff).toEqual({ Rowe: 'probation' });
    const two = castOf(entries('Spoke with Rowe (probation officer) about the hostel.', 'Spoke with Rowe (housing officer) about rent.'));
    expect(two.staff).not.toHaveProperty('Rowe');
  });
});

describe('abbreviations the case coins for the organisations it names', () => {
  it('reads "TVH" as the hospital whose name has those initials elsewhere in the case', () => {
    const cast = castOf(entries('Seen at Tarrow Vale Hospital emergency department after a fall.', 'Taken to TVH by ambulance.', 'TVH rang the ward.'));
    expect(cast.aliases?.['TVH']?.agency).toBe('ed');
  });

  it('reads a letterhead in capitals as the name it is', () => {
    const cast = castOf(entries('GLENMOOR GENERAL HOSPITAL NHS FOUNDATION TRUST\nDischarge summary.', 'Back from GGH at 4pm with a letter.'));
    expect(cast.aliases?.['GGH']?.agency).toBe('ed');
  });

  it('takes the name before a service word: "Dunmere Valley Police" is DVP', () => {
    const cast = castOf(entries('Dunmere Valley Police attended the address.', 'DVP officers returned at 2am.'));
    expect(cast.aliases).toEqual({ DVP: { agency: 'police' } });
  });

  it('does not coin an abbreviation from a bracketed qualifier, two letters, a word, or a known term', () => {
    const cast = castOf(
      entries(
        'Referred to the Hospital Social Work Team (HIGH) today.',
        'Risk HIGH. high risk of harm.',
        'Holm Road Surgery (HR) asked for the HR file.',
        'Northgate Mental Health Team: CMHT to follow up.',
      ),
    );
    expect(cast.aliases ?? {}).toEqual({});
  });

  it('leaves out an abbreviation two names of different agencies share', () => {
    const cast = castOf(entries('Brook Lane Surgery faxed the letter.', 'Brackley Lodge Shelter took her in.', 'BLS called back.'));
    expect(cast.aliases?.['BLS']).toBeUndefined();
  });

  it('gives an entry only the abbreviations its own text uses', () => {
    const cast = castOf(entries('Seen at Tarrow Vale Hospital.', 'Taken to TVH.'));
    expect(castIn(cast, 'Taken to TVH.')?.aliases).toEqual({ TVH: cast.aliases!['TVH'] });
    expect(castIn(cast, 'Seen at home.')).toBeUndefined();
  });

  it('makes "TVH rang" a contact with that hospital', () => {
    const cast = castOf(entries('Seen at Tarrow Vale Hospital emergency department.', 'TVH rang at 8am to say she had been admitted.'));
    const text = 'TVH rang at 8am to say she had been admitted.';
    const got = extractEntry({ text, agency: 'other', adult: true, ...(castIn(cast, text) ? { cast: castIn(cast, text)! } : {}) }).contacts.filter((c) => !c.negated);
    expect(got.map((c) => [c.with, c.direction, c.type])).toEqual([['ed', 'in', 'phone-call']]);
  });
});

describe('whether a case is about an adult', () => {
  it('counts the words of adults’ and children’s safeguarding', () => {
    expect(isAdultCase(['Section 42 enquiry opened.', 'Care Act assessment due.'])).toBe(true);
    expect(isAdultCase(['Child protection conference held.', 'Health visitor visit.'])).toBe(false);
  });
});
