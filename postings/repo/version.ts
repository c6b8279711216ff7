import { createHash } from 'node:crypto';

/** A file's version: the SHA-256 of its bytes, in hex. Hashed on the host, once per read. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
