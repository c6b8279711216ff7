/** A TOML value as the file states it: dates keep their text, integers stay exact. */
export type DateTimeKind = 'offset-date-time' | 'local-date-time' | 'local-date' | 'local-time';

export type TomlScalar =
  | { type: 'string'; value: string }
  | { type: 'integer'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'datetime'; kind: DateTimeKind; text: string };

export type TomlValue =
  | TomlScalar
  | { type: 'array'; items: TomlValue[] }
  | { type: 'table'; entries: Map<string, TomlValue> };

export type TomlTable = Extract<TomlValue, { type: 'table' }>;

export function emptyTable(): TomlTable {
  return { type: 'table', entries: new Map() };
}

/** Sets the value at a path of tables, creating the tables on the way. */
export function setValueAt(table: TomlTable, path: readonly string[], value: TomlValue): void {
  ensureTable(table, path.slice(0, -1)).entries.set(path[path.length - 1] as string, value);
}

/**
 * Walks to the table at a path, creating tables on the way. Numbers, as in a
 * table header's resolved key, index arrays of tables: the walk goes into the
 * array's last table, the one a header defines.
 */
export function ensureTable(table: TomlTable, path: readonly (string | number)[]): TomlTable {
  let current = table;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    let next = current.entries.get(segment);
    if (next?.type === 'array') next = next.items[next.items.length - 1];
    if (next?.type !== 'table') {
      next = emptyTable();
      current.entries.set(segment, next);
    }
    current = next;
  }
  return current;
}

/** A date or date-time as TOML writes it (YAML's offsets may omit the colon); not a validation of the date. */
export const DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

export function tomlValuesEqual(a: TomlValue, b: TomlValue): boolean {
  switch (a.type) {
    case 'string':
    case 'integer':
    case 'boolean':
      return b.type === a.type && b.value === a.value;
    case 'float':
      return b.type === 'float' && Object.is(a.value, b.value);
    case 'datetime':
      return b.type === 'datetime' && b.kind === a.kind && b.text === a.text;
    case 'array':
      return b.type === 'array' && a.items.length === b.items.length
        && a.items.every((item, index) => tomlValuesEqual(item, b.items[index] as TomlValue));
    case 'table':
      return b.type === 'table' && a.entries.size === b.entries.size
        && [...a.entries].every(([key, value]) => {
          const other = b.entries.get(key);
          return other !== undefined && tomlValuesEqual(value, other);
        });
  }
}

/** The value at a path of tables, or undefined. Numbers index arrays (of tables). */
export function valueAt(root: TomlValue, path: readonly (string | number)[]): TomlValue | undefined {
  let current: TomlValue | undefined = root;
  for (const segment of path) {
    if (current === undefined) return undefined;
    if (typeof segment === 'number') current = current.type === 'array' ? current.items[segment] : undefined;
    else current = current.type === 'table' ? current.entries.get(segment) : undefined;
  }
  return current;
}

/**
 * Plain JSON for the command line and the UI: dates and times are strings
 * exactly as written; integers beyond 2^53 become strings so no digit is lost.
 */
export type PlainValue = string | number | boolean | PlainValue[] | { [key: string]: PlainValue };

export function toPlain(value: TomlValue): PlainValue {
  switch (value.type) {
    case 'string':
    case 'boolean':
      return value.value;
    case 'integer':
      return Number.isSafeInteger(Number(value.value)) ? Number(value.value) : value.value.toString();
    case 'float':
      return Number.isFinite(value.value) ? value.value : String(value.value);
    case 'datetime':
      return value.text;
    case 'array':
      return value.items.map(toPlain);
    case 'table':
      return Object.fromEntries([...value.entries].map(([key, item]) => [key, toPlain(item)]));
  }
}
