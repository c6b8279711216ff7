import { describe, expect, it } from 'vitest';
import { createLintDocument } from './document.js';

describe('createLintDocument', () => {
  it('keeps prose at the same offsets as the text and blanks everything else', () => {
    const text = '+++\ntitle = "Data Engineer"\n+++\n## About *us*\n\nWe use `kubectl` daily, see [our docs](https://example.com/docs) or write to jobs@example.com.\n\n```\nnot prose\n```\n';
    const document = createLintDocument(text);
    expect(document.prose).toHaveLength(text.length);
    expect(document.prose).not.toContain('title');
    expect(document.prose).not.toContain('kubectl');
    expect(document.prose).not.toContain('example');
    expect(document.prose).not.toContain('not prose');
    const about = document.prose.indexOf('About');
    expect(text.slice(about, about + 5)).toBe('About');
    expect(document.prose).toContain('our docs');
    expect(document.headings).toEqual([{ depth: 2, text: 'About us', start: 32, end: 32 + '## About *us*'.length }]);
    expect(document.links.map((link) => link.url)).toContain('https://example.com/docs');
  });

  it('reads front matter fields with their ranges', () => {
    const text = '+++\ntitle = "Data Engineer"\nweight = 10\n[params]\nlocation = "Remote"\n+++\nBody\n';
    const document = createLintDocument(text);
    const location = document.field('params.location');
    expect(location?.value).toEqual({ type: 'string', value: 'Remote' });
    expect(text.slice(location?.valueStart, location?.valueEnd)).toBe('"Remote"');
    expect(document.field('weight')?.value).toEqual({ type: 'integer', value: 10n });
  });

  it('records a broken front matter as an error and still reads the body', () => {
    const text = '+++\ntitle = "Data Engineer\n+++\nSome body text.\n';
    const document = createLintDocument(text);
    expect(document.frontMatter?.error?.message).toMatch(/not valid TOML/);
    expect(document.frontMatter?.fields).toEqual([]);
    expect(document.prose).toContain('Some body text.');
  });

  it('records an unclosed front matter as an error', () => {
    const document = createLintDocument('+++\ntitle = "x"\nBody without a closing line\n');
    expect(document.frontMatter?.error?.message).toMatch(/never closed/);
  });

  it('drops the byte-order mark so columns match what an editor shows', () => {
    const document = createLintDocument('\uFEFF+++\ntitle = "x"\n+++\nHello\n');
    expect(document.text.startsWith('+++')).toBe(true);
  });
});
