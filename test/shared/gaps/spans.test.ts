/**
 * A contact's words are found where extraction found them, not at their first
 * occurrence: the same words may stand in an entry twice (issue 12).
 */
import { describe, expect, it } from 'vitest';

import { caseFacts } from '../../../shared/gaps/facts.ts';
import { gapRules } from '../../../shared/gaps/index.ts';
import { entries } from './support.ts';

const text = 'Mum said the social worker had phoned. Later: phoned the social worker, no answer.';

describe('a contact span', () => {
  it('carries its offsets from extraction', () => {
    const [entry] = entries([['hv.docx#1', 'health-visiting', '2024-03-20', text]]);
    for (const c of [...entry!.contacts, ...(entry!.negatedContacts ?? [])]) {
      expect(c.at).toBeDefined();
      expect(text.slice(c.at!.start, c.at!.end)).toBe(c.span);
    }
  });

  it('is found at its own offsets, not where its words first occur', () => {
    const [entry] = entries([['hv.docx#1', 'health-visiting', '2024-03-20', text]]);
    const second = text.lastIndexOf('the social worker');
    const contact = { with: 'csc', direction: 'out' as const, type: 'phone-call' as const, span: 'the social worker', at: { start: second, end: second + 17 } };
    const fact = caseFacts([{ ...entry!, contacts: [contact] }], gapRules()).facts[0]!;
    expect(fact.spanHit(contact)).toEqual({ start: second, end: second + 17, text: 'the social worker' });
    // Without offsets (an analysis written before they were kept), the words' first occurrence.
    const { at: _at, ...wordsOnly } = contact;
    expect(fact.spanHit(wordsOnly)?.start).toBe(text.indexOf('the social worker'));
  });
});
