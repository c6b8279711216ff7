/**
 * Writes the sanitized HTML of a rendered posting back as Markdown that
 * renders to the same text: CommonMark with GFM tables, strikethrough and
 * task lists, definition lists and footnotes as Goldmark reads them. Only
 * text, links and images survive; raw HTML never does (text that looks
 * like a tag is written as `&lt;`), so a job board that renders raw HTML
 * gets nothing it could run.
 */
import { BLOCK_ELEMENTS, convertBlocks, footnoteItems, isElement, parseHtmlFragment, textContent, type HtmlElement, type HtmlNode } from './html-tree.js';

interface Footnote {
  label: string;
  content: HtmlNode[];
}

interface State {
  footnotes: Footnote[];
  typographer: boolean;
}

export interface HtmlToMarkdownOptions {
  /**
   * The Markdown will be rendered with the typographer (Hugo's default):
   * straight quotes, "--" and "..." left in the text are then written as
   * entities, or rendering would curl and join them.
   */
  typographer?: boolean;
}

/** Markdown for a sanitized HTML fragment. */
export function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions = {}): string {
  const state: State = { footnotes: [], typographer: options.typographer ?? true };
  const body = blocks(parseHtmlFragment(html), state);
  const notes = state.footnotes.map((note) => footnoteText(note, state));
  return [body, ...notes].filter((part) => part !== '').join('\n\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

function footnoteText(note: Footnote, state: State): string {
  const text = blocks(note.content, state);
  const [first = '', ...rest] = text.split('\n');
  return [`[^${note.label}]: ${first}`, ...rest.map((line) => (line === '' ? '' : `    ${line}`))].join('\n');
}

function isBlock(node: HtmlNode): boolean {
  return node.kind === 'element' && BLOCK_ELEMENTS.has(node.name);
}

/**
 * Block children, each separated by a blank line (a line break in a tight
 * list item); runs of inline content become paragraphs.
 */
function blocks(nodes: readonly HtmlNode[], state: State, separator = '\n\n'): string {
  return convertBlocks(nodes, BLOCK_ELEMENTS, (element) => block(element, state), (run) => protectLineStarts(inlineText(run, state).trim())).join(separator);
}

function block(element: HtmlElement, state: State): string {
  switch (element.name) {
    case 'p':
      return protectLineStarts(inlineText(element.children, state).trim());
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const text = inlineText(element.children, state).replace(/\s*\n\s*/g, ' ').trim();
      return `${'#'.repeat(Number(element.name.slice(1)))} ${text.replace(/#+$/, (hashes) => '\\#'.repeat(hashes.length))}`;
    }
    case 'ul':
    case 'ol':
      return list(element, state);
    case 'blockquote':
      return prefixLines(blocks(element.children, state), '> ', '>');
    case 'pre':
      return codeBlock(element);
    case 'hr':
      return '---';
    case 'table':
      return table(element, state);
    case 'dl':
      return definitionList(element, state);
    case 'div':
      if (/\bfootnotes\b/.test(element.attrs.class ?? '')) {
        collectFootnotes(element, state);
        return '';
      }
      return blocks(element.children, state);
    default:
      return blocks(element.children, state);
  }
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? emptyPrefix : prefix + line))
    .join('\n');
}

function list(element: HtmlElement, state: State): string {
  const ordered = element.name === 'ol';
  let number = ordered ? Number.parseInt(element.attrs.start ?? '1', 10) : 0;
  if (!Number.isFinite(number)) number = 1;
  const items = element.children.filter((child): child is HtmlElement => isElement(child, 'li'));
  const loose = items.some((item) => item.children.some((child) => isElement(child, 'p')));
  const rendered = items.map((item) => {
    const marker = ordered ? `${number++}. ` : '- ';
    const body = listItem(item, state);
    const indent = ' '.repeat(marker.length);
    const [first = '', ...rest] = body.split('\n');
    return [marker + first, ...rest.map((line) => (line === '' ? '' : indent + line))].join('\n');
  });
  return rendered.join(loose ? '\n\n' : '\n');
}

function listItem(item: HtmlElement, state: State): string {
  const children = [...item.children];
  let task = '';
  const checkboxAt = children.findIndex((child) => isElement(child, 'input') && child.attrs.type === 'checkbox');
  if (checkboxAt !== -1) {
    task = 'checked' in (children[checkboxAt] as HtmlElement).attrs ? '[x] ' : '[ ] ';
    children.splice(checkboxAt, 1);
  }
  const tight = !children.some((child) => isElement(child, 'p'));
  return task + blocks(children, state, tight ? '\n' : '\n\n').replace(/^\s+/, '');
}

function codeBlock(pre: HtmlElement): string {
  const code = pre.children.find((child): child is HtmlElement => isElement(child, 'code'));
  const text = textContent(code ? code.children : pre.children).replace(/\n$/, '');
  const language = /(?:^|\s)language-(\S+)/.exec(code?.attrs.class ?? '')?.[1] ?? code?.attrs['data-lang'] ?? '';
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language.replace(/[`\s]/g, '')}\n${text}\n${fence}`;
}

function cellText(cell: HtmlElement, state: State): string {
  return inlineText(cell.children, state).replace(/\s*\n\s*/g, ' ').trim().replace(/\|/g, '\\|');
}

function table(element: HtmlElement, state: State): string {
  const rows: HtmlElement[] = [];
  const walk = (nodes: HtmlNode[]): void => {
    for (const node of nodes) {
      if (node.kind !== 'element') continue;
      if (node.name === 'tr') rows.push(node);
      else if (['thead', 'tbody', 'tfoot'].includes(node.name)) walk(node.children);
    }
  };
  walk(element.children);
  const [head, ...body] = rows;
  if (!head) return '';
  const headCells = head.children.filter((cell): cell is HtmlElement => isElement(cell, 'th', 'td'));
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const align = headCells.map((cell) => {
    const value = (cell.attrs.align ?? /text-align:\s*(\w+)/.exec(cell.attrs.style ?? '')?.[1] ?? '').toLowerCase();
    return value === 'center' ? ':---:' : value === 'right' ? '---:' : value === 'left' ? ':---' : '---';
  });
  return [
    line(headCells.map((cell) => cellText(cell, state))),
    line(align),
    ...body.map((row) =>
      line(
        headCells.map((_, index) => {
          const cell = row.children.filter((child): child is HtmlElement => isElement(child, 'th', 'td'))[index];
          return cell ? cellText(cell, state) : '';
        }),
      ),
    ),
  ].join('\n');
}

function definitionList(element: HtmlElement, state: State): string {
  const parts: string[] = [];
  for (const child of element.children) {
    if (child.kind !== 'element') continue;
    if (child.name === 'dt') parts.push(`${parts.length > 0 ? '\n' : ''}${inlineText(child.children, state).trim()}`);
    else if (child.name === 'dd') {
      const [first = '', ...rest] = blocks(child.children, state).split('\n');
      parts.push([`: ${first}`, ...rest.map((line) => (line === '' ? '' : `  ${line}`))].join('\n'));
    }
  }
  return parts.join('\n');
}

function collectFootnotes(element: HtmlElement, state: State): void {
  state.footnotes.push(...footnoteItems(element, state.footnotes.length));
}

// ---------------------------------------------------------------- inline

function inlineText(nodes: readonly HtmlNode[], state: State): string {
  return nodes.map((node) => inline(node, state)).join('');
}

function wrap(marker: string, inner: string): string {
  // Emphasis cannot start or end with a space: move the spaces outside.
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  const [, before = '', core = '', after = ''] = match ?? [];
  return core === '' ? inner : `${before}${marker}${core}${marker}${after}`;
}

function inline(node: HtmlNode, state: State): string {
  if (node.kind === 'text') return escapeText(node.text.replace(/\s*\n\s*/g, ' '), state.typographer);
  switch (node.name) {
    case 'em':
    case 'i':
      return wrap('*', inlineText(node.children, state));
    case 'strong':
    case 'b':
      return wrap('**', inlineText(node.children, state));
    case 'del':
    case 's':
      return wrap('~~', inlineText(node.children, state));
    case 'code':
      return codeSpan(textContent(node.children));
    case 'br':
      return '\\\n';
    case 'a':
      return link(node, state);
    case 'img':
      return image(node);
    case 'sup': {
      const ref = node.children.find((child): child is HtmlElement => isElement(child, 'a') && /\bfootnote-ref\b/.test(child.attrs.class ?? ''));
      if (ref) return `[^${/^#fn:(.+)$/.exec(ref.attrs.href ?? '')?.[1] ?? textContent(ref.children)}]`;
      return inlineText(node.children, state);
    }
    case 'input':
      return '';
    default:
      return isBlock(node) ? blocks(node.children, state) : inlineText(node.children, state);
  }
}

function codeSpan(text: string): string {
  const content = text.replace(/\n/g, ' ');
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || (/^ .*[^ ]/.test(content) && / $/.test(content)) ? ' ' : '';
  return `${ticks}${pad}${content}${pad}${ticks}`;
}

function destination(url: string): string {
  if (url === '' || /[\s()<>]/.test(url)) return `<${url.replace(/[<>\\]/g, (char) => `\\${char}`).replace(/\n/g, '%0A')}>`;
  return url.replace(/\\/g, '\\\\');
}

function titlePart(title: string | undefined): string {
  return title ? ` "${title.replace(/["\\]/g, (char) => `\\${char}`)}"` : '';
}

function link(element: HtmlElement, state: State): string {
  const text = inlineText(element.children, state);
  const href = element.attrs.href;
  // A link the sanitizer disarmed (no href left) is its text.
  if (href === undefined) return text;
  if (textContent(element.children) === href && /^https?:\/\/[^\s<>]*$/i.test(href) && element.attrs.title === undefined) return `<${href}>`;
  return `[${text}](${destination(href)}${titlePart(element.attrs.title)})`;
}

function image(element: HtmlElement): string {
  const src = element.attrs.src;
  const alt = escapeText(element.attrs.alt ?? '', true);
  if (src === undefined) return alt;
  return `![${alt}](${destination(src)}${titlePart(element.attrs.title)})`;
}

/**
 * Escapes what Markdown would read as syntax. `<` and `&` become entities,
 * so text that looks like a tag or an entity stays text on every renderer.
 */
export function escapeText(text: string, typographer = false): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const kept = typographer ? escaped.replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/-(?=-)/g, '&#45;').replace(/\.(?=\.\.)/g, '&#46;') : escaped;
  return kept
    .replace(/([\\`*_[\]~|])/g, '\\$1')
    .replace(/!(?=\\\[)/g, '\\!');
}

/** Escapes what would start a block at a line's start: headings, lists, quotes, rules, tables. */
function protectLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)([#+-]|=+|\d{1,9}(?=[.)]))/, (_match, space: string, mark: string) => (/^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`)),
    )
    .join('\n');
}
