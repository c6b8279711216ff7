import type { Token } from 'markdown-it';

/**
 * The inline children of a block, laid end to end as an approximation of
 * their Markdown source. Goldmark's typographer and linkify look at the
 * characters around them in the source, across emphasis marks and links;
 * this gives our rules the same view. `starts[i]` is where child i begins.
 */
export interface InlineSource {
  text: string;
  starts: number[];
}

export function inlineSource(children: readonly Token[]): InlineSource {
  let text = '';
  const starts: number[] = [];
  for (const child of children) {
    starts.push(text.length);
    text += sourceOf(child);
  }
  return { text, starts };
}

function sourceOf(token: Token): string {
  switch (token.type) {
    case 'text':
      return token.content;
    case 'text_special':
      return token.markup || token.content;
    case 'code_inline':
      return `${token.markup}${token.content}${token.markup}`;
    case 'softbreak':
    case 'hardbreak':
      return '\n';
    case 'link_open':
      return '[';
    case 'link_close':
      return '])';
    case 'image':
      return `![${token.content}])`;
    case 'html_inline':
      return token.content;
    default:
      return token.markup || token.content || '';
  }
}
