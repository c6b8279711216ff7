import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodePosting, encodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import { asPostingError } from '../posting/toml-failure.js';
import { editToml } from '../toml/edit.js';
import { parseToml } from '../toml/parse.js';
import { valueAt, type TomlValue } from '../toml/value.js';
import { writeFileAtomic } from './atomic-write.js';
import { SETTINGS_FILE } from './settings.js';

/**
 * "Add to dictionary": appends a word to `words` in the repository's
 * .posting-desk.toml, editing that file in place like a posting (comments and
 * layout kept), creating it when there is none.
 */
export async function addWordToDictionary(root: string, word: string): Promise<{ added: boolean }> {
  const clean = word.trim();
  if (clean.length === 0 || /\s/.test(clean)) throw new PostingError('invalid-edit', 'Add one word at a time');
  const file = join(root, SETTINGS_FILE);
  const existing = await readFile(file).then((bytes) => (bytes.length === 0 ? '' : decodePosting(bytes)), (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing === undefined) {
    await writeFileAtomic(file, encodePosting(`# Posting Desk settings for this careers site.\nwords = [${JSON.stringify(clean)}]\n`));
    return { added: true };
  }
  const words = valueAt(asPostingError(() => parseToml(existing)).root, ['words']);
  if (words !== undefined && words.type !== 'array') throw new PostingError('invalid-edit', `${SETTINGS_FILE}: “words” must be a list`);
  const items: TomlValue[] = words?.items ?? [];
  if (items.some((item) => item.type === 'string' && item.value === clean)) return { added: false };
  const updated = asPostingError(() => editToml(existing, [{ op: 'set', path: ['words'], value: { type: 'array', items: [...items, { type: 'string', value: clean }] } }]));
  await writeFileAtomic(file, encodePosting(updated));
  return { added: true };
}
