import { PostingError, positionAt } from './posting-error.js';

export type FrontMatterFormat = 'toml' | 'yaml' | 'json';

/** Where the parts of a posting file are, as offsets into its decoded text. */
export interface PostingParts {
  /** The text starts with U+FEFF. */
  bom: boolean;
  frontMatter?: {
    format: FrontMatterFormat;
    /** The opening delimiter line (or the JSON object's first brace). */
    openStart: number;
    /** The front matter's own text: TOML/YAML between the delimiter lines, JSON the whole object. */
    start: number;
    end: number;
    /** The closing delimiter line, its line ending included. */
    closeStart: number;
    closeEnd: number;
  };
  /** Where the Markdown body starts. */
  bodyStart: number;
}

const DELIMITERS: Record<'+' | '-', { format: FrontMatterFormat; line: string }> = {
  '+': { format: 'toml', line: '+++' },
  '-': { format: 'yaml', line: '---' },
};

/**
 * Splits a posting as Hugo's page lexer does: an optional byte-order mark and
 * leading white space, then `+++` (TOML), `---` (YAML) or `{` (JSON) front
 * matter. The closing delimiter is the first line that starts with the same
 * three characters. Anything else means the file has no front matter.
 */
export function splitPosting(text: string): PostingParts {
  const bom = text.startsWith('\uFEFF');
  let index = bom ? 1 : 0;
  while (index < text.length && /[ \t\r\n]/.test(text[index] as string)) index += 1;
  const first = text[index];
  if (first === '+' || first === '-') {
    const { format, line } = DELIMITERS[first];
    if (text.startsWith(line, index) && isLineEnd(text, index + 3)) {
      return splitDelimited(text, bom, index, format, line);
    }
  }
  if (first === '{') return splitJson(text, bom, index);
  return { bom, bodyStart: bom ? 1 : 0 };
}

function splitDelimited(text: string, bom: boolean, openStart: number, format: FrontMatterFormat, delimiter: string): PostingParts {
  const start = skipLineEnd(text, skipBlanks(text, openStart + 3));
  let lineStart = start;
  while (lineStart < text.length) {
    // Hugo closes at any line that starts with the delimiter (even `+++x`, and
    // even inside a multi-line string), so this must too, or a file Hugo
    // cannot read would look valid here.
    if (text.startsWith(delimiter, lineStart)) {
      const closeEnd = isLineEnd(text, lineStart + 3) ? skipLineEnd(text, skipBlanks(text, lineStart + 3)) : lineStart + 3;
      return {
        bom,
        frontMatter: { format, openStart, start, end: lineStart, closeStart: lineStart, closeEnd },
        bodyStart: closeEnd,
      };
    }
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  throw new PostingError(
    'unclosed-front-matter',
    `The details section opened with “${delimiter}” is never closed: add a line with “${delimiter}” after the last detail`,
    positionAt(text, openStart),
  );
}

/** JSON front matter ends at the brace that closes the first one, as in Hugo. */
function splitJson(text: string, bom: boolean, openStart: number): PostingParts {
  let depth = 0;
  let inString = false;
  for (let index = openStart; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) {
        const end = index + 1;
        const closeEnd = skipLineEnd(text, end);
        return {
          bom,
          frontMatter: { format: 'json', openStart, start: openStart, end, closeStart: end, closeEnd },
          bodyStart: closeEnd,
        };
      }
    }
  }
  throw new PostingError(
    'unclosed-front-matter',
    'The details section opened with “{” is never closed: the JSON object needs its closing “}”',
    positionAt(text, openStart),
  );
}

function skipBlanks(text: string, index: number): number {
  while (text[index] === ' ' || text[index] === '\t') index += 1;
  return index;
}

function isLineEnd(text: string, index: number): boolean {
  const after = skipBlanks(text, index);
  return after === text.length || text[after] === '\n' || (text[after] === '\r' && text[after + 1] === '\n');
}

function skipLineEnd(text: string, index: number): number {
  if (text[index] === '\r' && text[index + 1] === '\n') return index + 2;
  if (text[index] === '\n') return index + 1;
  return index;
}
