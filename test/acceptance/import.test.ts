/**
 * Issue 3's acceptance: every file of every acceptance case imports with the
 * entry refs, agencies, employers, date bounds and times of its gold.json,
 * asserted entry by entry, through the same pipeline the CLI uses.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import type { AnalysisJson } from '../../shared/analysis.ts';
import { collectFiles } from '../../electron/core/pipeline/collect-files.ts';
import { buildAnalysisJson } from '../../electron/core/pipeline/analysis-json.ts';
import { importFiles } from '../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../electron/core/store/index.ts';
import { acceptanceCases, caseDir, readGold, type Gold } from '../support/acceptance.ts';

const cases = acceptanceCases();

it('finds the acceptance cases beside the project', () => {
  expect(cases).toEqual(expect.arrayContaining(['adult-s', 'child-l']));
});

describe.each(cases)('acceptance case %s', (name) => {
  let gold: Gold;
  let analysis: AnalysisJson;
  let failures: string[];

  beforeAll(async () => {
    gold = readGold(name);
    const store = openCase(':memory:');
    const { files } = collectFiles([caseDir(name)]);
    const outcomes = await importFiles(store.db, files.map((f) => ({ path: f.path, fileName: f.fileName })));
    failures = outcomes.filter((o) => !o.ok).map((o) => (o.ok ? '' : o.error.message));
    analysis = buildAnalysisJson(store, null);
    store.close();
  });

  it('imports every file without an error', () => {
    expect(failures).toEqual([]);
    expect(analysis.sources.map((s) => s.fileName).sort()).toEqual(gold.files.map((f) => f.file).sort());
  });

  it('has exactly the gold entry refs', () => {
    expect(analysis.entries.map((e) => e.ref).sort()).toEqual(gold.entries.map((e) => e.ref).sort());
  });

  it.each(readGold(name).entries.map((e) => [e.ref, e] as const))('%s: agency, employer, date bounds and time match gold', (ref, want) => {
    const got = analysis.entries.find((e) => e.ref === ref);
    expect(got, `${ref} was not imported`).toBeDefined();
    expect({
      agency: got!.agency,
      employer: got!.employer ?? null,
      earliest: got!.date.earliest,
      latest: got!.date.latest,
      precision: got!.date.precision,
      uncertain: got!.date.uncertain,
      time: got!.time,
    }).toEqual({
      agency: want.agency,
      employer: want.employer ?? null,
      earliest: want.date.earliest,
      latest: want.date.latest,
      precision: want.date.precision,
      uncertain: want.date.uncertain,
      time: want.time,
    });
  });
});
