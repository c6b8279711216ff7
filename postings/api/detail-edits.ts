/**
 * Detail edits as the UI sends them (JSON values or TOML text) turned into
 * the lossless editor's edits, keeping each value's written type: a date
 * stays a date of its kind, a float a float. Pure.
 */
import { parseTomlKeyPath, parseTomlValue } from '../toml/literal.js';
import type { TomlEdit } from '../toml/edit.js';
import { valueAt, type DateTimeKind, type TomlTable, type TomlValue } from '../toml/value.js';
import type { DetailEdit, DetailType, JsonValue } from './api.js';
import { InvalidArgument } from './errors.js';

export function toTomlEdits(edits: readonly DetailEdit[], current: TomlTable): TomlEdit[] {
  return edits.map((edit): TomlEdit => {
    const path = parseTomlKeyPath(edit.key);
    if (path === undefined) throw new InvalidArgument(`“${edit.key}” is not a detail name (letters, digits, _ and -, dots for groups like params.location)`);
    if ('unset' in edit) return { op: 'remove', path };
    if ('toml' in edit) {
      const value = parseTomlValue(edit.toml);
      if (value === undefined) throw new InvalidArgument(`The new value of “${edit.key}” is not valid: ${edit.toml}`);
      return { op: 'set', path, value };
    }
    return { op: 'set', path, value: fromJson(edit.value, edit.type ?? typeOf(valueAt(current, path)), edit.key) };
  });
}

function typeOf(value: TomlValue | undefined): DetailType | undefined {
  if (value === undefined) return undefined;
  if (value.type !== 'datetime') return value.type;
  return value.kind === 'local-date' ? 'date' : value.kind === 'local-time' ? 'time' : 'datetime';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}:\d{2}(?:\.\d+)?$/;
// TOML 1.0 (what Hugo reads) needs the seconds.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)([Zz]|[+-]\d{2}:\d{2})?$/;

function fromJson(value: JsonValue, type: DetailType | undefined, key: string): TomlValue {
  const wrong = (expected: string): InvalidArgument => new InvalidArgument(`“${key}” must be ${expected}`);
  if (value === null) throw new InvalidArgument(`“${key}” needs a value; to remove it, unset it`);
  if (type === 'array' || Array.isArray(value)) {
    if (!Array.isArray(value)) throw wrong('a list');
    return { type: 'array', items: value.map((item, index) => fromJson(item, undefined, `${key}[${index}]`)) };
  }
  if (type === 'table' || typeof value === 'object') {
    if (typeof value !== 'object') throw wrong('a group of named values');
    const table: TomlTable = { type: 'table', entries: new Map() };
    for (const [name, item] of Object.entries(value)) table.entries.set(name, fromJson(item, undefined, `${key}.${name}`));
    return table;
  }
  switch (type) {
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong('true or false');
      return { type: 'boolean', value };
    case 'integer':
      return { type: 'integer', value: integer(value, wrong) };
    case 'float':
      if (typeof value !== 'number') throw wrong('a number');
      return { type: 'float', value };
    case 'date':
    case 'time':
    case 'datetime':
      if (typeof value !== 'string') throw wrong('a date in the form 2026-05-01');
      return { type: 'datetime', kind: dateKind(value.trim(), type, wrong), text: value.trim() };
    case 'string':
      if (typeof value !== 'string') throw wrong('text');
      return { type: 'string', value };
    case undefined:
      if (typeof value === 'boolean') return { type: 'boolean', value };
      if (typeof value === 'number') return Number.isInteger(value) ? { type: 'integer', value: BigInt(value) } : { type: 'float', value };
      return { type: 'string', value };
  }
}

function integer(value: JsonValue, wrong: (expected: string) => InvalidArgument): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  // Integers beyond 2^53 travel as text, as the details give them.
  if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim())) return BigInt(value.trim());
  throw wrong('a whole number');
}

/** The TOML kind of a date or time text, checked as a real calendar date. */
function dateKind(text: string, type: 'date' | 'time' | 'datetime', wrong: (expected: string) => InvalidArgument): DateTimeKind {
  if (type === 'time') {
    if (!TIME.test(text) || !validTime(text)) throw wrong('a time in the form 09:30:00');
    return 'local-time';
  }
  if (DATE.test(text)) {
    if (!validDate(text)) throw wrong('a real date in the form 2026-05-01');
    return 'local-date';
  }
  const parts = DATE_TIME.exec(text);
  if (!parts || !validDate(parts[1] as string) || !validTime(parts[2] as string)) throw wrong('a date in the form 2026-05-01 or 2026-05-01T09:00:00+02:00');
  return parts[3] === undefined ? 'local-date-time' : 'offset-date-time';
}

function validDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function validTime(text: string): boolean {
  const [hour, minute, second = 0] = text.split(':').map(Number) as [number, number, number?];
  return hour <= 23 && minute <= 59 && second < 61;
}
