/** Why TOML text could not be read or edited; the posting layer turns it into its own error. */
export type TomlErrorCode = 'invalid-toml' | 'invalid-edit' | 'verify-failed';

export interface TomlPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export class TomlError extends Error {
  readonly code: TomlErrorCode;
  /** Where in the TOML text, for parse errors. */
  readonly position: TomlPosition | undefined;
  /** The message without the position, to restate it elsewhere. */
  readonly reason: string;

  constructor(code: TomlErrorCode, reason: string, position?: TomlPosition) {
    super(position ? `${reason} (line ${position.line}, column ${position.column})` : reason);
    this.name = 'TomlError';
    this.code = code;
    this.position = position;
    this.reason = reason;
  }
}
