import type { ApiResult, PostingDeskApi } from '../../postings/api/api.js';
import { API_OPERATIONS } from '../../postings/api/api.js';
import { channelFor } from '../ipc/channels.js';

/** ipcRenderer.invoke, as the preload passes it in. */
export type Invoke = (channel: string, argument: unknown) => Promise<unknown>;

/**
 * window.postingDesk: one function per operation of PostingDeskApi and
 * nothing else, each sending its one argument object on its own channel.
 * Never rejects, as the interface promises: a failed call becomes an
 * 'unavailable' result.
 */
export function createBridge(invoke: Invoke): PostingDeskApi {
  const entries = API_OPERATIONS.map((operation) => {
    const channel = channelFor(operation);
    const call = (argument?: unknown): Promise<ApiResult<unknown>> =>
      invoke(channel, argument ?? {}).then(
        (result) => result as ApiResult<unknown>,
        () => ({ ok: false, error: { code: 'unavailable', message: 'Posting Desk could not answer. Close the window and open the repository again.' } }),
      );
    return [operation, call] as const;
  });
  return Object.freeze(Object.fromEntries(entries)) as unknown as PostingDeskApi;
}
