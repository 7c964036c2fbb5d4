/**
 * The date floor of a gold file: every entry date, read in file order with
 * resolveDateSequence, gives exactly the gold bounds, precision and
 * uncertainty. npm test runs it on the project's invented fixtures; the
 * acceptance command on the acceptance cases.
 */
import { describe, expect, it } from 'vitest';

import { resolveDateSequence } from '../../shared/dates/index.ts';
import type { Gold, GoldEntry } from './gold.ts';

/** Gold entries grouped by file (the part of ref before '#'), each file in ordinal order. */
function entriesByFile(gold: Gold): Map<string, GoldEntry[]> {
  const files = new Map<string, GoldEntry[]>();
  for (const entry of gold.entries) {
    const [file = ''] = entry.ref.split('#');
    const list = files.get(file) ?? [];
    list.push(entry);
    files.set(file, list);
  }
  const ordinal = (e: GoldEntry): number => Number(e.ref.split('#')[1]);
  for (const list of files.values()) list.sort((a, b) => ordinal(a) - ordinal(b));
  return files;
}

export function describeGoldDates(gold: Gold): void {
  describe(`gold dates: ${gold.case}`, () => {
    for (const [file, entries] of entriesByFile(gold)) {
      it(`${file}: every date matches the gold reading`, () => {
        const resolved = resolveDateSequence(entries.map((e) => e.date.raw));
        const got = resolved.map((d, k) => ({ ref: entries[k]?.ref, earliest: d?.earliest, latest: d?.latest, precision: d?.precision, uncertain: d?.uncertain }));
        const want = entries.map((e) => ({ ref: e.ref, earliest: e.date.earliest, latest: e.date.latest, precision: e.date.precision, uncertain: e.date.uncertain }));
        expect(got).toEqual(want);
      });
    }
  });
}
