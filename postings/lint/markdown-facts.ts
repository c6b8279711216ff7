import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** What the body's Markdown holds besides prose, with offsets into the whole text. */
export interface MarkdownFacts {
  prose: string;
  headings: { depth: number; text: string; start: number; end: number }[];
  links: { url: string; text: string; start: number; end: number; image: boolean }[];
  html: { value: string; start: number; end: number }[];
}

// Prose may still hold things that read as words but are not: shortcodes,
// entities, and URLs or addresses the Markdown parser left as plain text.
const NOT_PROSE = [
  /\{\{[<%][\s\S]*?[%>]\}\}/g,
  /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/g,
  /\b(?:https?|ftp|mailto|file):[^\s<>()]+/g,
  /\bwww\.[^\s<>()]+/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
];

/**
 * Blanks out of text everything in the body that is not prose, keeping
 * offsets: text nodes are copied from the source (so escapes and offsets
 * match), everything else becomes spaces, line breaks stay.
 */
export function extractMarkdownFacts(text: string, tree: Root, bodyStart: number): MarkdownFacts {
  const chars = text.replace(/[^\n]/g, ' ').split('');
  const facts: MarkdownFacts = { prose: '', headings: [], links: [], html: [] };
  const rangeOf = (node: Nodes): [number, number] | undefined => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? undefined : [start + bodyStart, end + bodyStart];
  };
  const visit = (node: Nodes): void => {
    const range = rangeOf(node);
    switch (node.type) {
      case 'text':
        if (range) for (let index = range[0]; index < range[1]; index += 1) if (text[index] !== '\n') chars[index] = text[index] as string;
        return;
      case 'heading':
        if (range) facts.headings.push({ depth: node.depth, text: toString(node), start: range[0], end: range[1] });
        break;
      case 'link': {
        if (range) facts.links.push({ url: node.url, text: toString(node), start: range[0], end: range[1], image: false });
        // An autolink's text is its address: not prose.
        if (toString(node) === node.url || `mailto:${toString(node)}` === node.url || `http://${toString(node)}` === node.url) return;
        break;
      }
      case 'image':
        if (range) facts.links.push({ url: node.url, text: node.alt ?? '', start: range[0], end: range[1], image: true });
        return;
      case 'html':
        if (range) facts.html.push({ value: node.value, start: range[0], end: range[1] });
        return;
      case 'code':
      case 'inlineCode':
      case 'definition':
        return;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  let prose = chars.join('');
  for (const pattern of NOT_PROSE) prose = prose.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));
  facts.prose = prose;
  return facts;
}
