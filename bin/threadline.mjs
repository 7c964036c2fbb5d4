#!/usr/bin/env node
// The `threadline` command. Threadline's sources are TypeScript run by Node's
// own type stripping (Node >= 22.18). Where the node on PATH is older (npm
// installs Node 22 into node_modules for exactly this), re-run with that one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
const modern = major > 22 || (major === 22 && minor >= 18);

if (!modern) {
  const local = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(local)) {
    console.error(`threadline needs Node.js 22.18 or newer (this is ${process.versions.node}). Run "npm install" in ${root}, or install a newer Node.js.`);
    process.exit(1);
  }
  const r = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const { runCli } = await import(pathToFileURL(join(root, 'electron', 'core', 'cli', 'main.ts')).href);
process.exitCode = await runCli(process.argv.slice(2));
