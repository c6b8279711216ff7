import { parseTOML } from 'toml-eslint-parser';
import { contentValue, keyName } from './parse.js';
import type { TomlValue } from './value.js';

/** One TOML value as written (`true`, `200`, `2026-05-01`, `"text"`, `["a", "b"]`), or undefined when it is none. */
export function parseTomlValue(text: string): TomlValue | undefined {
  if (text.includes('\n') || text.includes('\r')) return undefined;
  const source = `value = ${text}`;
  try {
    const program = parseTOML(source, { tomlVersion: '1.0.0' });
    const [pair, ...rest] = program.body[0].body;
    if (pair?.type === 'TOMLKeyValue' && rest.length === 0) return contentValue(pair.value, source);
  } catch {
    // Not a TOML value.
  }
  return undefined;
}

/** The parts of a dotted TOML key (`params.location`, `"site name".title`), or undefined when it is none. */
export function parseTomlKeyPath(text: string): string[] | undefined {
  if (text.includes('\n') || text.includes('\r')) return undefined;
  try {
    const program = parseTOML(`${text} = 0`, { tomlVersion: '1.0.0' });
    const [pair, ...rest] = program.body[0].body;
    if (pair?.type === 'TOMLKeyValue' && rest.length === 0) return pair.key.keys.map(keyName);
  } catch {
    // Not a key.
  }
  return undefined;
}
