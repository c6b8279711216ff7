import { describe, expect, it } from 'vitest';
import { formatFloat, formatKey, formatKeyPath, formatString, formatValue } from './format.js';
import { parseToml } from './parse.js';
import type { TomlValue } from './value.js';

/** What a formatted value reads back as, through a full TOML parse. */
function readBack(formatted: string): TomlValue | undefined {
  return parseToml(`v = ${formatted}\n`).root.entries.get('v');
}

const basic = { quote: 'basic', multiline: false } as const;
const literal = { quote: 'literal', multiline: false } as const;
const multilineBasic = { quote: 'basic', multiline: true } as const;
const multilineLiteral = { quote: 'literal', multiline: true } as const;

const TRICKY_STRINGS = [
  '',
  'plain',
  'say "hi"',
  'back\\slash',
  "it's",
  "'''",
  '"""',
  'ends with "',
  'ends with ""',
  "ends with '",
  '""""""',
  'line\nbreak',
  '\nstarts with a newline',
  '\r\nstarts with CRLF',
  'crlf\r\ninside',
  'lone\rcarriage return',
  'tab\there',
  'bell\u0007 escape\u001b del\u007f nul\u0000 backspace\b formfeed\f',
  'ünïcödé — “quotes” 👩‍💻 日本語',
  '+++\nnot at a line start',
  'line\n+++ looks like a delimiter',
  'line\r\n+++\r\nagain',
  '\n+++',
];

describe('formatString', () => {
  it.each(TRICKY_STRINGS)('writes %j so that it reads back exactly, in every style', (value) => {
    for (const style of [basic, literal, multilineBasic, multilineLiteral]) {
      const written = formatString(value, style);
      expect(readBack(written), `${JSON.stringify(style)}: ${written}`).toEqual({ type: 'string', value });
    }
  });

  it('escapes quotes, backslashes and control characters in basic strings', () => {
    expect(formatString('say "hi" \\ now', basic)).toBe('"say \\"hi\\" \\\\ now"');
    expect(formatString('a\nb\tc\rd\be\ff', basic)).toBe('"a\\nb\\tc\\rd\\be\\ff"');
    expect(formatString('\u0000\u001f\u007f', basic)).toBe('"\\u0000\\u001F\\u007F"');
    expect(formatString('ünïcode 👍', basic)).toBe('"ünïcode 👍"');
  });

  it('keeps literal quotes when the value allows them, and falls back to basic quotes when not', () => {
    expect(formatString('C:\\path "x"', literal)).toBe("'C:\\path \"x\"'");
    expect(formatString("it's", literal)).toBe('"it\'s"');
    expect(formatString('two\nlines', literal)).toBe('"two\\nlines"');
    expect(formatString('tab\tok', literal)).toBe("'tab\tok'");
  });

  it('writes multi-line strings with real line breaks and keeps a leading newline', () => {
    expect(formatString('one\ntwo', multilineBasic)).toBe('"""one\ntwo"""');
    expect(formatString('\none', multilineBasic)).toBe('"""\n\none"""');
    expect(formatString('one\ntwo', multilineLiteral)).toBe("'''one\ntwo'''");
    expect(formatString('\none', multilineLiteral)).toBe("'''\n\none'''");
  });

  it('never lets a line of a multi-line string start with +++, which would end the front matter for Hugo', () => {
    expect(formatString('a\n+++ b', multilineBasic)).toBe('"""a\n\\u002B++ b"""');
    expect(formatString('a\n+++ b', multilineLiteral)).toBe('"""a\n\\u002B++ b"""');
    expect(formatString('+++ on the first line is fine', multilineBasic)).toBe('"""+++ on the first line is fine"""');
    expect(formatString('a\n++ b', multilineBasic)).toBe('"""a\n++ b"""');
  });

  it('writes the line breaks of a multi-line string with the line ending it is given', () => {
    expect(formatString('one\ntwo', multilineBasic, '\r\n')).toBe('"""one\r\ntwo"""');
    expect(formatString('\none', multilineBasic, '\r\n')).toBe('"""\r\n\r\none"""');
    expect(formatString('one\ntwo', multilineLiteral, '\r\n')).toBe("'''one\r\ntwo'''");
    expect(readBack(formatString('one\ntwo', multilineBasic, '\r\n'))).toEqual({ type: 'string', value: 'one\ntwo' });
  });

  it('escapes a carriage return even in multi-line strings: a raw one would read back as a plain line break, or be refused by Hugo', () => {
    expect(formatString('a\rb', multilineLiteral)).toBe('"""a\\rb"""');
    expect(formatString('a\r\nb', multilineLiteral)).toBe('"""a\\r\nb"""');
    expect(formatString('a\r\nb', multilineBasic, '\r\n')).toBe('"""a\\r\r\nb"""');
  });
});

describe('formatFloat', () => {
  it.each([
    [3, '3.0'],
    [-2, '-2.0'],
    [0, '0.0'],
    [-0, '-0.0'],
    [0.1, '0.1'],
    [1.5e-7, '1.5e-7'],
    [1e16, '10000000000000000.0'],
    [1.5e17, '150000000000000000.0'],
    [1e21, '1e+21'],
    [Number.MAX_VALUE, '1.7976931348623157e+308'],
    [Number.MIN_VALUE, '5e-324'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [NaN, 'nan'],
  ])('writes %s as %s, which TOML reads back as the same float', (value, text) => {
    expect(formatFloat(value)).toBe(text);
    const back = readBack(text);
    expect(back?.type).toBe('float');
    expect(Object.is(back?.type === 'float' ? back.value : undefined, value)).toBe(true);
  });
});

describe('formatKey', () => {
  it('leaves bare keys bare and quotes the rest', () => {
    expect(formatKey('title')).toBe('title');
    expect(formatKey('pay-range_2')).toBe('pay-range_2');
    expect(formatKey('with space')).toBe('"with space"');
    expect(formatKey('a.b')).toBe('"a.b"');
    expect(formatKey('')).toBe('""');
    expect(formatKey('ünï')).toBe('"ünï"');
    expect(formatKey('say "x"')).toBe('"say \\"x\\""');
    expect(formatKeyPath(['params', 'pay range', 'min'])).toBe('params."pay range".min');
  });
});

describe('formatValue', () => {
  const values: [string, TomlValue, string][] = [
    ['an integer beyond 2^53', { type: 'integer', value: 9007199254740993n }, '9007199254740993'],
    ['a negative integer', { type: 'integer', value: -42n }, '-42'],
    ['a boolean', { type: 'boolean', value: false }, 'false'],
    ['a date-time with its offset', { type: 'datetime', kind: 'offset-date-time', text: '2024-05-01T09:30:00+02:00' }, '2024-05-01T09:30:00+02:00'],
    ['a local date', { type: 'datetime', kind: 'local-date', text: '2024-05-01' }, '2024-05-01'],
    ['a local time', { type: 'datetime', kind: 'local-time', text: '09:30:00.25' }, '09:30:00.25'],
    ['an empty array', { type: 'array', items: [] }, '[]'],
    [
      'a mixed array with strings that need escapes',
      { type: 'array', items: [{ type: 'string', value: 'a\nb' }, { type: 'integer', value: 1n }, { type: 'float', value: 2 }] },
      '["a\\nb", 1, 2.0]',
    ],
    ['an empty inline table', { type: 'table', entries: new Map() }, '{}'],
    [
      'a nested inline table with a quoted key',
      {
        type: 'table',
        entries: new Map<string, TomlValue>([
          ['min', { type: 'integer', value: 1n }],
          ['pay range', { type: 'table', entries: new Map([['currency', { type: 'string', value: 'EUR' }]]) }],
        ]),
      },
      '{ min = 1, "pay range" = { currency = "EUR" } }',
    ],
  ];

  it.each(values)('writes %s on one line so that it reads back as the same value', (_name, value, text) => {
    expect(formatValue(value)).toBe(text);
    expect(readBack(text)).toEqual(value);
  });

  it('writes strings inside arrays in the given quote style, but never multi-line', () => {
    const value: TomlValue = { type: 'array', items: [{ type: 'string', value: 'a' }, { type: 'string', value: "b'c" }] };
    expect(formatValue(value, { quote: 'literal', multiline: true })).toBe(`['a', "b'c"]`);
  });
});
