import type { ApiOperation, ApiResult, PostingDeskApi } from '../../postings/api/api.js';
import { API_OPERATIONS } from '../../postings/api/api.js';
import { validateArgs } from '../../postings/api/validate.js';
import { channelFor } from './channels.js';
import type { InvokeSender } from './sender-check.js';
import { isTrustedSender } from './sender-check.js';

/** An ipcMain.handle listener. */
export type InvokeHandler = (event: InvokeSender, argument: unknown) => Promise<ApiResult<unknown>>;

/** Finds the API bound to the repository of the window that sent the call. */
export type ApiForSender = (webContentsId: number) => PostingDeskApi | undefined;

const REFUSED: ApiResult<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'This page is not Posting Desk’s own window, so it cannot reach your files.' },
};

/**
 * One handler per API operation, by channel. Each checks its sender, then
 * validates its argument (C's validators, before the handlers validate again),
 * then calls the shared handler of the sender's repository. A refused call
 * never reaches a handler.
 */
export function createIpcHandlers(apiFor: ApiForSender): Map<string, InvokeHandler> {
  return new Map(API_OPERATIONS.map((operation) => [channelFor(operation), handlerFor(operation, apiFor)] as const));
}

function handlerFor(operation: ApiOperation, apiFor: ApiForSender): InvokeHandler {
  return async (event, argument) => {
    const api = isTrustedSender(event, (id) => apiFor(id) !== undefined) ? apiFor(event.sender.id) : undefined;
    if (api === undefined) return REFUSED;
    const args = validateArgs(operation, argument);
    if (!args.ok) return args;
    const call = api[operation] as (value: unknown) => Promise<ApiResult<unknown>>;
    try {
      return await call.call(api, args.value);
    } catch (error) {
      // The handlers never throw by contract; a bug still answers, never hangs the page.
      return { ok: false, error: { code: 'internal', message: `Posting Desk failed: ${error instanceof Error ? error.message : String(error)}` } };
    }
  };
}

/** Registers the handlers with ipcMain (or removes them again). */
export function registerIpcHandlers(ipc: { handle(channel: string, listener: InvokeHandler): void }, handlers: Map<string, InvokeHandler>): void {
  for (const [channel, handler] of handlers) ipc.handle(channel, handler);
}
