import { describe, expect, it } from 'vitest';
import { contactLexicon } from '../../../shared/extract/lexicon.ts';

// One rule for reported speech, read by contact extraction and by the gap facts alike.
describe('reported speech', () => {
  const re = contactLexicon().reportedSpeech;
  it.each(['Mum says', 'she said', 'He told the nurse', 'told us', 'according to the neighbour', 'she alleged', 'Dad claimed'])(
    'opens reported speech: %s',
    (lead) => expect(re.test(lead)).toBe(true),
  );
  it.each(['Told', 'Police were told', 'Mum rang', 'Telling'])('is not reported speech: %s', (lead) => {
    expect(re.test(lead)).toBe(false);
  });
});
