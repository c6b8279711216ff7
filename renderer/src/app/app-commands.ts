import { APP_COMMAND_EVENT, parseAppCommand, type AppCommand } from '../../../postings/api/app-commands.js';

export type AppCommandHandlers = Record<AppCommand, () => void>;

/** Runs the handler of each menu command raised on `target` (the window); anything else is ignored. Returns the unsubscribe. */
export function listenForAppCommands(target: EventTarget, handlers: AppCommandHandlers): () => void {
  const onCommand = (event: Event) => {
    const command = parseAppCommand((event as CustomEvent<unknown>).detail);
    if (command !== undefined) handlers[command]();
  };
  target.addEventListener(APP_COMMAND_EVENT, onCommand);
  return () => target.removeEventListener(APP_COMMAND_EVENT, onCommand);
}
