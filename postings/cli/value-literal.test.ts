import { describe, expect, it } from 'vitest';
import { UsageError } from './args.js';
import { parseKeyPath, parseValueLiteral } from './value-literal.js';

describe('parseValueLiteral', () => {
  it.each([
    ['true', { type: 'boolean', value: true }],
    ['false', { type: 'boolean', value: false }],
    ['200', { type: 'integer', value: 200n }],
    ['-3', { type: 'integer', value: -3n }],
    ['1_000', { type: 'integer', value: 1000n }],
    ['2.0', { type: 'float', value: 2 }],
    ['2026-05-01', { type: 'datetime', kind: 'local-date', text: '2026-05-01' }],
    ['2026-05-01T09:00:00+02:00', { type: 'datetime', kind: 'offset-date-time', text: '2026-05-01T09:00:00+02:00' }],
    ['2026-05-01T09:00:00', { type: 'datetime', kind: 'local-date-time', text: '2026-05-01T09:00:00' }],
    ['"text"', { type: 'string', value: 'text' }],
    ["'literal'", { type: 'string', value: 'literal' }],
    ['"tab\\tand \\u00e9"', { type: 'string', value: 'tab\tand é' }],
    ['["a", "b"]', { type: 'array', items: [{ type: 'string', value: 'a' }, { type: 'string', value: 'b' }] }],
    ['{ min = 1, max = 2 }', { type: 'table', entries: new Map([['min', { type: 'integer', value: 1n }], ['max', { type: 'integer', value: 2n }]]) }],
  ])('%s is TOML', (text, value) => {
    expect(parseValueLiteral(text)).toEqual(value);
  });

  it.each([
    'Senior Engineer',
    'Remote, Europe',
    'yes',
    '"unclosed',
    'Say "hi"',
    '',
    '2026-13-45',
    'a = b',
    '[not, toml]',
    'x\ny = 1',
    '1\n',
  ])('%j is plain text', (text) => {
    expect(parseValueLiteral(text)).toEqual({ type: 'string', value: text });
  });
});

describe('parseKeyPath', () => {
  it.each([
    ['title', ['title']],
    ['params.location', ['params', 'location']],
    ['params . pay_min', ['params', 'pay_min']],
    ['"site name".title', ['site name', 'title']],
    ['a-b_c.d1', ['a-b_c', 'd1']],
  ])('%s', (text, path) => {
    expect(parseKeyPath(text)).toEqual(path);
  });

  it.each(['', 'two words', 'params.', '.title', 'a=b', 'a\n.b'])('%j is refused with a usage error', (text) => {
    expect(() => parseKeyPath(text)).toThrow(UsageError);
  });
});
