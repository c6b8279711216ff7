import MarkdownIt from 'markdown-it';

/** What the body's Markdown holds besides prose, with offsets into the whole text. */
export interface MarkdownFacts {
  prose: string;
  headings: { depth: number; text: string; start: number; end: number }[];
  /** `reference` is the label of a reference-style link (`[text][label]`, `[label][]`, `[label]`), as written. */
  links: { url: string; text: string; start: number; end: number; image: boolean; reference?: string }[];
  html: { value: string; start: number; end: number }[];
}

// The block structure comes from a CommonMark parser (with GFM tables, as
// Hugo's Goldmark); inline content is scanned here, because prose must keep
// its offsets and a full inline parse would cost most of a lint.
const blockParser = new MarkdownIt('default', { html: true });
blockParser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

// Prose may still hold things that read as words but are not: shortcodes,
// URLs or addresses written as plain text (before entities, since a URL may
// be written with them: "https:&#x2F;&#x2F;example.com"), entities, and
// kramdown and Goldmark attribute lists ("{: .wide}", "{#id .class}").
const NOT_PROSE = [
  /\{\{[<%][\s\S]*?[%>]\}\}/g,
  /\b(?:https?|ftp|mailto|file):[^\s<>()]+/g,
  /\bwww\.[^\s<>()]+/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/g,
  /\{:?[ \t]*[#.:][^{}\n]*\}/g,
];

// Inside raw HTML: elements whose content is never text, comments, and tags.
const HTML_NOT_TEXT = /<(script|style|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g;

const LINE_PREFIX = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)?(?:\[[ xX]\](?=[ \t]))?/;
const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/;
const EMAIL_AUTOLINK = /^<([\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/;
const INLINE_HTML = /^(?:<!--[\s\S]*?-->|<\/[A-Za-z][A-Za-z0-9-]*\s*>|<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>)/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Blanks out of text everything in the body that is not prose, keeping
 * offsets: every character that is not prose becomes a space, line breaks
 * stay. Records headings, links, images and raw HTML on the way.
 */
export function extractMarkdownFacts(text: string, bodyStart: number): MarkdownFacts {
  const body = text.slice(bodyStart);
  const lineStarts = [0];
  for (let index = body.indexOf('\n'); index !== -1; index = body.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineEnd = (line: number): number => {
    const next = lineStarts[line + 1];
    return next === undefined ? body.length : body[next - 2] === '\r' ? next - 2 : next - 1;
  };
  const chars = text.replace(/[^\n]/g, ' ').split('');
  const facts: MarkdownFacts = { prose: '', headings: [], links: [], html: [] };
  const env: { references?: References } = {};
  const tokens = blockParser.parse(body, env);
  const references = env.references ?? {};

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token?.map) continue;
    const [first, last] = token.map;
    const start = bodyStart + (lineStarts[first] ?? body.length);
    const end = bodyStart + lineEnd(last - 1);
    if (token.type === 'html_block') {
      facts.html.push({ value: text.slice(start, end), start, end });
      copyHtmlText(text, chars, start, end);
    } else if (token.type === 'inline' || token.type === 'tr_open') {
      // A table row is copied whole: its cells' inline tokens carry no lines.
      const parent = tokens[index - 1];
      const heading = token.type === 'inline' && parent?.type === 'heading_open';
      const table = token.type === 'tr_open';
      for (let line = first; line < last; line += 1) {
        copyLine(text, chars, bodyStart + (lineStarts[line] ?? body.length), bodyStart + lineEnd(line), { heading, table });
      }
      scanInline(text, chars, start, end, facts, references);
      if (heading && parent) {
        const headingText = chars.slice(start, end).join('').replace(/\s+/g, ' ').trim();
        facts.headings.push({ depth: Number(parent.tag.slice(1)), text: headingText, start, end });
      }
    }
  }

  let prose = chars.join('');
  for (const pattern of NOT_PROSE) prose = prose.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));
  facts.prose = prose;
  return facts;
}

function copyLine(text: string, chars: string[], start: number, end: number, kind: { heading: boolean; table: boolean }): void {
  let line = text.slice(start, end);
  if (kind.table && TABLE_DELIMITER_ROW.test(line)) return;
  let from = start;
  if (kind.heading) {
    if (/^[ \t]*(?:=+|-+)[ \t]*$/.test(line)) return;
    const hashes = /^[ \t]*#{1,6}(?=[ \t]|$)/.exec(line);
    if (hashes) from += hashes[0].length;
    line = line.replace(/[ \t]+#+[ \t]*$/, '');
    end = start + line.length;
  } else {
    from += LINE_PREFIX.exec(line)?.[0].length ?? 0;
  }
  for (let index = from; index < end; index += 1) {
    const char = text[index] as string;
    chars[index] = kind.table && char === '|' ? ' ' : char;
  }
}

/** The text between a raw HTML block's tags is prose too (spelling, wording, pay, ...), at its own offsets. */
function copyHtmlText(text: string, chars: string[], start: number, end: number): void {
  const block = text.slice(start, end);
  let from = 0;
  for (const match of block.matchAll(HTML_NOT_TEXT)) {
    for (let index = from; index < match.index; index += 1) chars[start + index] = block[index] as string;
    from = match.index + match[0].length;
  }
  for (let index = from; index < block.length; index += 1) chars[start + index] = block[index] as string;
}

function blank(chars: string[], start: number, end: number): void {
  for (let index = start; index < end; index += 1) if (chars[index] !== '\n') chars[index] = ' ';
}

/** Inline Markdown of one paragraph or heading: code, autolinks, HTML, links, images, emphasis. */
function scanInline(text: string, chars: string[], start: number, end: number, facts: MarkdownFacts, references: References): void {
  let index = start;
  while (index < end) {
    const char = chars[index];
    if (char === '\\') {
      const next = text[index + 1] ?? '';
      if (ASCII_PUNCTUATION.test(next) || next === '\n' || next === '\r') {
        chars[index] = ' ';
        index += 2;
        continue;
      }
    } else if (char === '`') {
      const closeEnd = codeSpanEnd(text, index, end);
      if (closeEnd !== undefined) {
        blank(chars, index, closeEnd);
        index = closeEnd;
        continue;
      }
      while (text[index] === '`') index += 1;
      continue;
    } else if (char === '<') {
      const rest = text.slice(index, Math.min(end, index + 2000));
      const link = AUTOLINK.exec(rest) ?? EMAIL_AUTOLINK.exec(rest);
      if (link) {
        const url = link[1] as string;
        facts.links.push({ url: url.includes(':') ? url : `mailto:${url}`, text: url, start: index, end: index + link[0].length, image: false });
        blank(chars, index, index + link[0].length);
        index += link[0].length;
        continue;
      }
      const html = INLINE_HTML.exec(rest);
      if (html) {
        facts.html.push({ value: html[0], start: index, end: index + html[0].length });
        blank(chars, index, index + html[0].length);
        index += html[0].length;
        continue;
      }
    } else if (char === '[' || (char === '!' && text[index + 1] === '[')) {
      const consumed = scanLink(text, chars, index, end, facts, references);
      if (consumed !== undefined) {
        index = consumed;
        continue;
      }
    } else if (char === '*' || char === '~') {
      chars[index] = ' ';
    } else if (char === '_') {
      // Emphasis underscores stand at a word's edge; snake_case keeps its own.
      const before = text[index - 1] ?? ' ';
      const after = text[index + 1] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) || !/[\p{L}\p{N}]/u.test(after)) chars[index] = ' ';
    }
    index += 1;
  }
}

function codeSpanEnd(text: string, start: number, end: number): number | undefined {
  let length = 0;
  while (text[start + length] === '`') length += 1;
  const fence = '`'.repeat(length);
  for (let search = text.indexOf(fence, start + length); search !== -1 && search < end; search = text.indexOf(fence, search + 1)) {
    let run = 0;
    while (text[search + run] === '`') run += 1;
    if (run === length) return search + length;
    search += run - 1;
  }
  return undefined;
}

/** Link reference definitions of the body, by label as CommonMark normalises it (case-folded, spaces collapsed). */
type References = Record<string, { href: string } | undefined>;

const resolve = (references: References, label: string): string | undefined => references[blockParser.utils.normalizeReference(label)]?.href;

/** `[text](url)`, `![alt](url)`, `[text][ref]`, `[text][]`, `[ref]`: keeps link text as prose, blanks the rest. */
function scanLink(text: string, chars: string[], start: number, end: number, facts: MarkdownFacts, references: References): number | undefined {
  const image = text[start] === '!';
  const open = image ? start + 1 : start;
  const close = matching(text, open, end, '[', ']');
  if (close === undefined) return undefined;
  const after = text[close + 1];
  let finish: number;
  let url = '';
  let reference: string | undefined;
  if (after === '(') {
    const paren = matching(text, close + 1, end, '(', ')');
    if (paren === undefined) return undefined;
    const destination = text.slice(close + 2, paren).trim();
    url = destination.startsWith('<') ? destination.slice(1, destination.indexOf('>') === -1 ? undefined : destination.indexOf('>')) : (destination.split(/\s+/)[0] ?? '');
    finish = paren + 1;
  } else if (after === '[') {
    const closeReference = matching(text, close + 1, end, '[', ']');
    if (closeReference === undefined) return undefined;
    const written = text.slice(close + 2, closeReference);
    reference = written.trim() === '' ? text.slice(open + 1, close) : written;
    url = resolve(references, reference) ?? '';
    finish = closeReference + 1;
  } else {
    // A shortcut reference is a link only when its label is defined; else it is text in brackets.
    const defined = resolve(references, text.slice(open + 1, close));
    if (defined === undefined) return undefined;
    reference = text.slice(open + 1, close);
    url = defined;
    finish = close + 1;
  }
  if (image) {
    facts.links.push({ url, text: text.slice(open + 1, close), start, end: finish, image: true, ...(reference === undefined ? {} : { reference }) });
    blank(chars, start, finish);
    return finish;
  }
  chars[open] = ' ';
  scanInline(text, chars, open + 1, close, facts, references);
  const label = chars.slice(open + 1, close).join('').replace(/\s+/g, ' ').trim();
  facts.links.push({ url, text: label, start, end: finish, image: false, ...(reference === undefined ? {} : { reference }) });
  blank(chars, close, finish);
  return finish;
}

/** The offset of the bracket closing the one at start, skipping escapes and code spans. */
function matching(text: string, start: number, end: number, open: string, close: string): number | undefined {
  let depth = 0;
  for (let index = start; index < end; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '`') {
      const spanEnd = codeSpanEnd(text, index, end);
      if (spanEnd !== undefined) index = spanEnd - 1;
    } else if (char === open) depth += 1;
    else if (char === close) {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return undefined;
}
