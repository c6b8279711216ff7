import type { TomlValue } from './value.js';

/** How a string is quoted in the file; new strings use basic quotes, as most sites do. */
export type StringStyle = { quote: 'basic' | 'literal'; multiline: boolean };

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

export function formatKey(name: string): string {
  return BARE_KEY.test(name) ? name : formatString(name, { quote: 'basic', multiline: false });
}

export function formatKeyPath(path: readonly string[]): string {
  return path.map(formatKey).join('.');
}

/**
 * Writes a string in the given style. A multi-line string's line breaks are
 * written with eol (the file's own line ending): parsers read any raw line
 * break in it as "\n", so a carriage return of the value is always escaped.
 */
export function formatString(value: string, style: StringStyle, eol: '\n' | '\r\n' = '\n'): string {
  if (style.quote === 'literal' && canBeLiteral(value, style.multiline)) {
    // A newline right after the opening quotes would be trimmed by parsers.
    return style.multiline ? `'''${value.startsWith('\n') ? eol : ''}${value.replaceAll('\n', eol)}'''` : `'${value}'`;
  }
  if (style.multiline) {
    const body = escapeBasic(value, eol);
    return `"""${startsWithNewline(value) ? eol : ''}${body}"""`;
  }
  return `"${escapeBasic(value, undefined)}"`;
}

function startsWithNewline(value: string): boolean {
  return value.startsWith('\n') || value.startsWith('\r\n');
}

/**
 * Hugo ends TOML front matter at the first line that starts with `+++`, even
 * inside a multi-line string, so no line of a multi-line string may start so.
 */
const CLOSING_DELIMITER_LINE = /\n\+\+\+/;

function canBeLiteral(value: string, multiline: boolean): boolean {
  if (multiline) {
    // A carriage return cannot be written in a literal string: as part of a
    // line break it would read back as "\n", and Hugo refuses a lone one.
    return !value.includes("'''") && !value.endsWith("'") && !CLOSING_DELIMITER_LINE.test(value)
      && !/[\u0000-\u0008\u000B-\u001F\u007F]/.test(value);
  }
  return !/['\u0000-\u0008\u000A-\u001F\u007F]/.test(value);
}

/** Escapes a basic string's body; eol is the line ending of a multi-line string, undefined for one line. */
function escapeBasic(value: string, eol: '\n' | '\r\n' | undefined): string {
  const multiline = eol !== undefined;
  let out = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index] as string;
    const code = char.charCodeAt(0);
    if (char === '\\') out += '\\\\';
    else if (char === '"') {
      // In a multi-line string only a run of three quotes needs breaking up.
      out += multiline && !(value[index + 1] === '"' && value[index + 2] === '"') && index !== value.length - 1 ? '"' : '\\"';
    } else if (char === '\n') out += eol ?? '\\n';
    else if (char === '+' && multiline && value[index - 1] === '\n' && value.startsWith('++', index + 1)) out += '\\u002B';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += multiline ? '\t' : '\\t';
    else if (char === '\b') out += '\\b';
    else if (char === '\f') out += '\\f';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
    else out += char;
  }
  return out;
}

export function formatFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Object.is(value, -0)) return '-0.0';
  // String() writes 1e16 … 1e21 as plain digits, which TOML would read as an integer.
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** Formats a value on one line; strings in it take the given style. */
export function formatValue(value: TomlValue, style: StringStyle = { quote: 'basic', multiline: false }): string {
  switch (value.type) {
    case 'string':
      return formatString(value.value, style);
    case 'integer':
      return value.value.toString();
    case 'float':
      return formatFloat(value.value);
    case 'boolean':
      return String(value.value);
    case 'datetime':
      return value.text;
    case 'array':
      return `[${value.items.map((item) => formatValue(item, { ...style, multiline: false })).join(', ')}]`;
    case 'table':
      return value.entries.size === 0
        ? '{}'
        : `{ ${[...value.entries].map(([key, item]) => `${formatKey(key)} = ${formatValue(item, { ...style, multiline: false })}`).join(', ')} }`;
  }
}
