/**
 * Where Hugo publishes a posting, so links a posting makes relative to its
 * own page ("docs-workflow.svg", "../benefits/", "/about/") still lead
 * somewhere once the text is pasted into a job board or printed.
 */

/** Hugo's permalink of a content file with its default URL layout: `/<section>/<slug>/`, a `url` or `slug` detail winning. */
export function pageUrlOf(siteUrl: string, contentPath: string, details: { url?: string; slug?: string }): string | undefined {
  const base = absoluteBase(siteUrl);
  if (!base) return undefined;
  if (details.url) return safeUrl(details.url.replace(/^\/?/, '/'), base);
  const parts = contentPath.split('/').filter((part) => part !== '');
  const file = parts.pop() ?? '';
  const name = file.replace(/\.(?:md|markdown|mdown|html?)$/i, '');
  const folder = parts.join('/');
  const path = name === '_index' || name === 'index' ? folder : `${folder}/${details.slug ?? name}`;
  return safeUrl(`/${path.replace(/^\/+/, '')}/`.replace(/\/{2,}/g, '/'), base);
}

/** A site's baseURL as an absolute http(s) address ("//crunch.io/" → "https://crunch.io/"); undefined for "/" or none. */
function absoluteBase(siteUrl: string): URL | undefined {
  const text = siteUrl.startsWith('//') ? `https:${siteUrl}` : siteUrl;
  try {
    const url = new URL(text.endsWith('/') ? text : `${text}/`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function safeUrl(path: string, base: URL): string | undefined {
  try {
    return new URL(path.replace(/^\//, ''), base).href;
  } catch {
    return undefined;
  }
}

/** Makes the relative link and image addresses of an HTML fragment absolute against the page's address; in-page anchors stay. */
export function absoluteLinks(html: string, pageUrl: string): string {
  return html.replace(/(<(?:a|img)\b[^>]*?\s(?:href|src)=")([^"]*)(")/gi, (whole, before: string, value: string, after: string) => {
    if (value === '' || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return whole;
    try {
      const decoded = value.replace(/&amp;/g, '&');
      return `${before}${new URL(decoded, pageUrl).href.replace(/&/g, '&amp;').replace(/"/g, '%22')}${after}`;
    } catch {
      return whole;
    }
  });
}
