import { describe, expect, it } from 'vitest';
import { browserWindowCalls } from '../test-support/window-literals.js';

/** DESIGN §8 and Electron's security checklist, setting by setting. */
const REQUIRED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  disableBlinkFeatures: 'Auxclick',
};

const calls = browserWindowCalls();

describe('the web preferences of every window the shell makes', () => {
  it('finds the repository window and the print window', () => {
    expect(calls.map((call) => call.file).sort()).toEqual(['pdf/electron-pdf-printer.ts', 'window/open-window.ts']);
  });

  it.each(calls.map((call) => [`${call.file}:${call.line}`, call] as const))('%s writes its web preferences out, each one safe', (_where, call) => {
    expect(call.webPreferences, 'web preferences must be an object literal at the window').toBeDefined();
    const preferences = call.webPreferences ?? {};
    expect(preferences['...'], 'no spread: every setting is visible where the window is made').toBeUndefined();
    for (const [name, value] of Object.entries(REQUIRED)) expect(preferences[name], name).toEqual(value);
    // Settings that would loosen anything are never set at all.
    for (const name of ['enableBlinkFeatures', 'additionalArguments', 'plugins', 'enableWebSQL', 'offscreen']) expect(preferences[name], name).toBeUndefined();
  });

  it('sets no preload on a window: the session gives the app’s own pages theirs', () => {
    for (const call of calls) expect(call.webPreferences?.preload, call.file).toBeUndefined();
  });

  it('turns off the spell checker and drag-and-drop navigation in the repository window', () => {
    const window = calls.find((call) => call.file === 'window/open-window.ts');
    expect(window?.webPreferences?.spellcheck).toBe(false);
    expect(window?.webPreferences?.navigateOnDragDrop).toBe(false);
  });

  it('prints with JavaScript off, in its own session, without a preload', () => {
    const printer = calls.find((call) => call.file === 'pdf/electron-pdf-printer.ts');
    expect(printer?.webPreferences?.javascript).toBe(false);
    expect(printer?.webPreferences?.session).toEqual({ expression: 'printSession' });
  });
});
