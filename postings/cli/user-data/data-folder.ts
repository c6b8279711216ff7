import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Environment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

const current = (): Environment => ({ platform: process.platform, env: process.env, home: homedir() });

/**
 * Where Posting Desk keeps the user's own files, the usual place on each
 * system: XDG_DATA_HOME (else ~/.local/share) on Linux, Application Support
 * on macOS, APPDATA on Windows.
 */
export function userDataFolder({ platform, env, home }: Environment = current()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Posting Desk');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Posting Desk');
  // The XDG spec ignores a relative XDG_DATA_HOME.
  const xdg = env.XDG_DATA_HOME;
  return join(xdg !== undefined && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'posting-desk');
}
