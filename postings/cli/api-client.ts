import { createHandlers, type PostingDeskHandlers } from '../api/handlers.js';
import type { ApiResult, HostServices } from '../api/api.js';
import { ApiFailure } from './api-failure.js';

/** The command line deletes nothing, so it needs no trash. */
const CLI_HOST: HostServices = {
  trash: () => Promise.reject(new Error('the command line does not delete postings')),
};

/** Runs a command's work against the handlers for a root, closing them after. */
export async function withApi<T>(root: string, work: (api: PostingDeskHandlers) => Promise<T>): Promise<T> {
  const api = createHandlers(root, CLI_HOST);
  try {
    return await work(api);
  } finally {
    await api.close();
  }
}

export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}
