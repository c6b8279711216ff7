import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitPosting } from '../file/split.js';
import { HUGO_DEFAULT_SETTINGS, renderPosting, renderSettingsFromSite, type RenderSettings } from '../render/index.js';
import { CAREERS_CRUNCH, CORPUS, SAMPLE_SITE } from '../test-support/temp-site.js';
import { isElement, parseHtmlFragment, textContent, type HtmlNode } from './html-tree.js';
import { escapeText, htmlToMarkdown } from './html-to-markdown.js';

const hugo: RenderSettings = { ...HUGO_DEFAULT_SETTINGS };

/** The text a reader sees, block by block: each heading, paragraph, list item and cell with its element name. */
function visibleBlocks(html: string): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly HtmlNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'td', 'th', 'dt', 'dd', 'pre', 'blockquote'].includes(node.name)) {
        out.push(`${node.name}: ${textContent(node.children).replace(/\s+/g, ' ').trim()}`);
      }
      walk(node.children);
    }
  };
  walk(parseHtmlFragment(html));
  return out;
}

function bodyOf(text: string): string {
  return text.slice(splitPosting(text).bodyStart);
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(folder, name));
}

describe('htmlToMarkdown: rendering the exported Markdown gives the same text as the preview', () => {
  const sites: [string, string, RenderSettings][] = [
    ['careers-crunch', join(CAREERS_CRUNCH, 'content'), renderSettingsFromSite({ goldmark: { renderer: { unsafe: true } } })],
    ['the sample site', join(SAMPLE_SITE, 'content'), hugo],
    ['real postings of other organisations', join(CORPUS, 'real-postings'), hugo],
  ];
  for (const [name, folder, settings] of sites) {
    it(`for every posting of ${name}`, () => {
      const files = markdownFiles(folder).filter((file) => !file.endsWith('SOURCES.md'));
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) {
        const preview = renderPosting(bodyOf(readFileSync(file, 'utf8')), settings).html;
        const again = renderPosting(htmlToMarkdown(preview), settings).html;
        expect(visibleBlocks(again), file).toEqual(visibleBlocks(preview));
      }
    });
  }

  it.each([
    ['emphasis, strong, strikethrough and code', 'Some *emphasis*, **strong**, ~~gone~~ and `code with ` + "`" + ` tick`.'],
    ['nested and ordered lists', '1. one\n2. two\n   - two a\n   - two b\n3. three\n\n- loose\n\n  second paragraph\n- item'],
    ['task lists', '- [x] done\n- [ ] to do'],
    ['tables with alignment', '| Left | Right | Centre |\n|:--|--:|:-:|\n| a \\| b | 2 | *x* |'],
    ['footnotes', 'A claim.[^1]\n\n[^1]: The source, with **bold**.'],
    ['definition lists', 'Term\n: The definition.'],
    ['fenced code with a language', '```python\nprint("<b>hi</b>")\n```'],
    ['links, autolinks and images', '[text](https://example.org/a_(b) "Title") and https://example.org/x and ![alt *x*](/img.png)'],
    ['text that looks like Markdown', '\\# not a heading, 2024\\. not a list, \\* not a bullet, 5 \\* 3, a\\_b\\_c, \\<b\\> not a tag, &amp;copy;'],
    ['hard line breaks', 'one  \ntwo\\\nthree'],
    ['block quotes', '> quoted\n>\n> - with a list'],
  ])('for %s', (_name, markdown) => {
    const preview = renderPosting(markdown, hugo).html;
    const exported = htmlToMarkdown(preview);
    expect(renderPosting(exported, hugo).html).toBe(preview);
  });
});

describe('escapeText', () => {
  it('writes markup-looking text as entities, so no renderer sees a tag', () => {
    expect(escapeText('<script>alert(1)</script> & *x*')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\*x\\*');
  });
});
