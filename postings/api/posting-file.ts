import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { decodePosting } from '../file/decode.js';
import { resolveInRepository } from '../repo/path-guard.js';
import { hashBytes } from '../repo/version.js';

/** A file named by a repository-relative path, read once: its bytes, their version and their text. */
export interface PostingFile {
  /** Absolute, inside the repository. */
  file: string;
  bytes: Buffer;
  version: string;
  text: string;
}

/** The guarded absolute path of a repository-relative one. */
export function guardedPath(root: string, path: string): string {
  return resolveInRepository(root, path);
}

/** Reads and decodes a file inside the repository (strict UTF-8, binary refused). */
export async function readPostingFile(root: string, path: string): Promise<PostingFile> {
  const file = guardedPath(root, path);
  const bytes = await readFile(file);
  return { file, bytes, version: hashBytes(bytes), text: decodePosting(bytes) };
}

/** An absolute path inside the repository as the API names it: relative, '/'-separated. */
export function repositoryRelative(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
