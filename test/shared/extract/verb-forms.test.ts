/**
 * resources/lexicon/verb-forms.json is generated from the verbs in
 * contacts.json by compromise (npm run lexicon:verbs). It must say what
 * compromise says today, for every verb there, or extraction would miss
 * "rang" for "ring".
 */
import { describe, expect, it } from 'vitest';

import contacts from '../../../resources/lexicon/contacts.json' with { type: 'json' };
import verbForms from '../../../resources/lexicon/verb-forms.json' with { type: 'json' };
import { compromiseVersion, verbFormsFile } from '../../../shared/extract/conjugate.ts';

describe('verb-forms.json', () => {
  it('holds every form compromise gives for every verb in contacts.json (run `npm run lexicon:verbs` if not)', () => {
    expect(verbForms.forms).toEqual(verbFormsFile(contacts.verbs.map((v) => v.lemma)).forms);
    expect(verbForms.compromise).toBe(compromiseVersion);
  });

  it('has the irregular forms the rules rely on', () => {
    const forms = verbForms.forms as Record<string, string[]>;
    expect(forms.ring).toEqual(expect.arrayContaining(['rang', 'rung', 'ringing']));
    expect(forms.tell).toEqual(expect.arrayContaining(['told']));
    expect(forms.send).toEqual(expect.arrayContaining(['sent']));
  });
});
