import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { groupTopLevel } from './blocks.js';
import { createMarkdown } from './markdown.js';
import { sanitizeHtml, type SanitizeReport } from './sanitize.js';
import type { RenderSettings } from './settings.js';
import type { ShortcodeUse } from './shortcodes.js';

export { HUGO_DEFAULT_SETTINGS, renderSettingsFromSite, type RenderSettings } from './settings.js';
export { sanitizeHtml, type SanitizeOptions, type SanitizeReport } from './sanitize.js';
export type { ShortcodeUse } from './shortcodes.js';

/** One top-level block of the page, for a preview that replaces only what changed. JSON-safe. */
export interface RenderedBlock {
  /** 'footnotes' is the notes section Hugo adds at the end of the page. */
  kind: 'block' | 'footnotes';
  /**
   * The block's lines in the Markdown body given, 1-based and inclusive;
   * null for the footnotes section, which gathers lines from all over.
   */
  startLine: number | null;
  endLine: number | null;
  /** The block's sanitized HTML; the blocks' HTML joined in order is the page's fragment. */
  html: string;
}

/** The HTML fragment Hugo would publish for a body, sanitized, with what was met on the way. JSON-safe. */
export interface RenderResult {
  html: string;
  /** Shortcodes shown as placeholders, in order met. */
  shortcodes: ShortcodeUse[];
  /** What sanitizing removed (raw HTML payloads, remote images in the preview). */
  sanitized: SanitizeReport;
}

export interface RenderBlocksResult extends Omit<RenderResult, 'html'> {
  blocks: RenderedBlock[];
}

/**
 * Renders a posting's Markdown body (the text after the front matter) to the
 * HTML fragment Hugo publishes for it with these settings, then sanitizes it.
 * Pure: no file system, no DOM; the same in Node, a window and a worker.
 */
export function renderPosting(markdownBody: string, settings: RenderSettings): RenderResult {
  const { blocks, shortcodes, sanitized } = renderPostingBlocks(markdownBody, settings);
  return { html: blocks.map((block) => block.html).join(''), shortcodes, sanitized };
}

/**
 * The same page as renderPosting, split into its top-level blocks. Reference
 * links, footnotes and heading IDs are resolved over the whole body, so a
 * block's HTML is the same as in the full page.
 */
export function renderPostingBlocks(markdownBody: string, settings: RenderSettings): RenderBlocksResult {
  const md = markdownFor(settings);
  const env: Record<string, unknown> = {};
  const tokens = md.parse(markdownBody, env);
  const removedElements = new Set<string>();
  const removedAttributes = new Set<string>();
  const blockedImages = new Set<string>();
  const blocks = groupTopLevel(tokens, settings.unsafe).map((group): RenderedBlock => {
    const raw = md.renderer.render(group.tokens, md.options, env);
    const clean = sanitizeHtml(raw, { remoteImages: settings.remoteImages, xhtml: settings.xhtml });
    clean.report.removedElements.forEach((name) => removedElements.add(name));
    clean.report.removedAttributes.forEach((name) => removedAttributes.add(name));
    clean.report.blockedImages.forEach((src) => blockedImages.add(src));
    const lines = group.kind === 'block' ? group.lines : undefined;
    return { kind: group.kind, startLine: lines ? lines[0] + 1 : null, endLine: lines ? lines[1] : null, html: clean.html };
  });
  return {
    blocks,
    shortcodes: shortcodesIn(tokens),
    sanitized: { removedElements: [...removedElements], removedAttributes: [...removedAttributes], blockedImages: [...blockedImages] },
  };
}

/**
 * The HTML of our Goldmark rules before sanitizing, for benchmarks and for
 * comparing with Hugo. Never show it: raw HTML in it is not sanitized.
 */
export function renderUnsanitized(markdownBody: string, settings: RenderSettings): string {
  const md = markdownFor(settings);
  return md.render(markdownBody, {});
}

const cache = new Map<string, MarkdownIt>();

function markdownFor(settings: RenderSettings): MarkdownIt {
  const { remoteImages: _ignored, ...parsing } = settings;
  const key = JSON.stringify(parsing);
  let md = cache.get(key);
  if (!md) {
    md = createMarkdown(settings);
    cache.set(key, md);
  }
  return md;
}

function shortcodesIn(tokens: readonly Token[]): ShortcodeUse[] {
  const found: ShortcodeUse[] = [];
  for (const token of tokens) {
    for (const child of token.children ?? []) if (child.type === 'hugo_shortcode') found.push(child.meta as ShortcodeUse);
  }
  return found;
}
