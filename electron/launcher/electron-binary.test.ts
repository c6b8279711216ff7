import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installedElectronBinary } from './electron-binary.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'posting-desk-electron-pkg-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('finding Electron’s binary without starting a download', () => {
  it('finds the binary path.txt names', () => {
    writeFileSync(join(folder, 'path.txt'), 'electron');
    mkdirSync(join(folder, 'dist'));
    writeFileSync(join(folder, 'dist', 'electron'), '');
    expect(installedElectronBinary(folder)).toBe(join(folder, 'dist', 'electron'));
  });

  it('finds none when the download was skipped (no path.txt) or the binary is gone', () => {
    expect(installedElectronBinary(folder)).toBeUndefined();
    writeFileSync(join(folder, 'path.txt'), 'electron');
    expect(installedElectronBinary(folder)).toBeUndefined();
    expect(installedElectronBinary(undefined)).toBeUndefined();
  });
});
