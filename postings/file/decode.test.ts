import { describe, expect, it } from 'vitest';
import { decodePosting, encodePosting } from './decode.js';
import { PostingError } from './posting-error.js';

function decodeError(bytes: Uint8Array): PostingError {
  try {
    decodePosting(bytes);
  } catch (error) {
    if (error instanceof PostingError) return error;
    throw error;
  }
  throw new Error('expected decodePosting to refuse the bytes');
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodePosting', () => {
  it('decodes UTF-8 text and encodes it back to the same bytes', () => {
    const bytes = utf8('+++\ntitle = "Ingénieure 👩‍💻"\n+++\r\nBody ✓\n');
    const text = decodePosting(bytes);
    expect(text).toBe('+++\ntitle = "Ingénieure 👩‍💻"\n+++\r\nBody ✓\n');
    expect(Buffer.from(encodePosting(text)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps the byte-order mark as U+FEFF so the file encodes back byte for byte', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('+++\n+++\n')]);
    const text = decodePosting(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(encodePosting(text)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses an empty file', () => {
    const error = decodeError(new Uint8Array());
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/empty/);
  });

  it('refuses a file with a NUL byte as binary, naming the byte', () => {
    const error = decodeError(new Uint8Array([0x2b, 0x2b, 0x2b, 0x0a, 0x00, 0x01]));
    expect(error.code).toBe('binary');
    expect(error.message).toContain('byte 5');
  });

  it('refuses a PNG as binary rather than decoding it', () => {
    expect(decodeError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])).code).toBe('binary');
  });

  it('refuses invalid UTF-8 with the byte and its line and column', () => {
    // "+++\ntitle = \"caf" then Latin-1 é (0xE9), as an old editor would save it.
    const bytes = new Uint8Array([...utf8('+++\ntitle = "caf'), 0xe9, ...utf8('"\n+++\n')]);
    const error = decodeError(bytes);
    expect(error.code).toBe('invalid-utf8');
    expect(error.message).toContain('byte 17 is 0xE9');
    expect(error.position).toEqual({ line: 2, column: 13 });
  });

  it('counts columns after valid multi-byte characters in UTF-16 units', () => {
    const bytes = new Uint8Array([...utf8('é👍'), 0xff]);
    const error = decodeError(bytes);
    expect(error.message).toContain('byte 7 is 0xFF');
    expect(error.position).toEqual({ line: 1, column: 4 });
  });

  it.each([
    ['a truncated sequence at the end', [0x61, 0xe2, 0x82], 2],
    ['an overlong encoding', [0x61, 0xc0, 0xaf], 2],
    ['an encoded surrogate', [0x61, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80], 2],
    ['a lone continuation byte', [0x61, 0x80], 2],
  ])('refuses %s and points at its first byte', (_name, bytes, byte) => {
    const error = decodeError(new Uint8Array(bytes));
    expect(error.code).toBe('invalid-utf8');
    expect(error.message).toContain(`byte ${byte} `);
  });

  it('refuses UTF-16 text (it is full of NUL bytes)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x2b, 0x00, 0x2b, 0x00]);
    expect(decodeError(bytes).code).toBe('binary');
  });
});
