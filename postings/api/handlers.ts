import { realpathSync } from 'node:fs';
import { addWordToDictionary } from '../repo/dictionary.js';
import { openRepository, type Repository } from '../repo/repository.js';
import { readRepositorySettings } from '../repo/settings.js';
import type { HostServices, PostingDeskApi } from './api.js';
import { createExportHandlers } from './export-posting.js';
import { createFilesOverTimeHandlers, withUndoableTrash } from './files-over-time/handlers.js';
import { deletePostingFile, duplicatePostingFile, newPostingFile, renamePostingFile } from './manage-postings.js';
import { operation } from './operation.js';
import { postingSummaries } from './posting-list.js';
import { readPostingFile } from './posting-file.js';
import { postingView } from './posting-view.js';
import { repositoryInfo } from './repository-info.js';
import { savePostingText } from './save.js';
import { RepositoryCache } from './repository-cache.js';
import { localDate } from './local-date.js';
import { lintSetupView, lintTextView, renderTextView } from './text-views.js';
import { startWarningCounter } from './warning-count-thread.js';

export interface PostingDeskHandlers extends PostingDeskApi {
  /** Stops what runs in the background (the file watcher, a Chromium for PDFs); the host calls it when it shuts down. */
  close(): Promise<void>;
}

/**
 * The one set of handlers both hosts call (Electron's IPC, serve's HTTP),
 * bound to one repository root and the host's services. Every operation
 * validates its argument and resolves to an ApiResult; none rejects.
 * Paths are repository-relative and guarded against leaving the root.
 */
export function createHandlers(root: string, host: HostServices): PostingDeskHandlers {
  const now = (): Date => host.now?.() ?? new Date();
  const today = (): string => localDate(now());
  // Real paths throughout, so a root reached through a symbolic link gives the same relative paths.
  const realRoot = (): string => realpathSync(root);
  const cache = new RepositoryCache(realRoot);
  const repository = (): Repository => cache.open();
  const counts = startWarningCounter(cache);
  const trashing = withUndoableTrash(root, host);
  const filesOverTime = createFilesOverTimeHandlers(root, host);
  const exports = createExportHandlers(root, host);

  return {
    ...filesOverTime,
    ...exports,
    openRepository: operation('openRepository', async () => repositoryInfo(repository())),
    listPostings: operation('listPostings', async ({ warningCounts }) => {
      const opened = repository();
      return postingSummaries(opened, now(), warningCounts === false ? undefined : (paths) => counts.count(paths, today()));
    }),
    readPosting: operation('readPosting', async ({ path }) => {
      const read = await readPostingFile(realRoot(), path);
      return postingView(path, read.text, read.version);
    }),
    getLintSetup: operation('getLintSetup', async () => lintSetupView(repository(), cache.lintFacts(today()))),
    lintText: operation('lintText', async ({ path, text }) => lintTextView(await cache.lintContext(today()), text, path)),
    renderText: operation('renderText', async ({ text }) => renderTextView(repository(), text)),
    savePosting: operation('savePosting', async (args) => savePostingText(realRoot(), args)),
    newPosting: operation('newPosting', async (args) => newPostingFile(args.section === undefined ? repository() : openRepository(realRoot(), args.section), args, now())),
    addWord: operation('addWord', async ({ word }) => {
      const { root: site } = repository();
      const { added } = await addWordToDictionary(site, word);
      return { words: readRepositorySettings(site).words, added };
    }),
    renamePosting: operation('renamePosting', async ({ path, baseVersion }) => renamePostingFile(repository(), path, baseVersion)),
    duplicatePosting: operation('duplicatePosting', async ({ path }) => duplicatePostingFile(repository(), path)),
    deletePosting: operation('deletePosting', async ({ path, baseVersion }) => deletePostingFile(repository(), path, baseVersion, (file) => trashing.trash(file))),
    close: async () => {
      await Promise.all([counts.stop(), filesOverTime.close(), exports.close()]);
    },
  };
}
