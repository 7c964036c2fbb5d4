import { describe, expect, it } from 'vitest';

import { warmUpImport } from '../../../electron/core/workers/warm-up.ts';

describe('worker warm-up', () => {
  it('reads its invented returns as real ones: every row and paragraph becomes an entry', async () => {
    // 400 CSV rows and 150 dated paragraphs per round; fewer would mean the warm-up exercised an error path, not the importer.
    expect(await warmUpImport(1)).toBe(550);
  });
});
