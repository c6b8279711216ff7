/** Where a URL is used: a link may be mailto: or tel:, an image may be inline data. */
export type UrlUse = 'link' | 'image';

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'ftp']);
const IMAGE_SCHEMES = new Set(['http', 'https']);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/;

/**
 * Whether a URL (entities already decoded) is safe. Browsers ignore
 * whitespace and control characters inside a scheme (`java\tscript:`), so
 * they are removed before the scheme is read; a URL without a scheme is
 * relative and safe.
 */
export function safeUrl(value: string, use: UrlUse): boolean {
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return !compact.startsWith('\\\\') && !/^[^/?#]*[:\\]/.test(compact);
  if (use === 'image' && scheme === 'data') return DATA_IMAGE.test(compact);
  return (use === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES).has(scheme);
}

/**
 * Whether an inline style loads nothing and runs nothing: no url(), image
 * functions, @import, expression(), bindings or behaviours, and no CSS
 * escapes or comments that could hide them. Nor may it lift the text out of
 * the page (fixed or absolute positioning), where it could cover the app.
 */
export function isSafeStyle(value: string): boolean {
  const css = value.toLowerCase();
  if (/[\\]|\/\*|&#|[\u0000-\u0008]/.test(css)) return false;
  if (/position\s*:\s*(?:fixed|absolute|sticky)/.test(css)) return false;
  return !/url\s*\(|image-set\s*\(|image\s*\(|cross-fade\s*\(|element\s*\(|src\s*\(|@import|expression\s*\(|behavior\s*:|-moz-binding|javascript:|vbscript:/.test(css);
}
