import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { decodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import { parseToml } from '../toml/parse.js';
import { toPlain, type PlainValue } from '../toml/value.js';

export type PlainTable = { [key: string]: PlainValue };

/** Reads a TOML, YAML or JSON configuration file into plain values; errors name the file. */
export function readConfigFile(file: string): PlainTable {
  let text: string;
  try {
    const bytes = readFileSync(file);
    // An empty configuration is valid for Hugo: every setting at its default.
    if (bytes.length === 0) return {};
    text = decodePosting(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new PostingError(error instanceof PostingError ? 'invalid-config' : 'io', `${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    if (file.endsWith('.toml')) return toPlain(parseToml(text).root) as PlainTable;
    const value: unknown = parseYaml(text);
    if (value === null || value === undefined) return {};
    if (typeof value !== 'object' || Array.isArray(value)) throw new Error('the file must hold named settings');
    return value as PlainTable;
  } catch (error) {
    throw new PostingError('invalid-config', `${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function lookup(table: PlainTable, path: readonly string[]): PlainValue | undefined {
  let current: PlainValue | undefined = table;
  for (const segment of path) {
    if (current === undefined || typeof current !== 'object' || Array.isArray(current)) return undefined;
    const entry: [string, PlainValue] | undefined = Object.entries(current).find(([key]) => key.toLowerCase() === segment.toLowerCase());
    current = entry?.[1];
  }
  return current;
}
