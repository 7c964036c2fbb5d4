/**
 * One block per gap rule: a chronology where the gap is there, and one where
 * it looks as if it might be but is not. The wording is invented and kept
 * away from the acceptance cases on purpose: the rules must read practice,
 * not those sentences.
 */
import { describe, expect, it } from 'vitest';

import { find, gapsOf, summary, type Row } from './support.ts';

/** A health visitor's record: makes a chronology one about a child. */
const HV: Row = ['hv.docx#1', 'health-visiting', '2024-01-03', 'New birth visit. Baby feeding well. Mother Ms P tired but coping.'];

describe('G1, not sent', () => {
  it('reads a named agency that was not told', () => {
    const gaps = gapsOf([
      HV,
      ['police.csv#1', 'police', '2024-02-10', 'Attended a domestic incident at the home. Mr T had slapped Ms P; her sons aged 4 and 7 were in the house. Health visitor not informed of the incident.'],
    ]);
    const g = find(gaps, 'G1', 'police');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toContain('health-visiting');
    expect(g!.evidence).toContain('police.csv#1');
    expect(g!.explanation).toMatch(/10 Feb 2024 \(police\.csv#1\)/);
  });

  it('sends an unnamed "no referral" to children\'s social care in a child case', () => {
    const gaps = gapsOf([
      HV,
      ['housing.csv#1', 'housing', '2024-02-12', 'Tenancy visit. Holes punched in the bedroom door; Ms P said her partner loses his temper. The toddler was in his cot. No safeguarding referral was completed.'],
    ]);
    const g = find(gaps, 'G1', 'housing');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toContain('csc');
  });

  it('sends it to adult social care in an adult review', () => {
    const gaps = gapsOf(
      [
        ['asc.xlsx#1', 'asc', '2024-01-05', 'Care Act assessment by phone. Mr W says he manages.'],
        ['ambulance.csv#1', 'ambulance', '2024-01-20', 'Fall at home. House very cold, no food in the kitchen, dressings soiled. Left at home. | Safeguarding alert raised: No'],
      ],
      { adult: true },
    );
    const g = find(gaps, 'G1', 'ambulance');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toContain('asc');
  });

  it('infers a concern kept to itself: a serious concern recorded, and nothing told to anyone in the week after', () => {
    const kept = gapsOf([
      HV,
      ['school.txt#1', 'school', '2024-02-05', 'Pupil came in with a bruise on his cheek and said dad had hit him. Logged.'],
    ]);
    const g = find(kept, 'G1', 'school');
    expect(g, summary(kept).join('\n')).toBeDefined();
    expect(g!.to).toContain('csc');
    expect(g!.explicit).toBe(false);
    expect(g!.explanation).toMatch(/Inferred from silence/);
    // The DSL rang the MASH the next day: not kept to itself.
    const told = gapsOf([
      HV,
      ['school.txt#1', 'school', '2024-02-05', 'Pupil came in with a bruise on his cheek and said dad had hit him. Logged.'],
      ['school.txt#2', 'school', '2024-02-06', 'DSL rang the MASH and made a referral.'],
    ]);
    expect(told.filter((x) => x.code === 'G1' && x.from === 'school'), summary(told).join('\n')).toEqual([]);
  });

  it('reads a concern told to one agency but not the front door as kept from the others, and joins a spell of them into one finding', () => {
    const gaps = gapsOf([
      HV,
      ['school.txt#1', 'school', '2024-02-05', 'Pupil came in with a bruise on his cheek and said dad had hit him. Logged.'],
      ['school.txt#2', 'school', '2024-02-06', 'Emailed the school nurse to ask her to see him.'],
      ['school.txt#3', 'school', '2024-03-11', 'Pupil has a mark on his neck; says his father grabbed him. Logged on the safeguarding system.'],
    ]);
    const kept = gaps.filter((x) => x.code === 'G1' && x.from === 'school');
    expect(kept, summary(gaps).join('\n')).toHaveLength(1);
    expect(kept[0]!.to).toContain('csc');
    expect(kept[0]!.to).not.toContain('school-nursing');
    expect(kept[0]!.evidence).toEqual(expect.arrayContaining(['school.txt#1', 'school.txt#3']));
    expect(kept[0]!.explanation).toMatch(/recorded concerns .* on 5 Feb 2024 \(school\.txt#1\) and 11 Mar 2024 \(school\.txt#3\)/);
  });

  it('does not count a referral the person turned down, or what someone says', () => {
    const gaps = gapsOf([
      HV,
      ['gp.csv#1', 'gp', '2024-02-01', 'Ms P seen: low mood, drinking most evenings. Offered a referral to the alcohol team, which she declined.'],
      ['school.txt#1', 'school', '2024-02-02', 'Ms P told the class teacher that the GP had never referred her anywhere.'],
    ]);
    expect(gaps.filter((g) => g.code === 'G1'), summary(gaps).join('\n')).toEqual([]);
  });

  it('thinks of the children when an adult service treats a parent in crisis', () => {
    const crisis: Row = ['cmht.csv#1', 'adult-mh', '2024-03-01', 'Home visit by care coordinator. Mr B drinking heavily and low in mood, with thoughts of ending his life. His two daughters, 5 and 8, live with him.'];
    const gaps = gapsOf([HV, crisis]);
    const g = find(gaps, 'G1', 'adult-mh');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.rule).toBe('think-family');
    expect(g!.to).toContain('csc');

    const told = gapsOf([HV, crisis, ['cmht.csv#2', 'adult-mh', '2024-03-02', 'Referral made to children\'s social care about the girls.']]);
    expect(find(told, 'G1', 'adult-mh'), summary(told).join('\n')).toBeUndefined();
  });

  it('expects police at a domestic abuse incident with children to notify the MASH', () => {
    const incident: Row = ['police.csv#1', 'police', '2024-04-02', 'Call from a neighbour reporting shouting. Officers attended: Ms P had a cut lip and said her partner pushed her. Her baby son was asleep upstairs. Partner arrested.'];
    const silent = gapsOf([HV, incident, ['csc.xlsx#1', 'csc', '2024-03-01', 'Contact from school about attendance. NFA.']]);
    const g = find(silent, 'G1', 'police');
    expect(g, summary(silent).join('\n')).toBeDefined();
    expect(g!.rule).toBe('da-incident-children');

    const notified = gapsOf([HV, incident, ['police.csv#2', 'police', '2024-04-02', 'PPN submitted to the MASH.'], ['mash.csv#1', 'mash', '2024-04-03', 'PPN received from police.']]);
    expect(find(notified, 'G1', 'police'), summary(notified).join('\n')).toBeUndefined();
  });

  it('calls it late, not never, when the same agency told them days later and says so', () => {
    const gaps = gapsOf([
      HV,
      ['police.csv#1', 'police', '2024-05-01', 'Report that Mr T breached his bail by visiting the children. Children\'s social care not updated - officer on rest days.'],
      ['police.csv#2', 'police', '2024-05-13', 'Emailed the social worker about the breach, 12 days after the report.'],
    ]);
    expect(find(gaps, 'G1', 'police'), summary(gaps).join('\n')).toBeUndefined();
    const g = find(gaps, 'G5', 'police');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.evidence).toEqual(expect.arrayContaining(['police.csv#1', 'police.csv#2']));
  });
});

describe('G2, sent and not received', () => {
  const referral: Row = ['gp.csv#1', 'gp', '2024-01-10', 'Anxiety and panic attacks. Referral sent to the community mental health team.'];
  it('finds a referral the receiver, keeping records then, has no trace of', () => {
    const gaps = gapsOf([
      HV,
      ['cmht.csv#1', 'adult-mh', '2023-12-20', 'Discussed at the team meeting: waiting list reviewed.'],
      referral,
      ['cmht.csv#2', 'adult-mh', '2024-02-20', 'Ms P phoned asking about her referral: we have no record of any referral from her surgery.'],
    ]);
    const g = find(gaps, 'G2', 'gp');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(['adult-mh']);
    expect(g!.evidence).toEqual(expect.arrayContaining(['gp.csv#1', 'cmht.csv#2']));
  });
  it('does not raise it when the receiver logged it', () => {
    const gaps = gapsOf([HV, ['cmht.csv#1', 'adult-mh', '2023-12-20', 'Team meeting.'], referral, ['cmht.csv#2', 'adult-mh', '2024-01-15', 'Referral from the GP received and triaged: routine.']]);
    expect(find(gaps, 'G2', 'gp'), summary(gaps).join('\n')).toBeUndefined();
  });
  it('infers it from silence only at a front door that recorded that fortnight more than once', () => {
    const toCsc: Row = ['school.txt#1', 'school', '2024-01-10', 'Safeguarding concerns about bruising: referral sent to children\'s social care.'];
    const csc = (ref: string, day: string): Row => [ref, 'csc', day, 'Duty: two new contacts screened.'];
    const dense = gapsOf([HV, csc('csc.csv#1', '2024-01-02'), toCsc, csc('csc.csv#2', '2024-01-17'), csc('csc.csv#3', '2024-01-24')]);
    expect(find(dense, 'G2', 'school')?.explicit, summary(dense).join('\n')).toBe(false);
    const sparse = gapsOf([HV, csc('csc.csv#1', '2023-12-01'), toCsc, csc('csc.csv#2', '2024-03-01')]);
    expect(find(sparse, 'G2', 'school'), summary(sparse).join('\n')).toBeUndefined();
    // A mental health team's chronology is a selection: its silence about a referral proves little.
    const cmht = gapsOf([HV, ['cmht.csv#1', 'adult-mh', '2024-01-02', 'Team meeting.'], referral, ['cmht.csv#2', 'adult-mh', '2024-01-17', 'Duty: two new cases allocated.'], ['cmht.csv#3', 'adult-mh', '2024-01-24', 'Team meeting.']]);
    expect(find(cmht, 'G2', 'gp'), summary(cmht).join('\n')).toBeUndefined();
  });
  it('does not read the silence of one "other" organisation as another\'s not receiving it', () => {
    const gaps = gapsOf([
      HV,
      ['home.csv#1', 'other', '2024-01-05', 'Day notes: Mrs Q settled, ate well.'],
      ['gp.csv#1', 'gp', '2024-01-10', 'Safeguarding concerns about smoking in bed: referral sent to the fire service for a safe and well visit.'],
      ['home.csv#2', 'other', '2024-01-20', 'Day notes: family visited.'],
    ]);
    expect(gaps.filter((g) => g.code === 'G2' && g.to.includes('other')), summary(gaps).join('\n')).toEqual([]);
  });
});

describe('G3 and G10, what the receiver did with it', () => {
  const sent: Row = ['school.txt#1', 'school', '2024-02-05', 'Child A came in with finger-tip bruising on both arms. I made a referral to children\'s social care by phone.'];
  it('G10 when the receiver writes it down as less than the sender meant', () => {
    const gaps = gapsOf([HV, sent, ['csc.xlsx#1', 'csc', '2024-02-05', 'Call from school: marks on arms. Logged as advice only - not a referral. School to monitor.']]);
    const g = find(gaps, 'G10', 'school');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(['csc']);
    expect(g!.evidence).toEqual(expect.arrayContaining(['school.txt#1', 'csc.xlsx#1']));
  });
  it('no G3 for a closure looked back on, a patient discharge a letter reports, or a visit that found no one', () => {
    const gaps = gapsOf([
      HV,
      ['idva.csv#1', 'da-service', '2024-02-06', 'Referral received from police: verbal argument, standard risk. Previous case (closed 10/23) - unable to engage.'],
      ['gp.csv#1', 'gp', '2024-02-07', 'Letter received from paediatrics re the baby: discharged 05/02 home under a safety plan.'],
      ['cmht.csv#1', 'adult-mh', '2024-02-08', 'Email from housing: concerns about self-neglect. Planned home visit today - no answer, curtains closed. Case closed.'],
    ]);
    expect(gaps.filter((g) => g.code === 'G3'), summary(gaps).join('\n')).toEqual([]);
  });
  it('G3 when the receiver records taking no action', () => {
    const gaps = gapsOf([HV, ['csc.xlsx#1', 'csc', '2024-02-06', 'Referral received from the health visitor about bruising to the baby. No further action taken.']]);
    const g = find(gaps, 'G3', 'health-visiting');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(['csc']);
  });
  it('no G3 when the receiver visited before closing', () => {
    const gaps = gapsOf(
      [
        ['gp.csv#1', 'gp', '2024-03-01', 'Safeguarding referral sent to adult social care: Mr W losing weight, flat in poor condition.'],
        ['asc.xlsx#1', 'asc', '2024-03-02', 'Safeguarding concern from the GP received. Duty worker rang Mr W; home visit booked.'],
        ['asc.xlsx#2', 'asc', '2024-03-06', 'Home visit: Mr W seen with his son. Cleaner arranged.'],
        ['asc.xlsx#3', 'asc', '2024-03-12', 'Case closed: needs met.'],
      ],
      { adult: true },
    );
    expect(gaps.filter((g) => g.code === 'G3'), summary(gaps).join('\n')).toEqual([]);
  });
});

describe('G4, no feedback to the referrer', () => {
  it('finds the referrer waiting to hear back', () => {
    const gaps = gapsOf([
      HV,
      ['school.txt#1', 'school', '2024-02-01', 'I referred my concerns about neglect to the MASH.'],
      ['mash.csv#1', 'mash', '2024-02-01', 'Referral from school received: neglect concerns. Passed to the assessment team.'],
      ['school.txt#2', 'school', '2024-02-20', 'No one from the MASH has called back about my referral, so I emailed the MASH again.'],
    ]);
    const g = find(gaps, 'G4', 'mash');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(['school']);
    expect(g!.evidence).toEqual(expect.arrayContaining(['school.txt#2']));
  });
  it('does not read a family that did not reply as an agency owing feedback', () => {
    const gaps = gapsOf([HV, ['hv.docx#2', 'health-visiting', '2024-02-10', 'No response to the appointment letter. Letter sent to the GP.']]);
    expect(gaps.filter((g) => g.code === 'G4'), summary(gaps).join('\n')).toEqual([]);
  });
});

describe('G5, late sharing', () => {
  it('reads a report sent after the conference it was for', () => {
    const gaps = gapsOf([
      HV,
      ['csc.xlsx#1', 'csc', '2024-03-04', 'Initial child protection conference held. Present: SW, IRO, health visitor, school.'],
      ['gp.csv#1', 'gp', '2024-03-11', 'Conference report emailed to the conference team - sent late, after the conference.'],
    ]);
    const g = find(gaps, 'G5', 'gp');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(['csc']);
    expect(g!.evidence).toContain('csc.xlsx#1');
  });
});

describe('G5, told later, from the receiver\'s side', () => {
  const gp: Row = ['gp.csv#1', 'gp', '2024-02-14', 'Baby brought in with a bruise to the left ear; mother says he rolled into the cot. No referral made.'];
  it('is G5 when the receiver records being told about that day, days later', () => {
    const gaps = gapsOf([HV, gp, ['csc.xlsx#1', 'csc', '2024-02-20', "Call from the GP surgery about the bruise to the baby's ear seen on 14/02."]]);
    const g = find(gaps, 'G5', 'gp');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.evidence).toEqual(expect.arrayContaining(['gp.csv#1', 'csc.xlsx#1']));
    expect(find(gaps, 'G1', 'gp')).toBeUndefined();
  });
  it('stays G1 when the later call is about something else', () => {
    const gaps = gapsOf([HV, gp, ['csc.xlsx#1', 'csc', '2024-02-20', 'Call from the GP surgery about the family\'s housing on 19/02.']]);
    expect(find(gaps, 'G1', 'gp'), summary(gaps).join('\n')).toBeDefined();
    expect(find(gaps, 'G5', 'gp')).toBeUndefined();
  });
});

describe('G6, a meeting without a key agency', () => {
  const before: Row[] = [
    HV,
    ['hv.docx#2', 'health-visiting', '2024-04-20', 'Home visit: baby has a small bruise on the ear, mother says the sibling did it.'],
    ['school.txt#1', 'school', '2024-04-22', 'Sibling quiet and withdrawn in class.'],
    ['school.txt#2', 'school', '2024-04-29', 'Sibling says dad shouts at mum.'],
  ];
  it('finds a strategy discussion of police and social care alone', () => {
    const gaps = gapsOf([...before, ['csc.xlsx#1', 'csc', '2024-05-02', 'Strategy discussion held with the police (DC from CAIT). Section 47 enquiry agreed.']]);
    const g = find(gaps, 'G6', 'csc');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(expect.arrayContaining(['health-visiting', 'school']));
  });
  it('does not fault one that had police, social care and health', () => {
    const gaps = gapsOf([...before, ['csc.xlsx#1', 'csc', '2024-05-02', 'Strategy discussion held with the police and the health visitor. Section 47 enquiry agreed.']]);
    expect(find(gaps, 'G6', 'csc'), summary(gaps).join('\n')).toBeUndefined();
  });
  it('reads "not invited" in the left-out agency\'s own record', () => {
    const gaps = gapsOf([...before, ['csc.xlsx#1', 'csc', '2024-05-10', 'Initial child protection conference. Present: SW, IRO, police, health visitor.'], ['cmht.csv#1', 'adult-mh', '2024-05-20', 'Heard from Ms P that her children are on plans. We were not invited to the conference.']]);
    const g = find(gaps, 'G6', 'csc');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toContain('adult-mh');
    expect(g!.evidence).toContain('cmht.csv#1');
  });
});

describe('G7, checks not made', () => {
  it('reads a check the record says was not made', () => {
    const gaps = gapsOf([HV, ['csc.xlsx#1', 'csc', '2024-02-01', 'Single assessment completed on the parents\' account. No checks made with the police or the GP. Closed.']]);
    const g = find(gaps, 'G7', 'csc');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(expect.arrayContaining(['police', 'gp']));
  });
  it('finds an assessor that knew another agency held information and never asked it', () => {
    const gaps = gapsOf([HV, ['csc.xlsx#1', 'csc', '2024-02-01', 'Home visit. Mother says her new partner is on licence and supervised by probation for violence. Assessment continues.']]);
    const g = find(gaps, 'G7', 'csc');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(['probation']);
  });
  it('does not, when the record says there is no such involvement', () => {
    const gaps = gapsOf([HV, ['csc.xlsx#1', 'csc', '2024-02-01', 'Home visit. Mother says there is no probation involvement with her partner.']]);
    expect(find(gaps, 'G7', 'csc'), summary(gaps).join('\n')).toBeUndefined();
  });
});

describe('G8, to whom', () => {
  it('owes missed appointments to the services then working with the family as well as the front door', () => {
    const gaps = gapsOf([
      ['hv.csv#1', 'health-visiting', '2022-08-20', 'Home visit: baby seen with mum, weight on the 9th centile.'],
      ['gp.csv#1', 'gp', '2022-09-05', 'Baby not brought for 8-week immunisations. DNA.'],
      ['gp.csv#2', 'gp', '2022-10-10', 'Baby not brought for immunisations again. DNA.'],
      ['gp.csv#3', 'gp', '2022-11-21', 'Third immunisation appointment: was not brought. Coded, letter to mum.'],
      ['hv.csv#2', 'health-visiting', '2022-11-25', 'Home visit: mum tired, baby seen.'],
    ]);
    const g = find(gaps, 'G8', 'gp');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(expect.arrayContaining(['csc', 'health-visiting']));
  });
});

describe('G8, non-engagement not escalated', () => {
  it('finds missed contacts in a row that stayed inside the agency', () => {
    const gaps = gapsOf([
      ['hv.docx#1', 'health-visiting', '2024-02-01', 'Planned visit: no reply at the door. Calling card left.'],
      ['hv.docx#2', 'health-visiting', '2024-02-15', 'Was not brought to the clinic for the 1-year review.'],
      ['hv.docx#3', 'health-visiting', '2024-03-01', 'Planned visit: no access again. Rebooked.'],
    ]);
    const g = find(gaps, 'G8', 'health-visiting');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.evidence).toEqual(['hv.docx#1', 'hv.docx#2', 'hv.docx#3']);
    expect(g!.to).toContain('csc');
  });
  it('does not, when the agency passed it on', () => {
    const gaps = gapsOf([
      HV,
      ['gp.csv#1', 'gp', '2024-02-01', 'DNA asthma review.'],
      ['gp.csv#2', 'gp', '2024-02-20', 'DNA asthma review again. Letter to the health visitor about the missed appointments.'],
    ]);
    expect(find(gaps, 'G8', 'gp'), summary(gaps).join('\n')).toBeUndefined();
  });
  it('still finds them when the only call or letter out asked the carers to book again', () => {
    const gaps = gapsOf(
      [
        ['asc.xlsx#1', 'asc', '2024-01-05', 'Care Act review at the residential home. Mr W settled.'],
        ['gp.csv#1', 'gp', '2024-02-01', 'DNA medication review. Not brought by the home.'],
        ['gp.csv#2', 'gp', '2024-02-20', '2nd DNA medication review. Letter to the home manager asking them to rebook.'],
      ],
      { adult: true },
    );
    expect(find(gaps, 'G8', 'gp'), summary(gaps).join('\n')).toBeDefined();
  });
  it('owes the news to whoever referred the person, as well as the front door', () => {
    const gaps = gapsOf([
      HV,
      ['police.csv#1', 'police', '2024-01-20', 'DA incident at the flat. DASH high. Referral made to the IDVA service.'],
      ['idva.xlsx#1', 'da-service', '2024-01-22', 'Referral received from police. Tel to client – no answer.'],
      ['idva.xlsx#2', 'da-service', '2024-01-29', 'Planned call: no answer again. Text sent.'],
      ['idva.xlsx#3', 'da-service', '2024-02-05', 'Third attempt, no answer. Case closed – unable to engage.'],
    ]);
    const g = find(gaps, 'G8', 'da-service');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(expect.arrayContaining(['police']));
  });
  it('is not raised for an emergency department, which sees whoever comes in', () => {
    const gaps = gapsOf([HV, ['ed.csv#1', 'ed', '2024-02-01', 'Self-presented with a cut hand. DNW – left before being seen.'], ['ed.csv#2', 'ed', '2024-02-09', 'Attended, did not wait.']]);
    expect(find(gaps, 'G8', 'ed'), summary(gaps).join('\n')).toBeUndefined();
  });
  it('does not count missed contacts with a seen visit between them as a run', () => {
    const gaps = gapsOf([
      HV,
      ['gp.csv#1', 'gp', '2024-02-01', 'DNA asthma review.'],
      ['gp.csv#2', 'gp', '2024-02-10', 'Seen in clinic with mother: asthma improving.'],
      ['gp.csv#3', 'gp', '2024-03-01', 'DNA asthma review.'],
    ]);
    expect(find(gaps, 'G8', 'gp'), summary(gaps).join('\n')).toBeUndefined();
  });
});

describe('G9, lost on transfer', () => {
  it('finds a move whose record did not go with the family', () => {
    const gaps = gapsOf([HV, ['hv.docx#2', 'health-visiting', '2024-03-01', 'Family moved to Westshire. Records transferred to the Westshire 0-19 team; the domestic abuse history was not included.']]);
    const g = find(gaps, 'G9', 'health-visiting');
    expect(g, summary(gaps).join('\n')).toBeDefined();
  });
  it('does not, for a worker handing over a caseload', () => {
    const gaps = gapsOf([HV, ['hv.docx#2', 'health-visiting', '2024-03-01', 'HV3 leaving the team; caseload handed to HV4. Handover did not mention the family.']]);
    expect(find(gaps, 'G9', 'health-visiting'), summary(gaps).join('\n')).toBeUndefined();
  });
  it('reads a hospital discharge without the referral the community team needed', () => {
    const gaps = gapsOf(
      [
        ['dn.csv#1', 'other', '2024-01-02', 'District nurse visit: dressings changed.'],
        ['ed.csv#1', 'ed', '2024-01-10', 'Discharged home from the ward. The district nursing team was not told of the discharge.'],
      ],
      { adult: true },
    );
    const g = find(gaps, 'G9', 'ed');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(['other']);
  });
});

describe('findings', () => {
  it('have stable ids, windows, severities and explanations that cite the entries', () => {
    const rows: Row[] = [HV, ['police.csv#1', 'police', '2024-02-10', 'Domestic incident: Ms P punched by Mr T with the children present. Health visitor not informed.']];
    const a = gapsOf(rows);
    const b = gapsOf(rows);
    expect(a.map((g) => g.id)).toEqual(b.map((g) => g.id));
    for (const g of a) {
      expect(g.id).toMatch(/^g\d+-[0-9a-f]{12}$/);
      expect(g.window?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['high', 'medium', 'low']).toContain(g.severity);
      for (const r of g.triggers ?? []) expect(g.explanation).toContain(r);
    }
  });
  it('joins the same gap recorded again within weeks into one finding', () => {
    const gaps = gapsOf([
      HV,
      ['police.csv#1', 'police', '2024-02-10', 'Domestic incident: Ms P assaulted, children present. No PPN submitted.'],
      ['police.csv#2', 'police', '2024-02-24', 'Further domestic incident: children present. No PPN submitted.'],
    ]);
    const g1 = gaps.filter((g) => g.code === 'G1' && g.from === 'police');
    expect(g1, summary(gaps).join('\n')).toHaveLength(1);
    expect(g1[0]!.evidence).toEqual(['police.csv#1', 'police.csv#2']);
  });
  it("sends an injury to a baby to the agencies the case's rule names", () => {
    const rows: Row[] = [HV, ['gp.csv#1', 'gp', '2024-03-04', 'Seen with mother: the 10-week-old baby has bruising to the cheek. No explanation given.']];
    const usual = find(gapsOf(rows), 'G1', 'gp');
    expect(usual?.to, summary(gapsOf(rows)).join('\n')).toEqual(expect.arrayContaining(['csc', 'paediatrics']));
    const changed = find(gapsOf(rows, { overrides: { 'injury-non-mobile': { targets: ['mash'] } } }), 'G1', 'gp');
    expect(changed?.to).toEqual(['mash']);
  });
  it('lets a case switch a flow off', () => {
    const rows: Row[] = [
      ['hv.docx#1', 'health-visiting', '2024-02-01', 'Planned visit: no access.'],
      ['hv.docx#2', 'health-visiting', '2024-02-15', 'Planned visit: no access.'],
    ];
    expect(find(gapsOf(rows), 'G8', 'health-visiting')).toBeDefined();
    expect(find(gapsOf(rows, { overrides: { 'missed-appointments': { enabled: false } } }), 'G8', 'health-visiting')).toBeUndefined();
  });
});

describe('the words agencies use', () => {
  const child = (row: Row) => gapsOf([HV, row]);
  it.each([
    ['police', 'Domestic incident, children present. The school was not made aware.', 'G1', 'school'],
    ['gp', 'Ms P disclosed her partner hits her; two young children at home. No onward referral was made.', 'G1', 'csc'],
    ['police', 'Officers attended a domestic; baby in the house. Officers failed to notify the MASH.', 'G1', 'mash'],
    ['ambulance', 'Toddler at home with an intoxicated parent. No safeguarding alert raised.', 'G1', 'csc'],
    ['probation', 'Mr T disclosed that he hit his partner in front of her children. Did not share the risk assessment with children\'s social care.', 'G1', 'csc'],
    ['csc', 'Assessment of the new partner. No checks were undertaken with the police.', 'G7', 'police'],
  ])('%s: "%s" is %s to %s', (agency, text, code, to) => {
    const gaps = child(['x.csv#1', agency, '2024-02-01', text]);
    const g = gaps.find((x) => x.code === code && x.from === (agency === 'mash' ? 'csc' : agency));
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toContain(to);
  });

  it('does not read a parent who was not aware as an agency not told', () => {
    const gaps = child(['gp.csv#1', 'gp', '2024-02-01', 'Ms P missed the review; she was not aware of the appointment. Low mood.']);
    expect(gaps.filter((g) => g.code === 'G1'), summary(gaps).join('\n')).toEqual([]);
  });
});

describe('G1 read from the side that was not told', () => {
  const incident: Row = ['police.csv#1', 'police', '2024-03-01', 'Domestic incident: Mr T assaulted Ms P; her daughter Child Q (6) present. PPN to the MASH.'];
  it('names the agency the record says did not tell it', () => {
    const gaps = gapsOf([HV, incident, ['school.txt#1', 'school', '2024-04-15', 'Child Q withdrawn. Only now found out that the police had been called to the home in March; nobody had told the school.']]);
    const g = gaps.find((x) => x.code === 'G1' && x.from === 'police' && x.to.includes('school'));
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.evidence).toContain('school.txt#1');
  });
  it('does not blame the agency that is telling it now, nor anyone when nobody is named', () => {
    const gaps = gapsOf([
      HV,
      incident,
      ['school.txt#1', 'school', '2024-04-15', 'The social worker rang to tell us about the March incident. We had not been told before.'],
      ['school.txt#2', 'school', '2024-04-20', 'New starter. We received no information about the family.'],
    ]);
    expect(gaps.filter((x) => x.code === 'G1' && x.to.includes('school')), summary(gaps).join('\n')).toEqual([]);
  });
});

describe('G7 for a new adult in the household', () => {
  it('expects children\'s social care to check a newly named partner with police, probation and the GP', () => {
    const gaps = gapsOf([HV, ['csc.xlsx#1', 'csc', '2024-02-01', 'Home visit. Ms P has a new partner, Mr V, who has moved in with her and the children.']]);
    const g = gaps.find((x) => x.code === 'G7' && x.from === 'csc');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(expect.arrayContaining(['police', 'probation']));
  });
  it('not when the checks were made', () => {
    const gaps = gapsOf([
      HV,
      ['csc.xlsx#1', 'csc', '2024-02-01', 'Home visit. Ms P has a new partner, Mr V, who has moved in with her and the children.'],
      ['csc.xlsx#2', 'csc', '2024-02-03', 'Checks made with the police, probation and the GP about Mr V: nothing known.'],
    ]);
    expect(gaps.find((x) => x.code === 'G7' && x.from === 'csc'), summary(gaps).join('\n')).toBeUndefined();
  });
});

describe('forums, call-outs and other services', () => {
  it('faults a MARAC the record says left children\'s social care out, from the service that held it', () => {
    const gaps = gapsOf([
      HV,
      ['idva.csv#1', 'da-service', '2024-03-10', 'MARAC meeting held. Present: police, IDVA, housing. Children\'s social care and the GP were not invited.'],
    ]);
    const g = find(gaps, 'G6', 'da-service');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(expect.arrayContaining(['csc', 'gp']));
  });
  it('does not fault a standing meeting for someone who was simply not there', () => {
    const gaps = gapsOf([HV, ['csc.xlsx#1', 'csc', '2024-03-10', 'Core group meeting: SW, HV and Ms P. GP not present.']]);
    expect(find(gaps, 'G6', 'csc'), summary(gaps).join('\n')).toBeUndefined();
  });
  it('does not treat no answer at a police call-out as a missed appointment', () => {
    const gaps = gapsOf([HV, ['police.csv#1', 'police', '2024-04-11', 'Neighbour reported screaming. Officers attended: no answer at the door. Logged, no further action.']]);
    expect(find(gaps, 'G8', 'police'), summary(gaps).join('\n')).toBeUndefined();
  });
  it('reads a "contact" to children\'s social care answered with advice as not acted on', () => {
    const gaps = gapsOf([HV, ['csc.xlsx#1', 'csc', '2024-07-01', "Contact from school: child says mum's boyfriend hurts mum. Advice to school, NFA."]]);
    const g = find(gaps, 'G3', 'school');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to).toEqual(['csc']);
  });
});

describe('adult reviews', () => {
  it('reads "social services" as adult social care, and a concern closed on receipt as not acted on', () => {
    const gaps = gapsOf(
      [
        ['asc.csv#1', 'asc', '2023-01-05', 'Safeguarding concern received from the pharmacy: Mrs H has not collected her medication for six weeks and seemed confused. | Triaged: no care and support needs. Closed.'],
        ['ha.csv#1', 'housing', '2023-03-01', 'Tenancy audit: flat in very poor condition, strong smell, Mrs H unkempt. No referral was made to social services.'],
      ],
      { adult: true },
    );
    expect(find(gaps, 'G3', 'other')?.to, summary(gaps).join('\n')).toEqual(['asc']);
    expect(find(gaps, 'G1', 'housing')?.to, summary(gaps).join('\n')).toEqual(['asc']);
  });
});

describe('a plan is not a denial', () => {
  it('raises no G1 for a referral still to be made or information to be shared, but does for one not made', () => {
    const planned = gapsOf([
      ['school.docx#1', 'school', '2024-01-10', 'C (7) said dad hit mum last night. DSL discussed with head: MASH referral to be made.'],
      ['school.docx#2', 'school', '2024-01-11', 'Share with the school nurse for awareness.'],
    ]);
    expect(find(planned, 'G1', 'school')?.explicit ?? false, summary(planned).join('\n')).toBe(false);
    const denied = gapsOf([['school.docx#1', 'school', '2024-01-10', 'C (7) said dad hit mum last night. No referral was made to the MASH.']]);
    expect(find(denied, 'G1', 'school')?.explicit, summary(denied).join('\n')).toBe(true);
  });
});

describe('G9 when a discharge summary plays the risk down', () => {
  const before: Row = ['cmht.docx#1', 'adult-mh', '2024-05-02', 'Home visit: flat cluttered and cold, no food, Mr B has lost weight and is drinking daily. Self-neglect.'];
  it('finds a summary saying "no current risks" from a service that had recorded them', () => {
    const gaps = gapsOf([before, ['cmht.docx#2', 'adult-mh', '2024-06-20', 'Discharged from CPA. Discharge letter sent to GP: stable, no current risks identified, no other agencies involved.']], { adult: true, reviewType: 'sar' });
    expect(find(gaps, 'G9', 'adult-mh')?.to, summary(gaps).join('\n')).toEqual(['gp']);
  });
  it('not from a service that had recorded no concern, nor for a summary it was only given', () => {
    const quiet = gapsOf([['cmht.docx#2', 'adult-mh', '2024-06-20', 'Discharge letter sent to GP: stable, no current risks identified.']], { adult: true, reviewType: 'sar' });
    expect(find(quiet, 'G9', 'adult-mh'), summary(quiet).join('\n')).toBeUndefined();
    const given = gapsOf([before, ['cmht.docx#2', 'adult-mh', '2024-06-20', 'Tel call to the GP. Mr B transferred in from another area; the transfer record shows no concerns.']], { adult: true, reviewType: 'sar' });
    expect(find(given, 'G9', 'adult-mh'), summary(given).join('\n')).toBeUndefined();
  });
});

describe('domestic homicide reviews', () => {
  it('send domestic abuse kept to itself to the police and the domestic abuse service, and the GP is one who should share', () => {
    const gaps = gapsOf(
      [
        ['gp.csv#1', 'gp', '2023-02-01', 'Ms R attended: bruising to forearm, says she walked into a door. Low mood. Partner waited in the car park.'],
        ['gp.csv#2', 'gp', '2023-02-20', 'Ms R discloses partner controls her money and checks her phone. Frightened of him.'],
      ],
      { adult: true, reviewType: 'dhr' },
    );
    const g = find(gaps, 'G1', 'gp');
    expect(g, summary(gaps).join('\n')).toBeDefined();
    expect(g!.to, summary(gaps).join('\n')).toEqual(expect.arrayContaining(['police', 'da-service']));
  });
  it('read a grown-up son or daughter as no child: no children\'s rules in an older couple\'s case', () => {
    // (Children's words elsewhere in the case, a care home's "children visited", do not make this call one with children.)
    const gaps = gapsOf(
      [
        ['police.csv#1', 'police', '2023-11-18', 'Call from daughter: father drunk, said he would finish it for both of them. Officers attended, Mrs D asleep, no injuries. Domestic incident, DASH medium.'],
        ['police.csv#2', 'police', '2023-12-02', 'Son reported mum frightened of dad after an argument. Officers attended. Domestic abuse, DASH standard.'],
      ],
      { adult: true, reviewType: 'dhr' },
    );
    expect(gaps.filter((x) => x.to.includes('csc') || x.to.includes('mash')), summary(gaps).join('\n')).toEqual([]);
  });
});
