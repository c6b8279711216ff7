/**
 * Reads the images a posting shows from its own files: a page bundle's
 * (relative sources) and the site's static folder (sources from the site's
 * root, as Hugo serves them). Never outside the repository, never over 10 MB.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import type { ImageInliner } from '../export/inline-images.js';
import { resolveInRepository } from '../repo/path-guard.js';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};
const MAX_BYTES = 10 * 1024 * 1024;

export function localImageInliner(postingFile: string, root: string | undefined): ImageInliner {
  const folder = dirname(postingFile);
  return (src) => {
    const path = decodeURIComponent(src.replace(/[?#].*$/, ''));
    const type = TYPES[extname(path).toLowerCase()];
    if (!type) return undefined;
    try {
      // Outside any site, the posting's own folder is the boundary.
      const boundary = root ?? folder;
      const file = path.startsWith('/')
        ? root === undefined
          ? undefined
          : resolveInRepository(root, join('static', path))
        : resolveInRepository(boundary, join(relative(boundary, folder), path));
      if (file === undefined || !statSync(file).isFile() || statSync(file).size > MAX_BYTES) return undefined;
      return `data:${type};base64,${readFileSync(file).toString('base64')}`;
    } catch {
      // A missing or unreadable image stays a broken image, as in the preview; the export goes on.
      return undefined;
    }
  };
}
