import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ELECTRON_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface WindowCall {
  /** electron/-relative file. */
  file: string;
  line: number;
  /** The webPreferences object literal, its values read as literals ('session', 'preload' and other expressions as their source text). */
  webPreferences: Record<string, unknown> | undefined;
}

/**
 * Every `new BrowserWindow(...)` in the shell's sources and the web
 * preferences written in it, read from the code itself: the settings a
 * window gets are the literal at the place it is made, where
 * electronegativity reads them too.
 */
export function browserWindowCalls(): WindowCall[] {
  const calls: WindowCall[] = [];
  for (const file of sourceFiles(ELECTRON_DIR)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'BrowserWindow') {
        const options = node.arguments?.[0];
        const preferences = options !== undefined && ts.isObjectLiteralExpression(options) ? property(options, 'webPreferences') : undefined;
        calls.push({
          file: relative(ELECTRON_DIR, file),
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          webPreferences: preferences !== undefined && ts.isObjectLiteralExpression(preferences) ? literalObject(preferences, source) : undefined,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const member of object.properties) {
    if (ts.isPropertyAssignment(member) && member.name.getText() === name) return member.initializer;
  }
  return undefined;
}

function literalObject(object: ts.ObjectLiteralExpression, source: ts.SourceFile): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const member of object.properties) {
    if (ts.isSpreadAssignment(member)) values['...'] = member.expression.getText(source);
    else if (ts.isPropertyAssignment(member)) values[member.name.getText(source)] = literal(member.initializer, source);
    else if (ts.isShorthandPropertyAssignment(member)) values[member.name.getText(source)] = member.name.getText(source);
  }
  return values;
}

function literal(node: ts.Expression, source: ts.SourceFile): unknown {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  return { expression: node.getText(source) };
}
