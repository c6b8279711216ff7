import type { ApiArgs, ApiOperation, ApiResult, ApiValue } from './api.js';
import { toApiError } from './errors.js';
import { validateArgs } from './validate.js';

export type Handler<K extends ApiOperation> = (input?: unknown) => Promise<ApiResult<ApiValue<K>>>;

/**
 * One operation as the hosts call it: the argument validated, the work run,
 * every failure turned into an ApiResult naming the path concerned. Never
 * rejects: the host gets a result or nothing.
 */
export function operation<K extends ApiOperation>(name: K, work: (args: ApiArgs<K>) => Promise<ApiValue<K>>): Handler<K> {
  return async (input) => {
    let args: ApiResult<ApiArgs<K>>;
    try {
      args = validateArgs(name, input);
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
    if (!args.ok) return args;
    try {
      return { ok: true, value: await work(args.value) };
    } catch (error) {
      const path = (args.value as { path?: unknown }).path;
      return { ok: false, error: toApiError(error, typeof path === 'string' ? path : undefined) };
    }
  };
}
