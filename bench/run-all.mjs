#!/usr/bin/env node
/**
 * Runs every benchmark in bench/ (each `*.mjs` file but this one) one after
 * the other, each in its own Node process so one cannot warm up or slow down
 * the next. Arguments are passed on to each. `npm run bench` builds first.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = basename(fileURLToPath(import.meta.url));
const benchmarks = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && name !== self)
  .sort();

let failed = 0;
for (const name of benchmarks) {
  const result = spawnSync(process.execPath, [join(here, name), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    process.stderr.write(`bench: ${name} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})\n`);
  }
  process.stdout.write('\n');
}
process.exitCode = failed === 0 ? 0 : 1;
