/**
 * Argument validators of the files-over-time operations, spread into
 * API_VALIDATORS. Pure: the renderer may import this file.
 */
import type { ApiResult } from '../api.js';
import { ArgumentProblem, fields, MAX_TEXT_LENGTH, path, string as text, validator, version, type Fields } from '../argument-checks.js';
import { FILES_OVER_TIME_OPERATIONS, MAX_POLL_WAIT_MS, type FilesOverTimeApi } from './api.js';

type Operation = (typeof FILES_OVER_TIME_OPERATIONS)[number];
type ArgsOf<K extends Operation> = NonNullable<Parameters<FilesOverTimeApi[K]>[0]>;

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

function wholeNumber(args: Fields, key: string, max: number): number {
  const value = args[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new ArgumentProblem(`“${key}” must be a whole number from 0 to ${max}`);
  }
  return value;
}
