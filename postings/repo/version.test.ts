import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashBytes } from './version.js';

const FIXTURE = new URL('../../../shared/fixtures/senior-backend-engineer.md', import.meta.url);

describe('hashBytes', () => {
  it('gives the SHA-256 of the bytes in hex, the same for the same bytes', () => {
    const bytes = readFileSync(FIXTURE);
    expect(hashBytes(bytes)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashBytes(new Uint8Array(bytes))).toBe(hashBytes(bytes));
    expect(hashBytes(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('tells a byte-order mark or a changed line ending apart', () => {
    const text = '+++\ntitle = "A"\n+++\n';
    const plain = hashBytes(Buffer.from(text));
    expect(hashBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).not.toBe(plain);
    expect(hashBytes(Buffer.from(text.replace(/\n/g, '\r\n')))).not.toBe(plain);
  });
});
