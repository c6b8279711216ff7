/**
 * Plain text of a rendered posting, for application forms that take no
 * formatting: headings and paragraphs on their own lines, list items as
 * "• " lines (numbers for ordered lists), links as "text (url)", images as
 * their description. Markup-looking text is dropped, so a form that shows
 * its input as HTML gets nothing it could run.
 */
import { BLOCK_ELEMENTS, convertBlocks, footnoteItems, isElement, parseHtmlFragment, textContent, type HtmlElement, type HtmlNode } from './html-tree.js';

/** Table rows are lines of their own in plain text. */
const BLOCK = new Set([...BLOCK_ELEMENTS, 'tr']);

interface State {
  notes: string[];
}

export function htmlToText(html: string): string {
  const state: State = { notes: [] };
  const body = blocks(parseHtmlFragment(html), state, 0);
  const notes = state.notes.length > 0 ? `\n\n${state.notes.join('\n')}` : '';
  return stripMarkup(body + notes).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** Removes anything a browser would read as a tag or comment. */
export function stripMarkup(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<\/?[A-Za-z][^<>]*(?:>|$)/gm, '').replace(/<[!?][^<>]*>/g, '');
}

function isBlock(node: HtmlNode): boolean {
  return node.kind === 'element' && BLOCK.has(node.name);
}

function blocks(nodes: readonly HtmlNode[], state: State, depth: number): string {
  return convertBlocks(nodes, BLOCK, (element) => block(element, state, depth), (run) => inlineText(run, state).trim()).join('\n\n');
}

function block(element: HtmlElement, state: State, depth: number): string {
  switch (element.name) {
    case 'ul':
    case 'ol': {
      let number = Number.parseInt(element.attrs.start ?? '1', 10);
      if (!Number.isFinite(number)) number = 1;
      const items = element.children.filter((child): child is HtmlElement => isElement(child, 'li'));
      return items
        .map((item) => {
          const checkbox = item.children.find((child): child is HtmlElement => isElement(child, 'input'));
          const box = checkbox ? ('checked' in checkbox.attrs ? '[x] ' : '[ ] ') : '';
          const marker = element.name === 'ol' ? `${number++}. ` : '• ';
          const [first = '', ...rest] = blocks(item.children, state, depth + 1).split('\n').filter((line) => line !== '');
          const indent = ' '.repeat(marker.length);
          return [marker + box + first, ...rest.map((line) => indent + line)].join('\n');
        })
        .join('\n');
    }
    case 'pre':
      return textContent(element.children).replace(/\n$/, '');
    case 'hr':
      return '';
    case 'blockquote':
      return blocks(element.children, state, depth)
        .split('\n')
        .map((line) => (line === '' ? '' : `    ${line}`))
        .join('\n');
    case 'table':
      return tableRows(element)
        .map((row) => row.map((cell) => inlineText(cell.children, state).trim()).join(' | '))
        .join('\n');
    case 'dl':
      return element.children
        .filter((child): child is HtmlElement => isElement(child, 'dt', 'dd'))
        .map((child) => (child.name === 'dt' ? inlineText(child.children, state).trim() : `    ${blocks(child.children, state, depth).replace(/\n/g, '\n    ')}`))
        .join('\n');
    case 'div':
      if (/\bfootnotes\b/.test(element.attrs.class ?? '')) {
        collectNotes(element, state);
        return '';
      }
      return blocks(element.children, state, depth);
    default:
      return blocks(element.children, state, depth);
  }
}

function tableRows(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = [];
  const walk = (nodes: HtmlNode[]): void => {
    for (const node of nodes) {
      if (node.kind !== 'element') continue;
      if (node.name === 'tr') rows.push(node.children.filter((cell): cell is HtmlElement => isElement(cell, 'th', 'td')));
      else if (['thead', 'tbody', 'tfoot'].includes(node.name)) walk(node.children);
    }
  };
  walk(table.children);
  return rows;
}

function collectNotes(element: HtmlElement, state: State): void {
  for (const { label, content } of footnoteItems(element, state.notes.length)) {
    state.notes.push(`[${label}] ${blocks(content, state, 0).replace(/\s*\n\s*/g, ' ').trim()}`);
  }
}

function inlineText(nodes: readonly HtmlNode[], state: State): string {
  return nodes.map((node) => inline(node, state)).join('');
}

function inline(node: HtmlNode, state: State): string {
  if (node.kind === 'text') return node.text.replace(/\s*\n\s*/g, ' ');
  switch (node.name) {
    case 'br':
      return '\n';
    case 'a':
      return link(node, state);
    case 'img':
      return node.attrs.alt ? `[Image: ${node.attrs.alt}]` : '';
    case 'input':
      return '';
    case 'sup': {
      const ref = node.children.find((child): child is HtmlElement => isElement(child, 'a') && /\bfootnote-ref\b/.test(child.attrs.class ?? ''));
      if (ref) return `[${textContent(ref.children)}]`;
      return inlineText(node.children, state);
    }
    default:
      return isBlock(node) ? blocks(node.children, state, 0) : inlineText(node.children, state);
  }
}

function link(element: HtmlElement, state: State): string {
  const text = inlineText(element.children, state);
  const href = element.attrs.href;
  if (href === undefined || href.startsWith('#')) return text;
  const shown = href.replace(/^mailto:/i, '');
  const plain = text.trim();
  if (plain === '' ) return shown;
  if (plain === shown || plain === href || plain.replace(/^https?:\/\//, '').replace(/\/$/, '') === shown.replace(/^https?:\/\//, '').replace(/\/$/, '')) return text;
  return `${text} (${shown})`;
}
