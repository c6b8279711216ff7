import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_VARIABLE, ChromiumNotFound, findChromium, usualChromiumPaths } from './find-chromium.js';

const folder = mkdtempSync(join(tmpdir(), 'posting-desk-chromium-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function program(name: string, mode = 0o755): string {
  const path = join(folder, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
}

describe('findChromium', () => {
  it('takes the browser POSTING_DESK_CHROMIUM names first', () => {
    const named = program('my-chrome');
    expect(findChromium({ [CHROMIUM_VARIABLE]: named }, [program('other-chrome')])).toBe(named);
  });

  it('says so when the variable names something that cannot run', () => {
    const notRunnable = program('not-runnable', 0o644);
    expect(() => findChromium({ [CHROMIUM_VARIABLE]: notRunnable }, [])).toThrow(new RegExp(`${CHROMIUM_VARIABLE} names .*not-runnable, which is not a program`));
    expect(() => findChromium({ [CHROMIUM_VARIABLE]: join(folder, 'missing') }, [])).toThrow(ChromiumNotFound);
  });

  it('takes the first usual install location that holds a program', () => {
    const second = program('chromium');
    expect(findChromium({}, [join(folder, 'absent'), folder, second])).toBe(second);
  });

  it('explains how to get one when there is none', () => {
    expect(() => findChromium({}, [join(folder, 'absent')])).toThrow(/PDF export needs Google Chrome or Chromium.*apt-get install chromium.*POSTING_DESK_CHROMIUM.*md, html, text, jsonld/);
  });

  it('knows the usual places on each system', () => {
    expect(usualChromiumPaths('linux')).toContain('/usr/bin/chromium');
    expect(usualChromiumPaths('darwin')[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(usualChromiumPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toMatch(/Google.Chrome.Application.chrome\.exe$/);
  });
});
