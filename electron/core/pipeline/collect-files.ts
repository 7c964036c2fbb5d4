/**
 * Turning the paths a user gives (files and folders) into the files to
 * import. Folders are searched recursively for chronology formats; files a
 * folder of returns often also holds (a README, the review's gold answers,
 * images, a case file) are skipped and said so. A file named explicitly is
 * always attempted, so its error is reported rather than silently ignored.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

/** Extensions worth trying: the formats we read, and the ones we can explain (.doc, .xls, .rtf, .odt). */
const CANDIDATE_EXTENSIONS = new Set(['.csv', '.tsv', '.tab', '.txt', '.md', '.markdown', '.xlsx', '.xlsm', '.docx', '.docm', '.pdf', '.doc', '.xls', '.rtf', '.odt', '.ods', '.html', '.htm']);

/** Names that are about the folder, not chronologies. */
const NOT_A_CHRONOLOGY = /^(readme|license|licence|changelog|notes?-to-self)(\..*)?$/i;

export interface CollectedFile {
  path: string;
  /** Unique within the run: the file name, or folder/name where two share a name. */
  fileName: string;
}

export interface CollectResult {
  files: CollectedFile[];
  skipped: Array<{ path: string; why: string }>;
  missing: string[];
}

function walk(dir: string, out: string[], skipped: CollectResult['skipped']): void {
  const names = readdirSync(dir).sort((a, b) => a.localeCompare(b));
  for (const name of names) {
    const full = join(dir, name);
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const st = statSync(full);
    if (st.isDirectory()) {
      walk(full, out, skipped);
      continue;
    }
    const ext = extname(name).toLowerCase();
    if (!CANDIDATE_EXTENSIONS.has(ext)) {
      skipped.push({ path: full, why: 'not a chronology format' });
    } else if (NOT_A_CHRONOLOGY.test(name)) {
      skipped.push({ path: full, why: 'a README, not a chronology' });
    } else {
      out.push(full);
    }
  }
}

/** Expand files and folders into files to import, in a stable order. */
export function collectFiles(inputs: readonly string[]): CollectResult {
  const paths: string[] = [];
  const skipped: CollectResult['skipped'] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const full = resolve(input);
    let st;
    try {
      st = statSync(full);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) walk(full, paths, skipped);
    else paths.push(full);
  }
  const unique = [...new Set(paths)];
  const counts = new Map<string, number>();
  for (const p of unique) counts.set(basename(p), (counts.get(basename(p)) ?? 0) + 1);
  const files = unique.map((path) => {
    const name = basename(path);
    return { path, fileName: (counts.get(name) ?? 0) > 1 ? `${basename(dirname(path))}/${name}` : name };
  });
  return { files, skipped, missing };
}
