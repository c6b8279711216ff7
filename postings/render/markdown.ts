import MarkdownIt from 'markdown-it';
import type { StateCore, StateInline, Token } from 'markdown-it';
import deflist from 'markdown-it-deflist';
import footnote from 'markdown-it-footnote';
import * as mdurl from 'mdurl';
import { hugoBlockAttributes } from './block-attributes.js';
import { goldmarkDefinitionTightness, goldmarkListTightnessAroundDefinitions } from './definition-lists.js';
import { goldmarkFootnotes } from './footnotes.js';
import { hugoHeadings } from './headings.js';
import { goldmarkLinkify } from './linkify.js';
import type { RenderSettings } from './settings.js';
import { hugoShortcodes } from './shortcodes.js';
import { goldmarkTaskLists, renderTaskCheckbox } from './task-lists.js';
import { goldmarkTypographer } from './typographer.js';

const OMITTED = '<!-- raw HTML omitted -->';

/**
 * A markdown-it parser set up to publish as Hugo's Goldmark does with the
 * given settings. markdown-it is CommonMark like Goldmark; what Goldmark
 * does differently (linkify, typographer, heading IDs, footnote markup, code
 * blocks, raw HTML) is done by our own rules.
 */
export function createMarkdown(settings: RenderSettings): MarkdownIt {
  const md = new MarkdownIt('default', {
    html: true,
    linkify: false,
    typographer: false,
    breaks: settings.hardWraps,
    xhtmlOut: settings.xhtml,
  });
  // Goldmark writes a link as given (percent-encoded), without markdown-it's
  // punycode, and leaves refusing dangerous URLs to our sanitizer.
  md.validateLink = () => true;
  md.normalizeLink = (url) => mdurl.encode(url);
  md.normalizeLinkText = (url) => url;

  if (!settings.table) md.disable('table');
  if (!settings.strikethrough) md.disable('strikethrough');
  md.use(hugoShortcodes);
  if (settings.blockAttributes) md.use(hugoBlockAttributes);
  if (settings.footnote) {
    md.use(footnote);
    md.inline.ruler.disable('footnote_inline');
    goldmarkFootnotes(md);
  }
  if (settings.definitionList) {
    md.use(deflist);
    md.core.ruler.after('block', 'goldmark_definition_tightness', goldmarkDefinitionTightness);
    md.core.ruler.after('goldmark_definition_tightness', 'goldmark_list_tightness', goldmarkListTightnessAroundDefinitions);
  }
  if (settings.typographer) md.inline.ruler.before('autolink', 'goldmark_guillemet', guillemet);
  md.core.ruler.before('inline', 'hugo_headings', hugoHeadings(settings));
  if (!settings.wrapStandAloneImages) md.core.ruler.after('inline', 'hugo_unwrap_images', unwrapStandAloneImages);
  const after = settings.footnote ? 'footnote_tail' : 'inline';
  const rules: Array<[string, (state: StateCore) => void]> = [];
  if (settings.taskList) rules.push(['goldmark_task_lists', goldmarkTaskLists]);
  if (settings.linkify) rules.push(['goldmark_linkify', goldmarkLinkify(settings.linkifyProtocol, settings.typographer)]);
  if (settings.typographer) rules.push(['goldmark_typographer', goldmarkTypographer]);
  let previous = after;
  for (const [name, rule] of rules) {
    md.core.ruler.after(previous, name, rule);
    previous = name;
  }

  const render = md.renderer.rules;
  render.task_checkbox = (tokens, index) => renderTaskCheckbox(tokens[index]?.meta?.checked === true);
  render.s_open = () => '<del>';
  render.s_close = () => '</del>';
  render.fence = (tokens, index) => fence(tokens[index] as Token, md, settings.codeFences);
  render.image = (tokens, index, options) => image(tokens[index] as Token, md, options.xhtmlOut === true, settings.unsafe);
  const linkOpen = render.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  render.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index] as Token;
    // Goldmark (raw HTML off) writes href="" for a dangerous URL; linkify's and autolinks' URLs it writes as they are.
    if (!settings.unsafe && token.markup !== 'linkify' && token.markup !== 'autolink' && isDangerousUrl(token.attrGet('href') ?? '')) token.attrSet('href', '');
    return linkOpen(tokens, index, options, env, self);
  };
  render.code_block = (tokens, index) => `<pre><code>${md.utils.escapeHtml((tokens[index] as Token).content)}</code></pre>\n`;
  if (!settings.unsafe) {
    render.html_block = () => `${OMITTED}\n`;
    render.html_inline = () => OMITTED;
  }
  return md;
}

/** Goldmark's image: the alt is the plain text of the description (code spans' text kept, line breaks dropped). */
function image(token: Token, md: MarkdownIt, xhtml: boolean, unsafe: boolean): string {
  const escape = md.utils.escapeHtml;
  const title = token.attrGet('title');
  const titleAttribute = title ? ` title="${escape(title)}"` : '';
  const src = token.attrGet('src') ?? '';
  return `<img src="${escape(unsafe || !isDangerousUrl(src) ? src : '')}" alt="${escape(altText(token.children ?? []))}"${titleAttribute}${xhtml ? ' />' : '>'}`;
}

function altText(children: readonly Token[]): string {
  return children
    .map((child) => {
      if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline') return child.content;
      if (child.type === 'image') return altText(child.children ?? []);
      return '';
    })
    .join('');
}

/** Hugo with wrapStandAloneImageWithinParagraph off: a paragraph holding only an image is just the image. */
function unwrapStandAloneImages(state: StateCore): void {
  state.tokens.forEach((token, index) => {
    const inline = state.tokens[index + 1];
    const close = state.tokens[index + 2];
    if (token.type !== 'paragraph_open' || close?.type !== 'paragraph_close' || inline?.children?.length !== 1 || inline.children[0]?.type !== 'image') return;
    token.hidden = true;
    close.hidden = true;
  });
}

/** `<<` is the typographer's, not the start of an HTML tag or autolink (Goldmark tries it first). */
function guillemet(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c || state.src.charCodeAt(state.pos + 1) !== 0x3c) return false;
  if (!silent) state.pending += '<<';
  state.pos += 2;
  return true;
}

/** Goldmark's IsDangerousURL (case-sensitive, as Goldmark's is). */
function isDangerousUrl(url: string): boolean {
  if (url.startsWith('data:image/')) return !/^(?:png|gif|jpeg|webp|svg\+xml)/.test(url.slice(11));
  return url.startsWith('javascript:') || url.startsWith('vbscript:') || url.startsWith('file:') || url.startsWith('data:');
}

/** Hugo's code block: `<pre tabindex="0"><code class="language-x" data-lang="x">`, without Chroma's colours. */
function fence(token: Token, md: MarkdownIt, codeFences: boolean): string {
  const info = md.utils.unescapeAll(token.info).trim();
  const language = /^[^\s{]+/.exec(info)?.[0] ?? '';
  const code = md.utils.escapeHtml(token.content);
  const escaped = md.utils.escapeHtml(language);
  if (!codeFences) return `<pre><code${language ? ` class="language-${escaped}"` : ''}>${code}</code></pre>\n`;
  const attributes = language ? ` class="language-${escaped}" data-lang="${escaped}"` : '';
  return `<pre tabindex="0"><code${attributes}>${code}</code></pre>\n`;
}
