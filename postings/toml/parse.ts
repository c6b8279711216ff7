import { parseTOML, ParseError, type AST } from 'toml-eslint-parser';
import { TomlError } from './toml-error.js';
import { emptyTable, ensureTable, setValueAt, type TomlTable, type TomlValue } from './value.js';

/** A parsed TOML text: the syntax tree (with source ranges) and its values. */
export interface TomlDocument {
  source: string;
  ast: AST.TOMLProgram;
  root: TomlTable;
}

const FRIENDLY_MESSAGES: Record<string, string> = {
  'Defining a key multiple times is invalid': 'This detail is set twice; keep only one of them',
};

/** Parses TOML 1.0 text, or throws a TomlError with line and column. */
export function parseToml(source: string): TomlDocument {
  let ast: AST.TOMLProgram;
  try {
    // toml-eslint-parser 1.0.3 gives a `0` at the very end of a text without a
    // final line ending an empty range; a line ending after it changes no
    // offset and no value, and gives every node its true range.
    ast = parseTOML(source.endsWith('\n') ? source : `${source}\n`, { tomlVersion: '1.0.0' });
  } catch (error) {
    if (error instanceof ParseError) {
      const message = FRIENDLY_MESSAGES[error.message] ?? error.message;
      // An error at the added line ending is at the end of the text itself.
      const end = endPosition(source);
      const pastEnd = error.lineNumber > end.line;
      throw new TomlError('invalid-toml', `The details are not valid TOML: ${message}`, pastEnd ? end : {
        line: error.lineNumber,
        column: error.column + 1,
      });
    }
    throw error;
  }
  return { source, ast, root: tableValue(ast.body[0], source) };
}

/** Line and column just past the last character. */
function endPosition(source: string): { line: number; column: number } {
  let line = 1;
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) line += 1;
  return { line, column: source.length - source.lastIndexOf('\n') };
}

export function tableValue(top: AST.TOMLTopLevelTable, source: string): TomlTable {
  const root = emptyTable();
  for (const node of top.body) {
    if (node.type === 'TOMLKeyValue') {
      setValueAt(root, node.key.keys.map(keyName), contentValue(node.value, source));
      continue;
    }
    const table = node.kind === 'array' ? appendArrayTable(root, node.resolvedKey) : ensureTable(root, node.resolvedKey);
    for (const pair of node.body) setValueAt(table, pair.key.keys.map(keyName), contentValue(pair.value, source));
  }
  return root;
}

export function keyName(key: AST.TOMLBare | AST.TOMLQuoted): string {
  return key.type === 'TOMLBare' ? key.name : key.value;
}

export function contentValue(node: AST.TOMLContentNode, source: string): TomlValue {
  switch (node.type) {
    case 'TOMLArray':
      return { type: 'array', items: node.elements.map((element) => contentValue(element, source)) };
    case 'TOMLInlineTable': {
      const table = emptyTable();
      for (const pair of node.body) setValueAt(table, pair.key.keys.map(keyName), contentValue(pair.value, source));
      return table;
    }
    case 'TOMLValue':
      switch (node.kind) {
        case 'string':
          return { type: 'string', value: node.value };
        case 'integer':
          return { type: 'integer', value: node.bigint };
        case 'float':
          return { type: 'float', value: node.value };
        case 'boolean':
          return { type: 'boolean', value: node.value };
        default:
          return { type: 'datetime', kind: node.kind, text: source.slice(node.range[0], node.range[1]) };
      }
  }
}

function appendArrayTable(root: TomlTable, resolvedKey: (string | number)[]): TomlTable {
  const names = resolvedKey.slice(0, -1);
  const parent = ensureTable(root, names.slice(0, -1));
  const name = String(names[names.length - 1]);
  let array = parent.entries.get(name);
  if (array?.type !== 'array') {
    array = { type: 'array', items: [] };
    parent.entries.set(name, array);
  }
  const table = emptyTable();
  array.items.push(table);
  return table;
}
