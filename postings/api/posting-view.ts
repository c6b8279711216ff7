/** A posting's text as the UI sees it: its details with their types, and whether they can be edited. Pure. */
import { PostingError } from '../file/posting-error.js';
import { splitPosting } from '../file/split.js';
import type { FrontMatterEntry, ParsedFrontMatter } from '../posting/front-matter.js';
import { readPostingText } from '../posting/posting.js';
import { formatKeyPath, formatValue } from '../toml/format.js';
import { toPlain, type TomlTable, type TomlValue } from '../toml/value.js';
import type { ApiError, DetailField, DetailType, FrontMatterFormat, JsonValue, PostingView } from './api.js';
import { toApiError } from './errors.js';

export function postingView(path: string, text: string, version: string): PostingView {
  let frontMatter: ParsedFrontMatter | undefined;
  try {
    frontMatter = readPostingText(text).frontMatter;
  } catch (error) {
    if (!(error instanceof PostingError)) throw error;
    return unreadableView(path, text, version, toApiError(error, path));
  }
  const bodyStart = splitPosting(text).bodyStart;
  if (!frontMatter) {
    const reason = 'This file has no details section (front matter between “+++” lines), so it is not a posting; its text can still be edited';
    return { path, text, version, bodyStart, format: 'none', details: [], values: {}, editable: { reason, code: 'not-a-posting' } };
  }
  const editable: PostingView['editable'] = frontMatter.format === 'toml'
    ? true
    : { reason: `This posting's details are written in ${frontMatter.format.toUpperCase()}; Posting Desk edits TOML details only. Its text can still be edited`, code: 'not-editable' };
  return {
    path,
    text,
    version,
    bodyStart,
    format: frontMatter.format,
    details: detailFields(text, frontMatter),
    values: toPlain(frontMatter.root) as { [key: string]: JsonValue },
    editable,
  };
}

/** The details do not parse (or the section is never closed): the text still opens, so it can be fixed. */
function unreadableView(path: string, text: string, version: string, problem: ApiError): PostingView {
  let bodyStart = 0;
  try {
    bodyStart = splitPosting(text).bodyStart;
  } catch {
    // A section never closed: no body can be told apart.
  }
  return { path, text, version, bodyStart, format: formatOpening(text), details: [], values: {}, editable: { reason: problem.message, code: problem.code }, problem };
}

function formatOpening(text: string): FrontMatterFormat {
  const start = text.replace(/^\uFEFF/, '');
  if (start.startsWith('+++')) return 'toml';
  if (start.startsWith('---')) return 'yaml';
  if (start.startsWith('{')) return 'json';
  return 'none';
}

/** Every value that is not a non-empty table, in the order the details define them. */
function detailFields(text: string, frontMatter: ParsedFrontMatter): DetailField[] {
  const located = new Map<string, FrontMatterEntry>();
  for (const entry of frontMatter.entries) located.set(entry.path.join('\u0000'), entry);
  const lines = lineStarts(text);
  const fields: DetailField[] = [];
  const walk = (value: TomlValue, path: string[]): void => {
    if (value.type === 'table' && (path.length === 0 || value.entries.size > 0)) {
      for (const [name, item] of value.entries) walk(item, [...path, name]);
      return;
    }
    const entry = located.get(path.join('\u0000'));
    const field: DetailField = { key: formatKeyPath(path), path, type: detailType(value), value: toPlain(value), toml: formatValue(value) };
    if (value.type === 'datetime') field.dateKind = value.kind;
    if (entry) {
      field.raw = text.slice(entry.valueStart, entry.valueEnd);
      Object.assign(field, position(lines, entry.keyStart));
    }
    fields.push(field);
  };
  walk(frontMatter.root as TomlTable, []);
  return fields;
}

function detailType(value: TomlValue): DetailType {
  if (value.type !== 'datetime') return value.type;
  return value.kind === 'local-date' ? 'date' : value.kind === 'local-time' ? 'time' : 'datetime';
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}
