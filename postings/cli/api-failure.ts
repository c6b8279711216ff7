import type { ApiError } from '../api/api.js';

/** An API error on its way to the command line's one-line report. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}
