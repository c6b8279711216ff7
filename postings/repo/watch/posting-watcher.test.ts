import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite } from '../../test-support/make-site.js';
import { removeTempFolders } from '../../test-support/temp-site.js';
import { writeFileAtomic } from '../atomic-write.js';
import { hashBytes } from '../version.js';
import { watchPostings, type PostingChange, type PostingWatcher } from './posting-watcher.js';

const posting = (title: string): string => `+++\ntitle = "${title}"\ndate = 2026-01-05\n+++\n\nBody of ${title}.\n`;

const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasGit) console.warn('the git checkout test is skipped: git is not on the PATH (apt-get install git)');

let watcher: PostingWatcher | undefined;

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  removeTempFolders();
});

/** Starts a watcher on a fresh site and collects what it reports. */
async function watchSite(files: Record<string, string>): Promise<{ root: string; changes: PostingChange[]; next: (count?: number) => Promise<PostingChange[]> }> {
  const root = makeSite({ 'hugo.toml': 'title = "Careers"\n', ...files });
  const changes: PostingChange[] = [];
  const waiters: (() => void)[] = [];
  watcher = watchPostings({
    root,
    sectionDir: join(root, 'content', 'careers'),
    onChanges: (batch) => {
      changes.push(...batch);
      for (const wake of waiters.splice(0)) wake();
    },
  });
  await watcher.ready;
  let taken = 0;
  const next = async (count = 1): Promise<PostingChange[]> => {
    const deadline = Date.now() + 5_000;
    while (changes.length < taken + count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} more change(s), saw ${JSON.stringify(changes.slice(taken))}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    const batch = changes.slice(taken, taken + count);
    taken += count;
    return batch;
  };
  return { root, changes, next };
}

const quietFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchPostings', () => {
  it('reports a posting another program writes, with the version of its new bytes, within a second', async () => {
    const { root, next } = await watchSite({ 'content/careers/chef.md': posting('Chef') });
    const started = Date.now();
    const text = posting('Head chef');
    writeFileSync(join(root, 'content/careers/chef.md'), text);
    expect(await next()).toEqual([{ kind: 'changed', path: 'content/careers/chef.md', version: hashBytes(Buffer.from(text)) }]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reports our own atomic save as one change of the posting and never its temporary file', async () => {
    const { root, changes, next } = await watchSite({ 'content/careers/chef.md': posting('Chef') });
    await writeFileAtomic(join(root, 'content/careers/chef.md'), Buffer.from(posting('Sous chef')));
    expect(await next()).toEqual([expect.objectContaining({ kind: 'changed', path: 'content/careers/chef.md' })]);
    await quietFor(500);
    expect(changes).toHaveLength(1);
  });

  it('reports nothing when a file is rewritten with the same bytes', async () => {
    const { root, changes } = await watchSite({ 'content/careers/chef.md': posting('Chef') });
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Chef'));
    await quietFor(600);
    expect(changes).toEqual([]);
  });

  it('reports a new posting and a new page bundle as added', async () => {
    const { root, next } = await watchSite({ 'content/careers/chef.md': posting('Chef') });
    writeFileSync(join(root, 'content/careers/baker.md'), posting('Baker'));
    expect(await next()).toEqual([expect.objectContaining({ kind: 'added', path: 'content/careers/baker.md' })]);
    mkdirSync(join(root, 'content/careers/waiter'));
    writeFileSync(join(root, 'content/careers/waiter/index.md'), posting('Waiter'));
    expect(await next()).toEqual([expect.objectContaining({ kind: 'added', path: 'content/careers/waiter/index.md' })]);
  });

  it('reports a moved file as renamed, not as a deletion and an addition', async () => {
    const { root, changes, next } = await watchSite({ 'content/careers/chef.md': posting('Chef') });
    renameSync(join(root, 'content/careers/chef.md'), join(root, 'content/careers/head-chef.md'));
    expect(await next()).toEqual([
      { kind: 'renamed', from: 'content/careers/chef.md', path: 'content/careers/head-chef.md', version: hashBytes(Buffer.from(posting('Chef'))) },
    ]);
    await quietFor(500);
    expect(changes).toHaveLength(1);
  });

  it('reports a page bundle whose folder moved whole as renamed', async () => {
    const { root, next } = await watchSite({ 'content/careers/chef/index.md': posting('Chef'), 'content/careers/chef/kitchen.jpg': 'jpg' });
    renameSync(join(root, 'content/careers/chef'), join(root, 'content/careers/head-chef'));
    expect(await next()).toEqual([expect.objectContaining({ kind: 'renamed', from: 'content/careers/chef/index.md', path: 'content/careers/head-chef/index.md' })]);
  });

  it('reports a deleted posting once the rename window has passed, within a second', async () => {
    const { root, next } = await watchSite({ 'content/careers/chef.md': posting('Chef'), 'content/careers/baker.md': posting('Baker') });
    const started = Date.now();
    rmSync(join(root, 'content/careers/chef.md'));
    expect(await next()).toEqual([{ kind: 'deleted', path: 'content/careers/chef.md' }]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reports a file removed and written again with other bytes as changed', async () => {
    const { root, changes, next } = await watchSite({ 'content/careers/chef.md': posting('Chef') });
    rmSync(join(root, 'content/careers/chef.md'));
    await quietFor(120);
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Chef de partie'));
    expect(await next()).toEqual([expect.objectContaining({ kind: 'changed', path: 'content/careers/chef.md' })]);
    await quietFor(500);
    expect(changes).toHaveLength(1);
  });

  it('ignores hidden files, the section page and files that are not Markdown', async () => {
    const { root, changes } = await watchSite({ 'content/careers/chef.md': posting('Chef') });
    writeFileSync(join(root, 'content/careers/.chef.md.0123456789ab.tmp'), 'partial');
    writeFileSync(join(root, 'content/careers/_index.md'), posting('Careers'));
    writeFileSync(join(root, 'content/careers/notes.txt'), 'notes');
    await quietFor(600);
    expect(changes).toEqual([]);
  });

  it('treats only index.md of a page bundle as a posting, as the list does', async () => {
    const { root, changes, next } = await watchSite({ 'content/careers/chef/index.md': posting('Chef') });
    writeFileSync(join(root, 'content/careers/chef/notes.md'), 'a page resource, not a posting');
    await quietFor(500);
    expect(changes).toEqual([]);
    writeFileSync(join(root, 'content/careers/chef/index.md'), posting('Head chef'));
    expect(await next()).toEqual([expect.objectContaining({ kind: 'changed', path: 'content/careers/chef/index.md' })]);
  });

  it('follows postings in a sub-folder of the section and a whole folder removed at once', async () => {
    const { root, next } = await watchSite({ 'content/careers/kitchen/chef.md': posting('Chef'), 'content/careers/kitchen/baker.md': posting('Baker') });
    writeFileSync(join(root, 'content/careers/kitchen/cook.md'), posting('Cook'));
    expect(await next()).toEqual([expect.objectContaining({ kind: 'added', path: 'content/careers/kitchen/cook.md' })]);
    rmSync(join(root, 'content/careers/kitchen'), { recursive: true });
    const gone = await next(3);
    expect(gone.map((change) => change.kind)).toEqual(['deleted', 'deleted', 'deleted']);
    expect(gone.map((change) => change.path).sort()).toEqual(['content/careers/kitchen/baker.md', 'content/careers/kitchen/chef.md', 'content/careers/kitchen/cook.md']);
  });

  it.skipIf(!hasGit)('reports what git checkout restores', async () => {
    const { root, next } = await watchSite({ 'content/careers/chef.md': posting('Chef') });
    const run = (...args: string[]): void => {
      const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: root });
      expect(result.status, result.stderr.toString()).toBe(0);
    };
    run('init', '-q');
    run('add', '.');
    run('commit', '-q', '-m', 'first');
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Changed chef'));
    expect(await next()).toEqual([expect.objectContaining({ kind: 'changed' })]);
    run('checkout', '--', 'content/careers/chef.md');
    expect(await next()).toEqual([{ kind: 'changed', path: 'content/careers/chef.md', version: hashBytes(Buffer.from(posting('Chef'))) }]);
  });
});
