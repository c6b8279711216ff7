import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWordToDictionary } from './dictionary.js';
import { readRepositorySettings } from './settings.js';

async function siteWith(settings?: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'posting-desk-dictionary-'));
  if (settings !== undefined) await writeFile(join(root, '.posting-desk.toml'), settings);
  return root;
}

describe('addWordToDictionary', () => {
  it('creates the settings file with the word when there is none', async () => {
    const root = await siteWith();
    expect(await addWordToDictionary(root, 'Shelfwise')).toEqual({ added: true });
    expect(readRepositorySettings(root).words).toEqual(['Shelfwise']);
  });

  it('appends to an existing list, keeping comments and layout', async () => {
    const root = await siteWith('# Our settings\ncompany = "Kestrel Row"\nwords = [\n  "Shelfwise",  # product\n  "Kestrel",\n]\n\n[rules]\nduplicate-weight = "off"\n');
    await addWordToDictionary(root, 'Bookmarq');
    const text = await readFile(join(root, '.posting-desk.toml'), 'utf8');
    expect(text.startsWith('# Our settings\ncompany = "Kestrel Row"\nwords = [\n')).toBe(true);
    expect(text.endsWith('\n\n[rules]\nduplicate-weight = "off"\n')).toBe(true);
    expect(readRepositorySettings(root).words).toEqual(['Shelfwise', 'Kestrel', 'Bookmarq']);
  });

  it('adds a words key before the first table when the file has none', async () => {
    const root = await siteWith('company = "Kestrel Row"\n\n[rules]\nspelling = "warning"\n');
    await addWordToDictionary(root, 'Shelfwise');
    expect(await readFile(join(root, '.posting-desk.toml'), 'utf8')).toBe('company = "Kestrel Row"\nwords = ["Shelfwise"]\n\n[rules]\nspelling = "warning"\n');
  });

  it('does not add a word twice, and writes nothing then', async () => {
    const original = 'words = ["Shelfwise"]\n';
    const root = await siteWith(original);
    expect(await addWordToDictionary(root, 'Shelfwise')).toEqual({ added: false });
    expect(await readFile(join(root, '.posting-desk.toml'), 'utf8')).toBe(original);
  });

  it('refuses more than one word', async () => {
    await expect(addWordToDictionary(await siteWith(), 'two words')).rejects.toThrow(/one word/);
  });
});
