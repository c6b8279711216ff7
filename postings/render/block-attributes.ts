import type MarkdownIt from 'markdown-it';
import type { StateBlock, StateCore, Token } from 'markdown-it';
import { parseAttributes, type Attribute } from './heading-attributes.js';

/**
 * Hugo's block attributes (markup.goldmark.parser.attribute.block): a line
 * that is only `{.class #id key="value"}` gives its attributes to the block
 * just above it (not a fenced code block, and not across a blank line), and
 * is itself never shown. It may end a paragraph, as in Hugo.
 */
export function hugoBlockAttributes(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'hugo_block_attributes', attributeLine, { alt: ['paragraph', 'blockquote', 'list'] });
  md.core.ruler.after('block', 'hugo_apply_block_attributes', applyBlockAttributes);
  md.renderer.rules.hugo_block_attributes = () => '';
}

function attributeLine(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const line = state.src.slice(start, state.eMarks[startLine]).trim();
  if (!line.startsWith('{')) return false;
  const attributes = parseAttributes(line);
  if (!attributes) return false;
  if (silent) return true;
  const token = state.push('hugo_block_attributes', '', 0);
  token.map = [startLine, startLine + 1];
  token.meta = { attributes };
  state.line = startLine + 1;
  return true;
}

function applyBlockAttributes(state: StateCore): void {
  const tokens = state.tokens;
  tokens.forEach((token, index) => {
    if (token.type !== 'hugo_block_attributes') return;
    const target = previousSibling(tokens, index);
    if (!target || target.type === 'fence' || !token.map || target.map?.[1] !== token.map[0]) return;
    for (const [name, value] of (token.meta as { attributes: Attribute[] }).attributes) {
      if (target.attrGet(name) === null) target.attrSet(name, value);
    }
  });
}

/** The opening token of the block just before `index` at the same level. */
function previousSibling(tokens: readonly Token[], index: number): Token | undefined {
  const before = tokens[index - 1];
  if (!before || before.level !== (tokens[index] as Token).level) return undefined;
  if (before.nesting !== -1) return before;
  let depth = 0;
  for (let i = index - 1; i >= 0; i -= 1) {
    const candidate = tokens[i] as Token;
    depth += candidate.nesting;
    if (depth === 0) return candidate;
  }
  return undefined;
}
