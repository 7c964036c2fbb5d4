/**
 * "Open the sample case": a fictional case shipped in resources/sample-case.
 * The renderer cannot know where the app's resources are, so it asks the
 * shell ('sample.locate' → the sample's folder and files). The case is a
 * new case file like any other, so the author asks where to keep it (the
 * save dialog suggests a name): decisions and corrections made while trying
 * Threadline are kept, and the shipped files are never changed.
 */
import type { ImportOutcome, Result } from '../shared/api.ts';
import { call } from './bridge.ts';

export const SAMPLE_TITLE = 'Sample case: Child B (fictional)';

/** null: the author cancelled the save dialog, and nothing changed. `importing` is told how many files, just before they are read. */
export async function openSampleCase(importing: (files: number) => void = () => undefined): Promise<Result<ImportOutcome[] | null>> {
  const where = await call('sample.locate', {});
  if (!where.ok) {
    return {
      ok: false,
      error: {
        kind: where.error.kind,
        message: `The sample case could not be found: ${where.error.message} You can still try Threadline: choose "New case…", then import the files in the sample-case folder that comes with it.`,
      },
    };
  }
  const path = await call('dialog.saveFile', { purpose: 'case', suggestedName: 'Sample case - Child B' });
  if (!path.ok) return path;
  if (path.value === null) return { ok: true, value: null };
  const created = await call('case.create', { path: path.value });
  if (!created.ok) return created;
  await call('case.setTitle', { title: SAMPLE_TITLE });
  importing(where.value.files.length);
  return call('import.run', { files: where.value.files.map((p) => ({ path: p })) });
}
