import { describe, expect, it } from 'vitest';
import { APP_COMMANDS, parseAppCommand } from './app-commands.js';

describe('app commands', () => {
  it.each(APP_COMMANDS.map((command) => [command] as const))('reads %s', (command) => {
    expect(parseAppCommand(command)).toBe(command);
  });

  it.each([['quit'], ['Save'], [''], [42], [null], [{ command: 'save' }], ['save\n']])('ignores %j', (value) => {
    expect(parseAppCommand(value)).toBeUndefined();
  });
});
