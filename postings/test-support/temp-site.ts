import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { PROJECT_ROOT } from './cli.js';

/** The shared corpus of real careers sites (read-only); POSTING_DESK_CORPUS overrides. */
export const CORPUS = process.env.POSTING_DESK_CORPUS ?? resolve(PROJECT_ROOT, '..', 'shared', 'corpus');
export const CAREERS_CRUNCH = join(CORPUS, 'careers-crunch');
export const SAMPLE_SITE = join(PROJECT_ROOT, 'sample-site');

const created: string[] = [];

/** A new empty folder under the system's temp folder, removed by removeTempFolders(). */
export function makeTempFolder(prefix = 'posting-desk-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  created.push(folder);
  return folder;
}

export function removeTempFolders(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A writable copy of a site (the corpus is read-only on disk). */
export function copySite(source: string): string {
  const target = join(makeTempFolder(), 'site');
  cpSync(source, target, { recursive: true });
  makeWritable(target);
  return target;
}

function makeWritable(path: string): void {
  const info = lstatSync(path);
  if (info.isSymbolicLink()) return;
  chmodSync(path, (info.mode & 0o7777) | (info.isDirectory() ? 0o700 : 0o600));
  if (info.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}

/** Every file under a folder (dot files included) with its bytes, by path relative to the folder. */
export function snapshotFolder(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(folder, path).split(sep).join('/'), entry.isSymbolicLink() ? Buffer.from(`-> symlink`) : readFileSync(path));
    }
  };
  walk(folder);
  return files;
}

/** Paths whose bytes differ between two snapshots, plus added and removed paths. */
export function changedPaths(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => {
    const a = before.get(path);
    const b = after.get(path);
    return a === undefined || b === undefined || !a.equals(b);
  }).sort();
}

/**
 * Whether Hugo can run here. Developers without Hugo see its suites skipped
 * with the reason; CI installs Hugo, so there a missing Hugo is a failure,
 * never a quiet skip.
 */
export function hugoAvailable(): boolean {
  const available = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
  if (!available && process.env.CI) throw new Error('CI must install Hugo (apt-get install -y hugo): the Hugo round-trip tests cannot run without it');
  return available;
}

/** Runs Hugo in a site folder; fails the test with Hugo's own output when Hugo fails. */
export function runHugo(args: readonly string[], cwd: string): { stdout: string; stderr: string } {
  const result = spawnSync('hugo', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`hugo ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

export interface HugoListedPage {
  path: string;
  slug: string;
  title: string;
  date: string;
  expiryDate: string;
  publishDate: string;
  draft: string;
  permalink: string;
}

/** `hugo list all` (or drafts/future/expired) as rows keyed by content path. */
export function hugoList(kind: 'all' | 'drafts' | 'future' | 'expired', cwd: string): Map<string, HugoListedPage> {
  const [header, ...rows] = parseCsv(runHugo(['list', kind], cwd).stdout);
  if (!header || header.join(',') !== 'path,slug,title,date,expiryDate,publishDate,draft,permalink') {
    throw new Error(`hugo list ${kind} printed an unexpected header: ${header?.join(',')}`);
  }
  const pages = new Map<string, HugoListedPage>();
  for (const row of rows) {
    const [path = '', slug = '', title = '', date = '', expiryDate = '', publishDate = '', draft = '', permalink = ''] = row;
    pages.set(path, { path, slug, title, date, expiryDate, publishDate, draft, permalink });
  }
  return pages;
}

/** RFC 4180 CSV, as Go's encoding/csv writes it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && text[index + 1] === '\n')) {
      if (char === '\r') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
