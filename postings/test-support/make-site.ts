import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempFolder } from './temp-site.js';

/** A small site in a new temp folder: file paths (relative, forward slashes) to contents. */
export function makeSite(files: Record<string, string | Uint8Array>): string {
  const root = join(makeTempFolder(), 'site');
  mkdirSync(root);
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, ...path.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}
