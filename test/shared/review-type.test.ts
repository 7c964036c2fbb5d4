/** Which kind of review a case is, from its titles and words (invented titles). */
import { describe, expect, it } from 'vitest';

import { detectReviewType } from '../../shared/review-type.ts';

describe('review type', () => {
  it('reads the kind a title names, titles weighing more than the words of the entries', () => {
    expect(detectReviewType(['Ashgrove SAB - Safeguarding Adults Review: Mr T'], [])).toBe('sar');
    expect(detectReviewType(['Chronology for the Child Safeguarding Practice Review (Child Q)'], ['SAR mentioned once'])).toBe('cspr');
    expect(detectReviewType(['DHR "Ann" - police return'], [])).toBe('dhr');
  });

  it('reads full names in any case, numbered Welsh reviews, and abbreviations only in capitals', () => {
    expect(detectReviewType(['Extract of clinical record for Domestic Homicide Review'], [])).toBe('dhr');
    expect(detectReviewType(['CPR 2023/04 – Child M – Draft'], ['CPR commenced by the crew'])).toBe('cspr');
    expect(detectReviewType(['Ambulance record'], ['CPR commenced, ROSC after 6 minutes'])).toBeNull();
    expect(detectReviewType(['Housing notes'], ['sar the tenant'])).toBeNull();
  });

  it('falls back on the anonymised subject a chronology is headed with', () => {
    expect(detectReviewType(['Children’s services export – Child N (ID 7730214)'], [])).toBe('cspr');
    expect(detectReviewType(['Police IMR – Adult D'], [])).toBe('sar');
    expect(detectReviewType(['Police IMR – Adult D', 'Domestic Homicide Review – GP extract'], [])).toBe('dhr');
  });

  it('names no kind when nothing says', () => {
    expect(detectReviewType(['Police chronology'], ['Officers attended.'])).toBeNull();
  });
});
