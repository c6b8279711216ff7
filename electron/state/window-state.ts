import type { Rectangle } from 'electron';

/** A window's placement as remembered: its normal (unmaximised) bounds and whether it was maximised. */
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** window-state.json: each repository's window, and the last one closed for a repository seen for the first time. */
export interface WindowStateFile {
  version: 1;
  last?: WindowState;
  byRepository: Record<string, WindowState>;
}

export const EMPTY_WINDOW_STATE: WindowStateFile = { version: 1, byRepository: {} };
export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 720, height: 480 };
/** How much of a window must lie on a screen for it to count as reachable. */
const VISIBLE = { width: 160, height: 80 };

export function parseWindowStateFile(value: unknown): WindowStateFile | undefined {
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.byRepository)) return undefined;
  const byRepository: Record<string, WindowState> = {};
  for (const [root, state] of Object.entries(value.byRepository)) {
    const parsed = parseWindowState(state);
    if (parsed !== undefined) byRepository[root] = parsed;
  }
  const last = parseWindowState(value.last);
  return last === undefined ? { version: 1, byRepository } : { version: 1, last, byRepository };
}

/** The file after a repository's window closed in the given state. */
export function rememberWindowState(file: WindowStateFile, root: string, state: WindowState): WindowStateFile {
  return { version: 1, last: state, byRepository: { ...file.byRepository, [root]: state } };
}

/** The remembered state for a repository, else the last window's, else none. */
export function savedStateFor(file: WindowStateFile, root: string): WindowState | undefined {
  return file.byRepository[root] ?? file.last;
}

/**
 * Where a window opens: where it was, if enough of that still lies on one of
 * the screens (a monitor may have been unplugged since); otherwise the saved
 * or default size, no larger than the primary screen's work area, centred
 * on it. Never smaller than the minimum size.
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Rectangle[], primary: Rectangle): WindowState {
  const maximized = saved?.maximized ?? false;
  if (saved !== undefined && workAreas.some((area) => overlaps(saved.bounds, area))) {
    return { bounds: atLeastMinimum(saved.bounds), maximized };
  }
  const width = Math.max(MIN_SIZE.width, Math.min(saved?.bounds.width ?? DEFAULT_SIZE.width, primary.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved?.bounds.height ?? DEFAULT_SIZE.height, primary.height));
  return {
    bounds: {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
    },
    maximized,
  };
}

function overlaps(bounds: Rectangle, area: Rectangle): boolean {
  const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
  return width >= VISIBLE.width && height >= VISIBLE.height;
}

function atLeastMinimum(bounds: Rectangle): Rectangle {
  return { ...bounds, width: Math.max(MIN_SIZE.width, bounds.width), height: Math.max(MIN_SIZE.height, bounds.height) };
}

function parseWindowState(value: unknown): WindowState | undefined {
  if (!isRecord(value) || typeof value.maximized !== 'boolean' || !isRecord(value.bounds)) return undefined;
  const { x, y, width, height } = value.bounds;
  if (![x, y, width, height].every((n) => typeof n === 'number' && Number.isInteger(n))) return undefined;
  if ((width as number) <= 0 || (height as number) <= 0) return undefined;
  return { bounds: { x: x as number, y: y as number, width: width as number, height: height as number }, maximized: value.maximized };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
