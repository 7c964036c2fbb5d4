/**
 * Finding agencies in text (shared/agencies/lexicon.ts over
 * resources/lexicon/agencies.json), on invented names: terms, case-sensitive
 * abbreviations, named-organisation patterns, and context.
 */
import { describe, expect, it } from 'vitest';

import { findAgencyMentions, resolveMention } from '../../../shared/agencies/index.ts';

const found = (text: string) => findAgencyMentions(text).map((m) => [m.text, m.agency]);

describe('agency mentions', () => {
  it('finds terms whatever their case, and short abbreviations only in capitals', () => {
    expect(found('Referred to the Community Mental Health Team.')).toEqual([['Community Mental Health Team', 'adult-mh']]);
    expect(found('HV rang.')).toEqual([['HV', 'health-visiting']]);
    expect(found('She said hv was fine.')).toEqual([]);
  });

  it('reads a named organisation by the kind of word that ends its name', () => {
    expect(found('Seen at Brackwater Medical Centre.').map(([, a]) => a)).toEqual(['gp']);
    expect(found('Food parcel from the Tollgate Foodbank.').map(([, a]) => a)).toEqual(['voluntary']);
    expect(found('Mentoring offered by the Ashgrove Foundation.')).toEqual([['Ashgrove Foundation', 'voluntary']]);
  });

  it('does not read an NHS trust as a charity', () => {
    expect(found('Carnwood Health Trust').map(([, a]) => a)).not.toContain('voluntary');
    expect(found('Letter on Carnwood Hospitals NHS Foundation Trust paper').map(([, a]) => a)).not.toContain('voluntary');
  });

  it('resolves a role word by the context around it', () => {
    const [sw] = findAgencyMentions('social worker visited');
    expect(resolveMention(sw!, 'social worker visited')).toBe('csc');
    expect(resolveMention(sw!, 'social worker visited under the Care Act')).toBe('asc');
    const [council] = findAgencyMentions('sent to council safeguarding');
    expect(resolveMention(council!, 'sent to council safeguarding about the s42 enquiry')).toBe('asc');
  });
});
