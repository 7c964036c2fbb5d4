/**
 * The acceptance floor: every entry date in the hand-written gold files,
 * read in file order with resolveDateSequence, must give exactly the gold
 * bounds, precision and uncertainty. The gold files are read where they
 * live; they are never copied into the project.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../../shared/model.ts';
import { resolveDateSequence } from '../../../shared/dates/index.ts';

import { ACCEPTANCE_DIR as ACCEPTANCE } from '../../support/acceptance.ts';

interface GoldEntry {
  ref: string;
  date: FuzzyDate;
}

/** Gold entries grouped by file (the part of ref before '#'), each file in ordinal order. */
function entriesByFile(caseName: string): Map<string, GoldEntry[]> {
  const gold = JSON.parse(readFileSync(`${ACCEPTANCE}/${caseName}/gold.json`, 'utf8')) as { entries: GoldEntry[] };
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

for (const caseName of ['child-l', 'adult-s']) {
  describe(`gold dates: ${caseName}`, () => {
    for (const [file, entries] of entriesByFile(caseName)) {
      it(`${file}: every date matches the gold reading`, () => {
        const resolved = resolveDateSequence(entries.map((e) => e.date.raw));
        const got = resolved.map((d, k) => ({
          ref: entries[k]?.ref,
          earliest: d?.earliest,
          latest: d?.latest,
          precision: d?.precision,
          uncertain: d?.uncertain,
        }));
        const want = entries.map((e) => ({
          ref: e.ref,
          earliest: e.date.earliest,
          latest: e.date.latest,
          precision: e.date.precision,
          uncertain: e.date.uncertain,
        }));
        expect(got).toEqual(want);
      });
    }
  });
}
