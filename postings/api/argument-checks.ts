/**
 * The checks the operations' validators are built from (validate.ts,
 * files-over-time/validate.ts), one wording for every operation. Pure: the
 * renderer may import this file.
 */
import type { ApiError, ApiResult } from './api.js';

/** Longest posting text accepted (UTF-16 code units): far beyond any posting, short of exhausting memory. */
export const MAX_TEXT_LENGTH = 8 * 1024 * 1024;
export const MAX_PATH_LENGTH = 1024;

/** Thrown by a check; the validator answers it as "invalid-argument". */
export class ArgumentProblem extends Error {}

export type Fields = Record<string, unknown>;

export function invalidArgument(message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code: 'invalid-argument', message } };
}

/** A validator from a check that throws ArgumentProblem: its message becomes the result's. */
export function validator<T>(check: (input: unknown) => T): (input: unknown) => ApiResult<T> {
  return (input) => {
    try {
      return { ok: true, value: check(input) };
    } catch (error) {
      if (error instanceof ArgumentProblem) return invalidArgument(error.message);
      throw error;
    }
  };
}

/** The argument as an object with only the allowed keys; none given counts as {}. */
export function fields(input: unknown, allowed: readonly string[]): Fields {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) throw new ArgumentProblem('The argument must be an object of named values');
  const unknown = Object.keys(input).find((key) => !allowed.includes(key));
  if (unknown !== undefined) {
    throw new ArgumentProblem(allowed.length === 0 ? `This operation takes no arguments, got “${unknown}”` : `Unknown argument “${unknown}” (allowed: ${allowed.join(', ')})`);
  }
  return input as Fields;
}

export function string(args: Fields, key: string, maxLength: number): string {
  const value = args[key];
  if (typeof value !== 'string') throw new ArgumentProblem(value === undefined ? `“${key}” is missing` : `“${key}” must be text`);
  if (value.length > maxLength) throw new ArgumentProblem(`“${key}” is too long (${value.length} characters, at most ${maxLength})`);
  return value;
}

/** A repository-relative path; the repository guard decides where it leads. */
export function path(args: Fields, key: string): string {
  const value = string(args, key, MAX_PATH_LENGTH);
  if (value.trim() === '') throw new ArgumentProblem(`“${key}” needs a file name`);
  if (value.includes('\0')) throw new ArgumentProblem(`“${key}” contains a NUL character`);
  return value;
}

/** A file version as reads give it: sha-256 in hexadecimal. */
export function version(args: Fields, key: string): string {
  const value = string(args, key, 64);
  if (!/^[0-9a-f]{64}$/.test(value)) throw new ArgumentProblem(`“${key}” must be the version a read gave (64 hexadecimal digits)`);
  return value;
}
