import { describe, expect, it } from 'vitest';
import type { ApiResult, PostingView, SaveOutcome, SavePostingArgs } from '../../../postings/api/api.js';
import { PostingSession, isDirty } from './posting-session.js';
import { keepMine, reloadFromDisk, saveDetails, saveText } from './save-flow.js';

/** A file on a pretend disk with versions, answering like the handlers: a stale base version is a conflict. */
function fakeDisk(initial: string) {
  let text = initial;
  let version = 1;
  const writes: string[] = [];
  const view = (): PostingView => ({
    path: 'careers/a.md', text, version: `v${version}`, bodyStart: text.indexOf('+++\n', 3) + 4, format: 'toml', details: [], values: {}, editable: true,
  });
  const api = {
    async readPosting(): Promise<ApiResult<PostingView>> {
      return { ok: true, value: view() };
    },
    async savePosting(args: SavePostingArgs): Promise<ApiResult<SaveOutcome>> {
      let next = args.text ?? text;
      for (const edit of args.edits ?? []) if ('value' in edit) next = next.replace(/title = "[^"]*"/, `title = ${JSON.stringify(edit.value)}`);
      if (args.baseVersion !== `v${version}`) return { ok: true, value: { status: 'conflict', mine: next, theirs: { text, version: `v${version}`, exists: true } } };
      const changed = next !== text;
      if (changed) { text = next; version += 1; writes.push(next); }
      return { ok: true, value: { status: 'saved', version: `v${version}`, text, changed } };
    },
  };
  return { api, writes, disk: () => text, changeOnDisk: (next: string) => { text = next; version += 1; } };
}

const FILE = '+++\ntitle = "Baker"\n+++\nWe bake bread.\n';

describe('saving a posting', () => {
  it('saves the typed text and is no longer unsaved', async () => {
    const disk = fakeDisk(FILE);
    const session = new PostingSession();
    session.open(await read(disk.api));
    session.setBody('We bake bread and cakes.\n');
    expect(isDirty(session.get().posting)).toBe(true);
    expect(await saveText(disk.api, session)).toBe('saved');
    expect(disk.disk()).toBe('+++\ntitle = "Baker"\n+++\nWe bake bread and cakes.\n');
    expect(isDirty(session.get().posting)).toBe(false);
  });

  it('turns a change on disk into a choice and writes nothing', async () => {
    const disk = fakeDisk(FILE);
    const session = new PostingSession();
    session.open(await read(disk.api));
    disk.changeOnDisk('+++\ntitle = "Baker"\n+++\nSomeone else wrote this.\n');
    session.setBody('Mine.\n');
    expect(await saveText(disk.api, session)).toBe('conflict');
    expect(disk.writes).toEqual([]);
    expect(session.get().conflict?.theirs.text).toContain('Someone else');
  });

  it('keeps mine by saving on top of the version now on disk', async () => {
    const disk = fakeDisk(FILE);
    const session = new PostingSession();
    session.open(await read(disk.api));
    disk.changeOnDisk('+++\ntitle = "Baker"\n+++\nSomeone else wrote this.\n');
    session.setBody('Mine.\n');
    await saveText(disk.api, session);
    expect(await keepMine(disk.api, session)).toBe('saved');
    expect(disk.disk()).toBe('+++\ntitle = "Baker"\n+++\nMine.\n');
    expect(session.get().conflict).toBeUndefined();
  });

  it('reloads the version on disk and drops the typed text', async () => {
    const disk = fakeDisk(FILE);
    const session = new PostingSession();
    session.open(await read(disk.api));
    disk.changeOnDisk('+++\ntitle = "Baker"\n+++\nTheirs.\n');
    session.setBody('Mine.\n');
    await saveText(disk.api, session);
    await reloadFromDisk(disk.api, session);
    expect(session.get().posting?.body).toBe('Theirs.\n');
    expect(isDirty(session.get().posting)).toBe(false);
  });

  it('saves a change of details at once and keeps unsaved typing unsaved', async () => {
    const disk = fakeDisk(FILE);
    const session = new PostingSession();
    session.open(await read(disk.api));
    session.setBody('Typed but not saved.\n');
    expect(await saveDetails(disk.api, session, [{ key: 'title', value: 'Head baker' }])).toBe('saved');
    expect(disk.disk()).toBe('+++\ntitle = "Head baker"\n+++\nWe bake bread.\n');
    expect(session.get().posting?.body).toBe('Typed but not saved.\n');
    expect(isDirty(session.get().posting)).toBe(true);
  });
});

async function read(api: ReturnType<typeof fakeDisk>['api']): Promise<PostingView> {
  const result = await api.readPosting();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
