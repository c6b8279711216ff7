import { parse, TomlDate } from 'smol-toml';
import { emptyTable, type TomlTable, type TomlValue } from '../toml/value.js';

/**
 * The top-level single values of a TOML front matter (what a posting list
 * shows is among them), read with a values-only parser
 * four times faster than the one that keeps source ranges (listing thousands
 * of postings is mostly parsing). Dates must read as written, which a
 * values-only parser forgets, so each one's text is taken from its own line
 * and kept only if it parses to the very same date. Returns undefined when
 * anything is uncertain or invalid: the caller then uses the full parser.
 */
export function readSummaryValues(source: string): TomlTable | undefined {
  let values: Record<string, unknown>;
  try {
    values = parse(source) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const table = emptyTable();
  for (const [key, raw] of Object.entries(values)) {
    const value = summaryValue(raw, source, key);
    if (value === null) return undefined;
    if (value !== undefined) table.entries.set(key, value);
  }
  return table;
}

/** null: cannot be read faithfully here; undefined: not a single value (a list or a table). */
function summaryValue(value: unknown, source: string, key: string): TomlValue | null | undefined {
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'bigint') return { type: 'integer', value };
  if (typeof value === 'number') return Number.isInteger(value) ? { type: 'integer', value: BigInt(value) } : { type: 'float', value };
  if (value instanceof TomlDate) {
    const text = writtenDate(source, key, value);
    return text === undefined ? null : { type: 'datetime', kind: dateKind(value), text };
  }
  return undefined;
}

function dateKind(date: TomlDate): 'offset-date-time' | 'local-date-time' | 'local-date' | 'local-time' {
  if (date.isDate()) return 'local-date';
  if (date.isTime()) return 'local-time';
  return date.isLocal() ? 'local-date-time' : 'offset-date-time';
}

/** The date's text on the one top-level line `key = …` whose value is exactly this date. */
function writtenDate(source: string, name: string, date: TomlDate): string | undefined {
  const key = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`^[ \\t]*(?:${key}|"${key}"|'${key}')[ \\t]*=[ \\t]*([0-9][0-9:.TtZz+ -]*?)[ \\t]*(?:#.*)?\\r?$`, 'gm');
  const found = [...source.matchAll(line)]
    .map((match) => match[1] as string)
    .filter((text) => sameDate(text, date));
  return found.length === 1 ? found[0] : undefined;
}

function sameDate(text: string, date: TomlDate): boolean {
  try {
    const parsed = (parse(`d = ${text}`) as { d: unknown }).d;
    return parsed instanceof TomlDate && parsed.toISOString() === date.toISOString() && dateKind(parsed) === dateKind(date);
  } catch {
    return false;
  }
}
