import { statSync } from 'node:fs';

/**
 * What tells a cache that a file may have changed without reading it: size,
 * modification time and inode (a file replaced by a rename gets a new one).
 * A missing or unreadable file has a stamp of its own.
 */
export function fileStamp(file: string): string {
  try {
    const info = statSync(file);
    return `${info.size}:${info.mtimeMs}:${info.ino}`;
  } catch {
    return 'missing';
  }
}
