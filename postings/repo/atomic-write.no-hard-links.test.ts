import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempFolder, removeTempFolders } from '../test-support/temp-site.js';

/** link() as a FAT or exFAT drive answers it (Linux's vfat says EPERM). */
const refusal = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    link: async (existing: string, name: string) => {
      if (refusal.code === undefined) return real.link(existing, name);
      throw Object.assign(new Error(`${refusal.code}: link refused`), { code: refusal.code });
    },
  };
});

const { createFileAtomic } = await import('./atomic-write.js');

let folder: string;
beforeEach(() => {
  folder = makeTempFolder();
});
afterEach(() => {
  refusal.code = undefined;
  removeTempFolders();
});

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('createFileAtomic on a file system without hard links', () => {
  it.each(['EPERM', 'ENOTSUP', 'EOPNOTSUPP'])('still creates the file exclusively when link() answers %s, leaving no temporary file', async (code) => {
    refusal.code = code;
    const file = join(folder, 'new.md');
    expect(await createFileAtomic(file, bytes('whole text'))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('whole text');
    expect(readdirSync(folder)).toEqual(['new.md']);
  });

  it('still never replaces a taken name', async () => {
    refusal.code = 'EPERM';
    const file = join(folder, 'taken.md');
    writeFileSync(file, 'taken');
    expect(await createFileAtomic(file, bytes('new'))).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('taken');
    expect(readdirSync(folder)).toEqual(['taken.md']);
  });

  it('reports any other link() failure, leaving nothing', async () => {
    refusal.code = 'EIO';
    await expect(createFileAtomic(join(folder, 'new.md'), bytes('x'))).rejects.toMatchObject({ code: 'EIO' });
    expect(readdirSync(folder)).toEqual([]);
  });
});
