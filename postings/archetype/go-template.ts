import { formatGoTime, localNow, RFC3339, type ZonedTime } from './go-time-format.js';
import { apTitleCase } from './title-case.js';

/** A value in a template: what archetypes produce and pass along. */
export type TemplateValue = string | number | boolean | ZonedTime | TemplateData | undefined;
export interface TemplateData {
  [key: string]: TemplateValue;
}

/** A template feature Posting Desk does not evaluate; the message names it. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

interface Clock {
  now(): ZonedTime;
}

/**
 * Evaluates the part of Go's text/template that Hugo archetypes commonly use:
 * actions with `{{- -}}` trimming, comments, pipelines, field chains
 * (`.File.ContentBaseName`), string and number literals, parentheses, and the
 * functions below. Anything else is refused by name rather than guessed at.
 */
export function evaluateTemplate(template: string, data: TemplateData, clock: Clock = { now: localNow }): string {
  let out = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{{', index);
    if (open === -1) {
      out += template.slice(index);
      break;
    }
    let text = template.slice(index, open);
    const trimLeft = template.startsWith('{{- ', open) || template.startsWith('{{-\n', open) || template.startsWith('{{-\t', open);
    if (trimLeft) text = text.replace(/\s+$/, '');
    out += text;
    const close = findClose(template, open + 2);
    if (close === -1) throw new TemplateError('The archetype has a “{{” without its closing “}}”');
    const trimRight = template[close - 1] === '-' && /\s/.test(template[close - 2] ?? '');
    const action = template.slice(open + (trimLeft ? 3 : 2), trimRight ? close - 1 : close).trim();
    out += render(evaluateAction(action, data, clock));
    index = close + 2;
    if (trimRight) while (index < template.length && /\s/.test(template[index] as string)) index += 1;
  }
  return out;
}

function findClose(template: string, from: number): number {
  let quote: string | undefined;
  for (let index = from; index < template.length; index += 1) {
    const char = template[index];
    if (quote) {
      if (char === '\\' && quote === '"') index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === '`') {
      quote = char;
    } else if (char === '}' && template[index + 1] === '}') {
      return index;
    }
  }
  return -1;
}

function render(value: TemplateValue): string {
  if (value === undefined) return '';
  if (isTime(value)) return formatGoTime(value, RFC3339);
  if (typeof value === 'object') return '';
  return String(value);
}

function isTime(value: TemplateValue): value is ZonedTime {
  return typeof value === 'object' && value !== null && typeof value.epoch === 'number' && typeof value.offsetMinutes === 'number' && Object.keys(value).length === 2;
}

type Token = { kind: 'field' | 'ident' | 'string' | 'number' | 'pipe' | 'open' | 'close'; text: string };

function tokenize(action: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < action.length) {
    const rest = action.slice(index);
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
      continue;
    }
    const match =
      /^"(?:[^"\\]|\\.)*"/.exec(rest) ?? /^`[^`]*`/.exec(rest);
    if (match) {
      tokens.push({ kind: 'string', text: match[0] });
      index += match[0].length;
      continue;
    }
    const simple: [RegExp, Token['kind']][] = [
      [/^\.(?:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)?/, 'field'],
      [/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/, 'ident'],
      [/^-?\d+(?:\.\d+)?/, 'number'],
      [/^\|/, 'pipe'],
      [/^\(/, 'open'],
      [/^\)/, 'close'],
    ];
    const found = simple.map(([pattern, kind]) => ({ kind, result: pattern.exec(rest) })).find((candidate) => candidate.result);
    if (!found?.result) throw new TemplateError(`The archetype uses “{{ ${action} }}”, which Posting Desk cannot fill in`);
    tokens.push({ kind: found.kind, text: found.result[0] });
    index += found.result[0].length;
  }
  return tokens;
}

function evaluateAction(action: string, data: TemplateData, clock: Clock): TemplateValue {
  if (action.startsWith('/*')) return undefined;
  if (/^(?:if|else|end|range|with|define|block|template)\b/.test(action) || action.includes(':=') || action.startsWith('$')) {
    throw new TemplateError(`The archetype uses “{{ ${action} }}”, which Posting Desk cannot fill in; simplify the archetype or create the posting with Hugo`);
  }
  const tokens = tokenize(action);
  const parser = { tokens, position: 0 };
  const value = pipeline(parser, data, clock, action);
  if (parser.position !== tokens.length) throw new TemplateError(`Posting Desk could not read “{{ ${action} }}” in the archetype`);
  return value;
}

interface Parser {
  tokens: Token[];
  position: number;
}

function pipeline(parser: Parser, data: TemplateData, clock: Clock, action: string): TemplateValue {
  let value = command(parser, data, clock, action, []);
  while (parser.tokens[parser.position]?.kind === 'pipe') {
    parser.position += 1;
    value = command(parser, data, clock, action, [value]);
  }
  return value;
}

function command(parser: Parser, data: TemplateData, clock: Clock, action: string, piped: TemplateValue[]): TemplateValue {
  const head = parser.tokens[parser.position];
  if (!head) throw new TemplateError(`Posting Desk could not read “{{ ${action} }}” in the archetype`);
  const args: TemplateValue[] = [];
  let name: string | undefined;
  let method: string | undefined;
  if (head.kind === 'ident' && head.text !== 'true' && head.text !== 'false') {
    parser.position += 1;
    const segments = head.text.split('.');
    // now.Format, time.Now.Year: the longest known function name, then method calls.
    for (let length = segments.length; length > 0 && name === undefined; length -= 1) {
      const candidate = segments.slice(0, length).join('.');
      if (FUNCTIONS[candidate]) {
        name = candidate;
        if (length < segments.length) method = segments.slice(length).join('.');
      }
    }
    if (name === undefined) throw new TemplateError(`The archetype uses the function “${head.text}”, which Posting Desk cannot fill in`);
  }
  while (parser.position < parser.tokens.length) {
    const token = parser.tokens[parser.position] as Token;
    if (token.kind === 'pipe' || token.kind === 'close') break;
    args.push(operand(parser, data, clock, action));
  }
  if (name === undefined) {
    if (args.length !== 1 || piped.length > 0) throw new TemplateError(`Posting Desk could not read “{{ ${action} }}” in the archetype`);
    return args[0];
  }
  const fn = FUNCTIONS[name] as TemplateFunction;
  let result = method === undefined ? fn([...args, ...piped], clock) : fn([], clock);
  if (method !== undefined) result = callMethod(result, method, [...args, ...piped]);
  return result;
}

function operand(parser: Parser, data: TemplateData, clock: Clock, action: string): TemplateValue {
  const token = parser.tokens[parser.position] as Token;
  parser.position += 1;
  switch (token.kind) {
    case 'string':
      return token.text.startsWith('`') ? token.text.slice(1, -1) : (JSON.parse(token.text) as string);
    case 'number':
      return Number(token.text);
    case 'field':
      return token.text === '.' ? data : fieldChain(data, token.text.slice(1).split('.'));
    case 'ident':
      if (token.text === 'true' || token.text === 'false') return token.text === 'true';
      parser.position -= 1;
      return command(parser, data, clock, action, []);
    case 'open': {
      const value = pipeline(parser, data, clock, action);
      if (parser.tokens[parser.position]?.kind !== 'close') throw new TemplateError(`A “(” in “{{ ${action} }}” is not closed`);
      parser.position += 1;
      return value;
    }
    default:
      throw new TemplateError(`Posting Desk could not read “{{ ${action} }}” in the archetype`);
  }
}

function fieldChain(data: TemplateData, names: string[]): TemplateValue {
  let current: TemplateValue = data;
  for (const [index, name] of names.entries()) {
    if (isTime(current)) return callMethod(current, names.slice(index).join('.'), []);
    if (current === undefined || typeof current !== 'object') return undefined;
    current = (current as TemplateData)[name];
  }
  return current;
}

function callMethod(target: TemplateValue, method: string, args: TemplateValue[]): TemplateValue {
  if (!isTime(target)) throw new TemplateError(`The archetype calls “${method}” on something that is not a date`);
  switch (method) {
    case 'Format':
      return formatGoTime(target, String(args[0] ?? RFC3339));
    case 'Year':
      return Number(formatGoTime(target, '2006'));
    case 'Unix':
      return Math.floor(target.epoch / 1000);
    default:
      throw new TemplateError(`The archetype uses the date method “${method}”, which Posting Desk cannot fill in`);
  }
}

type TemplateFunction = (args: TemplateValue[], clock: Clock) => TemplateValue;

const text = (value: TemplateValue): string => render(value);

const titleFunction: TemplateFunction = ([value]) => apTitleCase(text(value));
const lowerFunction: TemplateFunction = ([value]) => text(value).toLowerCase();
const upperFunction: TemplateFunction = ([value]) => text(value).toUpperCase();
const nowFunction: TemplateFunction = (_args, clock) => clock.now();
const formatFunction: TemplateFunction = ([layout, time], clock) => formatGoTime(isTime(time) ? time : parseTime(text(time), clock), text(layout));

function parseTime(value: string, clock: Clock): ZonedTime {
  const epoch = Date.parse(value);
  if (Number.isNaN(epoch)) return clock.now();
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(value);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return { epoch, offsetMinutes: minutes };
}

const FUNCTIONS: Record<string, TemplateFunction> = {
  replace: ([input, old, replacement, limit]) => {
    let result = text(input);
    const count = typeof limit === 'number' ? limit : Number.POSITIVE_INFINITY;
    for (let done = 0; done < count && result.includes(text(old)) && text(old) !== ''; done += 1) result = result.replace(text(old), text(replacement));
    return result;
  },
  title: titleFunction,
  'strings.Title': titleFunction,
  lower: lowerFunction,
  'strings.ToLower': lowerFunction,
  upper: upperFunction,
  'strings.ToUpper': upperFunction,
  humanize: ([value]) => {
    const words = text(value).replace(/[-_]+/g, ' ').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
  },
  urlize: ([value]) => text(value).trim().toLowerCase().replace(/\s+/g, '-'),
  trim: ([value, cutset]) => {
    const set = new Set(text(cutset));
    const chars = [...text(value)];
    while (chars.length > 0 && set.has(chars[0] as string)) chars.shift();
    while (chars.length > 0 && set.has(chars[chars.length - 1] as string)) chars.pop();
    return chars.join('');
  },
  default: ([fallback, value]) => (value === undefined || value === '' || value === false || value === 0 ? fallback : value),
  printf: ([format, ...args]) => {
    let next = 0;
    return text(format).replace(/%[svdq%]/g, (verb) => {
      if (verb === '%%') return '%';
      const value = text(args[next++]);
      return verb === '%q' ? JSON.stringify(value) : value;
    });
  },
  now: nowFunction,
  'time.Now': nowFunction,
  'time.Format': formatFunction,
  dateFormat: formatFunction,
};
