/**
 * Concern extraction (shared/extract/concerns.ts over resources/lexicon/concerns.json),
 * by category, on sentences invented for these tests: the words of each
 * concern, what denies one, whose injury it is, the services whose
 * involvement is itself a sign, and the constructions the patterns read.
 */
import { describe, expect, it } from 'vitest';

import { extractEntry } from '../../../shared/extract/index.ts';

const concerns = (agency: string, text: string, adult = false) => extractEntry({ text, agency, adult }).concerns;

describe('the words of each concern', () => {
  it.each([
    ['police', 'Called to a domestic at the flat; Mr D had pushed his partner into the door.', 'domestic-abuse'],
    ['gp', 'Low mood and anxiety, started on sertraline.', 'parental-mental-health'],
    ['ed', 'Attended intoxicated, smelling of alcohol.', 'substance-misuse'],
    ['school', 'Came in hungry, in the same unwashed uniform all week.', 'neglect'],
    ['health-visiting', 'Bruises on both upper arms of the baby.', 'injury'],
  ])('%s: %s', (agency, text, want) => {
    expect(concerns(agency, text)).toContain(want);
  });

  it('does not count a concern the sentence denies', () => {
    expect(concerns('health-visiting', 'Baby examined: no bruising, no injuries seen.')).not.toContain('injury');
    expect(concerns('gp', 'Denies any alcohol or drug use.')).not.toContain('substance-misuse');
  });
});

describe('whose injury it is', () => {
  it('reads a mark on a named part of the body as an injury, and a mark at school as nothing', () => {
    expect(concerns('school', 'Pupil has a mark on his neck and would not say how.')).toContain('injury');
    expect(concerns('school', 'Full marks in the spelling test.')).not.toContain('injury');
  });

  it('in a child’s review, reads marks on the mother as domestic abuse, not injury to the child', () => {
    expect(concerns('police', 'Ms R had red marks on her neck after the argument with her partner.')).not.toContain('injury');
  });
});

describe('services whose involvement is a sign', () => {
  it('a mental health team or a drug and alcohol service shows the concern, unless the record denies it', () => {
    expect(concerns('gp', 'Letter from the community mental health team about Mr T.')).toContain('parental-mental-health');
    expect(concerns('gp', 'Not known to the community mental health team.')).not.toContain('parental-mental-health');
  });
});

describe('the concerns of the review’s kind', () => {
  it('does not read a child’s caring role into an adult’s review', () => {
    expect(concerns('school', 'She is a young carer for her mum.')).toContain('young-carer');
    expect(concerns('asc', 'She is a young carer for her mum.', true)).not.toContain('young-carer');
  });
});

describe('domestic abuse told by its behaviours, not its name (invented)', () => {
  it.each([
    ['midwifery', 'Seen with partner, who answered most questions on her behalf.'],
    ['gp', 'Unable to complete routine enquiry: husband present throughout.'],
    ['da-service', 'Client says her benefits are paid into his account and he takes her bank card.'],
    ['substance-misuse', 'He admits he checks her phone most nights.'],
    ['housing', 'Neighbour reports shouting and things being thrown at the flat again.'],
    ['school', 'T said "mummy and daddy were fighting again" at the weekend.'],
    ['police', 'Caller states she was pushed by her son during an argument.', true],
    ['gp', 'Tearful. Says she is frightened of Gareth when he drinks.', true],
  ] as Array<[string, string, boolean?]>)('%s: %s', (agency, text, adult) => {
    expect(concerns(agency, text, adult ?? false)).toContain('domestic-abuse');
  });

  it.each([
    ['health-visiting', 'Baby screaming in the background during the call.'],
    ['school', 'Jade says dad shouts at her when she is late.'],
    ['gp', 'Mum answered questions on behalf of the child.'],
  ])('%s: %s is no domestic abuse on its own', (agency, text) => {
    expect(concerns(agency, text)).not.toContain('domestic-abuse');
  });
});

describe('non-engagement in the ways records say it (invented)', () => {
  it.each([
    ['early-help', 'Home visit. Dad said they do not want any more visits. Declined further support.'],
    ['early-help', 'Case closed – consent withdrawn by mum.'],
    ['csc', 'Seen at the door; she wouldnt let SW2 in.'],
    ['school', 'Parenting course offered – mum declined.'],
    ['school', 'Absent all week. Mum not answering the phone.'],
    ['gp', 'Letter from the memory service: did not opt in, discharged.'],
    ['gp', 'Letter: discharged by the recovery service following 3 DNAs.'],
    ['health-visiting', '2yr review – t/c mum x2 no ans.'],
  ])('%s: %s', (agency, text) => {
    expect(concerns(agency, text)).toContain('non-engagement');
  });

  it('an agency refusing is not the family disengaging', () => {
    expect(concerns('asc', 'The care agency said it would not let the carer in without ID.', true)).not.toContain('non-engagement');
  });
});

describe('financial abuse and missed medication, in other words', () => {
  const of = (agency: string, text: string, adult = true) => extractEntry({ text, agency, adult }).concerns;
  it('reads money going, short or handled by someone else as exploitation of an adult at risk', () => {
    expect(of('other', 'Money tin £35 short against the log. K let himself in with a key.')).toContain('exploitation');
    expect(of('asc', "Concern re a friend staying at the flat and using R's bank card.")).toContain('exploitation');
  });
  it('reads the same words between partners as domestic abuse, not exploitation', () => {
    const got = of('police', 'Verbal argument re money; husband took her bank card and keeps her wages. Domestic incident, DASH standard.');
    expect(got).toContain('domestic-abuse');
    expect(got).not.toContain('exploitation');
  });
  it('reads missed doses as neglect, except in a drug service where they are the treatment\'s own', () => {
    expect(of('other', '2 evening doses missed this week – R out, back after staff finished.')).toContain('neglect');
    expect(of('substance-misuse', 'Pharmacy rang: 3 consecutive missed doses of methadone, script suspended.')).not.toContain('neglect');
  });
});

describe('non-engagement read from the contact', () => {
  it('tags a no-access visit or an unanswered call to the family in whatever words the record used', () => {
    expect(extractEntry({ text: 'CSN1 – Visit: NA. Bin bags piled in the front garden.', agency: 'other', adult: true }).concerns).toContain('non-engagement');
    expect(extractEntry({ text: 'Attendance contract review – mum DNA. Letter sent.', agency: 'school' }).concerns).toContain('non-engagement');
    expect(extractEntry({ text: 'Home visit: mum and baby seen, all well.', agency: 'health-visiting' }).concerns).not.toContain('non-engagement');
  });
});

describe('a domestic abuse case in the police\'s own words', () => {
  it('reads bail conditions keeping him from her, and a victim not supporting the prosecution', () => {
    const of = (text: string) => extractEntry({ text, agency: 'police' }).concerns;
    expect(of('Released on pre-charge bail with conditions not to contact Nerys or attend the address.')).toContain('domestic-abuse');
    expect(of('File reviewed. IP not supporting prosecution; evidence-led case considered.')).toContain('domestic-abuse');
    expect(of('Burglary at the shop. Suspect interviewed, CCTV reviewed.')).not.toContain('domestic-abuse');
  });
});

describe('whose mental health', () => {
  it('reads a school or CAMHS record of low mood or self-harm as the child\'s, unless it speaks of a parent', () => {
    expect(extractEntry({ text: 'T told the head of year her mood has been low and she is being referred to CAMHS.', agency: 'school' }).concerns).not.toContain('parental-mental-health');
    expect(extractEntry({ text: 'Mum told the DSL she has depression and is not coping.', agency: 'school' }).concerns).toContain('parental-mental-health');
    expect(extractEntry({ text: 'Low mood, sertraline started.', agency: 'gp' }).concerns).toContain('parental-mental-health');
  });
});

describe('services at a meeting', () => {
  it('do not show a concern by being in its attendance list, as they do by working with the person', () => {
    expect(extractEntry({ text: 'Case heard at MARAC. IDVA, ASC, CMHT and Recovery reps also present.', agency: 'police', adult: true }).concerns).not.toContain('parental-mental-health');
    expect(extractEntry({ text: 'Referred to the CMHT for assessment.', agency: 'gp', adult: true }).concerns).toContain('parental-mental-health');
  });
});

describe('money', () => {
  it('is no concern of its own when the words are about a quarrel over it, only money trouble is', () => {
    expect(extractEntry({ text: 'Officers attended. They argued about money and his smoking. No injuries.', agency: 'police', adult: true }).concerns).not.toContain('other');
    expect(extractEntry({ text: 'Mother rang: K is short of money for food by the middle of the month.', agency: 'asc', adult: true }).concerns).toContain('other');
  });
});
