import { describe, expect, it } from 'vitest';
import { closeAnyway, UNSAVED_CHANGES_PROMPT } from './unsaved-changes.js';

describe('closing with unsaved changes', () => {
  it('asks, with keeping the changes as the default and as what Escape does', () => {
    const buttons = UNSAVED_CHANGES_PROMPT.buttons ?? [];
    expect(buttons[UNSAVED_CHANGES_PROMPT.defaultId ?? -1]).toBe('Keep Editing');
    expect(buttons[UNSAVED_CHANGES_PROMPT.cancelId ?? -1]).toBe('Keep Editing');
    expect(UNSAVED_CHANGES_PROMPT.message).toMatch(/not saved/);
  });

  it('closes only on “Close Without Saving”', () => {
    const buttons = UNSAVED_CHANGES_PROMPT.buttons ?? [];
    expect(buttons.map((_label, index) => closeAnyway(index))).toEqual(buttons.map((label) => label === 'Close Without Saving'));
    expect(closeAnyway(-1)).toBe(false);
    expect(closeAnyway(7)).toBe(false);
  });
});
