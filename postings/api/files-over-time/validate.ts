/**
 * Argument validators of the files-over-time operations, spread into
 * API_VALIDATORS. Pure: the renderer may import this file.
 */
import type { ApiResult } from '../api.js';
import { FILES_OVER_TIME_OPERATIONS, MAX_POLL_WAIT_MS, type FilesOverTimeApi } from './api.js';

type Operation = (typeof FILES_OVER_TIME_OPERATIONS)[number];
type ArgsOf<K extends Operation> = NonNullable<Parameters<FilesOverTimeApi[K]>[0]>;
type Fields = Record<string, unknown>;

/** Same limit as a posting's text in savePosting. */
const MAX_TEXT_LENGTH = 8 * 1024 * 1024;
const MAX_PATH_LENGTH = 1024;

class ArgumentProblem extends Error {}

export const FILES_OVER_TIME_VALIDATORS: { readonly [K in Operation]: (input: unknown) => ApiResult<ArgsOf<K>> } = {
  pollChanges: validator((input) => {
    const args = fields(input, ['since', 'epoch', 'waitMs']);
    return {
      ...(args.since === undefined ? {} : { since: wholeNumber(args, 'since', Number.MAX_SAFE_INTEGER) }),
      ...(args.epoch === undefined ? {} : { epoch: text(args, 'epoch', 100) }),
      ...(args.waitMs === undefined ? {} : { waitMs: wholeNumber(args, 'waitMs', MAX_POLL_WAIT_MS) }),
    };
  }),
  listRecovery: validator((input) => (fields(input, []), {})),
  readRecovery: validator((input) => ({ path: path(fields(input, ['path']), 'path') })),
  writeRecovery: validator((input) => {
    const args = fields(input, ['path', 'text', 'baseVersion']);
    return { path: path(args, 'path'), text: text(args, 'text', MAX_TEXT_LENGTH), baseVersion: version(args, 'baseVersion') };
  }),
  discardRecovery: validator((input) => ({ path: path(fields(input, ['path']), 'path') })),
  gitStatus: validator((input) => (fields(input, []), {})),
  discardChanges: validator((input) => {
    const args = fields(input, ['path', 'baseVersion']);
    return { path: path(args, 'path'), ...(args.baseVersion === undefined ? {} : { baseVersion: version(args, 'baseVersion') }) };
  }),
  undoDelete: validator((input) => {
    const args = fields(input, ['undoToken']);
    const undoToken = text(args, 'undoToken', 64);
    if (!/^[0-9a-f]{32}$/.test(undoToken)) throw new ArgumentProblem('“undoToken” must be the token the delete gave');
    return { undoToken };
  }),
};

function validator<T>(check: (input: unknown) => T): (input: unknown) => ApiResult<T> {
  return (input) => {
    try {
      return { ok: true, value: check(input) };
    } catch (error) {
      if (error instanceof ArgumentProblem) return { ok: false, error: { code: 'invalid-argument', message: error.message } };
      throw error;
    }
  };
}

function fields(input: unknown, allowed: readonly string[]): Fields {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) throw new ArgumentProblem('The argument must be an object of named values');
  const unknown = Object.keys(input).find((key) => !allowed.includes(key));
  if (unknown !== undefined) {
    throw new ArgumentProblem(allowed.length === 0 ? `This operation takes no arguments, got “${unknown}”` : `Unknown argument “${unknown}” (allowed: ${allowed.join(', ')})`);
  }
  return input as Fields;
}

function text(args: Fields, key: string, maxLength: number): string {
  const value = args[key];
  if (typeof value !== 'string') throw new ArgumentProblem(value === undefined ? `“${key}” is missing` : `“${key}” must be text`);
  if (value.length > maxLength) throw new ArgumentProblem(`“${key}” is too long (${value.length} characters, at most ${maxLength})`);
  return value;
}

function path(args: Fields, key: string): string {
  const value = text(args, key, MAX_PATH_LENGTH);
  if (value.trim() === '' || value.includes('\0')) throw new ArgumentProblem(`“${key}” needs a file name`);
  return value;
}

function version(args: Fields, key: string): string {
  const value = text(args, key, 64);
  if (!/^[0-9a-f]{64}$/.test(value)) throw new ArgumentProblem(`“${key}” must be the version a read gave (64 hexadecimal digits)`);
  return value;
}

function wholeNumber(args: Fields, key: string, max: number): number {
  const value = args[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new ArgumentProblem(`“${key}” must be a whole number from 0 to ${max}`);
  }
  return value;
}
