import { describe, expect, it } from 'vitest';
import { API_OPERATIONS } from './api.js';
import { API_VALIDATORS, isApiOperation, MAX_TEXT_LENGTH, validateArgs } from './validate.js';

const VERSION = 'ab'.repeat(32);

describe('the validators', () => {
  it('exist for exactly the operations of the interface', () => {
    expect(Object.keys(API_VALIDATORS).sort()).toEqual([...API_OPERATIONS].sort());
    expect(isApiOperation('readPosting')).toBe(true);
    expect(isApiOperation('constructor')).toBe(false);
    expect(isApiOperation(42)).toBe(false);
  });

  it('accept well-formed arguments and give them back', () => {
    expect(validateArgs('openRepository', undefined)).toEqual({ ok: true, value: {} });
    expect(validateArgs('listPostings', { warningCounts: false })).toEqual({ ok: true, value: { warningCounts: false } });
    expect(validateArgs('readPosting', { path: 'content/careers/a.md' })).toEqual({ ok: true, value: { path: 'content/careers/a.md' } });
    const edits = [{ key: 'title', value: 'A' }, { key: 'date', value: '2026-05-01', type: 'date' }, { key: 'tags', toml: '["a"]' }, { key: 'old', unset: true }];
    expect(validateArgs('savePosting', { path: 'a.md', baseVersion: VERSION, edits })).toEqual({ ok: true, value: { path: 'a.md', baseVersion: VERSION, edits } });
    expect(validateArgs('addWord', { word: ' Kubeflow ' })).toEqual({ ok: true, value: { word: 'Kubeflow' } });
  });

  it.each([
    ['readPosting', null, '“path” is missing'],
    ['readPosting', { path: 'a\0b' }, 'NUL'],
    ['readPosting', { path: 'a.md', extra: 1 }, 'Unknown argument “extra”'],
    ['openRepository', { path: 'a.md' }, 'takes no arguments'],
    ['listPostings', { warningCounts: 'yes' }, 'true or false'],
    ['lintText', { text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, 'too long'],
    ['savePosting', { path: 'a.md', baseVersion: VERSION }, 'needs “text”, “edits” or both'],
    ['savePosting', { path: 'a.md', baseVersion: 'HEAD', text: '' }, '64 hexadecimal digits'],
    ['savePosting', { path: 'a.md', baseVersion: VERSION, edits: [{ key: 'a', value: 1, toml: '1' }] }, 'exactly one of'],
    ['savePosting', { path: 'a.md', baseVersion: VERSION, edits: [{ key: 'a', value: Number.NaN }] }, 'finite number'],
    ['savePosting', { path: 'a.md', baseVersion: VERSION, edits: [{ key: 'a', value: 'x', type: 'money' }] }, 'must be one of'],
    ['savePosting', { path: 'a.md', baseVersion: VERSION, edits: [{ key: 'a', unset: false }] }, 'unset must be true'],
    ['newPosting', { title: '   ' }, 'needs a title'],
    ['newPosting', { title: 'A', bundle: 'yes' }, 'true or false'],
    ['addWord', { word: 'two words' }, 'one word at a time'],
  ] as const)('%s refuses %j', (operation, input, message) => {
    const result = validateArgs(operation, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument');
      expect(result.error.message).toContain(message);
    }
  });

  it('refuses values that are not plain JSON, nested too deep or of a class', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 40; level += 1) deep = [deep];
    for (const value of [deep, new Date(), { toJSON: () => 1, nested: new Map() }]) {
      expect(validateArgs('savePosting', { path: 'a.md', baseVersion: VERSION, edits: [{ key: 'a', value }] }).ok).toBe(false);
    }
  });
});
