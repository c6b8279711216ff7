import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostingError } from '../file/posting-error.js';
import { makeTempFolder, removeTempFolders } from '../test-support/temp-site.js';
import { isInside, resolveInRepository } from './path-guard.js';

let root: string;
let outside: string;

beforeEach(() => {
  const base = realpathSync(makeTempFolder());
  root = join(base, 'site');
  outside = join(base, 'elsewhere');
  mkdirSync(join(root, 'content', 'careers'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'hugo.toml'), 'title = "Site"\n');
  writeFileSync(join(root, 'content', 'careers', 'engineer.md'), '+++\ntitle = "Engineer"\n+++\n');
  writeFileSync(join(outside, 'secret.md'), '+++\ntitle = "Not yours"\n+++\n');
});

afterEach(removeTempFolders);

function refusal(requested: string): PostingError {
  try {
    resolveInRepository(root, requested);
  } catch (error) {
    if (error instanceof PostingError) return error;
    throw error;
  }
  throw new Error(`${requested} was accepted`);
}

describe('resolveInRepository accepts paths inside the repository', () => {
  it('resolves an existing file to its absolute path', () => {
    expect(resolveInRepository(root, 'content/careers/engineer.md')).toBe(join(root, 'content', 'careers', 'engineer.md'));
  });

  it('resolves a file that does not exist yet, in folders that do not exist yet', () => {
    expect(resolveInRepository(root, 'content/careers/new-role/index.md')).toBe(join(root, 'content', 'careers', 'new-role', 'index.md'));
  });

  it('allows .. that stays inside', () => {
    expect(resolveInRepository(root, 'content/careers/../../hugo.toml')).toBe(join(root, 'hugo.toml'));
  });

  it('allows names that merely start with two dots', () => {
    expect(resolveInRepository(root, 'content/..draft.md')).toBe(join(root, 'content', '..draft.md'));
  });

  it('follows a symbolic link that stays inside', () => {
    symlinkSync(join(root, 'content', 'careers'), join(root, 'content', 'jobs'));
    expect(resolveInRepository(root, 'content/jobs/engineer.md')).toBe(join(root, 'content', 'jobs', 'engineer.md'));
  });

  it('works when the root itself is reached through a symbolic link', () => {
    const alias = join(outside, 'alias-of-site');
    symlinkSync(root, alias);
    expect(resolveInRepository(alias, 'content/careers/engineer.md')).toBe(join(root, 'content', 'careers', 'engineer.md'));
  });
});

describe('resolveInRepository refuses paths that leave the repository', () => {
  it.each(['..', '../elsewhere/secret.md', 'content/../../elsewhere/secret.md', 'content/careers/../../../x.md'])('refuses %s', (requested) => {
    const error = refusal(requested);
    expect(error.code).toBe('outside-repository');
    expect(error.message).toContain('outside the repository');
  });

  it('refuses absolute paths, even ones inside the repository', () => {
    for (const requested of ['/etc/passwd', join(root, 'hugo.toml'), 'C:\\Windows\\win.ini', 'C:/x.md', '\\\\server\\share\\x.md']) {
      const error = refusal(requested);
      expect(error.code, requested).toBe('outside-repository');
      expect(error.message, requested).toContain('absolute path');
    }
  });

  it('refuses an empty name and a name with a NUL character', () => {
    expect(refusal('').code).toBe('outside-repository');
    expect(refusal('content/careers/a\0.md').code).toBe('outside-repository');
  });

  it('refuses a symbolic link to a file outside', () => {
    symlinkSync(join(outside, 'secret.md'), join(root, 'content', 'careers', 'secret.md'));
    const error = refusal('content/careers/secret.md');
    expect(error.code).toBe('outside-repository');
    expect(error.message).toContain('symbolic link');
  });

  it('refuses a file in a symlinked folder that points outside, existing or not', () => {
    symlinkSync(outside, join(root, 'content', 'careers', 'linked'));
    expect(refusal('content/careers/linked/secret.md').code).toBe('outside-repository');
    expect(refusal('content/careers/linked/new-posting.md').code).toBe('outside-repository');
    expect(refusal('content/careers/linked/new-folder/index.md').code).toBe('outside-repository');
  });

  it('refuses a dangling symbolic link that points outside (creating through it would write there)', () => {
    symlinkSync(join(outside, 'not-yet.md'), join(root, 'content', 'careers', 'dangling.md'));
    expect(refusal('content/careers/dangling.md').code).toBe('outside-repository');
    symlinkSync(join(outside, 'no-folder-yet'), join(root, 'content', 'careers', 'dangling-folder'));
    expect(refusal('content/careers/dangling-folder/index.md').code).toBe('outside-repository');
  });

  it('refuses a relative symbolic link that climbs out', () => {
    symlinkSync('../../../elsewhere', join(root, 'content', 'careers', 'up'));
    expect(refusal('content/careers/up/secret.md').code).toBe('outside-repository');
  });

  it('reports a loop of symbolic links as a PostingError, not a crash', () => {
    symlinkSync(join(root, 'b'), join(root, 'a'));
    symlinkSync(join(root, 'a'), join(root, 'b'));
    expect(refusal('a/x.md')).toBeInstanceOf(PostingError);
  });
});

describe('isInside', () => {
  it('treats the root itself as inside and a sibling with the same prefix as outside', () => {
    expect(isInside('/srv/site', '/srv/site')).toBe(true);
    expect(isInside('/srv/site', '/srv/site/content/a.md')).toBe(true);
    expect(isInside('/srv/site', '/srv/site-backup/a.md')).toBe(false);
    expect(isInside('/srv/site', '/srv')).toBe(false);
  });
});
