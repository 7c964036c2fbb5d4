/**
 * Contact extraction, pattern family by pattern family, on sentences written
 * for these tests in the many ways practitioners write (none is taken from
 * the acceptance cases): who the other party is, which way the contact went,
 * what kind it was, and what must not count (negated, planned, reported).
 */
import { describe, expect, it } from 'vitest';

import { extractEntry, type ExtractInput } from '../../../shared/extract/index.ts';

type Got = Array<[string, string, string]>;

function contacts(agency: string, text: string, more: Partial<ExtractInput> = {}): Got {
  return extractEntry({ text, agency, ...more })
    .contacts.filter((c) => !c.negated)
    .map((c) => [c.with, c.direction, c.type]);
}

function negated(agency: string, text: string): Got {
  return extractEntry({ text, agency })
    .contacts.filter((c) => c.negated)
    .map((c) => [c.with, c.direction, c.type]);
}

describe('calls, in both directions and in shorthand', () => {
  it.each([
    ['csc', 'T/c to health visitor re concerns raised by nursery.', [['health-visiting', 'out', 'phone-call']]],
    ['gp', 'Telephoned the community mental health team to discuss the referral.', [['adult-mh', 'out', 'phone-call']]],
    ['school', 'Rang CSC duty desk and spoke to the duty worker.', [['csc', 'out', 'phone-call']]],
    ['health-visiting', 'Phone call from the school nurse about weight.', [['school-nursing', 'in', 'phone-call']]],
    ['police', 'Tel call received from the IDVA.', [['da-service', 'in', 'phone-call']]],
    ['csc', 'The GP rang to say the family had missed two appointments.', [['gp', 'in', 'phone-call']]],
    ['housing', 'Ms T phoned the office to report damp in the bedroom.', [['family', 'in', 'phone-call']]],
  ])('%s: %s', (agency, text, want) => {
    expect(contacts(agency, text)).toEqual(expect.arrayContaining(want as Got));
  });
});

describe('calls from the public to the emergency services', () => {
  it('reads "999 call from" an unnamed caller as the public getting in touch', () => {
    expect(contacts('police', 'CALL: 999 from a teenage boy - says his stepdad is threatening his mum.')).toEqual(expect.arrayContaining([['family', 'in', 'phone-call']]));
    expect(contacts('police', '101 call from WARWICK at the corner shop about the fight.')).toEqual(expect.arrayContaining([['family', 'in', 'phone-call']]));
    expect(contacts('police', '999 call from ...')).not.toEqual(expect.arrayContaining([['family', 'out', 'phone-call']]));
  });

  it('reads a log row whose caller is the public as a call in, and our own 999 call by what it was about', () => {
    expect(contacts('police', '101 | ASB | Caller (neighbour at no. 9) reports youths kicking the door.')).toEqual(expect.arrayContaining([['family', 'in', 'phone-call']]));
    expect(contacts('ambulance', 'Cat 2 | Member of public | High Street | Collapse | See and convey')).toEqual(expect.arrayContaining([['family', 'in', 'phone-call']]));
    expect(contacts('police', 'Control took a call from the victim’s sister asking for a welfare check.')).toEqual(expect.arrayContaining([['family', 'in', 'phone-call']]));
    expect(contacts('other', 'Resident collapsed in the lounge and was unresponsive, so staff rang 999.', { adult: true })).toEqual([['ambulance', 'out', 'phone-call']]);
    expect(contacts('school', 'The head rang 999 when the father threatened staff at the gate.')).toEqual([['police', 'out', 'phone-call']]);
  });

  it('reads a named force in its own record as itself, unless someone moves between areas', () => {
    expect(contacts('police', 'A neighbour rang Dunmere Police on 101 about the shouting.')).toEqual([['family', 'in', 'phone-call']]);
    expect(contacts('police', 'Case transferred to Dunmere Police as the family have moved.')).toEqual(expect.arrayContaining([['police', 'out', expect.any(String)]]));
  });
});

describe('referrals and notifications', () => {
  it.each([
    ['police', 'Referral made to Children\'s Services via the MASH.', [['mash', 'out', 'referral']]],
    ['gp', 'Referred Mrs D to the drug and alcohol service.', [['substance-misuse', 'out', 'referral']]],
    ['csc', 'Referral received from the school DSL regarding marks on the child.', [['school', 'in', 'referral']]],
    ['csc', 'Police notification (PPN) received following a domestic incident.', [['police', 'in', 'notification']]],
    ['ed', 'Safeguarding referral sent to CSC EDT overnight.', [['csc', 'out', 'referral']]],
    ['police', 'Case referred to MARAC.', [['other', 'out', 'referral']]],
    ['health-visiting', 'Midwife notified HV of the birth.', [['midwifery', 'in', 'notification']]],
  ])('%s: %s', (agency, text, want) => {
    expect(contacts(agency, text)).toEqual(expect.arrayContaining(want as Got));
  });
});

describe('sessions and arrivals', () => {
  it('reads a session in a service that works in sessions as the person attending, not a staff supervision', () => {
    expect(contacts('substance-misuse', 'Key work session. Craig said he has cut down to a few cans.')).toEqual([['family', 'in', 'attendance']]);
    expect(contacts('probation', 'Office visit. Reported on time, discussed the programme.')).toEqual([['family', 'in', 'attendance']]);
    expect(contacts('substance-misuse', 'Case discussed in team supervision session: plan unchanged.')).toEqual([]);
  });
  it('reads a crew bringing someone in to the ED as the person attending too', () => {
    expect(contacts('ed', 'BIBA, handover 07:55. Two seizures at home.')).toEqual(expect.arrayContaining([['family', 'in', 'attendance'], ['ambulance', 'in', 'other']]));
  });
});

describe('calls as the type column and the text write them', () => {
  it('reads a type column naming a call as a call with the family when the text names no one else', () => {
    expect(contacts('gp', 'Sertraline review. Mood a bit better.', { contactType: 'Tel consult' })).toEqual([['family', 'out', 'phone-call']]);
    expect(contacts('housing', 'Mr rang about the arrears.', { contactType: 'Phone call (in)' })).toEqual([['family', 'in', 'phone-call']]);
    expect(contacts('gp', 'T/C to the care provider: meds given as per MAR.', { contactType: 'Telephone' }).filter(([w]) => w === 'family')).toEqual([]);
  });
  it('keeps a call whose outcome was agreed during it, and a call to someone named by initials', () => {
    expect(contacts('early-help', 'FSW1 t/c to Ms T - explained the offer, agreed HV on 05/01.')).toEqual(expect.arrayContaining([['family', 'out', 'phone-call']]));
    expect(contacts('health-visiting', 'T/c to MK - confirmed birth plan.')).toEqual([['family', 'out', 'phone-call']]);
    expect(negated('health-visiting', 'Visit to be arranged.')).toEqual([['family', 'out', 'home-visit']]);
  });
  it('reads "IDVA referral to …" as a referral to that service', () => {
    expect(contacts('police', 'DASH high. IDVA referral to the local service.')).toEqual(expect.arrayContaining([['da-service', 'out', 'referral']]));
  });
});

describe('district nursing shorthand and tallies', () => {
  it('reads "Visit: NA" as no access, and a count of visits as no visit of its own', () => {
    expect(contacts('other', 'CSN1 – Visit: NA. Bin bags piled in the front garden.')).toEqual([['family', 'attempted', 'dna']]);
    expect(contacts('other', 'Team huddle: inconsistent access, 3 of 6 visits achieved.')).toEqual([]);
    expect(contacts('other', 'Caller (neighbour, Flat 5) reports shouting next door.').some(([, d]) => d === 'in')).toBe(true);
  });
});

describe('whose referral it was', () => {
  it('reads another agency named as the maker of a referral as its contact, not the recording agency\'s', () => {
    expect(contacts('gp', 'ED notification: intoxicated after a missing episode. MASH referral made by ED. Filed.').filter(([w]) => w === 'mash')).toEqual([]);
    expect(contacts('gp', 'MASH referral made.')).toEqual([['mash', 'out', 'referral']]);
  });
});

describe('a plan and a denial', () => {
  it('marks a contact still to be made as unrealised, and one the text denies as not', () => {
    const of = (text: string) => extractEntry({ text, agency: 'school' }).contacts.filter((c) => c.negated).map((c) => [c.with, c.unrealised === true]);
    expect(of('DSL discussed with the head: MASH referral to be made.')).toEqual([['mash', true]]);
    expect(of('No referral was made to the MASH.')).toEqual([['mash', false]]);
    expect(of('No one from the MASH has called back.')).toEqual([['mash', false]]);
  });
});

describe('letters and emails', () => {
  it.each([
    ['adult-mh', 'Letter sent to GP with the outcome of the assessment.', [['gp', 'out', 'letter']]],
    ['gp', "Letter rec'd from the paediatrician summarising the clinic visit.", [['paediatrics', 'in', 'letter']]],
    ['csc', 'Emailed the head teacher asking for an attendance report.', [['school', 'out', 'email']]],
    ['probation', 'Email from the police IOM officer with an update.', [['police', 'in', 'email']]],
    ['school', 'Sent an email to the social worker and a copy to the health visitor.', [['csc', 'out', 'email']]],
  ])('%s: %s', (agency, text, want) => {
    expect(contacts(agency, text)).toEqual(expect.arrayContaining(want as Got));
  });

  it('a reply goes back to whoever the entry was dealing with', () => {
    expect(contacts('csc', 'Email to the GP practice requesting information. | GP replied the next day.')).toEqual(
      expect.arrayContaining([
        ['gp', 'out', 'email'],
        ['gp', 'in', 'email'],
      ]),
    );
  });
});

describe('visits, attendance and no access', () => {
  it('a home visit is a contact with the family; a joint visit is with the other agency too', () => {
    expect(contacts('health-visiting', 'Home visit. Baby weighed and well.')).toEqual([['family', 'out', 'home-visit']]);
    expect(contacts('csc', 'Joint visit with the police to the home address.')).toEqual(
      expect.arrayContaining([
        ['police', 'both', 'home-visit'],
        ['family', 'out', 'home-visit'],
      ]),
    );
  });

  it('no access, no answer and did not attend are attempted contacts, not visits', () => {
    expect(contacts('health-visiting', 'Planned visit - no reply at the door, card left.')).toEqual([['family', 'attempted', 'dna']]);
    expect(contacts('gp', 'DNA asthma review.')).toEqual([['family', 'attempted', 'dna']]);
    expect(contacts('school', 'Phoned mum twice, no answer, voicemail left.')).toEqual([['family', 'attempted', 'phone-call']]);
    expect(contacts('midwifery', 'WNB to the growth scan.')).toEqual([['family', 'attempted', 'dna']]);
  });

  it('a crew conveying someone to hospital is a contact with the hospital, whoever it took there', () => {
    for (const text of ['Crew conveyed the patient to A&E.', 'Conveyed him to the emergency department with chest pain.', 'Taken by ambulance to ED.']) {
      expect(contacts('ambulance', text), text).toEqual(expect.arrayContaining([['ed', 'out', 'other']]));
    }
  });

  it('"no reply" after writing to an agency is that agency\'s silence, not a missed contact with the family', () => {
    expect(contacts('health-visiting', 'Emailed the social worker about the child protection plan. No reply received.')).toEqual([['csc', 'out', 'email']]);
    // With the family in the sentence, it is theirs.
    expect(contacts('health-visiting', 'Emailed the social worker. Visited the home: no reply.')).toEqual(expect.arrayContaining([['family', 'attempted', 'dna']]));
  });

  it('a GP consultation is the family attending', () => {
    expect(contacts('gp', 'Seen in surgery with her son. Chest clear.')).toEqual([['family', 'in', 'attendance']]);
    expect(contacts('gp', 'Chest clear.', { contactType: 'Face to face' })).toEqual([['family', 'in', 'attendance']]);
  });

  it('an emergency department presentation is the person attending, and a crew that brought them handed over', () => {
    expect(contacts('ed', 'Self | Wrist pain after a fall | 4 | X-ray NAD. Discharged.')).toEqual([['family', 'in', 'attendance']]);
    expect(contacts('ed', 'Ambulance (WMAS) | Collapse | 2 | Obs stable, bloods sent.')).toEqual(expect.arrayContaining([['family', 'in', 'attendance'], ['ambulance', 'in', 'other']]));
    expect(contacts('ed', 'Brought in by ambulance after a seizure; triaged to majors.')).toEqual(expect.arrayContaining([['family', 'in', 'attendance'], ['ambulance', 'in', 'other']]));
    // A letter the department wrote is a letter, not a presentation.
    expect(contacts('ed', 'Discharge letter sent to the GP.')).toEqual([['gp', 'out', 'letter']]);
  });

  it('a relative visiting a resident or patient came to us; visiting the children is theirs', () => {
    expect(contacts('other', 'Her sister visited this afternoon and brought clothes.')).toEqual([['family', 'in', 'attendance']]);
    expect(contacts('ed', 'Nephew visited the ward at 6pm.')).toEqual([['family', 'in', 'attendance']]);
    expect(contacts('csc', 'Grandfather visited the children at the placement.')).toEqual([]);
  });

  it('a care home names its own manager; another agency speaking with the manager is in contact with the home', () => {
    expect(contacts('asc', 'Phoned the registered manager to agree the enquiry plan.', { adult: true })).toEqual([['other', 'out', 'phone-call']]);
    expect(contacts('other', 'Carers rang 111 for advice after the fall.', { adult: true })).toEqual([['ambulance', 'out', 'phone-call']]);
  });

  it('police and crews attending are contacts with the family', () => {
    expect(contacts('police', 'Neighbour called police reporting screaming. Officers attended and spoke to both adults.')).toEqual(
      expect.arrayContaining([
        ['family', 'in', 'phone-call'],
        ['family', 'out', 'other'],
      ]),
    );
    expect(contacts('ambulance', 'Patient assessed, conveyed to the emergency department.')).toEqual(
      expect.arrayContaining([
        ['family', 'out', 'other'],
        ['ed', 'out', 'other'],
      ]),
    );
  });
});

describe('meetings', () => {
  it('a meeting that something followed took place', () => {
    expect(contacts('csc', 'Section 47 enquiry started following a strategy discussion with the police.')).toEqual([['police', 'both', 'strategy-discussion']]);
    expect(contacts('csc', 'S47 agreed after a strategy discussion with CAIT.')).toEqual([['police', 'both', 'strategy-discussion']]);
  });

  it('everyone present is a contact both ways', () => {
    expect(contacts('csc', 'Initial child protection conference. Present: IRO, GP, health visitor and the class teacher.')).toEqual(
      expect.arrayContaining([
        ['gp', 'both', 'conference'],
        ['health-visiting', 'both', 'conference'],
        ['school', 'both', 'conference'],
      ]),
    );
  });

  it('a strategy discussion between two agencies', () => {
    expect(contacts('csc', 'Strategy meeting held with DC from CAIT and the paediatrician.')).toEqual(
      expect.arrayContaining([
        ['police', 'both', 'strategy-discussion'],
        ['paediatrics', 'both', 'strategy-discussion'],
      ]),
    );
  });

  it('attending someone else\'s meeting is a contact with the one who holds it', () => {
    expect(contacts('school', 'Attended the core group meeting.')).toEqual([['csc', 'both', 'conference']]);
  });

  it('those not invited or absent are negated, not contacts', () => {
    const text = 'Strategy discussion with police. The GP was not invited; health visitor did not attend.';
    expect(contacts('csc', text)).toEqual([['police', 'both', 'strategy-discussion']]);
    expect(negated('csc', text)).toEqual(
      expect.arrayContaining([
        ['gp', 'both', 'strategy-discussion'],
        ['health-visiting', 'both', 'strategy-discussion'],
      ]),
    );
  });

  it('a meeting only mentioned is not one', () => {
    expect(contacts('gp', 'Conference report written for next week.')).toEqual([]);
    expect(contacts('csc', 'ICPC booked for 12/05.')).toEqual([]);
  });
});

describe('negation and what did not happen', () => {
  it.each([
    ['police', 'Children\'s services not informed.', 'csc'],
    ['police', 'No referral made to CSC.', 'csc'],
    ['adult-mh', 'Information not shared with the GP.', 'gp'],
    ['health-visiting', 'The GP was not told of the concerns.', 'gp'],
    ['school', 'Did not notify the MASH.', 'mash'],
    ['ambulance', 'Safeguarding referral made: N', null],
  ])('%s: %s', (agency, text, other) => {
    expect(contacts(agency, text).filter(([w]) => w !== 'family')).toEqual([]);
    if (other) expect(negated(agency, text).map(([w]) => w)).toContain(other);
  });

  it.each([
    ['csc', 'Checks with the GP and school to be requested.'],
    ['school', 'I should have phoned the MASH.'],
    ['health-visiting', 'Plan: to refer to CAMHS if no improvement.'],
    ['gp', 'Mother says the school rang her last week.'],
    ['csc', 'Joint visit with police planned for tomorrow.'],
    ['police', 'IDVA referral offered - declined.'],
  ])('a plan, a counterfactual or hearsay is no contact: %s', (agency, text) => {
    expect(contacts(agency, text).filter(([w]) => w !== 'family')).toEqual([]);
  });

  it("a contact's content holds no contacts of its own", () => {
    expect(contacts('csc', 'Tel call from the school nurse: mum had told her that the GP referred the child to CAMHS.')).toEqual([['school-nursing', 'in', 'phone-call']]);
  });

  it('contacts inside one agency are not contacts', () => {
    expect(contacts('police', 'PPU notified. Discussed with the DS.')).toEqual([]);
    expect(contacts('health-visiting', 'HV1 handed over to HV2.')).toEqual([]);
  });
});

describe('channel and role words', () => {
  it('a telephone consultation or contact is a phone call, not a denied one', () => {
    expect(contacts('gp', 'Telephone consultation with mum about the rash.')).toEqual([['family', 'out', 'phone-call']]);
    expect(negated('gp', 'Telephone consultation with mum about the rash.')).toEqual([]);
    expect(contacts('health-visiting', 'Phone contact with father; weight gain discussed.')).toEqual([['family', 'out', 'phone-call']]);
  });

  it('someone the lexicon does not know, at an agency it does, is that agency', () => {
    expect(contacts('probation', 'Offender manager spoke with the DV coordinator at the police.')).toEqual([['police', 'out', 'other']]);
    expect(contacts('school', 'Emailed the duty worker at the MASH with the attendance figures.')).toEqual([['mash', 'out', 'email']]);
  });
});

describe('passive with "by"', () => {
  it('"X informed by" something, or by someone of this agency, is this agency telling X; by another agency it is that agency telling', () => {
    expect(contacts('gp', 'Health visitor informed by task.')).toEqual([['health-visiting', 'out', 'notification']]);
    expect(contacts('school', 'Social worker informed by the DSL.')).toEqual([['csc', 'out', 'notification']]);
    expect(contacts('gp', 'Informed by the health visitor that mum has moved.')).toEqual([['health-visiting', 'in', 'notification']]);
  });
});

describe('cancelled and postponed', () => {
  it('a visit cancelled or postponed did not happen; a call to cancel it did', () => {
    expect(contacts('csc', 'Mum rang to cancel the visit.')).toEqual([['family', 'in', 'phone-call']]);
    expect(contacts('csc', 'Home visit cancelled by mum.')).toEqual([]);
    expect(contacts('csc', 'Home visit postponed until next week.')).toEqual([]);
    // "cancelled" before a later contact is about something else: the letter was sent.
    expect(contacts('housing', 'Repair job cancelled and a letter sent to the tenant.')).toEqual(expect.arrayContaining([['family', 'out', 'letter']]));
  });
});

describe('asking whether something happened', () => {
  it('is not the thing happening', () => {
    expect(contacts('school', 'Emailed the social worker to ask whether a strategy meeting had been held.')).toEqual([['csc', 'out', 'email']]);
  });
});

describe('roles and context', () => {
  it('a social worker is children\'s social care, unless the case is about an adult', () => {
    expect(contacts('gp', 'Phoned the social worker.')).toEqual([['csc', 'out', 'phone-call']]);
    expect(contacts('gp', 'Phoned the social worker.', { adult: true })).toEqual([['asc', 'out', 'phone-call']]);
  });

  it('roles and numbered workers map to their agency', () => {
    expect(contacts('csc', 'Tel call to CPN2 and email to the DSL.')).toEqual(
      expect.arrayContaining([
        ['adult-mh', 'out', 'phone-call'],
        ['school', 'out', 'email'],
      ]),
    );
  });

  it("another area's service of the same kind is a contact, not internal", () => {
    expect(contacts('health-visiting', 'Transfer in from Eastvale 0-19 service.', { homePlaces: ['Westbury'] })).toEqual([['health-visiting', 'in', 'information-share']]);
  });
});

describe('robustness', () => {
  it('reads only the first MAX_TEXT characters of pathological text, and flags it', () => {
    const dots = '.'.repeat(100_000);
    expect(extractEntry({ text: dots, agency: 'police' }).flags).toEqual(['truncated']);
    const words = Array.from({ length: 50_000 }, () => 'referral').join(' ');
    expect(extractEntry({ text: words, agency: 'police' }).flags).toContain('truncated');
  }, 30_000);

  it('flags an entry whose time limit has passed as stopped by it', () => {
    // A deadline already behind us: the result must say it was cut short, whatever the machine's speed.
    const r = extractEntry({ text: 'Tel call to the GP; home visit - no access.', agency: 'csc', deadline: Date.now() - 1 });
    expect(r.flags).toContain('timeout');
  });
});

describe('constructions from returns written in other words (invented)', () => {
  it('a call made every morning was made; a visit "every two weeks" is a plan', () => {
    expect(contacts('school', 'Dad rang in each morning to say the children were ill.')).toEqual([['family', 'in', 'phone-call']]);
    expect(contacts('health-visiting', 'HV visits every 2 weeks from now on.')).toEqual([]);
  });

  it('an office visit or an appointment kept at probation is the person attending, not a home visit', () => {
    expect(contacts('probation', 'Office visit: PoP attended on time.')).toEqual([['family', 'in', 'attendance']]);
  });

  it('the words of an agency’s name are not a contact ("health visiting" is no visit)', () => {
    expect(contacts('csc', 'MARAC held. Present: police, IDVA, housing, health visiting. Apologies: GP.').filter(([w]) => w === 'family')).toEqual([]);
  });

  it('a form with only one receiver goes there when the words name none', () => {
    expect(contacts('voluntary', 'Submitted a Duty to Refer on the council website.')).toEqual([['housing', 'out', 'referral']]);
  });

  it('police arresting a suspect is a contact with the family', () => {
    expect(contacts('police', 'Suspect arrested at the address and interviewed.')).toEqual(expect.arrayContaining([['family', 'out', 'other']]));
  });
});

describe('meetings minuted in other words (invented)', () => {
  it('"MARAC minutes … Present: …" is the meeting, with everyone listed', () => {
    expect(contacts('da-service', 'MARAC minutes – case 4 of 9. Chair: DI 22 (Police). Present: Police, CSC, Housing. Not represented: school.')).toEqual([
      ['police', 'both', 'conference'],
      ['csc', 'both', 'conference'],
      ['housing', 'both', 'conference'],
    ]);
  });

  it('a case heard at the MARAC, and the agencies that attended', () => {
    expect(contacts('police', 'Case heard at the MARAC, chaired by DI 22. IDVA and CSC attended.')).toEqual([
      ['da-service', 'both', 'conference'],
      ['csc', 'both', 'conference'],
    ]);
  });

  it('adults’ meetings: a s42 planning meeting and a MARM', () => {
    expect(contacts('asc', 's42 planning meeting. Present: SW2, housing officer. Apologies: GP.', { adult: true })).toEqual([['housing', 'both', 'conference']]);
    expect(contacts('housing', 'Attended MARM re Mr T (chair ASC). Present: ASC, probation, police.', { adult: true })).toEqual([
      ['asc', 'both', 'conference'],
      ['probation', 'both', 'conference'],
      ['police', 'both', 'conference'],
    ]);
  });

  it('a practitioner’s initial after the role is not the family ("DS E (police)")', () => {
    expect(contacts('csc', 'Strategy meeting chaired by TM1. Present: DS E (police), school DSL.')).toEqual([
      ['police', 'both', 'strategy-discussion'],
      ['school', 'both', 'strategy-discussion'],
    ]);
  });

  it('the recording agency not attending a meeting is not the family missing an appointment', () => {
    expect(contacts('gp', 'GP report sent to the ICPC; GP did not attend.')).not.toContainEqual(['family', 'attempted', 'dna']);
  });
});

describe('who came to a meeting, as notes list them (invented)', () => {
  it('a meeting that is its row\'s type cell: the next cells say who was present', () => {
    expect(contacts('asc', 'Safeguarding planning meeting | Present: SW4, PC Amos (police), housing officer. Agreed enquiry.', { adult: true })).toEqual(
      expect.arrayContaining([
        ['police', 'both', 'conference'],
        ['housing', 'both', 'conference'],
      ]),
    );
  });

  it('"mtg" is a meeting, and a bare list after "attended." or a dash is who came', () => {
    expect(contacts('health-visiting', 'HV2 core group mtg – attended. SW1, school nurse, mum.')).toEqual(
      expect.arrayContaining([
        ['csc', 'both', 'conference'],
        ['school-nursing', 'both', 'conference'],
        ['family', 'both', 'conference'],
      ]),
    );
    expect(contacts('school', 'Strategy mtg attended – CSC, police, GP by phone.')).toEqual([
      ['csc', 'both', 'strategy-discussion'],
      ['police', 'both', 'strategy-discussion'],
      ['gp', 'both', 'strategy-discussion'],
    ]);
  });

  it('someone "at" the meeting, and a note in brackets after its name, do not stop it being the event', () => {
    expect(contacts('other', 'Youth worker at exploitation panel (police chair, CSC, school nurse).')).toEqual([
      ['police', 'both', 'conference'],
      ['csc', 'both', 'conference'],
      ['school-nursing', 'both', 'conference'],
    ]);
    expect(contacts('dwp', 'Attended MARM (chair SW3) with police and housing.', { adult: true })).toEqual([
      ['asc', 'both', 'conference'],
      ['police', 'both', 'conference'],
      ['housing', 'both', 'conference'],
    ]);
  });

  it('whoever chaired it was there; where it was held is not who came', () => {
    expect(contacts('csc', 'On 4 May the police chaired a MACE panel attended by the YJS and the school.')).toEqual(expect.arrayContaining([['police', 'both', 'conference']]));
    expect(contacts('health-visiting', 'Discharge planning meeting (Rowan Ward) | HV2 | Attended with SW1 and MGM.')).toEqual([
      ['csc', 'both', 'conference'],
      ['family', 'both', 'conference'],
    ]);
  });

  it('a meeting about the family, with no one else listed, does not make them attendees', () => {
    expect(contacts('police', 'MARAC - Ms Q (victim) and Mr Q (perpetrator). Present: police, IDVA.')).not.toContainEqual(['family', 'both', 'conference']);
  });
});

describe('officers dealing with people, and texts with a purpose (invented)', () => {
  it.each([
    ['Report of youths on the stairwell at Kestrel Court. Attended, area search, no trace.'],
    ['Sgt 4 served a Child Abduction Warning Notice on Adult C at his flat.'],
    ['Harassment notice issued to the suspect in person at 12 Moor Lane.'],
    ['Officers executed a search warrant at the flat; two males arrested.'],
    ['Vehicle stopped on the ring road; T found with cash and two phones.'],
  ])('police: %s', (text) => {
    expect(contacts('police', text)).toContainEqual(['family', 'out', 'other']);
  });

  it('an ambulance crew attending at police request is not read as the police attending alone', () => {
    expect(contacts('ambulance', 'Cat 1 - Police request | Attended at police request; officers on scene.')).toEqual(expect.arrayContaining([['police', 'in', 'other']]));
  });

  it('a text sent to rebook was sent: the purpose is no plan', () => {
    expect(contacts('csc', 'Visit – no answer. Text to mum to rebook.')).toContainEqual(['family', 'out', 'other']);
    expect(contacts('midwifery', 'DNA antenatal appt. Txt sent to rebook.')).toContainEqual(['family', 'out', 'other']);
    expect(negated('csc', 'Visit to mum to be arranged.')).toContainEqual(['family', 'out', 'home-visit']);
  });
});

describe('attendance that is not the family coming to us (invented)', () => {
  it('an appointment named with a DNA was missed, not attended; "did not wait" came and left', () => {
    expect(contacts('probation', 'Office visit | PO3 | DNA. Letter left at reception.')).not.toContainEqual(['family', 'in', 'attendance']);
    expect(contacts('ed', 'Self | Chest pain | Triaged. DNW - left before being seen.')).toContainEqual(['family', 'in', 'attendance']);
  });

  it('being seen by, or attending, another service is theirs', () => {
    expect(contacts('gp', 'T/c mum: home since Sat, seen by CAMHS on the ward.')).not.toContainEqual(['family', 'in', 'attendance']);
    expect(contacts('csc', 'Mum attended her first appt at the drug and alcohol service.')).not.toContainEqual(['family', 'in', 'attendance']);
    expect(contacts('da-service', 'Client attended appt at the Family Hub. DASH completed.')).toContainEqual(['family', 'in', 'attendance']);
  });

  it('"attended the address" is going to a home, and charts not brought are no missed appointment', () => {
    expect(contacts('csc', 'PPN rec\'d: ex-partner attended address, argument.')).not.toContainEqual(['family', 'in', 'attendance']);
    expect(contacts('gp', 'Seen with carer. MAR charts not brought.')).toEqual([['family', 'in', 'attendance']]);
  });
});
