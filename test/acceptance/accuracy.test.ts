/**
 * CI's guard on the accuracy of the visible acceptance cases (issue 11: the
 * visible cases must stay at contacts F1 >= 0.95 and gap recall >= 0.90).
 * The same scoring as `npm run eval`, asserted. A score here says little
 * about generality (the rules were written on these cases); the corpus in
 * test/corpus/ is that measure, printed by `npm run eval`.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { acceptanceCases, caseDir, readGold } from '../support/acceptance.ts';
import { analyseFolder, negationExamples } from '../eval/analyse.ts';
import { scoreCase, type CaseScore } from '../eval/score.ts';

for (const name of acceptanceCases()) {
  describe(`accuracy on ${name}`, () => {
    let s: CaseScore;
    beforeAll(async () => {
      const gold = readGold(name);
      s = scoreCase(gold, await analyseFolder(caseDir(name)), negationExamples(caseDir(name), gold));
    });

    it('finds every entry, with its agency and date bounds', () => {
      expect(s.entriesFound).toBe(1);
      expect(s.agencyRight).toBeGreaterThanOrEqual(0.98);
      expect(s.datesExact).toBeGreaterThanOrEqual(0.98);
    });

    it('finds the contacts (F1 >= 0.95), and counts no negated one', () => {
      expect(s.contacts.f1).toBeGreaterThanOrEqual(0.95);
      expect(s.negationsCounted).toBe(0);
    });

    it('finds the gaps (recall >= 0.90 at precision >= 0.75) and raises no decoy', () => {
      expect(s.gaps.recall).toBeGreaterThanOrEqual(0.9);
      expect(s.gaps.precision).toBeGreaterThanOrEqual(0.75);
      expect(s.gaps.decoysFlagged).toBe(0);
    });
  });
}
