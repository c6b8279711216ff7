import { describe, expect, it } from 'vitest';
import { PostingError } from './posting-error.js';
import { splitPosting, type PostingParts } from './split.js';

/** The front matter's own text and the body, as the splitter cut them. */
function pieces(text: string): { format?: string; frontMatter?: string; body: string; parts: PostingParts } {
  const parts = splitPosting(text);
  const region = parts.frontMatter;
  return {
    ...(region ? { format: region.format, frontMatter: text.slice(region.start, region.end) } : {}),
    body: text.slice(parts.bodyStart),
    parts,
  };
}

function splitError(text: string): PostingError {
  try {
    splitPosting(text);
  } catch (error) {
    if (error instanceof PostingError) return error;
    throw error;
  }
  throw new Error('expected splitPosting to refuse the text');
}

describe('splitPosting', () => {
  it('finds TOML front matter between +++ lines and the body after them', () => {
    const { format, frontMatter, body } = pieces('+++\ntitle = "A"\n+++\nBody\n');
    expect(format).toBe('toml');
    expect(frontMatter).toBe('title = "A"\n');
    expect(body).toBe('Body\n');
  });

  it('finds YAML front matter between --- lines', () => {
    const { format, frontMatter, body } = pieces('---\ntitle: A\n---\nBody');
    expect(format).toBe('yaml');
    expect(frontMatter).toBe('title: A\n');
    expect(body).toBe('Body');
  });

  it('finds JSON front matter as the first balanced object, braces in strings included', () => {
    const text = '{\n  "title": "A } { \\" quote",\n  "params": { "x": 1 }\n}\nBody\n';
    const { format, frontMatter, body, parts } = pieces(text);
    expect(format).toBe('json');
    expect(frontMatter).toBe('{\n  "title": "A } { \\" quote",\n  "params": { "x": 1 }\n}');
    expect(body).toBe('Body\n');
    expect(parts.frontMatter?.openStart).toBe(0);
  });

  it('skips a byte-order mark and records it', () => {
    const { format, frontMatter, body, parts } = pieces('\uFEFF+++\ntitle = "A"\n+++\nBody');
    expect(parts.bom).toBe(true);
    expect(parts.frontMatter?.openStart).toBe(1);
    expect(format).toBe('toml');
    expect(frontMatter).toBe('title = "A"\n');
    expect(body).toBe('Body');
  });

  it('skips blank lines and spaces before the opening delimiter, as Hugo does', () => {
    const text = '\n  \r\n\t\n+++\ntitle = "A"\n+++\nBody';
    const { frontMatter, parts } = pieces(text);
    expect(parts.frontMatter?.openStart).toBe(text.indexOf('+++'));
    expect(frontMatter).toBe('title = "A"\n');
  });

  it('keeps CRLF line endings inside the front matter and takes the closing line ending with the delimiter', () => {
    const { frontMatter, body, parts } = pieces('+++\r\ntitle = "A"\r\ndraft = true\r\n+++\r\nBody\r\n');
    expect(frontMatter).toBe('title = "A"\r\ndraft = true\r\n');
    expect(body).toBe('Body\r\n');
    expect(parts.frontMatter?.closeEnd).toBe(parts.bodyStart);
  });

  it('handles mixed LF and CRLF endings as found', () => {
    const { frontMatter, body } = pieces('+++\r\ntitle = "A"\ndraft = true\r\n+++\nBody\r\nmore\n');
    expect(frontMatter).toBe('title = "A"\ndraft = true\r\n');
    expect(body).toBe('Body\r\nmore\n');
  });

  it('accepts trailing blanks after the delimiters', () => {
    const { frontMatter, body } = pieces('+++  \ntitle = "A"\n+++\t\nBody');
    expect(frontMatter).toBe('title = "A"\n');
    expect(body).toBe('Body');
  });

  it('closes at the first line that starts with the delimiter, even inside a multi-line string, as Hugo does', () => {
    const { frontMatter, body } = pieces('+++\nx = """\n+++ not the end?\n"""\n+++\nBody');
    expect(frontMatter).toBe('x = """\n');
    expect(body).toBe(' not the end?\n"""\n+++\nBody');
  });

  it('does not close at a delimiter that is indented or mid-line', () => {
    const { frontMatter } = pieces('+++\na = "x +++"\n  +++\nb = 1\n+++\n');
    expect(frontMatter).toBe('a = "x +++"\n  +++\nb = 1\n');
  });

  it('reads a file that is front matter only, with or without a final line ending', () => {
    expect(pieces('+++\ntitle = "A"\n+++\n')).toMatchObject({ frontMatter: 'title = "A"\n', body: '' });
    expect(pieces('+++\ntitle = "A"\n+++')).toMatchObject({ frontMatter: 'title = "A"\n', body: '' });
  });

  it('reads empty front matter', () => {
    expect(pieces('+++\n+++\nBody')).toMatchObject({ format: 'toml', frontMatter: '', body: 'Body' });
  });

  it('treats a file without a delimiter as all body', () => {
    for (const text of ['# Heading\n\nText\n', 'title = "A"\n', '\uFEFF# Heading', '++\n', '++++\ntitle = "A"\n++++\n', '- a list\n']) {
      const { parts, body } = pieces(text);
      expect(parts.frontMatter).toBeUndefined();
      expect(body).toBe(text.startsWith('\uFEFF') ? text.slice(1) : text);
    }
  });

  it('refuses a missing closing delimiter with the line and column of the opening one', () => {
    const error = splitError('\n\n+++\ntitle = "A"\nBody\n');
    expect(error.code).toBe('unclosed-front-matter');
    expect(error.position).toEqual({ line: 3, column: 1 });
    expect(error.message).toContain('+++');
    expect(error.message).toContain('line 3, column 1');
  });

  it('refuses a missing closing --- and an unbalanced JSON object', () => {
    expect(splitError('---\ntitle: A\n').code).toBe('unclosed-front-matter');
    const json = splitError('\uFEFF{ "title": "}" \n');
    expect(json.code).toBe('unclosed-front-matter');
    expect(json.position).toEqual({ line: 1, column: 2 });
  });
});
