import type { StateCore, Token } from 'markdown-it';

/**
 * Goldmark's definition descriptions: one with no blank line before its `:`
 * is tight, and then only its first paragraph loses its `<p>` (Goldmark
 * stops after replacing one, and Hugo publishes that); one after a blank
 * line keeps every `<p>`. markdown-it-deflist decides for the whole list.
 */
export function goldmarkDefinitionTightness(state: StateCore): void {
  const tokens = state.tokens;
  if (!tokens.some((token) => token.type === 'dd_open')) return;
  const lines = state.src.split('\n');
  tokens.forEach((token, index) => {
    // The description's first block starts on its `:` line (markdown-it-deflist's own map may not).
    const colonLine = tokens[index + 1]?.map?.[0];
    if (token.type !== 'dd_open' || colonLine === undefined) return;
    const previous = lines[colonLine - 1];
    const tight = previous !== undefined && !isBlank(previous);
    let first = true;
    for (let i = index + 1; i < tokens.length; i += 1) {
      const inner = tokens[i];
      if (!inner || (inner.type === 'dd_close' && inner.level === token.level)) break;
      if (inner.level !== token.level + 1 || (inner.type !== 'paragraph_open' && inner.type !== 'paragraph_close')) continue;
      inner.hidden = tight && first;
      if (inner.type === 'paragraph_close') first = false;
    }
  });
}

/**
 * Goldmark's list looseness with definition lists: a definition list is made
 * from the paragraph of its term, and does not inherit that paragraph's
 * "blank line before" mark; so a blank line before a definition list in a
 * list item leaves the list tight in Hugo, where markdown-it makes it loose.
 */
export function goldmarkListTightnessAroundDefinitions(state: StateCore): void {
  const tokens = state.tokens;
  if (!tokens.some((token) => token.type === 'dl_open')) return;
  const lines = state.src.split('\n');
  const blankBefore = (line: number | undefined): boolean => line !== undefined && line > 0 && isBlank(lines[line - 1] ?? '');
  tokens.forEach((list, index) => {
    if ((list.type !== 'bullet_list_open' && list.type !== 'ordered_list_open') || !list.map) return;
    const items: number[][] = [];
    let loose = false;
    for (let i = index + 1; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (!token || (token.level === list.level && token.nesting === -1)) break;
      if (token.type === 'list_item_open' && token.level === list.level + 1) {
        if (items.length > 0 && blankBefore(token.map?.[0])) loose = true;
        items.push([]);
      } else if (token.level === list.level + 2 && token.nesting !== -1) {
        const children = items[items.length - 1];
        if (children && children.length > 0 && token.type !== 'dl_open' && blankBefore(token.map?.[0])) loose = true;
        children?.push(i);
      }
      if (loose) return;
    }
    for (let i = index + 1; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      if (token.level === list.level && token.nesting === -1) break;
      if (token.level === list.level + 2 && (token.type === 'paragraph_open' || token.type === 'paragraph_close')) token.hidden = true;
    }
  });
}

/** A blank line, also inside a block quote (`>` markers only). */
function isBlank(line: string): boolean {
  return /^[\s>]*$/.test(line);
}
