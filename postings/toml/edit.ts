import type { AST } from 'toml-eslint-parser';
import { formatFloat, formatKey, formatKeyPath, formatString, formatValue, type StringStyle } from './format.js';
import { locatePairs, locateTables, samePath, startsWithPath, type LocatedPair } from './locate.js';
import { contentValue, parseToml, type TomlDocument } from './parse.js';
import { TomlError } from './toml-error.js';
import { DATE_TEXT, setValueAt, tomlValuesEqual, valueAt, type TomlTable, type TomlValue } from './value.js';

export type TomlEdit =
  | { op: 'set'; path: readonly string[]; value: TomlValue }
  | { op: 'remove'; path: readonly string[] };

interface Change {
  text: string;
  /** What the edited path now holds, in the file's own style (undefined when removed). */
  written: TomlValue | undefined;
}

/**
 * Edits TOML text in place, in the manner of Rust's toml_edit: a changed value
 * replaces only its own characters in the same style, a new key goes after the
 * last key of its table with that line's indentation and line ending, a removed
 * key takes only its own lines. The result is parsed again and compared with
 * the intended values; any difference refuses the edit.
 */
export function editToml(source: string, edits: readonly TomlEdit[], options: EditOptions = {}): string {
  return editTomlDocument(parseToml(source), edits, options);
}

export interface EditOptions {
  /** The line ending for new lines when the text has none to copy (an empty front matter of a CRLF file). */
  lineEnding?: '\n' | '\r\n';
}

/** editToml for a text already parsed (its values are not changed). */
export function editTomlDocument(original: TomlDocument, edits: readonly TomlEdit[], options: EditOptions = {}): string {
  const source = original.source;
  const expected = cloneTable(original.root);
  let text = source;
  let document = original;
  for (const edit of edits) {
    if (edit.path.length === 0) throw new TomlError('invalid-edit', 'A detail needs a name');
    const eol = dominantLineEnding(text, options.lineEnding);
    const change = edit.op === 'set' ? setValue(document, edit.path, edit.value, eol) : removeValue(document, edit.path);
    if (change.text === text) continue;
    text = change.text;
    if (change.written === undefined) deletePath(expected, edit.path, (table) => isWrittenOut(document, table));
    // A copy: a later edit inside this value must not change the caller's edit.
    else setValueAt(expected, edit.path, cloneValue(change.written));
    document = parseTomlForVerify(text);
  }
  if (!tomlValuesEqual(document.root, expected)) {
    throw new TomlError(
      'verify-failed',
      'Posting Desk could not make this change safely: the saved details would not read back as intended. Nothing was saved',
    );
  }
  return text;
}

function parseTomlForVerify(text: string): TomlDocument {
  try {
    return parseToml(text);
  } catch (error) {
    throw new TomlError(
      'verify-failed',
      `Posting Desk could not make this change safely: the result would not be valid (${error instanceof Error ? error.message : String(error)}). Nothing was saved`,
    );
  }
}

function setValue(document: TomlDocument, path: readonly string[], value: TomlValue, eol: LineEnding): Change {
  const { source, ast } = document;
  const name = describe(path);
  if (hasLoneSurrogate(value)) {
    throw new TomlError('invalid-edit', `The new value of “${name}” has a broken character (half of an emoji or symbol); type it again`);
  }
  const pairs = locatePairs(ast);
  const existing = pairs.find((located) => samePath(located.path, path));
  if (existing) {
    // The same value again changes nothing, not even the way it is written.
    if (tomlValuesEqual(contentValue(existing.pair.value, source), value)) return { text: source, written: value };
    const styled = inStyleOf(existing.pair.value, value, source, eol);
    const [start, end] = existing.pair.value.range;
    return { text: splice(source, start, end, styled.text), written: styled.value };
  }
  if (locateTables(ast).some((table) => startsWithPath(table.path, path)) || pairs.some((located) => startsWithPath(located.path, path))) {
    throw new TomlError('invalid-edit', `“${name}” is a group of details; change its entries one by one (for example ${name}.key=value)`);
  }
  const parentPath = path.slice(0, -1);
  const parent = deepestTable(document.root, parentPath);
  return { text: insertPair(document, pairs, parent, path, formatValue(value), eol), written: value };
}

/** The longest prefix of path that is a table in the document; a value that is not a table on the way refuses the edit. */
function deepestTable(root: TomlTable, path: readonly string[]): readonly string[] {
  for (let length = path.length; length > 0; length -= 1) {
    const prefix = path.slice(0, length);
    const found = valueAt(root, prefix);
    if (found === undefined) continue;
    if (found.type === 'table') return prefix;
    const kind = found.type === 'array' ? 'a list' : 'a single value';
    throw new TomlError('invalid-edit', `“${describe(prefix)}” is ${kind}, so it cannot hold “${describe(path)}”`);
  }
  return [];
}

/**
 * Puts a new pair where the table that will hold it is written: into its
 * inline table, under its [header], beside the dotted keys that define it, or
 * at the top level. A table that exists only through the headers of its
 * sub-tables cannot take dotted keys, so it gets a [header] of its own.
 */
function insertPair(document: TomlDocument, pairs: LocatedPair[], existing: readonly string[], path: readonly string[], formatted: string, eol: LineEnding): string {
  const { source, ast } = document;
  const parentPath = path.slice(0, -1);
  const rest = path.slice(existing.length);

  const inline = pairs.find((located) => samePath(located.path, existing) && located.pair.value.type === 'TOMLInlineTable');
  if (inline && inline.pair.value.type === 'TOMLInlineTable') return insertIntoInlineTable(source, inline.pair.value, rest, formatted);

  const tables = locateTables(ast).filter((located) => located.table.kind === 'standard');
  const header = tables.find((located) => samePath(located.path, existing));
  if (header) return appendToTable(source, header.table, rest, formatted, eol);

  // The table may exist through dotted keys (`params.location = …`): add beside them.
  const dotted = pairs.filter(
    (located) => located.containerPath.length < existing.length
      && startsWithPath(located.path, existing)
      && located.path.length > existing.length,
  ).pop();
  if (dotted) {
    const keyPath = path.slice(dotted.containerPath.length);
    return dotted.container.type === 'TOMLInlineTable'
      ? insertIntoInlineTable(source, dotted.container, keyPath, formatted)
      : insertAfterPair(source, dotted.pair, keyPath, formatted, eol);
  }

  if (parentPath.length === 0) return appendToTable(source, ast.body[0], path, formatted, eol);
  return appendNewTable(source, parentPath, path[path.length - 1] as string, formatted, eol);
}

function hasLoneSurrogate(value: TomlValue): boolean {
  switch (value.type) {
    case 'string':
      return LONE_SURROGATE.test(value.value);
    case 'array':
      return value.items.some(hasLoneSurrogate);
    case 'table':
      return [...value.entries].some(([key, item]) => LONE_SURROGATE.test(key) || hasLoneSurrogate(item));
    default:
      return false;
  }
}

/** With the u flag this matches only a surrogate without its partner, which UTF-8 cannot encode. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** After the last pair of a table (a top-level key goes before the first header). */
function appendToTable(source: string, table: AST.TOMLTopLevelTable | AST.TOMLTable, keyPath: readonly string[], formatted: string, eol: LineEnding): string {
  const body: (AST.TOMLKeyValue | AST.TOMLTable)[] = table.body;
  const pairs = body.filter((node): node is AST.TOMLKeyValue => node.type === 'TOMLKeyValue');
  const last = pairs[pairs.length - 1];
  if (last) return insertAfterPair(source, last, keyPath, formatted, eol);
  const line = `${formatKeyPath(keyPath)} = ${formatted}`;
  if (table.type === 'TOMLTable') {
    const at = lineEndAfter(source, table.key.range[1]);
    return at.found ? splice(source, at.index, at.index, `${line}${at.eol}`) : splice(source, at.index, at.index, `${eol}${line}`);
  }
  const firstHeader = body.find((node) => node.type === 'TOMLTable');
  if (firstHeader) {
    const at = lineStartOf(source, firstHeader.range[0]);
    return splice(source, at, at, `${line}${eol}`);
  }
  // A text without a final line ending keeps ending without one.
  const needsBreak = source.length > 0 && !source.endsWith('\n');
  return needsBreak ? `${source}${eol}${line}` : `${source}${line}${eol}`;
}

function insertAfterPair(source: string, pair: AST.TOMLKeyValue, keyPath: readonly string[], formatted: string, eol: LineEnding): string {
  const lineStart = lineStartOf(source, pair.range[0]);
  const lead = source.slice(lineStart, pair.range[0]);
  const indent = /^[ \t]*$/.test(lead) ? lead : '';
  const between = source.slice(pair.key.range[1], pair.value.range[0]);
  const separator = /^[ \t]*=[ \t]*$/.test(between) ? between : ' = ';
  const line = `${indent}${formatKeyPath(keyPath)}${separator}${formatted}`;
  const at = lineEndAfter(source, pair.range[1]);
  return at.found
    ? splice(source, at.index, at.index, `${line}${at.eol}`)
    : splice(source, at.index, at.index, `${eol}${line}`);
}

function appendNewTable(source: string, tablePath: readonly string[], name: string, formatted: string, eol: LineEnding): string {
  // A text without a final line ending keeps ending without one.
  const unended = source.length > 0 && !source.endsWith('\n');
  let prefix = unended ? eol : '';
  if (source.trim().length > 0 && !/\n[ \t]*\r?\n$/.test(source + prefix)) prefix += eol;
  return `${source}${prefix}[${formatKeyPath(tablePath)}]${eol}${formatKey(name)} = ${formatted}${unended ? '' : eol}`;
}

function insertIntoInlineTable(source: string, table: AST.TOMLInlineTable, keyPath: readonly string[], formatted: string): string {
  const entry = `${formatKeyPath(keyPath)} = ${formatted}`;
  const last = table.body[table.body.length - 1];
  if (last) return splice(source, last.range[1], last.range[1], `, ${entry}`);
  return splice(source, table.range[0], table.range[1], `{ ${entry} }`);
}

function removeValue(document: TomlDocument, path: readonly string[]): Change {
  const { source, ast } = document;
  const removedTables = locateTables(ast).filter((located) => startsWithPath(located.path, path));
  const cuts = removedTables.map((located) => ownLines(source, located.table.range[0], located.table.range[1]));
  const removed: (readonly [number, number])[] = removedTables.map((located) => located.table.range);
  const covered = (range: readonly [number, number]): boolean =>
    removed.some(([start, end]) => start <= range[0] && range[1] <= end);
  // Entries of an inline table are cut together: neighbours share the commas between them.
  const inlineRemovals = new Map<AST.TOMLInlineTable, AST.TOMLKeyValue[]>();
  // Pairs come in document order, each before the pairs inside its value, so those are covered by it.
  for (const located of locatePairs(ast)) {
    if (!startsWithPath(located.path, path) || covered(located.pair.range)) continue;
    removed.push(located.pair.range);
    if (located.container.type === 'TOMLInlineTable') {
      inlineRemovals.set(located.container, [...(inlineRemovals.get(located.container) ?? []), located.pair]);
    } else {
      cuts.push(ownLines(source, located.pair.range[0], located.pair.range[1]));
    }
  }
  for (const [table, pairs] of inlineRemovals) cuts.push(...inlineEntryRanges(table, pairs));
  const merged = mergeRanges(cuts);
  const last = merged[merged.length - 1];
  // Lines cut from the end of a text without a final line ending take the one
  // before them, so it still ends so (unless that would take a blank line).
  if (last && last[1] === source.length && !source.endsWith('\n') && source[last[0] - 1] === '\n') {
    const before = last[0] - (source[last[0] - 2] === '\r' ? 2 : 1);
    if (before > 0 && source[before - 1] !== '\n') last[0] = before;
  }
  let text = source;
  for (const [start, end] of merged.reverse()) text = splice(text, start, end, '');
  return { text, written: undefined };
}

/** Sorted, with touching or overlapping ranges joined (neighbouring lines may share a line ending). */
function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** What to cut from an inline table so the removed entries go with their commas and the rest stays as written. */
function inlineEntryRanges(table: AST.TOMLInlineTable, removed: readonly AST.TOMLKeyValue[]): [number, number][] {
  const entries = table.body;
  if (entries.every((entry) => removed.includes(entry))) return [[table.range[0] + 1, table.range[1] - 1]];
  const cuts: [number, number][] = [];
  let index = 0;
  while (index < entries.length) {
    if (!removed.includes(entries[index] as AST.TOMLKeyValue)) {
      index += 1;
      continue;
    }
    let last = index;
    while (last + 1 < entries.length && removed.includes(entries[last + 1] as AST.TOMLKeyValue)) last += 1;
    const first = entries[index] as AST.TOMLKeyValue;
    const next = entries[last + 1];
    const previous = entries[index - 1];
    if (next) cuts.push([first.range[0], next.range[0]]);
    else if (previous) cuts.push([previous.range[1], (entries[last] as AST.TOMLKeyValue).range[1]]);
    index = last + 1;
  }
  return cuts;
}

/** The whole lines from start to end, with a trailing comment and the line ending. */
function ownLines(source: string, start: number, end: number): [number, number] {
  const at = lineEndAfter(source, end);
  return [lineStartOf(source, start), at.index];
}

/** The line ending a multi-line value uses: its own, or else its line's. */
function lineEndingOf(source: string, range: readonly [number, number], eol: LineEnding): LineEnding {
  const own = source.slice(range[0], range[1]);
  if (own.includes('\n')) return own.includes('\r\n') ? '\r\n' : '\n';
  const line = lineEndAfter(source, range[1]);
  return line.found && line.eol !== '' ? line.eol : eol;
}

/** A new value written the way the old one was: quotes, date precision and offset, float-ness. */
function inStyleOf(old: AST.TOMLContentNode, value: TomlValue, source: string, fallbackEol: LineEnding): { text: string; value: TomlValue } {
  if (old.type === 'TOMLValue' && old.kind === 'string') {
    const style: StringStyle = { quote: old.style, multiline: old.multiline };
    const eol = lineEndingOf(source, old.range, fallbackEol);
    if (value.type === 'string') return { text: formatString(value.value, style, eol), value };
    if (value.type === 'datetime') {
      const dated = DATE_TEXT.test(old.value) ? adaptDate(old.value, value.text, value.kind) : value.text;
      return { text: formatString(dated, style, eol), value: { type: 'string', value: dated } };
    }
  }
  if (old.type === 'TOMLValue' && old.kind !== 'string' && old.kind !== 'integer' && old.kind !== 'float' && old.kind !== 'boolean' && value.type === 'datetime') {
    const text = adaptDate(source.slice(old.range[0], old.range[1]), value.text, value.kind);
    const kind = text === value.text ? value.kind : old.kind;
    return { text, value: { type: 'datetime', kind, text } };
  }
  if (old.type === 'TOMLValue' && old.kind === 'float' && value.type === 'integer') {
    const float = { type: 'float' as const, value: Number(value.value) };
    return { text: formatFloat(float.value), value: float };
  }
  if (old.type === 'TOMLArray' && value.type === 'array') return { text: arrayInStyleOf(old, value, source), value };
  return { text: formatValue(value, firstStringStyle(old)), value };
}

/** A date alone replaces only the date part of a date-time, keeping its time and offset. */
function adaptDate(oldText: string, newText: string, newKind: string): string {
  if (newKind === 'local-date' && oldText.length > 10 && /^\d{4}-\d{2}-\d{2}[Tt ]/.test(oldText)) return newText + oldText.slice(10);
  return newText;
}

function firstStringStyle(node: AST.TOMLContentNode): StringStyle {
  if (node.type === 'TOMLValue' && node.kind === 'string') return { quote: node.style, multiline: false };
  if (node.type === 'TOMLArray') {
    for (const element of node.elements) {
      if (element.type === 'TOMLValue' && element.kind === 'string') return { quote: element.style, multiline: false };
    }
  }
  return { quote: 'basic', multiline: false };
}

function arrayInStyleOf(old: AST.TOMLArray, value: Extract<TomlValue, { type: 'array' }>, source: string): string {
  const style = firstStringStyle(old);
  const oldText = source.slice(old.range[0], old.range[1]);
  const first = old.elements[0];
  if (!oldText.includes('\n') || !first || value.items.length === 0) return formatValue(value, style);
  const eol = oldText.includes('\r\n') ? '\r\n' : '\n';
  const itemIndent = source.slice(lineStartOf(source, first.range[0]), first.range[0]);
  const closeIndent = source.slice(lineStartOf(source, old.range[1] - 1), old.range[1] - 1);
  const items = value.items.map((item) => `${/^[ \t]*$/.test(itemIndent) ? itemIndent : '  '}${formatValue(item, style)},`);
  return `[${eol}${items.join(eol)}${eol}${/^[ \t]*$/.test(closeIndent) ? closeIndent : ''}]`;
}

/**
 * Deletes a path from the expected values. A table that only existed through
 * what was removed (dotted keys, or the headers of its sub-tables) goes with
 * it when it is left empty; one with its own [header] or inline table stays.
 */
function deletePath(root: TomlTable, path: readonly string[], isWrittenOut: (table: readonly string[]) => boolean): void {
  const tables: TomlTable[] = [root];
  for (const segment of path.slice(0, -1)) {
    const next = (tables[tables.length - 1] as TomlTable).entries.get(segment);
    if (next?.type !== 'table') return;
    tables.push(next);
  }
  (tables[tables.length - 1] as TomlTable).entries.delete(path[path.length - 1] as string);
  for (let depth = tables.length - 1; depth > 0; depth -= 1) {
    const ancestor = path.slice(0, depth);
    if ((tables[depth] as TomlTable).entries.size > 0 || isWrittenOut(ancestor)) return;
    (tables[depth - 1] as TomlTable).entries.delete(path[depth - 1] as string);
  }
}

/** The table has a [header] or is an inline table, so it exists even when empty. */
function isWrittenOut(document: TomlDocument, path: readonly string[]): boolean {
  return locateTables(document.ast).some((located) => samePath(located.path, path))
    || locatePairs(document.ast).some((located) => samePath(located.path, path) && located.pair.value.type === 'TOMLInlineTable');
}

function cloneTable(table: TomlTable): TomlTable {
  return { type: 'table', entries: new Map([...table.entries].map(([key, value]) => [key, cloneValue(value)])) };
}

function cloneValue(value: TomlValue): TomlValue {
  if (value.type === 'table') return cloneTable(value);
  if (value.type === 'array') return { type: 'array', items: value.items.map(cloneValue) };
  return value;
}

function describe(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line ending after offset (or the text's end). */
function lineEndAfter(text: string, offset: number): { index: number; found: boolean; eol: '' | '\n' | '\r\n' } {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return { index: text.length, found: false, eol: '' };
  return { index: newline + 1, found: true, eol: text[newline - 1] === '\r' ? '\r\n' : '\n' };
}

type LineEnding = '\n' | '\r\n';

/** The line ending most lines of text use, or fallback when it has none. */
export function dominantLineEnding(text: string, fallback: LineEnding = '\n'): LineEnding {
  if (!text.includes('\n')) return fallback;
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}
