import { describe, expect, it } from 'vitest';
import { readPostingText } from '../posting/posting.js';
import type { TomlTable } from '../toml/value.js';
import { toTomlEdits } from './detail-edits.js';
import { InvalidArgument } from './errors.js';

const current = readPostingText('+++\ntitle = "A"\ndate = 2026-01-05T09:00:00+01:00\nexpiryDate = 2026-03-01\nscore = 2.0\ncount = 3\nbig = 12345678901234567890\n+++\n').frontMatter?.root as TomlTable;

describe('toTomlEdits', () => {
  it('keeps the current type: a date stays a date of the kind written, a float a float', () => {
    expect(toTomlEdits([
      { key: 'date', value: '2026-02-01T10:00:00Z' },
      { key: 'expiryDate', value: '2026-04-30' },
      { key: 'score', value: 3 },
      { key: 'count', value: 4 },
      { key: 'big', value: '12345678901234567891' },
    ], current)).toEqual([
      { op: 'set', path: ['date'], value: { type: 'datetime', kind: 'offset-date-time', text: '2026-02-01T10:00:00Z' } },
      { op: 'set', path: ['expiryDate'], value: { type: 'datetime', kind: 'local-date', text: '2026-04-30' } },
      { op: 'set', path: ['score'], value: { type: 'float', value: 3 } },
      { op: 'set', path: ['count'], value: { type: 'integer', value: 4n } },
      { op: 'set', path: ['big'], value: { type: 'integer', value: 12345678901234567891n } },
    ]);
  });

  it('takes the JSON type for a new key, and an explicit type over both', () => {
    expect(toTomlEdits([
      { key: 'params.location', value: 'Remote' },
      { key: 'weight', value: 10 },
      { key: 'ratio', value: 0.5 },
      { key: 'tags', value: ['a', 'b'] },
      { key: 'pay', value: { min: 1, max: 2 } },
      { key: 'publishDate', value: '2026-05-01', type: 'date' },
      { key: 'date', value: 'not a date any more', type: 'string' },
    ], current).map((edit) => (edit.op === 'set' ? edit.value.type : edit.op))).toEqual(['string', 'integer', 'float', 'array', 'table', 'datetime', 'string']);
  });

  it('reads TOML text and dotted or quoted keys, and turns unset into a removal', () => {
    expect(toTomlEdits([{ key: 'params."pay range"', toml: '"50k"' }, { key: 'old', unset: true }], current)).toEqual([
      { op: 'set', path: ['params', 'pay range'], value: { type: 'string', value: '50k' } },
      { op: 'remove', path: ['old'] },
    ]);
  });

  it.each([
    [{ key: 'date', value: 'next Tuesday' }, 'must be a date'],
    [{ key: 'expiryDate', value: '2026-02-30' }, 'real date'],
    [{ key: 'x', value: '2026-05-01T09:30', type: 'datetime' }, 'must be a date'],
    [{ key: 'count', value: 1.5 }, 'whole number'],
    [{ key: 'x', value: null }, 'unset it'],
    [{ key: 'two words', value: 1 }, 'not a detail name'],
    [{ key: 'x', toml: '[1,' }, 'not valid'],
  ] as const)('refuses %j', (edit, message) => {
    expect(() => toTomlEdits([edit], current)).toThrow(InvalidArgument);
    expect(() => toTomlEdits([edit], current)).toThrow(message);
  });
});
