import type { LintDocument } from '../types.js';

const compact = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
// The host of an absolute URL, without user name or port.
const HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i;

/**
 * Whether text[start, end) is in the text of a link to the site it names:
 * "[guru](https://www.getguru.com/)", "[apimatic](https://www.apimatic.io/)"
 * are products, not a job title or a misspelling. Only the host counts:
 * "[Rockstar wanted](https://jobs.example.com/rockstar)" names no site.
 */
export function namesLinkedSite(document: LintDocument, start: number, end: number): boolean {
  const name = compact(document.text.slice(start, end));
  if (name.length === 0) return false;
  return document.links.some((link) => link.start <= start && end <= link.end && compact(HOST.exec(link.url)?.[1] ?? '').includes(name));
}
