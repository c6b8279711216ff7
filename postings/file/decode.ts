import { PostingError, positionAt } from './posting-error.js';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes a posting file strictly: invalid UTF-8 and binary content are
 * refused rather than replaced, so a later save can never write U+FFFD over
 * bytes the user had. The byte-order mark stays in the text (as U+FEFF) so
 * that encoding the text again gives back the same bytes.
 */
export function decodePosting(bytes: Uint8Array): string {
  if (bytes.length === 0) {
    throw new PostingError('empty', 'The file is empty, so it is not a posting');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new PostingError('binary', `The file is binary (it has a NUL byte at byte ${nul + 1}), so it is not a posting`);
  }
  try {
    return strictDecoder.decode(bytes);
  } catch {
    const badByte = firstInvalidUtf8Byte(bytes);
    const before = lenientDecoder.decode(bytes.subarray(0, badByte));
    throw new PostingError(
      'invalid-utf8',
      `The file is not valid UTF-8 text (byte ${badByte + 1} is 0x${(bytes[badByte] ?? 0).toString(16).padStart(2, '0').toUpperCase()}); save it as UTF-8 and try again`,
      positionAt(before, before.length),
    );
  }
}

export function encodePosting(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

/** Length of the well-formed UTF-8 sequence at index, or 0 (RFC 3629 table 3-7). */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  const ranges: [number, number][] =
    lead >= 0xc2 && lead <= 0xdf ? [[0x80, 0xbf]]
    : lead === 0xe0 ? [[0xa0, 0xbf], [0x80, 0xbf]]
    : (lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef ? [[0x80, 0xbf], [0x80, 0xbf]]
    : lead === 0xed ? [[0x80, 0x9f], [0x80, 0xbf]]
    : lead === 0xf0 ? [[0x90, 0xbf], [0x80, 0xbf], [0x80, 0xbf]]
    : lead >= 0xf1 && lead <= 0xf3 ? [[0x80, 0xbf], [0x80, 0xbf], [0x80, 0xbf]]
    : lead === 0xf4 ? [[0x80, 0x8f], [0x80, 0xbf], [0x80, 0xbf]]
    : [];
  if (ranges.length === 0) return 0;
  for (let offset = 0; offset < ranges.length; offset += 1) {
    const byte = bytes[index + 1 + offset];
    const [low, high] = ranges[offset] as [number, number];
    if (byte === undefined || byte < low || byte > high) return 0;
  }
  return ranges.length + 1;
}
