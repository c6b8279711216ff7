import { describe, expect, it } from 'vitest';
import { optionValues, parseArgs, single, UsageError } from './args.js';

describe('parseArgs', () => {
  it('collects positionals, valued options (both spellings, repeated, in order) and flags', () => {
    const parsed = parseArgs(['a.md', '--field', 'x=1', '--json', '--unset=y', '-f', 'z=--not-an-option', 'b.md'], ['field', 'unset'], ['json'], { f: 'field' });
    expect(parsed.positionals).toEqual(['a.md', 'b.md']);
    expect(optionValues(parsed, 'field')).toEqual(['x=1', 'z=--not-an-option']);
    expect(parsed.sequence).toEqual([
      { name: 'field', value: 'x=1' },
      { name: 'unset', value: 'y' },
      { name: 'field', value: 'z=--not-an-option' },
    ]);
    expect([...parsed.flags]).toEqual(['json']);
  });

  it('takes everything after -- as positionals, and a lone - as a positional', () => {
    expect(parseArgs(['--', '--json', '-x'], [], ['json']).positionals).toEqual(['--json', '-x']);
    expect(parseArgs(['-'], [], []).positionals).toEqual(['-']);
  });

  it.each([
    [['--nope'], 'Unknown option --nope'],
    [['-x'], 'Unknown option -x'],
    [['--field'], '--field needs a value'],
    [['--json=1'], 'Unknown option --json'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv, ['field'], ['json'])).toThrow(UsageError);
    expect(() => parseArgs(argv, ['field'], ['json'])).toThrow(message);
  });

  it('single() refuses an option given twice', () => {
    expect(single(parseArgs(['--title', 'A'], ['title'], []), 'title')).toBe('A');
    expect(single(parseArgs([], ['title'], []), 'title')).toBeUndefined();
    expect(() => single(parseArgs(['--title', 'A', '--title', 'B'], ['title'], []), 'title')).toThrow('--title can be given only once');
  });
});
