import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite } from '../../test-support/make-site.js';
import { makeTempFolder, removeTempFolders } from '../../test-support/temp-site.js';
import { DeletedCopies, KEEP_DELETED_MS } from './deleted-copies.js';

afterEach(removeTempFolders);

const text = '+++\r\ntitle = "Chef"\r\n+++\r\nBody\r\n';

describe('DeletedCopies', () => {
  it('puts a deleted posting back byte for byte', async () => {
    const root = makeSite({ 'content/careers/chef.md': text });
    const copies = new DeletedCopies(join(makeTempFolder(), 'deleted'), root);
    const token = await copies.keep('content/careers/chef.md');
    rmSync(join(root, 'content/careers/chef.md'));
    expect(await copies.restore(token)).toEqual({ path: 'content/careers/chef.md' });
    expect(readFileSync(join(root, 'content/careers/chef.md'), 'utf8')).toBe(text);
  });

  it('puts a page bundle back whole, with its images', async () => {
    const root = makeSite({ 'content/careers/chef/index.md': text, 'content/careers/chef/kitchen.jpg': 'JPEG' });
    const copies = new DeletedCopies(join(makeTempFolder(), 'deleted'), root);
    const token = await copies.keep('content/careers/chef');
    rmSync(join(root, 'content/careers/chef'), { recursive: true });
    await copies.restore(token);
    expect(readFileSync(join(root, 'content/careers/chef/kitchen.jpg'), 'utf8')).toBe('JPEG');
    expect(readFileSync(join(root, 'content/careers/chef/index.md'), 'utf8')).toBe(text);
  });

  it('refuses to undo over a file that has taken the name since, and leaves both', async () => {
    const root = makeSite({ 'content/careers/chef.md': text });
    const copies = new DeletedCopies(join(makeTempFolder(), 'deleted'), root);
    const token = await copies.keep('content/careers/chef.md');
    writeFileSync(join(root, 'content/careers/chef.md'), 'someone else');
    await expect(copies.restore(token)).rejects.toMatchObject({ code: 'exists' });
    expect(readFileSync(join(root, 'content/careers/chef.md'), 'utf8')).toBe('someone else');
    rmSync(join(root, 'content/careers/chef.md'));
    await copies.restore(token);
    expect(readFileSync(join(root, 'content/careers/chef.md'), 'utf8')).toBe(text);
  });

  it('says clearly when a token is unknown, used already or malformed', async () => {
    const root = makeSite({ 'content/careers/chef.md': text });
    const copies = new DeletedCopies(join(makeTempFolder(), 'deleted'), root);
    const token = await copies.keep('content/careers/chef.md');
    rmSync(join(root, 'content/careers/chef.md'));
    await copies.restore(token);
    await expect(copies.restore(token)).rejects.toMatchObject({ code: 'not-found' });
    await expect(copies.restore('../../etc')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses to copy from outside the repository', async () => {
    const root = makeSite({ 'content/careers/chef.md': text });
    const copies = new DeletedCopies(join(makeTempFolder(), 'deleted'), root);
    await expect(copies.keep('../outside.md')).rejects.toMatchObject({ code: 'outside-repository' });
  });

  it('drops copies older than a day when it keeps a new one', async () => {
    const root = makeSite({ 'content/careers/chef.md': text, 'content/careers/baker.md': text });
    const folder = join(makeTempFolder(), 'deleted');
    const copies = new DeletedCopies(folder, root);
    const old = await copies.keep('content/careers/chef.md');
    const past = (Date.now() - KEEP_DELETED_MS - 60_000) / 1000;
    utimesSync(join(folder, old), past, past);
    mkdirSync(join(folder, 'unrelated'), { recursive: true });
    await copies.keep('content/careers/baker.md');
    expect(existsSync(join(folder, old))).toBe(false);
  });
});
