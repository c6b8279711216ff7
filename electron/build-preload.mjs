// Bundles the preload into one CommonJS file (dist/electron/preload.cjs, or
// the path given): a sandboxed preload can require only 'electron', never a
// file of its own.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

await build({
  entryPoints: [fileURLToPath(new URL('preload/preload.ts', import.meta.url))],
  outfile: process.argv[2] === undefined ? fileURLToPath(new URL('../dist/electron/preload.cjs', import.meta.url)) : resolve(process.argv[2]),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'chrome130',
  external: ['electron'],
  logLevel: 'warning',
});
