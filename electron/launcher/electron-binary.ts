import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron binary npm installed, or undefined when there is none (CI and
 * machines that set ELECTRON_SKIP_BINARY_DOWNLOAD=1, or cannot download it).
 * Read from the electron package's path.txt, never by require('electron'):
 * since Electron 45 that starts a download when the binary is missing.
 */
export function installedElectronBinary(packageDir: string | undefined = electronPackageDir()): string | undefined {
  if (packageDir === undefined) return undefined;
  let relative: string;
  try {
    relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override !== undefined && override !== '' ? join(override, relative) : join(packageDir, 'dist', relative);
  return relative !== '' && existsSync(binary) ? binary : undefined;
}

/** Why the desktop app cannot start here, in one line, with what to do. */
export const NO_ELECTRON_BINARY =
  'Electron’s binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD was set, or it could not be downloaded; “npx install-electron” gets it where the internet is reachable)';

function electronPackageDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}
