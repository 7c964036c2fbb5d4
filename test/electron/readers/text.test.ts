import { describe, expect, it } from 'vitest';
import { readChronologyBytes } from '../../../electron/core/readers/index.ts';
import { readPlainText } from '../../../electron/core/readers/text.ts';
import { importDocument } from '../../../shared/import/index.ts';
import type { RawDocument } from '../../../shared/import/raw.ts';
import { enc } from './fixtures.ts';

const read = (text: string, name = 'notes.txt'): Promise<RawDocument> => readChronologyBytes(enc(text), name);
const brief = (d: RawDocument): Array<[string, number | undefined, number | undefined, string]> => d.blocks.map((b) => [b.kind, b.line, b.lineEnd, b.text]);

describe('plain text', () => {
  it('paragraphs separated by blank lines, hard wraps joined, physical lines kept', async () => {
    const text = [
      'Northtown Housing',
      'Chronology - Ms K',
      '',
      '14th March 2023 - Ms K came to the office to ask about a place to stay. She said',
      'they had moved from Southborough.',
      '',
      '',
      'Early May 2023 - Offered temporary accommodation at Carlton House, which she',
      'accepted on the same day.',
    ].join('\r\n');
    const d = await read(text);
    expect(d.format).toBe('txt');
    expect(d.title).toBe('Northtown Housing — Chronology - Ms K');
    expect(brief(d)).toEqual([
      ['heading', 1, 1, 'Northtown Housing'],
      ['heading', 2, 2, 'Chronology - Ms K'],
      ['paragraph', 4, 5, '14th March 2023 - Ms K came to the office to ask about a place to stay. She said they had moved from Southborough.'],
      ['paragraph', 8, 9, 'Early May 2023 - Offered temporary accommodation at Carlton House, which she accepted on the same day.'],
    ]);
  });

  it('long dated lines with no blank lines between them are an entry each, not one wrapped paragraph', async () => {
    const long = 'Telephone contact with mother, who said the baby was feeding well and sleeping better at night.';
    const d = await read(['Baby T - health visiting record', '', `[03/04/2023] ${long}`, `[17/04/2023] ${long}`, `17/05/2023 - ${long} She asked about`, 'the clinic times.'].join('\n'));
    expect(brief(d).slice(1).map(([, line, end]) => [line, end])).toEqual([[3, 3], [4, 4], [5, 6]]);
  });

  it('a file with no blank lines is one block per line', async () => {
    const d = await read('01/02/2023 Home visit, no answer\n02/02/2023 Letter sent to Ms K about the missed visit and the next one\n03/02/2023 Call from GP\n');
    expect(d.title).toBeNull();
    expect(brief(d)).toEqual([
      ['paragraph', 1, 1, '01/02/2023 Home visit, no answer'],
      ['paragraph', 2, 2, '02/02/2023 Letter sent to Ms K about the missed visit and the next one'],
      ['paragraph', 3, 3, '03/02/2023 Call from GP'],
    ]);
  });

  it('short lines broken on purpose inside a paragraph are separate blocks; wrapped lines are not', async () => {
    const wrapped =
      'The health visitor tried to contact Ms K by phone twice during the week and left a\n' +
      'message each time asking her to call back about the new birth visit, but there was\n' +
      'no reply to either message.';
    const text = `Intro paragraph that explains how the log was compiled by the team manager.\n\n${wrapped}\n\n12/06 Call to GP.\n13/06 Letter sent.\n14/06 Visit, no access.\n`;
    const d = await read(text);
    expect(d.blocks.map((b) => b.text)).toEqual([
      'Intro paragraph that explains how the log was compiled by the team manager.',
      wrapped.replace(/\n/g, ' '),
      '12/06 Call to GP.',
      '13/06 Letter sent.',
      '14/06 Visit, no access.',
    ]);
  });

  it('bullets stripped, paragraph numbers split off as labels, ALL CAPS lines are headings', async () => {
    const d = await read('SECTION 5: NARRATIVE\n\n5.3 On 14 November the crew attended.\n\n5.4 The crew did not refer.\n\n- A bullet point about the visit.\n- Another bullet.\n');
    expect(d.blocks.map((b) => [b.kind, b.label ?? '', b.text])).toEqual([
      ['heading', '', 'SECTION 5: NARRATIVE'],
      ['paragraph', '5.3', 'On 14 November the crew attended.'],
      ['paragraph', '5.4', 'The crew did not refer.'],
      ['paragraph', '', 'A bullet point about the visit.'],
      ['paragraph', '', 'Another bullet.'],
    ]);
    expect(d.title).toBe('SECTION 5: NARRATIVE');
  });

  it('a title line that reads like a sentence is not a title', async () => {
    const d = await read('This is the log I kept.\n\nSecond paragraph.\n');
    expect(d.title).toBeNull();
    expect(d.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

describe('markdown', () => {
  it('headings, bullets, bold lead-ins, links, tables, code', async () => {
    const md = [
      '# Police chronology',
      '',
      'Prepared by the **PPU** for the [review](https://example.invalid).',
      '',
      '## Entries',
      '',
      '**3rd October 2022:** Call-out to the flat. Both adults',
      'had been drinking.',
      '',
      '- **14/03/2023** – Strategy discussion.',
      '- Another item',
      '1. Numbered item',
      '',
      '| Date | Event | Notes |',
      '|------|:-----:|-------|',
      '| 01/02/2023 | Visit | seen \\| spoken to |',
      '| 02/02/2023 | Call<br>no answer | |',
      '',
      'Summary',
      '=======',
      '',
      '```',
      'raw text',
      '```',
    ].join('\n');
    const d = await read(md, 'police.md');
    expect(d.format).toBe('md');
    expect(d.title).toBe('Police chronology');
    expect(d.blocks.map((b) => [b.kind, b.line, b.label ?? '', b.leadIn ?? '', b.text])).toEqual([
      ['heading', 1, '', '', 'Police chronology'],
      ['paragraph', 3, '', '', 'Prepared by the PPU for the review.'],
      ['heading', 5, '', '', 'Entries'],
      ['paragraph', 7, '', '3rd October 2022:', '3rd October 2022: Call-out to the flat. Both adults had been drinking.'],
      ['paragraph', 10, '', '14/03/2023 –', '14/03/2023 – Strategy discussion.'],
      ['paragraph', 11, '', '', 'Another item'],
      ['paragraph', 12, '1', '', 'Numbered item'],
      ['heading', 19, '', '', 'Summary'],
      ['paragraph', 22, '', '', 'raw text'],
    ]);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.name).toBe('Table 1');
    expect(d.tables[0]!.rows.map((r) => [r.index, r.cells.map((c) => c.text)])).toEqual([
      [14, ['Date', 'Event', 'Notes']],
      [16, ['01/02/2023', 'Visit', 'seen | spoken to']],
      [17, ['02/02/2023', 'Call\nno answer']],
    ]);
  });
});

describe('rules and underlines', () => {
  it('keeps a dated line under a rule its own block, and underlines only the line right above a rule', () => {
    const text = [
      'SECTION A – the duty team’s notes',
      '----------------------------------------------------------------------------------',
      '28/04/2023  Call from a neighbour about a man at the flat; advice given and logged.',
      '02/05  Letter to the tenant about rent arrears.',
      '',
      '05/07/23 11:15  Still no reply from the duty team; closed on our log.',
      '',
      '==================================================================================',
    ].join('\n');
    const { blocks } = readPlainText(text);
    expect(blocks.map((b) => [b.kind, b.text.slice(0, 16)])).toEqual([
      ['heading', 'SECTION A – the '],
      ['paragraph', '28/04/2023 Call '],
      ['paragraph', '02/05 Letter to '],
      ['paragraph', '05/07/23 11:15 S'],
    ]);
  });
});

describe('a rule with a year in it (invented)', () => {
  it('is a heading of its own, never joined to the dated line after it, and dates the lines under it', async () => {
    const text = [
      'KELLWOOD SURGERY – journal extract',
      '',
      '---------- 2023 ----------',
      '12/10 - Consultation - PN1 - Annual review.',
      '09/11 - Repeat Rx - Dr G1 - Repeat issued.',
      '---------- 2024 ----------',
      '08/01 - Pharmacy - RC2 - Prescription not collected.',
    ].join('\n');
    const r = readPlainText(text);
    expect(r.blocks.map((b) => [b.kind, b.text.slice(0, 14)])).toEqual([
      ['heading', 'KELLWOOD SURGE'],
      ['heading', '2023'],
      ['paragraph', '12/10 - Consul'],
      ['paragraph', '09/11 - Repeat'],
      ['heading', '2024'],
      ['paragraph', '08/01 - Pharma'],
    ]);
    const doc = await readChronologyBytes(enc(text), 'gp-journal.txt');
    expect(importDocument(doc).entries.map((e) => e.date.earliest)).toEqual(['2023-10-12', '2023-11-09', '2024-01-08']);
  });
});

describe('Markdown sections over tables', () => {
  it('give each table the agency of the heading above it; a joint heading leaves each row to say which it is, and a "Source" column is where the news came from', async () => {
    const md = [
      '# Council chronology – Child T',
      '',
      '## MARU',
      '',
      '| Date | Source | Summary | Decision |',
      '|---|---|---|---|',
      '| 03/11/2022 | School – DSL | Self-harm marks seen in PE. | Level 2: advice to school. |',
      '',
      "## Children's Social Care",
      '',
      '| Date | Source | Summary | Decision |',
      '|---|---|---|---|',
      '| 24/03/2023 | SW1 | Home visit, T seen alone. | Assessment continues. |',
      '',
      '## CAMHS / Community Paediatrics',
      '',
      '| Date | Clinician | Contact | Outcome |',
      '|---|---|---|---|',
      '| 05/06/2023 | Dr 4 (Community Paediatrician) | Outpatient appointment. | Was not brought. |',
      '| 12/06/2023 | CAMHS practitioner | Choice appointment. | Seen with dad. |',
    ].join('\n');
    const r = importDocument(await read(md, 'council.md'));
    expect(r.entries.map((e) => e.agency)).toEqual(['mash', 'csc', 'paediatrics', 'camhs']);
  });
});
