import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fuses from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBinary, flipPackagedFuses, fuseConfig } from './fuses.js';

const { FuseV1Options, getCurrentFuseWire } = fuses;
const ON = 49;
const OFF = 48;

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'posting-desk-fuses-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/**
 * A file laid out as Electron's binaries carry their fuse wire (sentinel,
 * version 1, length, one byte per fuse), with Electron's defaults: not an
 * Electron, just the bytes @electron/fuses edits, so the hook can run here.
 */
function binaryWithDefaultFuses(path: string): void {
  const defaults = [ON, OFF, ON, ON, OFF, OFF, OFF, ON, ON];
  writeFileSync(path, Buffer.concat([Buffer.from('\x7fELF…code before…'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, defaults.length, ...defaults]), Buffer.from('…code after…')]));
}

describe('the Electron fuses', () => {
  it('turn off RunAsNode, NODE_OPTIONS, --inspect and file:// privileges; turn on cookie encryption, ASAR integrity and ASAR-only loading', () => {
    const config = fuseConfig('linux') as unknown as Record<number, boolean>;
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('re-sign only macOS builds ad hoc', () => {
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('win32').resetAdHocDarwinSignature).toBe(false);
  });

  it.each([
    ['linux', 'posting-desk'],
    ['win32', 'Posting Desk.exe'],
    ['darwin', 'Posting Desk.app'],
    ['mas', 'Posting Desk.app'],
  ])('finds the %s binary', (platform, name) => {
    expect(electronBinary({ electronPlatformName: platform, appOutDir: '/out', productFilename: 'Posting Desk', executableName: 'posting-desk' })).toBe(join('/out', name));
  });

  it('are flipped in the packaged binary by the afterPack hook, and nothing else in it changes', async () => {
    const binary = join(folder, 'posting-desk');
    binaryWithDefaultFuses(binary);
    const before = readFileSync(binary);
    const context = { electronPlatformName: 'linux', appOutDir: folder, packager: { appInfo: { productFilename: 'Posting Desk' }, executableName: 'posting-desk' } } as unknown as AfterPackContext;
    await flipPackagedFuses(context);
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => wire[index])).toEqual([OFF, ON, OFF, OFF, ON, ON, OFF, OFF, ON]);
    const after = readFileSync(binary);
    expect(after.length).toBe(before.length);
    expect([...after].filter((byte, index) => byte !== before[index])).toHaveLength(7);
  });

  it('refuse to pass a binary without a fuse wire', async () => {
    writeFileSync(join(folder, 'posting-desk'), 'not an electron');
    const context = { electronPlatformName: 'linux', appOutDir: folder, packager: { appInfo: { productFilename: 'Posting Desk' }, executableName: 'posting-desk' } } as unknown as AfterPackContext;
    await expect(flipPackagedFuses(context)).rejects.toThrow();
  });
});
