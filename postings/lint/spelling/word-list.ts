import { normalizeWord, stripPossessive } from './word-shape.js';

/**
 * A list of accepted words (technology names, the repository's own words),
 * matched without regard to case: whether someone writes "numpy" or "NumPy",
 * "Elasticsearch" or "ElasticSearch", the letters are right, and a spelling
 * warning on a brand's capitalisation would be noise. Possessives ("YouGov's")
 * and plurals ("APIs", "wireframes") of listed words are accepted too.
 */
export interface WordList {
  has(word: string): boolean;
  /** The entries as written, for suggestions. */
  readonly entries: readonly string[];
}

export function createWordList(words: Iterable<string>): WordList {
  const entries: string[] = [];
  const keys = new Set<string>();
  for (const raw of words) {
    const word = normalizeWord(raw.trim());
    if (!word || word.startsWith('#')) continue;
    entries.push(word);
    keys.add(word.toLowerCase());
    // "New Relic" in a list vouches for "New" and "Relic" as they appear in text.
    for (const part of word.split(/\s+/)) if (part !== word) keys.add(part.toLowerCase());
  }
  const hasKey = (key: string): boolean =>
    keys.has(key) ||
    (key.endsWith('s') && keys.has(key.slice(0, -1))) ||
    (key.endsWith('es') && keys.has(key.slice(0, -2)));
  return {
    entries,
    has(word: string): boolean {
      const key = normalizeWord(word).toLowerCase();
      if (hasKey(key)) return true;
      const stem = stripPossessive(key);
      return stem !== undefined && hasKey(stem);
    },
  };
}

/** Lines of a word-list text: one entry a line, blank lines and # comments skipped. */
export function parseWordLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
