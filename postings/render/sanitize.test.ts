import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HUGO_DEFAULT_SETTINGS, renderPosting } from './index.js';
import { sanitizeHtml } from './sanitize.js';

type Element = DefaultTreeAdapterMap['element'];

/** Script payloads, many obfuscated, from the usual XSS filter-evasion lists. */
const PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" ONERROR="alert(1)">',
  '<img/src=x/onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<img src="data:text/html,<script>alert(1)</script>">',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<svg onload=alert(1)><circle r=10></circle></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="evil.swf"></object><embed src="evil.swf">',
  '<form action="https://evil.example"><input name=q><button formaction="javascript:alert(1)">Go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>body{background:url(https://evil.example/track)}</style>',
  '<div style="background:url(https://evil.example/track)">x</div>',
  '<div style="background:u\\72l(https://evil.example/track)">x</div>',
  '<div style="width: expression(alert(1))">x</div>',
  '<div style="behavior: url(x.htc)">x</div>',
  '<div style="@import \'https://evil.example/x.css\'">x</div>',
  '<p style="background-image: image-set(\'https://evil.example/a.png\' 1x)">x</p>',
  '<div style="-moz-binding: url(x.xml#xss)">x</div>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>x</details>',
  '<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>',
  '<input type="image" src="x" onerror="alert(1)">',
  '<input autofocus onfocus=alert(1)>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
  '<a href="#" onclick="alert(1)" onmouseover=alert(1)>x</a>',
  '<button onclick="location.href=\'mailto:careers@crunch.io\';">Apply</button>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<a href="\\\\evil.example\\share">x</a>',
  '<img src="//evil.example/pixel.gif">',
  '<img srcset="https://evil.example/a.png 1x">',
  '<template><img src=x onerror=alert(1)></template>',
  '<div id="x" data-x="1" aria-label="ok" onpointerenter="alert(1)">x</div>',
  '<a href="https://example.org/" target="_blank" ping="https://evil.example/">x</a>',
  '<div style="position:fixed;top:0;left:0;width:100%;height:100%">Session expired: enter your password</div>',
];

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'form', 'meta', 'base', 'style', 'link', 'svg', 'math', 'frame', 'frameset', 'applet', 'template', 'video', 'audio', 'source', 'textarea', 'noscript', 'xmp']);

/** Every way a browser parsing the output could run or load something, as a list of findings. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const visit = (node: DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment']): void => {
    if ('tagName' in node) {
      const element = node as Element;
      if (FORBIDDEN_ELEMENTS.has(element.tagName) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${element.tagName}>`);
      if (element.tagName === 'input' && element.attrs.some((a) => a.name === 'type' && a.value !== 'checkbox')) found.push('input type');
      for (const { name, value } of element.attrs) {
        const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on')) found.push(`${element.tagName}@${name}`);
        if (['srcdoc', 'formaction', 'action', 'srcset', 'ping', 'background', 'xlink:href'].includes(name)) found.push(`${element.tagName}@${name}`);
        if (/^(?:javascript|vbscript|data|file):/.test(compact) && !(element.tagName === 'img' && name === 'src' && /^data:image\/(?:png|gif|jpe?g|webp)/.test(compact))) {
          found.push(`${element.tagName}@${name}=${value}`);
        }
        if (name === 'style' && /url\(|expression|@import|image-set|binding|behavior|position:(?:fixed|absolute)|\\/.test(compact)) found.push(`style=${value}`);
        if (element.tagName === 'a' && element.attrs.some((a) => a.name === 'target') && !element.attrs.some((a) => a.name === 'rel' && a.value.includes('noopener'))) found.push('target without noopener');
        if (element.tagName === 'img' && name === 'src' && /^(?:[a-z]+:)?\/\//.test(compact)) found.push(`remote img ${value}`);
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node && node.content) visit(node.content as DefaultTreeAdapterMap['documentFragment']);
  };
  visit(parseFragment(html));
  return found;
}

describe('sanitizeHtml', () => {
  it.each(PAYLOADS)('leaves nothing that runs or loads in %s', (payload) => {
    const { html } = sanitizeHtml(payload, { remoteImages: 'placeholder' });
    expect(dangers(html)).toEqual([]);
    expect(html).not.toMatch(/<script|javascript:/i);
  });

  it.each(PAYLOADS)('leaves nothing that runs or loads when raw HTML is allowed in a posting: %s', (payload) => {
    const settings = { ...HUGO_DEFAULT_SETTINGS, unsafe: true };
    const inline = renderPosting(`Text ${payload} more text.\n`, settings).html;
    const block = renderPosting(`${payload}\n\nAfter.\n`, settings).html;
    expect(dangers(inline)).toEqual([]);
    expect(dangers(block)).toEqual([]);
  });

  it('keeps ordinary content, attributes and safe links as they are', () => {
    const html = '<h2 id="x" class="a">T</h2><p>A <a href="https://example.org/a?b=1&amp;c=2" title="t">link</a>, <a href="mailto:jobs@example.org">mail</a>, <a href="/apply#now">relative</a>.</p><table><tr><td style="text-align:left" colspan="2">c</td></tr></table><img src="team.png" alt="Team"><input checked="" disabled="" type="checkbox">';
    const { html: out, report } = sanitizeHtml(html, { remoteImages: 'placeholder' });
    expect(out).toBe(html.replace('<input checked="" disabled="" type="checkbox">', '<input checked="" disabled="" type="checkbox">'));
    expect(report).toEqual({ removedElements: [], removedAttributes: [], blockedImages: [] });
  });

  it('says what it removed', () => {
    const { report } = sanitizeHtml('<script>x</script><img src="a.png" onerror="x"><a href="javascript:x">y</a><img src="https://cdn.example/p.png" alt="Team">', { remoteImages: 'placeholder' });
    expect(report).toEqual({ removedElements: ['script'], removedAttributes: ['img@onerror', 'a@href'], blockedImages: ['https://cdn.example/p.png'] });
  });

  it('shows a remote image as a placeholder that keeps its alt text, or keeps it when asked', () => {
    const image = '<img src="https://cdn.example/team.png" alt="Our team">';
    const placeholder = sanitizeHtml(image, { remoteImages: 'placeholder' }).html;
    expect(placeholder).toBe('<span class="remote-image-placeholder" role="img" aria-label="Image: Our team">Image: Our team (not loaded in the preview)</span>');
    expect(sanitizeHtml(image, { remoteImages: 'keep' }).html).toBe(image);
  });

  it('keeps inline data images, but no other data URL', () => {
    const png = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">';
    expect(sanitizeHtml(png, { remoteImages: 'placeholder' }).html).toBe(png);
    expect(sanitizeHtml('<a href="data:image/png;base64,iVBORw0KGgo=">x</a>', { remoteImages: 'placeholder' }).html).toBe('<a>x</a>');
  });

  it('keeps the text of an unknown or unwrapped element and of a removed button handler', () => {
    expect(sanitizeHtml('<custom-tag>kept <b>bold</b></custom-tag><form>inside</form>', { remoteImages: 'keep' }).html).toBe('kept <b>bold</b>inside');
    expect(sanitizeHtml('<button class="btn" onclick="go()">Apply</button>', { remoteImages: 'keep' }).html).toBe('<button class="btn">Apply</button>');
  });

  it('escapes text and attributes so that nothing it reads as text turns into markup', () => {
    const { html } = sanitizeHtml('<p title="&quot;&gt;&lt;script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>', { remoteImages: 'keep' });
    expect(html).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
});
