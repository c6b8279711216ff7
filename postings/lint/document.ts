import { PostingError } from '../file/posting-error.js';
import { splitPosting, type PostingParts } from '../file/split.js';
import { parseFrontMatter, type ParsedFrontMatter } from '../posting/front-matter.js';
import type { FrontMatterField, LintDocument, LintFrontMatter } from './types.js';
import { extractMarkdownFacts } from './markdown-facts.js';

export interface LintDocumentOptions {
  path?: string;
}

/**
 * Builds what the rules read from a posting's text. Never throws on a broken
 * posting: a front matter that does not parse is recorded as an error for the
 * front matter rules, and the body is still checked.
 */
export function createLintDocument(input: string, options: LintDocumentOptions = {}): LintDocument {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const { frontMatter, bodyStart } = readFrontMatter(text);
  const facts = extractMarkdownFacts(text, bodyStart);
  const fields = frontMatter?.fields ?? [];
  const byPath = new Map(fields.map((field) => [field.path.join('.'), field]));
  return {
    text,
    textOffset: input.length - text.length,
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(frontMatter === undefined ? {} : { frontMatter }),
    bodyStart,
    ...facts,
    field: (path: string) => byPath.get(path),
  };
}

function readFrontMatter(text: string): { frontMatter: LintFrontMatter | undefined; bodyStart: number } {
  let parts: PostingParts;
  try {
    parts = splitPosting(text);
  } catch (error) {
    if (!(error instanceof PostingError)) throw error;
    const format = text.trimStart().startsWith('-') ? 'yaml' : text.trimStart().startsWith('{') ? 'json' : 'toml';
    const offset = text.length - text.trimStart().length;
    return { frontMatter: { format, start: offset, end: text.length, fields: [], error: { message: error.message.replace(/ \(line \d+, column \d+\)$/, ''), offset } }, bodyStart: text.length };
  }
  const region = parts.frontMatter;
  if (!region) return { frontMatter: undefined, bodyStart: parts.bodyStart };
  let parsed: ParsedFrontMatter | undefined;
  try {
    parsed = parseFrontMatter(text, parts);
  } catch (error) {
    if (!(error instanceof PostingError)) throw error;
    const offset = error.position ? offsetAt(text, error.position.line, error.position.column) : region.start;
    return {
      frontMatter: { format: region.format, start: region.start, end: region.end, fields: [], error: { message: error.message.replace(/ \(line \d+, column \d+\)$/, ''), offset } },
      bodyStart: parts.bodyStart,
    };
  }
  const fields: FrontMatterField[] = (parsed?.entries ?? []).map((entry) => ({ ...entry }));
  return { frontMatter: { format: region.format, start: region.start, end: region.end, fields }, bodyStart: parts.bodyStart };
}

function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return text.length;
    offset = newline + 1;
  }
  return Math.min(text.length, offset + column - 1);
}
