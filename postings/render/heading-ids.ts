import type { RenderSettings } from './settings.js';

/**
 * Hugo's heading IDs. Goldmark hands Hugo the heading's raw Markdown source
 * (not its rendered text), and Hugo keeps letters, digits and `_`,
 * lower-cased, turns spaces and hyphens into hyphens and drops the rest; an
 * ID already used gets `-1`, `-2`, ... (Hugo's idFactory).
 */
export class HeadingIds {
  private readonly used = new Set<string>();

  constructor(private readonly type: RenderSettings['autoHeadingIdType']) {}

  /** Reserves an ID given explicitly with `{#id}`. */
  put(id: string): void {
    this.used.add(id);
  }

  generate(source: string): string {
    let id = anchorName(source, this.type);
    if (id === '') id = 'heading';
    if (this.used.has(id)) {
      let n = 1;
      while (this.used.has(`${id}-${n}`)) n += 1;
      id = `${id}-${n}`;
    }
    this.used.add(id);
    return id;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{Nd}_]/u;

export function anchorName(source: string, type: RenderSettings['autoHeadingIdType']): string {
  if (type === 'blackfriday') return blackfridayAnchor(source);
  const text = type === 'github-ascii' ? source.normalize('NFD').replace(/\p{M}/gu, '') : source;
  let id = '';
  for (const char of text.trim()) {
    if (type === 'github-ascii' && char.charCodeAt(0) > 0x7f) continue;
    if (char === '-' || char === ' ') id += '-';
    else if (LETTER_OR_DIGIT.test(char)) id += char.toLowerCase();
  }
  return id;
}

/** Blackfriday's SanitizedAnchorName: runs of anything but letters and digits become one hyphen. */
function blackfridayAnchor(source: string): string {
  let id = '';
  let pendingHyphen = false;
  for (const char of source) {
    if (/[\p{L}\p{N}]/u.test(char)) {
      if (pendingHyphen && id !== '') id += '-';
      pendingHyphen = false;
      id += char.toLowerCase();
    } else pendingHyphen = true;
  }
  return id;
}
