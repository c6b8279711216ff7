import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'];
type Parent = DefaultTreeAdapterMap['parentNode'];

/**
 * An HTML fragment as a canonical tree, one line per node: comments and
 * blank text dropped, white space collapsed (and trimmed at element edges),
 * entities decoded (parse5 parses as a browser does), attributes sorted.
 *
 * Chroma's colouring is not compared: Hugo wraps highlighted code in
 * `<div class="highlight">` with inline styles and a `<span>` per token; we
 * publish the same `<pre tabindex="0"><code class="language-x"
 * data-lang="x">` with the code's text and no colours. So the wrapper, the
 * pre's style and the spans are taken away before comparing; the code text,
 * its language and the rest of the structure must match.
 */
export function canonicalTree(html: string): string {
  const lines: string[] = [];
  walk(parseFragment(html) as unknown as Parent, 0, lines);
  return lines.join('\n');
}

function walk(parent: Parent, depth: number, lines: string[]): void {
  const children = flatten(parent.childNodes);
  const texts = mergeTexts(children);
  texts.forEach((child, index) => {
    if (typeof child === 'string') {
      let text = child.replace(/\s+/g, ' ');
      // White space at an element's edge or beside a block is not shown.
      if (index === 0 || isBlock(texts[index - 1])) text = text.trimStart();
      if (index === texts.length - 1 || isBlock(texts[index + 1])) text = text.trimEnd();
      if (text !== '' && text !== ' ') lines.push(`${'  '.repeat(depth)}"${text}"`);
      return;
    }
    const attributes = child.attrs
      .filter((attribute) => !(child.tagName === 'pre' && attribute.name === 'style'))
      .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
      .sort();
    lines.push(`${'  '.repeat(depth)}<${child.tagName}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`);
    walk(child as unknown as Parent, depth + 1, lines);
  });
}

type Element = DefaultTreeAdapterMap['element'];

const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);

/** White space beside these is not shown: blocks, and a line break's line ends. */
function isBlock(node: string | Element | undefined): boolean {
  return typeof node === 'object' && (BLOCKS.has(node.tagName) || node.tagName === 'br');
}

/** Children with comments gone, Chroma's wrapper and spans unwrapped. */
function flatten(nodes: readonly Node[], insideCode = false): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') continue;
    if ('tagName' in node) {
      const className = node.attrs.find((attribute) => attribute.name === 'class')?.value ?? '';
      if (node.tagName === 'div' && className.split(/\s+/).includes('highlight')) {
        out.push(...flatten(node.childNodes));
        continue;
      }
      if (insideCode && node.tagName === 'span') {
        out.push(...flatten(node.childNodes, true));
        continue;
      }
      if (node.tagName === 'code' || node.tagName === 'pre') {
        (node as Element).childNodes = flatten(node.childNodes, true);
      }
    }
    out.push(node);
  }
  return out;
}

function mergeTexts(nodes: readonly Node[]): Array<string | Element> {
  const out: Array<string | Element> = [];
  for (const node of nodes) {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + value;
      else out.push(value);
    } else if ('tagName' in node) out.push(node as Element);
  }
  return out;
}

/** The first lines where two canonical trees differ, for a readable failure. */
export function firstDifference(expected: string, actual: string, context = 2): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const from = Math.max(0, i - context);
  return [`hugo:`, ...a.slice(from, i + context + 1).map((line) => `  ${line}`), `ours:`, ...b.slice(from, i + context + 1).map((line) => `  ${line}`)].join('\n');
}
