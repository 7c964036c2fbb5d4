import { describe, expect, it } from 'vitest';

import { plural } from '../../../shared/text/plural.ts';

describe('plural', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(0, 'finding', 'findings')).toBe('0 findings');
    expect(plural(1.5, 'day', 'days')).toBe('1.5 days');
    expect(plural(-1, 'day', 'days')).toBe('-1 days');
  });

  it('takes both forms, so plurals that are not "+s" read right', () => {
    expect(plural(3, 'agency', 'agencies')).toBe('3 agencies');
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(4, 'foreign key', 'foreign keys')).toBe('4 foreign keys');
  });

  it('writes the count in UK digits', () => {
    expect(plural(1250, 'entry', 'entries')).toBe('1,250 entries');
    expect(plural(20_000, 'entry', 'entries')).toBe('20,000 entries');
  });
});
