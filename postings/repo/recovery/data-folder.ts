import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where `serve` keeps what belongs to the user rather than the repository,
 * following each system's convention: $XDG_DATA_HOME (or ~/.local/share) on
 * Linux, Application Support on macOS, %APPDATA% on Windows. Electron passes
 * app.getPath('userData') instead.
 */
export function defaultDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'posting-desk');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'posting-desk');
  const dataHome = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(dataHome, 'posting-desk');
}

/** One recovery folder per repository, named by a hash of its real path so two checkouts never mix. */
export function recoveryFolderFor(dataFolder: string, repositoryRoot: string): string {
  let real = repositoryRoot;
  try {
    real = realpathSync(repositoryRoot);
  } catch {
    // A root that cannot be resolved still gets a stable folder by its name.
  }
  return join(dataFolder, 'recovery', createHash('sha256').update(real).digest('hex').slice(0, 24));
}
