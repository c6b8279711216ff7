import type { AST } from 'toml-eslint-parser';
import { PostingError } from '../file/posting-error.js';
import { formatFloat, formatKey, formatKeyPath, formatString, formatValue, type StringStyle } from './format.js';
import { locatePairs, locateTables, samePath, startsWithPath, type LocatedPair } from './locate.js';
import { parseToml, type TomlDocument } from './parse.js';
import { emptyTable, tomlValuesEqual, type TomlTable, type TomlValue } from './value.js';

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
export function editToml(source: string, edits: readonly TomlEdit[]): string {
  const original = parseToml(source);
  const expected = original.root;
  let text = source;
  let document = original;
  for (const edit of edits) {
    if (edit.path.length === 0) throw new PostingError('invalid-edit', 'A detail needs a name');
    const change = edit.op === 'set' ? setValue(document, edit.path, edit.value) : removeValue(document, edit.path);
    if (change.text === text) continue;
    text = change.text;
    if (change.written === undefined) deletePath(expected, edit.path);
    else setPath(expected, edit.path, change.written);
    document = parseTomlForVerify(text);
  }
  if (!tomlValuesEqual(document.root, expected)) {
    throw new PostingError(
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
    throw new PostingError(
      'verify-failed',
      `Posting Desk could not make this change safely: the result would not be valid (${error instanceof Error ? error.message : String(error)}). Nothing was saved`,
    );
  }
}

function setValue(document: TomlDocument, path: readonly string[], value: TomlValue): Change {
  const { source, ast } = document;
  const pairs = locatePairs(ast);
  const existing = pairs.find((located) => samePath(located.path, path));
  if (existing) {
    const styled = inStyleOf(existing.pair.value, value, source);
    const [start, end] = existing.pair.value.range;
    return { text: splice(source, start, end, styled.text), written: styled.value };
  }
  const name = describe(path);
  if (locateTables(ast).some((table) => samePath(table.path, path)) || pairs.some((located) => startsWithPath(located.path, path))) {
    throw new PostingError('invalid-edit', `“${name}” is a group of details; change its entries one by one (for example ${name}.key=value)`);
  }
  const parentPath = path.slice(0, -1);
  const parentPair = pairs.find((located) => parentPath.length > 0 && startsWithPath(parentPath, located.path) && located.pair.value.type !== 'TOMLInlineTable');
  if (parentPair) {
    throw new PostingError('invalid-edit', `“${describe(parentPair.path)}” is a single value, so it cannot hold “${name}”`);
  }
  const formatted = formatValue(value);
  const inline = pairs.find((located) => samePath(located.path, parentPath));
  if (inline && inline.pair.value.type === 'TOMLInlineTable') {
    return { text: insertIntoInlineTable(source, inline.pair.value, path[path.length - 1] as string, formatted), written: value };
  }
  return { text: insertPair(document, pairs, path, formatted), written: value };
}

function insertPair(document: TomlDocument, pairs: LocatedPair[], path: readonly string[], formatted: string): string {
  const { source, ast } = document;
  const parentPath = path.slice(0, -1);
  const tables = locateTables(ast).filter((located) => located.table.kind === 'standard');
  const header = tables.find((located) => samePath(located.path, parentPath));
  if (header) return appendToTable(source, header.table, [path[path.length - 1] as string], formatted);

  // The parent may exist through dotted keys (`params.location = …`): add beside them.
  const dotted = pairs.filter(
    (located) => located.container.type !== 'TOMLInlineTable'
      && located.containerPath.length < parentPath.length
      && startsWithPath(located.path, parentPath)
      && located.path.length > parentPath.length,
  ).pop();
  if (dotted) return insertAfterPair(source, dotted.pair, path.slice(dotted.containerPath.length), formatted);

  if (parentPath.length === 0) return appendToTable(source, ast.body[0], path, formatted);

  const ancestor = tables
    .filter((located) => located.path.length < parentPath.length && startsWithPath(parentPath, located.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (ancestor) return appendToTable(source, ancestor.table, path.slice(ancestor.path.length), formatted);
  return appendNewTable(source, parentPath, path[path.length - 1] as string, formatted);
}

/** After the last pair of a table (a top-level key goes before the first header). */
function appendToTable(source: string, table: AST.TOMLTopLevelTable | AST.TOMLTable, keyPath: readonly string[], formatted: string): string {
  const body: (AST.TOMLKeyValue | AST.TOMLTable)[] = table.body;
  const pairs = body.filter((node): node is AST.TOMLKeyValue => node.type === 'TOMLKeyValue');
  const last = pairs[pairs.length - 1];
  if (last) return insertAfterPair(source, last, keyPath, formatted);
  const line = `${formatKeyPath(keyPath)} = ${formatted}`;
  const eol = dominantLineEnding(source);
  if (table.type === 'TOMLTable') {
    const at = lineEndAfter(source, table.key.range[1]);
    return at.found ? splice(source, at.index, at.index, `${line}${at.eol}`) : splice(source, at.index, at.index, `${eol}${line}`);
  }
  const firstHeader = body.find((node) => node.type === 'TOMLTable');
  if (firstHeader) {
    const at = lineStartOf(source, firstHeader.range[0]);
    return splice(source, at, at, `${line}${eol}`);
  }
  const needsBreak = source.length > 0 && !source.endsWith('\n');
  return `${source}${needsBreak ? eol : ''}${line}${eol}`;
}

function insertAfterPair(source: string, pair: AST.TOMLKeyValue, keyPath: readonly string[], formatted: string): string {
  const lineStart = lineStartOf(source, pair.range[0]);
  const lead = source.slice(lineStart, pair.range[0]);
  const indent = /^[ \t]*$/.test(lead) ? lead : '';
  const between = source.slice(pair.key.range[1], pair.value.range[0]);
  const separator = /^[ \t]*=[ \t]*$/.test(between) ? between : ' = ';
  const line = `${indent}${formatKeyPath(keyPath)}${separator}${formatted}`;
  const at = lineEndAfter(source, pair.range[1]);
  return at.found
    ? splice(source, at.index, at.index, `${line}${at.eol}`)
    : splice(source, at.index, at.index, `${dominantLineEnding(source)}${line}`);
}

function appendNewTable(source: string, tablePath: readonly string[], name: string, formatted: string): string {
  const eol = dominantLineEnding(source);
  let prefix = source.length > 0 && !source.endsWith('\n') ? eol : '';
  if (source.trim().length > 0 && !/\n[ \t]*\r?\n$/.test(source + prefix)) prefix += eol;
  return `${source}${prefix}[${formatKeyPath(tablePath)}]${eol}${formatKey(name)} = ${formatted}${eol}`;
}

function insertIntoInlineTable(source: string, table: AST.TOMLInlineTable, name: string, formatted: string): string {
  const entry = `${formatKey(name)} = ${formatted}`;
  const last = table.body[table.body.length - 1];
  if (last) return splice(source, last.range[1], last.range[1], `, ${entry}`);
  return splice(source, table.range[0], table.range[1], `{ ${entry} }`);
}

function removeValue(document: TomlDocument, path: readonly string[]): Change {
  const { source, ast } = document;
  const ranges: [number, number][] = [];
  const pairs = locatePairs(ast);
  const removedTables = locateTables(ast).filter((located) => startsWithPath(located.path, path));
  for (const located of removedTables) ranges.push(ownLines(source, located.table.range[0], located.table.range[1]));
  const inRemovedTable = (located: LocatedPair): boolean =>
    removedTables.some((table) => table.table.range[0] <= located.pair.range[0] && located.pair.range[1] <= table.table.range[1]);
  for (const located of pairs) {
    if (!startsWithPath(located.path, path) || inRemovedTable(located)) continue;
    if (ranges.some(([start, end]) => start <= located.pair.range[0] && located.pair.range[1] <= end)) continue;
    if (located.path.length > path.length && located.container.type === 'TOMLInlineTable') continue;
    ranges.push(located.container.type === 'TOMLInlineTable'
      ? inlineEntryRange(located.container, located.pair)
      : ownLines(source, located.pair.range[0], located.pair.range[1]));
  }
  let text = source;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) text = splice(text, start, end, '');
  return { text, written: undefined };
}

function inlineEntryRange(table: AST.TOMLInlineTable, pair: AST.TOMLKeyValue): [number, number] {
  const index = table.body.indexOf(pair);
  const next = table.body[index + 1];
  const previous = table.body[index - 1];
  if (next) return [pair.range[0], next.range[0]];
  if (previous) return [previous.range[1], pair.range[1]];
  return [table.range[0] + 1, table.range[1] - 1];
}

/** The whole lines from start to end, with a trailing comment and the line ending. */
function ownLines(source: string, start: number, end: number): [number, number] {
  const at = lineEndAfter(source, end);
  return [lineStartOf(source, start), at.found ? at.index : at.index];
}

/** A new value written the way the old one was: quotes, date precision and offset, float-ness. */
function inStyleOf(old: AST.TOMLContentNode, value: TomlValue, source: string): { text: string; value: TomlValue } {
  if (old.type === 'TOMLValue' && old.kind === 'string') {
    const style: StringStyle = { quote: old.style, multiline: old.multiline };
    if (value.type === 'string') return { text: formatString(value.value, style), value };
    if (value.type === 'datetime') {
      const dated = DATE_TEXT.test(old.value) ? adaptDate(old.value, value.text, value.kind) : value.text;
      return { text: formatString(dated, style), value: { type: 'string', value: dated } };
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

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$/;

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

function setPath(root: TomlTable, path: readonly string[], value: TomlValue): void {
  let table = root;
  for (const segment of path.slice(0, -1)) {
    let next = table.entries.get(segment);
    if (next?.type !== 'table') {
      next = emptyTable();
      table.entries.set(segment, next);
    }
    table = next;
  }
  table.entries.set(path[path.length - 1] as string, value);
}

function deletePath(root: TomlTable, path: readonly string[]): void {
  let table: TomlValue | undefined = root;
  for (const segment of path.slice(0, -1)) {
    table = table?.type === 'table' ? table.entries.get(segment) : undefined;
  }
  if (table?.type === 'table') table.entries.delete(path[path.length - 1] as string);
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
function lineEndAfter(text: string, offset: number): { index: number; found: boolean; eol: string } {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return { index: text.length, found: false, eol: '' };
  return { index: newline + 1, found: true, eol: text[newline - 1] === '\r' ? '\r\n' : '\n' };
}

export function dominantLineEnding(text: string): string {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}
