import { describe, expect, it } from 'vitest';
import { PostingError } from '../file/posting-error.js';
import { splitPosting } from '../file/split.js';
import { toPlain } from '../toml/value.js';
import { parseFrontMatter, type ParsedFrontMatter } from './front-matter.js';

function frontMatterOf(text: string): ParsedFrontMatter {
  const parsed = parseFrontMatter(text, splitPosting(text));
  if (!parsed) throw new Error('expected front matter');
  return parsed;
}

/** Each entry as "path: key text => value text", read from the whole file by its offsets. */
function entryTexts(text: string): string[] {
  return frontMatterOf(text).entries.map((entry) =>
    `${entry.path.join('.')}: ${text.slice(entry.keyStart, entry.keyEnd)} => ${text.slice(entry.valueStart, entry.valueEnd)}`);
}

describe('parseFrontMatter', () => {
  it('gives TOML entries with offsets into the whole file, in file order, tables included', () => {
    const text = '\uFEFF+++\r\ntitle = "A"\r\nparams.location = \'Paris\'\r\n[menu.main]\r\nweight = 2\r\n+++\r\nBody';
    expect(entryTexts(text)).toEqual([
      'title: title => "A"',
      "params.location: params.location => 'Paris'",
      'menu.main: menu.main => [menu.main]\r\nweight = 2',
      'menu.main.weight: weight => 2',
    ]);
    expect(toPlain(frontMatterOf(text).root)).toEqual({ title: 'A', params: { location: 'Paris' }, menu: { main: { weight: 2 } } });
  });

  it('gives YAML entries with offsets into the whole file, in file order', () => {
    const text = '---\ntitle: A\nparams:\n  location: Paris\n---\n';
    expect(entryTexts(text)).toEqual(['title: title => A', 'params: params => location: Paris\n', 'params.location: location => Paris']);
  });

  it('reads JSON front matter as YAML reads it, with offsets', () => {
    const text = '{\n  "title": "A",\n  "draft": true\n}\nBody';
    expect(entryTexts(text)).toEqual(['title: "title" => "A"', 'draft: "draft" => true']);
  });

  it('types YAML values: plain dates are dates, quoted ones strings, 1.0 a float', () => {
    const { root } = frontMatterOf('---\nd: 2024-01-02\nq: "2024-01-02"\nf: 1.0\ni: 1\n---\n');
    expect(root.entries.get('d')).toEqual({ type: 'datetime', kind: 'local-date', text: '2024-01-02' });
    expect(root.entries.get('q')).toEqual({ type: 'string', value: '2024-01-02' });
    expect(root.entries.get('f')).toEqual({ type: 'float', value: 1 });
    expect(root.entries.get('i')).toEqual({ type: 'integer', value: 1n });
  });

  it('moves the line and column of a TOML error to the whole file', () => {
    let error: unknown;
    try {
      frontMatterOf('\n\n+++\ntitle = "A"\nbad\n+++\n');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PostingError);
    expect((error as PostingError).position?.line).toBeGreaterThanOrEqual(5);
    expect((error as PostingError).message).toMatch(/\(line \d+, column \d+\)$/);
    expect((error as PostingError).message.match(/\(line/g)).toHaveLength(1);
  });

  it('refuses YAML that is a list rather than named values', () => {
    expect(() => frontMatterOf('---\n- a\n- b\n---\n')).toThrow(/set of named values/);
  });

  it('returns nothing for a file without front matter', () => {
    expect(parseFrontMatter('Body', splitPosting('Body'))).toBeUndefined();
  });
});
