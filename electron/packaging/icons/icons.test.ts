import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeIcns, encodeIcns, ICNS_TYPES } from './icns.js';
import { decodeIco, encodeIco } from './ico.js';
import { BUILD, ICNS_SIZES, ICO_SIZES, LINUX_SIZES } from './make-icons.js';
import { pngSize } from './png-size.js';

const read = (path: string) => new Uint8Array(readFileSync(join(BUILD, path)));

describe('the icon set in build/', () => {
  it('has one source image and a Linux PNG of each size made from it', () => {
    expect(readFileSync(join(BUILD, 'icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    expect(readdirSync(join(BUILD, 'icons')).sort()).toEqual(LINUX_SIZES.map((size) => `${size}x${size}.png`).sort());
    for (const size of LINUX_SIZES) expect(pngSize(read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    expect(pngSize(read('icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('has a Windows .ico with every size up to 256, each a PNG of its size', () => {
    const images = decodeIco(read('icon.ico'));
    expect(images.map((image) => image.size)).toEqual(ICO_SIZES);
    for (const image of images) expect(pngSize(image.png)).toEqual({ width: image.size, height: image.size });
  });

  it('has a macOS .icns with every type from 16 to 1024 pixels, each the size its type says', () => {
    const elements = decodeIcns(read('icon.icns'));
    expect(elements.map((element) => element.type)).toEqual(ICNS_TYPES.map((entry) => entry.type));
    for (const element of elements) {
      const pixels = ICNS_TYPES.find((entry) => entry.type === element.type)?.pixels;
      expect(pngSize(element.png)?.width, element.type).toBe(pixels);
    }
    expect(new Set(ICNS_TYPES.map((entry) => entry.pixels))).toEqual(new Set(ICNS_SIZES));
  });
});

describe('the encoders', () => {
  const png = (size: number) => {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    new DataView(bytes.buffer).setUint32(16, size);
    new DataView(bytes.buffer).setUint32(20, size);
    return bytes;
  };

  it('read back what they write', () => {
    const ico = decodeIco(encodeIco([png(16), png(256)]));
    expect(ico.map((image) => [image.size, pngSize(image.png)?.width])).toEqual([[16, 16], [256, 256]]);
    const icns = decodeIcns(encodeIcns(new Map([[16, png(16)], [1024, png(1024)]])));
    expect(icns.map((element) => element.type)).toEqual(['icp4', 'ic10']);
  });

  it('refuse images of the wrong size or kind', () => {
    expect(() => encodeIco([png(512)])).toThrow(/at most 256/);
    expect(() => encodeIco([new Uint8Array([1, 2, 3])])).toThrow();
    expect(() => encodeIcns(new Map([[32, png(16)]]))).toThrow(/32-pixel PNG/);
  });
});
