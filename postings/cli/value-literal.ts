import { parseTOML } from 'toml-eslint-parser';
import { UsageError } from './args.js';
import { contentValue, keyName } from '../toml/parse.js';
import type { TomlValue } from '../toml/value.js';

/**
 * A value from the command line: TOML value syntax when the text parses as
 * one (true, 200, 2026-05-01, "text", ["a", "b"]), otherwise plain text.
 */
export function parseValueLiteral(text: string): TomlValue {
  if (text.includes('\n') || text.includes('\r')) return { type: 'string', value: text };
  const source = `value = ${text}`;
  try {
    const program = parseTOML(source, { tomlVersion: '1.0.0' });
    const [pair, ...rest] = program.body[0].body;
    if (pair?.type === 'TOMLKeyValue' && rest.length === 0) return contentValue(pair.value, source);
  } catch {
    // Not TOML: the text itself is the value.
  }
  return { type: 'string', value: text };
}

/** A dotted key path such as params.location or "site name".title. */
export function parseKeyPath(text: string): string[] {
  try {
    const program = parseTOML(`${text} = 0`, { tomlVersion: '1.0.0' });
    const [pair, ...rest] = program.body[0].body;
    if (pair?.type === 'TOMLKeyValue' && rest.length === 0) return pair.key.keys.map(keyName);
  } catch {
    // Reported below.
  }
  throw new UsageError(`“${text}” is not a detail name (use letters, digits, _ and -, and dots for groups like params.location)`);
}
