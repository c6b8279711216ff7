import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import { splitPosting } from '../file/split.js';
import { parseFrontMatter } from '../posting/front-matter.js';
import { toPlain, valueAt, type PlainValue, type TomlTable } from '../toml/value.js';
import type { Repository } from './repository.js';

/** One posting as the list shows it: read from its front matter only. */
export interface PostingSummary {
  /** Repository-relative, with forward slashes. */
  path: string;
  format?: 'toml' | 'yaml' | 'json';
  title?: string;
  /** Dates as written in the file. */
  date?: string;
  publishDate?: string;
  expiryDate?: string;
  draft?: boolean;
  weight?: number | string;
  /** Why the file could not be read, when it could not. */
  error?: string;
}

/** Lists the postings of the repository's section, sorted by weight, then date (newest first), then title. */
export function listPostings(repository: Repository): PostingSummary[] {
  return findPostingFiles(repository.sectionDir)
    .map((file) => summarize(repository.root, file))
    .sort(comparePostings);
}

/** Markdown files of a section: `slug.md` and page bundles `slug/index.md`; `_index.md` is the section page. */
export function findPostingFiles(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      const bundle = readdirSafe(path).find((name) => name === 'index.md');
      if (bundle) files.push(join(path, bundle));
      else files.push(...findPostingFiles(path));
    } else if (entry.isFile() && entry.name.endsWith('.md') && entry.name !== '_index.md') {
      files.push(path);
    }
  }
  return files;
}

function readdirSafe(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

export function summarize(root: string, file: string): PostingSummary {
  const path = relative(root, file).split(sep).join('/');
  try {
    const text = decodePosting(readFileSync(file));
    const parts = splitPosting(text);
    const frontMatter = parseFrontMatter(text, parts);
    if (!frontMatter) return { path, error: 'This file has no details section (front matter)' };
    return { path, format: frontMatter.format, ...pickSummaryFields(frontMatter.root) };
  } catch (error) {
    return { path, error: error instanceof PostingError ? error.message : `Could not read the file: ${(error as Error).message}` };
  }
}

function pickSummaryFields(root: TomlTable): Omit<PostingSummary, 'path' | 'format' | 'error'> {
  const plain = (key: string): PlainValue | undefined => {
    const value = valueAt(root, [key]);
    return value === undefined ? undefined : toPlain(value);
  };
  const title = plain('title');
  const date = plain('date');
  const publishDate = plain('publishDate') ?? plain('publishdate');
  const expiryDate = plain('expiryDate') ?? plain('expirydate');
  const draft = plain('draft');
  const weight = plain('weight');
  return {
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof date === 'string' ? { date } : {}),
    ...(typeof publishDate === 'string' ? { publishDate } : {}),
    ...(typeof expiryDate === 'string' ? { expiryDate } : {}),
    ...(typeof draft === 'boolean' ? { draft } : {}),
    ...(typeof weight === 'number' || typeof weight === 'string' ? { weight } : {}),
  };
}

/** Hugo's default order: weight (unset last), then date newest first, then title. */
function comparePostings(a: PostingSummary, b: PostingSummary): number {
  const weightA = typeof a.weight === 'number' && a.weight !== 0 ? a.weight : Number.POSITIVE_INFINITY;
  const weightB = typeof b.weight === 'number' && b.weight !== 0 ? b.weight : Number.POSITIVE_INFINITY;
  if (weightA !== weightB) return weightA - weightB;
  const dateA = a.date ? Date.parse(a.date) || 0 : 0;
  const dateB = b.date ? Date.parse(b.date) || 0 : 0;
  if (dateA !== dateB) return dateB - dateA;
  return (a.title ?? a.path).localeCompare(b.title ?? b.path);
}
