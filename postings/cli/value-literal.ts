import { UsageError } from './args.js';
import { parseTomlKeyPath, parseTomlValue } from '../toml/literal.js';
import type { TomlValue } from '../toml/value.js';

/**
 * A value from the command line: TOML value syntax when the text parses as
 * one (true, 200, 2026-05-01, "text", ["a", "b"]), otherwise plain text.
 */
export function parseValueLiteral(text: string): TomlValue {
  return parseTomlValue(text) ?? { type: 'string', value: text };
}

/** A dotted key path such as params.location or "site name".title. */
export function parseKeyPath(text: string): string[] {
  const path = parseTomlKeyPath(text);
  if (path === undefined) throw new UsageError(`“${text}” is not a detail name (use letters, digits, _ and -, and dots for groups like params.location)`);
  return path;
}
