import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodePosting } from '../file/decode.js';
import { PostingError, type PostingErrorCode } from '../file/posting-error.js';
import type { TomlEdit } from '../toml/edit.js';
import { tomlValuesEqual, type TomlTable, type TomlValue } from '../toml/value.js';
import { editPosting, readPostingBytes, readPostingText, type Posting } from './posting.js';

/**
 * Every Markdown file of the shared corpus, as found and converted to CRLF and
 * with a byte-order mark (in memory only: ../shared is read-only), must
 * survive open-and-save byte for byte, and edits must touch only their lines.
 */

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return markdownFiles(path);
      return entry.isFile() && entry.name.endsWith('.md') ? [path] : [];
    });
}

interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

const VARIANTS: { name: string; convert: (bytes: Uint8Array) => Uint8Array }[] = [
  { name: 'as found', convert: (bytes) => bytes },
  { name: 'with CRLF line endings', convert: toCrlf },
  { name: 'with a byte-order mark', convert: (bytes) => concat(BOM, bytes) },
  { name: 'with a byte-order mark and CRLF line endings', convert: (bytes) => concat(BOM, toCrlf(bytes)) },
];

function toCrlf(bytes: Uint8Array): Uint8Array {
  return Buffer.from(Buffer.from(bytes).toString('utf8').replace(/\r?\n/g, '\r\n'), 'utf8');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  return Buffer.concat([a, b]);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

const files: CorpusFile[] = markdownFiles(CORPUS).map((path) => ({
  name: relative(CORPUS, path),
  bytes: readFileSync(path),
}));

/** How each file opened: an editable TOML posting, or the error that refused it. */
type Opened = { file: CorpusFile; bytes: Uint8Array; posting: Posting } | { file: CorpusFile; bytes: Uint8Array; error: PostingError };

function open(file: CorpusFile, convert: (bytes: Uint8Array) => Uint8Array): Opened {
  const bytes = convert(file.bytes);
  try {
    return { file, bytes, posting: readPostingBytes(bytes) };
  } catch (error) {
    if (error instanceof PostingError) return { file, bytes, error };
    throw error;
  }
}

const CHECK_KEY = 'posting_desk_check';
const NEW_TITLE = 'Posting Desk — a “new” title with "quotes", a \\ backslash and ünïcode';

function withoutKey(root: TomlTable, key: string): TomlTable {
  return { type: 'table', entries: new Map([...root.entries].filter(([name]) => name !== key)) };
}

function lineIndexAt(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

interface Summary {
  files: number;
  formats: Record<string, number>;
  refused: Record<string, number>;
  edited: number;
  withoutTitle: number;
}

const summaries = new Map<string, Summary>();

for (const variant of VARIANTS) {
  describe(`every corpus file ${variant.name}`, () => {
    const opened = files.map((file) => open(file, variant.convert));
    const postings = opened.filter((item): item is Extract<Opened, { posting: Posting }> => 'posting' in item);
    const toml = postings.filter((item) => item.posting.frontMatter?.format === 'toml');

    it('opens and saves with no edit without changing a byte', () => {
      const changed = toml
        .filter(({ bytes, posting }) => {
          const saved = editPosting(posting, []);
          return saved !== posting.text || !sameBytes(encodePosting(saved), bytes);
        })
        .map(({ file }) => file.name);
      expect(changed).toEqual([]);
    });

    it('adds one line for a new key, and removing it gives the original bytes back', () => {
      const failures: string[] = [];
      const added: TomlEdit = { op: 'set', path: [CHECK_KEY], value: { type: 'string', value: 'x' } };
      for (const { file, bytes, posting } of toml) {
        const withKey = editPosting(posting, [added]);
        const before = posting.text.split('\n');
        const after = withKey.split('\n');
        const inserted = after.findIndex((line, index) => line !== before[index]);
        if (after.length !== before.length + 1 || after.slice(inserted + 1).join('\n') !== before.slice(inserted).join('\n')) {
          failures.push(`${file.name}: adding a key changed more than one inserted line`);
        }
        const reread = readPostingText(withKey);
        const root = posting.frontMatter?.root as TomlTable;
        const value = reread.frontMatter?.root.entries.get(CHECK_KEY);
        if (value?.type !== 'string' || value.value !== 'x' || !tomlValuesEqual(withoutKey(reread.frontMatter?.root as TomlTable, CHECK_KEY), root)) {
          failures.push(`${file.name}: the added key does not read back as intended`);
        }
        const restored = editPosting(reread, [{ op: 'remove', path: [CHECK_KEY] }]);
        if (!sameBytes(encodePosting(restored), bytes)) failures.push(`${file.name}: add then remove is not the original`);
      }
      expect(failures).toEqual([]);
    });

    it('changes only the title line when the title changes, and every other value stays', () => {
      const failures: string[] = [];
      let edited = 0;
      for (const { file, posting } of toml) {
        const frontMatter = posting.frontMatter;
        const entry = frontMatter?.entries.find((item) => item.path.length === 1 && item.path[0] === 'title');
        if (!frontMatter || !entry || !frontMatter.root.entries.has('title')) continue;
        edited += 1;
        const saved = editPosting(posting, [{ op: 'set', path: ['title'], value: { type: 'string', value: NEW_TITLE } }]);

        const before = posting.text.split('\n');
        const after = saved.split('\n');
        const first = lineIndexAt(posting.text, entry.keyStart);
        const last = lineIndexAt(posting.text, entry.valueEnd);
        const kept = before.length - last - 1;
        const unchangedAround = after.length === first + 1 + kept
          && after.slice(0, first).every((line, index) => line === before[index])
          && after.slice(first + 1).every((line, index) => line === before[last + 1 + index]);
        const oldLine = before[first] as string;
        const titleLine = after[first] as string;
        const lineStart = posting.text.lastIndexOf('\n', entry.keyStart - 1) + 1;
        const keyAndSeparator = posting.text.slice(lineStart, entry.valueStart);
        const afterValue = first === last ? posting.text.slice(entry.valueEnd, lineStart + oldLine.length) : '';
        if (!unchangedAround || !titleLine.startsWith(keyAndSeparator) || !titleLine.endsWith(afterValue) || titleLine === oldLine) {
          failures.push(`${file.name}: changing the title changed other lines (title on line ${first + 1})`);
        }

        const root = readPostingText(saved).frontMatter?.root as TomlTable;
        const title = root.entries.get('title') as TomlValue;
        if (title.type !== 'string' || title.value !== NEW_TITLE) failures.push(`${file.name}: the title reads back as ${JSON.stringify(title)}`);
        if (!tomlValuesEqual(withoutKey(root, 'title'), withoutKey(frontMatter.root, 'title'))) {
          failures.push(`${file.name}: a value other than the title changed`);
        }
      }
      expect(failures).toEqual([]);
      summary(variant.name).edited = edited;
      summary(variant.name).withoutTitle = toml.length - edited;
    });

    it('refuses files it cannot edit with a clear message, and leaves them alone', () => {
      const unclear: string[] = [];
      for (const item of opened) {
        const format = 'posting' in item ? (item.posting.frontMatter?.format ?? 'none') : 'unreadable';
        const formats = summary(variant.name).formats;
        formats[format] = (formats[format] ?? 0) + 1;
        let error: PostingError;
        if ('error' in item) {
          error = item.error;
        } else if (format === 'toml') {
          continue;
        } else {
          const untouched = item.posting.text;
          try {
            editPosting(item.posting, [{ op: 'set', path: ['title'], value: { type: 'string', value: 'x' } }]);
            unclear.push(`${item.file.name}: a ${format} file was edited`);
            continue;
          } catch (caught) {
            if (!(caught instanceof PostingError)) throw caught;
            error = caught;
          }
          if (item.posting.text !== untouched) unclear.push(`${item.file.name}: the posting changed`);
        }
        const refused = summary(variant.name).refused;
        refused[error.code] = (refused[error.code] ?? 0) + 1;
        const expected: PostingErrorCode[] = ['invalid-toml', 'invalid-front-matter', 'no-front-matter', 'read-only-format', 'unclosed-front-matter'];
        if (!expected.includes(error.code) || error.message.length < 30) unclear.push(`${item.file.name}: ${error.code}: ${error.message}`);
        if ((error.code === 'invalid-toml' || error.code === 'invalid-front-matter') && error.position === undefined) unclear.push(`${item.file.name}: no line and column`);
      }
      summary(variant.name).files = opened.length;
      expect(unclear).toEqual([]);
    });
  });
}

function summary(variant: string): Summary {
  let found = summaries.get(variant);
  if (!found) {
    found = { files: 0, formats: {}, refused: {}, edited: 0, withoutTitle: 0 };
    summaries.set(variant, found);
  }
  return found;
}

describe('the corpus as a whole', () => {
  it('has the expected number of files of each kind, every one checked', () => {
    console.log(`corpus round trip: ${files.length} files under ${CORPUS}`);
    for (const [variant, counts] of summaries) console.log(`  ${variant}: ${JSON.stringify(counts)}`);
    const careers = files.filter((file) => file.name.startsWith('careers-crunch/content/jobs/'));
    const tomlFrontMatter = files.filter((file) => file.name.startsWith('toml-frontmatter/'));
    expect(careers).toHaveLength(35);
    expect(tomlFrontMatter).toHaveLength(2350);
    const realPostings = files.filter((file) => file.name.startsWith('real-postings/'));
    expect(realPostings).toHaveLength(47);
    expect(files).toHaveLength(2434);
    expect([...summaries.keys()]).toEqual(VARIANTS.map((variant) => variant.name));
    for (const counts of summaries.values()) {
      expect(counts).toEqual({
        files: 2434,
        // LICENSE.md and real-postings/SOURCES.md have no front matter; three archetypes are Go templates, not TOML.
        formats: { toml: 2429, none: 2, unreadable: 3 },
        refused: { 'invalid-toml': 3, 'no-front-matter': 2 },
        edited: 2359,
        withoutTitle: 70,
      });
    }
  });
});
