import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite } from '../../test-support/make-site.js';
import { makeTempFolder, removeTempFolders } from '../../test-support/temp-site.js';
import { hashBytes } from '../version.js';
import { discardChanges } from './discard.js';
import { readGitStatus } from './status.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasGit) console.warn('git status tests skipped: git is not on the PATH (apt-get install git)');
if (!hasGit && process.env.CI === 'true') throw new Error('git is needed under CI for the git status tests: apt-get install git');

afterEach(removeTempFolders);

const posting = (title: string): string => `+++\ntitle = "${title}"\n+++\n\nBody.\n`;

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd });
  if (result.status !== 0) throw new Error(result.stderr.toString());
}

function committedSite(files: Record<string, string>): string {
  const root = makeSite({ 'hugo.toml': 'title = "Careers"\n', ...files });
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'first');
  return root;
}

describe.skipIf(!hasGit)('readGitStatus', () => {
  it('marks new and changed postings and leaves unchanged ones out', async () => {
    const root = committedSite({ 'content/careers/chef.md': posting('Chef'), 'content/careers/baker.md': posting('Baker') });
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Head chef'));
    mkdirSync(join(root, 'content/careers/waiter'));
    writeFileSync(join(root, 'content/careers/waiter/index.md'), posting('Waiter'));
    writeFileSync(join(root, 'hugo.toml'), 'title = "Elsewhere"\n');
    expect(await readGitStatus(root, 'content/careers')).toEqual({
      available: true,
      changes: { 'content/careers/chef.md': 'changed', 'content/careers/waiter/index.md': 'new' },
    });
  });

  it('counts a staged new file as new and a staged change as changed', async () => {
    const root = committedSite({ 'content/careers/chef.md': posting('Chef') });
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Head chef'));
    writeFileSync(join(root, 'content/careers/cook.md'), posting('Cook'));
    git(root, 'add', '.');
    expect(await readGitStatus(root, 'content/careers')).toEqual({
      available: true,
      changes: { 'content/careers/chef.md': 'changed', 'content/careers/cook.md': 'new' },
    });
  });

  it('gives paths relative to a site that lives in a sub-folder of the git repository', async () => {
    const top = makeTempFolder();
    const root = join(top, 'website');
    mkdirSync(join(root, 'content/careers'), { recursive: true });
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Chef'));
    git(top, 'init', '-q');
    git(top, 'add', '.');
    git(top, 'commit', '-q', '-m', 'first');
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Changed'));
    expect(await readGitStatus(root, 'content/careers')).toEqual({ available: true, changes: { 'content/careers/chef.md': 'changed' } });
  });

  it('says "not available", without an error, outside a git repository', async () => {
    const root = makeSite({ 'hugo.toml': '', 'content/careers/chef.md': posting('Chef') });
    expect(await readGitStatus(root, 'content/careers')).toEqual({ available: false, reason: 'This folder is not a git repository' });
  });

  it('says "not available" when git is not on the PATH', async () => {
    const root = committedSite({ 'content/careers/chef.md': posting('Chef') });
    const path = process.env.PATH;
    process.env.PATH = makeTempFolder();
    try {
      expect(await readGitStatus(root, 'content/careers')).toEqual({ available: false, reason: 'git is not installed or not on the PATH' });
    } finally {
      process.env.PATH = path;
    }
  });
});

describe.skipIf(!hasGit)('discardChanges', () => {
  it('puts the committed text back and reports its version', async () => {
    const root = committedSite({ 'content/careers/chef.md': posting('Chef') });
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Mine'));
    const result = await discardChanges(root, 'content/careers/chef.md');
    expect(readFileSync(join(root, 'content/careers/chef.md'), 'utf8')).toBe(posting('Chef'));
    expect(result).toEqual({ version: hashBytes(Buffer.from(posting('Chef'))) });
    expect(await readGitStatus(root, 'content/careers')).toEqual({ available: true, changes: {} });
  });

  it('brings back a committed posting that was deleted from the disk', async () => {
    const root = committedSite({ 'content/careers/chef.md': posting('Chef') });
    rmSync(join(root, 'content/careers/chef.md'));
    await discardChanges(root, 'content/careers/chef.md');
    expect(readFileSync(join(root, 'content/careers/chef.md'), 'utf8')).toBe(posting('Chef'));
  });

  it('writes the line endings checkout would write', async () => {
    const root = committedSite({ 'content/careers/chef.md': '+++\r\ntitle = "Chef"\r\n+++\r\n' });
    writeFileSync(join(root, 'content/careers/chef.md'), 'changed');
    await discardChanges(root, 'content/careers/chef.md');
    expect(readFileSync(join(root, 'content/careers/chef.md'), 'utf8')).toBe('+++\r\ntitle = "Chef"\r\n+++\r\n');
  });

  it('refuses, leaving the file as it is, when the posting was never committed', async () => {
    const root = committedSite({ 'content/careers/chef.md': posting('Chef') });
    writeFileSync(join(root, 'content/careers/cook.md'), posting('Cook'));
    await expect(discardChanges(root, 'content/careers/cook.md')).rejects.toMatchObject({ code: 'not-found' });
    expect(readFileSync(join(root, 'content/careers/cook.md'), 'utf8')).toBe(posting('Cook'));
  });

  it('refuses when the file changed again since the version the user confirmed', async () => {
    const root = committedSite({ 'content/careers/chef.md': posting('Chef') });
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Newer'));
    await expect(discardChanges(root, 'content/careers/chef.md', hashBytes(Buffer.from(posting('Older'))))).rejects.toMatchObject({ code: 'conflict' });
    expect(readFileSync(join(root, 'content/careers/chef.md'), 'utf8')).toBe(posting('Newer'));
  });

  it('refuses a path outside the repository and a folder without git', async () => {
    const root = committedSite({ 'content/careers/chef.md': posting('Chef') });
    await expect(discardChanges(root, '../x.md')).rejects.toMatchObject({ code: 'outside-repository' });
    const plain = makeSite({ 'hugo.toml': '', 'content/careers/chef.md': posting('Chef') });
    await expect(discardChanges(plain, 'content/careers/chef.md')).rejects.toMatchObject({ code: 'io' });
  });
});
