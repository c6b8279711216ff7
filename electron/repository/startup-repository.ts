import { resolve } from 'node:path';

/**
 * The repository named on the command line, if any: the first argument that
 * is not a switch, after the app's own folder when Electron runs unpackaged
 * (`electron . ~/careers`). Chromium's and Playwright's switches
 * (--inspect=0, --no-sandbox) are never taken for a folder.
 */
export function requestedRepository(argv: readonly string[], cwd: string, unpackaged: boolean): string | undefined {
  const operands = argv.slice(1).filter((argument) => !argument.startsWith('-'));
  const folder = operands[unpackaged ? 1 : 0];
  return folder === undefined || folder === '' ? undefined : resolve(cwd, folder);
}

export type StartupRepository = { kind: 'folder'; path: string } | { kind: 'sample' };

/** What opens first: the repository asked for, else the most recent one still there, else the user's copy of the sample site. */
export function startupRepository(requested: string | undefined, recent: readonly string[], isFolder: (path: string) => boolean): StartupRepository {
  if (requested !== undefined) return { kind: 'folder', path: requested };
  const remembered = recent.find(isFolder);
  return remembered === undefined ? { kind: 'sample' } : { kind: 'folder', path: remembered };
}
