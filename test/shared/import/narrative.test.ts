/**
 * Dated paragraphs whose lines were broken by hard returns (a text file
 * pasted into Word: one paragraph per line) read as the sentences they are.
 * The text is invented.
 */
import { describe, expect, it } from 'vitest';

import { importDocument } from '../../../shared/import/index.ts';
import type { RawBlock, RawDocument } from '../../../shared/import/raw.ts';

function doc(lines: string[]): RawDocument {
  const blocks: RawBlock[] = lines.map((text, i) => ({ kind: 'paragraph', text, index: i + 1 }));
  return { fileName: 'family-centre.docx', format: 'docx', title: 'Family centre chronology', tables: [], blocks, warnings: [] };
}

describe('hard-wrapped narrative paragraphs', () => {
  it('joins a paragraph cut mid-sentence to the one before, and keeps real paragraphs apart', () => {
    const result = importDocument(
      doc([
        '3 May 2023 - Mother came in to ask about a place for the baby. She said they had',
        'just moved into the area and were staying with her sister. We talked to',
        'Ms P about the stay-and-play group and rang the health visitor at',
        '11am to let her know.',
        'Outcome: place offered.',
        '9 May 2023 - Did not attend the group.',
      ]),
      { agency: 'early-help' },
    );
    expect(result.entries.map((e) => e.text)).toEqual([
      'Mother came in to ask about a place for the baby. She said they had just moved into the area and were staying with her sister. We talked to Ms P about the stay-and-play group and rang the health visitor at 11am to let her know. | Outcome: place offered.',
      'Did not attend the group.',
    ]);
  });
});
