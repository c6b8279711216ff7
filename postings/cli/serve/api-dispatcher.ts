import { API_OPERATIONS, type PostingDeskApi } from '../../api/api.js';
import { isApiOperation } from '../../api/validate.js';
import type { ApiDispatcher } from './api-route.js';

/** The handlers by operation name; only the API's own operations are reachable, never an inherited property. */
export function dispatcherFor(api: PostingDeskApi): ApiDispatcher {
  return {
    operations: API_OPERATIONS,
    call(operation, argument) {
      if (!isApiOperation(operation)) return Promise.resolve({ ok: false, error: { code: 'not-found', message: `There is no operation “${operation}”` } });
      const handler = api[operation] as (argument: unknown) => Promise<unknown>;
      return handler.call(api, argument);
    },
  };
}
