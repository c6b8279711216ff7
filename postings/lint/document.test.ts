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

describe('createLintDocument on Markdown structure', () => {
  it('keeps prose from lists, quotes, tables and setext headings, without their markers', () => {
    const text = '+++\ntitle = "x"\n+++\nRole\n====\n\n> quoted *words* here\n\n- first item\n- [x] done item\n1. numbered item\n\n| Skill | Level |\n| ----- | ----- |\n| Python | expert |\n';
    const document = createLintDocument(text);
    expect(document.headings).toEqual([{ depth: 1, text: 'Role', start: 20, end: 24 }]);
    for (const words of ['quoted', 'words', 'first item', 'done item', 'numbered item', 'Skill', 'Level', 'Python', 'expert']) expect(document.prose).toContain(words);
    expect(document.prose).not.toMatch(/[>|=*]|\[x\]|- first|1\./);
  });

  it('records links, images, autolinks and raw HTML with their offsets', () => {
    const text = 'Apply [here](https://example.com/apply "Apply") or <jobs@example.com>. ![Team photo](team.png) <b>bold</b>\n\n<div>\nblock\n</div>\n';
    const document = createLintDocument(text);
    expect(document.links.map(({ url, text: label, image }) => ({ url, label, image }))).toEqual([
      { url: 'https://example.com/apply', label: 'here', image: false },
      { url: 'mailto:jobs@example.com', label: 'jobs@example.com', image: false },
      { url: 'team.png', label: 'Team photo', image: true },
    ]);
    expect(document.html.map((part) => part.value)).toEqual(['<b>', '</b>', '<div>\nblock\n</div>']);
    for (const part of [...document.links, ...document.html]) expect(text.slice(part.start, part.end)).toMatch(/^[[<!]/);
    expect(document.prose).toMatch(/Apply +here +or/);
    expect(document.prose).toContain('bold');
    // The text inside raw HTML is prose too; its tags are not.
    expect(document.prose).toContain('block');
    expect(document.prose).not.toContain('div');
    expect(document.prose).not.toContain('Team photo');
  });

  it('blanks code spans, fenced and indented code, and escapes', () => {
    const text = 'Use ``a `nested` span`` and \\*stars\\*.\n\n~~~js\nconst x = 1;\n~~~\n\n    indented code\n';
    const document = createLintDocument(text);
    expect(document.prose).not.toMatch(/nested|const|indented|\\/);
    expect(document.prose).toContain('Use');
    expect(document.prose).toMatch(/\*stars +\*/);
  });
});
