import { PostingError, type PostingErrorCode } from '../file/posting-error.js';
import { TomlError } from '../toml/toml-error.js';
import type { ApiError, ApiErrorCode } from './api.js';

const POSTING_CODES: Record<PostingErrorCode, ApiErrorCode> = {
  'invalid-utf8': 'invalid-utf8',
  binary: 'not-a-posting',
  empty: 'not-a-posting',
  'no-front-matter': 'not-a-posting',
  'unclosed-front-matter': 'invalid-front-matter',
  'invalid-front-matter': 'invalid-front-matter',
  'invalid-toml': 'invalid-toml',
  'invalid-config': 'invalid-config',
  'read-only-format': 'not-editable',
  'invalid-edit': 'invalid-argument',
  'verify-failed': 'verify-failed',
  conflict: 'conflict',
  'outside-repository': 'outside-repository',
  'not-found': 'not-found',
  exists: 'exists',
  io: 'io',
};

const TOML_CODES: Record<TomlError['code'], ApiErrorCode> = {
  'invalid-toml': 'invalid-toml',
  'invalid-edit': 'invalid-argument',
  'verify-failed': 'verify-failed',
};

/** File-system failures people meet, in words for HR staff. */
const SYSTEM_ERRORS: Record<string, { code: ApiErrorCode; message: string }> = {
  ENOENT: { code: 'not-found', message: 'There is no such file or folder; it may have been renamed, moved or deleted' },
  ENOTDIR: { code: 'not-found', message: 'There is no such file: a part of the path is a file, not a folder' },
  EISDIR: { code: 'not-a-posting', message: 'This is a folder, not a posting file' },
  EACCES: { code: 'io', message: 'Permission denied: this computer does not let Posting Desk read or write here' },
  EPERM: { code: 'io', message: 'Permission denied: this computer does not let Posting Desk read or write here' },
  EROFS: { code: 'io', message: 'The disk is read-only; nothing was saved' },
  ENOSPC: { code: 'io', message: 'The disk is full; nothing was saved' },
  EEXIST: { code: 'exists', message: 'A file of that name already exists' },
  ELOOP: { code: 'io', message: 'This path goes round a loop of symbolic links' },
  EMFILE: { code: 'io', message: 'Too many files are open; try again in a moment' },
};

/** Raised by handlers for a call that cannot be done at all on this host. */
export class HostUnavailable extends Error {}

/** Raised by handlers for an argument that passed the type checks but means nothing here. */
export class InvalidArgument extends Error {}

/**
 * Any failure as an ApiError: the codes of the posting and TOML layers, the
 * file system's errors in words, and anything else as "internal" with its
 * message (a bug to report, never a crash of the host).
 */
export function toApiError(error: unknown, path?: string): ApiError {
  const where = path === undefined ? {} : { path };
  if (error instanceof PostingError) return { code: POSTING_CODES[error.code], message: error.message, ...(error.position ?? {}), ...where };
  if (error instanceof TomlError) return { code: TOML_CODES[error.code], message: error.message, ...(error.position ?? {}), ...where };
  if (error instanceof InvalidArgument) return { code: 'invalid-argument', message: error.message, ...where };
  if (error instanceof HostUnavailable) return { code: 'unavailable', message: error.message, ...where };
  const errno = error as NodeJS.ErrnoException | undefined;
  if (errno && typeof errno.code === 'string') {
    const known = SYSTEM_ERRORS[errno.code];
    if (known) return { ...known, ...where };
    if (typeof errno.message === 'string') return { code: 'io', message: `Reading or writing failed: ${errno.message}`, ...where };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Posting Desk (${message}); nothing was changed by this step`, ...where };
}
