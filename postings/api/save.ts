import { readFile } from 'node:fs/promises';
import { decodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import { editPosting, readPostingText } from '../posting/posting.js';
import { savePosting as writeOver } from '../repo/save-posting.js';
import { hashBytes } from '../repo/version.js';
import type { DetailEdit, SaveOutcome, SavePostingArgs } from './api.js';
import { toTomlEdits } from './detail-edits.js';
import { InvalidArgument } from './errors.js';
import { guardedPath } from './posting-file.js';

/**
 * Saves a posting over the version it was edited from. A file changed (or
 * gone) on disk since is a conflict outcome with both texts, never an
 * overwrite; edits that cannot be made are an error and nothing is written.
 */
export async function savePostingText(root: string, args: SavePostingArgs): Promise<SaveOutcome> {
  if (args.text !== undefined && LONE_SURROGATE.test(args.text)) {
    throw new InvalidArgument('The text has a broken character (half of an emoji or symbol), which cannot be saved; type that character again');
  }
  const file = guardedPath(root, args.path);
  // A whole new text needs nothing from the file: the write checks the version itself (one read, one hash).
  if (args.text !== undefined && (args.edits === undefined || args.edits.length === 0)) return write(file, args.baseVersion, args.text);
  const current = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const version = current === undefined ? undefined : hashBytes(current);
  if (current === undefined || version !== args.baseVersion) {
    const theirs = current === undefined ? '' : lenientText(current);
    return conflict(mineOf(args.text ?? theirs, args.edits), theirs, version);
  }
  return write(file, args.baseVersion, applyEdits(args.text ?? decodePosting(current), args.edits));
}

async function write(file: string, baseVersion: string, text: string): Promise<SaveOutcome> {
  try {
    const saved = await writeOver(file, baseVersion, text);
    return { status: 'saved', version: saved.hash, text, changed: saved.written };
  } catch (error) {
    // Changed (or gone) since the version given: a conflict, never an overwrite.
    if (error instanceof PostingError && (error.code === 'conflict' || error.code === 'not-found')) {
      const now = await readFile(file).catch(() => undefined);
      return conflict(text, now === undefined ? '' : lenientText(now), now === undefined ? undefined : hashBytes(now));
    }
    throw error;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function applyEdits(text: string, edits: readonly DetailEdit[] | undefined): string {
  if (edits === undefined || edits.length === 0) return text;
  const posting = readPostingText(text);
  return editPosting(posting, toTomlEdits(edits, posting.frontMatter?.root ?? { type: 'table', entries: new Map() }));
}

/** What the user meant to save, for the conflict view: the edits applied when they can be. */
function mineOf(text: string, edits: readonly DetailEdit[] | undefined): string {
  try {
    return applyEdits(text, edits);
  } catch {
    return text;
  }
}

function conflict(mine: string, theirs: string, version: string | undefined): SaveOutcome {
  return { status: 'conflict', mine, theirs: { text: theirs, version: version ?? '', exists: version !== undefined } };
}

/** Their text whatever its encoding: shown beside mine, never saved from here. */
function lenientText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
