import { pngSize } from './png-size.js';

/**
 * A Windows .ico holding PNG images (Windows Vista and later read PNG
 * entries at every size): a 6-byte header, one 16-byte entry per image,
 * then the PNGs. Sizes up to 256 pixels; 256 is written as 0.
 */
export function encodeIco(pngs: readonly Uint8Array[]): Uint8Array {
  const header = new DataView(new ArrayBuffer(6 + 16 * pngs.length));
  header.setUint16(0, 0, true);
  header.setUint16(2, 1, true);
  header.setUint16(4, pngs.length, true);
  let offset = header.byteLength;
  pngs.forEach((png, index) => {
    const size = pngSize(png);
    if (size === undefined || size.width !== size.height || size.width > 256) throw new Error('An .ico entry must be a square PNG of at most 256 pixels');
    const entry = 6 + 16 * index;
    header.setUint8(entry, size.width % 256);
    header.setUint8(entry + 1, size.height % 256);
    header.setUint8(entry + 2, 0);
    header.setUint8(entry + 3, 0);
    header.setUint16(entry + 4, 1, true);
    header.setUint16(entry + 6, 32, true);
    header.setUint32(entry + 8, png.length, true);
    header.setUint32(entry + 12, offset, true);
    offset += png.length;
  });
  return concat([new Uint8Array(header.buffer), ...pngs]);
}

/** The images of an .ico: their stated size and the PNG each holds. */
export function decodeIco(ico: Uint8Array): { size: number; png: Uint8Array }[] {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  if (view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) throw new Error('Not an .ico file');
  return Array.from({ length: view.getUint16(4, true) }, (_, index) => {
    const entry = 6 + 16 * index;
    const length = view.getUint32(entry + 8, true);
    const offset = view.getUint32(entry + 12, true);
    return { size: view.getUint8(entry) || 256, png: ico.subarray(offset, offset + length) };
  });
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
