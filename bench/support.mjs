/**
 * What every benchmark script shares: leaving with a reason, progress on stderr,
 * whole-number options, and loading the built engine from dist/.
 */
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
