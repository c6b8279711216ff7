import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../build-preload.mjs', import.meta.url));
let folder: string;
let bundle: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'posting-desk-preload-'));
  const outfile = join(folder, 'preload.cjs');
  const run = spawnSync(process.execPath, [SCRIPT, outfile], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  bundle = readFileSync(outfile, 'utf8');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the bundled preload', () => {
  it('requires nothing but electron, as a sandboxed preload must', () => {
    expect([...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1])).toEqual(['electron']);
    expect(bundle).not.toMatch(/\bimport\s*\(/);
  });

  it('exposes one thing to the page, postingDesk, and never ipcRenderer itself', () => {
    const exposures = [...bundle.matchAll(/exposeInMainWorld\(\s*["']([^"']+)["']\s*,\s*([^)]*)/g)];
    expect(exposures.map((match) => match[1])).toEqual(['postingDesk']);
    expect(exposures[0]?.[2]).toMatch(/^\s*createBridge\(/);
    expect(bundle).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
