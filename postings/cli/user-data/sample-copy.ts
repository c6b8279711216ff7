import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Folders Hugo writes when it builds the sample; not part of the site. */
const BUILD_OUTPUT = new Set(['public', 'resources', '.hugo_build.lock']);

/**
 * The user's own copy of the bundled sample site, made the first time and
 * kept from then on (their edits are theirs); the bundled one is never
 * opened for editing. The copy lands under a temporary name and is renamed
 * into place, so an interrupted copy is never mistaken for a finished one.
 */
export function ensureSampleCopy(bundled: string, dataFolder: string): { path: string; created: boolean } {
  const path = join(dataFolder, 'sample-site');
  if (existsSync(path)) return { path, created: false };
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(bundled, partial, {
    recursive: true,
    filter: (source) => !(source !== bundled && dirname(source) === bundled && BUILD_OUTPUT.has(source.slice(bundled.length + 1))),
  });
  renameSync(partial, path);
  return { path, created: true };
}
