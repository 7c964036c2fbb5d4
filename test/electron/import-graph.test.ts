/**
 * No import cycles among the sources, counting `import type` too. Lint's
 * import-x/no-cycle follows value imports only, and the one cycle the
 * codebase had (pipeline/import-files ↔ workers/protocol ↔ workers/pool, issue
 * 12) was made of type imports: this finds such a cycle where lint cannot.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['shared', 'electron', 'renderer'];
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each source file and the source files it imports (relative imports, value or type). */
function importGraph(root: string, dirs: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap((d) => sourceFiles(join(root, d)))) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!)).filter((p) => existsSync(p));
    graph.set(relative(root, file), [...new Set(deps.map((p) => relative(root, p)))]);
  }
  return graph;
}

/** Cycles of a graph, each as the path from a file back to itself: one for every edge back to a file on the path. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import graph', () => {
  it('finds a cycle of type imports (the check itself works)', () => {
    const graph = new Map([
      ['pipeline/import-files.ts', ['workers/protocol.ts', 'workers/pool.ts']],
      ['workers/pool.ts', ['workers/protocol.ts']],
      ['workers/protocol.ts', ['pipeline/import-files.ts']],
    ]);
    expect(cyclesOf(graph)).toEqual([['pipeline/import-files.ts', 'workers/protocol.ts', 'pipeline/import-files.ts']]);
  });

  it('has no cycles in shared/, electron/ or renderer/, type imports included', () => {
    const graph = importGraph(ROOT, SOURCES);
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join('electron', 'core', 'workers', 'worker.ts'))).toContain(join('electron', 'core', 'pipeline', 'interpret.ts'));
    expect(cyclesOf(graph)).toEqual([]);
  });
});
