import { Parser } from 'htmlparser2';
import { isSafeStyle, safeUrl, type UrlUse } from './safe-values.js';

export interface SanitizeOptions {
  /** 'placeholder': an image on another host is replaced by a box with its alt text, so nothing is fetched. */
  remoteImages: 'placeholder' | 'keep';
  /** Write void elements as `<br />` (markup.goldmark.renderer.xhtml). */
  xhtml?: boolean;
}

/** What the sanitizer took out, for the preview to tell the writer. JSON-safe. */
export interface SanitizeReport {
  /** Element names removed with their content (script, iframe, ...), once each, in order met. */
  removedElements: string[];
  /** Attributes removed, as `element@attribute` (e.g. `img@onerror`), once each. */
  removedAttributes: string[];
  /** Addresses of remote images shown as a placeholder instead. */
  blockedImages: string[];
}

/** Removed with everything inside them: they run code, load things, or change how the rest parses. */
const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'noscript', 'noembed',
  'noframes', 'template', 'title', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'svg', 'math', 'xmp',
  'plaintext', 'listing', 'meta', 'base', 'link', 'head', 'audio', 'video', 'track', 'source', 'canvas', 'portal',
  'fencedframe', 'dialog', 'slot',
]);

/** Kept as elements (with only the attributes allowed below). */
const ALLOWED = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'button', 'caption',
  'center', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img',
  'input', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
  'section', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
]);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'title', 'lang', 'dir', 'role', 'tabindex', 'hidden', 'translate', 'style', 'align', 'valign', 'width', 'height']);

const ELEMENT_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = {
  a: new Set(['href', 'name', 'target', 'rel', 'hreflang', 'type']),
  img: new Set(['src', 'alt', 'loading', 'decoding', 'border']),
  ol: new Set(['start', 'reversed', 'type']),
  ul: new Set(['type']),
  li: new Set(['value', 'type']),
  td: new Set(['colspan', 'rowspan', 'headers', 'scope', 'abbr', 'nowrap', 'bgcolor']),
  th: new Set(['colspan', 'rowspan', 'headers', 'scope', 'abbr', 'nowrap', 'bgcolor']),
  table: new Set(['border', 'cellpadding', 'cellspacing', 'summary', 'bgcolor']),
  tr: new Set(['bgcolor']),
  col: new Set(['span']),
  colgroup: new Set(['span']),
  time: new Set(['datetime']),
  data: new Set(['value']),
  del: new Set(['cite', 'datetime']),
  ins: new Set(['cite', 'datetime']),
  q: new Set(['cite']),
  blockquote: new Set(['cite']),
  details: new Set(['open']),
  font: new Set(['color', 'face', 'size']),
  input: new Set(['type', 'checked', 'disabled']),
  button: new Set(['type', 'disabled']),
  code: new Set(['data-lang']),
};

const URL_ATTRIBUTES: Readonly<Record<string, UrlUse>> = { href: 'link', src: 'image', cite: 'link' };

const PLACEHOLDER_CLASS = 'remote-image-placeholder';

type Action = 'emit' | 'unwrap' | 'drop';

/**
 * Makes an HTML fragment safe to show and to export: an allow-list of
 * elements and attributes, URLs limited to safe schemes, no CSS that loads
 * anything. Pure JavaScript (htmlparser2's tokenizer), so it runs the same in
 * Node, the window and a worker. The output is re-serialized from the parse,
 * every text and attribute escaped, so nothing the input hid in odd markup
 * survives as markup.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions): { html: string; report: SanitizeReport } {
  const report = { removedElements: new Set<string>(), removedAttributes: new Set<string>(), blockedImages: new Set<string>() };
  const stack: Action[] = [];
  let dropping = 0;
  let out = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropping > 0 || DROPPED.has(name)) {
          if (dropping === 0) report.removedElements.add(name);
          dropping += 1;
          stack.push('drop');
          return;
        }
        if (!ALLOWED.has(name) || (name === 'input' && attributes.type?.toLowerCase() !== 'checkbox')) {
          if (name === 'input') report.removedElements.add(name);
          stack.push('unwrap');
          return;
        }
        if (name === 'img' && options.remoteImages === 'placeholder' && isRemote(attributes.src)) {
          report.blockedImages.add(attributes.src ?? '');
          out += imagePlaceholder(attributes.alt ?? '', attributes.title);
          stack.push('unwrap');
          return;
        }
        const close = options.xhtml === true && VOID.has(name) ? ' />' : '>';
        out += `<${name}${safeAttributes(name, attributes, report.removedAttributes)}${close}`;
        stack.push(VOID.has(name) ? 'unwrap' : 'emit');
      },
      ontext(text) {
        if (dropping === 0) out += escapeText(text);
      },
      onclosetag(name) {
        const action = stack.pop();
        if (action === 'drop') dropping -= 1;
        else if (action === 'emit') out += `</${name}>`;
      },
      oncomment(comment) {
        // Our own marker for left-out raw HTML stays; other comments go (IE's conditional comments run code).
        if (dropping === 0 && comment === ' raw HTML omitted ') out += '<!-- raw HTML omitted -->';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return {
    html: out,
    report: { removedElements: [...report.removedElements], removedAttributes: [...report.removedAttributes], blockedImages: [...report.blockedImages] },
  };
}

function safeAttributes(element: string, attributes: Record<string, string>, removed: Set<string>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!attributeAllowed(element, name, value)) {
      removed.add(`${element}@${name}`);
      continue;
    }
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  if (element === 'input' && !('disabled' in attributes)) out += ' disabled=""';
  // A link that opens a new tab must not hand that tab its opener (an exported page is opened in a browser).
  if (element === 'a' && 'target' in attributes) out = `${out.replace(/ rel="[^"]*"/, '')} rel="noopener noreferrer"`;
  return out;
}

function attributeAllowed(element: string, name: string, value: string): boolean {
  if (name.startsWith('on')) return false;
  const allowed = GLOBAL_ATTRIBUTES.has(name) || ELEMENT_ATTRIBUTES[element]?.has(name) === true || /^aria-[a-z]+$/.test(name) || /^data-[a-z0-9_.-]+$/.test(name);
  if (!allowed) return false;
  if (name === 'style') return isSafeStyle(value);
  if (element === 'input' && name === 'type') return value.toLowerCase() === 'checkbox';
  const use = URL_ATTRIBUTES[name];
  if (use) return safeUrl(value, element === 'img' && name === 'src' ? 'image' : use);
  return true;
}

function isRemote(src: string | undefined): boolean {
  if (src === undefined) return false;
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src.replace(/[\u0000-\u0020]/g, ''));
}

const TYPOGRAPHER_NAMES: Readonly<Record<string, string>> = {
  '&mdash;': '\u2014', '&ndash;': '\u2013', '&hellip;': '\u2026', '&laquo;': '\u00ab', '&raquo;': '\u00bb',
  '&lsquo;': '\u2018', '&rsquo;': '\u2019', '&ldquo;': '\u201c', '&rdquo;': '\u201d',
};

function imagePlaceholder(alt: string, title: string | undefined): string {
  // Hugo's alt text carries the typographer's entity names as text; the placeholder reads better with the characters.
  const readable = alt.replace(/&[a-z]+;/g, (name) => TYPOGRAPHER_NAMES[name] ?? name).trim();
  const label = readable === '' ? 'Image' : `Image: ${readable}`;
  const tip = title ? ` title="${escapeAttribute(title)}"` : '';
  return `<span class="${PLACEHOLDER_CLASS}" role="img" aria-label="${escapeAttribute(label)}"${tip}>${escapeText(label)} (not loaded in the preview)</span>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
