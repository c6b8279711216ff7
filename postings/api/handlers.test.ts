import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeSite } from '../test-support/make-site.js';
import { CAREERS_CRUNCH, changedPaths, copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE, snapshotFolder } from '../test-support/temp-site.js';
import type { TextEdit } from '../lint/types.js';
import { applyTextEdits } from '../posting/text-edits.js';
import { hashBytes } from '../repo/version.js';
import { API_OPERATIONS, type ApiResult, type PostingSummary } from './api.js';
import { createHandlers, type PostingDeskHandlers } from './handlers.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const opened: PostingDeskHandlers[] = [];

function handlersFor(root: string): PostingDeskHandlers {
  const handlers = createHandlers(root, { trash: async () => undefined, now: () => NOW });
  opened.push(handlers);
  return handlers;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((handlers) => handlers.close()));
});
afterAll(removeTempFolders);

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function failure<T>(result: ApiResult<T>): Extract<ApiResult<T>, { ok: false }>['error'] {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

/** JSON-safe: what crosses IPC and HTTP comes back equal. */
function expectJsonSafe(result: unknown): void {
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

const REAL = readFileSync(join(CAREERS_CRUNCH, 'content', 'jobs', 'account-executive.md'));
const REAL_TEXT = REAL.toString('utf8');

describe('the handlers cover the interface', () => {
  it('implement every operation of API_OPERATIONS as a function, and nothing else but close', () => {
    const handlers = handlersFor(makeTempFolder());
    expect(Object.keys(handlers).filter((name) => name !== 'close').sort()).toEqual([...API_OPERATIONS].sort());
  });
});

describe('garbage arguments give invalid-argument results, never a throw', () => {
  const GARBAGE: unknown[] = [42, 'text', [], true, { path: 42 }, { path: '' }, { text: 7 }, { unknown: 1 }, { path: 'a.md', baseVersion: 'nope' }, { word: 'two words' }, { title: '  ' }, { path: 'a.md', baseVersion: 'f'.repeat(64), edits: [{ key: 'x' }] }];

  for (const name of API_OPERATIONS) {
    it(`${name} answers bad arguments with a result`, async () => {
      const handlers = handlersFor(copySite(SAMPLE_SITE));
      const call = handlers[name] as (input: unknown) => Promise<ApiResult<unknown>>;
      for (const input of GARBAGE) {
        const result = await call(input);
        expectJsonSafe(result);
        // Some operations accept some of these (an empty object, or a path that is simply missing): then no value may leak an exception.
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5);
      }
      expect(failure(await call(42)).code).toBe('invalid-argument');
    });
  }
});

describe('openRepository', () => {
  it('describes the careers-crunch site in JSON-safe terms', async () => {
    const handlers = handlersFor(copySite(CAREERS_CRUNCH));
    const info = value(await handlers.openRepository());
    expectJsonSafe(info);
    expect(info).toMatchObject({ name: 'Online survey data analysis', section: 'jobs', contentDir: 'content', englishVariant: 'en-US', configFiles: ['config.toml'] });
    expect(info.render.unsafe).toBe(true);
    expect(info.warnings).toEqual([]);
  });

  it('warns about settings that do nothing, without refusing to open', async () => {
    const root = makeSite({ 'hugo.toml': 'languageCode = "de-de"\n', '.posting-desk.toml': '[rules]\nno-such-rule = "off"\n', 'content/careers/_index.md': '+++\n+++\n' });
    const info = value(await handlersFor(root).openRepository());
    expect(info.warnings.join('\n')).toMatch(/no-such-rule/);
    expect(info.warnings.join('\n')).toMatch(/de-de/);
    expect(info.warnings.join('\n')).toMatch(/no postings yet/);
  });

  it('refuses a folder that is no Hugo site, and broken settings, with their codes', async () => {
    expect(failure(await handlersFor(makeTempFolder()).openRepository()).code).toBe('not-found');
    const broken = makeSite({ 'hugo.toml': 'title = "x"\n', '.posting-desk.toml': 'words = [\n', 'content/careers/a.md': '+++\n+++\n' });
    const error = failure(await handlersFor(broken).openRepository());
    expect(error.code).toBe('invalid-config');
    expect(error.message).toContain('.posting-desk.toml');
  });
});

describe('listPostings', () => {
  it('lists the sample site in Hugo order with status, counts and editability', async () => {
    const root = copySite(SAMPLE_SITE);
    const handlers = handlersFor(root);
    const list = value(await handlers.listPostings({ warningCounts: false }));
    expectJsonSafe(list);
    expect(list).toHaveLength(8);
    expect(list[0]).toMatchObject({ path: 'content/careers/senior-backend-engineer.md', title: 'Senior Backend Engineer', status: 'published', editable: true, warningCount: null });
    expect(list.find((posting) => posting.title === 'Data Analyst')?.status).toBe('expired');
    expect(list.find((posting) => posting.title === 'Product Designer')?.status).toBe('draft');
  });

  it('counts warnings and errors of each posting, as lintText does, once the dictionaries are loaded', async () => {
    const root = copySite(SAMPLE_SITE);
    const handlers = handlersFor(root);
    await handlers.getLintSetup();
    let list = value(await handlers.listPostings());
    for (let round = 0; round < 50 && list.some((posting) => posting.warningCount === null); round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      list = value(await handlers.listPostings());
    }
    const target = list.find((posting) => posting.title === 'Data Analyst');
    const lint = value(await handlers.lintText({ path: target?.path as string, text: readFileSync(join(root, target?.path as string), 'utf8') }));
    expect(target?.warningCount).toBe(lint.messages.filter((message) => message.severity === 'warning').length);
    expect(target?.errorCount).toBe(lint.messages.filter((message) => message.severity === 'error').length);
  });

  it('counts a changed file again (the cache follows the file), and shows an unreadable file as one error', async () => {
    const root = copySite(SAMPLE_SITE);
    const handlers = handlersFor(root);
    await handlers.getLintSetup();
    const path = 'content/careers/data-analyst.md';
    const settle = async (): Promise<PostingSummary[]> => {
      let list = value(await handlers.listPostings());
      for (let round = 0; round < 50 && list.some((posting) => posting.warningCount === null && posting.problem === undefined); round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        list = value(await handlers.listPostings());
      }
      return list;
    };
    const before = (await settle()).find((posting) => posting.path === path);
    writeFileSync(join(root, path), `${readFileSync(join(root, path), 'utf8')}\nWe need a rockstar ninja.   \n`);
    const after = (await settle()).find((posting) => posting.path === path);
    expect(after?.warningCount).toBeGreaterThan(before?.warningCount as number);
    writeFileSync(join(root, path), Buffer.from([0x2b, 0x2b, 0x2b, 0x0a, 0xff, 0x0a]));
    const broken = (await settle()).find((posting) => posting.path === path);
    expect(broken).toMatchObject({ errorCount: 1, warningCount: 0, editable: false });
    expect(broken?.problem).toContain('UTF-8');
  });
});

describe('readPosting', () => {
  it('gives the text exactly as on disk, its version, and typed details with their positions', async () => {
    const root = copySite(CAREERS_CRUNCH);
    const view = value(await handlersFor(root).readPosting({ path: 'content/jobs/account-executive.md' }));
    expectJsonSafe(view);
    expect(view.text).toBe(REAL_TEXT);
    expect(view.version).toBe(hashBytes(REAL));
    expect(view.format).toBe('toml');
    expect(view.editable).toBe(true);
    expect(view.details.find((detail) => detail.key === 'weight')).toMatchObject({ type: 'integer', value: 200, toml: '200', raw: '200', line: 5, column: 1 });
    expect(view.details.find((detail) => detail.key === 'draft')).toMatchObject({ type: 'boolean', value: true });
    expect(view.values.title).toBe('Account Executive');
    expect(REAL_TEXT.slice(view.bodyStart)).not.toContain('+++');
  });

  it('types dates by kind and keeps them as written; tables by their dotted keys', async () => {
    const root = makeSite({ 'hugo.toml': '', 'content/careers/d.md': '+++\na = 2026-05-01\nb = 2026-05-01T09:30:00+05:45\nc = 07:32:00\nd = 1.0\n[params]\nlocation = "Lisbon"\nlist = ["x", "y"]\n+++\nBody\n' });
    const view = value(await handlersFor(root).readPosting({ path: 'content/careers/d.md' }));
    const byKey = Object.fromEntries(view.details.map((detail) => [detail.key, detail]));
    expect(byKey.a).toMatchObject({ type: 'date', dateKind: 'local-date', value: '2026-05-01' });
    expect(byKey.b).toMatchObject({ type: 'datetime', dateKind: 'offset-date-time', value: '2026-05-01T09:30:00+05:45' });
    expect(byKey.c).toMatchObject({ type: 'time', value: '07:32:00' });
    expect(byKey.d).toMatchObject({ type: 'float', value: 1, toml: '1.0' });
    expect(byKey['params.location']).toMatchObject({ type: 'string', value: 'Lisbon', line: 7 });
    expect(byKey['params.list']).toMatchObject({ type: 'array', value: ['x', 'y'] });
  });

  it('keeps a byte-order mark and CRLF in the text and the version of the bytes', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REAL_TEXT.replace(/\n/g, '\r\n'))]);
    const root = makeSite({ 'hugo.toml': '', 'content/careers/bom.md': bytes });
    const view = value(await handlersFor(root).readPosting({ path: 'content/careers/bom.md' }));
    expect(Buffer.from(view.text)).toEqual(bytes);
    expect(view.version).toBe(hashBytes(bytes));
  });

  it('opens YAML postings read-only, and bad TOML with its problem so the text can be fixed', async () => {
    const root = makeSite({
      'hugo.toml': '',
      'content/careers/yaml.md': '---\ntitle: Support\ndraft: true\n---\nBody\n',
      'content/careers/bad.md': REAL_TEXT.replace('draft = true', 'draft = yes'),
      'content/careers/notes.md': '# Just notes\n',
    });
    const handlers = handlersFor(root);
    const yaml = value(await handlers.readPosting({ path: 'content/careers/yaml.md' }));
    expect(yaml).toMatchObject({ format: 'yaml', values: { title: 'Support', draft: true }, editable: { code: 'not-editable' } });
    const bad = value(await handlers.readPosting({ path: 'content/careers/bad.md' }));
    expect(bad.problem).toMatchObject({ code: 'invalid-toml', line: 3, column: 9, path: 'content/careers/bad.md' });
    expect(bad.editable).toMatchObject({ code: 'invalid-toml' });
    expect(bad.text).toBe(REAL_TEXT.replace('draft = true', 'draft = yes'));
    const notes = value(await handlers.readPosting({ path: 'content/careers/notes.md' }));
    expect(notes).toMatchObject({ format: 'none', editable: { code: 'not-a-posting' } });
  });

  it('refuses invalid UTF-8, binary files, folders and missing files with their codes and positions', async () => {
    const latin1 = Buffer.concat([Buffer.from('+++\ntitle = "Caf'), Buffer.from([0xe9]), Buffer.from('"\n+++\n')]);
    const root = makeSite({ 'hugo.toml': '', 'content/careers/latin1.md': latin1, 'content/careers/image.md': Buffer.from([0x89, 0x50, 0x00, 0x01]), 'content/careers/folder/x.txt': '' });
    const handlers = handlersFor(root);
    expect(failure(await handlers.readPosting({ path: 'content/careers/latin1.md' }))).toMatchObject({ code: 'invalid-utf8', line: 2, column: 13 });
    expect(failure(await handlers.readPosting({ path: 'content/careers/image.md' })).code).toBe('not-a-posting');
    expect(failure(await handlers.readPosting({ path: 'content/careers/folder' })).code).toBe('not-a-posting');
    const missing = failure(await handlers.readPosting({ path: 'content/careers/missing.md' }));
    expect(missing).toMatchObject({ code: 'not-found', path: 'content/careers/missing.md' });
    expect(missing.message).toContain('no such file');
  });

  it('refuses paths that leave the repository: .., absolute, and symbolic links pointing out', async () => {
    const outside = makeTempFolder();
    writeFileSync(join(outside, 'secret.md'), '+++\ntitle = "Secret"\n+++\n');
    const root = makeSite({ 'hugo.toml': '', 'content/careers/a.md': '+++\ntitle = "A"\n+++\n' });
    symlinkSync(join(outside, 'secret.md'), join(root, 'content', 'careers', 'link.md'));
    symlinkSync(outside, join(root, 'content', 'careers', 'elsewhere'));
    const handlers = handlersFor(root);
    for (const path of ['../secret.md', '/etc/passwd', 'content/../../secret.md', 'content/careers/link.md', 'content/careers/elsewhere/secret.md', 'C:\\Windows\\win.ini']) {
      const error = failure(await handlers.readPosting({ path }));
      expect(error.code, path).toBe('outside-repository');
    }
  });
});

describe('lintText and renderText', () => {
  it('lint a text with the repository settings and give the reading figures', async () => {
    const handlers = handlersFor(copySite(SAMPLE_SITE));
    const text = '+++\ntitle = "Baker"\ndate = 2026-01-01\n+++\n\nWe need a rockstar who has the abilty to lead.\n';
    const lint = value(await handlers.lintText({ path: 'content/careers/baker.md', text }));
    expectJsonSafe(lint);
    const rules = lint.messages.map((message) => message.ruleId);
    expect(rules.some((rule) => rule.includes('spelling'))).toBe(true);
    expect(lint.wordCount).toBe(10);
    expect(lint.readingMinutes).toBe(1);
    expect(lint.genderCoding.verdict).toBeDefined();
  });

  it('give fixes that apply where they belong in a copy with a byte-order mark and CRLF endings', async () => {
    const handlers = handlersFor(copySite(SAMPLE_SITE));
    const original = readFileSync(new URL('../../../shared/fixtures/senior-backend-engineer.md', import.meta.url), 'utf8');
    const copy = `\uFEFF${original.replace(/\n/g, '\r\n')}`;
    const fixesOf = async (text: string): Promise<TextEdit[]> =>
      value(await handlers.lintText({ text })).messages.flatMap((message) => (message.fix ? [message.fix] : []));
    const fixedOriginal = applyTextEdits(original, await fixesOf(original));
    const fixedCopy = applyTextEdits(copy, await fixesOf(copy));
    expect(fixedOriginal.applied.length).toBeGreaterThan(0);
    expect(fixedCopy.text).toBe(`\uFEFF${fixedOriginal.text.replace(/\n/g, '\r\n')}`);
  });

  it('render the body with the site settings; block lines count in the whole text', async () => {
    const handlers = handlersFor(copySite(CAREERS_CRUNCH));
    const text = '+++\ntitle = "X"\n+++\n\n# Heading\n\nA <b>bold</b> word and <script>alert(1)</script>.\n';
    const rendered = value(await handlers.renderText({ text }));
    expectJsonSafe(rendered);
    expect(rendered.html).toContain('<h1 id="heading">Heading</h1>');
    expect(rendered.html).toContain('<b>bold</b>');
    expect(rendered.html).not.toContain('<script');
    expect(rendered.blocks[0]).toMatchObject({ startLine: 5, endLine: 5 });
    expect(rendered.blocks.map((block) => block.html).join('')).toBe(rendered.html);
  });

  it('getLintSetup gives JSON-safe settings, facts and dictionary texts', async () => {
    const setup = value(await handlersFor(copySite(SAMPLE_SITE)).getLintSetup());
    expectJsonSafe(setup);
    expect(setup.config.words).toContain('Shelfwise');
    expect(setup.dictionaries.length).toBeGreaterThan(0);
    expect(setup.dictionaries[0]?.aff).toMatch(/^SET UTF-8/m);
    expect(setup.repository.postings.some((posting) => typeof posting.weight === 'number')).toBe(true);
    expect(setup.today).toBe('2026-12-01');
  });
});

describe('addWord', () => {
  it('adds a word to .posting-desk.toml, keeping its comments, and says when it was there already', async () => {
    const root = copySite(SAMPLE_SITE);
    const before = readFileSync(join(root, '.posting-desk.toml'), 'utf8');
    const handlers = handlersFor(root);
    expect(value(await handlers.addWord({ word: 'Kubeflow' }))).toEqual({ words: ['Shelfwise', 'bookselling', 'Kubeflow'], added: true });
    expect(value(await handlers.addWord({ word: 'Kubeflow' })).added).toBe(false);
    const after = readFileSync(join(root, '.posting-desk.toml'), 'utf8');
    expect(after.split('\n').filter((line) => line.startsWith('#'))).toEqual(before.split('\n').filter((line) => line.startsWith('#')));
  });
});

describe('nothing on disk changes when a call fails', () => {
  it('bad calls of every writing operation leave the site byte for byte', async () => {
    const root = copySite(SAMPLE_SITE);
    mkdirSync(join(root, 'content', 'careers', 'empty-folder'));
    const before = snapshotFolder(root);
    const handlers = handlersFor(root);
    const stale = 'a'.repeat(64);
    const path = 'content/careers/data-analyst.md';
    expect(value(await handlers.savePosting({ path, baseVersion: stale, text: 'mine' })).status).toBe('conflict');
    expect(failure(await handlers.renamePosting({ path, baseVersion: stale })).code).toBe('conflict');
    expect(failure(await handlers.deletePosting({ path, baseVersion: stale })).code).toBe('conflict');
    expect(failure(await handlers.deletePosting({ path: 'hugo.toml', baseVersion: hashBytes(readFileSync(join(root, 'hugo.toml'))) })).code).toBe('outside-repository');
    expect(failure(await handlers.duplicatePosting({ path: 'content/careers/_index.md' })).code).toBe('outside-repository');
    expect(failure(await handlers.newPosting({ title: 'Escape', section: '../..' })).code).toBe('outside-repository');
    expect(changedPaths(before, snapshotFolder(root))).toEqual([]);
  });
});
