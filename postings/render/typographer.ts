import type { StateCore, Token } from 'markdown-it';
import { isAsciiDigit, isAsciiPunct, isAsciiSpace, isDigit, isLetter, isPunctRune, isSpaceRune, isUnicodePunct } from './char-class.js';
import { inlineSource } from './inline-source.js';

/**
 * Goldmark's typographer (Hugo's default): smart quotes and apostrophes,
 * `--` `---` `...` `<<` `>>`. Unlike markdown-it's, it leaves `(c)`, `(tm)`
 * and `+-` alone and decides quotes with Goldmark's own rules, which differ
 * from markdown-it's smartquotes (it turns most apostrophes inside and after
 * words into a right single quote).
 */
export function goldmarkTypographer(state: StateCore): void {
  // Goldmark (1.5.4, Hugo 0.111) never resets its count of open quotes between blocks: a quote left open
  // in one paragraph lets a later one close, and Hugo publishes that.
  const counter = { single: 0, double: 0 };
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    typographChildren(block.children, counter, false);
  }
}

/**
 * An image's alt text gets the entity names themselves (`&rsquo;`), which
 * Hugo then escapes: Hugo 0.111 writes the alt from Goldmark's text nodes,
 * so its published alt text reads "Don&rsquo;t". We publish what Hugo does.
 */
function typographChildren(children: Token[], counter: Counter, entityNames: boolean): void {
  const source = inlineSource(children);
  children.forEach((child, index) => {
    if (child.type === 'image' && child.children) typographChildren(child.children, counter, true);
    if (child.type !== 'text' || child.meta?.verbatim === true || insideAutolink(children, index)) return;
    child.content = typographText(child.content, source.text, source.starts[index] ?? 0, counter, entityNames);
  });
}

function insideAutolink(children: readonly Token[], index: number): boolean {
  const previous = children[index - 1];
  return previous?.type === 'link_open' && (previous.markup === 'linkify' || previous.markup === 'autolink');
}

interface Counter {
  single: number;
  double: number;
}

const SUBSTITUTIONS: ReadonlyArray<[string, string]> = [
  ['---', '\u2014'],
  ['...', '\u2026'],
  ['<<', '\u00ab'],
  ['>>', '\u00bb'],
  ['--', '\u2013'],
];

const ENTITY_NAMES: Readonly<Record<string, string>> = {
  '\u2014': '&mdash;',
  '\u2026': '&hellip;',
  '\u00ab': '&laquo;',
  '\u00bb': '&raquo;',
  '\u2013': '&ndash;',
  '\u2018': '&lsquo;',
  '\u2019': '&rsquo;',
  '\u201c': '&ldquo;',
  '\u201d': '&rdquo;',
};

function typographText(text: string, whole: string, offset: number, counter: Counter, entityNames: boolean): string {
  const put = (char: string): string => (entityNames ? (ENTITY_NAMES[char] ?? char) : char);
  let out = '';
  for (let i = 0; i < text.length; ) {
    const char = text[i] as string;
    const substitution = char === '-' || char === '.' || char === '<' || char === '>' ? SUBSTITUTIONS.find(([from]) => text.startsWith(from, i)) : undefined;
    if (substitution) {
      out += put(substitution[1]);
      i += substitution[0].length;
      continue;
    }
    if (char === "'" || char === '"') {
      const replaced = quote(whole, offset + i, counter);
      out += replaced === undefined ? char : put(replaced);
    } else out += char;
    i += 1;
  }
  return out;
}

/** Goldmark's quote rules look at most a few characters ahead; a longer line is cut there, which changes no decision. */
const LOOKAHEAD = 16;

/**
 * The line from a position to its end (at most LOOKAHEAD characters), with
 * the newline Goldmark's line keeps. A block's last line has none: Goldmark
 * trims it from paragraphs, and headings and table cells never have one.
 */
function lineFrom(whole: string, position: number): string {
  const piece = whole.slice(position, position + LOOKAHEAD);
  const newline = piece.indexOf('\n');
  return newline >= 0 ? piece.slice(0, newline + 1) : piece;
}

function charAt(text: string, index: number): string | undefined {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index) as number) : undefined;
}

function precedingChar(whole: string, position: number): string {
  if (position === 0) return '\n';
  const code = whole.charCodeAt(position - 1);
  if (code >= 0xdc00 && code <= 0xdfff && position >= 2) return whole.slice(position - 2, position);
  return whole[position - 1] as string;
}

/** Goldmark's ScanDelimiter for a run of one quote character. */
function flanking(line: string, before: string): { canOpen: boolean; canClose: boolean } {
  let j = 0;
  while (j < line.length && line[j] === line[0]) j += 1;
  const after = j < line.length ? (charAt(line, j) as string) : ' ';
  const beforePunct = isPunctRune(before);
  const beforeSpace = isSpaceRune(before);
  const afterPunct = isPunctRune(after);
  const afterSpace = isSpaceRune(after);
  return {
    canOpen: !afterSpace && (!afterPunct || beforeSpace || beforePunct),
    canClose: !beforeSpace && (!beforePunct || afterSpace || afterPunct),
  };
}

const LEFT_SINGLE = '\u2018';
const RIGHT_SINGLE = '\u2019';
const LEFT_DOUBLE = '\u201c';
const RIGHT_DOUBLE = '\u201d';

function quote(whole: string, position: number, counter: Counter): string | undefined {
  const line = lineFrom(whole, position);
  const before = precedingChar(whole, position);
  const d = flanking(line, before);
  const c1 = line[1];
  const c2 = line[2];
  const maybeCloseTail = line.length === 2 || (line.length > 2 && (isAsciiPunct(c2) || isAsciiSpace(c2)));
  if (line[0] === "'") {
    if (d.canOpen && !d.canClose && line.length > 3 && isAsciiDigit(c1) && isAsciiDigit(c2) && line[3] === 's') {
      const after = line.length > 4 ? charAt(line, 4) : ' ';
      if (line.length === 3 || isSpaceRune(after) || isPunctRune(after)) return RIGHT_SINGLE;
    }
    if (line.length > 1 && (isUnicodePunct(before) || isSpaceRune(before)) && (c1 === 't' || c1 === 'e' || c1 === 'n' || c1 === 'l')) return RIGHT_SINGLE;
    if (line.length > 1 && (isDigit(before) || isLetter(before)) && isLetter(charAt(line, 1))) return RIGHT_SINGLE;
    if (d.canOpen && !d.canClose) {
      const shortContraction = line.length > 1 && (c1 === 's' || c1 === 'm' || c1 === 't' || c1 === 'd') && (line.length < 3 || isAsciiPunct(c2) || isAsciiSpace(c2));
      const longContraction =
        line.length > 2 && ((c1 === 'v' && c2 === 'e') || (c1 === 'l' && c2 === 'l') || (c1 === 'r' && c2 === 'e')) && (line.length < 4 || isAsciiPunct(line[3]) || isAsciiSpace(line[3]));
      if (shortContraction || longContraction) return RIGHT_SINGLE;
      counter.single += 1;
      return LEFT_SINGLE;
    }
    // Goldmark tests the quote itself for punctuation here, so this holds whenever two more characters follow.
    if (line.length > 2 && !isDigit(charAt(line, 1))) return RIGHT_SINGLE;
    if (counter.single > 0) {
      const isClose = d.canClose && !d.canOpen;
      const maybeClose = d.canClose && d.canOpen && line.length > 1 && isUnicodePunct(charAt(line, 1)) && maybeCloseTail;
      if (isClose || maybeClose) {
        counter.single -= 1;
        return RIGHT_SINGLE;
      }
    }
    return undefined;
  }
  if (d.canOpen && !d.canClose) {
    counter.double += 1;
    return LEFT_DOUBLE;
  }
  if (counter.double > 0) {
    const isClose = d.canClose && !d.canOpen;
    const maybeClose = d.canClose && d.canOpen && line.length > 1 && isUnicodePunct(charAt(line, 1)) && maybeCloseTail;
    if (isClose || maybeClose) {
      if (c1 === '"' && isDigit(before)) return undefined;
      counter.double -= 1;
      return RIGHT_DOUBLE;
    }
  }
  return undefined;
}

