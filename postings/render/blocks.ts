import type { Token } from 'markdown-it';

/** A run of top-level tokens that renders as one block, with its source lines (0-based, end exclusive). */
export interface TokenGroup {
  tokens: Token[];
  kind: 'block' | 'footnotes';
  lines: [number, number] | undefined;
}

/**
 * Splits a token stream into top-level blocks. Raw HTML that opens an
 * element in one block and closes it in a later one (`<div>`, Markdown,
 * `</div>`) keeps those blocks together, so each block is whole HTML and the
 * blocks joined are the page. (Left-out raw HTML opens nothing.)
 */
export function groupTopLevel(tokens: readonly Token[], rawHtmlKept: boolean): TokenGroup[] {
  const groups: TokenGroup[] = [];
  let current: Token[] = [];
  let depth = 0;
  let openHtml = 0;
  let footnotes = false;
  for (const token of tokens) {
    if (token.type === 'footnote_block_open' && depth === 0) footnotes = true;
    current.push(token);
    depth += token.nesting;
    if (rawHtmlKept && token.type === 'html_block') openHtml = Math.max(0, openHtml + htmlDepthChange(token.content));
    if (depth === 0 && (openHtml === 0 || footnotes)) {
      groups.push({ tokens: current, kind: footnotes ? 'footnotes' : 'block', lines: linesOf(current) });
      current = [];
      footnotes = false;
    }
  }
  if (current.length > 0) groups.push({ tokens: current, kind: 'block', lines: linesOf(current) });
  return groups;
}

function linesOf(tokens: readonly Token[]): [number, number] | undefined {
  let start: number | undefined;
  let end: number | undefined;
  for (const token of tokens) {
    if (!token.map) continue;
    start = start === undefined ? token.map[0] : Math.min(start, token.map[0]);
    end = end === undefined ? token.map[1] : Math.max(end, token.map[1]);
  }
  return start === undefined || end === undefined ? undefined : [start, end];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** Elements opened minus elements closed by a piece of raw HTML (void and self-closed tags left out). */
function htmlDepthChange(html: string): number {
  let change = 0;
  for (const match of html.matchAll(TAG)) {
    const [, closing, name, selfClosing] = match;
    if (name === undefined || VOID.has(name.toLowerCase()) || selfClosing === '/') continue;
    change += closing === '/' ? -1 : 1;
  }
  return change;
}
