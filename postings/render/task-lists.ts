import type { StateCore } from 'markdown-it';

const CHECKBOX = /^\[([\t\n\f\r xX])\][\t\n\f\r ]*/;

/**
 * GFM task lists in Goldmark's markup: `[ ]`, `[x]` or `[X]` opening the
 * first paragraph of a list item becomes a disabled checkbox.
 */
export function goldmarkTaskLists(state: StateCore): void {
  const tokens = state.tokens;
  tokens.forEach((token, index) => {
    if (token.type !== 'list_item_open') return;
    const paragraph = tokens[index + 1];
    const inline = tokens[index + 2];
    const first = inline?.children?.[0];
    if (paragraph?.type !== 'paragraph_open' || inline?.type !== 'inline' || first?.type !== 'text') return;
    const match = CHECKBOX.exec(first.content);
    if (!match) return;
    first.content = first.content.slice(match[0].length);
    const box = new state.Token('task_checkbox', 'input', 0);
    box.meta = { checked: match[1] === 'x' || match[1] === 'X' };
    inline.children?.unshift(box);
  });
}

export function renderTaskCheckbox(checked: boolean): string {
  return checked ? '<input checked="" disabled="" type="checkbox"> ' : '<input disabled="" type="checkbox"> ';
}
