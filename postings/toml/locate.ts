import type { AST } from 'toml-eslint-parser';
import { keyName } from './parse.js';

/** A key/value pair with its full path from the document root. */
export interface LocatedPair {
  path: (string | number)[];
  pair: AST.TOMLKeyValue;
  /** The table header the pair sits under, or the top level, or an inline table. */
  container: AST.TOMLTopLevelTable | AST.TOMLTable | AST.TOMLInlineTable;
  /** The full path of the container. */
  containerPath: (string | number)[];
}

export interface LocatedTable {
  path: (string | number)[];
  table: AST.TOMLTable;
}

/** Every pair in document order, including those inside inline tables and arrays. */
export function locatePairs(program: AST.TOMLProgram): LocatedPair[] {
  const top = program.body[0];
  const found: LocatedPair[] = [];
  const visit = (
    pair: AST.TOMLKeyValue,
    container: LocatedPair['container'],
    containerPath: (string | number)[],
  ): void => {
    const path = [...containerPath, ...pair.key.keys.map(keyName)];
    found.push({ path, pair, container, containerPath });
    visitContent(pair.value, path);
  };
  const visitContent = (node: AST.TOMLContentNode, path: (string | number)[]): void => {
    if (node.type === 'TOMLInlineTable') {
      for (const inner of node.body) visit(inner, node, path);
    } else if (node.type === 'TOMLArray') {
      node.elements.forEach((element, index) => visitContent(element, [...path, index]));
    }
  };
  for (const node of top.body) {
    if (node.type === 'TOMLKeyValue') visit(node, top, []);
    else for (const pair of node.body) visit(pair, node, node.resolvedKey);
  }
  return found;
}

export function locateTables(program: AST.TOMLProgram): LocatedTable[] {
  return program.body[0].body
    .filter((node): node is AST.TOMLTable => node.type === 'TOMLTable')
    .map((table) => ({ path: table.resolvedKey, table }));
}

export function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

export function startsWithPath(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => segment === path[index]);
}
