import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
/** electron-builder's own schema of its configuration, as installed (no network). */
const SCHEMA = JSON.parse(readFileSync(join(require.resolve('app-builder-lib/package.json'), '..', 'scheme.json'), 'utf8')) as object;
const config = parse(readFileSync(join(PROJECT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  linux: { target: string[]; icon: string; executableName: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string; entitlements: string };
  files: string[];
  afterPack: string;
  extraResources: { from: string; to: string }[];
};

// The schema uses keywords of its generator (e.g. "tsType"); they carry no rules.
const check = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);

function validate(value: unknown): string[] {
  return check(value) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('the electron-builder configuration', () => {
  it('is valid under electron-builder’s own schema', () => {
    expect(validate(config)).toEqual([]);
  });

  it('is checked for real: the schema refuses a misspelt option and a wrong type', () => {
    expect(validate({ ...config, appID: 'x' }).length).toBeGreaterThan(0);
    expect(validate({ ...config, asar: 'yes please' }).length).toBeGreaterThan(0);
  });

  it('names the app and builds AppImage and deb, NSIS and dmg', () => {
    expect(config.appId).toBe('org.postingdesk.PostingDesk');
    expect(config.productName).toBe('Posting Desk');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs the app into an ASAR and flips the fuses after packing', () => {
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    expect(readFileSync(join(PROJECT, 'build', 'after-pack.mjs'), 'utf8')).toContain('../dist/electron/packaging/fuses.js');
  });

  it('ships the built app and the sample site, not the sources or the packaging code', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/postings/**', 'dist/renderer/**', '!dist/electron/packaging/**']));
    expect(config.files.some((pattern) => /^(electron|postings|renderer)\//.test(pattern))).toBe(false);
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'sample-site', to: 'sample-site' })]);
  });

  it('points at icons and entitlements that exist', () => {
    for (const path of [config.linux.icon, config.win.icon, config.mac.icon, config.mac.entitlements]) expect(existsSync(join(PROJECT, path)), path).toBe(true);
  });

  it('starts the app from package.json’s main, the built entry', () => {
    const packageJson = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { main?: string };
    expect(packageJson.main).toBe('dist/electron/main/main.js');
  });
});
