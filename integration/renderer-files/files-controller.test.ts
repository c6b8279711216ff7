import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, type PostingDeskHandlers } from '../../postings/api/handlers.js';
import { copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE } from '../../postings/test-support/temp-site.js';
import { PostingSession, isDirty } from '../../renderer/src/session/posting-session.js';
import { saveText } from '../../renderer/src/session/save-flow.js';
import { FilesController } from '../../renderer/files/files-controller.js';

// The controller against the real handlers on a real copy of the sample site: the disk is changed by the
// test, the watcher and the change feed are the real ones. Only the React pieces are left out.

const ANALYST = 'content/careers/data-analyst.md';
const running: { files: FilesController; handlers: PostingDeskHandlers }[] = [];

afterEach(async () => {
  for (const { files, handlers } of running.splice(0)) {
    files.stop();
    await handlers.close();
  }
  removeTempFolders();
});

async function setUp() {
  const site = copySite(SAMPLE_SITE);
  const trash = makeTempFolder('posting-desk-trash-');
  const handlers = createHandlers(site, { trash: async (file) => renameSync(file, join(trash, 'trashed')), dataFolder: makeTempFolder('posting-desk-data-') });
  const session = new PostingSession();
  let listed = 0;
  const openPosting = async (path: string): Promise<void> => {
    const read = await handlers.readPosting({ path });
    if (read.ok) session.open(read.value);
  };
  const files = new FilesController(handlers, session, { openPosting, refreshList: () => void (listed += 1) });
  running.push({ files, handlers });
  files.start();
  await openPosting(ANALYST);
  // The first poll has started the watcher once it answers: wait for it before touching the disk.
  await until(async () => (await handlers.pollChanges({})).ok);
  return { site, handlers, session, files, listed: () => listed, file: (path: string) => join(site, ...path.split('/')) };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('FilesController with the real host', () => {
  it('reloads an open posting without unsaved changes silently when another program changes it', async () => {
    const { session, files, file, listed } = await setUp();
    const theirs = readFileSync(file(ANALYST), 'utf8').replace('title = "Data Analyst"', 'title = "Data Analyst II"');
    writeFileSync(file(ANALYST), theirs);
    await until(() => session.get().posting?.diskText === theirs);
    expect(files.get().outside).toBeUndefined();
    expect(listed()).toBeGreaterThan(0);
  });

  it('with unsaved changes says the posting was changed outside, and Keep mine saves over it knowingly', async () => {
    const { handlers, session, files, file } = await setUp();
    session.setBody(`${session.get().posting?.body ?? ''}Mine.\n`);
    const theirs = `${readFileSync(file(ANALYST), 'utf8')}Theirs.\n`;
    writeFileSync(file(ANALYST), theirs);
    await until(() => files.get().outside?.kind === 'changed');
    expect(files.get().outside).toMatchObject({ kind: 'changed', path: ANALYST, theirs: { text: theirs } });
    expect(session.get().posting?.body).toMatch(/Mine\.\n$/);
    files.keepMine();
    expect(await saveText(handlers, session)).toBe('saved');
    expect(readFileSync(file(ANALYST), 'utf8')).toMatch(/Mine\.\n$/);
  });

  it('takes its own save for what it is: no banner', async () => {
    const { handlers, session, files } = await setUp();
    session.setBody(`${session.get().posting?.body ?? ''}Saved by us.\n`);
    expect(await saveText(handlers, session)).toBe('saved');
    session.setBody(`${session.get().posting?.body ?? ''}More typing.\n`);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(files.get().outside).toBeUndefined();
    expect(isDirty(session.get().posting)).toBe(true);
  });

  it('says a deleted posting is gone and saves its text as a new posting', async () => {
    const { session, files, file, site } = await setUp();
    session.setBody(`${session.get().posting?.body ?? ''}Kept.\n`);
    rmSync(file(ANALYST));
    await until(() => files.get().outside?.kind === 'gone');
    await files.saveAsNew();
    // A new posting named for its title: the name is free again, so it is the same one.
    const created = session.get().posting?.path;
    expect(created).toBe(ANALYST);
    expect(files.get().outside).toBeUndefined();
    expect(readFileSync(join(site, ...(created ?? '').split('/')), 'utf8')).toMatch(/Kept\.\n$/);
  });

  it('takes back "gone" when the deleted posting comes back unchanged', async () => {
    const { session, files, file } = await setUp();
    const bytes = readFileSync(file(ANALYST));
    session.setBody(`${session.get().posting?.body ?? ''}Still typing.\n`);
    rmSync(file(ANALYST));
    await until(() => files.get().outside?.kind === 'gone');
    writeFileSync(file(ANALYST), bytes);
    await until(() => files.get().outside === undefined);
    expect(session.get().posting?.body).toMatch(/Still typing\.\n$/);
  });

  it('deletes after the confirmation, and Undo puts the file back byte for byte', async () => {
    const { session, files, file } = await setUp();
    const before = readFileSync(file(ANALYST));
    files.askDelete();
    expect(files.get().confirmDelete).toEqual({ path: ANALYST, title: 'Data Analyst' });
    expect(existsSync(file(ANALYST))).toBe(true);
    await files.confirmDelete();
    expect(existsSync(file(ANALYST))).toBe(false);
    expect(session.get().posting).toBeUndefined();
    expect(files.get().toast?.undoToken).toMatch(/^[0-9a-f]{32}$/);
    await files.undoDelete();
    expect(readFileSync(file(ANALYST)).equals(before)).toBe(true);
    expect(session.get().posting?.path).toBe(ANALYST);
    // Our own delete and undo are no news from outside.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(files.get().outside).toBeUndefined();
  });

  it('offers unsaved changes kept before a crash when the posting opens, and Restore puts them back', async () => {
    const { handlers, session, files } = await setUp();
    const posting = session.get().posting;
    if (!posting) throw new Error('no posting open');
    await handlers.writeRecovery({ path: ANALYST, text: `${posting.diskText}Typed before the crash.\n`, baseVersion: posting.version });
    session.close();
    const read = await handlers.readPosting({ path: ANALYST });
    if (!read.ok) throw new Error(read.error.message);
    session.open(read.value);
    await until(() => files.get().recovery !== undefined);
    // The offer shows the user's own change against the file, not the whole file.
    expect(files.keptChanges()).toEqual([{ lines: ['Typed before the crash.'], removed: 0 }]);
    files.restore();
    expect(session.get().posting?.body).toMatch(/Typed before the crash\.\n$/);
    expect(isDirty(session.get().posting)).toBe(true);
  });
});

describe('unsaved changes kept for a posting that is gone', () => {
  it('are listed at start and can be saved as a new posting', async () => {
    const site = copySite(SAMPLE_SITE);
    const dataFolder = makeTempFolder('posting-desk-data-');
    const first = createHandlers(site, { trash: async () => undefined, dataFolder });
    const read = await first.readPosting({ path: ANALYST });
    if (!read.ok) throw new Error(read.error.message);
    await first.writeRecovery({ path: ANALYST, text: `${read.value.text}Typed, then the file went.\n`, baseVersion: read.value.version });
    await first.close();
    rmSync(join(site, ...ANALYST.split('/')));

    const handlers = createHandlers(site, { trash: async () => undefined, dataFolder });
    const session = new PostingSession();
    const files = new FilesController(handlers, session, {
      openPosting: async (path) => {
        const opened = await handlers.readPosting({ path });
        if (opened.ok) session.open(opened.value);
      },
      refreshList: () => undefined,
    });
    running.push({ files, handlers });
    files.start();
    await until(() => files.get().otherRecoveries.length === 1);
    expect(files.get().otherRecoveries[0]).toMatchObject({ path: ANALYST, diskVersion: null });
    await files.saveRecoveredAsNew(ANALYST);
    expect(readFileSync(join(site, ...(session.get().posting?.path ?? 'missing').split('/')), 'utf8')).toMatch(/Typed, then the file went\.\n$/);
    expect(files.get().otherRecoveries).toEqual([]);
    expect(await handlers.listRecovery({})).toEqual({ ok: true, value: [] });
  });
});

describe('a controller started after the window opened a posting', () => {
  it('catches up on a change made before it started: the posting reloads and the list is read again', async () => {
    const site = copySite(SAMPLE_SITE);
    const handlers = createHandlers(site, { trash: async () => undefined, dataFolder: makeTempFolder('posting-desk-data-') });
    const session = new PostingSession();
    let listed = 0;
    const files = new FilesController(handlers, session, { openPosting: async () => undefined, refreshList: () => void (listed += 1) });
    running.push({ files, handlers });
    const read = await handlers.readPosting({ path: ANALYST });
    if (!read.ok) throw new Error(read.error.message);
    session.open(read.value);
    const theirs = read.value.text.replace('title = "Data Analyst"', 'title = "Data Analyst II"');
    writeFileSync(join(site, ...ANALYST.split('/')), theirs);
    files.start({ catchUp: true });
    await until(() => session.get().posting?.diskText === theirs);
    expect(files.get().outside).toBeUndefined();
    expect(listed).toBeGreaterThan(0);
  });
});
