/**
 * Menu commands that act in the page (shared by electron/menu and the renderer,
 * which may not import electron/, so it lives here, pure). The main process sends one to the
 * focused window; the preload turns it into a DOM event on window, so the
 * page's API stays exactly PostingDeskApi and the renderer can raise the same
 * event from its own keyboard shortcuts in a browser:
 *
 *   window.addEventListener(APP_COMMAND_EVENT, (event) => run((event as CustomEvent<AppCommand>).detail));
 */
export const APP_COMMANDS = ['new-posting', 'save', 'export', 'find', 'toggle-preview'] as const;

export type AppCommand = (typeof APP_COMMANDS)[number];

/** The DOM event's type; its detail is the command's name (a string, so it crosses the preload's isolated world intact). */
export const APP_COMMAND_EVENT = 'posting-desk-command';

export function parseAppCommand(value: unknown): AppCommand | undefined {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value) ? (value as AppCommand) : undefined;
}
