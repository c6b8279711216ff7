import { realpath } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { PostingView } from '../api/api.js';
import type { PostingDeskHandlers } from '../api/handlers.js';
import { unwrap, withApi } from './api-client.js';
import { ApiFailure } from './api-failure.js';

/**
 * get and set work on any posting file named on the command line, as a
 * formatter does: the handlers are bound to the file's own folder (after
 * following a symbolic link), so the repository guard is for the UI's paths.
 */
export async function withPostingFile<T>(cwd: string, file: string, work: (api: PostingDeskHandlers, path: string) => Promise<T>): Promise<T> {
  const absolute = resolve(cwd, file);
  const real = await realpath(absolute).catch(() => absolute);
  return withApi(dirname(real), (api) => work(api, basename(real)));
}

/** The posting's view, or the reason it is no posting whose details can be read. */
export async function readDetails(api: PostingDeskHandlers, path: string): Promise<PostingView> {
  const view = unwrap(await api.readPosting({ path }));
  if (view.problem) throw new ApiFailure(view.problem);
  if (view.format === 'none') {
    throw new ApiFailure({ code: 'not-a-posting', message: 'This file has no details section (front matter between “+++” lines), so it is not a posting Posting Desk can edit' });
  }
  return view;
}
