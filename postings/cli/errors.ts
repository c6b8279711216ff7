import { PostingError } from '../file/posting-error.js';
import { ApiFailure } from './api-failure.js';
import { UsageError } from './args.js';
import { EXIT_FAILURE, type CommandIO } from './io.js';

/** Reports a failure on stderr in one line, prefixed with what it concerns. */
export function reportFailure(io: CommandIO, error: unknown, subject?: string): number {
  const prefix = subject ? `posting-desk: ${subject}: ` : 'posting-desk: ';
  if (error instanceof PostingError || error instanceof UsageError || error instanceof ApiFailure) {
    io.err(`${prefix}${error.message}\n`);
    if (error instanceof UsageError) io.err('Run “posting-desk help” for usage.\n');
    return EXIT_FAILURE;
  }
  const errno = error as NodeJS.ErrnoException;
  if (errno && typeof errno.code === 'string' && typeof errno.message === 'string') {
    io.err(`${prefix}${SYSTEM_ERRORS[errno.code] ?? errno.message}\n`);
    return EXIT_FAILURE;
  }
  io.err(`${prefix}unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  return EXIT_FAILURE;
}

/** The file-system errors people meet, in words instead of codes. */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'this is a folder, not a posting file',
  ENOTDIR: 'a part of this path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full; nothing was saved',
};
