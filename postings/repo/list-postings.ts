import { closeSync, openSync, readdirSync, readFileSync, readSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import { splitPosting, type PostingParts } from '../file/split.js';
import { parseFrontMatter, type ParsedFrontMatter } from '../posting/front-matter.js';
import { toPlain, valueAt, type PlainValue, type TomlTable } from '../toml/value.js';
import type { Repository } from './repository.js';
import { readSummaryValues } from './summary-values.js';

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
  return sortPostings(findPostingFiles(repository.sectionDir).map((file) => summarize(repository.root, file)));
}

/** Hugo's default order for a list of pages. */
export function sortPostings(summaries: readonly PostingSummary[]): PostingSummary[] {
  return summaries
    .map((summary) => ({ summary, key: sortKey(summary) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ summary }) => summary);
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
    const { text, parts } = readFrontMatterPart(file);
    if (!parts.frontMatter) return { path, error: 'This file has no details section (front matter)' };
    return { path, format: parts.frontMatter.format, ...pickSummaryFields(frontMatterValues(text, parts)) };
  } catch (error) {
    return { path, error: error instanceof PostingError ? error.message : `Could not read the file: ${(error as Error).message}` };
  }
}

/** Enough for the details of any real posting; a longer one is read whole. */
const HEAD_BYTES = 16 * 1024;

/**
 * Reads and decodes only the start of the file when the details section
 * closes there: listing thousands of postings must not decode every body.
 * The cut is made after a line break, which never falls inside a UTF-8
 * character, so positions in error messages stay those of the whole file.
 */
function readFrontMatterPart(file: string): { text: string; parts: PostingParts } {
  const head = readHead(file);
  if (head.complete) {
    const text = decodePosting(head.bytes);
    return { text, parts: splitPosting(text) };
  }
  const lastLineEnd = head.bytes.lastIndexOf(0x0a);
  if (lastLineEnd !== -1) {
    const text = decodePosting(head.bytes.subarray(0, lastLineEnd + 1));
    try {
      return { text, parts: splitPosting(text) };
    } catch (error) {
      if (!(error instanceof PostingError && error.code === 'unclosed-front-matter')) throw error;
    }
  }
  const text = decodePosting(readFileSync(file));
  return { text, parts: splitPosting(text) };
}

// One buffer for every file: the decoded text is a copy, and a fresh 16 KB per
// file would make garbage collection a third of a large listing.
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);

function readHead(file: string): { bytes: Buffer; complete: boolean } {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = headBuffer;
    let size = 0;
    while (size < HEAD_BYTES) {
      const read = readSync(descriptor, buffer, size, HEAD_BYTES - size, size);
      if (read === 0) break;
      size += read;
    }
    return { bytes: buffer.subarray(0, size), complete: size < HEAD_BYTES };
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The values alone: listing thousands of postings needs no source ranges.
 * Anything the fast reader is unsure of, errors included, goes through the
 * full parser, which also gives an error its position in the file.
 */
function frontMatterValues(text: string, parts: PostingParts): TomlTable {
  const region = parts.frontMatter as NonNullable<PostingParts['frontMatter']>;
  if (region.format === 'toml') {
    const fast = readSummaryValues(text.slice(region.start, region.end));
    if (fast) return fast;
  }
  return (parseFrontMatter(text, parts) as ParsedFrontMatter).root;
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

interface SortKey {
  weight: number;
  date: number;
  title: string;
}

function sortKey(summary: PostingSummary): SortKey {
  return {
    weight: typeof summary.weight === 'number' && summary.weight !== 0 ? summary.weight : Number.POSITIVE_INFINITY,
    date: summary.date ? Date.parse(summary.date) || 0 : 0,
    title: summary.title ?? summary.path,
  };
}

/** Hugo's default order: weight (unset last), then date newest first, then title. */
function compareKeys(a: SortKey, b: SortKey): number {
  if (a.weight !== b.weight) return a.weight - b.weight;
  if (a.date !== b.date) return b.date - a.date;
  return TITLE_ORDER.compare(a.title, b.title);
}

// Hugo compares titles with a language collator ("alpha" < "Beta" < "Émile"), not byte by byte.
const TITLE_ORDER = new Intl.Collator('en');
