import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { contentTypeOf } from './content-types.js';
import { sendPage } from './responses.js';

/**
 * The file under root that a URL path names, or undefined: no "..", no
 * encoded separators, no NUL, no dot files, nothing outside root.
 */
export function staticFilePath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return undefined;
  const base = resolve(root);
  const path = resolve(base, ...segments);
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  return path;
}

/** Sends a file of the built UI (index.html for a folder); an unknown file is a 404. */
export function sendStaticFile(response: ServerResponse, root: string, urlPath: string, headOnly: boolean): void {
  let path = staticFilePath(root, urlPath);
  let size: number | undefined;
  try {
    if (path !== undefined && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (path !== undefined) {
      const info = statSync(path);
      if (info.isFile()) size = info.size;
    }
  } catch {
    size = undefined;
  }
  const type = path === undefined ? undefined : contentTypeOf(path);
  if (path === undefined || size === undefined || type === undefined) {
    sendPage(response, 404, 'Not found', 'There is no such page in Posting Desk.');
    return;
  }
  // Vite names its assets by content hash; the page itself must always be fetched fresh.
  const hashed = /[.-][A-Za-z0-9_-]{8,}\.(js|css|woff2?|wasm|svg|png)$/.test(path) && path.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    'Content-Type': type,
    'Content-Length': String(size),
    'Cache-Control': hashed ? 'private, max-age=31536000, immutable' : 'no-cache',
  });
  if (headOnly) {
    response.end();
    return;
  }
  createReadStream(path)
    .on('error', () => response.destroy())
    .pipe(response);
}
