import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { PostingError, positionAt, type SourcePosition } from '../file/posting-error.js';
import type { FrontMatterFormat, PostingParts } from '../file/split.js';
import { locatePairs, locateTables } from '../toml/locate.js';
import { contentValue, parseToml, type TomlDocument } from '../toml/parse.js';
import { asPostingError } from './toml-failure.js';
import { DATE_TEXT, emptyTable, valueAt, type TomlTable, type TomlValue } from '../toml/value.js';

/** One detail of a posting with where its key and value stand in the file. */
export interface FrontMatterEntry {
  path: string[];
  value: TomlValue;
  /** Offsets into the whole file's text. */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

export interface ParsedFrontMatter {
  format: FrontMatterFormat;
  /** Offsets into the whole file's text of the front matter's own text. */
  start: number;
  end: number;
  root: TomlTable;
  entries: FrontMatterEntry[];
  /** The TOML syntax tree, for lossless edits. */
  toml?: TomlDocument;
}

/**
 * Reads the front matter of a split posting. Errors carry the line and column
 * in the whole file, not in the front matter.
 */
export function parseFrontMatter(text: string, parts: PostingParts): ParsedFrontMatter | undefined {
  const region = parts.frontMatter;
  if (!region) return undefined;
  const source = text.slice(region.start, region.end);
  const origin = positionAt(text, region.start);
  const inFile = (position: SourcePosition): SourcePosition => ({
    line: origin.line + position.line - 1,
    column: position.line === 1 ? origin.column + position.column - 1 : position.column,
  });
  if (region.format === 'toml') {
    const toml = asPostingError(() => parseToml(source), inFile);
    return { format: 'toml', start: region.start, end: region.end, root: toml.root, entries: tomlEntries(toml, region.start), toml };
  }
  try {
    return { format: region.format, start: region.start, end: region.end, ...yamlEntries(source, region.start, region.format) };
  } catch (error) {
    if (error instanceof PostingError && error.position) throw new PostingError(error.code, error.message.replace(/ \(line \d+, column \d+\)$/, ''), inFile(error.position));
    throw error;
  }
}

function tomlEntries(toml: TomlDocument, offset: number): FrontMatterEntry[] {
  const entries: FrontMatterEntry[] = locateTables(toml.ast)
    .filter((located) => located.table.kind === 'standard')
    .map((located) => ({
      path: located.path.map(String),
      value: valueAt(toml.root, located.path) ?? emptyTable(),
      keyStart: located.table.key.range[0] + offset,
      keyEnd: located.table.key.range[1] + offset,
      valueStart: located.table.range[0] + offset,
      valueEnd: located.table.range[1] + offset,
    }));
  for (const located of locatePairs(toml.ast)) {
    entries.push({
      path: located.path.map(String),
      value: contentValue(located.pair.value, toml.source),
      keyStart: located.pair.key.range[0] + offset,
      keyEnd: located.pair.key.range[1] + offset,
      valueStart: located.pair.value.range[0] + offset,
      valueEnd: located.pair.value.range[1] + offset,
    });
  }
  return entries.sort((a, b) => a.keyStart - b.keyStart);
}

function yamlEntries(source: string, offset: number, format: 'yaml' | 'json'): { root: TomlTable; entries: FrontMatterEntry[] } {
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const position = positionAt(source, problem.pos[0]);
    const name = format === 'json' ? 'JSON' : 'YAML';
    throw new PostingError('invalid-front-matter', `The details are not valid ${name}: ${problem.message.split('\n')[0] ?? ''}`, position);
  }
  const entries: FrontMatterEntry[] = [];
  const convert = (node: unknown, path: string[]): TomlValue | undefined => {
    if (isMap(node)) {
      const table = emptyTable();
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const value = convert(pair.value, [...path, name]);
        if (value === undefined) continue;
        table.entries.set(name, value);
        const keyRange = pair.key.range;
        const valueRange = (pair.value as YamlNode | null)?.range ?? keyRange;
        if (keyRange && valueRange) {
          entries.push({ path: [...path, name], value, keyStart: keyRange[0] + offset, keyEnd: keyRange[1] + offset, valueStart: valueRange[0] + offset, valueEnd: valueRange[1] + offset });
        }
      }
      return table;
    }
    if (isSeq(node)) {
      return { type: 'array', items: node.items.map((item, index) => convert(item, [...path, String(index)])).filter((item): item is TomlValue => item !== undefined) };
    }
    if (isScalar(node)) return scalarValue(node.value, node.source, node.type, format);
    return undefined;
  };
  const root = convert(document.contents, []);
  if (root !== undefined && root.type !== 'table') {
    throw new PostingError('invalid-front-matter', 'The details must be a set of named values, not a single value or a list');
  }
  return { root: root ?? emptyTable(), entries: entries.sort((a, b) => a.keyStart - b.keyStart) };
}

function scalarValue(value: unknown, raw: unknown, type: string | undefined, format: 'yaml' | 'json'): TomlValue | undefined {
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'number') {
    const text = typeof raw === 'string' ? raw : String(value);
    return Number.isInteger(value) && !/[.eE]/.test(text) ? { type: 'integer', value: BigInt(value) } : { type: 'float', value };
  }
  if (typeof value === 'bigint') return { type: 'integer', value };
  if (typeof value === 'string') {
    const plain = format === 'yaml' && type === 'PLAIN';
    if (plain && DATE_TEXT.test(value)) return { type: 'datetime', kind: dateKind(value), text: value };
    return { type: 'string', value };
  }
  if (value instanceof Date) return { type: 'datetime', kind: 'offset-date-time', text: value.toISOString() };
  return undefined;
}

function dateKind(text: string): 'offset-date-time' | 'local-date-time' | 'local-date' {
  if (text.length === 10) return 'local-date';
  return /(?:[Zz]|[+-]\d{2}:?\d{2})$/.test(text) ? 'offset-date-time' : 'local-date-time';
}
