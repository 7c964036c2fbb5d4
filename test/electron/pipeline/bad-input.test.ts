/**
 * Issue 3 §7: every kind of bad file gets a clear error naming the file (and
 * the row where there is one), the case keeps everything imported before it,
 * and nothing crashes or hangs. Through the pipeline and the command line, as
 * a user meets them.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../../../electron/core/cli/main.ts';
import { importFiles } from '../../../electron/core/pipeline/import-files.ts';
import { openCase } from '../../../electron/core/store/index.ts';
import { FIXTURES_DIR } from '../../support/paths.ts';
import { buildCfb, makeTempDir } from '../readers/fixtures.ts';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const good = join(FIXTURES_DIR, 'child-t', 'police.csv');

function badFiles(): Array<{ name: string; path: string; code: string; row?: number; says: RegExp }> {
  const wide = `Date,${Array.from({ length: 10_000 }, (_, i) => `C${i}`).join(',')}\n01/02/2023,${'x,'.repeat(9_999)}x\n`;
  const big = tmp.file('huge.csv', '');
  truncateSync(big, 200 * 1024 * 1024);
  return [
    { name: 'corrupt.xlsx', path: tmp.file('corrupt.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])), code: 'corrupt', says: /damaged|incomplete/i },
    { name: 'protected.docx', path: tmp.file('protected.docx', buildCfb(['EncryptionInfo', 'EncryptedPackage'])), code: 'encrypted', says: /password/i },
    { name: 'empty.csv', path: tmp.file('empty.csv', ''), code: 'empty', says: /empty/i },
    { name: 'binary.csv', path: tmp.file('binary.csv', new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))), code: 'binary', says: /binary/i },
    { name: 'huge.csv', path: big, code: 'too-large', says: /MB/ },
    { name: 'wide.csv', path: tmp.file('wide.csv', wide), code: 'too-many-columns', row: 1, says: /columns/i },
    { name: 'no-dates.csv', path: tmp.file('no-dates.csv', 'Date,Details\nunknown,Home visit\nsee notes,Phone call\n'), code: 'no-dates', row: 2, says: /no dates/i },
    { name: 'legacy.doc', path: tmp.file('legacy.doc', buildCfb(['WordDocument', '1Table'])), code: 'legacy-format', says: /\.docx/ },
  ];
}

describe('bad input through the pipeline', () => {
  it('gives each bad file a clear error naming it and keeps what was imported before', async () => {
    const store = openCase(':memory:');
    const [first] = await importFiles(store.db, [{ path: good }]);
    expect(first).toMatchObject({ ok: true, entries: 10 });
    for (const bad of badFiles()) {
      const [outcome] = await importFiles(store.db, [{ path: bad.path }]);
      expect(outcome, bad.name).toMatchObject({ ok: false, file: bad.name, error: { code: bad.code } });
      if (outcome && !outcome.ok) {
        expect(outcome.error.message, bad.name).toContain(bad.name);
        expect(outcome.error.message, bad.name).toMatch(bad.says);
        if (bad.row !== undefined) expect(outcome.error.row, bad.name).toBe(bad.row);
      }
      expect(store.countEntries(), `entries lost after ${bad.name}`).toBe(10);
    }
    store.close();
  });

  it('reads a Windows-1252 file (not UTF-8) and says how it was read', async () => {
    const path = tmp.file('cp1252.csv', iconv.encode('Date,Details\n01/02/2023,Tel call to HV \u2013 \u00a350 food voucher discussed\n', 'win1252'));
    const store = openCase(':memory:');
    const [o] = await importFiles(store.db, [{ path }]);
    expect(o).toMatchObject({ ok: true, entries: 1 });
    expect(store.getEntries()[0]!.text).toContain('\u2013 \u00a350');
    expect(o!.ok && o!.issues.map((i) => i.message).join(' ')).toMatch(/Windows-1252/);
    store.close();
  });
});

describe('bad input through the command line', () => {
  it('writes the JSON for the good files, names each bad one on stderr, and exits 2', async () => {
    const out = join(tmp.dir, 'out.json');
    const err: string[] = [];
    const code = await runCli(['analyse', good, ...badFiles().map((b) => b.path), '--json', out, '--quiet'], { stdout: () => {}, stderr: (s) => err.push(s), isTTY: false });
    expect(code).toBe(2);
    const stderr = err.join('');
    for (const b of badFiles()) expect(stderr).toContain(b.name);
    const json = JSON.parse((await import('node:fs')).readFileSync(out, 'utf8')) as { entries: unknown[] };
    expect(json.entries).toHaveLength(10);
  });

  it('offers --verbose for the case file\'s slow-query reports, which otherwise stay out of the user\'s terminal', async () => {
    const out: string[] = [];
    expect(await runCli(['--help'], { stdout: (s) => out.push(s), stderr: () => {}, isTTY: false })).toBe(0);
    expect(out.join('')).toMatch(/--verbose +also report the case file's slow queries/);
    const err: string[] = [];
    expect(await runCli(['analyse', good, '--json', join(tmp.dir, 'v.json'), '--verbose', '--quiet'], { stdout: () => {}, stderr: (s) => err.push(s), isTTY: false })).toBe(0);
    expect(err.filter((l) => !l.startsWith('slow '))).toEqual([]);
  });

  it('exits 1 with a message when nothing could be imported', async () => {
    const err: string[] = [];
    const empty = join(tmp.dir, 'only-empty.csv');
    writeFileSync(empty, '');
    const code = await runCli(['analyse', empty, '--json', join(tmp.dir, 'x.json')], { stdout: () => {}, stderr: (s) => err.push(s), isTTY: false });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/only-empty\.csv/);
  });

  it('explains a missing input and bad options', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (s: string) => err.push(s), isTTY: false };
    expect(await runCli(['analyse', join(tmp.dir, 'nope')], io)).toBe(1);
    expect(await runCli(['analyse', good, '--agency', 'police.csv=polis'], io)).toBe(1);
    expect(await runCli(['frobnicate'], io)).toBe(1);
    expect(err.join('')).toMatch(/no such file or folder[\s\S]*known agency id[\s\S]*unknown command/);
  });
});
