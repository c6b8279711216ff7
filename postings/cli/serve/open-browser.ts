import { spawn } from 'node:child_process';

export interface Launcher {
  command: string;
  args: string[];
}

/** The platform's "open this address" command. */
export function browserCommand(platform: NodeJS.Platform, url: string): Launcher {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is built into cmd; its first quoted argument is a window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  return { command: 'xdg-open', args: [url] };
}

/** xdg-open may stay until the browser it started quits; this long without a failure counts as opened. */
const SETTLE_MS = 3_000;

/**
 * Opens the default browser; reports false (never throws) when there is no
 * opener or it failed at once, so the printed address is the fallback.
 */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform, launcher: Launcher = browserCommand(platform, url)): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (opened: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child?.unref();
      resolve(opened);
    };
    const timer = setTimeout(() => settle(true), SETTLE_MS);
    timer.unref();
    let child: ReturnType<typeof spawn> | undefined;
    try {
      child = spawn(launcher.command, launcher.args, { stdio: 'ignore', detached: true });
    } catch {
      settle(false);
      return;
    }
    child.once('error', () => settle(false));
    child.once('exit', (code) => settle(code === 0));
  });
}
