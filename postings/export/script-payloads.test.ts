import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { HUGO_DEFAULT_SETTINGS, renderSettingsFromSite, type RenderSettings } from '../render/index.js';
import { livePayloads, renderMarkdownUnsafely, scriptPayloadPosting } from '../test-support/live-payloads.js';
import { exportText } from './index.js';

const posting = scriptPayloadPosting();
const settings: [string, RenderSettings][] = [
  ['raw HTML left out (Hugo’s default)', { ...HUGO_DEFAULT_SETTINGS }],
  ['raw HTML published (markup.goldmark.renderer.unsafe)', renderSettingsFromSite({ goldmark: { renderer: { unsafe: true } } })],
];
function elementNames(html: string): string[] {
  const names: string[] = [];
  const walk = (nodes: ReturnType<typeof parseDocument>['children']): void => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      names.push(node.name);
      walk(node.children);
    }
  };
  walk(parseDocument(html).children);
  return names;
}

const MARKERS = /<script|<iframe|<object|<embed|<svg|onerror|onload|onclick|onmouseover|javascript:|vbscript:|data:text\/html/i;

describe.each(settings)('a posting full of script payloads, %s, exports with none of them left', (_name, render) => {
  const context = { render, company: 'Example <script>alert("company")</script> Ltd', languageCode: 'en-us' };
  const exported = (format: Parameters<typeof exportText>[1]): string => exportText(posting, format, context).content;

  it('as the HTML fragment and the standalone page', () => {
    expect(livePayloads(exported('html'))).toEqual([]);
    const page = exported('html-page');
    const [head = '', body = ''] = page.split('</head>');
    expect(livePayloads(body)).toEqual([]);
    // The head is the page's own: its metadata, its stylesheet (loading nothing) and the JSON-LD, nothing from the posting.
    expect(elementNames(head)).toEqual(['html', 'head', 'meta', 'meta', 'meta', 'meta', 'title', 'style', 'script']);
    expect(head).not.toMatch(/url\(\s*['"]?(?!data:)/);
    // The page's own title and details are escaped text.
    expect(page).toContain('<title>Engineer &#60;script&#62;alert(&#39;title&#39;)&#60;/script&#62;');
  });

  it('as Markdown, even on a job board that renders raw HTML', () => {
    const markdown = exported('md');
    expect(livePayloads(renderMarkdownUnsafely(markdown))).toEqual([]);
    expect(markdown).not.toMatch(/<[a-z!/]/i);
    expect(markdown).toMatch(/^# Engineer &lt;script&gt;/);
  });

  it('as plain text', () => {
    const text = exported('text');
    expect(text).not.toMatch(MARKERS);
    expect(text).toMatch(/^Engineer alert\('title'\)\n/);
    expect(text).toContain('How to apply: write to jobs@example.org.');
  });

  it('as JSON-LD, safe inside a script element', () => {
    const json = exported('jsonld');
    expect(json).not.toMatch(/<\/script|<!--/i);
    const ld = JSON.parse(json) as { description: string; title: string };
    expect(livePayloads(ld.description)).toEqual([]);
    expect(ld.title).toContain("<script>alert('title')</script>");
  });
});

describe('the script-payload posting', () => {
  it('really carries the payloads (they are in the file and would run unsanitized)', () => {
    expect(livePayloads(renderMarkdownUnsafely(posting)).length).toBeGreaterThan(10);
  });
});
