import type { StateCore } from 'markdown-it';

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

/** A blank line, also inside a block quote (`>` markers only). */
function isBlank(line: string): boolean {
  return /^[\s>]*$/.test(line);
}
