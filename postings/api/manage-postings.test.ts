import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE } from '../test-support/temp-site.js';
import { readPostingText } from '../posting/posting.js';
import { hashBytes } from '../repo/version.js';
import type { ApiResult, HostServices } from './api.js';
import { createHandlers, type PostingDeskHandlers } from './handlers.js';

/**
 * New, rename, duplicate and delete on a copy of the sample site. Delete
 * goes through the `trash` package serve uses, with HOME and XDG_DATA_HOME
 * pointed at a temp folder so nothing lands in a real trash.
 */

let trashHome: string;
let serveTrash: HostServices['trash'];

beforeAll(async () => {
  trashHome = makeTempFolder('posting-desk-trash-');
  // Read when the trash package loads: set first, import after.
  process.env.HOME = trashHome;
  process.env.XDG_DATA_HOME = join(trashHome, 'data');
  const { default: trash } = await import('trash');
  serveTrash = async (file) => {
    await trash(file, { glob: false });
  };
});

const opened: PostingDeskHandlers[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((handlers) => handlers.close()));
});
afterAll(removeTempFolders);

function setUp(): { root: string; handlers: PostingDeskHandlers } {
  const root = copySite(SAMPLE_SITE);
  const handlers = createHandlers(root, { trash: serveTrash, now: () => new Date('2026-12-01T10:00:00Z') });
  opened.push(handlers);
  return { root, handlers };
}

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const versionOf = (root: string, path: string): string => hashBytes(readFileSync(join(root, path)));
const titleOf = (root: string, path: string): unknown => readPostingText(readFileSync(join(root, path), 'utf8')).frontMatter?.root.entries.get('title');

describe('newPosting', () => {
  it('creates a posting from the site archetype named after the title, never over an existing one', async () => {
    const { root, handlers } = setUp();
    const first = value(await handlers.newPosting({ title: 'Night Baker' }));
    expect(first).toEqual({ path: 'content/careers/night-baker.md', archetype: 'archetypes/careers.md' });
    expect(titleOf(root, first.path)).toEqual({ type: 'string', value: 'Night Baker' });
    expect(value(await handlers.newPosting({ title: 'Night Baker' })).path).toBe('content/careers/night-baker-2.md');
    expect(value(await handlers.newPosting({ title: 'Day Baker', bundle: true })).path).toBe('content/careers/day-baker/index.md');
  });
});

describe('renamePosting', () => {
  it('names the file after its title, and moves a page bundle folder whole', async () => {
    const { root, handlers } = setUp();
    const path = 'content/careers/data-analyst.md';
    writeFileSync(join(root, path), readFileSync(join(root, path), 'utf8').replace('title = "Data Analyst"', 'title = "Senior Data Analyst"'));
    const moved = value(await handlers.renamePosting({ path, baseVersion: versionOf(root, path) }));
    expect(moved).toEqual({ path: 'content/careers/senior-data-analyst.md', changed: true });
    expect(existsSync(join(root, path))).toBe(false);
    expect(titleOf(root, moved.path)).toEqual({ type: 'string', value: 'Senior Data Analyst' });

    const bundle = 'content/careers/technical-writer/index.md';
    const resources = readdirSync(join(root, 'content/careers/technical-writer')).sort();
    writeFileSync(join(root, bundle), readFileSync(join(root, bundle), 'utf8').replace(/title = "[^"]*"/, 'title = "Docs Writer"'));
    const bundleMoved = value(await handlers.renamePosting({ path: bundle, baseVersion: versionOf(root, bundle) }));
    expect(bundleMoved.path).toBe('content/careers/docs-writer/index.md');
    expect(readdirSync(join(root, 'content/careers/docs-writer')).sort()).toEqual(resources);
  });

  it('changes nothing when the name already follows the title, and refuses a taken name', async () => {
    const { root, handlers } = setUp();
    const path = 'content/careers/data-analyst.md';
    expect(value(await handlers.renamePosting({ path, baseVersion: versionOf(root, path) }))).toEqual({ path, changed: false });
    writeFileSync(join(root, path), readFileSync(join(root, path), 'utf8').replace('title = "Data Analyst"', 'title = "Product Designer"'));
    const taken = await handlers.renamePosting({ path, baseVersion: versionOf(root, path) });
    expect(taken.ok ? 'renamed' : taken.error.code).toBe('exists');
    expect(existsSync(join(root, path))).toBe(true);
  });
});

describe('duplicatePosting', () => {
  it('makes a draft copy titled "(copy)" beside it, and copies a bundle with its resources', async () => {
    const { root, handlers } = setUp();
    const copy = value(await handlers.duplicatePosting({ path: 'content/careers/data-analyst.md' }));
    expect(copy.path).toBe('content/careers/data-analyst-copy.md');
    const text = readFileSync(join(root, copy.path), 'utf8');
    expect(titleOf(root, copy.path)).toEqual({ type: 'string', value: 'Data Analyst (copy)' });
    expect(readPostingText(text).frontMatter?.root.entries.get('draft')).toEqual({ type: 'boolean', value: true });
    expect(value(await handlers.duplicatePosting({ path: 'content/careers/data-analyst.md' })).path).toBe('content/careers/data-analyst-copy-2.md');

    const bundle = value(await handlers.duplicatePosting({ path: 'content/careers/technical-writer/index.md' }));
    expect(bundle.path).toMatch(/^content\/careers\/[a-z-]+-copy\/index\.md$/);
    const source = readdirSync(join(root, 'content/careers/technical-writer')).sort();
    expect(readdirSync(join(root, bundle.path, '..')).sort()).toEqual(source);
  });

  it('never writes a copy over a name taken after its check (a symbolic link to nowhere), and leaves no temporary file', async () => {
    const { root, handlers } = setUp();
    const section = join(root, 'content', 'careers');
    symlinkSync(join(root, 'elsewhere.md'), join(section, 'data-analyst-copy.md'));
    const copy = value(await handlers.duplicatePosting({ path: 'content/careers/data-analyst.md' }));
    expect(copy.path).toBe('content/careers/data-analyst-copy-2.md');
    expect(readlinkSync(join(section, 'data-analyst-copy.md'))).toBe(join(root, 'elsewhere.md'));
    expect(existsSync(join(root, 'elsewhere.md'))).toBe(false);
    expect(readdirSync(section).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('deletePosting', () => {
  it('moves the posting to the (temp) system trash with its trash info, and a bundle whole', async () => {
    const { root, handlers } = setUp();
    const path = 'content/careers/data-analyst.md';
    const bytes = readFileSync(join(root, path));
    expect(value(await handlers.deletePosting({ path, baseVersion: hashBytes(bytes) }))).toEqual({ path });
    expect(existsSync(join(root, path))).toBe(false);
    const trashFiles = join(trashHome, 'data', 'Trash', 'files');
    const trashed = readdirSync(trashFiles).map((name) => readFileSync(join(trashFiles, name)));
    expect(trashed.some((content) => content.equals(bytes))).toBe(true);
    const infos = readdirSync(join(trashHome, 'data', 'Trash', 'info')).map((name) => readFileSync(join(trashHome, 'data', 'Trash', 'info', name), 'utf8'));
    expect(infos.some((info) => info.includes(`${join(root, path)}`) || info.includes(encodeURI(join(root, path))))).toBe(true);

    const bundle = 'content/careers/technical-writer/index.md';
    expect(value(await handlers.deletePosting({ path: bundle, baseVersion: versionOf(root, bundle) })).path).toBe(bundle);
    expect(existsSync(join(root, 'content/careers/technical-writer'))).toBe(false);
  });

  it('gives an undo token when the host keeps copies (a data folder), and undoDelete puts it back', async () => {
    const root = copySite(SAMPLE_SITE);
    const handlers = createHandlers(root, { trash: serveTrash, dataFolder: join(makeTempFolder(), 'data') });
    opened.push(handlers);
    const path = 'content/careers/data-analyst.md';
    const bytes = readFileSync(join(root, path));
    const deleted = value(await handlers.deletePosting({ path, baseVersion: hashBytes(bytes) }));
    expect(typeof deleted.undoToken).toBe('string');
    value(await handlers.undoDelete({ undoToken: deleted.undoToken as string }));
    expect(readFileSync(join(root, path))).toEqual(bytes);
  });

  it('reports a trash that fails and keeps the posting', async () => {
    const root = copySite(SAMPLE_SITE);
    const handlers = createHandlers(root, { trash: async () => Promise.reject(new Error('no trash on this system')) });
    opened.push(handlers);
    const path = 'content/careers/data-analyst.md';
    const result = await handlers.deletePosting({ path, baseVersion: versionOf(root, path) });
    expect(result.ok ? 'deleted' : `${result.error.code}: ${result.error.message}`).toMatch(/^io: .*no trash on this system.*nothing was deleted/);
    expect(existsSync(join(root, path))).toBe(true);
  });

  it('deletes only postings of the section', async () => {
    const { root, handlers } = setUp();
    mkdirSync(join(root, 'content', 'about'));
    writeFileSync(join(root, 'content', 'about', 'team.md'), '+++\ntitle = "Team"\n+++\n');
    for (const path of ['content/about/team.md', 'content/careers/_index.md', 'hugo.toml']) {
      const result = await handlers.deletePosting({ path, baseVersion: versionOf(root, path) });
      expect(result.ok ? 'deleted' : result.error.code, path).toBe('outside-repository');
      expect(existsSync(join(root, path))).toBe(true);
    }
  });
});
