import { splitPosting } from '../file/split.js';

/**
 * The posting with its Markdown body replaced and everything before it (the
 * byte-order mark, the details section, its delimiters and line endings)
 * kept byte for byte. A file without details is all body, after its
 * byte-order mark.
 */
export function replaceBody(text: string, body: string): string {
  return text.slice(0, splitPosting(text).bodyStart) + body;
}
