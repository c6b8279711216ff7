/**
 * Puts a posting's own images (a page bundle's files, the site's static
 * folder) into the HTML as data: URLs, so the print page and the standalone
 * page show them while loading nothing. Which file a source names is the
 * host's to say (and to keep inside the repository).
 */
import { escapeHtml } from './escape.js';

/** A data: URL for an image source, or undefined to leave it as it is. */
export type ImageInliner = (src: string) => string | undefined;

/** Sources that point at no other host: "docs-workflow.svg", "/images/team.png", "./a b.jpg". */
export function isLocalImageSource(src: string): boolean {
  return src !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//');
}

export function inlineImages(html: string, inline: ImageInliner): string {
  return html.replace(/(<img\b[^>]*?\ssrc=")([^"]*)(")/gi, (whole, before: string, src: string, after: string) => {
    const decoded = src.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (!isLocalImageSource(decoded)) return whole;
    const data = inline(decoded);
    return data === undefined || !/^data:image\/[a-z0-9.+-]+;base64,[a-z0-9+/=]+$/i.test(data) ? whole : `${before}${escapeHtml(data)}${after}`;
  });
}
