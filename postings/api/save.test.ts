import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeSite } from '../test-support/make-site.js';
import { CAREERS_CRUNCH, removeTempFolders } from '../test-support/temp-site.js';
import { hashBytes } from '../repo/version.js';
import type { ApiResult, SaveOutcome } from './api.js';
import { createHandlers, type PostingDeskHandlers } from './handlers.js';

const REAL_TEXT = readFileSync(join(CAREERS_CRUNCH, 'content', 'jobs', 'account-executive.md'), 'utf8');
const PATH = 'content/careers/account-executive.md';
const opened: PostingDeskHandlers[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((handlers) => handlers.close()));
});
afterAll(removeTempFolders);

function setUp(text: string | Buffer = REAL_TEXT): { root: string; file: string; handlers: PostingDeskHandlers; version: string } {
  const root = makeSite({ 'hugo.toml': 'title = "Careers"\n', [PATH]: text });
  const handlers = createHandlers(root, { trash: async () => undefined });
  opened.push(handlers);
  const file = join(root, PATH);
  return { root, file, handlers, version: hashBytes(readFileSync(file)) };
}

function saved(result: ApiResult<SaveOutcome>): Extract<SaveOutcome, { status: 'saved' }> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  if (result.value.status !== 'saved') throw new Error('expected a save, got a conflict');
  return result.value;
}

describe('savePosting with a new text', () => {
  it('writes it over the version it was based on and returns the new version', async () => {
    const { file, handlers, version } = setUp();
    const text = REAL_TEXT.replace('VP of Sales', 'Director of Sales');
    const result = saved(await handlers.savePosting({ path: PATH, baseVersion: version, text }));
    expect(result).toEqual({ status: 'saved', version: hashBytes(Buffer.from(text)), text, changed: true });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(join(file, '..'))).toEqual(['account-executive.md']);
  });

  it('writes nothing when the text is what is on disk, or when there are no edits', async () => {
    const { handlers, version } = setUp();
    expect(saved(await handlers.savePosting({ path: PATH, baseVersion: version, text: REAL_TEXT }))).toMatchObject({ changed: false, version });
    expect(saved(await handlers.savePosting({ path: PATH, baseVersion: version, edits: [] }))).toMatchObject({ changed: false, version, text: REAL_TEXT });
  });

  it('gives a conflict with both versions when the file changed on disk, and never overwrites', async () => {
    const { file, handlers, version } = setUp();
    const theirs = REAL_TEXT.replace('Account Executive', 'Their Title');
    writeFileSync(file, theirs);
    const mine = REAL_TEXT.replace('Account Executive', 'My Title');
    const result = await handlers.savePosting({ path: PATH, baseVersion: version, text: mine });
    expect(result).toEqual({ ok: true, value: { status: 'conflict', mine, theirs: { text: theirs, version: hashBytes(Buffer.from(theirs)), exists: true } } });
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });

  it('gives a conflict when the file was deleted meanwhile, keeping mine', async () => {
    const { file, handlers, version } = setUp();
    rmSync(file);
    const result = await handlers.savePosting({ path: PATH, baseVersion: version, text: 'mine' });
    expect(result).toEqual({ ok: true, value: { status: 'conflict', mine: 'mine', theirs: { text: '', version: '', exists: false } } });
  });

  it('refuses a read-only file and a text with a broken character, writing nothing', async () => {
    const { file, handlers, version } = setUp();
    chmodSync(file, 0o444);
    const readOnly = await handlers.savePosting({ path: PATH, baseVersion: version, text: 'x' });
    expect(readOnly.ok ? 'saved' : readOnly.error.code).toBe('io');
    chmodSync(file, 0o644);
    const broken = await handlers.savePosting({ path: PATH, baseVersion: version, text: 'half \uD83D emoji' });
    expect(broken.ok ? 'saved' : broken.error.code).toBe('invalid-argument');
    expect(readFileSync(file, 'utf8')).toBe(REAL_TEXT);
  });
});

describe('savePosting with detail edits', () => {
  it('changes only the edited values, in the file style, keeping the byte-order mark and CRLF', async () => {
    const crlf = `\uFEFF${REAL_TEXT.replace(/\n/g, '\r\n')}`;
    const { file, handlers, version } = setUp(crlf);
    const result = saved(await handlers.savePosting({
      path: PATH,
      baseVersion: version,
      edits: [
        { key: 'title', value: 'Senior Account Executive' },
        { key: 'draft', value: false },
        { key: 'weight', value: 150 },
        { key: 'params.location', value: 'Remote' },
      ],
    }));
    const expected = crlf
      .replace('title = "Account Executive"', 'title = "Senior Account Executive"')
      .replace('draft = true', 'draft = false')
      .replace('weight = 200', 'weight = 150');
    expect(result.text.startsWith(expected.slice(0, expected.indexOf('\r\n+++')))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(result.text);
    expect(result.text).toContain('location = "Remote"\r\n');
    expect(result.text.slice(result.text.indexOf('+++', 4))).toBe(crlf.slice(crlf.indexOf('+++', 4)));
  });

  it('keeps a date a date of its kind, a float a float, and takes TOML text and unset', async () => {
    const text = '+++\ntitle = "A"\ndate = 2026-01-05T09:00:00+01:00\nexpiryDate = 2026-03-01\nscore = 2.0\nold = "x"\n+++\nBody\n';
    const { handlers, version } = setUp(text);
    const result = saved(await handlers.savePosting({
      path: PATH,
      baseVersion: version,
      edits: [
        { key: 'date', value: '2026-02-01T10:30:00+01:00' },
        { key: 'expiryDate', value: '2026-04-30' },
        { key: 'score', value: 3 },
        { key: 'tags', toml: '["a", "b"]' },
        { key: 'old', unset: true },
      ],
    }));
    expect(result.text).toBe('+++\ntitle = "A"\ndate = 2026-02-01T10:30:00+01:00\nexpiryDate = 2026-04-30\nscore = 3.0\ntags = ["a", "b"]\n+++\nBody\n');
  });

  it('applies edits on top of a new text when both are given', async () => {
    const { handlers, version } = setUp();
    const text = REAL_TEXT.replace('VP of Sales', 'Head of Sales');
    const result = saved(await handlers.savePosting({ path: PATH, baseVersion: version, text, edits: [{ key: 'draft', value: false }] }));
    expect(result.text).toBe(text.replace('draft = true', 'draft = false'));
  });

  it('refuses what cannot be written as intended, and leaves the file as it was', async () => {
    const yaml = '---\ntitle: A\n---\nBody\n';
    const cases: [string | Buffer, object[], string][] = [
      [REAL_TEXT, [{ key: 'date', value: 'next Tuesday', type: 'date' }], 'invalid-argument'],
      [REAL_TEXT, [{ key: 'draft', value: null }], 'invalid-argument'],
      [REAL_TEXT, [{ key: 'two words', value: 'x' }], 'invalid-argument'],
      [REAL_TEXT, [{ key: 'tags', toml: '[unclosed' }], 'invalid-argument'],
      [REAL_TEXT, [{ key: 'expiryDate', value: '2026-02-30', type: 'date' }], 'invalid-argument'],
      [yaml, [{ key: 'title', value: 'B' }], 'not-editable'],
      [REAL_TEXT.replace('draft = true', 'draft = yes'), [{ key: 'title', value: 'B' }], 'invalid-toml'],
      [Buffer.from([0x2b, 0x2b, 0x2b, 0x0a, 0xff]), [{ key: 'title', value: 'B' }], 'invalid-utf8'],
    ];
    for (const [text, edits, code] of cases) {
      const { file, handlers, version } = setUp(text);
      const before = readFileSync(file);
      const result = await handlers.savePosting({ path: PATH, baseVersion: version, edits } as never);
      expect(result.ok ? 'saved' : result.error.code, JSON.stringify(edits)).toBe(code);
      expect(readFileSync(file)).toEqual(before);
    }
  });

  it('gives the edits applied to their text as mine in a conflict', async () => {
    const { file, handlers, version } = setUp();
    const theirs = REAL_TEXT.replace('VP of Sales', 'Chief Revenue Officer');
    writeFileSync(file, theirs);
    const result = await handlers.savePosting({ path: PATH, baseVersion: version, edits: [{ key: 'draft', value: false }] });
    expect(result.ok && result.value.status === 'conflict' && result.value.mine).toBe(theirs.replace('draft = true', 'draft = false'));
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });
});
