import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/**
 * Footnotes in Goldmark's markup (markdown-it-footnote parses them; these
 * rules write what Hugo writes): `fnref:N`, `fnref1:N`, ... for the
 * references, `fn:N` for the notes, numbered in order of first reference.
 */
export function goldmarkFootnotes(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  const number = (token: Token | undefined): number => ((token?.meta as { id: number }).id ?? 0) + 1;
  const refId = (token: Token | undefined): string => {
    const sub = (token?.meta as { subId?: number }).subId ?? 0;
    return `fnref${sub > 0 ? sub : ''}:${number(token)}`;
  };
  rules.footnote_ref = (tokens, index) => {
    const n = number(tokens[index]);
    return `<sup id="${refId(tokens[index])}"><a href="#fn:${n}" class="footnote-ref" role="doc-noteref">${n}</a></sup>`;
  };
  rules.footnote_block_open = (_tokens, _index, options) => `<div class="footnotes" role="doc-endnotes">\n${options.xhtmlOut ? '<hr />' : '<hr>'}\n<ol>\n`;
  rules.footnote_block_close = () => '</ol>\n</div>\n';
  rules.footnote_open = (tokens, index) => `<li id="fn:${number(tokens[index])}">\n`;
  rules.footnote_close = () => '</li>\n';
  rules.footnote_anchor = (tokens, index) => `&#160;<a href="#${refId(tokens[index])}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>`;
}
