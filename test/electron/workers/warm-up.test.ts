import { describe, expect, it } from 'vitest';

import { warmUpExtraction, warmUpImport } from '../../../electron/core/workers/warm-up.ts';

describe('worker warm-up', () => {
  it('reads its invented returns as real ones: every row and paragraph becomes an entry', async () => {
    // 400 CSV rows, 150 dated paragraphs that each tell two events ("… Two days later the family was contacted
    // again."), 200 Word table rows and 200 sheet rows per round; fewer would mean the warm-up exercised an error
    // path, not the importer.
    expect(await warmUpImport(1)).toBe(400 + 150 * 2 + 200 + 200);
  });

  it('gives way as soon as real work arrives', async () => {
    let calls = 0;
    // Four steps per round: asked before each; says stop from the second.
    expect(await warmUpImport(4, () => ++calls > 1)).toBe(400);
    expect(calls).toBe(2);
  });

  it('reads the invented entries for contacts, and gives way too', async () => {
    expect(await warmUpExtraction(120)).toBe(120);
    let calls = 0;
    expect(await warmUpExtraction(120, () => ++calls > 2)).toBe(100);
  });
});
