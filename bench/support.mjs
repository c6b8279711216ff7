/**
 * What every benchmark script shares: leaving with a reason, progress on stderr,
 * whole-number options, and loading the built engine from dist/.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Helpers that prefix every line on stderr with `bench/<name>:`. A script that cannot run exits 2. */
export function benchScript(name) {
  const say = (message) => process.stderr.write(`bench/${name}: ${message}\n`);
  const stop = (message) => {
    say(message);
    process.exit(2);
  };
  return {
    stop,
    progress: say,
    positiveInteger(text, option) {
      const value = Number(text);
      if (!Number.isInteger(value) || value < 1) stop(`${option} needs a whole number above 0, got “${text}”`);
      return value;
    },
    /** Imports a module of dist/postings, saying what to run when the build is missing. */
    loader(dist) {
      return async (path) => import(pathToFileURL(join(dist, path)).href).catch(() => stop(`dist/postings/${path} is missing: run \`npm run build\` first`));
    },
  };
}

/** A temporary folder removed when the script ends, also on Ctrl+C. */
export function scratchFolder(name) {
  const folder = mkdtempSync(join(tmpdir(), `posting-desk-bench-${name}-`));
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  return folder;
}

/** ../shared is read-only on disk, and so are its copies until made writable. */
export function makeWritable(path) {
  const info = statSync(path);
  chmodSync(path, info.isDirectory() ? 0o755 : 0o644);
  if (info.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
