import { PostingError, type PostingErrorCode, type SourcePosition } from '../file/posting-error.js';
import { TomlError } from '../toml/toml-error.js';

const CODES: Record<TomlError['code'], PostingErrorCode> = {
  'invalid-toml': 'invalid-toml',
  'invalid-edit': 'invalid-edit',
  'verify-failed': 'verify-failed',
};

/**
 * Runs a TOML step, restating its TomlError as the posting layer's error;
 * `place` moves a position in the TOML text to one in the whole file.
 */
export function asPostingError<T>(step: () => T, place: (position: SourcePosition) => SourcePosition = (position) => position): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof TomlError) throw new PostingError(CODES[error.code], error.reason, error.position && place(error.position));
    throw error;
  }
}
