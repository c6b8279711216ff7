import { openRepository, type Repository } from '../repo/repository.js';

/**
 * The repository, read afresh on each call that needs it: the user may edit
 * hugo.toml or .posting-desk.toml while the app is open, and reading them is
 * a few small files.
 */
export function loadRepository(root: string, section?: string): Repository {
  return openRepository(root, section);
}

/** The local calendar date of a moment, YYYY-MM-DD, as lint counts "today". */
export function localDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
