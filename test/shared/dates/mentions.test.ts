import { describe, expect, it } from 'vitest';
import { findDateMentions, hasAbsoluteDateMention } from '../../../shared/dates/index.ts';

const raws = (text: string) => findDateMentions(text).map((m) => m.raw);

describe('findDateMentions: positives', () => {
  const text =
    '4.2 On 3 March 2021 the health visitor saw Baby P at home. Two days later the GP reviewed him. ' +
    'The following morning mother rang 111. On 9 April she missed clinic, and a letter was sent on 13/04. ' +
    'In May 2021 the family moved. A week later the new school called. Later that day police attended. ' +
    'Between 10 and 12 June 2021 P stayed with his aunt; in late June he returned. On Friday 2 July 2021 the case closed.';

  it('finds absolute and relative dates in order, with offsets into the text', () => {
    const mentions = findDateMentions(text);
    expect(mentions.map((m) => [m.raw, m.kind])).toEqual([
      ['3 March 2021', 'absolute'],
      ['Two days later', 'relative'],
      ['The following morning', 'relative'],
      ['9 April', 'absolute'],
      ['13/04', 'absolute'],
      ['May 2021', 'absolute'],
      ['A week later', 'relative'],
      ['Later that day', 'relative'],
      ['Between 10 and 12 June 2021', 'absolute'],
      ['late June', 'absolute'],
      ['Friday 2 July 2021', 'absolute'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });

  it('resolves each mention against the ones before it', () => {
    const dates = findDateMentions(text).map((m) => m.date?.earliest);
    expect(dates).toEqual(['2021-03-03', '2021-03-05', '2021-03-06', '2021-04-09', '2021-04-13', '2021-05-01', '2021-05-08', '2021-05-08', '2021-06-10', '2021-06-21', '2021-07-02']);
  });

  it('reads a year-less date as the nearest year, since prose looks back as well as forward', () => {
    const [, back] = findDateMentions('On 4 October 2023 I chased my referral of 20th September.');
    expect(back?.date?.earliest).toBe('2023-09-20');
    expect(back?.date?.flags).toEqual(['year-inferred']);
  });

  it('uses ctx.previous for a relative date at the start of the text', () => {
    const previous = { raw: '31 October 2023', earliest: '2023-10-31', latest: '2023-10-31', precision: 'day' as const, uncertain: false };
    expect(findDateMentions('The next day she was admitted.', { previous })[0]?.date?.earliest).toBe('2023-11-01');
  });

  it('finds US prose order, ISO and numeric dates, years after a preposition, seasons and ranges', () => {
    expect(raws('The press reported on January 27, 2020 that he died; the log says 2020-01-26.')).toEqual(['January 27, 2020', '2020-01-26']);
    expect(raws('During 2019 and again in 2020-2021 she was known to services.')).toEqual(['2019', '2020-2021']);
    const seasonal = findDateMentions('From March to May 2012 and over the summer of 2013 (approximately).');
    expect(seasonal.map((m) => [m.raw, m.date?.earliest, m.date?.latest, m.date?.uncertain])).toEqual([
      ['From March to May 2012', '2012-03-01', '2012-05-31', false],
      ['the summer of 2013 (approximately)', '2013-06-01', '2013-08-31', true],
    ]);
    expect(raws('Seen on 14.03.2023 and 15/03/2023, then c. 2019 mentioned.')).toEqual(['14.03.2023', '15/03/2023', 'c. 2019']);
    expect(raws('She was seen two weeks later, and again three months on.')).toEqual(['two weeks later', 'three months on']);
  });
});

describe('findDateMentions: numbers that are not dates', () => {
  const negatives = [
    'Her PHQ-9 17 at assessment fell to a PHQ-9 score of 19 later.',
    'The baby weighed 3.1 kg at birth.',
    'She was 38+2 weeks pregnant, having booked at 24+6 weeks.',
    'Police attended at 23:40 and left at 0105hrs.',
    'See paragraph 5.3 and section 5.3.12 of the report.',
    'Child L (2) was asleep; his sister (4 weeks) was in a basket.',
    'She owed £50 in rent and £1,200 in arrears.',
    'A 3cm laceration was dressed.',
    'The call was graded Cat 3 and the GAD-7 was 12/21, three of 3/4 visits.',
    'There were 2000 calls and 2023 referrals in the year.',
    'I may ask whether she will march on; we may see.',
    'Three months on a waiting list; two days of absence.',
    'She scored 10 - 12 on the scale.',
  ];
  it.each(negatives)('%s', (text) => expect(raws(text)).toEqual([]));

  it('finds the dates among the negatives', () => {
    expect(raws('At 23:40 on 14 November 2022 her PHQ-9 score of 19 was noted (2); £50 spent.')).toEqual(['14 November 2022']);
  });
});

describe('hasAbsoluteDateMention', () => {
  // The quick question layout detection asks must answer as the full search would.
  const texts = [
    'Two days later the health visitor rang; the next day she visited.',
    'The next day a strategy discussion was held on 4 May 2021.',
    'PHQ-9 score 17; weight 3.2 kg at 34 weeks; 2000 calls a year.',
    'Seen at 10:15; referral made. Paragraph 5.3.1 refers.',
    'In 2019 the family moved; during spring 2020 school raised concerns.',
    'Since the 14/03 incident, nothing further was recorded.',
    'Four days later, on Monday, the GP wrote to the school.',
    '',
    '£50 was paid on the 3rd; case closed in late June.',
  ];
  it.each(texts)('%s', (text) => {
    expect(hasAbsoluteDateMention(text)).toBe(findDateMentions(text).some((m) => m.kind === 'absolute'));
  });
  it('says yes and no where the answer is plain', () => {
    expect(hasAbsoluteDateMention('The next day a strategy discussion was held on 4 May 2021.')).toBe(true);
    expect(hasAbsoluteDateMention('Two days later the health visitor rang.')).toBe(false);
  });
});

describe('findDateMentions: a month or season with no year in prose', () => {
  const previous = { raw: '14 December 2022', earliest: '2022-12-14', latest: '2022-12-14', precision: 'day' as const, uncertain: false };
  it('reads one after a word that makes it a time, taking the year from the date before', () => {
    const got = (text: string) => findDateMentions(text, { previous }).map((m) => [m.raw, m.date?.earliest, m.date?.latest]);
    expect(got('In January she rang me.')).toEqual([['January', '2023-01-01', '2023-01-31']]);
    expect(got('Then one night in June she phoned from the hospital.')).toEqual([['June', '2023-06-01', '2023-06-30']]);
    expect(got('In the spring I saw a mark on his cheek.')).toEqual([['the spring', '2023-03-01', '2023-05-31']]);
  });
  it('not a name, a verb, a thing, or a span of time', () => {
    expect(raws('May said she would March on the council. The spring was broken.')).toEqual([]);
    expect(raws('He lived alone in a cold flat through the winter.')).toEqual([]);
  });
});
