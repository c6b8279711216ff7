/** Why a file could not be read or saved, in words for the person using the app. */
export type PostingErrorCode =
  | 'invalid-utf8'
  | 'binary'
  | 'empty'
  | 'no-front-matter'
  | 'unclosed-front-matter'
  | 'invalid-front-matter'
  | 'invalid-toml'
  | 'invalid-config'
  | 'read-only-format'
  | 'invalid-edit'
  | 'verify-failed'
  | 'conflict'
  | 'outside-repository'
  | 'not-found'
  | 'exists'
  | 'io';

export interface SourcePosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export class PostingError extends Error {
  readonly code: PostingErrorCode;
  readonly position: SourcePosition | undefined;

  constructor(code: PostingErrorCode, message: string, position?: SourcePosition) {
    super(position ? `${message} (line ${position.line}, column ${position.column})` : message);
    this.name = 'PostingError';
    this.code = code;
    this.position = position;
  }
}

/** 1-based line and column (UTF-16 code units) of an offset into text. */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
