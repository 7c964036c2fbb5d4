/**
 * Damaged copies of the invented fixture files (each format's real layout) (cut short, bytes flipped) must end in a
 * RawDocument or an ImportError whose message names the file and carries no
 * library jargon; nothing may throw anything else or hang.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readChronologyBytes } from '../../../electron/core/readers/index.ts';
import { ImportError } from '../../../shared/errors.ts';
import { FIXTURES } from './fixtures.ts';

const FILES = ['child-t/csc.xlsx', 'child-t/health.docx', 'adult-v/housing-notes.docx', 'adult-v/overview.pdf', 'child-t/police.csv', 'child-t/cmht.xlsx'];
const JARGON = /exception|undefined|null|cannot read prop|invalid (cen|loc)|end of data|unexpected|zlib|inflate|xref|sax|stack|\bat \w+ \(/i;

function variants(bytes: Uint8Array): Array<[string, Uint8Array]> {
  const out: Array<[string, Uint8Array]> = [];
  for (const frac of [0.1, 0.5, 0.9, 0.99]) out.push([`cut at ${frac * 100}%`, bytes.subarray(0, Math.floor(bytes.length * frac))]);
  for (const frac of [0.05, 0.3, 0.6, 0.95]) {
    const b = new Uint8Array(bytes);
    const at = Math.floor(b.length * frac);
    for (let k = 0; k < 16 && at + k < b.length; k++) b[at + k] = b[at + k]! ^ 0x5a;
    out.push([`bytes flipped at ${frac * 100}%`, b]);
  }
  return out;
}

describe('damaged files', () => {
  for (const f of FILES) {
    it(f, async () => {
      const name = f.split('/')[1]!;
      const bytes = new Uint8Array(readFileSync(`${FIXTURES}/${f}`));
      for (const [how, b] of variants(bytes)) {
        try {
          const doc = await readChronologyBytes(b, name);
          expect(doc.fileName).toBe(name);
        } catch (e) {
          expect(e, `${name} ${how}`).toBeInstanceOf(ImportError);
          const err = e as ImportError;
          expect(err.message.startsWith(`${name}`), `${name} ${how}: ${err.message}`).toBe(true);
          expect(err.message, `${name} ${how}`).not.toMatch(JARGON);
        }
      }
    });
  }
});
