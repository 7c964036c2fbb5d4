/**
 * The `threadline` command line. Today: `threadline analyse`, which imports
 * agency returns into a case (a temporary one, or a named .threadline file)
 * and writes the analysis JSON. Progress goes to stderr; the exit code says
 * whether everything was read (0), nothing could be done (1), or some files
 * could not be imported though the rest were (2).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { isAgencyId } from '../../../shared/agencies/index.ts';
import type { ImportRequest } from '../../../shared/api.ts';
import type { AgencyId } from '../../../shared/model.ts';
import { plural } from '../../../shared/text/plural.ts';
import { collectFiles, type CollectedFile } from '../pipeline/collect-files.ts';
import { analyseCase } from '../pipeline/analysis-json.ts';
import { importFiles, type ImportOutcome } from '../pipeline/import-files.ts';
import { openCase, type CaseStore } from '../store/index.ts';
import { appVersion } from '../version.ts';

const USAGE = `Threadline ${appVersion}: merge agency chronologies and find where information was not passed on.

Usage:
  threadline analyse <files or folders>... [--json out.json] [--case case.threadline]
                     [--agency FILE=AGENCY]... [--date-order dmy|mdy|auto] [--quiet] [--verbose]

  --json FILE        write the analysis JSON to FILE ("-" for standard output)
  --case FILE        import into this case file (created if missing) instead of a temporary case
  --agency F=ID      say which agency sent file F (e.g. --agency police.csv=police; "mixed" for a combined chronology)
  --date-order ORD   read numeric dates day-first (dmy, the UK default), month-first (mdy), or detect (auto)
  --quiet            no progress messages
  --verbose          also report the case file's slow queries (for developers)
  -h, --help         this help
  -v, --version      the version`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY === true,
};

/** What `threadline analyse` was asked to do, its arguments checked. */
interface AnalyseOptions {
  inputs: string[];
  dateOrder: 'dmy' | 'mdy' | 'auto';
  /** Which agency sent a file, by its name or path (--agency). */
  agencies: Map<string, AgencyId | 'mixed'>;
  json: string | undefined;
  casePath: string | undefined;
  quiet: boolean;
  verbose: boolean;
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      case: { type: 'string' },
      agency: { type: 'string', multiple: true },
      'date-order': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** Each --agency FILE=ID, checked; null, once it has said why, when one is not a known agency. */
function agencyOptions(specs: readonly string[], io: CliIO): Map<string, AgencyId | 'mixed'> | null {
  const agencies = new Map<string, AgencyId | 'mixed'>();
  for (const spec of specs) {
    const at = spec.lastIndexOf('=');
    const id = spec.slice(at + 1).trim();
    if (at <= 0 || (id !== 'mixed' && !isAgencyId(id))) {
      io.stderr(`threadline analyse: --agency wants FILE=AGENCY with a known agency id (e.g. police.csv=police), not "${spec}".\n`);
      return null;
    }
    agencies.set(spec.slice(0, at).trim(), id);
  }
  return agencies;
}

/** The analysis the arguments ask for, or the exit code when they ask for none (help, the version, a mistake). */
function readArguments(argv: string[], io: CliIO): AnalyseOptions | number {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (err) {
    io.stderr(`threadline: ${(err as Error).message}\n\n${USAGE}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${appVersion}\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (values.help || !command) {
    io.stdout(`${USAGE}\n`);
    return values.help ? 0 : 1;
  }
  if (command !== 'analyse' && command !== 'analyze') {
    io.stderr(`threadline: unknown command "${command}". Try "threadline analyse <folder> --json out.json".\n`);
    return 1;
  }
  if (inputs.length === 0) {
    io.stderr('threadline analyse: name at least one file or folder of chronologies.\n');
    return 1;
  }
  const dateOrder = values['date-order'] ?? 'auto';
  if (dateOrder !== 'dmy' && dateOrder !== 'mdy' && dateOrder !== 'auto') {
    io.stderr(`threadline analyse: --date-order must be dmy, mdy or auto (not "${dateOrder}").\n`);
    return 1;
  }
  const agencies = agencyOptions(values.agency ?? [], io);
  if (!agencies) return 1;
  return { inputs, dateOrder, agencies, json: values.json, casePath: values.case, quiet: values.quiet === true, verbose: values.verbose === true };
}

/** Say how each file went: its entries and issues, or why it could not be imported. Returns how many could not. */
function reportOutcomes(outcomes: readonly ImportOutcome[], io: CliIO, say: (s: string) => void): number {
  let failed = 0;
  for (const o of outcomes) {
    if (o.ok) {
      const how = `(${o.result.layout}, ${o.result.agency})${o.replaced ? ', replacing the earlier version' : ''}`;
      say(`${o.file}: ${plural(o.entries, 'entry', 'entries')} ${how}\n`);
      for (const issue of o.issues) say(`  ${issue.row !== undefined ? `row ${issue.row}: ` : ''}${issue.message}\n`);
    } else {
      failed++;
      io.stderr(`error: ${o.error.message}\n`);
    }
  }
  return failed;
}

/** Import the files into the case and write its analysis; resolves to the exit code. */
async function analyse(opts: AnalyseOptions, files: readonly CollectedFile[], store: CaseStore, io: CliIO, say: (s: string) => void): Promise<number> {
  const requests: ImportRequest[] = files.map((f) => {
    const agency = opts.agencies.get(f.fileName) ?? opts.agencies.get(f.path);
    return { path: f.path, fileName: f.fileName, dateOrder: opts.dateOrder, replace: opts.casePath !== undefined, ...(agency ? { agency } : {}) };
  });
  const started = Date.now();
  const outcomes = await importFiles(store.db, requests, {
    onProgress: (p) => {
      if (p.phase === 'reading') say(`${io.isTTY ? '\r\x1b[K' : ''}[${p.index + 1}/${p.total}] reading ${p.file}${io.isTTY ? '' : '\n'}`);
    },
  });
  if (io.isTTY) say('\r\x1b[K');
  const failed = reportOutcomes(outcomes, io, say);
  // A temporary case (no --case) is gone when the command ends: nothing to cache for a next run.
  const analysis = await analyseCase(store, { persist: opts.casePath !== undefined });
  const json = `${JSON.stringify(analysis, null, 2)}\n`;
  if (opts.json === '-') io.stdout(json);
  else if (opts.json) writeFileSync(opts.json, json);
  const ok = outcomes.length - failed;
  const read = `${plural(analysis.entries.length, 'entry', 'entries')} from ${plural(ok, 'file', 'files')}`;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const wrote = opts.json && opts.json !== '-' ? `; wrote ${opts.json}` : '';
  const notImported = failed ? `; ${plural(failed, 'file', 'files')} could not be imported` : '';
  say(`${read} in ${seconds} s${wrote}${notImported}.\n`);
  if (ok === 0) return 1;
  return failed > 0 ? 2 : 0;
}

/** Run the CLI with arguments (without "node script"); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const opts = readArguments(argv, io);
  if (typeof opts === 'number') return opts;
  const say = (s: string) => {
    if (!opts.quiet) io.stderr(s);
  };

  const { files, skipped, missing } = collectFiles(opts.inputs);
  for (const m of missing) io.stderr(`threadline analyse: ${m}: no such file or folder\n`);
  for (const s of skipped) say(`skipped ${s.path}: ${s.why}\n`);
  if (files.length === 0) {
    io.stderr('threadline analyse: no chronology files found to import.\n');
    return 1;
  }

  let store;
  try {
    // Slow-query reports are for developers: shown only when asked for.
    store = openCase(opts.casePath ?? ':memory:', { logger: opts.verbose ? (m) => io.stderr(`${m}\n`) : () => undefined });
  } catch (err) {
    io.stderr(`threadline analyse: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    return await analyse(opts, files, store, io, say);
  } catch (err) {
    io.stderr(`threadline analyse: ${(err as Error).message}\n`);
    return 1;
  } finally {
    store.close();
  }
}

// Run when executed directly (node electron/core/cli/main.ts …), not when imported by tests.
if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
