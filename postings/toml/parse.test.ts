import { describe, expect, it } from 'vitest';
import { TomlError } from './toml-error.js';
import { locatePairs } from './locate.js';
import { parseToml } from './parse.js';
import { toPlain, tomlValuesEqual, valueAt, type TomlValue } from './value.js';

function parseError(source: string): TomlError {
  try {
    parseToml(source);
  } catch (error) {
    if (error instanceof TomlError) return error;
    throw error;
  }
  throw new Error('expected parseToml to refuse the text');
}

describe('parseToml', () => {
  it('reads every kind of value with its type', () => {
    const { root } = parseToml([
      's = "a\\tb"', "l = 'C:\\dir'", 'i = 0x1F', 'big = 9223372036854775807', 'f = 2.0', 'x = -inf', 'b = true',
      'odt = 1979-05-27T07:32:00-08:00', 'ldt = 1979-05-27 07:32:00.5', 'ld = 1979-05-27', 'lt = 07:32:00',
      'a = [1, "two", [3]]', 't = { k = { n = 1 } }', 'd.e = 1',
    ].join('\n'));
    expect(root.entries.get('s')).toEqual({ type: 'string', value: 'a\tb' });
    expect(root.entries.get('l')).toEqual({ type: 'string', value: 'C:\\dir' });
    expect(root.entries.get('i')).toEqual({ type: 'integer', value: 31n });
    expect(root.entries.get('big')).toEqual({ type: 'integer', value: 9223372036854775807n });
    expect(root.entries.get('f')).toEqual({ type: 'float', value: 2 });
    expect(root.entries.get('x')).toEqual({ type: 'float', value: -Infinity });
    expect(root.entries.get('b')).toEqual({ type: 'boolean', value: true });
    expect(root.entries.get('odt')).toEqual({ type: 'datetime', kind: 'offset-date-time', text: '1979-05-27T07:32:00-08:00' });
    expect(root.entries.get('ldt')).toEqual({ type: 'datetime', kind: 'local-date-time', text: '1979-05-27 07:32:00.5' });
    expect(root.entries.get('ld')).toEqual({ type: 'datetime', kind: 'local-date', text: '1979-05-27' });
    expect(root.entries.get('lt')).toEqual({ type: 'datetime', kind: 'local-time', text: '07:32:00' });
    expect(toPlain(root.entries.get('a') as TomlValue)).toEqual([1, 'two', [3]]);
    expect(toPlain(root.entries.get('t') as TomlValue)).toEqual({ k: { n: 1 } });
    expect(toPlain(root.entries.get('d') as TomlValue)).toEqual({ e: 1 });
  });

  it('reads tables, sub-tables defined before their parent, and arrays of tables', () => {
    const { root } = parseToml('[a.b]\nx = 1\n[a]\ny = 2\n[[jobs]]\nn = 1\n[jobs.meta]\nm = 1\n[[jobs]]\nn = 2\n');
    expect(toPlain(root)).toEqual({ a: { b: { x: 1 }, y: 2 }, jobs: [{ n: 1, meta: { m: 1 } }, { n: 2 }] });
    expect(valueAt(root, ['jobs', 1, 'n'])).toEqual({ type: 'integer', value: 2n });
  });

  it('reads a multi-line string with CRLF line breaks as "\\n"', () => {
    expect(parseToml('s = """\r\na\r\nb"""\r\n').root.entries.get('s')).toEqual({ type: 'string', value: 'a\nb' });
  });

  it('gives a value at the very end of a text without a final line ending its true range', () => {
    // toml-eslint-parser 1.0.3 alone gives `0` here an empty range.
    for (const source of ['n = 0', '[t]\nn = 0', 'n = 0 ', 'n = 12']) {
      const document = parseToml(source);
      const pair = locatePairs(document.ast).find((located) => located.path[located.path.length - 1] === 'n');
      expect(source.slice(...(pair?.pair.value.range ?? [0, 0])).trim()).toBe(source.split('= ')[1]?.trim());
    }
  });

  it('compares values by type: 1 and 1.0 differ, nan equals nan, dates compare as written', () => {
    const { root } = parseToml('i = 1\nf = 1.0\nn = nan\nm = nan\nd = 1979-05-27T07:32:00Z\ne = 1979-05-27T07:32:00+00:00\n');
    const get = (key: string): TomlValue => root.entries.get(key) as TomlValue;
    expect(tomlValuesEqual(get('i'), get('f'))).toBe(false);
    expect(tomlValuesEqual(get('n'), get('m'))).toBe(true);
    expect(tomlValuesEqual(get('d'), get('e'))).toBe(false);
  });

  it('refuses invalid TOML with a line and column', () => {
    const error = parseError('a = 1\nb = = 2\n');
    expect(error.code).toBe('invalid-toml');
    expect(error.position).toEqual({ line: 2, column: 5 });
    expect(error.message).toMatch(/^The details are not valid TOML: .*\(line 2, column 5\)$/);
  });

  it('puts an error at the end of a text without a final line ending on its last line', () => {
    expect(parseError('a = ').position).toEqual({ line: 1, column: 5 });
    expect(parseError('x = 1\na = [1,').position).toEqual({ line: 2, column: 8 });
  });

  it('says in words when a key is set twice', () => {
    const error = parseError('title = "A"\ntitle = "B"\n');
    expect(error.message).toContain('This detail is set twice');
    expect(error.position?.line).toBe(2);
  });

  it('refuses TOML 1.1 syntax, which Hugo does not read', () => {
    expect(parseError('t = { a = 1,\n b = 2 }\n').code).toBe('invalid-toml');
  });
});
