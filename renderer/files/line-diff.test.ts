import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeCount, diffLines, keptChanges, mergeParts, sideBySide, splitLines } from './line-diff.js';

describe('diffLines', () => {
  it('finds one changed line between equal runs', () => {
    expect(diffLines('a\nb\nc\n', 'a\nB\nc\n')).toEqual([
      { kind: 'same', lines: ['a\n'] },
      { kind: 'change', mine: ['b\n'], theirs: ['B\n'] },
      { kind: 'same', lines: ['c\n'] },
    ]);
  });

  it('keeps separate changes apart so each can be picked', () => {
    const parts = diffLines('title\none\nkeep\ntwo\n', 'title\nONE\nkeep\nTWO\nthree\n');
    expect(changeCount(parts)).toBe(2);
    expect(mergeParts(parts, ['mine', 'theirs'])).toBe('title\none\nkeep\nTWO\nthree\n');
    expect(mergeParts(parts, ['theirs', 'mine'])).toBe('title\nONE\nkeep\ntwo\n');
  });

  it('shows an added and a removed line as changes with one empty side', () => {
    expect(diffLines('a\nc\n', 'a\nb\nc\n')).toEqual([
      { kind: 'same', lines: ['a\n'] },
      { kind: 'change', mine: [], theirs: ['b\n'] },
      { kind: 'same', lines: ['c\n'] },
    ]);
  });

  it('treats a different line ending as a change and keeps CRLF when merging', () => {
    const parts = diffLines('a\r\nb\r\n', 'a\r\nb\n');
    expect(parts).toEqual([{ kind: 'same', lines: ['a\r\n'] }, { kind: 'change', mine: ['b\r\n'], theirs: ['b\n'] }]);
    expect(mergeParts(parts, ['mine'])).toBe('a\r\nb\r\n');
  });

  it('has no parts for equal texts and a last line without a line feed is a line', () => {
    expect(diffLines('same\n', 'same\n')).toEqual([{ kind: 'same', lines: ['same\n'] }]);
    expect(splitLines('a\nlast')).toEqual(['a\n', 'last']);
    expect(diffLines('', '')).toEqual([]);
  });

  it('gives back either text exactly when every change takes one side', () => {
    const line = fc.constantFrom('a\n', 'b\n', 'c\r\n', '\n', 'title = "x"\n', 'tail');
    const text = fc.array(line, { maxLength: 30 }).map((lines) => lines.join(''));
    fc.assert(
      fc.property(text, text, (mine, theirs) => {
        const parts = diffLines(mine, theirs);
        const count = changeCount(parts);
        expect(mergeParts(parts, Array(count).fill('mine'))).toBe(mine);
        expect(mergeParts(parts, Array(count).fill('theirs'))).toBe(theirs);
        expect(mergeParts(parts, [])).toBe(theirs);
      }),
    );
  });
});

describe('sideBySide', () => {
  it('marks only the lines between the shared start and end', () => {
    const { theirs, mine } = sideBySide('a\nb\nc\nd', 'a\nB\nc\nd');
    expect(theirs.filter((line) => line.changed).map((line) => line.text)).toEqual(['b']);
    expect(mine.filter((line) => line.changed).map((line) => line.text)).toEqual(['B']);
  });
  it('marks an added line and nothing else', () => {
    const { theirs, mine } = sideBySide('a\nb', 'a\nnew\nb');
    expect(theirs.some((line) => line.changed)).toBe(false);
    expect(mine.filter((line) => line.changed).map((line) => line.text)).toEqual(['new']);
  });
});

describe('sideBySide with changes far apart', () => {
  it('marks each changed line and none of the shared lines between them', () => {
    const { theirs, mine } = sideBySide('a\nweight = 22\nb\nc\nend', 'a\nweight = 45\nb\nc\nend more');
    expect(theirs.filter((line) => line.changed).map((line) => line.text)).toEqual(['weight = 22', 'end']);
    expect(mine.filter((line) => line.changed).map((line) => line.text)).toEqual(['weight = 45', 'end more']);
  });
});

describe('keptChanges', () => {
  it('gives only the places the kept text changed, with its lines there', () => {
    const disk = '+++\ntitle = "Analyst"\n+++\n\nWe hire.\n\nApply below.\n';
    const kept = '+++\ntitle = "Analyst"\n+++\n\nWe hire early-career analysts.\n\nApply below.\nWrite to jobs@example.org.\n';
    expect(keptChanges(kept, disk)).toEqual([
      { lines: ['We hire early-career analysts.'], removed: 1 },
      { lines: ['Write to jobs@example.org.'], removed: 0 },
    ]);
  });

  it('counts lines only removed, and finds nothing when the texts are the same', () => {
    expect(keptChanges('a\nc\n', 'a\nb\nc\n')).toEqual([{ lines: [], removed: 1 }]);
    expect(keptChanges('a\r\nb\r\n', 'a\r\nb\r\n')).toEqual([]);
  });
});
