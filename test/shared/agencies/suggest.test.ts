/** A file's agency from its name and title, however the file was named. */
import { describe, expect, it } from 'vitest';

import { suggestFileAgency } from '../../../shared/agencies/suggest.ts';

describe('suggestFileAgency', () => {
  it.each([
    ['idva.csv', 'da-service'],
    ['IDVA service chronology.docx', 'da-service'],
    ['cmht.xlsx', 'adult-mh'],
    ['hv-notes.docx', 'health-visiting'],
    ['Northshire Police chronology.xlsx', 'police'],
  ])('%s → %s', (name, agency) => {
    expect(suggestFileAgency(name, null)?.agency).toBe(agency);
  });
  it('suggests nothing for a combined chronology', () => {
    expect(suggestFileAgency('combined-extract.csv', null)).toBeNull();
  });
});

describe('a title that names an agency only by the shape of a name', () => {
  it('gives way to a file name that names one in words', () => {
    expect(suggestFileAgency('da-service.pdf', 'Safer Homes Wrenshire IMR – page 1')?.agency).toBe('da-service');
    expect(suggestFileAgency('return.pdf', 'Pennine Vale Homes – tenancy notes')?.agency).toBe('housing');
  });
});

describe('regional names for the front door', () => {
  it('reads a Multi-Agency Referral Unit (MARU) as the MASH', () => {
    expect(suggestFileAgency('maru.csv', 'MARU contacts 2023')?.agency).toBe('mash');
  });
});

describe('local charities named by what they do', () => {
  it('reads "<Place> Carers\' Network" and "<Place> Advocacy" as the voluntary sector, not "Network Rail"', () => {
    expect(suggestFileAgency('log.xlsx', "Eastbrook Carers' Network - Carer contact log")?.agency).toBe('voluntary');
    expect(suggestFileAgency('notes.docx', 'Hollin Advocacy – case notes')?.agency).toBe('voluntary');
    expect(suggestFileAgency('notes.docx', 'Coastline Network Rail incident')).toBeNull();
  });
});

describe('agencies named by a role or a contact in a retelling', () => {
  it('reads a personal adviser as children\'s services, officers who attended as police, a 6–8 week review as health visiting', async () => {
    const { findAgencyMentions } = await import('../../../shared/agencies/index.ts');
    const first = (t: string) => findAgencyMentions(t)[0]?.agency;
    expect(first('On 24 November the personal adviser visited Ms T.')).toBe('csc');
    expect(first('Two officers attended at 00:20 the following morning.')).toBe('police');
    expect(first('Officers found her at 04:15 in a car parked in a lay-by.')).toBe('police');
    expect(first('On 22 March the 6–8 week review at the flat could not take place.')).toBe('health-visiting');
    expect(first('The housing officer visited.')).toBe('housing');
  });
});

describe('a file named after the record system it came from (invented names)', () => {
  it('reads a social-care system as adults or children by what the file is about', () => {
    expect(suggestFileAgency('council-mosaic-extract.csv', 'SAR chronology extract', undefined, 'adult social care')?.agency).toBe('asc');
    expect(suggestFileAgency('council-mosaic-extract.csv', 'Case notes export')?.agency).toBe('csc');
  });
  it('reads a practice system as the GP and a school system by its capitals only in a title', () => {
    expect(suggestFileAgency('emis-consultations.csv', null)?.agency).toBe('gp');
    expect(suggestFileAgency('export.csv', 'CPOMS incidents for pupil A')?.agency).toBe('school');
    expect(suggestFileAgency('export.csv', 'Sims and games played at break')).toBeNull();
  });
  it('lets a name that names an agency win over a system', () => {
    expect(suggestFileAgency('police-niche-extract.csv', null)?.agency).toBe('police');
  });
});

describe('the board a return is written for is not its sender (invented names)', () => {
  it('lets the file name decide when the title names only the partnership', () => {
    expect(suggestFileAgency('school-records.docx', 'Aldmoor Safeguarding Children Partnership – Child Safeguarding Practice Review (Child K)')?.agency).toBe('school');
  });
  it('suggests nothing from a partnership heading alone', () => {
    expect(suggestFileAgency('learning-briefing.txt', 'ALDMOOR SAFEGUARDING CHILDREN PARTNERSHIP')).toBeNull();
  });
  it('reads the sender a heading names beside the board, and its wards as the inpatient service', () => {
    const got = suggestFileAgency('summaries.txt', 'Aldmoor Hospitals NHS Foundation Trust - return to Aldmoor Safeguarding Adults Board', undefined, 'INPATIENT DISCHARGE SUMMARY Ward: Elm Ward (Care of Older People)');
    expect(got?.agency).toBe('other');
    expect(suggestFileAgency('summaries.txt', 'Aldmoor Hospitals NHS Foundation Trust - return to Aldmoor Safeguarding Adults Board')?.agency).toBe('ed');
  });
  it('reads minutes of multi-agency meetings as the chairing agency\'s record', () => {
    expect(suggestFileAgency('minutes.docx', "Aldmoor Council - Children's Social Care — Minutes of multi-agency meetings")?.agency).toBe('csc');
    expect(suggestFileAgency('minutes.docx', 'Combined multi-agency chronology')).toBeNull();
  });
});
