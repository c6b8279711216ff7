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

export function formatString(value: string, style: StringStyle): string {
  if (style.quote === 'literal' && canBeLiteral(value, style.multiline)) {
    // A newline right after the opening quotes would be trimmed by parsers.
    return style.multiline ? `'''${value.startsWith('\n') || value.startsWith('\r\n') ? '\n' : ''}${value}'''` : `'${value}'`;
  }
  if (style.multiline) {
    const body = escapeBasic(value, true);
    return `"""${value.startsWith('\n') || value.startsWith('\r\n') ? '\n' : ''}${body}"""`;
  }
  return `"${escapeBasic(value, false)}"`;
}

function canBeLiteral(value: string, multiline: boolean): boolean {
  if (multiline) return !value.includes("'''") && !value.endsWith("'") && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value);
  return !/['\u0000-\u0008\u000A-\u001F\u007F]/.test(value);
}

function escapeBasic(value: string, multiline: boolean): string {
  let out = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index] as string;
    const code = char.charCodeAt(0);
    if (char === '\\') out += '\\\\';
    else if (char === '"') {
      // In a multi-line string only a run of three quotes needs breaking up.
      out += multiline && !(value[index + 1] === '"' && value[index + 2] === '"') && index !== value.length - 1 ? '"' : '\\"';
    } else if (char === '\n') out += multiline ? '\n' : '\\n';
    else if (char === '\r') out += multiline && value[index + 1] === '\n' ? '\r' : '\\r';
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
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return `${value}.0`;
  return String(value);
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
