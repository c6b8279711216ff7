import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../test-support/cli.js';
import { CAREERS_CRUNCH, changedPaths, copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE, snapshotFolder } from '../test-support/temp-site.js';

/**
 * Bad input through the real command line: every refusal names the file,
 * says what is wrong (with line and column where there is one), exits 2, and
 * leaves every byte in the folder as it was, with no stray temporary files.
 */

/** A real posting from the careers-crunch corpus, the base every bad case is made from. */
const REAL_POSTING = readFileSync(join(CAREERS_CRUNCH, 'content', 'jobs', 'account-executive.md'));
const REAL_TEXT = REAL_POSTING.toString('utf8');

let folder: string;

beforeEach(() => {
  folder = makeTempFolder();
});

afterAll(removeTempFolders);

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(folder, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

function lineOf(text: string, prefix: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(prefix)) + 1;
}

/** The closing `+++` removed: the details section is never closed. */
function withoutClosingDelimiter(text: string): string {
  const lines = text.split('\n');
  const closing = lines.indexOf('+++', 1);
  lines.splice(closing, 1);
  return lines.join('\n');
}

interface BadCase {
  name: string;
  bytes: Uint8Array | string;
  /** Parts of the message that must appear after "posting-desk: <file>: ". */
  message: (string | RegExp)[];
}

const BAD_CASES: BadCase[] = [
  {
    name: 'invalid-toml.md',
    bytes: REAL_TEXT.replace('draft = true', 'draft = yes'),
    message: ['not valid TOML', `(line ${lineOf(REAL_TEXT, 'draft')}, column 9)`],
  },
  {
    name: 'invalid-toml-deep.md',
    bytes: REAL_TEXT.replace('controls = "five"', 'controls = "five'),
    message: ['not valid TOML', new RegExp(`\\(line ${lineOf(REAL_TEXT, 'controls')}, column \\d+\\)`)],
  },
  {
    name: 'duplicate-key.md',
    bytes: REAL_TEXT.replace('weight = 200', 'weight = 200\nweight = 300'),
    message: ['set twice', `(line ${lineOf(REAL_TEXT, 'weight') + 1}, column 1)`],
  },
  {
    name: 'missing-closing-delimiter.md',
    bytes: withoutClosingDelimiter(REAL_TEXT),
    message: ['never closed', '“+++”', '(line 1, column 1)'],
  },
  {
    name: 'invalid-utf8.md',
    // A Latin-1 "é" in the title, as an old editor would save it.
    bytes: Buffer.concat([Buffer.from(REAL_TEXT.slice(0, REAL_TEXT.indexOf('Account Executive') + 3)), Buffer.from([0xe9]), Buffer.from(REAL_TEXT.slice(REAL_TEXT.indexOf('Account Executive') + 3))]),
    message: ['not valid UTF-8', '0xE9', `(line ${lineOf(REAL_TEXT, 'title')}, column 13)`],
  },
  {
    name: 'binary.md',
    bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    message: ['binary'],
  },
  { name: 'empty.md', bytes: '', message: ['empty'] },
  { name: 'only-byte-order-mark.md', bytes: Buffer.from([0xef, 0xbb, 0xbf]), message: ['empty'] },
  { name: 'not-a-posting.md', bytes: '# Just notes\n\nNo details section here.\n', message: ['no details section'] },
];

function expectRefusal(result: CliResult, file: string, message: (string | RegExp)[]): void {
  expect(result.code, result.stderr).toBe(2);
  const [first, ...rest] = result.stderr.trimEnd().split('\n');
  expect(rest, 'one line per failure').toEqual([]);
  expect(first).toMatch(new RegExp(`^posting-desk: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  for (const part of message) {
    if (typeof part === 'string') expect(first).toContain(part);
    else expect(first).toMatch(part);
  }
  expect(first).not.toMatch(/\n\s+at |Error:|undefined/);
}

describe('get and set refuse bad files with a clear message, exit 2 and no change on disk', () => {
  for (const { name, bytes, message } of BAD_CASES) {
    it(`get refuses ${name}`, () => {
      write(name, bytes);
      const before = snapshotFolder(folder);
      const result = runCli(['get', name], { cwd: folder });
      expectRefusal(result, name, message);
      expect(result.stdout).toBe('');
      expect(changedPaths(before, snapshotFolder(folder))).toEqual([]);
    });

    it(`set refuses ${name} and leaves it byte-identical`, () => {
      write(name, bytes);
      const before = snapshotFolder(folder);
      const result = runCli(['set', name, '--field', 'draft=false', '--field', 'title=Changed'], { cwd: folder });
      expectRefusal(result, name, message);
      expect(result.stdout).toBe('');
      expect(changedPaths(before, snapshotFolder(folder))).toEqual([]);
    });
  }

  it('set refuses YAML details (read-only) and leaves the file byte-identical; get still reads it', () => {
    const yaml = '---\ntitle: "Support Engineer"\ndraft: true\n---\n\nBody.\n';
    write('yaml.md', yaml);
    const before = snapshotFolder(folder);
    expectRefusal(runCli(['set', 'yaml.md', '--field', 'draft=false'], { cwd: folder }), 'yaml.md', ['YAML', 'unchanged']);
    expect(changedPaths(before, snapshotFolder(folder))).toEqual([]);
    const got = runCli(['get', '--json', 'yaml.md'], { cwd: folder });
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout)).toEqual({ title: 'Support Engineer', draft: true });
  });

  it('set refuses a read-only file and leaves it byte-identical', () => {
    chmodSync(write('read-only.md', REAL_TEXT), 0o444);
    const before = snapshotFolder(folder);
    expectRefusal(runCli(['set', 'read-only.md', '--field', 'draft=false'], { cwd: folder }), 'read-only.md', ['read-only', 'nothing was saved']);
    expect(changedPaths(before, snapshotFolder(folder))).toEqual([]);
  });

  it('a missing file and a folder are named, exit 2', () => {
    mkdirSync(join(folder, 'a-folder'));
    expectRefusal(runCli(['get', 'missing.md'], { cwd: folder }), 'missing.md', ['no such file']);
    expectRefusal(runCli(['set', 'missing.md', '--field', 'draft=false'], { cwd: folder }), 'missing.md', ['no such file']);
    expectRefusal(runCli(['get', 'a-folder'], { cwd: folder }), 'a-folder', ['folder']);
    expectRefusal(runCli(['set', 'a-folder', '--field', 'draft=false'], { cwd: folder }), 'a-folder', ['folder']);
    expect([...snapshotFolder(folder).keys()]).toEqual([]);
  });
});

describe('a file with only front matter is a valid posting', () => {
  const VARIANTS: [string, string, string][] = [
    ['LF, closing line ended', '+++\ntitle = "Only Details"\n+++\n', '+++\ntitle = "Only Details"\ndraft = false\n+++\n'],
    ['no newline after the closing +++', '+++\ntitle = "Only Details"\n+++', '+++\ntitle = "Only Details"\ndraft = false\n+++'],
    ['CRLF', '+++\r\ntitle = "Only Details"\r\n+++\r\n', '+++\r\ntitle = "Only Details"\r\ndraft = false\r\n+++\r\n'],
    ['byte-order mark', '\uFEFF+++\ntitle = "Only Details"\n+++\n', '\uFEFF+++\ntitle = "Only Details"\ndraft = false\n+++\n'],
  ];

  for (const [label, text, expected] of VARIANTS) {
    it(`get reads it and set edits it exactly (${label})`, () => {
      write('only.md', text);
      const got = runCli(['get', '--json', 'only.md'], { cwd: folder });
      expect(got).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(got.stdout)).toEqual({ title: 'Only Details' });
      const set = runCli(['set', 'only.md', '--field', 'draft=false'], { cwd: folder });
      expect(set).toEqual({ code: 0, stdout: 'updated only.md\n', stderr: '' });
      expect(readFileSync(join(folder, 'only.md'))).toEqual(Buffer.from(expected));
      expect([...snapshotFolder(folder).keys()]).toEqual(['only.md']);
    });
  }

  it('an empty details section (+++ then +++) can be read and given its first detail', () => {
    write('blank.md', '+++\n+++\nBody\n');
    const got = runCli(['get', '--json', 'blank.md'], { cwd: folder });
    expect(got).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(got.stdout)).toEqual({});
    expect(runCli(['set', 'blank.md', '--field', 'title=First'], { cwd: folder })).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(folder, 'blank.md'), 'utf8')).toBe('+++\ntitle = "First"\n+++\nBody\n');
  });
});

describe('a 5 MB posting works', () => {
  function bigPosting(): Buffer {
    const paragraph = REAL_TEXT.slice(REAL_TEXT.indexOf('+++', 3) + 4);
    const parts = [REAL_TEXT];
    let size = Buffer.byteLength(REAL_TEXT);
    for (let index = 0; size < 5 * 1024 * 1024; index += 1) {
      const chunk = `\n## Section ${index}\n${paragraph}`;
      parts.push(chunk);
      size += Buffer.byteLength(chunk);
    }
    return Buffer.from(parts.join(''));
  }

  it('get reads its details', () => {
    write('big.md', bigPosting());
    const got = runCli(['get', '--json', 'big.md'], { cwd: folder });
    expect(got).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(got.stdout)).toMatchObject({ title: 'Account Executive', weight: 200, draft: true });
  });

  it('set changes only the edited line, in a few seconds at most', () => {
    const original = bigPosting();
    expect(original.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    write('big.md', original);
    const started = Date.now();
    const result = runCli(['set', 'big.md', '--field', 'title=Senior Account Executive'], { cwd: folder });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result).toEqual({ code: 0, stdout: 'updated big.md\n', stderr: '' });
    const before = original.toString('utf8').split('\n');
    const after = readFileSync(join(folder, 'big.md'), 'utf8').split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((line, index) => (line === before[index] ? [] : [index]));
    expect(changed).toEqual([lineOf(REAL_TEXT, 'title') - 1]);
    expect(after[changed[0] as number]).toBe('title = "Senior Account Executive"');
    expect([...snapshotFolder(folder).keys()]).toEqual(['big.md']);
  });
});

describe('set on several files edits the good ones and reports each bad one', () => {
  it('edits each file it can, leaves the others untouched, names each failure, exits 2', () => {
    write('good-1.md', REAL_TEXT);
    write('bad-toml.md', REAL_TEXT.replace('draft = true', 'draft = yes'));
    write('good-2.md', REAL_TEXT.replace('Account Executive', 'Sales Engineer'));
    write('empty.md', '');
    write('yaml.md', '---\ntitle: YAML\n---\n');
    const before = snapshotFolder(folder);
    const result = runCli(['set', 'good-1.md', 'bad-toml.md', 'missing.md', 'good-2.md', 'empty.md', 'yaml.md', '--field', 'draft=false'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('updated good-1.md\nupdated good-2.md\n');
    const failures = result.stderr.trimEnd().split('\n');
    expect(failures).toHaveLength(4);
    for (const [index, file] of ['bad-toml.md', 'missing.md', 'empty.md', 'yaml.md'].entries()) {
      expect(failures[index]).toMatch(new RegExp(`^posting-desk: ${file.replace('.', '\\.')}: \\S`));
    }
    expect(failures[0]).toContain('(line 3, column 9)');
    expect(changedPaths(before, snapshotFolder(folder))).toEqual(['good-1.md', 'good-2.md']);
    expect(readFileSync(join(folder, 'good-1.md'), 'utf8')).toBe(REAL_TEXT.replace('draft = true', 'draft = false'));
    expect(readFileSync(join(folder, 'good-2.md'), 'utf8')).toBe(REAL_TEXT.replace('Account Executive', 'Sales Engineer').replace('draft = true', 'draft = false'));
  });

  it('a usage error (bad --field) writes nothing to any file', () => {
    write('good-1.md', REAL_TEXT);
    const before = snapshotFolder(folder);
    const result = runCli(['set', 'good-1.md', '--field', 'draft'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('key=value');
    expect(changedPaths(before, snapshotFolder(folder))).toEqual([]);
  });
});

describe('new refuses a section outside the content folder', () => {
  it.each([['../..'], ['..'], ['../../elsewhere'], ['/tmp'], ['careers/../../..']])('new --section %s exits 2 and writes nothing', (section) => {
    const site = copySite(SAMPLE_SITE);
    const around = dirname(site);
    const before = snapshotFolder(around);
    const result = runCli(['new', site, '--title', 'Escape Artist', '--section', section], { cwd: around });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`section “${section}” must be a folder inside content/`);
    expect(changedPaths(before, snapshotFolder(around))).toEqual([]);
  });

  it('a .posting-desk.toml section that leaves the repository is refused too', () => {
    const site = copySite(SAMPLE_SITE);
    writeFileSync(join(site, '.posting-desk.toml'), 'section = "../../outside"\n');
    const around = dirname(site);
    const before = snapshotFolder(around);
    const result = runCli(['new', '--title', 'Escape Artist'], { cwd: site });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('must be a folder inside content/');
    expect(changedPaths(before, snapshotFolder(around))).toEqual([]);
  });
});
