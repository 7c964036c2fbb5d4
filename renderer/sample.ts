/**
 * "Open the sample case": a fictional case shipped in resources/sample-case.
 * The renderer cannot know where the app's resources are, so it asks the
 * shell through a proposed channel, 'sample.locate' → { files: string[],
 * casePath: string } (the sample's files, and a fresh path for the new case,
 * e.g. in the user's temp folder). Until it exists the button says so calmly.
 */
import { z } from 'zod';

import type { ImportOutcome, Result } from '../shared/api.ts';
import { call, callUnlisted } from './bridge.ts';

const located = z.object({ files: z.array(z.string().min(1)).min(1), casePath: z.string().min(1) });

export async function openSampleCase(): Promise<Result<ImportOutcome[]>> {
  const where = await callUnlisted('sample.locate', {});
  const parsed = where.ok ? located.safeParse(where.value) : null;
  if (!parsed?.success) {
    return {
      ok: false,
      error: {
        kind: 'not-yet',
        message: 'The sample case is not available in this version yet. You can still try Threadline: choose "New case…", then import the files in the sample-case folder that comes with it.',
      },
    };
  }
  const created = await call('case.create', { path: parsed.data.casePath });
  if (!created.ok) return created;
  await call('case.setTitle', { title: 'Sample case: Child B (fictional)' });
  return call('import.run', { files: parsed.data.files.map((path) => ({ path })) });
}
