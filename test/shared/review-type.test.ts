/** Which kind of review a case is, from its titles and words (invented titles). */
import { describe, expect, it } from 'vitest';

import { detectReviewType } from '../../shared/review-type.ts';

describe('review type', () => {
  it('reads the kind a title names, titles weighing more than the words of the entries', () => {
    expect(detectReviewType(['Ashgrove SAB - Safeguarding Adults Review: Mr T'], [])).toBe('sar');
    expect(detectReviewType(['Chronology for the Child Safeguarding Practice Review (Child Q)'], ['SAR mentioned once'])).toBe('cspr');
    expect(detectReviewType(['DHR "Ann" - police return'], [])).toBe('dhr');
  });

  it('names no kind when nothing says', () => {
    expect(detectReviewType(['Police chronology'], ['Officers attended.'])).toBeNull();
  });
});
