/**
 * Finding a Chromium to print with on the command line: the one named by
 * POSTING_DESK_CHROMIUM, else Chrome, Chromium or Edge where they are
 * usually installed. (The desktop app prints with Electron's own Chromium,
 * through webContents.printToPDF, and needs none of this.)
 */
import { accessSync, constants, statSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_VARIABLE = 'POSTING_DESK_CHROMIUM';

export class ChromiumNotFound extends Error {
  override name = 'ChromiumNotFound';
}

/** The usual install locations on this platform, most likely first. */
export function usualChromiumPaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to print with; throws ChromiumNotFound with what to do. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, candidates: string[] = usualChromiumPaths(process.platform, env)): string {
  const named = env[CHROMIUM_VARIABLE];
  if (named) {
    if (isExecutable(named)) return named;
    throw new ChromiumNotFound(`${CHROMIUM_VARIABLE} names ${named}, which is not a program that can be run. Point it at Chrome or Chromium, or unset it.`);
  }
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new ChromiumNotFound(
    'PDF export needs Google Chrome or Chromium, and none was found. Install one (on Debian or Ubuntu: apt-get install chromium), ' +
      `or set ${CHROMIUM_VARIABLE} to its path. The other formats (--to md, html, text, jsonld) work without it.`,
  );
}
