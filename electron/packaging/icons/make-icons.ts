/**
 * `npm run icons`: renders build/icon.svg, the one source image, with
 * Debian's Chromium (or POSTING_DESK_CHROMIUM) into every size the
 * installers need, offline: build/icons/<n>x<n>.png (Linux), build/icon.png,
 * build/icon.ico (Windows) and build/icon.icns (macOS).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../../../postings/print/chromium-args.js';
import { encodeIcns } from './icns.js';
import { encodeIco } from './ico.js';

export const BUILD = fileURLToPath(new URL('../../../build/', import.meta.url));
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
export const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];

async function render(svg: string, sizes: readonly number[]): Promise<Map<number, Uint8Array>> {
  const browser = await chromium.launch({
    executablePath: process.env.POSTING_DESK_CHROMIUM ?? '/usr/bin/chromium',
    args: [...HEADLESS_CHROMIUM_ARGS],
  });
  try {
    const pngs = new Map<number, Uint8Array>();
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      // setContent waits for the load event, which waits for the image.
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${source}" width="${size}" height="${size}">`);
      pngs.set(size, new Uint8Array(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })));
      await page.close();
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

const pick = (pngs: Map<number, Uint8Array>, sizes: readonly number[]) => sizes.map((size) => pngs.get(size) ?? new Uint8Array());

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pngs = await render(readFileSync(join(BUILD, 'icon.svg'), 'utf8'), LINUX_SIZES);
  mkdirSync(join(BUILD, 'icons'), { recursive: true });
  for (const [size, png] of pngs) writeFileSync(join(BUILD, 'icons', `${size}x${size}.png`), png);
  writeFileSync(join(BUILD, 'icon.png'), pngs.get(1024) ?? new Uint8Array());
  writeFileSync(join(BUILD, 'icon.ico'), encodeIco(pick(pngs, ICO_SIZES)));
  writeFileSync(join(BUILD, 'icon.icns'), encodeIcns(new Map(ICNS_SIZES.map((size) => [size, pngs.get(size) ?? new Uint8Array()]))));
  console.log(`Icons written to ${BUILD}`);
}
