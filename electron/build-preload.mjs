// Bundles the preload into one CommonJS file (dist/electron/preload.cjs): a
// sandboxed preload can require only 'electron', never a file of its own.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

await build({
  entryPoints: [fileURLToPath(new URL('preload/preload.ts', import.meta.url))],
  outfile: fileURLToPath(new URL('../dist/electron/preload.cjs', import.meta.url)),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'chrome130',
  external: ['electron'],
  logLevel: 'warning',
});
