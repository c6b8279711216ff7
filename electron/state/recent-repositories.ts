/** How many repositories the Recent Repositories menu lists. */
export const MAX_RECENT = 10;

/** recent-repositories.json: absolute folder paths, most recent first. */
export interface RecentFile {
  version: 1;
  repositories: string[];
}

export const EMPTY_RECENT: RecentFile = { version: 1, repositories: [] };

/** The list with path first, once, at most MAX_RECENT long. */
export function addRecent(file: RecentFile, path: string): RecentFile {
  return { version: 1, repositories: [path, ...file.repositories.filter((known) => known !== path)].slice(0, MAX_RECENT) };
}

/** The list without the paths that no longer lead to a folder (moved, deleted, unmounted). */
export function withoutMissing(file: RecentFile, isFolder: (path: string) => boolean): RecentFile {
  return { version: 1, repositories: file.repositories.filter(isFolder) };
}

export function parseRecentFile(value: unknown): RecentFile | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (record.version !== 1 || !Array.isArray(record.repositories)) return undefined;
  const repositories = record.repositories.filter((path): path is string => typeof path === 'string' && path.length > 0);
  return { version: 1, repositories: [...new Set(repositories)].slice(0, MAX_RECENT) };
}
