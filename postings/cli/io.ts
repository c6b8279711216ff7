/** Where a command writes; tests pass their own to capture output. */
export interface CommandIO {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_LINT_ERRORS = 1;
export const EXIT_FAILURE = 2;
