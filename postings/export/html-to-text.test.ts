import { describe, expect, it } from 'vitest';
import { HUGO_DEFAULT_SETTINGS, renderPosting } from '../render/index.js';
import { htmlToText, stripMarkup } from './html-to-text.js';

const text = (markdown: string): string => htmlToText(renderPosting(markdown, { ...HUGO_DEFAULT_SETTINGS }).html);

describe('htmlToText: plain text for forms that take no formatting', () => {
  it('writes list items as "• " lines and numbered items with their numbers, nested ones indented', () => {
    expect(text('Intro.\n\n- one\n- two\n  - two a\n\n3. three\n4. four')).toBe('Intro.\n\n• one\n• two\n  • two a\n\n3. three\n4. four\n');
  });

  it('writes links as "text (url)", and a link whose text is its address once', () => {
    expect(text('Apply [here](https://jobs.example/apply), mail [jobs@example.org](mailto:jobs@example.org) or see https://example.org/.')).toBe(
      'Apply here (https://jobs.example/apply), mail jobs@example.org or see https://example.org/.\n',
    );
  });

  it('puts headings and paragraphs on their own lines, without Markdown markers', () => {
    expect(text('## What you’ll do\n\nShip **good** *software*.\n\n---\n\nThe end.')).toBe('What you’ll do\n\nShip good software.\n\nThe end.\n');
  });

  it('keeps task-list boxes, table rows, code and footnotes readable', () => {
    expect(text('- [x] done\n- [ ] open\n\n| Day | Hours |\n|---|---|\n| Mon | 8 |\n\n```\nmake test\n```\n\nA claim.[^1]\n\n[^1]: Source.')).toBe(
      '• [x] done\n• [ ] open\n\nDay | Hours\nMon | 8\n\nmake test\n\nA claim.[1]\n\n[1] Source.\n',
    );
  });

  it('gives images their description', () => {
    expect(text('![Our office in Lisbon](/office.jpg)')).toBe('[Image: Our office in Lisbon]\n');
  });

  it('drops text that a form showing HTML would read as a tag', () => {
    expect(stripMarkup('Hello <script>alert(1)</script> <img src=x onerror=alert(2)> <!-- c --> world')).toBe('Hello alert(1)   world');
    expect(stripMarkup('Salary < 50k and 3 > 2')).toBe('Salary < 50k and 3 > 2');
  });
});
