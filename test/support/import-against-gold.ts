/**
 * One case folder imported through the pipeline the command line uses, and
 * its entries compared with the gold entry by entry: refs, agency, employer,
 * date bounds, precision, uncertainty and time. Used by npm test on the
 * project's invented fixtures and by the acceptance command on the
 * acceptance cases.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import type { AnalysisJson } from '../../shared/analysis.ts';
import { collectFiles } from '../../electron/core/pipeline/collect-files.ts';
import { buildAnalysisJson } from '../../electron/core/pipeline/analysis-json.ts';
import { importFiles } from '../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../electron/core/store/index.ts';
import { readGold } from './gold.ts';

export function describeImportAgainstGold(dir: string): void {
  const gold = readGold(dir);
  describe(`case ${gold.case}: imported as its gold says`, () => {
    let analysis: AnalysisJson;
    let failures: string[];

    beforeAll(async () => {
      const store = openCase(':memory:');
      try {
        const { files } = collectFiles([dir]);
        const outcomes = await importFiles(store.db, files.map((f) => ({ path: f.path, fileName: f.fileName })));
        failures = outcomes.filter((o) => !o.ok).map((o) => (o.ok ? '' : o.error.message));
        analysis = buildAnalysisJson(store, null);
      } finally {
        store.close();
      }
    });

    it('imports every file without an error', () => {
      expect(failures).toEqual([]);
      expect(analysis.sources.map((s) => s.fileName).sort()).toEqual(gold.files.map((f) => f.file).sort());
    });

    it('has exactly the gold entry refs', () => {
      expect(analysis.entries.map((e) => e.ref).sort()).toEqual(gold.entries.map((e) => e.ref).sort());
    });

    it.each(gold.entries.map((e) => [e.ref, e] as const))('%s: agency, employer, date bounds and time match gold', (ref, want) => {
      const got = analysis.entries.find((e) => e.ref === ref);
      expect(got, `${ref} was not imported`).toBeDefined();
      const seen = { agency: got!.agency, employer: got!.employer ?? null, earliest: got!.date.earliest, latest: got!.date.latest, precision: got!.date.precision, uncertain: got!.date.uncertain, time: got!.time };
      const wanted = { agency: want.agency, employer: want.employer ?? null, earliest: want.date.earliest, latest: want.date.latest, precision: want.date.precision, uncertain: want.date.uncertain, time: want.time };
      expect(seen).toEqual(wanted);
    });
  });
}
