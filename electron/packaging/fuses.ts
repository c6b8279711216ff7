import { join } from 'node:path';
import type { FuseV1Config } from '@electron/fuses';
import fuses from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

const { flipFuses, FuseV1Options, FuseVersion } = fuses;

/**
 * The Electron fuses of every packaged app (flipped in the binary before it
 * is signed): the app cannot be turned into a plain Node.js (RunAsNode,
 * NODE_OPTIONS, --inspect), its cookies are encrypted at rest, and it runs
 * only the code in its own app.asar, checked against the integrity hash
 * electron-builder embeds. file:// gets no extra privileges (the UI is app://).
 */
export function fuseConfig(platform: string): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Flipping bytes breaks the ad-hoc signature of an unsigned macOS build; sign it again.
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** What the hook reads of electron-builder's context. */
export interface PackedApp {
  electronPlatformName: AfterPackContext['electronPlatformName'];
  appOutDir: AfterPackContext['appOutDir'];
  productFilename: string;
  /** Linux only: the executable's name (electron-builder's executableName). */
  executableName?: string;
}

/** The packaged Electron binary (on macOS, the .app bundle @electron/fuses expects). */
export function electronBinary(app: PackedApp): string {
  switch (app.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(app.appOutDir, `${app.productFilename}.app`);
    case 'win32':
      return join(app.appOutDir, `${app.productFilename}.exe`);
    default:
      return join(app.appOutDir, app.executableName ?? app.productFilename);
  }
}

/** electron-builder's afterPack hook (build/after-pack.mjs). */
export async function flipPackagedFuses(context: AfterPackContext): Promise<void> {
  const packager = context.packager as { appInfo: { productFilename: string }; executableName?: string };
  const binary = electronBinary({
    electronPlatformName: context.electronPlatformName,
    appOutDir: context.appOutDir,
    productFilename: packager.appInfo.productFilename,
    ...(packager.executableName === undefined ? {} : { executableName: packager.executableName }),
  });
  const wires = await flipFuses(binary, fuseConfig(context.electronPlatformName));
  if (wires === 0) throw new Error(`No Electron fuse wire found in ${binary}; the app would ship unprotected`);
}
