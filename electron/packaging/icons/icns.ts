import { concat } from './ico.js';
import { pngSize } from './png-size.js';

/** The icns element types that hold PNG data, by pixel size (the @2x ones share a size with a plain one). */
export const ICNS_TYPES: readonly { type: string; pixels: number }[] = [
  { type: 'icp4', pixels: 16 },
  { type: 'icp5', pixels: 32 },
  { type: 'ic11', pixels: 32 },
  { type: 'icp6', pixels: 64 },
  { type: 'ic12', pixels: 64 },
  { type: 'ic07', pixels: 128 },
  { type: 'ic08', pixels: 256 },
  { type: 'ic13', pixels: 256 },
  { type: 'ic09', pixels: 512 },
  { type: 'ic14', pixels: 512 },
  { type: 'ic10', pixels: 1024 },
];

/**
 * A macOS .icns: 'icns' and the total length, then one element per type
 * (a 4-character type, its length including the 8-byte element header, the
 * PNG). pngs maps a pixel size to its PNG; every type whose size is there
 * is written.
 */
export function encodeIcns(pngs: ReadonlyMap<number, Uint8Array>): Uint8Array {
  const elements = ICNS_TYPES.flatMap(({ type, pixels }) => {
    const png = pngs.get(pixels);
    if (png === undefined) return [];
    if (pngSize(png)?.width !== pixels) throw new Error(`The ${type} image must be a ${pixels}-pixel PNG`);
    return [concat([header(type, png.length + 8), png])];
  });
  const body = concat(elements);
  return concat([header('icns', body.length + 8), body]);
}

export function decodeIcns(icns: Uint8Array): { type: string; png: Uint8Array }[] {
  const view = new DataView(icns.buffer, icns.byteOffset, icns.byteLength);
  if (String.fromCharCode(...icns.subarray(0, 4)) !== 'icns' || view.getUint32(4) !== icns.length) throw new Error('Not an .icns file');
  const elements: { type: string; png: Uint8Array }[] = [];
  for (let offset = 8; offset < icns.length; ) {
    const length = view.getUint32(offset + 4);
    elements.push({ type: String.fromCharCode(...icns.subarray(offset, offset + 4)), png: icns.subarray(offset + 8, offset + length) });
    offset += length;
  }
  return elements;
}

function header(type: string, length: number): Uint8Array {
  const bytes = new Uint8Array(8);
  bytes.set([...type].map((char) => char.charCodeAt(0)));
  new DataView(bytes.buffer).setUint32(4, length);
  return bytes;
}
