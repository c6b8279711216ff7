/**
 * Argument validators, one per operation. The handlers run them on every
 * call; a transport may run them first to refuse a bad request before it
 * crosses a process boundary. Pure: the renderer may import this file.
 */
import {
  API_OPERATIONS,
  type ApiArgs,
  type ApiOperation,
  type ApiResult,
  type DetailEdit,
  type DetailType,
  type JsonValue,
} from './api.js';
import { ArgumentProblem, fields, MAX_TEXT_LENGTH, path, string, validator as checked, version, type Fields } from './argument-checks.js';
import { EXPORT_VALIDATORS } from './export-posting-validate.js';
import { FILES_OVER_TIME_VALIDATORS } from './files-over-time/validate.js';

const MAX_EDITS = 1000;
const MAX_JSON_DEPTH = 32;
const DETAIL_TYPES: readonly DetailType[] = ['string', 'integer', 'float', 'boolean', 'date', 'datetime', 'time', 'array', 'table'];

export type Validator<K extends ApiOperation> = (input: unknown) => ApiResult<ApiArgs<K>>;

export { MAX_TEXT_LENGTH };

const none = (input: unknown): Fields => fields(input, []);

export const API_VALIDATORS: { readonly [K in ApiOperation]: Validator<K> } = {
  openRepository: validator((input) => (none(input), {})),
  listPostings: validator((input) => {
    const args = fields(input, ['warningCounts']);
    return optional(args, 'warningCounts', boolean);
  }),
  getLintSetup: validator((input) => (none(input), {})),
  readPosting: validator((input) => {
    const args = fields(input, ['path']);
    return { path: path(args, 'path') };
  }),
  lintText: validator((input) => {
    const args = fields(input, ['path', 'text']);
    return { ...optional(args, 'path', path), text: text(args, 'text') };
  }),
  renderText: validator((input) => {
    const args = fields(input, ['path', 'text']);
    return { ...optional(args, 'path', path), text: text(args, 'text') };
  }),
  savePosting: validator((input) => {
    const args = fields(input, ['path', 'baseVersion', 'text', 'edits']);
    const result = { path: path(args, 'path'), baseVersion: version(args, 'baseVersion'), ...optional(args, 'text', text), ...optional(args, 'edits', edits) };
    if (result.text === undefined && result.edits === undefined) throw new ArgumentProblem('savePosting needs “text”, “edits” or both');
    return result;
  }),
  newPosting: validator((input) => {
    const args = fields(input, ['title', 'section', 'bundle']);
    const title = string(args, 'title', 500);
    if (title.trim() === '') throw new ArgumentProblem('A new posting needs a title');
    return { title, ...optional(args, 'section', (values, key) => string(values, key, 200)), ...optional(args, 'bundle', boolean) };
  }),
  addWord: validator((input) => {
    const args = fields(input, ['word']);
    const word = string(args, 'word', 100).trim();
    if (word === '' || /\s/.test(word)) throw new ArgumentProblem('Add one word at a time, without spaces');
    return { word };
  }),
  renamePosting: validator((input) => {
    const args = fields(input, ['path', 'baseVersion']);
    return { path: path(args, 'path'), baseVersion: version(args, 'baseVersion') };
  }),
  duplicatePosting: validator((input) => {
    const args = fields(input, ['path']);
    return { path: path(args, 'path') };
  }),
  deletePosting: validator((input) => {
    const args = fields(input, ['path', 'baseVersion']);
    return { path: path(args, 'path'), baseVersion: version(args, 'baseVersion') };
  }),
  ...FILES_OVER_TIME_VALIDATORS,
  ...EXPORT_VALIDATORS,
};

function validator<K extends ApiOperation>(check: (input: unknown) => ApiArgs<K>): Validator<K> {
  return checked(check);
}

export function isApiOperation(name: unknown): name is ApiOperation {
  return typeof name === 'string' && (API_OPERATIONS as readonly string[]).includes(name);
}

/** Validates the argument object of one operation. */
export function validateArgs<K extends ApiOperation>(operation: K, input: unknown): ApiResult<ApiArgs<K>> {
  return (API_VALIDATORS[operation] as Validator<K>)(input);
}

function optional<T, Key extends string>(args: Fields, key: Key, read: (args: Fields, key: string) => T): { [P in Key]?: T } {
  return args[key] === undefined ? {} : ({ [key]: read(args, key) } as { [P in Key]?: T });
}

function boolean(args: Fields, key: string): boolean {
  const value = args[key];
  if (typeof value !== 'boolean') throw new ArgumentProblem(`“${key}” must be true or false`);
  return value;
}

function text(args: Fields, key: string): string {
  return string(args, key, MAX_TEXT_LENGTH);
}

function edits(args: Fields, key: string): DetailEdit[] {
  const value = args[key];
  if (!Array.isArray(value)) throw new ArgumentProblem(`“${key}” must be a list of detail edits`);
  if (value.length > MAX_EDITS) throw new ArgumentProblem(`“${key}” has too many edits (at most ${MAX_EDITS})`);
  return value.map((item: unknown, index) => detailEdit(item, `${key}[${index}]`));
}

function detailEdit(input: unknown, where: string): DetailEdit {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new ArgumentProblem(`${where} must be an object with “key” and “value”, “toml” or “unset”`);
  const item = input as Fields;
  const key = string(item, 'key', 1000);
  if (key.trim() === '') throw new ArgumentProblem(`${where}.key needs a detail name`);
  const kinds = ['value', 'toml', 'unset'].filter((name) => item[name] !== undefined);
  if (kinds.length !== 1) throw new ArgumentProblem(`${where} needs exactly one of “value”, “toml” or “unset”`);
  if (item.unset !== undefined) {
    fields(item, ['key', 'unset']);
    if (item.unset !== true) throw new ArgumentProblem(`${where}.unset must be true`);
    return { key, unset: true };
  }
  if (item.toml !== undefined) {
    fields(item, ['key', 'toml']);
    return { key, toml: string(item, 'toml', MAX_TEXT_LENGTH) };
  }
  fields(item, ['key', 'value', 'type']);
  const type = item.type;
  if (type !== undefined && !DETAIL_TYPES.includes(type as DetailType)) {
    throw new ArgumentProblem(`${where}.type must be one of ${DETAIL_TYPES.join(', ')}`);
  }
  const value = jsonValue(item.value, `${where}.value`, 0);
  return type === undefined ? { key, value } : { key, value, type: type as DetailType };
}

function jsonValue(value: unknown, where: string, depth: number): JsonValue {
  if (depth > MAX_JSON_DEPTH) throw new ArgumentProblem(`${where} is nested too deeply`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ArgumentProblem(`${where} must be a finite number`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item: unknown, index) => jsonValue(item, `${where}[${index}]`, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, jsonValue(item, `${where}.${name}`, depth + 1)]));
  }
  throw new ArgumentProblem(`${where} must be text, a number, true/false, a list or a table`);
}
