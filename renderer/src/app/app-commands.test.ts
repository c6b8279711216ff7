import { describe, expect, it } from 'vitest';
import { APP_COMMAND_EVENT, APP_COMMANDS, type AppCommand } from '../../../postings/api/app-commands.js';
import { listenForAppCommands } from './app-commands.js';

function recorder() {
  const ran: AppCommand[] = [];
  const handlers = Object.fromEntries(APP_COMMANDS.map((command) => [command, () => void ran.push(command)])) as Record<AppCommand, () => void>;
  return { ran, handlers };
}

describe('listenForAppCommands', () => {
  it.each(APP_COMMANDS.map((command) => [command] as const))('runs only the handler of %s', (command) => {
    const target = new EventTarget();
    const { ran, handlers } = recorder();
    listenForAppCommands(target, handlers);
    target.dispatchEvent(new CustomEvent(APP_COMMAND_EVENT, { detail: command }));
    expect(ran).toEqual([command]);
  });

  it('ignores an unknown command and other events', () => {
    const target = new EventTarget();
    const { ran, handlers } = recorder();
    listenForAppCommands(target, handlers);
    target.dispatchEvent(new CustomEvent(APP_COMMAND_EVENT, { detail: 'quit' }));
    target.dispatchEvent(new CustomEvent('posting-desk-other', { detail: 'save' }));
    expect(ran).toEqual([]);
  });

  it('stops listening once unsubscribed', () => {
    const target = new EventTarget();
    const { ran, handlers } = recorder();
    listenForAppCommands(target, handlers)();
    target.dispatchEvent(new CustomEvent(APP_COMMAND_EVENT, { detail: 'save' }));
    expect(ran).toEqual([]);
  });
});
