import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitPosting } from '../file/split.js';
import { CORPUS } from '../test-support/temp-site.js';
import { HUGO_DEFAULT_SETTINGS, renderPosting, renderPostingBlocks, renderSettingsFromSite, type RenderSettings } from './index.js';

const preview: RenderSettings = { ...HUGO_DEFAULT_SETTINGS };
const html = (markdown: string, settings: RenderSettings = preview): string => renderPosting(markdown, settings).html;

describe('renderPosting: Goldmark as Hugo configures it', () => {
  it('links scheme and www. addresses, never a bare domain', () => {
    expect(html('Crunch.io is hiring: see www.crunch.io or https://crunch.io/jobs.\n')).toBe(
      '<p>Crunch.io is hiring: see <a href="https://www.crunch.io">www.crunch.io</a> or <a href="https://crunch.io/jobs">https://crunch.io/jobs</a>.</p>\n',
    );
  });

  it('uses the typographer for quotes, dashes, ellipsis and guillemets, but not (c)', () => {
    expect(html('"Hi" -- it\'s --- done... <<ok>> (c)\n')).toBe('<p>\u201cHi\u201d \u2013 it\u2019s \u2014 done\u2026 \u00abok\u00bb (c)</p>\n');
  });

  it('writes strikethrough as <del> and task lists in Goldmark’s markup', () => {
    expect(html('~~old~~\n')).toBe('<p><del>old</del></p>\n');
    expect(html('- [x] done\n- [ ] open\n')).toBe('<ul>\n<li><input checked="" disabled="" type="checkbox"> done</li>\n<li><input disabled="" type="checkbox"> open</li>\n</ul>\n');
  });

  it('gives headings GitHub-style IDs with Hugo’s suffixes, and {#id .class} attributes', () => {
    expect(html('## Pay & Benefits\n\n## Pay & Benefits\n\n## Custom {#own .note}\n')).toBe(
      '<h2 id="pay--benefits">Pay &amp; Benefits</h2>\n<h2 id="pay--benefits-1">Pay &amp; Benefits</h2>\n<h2 id="own" class="note">Custom</h2>\n',
    );
  });

  it('leaves braces that are no attribute block in the heading (a template left in the text)', () => {
    expect(html('# {{ page.title }}\n\n## {\n\n## a {b}\n')).toBe('<h1 id="-pagetitle-">{{ page.title }}</h1>\n<h2 id="heading">{</h2>\n<h2 id="a-b">a {b}</h2>\n');
  });

  it('writes footnotes in Goldmark’s markup', () => {
    expect(html('A[^1].\n\n[^1]: Note.\n')).toBe(
      '<p>A<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>.</p>\n' +
        '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n<li id="fn:1">\n<p>Note.\u00a0<a href="#fnref:1" class="footnote-backref" role="doc-backlink">\u21a9\ufe0e</a></p>\n</li>\n</ol>\n</div>\n',
    );
  });

  it('leaves raw HTML out as Hugo does, unless the site allows it, and then sanitizes it', () => {
    const text = '<div class="apply"><button onclick="alert(1)">Apply</button></div>\n\nText <b onclick="x()">bold</b>\n';
    expect(html(text)).toBe('<!-- raw HTML omitted -->\n<p>Text <!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n');
    expect(html(text, { ...preview, unsafe: true })).toBe('<div class="apply"><button>Apply</button></div>\n<p>Text <b>bold</b></p>\n');
  });

  it('shows shortcodes as placeholders naming them, and lists them', () => {
    const result = renderPosting('Before {{< youtube id="x" >}} and {{% notice info %}}**Hi**{{% /notice %}}.\n', preview);
    expect(result.shortcodes).toEqual([
      { name: 'youtube', closing: false, kind: '<' },
      { name: 'notice', closing: false, kind: '%' },
      { name: 'notice', closing: true, kind: '%' },
    ]);
    expect(result.html).toContain('<span class="hugo-shortcode" data-shortcode="youtube"');
    expect(result.html).toContain('[shortcode “youtube”]');
    expect(result.html).toContain('[end of shortcode “notice”]');
    expect(result.html).toContain('<strong>Hi</strong>');
  });

  it('never fails on a broken shortcode, and prints a commented-out one literally', () => {
    expect(html('Half {{< open and {{% nothing\n')).toBe('<p>Half {{&lt; open and {{% nothing</p>\n');
    expect(html('{{</* figure src="x" */>}}\n')).toBe('<p>{{&lt; figure src=&quot;x&quot; &gt;}}</p>\n'.replace(/&quot;/g, '"'));
  });

  it('does not fetch remote images in the preview, and keeps them for exports that ask', () => {
    const text = '![Our office](https://cdn.example/office.jpg) ![Logo](logo.png)\n';
    const shown = renderPosting(text, preview);
    expect(shown.html).toBe('<p><span class="remote-image-placeholder" role="img" aria-label="Image: Our office">Image: Our office (not loaded in the preview)</span> <img src="logo.png" alt="Logo"></p>\n');
    expect(shown.sanitized.blockedImages).toEqual(['https://cdn.example/office.jpg']);
    expect(html(text, { ...preview, remoteImages: 'keep' })).toContain('<img src="https://cdn.example/office.jpg" alt="Our office">');
  });

  it('renders the same the second time (no state kept between calls)', () => {
    const text = '## A\n\nB[^1]\n\n[^1]: C\n';
    expect(html(text)).toBe(html(text));
  });
});

describe('renderPostingBlocks: the page as top-level blocks for the preview', () => {
  const fixture = readFileSync(join(CORPUS, '..', 'fixtures', 'senior-backend-engineer.md'), 'utf8');
  const body = fixture.slice(splitPosting(fixture).bodyStart);

  it('joins to exactly the full fragment, on a real posting', () => {
    const { blocks } = renderPostingBlocks(body, preview);
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.map((block) => block.html).join('')).toBe(renderPosting(body, preview).html);
  });

  it('gives each block its source lines, so that a changed line maps to one block', () => {
    const text = '# Title\n\nFirst paragraph\nstill first.\n\n- a\n- b\n';
    expect(renderPostingBlocks(text, preview).blocks).toEqual([
      { kind: 'block', startLine: 1, endLine: 1, html: '<h1 id="title">Title</h1>\n' },
      { kind: 'block', startLine: 3, endLine: 4, html: '<p>First paragraph\nstill first.</p>\n' },
      { kind: 'block', startLine: 6, endLine: 7, html: '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n' },
    ]);
  });

  it('resolves reference links and footnotes across blocks, with the notes as a final block', () => {
    const text = 'See [the site][site] and a note[^n].\n\nMore.\n\n[site]: https://example.org\n[^n]: The note.\n';
    const { blocks } = renderPostingBlocks(text, preview);
    expect(blocks[0]?.html).toContain('<a href="https://example.org">the site</a>');
    expect(blocks[0]?.html).toContain('href="#fn:1"');
    const last = blocks[blocks.length - 1];
    expect(last?.kind).toBe('footnotes');
    expect(last?.startLine).toBeNull();
    expect(last?.html).toContain('<li id="fn:1">');
    expect(blocks.map((block) => block.html).join('')).toBe(html(text));
  });

  it('keeps raw HTML that wraps Markdown in one block, so each block is whole HTML', () => {
    const text = '<div class="note">\n\n**Inside**\n\n</div>\n\nAfter.\n';
    const settings = { ...preview, unsafe: true };
    const { blocks } = renderPostingBlocks(text, settings);
    expect(blocks.map((block) => [block.startLine, block.endLine])).toEqual([
      [1, 5],
      [7, 7],
    ]);
    expect(blocks[0]?.html).toBe('<div class="note">\n<p><strong>Inside</strong></p>\n</div>\n');
  });
});

describe('renderSettingsFromSite', () => {
  it('gives Hugo’s defaults for a site without markup settings', () => {
    expect(renderSettingsFromSite(undefined)).toEqual(HUGO_DEFAULT_SETTINGS);
    expect(renderSettingsFromSite({})).toEqual(HUGO_DEFAULT_SETTINGS);
    expect(renderSettingsFromSite('nonsense')).toEqual(HUGO_DEFAULT_SETTINGS);
  });

  it('reads markup.goldmark and markup.highlight, keys in any case, ignoring values of the wrong type', () => {
    const settings = renderSettingsFromSite(
      {
        Goldmark: {
          renderer: { unsafe: true, hardWraps: true },
          extensions: { typographer: false, linkify: 'yes', linkifyProtocol: 'http' },
          parser: { autoHeadingIDType: 'github-ascii', attribute: { title: false, block: true } },
        },
        highlight: { codeFences: false },
      },
      'keep',
    );
    expect(settings).toEqual({
      ...HUGO_DEFAULT_SETTINGS,
      unsafe: true,
      hardWraps: true,
      typographer: false,
      linkifyProtocol: 'http',
      autoHeadingIdType: 'github-ascii',
      headingAttributes: false,
      blockAttributes: true,
      codeFences: false,
      remoteImages: 'keep',
    });
  });

  it('writes XHTML void elements when the site asks for them', () => {
    expect(html('a  \nb\n\n---\n', { ...preview, xhtml: true })).toBe('<p>a<br />\nb</p>\n<hr />\n');
  });

  it('changes the output as the settings say', () => {
    const settings = renderSettingsFromSite({ goldmark: { extensions: { typographer: false, linkify: false }, renderer: { hardWraps: true } } });
    expect(html('"a" www.x.org\nb\n', settings)).toBe('<p>&quot;a&quot; www.x.org<br>\nb</p>\n'.replace(/&quot;/g, '"'));
  });
});
