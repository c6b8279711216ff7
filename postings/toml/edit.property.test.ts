import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TomlError } from './toml-error.js';
import { editToml, type TomlEdit } from './edit.js';
import { locatePairs, locateTables, samePath, startsWithPath } from './locate.js';
import { parseToml, type TomlDocument } from './parse.js';
import { emptyTable, tomlValuesEqual, valueAt, type TomlTable, type TomlValue } from './value.js';

/**
 * Random valid front matters, written from a model of the values they mean,
 * and random sequences of edits. After every edit the text must read back as
 * the model says, and every line that does not belong to the edited key must
 * be unchanged and in order. The generator writes TOML by itself (not with
 * format.ts), so the two cannot share a mistake.
 */

// ---------------------------------------------------------------- values

/** A value as written (line breaks as "\n", made the document's own when rendered) and what it means. */
interface Written {
  text: string;
  value: TomlValue;
}

const CHARACTERS = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('a', 'b', 'Z', '0', ' ', '-', '.', '#', '=', '[', ']', '{', '}', ',', ':') },
  { weight: 4, arbitrary: fc.constantFrom('"', "'", '\\', '\n', '\t', '\r', '+', '+++', '"""', "'''") },
  { weight: 2, arbitrary: fc.constantFrom('é', 'ü', '—', '“', '日', '👍', '👩‍💻', '\u00a0', '\u2028') },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0007', '\b', '\f', '\u001b', '\u007f') },
);

const plainString = fc.string({ unit: CHARACTERS, maxLength: 10 });

function escapeBasic(value: string, multiline: boolean, escapeUnicode: boolean): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += multiline ? '\n' : '\\n';
    else if (char === '\t') out += multiline ? '\t' : '\\t';
    else if (char === '\r') out += '\\r';
    else if (char === '\b') out += '\\b';
    else if (char === '\f') out += '\\f';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (escapeUnicode && code > 0xffff) out += `\\U${code.toString(16).padStart(8, '0').toUpperCase()}`;
    else if (escapeUnicode && code > 0x7f) out += `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
    else out += char;
  }
  return out;
}

type Quote = 'basic' | 'literal' | 'multiline-basic' | 'multiline-literal';

function writeString(value: string, quote: Quote, escapeUnicode: boolean, openingNewline: boolean): string {
  if (quote === 'literal' && !/['\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) return `'${value}'`;
  if (quote === 'multiline-literal' && !value.includes("'''") && !value.endsWith("'") && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(value)) {
    return `'''${openingNewline || value.startsWith('\n') ? '\n' : ''}${value}'''`;
  }
  if (quote === 'multiline-basic' || quote === 'multiline-literal') {
    // A backslash at the end of a line joins it to the next, dropping the line break and the indentation.
    const body = escapeBasic(value, true, escapeUnicode);
    return `"""${openingNewline || value.startsWith('\n') ? '\n' : ''}${body}${openingNewline ? '\\\n    ' : ''}"""`;
  }
  return `"${escapeBasic(value, false, escapeUnicode)}"`;
}

const stringValue: fc.Arbitrary<Written> = fc
  .tuple(plainString, fc.constantFrom<Quote>('basic', 'basic', 'literal', 'literal', 'multiline-basic', 'multiline-literal'), fc.boolean(), fc.boolean())
  .map(([value, quote, escapeUnicode, openingNewline]) => ({ text: writeString(value, quote, escapeUnicode, openingNewline), value: { type: 'string', value } }));

const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

const integerValue: fc.Arbitrary<Written> = fc
  .tuple(fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt(INT64)), fc.constantFrom('plain', 'plus', 'underscores', 'hex', 'HEX', 'octal', 'binary'))
  .map(([value, style]) => {
    const digits = (value < 0n ? -value : value).toString();
    const sign = value < 0n ? '-' : '';
    let text = `${sign}${digits}`;
    if (style === 'plus' && value >= 0n) text = `+${digits}`;
    if (style === 'underscores') text = `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '_')}`;
    if (value >= 0n && style === 'hex') text = `0x${value.toString(16)}`;
    if (value >= 0n && style === 'HEX') text = `0x${value.toString(16).toUpperCase()}`;
    if (value >= 0n && style === 'octal') text = `0o${value.toString(8)}`;
    if (value >= 0n && style === 'binary') text = `0b${value.toString(2)}`;
    return { text, value: { type: 'integer', value } };
  });

const SPECIAL_FLOATS: Record<string, number> = {
  inf: Infinity, '+inf': Infinity, '-inf': -Infinity, nan: NaN, '+nan': NaN, '-nan': NaN,
  '-0.0': -0, '+0.0': 0, '0.0': 0, '1_000.5': 1000.5, '6.626e-34': 6.626e-34, '1e16': 1e16, '2.0': 2, '1E+3': 1000,
};

const floatValue: fc.Arbitrary<Written> = fc.oneof(
  fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.stringMatching(/^\d{1,6}$/), fc.option(fc.integer({ min: -40, max: 40 }), { nil: undefined }))
    .map(([whole, fraction, exponent]) => `${whole}.${fraction}${exponent === undefined ? '' : `e${exponent}`}`),
  fc.tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: -300, max: 300 })).map(([whole, exponent]) => `${whole}E${exponent >= 0 ? '+' : ''}${exponent}`),
  fc.constantFrom(...Object.keys(SPECIAL_FLOATS)),
).map((text) => ({ text, value: { type: 'float', value: SPECIAL_FLOATS[text] ?? Number(text) } }));

const booleanValue: fc.Arbitrary<Written> = fc.boolean().map((value) => ({ text: String(value), value: { type: 'boolean', value } }));

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const datePart = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([year, month, day]) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`);
const timePart = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }))
  .map(([hour, minute, second, fraction]) => `${pad(hour)}:${pad(minute)}:${pad(second)}${fraction === undefined ? '' : `.${fraction}`}`);
const separator = fc.constantFrom('T', 't', ' ');
const offset = fc.oneof(
  fc.constantFrom('Z', 'z'),
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, hour, minute]) => `${sign}${pad(hour)}:${pad(minute)}`),
);

const dateValue: fc.Arbitrary<Written> = fc.oneof(
  fc.tuple(datePart, separator, timePart, offset).map(([date, sep, time, zone]) => ({ text: `${date}${sep}${time}${zone}`, kind: 'offset-date-time' as const })),
  fc.tuple(datePart, separator, timePart).map(([date, sep, time]) => ({ text: `${date}${sep}${time}`, kind: 'local-date-time' as const })),
  datePart.map((text) => ({ text, kind: 'local-date' as const })),
  timePart.map((text) => ({ text, kind: 'local-time' as const })),
).map(({ text, kind }) => ({ text, value: { type: 'datetime', kind, text } }));

const scalarValue: fc.Arbitrary<Written> = fc.oneof(
  { weight: 4, arbitrary: stringValue },
  { weight: 2, arbitrary: integerValue },
  { weight: 2, arbitrary: floatValue },
  { weight: 1, arbitrary: booleanValue },
  { weight: 2, arbitrary: dateValue },
);

// ---------------------------------------------------------------- keys

/** Disjoint pools, so that generated documents never define a key twice. */
const KEYS = ['title', 'draft', 'weight', 'date', 'tags', 'k', 'b-c', 'd_e', '1', 'with space', 'é', 'a.b', '"q"', ''] as const;
const GROUPS = ['params', 'meta', 'g.x'] as const;
const TABLES = ['tbl', 'menu', 't é'] as const;
const SUB_TABLES = ['sub', 'inner'] as const;
const ARRAY_TABLES = ['jobs'] as const;
const FRESH = ['n1', 'n2', 'new key', 'ñ', 'n-3', '0'] as const;

type KeyStyle = 'bare' | 'basic' | 'literal';

function writeKey(name: string, style: KeyStyle): string {
  if (style === 'bare' && /^[A-Za-z0-9_-]+$/.test(name)) return name;
  if (style === 'literal' && !/['\u0000-\u001f\u007f]/.test(name) && /^[A-Za-z0-9_ .é-]*$/.test(name)) return `'${name}'`;
  return `"${escapeBasic(name, false, false)}"`;
}

const keyStyle = fc.constantFrom<KeyStyle>('bare', 'bare', 'bare', 'basic', 'literal');

function writeKeyPath(path: readonly string[], styles: readonly KeyStyle[], dots: string): string {
  return path.map((name, index) => writeKey(name, styles[index] ?? 'bare')).join(dots);
}

// ---------------------------------------------------------------- arrays and inline tables

function setIn(table: TomlTable, path: readonly string[], value: TomlValue): void {
  let current = table;
  for (const segment of path.slice(0, -1)) {
    let next = current.entries.get(segment);
    if (next?.type !== 'table') {
      next = emptyTable();
      current.entries.set(segment, next);
    }
    current = next;
  }
  current.entries.set(path[path.length - 1] as string, value);
}

const valueOf = (depth: number): fc.Arbitrary<Written> => (depth <= 0 ? scalarValue : fc.oneof(
  { weight: 6, arbitrary: scalarValue },
  { weight: 1, arbitrary: arrayOf(depth - 1) },
  { weight: 1, arbitrary: inlineTableOf(depth - 1) },
));

function arrayOf(depth: number): fc.Arbitrary<Written> {
  return fc.tuple(fc.array(valueOf(depth), { maxLength: 4 }), fc.constantFrom('tight', 'spaced', 'trailing-comma', 'multi-line', 'multi-line-comments'))
    .map(([items, style]) => {
      const texts = items.map((item) => item.text);
      let text: string;
      if (style === 'tight') text = `[${texts.join(',')}]`;
      else if (style === 'spaced') text = `[ ${texts.join(' , ')} ]`;
      else if (style === 'trailing-comma') text = `[${texts.map((item) => `${item}, `).join('')}]`;
      else if (style === 'multi-line') text = `[\n${texts.map((item) => `    ${item},\n`).join('')}]`;
      else text = `[ # list\n${texts.map((item, index) => `  ${item}, # item ${index}\n\n`).join('')}  # end\n]`;
      return { text, value: { type: 'array', items: items.map((item) => item.value) } };
    });
}

function inlineTableOf(depth: number): fc.Arbitrary<Written> {
  const entry = fc.tuple(fc.constantFrom(...KEYS), keyStyle, valueOf(depth));
  const group = fc.tuple(fc.constantFrom(...GROUPS), fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), keyStyle, valueOf(depth)), { selector: ([name]) => name, minLength: 1, maxLength: 2 }));
  return fc.tuple(
    fc.uniqueArray(entry, { selector: ([name]) => name, maxLength: 3 }),
    fc.uniqueArray(group, { selector: ([name]) => name, maxLength: 1 }),
    fc.constantFrom('{ ', '{'),
    fc.constantFrom(' = ', '='),
  ).map(([entries, groups, open, equals]) => {
    const table = emptyTable();
    const parts: string[] = [];
    for (const [name, style, item] of entries) {
      parts.push(`${writeKey(name, style)}${equals}${item.text}`);
      table.entries.set(name, item.value);
    }
    for (const [groupName, members] of groups) {
      for (const [name, style, item] of members) {
        parts.push(`${writeKey(groupName, 'basic')}.${writeKey(name, style)}${equals}${item.text}`);
        setIn(table, [groupName, name], item.value);
      }
    }
    const close = open === '{ ' && parts.length > 0 ? ' }' : '}';
    return { text: `${open}${parts.join(', ')}${close}`, value: table };
  });
}

// ---------------------------------------------------------------- documents

interface Pair {
  path: string[];
  line: string;
}

const comment = fc.constantFrom('# a comment', '#', '# title = "not a key"', '  # indented comment', '# [not.a.table]', '# é 👍');
const decoration = fc.oneof(comment, fc.constant(''), fc.constantFrom('   ', '\t'));

/** The pairs of one table (or of the top level): plain keys and groups of dotted keys, shuffled, with comments and blank lines. */
const tableBody = fc.tuple(
  fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), keyStyle, valueOf(2)), { selector: ([name]) => name, maxLength: 6 }),
  fc.uniqueArray(
    fc.tuple(fc.constantFrom(...GROUPS), keyStyle, fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), keyStyle, valueOf(1)), { selector: ([name]) => name, minLength: 1, maxLength: 3 })),
    { selector: ([name]) => name, maxLength: 2 },
  ),
  fc.constantFrom(' = ', '=', '  =  ', '\t= ', ' =\t'),
  fc.constantFrom('', '  ', '\t'),
  fc.constantFrom('.', ' . '),
  fc.array(fc.option(fc.constantFrom(' # trailing', '\t#', '  # “note”'), { nil: undefined }), { minLength: 12, maxLength: 12 }),
).chain(([plain, groups, equals, indent, dots, comments]) => {
  const pairs: { path: string[]; styles: KeyStyle[]; value: Written }[] = [
    ...plain.map(([name, style, value]) => ({ path: [name], styles: [style], value })),
    ...groups.flatMap(([group, groupStyle, members]) => members.map(([name, style, value]) => ({ path: [group, name], styles: [groupStyle, style], value }))),
  ];
  return fc.tuple(
    fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length }),
    fc.array(fc.tuple(fc.nat(), decoration), { maxLength: 4 }),
  ).map(([ordered, decorations]) => {
    const items: (Pair | string)[] = ordered.map((pair, index) => ({
      path: pair.path,
      value: pair.value,
      line: `${indent}${writeKeyPath(pair.path, pair.styles, dots)}${equals}${pair.value.text}${comments[index % comments.length] ?? ''}`,
    }));
    for (const [position, text] of decorations) items.splice(position % (items.length + 1), 0, text);
    return { items, values: ordered.map((pair) => ({ path: pair.path, value: pair.value.value })) };
  });
});

const headerStyle = fc.constantFrom('[%]', '[ % ]', '[%] # header', '  [%]');

const documentArbitrary = fc.record({
  eol: fc.constantFrom('\n', '\r\n', 'mixed'),
  top: tableBody,
  tables: fc.uniqueArray(
    fc.record({
      path: fc.oneof(fc.tuple(fc.constantFrom(...TABLES)), fc.tuple(fc.constantFrom(...TABLES), fc.constantFrom(...SUB_TABLES))),
      styles: fc.array(keyStyle, { minLength: 2, maxLength: 2 }),
      header: headerStyle,
      body: tableBody,
      blankBefore: fc.boolean(),
    }),
    { selector: (table) => table.path.join('\u0000'), maxLength: 4 },
  ),
  arrayTables: fc.array(fc.record({ name: fc.constantFrom(...ARRAY_TABLES), body: tableBody }), { maxLength: 2 }),
  finalNewline: fc.boolean(),
});

type DocumentSpec = typeof documentArbitrary extends fc.Arbitrary<infer T> ? T : never;

function render(spec: DocumentSpec): { text: string; root: TomlTable } {
  const root = emptyTable();
  const lines: string[] = [];
  const add = (items: readonly (Pair | string)[]): void => {
    for (const item of items) lines.push(typeof item === 'string' ? item : item.line);
  };
  add(spec.top.items);
  for (const { path, value } of spec.top.values) setIn(root, path, cloneValue(value));
  for (const table of spec.tables) {
    if (table.blankBefore) lines.push('');
    lines.push(table.header.replace('%', writeKeyPath(table.path, table.styles as KeyStyle[], table.header.includes(' % ') ? ' . ' : '.')));
    add(table.body.items);
    let target = root;
    for (const segment of table.path as string[]) {
      let next = target.entries.get(segment);
      if (next?.type !== 'table') {
        next = emptyTable();
        target.entries.set(segment, next);
      }
      target = next;
    }
    for (const { path, value } of table.body.values) setIn(target, path, cloneValue(value));
  }
  for (const table of spec.arrayTables) {
    lines.push(`[[${table.name}]]`);
    add(table.body.items);
    let array = root.entries.get(table.name);
    if (array?.type !== 'array') {
      array = { type: 'array', items: [] };
      root.entries.set(table.name, array);
    }
    const item = emptyTable();
    for (const { path, value } of table.body.values) setIn(item, path, cloneValue(value));
    array.items.push(item);
  }
  // Line breaks inside multi-line values take the ending of the line they are on.
  const ending = (index: number): string => (spec.eol === 'mixed' ? (index % 3 === 1 ? '\r\n' : '\n') : spec.eol);
  const text = lines.map((line, index) => line.replaceAll('\n', ending(index))).map((line, index) => `${line}${index < lines.length - 1 || spec.finalNewline ? ending(index) : ''}`).join('');
  return { text, root };
}

// ---------------------------------------------------------------- edits

type Intent =
  | { kind: 'set-existing'; pick: number; value: Written }
  | { kind: 'set-new'; pick: number; between: string[]; name: string; value: Written }
  | { kind: 'remove'; pick: number };

const intentArbitrary: fc.Arbitrary<Intent> = fc.oneof(
  fc.record({ kind: fc.constant('set-existing' as const), pick: fc.nat(), value: valueOf(1) }),
  fc.record({
    kind: fc.constant('set-new' as const),
    pick: fc.nat(),
    between: fc.array(fc.constantFrom(...FRESH), { maxLength: 2 }),
    name: fc.constantFrom(...FRESH),
    value: valueOf(1),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);

const key = (path: readonly (string | number)[]): string => JSON.stringify(path);

/** Paths of the pairs of a document that a string path can name (not those in arrays). */
function pairPaths(document: TomlDocument): string[][] {
  return locatePairs(document.ast)
    .map((located) => located.path)
    .filter((path): path is string[] => path.every((segment) => typeof segment === 'string'));
}

/** Every table reachable through tables only (not inside arrays), the root first. */
function tablePaths(table: TomlTable, prefix: string[] = []): string[][] {
  const found = [prefix];
  for (const [name, value] of table.entries) if (value.type === 'table') found.push(...tablePaths(value, [...prefix, name]));
  return found;
}

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$/;

/** What a set writes over an old value, by DESIGN.md's style rules. */
function styled(old: TomlValue, value: TomlValue): TomlValue {
  if (tomlValuesEqual(old, value)) return old;
  if (old.type === 'float' && value.type === 'integer') return { type: 'float', value: Number(value.value) };
  const keepTime = (oldText: string): string | undefined =>
    value.type === 'datetime' && value.kind === 'local-date' && /^\d{4}-\d{2}-\d{2}[Tt ]/.test(oldText) ? value.text + oldText.slice(10) : undefined;
  if (old.type === 'string' && value.type === 'datetime') {
    return { type: 'string', value: (DATE_TEXT.test(old.value) ? keepTime(old.value) : undefined) ?? value.text };
  }
  if (old.type === 'datetime' && value.type === 'datetime') {
    const text = keepTime(old.text);
    return text === undefined ? value : { type: 'datetime', kind: old.kind, text };
  }
  return value;
}

/** Deletes a path; tables left empty that were not written out (no header, no inline table) go with it. */
function removeFrom(root: TomlTable, path: readonly string[], writtenOut: (path: readonly string[]) => boolean): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (parent?.type !== 'table') return;
  parent.entries.delete(path[path.length - 1] as string);
  for (let depth = path.length - 1; depth > 0; depth -= 1) {
    const table = valueAt(root, path.slice(0, depth));
    if (table?.type !== 'table' || table.entries.size > 0 || writtenOut(path.slice(0, depth))) return;
    (valueAt(root, path.slice(0, depth - 1)) as TomlTable).entries.delete(path[depth - 1] as string);
  }
}

function cloneValue<T extends TomlValue>(value: T): T {
  return structuredClone(value);
}

/** Turns an intent into an edit on the current document, and applies it to the model; undefined when it does not apply. */
function resolve(intent: Intent, document: TomlDocument, model: TomlTable): TomlEdit | undefined {
  const pairs = pairPaths(document).sort((a, b) => key(a).localeCompare(key(b)));
  if (intent.kind === 'set-existing') {
    const path = pairs[intent.pick % Math.max(pairs.length, 1)];
    if (!path) return undefined;
    setIn(model, path, cloneValue(styled(valueAt(model, path) as TomlValue, intent.value.value)));
    return { op: 'set', path, value: cloneValue(intent.value.value) };
  }
  if (intent.kind === 'set-new') {
    const tables = tablePaths(model).sort((a, b) => key(a).localeCompare(key(b)));
    const base = tables[intent.pick % tables.length] as string[];
    const path = [...base, ...intent.between, intent.name];
    if (valueAt(model, path.slice(0, base.length + 1)) !== undefined) return undefined;
    setIn(model, path, cloneValue(intent.value.value));
    return { op: 'set', path, value: cloneValue(intent.value.value) };
  }
  const candidates = [...pairs, ...tablePaths(model).slice(1).filter((path) => !pairs.some((pair) => samePath(pair, path)))]
    .sort((a, b) => key(a).localeCompare(key(b)));
  const path = candidates[intent.pick % Math.max(candidates.length, 1)];
  if (!path) return undefined;
  const writtenOut = (table: readonly string[]): boolean =>
    locateTables(document.ast).some((located) => samePath(located.path, table))
    || locatePairs(document.ast).some((located) => samePath(located.path, table) && located.pair.value.type === 'TOMLInlineTable');
  removeFrom(model, path, writtenOut);
  return { op: 'remove', path };
}

// ---------------------------------------------------------------- the line check

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/** The lines that belong to what an edit of path touches: its pairs (or the pair holding it), and tables under it. */
function ownedLines(document: TomlDocument, path: readonly string[]): Set<number> {
  const owned = new Set<number>();
  const own = (range: readonly [number, number]): void => {
    for (let line = lineOf(document.source, range[0]); line <= lineOf(document.source, range[1]); line += 1) owned.add(line);
  };
  for (const located of locatePairs(document.ast)) {
    if (located.container.type === 'TOMLInlineTable') continue;
    if (startsWithPath(located.path, path) || startsWithPath(path, located.path)) own(located.pair.range);
  }
  for (const located of locateTables(document.ast)) if (startsWithPath(located.path, path)) own(located.table.range);
  return owned;
}

/** The lines of a text, each with its line ending ("\n" or "\r\n"; the last may have none). */
function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/**
 * Every line of the old text that the edit does not own is in the new text,
 * byte for byte and in order, line ending included (but a line may gain or
 * lose one as lines are added or removed at the text's end); the new text adds only
 * lines of the edited key, a new [header] for it, and a blank line before it.
 */
function unownedLinesKept(before: TomlDocument, after: TomlDocument, path: readonly string[]): string | undefined {
  const ownedBefore = ownedLines(before, path);
  const kept = linesOf(before.source).filter((_line, index) => !ownedBefore.has(index));
  const ownedAfter = ownedLines(after, path);
  const oldHeaders = new Set(locateTables(before.ast).map((located) => key(located.path)));
  const newHeaderLines = new Set(locateTables(after.ast).filter((located) => !oldHeaders.has(key(located.path))).map((located) => lineOf(after.source, located.table.range[0])));
  const lines = linesOf(after.source);
  // The last line of a text may have no line ending; the line before it may gain or lose one as lines go after it.
  const bare = (line: string): string => line.replace(/\r?\n$/, '');
  const same = (line: string, old: string | undefined): boolean =>
    old !== undefined && (line === old || (bare(line) === bare(old) && (!old.endsWith('\n') || !line.endsWith('\n'))));
  let next = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (ownedAfter.has(index) || newHeaderLines.has(index)) continue;
    if (same(line, kept[next])) {
      next += 1;
      continue;
    }
    const addedBlank = /^[ \t]*\r?\n?$/.test(line) && newHeaderLines.has(index + 1);
    if (!addedBlank) return `line ${index + 1} ${JSON.stringify(line)} is new or changed; expected ${JSON.stringify(kept[next])}`;
  }
  if (next < kept.length) return `line ${JSON.stringify(kept[next])} was lost`;
  // The text ends as it did (with or without a line ending), unless it must: an added line, or a blank last line.
  const lastKept = kept[kept.length - 1];
  if (before.source !== '' && after.source !== '' && lastKept !== undefined && /\S/.test(lastKept)
    && lines[lines.length - 1] === lastKept && before.source.endsWith('\n') !== after.source.endsWith('\n')) {
    return 'the text no longer ends as it did (with or without a line ending)';
  }
  return undefined;
}

// ---------------------------------------------------------------- properties

// PROPERTY_RUNS=20000 for a longer hunt; the default keeps the suite fast.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
/** Long enough for the runs on a busy machine; a failure then shrinks within it. */
const TIME_LIMIT = Math.max(60_000, RUNS * 60);

describe('editToml on random front matters', () => {
  it('reads generated documents as the values they were written from', () => {
    fc.assert(
      fc.property(documentArbitrary, (spec) => {
        const { text, root } = render(spec);
        expect(tomlValuesEqual(parseToml(text).root, root)).toBe(true);
        expect(editToml(text, [])).toBe(text);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('makes random edits that read back as intended and change no line but the edited key’s', () => {
    let applied = 0;
    const kinds: Record<string, number> = {};
    fc.assert(
      fc.property(documentArbitrary, fc.array(intentArbitrary, { minLength: 1, maxLength: 6 }), (spec, intents) => {
        const { text: original, root } = render(spec);
        const model = cloneValue(root);
        let text = original;
        let document = parseToml(text);
        const edits: TomlEdit[] = [];
        for (const intent of intents) {
          const edit = resolve(intent, document, model);
          if (!edit) continue;
          edits.push(edit);
          applied += 1;
          kinds[intent.kind] = (kinds[intent.kind] ?? 0) + 1;
          const next = editToml(text, [edit]);
          const reread = parseToml(next);
          expect(tomlValuesEqual(reread.root, model), `values after ${JSON.stringify(edit, bigints)}\n${next}`).toBe(true);
          expect(unownedLinesKept(document, reread, edit.path), `lines after ${JSON.stringify(edit, bigints)}\n--- before\n${text}\n--- after\n${next}`).toBeUndefined();
          text = next;
          document = reread;
        }
        // One save with all the edits writes the same text as saving after each.
        expect(editToml(original, edits)).toBe(text);
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT, markInterruptAsFailure: true },
    );
    // The generator must actually exercise every kind of edit.
    expect(applied).toBeGreaterThan(RUNS);
    for (const kind of ['set-existing', 'set-new', 'remove']) expect(kinds[kind]).toBeGreaterThan(RUNS / 5);
  }, TIME_LIMIT + 30_000);

  it('refuses to set a key inside a value that is not a table, and changes nothing', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.nat(), fc.constantFrom(...FRESH), (spec, pick, name) => {
        const { text } = render(spec);
        const document = parseToml(text);
        const scalars = pairPaths(document).filter((path) => {
          const value = valueAt(document.root, path);
          return value !== undefined && value.type !== 'table';
        });
        const path = scalars[pick % Math.max(scalars.length, 1)];
        if (!path) return;
        let error: unknown;
        try {
          editToml(text, [{ op: 'set', path: [...path, name], value: { type: 'boolean', value: true } }]);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(TomlError);
        expect((error as TomlError).code).toBe('invalid-edit');
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

function bigints(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${value}n` : value;
}
