import { decodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import { splitPosting, type PostingParts } from '../file/split.js';
import { editToml, editTomlDocument, type TomlEdit } from '../toml/edit.js';
import { parseFrontMatter, type ParsedFrontMatter } from './front-matter.js';
import { asPostingError } from './toml-failure.js';

/** A posting file read from disk or from the editor: its text and its parts. */
export interface Posting {
  /** The decoded text, byte-order mark (U+FEFF) included, so encoding it gives the file back. */
  text: string;
  parts: PostingParts;
  frontMatter: ParsedFrontMatter | undefined;
}

export function readPostingBytes(bytes: Uint8Array): Posting {
  return readPostingText(decodePosting(bytes));
}

/** The version of a posting (its bytes' hash) is the host's to compute: hashing needs no parse. */
export function readPostingText(text: string): Posting {
  if (text.length === 0 || text === '\uFEFF') throw new PostingError('empty', 'The file is empty, so it is not a posting');
  const parts = splitPosting(text);
  const frontMatter = parseFrontMatter(text, parts);
  return { text, parts, frontMatter };
}

/** The posting's details, or the error that says the file is no posting. */
export function frontMatterOf(posting: Posting): ParsedFrontMatter {
  if (!posting.frontMatter) {
    throw new PostingError('no-front-matter', 'This file has no details section (front matter between “+++” lines), so it is not a posting Posting Desk can edit');
  }
  return posting.frontMatter;
}

/** The Markdown body, as written. */
export function postingBody(posting: Posting): string {
  return posting.text.slice(posting.parts.bodyStart);
}

/**
 * Applies detail edits to a posting's text, touching nothing outside the
 * front matter. YAML and JSON front matter are read-only: refusing is better
 * than rewriting a file in a style its owner did not choose.
 */
export function editPosting(posting: Posting, edits: readonly TomlEdit[]): string {
  const frontMatter = frontMatterOf(posting);
  if (frontMatter.format !== 'toml') {
    throw new PostingError(
      'read-only-format',
      `This posting's details are written in ${frontMatter.format.toUpperCase()}; Posting Desk edits TOML details only and has left the file unchanged`,
    );
  }
  const { text } = posting;
  const source = text.slice(frontMatter.start, frontMatter.end);
  // New lines in an empty front matter take the line ending of the opening +++.
  const options = { lineEnding: text.slice(posting.parts.frontMatter?.openStart ?? 0, frontMatter.start).endsWith('\r\n') ? '\r\n' as const : '\n' as const };
  const toml = frontMatter.toml;
  const edited = asPostingError(() => (toml?.source === source ? editTomlDocument(toml, edits, options) : editToml(source, edits, options)));
  const result = text.slice(0, frontMatter.start) + edited + text.slice(frontMatter.end);
  const after = splitPosting(result);
  if (result.slice(after.bodyStart) !== postingBody(posting)) {
    throw new PostingError('verify-failed', 'Posting Desk could not make this change safely: it would have changed where the details end. Nothing was saved');
  }
  return result;
}
