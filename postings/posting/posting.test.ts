import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import type { TomlEdit } from '../toml/edit.js';
import { toPlain, type TomlValue } from '../toml/value.js';
import { editPosting, postingBody, readPostingBytes, readPostingText, type Posting } from './posting.js';

const FIXTURE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/senior-backend-engineer.md');

const str = (value: string): TomlValue => ({ type: 'string', value });
const setTitle: TomlEdit = { op: 'set', path: ['title'], value: str('New title') };

function refusal(action: () => unknown): PostingError {
  try {
    action();
  } catch (error) {
    if (error instanceof PostingError) return error;
    throw error;
  }
  throw new Error('expected a PostingError');
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readPostingBytes', () => {
  it('reads the real fixture posting', () => {
    const posting = readPostingBytes(readFileSync(FIXTURE));
    expect(posting.frontMatter?.format).toBe('toml');
    expect(editPosting(posting, [])).toBe(posting.text);
  });

  it('keeps a byte-order mark in the text and reads the details after it', () => {
    const withBom = readPostingBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('+++\ntitle = "A"\n+++\n')]));
    expect(withBom.text.startsWith('\uFEFF')).toBe(true);
    expect(withBom.parts.bom).toBe(true);
    expect(toPlain(withBom.frontMatter?.root as TomlValue)).toEqual({ title: 'A' });
  });

  it('refuses empty, byte-order-mark-only, binary and non-UTF-8 files with their own messages', () => {
    expect(refusal(() => readPostingBytes(new Uint8Array())).code).toBe('empty');
    expect(refusal(() => readPostingBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).code).toBe('empty');
    expect(refusal(() => readPostingBytes(new Uint8Array([0x2b, 0x00]))).code).toBe('binary');
    expect(refusal(() => readPostingBytes(new Uint8Array([0x2b, 0xff]))).code).toBe('invalid-utf8');
  });

  it('reports invalid TOML with the line and column in the whole file', () => {
    const error = refusal(() => readPostingText('\uFEFF\n+++\ntitle = "A"\ndraft = = true\n+++\nBody\n'));
    expect(error.code).toBe('invalid-toml');
    expect(error.position).toEqual({ line: 4, column: 9 });
    expect(error.message).toMatch(/not valid TOML.*\(line 4, column 9\)$/);
  });

  it('reports a key set twice in words for people', () => {
    const error = refusal(() => readPostingText('+++\ntitle = "A"\ntitle = "B"\n+++\n'));
    expect(error.message).toContain('set twice');
    expect(error.position?.line).toBe(3);
  });

  it('reports a missing closing +++ with the line of the opening one', () => {
    const error = refusal(() => readPostingText('\n+++\ntitle = "A"\nBody\n'));
    expect(error.code).toBe('unclosed-front-matter');
    expect(error.position).toEqual({ line: 2, column: 1 });
  });

  it('reads YAML and JSON front matter', () => {
    const yaml = readPostingText('---\ntitle: "A"\ndate: 2024-01-02\ncount: 3\ntags: [a, b]\nparams:\n  location: Paris\n---\nBody\n');
    expect(yaml.frontMatter?.format).toBe('yaml');
    expect(toPlain(yaml.frontMatter?.root as TomlValue)).toEqual({ title: 'A', date: '2024-01-02', count: 3, tags: ['a', 'b'], params: { location: 'Paris' } });
    expect(yaml.frontMatter?.root.entries.get('date')).toEqual({ type: 'datetime', kind: 'local-date', text: '2024-01-02' });
    const json = readPostingText('{\n  "title": "A",\n  "weight": 2\n}\nBody\n');
    expect(json.frontMatter?.format).toBe('json');
    expect(toPlain(json.frontMatter?.root as TomlValue)).toEqual({ title: 'A', weight: 2 });
    expect(postingBody(json)).toBe('Body\n');
  });

  it('reads a file without front matter as all body', () => {
    const posting = readPostingText('# Just Markdown\n');
    expect(posting.frontMatter).toBeUndefined();
    expect(postingBody(posting)).toBe('# Just Markdown\n');
  });
});

describe('editPosting', () => {
  it('returns the text unchanged when there is nothing to edit', () => {
    const text = '\uFEFF+++\r\ntitle = "A" # t\r\n+++\r\n\r\nBody  \r\n';
    expect(editPosting(readPostingText(text), [])).toBe(text);
  });

  it('edits the real fixture: one line changes, the body with its typos and trailing spaces stays', () => {
    const bytes = readFileSync(FIXTURE);
    const posting = readPostingBytes(bytes);
    const saved = editPosting(posting, [setTitle]);
    const before = posting.text.split('\n');
    const after = saved.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, index) => line !== before[index])).toHaveLength(1);
    expect(postingBody(readPostingText(saved))).toBe(postingBody(posting));
  });

  it('keeps the byte-order mark, CRLF endings and the body byte for byte', () => {
    const text = '\uFEFF+++\r\ntitle = "A"\r\n+++\r\nBody\r\n+++\r\nnot front matter\n';
    const saved = editPosting(readPostingText(text), [setTitle, { op: 'set', path: ['draft'], value: { type: 'boolean', value: true } }]);
    expect(saved).toBe('\uFEFF+++\r\ntitle = "New title"\r\ndraft = true\r\n+++\r\nBody\r\n+++\r\nnot front matter\n');
    expect([...encodePosting(saved).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('adds to an empty front matter and to a file that is front matter only', () => {
    expect(editPosting(readPostingText('+++\n+++\nBody'), [setTitle])).toBe('+++\ntitle = "New title"\n+++\nBody');
    expect(editPosting(readPostingText('+++\r\n+++'), [setTitle])).toBe('+++\r\ntitle = "New title"\r\n+++');
    expect(editPosting(readPostingText('+++\ntitle = "A"\n+++'), [setTitle])).toBe('+++\ntitle = "New title"\n+++');
  });

  it('adds params in a new [params] table after the others', () => {
    const text = '+++\ntitle = "A"\n\n[menu.main]\nweight = 1\n+++\nBody\n';
    const saved = editPosting(readPostingText(text), [{ op: 'set', path: ['params', 'location'], value: str('Paris') }]);
    expect(saved).toBe('+++\ntitle = "A"\n\n[menu.main]\nweight = 1\n\n[params]\nlocation = "Paris"\n+++\nBody\n');
  });

  it('writes a multi-line value with a line starting with +++ so that Hugo still finds the end of the front matter', () => {
    const text = '+++\ndescription = """\nold"""\n+++\nBody\n';
    const value = 'line one\n+++ not the end\nline three';
    const saved = editPosting(readPostingText(text), [{ op: 'set', path: ['description'], value: str(value) }]);
    expect(saved).toBe('+++\ndescription = """line one\n\\u002B++ not the end\nline three"""\n+++\nBody\n');
    expect(readPostingText(saved).frontMatter?.root.entries.get('description')).toEqual(str(value));
  });

  it('does not change the posting it was given', () => {
    const posting = readPostingText('+++\ntitle = "A"\n[params]\nx = 1\n+++\n');
    const before = structuredClone(posting);
    editPosting(posting, [setTitle, { op: 'set', path: ['params', 'y'], value: str('z') }, { op: 'remove', path: ['params', 'x'] }]);
    expect(posting).toEqual(before);
  });

  it.each([
    ['YAML', '---\ntitle: A\n---\nBody\n', 'read-only-format', /YAML/],
    ['JSON', '{ "title": "A" }\nBody\n', 'read-only-format', /JSON/],
    ['no front matter', '# Title\n\nBody\n', 'no-front-matter', /no details section/],
  ])('refuses to edit a posting with %s and leaves it alone', (_name, text, code, message) => {
    const posting: Posting = readPostingText(text);
    const error = refusal(() => editPosting(posting, [setTitle]));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(posting.text).toBe(text);
  });

  it('refuses an edit that cannot be made, saying why', () => {
    const posting = readPostingText('+++\ntitle = "A"\n+++\n');
    const error = refusal(() => editPosting(posting, [{ op: 'set', path: ['title', 'x'], value: str('y') }]));
    expect(error.code).toBe('invalid-edit');
    expect(error.message).toContain('“title” is a single value');
  });

  it('works on a 5 MB posting', () => {
    const body = `${'A paragraph of the job description, long enough to matter. '.repeat(20)}\n\n`.repeat(4300);
    const text = `+++\ntitle = "Big"\ndraft = false\n+++\n${body}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const saved = editPosting(readPostingText(text), [setTitle]);
    expect(saved.length).toBe(text.length + 'New title'.length - 'Big'.length);
    expect(saved.endsWith(body)).toBe(true);
  });
});
