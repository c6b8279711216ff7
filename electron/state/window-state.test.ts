import type { Rectangle } from 'electron';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, EMPTY_WINDOW_STATE, MIN_SIZE, parseWindowStateFile, placeWindow, rememberWindowState, savedStateFor } from './window-state.js';

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1410 };

describe('window placement', () => {
  it('opens a first window at the default size, centred on the primary screen', () => {
    expect(placeWindow(undefined, [laptop], laptop)).toEqual({
      bounds: { x: (1920 - DEFAULT_SIZE.width) / 2, y: (1050 - DEFAULT_SIZE.height) / 2, ...DEFAULT_SIZE },
      maximized: false,
    });
  });

  it('reopens where it was, maximised again when it was', () => {
    const saved = { bounds: { x: 2100, y: 40, width: 1500, height: 1000 }, maximized: true };
    expect(placeWindow(saved, [laptop, rightMonitor], laptop)).toEqual(saved);
  });

  it('moves a window whose screen is gone back onto the primary screen, keeping its size', () => {
    const saved = { bounds: { x: 2100, y: 40, width: 1500, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ bounds: { x: 210, y: 75, width: 1500, height: 900 }, maximized: false });
  });

  it('moves a window that only a sliver of shows back on screen', () => {
    const saved = { bounds: { x: 1880, y: 1000, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 460, y: 175, width: 1000, height: 700 });
  });

  it('shrinks a window larger than a smaller screen, and never below the minimum size', () => {
    const small: Rectangle = { x: 0, y: 0, width: 1024, height: 600 };
    const saved = { bounds: { x: 5000, y: 0, width: 3000, height: 2000 }, maximized: false };
    expect(placeWindow(saved, [small], small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
    const tiny = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(placeWindow(tiny, [laptop], laptop).bounds).toEqual({ x: 10, y: 10, ...MIN_SIZE });
  });
});

describe('the window-state file', () => {
  const state = { bounds: { x: 10, y: 20, width: 1100, height: 800 }, maximized: false };

  it('remembers each repository’s window, and the last one for a new repository', () => {
    const file = rememberWindowState(EMPTY_WINDOW_STATE, '/home/hr/careers', state);
    expect(savedStateFor(file, '/home/hr/careers')).toEqual(state);
    expect(savedStateFor(file, '/home/hr/other')).toEqual(state);
    expect(savedStateFor(EMPTY_WINDOW_STATE, '/home/hr/other')).toBeUndefined();
  });

  it('reads back what it wrote, through JSON', () => {
    const file = rememberWindowState(EMPTY_WINDOW_STATE, '/home/hr/careers', state);
    expect(parseWindowStateFile(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });

  it('refuses a file of another shape, and drops entries that are not placements', () => {
    expect(parseWindowStateFile(null)).toBeUndefined();
    expect(parseWindowStateFile({ version: 2, byRepository: {} })).toBeUndefined();
    expect(parseWindowStateFile([])).toBeUndefined();
    expect(
      parseWindowStateFile({
        version: 1,
        last: { bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false },
        byRepository: { '/a': state, '/b': { bounds: { x: 'left' }, maximized: true }, '/c': { bounds: { x: 0.5, y: 0, width: 10, height: 10 }, maximized: false } },
      }),
    ).toEqual({ version: 1, byRepository: { '/a': state } });
  });
});
