import { describe, expect, it } from 'vitest';

import { CONCERN_LABELS, CONCERN_ORDER } from '../../shared/concerns.ts';
import { CONTACT_TYPE_LABELS, DIRECTION_LABELS, GAP_TITLES } from '../../shared/views/labels.ts';
import {
  CONCERNS,
  CONTACT_DIRECTIONS,
  CONTACT_TYPES,
  GAP_CODES,
  concernSchema,
  contactTypeSchema,
  gapCodeSchema,
} from '../../shared/vocabulary.ts';

const sorted = (values: readonly string[]): string[] => [...values].sort();

describe('the shared vocabularies', () => {
  it('order every concern for the views, each once', () => {
    expect(sorted(CONCERN_ORDER)).toEqual(sorted(CONCERNS));
    expect(new Set(CONCERN_ORDER).size).toBe(CONCERN_ORDER.length);
  });

  it('have a label for every value and none for a value not in the list', () => {
    expect(sorted(Object.keys(CONCERN_LABELS))).toEqual(sorted(CONCERNS));
    expect(sorted(Object.keys(CONTACT_TYPE_LABELS))).toEqual(sorted(CONTACT_TYPES));
    expect(sorted(Object.keys(DIRECTION_LABELS))).toEqual(sorted(CONTACT_DIRECTIONS));
    expect(sorted(Object.keys(GAP_TITLES))).toEqual(sorted(GAP_CODES));
  });

  it('give schemas that take exactly the listed values', () => {
    for (const c of CONCERNS) expect(concernSchema.parse(c)).toBe(c);
    for (const t of CONTACT_TYPES) expect(contactTypeSchema.parse(t)).toBe(t);
    expect(gapCodeSchema.safeParse('G11').success).toBe(false);
    expect(contactTypeSchema.safeParse('Phone call').success).toBe(false);
  });
});
