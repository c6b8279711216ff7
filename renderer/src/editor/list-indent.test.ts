import { describe, expect, it } from 'vitest';
import { listIndent } from './list-indent.js';

describe('Tab in the posting text', () => {
  it('indents the list item the caret is on', () => {
    const text = 'Intro\n\n- one\n- two\n';
    const caret = text.indexOf('two');
    const edit = listIndent(text, caret, caret, false);
    expect(edit).toBeDefined();
    const result = text.slice(0, edit!.start) + edit!.text + text.slice(edit!.end);
    expect(result).toBe('Intro\n\n- one\n  - two\n');
    expect(edit!.selectionStart).toBe(caret + 2);
  });

  it('outdents with Shift+Tab', () => {
    const text = '- one\n  - two';
    const caret = text.indexOf('two');
    const edit = listIndent(text, caret, caret, true)!;
    expect(text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe('- one\n- two');
    expect(edit.selectionStart).toBe(caret - 2);
  });

  it('indents every selected item of a numbered list', () => {
    const text = '1. one\n2. two\n3. three';
    const edit = listIndent(text, 0, text.length, false)!;
    expect(edit.text).toBe('  1. one\n  2. two\n  3. three');
    expect(edit.selectionEnd).toBe(text.length + 6);
  });

  it('leaves Tab to move focus in a paragraph', () => {
    const text = 'A paragraph\n- item';
    expect(listIndent(text, 3, 3, false)).toBeUndefined();
    expect(listIndent(text, 0, text.length, false)).toBeUndefined();
  });
});
