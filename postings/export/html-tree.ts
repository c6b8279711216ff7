/**
 * A small, JSON-like tree of an HTML fragment, so the text and Markdown
 * serializers walk plain data instead of a parser's node classes.
 */
import { parseDocument } from 'htmlparser2';

export type HtmlNode = HtmlElement | { kind: 'text'; text: string };

export interface HtmlElement {
  kind: 'element';
  /** Lower case. */
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

type ParsedNode = ReturnType<typeof parseDocument>['children'][number];

/** Parses a fragment; comments, processing instructions and doctypes are left out. */
export function parseHtmlFragment(html: string): HtmlNode[] {
  return convert(parseDocument(html, { decodeEntities: true }).children);
}

function convert(nodes: readonly ParsedNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ kind: 'text', text: node.data });
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      out.push({ kind: 'element', name: node.name.toLowerCase(), attrs: { ...node.attribs }, children: convert(node.children) });
    } else if (node.type === 'cdata') out.push(...convert(node.children));
  }
  return out;
}

/** The text a reader sees in a subtree, without any layout. */
export function textContent(nodes: readonly HtmlNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : textContent(node.children))).join('');
}

export function isElement(node: HtmlNode | undefined, ...names: string[]): node is HtmlElement {
  return node !== undefined && node.kind === 'element' && (names.length === 0 || names.includes(node.name));
}

/**
 * The notes of a rendered footnotes block (an <ol> of <li id="fn:label">):
 * each one's label, else its number counting `before` notes already
 * taken, and its content without the back-links to the text.
 */
export function footnoteItems(block: HtmlElement, before: number): { label: string; content: HtmlNode[] }[] {
  const list = block.children.find((child): child is HtmlElement => isElement(child, 'ol'));
  const items = (list?.children ?? []).filter((item): item is HtmlElement => isElement(item, 'li'));
  return items.map((item, index) => ({ label: /^fn:(.+)$/.exec(item.attrs.id ?? '')?.[1] ?? String(before + index + 1), content: withoutBackrefs(item.children) }));
}

function withoutBackrefs(nodes: readonly HtmlNode[]): HtmlNode[] {
  return nodes
    .filter((node) => !(isElement(node, 'a') && /\bfootnote-backref\b/.test(node.attrs.class ?? '')))
    .map((node) => (node.kind === 'element' ? { ...node, children: withoutBackrefs(node.children) } : node));
}

/** The elements a converter starts a new block at. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'table', 'dl', 'dt', 'dd',
  'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'figure', 'figcaption', 'details', 'summary', 'address',
]);

/**
 * Children as a converter's blocks, in order: each block element written by
 * `block`, each run of inline content between them by `inline`; empty ones
 * left out.
 */
export function convertBlocks(nodes: readonly HtmlNode[], blockNames: ReadonlySet<string>, block: (element: HtmlElement) => string, inline: (run: HtmlNode[]) => string): string[] {
  const out: string[] = [];
  let run: HtmlNode[] = [];
  const add = (text: string): void => {
    if (text !== '') out.push(text);
  };
  for (const node of nodes) {
    if (node.kind === 'element' && blockNames.has(node.name)) {
      add(inline(run));
      run = [];
      add(block(node));
    } else run.push(node);
  }
  add(inline(run));
  return out;
}
