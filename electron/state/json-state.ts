import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../postings/repo/atomic-write.js';

/**
 * Reads a small JSON state file of the app's own (window placement, recent
 * repositories). A missing file gives the fallback; a file that does not
 * read as what parse expects is set aside beside it (never lost) and the
 * fallback is used, so a damaged file never stops the app from starting.
 */
export async function readJsonState<T>(file: string, parse: (value: unknown) => T | undefined, fallback: T, now = Date.now()): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  let parsed: T | undefined;
  try {
    parsed = parse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined) return parsed;
  await rename(file, `${file}.unreadable-${now}`);
  return fallback;
}

/** Writes the state atomically: a crash leaves the old file or the new one. */
export async function writeJsonState(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
}
